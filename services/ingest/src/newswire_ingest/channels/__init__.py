"""The ways files reach the ingest service: inbox topic, watched folder, HTTP (the CLI lives in ``cli``)."""
