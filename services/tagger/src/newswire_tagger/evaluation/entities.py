"""Document-level entity evaluation: the distinct PER/ORG/LOC names of each article against a gold list.

Names are compared case- and diacritic-insensitively with the apostrophe suffix stripped (``ABD'nin`` = ``abd``).
A predicted entity is correct when any of its names (canonical name or a surface form) is a gold name of its
type; a gold name is found when some predicted entity of its type carries it. So ``Birleşmiş Milletler`` linked
from the mentions ``BM`` and ``Birleşmiş Milletler`` is one correct entity that finds both gold names, and a
second, unmerged ``Netanyahu`` entity beside ``Binyamin Netanyahu`` is a false positive (the gold drops a
surname alone when the full name is listed).
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newswire_schemas import Article, Entity, EntityType

from newswire_tagger.entities.names import fold, strip_apostrophe_suffix
from newswire_tagger.entities.surface import surface_forms

__all__ = ["ENTITY_TYPES", "DocumentScore", "evaluate_entities", "name_key", "read_gold", "score_document"]

logger = logging.getLogger(__name__)

ENTITY_TYPES: tuple[EntityType, ...] = ("PER", "ORG", "LOC")
GoldDocument = dict[str, set[str]]


def name_key(name: str) -> str:
    """Comparison key: apostrophe suffix of the last word dropped, then case and diacritics folded."""
    words = name.split()
    if words:
        words[-1] = strip_apostrophe_suffix(words[-1])
    return fold(" ".join(words))


# Type keys other gold files use for the three types.
_TYPE_KEYS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
}


def read_gold(path: Path) -> dict[str, GoldDocument]:
    """``{file name: {type: {name key}}}`` from a gold file shaped like nakbatr-aa's ``gold.json``.

    Type keys may be written long or in lower case (``PERSON``, ``organization``); other keys are left out with a
    warning, and a file whose articles name no PER, ORG or LOC at all is an error, not a zero.
    """
    raw: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not all(isinstance(names, dict) for names in raw.values()):
        raise ValueError(f"{path}: expected a JSON object of file name -> {{PER|ORG|LOC: [names]}}")
    gold: dict[str, GoldDocument] = {}
    ignored: Counter[str] = Counter()
    for file, names in raw.items():
        document: GoldDocument = {kind: set() for kind in ENTITY_TYPES}
        for key, listed in names.items():
            kind = _TYPE_KEYS.get(key.strip().upper())
            if kind is None:
                ignored[key] += 1
                continue
            document[kind] |= {k for n in listed if (k := name_key(n))}
        gold[file] = document
    if ignored:
        logger.warning("%s: keys other than PER, ORG and LOC left out: %s", path, dict(ignored))
    if gold and not any(names for document in gold.values() for names in document.values()):
        raise ValueError(f"{path}: no PER, ORG or LOC name in any article (keys seen: {sorted(ignored)[:10]})")
    return gold


@dataclass
class DocumentScore:
    """Counts of one or many documents, per type, and what was missed or wrongly added (for error analysis)."""

    correct: Counter[str] = field(default_factory=Counter)  # predicted entities carrying a gold name
    predicted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)  # gold names some entity carries
    gold: Counter[str] = field(default_factory=Counter)
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)

    def add(self, other: DocumentScore) -> None:
        """Add another score's counts to this one."""
        for mine, theirs in (
            (self.correct, other.correct),
            (self.predicted, other.predicted),
            (self.found, other.found),
            (self.gold, other.gold),
        ):
            mine.update(theirs)

    def figures(self) -> dict[str, Any]:
        """Micro P/R/F1 over all types and per type (fractions rounded to 4 decimals)."""
        result = _prf(self.correct.total(), self.predicted.total(), self.found.total(), self.gold.total())
        result["per_type"] = {
            kind: {
                **_prf(self.correct[kind], self.predicted[kind], self.found[kind], self.gold[kind]),
                "predicted": self.predicted[kind],
                "support": self.gold[kind],
            }
            for kind in ENTITY_TYPES
        }
        return result


def _prf(correct: int, predicted: int, found: int, gold: int) -> dict[str, Any]:
    precision = correct / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def entity_keys(entity: Entity) -> set[str]:
    """Every name key an entity answers to: its canonical name and its surface forms."""
    names = [entity.name, *surface_forms(m.text for m in entity.mentions)]
    return {k for n in names if (k := name_key(n))}


def score_document(gold: GoldDocument, entities: Iterable[Entity]) -> DocumentScore:
    """Score one article's entities against its gold names."""
    score = DocumentScore()
    keys_by_type: dict[str, list[tuple[Entity, set[str]]]] = {kind: [] for kind in ENTITY_TYPES}
    for entity in entities:
        keys_by_type[entity.type].append((entity, entity_keys(entity)))
    for kind in ENTITY_TYPES:
        wanted = gold.get(kind, set())
        predicted = keys_by_type[kind]
        carried = set().union(*(keys for _e, keys in predicted)) if predicted else set()
        score.predicted[kind] = len(predicted)
        score.correct[kind] = sum(1 for _e, keys in predicted if keys & wanted)
        score.gold[kind] = len(wanted)
        score.found[kind] = len(wanted & carried)
        score.false_positives[kind] = sorted(e.name for e, keys in predicted if not keys & wanted)
        score.missed[kind] = sorted(wanted - carried)
    return score


def evaluate_entities(
    files: Sequence[tuple[str, Sequence[Article]]],
    gold: Mapping[str, GoldDocument],
    enrich: Callable[[Article], Sequence[Entity]] | None = None,
    errors: Path | None = None,
    *,
    skipped: Sequence[str] = (),
    without_gold: int = 0,
) -> dict[str, Any]:
    """Tag each ``(file name, its articles)`` that has gold names and score the file's entities together.

    ``errors`` gets a JSON line per file with what was missed and what was wrongly added. A file the tagger
    fails on is skipped with a warning and counted (``n_skipped``, with the ones the caller could not read, given
    as ``skipped``); ``without_gold`` counts files the caller left out for having no gold names.
    """
    if enrich is None:
        from newswire_tagger.pipeline import Tagger  # noqa: PLC0415 - load the models only when tagging here

        tagger = Tagger.load()
        enrich = lambda article: tagger.enrich(article).entities  # noqa: E731 - one-line adapter
    total = DocumentScore()
    lines = []
    scored = [(name, articles) for name, articles in files if name in gold]
    failed = list(skipped)
    started = time.process_time()
    for name, articles in scored:
        try:
            found = [e for article in articles for e in enrich(article)]
        except Exception as error:  # noqa: BLE001 - one bad file must not end the run: it is logged and counted
            logger.warning("%s skipped: the tagger failed: %s: %s", name, type(error).__name__, error)
            failed.append(name)
            continue
        document = score_document(gold[name], found)
        total.add(document)
        lines.append({"file": name, "false_positives": document.false_positives, "missed": document.missed})
    elapsed = time.process_time() - started
    if errors is not None:
        errors.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    result = total.figures()
    n_scored = len(scored) - (len(failed) - len(skipped))
    result["n_documents"] = n_scored
    result["n_without_gold"] = len(files) - len(scored) + without_gold
    result["n_skipped"] = len(failed)
    result["skipped"] = sorted(failed)
    result["ms_per_article"] = round(1000 * elapsed / n_scored, 2) if n_scored else 0.0
    logger.info("entities: %d documents (%d skipped), micro F1 %.4f", n_scored, len(failed), result["f1"])
    return result
