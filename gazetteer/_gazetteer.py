"""The look-up API over the SQLite index (see docs/design.md, "Gazetteer API").

Opening is lazy and cheap: one read-only SQLite connection, no geometry loaded. Name
look-ups are a single ``WHERE key IN (...)`` query per batch, ranked in Python by the
prior stored with each entry plus per-match bonuses (see ``gazetteer._ranking``).
Geometry (shapely) is imported and decoded only when asked for, and cached.
"""

from __future__ import annotations

import json
import math
import shlex
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gazetteer import _ranking as rk
from gazetteer._candidate import Candidate
from gazetteer._distance import haversine_km
from gazetteer._errors import GazetteerIndexError, GazetteerNotFoundError
from gazetteer._normalize import name_keys
from gazetteer._paths import SCHEMA_VERSION, default_index_path

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = ["Gazetteer"]

_ENTRY_COLS = (
    "e.num, e.id, e.name, e.kind, e.cc, e.lat, e.lon, e.population, e.source, "
    "e.feature_code, e.admin1, e.prior, e.radius_km"
)
_BATCH = 500  # keys per query (well under SQLite's variable limit)
_EXTRA_KINDS = 3  # entries that are not towns kept beyond ``limit``
#: Name look-ups remembered per open index (least recently used dropped first). News
#: repeat their place names from article to article: a batch or an evaluation asks the
#: same few thousand names again and again. Bounded, so memory stays flat however many
#: articles pass; each entry is a name and its handful of candidates.
MEMO_SIZE = 20_000

#: how far from a second-level unit's point its seat is looked for when the build gave
#: the unit no radius (``Gazetteer._unit_seat``)
_UNIT_SEAT_DEFAULT_KM = 25.0

_MemoKey = tuple[str, str | None, int, frozenset[str] | None]


def _candidate(
    row: Sequence[Any],
    matched: str = "",
    score: float | None = None,
    langs: tuple[str, ...] = (),
) -> Candidate:
    (_, id_, name, kind, cc, lat, lon, pop, source, fcode, admin1, prior, radius) = row[:13]
    return Candidate(
        id=id_,
        name=name,
        kind=kind,
        country_code=cc,
        lat=lat,
        lon=lon,
        population=pop,
        source=source,
        feature_code=fcode,
        matched=matched,
        prior=prior,
        score=round(prior if score is None else score, 6),
        admin1=admin1,
        radius_km=radius,
        matched_langs=langs,
    )


#: Towns of one country found under one skeleton that lie this close together are one
#: place (GeoNames lists some towns twice: the town and its municipality, Khmelnytskyi).
SKELETON_SAME_PLACE_KM = 30.0
#: ... and a town this many times bigger than every other of its country found under the
#: skeleton is the one a reader takes the name for (a village's variant spelling aside).
SKELETON_DOMINANCE = 20
#: towns whose names match the text's spelling this much less well than the best do not
#: compete with it ("Tuz Khurmatou" is Tuz Khurmatu, not Tazah Khurmatu beside it)
SKELETON_RATIO_TIE = 0.02


#: German writes a saint's ``St.`` out as ``Sankt`` (``Sankt Helena``, ``Sankt Lucia``,
#: ``Sankt-Lorenz-Strom``); the sources file most such names only abbreviated (GeoNames'
#: and CLDR's ``St. Helena``), so a query opening with the written-out word also asks the
#: abbreviated key. Only this direction: an abbreviated query already finds what the
#: sources file written out, as they file both where German uses both (``Sankt Gallen``).
_WRITTEN_OUT_SAINT = "sankt "


def _query_keys(name: str) -> tuple[str, ...]:
    """The keys a look-up of ``name`` asks: :func:`name_keys`, and for a name opening with
    the German ``Sankt`` the same keys with ``st`` (issue 21, session 32).

    >>> _query_keys("Sankt Helena")
    ('sankt helena', 'st helena')
    >>> _query_keys("Sankt-Lorenz-Strom")
    ('sankt lorenz strom', 'st lorenz strom')
    >>> _query_keys("Sanktion")
    ('sanktion',)
    """
    keys = name_keys(name)
    more = tuple(
        "st " + k[len(_WRITTEN_OUT_SAINT) :] for k in keys if k.startswith(_WRITTEN_OUT_SAINT)
    )
    return tuple(dict.fromkeys(keys + more)) if more else keys


def _ends(form: str) -> tuple[bool, bool]:
    """Whether a vowel form opens and ends with a vowel: romanisations vary a name's
    vowels, not whether it has one at either end (a surname in -ov against a village in
    -ovo, Kowalski against Yakovlevskoye)."""
    return form[:1] == "a", form[-1:] == "a"


def _distinctive(found: Iterable[tuple[float, str, Sequence[Any]]], limit: int) -> list[Candidate]:
    """The readings a skeleton look-up may give (see ``Gazetteer.lookup_skeletons``): the
    regions, and the towns of every country where they are one place; best prior first."""
    from gazetteer._distance import haversine_km

    towns: dict[str, list[tuple[float, str, Sequence[Any]]]] = {}
    kept: list[tuple[float, str, Sequence[Any]]] = []
    for item in found:
        entry = item[2]
        if entry[3] == "city":
            towns.setdefault(entry[4] or "", []).append(item)
        else:
            kept.append(item)
    for items in towns.values():
        # the towns whose name the text's spelling matches best (its vowels too)
        best = max(t[0] for t in items)
        items = [t for t in items if t[0] >= best - SKELETON_RATIO_TIE]
        top = max(items, key=lambda t: (t[2][7], t[2][11]))[2]
        near = [
            t
            for t in items
            if haversine_km(top[5], top[6], t[2][5], t[2][6]) <= SKELETON_SAME_PLACE_KM
        ]
        # a far namesake of a twentieth of its people or more makes the name no one town's
        if all(t[2][7] * SKELETON_DOMINANCE < top[7] for t in items if t not in near):
            kept.extend(near)
    kept.sort(key=lambda t: (-t[2][11], -t[2][7], t[2][1]))
    return [_candidate(e, alias, None) for _ratio, alias, e in kept[:limit]]


#: Tables every index has (see ``gazetteer._build``); one missing means a damaged file.
_TABLES = frozenset({"entries", "names", "geometries", "neighbours", "meta"})
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _rebuild_command(target: Path, *, default: bool) -> str:
    """The command that rebuilds this index: the default one needs no ``--path``
    (``geomap gazetteer build`` always rebuilds unless given ``--if-missing``)."""
    if default:
        return "geomap gazetteer build"
    return f"geomap gazetteer build --path {shlex.quote(str(target))}"


def _file_problem(target: Path) -> str | None:
    """What is wrong with the file itself, checked from its 100-byte SQLite header before
    SQLite sees it: not SQLite at all, or shorter than the page count the header states
    (a truncated copy or an interrupted download, which SQLite would report only when a
    query happens to read a missing page). None when the file looks whole."""
    try:
        with target.open("rb") as f:
            header = f.read(100)
        size = target.stat().st_size
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return "not a gazetteer index: not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # the in-header page count is valid only when the change counter matches the
    # version-valid-for number (https://sqlite.org/fileformat.html#in_header_database_size)
    header_count_valid = header[24:28] == header[92:96] and pages > 0
    if header_count_valid and size < pages * page_size:
        return f"truncated: {size} of {pages * page_size} bytes"
    return None


def _schema_problem(con: sqlite3.Connection) -> str | None:
    """Missing tables or another schema version, or None for a usable index."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(_TABLES - tables)
    if missing:
        return f"not a gazetteer index: no table {', '.join(missing)}"
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or row[0] != SCHEMA_VERSION:
        found = row[0] if row else "none"
        return f"built with schema {found}, this geomap needs {SCHEMA_VERSION}"
    return None


class Gazetteer:
    """A read-only view of one gazetteer index file. Use ``Gazetteer.open()``."""

    def __init__(self, path: Path, con: sqlite3.Connection) -> None:
        self.path = path
        self._con = con
        self._lock = threading.Lock()
        self._geoms: dict[str, BaseGeometry | None] = {}
        self._derived: dict[tuple[str, ...], Any] = {}
        self._rebuild = _rebuild_command(path, default=False)
        self._memo: OrderedDict[_MemoKey, tuple[Candidate, ...]] = OrderedDict()
        self._memo_lock = threading.Lock()
        self._seat_map: dict[str, str] | None = None
        self._unit_seat_map: dict[str, str] | None = None

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str | None = None, *, build: bool = True, quiet: bool = False
    ) -> Gazetteer:
        """Open the index at ``path`` (default: the one for the current sources under
        ``$GEOMAP_DATA_DIR`` or ``~/.cache/geomap``), building it first when it is
        missing and ``build`` is true (progress on stderr unless ``quiet``).

        An index that exists but is damaged (not SQLite, truncated, tables missing, another
        schema) raises ``GazetteerIndexError`` naming the command that rebuilds it; so does
        SQLite reporting it malformed at a later query."""
        target = Path(path) if path is not None else default_index_path()
        if not target.exists():
            if not build:
                raise GazetteerNotFoundError(
                    f"no gazetteer index at {target} (run: geomap gazetteer build)"
                )
            from gazetteer._build import build_index

            build_index(target if path is not None else None, quiet=quiet)
        rebuild = _rebuild_command(target, default=path is None)
        problem = _file_problem(target)
        if problem:
            raise GazetteerIndexError(target, problem, rebuild)
        try:
            con = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise GazetteerIndexError(target, f"SQLite cannot open it: {exc}", rebuild) from exc
        try:
            con.execute("PRAGMA query_only=1")
            con.execute("PRAGMA cache_size=-8000")
            problem = _schema_problem(con)
        except sqlite3.DatabaseError as exc:
            con.close()
            raise GazetteerIndexError(target, f"SQLite: {exc}", rebuild) from exc
        if problem:
            con.close()
            raise GazetteerIndexError(target, problem, rebuild)
        gaz = cls(target, con)
        gaz._rebuild = rebuild
        return gaz

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every read goes through here, so damage SQLite finds only when it reads a page
        (a flipped byte in the middle of the file) is reported like damage found at open.
        ``ProgrammingError`` (a wrong query: a bug) is not turned into it."""
        try:
            with self._lock:
                return self._con.execute(sql, params).fetchall()
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as exc:
            raise GazetteerIndexError(self.path, f"SQLite: {exc}", self._rebuild) from exc

    # -- names -----------------------------------------------------------------

    def lookup(
        self,
        name: str,
        lang: str | None = None,
        limit: int = 10,
        kinds: Iterable[str] | None = None,
    ) -> list[Candidate]:
        """Candidates for ``name``, best first (empty when nothing matches).

        ``lang`` (``de``/``en``) favours aliases tagged with that language; ``kinds``
        keeps only entries of those kinds (``{"country", "city"}`` or one kind as a string).
        Up to three entries that are not towns (a country, a region, a curated feature) are
        kept beyond ``limit``, so a crowd of namesake towns never hides them.
        """
        return self.lookup_many([name], lang=lang, limit=limit, kinds=kinds)[name]

    def lookup_many(
        self,
        names: Iterable[str],
        lang: str | None = None,
        limit: int = 10,
        kinds: Iterable[str] | None = None,
    ) -> dict[str, list[Candidate]]:
        """``lookup`` for many names with one query per 500 keys; every name given is a
        key of the result (with an empty list when nothing matches). Answers are
        remembered on this object (:data:`MEMO_SIZE` names), so only new names reach
        SQLite."""
        names = list(dict.fromkeys(names))
        kind_set = None if kinds is None else {kinds} if isinstance(kinds, str) else set(kinds)
        frozen_kinds = None if kind_set is None else frozenset(kind_set)
        known: dict[str, tuple[Candidate, ...]] = {}
        with self._memo_lock:
            for n in names:
                key = (n, lang, limit, frozen_kinds)
                hit = self._memo.get(key)
                if hit is not None:
                    self._memo.move_to_end(key)
                    known[n] = hit
        missing = [n for n in names if n not in known]
        if missing:
            found = self._lookup_many(missing, lang, limit, kind_set)
            with self._memo_lock:
                for n in missing:
                    known[n] = self._memo[(n, lang, limit, frozen_kinds)] = tuple(found[n])
                while len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
        return {n: list(known[n]) for n in names}

    def _lookup_many(
        self, names: list[str], lang: str | None, limit: int, kind_set: set[str] | None
    ) -> dict[str, list[Candidate]]:
        """The look-up itself: the SQL query and the ranking of its rows."""
        keys_of = {n: _query_keys(n) for n in names}
        all_keys = sorted({k for ks in keys_of.values() for k in ks})
        by_key: dict[str, list[Any]] = {}
        for i in range(0, len(all_keys), _BATCH):
            chunk = all_keys[i : i + _BATCH]
            sql = (
                f"SELECT n.key, n.alias, n.lang, n.is_primary, {_ENTRY_COLS} "
                f"FROM names n JOIN entries e ON e.num = n.entry "
                f"WHERE n.key IN ({','.join('?' * len(chunk))})"
            )
            for row in self._query(sql, chunk):
                by_key.setdefault(row[0], []).append(row)
        out: dict[str, list[Candidate]] = {}
        for n in names:
            ks = keys_of[n]
            rows = by_key.get(ks[0], []) if len(ks) == 1 else [
                r for k in ks for r in by_key.get(k, ())
            ]  # fmt: skip
            out[n] = self._rank(n, rows, lang, limit, kind_set) if rows else []
        return out

    @staticmethod
    def _rank(
        query: str, rows: list[Any], lang: str | None, limit: int, kinds: set[str] | None
    ) -> list[Candidate]:
        # entry num -> [primary, in lang, exact, alias, alias rank, entry row]; the
        # reported alias is the query's own spelling if stored, else one equal to it
        # ignoring case, else a primary name, else the first. ``langs``: the language
        # tags of the matching names that are not the entry's primary name.
        best: dict[int, list[Any]] = {}
        langs: dict[int, set[str]] = {}
        folded = query.casefold()
        for _key, alias, alang, primary, *entry in rows:
            if kinds is not None and entry[3] not in kinds:
                continue
            exact = alias == query
            rank = 3 if exact else 2 if alias.casefold() == folded else 1 if primary else 0
            in_lang = bool(lang) and alang == lang
            if alang and not primary:
                langs.setdefault(entry[0], set()).add(alang)
            cur = best.get(entry[0])
            if cur is None:
                best[entry[0]] = [bool(primary), in_lang, exact, alias, rank, entry]
                continue
            cur[0] = cur[0] or bool(primary)
            cur[1] = cur[1] or in_lang
            cur[2] = cur[2] or exact
            if rank > cur[4]:
                cur[3], cur[4] = alias, rank
        scored = []
        for primary, in_lang, exact, alias, _alias_rank, entry in best.values():
            s = (
                entry[11]
                + rk.BONUS_PRIMARY * primary
                + rk.BONUS_LANG * in_lang
                + rk.BONUS_EXACT_CASE * exact
            )
            scored.append((-s, -entry[7], entry[1], alias, entry, s))
        scored.sort(key=lambda t: t[:3])
        # a country, region or curated feature is never cut off by a crowd of towns of
        # the same name (38 Washingtons outrank the state by population alone)
        kept = scored[:limit] + [t for t in scored[limit:] if t[4][3] != "city"][:_EXTRA_KINDS]
        return [
            _candidate(e, alias, s, tuple(sorted(langs.get(e[0], ())))) for *_, alias, e, s in kept
        ]

    def lookup_skeletons(self, names: Iterable[str], limit: int = 10) -> dict[str, list[Candidate]]:
        """Readings of names the index lacks as written, found under their romanisation
        skeleton (``gazetteer._skeleton``; docs/geoparser.md, "Romanisation variants"),
        best first; every name given is a key of the result.

        A reading counts only when it is distinctive: the name that matched is a
        spelling of the place's own name (the same skeleton, or vowel forms
        ``min_ratio`` alike: not another of its names), the text's name's vowel form is
        ``min_ratio`` alike to it, and both open and end as the own name does (with a
        vowel or not), and it is a first-level region or the one town of its country so filed
        (namesakes within ``SKELETON_SAME_PLACE_KM`` of each other are GeoNames' copies
        of one place).
        ``matched`` is the stored name that matched. One query per 500 keys; an index
        built without the table answers nothing."""
        from difflib import SequenceMatcher

        from gazetteer._skeleton import min_ratio, skeleton, skeleton_keys, vowel_form

        names = list(dict.fromkeys(names))
        out: dict[str, list[Candidate]] = {n: [] for n in names}
        if not names or not self._has_table("skeletons"):
            return out
        keys_of = {n: skeleton_keys(n) for n in names}
        all_keys = sorted({f"{f}:{k}" for ks in keys_of.values() for f, k in ks})
        by_key: dict[str, list[Any]] = {}
        for i in range(0, len(all_keys), _BATCH):
            chunk = all_keys[i : i + _BATCH]
            sql = (
                f"SELECT s.key, s.alias, {_ENTRY_COLS} FROM skeletons s "
                f"JOIN entries e ON e.num = s.entry WHERE s.key IN ({','.join('?' * len(chunk))})"
            )
            for row in self._query(sql, chunk):
                by_key.setdefault(row[0], []).append(row)
        for n in names:
            best: dict[int, tuple[float, str, Sequence[Any]]] = {}
            for fam, sk in keys_of[n]:
                form, least = vowel_form(n, fam), min_ratio(fam)
                for _key, alias, *entry in by_key.get(f"{fam}:{sk}", ()):
                    other, own = vowel_form(alias, fam), vowel_form(entry[2], fam)
                    if not _ends(form) == _ends(other) == _ends(own):
                        continue  # a vowel added or lost at an end: Medvedev, Medvedevo
                    if (
                        skeleton(entry[2], fam) != sk
                        and SequenceMatcher(None, other, own).ratio() < least
                    ):
                        continue  # a spelling of another of its names (Waradinne for Oran)
                    ratio = SequenceMatcher(None, form, other).ratio()
                    if ratio >= least and ratio > best.get(entry[0], (0.0,))[0]:
                        best[entry[0]] = (ratio, alias, entry)
            out[n] = _distinctive(best.values(), limit)
        return out

    def _has_table(self, table: str) -> bool:
        key = ("table", table)
        if key not in self._derived:
            rows = self._query(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            )
            self._derived[key] = bool(rows)
        return bool(self._derived[key])

    # -- entries -----------------------------------------------------------------

    def get(self, id: str) -> Candidate | None:
        """The entry with this id (``geonames:2013348``, ``ne:KP``, ``curated:...``)."""
        rows = self._query(f"SELECT {_ENTRY_COLS} FROM entries e WHERE e.id = ?", (id,))
        return _candidate(rows[0]) if rows else None

    def country(self, cc: str) -> Candidate | None:
        """The Natural Earth country entry (``ne:<cc>``)."""
        return self.get(f"ne:{cc.upper()}")

    def countries(self) -> list[Candidate]:
        """Every Natural Earth country entry, sorted by code.

        The build gives every such entry the id ``ne:<code>``, so the query reads that
        range of the id index (250 rows) instead of scanning all 243,000 entries for their
        source (a tenth of a second of every cold ``geomap check``)."""
        rows = self._query(
            f"SELECT {_ENTRY_COLS} FROM entries e "
            "WHERE e.id >= 'ne:' AND e.id < 'ne;' AND e.source = 'naturalearth' ORDER BY e.id"
        )
        return [_candidate(r) for r in rows]

    # -- seats -------------------------------------------------------------------

    def _seats(self) -> dict[str, str]:
        if self._seat_map is None:
            rows = self._query("SELECT value FROM meta WHERE key = 'seats'")
            self._seat_map = json.loads(rows[0][0]) if rows else {}
        return self._seat_map

    def seat(self, region_id: str) -> Candidate | None:
        """The seat (capital) of a first-level region: ``seat("admin1:US-illinois")`` is
        Springfield, ``seat("admin1:DE-bavaria")`` Munich; None where
        ``gazetteer/data/admin_seats.csv`` names none. Lets a text's ``the state
        capital`` or ``die Landeshauptstadt`` be read by data, not by the region's biggest
        town (New York's is Albany). The entry keeps its feature code (``PPL``, or
        ``PPLC`` for a country's capital): a seat is asked for by region. A second-level
        unit (``admin2:``) has the seat a rule gives (``_unit_seat``)."""
        sid = self._seats().get(region_id)
        if sid:
            return self.get(sid)
        return self._unit_seat(region_id) if region_id.startswith("admin2:") else None

    def _unit_seat(self, region_id: str) -> Candidate | None:
        """The seat of a second-level unit (a Philippine province, a district, a county
        of a country that puts them at its second level), which no table of seats names:
        the town of the unit's own name within its radius (Batangas province: Batangas;
        Bezirk Kufstein: Kufstein), else the most populous town within it. Units are
        mostly named after their seat, and where they are not, the seat is mostly their
        biggest town; the radius is the build's Voronoi approximation, so a town just
        over the unit's edge can answer (a rule, not a table: no source lists the seats
        of the second level). None without a radius or a town inside it."""
        unit = self.get(region_id)
        if unit is None or unit.kind != "admin2" or not unit.country_code:
            return None
        radius = unit.radius_km or _UNIT_SEAT_DEFAULT_KM
        cc = unit.country_code

        def inside(c: Candidate) -> bool:
            return (
                c.kind == "city"
                and c.country_code == cc
                and haversine_km(unit.lat, unit.lon, c.lat, c.lon) <= radius
            )

        named = [c for c in self.lookup(unit.name, kinds="city", limit=20) if inside(c)]
        if named:
            return max(named, key=lambda c: c.population)
        dlat = radius / 111.0
        dlon = radius / max(1.0, 111.0 * math.cos(math.radians(unit.lat)))
        rows = self._query(
            f"SELECT {_ENTRY_COLS} FROM entries e WHERE e.cc = ? AND e.kind = 'city' "
            "AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? "
            "ORDER BY e.population DESC LIMIT 20",
            (cc, unit.lat - dlat, unit.lat + dlat, unit.lon - dlon, unit.lon + dlon),
        )
        towns = [c for c in (_candidate(r) for r in rows) if inside(c) and c.population > 0]
        return towns[0] if towns else None

    def seat_of(self, id: str) -> tuple[str, ...]:
        """Ids of the first-level regions whose seat this entry is, sorted (Chandigarh:
        Haryana and Punjab; a town that is none: empty)."""
        return tuple(sorted(r for r, s in self._seats().items() if s == id))

    def town_seat(self, id: str) -> Candidate | None:
        """The seat of the first-level unit a GeoNames town lies in, by the town's own
        GeoNames admin1 code (a town of Ohio: Columbus); None for other entries or a unit
        without one. Reads ``the state capital`` beside a town exactly where the index's
        regions (named after an older dump) would join newer units to older ones; the
        same two inputs as ``seat``, the cited row winning."""
        if not id.startswith("geonames:"):
            return None
        found = self.get(id)
        if found is None or not found.admin1 or not found.country_code:
            return None
        if self._unit_seat_map is None:
            rows = self._query("SELECT value FROM meta WHERE key = 'unit_seats'")
            self._unit_seat_map = json.loads(rows[0][0]) if rows else {}
        sid = self._unit_seat_map.get(f"{found.country_code}.{found.admin1}")
        return self.get(sid) if sid else None

    # -- geometry ----------------------------------------------------------------

    def geometry(self, id: str) -> BaseGeometry | None:
        """The polygon of an area entry (countries: ``ne:KP``) or the outline of a curated
        physical feature (a sea's, lake's or island's polygon, a river's or a parallel's
        line), shapely in lon/lat, or None."""
        if id in self._geoms:
            return self._geoms[id]
        rows = self._query("SELECT wkb FROM geometries WHERE id = ?", (id,))
        geom = None
        if rows:
            import shapely

            geom = shapely.from_wkb(rows[0][0])
        self._geoms[id] = geom
        return geom

    def country_geometry(self, cc: str) -> BaseGeometry | None:
        """The country's (Multi)Polygon in lon/lat (Natural Earth 10m), or None."""
        return self.geometry(f"ne:{cc.upper()}")

    def neighbours(self, cc: str) -> list[str]:
        """Codes of the countries sharing a land border with ``cc``, sorted."""
        cc = cc.upper()
        rows = self._query(
            "SELECT b FROM neighbours WHERE a = ? UNION SELECT a FROM neighbours WHERE b = ?",
            (cc, cc),
        )
        return sorted(r[0] for r in rows)

    def border_length_km(self, a: str, b: str) -> float | None:
        """Length of the land border between two countries (precomputed), or None."""
        x, y = sorted((a.upper(), b.upper()))
        rows = self._query("SELECT length_km FROM neighbours WHERE a = ? AND b = ?", (x, y))
        return rows[0][0] if rows else None

    def border(self, a: str, b: str) -> BaseGeometry | None:
        """The land border shared by countries ``a`` and ``b`` as a shapely
        (Multi)LineString in lon/lat (the part of A's boundary along B), or None."""
        a, b = a.upper(), b.upper()
        key = ("border", a, b)
        if key not in self._derived:
            ga, gb = self.country_geometry(a), self.country_geometry(b)
            line = None
            if ga is not None and gb is not None and a != b:
                from gazetteer._geometry import shared_border

                line = shared_border(ga, gb)
            self._derived[key] = line
        return self._derived[key]

    def coastline(self, cc: str) -> BaseGeometry | None:
        """The country's boundary minus its land borders with all neighbours (the coast,
        plus shores of lakes Natural Earth cuts out), or None (landlocked/unknown)."""
        cc = cc.upper()
        key = ("coast", cc)
        if key not in self._derived:
            g = self.country_geometry(cc)
            line = self.geometry(f"coast:{cc}")  # precomputed at build time
            if line is None and g is not None and not self._has_coast_table():
                from gazetteer._geometry import coast

                nbs = [self.country_geometry(n) for n in self.neighbours(cc)]
                line = coast(g, [n for n in nbs if n is not None])
            self._derived[key] = line
        return self._derived[key]

    def _has_coast_table(self) -> bool:
        """Whether the index carries precomputed coastlines (a landlocked country then has
        none, and nothing is computed at run time)."""
        key = ("has_coasts",)
        if key not in self._derived:
            rows = self._query("SELECT 1 FROM geometries WHERE id LIKE 'coast:%' LIMIT 1", ())
            self._derived[key] = bool(rows)
        return bool(self._derived[key])

    def simplified_countries(self, tolerance: float = 0.05) -> list[tuple[str, str, Any]]:
        """(code, name, simplified geometry) for every country, for an offline base map.

        Simplified with ``tolerance`` degrees (topology preserved per country) and cut
        at the antimeridian so no polygon spans more than 180 degrees of longitude.
        """
        key = ("simplified", str(tolerance))
        if key in self._derived:
            return list(self._derived[key])
        from gazetteer._geometry import split_antimeridian

        out = []
        for c in self.countries():
            g = self.geometry(c.id)
            if g is None:
                continue
            s = g.simplify(tolerance, preserve_topology=True) if tolerance > 0 else g
            if s.is_empty:
                s = g
            out.append((c.id.split(":", 1)[1], c.name, split_antimeridian(s)))
        self._derived[key] = tuple(out)
        return out

    # -- about -------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """Entries, sources (name, version, licence, url), path, size, schema version."""
        from gazetteer._sources_info import SOURCES

        meta = dict(self._query("SELECT key, value FROM meta"))
        versions = json.loads(meta.get("source_versions", "{}"))
        counts = json.loads(meta.get("base_counts", "{}"))
        sources = [dict(s, version=versions.get(s["package"], "unknown")) for s in SOURCES]
        sources.append(
            {
                "name": "geomap curated layer (gazetteer/data/curated/*.csv)",
                "package": "geomap",
                "version": meta.get("fingerprint", ""),
                "licence": "as stated per row (source column)",
                "url": "gazetteer/data/curated/README.md",
                "rows": int(meta.get("curated_rows", "0")),
            }
        )
        return {
            "entries": int(meta.get("entries", "0")),
            "counts": counts,
            "sources": sources,
            "path": str(self.path),
            "size_bytes": self.path.stat().st_size,
            "built_with": meta.get("schema_version", ""),
            "fingerprint": meta.get("fingerprint", ""),
            "outlines": int(meta.get("outlines", "0")),
        }


if TYPE_CHECKING:
    from gazetteer._protocol import GazetteerAPI, SeatsAPI

    def _satisfies_the_protocol() -> None:
        # mypy holds Gazetteer to GazetteerAPI, signature by signature
        _: GazetteerAPI = Gazetteer.open()
        _s: SeatsAPI = Gazetteer.open()
