"""German wire wording the sixteenth session's new dev articles found missing (issue 20):
hostages taken (``als Geiseln genommen``), fugitives caught in the passive (``wurden ...
gefasst``), an arrest an authority had made (``ließ ... festnehmen``, ``hat ... verhaften
lassen``), a revolt in a jail, people who froze to death, a referendum named by its noun
though a verb of the clause carries a law (``haben in einer Volksabstimmung die Reform
abgelehnt``), and the day of an event counted from an ``Ausbruch`` told before (an eruption,
else a breakout). Each row is read by the whole pipeline; places and words are of no
benchmark article. The look-alikes below each class stay without an event."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_no_event, assert_reported  # DAY: Wed 2025-06-11

REPORTED: list[tuple[str, str, str | None, str, str]] = [
    # hostages taken
    (
        "In einem Gefängnis in Arequipa haben Häftlinge am Montag drei Aufseher als Geiseln "
        "genommen.",
        "violence_against_civilians",
        "abduction",
        "2025-06-09",
        "Arequipa",
    ),
    (
        "Bewaffnete nahmen am Dienstag in Maiduguri einen Busfahrer als Geisel.",
        "violence_against_civilians",
        "abduction",
        "2025-06-10",
        "Maiduguri",
    ),
    # fugitives caught, in the passive
    (
        "Zwei der Entflohenen wurden am Dienstag in Osijek gefasst.",
        "strategic_development",
        "arrest",
        "2025-06-10",
        "Osijek",
    ),
    (
        "Die mutmaßlichen Täter sind am Montag in Chittagong gefasst worden.",
        "strategic_development",
        "arrest",
        "2025-06-09",
        "Chittagong|Chattogram",
    ),
    # an arrest ordered and made: a finite "lassen", or a past modal
    (
        "In Trujillo ließ die Staatsanwaltschaft am Montag den früheren Gouverneur festnehmen.",
        "strategic_development",
        "arrest",
        "2025-06-09",
        "Trujillo",
    ),
    (
        "Die Justiz hat den Bürgermeister von Daugavpils am Dienstag verhaften lassen.",
        "strategic_development",
        "arrest",
        "2025-06-10",
        "Daugavpils",
    ),
    (
        "Die Polizei konnte den Schützen am Montag in Kaunas festnehmen.",
        "strategic_development",
        "arrest",
        "2025-06-09",
        "Kaunas",
    ),
    # a revolt in a jail
    (
        "In der Haftanstalt von Tarija war es am Sonntag zu einer Revolte gekommen.",
        "riot",
        None,
        "2025-06-08",
        "Tarija",
    ),
    # frozen to death
    (
        "In der Provinz Naryn erfroren am Montag acht Hirten.",
        "disaster",
        "extreme_temperature",
        "2025-06-09",
        "Naryn",
    ),
    # a government voted out, a confidence vote lost
    (
        "Das Parlament in Vilnius hat die Regierungschefin am Dienstag abgewählt.",
        "election",
        "vote",
        "2025-06-10",
        "Vilnius",
    ),
    (
        "Die Regierung in Podgorica hat am Montag die Vertrauensfrage verloren.",
        "election",
        "vote",
        "2025-06-09",
        "Podgorica",
    ),
    # a compound's plural, a compound's first part, a bridge swept away
    (
        "Zwei Fischerboote kollidierten am Montag vor der Küste von Mindoro.",
        "accident",
        "maritime",
        "2025-06-09",
        "Mindoro",
    ),
    (
        "Bei einem Brückeneinsturz in Kerala sind am Montag vier Menschen gestorben.",
        "accident",
        None,
        "2025-06-09",
        "Kerala",
    ),
    (
        "Am Montag ist in Sikkim eine Brücke von den Wassermassen weggespült worden.",
        "disaster",
        "flood",
        "2025-06-09",
        "Sikkim",
    ),
    # a referendum named by its noun, not by the law the verb carries
    (
        "Die Wähler in Liechtenstein haben am Sonntag in einer Volksabstimmung eine "
        "Verfassungsreform abgelehnt.",
        "election",
        "referendum",
        "2025-06-08",
        "Liechtenstein",
    ),
    (
        "In einem Referendum billigten die Bürger von Tuvalu am Sonntag das neue Wahlgesetz.",
        "election",
        "referendum",
        "2025-06-08",
        "Tuvalu",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), REPORTED)
def test_german_wording_reports_its_event(
    text: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, "de", kind, day, place, sub_kind)


LOOK_ALIKES = [
    # a decision, courage: nobody caught
    "Der Täter hatte den Entschluss gefasst, in Linz zu bleiben.",
    "Die Verdächtigen fassten am Montag in Graz neuen Mut.",
    "Der Beschluss wurde am Montag in Wien gefasst.",
    # an arrest only wanted, threatened or to come
    "Der Minister will den Bürgermeister in Lima festnehmen lassen.",
    "Die Regierung drohte, die Streikführer in Lima festnehmen zu lassen.",
    "Die Polizei soll den Täter am Montag in Graz festnehmen.",
    # a confidence vote only planned
    "Die Kanzlerin will im Herbst in Berlin die Vertrauensfrage stellen.",
    # a revolt in a party is dissent in words
    "Im Parlament in Lima kam es am Dienstag zu einer Revolte gegen den Parteichef.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_reports_no_event(text: str) -> None:
    assert_no_event(text, "de")


def _dates(text: str) -> list[tuple[str, str | None]]:
    events = geomap.analyze(text, lang="de", date=DAY).events
    return [(e.trigger, e.date) for e in events]


def test_hours_before_the_eruption_is_the_eruptions_day() -> None:
    """``Wenige Stunden vor dem Ausbruch``: the quakes before a volcano that erupted on
    Monday are dated Monday, not the report's day."""
    text = (
        "Auf der Insel Hokkaido ist am Montag ein Vulkan ausgebrochen. Wenige Stunden vor dem "
        "Ausbruch hatte eine Serie von Erdbeben die Region erschüttert."
    )
    assert ("Erdbeben", "2025-06-09") in _dates(text)


@pytest.mark.parametrize(
    ("offset", "day"),
    [("Zwei Tage nach dem Ausbruch", "2025-06-10"), ("Kurz nach dem Ausbruch", "2025-06-08")],
)
def test_days_after_a_breakout_count_from_it(offset: str, day: str) -> None:
    """With no eruption or outbreak in the article, ``nach dem Ausbruch`` counts from the
    inmates who broke out."""
    text = (
        "Aus dem Gefängnis in Tarija sind am Sonntag zwölf Häftlinge ausgebrochen. "
        f"{offset} wurden drei von ihnen in Potosí festgenommen."
    )
    assert ("festgenommen", day) in _dates(text)


BACK_REFERENCES = [
    (
        "Vor der Küste der Hafenstadt Mombasa ist am Montag ein Boot gekentert. Das teilte die "
        "Küstenwache am Dienstag in Nairobi mit. In der Hafenstadt wurden am Dienstag zwei "
        "Schleuser festgenommen.",
        "Mombasa",
    ),
    (
        "In der Grenzstadt Kobane explodierte am Montag eine Autobombe. In Damaskus verurteilte "
        "die Regierung den Anschlag. In der Grenzstadt wurden am Dienstag drei Verdächtige "
        "festgenommen.",
        "Kobane|Ayn al|Ain al",
    ),
]


@pytest.mark.parametrize(("text", "place"), BACK_REFERENCES)
def test_a_feature_word_points_back_to_the_place_it_introduced(text: str, place: str) -> None:
    """``In der Hafenstadt`` is the port the same word introduced, not the city of a
    statement told since."""
    assert_reported(text, "de", "strategic_development", "2025-06-10", place, "arrest")
