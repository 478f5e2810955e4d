"""TLS client contexts, built one way for Kafka, faust and Elasticsearch."""

from __future__ import annotations

import ssl
from pathlib import Path


def client_context(
    *,
    ca_file: Path | None = None,
    cert_file: Path | None = None,
    key_file: Path | None = None,
    key_password: str | None = None,
    check_hostname: bool = True,
) -> ssl.SSLContext:
    """A context that verifies the server's chain (against ``ca_file`` or the system store), TLS 1.2 or newer.

    ``check_hostname=False`` still verifies the chain: it only accepts a certificate issued for another name.
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca_file) if ca_file else None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = check_hostname
    if cert_file is not None:
        context.load_cert_chain(str(cert_file), str(key_file) if key_file else None, key_password)
    return context
