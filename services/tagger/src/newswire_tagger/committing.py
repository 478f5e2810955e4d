"""faust, committing from the offset ledger instead of from its stream acknowledgements.

:class:`LedgerConsumer` is faust's aiokafka consumer with three changes: after every seek to the committed
offsets (each rebalance) the ledger learns where each partition starts; revoked partitions leave the ledger;
and the offsets a commit sends are the ledger's, not faust's (see :mod:`newswire_tagger.ledger` for why).
Everything else (fetching, flow control, rebalance handling, the commit timer) is faust's own.

:class:`LedgerTransport` also retries topic creation while the broker cannot be reached: faust declares its
internal topics (the leader topic) from services whose failure crashes the worker, and its metadata request
raises ``NodeNotReadyError`` at once when the broker went away a moment before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Set
from typing import Any, cast

import faust
from aiokafka.errors import KafkaError
from faust.exceptions import NotReady
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message
from mode import Service
from newswire_runtime import Backoff

from newswire_tagger.ledger import OffsetLedger

logger = logging.getLogger(__name__)

TOPIC_CREATION_BACKOFF = Backoff(0.5, 5.0)
"""Delays between attempts to declare a topic while the broker is unreachable."""

STALL_WARNING = 1000
"""Offsets done past a missing one before a warning (the missing one is re-read at the next rebalance)."""


class LedgerConsumer(faust_aiokafka.Consumer):
    """faust's Kafka consumer, committing only offsets whose output Kafka acknowledged."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ledger: OffsetLedger[TP] = OffsetLedger()

    async def perform_seek(self) -> None:
        """Seek to the committed offsets (faust), then start the ledger of each partition from there."""
        await super().perform_seek()
        assignment = {tp for tp in self.assignment() if self.ledger.tracks(tp.topic)}
        # faust keeps None for a partition never committed (and, alas, for a commit of 0): read from the log start
        starts: dict[TP, int] = {}
        for tp in assignment:
            committed = self._committed_offset.get(tp)
            if committed is not None:
                starts[tp] = committed
        if never := sorted(assignment - set(starts)):
            earliest = await self.earliest_offsets(*never)
            starts.update({TP(tp.topic, tp.partition): offset for tp, offset in earliest.items()})
        self.ledger.assign(starts)
        logger.info("offset ledger starts at %s", {f"{tp.topic}[{tp.partition}]": o for tp, o in starts.items()})

    async def on_partitions_revoked(self, revoked: Set[TP]) -> None:
        """Revoked partitions leave the ledger first: an output finishing now must not move their commit."""
        self.ledger.revoke(revoked)
        await super().on_partitions_revoked(revoked)

    def ack(self, message: Message) -> bool:
        """faust's acknowledgement (it tracks what is in flight); its per-offset lists are no longer needed."""
        acked = super().ack(message)
        self._acked.pop(message.tp, None)
        self._acked_index.pop(message.tp, None)
        return acked

    def _filter_tps_with_pending_acks(self, topics: Any = None) -> Iterator[TP]:
        """The partitions a commit looks at: the ledger's."""
        return (tp for tp in self.ledger.partitions() if topics is None or tp in topics or tp.topic in topics)

    def _filter_committable_offsets(self, tps: Iterable[TP]) -> dict[TP, int]:
        """The ledger's commit point of each partition, where it moved past the last commit."""
        offsets = self.ledger.committable(tps)
        for tp in offsets:
            if (waiting := self.ledger.waiting(tp)) >= STALL_WARNING:
                logger.warning(
                    "offset %s of %s[%s] has no acknowledged output yet; %d later ones wait behind it",
                    offsets[tp],
                    tp.topic,
                    tp.partition,
                    waiting,
                )
        return {tp: offset for tp, offset in offsets.items() if self._should_commit(tp, offset)}


class LedgerTransport(faust_aiokafka.Transport):
    """faust's aiokafka transport with the ledger consumer, declaring topics until the broker answers."""

    Consumer = LedgerConsumer

    async def _create_topic(
        self, owner: Service, client: Any, topic: str, partitions: int, replication: int, **kwargs: Any
    ) -> None:
        """faust's topic creation, retried with backoff on errors a broker coming back will clear.

        Retries until it succeeds or ``owner`` stops; a non-retriable error (a refused configuration, an
        authorisation failure) is raised as before.
        """
        attempt = 0
        while True:
            try:
                await super()._create_topic(owner, client, topic, partitions, replication, **kwargs)
            except (KafkaError, NotReady) as exc:
                if (isinstance(exc, KafkaError) and not exc.retriable) or owner.should_stop:
                    raise
                attempt += 1
                delay = TOPIC_CREATION_BACKOFF.delay(attempt)
                log = logger.warning if attempt == 1 else logger.debug
                log("declaring topic %s: %s: %s; retrying in %.1f s", topic, type(exc).__name__, exc, delay)
                await owner.sleep(delay)
                if owner.should_stop:
                    return
            else:
                if attempt:
                    logger.info("topic %s declared after %d retries", topic, attempt)
                return


class TaggerApp(faust.App):
    """A faust app whose consumer commits from the offset ledger."""

    def _new_transport(self) -> Any:
        return LedgerTransport(self.conf.broker_consumer, self)

    @property
    def ledger(self) -> OffsetLedger[TP]:
        """The consumer's offset ledger."""
        return cast(LedgerConsumer, self.consumer).ledger
