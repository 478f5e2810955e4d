"""Decoding an inbox record's headers and coordinates (no broker: records are plain data)."""

from __future__ import annotations

from aiokafka import ConsumerRecord
from newswire_ingest.channels.inbox import source_of
from newswire_ingest.limits import ParseLimits
from newswire_ingest.pipeline import Pipeline, Published, Rejected


def _record(headers: list[tuple[str, bytes]]) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(
        topic="newswire.inbox",
        partition=3,
        offset=17,
        timestamp=0,
        timestamp_type=0,
        key=None,
        value=b"x",
        checksum=None,
        serialized_key_size=0,
        serialized_value_size=1,
        headers=headers,
    )


def test_headers_and_coordinates() -> None:
    source = source_of(_record([("file-name", b"a.xml"), ("content-type", b"application/xml"), ("other", b"?")]))
    assert (source.channel, source.file_name, source.content_type) == ("inbox", "a.xml", "application/xml")
    assert (source.topic, source.partition, source.offset) == ("newswire.inbox", 3, 17)


def test_headers_breaking_the_contract_are_dropped_not_fatal() -> None:
    source = source_of(_record([("file-name", b"n" * 5000)]))
    assert source.file_name is None
    assert source.offset == 17


async def test_the_run_id_header_reaches_every_article_and_the_dead_letter() -> None:
    source = source_of(_record([("file-name", b"flash.txt"), ("run-id", b"demo-1a2b")]))
    assert source.run_id == "demo-1a2b"
    pipeline = Pipeline(None, limits=ParseLimits(max_bytes=1024))
    published = await pipeline.process("FLAŞ - Köprü kapandı\n".encode(), source)
    assert isinstance(published, Published)
    assert [a.run_id for a in published.articles] == ["demo-1a2b"]
    rejected = await pipeline.process(b"<nitf><head>", source)
    assert isinstance(rejected, Rejected)
    assert rejected.dead_letter.run_id == "demo-1a2b"
    untraced = await pipeline.process("FLAŞ - Köprü kapandı\n".encode(), source_of(_record([])))
    assert isinstance(untraced, Published)
    assert untraced.articles[0].run_id is None
