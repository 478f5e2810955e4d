"""Raw wire bytes to clean Unicode text, or an :class:`EncodingError` naming why not.

Order of evidence, strongest first:

1. a byte-order mark (UTF-32, UTF-8, UTF-16 LE/BE); the mark is removed;
2. UTF-16 without a BOM, recognised by the NUL byte in every other position that Latin text has;
3. a charset named by the ``Content-Type`` hint, then by an XML declaration (``<?xml ... encoding="..."?>``),
   if it is one we support (UTF-8, ASCII, Windows-1254/1252, ISO-8859-9/1) and the bytes decode in it; a
   UTF-16/32 label on bytes without the UTF-16 shape is ignored, as obeying it would produce CJK mojibake;
4. strict UTF-8;
5. the legacy Turkish code pages: Windows-1254 when a byte in 0x80-0x9F is present (there it is printable
   punctuation such as ’ “ ” …, while ISO-8859-9 maps it to a C1 control), else ISO-8859-9 (both agree on
   0xA0-0xFF, where ğ Ğ ı İ ş Ş sit at 0xF0 0xD0 0xFD 0xDD 0xFE 0xDE, so the choice cannot change the text).

The result is NFC-normalised with ``\\n`` line ends. Typographic apostrophes (’) are kept as written. Text that
still holds control characters, NUL bytes outside UTF-16, many U+FFFD replacement characters, or bytes that are
mostly UTF-8 with a few broken sequences (which a legacy code page would turn into mojibake) is rejected.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass

from newswire_ingest.errors import EncodingError

logger = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE mark begins with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Canonical codec names (as codecs.lookup spells them) a declaration may select; anything else is ignored
# rather than trusted, so a header cannot pick an exotic codec such as utf-7.
_DECLARABLE = frozenset({"utf-8", "ascii", "cp1254", "iso8859-9", "cp1252", "iso8859-1"})

# Labels that wires routinely give Windows code-page text: with bytes in 0x80-0x9F present, the Windows page
# (printable punctuation there) is what was meant, as the WHATWG encoding standard also decides.
_PUNCTUATION_SUPERSET = {"iso8859-9": "cp1254", "iso8859-1": "cp1252"}

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/ODT)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy MS Office document"),
)

_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECL_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def _cp1254_assigned(byte: int) -> bool:
    """Whether Windows-1254 gives this byte a character."""
    try:
        bytes([byte]).decode("cp1254")
    except UnicodeDecodeError:
        return False
    return True


# C0 controls except TAB, LF, CR and FF; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C1_CHAR = re.compile(r"[\x80-\x9f]")
_C1_REPAIR = {chr(byte): bytes([byte]).decode("cp1254") for byte in range(0x80, 0xA0) if _cp1254_assigned(byte)}
# IPTC 7901 style framing (SOH, STX, ETX, EOT) that some wires put around the text.
_FRAMING = "\x01\x02\x03\x04"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_MIN_UTF8_SEQUENCES = 3
_UTF8_TO_STRAY_RATIO = 4
_MAX_REPLACEMENT_RATIO = 0.01
_MAX_REPLACEMENTS = 10


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from wire bytes, with the codec that produced it (for logs and tests)."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, content_type: str | None = None) -> DecodedText:
    """Decode wire bytes to NFC text with ``\\n`` line ends, or raise :class:`EncodingError`."""
    raw, encoding = _decode(data, content_type)
    return DecodedText(text=_clean(raw, encoding), encoding=encoding)


def _decode(data: bytes, content_type: str | None) -> tuple[str, str]:
    """Pick the codec by the evidence order in the module docstring and decode strictly."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, why=f"{codec} byte-order mark"), codec
    _reject_binary_signature(data)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _strict(data, utf16, why=f"{utf16} NUL-byte pattern"), utf16
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise EncodingError(f"binary content: NUL byte at offset {offset} in a file that is not UTF-16")
    declared = _declared_codec(data, content_type)
    if declared is not None:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError as exc:
            logger.warning("declared charset %s does not fit the bytes (%s); detecting instead", declared, exc)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        _reject_broken_utf8(data, exc)
    return _legacy_turkish(data)


def _strict(data: bytes, codec: str, *, why: str) -> str:
    """Decode with ``codec`` or raise an :class:`EncodingError` that says what suggested it."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{why} but invalid {codec} at byte {exc.start}: {exc.reason}") from exc


def _reject_binary_signature(data: bytes) -> None:
    """Name well-known binary formats instead of a vague decoding failure."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise EncodingError(f"binary file, not text: starts with the {kind} signature")


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the UTF-16 codec if NULs sit at the odd (LE) or even (BE) byte positions of the sample."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    # Latin script in UTF-16 has a zero high byte in nearly every code unit; binary data has NULs at random.
    if nul_odd >= 0.3 * pairs and nul_even <= 0.02 * pairs:
        return "utf-16-le"
    if nul_even >= 0.3 * pairs and nul_odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _declared_codec(data: bytes, content_type: str | None) -> str | None:
    """The supported codec named by the content-type charset or the XML declaration, if any."""
    labels: list[str] = []
    if content_type:
        found = _CHARSET_PARAM.search(content_type)
        if found:
            labels.append(found.group(1))
    declaration = _XML_DECL_ENCODING.match(data[:512])
    if declaration:
        labels.append(declaration.group(1).decode("ascii"))
    for label in labels:
        try:
            name = codecs.lookup(label).name
        except LookupError:
            logger.warning("ignoring unknown charset label %r", label)
            continue
        if name.startswith(("utf-16", "utf-32")):
            # Real UTF-16/32 was caught by its BOM or NUL pattern above; a declaration we could read as ASCII
            # proves the bytes are not UTF-16, and obeying it would turn them into CJK mojibake.
            logger.warning("ignoring charset %r: the bytes are not UTF-16/32", label)
            continue
        if name in _DECLARABLE:
            return _PUNCTUATION_SUPERSET.get(name, name) if _has_c1_bytes(data) else name
        logger.warning("ignoring unsupported charset %r", label)
    return None


def _reject_broken_utf8(data: bytes, exc: UnicodeDecodeError) -> None:
    """Reject bytes that are mostly valid UTF-8: a legacy code page would silently garble them.

    Legacy Turkish prose has many stray high bytes (ş ı ğ ç ö ü stand alone) and hardly any byte pairs that
    happen to form UTF-8; a damaged UTF-8 file is the reverse.
    """
    sequences = _UTF8_MULTIBYTE.findall(data)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = high - sum(len(seq) for seq in sequences)
    if len(sequences) >= _MIN_UTF8_SEQUENCES and len(sequences) >= _UTF8_TO_STRAY_RATIO * stray:
        raise EncodingError(
            f"invalid UTF-8 at byte {exc.start} ({exc.reason}) in text that is otherwise UTF-8; "
            "refusing to guess a legacy code page"
        )


def _legacy_turkish(data: bytes) -> tuple[str, str]:
    """Decode as Windows-1254 or ISO-8859-9 (see the module docstring for how one is chosen)."""
    if _has_c1_bytes(data):
        try:
            return data.decode("cp1254"), "cp1254"
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"not UTF-8, and byte 0x{data[exc.start]:02X} at offset {exc.start} is unassigned in "
                "Windows-1254 (and a C1 control in ISO-8859-9)"
            ) from exc
    return data.decode("iso8859-9"), "iso8859-9"


def _has_c1_bytes(data: bytes) -> bool:
    """Whether any byte falls in 0x80-0x9F, where Windows-1254 and ISO-8859-9 differ."""
    return _C1_BYTE.search(data) is not None


def _repair_c1(text: str) -> str:
    """Windows-1254 punctuation that was decoded as Latin-1 before being encoded as UTF-8 (U+0092 for ’), put back.

    Web and agency systems often pass ’ “ ” – … through such a round trip; the characters land in the C1 control
    block, where no real text has anything. Code points Windows-1254 leaves unassigned stay, and are refused.
    """
    if not _C1_CHAR.search(text):
        return text
    return _C1_CHAR.sub(lambda m: _C1_REPAIR.get(m.group(), m.group()), text)


def _clean(text: str, encoding: str) -> str:
    """Strip BOMs and framing, unify line ends, NFC-normalise, and reject control or replacement characters."""
    text = _repair_c1(text.replace("\ufeff", "").strip(_FRAMING))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise EncodingError(
            f"control character U+{ord(control.group()):04X} on line {line} after decoding as {encoding}: "
            "binary or corrupted content"
        )
    replacements = text.count("\ufffd")
    if replacements > _MAX_REPLACEMENTS or (text and replacements / len(text) > _MAX_REPLACEMENT_RATIO):
        raise EncodingError(f"{replacements} U+FFFD replacement characters: the text was already mis-decoded")
    return unicodedata.normalize("NFC", text)
