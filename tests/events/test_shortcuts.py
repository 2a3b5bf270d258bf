"""The events' shortcuts change no answer: they only skip reading that could find nothing.

The shortcuts are checked against the long way round, on sentences written for the purpose
(both languages, verbs of saying with and without a place after them, site phrases, times
counted from a day) and on the dev corpus of ``tests/corpus/events``:

- a clause whose only readings are plain verbs of saying with no place after them and no
  site phrase is passed over after its first trigger reading (``_unplaced_saying``), and
  before it is read at all when its words alone tell so (``_saying_without_site``: every
  trigger word only a plain verb of saying, no resolved place in it, no site word);
- a time pattern is scanned only over a text that holds one of its key words
  (``_KeyWords``): every match of every pattern must hold one;
- the person registry reads a verb of saying's clause only where a word beside the verb
  may open a name (``_may_open_name``).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

import geomap
import geomap.events._actors as actors
import geomap.events._extract as extract
from geomap.events import _timeexpr, find_times
from tests.support.events import corpus_cases, document, extract_with_places, places_for

DAY = date(2025, 6, 12)

SENTENCES = [
    ("en", "The mayor said on Tuesday that the bridge would reopen next month."),
    ("en", "Officials said in Nairobi that the talks had failed, the agency reported."),
    ("en", "A bus crashed near Kisumu on Monday. Police said the driver had fled."),
    (
        "en",
        "A fire destroyed a market in Accra. Traders said outside the market that they lost all.",
    ),
    ("en", "The ministry said the flooded town was cut off, a spokesman told reporters."),
    ("en", "Gunmen attacked a prison in Lagos. Relatives said at the prison that nobody knew."),
    ("en", "The earthquake struck at dawn. Residents said the epicentre was near the coast."),
    ("en", "Protesters marched in Lima on Sunday; organisers said later on that 5,000 came."),
    ("en", "Troops left the town two days before, a resident said, and returned the day after."),
    ("de", "Der Bürgermeister sagte am Dienstag, die Brücke werde bald wieder geöffnet."),
    ("de", "Ein Sprecher sagte in Wien, die Gespräche seien gescheitert."),
    ("de", "Ein Zug entgleiste bei Graz. Die Polizei sagte, der Lokführer sei verletzt."),
    (
        "de",
        "Anwohner sagten vor dem Gefängnis, niemand wisse etwas. "
        "Zwei Tage danach kam es zu Protesten.",
    ),
    ("de", "Am Vortag hatte es gebrannt, sagte ein Sprecher am späten Abend."),
    ("en", "The bridge had collapsed in Kisumu, the minister told parliament on Monday."),
    ("de", "Die Brücke in Graz sei eingestürzt, sagte der Minister vor dem Parlament."),
]
PLACES = [
    {"mention": m, "name": m, "kind": "city", "cc": cc, "lat": lat, "lon": lon, "id": f"test:{m}"}
    for m, cc, lat, lon in [
        ("Nairobi", "KE", -1.29, 36.82),
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


_events = extract_with_places


@pytest.mark.parametrize(
    "off", [("_unplaced_saying", "_saying_without_site"), ("_saying_without_site",)]
)
@pytest.mark.parametrize(("lang", "text", "specs", "day"), _texts())
def test_passing_over_unplaced_sayings_changes_no_event(
    lang: str,
    text: str,
    specs: list[dict],
    day: date | None,
    off: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short = _events(lang, text, specs, day)
    for name in off:  # the long way round, or the reading the word test stands in for
        monkeypatch.setattr(extract, name, lambda *_: False)
    assert _events(lang, text, specs, day) == short


# names beside verbs of saying (after it, before it, with a name prefix) and one with none:
# the person registry builds a clause's tokens only for a word beside the verb that may
# open a name (``_may_open_name``)
NAMED = [
    ("en", "The talks went ahead, said Wanjiru Kamau. On Monday Kamau met officials in Nairobi."),
    ("en", "The talks went ahead, al-Amin Yusuf said. On Monday Yusuf met officials in Lagos."),
    (
        "de",
        "Anna Berg sagte, die Gespräche fänden statt. Am Montag traf Berg in Wien den Minister.",
    ),
    (
        "de",
        "Die Gespräche fänden statt, sagte Anna Berg. Am Montag traf Berg in Graz den Minister.",
    ),
    ("en", "The march went ahead, police said. Police arrested ten people in Kisumu on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED + SENTENCES)
def test_reading_names_only_beside_a_capital_changes_no_event(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = _events(lang, text, PLACES, DAY)
    # the long way round: every verb of saying's clause read for a name beside it
    monkeypatch.setattr(actors, "_may_open_name", lambda *_: True)
    assert _events(lang, text, PLACES, DAY) == short


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (*NAMED[0], "Wanjiru Kamau"),
        (*NAMED[1], "al-Amin Yusuf"),
        (*NAMED[2], "Anna Berg"),
        (*NAMED[3], "Anna Berg"),
    ],
)
def test_a_name_beside_a_verb_of_saying_names_the_actor_later(
    lang: str, text: str, name: str
) -> None:
    # the full name told beside the verb of saying is the actor its last name stands for
    assert name in {a for e in _events(lang, text, PLACES, DAY) for a in e.actors}


def test_a_saying_with_a_place_after_it_is_still_read() -> None:
    events = geomap.analyze("Officials said in Nairobi on Monday.", lang="en", date=DAY).events
    assert [(e.type, e.place_name) for e in events] == [("statement", "Nairobi")]


@pytest.mark.parametrize(("lang", "text", "specs", "day"), _texts())
def test_every_time_match_holds_a_key_word(
    lang: str, text: str, specs: list[dict], day: date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [text, *text.split("\n")]
    keyed = [find_times(t, language) for t in texts for language in ("en", "de")]
    # every pattern scanned over every text: all key words held
    monkeypatch.setattr(_timeexpr._KeyWords, "held", lambda self, folded: -1)
    assert [find_times(t, language) for t in texts for language in ("en", "de")] == keyed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The driver had fled, police said."),
        ("de", "Der Fahrer sei geflohen, sagte die Polizei."),
    ],
)
def test_a_plain_saying_with_no_place_takes_the_shortcut(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _shortcuts_taken(lang, text, [], monkeypatch) == {"_saying_without_site"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The bridge had collapsed, the minister told parliament."),
        ("de", "Die Brücke sei eingestürzt, sagte der Minister vor dem Parlament."),
    ],
)
def test_a_saying_of_several_words_is_read(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "told parliament", "sagte vor dem Parlament": a speech of its own, not a plain verb of
    # saying; the word test stands aside when the phrase's other words are in the clause
    assert "_saying_without_site" not in _shortcuts_taken(lang, text, [], monkeypatch)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The driver had fled, police in Kisumu said."),
        ("de", "Der Fahrer sei geflohen, sagte die Polizei in Graz."),
    ],
)
def test_a_saying_with_a_place_in_its_clause_is_read_first(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the word test cannot tell where the place stands: the first reading does ("sagte die
    # Polizei in Graz": after the verb, kept; "police in Kisumu said": before it, passed over)
    taken = _shortcuts_taken(lang, text, PLACES, monkeypatch)
    assert "_saying_without_site" not in taken
    assert ("_unplaced_saying" in taken) == (lang == "en")


def _shortcuts_taken(
    lang: str, text: str, specs: list[dict], monkeypatch: pytest.MonkeyPatch
) -> set[str]:
    """The names of the saying shortcuts that passed a clause over while reading ``text``."""
    taken: set[str] = set()
    for name in ("_unplaced_saying", "_saying_without_site"):

        def spy(*args: object, _name: str = name, _real: object = getattr(extract, name)) -> bool:
            got = _real(*args)  # type: ignore[operator]
            if got:
                taken.add(_name)
            return bool(got)

        monkeypatch.setattr(extract, name, spy)
    doc = document(text, lang)
    extract.extract_events(doc, places_for(doc, specs), date=DAY)
    return taken


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_key_words_a_text_holds_are_found(lang: str) -> None:
    keys = _timeexpr._lexicon(lang).key_words
    for _, text, _, _ in _texts():
        folded = text.casefold()
        words = set(re.findall(r"\w+", folded))
        expected = (
            sum(b for k, b in keys._plain if any(k in w for w in words))
            | sum(b for k, b in keys._whole.items() if k in words)
            | (keys._digit if re.search(r"\d", folded) else 0)
            | sum(b for k, b in keys._other if k in folded)
        )
        assert keys.held(folded) == expected
