"""The agency-text seed format, in every encoding, maps to the same canonical article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from newswire_ingest.errors import MalformedInputError
from newswire_ingest.parsers.story import HEADLINE_LIMIT

from tests.unit.ingest.fixture_files import SEED_ENCODINGS, fixture, parse, parse_fixture

SEED_LEAD = (
    "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Bakü'yü ziyaret eden NATO Genel Sekreter Yardımcısı Radmila "
    "Shekerinska ile mevcut iş birliği gündemi ve perspektifleri, ortaklık mekanizmaları kapsamında yürütülen "
    "çalışmalar ile bölgesel ve uluslararası güvenlik konularını ele aldı."
)


def test_seed_maps_to_the_canonical_fields() -> None:
    article = parse_fixture("seed.txt")
    assert article.source_format == "agency-text"
    assert article.lead == SEED_LEAD
    assert article.headline == (
        "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Bakü'yü ziyaret eden NATO Genel Sekreter Yardımcısı "
        "Radmila Shekerinska…"
    )
    assert len(article.headline) <= HEADLINE_LIMIT
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("NATO Genel Sekreter Yardımcısı Radmila Shekerinska, resmi temaslarda")
    assert paragraphs[-1].endswith("bilgiler karşı tarafa aktarıldı.")
    assert "BAKÜ" not in article.body
    assert article.dateline == "BAKÜ"
    assert article.published_at == datetime(2026, 1, 22, tzinfo=UTC)
    assert (article.guid, article.source, article.byline, article.language) == (None, None, None, None)
    assert article.subjects == []
    assert article.version == 1
    assert article.id.startswith("nw-")
    assert len(article.id) == 23
    assert article.file_name == "seed.txt"
    assert article.content_hash == "sha256:5644dcbbfc49b9ebfd960cf675a8f7924ee4f44d90524b4e2abb0c5e080b81e8"


@pytest.mark.parametrize("name", SEED_ENCODINGS[1:])
def test_seed_in_every_encoding_gives_the_same_article(name: str) -> None:
    reference = parse_fixture("seed.txt")
    article = parse_fixture(name)
    fields = {"file_name", "content_hash"}
    assert article.model_dump(exclude=fields) == reference.model_dump(exclude=fields)
    assert article.id == reference.id
    assert article.content_hash != reference.content_hash


def test_variant_with_date_on_its_own_line_and_leading_dateline() -> None:
    article = parse_fixture("agency-date-own-line.txt")
    assert article.source_format == "agency-text"
    assert article.published_at == datetime(2026, 2, 3, tzinfo=UTC)
    assert article.dateline == "ANKARA"
    assert article.source == "AA"
    assert article.lead is not None
    assert article.lead.startswith("Türkiye İstatistik Kurumu (TÜİK), ocak ayına")
    assert article.headline.endswith("…")
    assert "“dezenflasyon sürecinin kararlılıkla sürdüğünü”" in article.body


def test_windows_1254_typographic_quotes_survive_and_keep_the_id() -> None:
    utf8 = parse_fixture("agency-date-own-line.txt")
    cp1254 = parse_fixture("agency-typographic-cp1254.txt")
    assert cp1254.body == utf8.body
    assert cp1254.id == utf8.id


def test_short_lead_is_the_headline_uncut() -> None:
    article = parse(" date 2026-01-22 Kabine yarın toplanıyor.\n\nToplantı Beştepe'de yapılacak. - ANKARA".encode())
    assert article.headline == "Kabine yarın toplanıyor."
    assert article.body == "Toplantı Beştepe'de yapılacak."
    assert article.dateline == "ANKARA"


def test_headline_is_the_first_sentence_only() -> None:
    article = parse(b" date 2026-01-22 Ilk cumle burada. Ikinci cumle burada.\n\nGovde.")
    assert article.headline == "Ilk cumle burada."


def test_typographic_apostrophe_is_kept_as_written() -> None:
    article = parse(" date 2026-01-22 Bakü’de görüşme yapıldı.\n\nAyrıntılar geliyor.".encode())
    assert article.lead == "Bakü’de görüşme yapıldı."


def test_lead_only_story_has_an_empty_body() -> None:
    article = parse(" date 2026-01-22 Ankara'da deprem oldu. Ayrıntılar geliyor. - ANKARA".encode())
    assert article.lead == "Ankara'da deprem oldu. Ayrıntılar geliyor."
    assert article.body == ""
    assert not article.headline_only


def test_one_line_son_dakika_is_a_headline_only_flash() -> None:
    article = parse(b" date 2026-01-22 Son dakika: Ankara'da deprem. - ANKARA")
    assert (article.headline, article.lead, article.body) == ("Ankara'da deprem.", None, "")
    assert (article.headline_only, article.urgency, article.dateline) == (True, 2, "ANKARA")


def test_invalid_date_is_rejected_with_the_date_in_the_reason() -> None:
    with pytest.raises(MalformedInputError, match="2026-13-45"):
        parse(b" date 2026-13-45 Bir haber.\n\nGovde.")


def test_date_without_lead_is_rejected() -> None:
    with pytest.raises(MalformedInputError, match="no lead"):
        parse(b" date 2026-01-22\n\n")


def test_same_story_rewrapped_keeps_its_id() -> None:
    seed = fixture("seed.txt").decode()
    rewrapped = seed.replace(". ", ".\n").replace("\n\n", "\r\n  \r\n")
    assert parse(rewrapped.encode()).id == parse(seed.encode()).id
