"""Reader and validator of the curated layer (``gazetteer/data/curated/*.csv``).

The curated rows add what GeoNames and Natural Earth lack (seas, straits, facilities,
regions, rivers) and are written by hand, so every row is checked and the index
build fails with ``file:line: what is wrong`` instead of indexing a typo.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gazetteer._errors import GazetteerDataError

__all__ = [
    "COASTAL_KINDS",
    "COLUMNS",
    "CURATED_DIR",
    "EXONYMS_FILE",
    "CuratedRow",
    "coast_compounds",
    "curated_files",
    "read_curated",
]

CURATED_DIR = Path(__file__).resolve().parent / "data" / "curated"
#: The exonym table lives beside the curated features but is no feature file: its rows
#: name existing towns (``gazetteer/_exonyms.py`` reads it).
EXONYMS_FILE = "exonyms.csv"

COLUMNS = (
    "id",
    "kind",
    "name_en",
    "name_de",
    "name_native",
    "aliases_en",
    "aliases_de",
    "aliases_other",
    "country_code",
    "lat",
    "lon",
    "radius_km",
    "population",
    "source",
    "note",
)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KIND = re.compile(r"^[a-z][a-z_]*$")
_CC = re.compile(r"^[A-Z]{2}$")
#: Kinds of water whose German name forms a coast compound (``Ostseeküste``): the sea
#: and ocean kinds; lakes have an ``Ufer``, not a ``Küste``, and a strait's coast is
#: its neighbours'.
COASTAL_KINDS = frozenset({"sea", "ocean", "gulf", "bay"})
_COAST = "küste"
_MEER = " Meer"


@dataclass(frozen=True, slots=True)
class CuratedRow:
    """One validated curated feature; ``names`` are (alias, lang, is_primary) with
    lang ``en``, ``de`` or ``""`` (native/other, language unknown)."""

    id: str
    kind: str
    name: str
    names: tuple[tuple[str, str, bool], ...]
    country_code: str | None
    lat: float
    lon: float
    radius_km: float | None
    population: int
    source: str
    file: str
    line: int


def curated_files(directory: Path | None = None) -> list[Path]:
    """The curated CSV files, sorted by name (the build order)."""
    d = CURATED_DIR if directory is None else Path(directory)
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.csv") if p.is_file() and p.name != EXONYMS_FILE)


def _float(value: str, field: str, lo: float, hi: float, where: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise GazetteerDataError(f"{where}: {field} {value!r} is not a number") from None
    if not math.isfinite(x) or not lo <= x <= hi:
        raise GazetteerDataError(f"{where}: {field} {value!r} is outside [{lo:g}, {hi:g}]")
    return x


def coast_compounds(name: str) -> list[str]:
    """The German compounds naming the coast of the sea ``name``: a one-word name takes
    ``-küste`` directly (``Ostsee`` -> ``Ostseeküste``, ``Pazifik`` -> ``Pazifikküste``),
    a colour name ``<Adjective>es Meer`` the adjective's stem (``Schwarzes Meer`` ->
    ``Schwarzmeerküste``); other names (``Golf von X``, ``Irische See``,
    ``Ostchinesisches Meer``, ``Asowsches Meer``) form no compound German uses, and
    hyphenated ones (``Bohai-Meer``) are left to the coast reader, which takes
    ``Pazifik-Küste`` as a coast of the sea.

    >>> coast_compounds("Ostsee"), coast_compounds("Schwarzes Meer")
    (['Ostseeküste'], ['Schwarzmeerküste'])
    >>> coast_compounds("Ostchinesisches Meer"), coast_compounds("Golf von Aden")
    ([], [])
    """
    if " " not in name and "-" not in name and name[:1].isupper():
        return [name + _COAST]
    if name.endswith(_MEER) and name.count(" ") == 1:
        adjective = name[: -len(_MEER)]
        if adjective.endswith("es") and not adjective.endswith("sches") and "-" not in adjective:
            return [adjective[:-2] + "meer" + _COAST]
    return []


def _aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip()]


def _parse_row(rec: dict[str, str], where: str, path: Path, line: int) -> CuratedRow:
    rid = rec["id"]
    if not _SLUG.match(rid):
        raise GazetteerDataError(f"{where}: id {rid!r} is not a slug (a-z, 0-9, '-')")
    kind = rec["kind"]
    if not _KIND.match(kind):
        raise GazetteerDataError(f"{where}: kind {kind!r} must be a lower-case word")
    primary = rec["name_en"] or rec["name_de"] or rec["name_native"]
    if not primary:
        raise GazetteerDataError(f"{where}: row {rid!r} has no name_en, name_de or name_native")
    cc = rec["country_code"] or None
    if cc is not None and not _CC.match(cc):
        raise GazetteerDataError(f"{where}: country_code {cc!r} is not two capital letters")
    if not rec["lat"] or not rec["lon"]:
        raise GazetteerDataError(f"{where}: lat and lon are required")
    lat = _float(rec["lat"], "lat", -90, 90, where)
    lon = _float(rec["lon"], "lon", -180, 180, where)
    radius = _float(rec["radius_km"], "radius_km", 0, 20040, where) if rec["radius_km"] else None
    population = 0
    if rec["population"]:
        try:
            population = int(rec["population"])
        except ValueError:
            raise GazetteerDataError(
                f"{where}: population {rec['population']!r} is not a whole number"
            ) from None
        if population < 0:
            raise GazetteerDataError(f"{where}: population {population} is negative")
    names: list[tuple[str, str, bool]] = []
    for field, lang in (("name_en", "en"), ("name_de", "de"), ("name_native", "")):
        if rec[field]:
            names.append((rec[field], lang, True))
    for field, lang in (("aliases_en", "en"), ("aliases_de", "de"), ("aliases_other", "")):
        names.extend((a, lang, False) for a in _aliases(rec[field]))
    if kind in COASTAL_KINDS:
        # "an der Ostseeküste", "die Pazifikküste Russlands": the coast named by one
        # German word is the sea's (a distance to it runs to the sea's shore)
        german = [n for n, lang, _ in names if lang == "de"]
        taken = {n for n, _, _ in names}
        for n in german:
            for c in coast_compounds(n):
                if c not in taken:
                    taken.add(c)
                    names.append((c, "de", False))
    return CuratedRow(
        id=rid,
        kind=kind,
        name=primary,
        names=tuple(names),
        country_code=cc,
        lat=lat,
        lon=lon,
        radius_km=radius,
        population=population,
        source=rec["source"],
        file=path.name,
        line=line,
    )


def read_curated(files: Iterable[Path] | None = None) -> list[CuratedRow]:
    """Read and validate every curated row; raise ``GazetteerDataError`` naming the
    file and line of the first bad row (wrong header, bad number, duplicate id...)."""
    paths = curated_files() if files is None else list(files)
    rows: list[CuratedRow] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise GazetteerDataError(f"{path}: not UTF-8 ({exc.reason})") from exc
        reader = csv.reader(text.splitlines())
        header = next(reader, None)
        if header is None:
            continue
        header = [h.strip() for h in header]
        if tuple(header) != COLUMNS:
            raise GazetteerDataError(
                f"{path}:1: header must be {','.join(COLUMNS)} (got {','.join(header)})"
            )
        for values in reader:
            line = reader.line_num
            if not values or all(not v.strip() for v in values):
                continue
            where = f"{path}:{line}"
            if len(values) != len(COLUMNS):
                raise GazetteerDataError(
                    f"{where}: expected {len(COLUMNS)} fields, found {len(values)}"
                )
            rec = {k: v.strip() for k, v in zip(COLUMNS, values, strict=True)}
            row = _parse_row(rec, where, path, line)
            if row.id in seen:
                raise GazetteerDataError(
                    f"{where}: id {row.id!r} already defined at {seen[row.id]}"
                )
            seen[row.id] = where
            rows.append(row)
    return rows
