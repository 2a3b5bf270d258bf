"""Who did it where (issue 20, round 3): new sentences, every continent, both languages.

An attack's place is where its victims were, not their home town (``farmers from X``) nor
the attackers' base (``gunmen from X``), and a list of origins (``protesters from X and Y``)
is whose all through. A statement's place is where it was said (``at a news conference in
Y``, the dateline), not the place of the event it speaks about when that event is new to the
text (``condemned the massacre in X``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday
TUE = "2025-06-10"
MON = "2025-06-09"


def _first(text: str, lang: str) -> tuple[str, str | None, str | None]:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert events, text
    e = events[0]
    return (e.kind, e.place_name, e.date)


# where the victims were, not where they or their attackers came from
@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        (
            "Gunmen killed six farmers from Jos in a village near Bokkos on Tuesday.",
            "en",
            "violence_against_civilians",
            "Bokkos",
        ),
        (
            "Gunmen from Zamfara killed ten villagers in Sokoto state on Tuesday.",
            "en",
            "violence_against_civilians",
            "Sokoto",
        ),
        (
            "Bewaffnete aus Zamfara töteten am Dienstag zehn Dorfbewohner im Bundesstaat Sokoto.",
            "de",
            "violence_against_civilians",
            "Sokoto",
        ),
        (
            "Rebels attacked a convoy carrying refugees from Juba near Yei on Tuesday.",
            "en",
            "violence_against_civilians",
            "Yei",
        ),
        (
            "Soldiers from Chad attacked a rebel camp near Diffa on Tuesday.",
            "en",
            "violence_against_civilians",
            "Diffa",
        ),
        (
            "Ten protesters from Cusco were arrested in Lima on Tuesday.",
            "en",
            "strategic_development",
            "Lima",
        ),
        (
            "Bewaffnete überfielen am Dienstag ein Dorf im Bezirk Mopti und töteten zwölf "
            "Menschen.",
            "de",
            "violence_against_civilians",
            "Mopti",
        ),
    ],
)
def test_the_place_is_where_the_victims_were(text: str, lang: str, kind: str, place: str) -> None:
    assert _first(text, lang) == (kind, place, TUE)


# an abduction that names no other place: the people's town is where they were taken from;
# the kidnappers' base before the verb is not, and the dateline then places it
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Bandits abducted 20 villagers from Kajuru on Tuesday.", "en", "Kajuru"),
        ("Gunmen kidnapped three passengers from Kaduna on Tuesday.", "en", "Kaduna"),
        ("Bewaffnete entführten am Dienstag 15 Bauern aus Bokkos.", "de", "Bokkos"),
        (
            "LAGOS, June 11 (Reuters) - Gunmen from Zamfara kidnapped 12 traders on Tuesday.",
            "en",
            "Lagos",
        ),
    ],
)
def test_an_abduction_is_where_the_people_were_taken(text: str, lang: str, place: str) -> None:
    assert _first(text, lang) == ("violence_against_civilians", place, TUE)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Rebellen überfielen am Dienstag einen Konvoi mit Händlern aus Goma bei Rutshuru.",
            "de",
            "Rutshuru",
        ),
        (
            "Ein Selbstmordattentäter tötete am Dienstag zwölf Pilger aus Peshawar an einem "
            "Schrein in Swabi.",
            "de",
            "Swabi",
        ),
        (
            "Unidentified men shot dead two teachers from Cuzco and Arequipa near Juliaca on "
            "Tuesday.",
            "en",
            "Juliaca",
        ),
    ],
)
def test_the_place_is_where_the_victims_were_any_kind(text: str, lang: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert [(e.place_name, e.date) for e in events] == [(place, TUE)]


# every member of a list of origins is whose, not where
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Protesters from Oruro and Potosi marched in La Paz on Tuesday.", "en", "La Paz"),
        ("Farmers from Punjab and Haryana protested in New Delhi on Tuesday.", "en", "New Delhi"),
        (
            "Bauern aus Kärnten und der Steiermark protestierten am Dienstag in Wien.",
            "de",
            "Vienna",
        ),
    ],
)
def test_a_list_of_origins_is_not_the_place(text: str, lang: str, place: str) -> None:
    assert _first(text, lang) == ("protest", place, TUE)


# a statement about a new event: where it was said, not where the event was
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "NAIROBI, June 11 (Reuters) - Kenya's president condemned the massacre in Somalia's "
            "Gedo region on Tuesday.",
            "en",
            "Nairobi",
        ),
        (
            "Nairobi, 11. Juni (dpa) - Der kenianische Präsident hat am Dienstag das Massaker "
            "in Somalia verurteilt.",
            "de",
            "Nairobi",
        ),
        (
            "ADDIS ABABA, June 11 (Reuters) - Ethiopia's government on Tuesday condemned the "
            "attack by rebels in the Amhara region.",
            "en",
            "Addis Ababa",
        ),
        (
            "CANBERRA, June 11 (Reuters) - Australia's prime minister condemned the shooting at "
            "a mosque in Perth on Tuesday.",
            "en",
            "Canberra",
        ),
        (
            "Bogotá, 11. Juni (dpa) - Der kolumbianische Präsident verurteilte am Dienstag den "
            "Bombenanschlag in Cali.",
            "de",
            "Bogotá",
        ),
        (
            "Peru's president condemned the attack in Puno during a visit to Cusco on Tuesday.",
            "en",
            "Cusco",
        ),
        (
            "The prime minister condemned the shooting in Christchurch at a news conference in "
            "Wellington on Tuesday.",
            "en",
            "Wellington",
        ),
        (
            "Speaking to reporters in Brasilia on Tuesday, the president condemned the arson "
            "attacks in the Amazon.",
            "en",
            "Brasília",
        ),
        (
            "The foreign minister condemned the attack on the border post in a statement in "
            "Jakarta on Tuesday.",
            "en",
            "Jakarta",
        ),
        (
            "Vor Journalisten in Kiew verurteilte der Minister am Dienstag die Angriffe auf "
            "Charkiw.",
            "de",
            "Kyiv",
        ),
    ],
)
def test_a_statement_is_placed_where_it_was_said(text: str, lang: str, place: str) -> None:
    assert _first(text, lang) == ("statement", place, TUE)


# an event told before is only referred back to: the place after its noun is the saying's
def test_a_statement_on_an_event_told_before_keeps_the_place_after_it() -> None:
    text = (
        "Soldiers shot dead 20 protesters in Gedo on Monday. On Tuesday the president "
        "condemned the killings in Mogadishu."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events  # offline: tests/conftest.py
    assert [(e.kind, e.place_name, e.date) for e in events][-1] == (
        "statement",
        "Mogadishu",
        TUE,
    )


# "a state of emergency in X": the noun has no article of its own, the place is the act's
def test_a_declaration_in_a_province_keeps_its_place() -> None:
    text = "The government declared a state of emergency in Oaxaca on Tuesday."
    assert _first(text, "en") == ("statement", "Oaxaca", TUE)


# back references to the most recent fitting place
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Gunmen raided the village of Kidal on Monday. Soldiers arrived in the village on "
            "Tuesday and arrested five men.",
            "en",
            "Kidal",
        ),
        (
            "Gunmen attacked a market in Kalehe on Monday. Troops were deployed to the area on "
            "Tuesday.",
            "en",
            "Kalehe",
        ),
        (
            "Bewaffnete überfielen am Montag einen Markt in Kalehe. Am Dienstag wurden Soldaten "
            "in das Gebiet entsandt.",
            "de",
            "Kalehe",
        ),
        (
            "In Goma explodierte am Montag eine Bombe. Vor Ort nahm die Polizei am Dienstag drei "
            "Verdächtige fest.",
            "de",
            "Goma",
        ),
    ],
)
def test_a_back_reference_takes_the_last_fitting_place(text: str, lang: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert {e.place_name for e in events} == {place}
    assert [e.date for e in events][:2] == [MON, TUE]


# saint spellings of one name
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("A storm hit St. Thomas on Tuesday, cutting power to thousands.", "en", "St. Thomas"),
        ("A storm hit Saint Thomas on Tuesday, cutting power to thousands.", "en", "Saint Thomas"),
        ("Ein Sturm traf am Dienstag Sankt Thomas.", "de", "Sankt Thomas"),
    ],
)
def test_saint_spellings_are_placed(text: str, lang: str, place: str) -> None:
    assert _first(text, lang) == ("disaster", place, TUE)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        # passes since session 24, round 2 (h24-evde: the carrier 'zog* >durch')
        pytest.param(
            "Demonstranten aus Leipzig und Halle zogen am Dienstag durch Dresden.",
            "de",
            "protest",
            "Dresden",
        ),
        pytest.param(
            "NAIROBI, June 11 (Reuters) - Kenya's president on Tuesday condemned the killing "
            "of 12 traders in Somalia.",
            "en",
            "statement",
            "Nairobi",
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "singular 'killing' is no event noun (it is also the gerund), so 'in "
                    "Somalia' is not read as the topic of the condemnation"
                ),
            ),
        ),
        pytest.param(
            "The foreign minister told reporters in Jakarta on Tuesday that the talks would "
            "resume.",
            "en",
            "statement",
            "Jakarta",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a verb of saying about what will be makes no statement event",
            ),
        ),
    ],
)
def test_missed(text: str, lang: str, kind: str, place: str) -> None:
    assert _first(text, lang) == (kind, place, TUE)
