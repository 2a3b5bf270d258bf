"""German event words the dev corpus lacked (session 22, h22-evde; docs/events.md, "German
regional and agency wording: building fires, brawls, a pedestrian hit, a blown-up cash
machine, debris flows (session 22, h22-evde)").

The look-alikes were written first: a lit light in a farmhouse, fire drills and warnings,
brawls in general, a bus route that serves a stop, quarry blasting, cash machines refilled,
debris flows as a hazard. Sentences of our own, with other towns and wording than the dev
articles that showed the gaps."""

from __future__ import annotations

import pytest

from tests.support.event_table import events_of

DAY = "2025-06-03"  # a Tuesday


# --- look-alikes: nothing happened, or nothing of these kinds --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Auf dem Bauernhof bei Wels brannte am Montag noch lange Licht.",
        "Im Pferdestall in Wels brannte am Montagabend noch eine Lampe.",
        "Die Feuerwehr in Wels warnt vor Wohnungsbränden in der Adventszeit.",
        "Ein Dachstuhlbrand kann jedes Haus treffen, sagte der Kommandant in Wels.",
        "In Wels soll am Samstag eine Übung zu einem Scheunenbrand stattfinden.",
        "Die Polizei in Wels warnt vor Schlägereien am Rande des Spiels am Samstag.",
        "Massenschlägereien sind in Wels selten.",
        "Ab Montag wird der Bahnhof in Wels auch von der neuen Buslinie angefahren.",
        "Der Lieferwagen hat die Filiale in Wels am Montag zweimal angefahren.",
        "Die Banken wollen ihre Geldautomaten in Wels besser gegen Sprengungen schützen.",
        "Im Steinbruch bei Wels wurde am Montag Fels gesprengt.",
        "Der Geldautomat in Wels wurde am Montag aufgefüllt.",
        "Murgänge sind im Tal bei Thun keine Seltenheit.",
        "Die Gemeinde Thun baut neue Schutzdämme gegen Murgänge und Steinschlag.",
    ],
)
def test_no_event_of_these_kinds_is_read(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in events_of("de", text, DAY)}
    assert ("accident", "industrial") not in kinds
    assert ("accident", "road") not in kinds
    assert ("riot", "mob_violence") not in kinds
    assert ("strategic_development", "looting") not in kinds
    assert ("disaster", "mass_movement") not in kinds


# --- the events: kind, sub-kind and day ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "day"),
    [
        # a building burnt down: the farm and its stables are buildings
        (
            "Am Sonntag brannte in Wels ein Bauernhof nieder.",
            "accident",
            "industrial",
            "2025-06-01",
        ),
        (
            "In der Nacht auf Dienstag brannte in Wels ein Pferdestall nieder.",
            "accident",
            "industrial",
            "2025-06-03",
        ),
        # a building's fire named by a compound of the building and "Brand"
        (
            "Am Montag kam es in Wels zu einem Wohnungsbrand.",
            "accident",
            "industrial",
            "2025-06-02",
        ),
        (
            "Bei einem Dachstuhlbrand in Wels wurden am Montag zwei Feuerwehrleute verletzt.",
            "accident",
            "industrial",
            "2025-06-02",
        ),
        # a brawl of many (ACLED: mob violence)
        (
            "Am Montag kam es in Wels zu einer Massenschlägerei.",
            "riot",
            "mob_violence",
            "2025-06-02",
        ),
        (
            "Vor einer Diskothek in Wels ist es am Sonntag zu einer Schlägerei gekommen.",
            "riot",
            "mob_violence",
            "2025-06-01",
        ),
        # a person hit by a vehicle
        (
            "Ein Fußgänger ist am Montag in Wels von einem Bus angefahren worden.",
            "accident",
            "road",
            "2025-06-02",
        ),
        (
            "Ein Autofahrer hat am Montag in Wels eine Radfahrerin angefahren.",
            "accident",
            "road",
            "2025-06-02",
        ),
        # a cash machine blown up (ACLED: looting/property destruction)
        (
            "Unbekannte sprengten am Sonntag in Wels einen Geldautomaten.",
            "strategic_development",
            "looting",
            "2025-06-01",
        ),
        (
            "In der Nacht auf Montag wurde in Wels ein Geldautomat gesprengt.",
            "strategic_development",
            "looting",
            "2025-06-02",
        ),
        # a debris flow and a rockfall
        ("Am Sonntag ging bei Thun ein Murgang nieder.", "disaster", "mass_movement", "2025-06-01"),
        (
            "Ein Steinschlag traf am Montag bei Thun ein Auto.",
            "disaster",
            "mass_movement",
            "2025-06-02",
        ),
    ],
)
def test_the_event_is_read(text: str, kind: str, sub_kind: str, day: str) -> None:
    got = {(k, s, d) for _, k, s, d in events_of("de", text, DAY)}
    assert (kind, sub_kind, day) in got, got


# --- a large fire that destroyed a building: the building gives the kind --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ein Großfeuer hat am Sonntag in Wels eine Werkstatt zerstört.",
        "Ein Feuer zerstörte am Sonntag ein Lagerhaus in Wels.",
    ],
)
def test_a_fire_that_destroyed_a_building_is_a_fire_accident(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in events_of("de", text, DAY)}
    assert ("accident", "industrial") in kinds, kinds


# --- a separable verb fused at the end of a subordinate clause ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Als die Regierung in Wels am Montag umstürzte, jubelten viele.",
        "Die Stimmung in Wels kippte am Montag, als die Preise stiegen.",
        "Die Kerze brannte am Montag in Wels ab, während alle schliefen.",
    ],
)
def test_no_accident_in_a_fused_look_alike(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in events_of("de", text, DAY)}
    assert ("accident", "road") not in kinds
    assert ("accident", "industrial") not in kinds


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "day"),
    [
        (
            "Zwei Menschen wurden verletzt, als am Sonntag bei Wels ein Lastwagen umstürzte.",
            "accident",
            "road",
            "2025-06-01",
        ),
        (
            "Die Feuerwehr war stundenlang im Einsatz, weil am Sonntag in Wels eine Scheune "
            "niederbrannte.",
            "accident",
            "industrial",
            "2025-06-01",
        ),
    ],
)
def test_a_fused_separable_verb_is_read(text: str, kind: str, sub_kind: str, day: str) -> None:
    got = {(k, s, d) for _, k, s, d in events_of("de", text, DAY)}
    assert (kind, sub_kind, day) in got, got


# --- a beating, a shooting that wounded, a thunderstorm, a deflagration ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Die Armee hat den Aufstand in Wels im Jahr 1934 niedergeschlagen.",
        "Der Wetterdienst gab am Sonntag für Wels eine Gewitterwarnung aus.",
        "Für Sonntag werden in Wels heftige Gewitter erwartet.",
        "Er fühlte sich von der Kritik in Wels verprügelt, sagte er am Sonntag.",
    ],
)
def test_no_attack_or_storm_is_read(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in events_of("de", text, DAY)}
    assert ("violence_against_civilians", "attack") not in kinds
    assert ("disaster", "storm") not in kinds


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "day"),
    [
        (
            "Ein Mann wurde am Sonntag in Wels von drei Jugendlichen verprügelt.",
            "violence_against_civilians",
            "attack",
            "2025-06-01",
        ),
        (
            "Ein Mann wurde am Sonntag in Wels angeschossen.",
            "violence_against_civilians",
            "attack",
            "2025-06-01",
        ),
        (
            "Ein heftiges Gewitter richtete am Sonntag in Wels große Schäden an.",
            "disaster",
            "storm",
            "2025-06-01",
        ),
        (
            "Eine Windhose hat am Sonntag in Wels mehrere Dächer abgedeckt.",
            "disaster",
            "storm",
            "2025-06-01",
        ),
        (
            "Bei einer Verpuffung in einer Fabrik in Wels wurden am Sonntag zwei Arbeiter "
            "verletzt.",
            "accident",
            "industrial",
            "2025-06-01",
        ),
    ],
)
def test_the_attack_or_storm_is_read(text: str, kind: str, sub_kind: str, day: str) -> None:
    got = {(k, s, d) for _, k, s, d in events_of("de", text, DAY)}
    assert (kind, sub_kind, day) in got, got
