"""``newswire search`` and ``newswire show``: the indexed articles from the terminal, without Elasticsearch JSON."""
