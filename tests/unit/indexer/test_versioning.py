"""External versions: corrections win, equal versions re-tag only when newer, replays conflict."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newswire_indexer.versioning import MAX_ARTICLE_VERSION, MAX_EXTERNAL_VERSION, decode_version, encode_version

# hypothesis wants naive bounds and adds the zone itself
moments = st.datetimes(
    min_value=datetime(1970, 1, 1),  # noqa: DTZ001
    max_value=datetime(2200, 1, 1),  # noqa: DTZ001
    timezones=st.just(UTC),
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))
versions = st.integers(min_value=1, max_value=MAX_ARTICLE_VERSION)


@given(versions, moments, versions, moments)
def test_order_is_version_then_tagging_time(v1: int, t1: datetime, v2: int, t2: datetime) -> None:
    assert (encode_version(v1, t1) < encode_version(v2, t2)) == ((v1, t1) < (v2, t2))


@given(versions, moments)
def test_round_trip(version: int, tagged_at: datetime) -> None:
    assert decode_version(encode_version(version, tagged_at)) == (version, tagged_at)


def test_replay_is_equal_and_retag_is_greater() -> None:
    tagged = datetime(2026, 11, 28, 2, 0, 1, tzinfo=UTC)
    assert encode_version(3, tagged) == encode_version(3, tagged)
    assert encode_version(3, tagged + timedelta(milliseconds=1)) > encode_version(3, tagged)
    assert encode_version(4, datetime(1990, 1, 1, tzinfo=UTC)) > encode_version(3, tagged)


def test_sub_millisecond_precision_does_not_round_up() -> None:
    early = datetime(2026, 1, 1, 0, 0, 0, 999_999, tzinfo=UTC)
    assert encode_version(1, early) == encode_version(1, early.replace(microsecond=999_000))


def test_bounds() -> None:
    assert encode_version(MAX_ARTICLE_VERSION, datetime(2200, 1, 1, tzinfo=UTC)) <= MAX_EXTERNAL_VERSION
    with pytest.raises(ValueError, match="article version"):
        encode_version(MAX_ARTICLE_VERSION + 1, datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="tagged_at"):
        encode_version(1, datetime(1969, 12, 31, tzinfo=UTC))
