"""The packaged topic classifier: expected topics on typical stories, and the shape of what it returns."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from newswire_schemas import Topic
from newswire_tagger.topics import TOP_LEVEL, TOPICS, TopicClassifier
from newswire_tagger.topics.classifier import MAX_SECONDARY

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

EARTHQUAKE = (
    "Malatya'da 5,2 büyüklüğünde deprem meydana geldi. AFAD'dan yapılan açıklamaya göre deprem saat 10.15'te "
    "yerin 7 kilometre derinliğinde gerçekleşti. Depremin ardından vatandaşlar sokağa döküldü. İlk belirlemelere "
    "göre can kaybı yok, bazı binalarda hasar oluştu. Arama kurtarma ekipleri bölgeye sevk edildi."
)
FOOTBALL = (
    "Süper Lig'in 20. haftasında Galatasaray, sahasında Trabzonspor'u 3-1 yendi. Maçın ilk yarısında Icardi'nin "
    "golüyle öne geçen sarı-kırmızılılar, ikinci yarıda iki gol daha buldu. Trabzonspor tek golünü penaltıdan "
    "attı. Teknik direktör maçtan sonra oyuncularını tebrik etti."
)
WEATHER = (
    "Meteoroloji Genel Müdürlüğü, yarın Karadeniz ve Marmara bölgelerinde kuvvetli sağanak yağış beklendiğini "
    "açıkladı. Hava sıcaklığının mevsim normallerinin altına düşeceği, rüzgarın kuzeyden kuvvetli eseceği "
    "bildirildi. İstanbul'da hava parçalı bulutlu ve yağmurlu olacak."
)
CRIME = (
    "İzmir'de bir kişiyi bıçakla öldürdüğü iddia edilen zanlı, polis ekiplerince yakalanarak gözaltına alındı. "
    "Emniyetteki işlemlerinin ardından adliyeye sevk edilen zanlı, çıkarıldığı mahkemece tutuklandı. Savcılık "
    "soruşturmanın sürdüğünü, cinayetin nedeninin araştırıldığını açıkladı."
)


@pytest.fixture(scope="module")
def classifier() -> TopicClassifier:
    """The packaged model and rules, loaded once."""
    return TopicClassifier.load()


def _seed_text() -> str:
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


def test_seed_is_politics_first(classifier: TopicClassifier) -> None:
    topics = classifier.classify("", _seed_text())
    assert topics[0].code == "11000000"
    assert topics[0].qcode == "medtop:11000000"
    assert topics[0].reasons


def test_seed_with_headline_is_politics_with_international_relations(classifier: TopicClassifier) -> None:
    topics = classifier.classify("Azerbaycan Dışişleri Bakanı NATO heyetini kabul etti", _seed_text())
    assert topics[0].code == "11000000"
    assert "20000638" in [t.code for t in topics]


def test_earthquake_story_has_disaster(classifier: TopicClassifier) -> None:
    topics = classifier.classify("Malatya'da 5,2 büyüklüğünde deprem", EARTHQUAKE)
    disaster = next(t for t in topics if t.code == "03000000")
    assert any("deprem" in reason for reason in disaster.reasons)


def test_football_report_is_sport_first(classifier: TopicClassifier) -> None:
    topics = classifier.classify("Galatasaray, Trabzonspor'u 3-1 yendi", FOOTBALL)
    assert topics[0].code == "15000000"
    assert topics[0].label_tr == "spor"


def test_weather_story_has_weather_and_forecast(classifier: TopicClassifier) -> None:
    codes = [t.code for t in classifier.classify("Meteorolojiden sağanak uyarısı", WEATHER)]
    assert "17000000" in codes
    assert codes.index("20001128") == codes.index("17000000") + 1


@pytest.mark.parametrize("text", [_seed_text(), EARTHQUAKE, FOOTBALL, WEATHER, "", "12345 ..."])
def test_output_is_well_formed(classifier: TopicClassifier, text: str) -> None:
    topics = classifier.classify("", text)
    assert topics, "always at least the best topic"
    assert [t.rank for t in topics] == list(range(1, len(topics) + 1))
    assert topics[0].level == 1
    for topic in topics:
        assert isinstance(topic, Topic)
        known = TOPICS[topic.code]
        assert (topic.label_en, topic.label_tr, topic.level, topic.parent) == (
            known.label_en,
            known.label_tr,
            known.level,
            known.parent,
        )
        assert 0.0 <= topic.score <= 1.0
    for before, after in itertools.pairwise(topics):
        if after.level == 2:
            assert after.parent in (before.code, before.parent), "children follow their parent"


@pytest.mark.parametrize("text", [_seed_text(), EARTHQUAKE, FOOTBALL, WEATHER, CRIME])
def test_secondary_scores_are_ranked(classifier: TopicClassifier, text: str) -> None:
    scores = [t.score for t in classifier.classify("", text) if t.level == 1][1:]
    assert scores == sorted(scores, reverse=True)


def test_every_top_level_code_is_learnt(classifier: TopicClassifier) -> None:
    assert classifier.model.classes == TOP_LEVEL
    assert len(TOP_LEVEL) == 17
    assert set(classifier.probabilities("", WEATHER)) == set(TOP_LEVEL)


@pytest.mark.parametrize("text", [_seed_text(), EARTHQUAKE, FOOTBALL, WEATHER, CRIME])
def test_secondary_topics_are_those_over_the_threshold(classifier: TopicClassifier, text: str) -> None:
    probs = classifier.probabilities("", text)
    top = [t for t in classifier.classify("", text) if t.level == 1]
    threshold = classifier.model.secondary_threshold
    assert top[0].code == classifier.primary("", text), "the primary is always first"
    over = sorted((c for c in probs if c != top[0].code and probs[c] >= threshold), key=lambda c: -probs[c])
    assert [t.code for t in top[1:]] == over[:MAX_SECONDARY]
    assert all(t.score == pytest.approx(probs[t.code], abs=1e-4) for t in top)


def test_crime_story_is_crime_first_with_a_judiciary_child(classifier: TopicClassifier) -> None:
    topics = classifier.classify("Cinayet zanlısı tutuklandı", CRIME)
    assert topics[0].code == "02000000"
    assert "20000106" in [t.code for t in topics]


def test_rule_codes_are_known_and_children_sit_under_their_parent(classifier: TopicClassifier) -> None:
    for code, parent in classifier.rules.parent.items():
        assert code in TOPICS
        assert TOPICS[code].parent == parent


def test_labels_are_the_iptc_ones() -> None:
    assert TOPICS["11000000"].label_en == "politics and government"  # the current IPTC release
    assert TOPICS["03000000"].label_en == "disaster, accident and emergency incident"
    assert all(t.level == 2 and t.parent in TOP_LEVEL for t in TOPICS.values() if t.code not in TOP_LEVEL)


def test_earthquake_story_leads_with_disaster_then_its_child(classifier: TopicClassifier) -> None:
    codes = [t.code for t in classifier.classify("Malatya'da 5,2 büyüklüğünde deprem", EARTHQUAKE)]
    assert codes[:2] == ["03000000", "20000148"]


def test_a_passing_keyword_does_not_displace_a_clear_topic(classifier: TopicClassifier) -> None:
    text = FOOTBALL + " Kulüp, federasyonun verdiği cezaya karşı mahkemeye başvuracağını açıkladı."
    topics = classifier.classify("Galatasaray, Trabzonspor'u 3-1 yendi", text)
    assert topics[0].code == "15000000"
    assert all(t.score <= topics[0].score for t in topics)
