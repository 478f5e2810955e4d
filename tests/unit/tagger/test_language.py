"""Language identification: Turkish first, the common wire languages recognised, nothing downloaded."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from newswire_tagger.language import detect

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

SAMPLES = {
    "en": "The foreign minister of Azerbaijan met NATO's deputy secretary general in Baku on Wednesday to discuss "
    "the partnership agenda and regional security, the ministry said in a statement.",
    "de": "Der Außenminister von Aserbaidschan hat sich am Mittwoch in Baku mit der stellvertretenden "
    "NATO-Generalsekretärin getroffen, um über die Partnerschaft zu sprechen.",
    "fr": "Le ministre des Affaires étrangères de l'Azerbaïdjan a rencontré mercredi à Bakou la secrétaire "
    "générale adjointe de l'OTAN pour discuter du partenariat et de la sécurité régionale.",
    "ru": "Министр иностранных дел Азербайджана встретился в Баку с заместителем генерального секретаря НАТО, "
    "чтобы обсудить партнерство и региональную безопасность.",
    "ar": "التقى وزير الخارجية الأذربيجاني في باكو مع نائبة الأمين العام لحلف الناتو، وبحث الجانبان التعاون في "
    "مجال الأمن الإقليمي كما قال بيان الوزارة.",
    "az": "Azərbaycan Respublikasının xarici işlər naziri NATO Baş katibinin müavini ilə görüşüb. Görüşdə "
    "tərəfdaşlıq və regional təhlükəsizlik məsələləri müzakirə olunub və bildirilib ki, əməkdaşlıq davam edəcək.",
}


def _seed() -> str:
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


def test_turkish_seed_is_supported_turkish() -> None:
    language = detect(_seed())
    assert language.code == "tr"
    assert language.supported
    assert language.confidence > 0.5


@pytest.mark.parametrize(("code", "text"), SAMPLES.items())
def test_other_languages_are_recognised_and_unsupported(code: str, text: str) -> None:
    language = detect(text)
    assert language.code == code
    assert not language.supported


@pytest.mark.parametrize("text", ["", "NATO", "12 34 56", "!!!"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect(text).code == "und"


def test_detection_is_fast_on_a_long_article() -> None:
    text = _seed() * 2
    started = time.perf_counter()
    for _ in range(50):
        detect(text)
    assert (time.perf_counter() - started) / 50 < 0.005  # generous for shared CI machines; ~0.3 ms measured


def test_turkish_without_function_words_is_still_turkish() -> None:
    language = detect("Galatasaray Trabzonspor'u deplasmanda yendi, Icardi iki gol attı")
    assert language.code == "tr"
    assert language.supported
    assert language.confidence > 0.3
