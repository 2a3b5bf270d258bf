"""A clause whose trigger words can give no reading is passed over before they are read.

``_may_read_trigger`` says, from the words' texts alone, whether ``_trigger_in`` could find
anything in a clause: a word that is only the first word of several-word entries (the
English carrier ``an accident``, ``setzte ... ein``) gives a reading only when the entry's
other words are in the clause too. Where it says no, the clause is passed over
(``_no_reading``), and the events must be those of the long way round, in which every
such clause is read; on sentences written for the purpose and on the dev corpus of
``tests/corpus/events``.
"""

from __future__ import annotations

from datetime import date

import pytest

import geomap.events._extract as extract
from tests.support.events import corpus_cases, document, extract_with_places

DAY = date(2025, 6, 12)

SENTENCES = [
    ("en", "An accident closed the road near Kisumu on Monday."),
    ("en", "Officials gave an update in Lima. An inquiry into the collapse began on Friday."),
    ("en", "A bridge collapsed in Accra on Sunday. It was an old structure, an engineer said."),
    ("en", "The quake struck off Lima at dawn. The epicentre was an hour's drive from the city."),
    ("en", "Police fired tear gas at a street protest in Lagos; an officer was hurt."),
    ("de", "Die Feuerwehr setzte am Montag in Graz Löschhubschrauber ein."),
    ("de", "Die Polizei nahm in Wien zwei Männer fest, ein Sprecher setzte sich dafür ein."),
    ("de", "Ein Zug entgleiste bei Graz. Der Betreiber setzte auf eine rasche Aufklärung."),
]
PLACES = [
    {"mention": m, "name": m, "kind": "city", "cc": cc, "lat": lat, "lon": lon, "id": f"test:{m}"}
    for m, cc, lat, lon in [
        ("Kisumu", "KE", -0.1, 34.76),
        ("Accra", "GH", 5.56, -0.2),
        ("Lagos", "NG", 6.45, 3.4),
        ("Lima", "PE", -12.05, -77.04),
        ("Wien", "AT", 48.21, 16.37),
        ("Graz", "AT", 47.07, 15.44),
    ]
]


def _texts() -> list[tuple[str, str, list[dict], date | None]]:
    return [(lang, text, PLACES, DAY) for lang, text in SENTENCES] + corpus_cases()


@pytest.mark.parametrize(("lang", "text", "specs", "day"), _texts())
def test_passing_over_clauses_with_no_reading_changes_no_event(
    lang: str, text: str, specs: list[dict], day: date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = extract_with_places(lang, text, specs, day)
    monkeypatch.setattr(extract, "_may_read_trigger", lambda *_: True)  # the long way round
    assert extract_with_places(lang, text, specs, day) == short


@pytest.mark.parametrize(("lang", "text", "specs", "day"), _texts())
def test_no_reader_finds_anything_where_the_test_says_none(
    lang: str, text: str, specs: list[dict], day: date | None
) -> None:
    # the condition is necessary: for every clause it says no to, the trigger reader finds
    # no trigger and no reference, whatever it skips and whatever was told before
    doc = document(text, lang)
    lex = extract._lexicon(lang)
    clauses = extract._clauses(doc, lex.lang)
    triggers = extract._words(clauses, lex).triggers
    told = {(t.type, t.sub_kind) for t in lex.triggers}
    for clause in clauses:
        if not extract._may_read_trigger(clause, lex, triggers):
            for known in (set(), told):
                assert extract._trigger_in(clause, lex, set(), known, {}, triggers) == ([], [])


@pytest.mark.parametrize(
    ("lang", "text", "readable"),
    [
        ("en", "It was an old structure.", False),
        ("en", "An accident closed the road near Kisumu.", True),
        ("de", "Der Betreiber setzte auf eine rasche Aufklärung.", False),
        ("de", "Die Polizei setzte in Graz Wasserwerfer ein.", True),
    ],
)
def test_a_first_word_without_the_rest_of_its_entry_gives_no_reading(
    lang: str, text: str, readable: bool
) -> None:
    # "an" of "an accident", "setzte" of "setzte ... ein": read only with the entry's rest
    doc = document(text, lang)
    lex = extract._lexicon(lang)
    clauses = extract._clauses(doc, lex.lang)
    triggers = extract._words(clauses, lex).triggers
    assert triggers
    assert any(extract._may_read_trigger(c, lex, triggers) for c in clauses) == readable
