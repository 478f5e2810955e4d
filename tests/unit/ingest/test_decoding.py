"""Byte-level decoding: BOMs, declarations, legacy Turkish code pages and rejection of binary."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from newswire_ingest.decoding import decode_bytes
from newswire_ingest.errors import EncodingError

TURKISH = "Ağrı Dağı'nda şiddetli kış: İğdır–Doğubayazıt yolu “kapandı” ve ışıklar söndü."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TURKISH.encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + TURKISH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TURKISH.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TURKISH.encode("utf-32-le"), "utf-32-le"),
        (TURKISH.encode("utf-16-le"), "utf-16-le"),
        (TURKISH.encode("utf-16-be"), "utf-16-be"),
        (TURKISH.encode(), "utf-8"),
        (TURKISH.encode("cp1254"), "cp1254"),
    ],
)
def test_each_encoding_decodes_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TURKISH
    assert decoded.encoding == encoding


def test_iso_8859_9_without_c1_bytes() -> None:
    text = "Ağrı Dağı'nda kış; İğdır yolu kapandı."
    decoded = decode_bytes(text.encode("iso8859-9"))
    assert decoded.text == text
    assert decoded.encoding == "iso8859-9"


def test_turkish_letters_sit_where_both_code_pages_put_them() -> None:
    assert decode_bytes(b"\xf0\xd0\xfd\xdd\xfe\xde").text == "ğĞıİşŞ"


def test_windows_1254_punctuation_in_0x80_0x9f() -> None:
    assert decode_bytes(b"Bak\xfc\x92de \x93toplant\xfd\x94 \x85").text == "Bakü’de “toplantı” …"


def test_content_type_charset_is_honoured() -> None:
    data = "Şanlıurfa".encode("cp1254")
    assert decode_bytes(data, content_type="text/plain; charset=windows-1254").encoding == "cp1254"
    assert decode_bytes(data, content_type="text/plain; charset=ISO-8859-9").text == "Şanlıurfa"


def test_declared_iso_8859_9_with_windows_punctuation_reads_as_windows_1254() -> None:
    data = "Bakü’de".encode("cp1254")
    assert decode_bytes(data, content_type="text/plain; charset=iso-8859-9").text == "Bakü’de"


def test_xml_declaration_is_honoured() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-9"?><a>Iğdır</a>'.encode("iso8859-9")
    decoded = decode_bytes(data)
    assert decoded.encoding == "iso8859-9"
    assert "Iğdır" in decoded.text


def test_wrong_declaration_falls_back_to_detection() -> None:
    data = "Çorum".encode()
    assert decode_bytes(data, content_type="text/plain; charset=us-ascii").text == "Çorum"


def test_exotic_declared_charset_is_ignored() -> None:
    assert decode_bytes(b"+AOc-", content_type="text/plain; charset=utf-7").text == "+AOc-"


def test_output_is_nfc_with_unix_line_ends_and_no_bom() -> None:
    decomposed = unicodedata.normalize("NFD", "Güneş\r\nışığı\rÇ")
    decoded = decode_bytes(codecs.BOM_UTF8 + decomposed.encode())
    assert decoded.text == "Güneş\nışığı\nÇ"
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_typographic_apostrophe_is_kept() -> None:
    assert decode_bytes("Türkiye’nin".encode()).text == "Türkiye’nin"


def test_iptc_7901_framing_is_stripped() -> None:
    assert decode_bytes(b"\x01\x02Haber metni\x03\x04").text == "Haber metni"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n\x00\x01", "PDF"),
        (b"abc\x00def\x00ghi" * 3 + b"x", "NUL byte"),
        (b"Haber\x07metni", "U\\+0007"),
        (b"Haber \x1b[31m metni", "U\\+001B"),
        ("Ankara’da bozuk bir bayt: ".encode() + b"\xff" + "ğüşiöç".encode(), "invalid UTF-8"),
        (b"Windows-1254 bo\x81\x8d", "unassigned in Windows-1254"),
        (("x" * 50 + "\ufffd" * 20).encode(), "U\\+FFFD"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "invalid utf-16-le"),
    ],
)
def test_binary_or_broken_bytes_are_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(EncodingError, match=reason):
        decode_bytes(data)


def test_iso_8859_9_c1_controls_are_rejected_not_decoded() -> None:
    with pytest.raises(EncodingError):
        decode_bytes(b"kontrol \x81\x8d\x8e")


def test_windows_1254_with_byte_pairs_that_look_like_utf8() -> None:
    # "Ü’" is DC 92 in Windows-1254, which is also a well-formed two-byte UTF-8 sequence.
    assert decode_bytes("BAKÜ’de şenlik".encode("cp1254")).text == "BAKÜ’de şenlik"


def test_utf16_declaration_on_single_byte_text_is_ignored() -> None:
    data = b'<?xml version="1.0" encoding="UTF-16"?><nitf>Ok</nitf>'
    assert decode_bytes(data, content_type="application/xml; charset=utf-16").text == data.decode()


def test_utf8_text_carrying_windows_1254_punctuation_as_c1_controls_is_repaired() -> None:
    # ’ “ ” … once decoded as Latin-1, then stored as UTF-8: U+0092, U+0093, U+0094, U+0085.
    data = "Bakü\u0092de \u0093toplantı\u0094 \u0085".encode()
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == "Bakü’de “toplantı” …"


def test_c1_control_unassigned_in_windows_1254_is_still_refused() -> None:
    with pytest.raises(EncodingError, match="U\\+0081"):
        decode_bytes("Bakü\u0081de".encode())
