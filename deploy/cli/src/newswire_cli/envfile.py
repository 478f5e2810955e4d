"""The ``.env`` file docker compose reads: the passwords and the token it must not ship with.

``newswire setup --write-env .env`` fills in what is missing with random values and never changes a line that is
already there, so a user can provide any of them; the file is readable by its owner only.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Final

SECRETS: Final = {
    "ELASTIC_PASSWORD": "password of Elasticsearch's superuser `elastic` (Kibana login, setup)",
    "KIBANA_SYSTEM_PASSWORD": "password Kibana itself logs in to Elasticsearch with (user kibana_system)",
    "INGEST_HTTP_TOKEN": "bearer token of POST /v1/articles on the ingest service",
}
"""Every secret compose needs, with what it is for."""


def read_names(path: Path) -> set[str]:
    """Names already assigned in an env file (comments and blank lines skipped)."""
    if not path.is_file():
        return set()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, _ = line.strip().partition("=")
        if sep and not name.startswith("#"):
            names.add(name.strip())
    return names


def write_env_file(path: Path) -> list[str]:
    """Append a random value for every secret ``path`` lacks; returns the names added."""
    missing = [name for name in SECRETS if name not in read_names(path)]
    if not missing:
        return []
    lines = [f"# {SECRETS[name]}\n{name}={secrets.token_urlsafe(24)}\n" for name in missing]
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    separator = "" if not existing or existing.endswith("\n") else "\n"
    # Created owner-only before anything secret is written into it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(separator + "".join(lines))
    path.chmod(0o600)
    return missing
