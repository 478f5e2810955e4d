"""The README's metrics table names every metric of every service, with its type and labels, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from newswire_indexer.metrics import IndexerMetrics
from newswire_ingest.metrics import IngestMetrics
from newswire_tagger.artifacts import ARTIFACTS
from newswire_tagger.metrics import TaggerMetrics
from prometheus_client import CollectorRegistry

README = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
_ROW = re.compile(r"^\| `(newswire_[a-z_]+)` \| (\w+) \| ([^|]+) \| [^|]+ \|$", re.MULTILINE)
_SUFFIX = {"counter": "_total", "info": "_info"}


def _documented() -> dict[str, tuple[str, frozenset[str]]]:
    """Name -> (type, labels) from the README rows."""
    return {name: (kind, frozenset(re.findall(r"`([a-z_]+)`", labels))) for name, kind, labels in _ROW.findall(README)}


def _registered(registry: CollectorRegistry) -> dict[str, tuple[str, frozenset[str]]]:
    """Name (as scraped) -> (type, labels) of every metric in a registry.

    Label names are read from the metric objects (prometheus_client keeps them in ``_labelnames``): a labelled metric
    has no sample, and so no labels in ``collect()``, until it is first used.
    """
    found = {}
    for metric in list(registry._collector_to_names):  # no public way to list the collectors
        kind, name = metric._type, metric._name  # type: ignore[attr-defined]
        labels = frozenset(metric._labelnames)  # type: ignore[attr-defined]
        if kind == "info":
            labels = frozenset(key for family in metric.collect() for s in family.samples for key in s.labels)
        found[name + _SUFFIX.get(kind, "")] = (kind, labels)
    return found


def _all_registered() -> dict[str, tuple[str, frozenset[str]]]:
    ingest, tagger, indexer = IngestMetrics(), TaggerMetrics(), IndexerMetrics()
    tagger.set_models("v", dict.fromkeys(ARTIFACTS, "h"))  # an info metric's labels are its values' keys
    return {**_registered(ingest.registry), **_registered(tagger.registry), **_registered(indexer.registry)}


def test_table_matches_the_registries() -> None:
    documented, registered = _documented(), _all_registered()
    assert sorted(set(registered) - set(documented)) == [], "metrics missing from the README"
    assert sorted(set(documented) - set(registered)) == [], "README names metrics that do not exist"
    wrong = {name: (documented[name], kind) for name, kind in registered.items() if documented[name] != kind}
    assert wrong == {}, "type or labels differ"
