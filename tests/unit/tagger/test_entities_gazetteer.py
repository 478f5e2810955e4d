"""The shipped gazetteer: small, quick to load, and right about the places Turkish copy names."""

from __future__ import annotations

import time
from importlib import resources

import pytest
from newswire_tagger.entities import Gazetteer

DATA = resources.files("newswire_tagger") / "models" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_data_is_small_and_documented() -> None:
    size = len((DATA / "gazetteer.json").read_bytes())
    assert size < 10_000_000
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for licence in ("CC BY 4.0", "LGPL", "Unicode"):
        assert licence in readme


def test_loads_quickly() -> None:
    began = time.perf_counter()
    Gazetteer.load()
    assert time.perf_counter() - began < 3.0  # about 0.2 s on an idle machine; loose for busy CI


@pytest.mark.parametrize("name", ["Bakü", "Baku", "Bakı", "BAKÜ"])
def test_baku_in_any_spelling(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.place(name)
    assert place is not None
    assert (place.id, place.country_code) == ("geonames:587084", "AZ")
    assert (place.lat, place.lon) == pytest.approx((40.38, 49.89), abs=0.01)


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Azerbaycan", "iso3166:AZ"),
        ("Azerbaijan", "iso3166:AZ"),
        ("Ermenistan", "iso3166:AM"),
        ("Afganistan", "iso3166:AF"),
        ("Türkiye", "iso3166:TR"),
        ("Turkey", "iso3166:TR"),
        ("ABD", "iso3166:US"),
        ("İngiltere", "iso3166:GB"),
        ("Mısır", "iso3166:EG"),
        ("Vatikan", "iso3166:VA"),  # capital below cities15000's threshold
        ("İstanbul", "geonames:745044"),
        ("Ankara", "geonames:323786"),
        ("Moskova", "geonames:524901"),
        ("Atina", "geonames:264371"),  # Athens, Greece, not Athens, Georgia
        ("Kudüs", "geonames:281184"),
        ("Washington", "geonames:4140963"),
    ],
)
def test_places(gazetteer: Gazetteer, name: str, place_id: str) -> None:
    place = gazetteer.place(name)
    assert place is not None
    assert place.id == place_id


def test_countries_are_named_in_turkish_and_located_at_their_capital(gazetteer: Gazetteer) -> None:
    turkey = gazetteer.place("Turkey")
    assert turkey is not None
    assert turkey.name == "Türkiye"
    assert (turkey.lat, turkey.lon) == pytest.approx((39.92, 32.85), abs=0.01)  # Ankara
    assert turkey.is_country


def test_organisations(gazetteer: Gazetteer) -> None:
    for alias in ("BM", "Birleşmiş Milletler", "UN"):
        org = gazetteer.organisation(alias)
        assert org is not None
        assert (org.id, org.name) == ("org:un", "Birleşmiş Milletler")
    assert gazetteer.organisation("Azerbaycan Dışişleri Bakanlığı") is None


def test_affiliations(gazetteer: Gazetteer) -> None:
    assert gazetteer.is_affiliation("Azerbaycan")
    assert gazetteer.is_affiliation("NATO")
    assert gazetteer.is_affiliation("İstanbul")
    assert not gazetteer.is_affiliation("Dışişleri")
    assert not gazetteer.is_affiliation("Adalet")  # an alternate name of Adelaide, but not a major city's
