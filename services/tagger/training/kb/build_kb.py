"""Build the tagger's entity knowledge base (models/kb/kb.json.gz): who and what a name in wire copy stands for.

Run from the repository root, after the gazetteer (whose organisations and place names it reads):

    uv run --group training python services/tagger/training/kb/build_kb.py

Sources (see models/kb/KB_CARD.md for licences and what was left out): the curated TSVs beside this script and
``training/gazetteer/organisations.tsv`` (this project's), pytickersymbols' listed companies and their key
people (MIT), ayikla's Turkish company and given-name lists (MIT), Faker's given names of its Latin-script locales
(MIT: a typing signal only) and the entity strings of Turkish Wiki-NER (CC BY-SA 4.0: type hints only, see the card).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import pkgutil
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from newswire_tagger.entities.kb import DISTRICT
from newswire_tagger.entities.names import canonical_name, fold, slugify, turkish_lower
from newswire_tagger.entities.titles import TITLE_HEADS

HERE = Path(__file__).resolve().parent
TAGGER = HERE.parents[1]
OUTPUT = TAGGER / "src" / "newswire_tagger" / "models" / "kb" / "kb.json.gz"
GAZETTEER = TAGGER / "src" / "newswire_tagger" / "models" / "gazetteer" / "gazetteer.json"
WIKI_NER = Path("../shared/data/ner/turkish-wiki-ner")
KB_VERSION = "1.54.0"
# Only the training split: Wiki-NER's dev and test stay clean for anyone who evaluates on them.
WIKI_SPLITS = ("train",)

# Wiki-NER's OntoNotes types, folded onto what the KB says: a core type, or a kind of thing that is no person.
WIKI_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP"}
NOT_PERSON_TYPES = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
LEGAL_FORMS = re.compile(
    r"(?:,?\s+(?:inc\.?|corp\.?|corporation|plc|ag|se|s\.?a\.?|n\.?v\.?|ltd\.?|limited|co\.?|company|group|"
    r"holdings?|a\.?ş\.?|ltd\.? şti\.?|san\.?|tic\.?|ve|a\.s\.?))+$",
    re.IGNORECASE,
)
_CONJUNCTION_LAST = re.compile(r"(?:\s+(?:&|and|ve))+$", re.IGNORECASE)
# Folded words that follow a company's own name in ayikla's list (its commonest last words, Turkish and English).
_SECTOR_TEXT = (
    "hizmetleri danismanlik ticaret teknolojileri sistemleri muhendislik consulting insaat bilisim yazilim "
    "teknoloji sirketi solutions services technologies sanayi sanayii grup grubu group elektronik mimarlik "
    "technology tekstil medya enerji systems makina makine trade yapi tic san kimya engineering digital otomotiv "
    "tasarim sigorta construction gida turizm urunleri pazarlama cozumleri iletisim software logistics metal "
    "textile plastik lojistik reklam otomasyon elektrik gayrimenkul trading bilgisayar yatirim holding dis "
    "mobilya ambalaj proje egitim ve ithalat ihracat petrol tarim madencilik"
)
SECTOR_WORDS = frozenset(_SECTOR_TEXT.split())
# Letters standing for a body's name (``KİK``, ``TCMB``, ``BM``), digits and ``&`` allowed.
_ACRONYM = re.compile(r"[A-ZÇĞİÖŞÜ0-9&]{2,8}")
KEY_PERSON = re.compile(r"([A-ZÀ-Ý][\w.'’-]+(?: [A-ZÀ-Ý][\w.'’-]+){1,3})\s*\(([^)]*)\)")


_MAX_CAPITALS_ONLY = 3  # "Nato", "Nasa", "Unesco": longer acronyms are written in lower case by some outlets


@dataclass
class Builder:
    """Entities, their alias keys, and the type hints gathered from every source."""

    entities: list[list[str]] = field(default_factory=list)  # [id, type, name, kind, description]
    by_id: dict[str, int] = field(default_factory=dict)
    names: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    hints: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    sources: Counter[str] = field(default_factory=Counter)
    aliases: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    curated_count: int = 0

    def add(
        self, eid: str, etype: str, name: str, *, kind: str, description: str, aliases: list[str], source: str
    ) -> int:
        """Add an entity (or extend the one with this id) and index its name and aliases."""
        if eid not in self.by_id:
            self.by_id[eid] = len(self.entities)
            self.entities.append([eid, etype, name, kind, description])
            self.sources[source] += 1
        ref = self.by_id[eid]
        for alias in [name, *aliases]:
            key = fold(alias)
            if len(key) >= 2:
                self.names[key].add(ref)
                self.aliases[ref].append(alias)
        return ref

    def known(self, alias: str) -> int | None:
        """The one entity already answering to ``alias``, if exactly one does."""
        refs = self.names.get(fold(alias), set())
        return next(iter(refs)) if len(refs) == 1 else None

    def known_as(self, alias: str) -> int | None:
        """``known``, but an acronym finds only the entity it is the name of: two bodies share letters (``KİK``, the
        Gulf council and the procurement authority), not identity."""
        ref = self.known(alias)
        if ref is None or not _ACRONYM.fullmatch(alias):
            return ref
        name = self.entities[ref][2]
        # (nor the same letters with the other capital I: "MIT", the Massachusetts institute, is not the "MİT")
        return (
            ref
            if fold(name) == fold(alias) and not (name.isupper() and _capital_i(name) != _capital_i(alias))
            else None
        )


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a curated TSV, comments and the header skipped, short rows padded."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [line.split("\t") for line in lines if not line.startswith("#")][1:]
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def split_aliases(text: str) -> list[str]:
    """``a|b`` → ``[a, b]``, empty parts dropped."""
    return [a.strip() for a in text.split("|") if a.strip()]


def add_curated(kb: Builder) -> None:
    """The gazetteer's organisations (their ids kept), then this folder's persons, organisations and places."""
    for oid, name, _recall, aliases in read_tsv(TAGGER / "training" / "gazetteer" / "organisations.tsv"):
        kb.add(oid, "ORG", name, kind="curated", description="", aliases=split_aliases(aliases), source="curated")
    for name, aliases, description in read_tsv(HERE / "persons.tsv"):
        kb.add(
            f"per:{slugify(name)}",
            "PER",
            name,
            kind="person",
            description=description,
            aliases=split_aliases(aliases),
            source="curated",
        )
    organisations = [*read_tsv(HERE / "organisations.tsv"), *read_tsv(HERE / "business.tsv")]
    for kind, name, aliases, description in organisations:
        names = [name, *split_aliases(aliases)]
        ref = next((r for a in names if (r := kb.known_as(a)) is not None), None)
        if ref is not None and kb.entities[ref][1] == "ORG":  # the gazetteer already has it: extend, keep its id
            kb.entities[ref][3:] = [kind, description]
            eid = kb.entities[ref][0]
        else:
            eid = f"org:{slugify(name)}"
        kb.add(eid, "ORG", name, kind=kind, description=description, aliases=names[1:], source="curated")
    for name, aliases, description in read_tsv(HERE / "places.tsv"):
        kb.add(
            f"loc:{slugify(name)}",
            "LOC",
            name,
            kind="place",
            description=description,
            aliases=split_aliases(aliases),
            source="curated",
        )
    # districts: places for typing and linking, never recall forms (see recall_forms)
    for name, province in read_tsv(HERE / "districts.tsv"):
        kb.add(
            f"loc:{slugify(name)}-{slugify(province)}"
            if f"loc:{slugify(name)}" in kb.by_id
            else f"loc:{slugify(name)}",
            "LOC",
            name,
            kind=DISTRICT,
            description=f"{province} ilçesi",
            aliases=[],
            source="curated",
        )


def short_company_name(name: str) -> str:
    """``Adobe Inc.`` → ``Adobe``; ``Deutsche Bank AG`` → ``Deutsche Bank``; ``Merck & Co., Inc.`` → ``Merck`` (not
    ``Merck &``: a conjunction left last joins nothing)."""
    return _CONJUNCTION_LAST.sub("", LEGAL_FORMS.sub("", name)).strip(" ,") or name


def add_tickers(kb: Builder, given_names: set[str]) -> None:
    """Listed companies (short name as alias unless it is a given name) and their key people."""
    from pytickersymbols import PyTickerSymbols  # noqa: PLC0415 - a training-only dependency

    for stock in PyTickerSymbols().get_all_stocks():
        name = stock["name"].strip()
        short = short_company_name(name)
        aliases = [short] if fold(short) not in given_names else []
        country = stock.get("country") or ""
        industries = stock.get("industries") or []
        description = f"listed company ({', '.join(x for x in [country, *industries[:1]] if x)})"
        ref = kb.known(short) if kb.known(short) is not None else kb.known(name)
        if ref is not None and kb.entities[ref][1] == "ORG":
            kb.add(
                kb.entities[ref][0],
                "ORG",
                kb.entities[ref][2],
                kind="",
                description="",
                aliases=[name, *aliases],
                source="tickers",
            )
            company = kb.entities[ref][2]
        else:
            kb.add(
                f"org:{slugify(short)}",
                "ORG",
                short,
                kind="listed",
                description=description,
                aliases=[name, *aliases],
                source="tickers",
            )
            company = short
        people = (stock.get("metadata") or {}).get("key_people") or ""
        for person, role in KEY_PERSON.findall(people):
            described = f"{' '.join(role.split())[:60]}, {company}"
            kb.add(
                f"per:{slugify(person)}",
                "PER",
                person,
                kind="person",
                description=described,
                aliases=[],
                source="tickers",
            )


def wiki_entities(directory: Path) -> Iterator[tuple[str, str]]:
    """``(OntoNotes type, entity string)`` of every labelled span in the Wiki-NER splits used (training only)."""
    for split in WIKI_SPLITS:
        words: list[str] = []
        tags: list[str] = []
        for line in [*(directory / f"{split}.conll").read_text(encoding="utf-8").splitlines(), ""]:
            if line.strip():
                word, _, tag = line.partition("\t")
                words.append(word)
                tags.append(tag.strip() or "O")
                continue
            i = 0
            while i < len(tags):
                if tags[i].startswith("B-"):
                    kind, j = tags[i][2:], i + 1
                    while j < len(tags) and tags[j] == f"I-{kind}":
                        j += 1
                    yield kind, " ".join(words[i:j])
                    i = j
                else:
                    i += 1
            words, tags = [], []


def add_wiki_hints(kb: Builder, directory: Path) -> tuple[set[str], set[str], Counter[str]]:
    """Type votes per name from Wiki-NER; return demonyms, given names and the vote counts by type."""
    demonyms: set[str] = set()
    first_names: Counter[str] = Counter()
    votes: Counter[str] = Counter()
    for onto, text in wiki_entities(directory):
        kind = WIKI_TYPES.get(onto, "NOT" if onto in NOT_PERSON_TYPES else None)
        if kind is None:
            continue
        name = canonical_name(text, "ORG" if kind == "ORG" else "PER")
        key = fold(name)
        if len(key) < 2:
            continue
        kb.hints[key][kind] += 1
        votes[kind] += 1
        if kind == "NORP" and " " not in key:
            demonyms.add(key)
        if kind == "PER" and len(name.split()) >= 2:
            first_names[fold(name.split()[0])] += 1
    given = {n for n, c in first_names.items() if c >= 2 and not kb.hints[n]["LOC"] and not kb.hints[n]["ORG"]}
    # Wiki-NER sometimes labels a country NORP ("İsrail" in "İsrail ordusu"): a demonym must be mostly NORP.
    # Years Wiki-NER tags NORP ("1919") are no nationality words.
    demonyms = {
        d for d in demonyms if kb.hints[d]["NORP"] > kb.hints[d]["LOC"] + kb.hints[d]["ORG"] and not d.isdigit()
    }
    return demonyms, given, votes


def wiki_surnames(directory: Path) -> set[str]:
    """Last words of Wiki-NER's person names of two words or more (``Sabancı`` of ``Sakıp Sabancı``)."""
    return {fold(name.split()[-1]) for onto, name in wiki_entities(directory) if onto == "PERSON" and " " in name}


def ayikla_lists() -> tuple[set[str], set[str], list[str]]:
    """ayikla's given names, surnames and company names (read from the distribution: its import needs pkg_resources)."""
    root = Path(str(metadata.distribution("ayikla").locate_file("ayikla")))

    def lines(name: str) -> list[str]:
        return [line.strip() for line in (root / name).read_text(encoding="utf-8").split("\n") if line.strip()]

    return {fold(n) for n in lines("isimler.txt")}, {fold(n) for n in lines("soyisimler.txt")}, lines("firmalar.txt")


# Words that open places' names as often as people's ("North Carolina", "San Diego", "Grand Rapids").
PLACE_OPENERS = frozenset(
    {
        *("north", "south", "east", "west", "new", "saint", "san", "santa", "sao", "port", "fort", "mount"),
        *("lake", "cape", "grand", "great", "little", "upper", "lower", "la", "le", "el", "al", "de", "del"),
        *("des", "los", "las", "st"),
    }
)
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ɏ]+(?:['-][A-Za-zÀ-ɏ]+)*$")
_FAKER_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def faker_given_names() -> dict[str, set[str]]:
    """Faker's given names by locale, Latin-script ones only (``Deborah``, ``Tala``, ``Giorgia``), folded.

    Read from each ``faker.providers.person`` locale's class attributes (weighted dicts or tuples); locales
    written in other scripts (Arabic, Cyrillic, CJK) give nothing, as copy transliterates those names.
    """
    from faker.providers import person  # noqa: PLC0415 - training-only dependency, imported where used

    by_locale: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names: set[str] = set()
        for attribute in _FAKER_NAME_LISTS:
            values = next((c.__dict__[attribute] for c in provider.__mro__ if attribute in c.__dict__), None)
            if isinstance(values, (dict, tuple, list)):
                names |= {fold(n) for n in values if _LATIN_NAME.match(n)}
        if names:
            by_locale[module.name] = names
    return by_locale


def typing_given_names(
    by_locale: dict[str, set[str]], kb: Builder, excluded: set[str], common: Counter[str]
) -> set[str]:
    """Faker's given names usable as a person signal: not known names, places, demonyms or ordinary words.

    ``excluded`` holds the places, demonyms, non-names and given names already listed; a name Wiki-NER votes a
    place, a body or a thing more often than a person (``Jordan``, ``Florence``) and a word that opens place
    names (``North``, ``Santa``) are left out too.
    """
    result = set()
    for name in set().union(*by_locale.values()):
        votes = kb.hints.get(name, Counter())
        if len(name) < 3 or " " in name or name in excluded or name in kb.names or common[name] >= 3:
            continue
        if name in PLACE_OPENERS:
            continue
        if votes["LOC"] + votes["ORG"] + votes["FAC"] + votes["NOT"] > votes["PER"]:
            continue
        result.add(name)
    return result


def add_company_hints(kb: Builder, companies: list[str], people_words: set[str], places: set[str]) -> int:
    """One ORG vote per Turkish company name of 2+ words once legal forms are cut, unless person- or place-like.

    ``people_words`` are given names and surnames: "Eyüp Aşık Ltd." names its owner, and its short form a person.
    """
    keys = {fold(short_company_name(company)) for company in companies}
    added = 0
    for key in sorted(keys):
        words = key.split()
        if len(words) < 2 or words[0] in people_words or words[-1] in people_words:
            continue
        if key in places or key in kb.names:
            continue
        kb.hints[key]["ORG"] += 1
        added += 1
    return added


def add_company_short_names(kb: Builder, companies: list[str], excluded: set[str], common: Counter[str]) -> int:
    """Two ORG votes for a one-word company name taken from a well-formed ayikla entry, for typing only.

    Well-formed: the word, then only sector words or a legal form (``banvit a.ş.`` → ``banvit``; not ``x kağıt
    a.ş.``: ``kağıt`` is no sector word, so ``x`` may be half a name). Left out: given names, surnames (ayikla's,
    Wiki-NER's and the knowledge base's), places and known names (``excluded``), sector words themselves, words
    of fewer than four letters and ordinary Turkish words (three or more lower-case uses in Wiki-NER's text), so
    a capitalised sentence start or a family name that also names a holding (Koç, Sabancı) is not voted a company.
    """
    added = 0
    for company in sorted(set(companies)):
        short = short_company_name(company)
        words = fold(short).split()
        well_formed = len(words) > 1 or fold(short) != fold(company)
        if not words or not well_formed or not all(w in SECTOR_WORDS for w in words[1:]):
            continue
        word = words[0]
        if len(word) < 4 or not word.isalpha() or word in SECTOR_WORDS or word in excluded or common[word] >= 3:
            continue
        if kb.hints[word]["ORG"] < 2:
            kb.hints[word]["ORG"] = 2
            added += 1
    return added


def not_names(kb: Builder) -> dict[str, str]:
    """Curated non-names plus Wiki-NER products, works, events, laws and languages no source calls an entity."""
    result = {fold(name): kind for kind, name in read_tsv(HERE / "not_names.tsv") if kind != "demonym"}
    for key, votes in kb.hints.items():
        core = votes["PER"] + votes["ORG"] + votes["LOC"]
        if votes["NOT"] >= 2 and votes["NOT"] > 2 * core and key not in kb.names:
            result.setdefault(key, "product")
    return {k: v for k, v in result.items() if k not in kb.names}


def lowercase_words(directory: Path) -> Counter[str]:
    """How often each word appears in lower case in Wiki-NER's text: a name that is also a word is risky."""
    counts: Counter[str] = Counter()
    for split in WIKI_SPLITS:
        for line in (directory / f"{split}.conll").read_text(encoding="utf-8").splitlines():
            word = line.partition("\t")[0]
            if word[:1].islower():
                counts[turkish_lower(word)] += 1
    return counts


def recall_forms(
    kb: Builder, aliases: dict[int, list[str]], common: Counter[str], given_names: set[str]
) -> dict[str, list[Any]]:
    """Surface forms the tagger may add where the model found nothing: ``[entity ref, is acronym]`` by lowercase.

    Curated entities with every alias; listed companies and their people by names of two words or more. A
    one-word form is left out when it is also an ordinary word (``Sabah``, ``Refah``) or a given name
    (``Fidan``): a capitalised sentence start or another person would be taken for the entity.
    """
    candidates: dict[str, set[tuple[int, bool]]] = defaultdict(set)
    for ref, forms in aliases.items():
        etype, curated = kb.entities[ref][1], ref < kb.curated_count
        for form in forms:
            single = " " not in form.strip()
            lowered = turkish_lower(form)
            acronym = form.isupper() and form.isalnum() and len(form) <= 8
            risky = common[lowered] >= 3 or len(form) < 3 or (etype == "PER" and fold(form) in given_names)
            risky = risky or form in TITLE_HEADS  # "Sözcü" the newspaper, "Sözcü Yardımcısı" the title
            # a district's name is a surname as often ("Pervin Buldan"): the model's spans only
            risky = risky or kb.entities[ref][3] == DISTRICT
            if single and (not curated or risky):
                continue
            candidates[lowered].add((ref, acronym))
    # one entity per form; an acronym only when every spelling of it is one ("NTVMSNBC" and "ntvmsnbc": a name)
    return {
        key: [next(iter(refs))[0], all(acronym for _ref, acronym in refs)]
        for key, refs in sorted(candidates.items())
        if len({r for r, _a in refs}) == 1
    }


def build(wiki: Path) -> dict[str, Any]:
    """Assemble the knowledge-base document."""
    gazetteer = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    kb = Builder()
    add_curated(kb)
    kb.curated_count = len(kb.entities)
    demonyms, wiki_given, votes = add_wiki_hints(kb, wiki)
    ayikla_given, surnames, companies = ayikla_lists()
    places = set(gazetteer["place_names"])
    demonyms -= places | set(kb.names)
    curated_demonyms = {fold(name) for kind, name in read_tsv(HERE / "not_names.tsv") if kind == "demonym"}
    roman = re.compile(r"^[ivxlc]+$")
    # A given name that is also an ordinary word ("Yeni", "Bahar", "Hayat") says nothing about a capitalised word.
    common = lowercase_words(wiki)
    common_folded: Counter[str] = Counter()
    for word, count in common.items():
        common_folded[fold(word)] += count
    given_names = {
        g for g in wiki_given | ayikla_given if len(g) >= 3 and not roman.match(g) and common_folded[g] < 3
    } - set(kb.names)
    # "Chrome", "Siri": a product's name is no given name, whoever is called so somewhere.
    given_names -= {fold(name) for kind, name in read_tsv(HERE / "not_names.tsv") if kind != "demonym"}
    # A people's word Wiki-NER votes that is a given name too ("Oğuz", "Uygar", "Ural") is the given name: alone
    # it named a player ("Oğuz gol attı") and was dropped; the curated list keeps the peoples copy names
    # ("Türkmen", "Çerkez", "Uygur").
    demonyms = (demonyms - given_names) | curated_demonyms
    add_tickers(kb, given_names)
    company_hints = add_company_hints(kb, companies, wiki_given | ayikla_given | surnames, places)
    person_words = {w for row in kb.entities if row[1] == "PER" for w in fold(row[2]).split()}
    excluded = wiki_given | ayikla_given | surnames | wiki_surnames(wiki) | person_words | places | set(kb.names)
    company_short_names = add_company_short_names(kb, companies, excluded, common_folded)
    faker_names = faker_given_names()
    not_typing = (
        given_names
        | demonyms
        | set(not_names(kb))
        | {fold(t) for t in TITLE_HEADS}
        | {fold(form) for form in gazetteer["recall"]}
    )
    typing_names = typing_given_names(faker_names, kb, not_typing, common_folded)
    hints = {
        key: [v["PER"], v["ORG"], v["LOC"], v["FAC"], v["NOT"]]
        for key, v in sorted(kb.hints.items())
        if v["PER"] + v["ORG"] + v["LOC"] + v["FAC"] + v["NOT"] > 0
    }
    counts = Counter(row[1] for row in kb.entities)
    return {
        "meta": {
            "version": KB_VERSION,
            "sources": {p: metadata.version(p) for p in ("pytickersymbols", "ayikla", "faker")},
            "counts": {
                "entities": dict(sorted(counts.items())),
                "entities_by_source": dict(kb.sources),
                "alias_keys": len(kb.names),
                "hint_keys": len(hints),
                "wiki_ner_votes": dict(votes),
                "company_hints_ayikla": company_hints,
                "company_short_names_ayikla": company_short_names,
                "given_names": len(given_names),
                "typing_given_names_faker": len(typing_names),
                "faker_locales": len(faker_names),
                "demonyms": len(demonyms),
            },
        },
        "entities": kb.entities,
        "names": {key: sorted(refs) for key, refs in sorted(kb.names.items())},
        "recall": recall_forms(kb, kb.aliases, common, given_names),
        "capitals_only": capitals_only(kb),
        "capitals_with_i": capitals_with_i(kb),
        "hints": hints,
        "not_names": dict(sorted(not_names(kb).items())),
        "demonyms": sorted(demonyms),
        "given_names": sorted(given_names),
        "typing_given_names": sorted(typing_names),
    }


def capitals_only(kb: Builder) -> list[str]:
    """The folded names of three letters or fewer that every entity answering to them writes in capitals (``UN``,
    ``BAE``, ``ABD``): an acronym, never the same letters in a name's word (``Kim Yong Un``, ``Kyung-tae Bae``)."""
    written: dict[str, set[str]] = defaultdict(set)
    for ref_aliases in kb.aliases.values():
        for alias in ref_aliases:
            if len(fold(alias)) <= _MAX_CAPITALS_ONLY:
                written[fold(alias)].add(alias)
    return sorted(key for key, forms in written.items() if all(form.isupper() for form in forms))


def _capital_i(name: str) -> str:
    """The capital I letters of a name in capitals, dotted or not, in order (``MİT`` → ``İ``)."""
    return "".join(c for c in name if c in "Iİ")


def capitals_with_i(kb: Builder) -> dict[str, list[list[int | str]]]:
    """The folded names two entities write in capitals apart only by a dotted or a dotless capital I (``MİT`` and
    ``MIT``): each entity's reference and its capital I letters. Folding makes the two one key;
    where both entities are known, the letter as written decides (a name one entity alone answers to is that one,
    however written: copy writes ``IHH`` for the İHH too)."""
    written: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for ref, ref_aliases in kb.aliases.items():
        for alias in ref_aliases:
            if alias.isupper() and ("I" in alias or "İ" in alias):
                written[fold(alias)].add((ref, _capital_i(alias)))
    return {
        key: [[ref, letters] for ref, letters in sorted(forms)]
        for key, forms in sorted(written.items())
        if len({letters for _, letters in forms}) > 1 and len({ref for ref, _ in forms}) > 1
    }


def main() -> None:
    """Write the knowledge base and print its counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wiki-ner", type=Path, default=WIKI_NER)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    document = build(args.wiki_ner)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
    # mtime=0: the same inputs give the same bytes, so a rebuild shows no diff.
    with gzip.GzipFile(args.output, "wb", mtime=0) as out:
        out.write(raw)
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.2f} MB ({len(raw) / 1e6:.2f} MB raw)")
    print(json.dumps(document["meta"]["counts"], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
