"""Where an event happened, fourth table (tenth session): launches, datelines, adjectives.

- A launch is placed as ACLED places remote violence: at the launch site when the text gives
  it (in its clause, in the next sentence that refers to it: ``The launch took place at the
  spaceport in X``, ``Der Start erfolgte vom Weltraumbahnhof ...``), never where the missile
  came down (``a missile that landed in the sea off X``, ``die ins Meer stürzte``) nor at the
  target; with no site given, a state launches from its own territory (the country, with
  ``country`` precision). A lead that sums up a launch with no day and the next sentence
  telling it with its day and site are one launch.
- A byline line (``From our correspondent in X``, ``Von unserem Korrespondenten in X``) says
  where the reporter is: the lead's own place wins, the line's city stands only when the text
  names no other (as a dateline does).
- A place before the subject of a German verb-second clause stays a place (``In Goma haben
  Rebellen ...``, ``In der Provinz X griffen Rebellen ... an``): an auxiliary or the trigger is
  no adjective of the actor after it.

Written for these tests, before geomap ran on them: the place is what a reader names.
Names are compared without accents."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported, plain

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"

# (text, language, kind, day, place: any of the names, "|"-separated)
LAUNCH_SITES: list[tuple[str, str, str, str, str]] = [
    # the site in the next sentence, told by a reference to the launch
    (
        "TEHRAN, June 10 (Reuters) - Iran launched two research satellites into orbit on Tuesday, "
        "state television said. The launch took place at the Imam Khomeini spaceport in "
        "Semnan province.",
        "en",
        "launch",
        TUE,
        "Semnan",
    ),
    (
        "Teheran, 10. Juni (dpa) - Der Iran hat am Dienstag eine Trägerrakete mit zwei "
        "Satelliten ins All geschossen. Der Start erfolgte vom Weltraumbahnhof Imam Chomeini "
        "in der Provinz Semnan.",
        "de",
        "launch",
        TUE,
        "Semnan",
    ),
    # a lead with no day, then the same launch with its day and site
    (
        "Seoul/Tokio (dpa) - Nordkorea hat erneut eine ballistische Rakete abgefeuert. Die "
        "Rakete sei am Dienstagmorgen aus dem Gebiet um Pjöngjang in Richtung Japanisches "
        "Meer gestartet worden, teilte der Generalstab in Seoul mit.",
        "de",
        "launch",
        TUE,
        "Pyongyang|Pjongjang",
    ),
    # the site in the launch's own clause, under a dateline of another capital
    (
        "TOKYO, June 10 (Reuters) - North Korea launched two ballistic missiles from the east "
        "coast town of Wonsan on Tuesday, Japan's defence ministry said.",
        "en",
        "launch",
        TUE,
        "Wonsan",
    ),
    # from a region toward a target: the region, not the target
    (
        "JERUSALEM, June 10 (Reuters) - The Houthis fired a ballistic missile from Yemen at "
        "Israel on Tuesday, the Israeli military said.",
        "en",
        "launch",
        TUE,
        "Yemen",
    ),
]

# no site anywhere: the launching state's own territory, at country precision
LAUNCH_COUNTRIES: list[tuple[str, str, str]] = [
    (
        "ISLAMABAD, June 10 (Reuters) - Pakistan on Tuesday test-fired a Shaheen-III "
        "ballistic missile, the military said.",
        "en",
        "Pakistan",
    ),
    (
        "Neu-Delhi, 10. Juni (dpa) - Indien hat am Dienstag eine Agni-Rakete getestet.",
        "de",
        "India",
    ),
    # where the missile came down is not where it was fired from
    (
        "TOKYO, June 10 (Reuters) - North Korea fired a ballistic missile on Tuesday that fell "
        "into the sea off the Oga peninsula, Japan's coast guard said.",
        "en",
        "North Korea",
    ),
    (
        "Seoul, 10. Juni (dpa) - Nordkorea hat am Dienstag eine Rakete abgefeuert, die "
        "im Japanischen Meer landete.",
        "de",
        "North Korea",
    ),
    (
        "SEOUL, June 10 (Yonhap) - North Korea fired a cruise missile on Tuesday that landed "
        "in the Yellow Sea.",
        "en",
        "North Korea",
    ),
    # "the west coast" under a SEOUL dateline is the launching state's coast, not South
    # Korea's: with no site of its own the launch is in the launching state
    (
        "Seoul (dpa) - Nordkorea hat nach Angaben Südkoreas erneut Marschflugkörper "
        "abgefeuert. Die Raketen seien am Dienstag vor der Westküste abgefeuert worden.",
        "de",
        "North Korea",
    ),
    (
        "SEOUL (Reuters) - North Korea test-fired several cruise missiles again, South "
        "Korea's military said. The missiles were fired off the west coast on Tuesday.",
        "en",
        "North Korea",
    ),
]

# a byline line: the lead's own place first, the line's city when the text names no other
BYLINES: list[tuple[str, str, str, str, str]] = [
    (
        "From our correspondent in Nairobi\nGunmen attacked a bus in Mandera on Tuesday, "
        "killing eight passengers.",
        "en",
        # gunmen who killed a bus's passengers attacked civilians (session 15 reads the
        # result clause after the comma; the row is about the byline's place)
        "violence_against_civilians",
        TUE,
        "Mandera",
    ),
    (
        "Von unserem Korrespondenten in Lima\nIn Cusco haben am Dienstag Tausende Bauern "
        "gegen neue Steuern demonstriert.",
        "de",
        "protest",
        TUE,
        "Cusco",
    ),
    (
        "From our correspondent in Dhaka\nPolice fired tear gas at garment workers on Tuesday.",
        "en",
        "protest",
        TUE,
        "Dhaka",
    ),
    (
        "Von unserer Korrespondentin in Bogotá\nDie Polizei hat am Dienstag 40 Demonstranten "
        "festgenommen.",
        "de",
        "strategic_development",
        TUE,
        "Bogota",
    ),
]

# dateline shapes whose city is the event's place (wire copy, no other place in the lead)
DATELINES: list[tuple[str, str, str, str, str]] = [
    (
        "Quito/Ecuador (AFP) – Bei Protesten gegen höhere Treibstoffpreise hat die Polizei am "
        "Dienstag Tränengas eingesetzt.",
        "de",
        "protest",
        TUE,
        "Quito",
    ),
    (
        "KATHMANDU, Nepal — A bus plunged off a highway on Tuesday, killing 14 people.",
        "en",
        "accident",
        TUE,
        "Kathmandu",
    ),
    (
        "By Amina Yusuf\nABUJA — Police arrested 30 protesters outside the electoral "
        "commission on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Abuja",
    ),
    (
        "Tiflis. Die Polizei hat am Dienstag vor dem Parlament 25 Demonstranten festgenommen.",
        "de",
        "strategic_development",
        TUE,
        "Tbilisi|Tiflis",
    ),
    # the lead names another place: that place, not the dateline
    (
        "Dhaka (dpa) - In der Hafenstadt Chittagong haben am Dienstag Tausende Textilarbeiter "
        "gestreikt.",
        "de",
        "protest",
        TUE,
        "Chittagong|Chattogram",
    ),
]

# a place before the subject of a verb-second clause stays the place
FRONTED: list[tuple[str, str, str, str, str]] = [
    (
        "In Goma haben Rebellen am Dienstag eine Kaserne angegriffen.",
        "de",
        "battle",
        TUE,
        "Goma",
    ),
    (
        "In der ostkongolesischen Provinz Nord-Kivu haben Milizen am Montag ein Dorf überfallen.",
        "de",
        "violence_against_civilians",
        MON,
        "Kivu",
    ),
    (
        "In der Provinz Cabo Delgado griffen Aufständische am Montag ein Dorf an.",
        "de",
        "violence_against_civilians",
        MON,
        "Cabo Delgado",
    ),
    (
        "In Maiduguri haben Studenten am Dienstag gegen die Gewalt demonstriert.",
        "de",
        "protest",
        TUE,
        "Maiduguri",
    ),
]


# an adjective or a feature word before the name: the name, at its finest reading
ADJECTIVES: list[tuple[str, str, str, str, str]] = [
    # a bare name the geoparser read as its province: the city of that name (Lublin lies
    # about 25 km from its voivodeship's centre; a row checks the name, the benchmark the km)
    (
        "Im ostpolnischen Lublin haben am Dienstag Tausende Bauern gegen billige Importe "
        "demonstriert.",
        "de",
        "protest",
        TUE,
        "Lublin",
    ),
    (
        "In der westafrikanischen Hafenstadt Conakry ist am Dienstag ein Tanklager explodiert.",
        "de",
        "accident",
        TUE,
        "Conakry",
    ),
    (
        "A ferry sank off Indonesia's Sulawesi island town of Bau-Bau on Tuesday.",
        "en",
        "accident",
        TUE,
        "Baubau|Bau-Bau",
    ),
    (
        "A wildfire raged through the Chilean coastal resort town of Vina del Mar on Monday.",
        "en",
        "disaster",
        MON,
        "Vina del Mar",
    ),
    (
        "Im österreichischen Skiort Ischgl ist am Montag eine Lawine abgegangen.",
        "de",
        "disaster",
        MON,
        "Ischgl",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"),
    LAUNCH_SITES + BYLINES + DATELINES + FRONTED + ADJECTIVES,
)
def test_the_event_is_where_a_reader_puts_it(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


@pytest.mark.parametrize(("text", "lang", "country"), LAUNCH_COUNTRIES)
def test_a_launch_with_no_site_is_in_the_launching_state(
    text: str, lang: str, country: str
) -> None:
    """No site, no target, no sea it fell into: the state that fired it, as a country."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    launches = [e for e in events if e.kind == "launch"]
    assert launches, [(e.kind, e.place_name) for e in events]
    got = [(e.place_name, e.place_precision, e.date) for e in launches]
    assert got == [(country, "country", TUE)], got


def test_a_lead_and_its_next_sentence_tell_one_launch() -> None:
    """The lead sums up, the next sentence tells the day and the site: one launch."""
    text = (
        "Tokio, 10. Juni (dpa) - Nordkorea hat erneut eine Rakete abgefeuert. Die Rakete "
        "wurde am Dienstagmorgen nahe der Stadt Sinpo gestartet."
    )
    launches = [e for e in geomap.analyze(text, lang="de", date=DAY).events if e.kind == "launch"]
    got = [(e.trigger, e.place_name, e.date) for e in launches]
    assert len(launches) == 1, got
    assert "sinpo" in plain(launches[0].place_name or ""), got
    assert launches[0].date == TUE, got


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # Frankfurt (Oder), not Frankfurt am Main
        ("Im brandenburgischen Frankfurt demonstrierten am Dienstag Tausende Bauern.", 52.3, 14.6),
        # Paris, Texas, not Paris, France
        ("Im texanischen Paris demonstrierten am Dienstag Hunderte Lehrer.", 33.7, -95.6),
        # London, Ontario, not London, England
        ("Im kanadischen London haben am Dienstag Hunderte Pflegekräfte gestreikt.", 43.0, -81.2),
    ],
)
def test_a_region_or_country_adjective_picks_the_reading(text: str, lat: float, lon: float) -> None:
    """The adjective before the name says which town of that name: within a degree."""
    events = geomap.analyze(text, lang="de", date=DAY).events
    got = [(e.place_name, e.lat, e.lon) for e in events]
    assert len(events) == 1, got
    e = events[0]
    assert e.lat is not None and e.lon is not None, got
    assert abs(e.lat - lat) < 1 and abs(e.lon - lon) < 1, got
