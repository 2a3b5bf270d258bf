"""Places of session 21 (docs/events.md, "Which place of a sentence with several
(session 21, h21-evplace)"). Sentences of our own, with other places and wording than the
dev articles that showed each class: the place the trigger's own clause governs beats a
route's ends, a reference point, the sea around it, a far distance's town and a place
carried from before."""

from __future__ import annotations

import pytest

from tests.support.event_table import places_of_kind, plain

DAY = "2026-10-07"  # a Wednesday


# A town a direction or a distance is measured from yields to the town the clause puts the
# event at or near, before it or after it; the ends of a route the vehicle was on are no
# such town.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "Auf der Strecke von Salzburg nach Villach ist am Dienstag nördlich von Spittal ein"
            " Güterzug entgleist.",
            "accident",
            "Spittal an der Drau",
        ),
        (
            "de",
            "Nördlich von Graz prallten am Montag bei Frohnleiten zwei Lastwagen zusammen.",
            "accident",
            "Frohnleiten",
        ),
        (
            "en",
            "West of Poznan, two trains collided on Monday near Swiebodzin.",
            "accident",
            "Świebodzin",
        ),
        # guard: a reference alone still places the event, near it
        ("en", "An earthquake struck 40 km east of Van on Monday.", "disaster", "Van"),
        (
            "en",
            "A train on the line from Leeds to Carlisle derailed on Monday north of Settle.",
            "accident",
            "Settle",
        ),
    ],
)
def test_reference_point_yields_to_the_site(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# A convoy or a bus on its way from A to B, attacked near C: the near phrase is the event's,
# not the route's end.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Armed men ambushed a bus travelling from Kaduna to Abuja near Kachia on Monday."),
        (
            "de",
            "Bewaffnete überfielen am Montag einen Bus auf dem Weg von Kaduna nach Abuja bei"
            " Kachia.",
        ),
    ],
)
def test_route_end_is_no_first_point(lang: str, text: str) -> None:
    assert places_of_kind(lang, text, "violence_against_civilians", DAY) == [plain("Kachia")]


# A ship at sea is placed at the coast the text names with "off" / "vor", wherever in the
# clause the sea stands; a sea alone stays the place.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "A cargo ship caught fire in the Adriatic Sea on Monday off Split.", "Split"),
        ("en", "A trawler sank in the North Sea on Sunday off Texel.", "Texel"),
        ("de", "In der Ostsee ist am Montag vor Rügen ein Segelboot gekentert.", "Rügen"),
        (
            "de",
            "Vor Saint-Malo ist am Sonntag im Ärmelkanal eine Fähre mit einem Fischkutter"
            " zusammengestoßen.",
            "Saint-Malo",
        ),
        (
            "de",
            "Im Mittelmeer ist am Montag südlich von Lampedusa ein Fischkutter gesunken.",
            "Lampedusa",
        ),
        # the distance cut off by a comma is the same distance
        (
            "de",
            "Im Mittelmeer ist am Sonntag ein Flüchtlingsboot gekentert, rund 30 Kilometer"
            " südlich von Lampedusa.",
            "Lampedusa",
        ),
        # guards: no coast named; a far distance leaves the sea
        ("en", "A trawler sank in the North Sea on Sunday.", "North Sea"),
        (
            "en",
            "A trawler sank in the North Sea on Monday, about 300 km west of Bergen.",
            "North Sea",
        ),
    ],
)
def test_ship_at_sea_off_a_named_coast(lang: str, text: str, place: str) -> None:
    assert places_of_kind(lang, text, "accident", DAY) == [plain(place)]


# A distance beyond "near" after an area the event happened in says where the area lies:
# its town is no finer place of the event.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "Ein Erdbeben der Stärke 5,1 erschütterte am Montag die Provinz Ağrı, rund 200"
            " Kilometer nördlich von Van.",
            "disaster",
            "Agri",
        ),
        (
            "de",
            "Bewaffnete überfielen am Dienstag ein Dorf in der Region Tahoua, rund 400 Kilometer"
            " nordöstlich von Niamey.",
            "violence_against_civilians",
            "Tahoua",
        ),
        (
            "en",
            "Gunmen attacked a village in Zamfara state on Monday, about 150 km west of Kano.",
            "violence_against_civilians",
            "Zamfara",
        ),
    ],
)
def test_far_distance_does_not_refine(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# An event noun in a phrase after the event's clause that says how it happened ("in a raid
# on a house in X") places it: the sentence's own place beats one carried from before.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Troops freed three aid workers on Monday who had been held since March, in a dawn"
            " raid on a camp near Ibadan.",
            "Ibadan",
        ),
        (
            "en",
            "KAMPALA (Reuters) - Protesters marched in Gulu on Monday. Police on Tuesday"
            " detained a student leader, in a raid on a hostel in Lira.",
            "Lira",
        ),
    ],
)
def test_circumstance_phrase_places_the_event(lang: str, text: str, place: str) -> None:
    assert places_of_kind(lang, text, "strategic_development", DAY) == [plain(place)]


def test_circumstance_is_no_later_event() -> None:
    # guard: a verb event after the comma is a clause of its own, not how the first happened
    text = (
        "KAMPALA (Reuters) - Protesters marched in Gulu on Monday. Police on Tuesday arrested"
        " a journalist, a week after soldiers shelled a camp in Lira."
    )
    assert places_of_kind("en", text, "strategic_development", DAY) != ["Lira"]


# Herders and breeders who block a road protest, as farmers do.
def test_breeders_blockade_is_a_protest() -> None:
    text = "Am Montag blockierten Schafzüchter die Bundesstraße bei Gap."
    assert places_of_kind("de", text, "protest", DAY) == [plain("Gap")]


# A place phrase fronted before the clause beats the town of the crime an arrest or a court's
# act is for, which alone in the trigger's clause had kept it; with no fronted place that
# town is still the best the clause gives.
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "In Lille, detectives detained a notary on Tuesday over a fraud at a bank in Arras last"
            " year.",
            "strategic_development",
            "Lille",
        ),
        ("In Tromsø, a court on Monday convicted two men of a robbery in Bodø.", "court", "Tromsø"),
        # guard: nothing fronted
        (
            "Detectives detained a notary on Tuesday over a fraud at a bank in Arras last year.",
            "strategic_development",
            "Arras",
        ),
    ],
)
def test_fronted_place_beats_the_crimes_town(text: str, kind: str, place: str) -> None:
    assert places_of_kind("en", text, kind, DAY) == [plain(place)]
