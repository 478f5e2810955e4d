"""The newswire operator command: local stack, demo, ingest, evaluation, Kibana import."""
