"""Issue 21, classes 1 and 2: German common nouns and people's names read as places.

    python benchmarks/places_v2.py [--split dev|heldout|all]

The material is generated, not hand-picked:

* **nouns**: every form of ``geomap/lexicons/nouns_de.csv`` that the gazetteer holds as
  the name of a town, put in sentences that give no place cue (a quantifier, a
  coordination, a sentence start). Read right: the form is not a place. A control puts
  the same towns after a place preposition ("in X"), where they stay places when the
  gazetteer's reading is prominent enough (the figure is reported, not a target).
* **people**: given names of ``first_names.csv`` that the gazetteer also holds as towns,
  each with surnames common in several countries, in German and English sentences. Read
  right: neither word is a place, and the place named in the same sentence still is.

A word goes to the held-out split by a hash of itself (one in four): tune on ``dev`` only
and read ``heldout`` once, at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

NOUN_TEMPLATES = (
    "Viele {w} wurden bei dem Unwetter beschädigt.",
    "Die Feuerwehr meldete, dass {w} und Keller unter Wasser standen.",
    "{w} gehören zu den Themen, über die der Stadtrat am Montag sprach.",
)
CONTROL_TEMPLATE = "Die Feuerwehr in {w} rückte am Montag zu einem Einsatz aus."
#: common surnames of several countries (none of them a place name in the gazetteer's
#: larger towns), combined with every given name
SURNAMES = (
    "Müller", "Schneider", "Kowalski", "Novák", "Rossi", "García", "Dubois", "Jansen",
    "Andersson", "Nguyen", "Tanaka", "Okafor", "Silva", "Ivanova", "Yilmaz", "Murphy",
)  # fmt: skip
PEOPLE_TEMPLATES = (
    ("de", "{f} {s} traf am Montag Vertreter der Regierung in Hamburg.", "Hamburg"),
    ("de", "Die Moderatorin {f} {s} kam nach Wien.", "Wien"),
    ("en", "{f} {s} met government officials in Chicago on Monday.", "Chicago"),
)


def heldout(word: str) -> bool:
    return int(hashlib.sha256(word.encode()).hexdigest(), 16) % 4 == 0


def in_split(word: str, split: str) -> bool:
    return split == "all" or (split == "heldout") == heldout(word)


def _column(name: str) -> list[str]:
    lines = (ROOT / "geomap" / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")][1:]


def town_names(gaz, words: list[str], lang: str) -> list[str]:
    """The words the gazetteer holds as the name of a town (as written)."""
    found = gaz.lookup_many(words, lang=lang, limit=5)
    return [w for w in words if any(c.kind == "city" and c.matched == w for c in found[w])]


def places_at(text: str, start: int, end: int, gaz, lang: str) -> bool:
    from geomap.pipeline import analyze

    a = analyze(text, lang=lang, gazetteer=gaz, claims=False, events=False)
    return any(p.role == "name" and p.start < end and start < p.end for p in a.places)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses (dev only)")
    args = ap.parse_args()
    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    nouns = [w for w in town_names(gaz, _column("nouns_de.csv"), "de") if in_split(w, args.split)]
    wrong, control_ok, misses = 0, 0, []
    for k, w in enumerate(nouns):
        t = NOUN_TEMPLATES[k % len(NOUN_TEMPLATES)].format(w=w)
        i = t.index(w)
        if places_at(t, i, i + len(w), gaz, "de"):
            wrong += 1
            misses.append(t)
        c = CONTROL_TEMPLATE.format(w=w)
        i = c.index(w)
        control_ok += places_at(c, i, i + len(w), gaz, "de")
    n = len(nouns)
    print(f"nouns ({args.split}): {n - wrong} of {n} sentences read no noun as a place")
    print(f"  control, 'in X': {control_ok} of {n} towns still places")
    firsts = [
        w for w in town_names(gaz, _column("first_names.csv"), "en") if in_split(w, args.split)
    ]
    people_ok = setting_ok = total = 0
    for k, f in enumerate(firsts):
        s = SURNAMES[k % len(SURNAMES)]
        for lang, tmpl, setting in PEOPLE_TEMPLATES:
            t = tmpl.format(f=f, s=s)
            i = t.index(f)
            j = t.index(setting)
            from geomap.pipeline import analyze

            a = analyze(t, lang=lang, gazetteer=gaz, claims=False, events=False)
            names = [p for p in a.places if p.role == "name"]
            person_place = any(p.start < i + len(f) + 1 + len(s) and i < p.end for p in names)
            total += 1
            people_ok += not person_place
            setting_ok += any(p.start == j for p in names)
            if person_place and args.show and args.split == "dev" and len(misses) < 10_000:
                misses.append(t)
    print(
        f"people ({args.split}): {people_ok} of {total} sentences read no person as a place "
        f"({len(firsts)} given names x {len(PEOPLE_TEMPLATES)} sentences)"
    )
    print(f"  the sentence's own place still found: {setting_ok} of {total}")
    if args.show and args.split == "dev":
        for m in misses[: args.show]:
            print("  miss:", m)


if __name__ == "__main__":
    main()
