"""Places of session 20 (docs/events.md, "Places outside the event's own phrase (session
20, h20-events)"). Sentences of our own, with other places and wording than the dev
articles that showed each class."""

from __future__ import annotations

import pytest

from tests.support.event_table import places_of_kind, plain

DAY = "2026-10-07"  # a Wednesday


# "dort" / "there" points to the town named last: a sentence between the event before and
# the anaphor that names a town (and reports nothing read as an event) is nearer.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "Bei einem Brand in Mopti starben am Montag zwei Menschen. Das größte Lager der"
            " Region liegt in der Stadt Ségou. Dort wurden am Dienstag zwei Helfer entführt.",
            "violence_against_civilians",
            "Ségou",
        ),
        (
            "de",
            "In Arusha demonstrierten am Montag Hunderte Bauern. Der Flughafen der Region liegt"
            " bei Moshi. Dort nahm die Polizei am Dienstag drei Schmuggler fest.",
            "strategic_development",
            "Moshi",
        ),
        (
            "en",
            "Protesters blocked a road in Mopti on Monday. The region's largest camp lies in"
            " the town of Ségou. Gunmen abducted two aid workers there on Tuesday.",
            "violence_against_civilians",
            "Ségou",
        ),
        (
            "en",
            "Farmers protested in Arusha on Monday. The region's airport lies near Moshi."
            " Police arrested three smugglers there on Tuesday.",
            "strategic_development",
            "Moshi",
        ),
    ],
)
def test_there_points_to_the_town_named_last(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# What must stay: the event before named the place, or what came between names only a
# country, so "there" is the event's place.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Protesters blocked a road in Mopti on Monday. Mali exports most of its cotton."
            " Police arrested three men there on Tuesday.",
            "strategic_development",
            "Mopti",
        ),
        (
            "de",
            "In Arusha demonstrierten am Montag Hunderte Bauern. Dort nahm die Polizei am"
            " Dienstag drei Männer fest.",
            "strategic_development",
            "Arusha",
        ),
        (
            "en",
            'Farmers protested in Arusha on Monday. "We marched like this in Moshi last year,"'
            " one of them said. Police arrested three men there on Tuesday.",
            "strategic_development",
            "Arusha",
        ),
    ],
)
def test_there_keeps_the_event_before_when_nothing_nearer(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# An event told only by a part of a country ("in northern X", "im Westen Xs") under a
# dateline town that lies in that part (not the capital, not a part of a large country far
# from the town) happened where the report was filed; any town of a double dateline.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "MAZAR-I-SHARIF (Reuters) - Gunmen attacked a border checkpoint in northern"
            " Afghanistan on Monday, killing four guards.",
            "battle",
            "Mazar-e Sharif",
        ),
        (
            "de",
            "KAMPALA/GULU (AFP) - Im Norden Ugandas haben Hunderte Bauern am Montag gegen"
            " die Vertreibung von ihrem Land demonstriert.",
            "protest",
            "Gulu",
        ),
        (
            "de",
            "GULU (dpa) - Im Norden Ugandas haben Hunderte Bauern am Montag demonstriert."
            " Die Polizei nahm am Abend acht Demonstranten fest.",
            "strategic_development",
            "Gulu",
        ),
    ],
)
def test_a_part_of_the_country_holding_the_dateline_town_is_that_town(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "KABUL (Reuters) - Gunmen attacked a border checkpoint in northern Afghanistan on"
            " Monday, killing four guards.",
            "battle",
            "northern Afghanistan",
        ),
        (
            "en",
            "CAIRNS (Reuters) - Bushfires killed three people in northern Australia on Monday.",
            "disaster",
            "northern Australia",
        ),
        (
            "de",
            "GULU (dpa) - Im Süden Ugandas haben Hunderte Bauern am Montag demonstriert.",
            "protest",
            "southern Uganda",
        ),
    ],
)
def test_a_part_without_the_dateline_town_stays_the_part(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# A specific feature word as the owner of the event's object ("die Viertel der Hafenstadt"):
# the place that feature word introduced, not the town named since.
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "ANKARA (dpa) - In der Hafenstadt Mersin hat ein Sturm am Montag Dächer abgedeckt."
            " In der Hauptstadt demonstrierten am Dienstag Hunderte Menschen. Der Minister"
            " besuchte am Mittwoch die zerstörten Lagerhallen der Hafenstadt.",
            "meeting",
            "Mersin",
        ),
        (
            "LIMA (dpa) - In der Bergbaustadt Cerro de Pasco stürzte am Montag ein Stollen"
            " ein. In Lima protestierten am Dienstag Gewerkschafter. Die Ministerin besuchte"
            " am Mittwoch die Familien der Bergbaustadt.",
            "meeting",
            "Cerro de Pasco",
        ),
    ],
)
def test_a_feature_word_owning_the_object_is_the_place_it_introduced(
    text: str, kind: str, place: str
) -> None:
    assert places_of_kind("de", text, kind, DAY) == [plain(place)]


def test_a_feature_word_owning_the_subject_leaves_the_event_where_it_was() -> None:
    text = "Fischer der Hafenstadt Mersin demonstrierten am Dienstag in Ankara."
    assert places_of_kind("de", text, "protest", DAY) == ["ankara"]


# An event carried from a compass part of a country keeps the part, not the country's centre.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "KAMPALA (dpa) - Im Norden Ugandas haben Hunderte Bauern am Montag demonstriert."
            " Die Polizei nahm am Abend acht Demonstranten fest.",
            "strategic_development",
            "northern Uganda",
        ),
        (
            "en",
            "Gunmen attacked a market in northern Mozambique on Monday. Troops arrested five"
            " suspects on Tuesday.",
            "strategic_development",
            "northern Mozambique",
        ),
    ],
)
def test_an_event_carried_from_a_part_keeps_the_part(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]
