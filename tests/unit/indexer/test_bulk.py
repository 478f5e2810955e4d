"""The bulk writer's retry and sorting rules, against scripted answers (the Elasticsearch side is tested for
real in tests/integration/indexer)."""

from __future__ import annotations

import json
from typing import Any, cast

from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig, ObjectApiResponse
from elastic_transport import ConnectionError as TransportConnectionError
from elasticsearch import ApiError, AsyncElasticsearch
from newswire_indexer.bulk import BulkWriter
from newswire_indexer.items import BulkItem, Origin
from newswire_runtime import Backoff, RetryBudget

Answer = dict[str, Any] | Exception


def _meta(status: int) -> ApiResponseMeta:
    return ApiResponseMeta(status, "1.1", HttpHeaders(), 0.01, NodeConfig("http", "localhost", 9200))


class ScriptedBulk:
    """Answers each ``bulk`` call with the next scripted answer; records what was sent."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.sent: list[list[str]] = []

    async def bulk(self, *, operations: bytes, filter_path: str) -> ObjectApiResponse[Any]:
        lines = operations.decode().splitlines()
        self.sent.append([json.loads(action)["index"]["_id"] for action in lines[::2]])
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return ObjectApiResponse(body=answer, meta=_meta(200))


def _items(*ids: str) -> list[BulkItem]:
    return [BulkItem("i", doc_id, {"n": doc_id}, Origin("t", 0, n, b"{}"), version=1) for n, doc_id in enumerate(ids)]


def _result(status: int, error_type: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status}
    if error_type:
        body["error"] = {"type": error_type, "reason": "because"}
    return {"index": body}


def _writer(fake: ScriptedBulk, slept: list[float]) -> BulkWriter:
    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    return BulkWriter(cast(AsyncElasticsearch, fake), lambda: RetryBudget(Backoff(0.01, 0.05), sleep, max_retries=3))


async def test_sorts_items_and_retries_only_the_retriable() -> None:
    fake = ScriptedBulk(
        {
            "errors": True,
            "items": [
                _result(201),
                _result(409, "version_conflict_engine_exception"),
                _result(400, "document_parsing_exception"),
                _result(429, "es_rejected_execution_exception"),
            ],
        },
        {"errors": False},
    )
    slept: list[float] = []
    outcome = await _writer(fake, slept).write(_items("a", "b", "c", "d"))
    assert fake.sent == [["a", "b", "c", "d"], ["d"]]
    assert (outcome.indexed, outcome.ignored, outcome.retries) == (2, 1, 1)
    assert [r.origin.offset for r in outcome.rejected] == [2]
    assert outcome.rejected[0].reason == "document_parsing_exception: because"
    assert len(slept) == 1


async def test_whole_request_unavailable_is_retried() -> None:
    fake = ScriptedBulk(
        TransportConnectionError("connection refused"),
        ApiError("too many requests", _meta(429), {}),
        ApiError("bad gateway", _meta(502), {}),
        {"errors": False},
    )
    slept: list[float] = []
    outcome = await _writer(fake, slept).write(_items("a", "b"))
    assert outcome.indexed == 2
    assert outcome.retries == 3
    assert len(fake.sent) == 4


async def test_request_refused_as_a_whole_is_split_down_to_the_culprit() -> None:
    fake = ScriptedBulk(
        ApiError("bad request", _meta(400), {}),
        {"errors": False},
        ApiError("bad request", _meta(400), {}),
        {"errors": False},
        ApiError("bad request", _meta(400), {}),
    )
    outcome = await _writer(fake, []).write(_items("a", "b", "c", "d"))
    assert fake.sent == [["a", "b", "c", "d"], ["a", "b"], ["c", "d"], ["c"], ["d"]]
    assert outcome.indexed == 3
    assert [r.origin.offset for r in outcome.rejected] == [3]


async def test_parallel_requests_keep_each_article_in_one_lane_and_in_order() -> None:
    fake = ScriptedBulk(*({"errors": False} for _ in range(3)))
    budget = lambda: RetryBudget(Backoff(0.01, 0.05), _no_sleep, max_retries=3)  # noqa: E731 - a one-line factory
    writer = BulkWriter(cast(AsyncElasticsearch, fake), budget, parallel_requests=3)
    ids = ["a", "b", "a", "c", "b", "d", "a", "e", "f"]
    outcome = await writer.write(_items(*ids))
    assert outcome.indexed == len(ids)
    assert 1 < len(fake.sent) <= 3
    assert sorted(i for sent in fake.sent for i in sent) == sorted(ids)
    for doc_id in "abcdef":
        lanes = [sent for sent in fake.sent if doc_id in sent]
        assert len(lanes) == 1, f"{doc_id} was split across requests"
    for sent in fake.sent:
        positions = [n for n, i in enumerate(ids) if i in set(sent)]
        assert [ids[n] for n in positions] == sent, "a lane must keep the batch order"


async def _no_sleep(seconds: float) -> None:
    del seconds
