"""Overrides: the file's rules, each kind applied, and the file read again when it changes (never half-applied)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from newswire_schemas import Entity, Mention, Topic
from newswire_tagger.overrides import NONE, Overrides, OverridesError, OverridesFile, apply_overrides, parse_overrides
from newswire_tagger.topics import TOPICS

TEXT = "AB'den Ankara'ya çağrı\n\nAvrupa Birliği, Süper Lig maçları sonrası Ankara'da açıklama yaptı. AB yetkilileri..."


def _entity(type_: str, name: str, *spans: tuple[int, int], **extra: object) -> Entity:
    mentions = [Mention(start=s, end=e, text=TEXT[s:e]) for s, e in spans]
    fields: dict[str, object] = {"confidence": 0.8, "relevance": 0.5, "id": f"{type_.lower()}:{name.lower()}"}
    return Entity(type=type_, name=name, mentions=mentions, **{**fields, **extra})  # type: ignore[arg-type]


def _topic(code: str, score: float, rank: int) -> Topic:
    known = TOPICS[code]
    return Topic(
        code=code,
        qcode=known.qcode,
        label_en=known.label_en,
        label_tr=known.label_tr,
        level=known.level,
        parent=known.parent,
        score=score,
        rank=rank,
    )


def _rules(toml: str) -> Overrides:
    return parse_overrides(toml.encode(), "test.toml")


ANKARA = _entity("LOC", "Ankara", (7, 16), (73, 81), country_code="TR")
EU_LONG = _entity("ORG", "Avrupa Birliği", (24, 38))


def test_alias_merges_the_long_name_and_finds_mentions_the_models_missed() -> None:
    rules = _rules('[[alias]]\ntext = "AB"\nname = "Avrupa Birliği"\ntype = "ORG"\nid = "org:ab"\n')
    entities, _ = apply_overrides(rules, TEXT, [ANKARA, EU_LONG], [])
    assert [e.name for e in entities] == ["Ankara", "Avrupa Birliği"]
    eu = entities[1]
    assert (eu.id, eu.type, eu.confidence) == ("org:ab", "ORG", 1.0)
    assert [m.text for m in eu.mentions] == ["AB'den", "Avrupa Birliği", "AB"], "suffix kept in the mention"
    for mention in eu.mentions:
        assert TEXT[mention.start : mention.end] == mention.text


def test_alias_never_adds_a_mention_inside_another_entity() -> None:
    inside = _entity("ORG", "AB yetkilileri", (TEXT.index("AB yetkilileri"), TEXT.index("AB yetkilileri") + 14))
    rules = _rules('[[alias]]\ntext = "AB"\nname = "Avrupa Birliği"\ntype = "ORG"\n')
    entities, _ = apply_overrides(rules, TEXT, [inside], [])
    added = next(e for e in entities if e.name == "Avrupa Birliği")
    assert [m.text for m in added.mentions] == ["AB'den"]
    assert added.id == "org:avrupa-birligi", "the linker's id convention when the alias gives none"
    assert 0 < added.relevance <= 1


def test_alias_matches_headline_capitals() -> None:
    text = "NATO'DAN AÇIKLAMA\n\nKuzey Atlantik örgütü toplandı."
    rules = _rules('[[alias]]\ntext = "Nato"\nname = "NATO"\ntype = "ORG"\n')
    entities, _ = apply_overrides(rules, text, [], [])
    assert [m.text for m in entities[0].mentions] == ["NATO'DAN"]


def test_retype_changes_the_type_and_drops_what_only_fits_the_old_one() -> None:
    rules = _rules('[[retype]]\nname = "ankara"\ntype = "ORG"\n')
    (entity,), _ = apply_overrides(rules, TEXT, [ANKARA], [])
    assert (entity.type, entity.id, entity.country_code, entity.geo) == ("ORG", "org:ankara", None, None)
    assert entity.mentions == ANKARA.mentions


def test_block_by_name_or_id_and_only_of_its_type() -> None:
    assert apply_overrides(_rules('[[block]]\nname = "loc:ankara"\n'), TEXT, [ANKARA, EU_LONG], [])[0] == [EU_LONG]
    typed = _rules('[[block]]\nname = "Ankara"\ntype = "PER"\n')
    assert apply_overrides(typed, TEXT, [ANKARA], [])[0] == [ANKARA], "a LOC is not blocked by a PER rule"


def test_retype_that_makes_two_entities_one_merges_them() -> None:
    person = _entity("PER", "Galatasaray", (0, 2), id="per:galatasaray")
    club = _entity("ORG", "Galatasaray", (24, 38), id="org:galatasaray", confidence=0.9)
    (merged,), _ = apply_overrides(_rules('[[retype]]\nname = "galatasaray"\ntype = "ORG"\n'), TEXT, [person, club], [])
    assert (merged.type, merged.id, merged.confidence, len(merged.mentions)) == ("ORG", "org:galatasaray", 0.9, 2)


def test_topic_pinned_by_a_word_adds_it_with_its_parent_and_ranks_again() -> None:
    politics = _topic("11000000", 0.7, 1)
    rules = _rules('[[topic]]\ncode = "20000574"\nwords = ["maç"]\nscore = 0.9\n')  # election, child of politics
    _, topics = apply_overrides(rules, TEXT, [], [politics])
    assert [(t.code, t.rank, t.score) for t in topics] == [("11000000", 1, 0.9), ("20000574", 2, 0.9)]
    assert topics[1].reasons == ["override: word 'maç'"], "'maçları' matched: Turkish suffixes"


def test_topic_pinned_by_an_entity_and_a_new_top_topic_ranks_by_score() -> None:
    politics = _topic("11000000", 0.7, 1)
    rules = _rules('[[topic]]\ncode = "15000000"\nentities = ["org:ab"]\nscore = 0.8\n')
    eu = EU_LONG.model_copy(update={"id": "org:ab"})
    _, topics = apply_overrides(rules, TEXT, [eu], [politics])
    assert [(t.code, t.rank) for t in topics] == [("15000000", 1), ("11000000", 2)]
    _, untouched = apply_overrides(rules, TEXT, [EU_LONG], [politics])
    assert untouched == [politics], "no such entity: the rule does not hold"


def test_topic_removed_with_its_children() -> None:
    topics = [_topic("11000000", 0.7, 1), _topic("20000574", 0.6, 2), _topic("04000000", 0.5, 3)]
    _, kept = apply_overrides(_rules('[[topic]]\ncode = "11000000"\nremove = true\n'), TEXT, [], topics)
    assert [(t.code, t.rank) for t in kept] == [("04000000", 1)]


def test_rules_see_the_corrected_entities() -> None:
    rules = _rules(
        '[[alias]]\ntext = "AB"\nname = "Avrupa Birliği"\ntype = "ORG"\nid = "org:ab"\n'
        '[[topic]]\ncode = "11000000"\nentities = ["org:ab"]\n'
    )
    _, topics = apply_overrides(rules, TEXT, [], [])
    assert [t.code for t in topics] == ["11000000"]


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ('[[alias]]\ntext = "AB"\nname = "x"\ntype = "ORGANISATION"\n', "alias.0.type"),
        ('[[topic]]\ncode = "99999999"\n', "unknown topic code"),
        ('[[blok]]\nname = "x"\n', "blok"),
        ('[[block]]\nname = "x"\nnmae = "y"\n', "block.0.nmae"),
        ("[[block]\n", "not valid TOML"),
    ],
)
def test_mistakes_are_errors_naming_the_file_and_the_problem(toml: str, problem: str) -> None:
    with pytest.raises(OverridesError, match=r"test\.toml") as raised:
        _rules(toml)
    assert problem in str(raised.value)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _write(path: Path, text: str, mtime_ns: int) -> None:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_file_is_read_again_when_it_changes_and_a_broken_version_keeps_the_old_rules(tmp_path: Path) -> None:
    path, clock, outcomes = tmp_path / "overrides.toml", FakeClock(), []
    _write(path, '[[block]]\nname = "x"\n', 1_000_000_000)
    watched = OverridesFile(path, check_interval=2.0, clock=clock, listener=lambda o, _: outcomes.append(o))
    first = watched.current()
    assert first.rules.counts()["block"] == 1
    assert first.version_suffix == f"overrides.{first.digest}"
    _write(path, '[[block]]\nname = "x"\n[[block]]\nname = "y"\n', 2_000_000_000)
    assert watched.current() is first, "not checked again within the interval"
    clock.now += 2
    second = watched.current()
    assert second.rules.counts()["block"] == 2
    assert second.digest != first.digest
    _write(path, "[[block]\n", 3_000_000_000)
    clock.now += 2
    assert watched.current() is second, "a broken file is not applied"
    path.unlink()
    clock.now += 2
    assert watched.current() is NONE
    assert NONE.version_suffix == ""
    assert outcomes == ["loaded", "invalid", "removed"]


def test_missing_or_broken_file_at_start_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OverridesError, match="no such file"):
        OverridesFile(tmp_path / "missing.toml")
    (tmp_path / "bad.toml").write_text("alias = 3\n", encoding="utf-8")
    with pytest.raises(OverridesError, match=r"bad\.toml"):
        OverridesFile(tmp_path / "bad.toml")
