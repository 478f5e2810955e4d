"""EntityLinker.find_missing: precise gazetteer spans for names the statistical model missed."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswire_tagger.entities import RECALL_CONFIDENCE, EntityLinker
from newswire_tagger.spans import Span

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return next(t for p in sorted(SEEDS.glob("*.txt")) if "Bayramov" in (t := p.read_text(encoding="utf-8")))


def found(linker: EntityLinker, text: str, spans: list[Span] | None = None) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in linker.find_missing(text, spans or [])]


def test_seed_without_spans(linker: EntityLinker, seed_text: str) -> None:
    spans = linker.find_missing(seed_text, [])
    texts = [(s.type, s.text) for s in spans]
    assert ("LOC", "Bakü'yü") in texts
    assert ("LOC", "Bakü'ye") in texts
    assert ("LOC", "BAKÜ") in texts  # the dateline
    assert ("ORG", "NATO") in texts
    assert ("ORG", "NATO'nun") in texts
    assert ("LOC", "Afganistan'daki") in texts
    assert ("LOC", "Ermenistan") in texts  # Azerbaycan-Ermenistan: a hyphen separates two names
    for span in spans:
        assert seed_text[span.start : span.end] == span.text
        assert span.confidence == RECALL_CONFIDENCE
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    # Part of a longer capitalised name: the title "Azerbaycan Dışişleri Bakanı", the "8 Ağustos Washington Zirvesi".
    title_start = seed_text.index("Azerbaycan Dışişleri Bakanı")
    assert all(s.start != title_start for s in spans)
    assert ("LOC", "Washington") not in texts


def test_never_overlaps_existing_spans(linker: EntityLinker, seed_text: str) -> None:
    start = seed_text.index("Bakü'yü")
    existing = [Span("LOC", start, start + 7, "Bakü'yü", 0.9), Span("ORG", 0, len(seed_text) // 2, "x", 0.1)]
    added = linker.find_missing(seed_text, existing)
    assert added
    assert all(s.start >= len(seed_text) // 2 for s in added)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heyet dün Ankara'ya geldi.", [("LOC", "Ankara'ya")]),
        ("Dün Ankara'da toplantı yapıldı.", [("LOC", "Ankara'da")]),  # sentence-initial word before it
        ("Toplantı Moskova’da yapıldı.", [("LOC", "Moskova’da")]),  # typographic apostrophe
        ("Heyet Birleşmiş Milletler'e gitti.", [("ORG", "Birleşmiş Milletler'e")]),
        ("ABD Başkanı açıklama yaptı.", [("LOC", "ABD")]),  # an acronym may lead a phrase
        ("Görüşme Güney Kore ile yapıldı.", [("LOC", "Güney Kore")]),
        # Not "Ankara" alone: the head word makes the whole run an organisation.
        ("Ankara Üniversitesi açıklama yaptı.", [("ORG", "Ankara Üniversitesi")]),
        ("Ahmet Aydın konuştu.", []),
        ("Ordu yeni bir tatbikat yaptı.", []),  # stop-listed: also the word for army
        ("Un fiyatları arttı.", []),  # not the UN: acronyms must be in capitals
        ("Mali destek paketi açıklandı.", []),  # stop-listed: also the word for financial
        ("ankara'da toplantı", []),  # lowercase is never a name here
        ("Vatandaşlar Bakülü değil.", []),  # whole words only
        # a settlement or region noun after a name makes it a place, a sentence's subject left out
        ("Kaza Çubuk ilçesinde oldu.", [("LOC", "Çubuk")]),
        ("Düğün Akpınar köyünde yapıldı.", [("LOC", "Akpınar")]),
        ("Yaralılar Kızılcahamam beldesindeki hastaneye kaldırıldı.", [("LOC", "Kızılcahamam")]),
        ("Görev bölgesi genişledi; görev bölgesi yeni.", []),  # a common word capitalised by its sentence
        ("Saldırı Zabul vilayetinin merkezinde oldu.", [("LOC", "Zabul")]),
        ("Uçak Münih'ten kalkıp Gatwick havaalanına indi.", [("LOC", "Münih'ten"), ("LOC", "Gatwick")]),
        ("Üçüncü havalimanı açıldı.", []),  # an airport's ordinal opening the sentence, no town
        # a brand, a publication or a firm by the lower-case noun after it
        ("Oyuncu yeni projesini Kanarya dergisine anlattı.", [("ORG", "Kanarya")]),
        ("Manken, Blue Lagoon markasının yüzü oldu.", [("ORG", "Blue Lagoon")]),
        ("Bilgiyi Arap haber portalı Yakaza sitesi duyurdu.", [("ORG", "Yakaza")]),
        ("Moda dergisi yeni sayısını çıkardı.", []),  # one word opening the sentence: a common word as often
        # so a party by its lower-case noun ("Bildu partisi", as world copy writes foreign parties)
        ("Bakan, ayrılıkçı sol görüşlü Bildu partisi ile görüştü.", [("ORG", "Bildu")]),
        ("Ahmet şirketi kurdu.", []),  # "şirketi" alone is also an accusative
        ("Verileri bir GSM şirketinden aldı.", []),  # a firm of a kind
        ("Kaza dün Altunizade'de oldu.", [("LOC", "Altunizade'de")]),  # a quarter of İstanbul the KB knows
        # a union's name glued by a hyphen is whole; the end of a word is no Arabic article ("Kristal-" is not "al-")
        ("Üyeler Kristal-İş Sendikası önünde toplandı.", [("ORG", "Kristal-İş Sendikası")]),
        ("Yaralı çocuk el-Vefa Hastanesi'ne kaldırıldı.", [("ORG", "el-Vefa Hastanesi'ne")]),
    ],
)
def test_precision(linker: EntityLinker, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(linker, text) == expected


def test_linked_with_model_spans(linker: EntityLinker) -> None:
    text = "Erdoğan, İstanbul'da NATO Genel Sekreteri ile görüştü."
    model = [Span("PER", 0, 7, "Erdoğan", 0.9)]
    spans = sorted([*model, *linker.find_missing(text, model)], key=lambda s: s.start)
    entities = {e.name: e for e in linker.link(text, spans)}
    assert entities["İstanbul"].id == "geonames:745044"
    assert entities["NATO"].id == "org:nato"
    assert entities["İstanbul"].confidence == pytest.approx(RECALL_CONFIDENCE + (1 - RECALL_CONFIDENCE) * 0.25)
