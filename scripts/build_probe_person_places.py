"""Write ``benchmarks/material/probe_person_places.csv`` (issue 21, session 11).

Given names of ``geomap/lexicons/first_names.csv`` (nam_dict.txt, Jörg Michael 2008,
GNU FDL 1.2) that the gazetteer (GeoNames) holds as the own name of a town in a
Spanish-, Portuguese-, Arabic- or Turkish-speaking country, dev split only. Generated,
not hand-picked, so the list covers names nobody tuned on (``Mercedes``, ``Medina``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: countries whose official language is Spanish, Portuguese, Arabic or Turkish (ISO 3166)
COUNTRIES = {
    "es": "ES MX AR CO CL PE VE EC BO PY UY CR PA GT HN SV NI CU DO PR GQ",
    "pt": "PT BR AO MZ CV GW ST TL",
    "ar": "SA EG MA DZ TN LY IQ SY JO LB AE OM YE KW QA BH SD MR PS",
    "tr": "TR",
}


def main() -> None:
    from places_v2 import _column, in_split

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    lang_of = {cc: lang for lang, ccs in COUNTRIES.items() for cc in ccs.split()}
    names = [w for w in _column("first_names.csv") if w[:1].isupper() and in_split(w, "dev")]
    found = gaz.lookup_many(names, lang="en", limit=30)
    rows = []
    for w in names:
        langs = sorted(
            {
                lang_of[c.country_code]
                for c in found[w]
                if c.kind == "city" and c.matched == w and c.country_code in lang_of
            }
        )
        if langs:
            rows.append(f"{w},{' '.join(langs)}")
    out = ROOT / "benchmarks" / "material" / "probe_person_places.csv"
    head = __doc__.strip().splitlines()
    out.write_text(
        "# Given names that towns of Spanish-, Portuguese-, Arabic- or Turkish-speaking\n"
        "# countries bear as their own name, for the 'persons' set of benchmarks/places_v2.py\n"
        "# (issue 21, session 11). Names: geomap/lexicons/first_names.csv (nam_dict.txt, Jörg\n"
        "# Michael 2008, GNU FDL 1.2, through gender-guesser 0.4.0); towns: the gazetteer's\n"
        "# GeoNames entries (CC BY 4.0). langs: the languages of the countries holding such a\n"
        "# town. Written by scripts/build_probe_person_places.py; dev split only.\n"
        "name,langs\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(len(rows), "names;", head[0])


if __name__ == "__main__":
    main()
