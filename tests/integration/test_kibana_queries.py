"""The dashboards on a real index: every field a panel reads is in the real mapping, every panel finds data.

The indexer's own layout (``ensure_layout``) and document function (``to_document``) build the indices under the
test's prefix; a handful of enriched articles varied from the contract's example, and dead letters, fill them.
Each panel is then run as the Elasticsearch request the generator derives from the saved objects.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch
from newswire_indexer.documents import deadletter_document, month_suffix, to_document
from newswire_indexer.items import BulkItem, Origin, Verdict
from newswire_indexer.layout import article_index, ensure_layout, withdrawals_index
from newswire_indexer.settings import IndexerSettings
from newswire_indexer.withdrawals import withdrawal_items
from newswire_runtime import ElasticsearchSettings
from newswire_schemas import DeadLetter, EnrichedArticle

from deploy.kibana.dashboards import NDJSON
from deploy.kibana.dashboards.fields import AGGREGATABLE, flatten_mapping
from deploy.kibana.dashboards.queries import PanelQuery, panel_queries

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "schemas" / "examples"
RECEIVED = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
NOW = datetime.now(UTC).replace(microsecond=0)
"""The wire items below are dated relative to the test's run: the Breaking panel looks at the last six hours."""


def _entity(kind: str, name: str, entity_id: str, **extra: Any) -> dict[str, Any]:
    """An entity as the tagger emits it (mentions left out: the dashboards only count names)."""
    return {"type": kind, "name": name, "id": entity_id, "confidence": 0.95, "relevance": 0.7, **extra}


def _topic(code: str, label_en: str, label_tr: str, rank: int) -> dict[str, Any]:
    """A top-level IPTC media topic."""
    return {
        "code": code,
        "qcode": f"medtop:{code}",
        "label_en": label_en,
        "label_tr": label_tr,
        "level": 1,
        "rank": rank,
        "score": 0.9 / rank,
    }


POLITICS = ("11000000", "politics and government", "siyaset")
ECONOMY = ("04000000", "economy, business and finance", "ekonomi, iş dünyası ve finans")
SPORT = ("15000000", "sport", "spor")
ANKARA = {"geo": {"lat": 39.9208, "lon": 32.8541}, "country_code": "TR"}
ISTANBUL = {"geo": {"lat": 41.0082, "lon": 28.9784}, "country_code": "TR"}
BRUSSELS = {"geo": {"lat": 50.8503, "lon": 4.3517}, "country_code": "BE"}
BAKU = {"geo": {"lat": 40.37767, "lon": 49.89201}, "country_code": "AZ"}

VARIANTS: list[dict[str, Any]] = [
    {
        "id": "nw-ankara-faiz",
        "headline": "Merkez Bankası politika faizini sabit tuttu",
        "lead": "Türkiye Cumhuriyet Merkez Bankası Başkanı Fatih Karahan, Ankara'da kararı açıkladı.",
        "body": "Para Politikası Kurulu, politika faizini yüzde 38'de sabit bıraktı. Karar Ankara'da duyuruldu.",
        "source": "DHA",
        "published_at": "2026-11-20T09:00:00Z",
        "latency_s": 0.8,
        "entities": [
            _entity("PER", "Fatih Karahan", "per:fatih-karahan", title="Merkez Bankası Başkanı"),
            _entity("ORG", "Türkiye Cumhuriyet Merkez Bankası", "org:tcmb"),
            _entity("LOC", "Ankara", "geonames:323786", **ANKARA),
        ],
        "topics": [_topic(*ECONOMY, 1)],
    },
    {
        "id": "nw-istanbul-derbi",
        "headline": "Galatasaray derbide Fenerbahçe'yi 2-1 yendi",
        "lead": "Teknik direktör Okan Buruk, İstanbul'daki maçın ardından oyuncularını kutladı.",
        "body": "Galatasaray, Fenerbahçe karşısında geriye düştüğü maçı ikinci yarıda çevirdi.",
        "source": "AA",
        "published_at": "2026-11-25T20:30:00Z",
        "latency_s": 2.5,
        "entities": [
            _entity("PER", "Okan Buruk", "per:okan-buruk", title="Teknik Direktör"),
            _entity("ORG", "Galatasaray", "org:galatasaray"),
            _entity("ORG", "Fenerbahçe", "org:fenerbahce"),
            _entity("LOC", "İstanbul", "geonames:745044", **ISTANBUL),
        ],
        "topics": [_topic(*SPORT, 1)],
    },
    {
        "id": "nw-baku-enerji",
        "headline": "Bayramov ve Fidan Bakü'de enerji iş birliğini görüştü",
        "lead": "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Dışişleri Bakanı Hakan Fidan'ı Bakü'de ağırladı.",
        "body": "İki bakan, doğal gaz sevkiyatı ve bölgesel güvenlik konularını ele aldı.",
        "source": "AA",
        "published_at": "2026-11-26T11:15:00Z",
        "latency_s": 1.6,
        "entities": [
            _entity("PER", "Ceyhun Bayramov", "per:ceyhun-bayramov", title="Dışişleri Bakanı"),
            _entity("PER", "Hakan Fidan", "per:hakan-fidan", title="Dışişleri Bakanı"),
            _entity("LOC", "Bakü", "geonames:587084", **BAKU),
        ],
        "topics": [_topic(*POLITICS, 1), _topic(*ECONOMY, 2)],
    },
    {
        "id": "nw-en-brussels",
        "headline": "NATO foreign ministers meet in Brussels",
        "lead": "Allied ministers discussed support for Ukraine at NATO headquarters in Brussels.",
        "body": "The two-day meeting ended with a joint statement.",
        "source": "AA",
        "language": "en",
        "published_at": "2026-11-27T16:00:00Z",
        "latency_s": 0.4,
        "entities": [_entity("ORG", "NATO", "org:nato"), _entity("LOC", "Brüksel", "geonames:2800866", **BRUSSELS)],
        "topics": [_topic(*POLITICS, 1)],
    },
]
"""Articles besides the contract's example (NATO's Shekerinska in Baku, published 2026-01-22)."""

WIRE_ITEMS: list[dict[str, Any]] = [
    {
        "id": "nw-flas-bogaz",
        "headline": "İstanbul Boğazı gemi trafiğine kapatıldı",
        "lead": None,
        "body": "",
        "source": "AA",
        "published_at": (NOW - timedelta(hours=1)).isoformat(),
        "latency_s": 0.9,
        "wire": {"urgency": 1, "headline_only": True, "slugline": "bogaz-trafik"},
        "entities": [
            _entity("LOC", "İstanbul Boğazı", "agency:bogaz", confidence=1.0, relevance=0.5, sources=["agency"])
        ],
        "topics": [],
    },
    {
        "id": "nw-ambargo-secim",
        "headline": "YSK kesin seçim sonuçlarını açıkladı",
        "lead": "Yüksek Seçim Kurulu Başkanı Ahmet Yener, kesin sonuçları açıkladı.",
        "body": "Sonuçlar Resmi Gazete'de yayımlanacak.",
        "source": "AA",
        "published_at": (NOW - timedelta(hours=2)).isoformat(),
        "latency_s": 1.0,
        "wire": {
            "urgency": 2,
            "embargoed": True,
            "embargoed_until": (NOW + timedelta(days=1)).isoformat(),
            "editorial_note": "Ambargo: yarın 15.00 TSİ.",
        },
        "entities": [_entity("PER", "Ahmet Yener", "per:ahmet-yener", sources=["tagger", "agency"])],
        "topics": [_topic(*POLITICS, 1)],
    },
    {
        "id": "nw-iptal-ihracat",
        "headline": "İPTAL: Kasım ayı ihracatı rekor kırdı",
        "lead": None,
        "body": "Bu haber geri çekilmiştir.",
        "source": "AA",
        "published_at": (NOW - timedelta(hours=3)).isoformat(),
        "latency_s": 1.1,
        "wire": {"urgency": 3, "pubstatus": "canceled", "editorial_note": "Haber iptal edildi."},
        "entities": [_entity("PER", "Ömer Bolat", "per:omer-bolat")],
        "topics": [_topic(*ECONOMY, 1)],
    },
]
"""A flash of the last hour (public, urgency 1), a story held under embargo, and a kill: Breaking shows the flash,
no panel shows the other two (the read alias leaves them out)."""


def example_article() -> EnrichedArticle:
    """The contract's example enriched article, unchanged."""
    return EnrichedArticle.model_validate_json((EXAMPLES / "newswire.enriched.json").read_bytes())


def _variant(base: dict[str, Any], variant: dict[str, Any]) -> tuple[EnrichedArticle, timedelta]:
    """The example with another text, entities, topics and times; and its receive-to-index latency."""
    raw = json.loads(json.dumps(base))
    raw["article"] |= {key: variant[key] for key in ("id", "headline", "lead", "body", "source", "published_at")}
    raw["article"] |= variant.get("wire", {})
    raw["article"]["language"] = variant.get("language", "tr")
    raw["language"] = {"code": variant.get("language", "tr"), "confidence": 0.98, "supported": True}
    raw["entities"] = variant["entities"]
    raw["topics"] = variant["topics"]
    return EnrichedArticle.model_validate(raw), timedelta(seconds=variant["latency_s"])


def corpus() -> list[tuple[EnrichedArticle, timedelta]]:
    """The example (latency 1.2 s), its four variants and the three wire items."""
    base = json.loads((EXAMPLES / "newswire.enriched.json").read_text(encoding="utf-8"))
    variants = [_variant(base, v) for v in [*VARIANTS, *WIRE_ITEMS]]
    return [(example_article(), timedelta(seconds=1.2)), *variants]


def dead_letters() -> list[DeadLetter]:
    """The contract's example dead letter plus one from each other stage."""
    example = DeadLetter.model_validate_json((EXAMPLES / "newswire.deadletter.json").read_bytes())
    tagger = example.model_copy(
        update={
            "id": "tagger:newswire.articles:1:7",
            "stage": "tagger",
            "error_class": "InvalidArticleError",
            "reason": "article has no text to tag",
            "source_topic": "newswire.articles",
            "source_offset": 7,
        }
    )
    indexer = example.model_copy(
        update={
            "id": "indexer:newswire.enriched:0:3",
            "stage": "indexer",
            "error_class": "DocumentRejectedError",
            "reason": "mapper_parsing_exception: failed to parse field [published_at]",
            "source_topic": "newswire.enriched",
            "source_offset": 3,
        }
    )
    return [example, tagger, indexer]


async def index_newsroom(es: AsyncElasticsearch, settings: ElasticsearchSettings) -> IndexerSettings:
    """The real layout under ``settings``' prefix, filled with the corpus and the dead letters, refreshed."""
    indexer = IndexerSettings(elasticsearch=settings)
    await ensure_layout(es, indexer, now=RECEIVED)
    for enriched, latency in corpus():
        index = article_index(indexer, month_suffix(enriched))
        document = to_document(enriched, indexed_at=enriched.article.received_at + latency)
        await es.index(index=index, id=enriched.article.id, document=document)
    for letter in dead_letters():
        await es.index(index=settings.deadletters_index, id=letter.id, document=deadletter_document(letter))
    for record in _kill_records(settings):
        await es.index(index=record.index, id=record.doc_id, document=record.source)
    indices = [settings.articles_alias, settings.deadletters_index, withdrawals_index(settings)]
    await es.indices.refresh(index=",".join(indices))
    return indexer


def _kill_records(settings: ElasticsearchSettings) -> list[BulkItem]:
    """The indexer's record of the kill in the corpus, with the story it withdrew."""
    (kill,) = [enriched for enriched, _ in corpus() if enriched.article.pubstatus != "usable"]
    item = BulkItem(
        index="",
        doc_id=kill.article.id,
        source=to_document(kill, indexed_at=RECEIVED),
        origin=Origin("newswire.enriched", 0, 0, b""),
        version=1,
        verdict=Verdict.INDEXED,
    )
    before = {kill.article.id: {"version": 0, "headline": "Kasım ayı ihracatı rekor kırdı", "status": "public"}}
    return withdrawal_items([item], before, withdrawals_index(settings), RECEIVED)


@dataclass(frozen=True)
class Newsroom:
    """A client and the prefix of an indexed newsroom."""

    es: AsyncElasticsearch
    settings: ElasticsearchSettings

    def index(self, pattern: str) -> str:
        """A data-view pattern (``newswire-...``) under the test's prefix."""
        return self.settings.index_prefix + pattern.removeprefix("newswire")


@pytest.fixture
async def newsroom(es_settings: ElasticsearchSettings) -> AsyncIterator[Newsroom]:
    """The corpus indexed under the test's prefix (removed afterwards by ``es_settings``)."""
    es = AsyncElasticsearch(es_settings.url, request_timeout=30)
    try:
        await index_newsroom(es, es_settings)
        yield Newsroom(es, es_settings)
    finally:
        await es.close()


QUERIES = panel_queries([json.loads(line) for line in NDJSON.read_text(encoding="utf-8").splitlines()])


def _percentiles(node: object) -> list[object]:
    """Every value of every ``percentiles`` result under ``node``."""
    if isinstance(node, dict):
        found = list(node["values"].values()) if isinstance(node.get("values"), dict) else []
        return found + [value for child in node.values() for value in _percentiles(child)]
    if isinstance(node, list):
        return [value for child in node for value in _percentiles(child)]
    return []


def why_empty(query: PanelQuery, response: dict[str, Any]) -> str | None:
    """Why the panel would show nothing, or None when it shows data."""
    if query.top_agg is None:
        return None if response["hits"]["hits"] else "no hits"
    buckets = response["aggregations"][query.top_agg]["buckets"]
    if not any(bucket["doc_count"] for bucket in buckets):
        return "no buckets"
    values = _percentiles(buckets)
    if "percentiles" in json.dumps(query.body) and not any(value is not None for value in values):
        return "no percentile values"
    return None


async def test_every_panel_field_exists_in_the_real_mapping(newsroom: Newsroom) -> None:
    flat: dict[str, dict[str, str]] = {}
    for pattern in {query.index for query in QUERIES}:
        response = await newsroom.es.indices.get_mapping(index=newsroom.index(pattern).rstrip("*"))
        (mapping,) = {json.dumps(m["mappings"], sort_keys=True) for m in response.body.values()}
        flat[pattern] = flatten_mapping(json.loads(mapping)["properties"])
    missing = [
        f"{query.dashboard} / {query.title}: {field} ({flat[query.index].get(field, 'absent')})"
        for query in QUERIES
        for field in sorted(query.fields)
        if field not in flat[query.index] or (query.top_agg and flat[query.index][field] not in AGGREGATABLE)
    ]
    assert missing == []


async def test_every_panel_query_returns_data(newsroom: Newsroom) -> None:
    assert len(QUERIES) >= 20, "every dashboard panel and control is translated"
    empty = []
    for query in QUERIES:
        response = await newsroom.es.search(index=newsroom.index(query.index), body=query.body)
        if (why := why_empty(query, response.body)) is not None:
            empty.append(f"{query.dashboard} / {query.title}: {why}")
    assert empty == []


async def test_an_empty_panel_would_be_noticed(newsroom: Newsroom) -> None:
    # byline is null in every article: a panel on it must count as empty, or the test above proves nothing
    (people,) = [query for query in QUERIES if query.title == "Top people"]
    body = json.loads(json.dumps(people.body).replace('"persons"', '"byline"'))
    response = await newsroom.es.search(index=newsroom.index(people.index), body=body)
    assert why_empty(people, response.body) == "no buckets"
    # percentiles of a field no article has: the histogram has buckets, but the latency lines would be blank
    (latency,) = [query for query in QUERIES if query.title.startswith("Receive-to-index latency")]
    body = json.loads(json.dumps(latency.body).replace('"latency_ms"', '"no_such_number"'))
    response = await newsroom.es.search(index=newsroom.index(latency.index), body=body)
    assert why_empty(latency, response.body) == "no percentile values"


HIDDEN = {"nw-ambargo-secim", "nw-iptal-ihracat"}
"""The corpus's held and withdrawn articles."""


def _mentions(node: object) -> set[str]:
    """Every bucket key, hit id and string value under a search response."""
    if isinstance(node, dict):
        found = {str(node[key]) for key in ("key", "_id") if key in node}
        return found | {value for child in node.values() for value in _mentions(child)}
    if isinstance(node, list):
        return {value for child in node for value in _mentions(child)}
    return {node} if isinstance(node, str) else set()


async def test_held_and_withdrawn_articles_are_in_no_panel_but_operators_find_them(newsroom: Newsroom) -> None:
    seen: set[str] = set()
    for query in QUERIES:
        response = await newsroom.es.search(index=newsroom.index(query.index), body=query.body)
        seen |= _mentions(response.body)
    assert not seen & (HIDDEN | {"Ahmet Yener", "Ömer Bolat"}), "a held or killed article reached a dashboard"
    (breaking,) = [query for query in QUERIES if query.title == "Breaking"]
    response = await newsroom.es.search(index=newsroom.index(breaking.index), body=breaking.body)
    assert [hit["_id"] for hit in response["hits"]["hits"]] == ["nw-flas-bogaz"]
    every = await newsroom.es.search(
        index=newsroom.index("newswire-articles-*"),
        query={"ids": {"values": sorted(HIDDEN)}},
        source_includes=["status"],
    )
    assert {hit["_id"]: hit["_source"]["status"] for hit in every["hits"]["hits"]} == {
        "nw-ambargo-secim": "embargoed",
        "nw-iptal-ihracat": "withdrawn",
    }
