"""German wire copy, session 15 round 2: words the date probe and the new dev articles
found missing (a hotel or a school that collapsed, market stalls that burnt, a dam break
named by its noun, a thrown hand grenade, rubber bullets fired at a crowd, gangs that storm
or attack) and a relative
clause in the perfect infinitive with ``sollen`` (``der ... angezündet haben soll``), whose
alleged act lay before the sentence's day. Other places and words than the benchmark."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

TUE = "2025-06-10"  # the table's publication date (tests.support.event_table.DAY) is Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "place"),
    [
        (
            "Am Dienstag ist in Kathmandu ein Hotel eingestürzt.",
            "accident",
            "industrial",
            "Kathmandu",
        ),
        (
            "In Jos stürzte am Dienstag eine Schule ein.",
            "accident",
            "industrial",
            "Jos",
        ),
        (
            "Am Dienstag brannten in Bujumbura mehrere Marktstände.",
            "accident",
            "industrial",
            "Bujumbura",
        ),
        (
            "Bei einem Dammbruch nahe Kasese sind am Dienstag mindestens fünf Menschen gestorben.",
            "disaster",
            "flood",
            "Kasese",
        ),
        (
            "Bei einem Deichbruch an der Save bei Slavonski Brod wurden am Dienstag mehrere "
            "Dörfer überflutet.",
            "disaster",
            "flood",
            "Slavonski Brod",
        ),
        (
            "Am Dienstag hatten Unbekannte in Peja eine Handgranate auf ein Café geworfen.",
            "explosion_remote_violence",
            None,
            "Pejë|Peja|Pec",
        ),
        (
            "Die Polizei setzte am Dienstag in Blantyre Gummigeschosse gegen streikende "
            "Lehrer ein.",
            "protest",
            "protest_with_intervention",
            "Blantyre",
        ),
        # gangs storm or attack as armed men do: civilians' places, soldiers' a battle
        (
            "Am Dienstag haben Gangs in Cap-Haïtien ein Polizeirevier gestürmt.",
            "violence_against_civilians",
            "attack",
            "Cap-Haïtien|Cap-Haitien",
        ),
        (
            "Bandenmitglieder griffen am Dienstag eine Kaserne bei San Pedro Sula an.",
            "battle",
            "armed_clash",
            "San Pedro Sula",
        ),
    ],
)
def test_words_of_round_two(text: str, kind: str, sub_kind: str | None, place: str) -> None:
    assert_reported(text, "de", kind, TUE, place, sub_kind)


@pytest.mark.parametrize(
    "text",
    [
        "In Kisumu nahm die Polizei am Dienstag zwei Männer fest, die dort einen Bus überfallen "
        "haben sollen.",
        "Im Landkreis Passau nahm die Polizei am Dienstag einen Mann fest, der dort mehrere "
        "Heuschober angezündet haben soll.",
    ],
)
def test_an_alleged_act_in_a_relative_clause_is_not_on_the_arrests_day(text: str) -> None:
    """The arrest is Tuesday's; the act the man is said to have done has no day of its own
    in the text, and it is not Tuesday."""
    events = geomap.analyze(text, lang="de", date=DAY).events
    arrests = [e for e in events if e.sub_kind == "arrest"]
    assert [e.date for e in arrests] == [TUE], events
    assert all(e.date != TUE for e in events if e.sub_kind != "arrest"), [
        (e.kind, e.trigger, e.date) for e in events
    ]
