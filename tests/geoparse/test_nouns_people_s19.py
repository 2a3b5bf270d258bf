"""Issue 21, session 19: classes the generated ``nouns19``/``people19`` probes showed.

* A Title Case headline line above its body ("... In X\\nThe crews ...") is a headline
  though no full stop ends it: its capitalised common words are no longer name around
  a town, and "Storm Hits X" there names no storm called "Hits X".
* A common English word capitalised by a headline that only an untagged other name of
  a bigger town bears is no place ("Torn" for Toruń).
* German reported speech: a noun opening the sentence before the plural subjunctive
  ("X seien ...", "X dürften ...") is the verb's plural subject, not a town.
* A German list of one-word members: a noun a town bears is a noun when another member
  is a common noun, though a member between names a place too.
* A list of people: a word the given-name list lacks, before a surname, is a person's
  given name when a person stands beside it in the list.
* A given name that is a town before a surname that is a noun is a person's name when
  the text puts the surname in the genitive before what only a person has ("Xs Rede").

The words are this file's own, none from the probe rows: the German nouns are every 6th
(from the 3rd) rarer noun form of ``nouns_de_rare.csv`` that the gazetteer holds as a
town and no reading of which outweighs a noun (no country, region, feature or town of
500,000), where the earlier tests take every 4th from the first. The controls keep
real places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.names import name_mentions, name_places

ROOT = Path(__file__).resolve().parents[2]

#: (lang, text, words that must be no place, places that must be found)
CASES = (
    ("en", "Fences Torn Down As Storm Hits Baltimore\nCrews worked through the night.",
     ("Torn", "Hits"), ("Baltimore",)),
    ("en", "Roofs Blown Off As Storm Hits Tulsa\nRepairs could take a month, the mayor said.",
     ("Roofs", "Hits"), ("Tulsa",)),
    ("de", "Zur Sitzung kamen Lorca Brandt, Anna Weber und Jonas Schmidt in Mainz zusammen.",
     ("Lorca", "Brandt"), ("Mainz",)),
    ("de", "Die Sieger sind Jonas Schmidt, Anna Weber und Tarifa Brandt aus Kassel.",
     ("Tarifa",), ("Kassel",)),
    ("de", "Jena Becher wurde in Kiel gewählt. Bechers Rede war kurz.", ("Jena",), ("Kiel",)),
)  # fmt: skip
#: (lang, text, places that stay): controls
CONTROLS = (
    ("de", "Kiel sei bereit, sagte der Bürgermeister.", ("Kiel",)),
    ("de", "Basel Tourismus meldet Rekorde. Basels Anwalt schwieg.", ("Basel",)),
    ("de", "Gespielt wird in Kiel, Lübeck, Halle und Essen.", ("Kiel", "Lübeck", "Halle", "Essen")),
    ("de", "Anna Schmidt und Jonas Weber fuhren nach Siena und Pisa.", ("Siena", "Pisa")),
    ("en", "Hurricane Florence made landfall near Wilmington on Friday.", ("Wilmington",)),
    ("en", "Bombay Markets Rally As Rupee Firms\nTraders said prices rose.", ("Bombay",)),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "places"), CASES)
def test_no_noun_or_person_read_as_a_place(gaz, lang, text, words, places) -> None:
    got = name_mentions(text, lang, gaz)
    assert not [g for g in got if any(w in g.split() for w in words)], got
    for p in places:
        assert p in got


@pytest.mark.parametrize(("lang", "text", "places"), CONTROLS)
def test_real_places_stay(gaz, lang, text, places) -> None:
    got = name_mentions(text, lang, gaz)
    for p in places:
        assert p in got


def _column(name: str) -> list[str]:
    lines = (ROOT / "geomap" / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")][1:]


@pytest.fixture(scope="module")
def rare_noun_towns(gaz) -> list[str]:
    forms = _column("nouns_de_rare.csv")
    found = gaz.lookup_many(forms, lang="de", limit=15)
    out = [
        w
        for w in forms
        if any(c.kind == "city" and c.matched == w for c in found[w])
        and all(c.kind == "city" and (c.population or 0) < 500_000 for c in found[w])
    ]
    assert len(out) > 600
    return out[2::6]


WORDINGS = (
    # reported speech: the plural subjunctive after the noun opening the sentence
    "{w} seien nach dem Sturm ersetzt worden, sagte die Sprecherin.",
    # a list whose middle member a town bears too
    "Gemeldet wurden vor allem {w}, {v} und Zäune.",
)


def test_a_rarer_noun_before_seien_or_in_a_list_of_nouns_is_a_noun(gaz, rare_noun_towns):
    wrong = []
    for k, w in enumerate(rare_noun_towns):
        v = rare_noun_towns[(k + 1) % len(rare_noun_towns)]
        text = WORDINGS[k % len(WORDINGS)].format(w=w, v=v)
        i = text.index(w)
        got = name_places(text, "de", gaz)
        if any(p.start < i + len(w) and i < p.end for p in got):
            wrong.append(text)
    assert wrong == []
