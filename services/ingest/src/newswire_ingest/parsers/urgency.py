"""Urgency: the IPTC 1-9 value a format states, and the agencies' flash prefixes on headlines.

==========================================  =======  ==================================================
headline prefix (any case, ASCII too)       urgency  meaning
==========================================  =======  ==================================================
``FLAŞ`` / ``FLAS``                         1        flash: the most urgent item on the wire
``SON DAKİKA``, ``SON DAKİKA HABERİ``       2        breaking news (a bulletin)
(``SON DAKIKA``, ``SON DAKIKA HABERI``)
``ACİL`` / ``ACIL``                         3        urgent
``FLASH``                                   1        the English-language wires' flash
``BULLETIN``, ``BREAKING``,                 2        their bulletin / breaking news
``BREAKING NEWS``
``URGENT``                                  3        their urgent
==========================================  =======  ==================================================

A prefix counts only as a marker, never as a word of the headline: it must be followed by a separator (``-``,
``–``, ``—``, ``:``, ``|``, ``!``), be written in brackets (``[FLAŞ]``, ``(SON DAKİKA)``), or stand alone. So
``FLAŞ - İstanbul Boğazı gemi trafiğine kapatıldı`` is a flash, while ``Acil servis önünde kavga`` is a headline
about an emergency room (and ``Flash flood warning`` or ``Breaking Bad star ...`` are headlines, not markers).
The order follows the wires' flash > bulletin > urgent; a value the format states itself (NITF
``urgency/@ed-urg``, NewsML-G2 ``urgency``, ninjs ``urgency``) always wins over a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

URGENCY_RANGE = range(1, 10)
"""IPTC urgency: 1 is the most urgent, 9 the least."""

_PREFIX_URGENCY = {"FLAS": 1, "SON DAKIKA": 2, "SON DAKIKA HABERI": 2, "ACIL": 3}
_PREFIX_URGENCY |= {"FLASH": 1, "BULLETIN": 2, "BREAKING": 2, "BREAKING NEWS": 2, "URGENT": 3}
_WORDS = r"FLASH|FLAS|ACIL|SON DAKIKA(?: HABERI)?|BULLETIN|BREAKING(?: NEWS)?|URGENT"
_SEPARATORS = r"[-–—:|!]"
# Matched on the folded headline (Turkish letters to ASCII capitals, one character for one, so positions match).
_RUN = rf"(?:{_WORDS})(?:\s+(?:{_WORDS}))*"
_PREFIX = re.compile(
    rf"\s*(?:[\[(]\s*(?P<bracketed>{_RUN})\s*[\])]\s*{_SEPARATORS}*|(?P<plain>{_RUN})\s*(?:{_SEPARATORS}+|\Z))\s*"
)
_WORD = re.compile(_WORDS)
_FOLD = str.maketrans(
    {"ç": "C", "Ç": "C", "ğ": "G", "Ğ": "G", "ı": "I", "İ": "I", "i": "I", "ö": "O", "Ö": "O", "ş": "S", "Ş": "S"}
    | {"ü": "U", "Ü": "U", "â": "A", "Â": "A", "î": "I", "Î": "I", "û": "U", "Û": "U"}
)


@dataclass(frozen=True, slots=True)
class WirePrefix:
    """A flash prefix found at the start of a headline: its urgency and where the headline proper starts."""

    urgency: int
    end: int


def _fold(text: str) -> str:
    """Turkish letters to ASCII capitals, other letters upper-cased, always one character for one."""
    return "".join(c if len(c.upper()) != 1 else c.upper() for c in text.translate(_FOLD))


def wire_prefix(headline: str) -> WirePrefix | None:
    """The flash prefix(es) opening ``headline`` (``FLAŞ - ``, ``[SON DAKİKA]`` ...), or ``None``.

    Repeated prefixes (``FLAŞ FLAŞ - ...``, ``SON DAKİKA | ACİL: ...``) are all consumed; the most urgent counts.
    """
    folded = _fold(headline[:200])
    urgency, end = 10, 0
    while (found := _PREFIX.match(folded, end)) is not None and found.end() > end:
        words = _WORD.findall(found.group("bracketed") or found.group("plain"))
        urgency, end = min(urgency, *(_PREFIX_URGENCY[word] for word in words)), found.end()
    return WirePrefix(urgency, end) if end else None


def urgency_value(value: object) -> int | None:
    """An IPTC urgency 1-9 from an int or a numeric string; ``None`` when absent or out of range."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*[0-9]\s*", value):
        value = int(value)
    return value if isinstance(value, int) and value in URGENCY_RANGE else None
