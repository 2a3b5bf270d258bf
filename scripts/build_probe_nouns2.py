"""Write ``benchmarks/material/probe_nouns2.csv`` and ``probe_given_alone.csv``
(issue 21, session 11, round 2).

German words that GeoNames holds as a town's own name, in the grammatical forms the
session-10 probe did not reach, drawn from the igerman98 dictionary (Debian package
``wngerman`` 20161207-11, ``/usr/share/dict/ngerman``; Björn Jacke, GPL-2+; single
dictionary words, no file copied):

* ``compound``: capitalised words of ten letters or more that end in another capitalised
  word of the dictionary of four letters or more (``Lindenhof`` ends in ``Hof``);
* ``adjective``: a capitalised inflected adjective (``Neue``, ``Alten``): the dictionary
  lists the lower-case word and at least four of its ``-e -en -er -es -em`` forms;
* ``genitive``: a capitalised word ending in ``-s`` or ``-es`` whose stem the dictionary
  also lists capitalised (``Waldes`` beside ``Wald``);
* ``dative``: a capitalised word ending in ``-n`` or ``-en`` whose stem the dictionary
  also lists capitalised (``Linden`` beside ``Linde``).

Kept: the town has no country, region or feature reading and no reading of 100,000
people or more, and the word's German Zipf frequency (wordfreq) is 2.0 to 4.5. The
dictionary mixes in proper names, so a noun's form is kept only where the German
Wiktionary's lists (``nouns_de.csv``, ``nouns_de_rare.csv``) hold it as a common noun.

``probe_given_alone.csv``: given names of ``first_names.csv`` (nam_dict.txt, Jörg
Michael 2008, GNU FDL 1.2) that a country, a first-order region or a national capital
bears as its own name (``Jordan``, ``Georgia``, ``Lima``), for the rule that a name
first written as a person's stays the person when it recurs alone.

Only words of the dev split (``places_v2.heldout`` false) are written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

DICT = Path("/usr/share/dict/ngerman")
ENDINGS = ("e", "en", "er", "es", "em")


def _classes(words: set[str]) -> dict[str, str]:
    """Each capitalised candidate word with its class (the first that applies)."""
    upper = {w for w in words if w[:1].isupper()}
    out: dict[str, str] = {}
    for w in sorted(words):
        if not w.isalpha():
            continue
        if w[:1].islower():
            stem = w
            if sum(stem + e in words for e in ENDINGS) >= 4:
                for e in ENDINGS:
                    if stem + e in words:
                        out.setdefault((stem + e).capitalize(), "adjective")
            continue
        if len(w) >= 10 and any(
            w[k:].capitalize() in upper for k in range(3, len(w) - 3) if len(w) - k >= 4
        ):
            out.setdefault(w, "compound")
        for e, cls in (("es", "genitive"), ("s", "genitive"), ("en", "dative"), ("n", "dative")):
            if w.endswith(e) and w[: -len(e)] in upper and len(w) - len(e) >= 3:
                out.setdefault(w, cls)
                break
    return out


def main() -> None:
    from places_v2 import _column, in_split
    from wordfreq import zipf_frequency

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    words = set(DICT.read_text(encoding="utf-8").split())
    classes = {w: c for w, c in _classes(words).items() if in_split(w, "dev")}
    classes = {w: c for w, c in classes.items() if 2.0 <= zipf_frequency(w, "de") <= 4.5}
    # the dictionary mixes in proper names (``Aschaffenburg``, ``Daniels``): a noun's
    # form must also be one of the German Wiktionary's common-noun forms
    wikt = set(_column("nouns_de.csv")) | set(_column("nouns_de_rare.csv"))
    classes = {w: c for w, c in classes.items() if c == "adjective" or w in wikt}
    found = gaz.lookup_many(sorted(classes), lang="de", limit=10)
    rows = []
    for w, cls in sorted(classes.items()):
        own = [c for c in found[w] if c.matched == w]
        if not any(c.kind == "city" for c in own):
            continue
        if any(c.kind != "city" or c.population >= 100_000 for c in own):
            continue
        rows.append(f"{w},{cls}")
    out = ROOT / "benchmarks" / "material" / "probe_nouns2.csv"
    out.write_text(
        "# German words that GeoNames holds as a town's own name, in compounds, nominalised\n"
        "# adjectives, genitive and dative forms, for the 'probes2' set of\n"
        "# benchmarks/places_v2.py (issue 21, session 11). Candidates: igerman98 20161207\n"
        "# (Debian wngerman 20161207-11, /usr/share/dict/ngerman; Björn Jacke, GPL-2+;\n"
        "# single dictionary words, no file copied); towns: the gazetteer's GeoNames entries\n"
        "# (CC BY 4.0); frequency: wordfreq. Written by scripts/build_probe_nouns2.py (its\n"
        "# docstring gives the rules); dev split only.\n"
        "form,class\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"{out.name}: {len(rows)} rows")
    given = [w for w in _column("first_names.csv") if w[:1].isupper() and in_split(w, "dev")]
    found = gaz.lookup_many(given, lang="en", limit=10)
    rows = []
    for w in given:
        kinds = sorted(
            {
                "capital" if c.feature_code == "PPLC" else c.kind
                for c in found[w]
                if c.matched == w and (c.kind in ("country", "region") or c.feature_code == "PPLC")
            }
        )
        if kinds:
            rows.append(f"{w},{' '.join(kinds)}")
    out = ROOT / "benchmarks" / "material" / "probe_given_alone.csv"
    out.write_text(
        "# Given names that a country, a first-order region or a national capital bears as its\n"
        "# own name, for the 'probes2' set of benchmarks/places_v2.py (issue 21, session 11).\n"
        "# Names: geomap/lexicons/first_names.csv (nam_dict.txt, Jörg Michael 2008, GNU FDL\n"
        "# 1.2); places: the gazetteer (GeoNames, Natural Earth). Written by\n"
        "# scripts/build_probe_nouns2.py; dev split only.\n"
        "name,kinds\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"{out.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
