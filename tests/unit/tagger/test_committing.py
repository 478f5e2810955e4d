"""The tagger's faust consumer commits from the offset ledger, where faust's own arithmetic would skip offsets.

No Kafka here: these drive the commit computation of the real consumer classes (faust's and ours) directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from newswire_runtime import Backoff
from newswire_schemas import EnrichedArticle
from newswire_tagger.app import create_app, process_until_delivered
from newswire_tagger.committing import LedgerConsumer
from newswire_tagger.errors import RetriableError
from newswire_tagger.ledger import OffsetLedger
from newswire_tagger.pipeline import Tagger
from newswire_tagger.settings import TaggerSettings
from newswire_tagger.sink import Headers, MemorySink

P = TP("newswire.articles", 0)
EXAMPLES = Path(__file__).resolve().parents[3] / "schemas" / "examples"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    # The models are not used: no event is processed here.
    tagger = Tagger(ner=None, linker=None, topics=None)  # type: ignore[arg-type]  # no models needed
    app = create_app(TaggerSettings(web_enabled=False, data_dir=tmp_path), tagger, sink=MemorySink())
    yield app
    for consumer in (app.consumer, *getattr(app, "_extra_consumers", [])):
        thread = getattr(consumer, "_thread", None)
        if thread is not None and not thread.thread_loop.is_closed():
            thread.thread_loop.close()


def faust_consumer(app: Any) -> Any:
    """faust's stock aiokafka consumer on the same app (what the tagger used before the ledger)."""
    consumer = faust_aiokafka.Consumer(
        app.transport, callback=app.topics.on_message, on_partitions_revoked=None, on_partitions_assigned=None
    )
    app._extra_consumers = [consumer]
    return consumer


def test_app_consumes_through_the_ledger(app: Any) -> None:
    assert isinstance(app.consumer, LedgerConsumer)
    assert app.ledger is app.consumer.ledger


def test_faust_commits_past_an_offset_never_processed(app: Any) -> None:
    # committed 10, offsets 11 and 12 acknowledged (10 was skipped in a rebalance): faust commits 13, losing 10
    stock = faust_consumer(app)
    stock._committed_offset[P] = 10
    stock._acked[P] = [11, 12]
    assert stock._filter_committable_offsets([P]) == {P: 13}


def test_faust_commits_anything_while_nothing_is_committed(app: Any) -> None:
    # after a revocation faust forgets the committed offset: an acked run from anywhere is committed
    stock = faust_consumer(app)
    stock._acked[P] = [5, 6]
    assert stock._filter_committable_offsets([P]) == {P: 7}


def test_ledger_consumer_holds_the_commit_at_the_missing_offset(app: Any) -> None:
    consumer = app.consumer
    consumer._committed_offset[P] = 10
    consumer.ledger.assign({P: 10})
    consumer.ledger.done(P, 11)
    consumer.ledger.done(P, 12)
    assert consumer._filter_committable_offsets([P]) == {}
    consumer.ledger.done(P, 10)
    assert consumer._filter_committable_offsets([P]) == {P: 13}
    assert list(consumer._filter_tps_with_pending_acks()) == [P]


def test_ledger_consumer_never_commits_a_partition_it_was_not_told_about(app: Any) -> None:
    consumer = app.consumer
    consumer._acked[P] = [5, 6]  # what faust's acknowledgements left behind counts for nothing
    assert consumer._filter_committable_offsets([P]) == {}
    assert list(consumer._filter_tps_with_pending_acks()) == []


@dataclass
class FlakySink(MemorySink):
    """A sink whose first ``failures`` enriched sends are not acknowledged."""

    failures: int = 0

    async def send_enriched(self, enriched: EnrichedArticle, headers: Headers = ()) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise RetriableError("Kafka did not acknowledge")
        await super().send_enriched(enriched, headers)


@dataclass
class Event:
    """What the agent reads from a faust stream: the value and the message's coordinates."""

    value: bytes
    message: Any


def _event(offset: int) -> Event:
    value = (EXAMPLES / "newswire.articles.json").read_bytes()
    message = SimpleNamespace(tp=P, topic=P.topic, partition=P.partition, offset=offset, headers=None)
    return Event(value, message)


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.load()


async def test_unacknowledged_output_is_sent_again_while_the_partition_is_ours(tagger: Tagger) -> None:
    sink = FlakySink(failures=2)
    ledger: OffsetLedger[TP] = OffsetLedger()
    ledger.assign({P: 7})
    delivered = await process_until_delivered(_event(7), tagger, sink, ledger=ledger, backoff=Backoff(0.001, 0.002))
    assert delivered
    assert len(sink.enriched) == 1
    assert sink.dead_letters == []


async def test_unacknowledged_output_of_a_lost_partition_is_left_to_its_new_owner(tagger: Tagger) -> None:
    sink = FlakySink(failures=1)
    ledger: OffsetLedger[TP] = OffsetLedger()  # the partition is not (or no longer) assigned here
    delivered = await process_until_delivered(_event(7), tagger, sink, ledger=ledger, backoff=Backoff(0.001, 0.002))
    assert not delivered
    assert sink.enriched == []
    assert sink.dead_letters == []
