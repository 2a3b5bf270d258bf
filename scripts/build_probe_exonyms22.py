"""Write ``benchmarks/material/probe_exonyms22.csv``, the ``exonyms22`` set of
``benchmarks/places_v2.py`` (issue 21, session 22): the German and English other names
of cities of 100,000 in the regions the earlier probes cover least (Africa, Central
Asia, South America, the Balkans, the Caucasus, Southeast Asia), in sentence frames
written new for this probe (a destination after ``nach``/``to``, a place after
``in``, an origin after ``aus``/a place before ``reported``), with a held-out part
chosen by a hash rule before any row was read.

Drawn from data by a fixed rule, before any code change, not picked by what passes:

* **Names**: every other name (``is_primary = 0``) that the gazetteer index tags ``de``
  or ``en`` (GeoNames' alternate names with those language codes, CLDR's exemplar
  cities and the index's curated and transliterated names) of a ``city`` of
  ``MIN_POP`` people or more whose country is in ``REGIONS``, where the name is no
  mere spelling of the city's own name (same letters without marks), has ``MIN_LEN``
  letters or more and at most ``MAX_WORDS`` words, holds no digit, parenthesis, slash
  or comma, opens with a capital, and no country, first-level region or bigger city
  bears it (``gaz.lookup`` in the name's language). Unlike ``exonyms19``, a name that
  a *smaller* place also bears is kept (a German exonym that is also a village: the
  class the brief names); the column ``namesake`` says so (``small``) or not
  (``none``), and ``shape`` marks German transliterations (``dsch``, ``tsch``, ``-ow``).
* **Frames**: one row per (name, language), in the first frame of its language for
  even row numbers and the second for odd ones; every fifth row goes to the third
  frame, which is held out whole.
* **Split**: a row is ``heldout`` when its name is (``places_v2.heldout``: one in four
  by a SHA-256 hash of the name) or its frame is; tune on ``dev`` only, never read the
  held-out rows.

Columns: ``text``, ``lang``, ``family`` (region), ``frame``, ``split``, ``words`` (the
probed name), ``namesake``, ``shape``, ``target`` (``id|own name|lat|lon``). Read right
when a place starts at the name and is the entry (same id) or lies within 30 km of it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

OUT = ROOT / "benchmarks" / "material" / "probe_exonyms22.csv"
MIN_POP = 100_000
MIN_LEN = 4
MAX_WORDS = 3
#: ISO 3166 codes by region (the UN geoscheme's Africa; Central Asia with Afghanistan
#: and Mongolia; South America; the Balkan peninsula with Moldova; the South Caucasus;
#: South-eastern Asia)
REGIONS = {
    "africa": (
        "DZ AO BJ BW BF BI CV CM CF TD KM CD CG CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS "
        "LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW"
    ),
    "central_asia": "KZ UZ TM KG TJ AF MN",
    "south_america": "AR BO BR CL CO EC GY PY PE SR UY VE GF",
    "balkans": "AL BA BG HR XK ME MK RO RS SI GR MD",
    "caucasus": "AM AZ GE",
    "southeast_asia": "BN KH ID LA MY MM PH SG TH TL VN",
}
#: (lang, key, held out, template)
FRAMES = (
    ("de", "de-k1", False, "Die Delegation flog am Dienstag weiter nach {X}."),
    ("de", "de-k2", False, "In {X} demonstrierten am Abend Tausende gegen die Regierung."),
    ("de", "de-k3", True, "Aus {X} meldeten Helfer am Morgen neue Schäden."),
    ("en", "en-k1", False, "The delegation flew on to {X} on Tuesday."),
    ("en", "en-k2", False, "Thousands protested against the government in {X} on Sunday."),
    ("en", "en-k3", True, "Aid workers in {X} reported fresh damage this morning."),
)
_BAD = re.compile(r"[\d()\[\]/,]")


def _shape(name: str) -> str:
    low = name.lower()
    if "dsch" in low:
        return "dsch"
    if "tsch" in low:
        return "tsch"
    if low.endswith("ow"):
        return "ow"
    return "other"


def rows(gaz) -> list[dict[str, str]]:
    from places_v2 import heldout

    from gazetteer._normalize import normalize_name

    region_of = {cc: reg for reg, ccs in REGIONS.items() for cc in ccs.split()}
    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    q = (
        "select n.alias, n.lang, e.id, e.name, e.cc, e.lat, e.lon, e.population from names n "
        "join entries e on e.num = n.entry where e.kind = 'city' and n.lang in ('de', 'en') "
        "and n.is_primary = 0 and e.population >= ? order by e.id, n.lang, n.alias"
    )
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    k = 0
    for alias, lang, eid, name, cc, lat, lon, pop in con.execute(q, (MIN_POP,)):
        if cc not in region_of or (alias, lang) in seen:
            continue
        if normalize_name(alias) == normalize_name(name):
            continue
        if len(alias) < MIN_LEN or len(alias.split()) > MAX_WORDS or _BAD.search(alias):
            continue
        if not alias[:1].isupper():
            continue
        seen.add((alias, lang))
        others = [c for c in gaz.lookup(alias, lang=lang, limit=30) if c.id != eid]
        if any(
            c.kind in ("country", "admin1", "continent")
            or (c.kind == "city" and c.population > pop)
            for c in others
        ):
            continue
        small = any(c.kind == "city" for c in others)
        frames = [f for f in FRAMES if f[0] == lang]
        _, key, held, tmpl = frames[2] if k % 5 == 4 else frames[k % 2]
        k += 1
        out.append(
            {
                "text": tmpl.format(X=alias),
                "lang": lang,
                "family": region_of[cc],
                "frame": key,
                "split": "heldout" if held or heldout(alias) else "dev",
                "words": alias,
                "namesake": "small" if small else "none",
                "shape": _shape(alias) if lang == "de" else "other",
                "target": f"{eid}|{name}|{lat:.4f}|{lon:.4f}",
            }
        )
    con.close()
    return out


def main() -> None:
    from build_probe_exonyms20 import write_probe

    from geomap.pipeline import default_gazetteer

    data = rows(default_gazetteer())
    header = (
        "German and English other names of cities of 100,000 in Africa, Central Asia,\n"
        "South America, the Balkans, the Caucasus and Southeast Asia (issue 21, session\n"
        "22), the index's names tagged de/en; written by scripts/build_probe_exonyms22.py\n"
        "(its docstring gives the rule). Read right: a place starts at the name and is\n"
        "`target` or lies within 30 km of it.\n"
        "split: heldout when places_v2.heldout(`words`) (SHA-256 of the name, one in four)\n"
        "or the frame is a held-out frame (marked True there); tune on dev only, never\n"
        "read the held-out rows.\n"
    )
    write_probe(OUT, data, header)


if __name__ == "__main__":
    main()
