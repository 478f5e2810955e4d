"""``newswire up | down | ps | logs``: the whole pipeline on the local stack, supervised in the background.

``up`` starts Kafka and Elasticsearch (``newswire_cli.stack``), creates the topics and the index layout, then a
supervisor process (a stack ``Component`` like the JVMs) that runs ingest, tagger and indexer, restarts any that
dies (with backoff, up to a limit) and restarts Kafka or Elasticsearch if one crashes. State, pid and log files
live under ``var/``; ``down`` stops the supervisor and its services, then the stack.
"""
