"""Count the kinds of gold-list mistakes `KB_CARD.md` reports for a gold file shaped like nakbatr-aa's.

    .venv/bin/python services/tagger/training/kb/gold_audit.py ../shared/data/ner/nakbatr-aa

Counts only; nothing here changes the evaluation.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from newswire_tagger.entities.names import fold
from newswire_tagger.evaluation.entities import name_key

AGENCY = re.compile(r"\bAA\b|Anadolu Ajans")
_NOT_WORD = re.compile(r"[\W_]+")
CASE_ENDING = re.compile(
    r"(?:sı|si|su|sü|ı|i|u|ü)n(?:da|de|dan|den|daki|deki|a|e|ın|in|un|ün|ı|i)$|(?:ları|leri)n(?:da|de|a|e|ın|in)$"
)


def audit(folder: Path) -> dict[str, int]:
    """The counts, by kind of mistake."""
    gold: dict[str, dict[str, list[str]]] = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    agency_docs = agency_missing = 0
    types: dict[str, set[str]] = defaultdict(set)
    counts = {"two_types_in_one_article": 0, "case_ending_kept": 0, "internet_as_org": 0, "fragments": 0}
    absent: dict[str, int] = defaultdict(int)
    for file, names in gold.items():
        keys = {kind: {name_key(n) for n in names.get(kind, [])} for kind in ("PER", "ORG", "LOC")}
        text = (folder / "articles" / file).read_text(encoding="utf-8")
        words = f" {_words(text)} "
        for kind, wanted in keys.items():
            absent[kind] += sum(f" {_words(key)} " not in words for key in wanted)
        if AGENCY.search(text):
            agency_docs += 1
            agency_missing += not keys["ORG"] & {"aa", "anadolu ajansi"}
        counts["two_types_in_one_article"] += len(keys["ORG"] & keys["LOC"]) + len(keys["PER"] & keys["LOC"])
        counts["internet_as_org"] += "internet" in keys["ORG"]
        for kind, listed in names.items():
            for name in listed:
                types[name_key(name)].add(kind)
                words = name.split()
                counts["case_ending_kept"] += len(words) > 1 and "'" not in name and bool(CASE_ENDING.search(words[-1]))
                counts["fragments"] += len(name) <= 2 and not name.isupper()
    return {
        "articles_naming_the_agency": agency_docs,
        "of_which_gold_lists_no_agency": agency_missing,
        "names_typed_differently_across_articles": sum(len(t) > 1 for t in types.values()),
        **counts,
        **{f"{kind}_names_not_in_the_text": n for kind, n in absent.items()},
    }


def _words(text: str) -> str:
    """Folded words joined by single spaces: punctuation and line breaks do not hide a name."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


def main() -> None:
    """Print the counts as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="folder holding gold.json and articles/")
    print(json.dumps(audit(parser.parse_args().folder), indent=1))


if __name__ == "__main__":
    main()
