"""Where a listener binds: loopback unless an operator says otherwise."""

from __future__ import annotations

import ipaddress

LOOPBACK = "127.0.0.1"
"""The address every listener of the project binds by default."""


def is_loopback(host: str) -> bool:
    """True when ``host`` is only reachable from this machine (127.0.0.0/8, ::1 or ``localhost``)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        # Any other name (or "" and "0.0.0.0", which mean every interface) may resolve to a public address.
        return False
