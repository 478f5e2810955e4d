"""Sending processed input through the pipeline again: ``newswire retag`` and ``newswire deadletters``.

Everything re-sent carries the ``replay`` header: the tagger copies it onto its output, and the indexer then writes
no ``latency_ms`` (an old story's age is not pipeline latency). Versions decide what Elasticsearch keeps, exactly as
for new copy: a re-tag has the article's id and version and a later ``tagged_at``, so it replaces the older
enrichment (see ``newswire_indexer.versioning``); a correction that arrived meanwhile has a higher version and stays.
"""
