"""Places of session 21, round 2 (docs/events.md, "Places from earlier sentences (session
21, round 2, h21-evplace)"). Sentences of our own, with other places and wording than the
dev articles that showed each class: a back reference or a carried place means the scene
told before, not the town a source spoke from or a hospital; a region's capital named by
its rank is the region's seat; a visit's object is where it was; people of a town protest
in it."""

from __future__ import annotations

import pytest

from tests.support.event_table import places_of_kind, plain

DAY = "2026-10-07"  # a Wednesday


# The town a source spoke from is no scene: a later "the town", "dort" or a carried place
# means the scene named before it.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "A bus overturned near Kalamata on Sunday, the fire service in Patras said. Police"
            " detained the driver in the town on Monday.",
            "strategic_development",
            "Kalamata",
        ),
        (
            "de",
            "Bei Kalamata ist am Sonntag ein Bus umgestürzt, teilte die Feuerwehr in Patras mit."
            " Am Montag nahm die Polizei dort den Fahrer fest.",
            "strategic_development",
            "Kalamata",
        ),
        # guard: a story whose first place is the source's town still points back to it
        (
            "en",
            "A warehouse burned down on Sunday, the fire service in Patras said. Police arrested"
            " a man in the city on Monday.",
            "strategic_development",
            "Pátra",
        ),
    ],
)
def test_speaker_town_is_no_scene(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# "In the same region" is the area of the last event placed by its own words, not the town
# named last (a hospital the injured were taken to).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A bus overturned near Kalamata on Sunday. The injured were taken to a hospital in"
            " Patras. In the same region, a forest fire broke out on Monday.",
        ),
        (
            "de",
            "Bei Kalamata ist am Sonntag ein Bus umgestürzt. Die Verletzten wurden in ein"
            " Krankenhaus nach Patras gebracht. In derselben Region brach am Montag ein"
            " Waldbrand aus.",
        ),
    ],
)
def test_same_region_is_the_last_scene(lang: str, text: str) -> None:
    assert places_of_kind(lang, text, "disaster", DAY) == [plain("Kalamata")]


# A region's capital named by its rank, written apart or with a county, is the region's
# seat, not the country's capital; "there" after it is there too.
@pytest.mark.parametrize(
    ("lang", "text", "kinds", "place"),
    [
        (
            "de",
            "In der finnischen Region Lappland ist am Montag ein Bus verunglückt. Am Dienstag"
            " demonstrierten in der Hauptstadt der Region Hunderte Menschen. Die Polizei nahm"
            " dort zwei Männer fest.",
            ("protest", "strategic_development"),
            "Rovaniemi",
        ),
        (
            "en",
            "Heavy rain flooded villages in Norway's Nordland county on Monday. Fishermen"
            " protested in the county capital on Tuesday, and police detained two of them"
            " there.",
            ("protest", "strategic_development"),
            "Bodø",
        ),
    ],
)
def test_regional_capital_by_rank(lang: str, text: str, kinds: tuple[str, ...], place: str) -> None:
    for kind in kinds:
        assert places_of_kind(lang, text, kind, DAY) == [plain(place)], kind


def test_visit_object_is_where_it_was() -> None:
    text = (
        "Floods swept through the town of Gorlice on Sunday. The minister visited the town on"
        " Tuesday after talks with officials in Krakow."
    )
    assert places_of_kind("en", text, "meeting", DAY) == [plain("Gorlice")]


# People named by their town protest in it when the clause names no other place.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Flooding hit the town of Gorlice on Sunday. Residents of Tarnow, a city on the"
            " Dunajec river, protested on Monday against the slow relief effort.",
            "Tarnów",
        ),
        ("en", "Traders in Nakuru, a city in the Rift Valley, protested on Monday.", "Nakuru"),
        (
            "de",
            "Bewohner von Tarnów, einer Stadt im Süden Polens, demonstrierten am Montag gegen"
            " den Bau einer Straße.",
            "Tarnów",
        ),
        # guard: people from a town who marched elsewhere
        ("en", "Farmers from Tarnow marched to Krakow on Monday.", "Kraków"),
    ],
)
def test_residents_protest_in_their_town(lang: str, text: str, place: str) -> None:
    assert places_of_kind(lang, text, "protest", DAY) == [plain(place)]


# A road's destination is no scene: "the town" after "cutting off the road to X" is the
# town of the story.
def test_route_goal_is_no_scene() -> None:
    text = (
        "A mudslide buried part of the village of Zakopane on Sunday, cutting off the road to"
        " Krakow. The minister visited the village on Monday."
    )
    assert places_of_kind("en", text, "meeting", DAY) == [plain("Zakopane")]


# A travel's origin in its own clause is not what "die Region" points to: the region of
# the story's scene is.
def test_travel_origin_is_not_the_region() -> None:
    text = (
        "Bewaffnete haben am Samstag ein Dorf im Bezirk Kayes überfallen. Der Präsident reiste"
        " am Dienstag von Bamako in die Region."
    )
    assert places_of_kind("de", text, "travel", DAY) == [plain("Kayes")]


# Far out at sea: a distance beyond 50 km from the coast leaves the ship on the water named
# in its clause; a short one puts it at that coast.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "A cargo ship caught fire in the Atlantic about 400 nautical miles off Dakar on"
            " Monday.",
            "Atlantic Ocean",
        ),
        (
            "de",
            "Im Atlantik ist am Montag rund 300 Seemeilen vor Dakar ein Frachter in Brand geraten.",
            "Atlantic Ocean",
        ),
        # guard: near the coast, the town
        (
            "en",
            "A cargo ship caught fire in the Atlantic about 20 nautical miles off Dakar on Monday.",
            "Dakar",
        ),
    ],
)
def test_far_offshore_is_the_sea(lang: str, text: str, place: str) -> None:
    assert places_of_kind(lang, text, "accident", DAY) == [plain(place)]


# Demonstrators who marched before a seat of power protest.
def test_demonstrators_marching_to_the_town_hall_protest() -> None:
    text = "Am Montag zogen Hunderte Demonstranten in Görlitz vor das Rathaus."
    assert places_of_kind("de", text, "protest", DAY) == [plain("Görlitz")]


# Where people fled to is not "the town" of the attack that came first; a town named in a
# part told after the flight may be.
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Hundreds of villagers fled Menaka for Gao after jihadists attacked the town on"
            " Sunday.",
            "violence_against_civilians",
            "Ménaka",
        ),
        # guard: no "after" between, the town named last
        (
            "Gunmen attacked the town of Tillia on Saturday. Hundreds of residents fled to"
            " Tahoua, and soldiers arrived in the town on Sunday.",
            "strategic_development",
            "Tahoua",
        ),
    ],
)
def test_flight_goal_is_not_the_attacked_town(text: str, kind: str, place: str) -> None:
    assert places_of_kind("en", text, kind, DAY) == [plain(place)]
