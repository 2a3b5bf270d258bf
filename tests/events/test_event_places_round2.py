"""Where an event happened when the sentence says it beside a dateline (issue 20, round 2).

A short apposition naming some of a count (``killed 14 people, including three children, in
X``, ``tötete zwölf Menschen, darunter drei Kinder, in X``) ends no clause: the province
after it is the killing's place, not the dateline's city. Sentences written for these tests
(other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "LUSAKA, June 11 (Reuters) - Gunmen killed 14 people, including three children, in "
            "an attack on villages in Zambia's Luapula province on Tuesday.",
            "en",
            "Luapula",
        ),
        (
            "NAIROBI, June 11 (Reuters) - Floods killed nine people, among them four children, "
            "in Kenya's Turkana county on Tuesday.",
            "en",
            "Turkana",
        ),
        (
            "Lusaka, 11. Juni (dpa) - Bewaffnete töteten am Dienstag zwölf Menschen, darunter "
            "drei Kinder, bei einem Überfall auf Dörfer in der Provinz Luapula.",
            "de",
            "Luapula",
        ),
    ],
)
def test_an_apposition_of_a_count_keeps_the_place_after_it(text: str, lang: str, name: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert [(e.place_name, e.date) for e in events] == [(name, "2025-06-10")]


# A town the clause places in "the country" (``im Norden des Landes``, ``in the north of the
# country``) is the story's country's town of that name, not a more populous namesake abroad
# the geoparser read with nothing else of that country in the text.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "TEGUCIGALPA, June 11 (Reuters) - Gunmen killed five people in the town of Trujillo "
            "in the north of the country on Tuesday.",
            "en",
        ),
        (
            "Tegucigalpa, 11. Juni (dpa) - Bewaffnete töteten am Dienstag fünf Menschen in der "
            "Kleinstadt Trujillo im Norden des Landes.",
            "de",
        ),
    ],
)
def test_a_town_in_the_country_is_the_story_countrys_namesake(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert [(e.place_name, e.date) for e in events] == [("Trujillo", "2025-06-10")]
    event = events[0]
    assert event.lat is not None and event.lon is not None
    # Honduras's Caribbean coast, not the Peruvian city of that name
    assert 14.0 < event.lat < 17.0 and -88.0 < event.lon < -84.0


# An event noun that is also its verb's present tense, right after a bare plural subject that
# opens a headline or a lead, is the verb: the report's own news. With a determiner, an
# armed subject or an object after it, it is not.
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Hundreds of nurses rally in Accra over unpaid wages", "rally", "Accra"),
        ("Thousands of people protest in Lima over fuel prices", "protest", "Lima"),
        ("Dock workers strike in Durban over pay", "strike", "Durban"),
    ],
)
def test_a_headline_subject_verb_is_the_days_protest(text: str, trigger: str, place: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events  # offline: tests/conftest.py
    assert [(e.kind, e.trigger, e.place_name, e.date) for e in events] == [
        ("protest", trigger, place, DAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Militants strike in Kabul",
        "Workers could strike in Nairobi next week.",
        "The doctors' strike enters its third week in Nairobi.",
    ],
)
def test_no_protest_without_a_bare_plural_subject(text: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [e for e in events if e.kind == "protest" and e.date == DAY] == []


# "the day before the election" counts from the election it names: the election is a time
# reference, no event of its own, and not the day before the event told earlier.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police arrested 20 opposition activists in Lusaka on the day before the election.", "en"),
        ("Soldiers detained a journalist in Bamako the day after the referendum.", "en"),
        ("Am Tag vor der Wahl nahm die Polizei in Lusaka 20 Oppositionelle fest.", "de"),
    ],
)
def test_a_day_counted_from_a_named_event_adds_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert [(e.kind, e.sub_kind) for e in events] == [("strategic_development", "arrest")]


# "the island of X", "X Island", "vor der Insel X": the island, not a town of the name abroad
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A ferry sank off the island of Samar on Tuesday.", "en"),
        ("Vor der Insel Samar ist am Dienstag eine Fähre gesunken.", "de"),
    ],
)
def test_a_name_after_an_island_word_is_the_island(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert [(e.kind, e.date) for e in events] == [("accident", "2025-06-10")]
    event = events[0]
    assert event.lat is not None and event.lon is not None
    assert 10.0 < event.lat < 13.5 and 124.0 < event.lon < 126.5  # the Philippine island


# A hazard's object before the participle that ends a German clause is where it struck, as
# an object after an English verb is: "mehrere Viertel der Hauptstadt überflutet" is the
# capital, not the river that flooded them.
def test_a_capital_as_the_object_before_a_final_participle_is_the_place() -> None:
    text = (
        "Bamako, 11. Juni (AFP) - Nach tagelangen Regenfällen hat der Fluss Niger in der Nacht "
        "zum Dienstag mehrere Viertel der malischen Hauptstadt überflutet."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events  # offline: tests/conftest.py
    assert [(e.kind, e.place_name, e.date) for e in events] == [
        ("disaster", "Bamako", "2025-06-10")
    ]


# A wire lead alone in its paragraph that names only the day of saying ("police said on
# Sunday") takes the day the next paragraph's first sentence tells; a lead in a paragraph of
# its own goes on in the next one.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lusaka, 11 June 2025 - Gunmen killed 14 people in an attack on villages in "
            "Luapula province, police said on Wednesday.\n\nThe attackers struck before dawn on "
            "Monday and burned 40 houses.",
            "en",
        ),
        (
            "Lusaka, 11. Juni 2025 (dpa) - Bewaffnete haben bei einem Überfall auf Dörfer in der "
            "Provinz Luapula 14 Menschen getötet, teilte die Polizei am Mittwoch mit.\n\nDie "
            "Angreifer kamen am Montag vor dem Morgengrauen.",
            "de",
        ),
    ],
)
def test_a_lead_dated_by_saying_takes_the_day_the_next_paragraph_tells(
    text: str, lang: str
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    first = events[0]
    assert (first.kind, first.place_name, first.date) == (
        "violence_against_civilians",
        "Luapula",
        "2025-06-09",
    )
