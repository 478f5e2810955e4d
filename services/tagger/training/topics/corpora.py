"""Every article the topic model may learn from or be measured on, with its labels and its near-duplicate group.

Sources (all read from ``shared/data`` at run time, never copied into the repository):

* ``ttc``: TTC-3600, folders named by IPTC code (six codes);
* ``kemik-topical``: kemik42k's topical sections, mapped to one code each (``SECTION_CODES``);
* ``kemik-general``: kemik42k's general sections (no label from the section: silver or weak labels only);
* ``nakba``: nakbatr-aa agency articles (Gaza coverage, October 2024);
* ``seed``: the repository's seed article.

Keys are the label keys of ``labels/labels.json``: the path under ``shared/data`` (``kemik42k/genel/1002.txt``),
``seeds/<name>`` for the seed. Near-duplicates (word 4-gram shingles, half of the smaller document's shingles
shared) share a group, so that a split by group keeps them on one side and the labelled set's copies elsewhere are
excluded with it.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newswire_tagger.topics import features
from newswire_tagger.topics.corpus import read_story, read_text

SECTION_CODES = {
    "ekonomi": "04000000",
    "kultur-sanat": "01000000",
    "magazin": "01000000",  # mostly celebrities and TV: arts, culture, entertainment and media
    "saglik": "07000000",
    "siyaset": "11000000",
    "spor": "15000000",
    "teknoloji": "13000000",
}


def _codes(short: str) -> frozenset[str]:
    """Top-level codes from their two leading digits (``"09 13"`` → ``{"09000000", "13000000"}``)."""
    return frozenset(f"{c}000000" for c in short.split())


# Partial labels: a topical section names one code for sure and rules out most others (a sport page does not
# carry an economy story), but some codes it can hold as well as its own (the economy page carries wages: labour;
# the politics page carries trials and the war). For those a section article says nothing either way: it is
# neither a positive nor a negative example of them (decided from the guide, before measuring).
SECTION_MAY_ALSO = {
    "04000000": _codes("09 13 11 10 06 02 14"),
    "01000000": _codes("12 05 10 08 14 13 02"),
    "07000000": _codes("13 14 10 08 05 09 06"),
    "11000000": _codes("02 16 14 04 09 05 12 06 03"),
    "15000000": _codes("02 03 07 08"),
    "13000000": _codes("04 01 10 05 07 06"),
}
GENERAL_SECTIONS = ("genel", "guncel", "turkiye", "dunya", "planet", "yasam")
_WORD = re.compile(r"\w+")
SHINGLE = 4
# Overlap (shared / smaller set), not Jaccard: a short rewrite inside a longer copy is a duplicate too.
OVERLAP = 0.5
# A shingle shared by more documents than this is boilerplate ("AA muhabirine yaptığı açıklamada"), not copying.
MAX_POSTING = 30


@dataclass
class Doc:
    """One article: label key, source, section, headline, body, section label and near-duplicate group."""

    key: str
    source: str
    section: str
    headline: str
    body: str
    code: str | None = None  # the label its folder gives (TTC and topical sections only)
    group: int = -1
    shingles: frozenset[int] = field(default_factory=frozenset, repr=False)


def _shingles(text: str) -> frozenset[int]:
    toks = _WORD.findall(features.normalise(text))
    grams = (" ".join(toks[i : i + SHINGLE]) for i in range(max(1, len(toks) - SHINGLE + 1)))
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams)


def load(data: Path, seeds: Path) -> list[Doc]:
    """Every article of every source, in a fixed order, with near-duplicate groups assigned."""
    docs: list[Doc] = []
    for folder in sorted((data / "topics" / "ttc3600").iterdir()):
        for path in sorted(folder.glob("*.txt")):
            # TTC files have no headline line: the whole file is the body, as the worker would see it.
            docs.append(Doc(f"topics/ttc3600/{folder.name}/{path.name}", "ttc", folder.name, "", read_text(path),
                            folder.name))  # fmt: skip
    kemik = data / "topics" / "kemik42k"
    for section in sorted(p.name for p in kemik.iterdir() if p.is_dir()):
        source = "kemik-general" if section in GENERAL_SECTIONS else "kemik-topical"
        for path in sorted((kemik / section).glob("*.txt"), key=lambda p: (len(p.name), p.name)):
            headline, body = read_story(read_text(path))
            docs.append(Doc(f"kemik42k/{section}/{path.name}", source, section, headline, body,
                            SECTION_CODES.get(section)))  # fmt: skip
    for path in sorted((data / "ner" / "nakbatr-aa" / "articles").glob("*.txt")):
        headline, body = read_story(read_text(path))
        docs.append(Doc(f"nakbatr-aa/articles/{path.name}", "nakba", "aa", headline, body))
    for path in sorted(seeds.glob("*.txt")):
        headline, body = read_story(read_text(path))
        docs.append(Doc(f"seeds/{path.name}", "seed", "seed", headline, body))
    group_near_duplicates(docs)
    return docs


def group_near_duplicates(docs: list[Doc]) -> None:
    """Give near-duplicate documents one group id (union-find over shingle-sharing candidate pairs)."""
    for doc in docs:
        doc.shingles = _shingles(doc.headline + " " + doc.body)
    postings: dict[int, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        for s in doc.shingles:
            if s % 4 == 0:  # a quarter of the shingles is enough to find candidates
                postings[s].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if 1 < len(members) <= MAX_POSTING:
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    shared[members[a], members[b]] += 1
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), n in shared.items():
        if n < 3:
            continue
        sa, sb = docs[a].shingles, docs[b].shingles
        if len(sa & sb) / max(1, min(len(sa), len(sb))) >= OVERLAP:
            parent[find(a)] = find(b)
    for i, doc in enumerate(docs):
        doc.group = find(i)
