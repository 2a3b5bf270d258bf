"""A name joined to a natural feature of one kind (a river, a lake, a mountain, an island)
by ``und``/``and`` or a comma takes the reading of that kind where it has one: `Wolga und
Oka`, `the Volga and Kama` (not the village of Kama), `Elbe und Saale` (not the village
of Elbe), `Ladoga und Onega` (the lake, not the town of Onega). A list of towns stays
towns (`Omsk und Tobolsk`, `Mainz und Wiesbaden`), and a member with no reading of the
kind keeps its own. Session 31 (h31-geo, issue 21), ``geomap/geoparse/_evidence.py``
(``lists``: the kinds a list member is surely of now include the natural features) and
``geomap/geoparse/_rank.py`` (a bare name of the list's kind takes no article penalty).
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang, claims=False, events=False).places)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "kind", "name"),
    [
        (
            "KAZAN, May 12 (Reuters) - Water levels on the Volga and Kama fell to a "
            'ten-year low, Russian officials said on Tuesday. "The barges are waiting," a '
            "port official in Kazan said. Grain exports from the region have stalled.",
            "en",
            "Kama",
            "river",
            "Kama River",
        ),
        (
            "MAGDEBURG (dpa) - Der Pegel an Elbe und Saale ist in der Nacht weiter "
            "gestiegen. In Sachsen-Anhalt wurden Deiche verstärkt, teilte das Innenministerium "
            "am Sonntag mit. Rund 300 Helfer waren im Einsatz.",
            "de",
            "Elbe",
            "river",
            "Elbe",
        ),
        (
            "PETROSAWODSK (dpa) - Auf Ladoga und Onega ist das Eis in diesem Jahr früh "
            'gebrochen. Fischer in Karelien warnten am Montag vor dünnem Eis. "Wir fahren '
            'nicht mehr hinaus", sagte ein Fischer.',
            "de",
            "Onega",
            "lake",
            "Lake Onega",
        ),
        (
            "Fishermen on Lakes Ladoga and Onega were warned about thin ice on Monday. "
            "Officials in Karelia said two men had been rescued.",
            "en",
            "Onega",
            "lake",
            "Lake Onega",
        ),
        (
            "KASAN (dpa) - Auf Wolga und Kama ist der Wasserstand auf ein Zehnjahrestief "
            "gefallen. Frachtschiffe warten in Kasan auf Ladung, sagte ein Hafensprecher.",
            "de",
            "Kama",
            "river",
            "Kama River",
        ),
        (
            "Zwischen Elbe, Saale und Mulde wurden am Wochenende mehrere Dörfer evakuiert.",
            "de",
            "Elbe",
            "river",
            "Elbe",
        ),
    ],
)
def test_a_name_listed_with_a_feature_takes_its_kind(
    text: str, lang: str, mention: str, kind: str, name: str
) -> None:
    places = _places(text, lang)
    named = [p for p in places if p.mention == mention]
    assert named, places
    assert all(p.kind == kind and p.name == name for p in named), named


@pytest.mark.parametrize(
    ("text", "lang", "mention", "kind"),
    [
        # a list of towns stays towns
        (
            "FRANKFURT (dpa) - Ein Wochenende in Mainz und Wiesbaden war ausgebucht.",
            "de",
            "Mainz",
            "city",
        ),
        (
            "OMSK (dpa) - Eine Reise nach Omsk und Tobolsk kostet weniger als im Vorjahr.",
            "de",
            "Tobolsk",
            "city",
        ),
        (
            "Officials in Lincoln and Omaha said the roads were open on Monday.",
            "en",
            "Lincoln",
            "city",
        ),
        # a river next to a town it flows by is not a list of rivers
        (
            "KAZAN (Reuters) - Barges bound for Kazan and Samara were stuck on Monday, "
            "Russian officials said.",
            "en",
            "Samara",
            "city",
        ),
        # a list of islands and of states stays what it was
        ("Ferries between Sylt and Amrum were cancelled on Monday.", "en", "Amrum", "island"),
        ("Voters in Utah, Colorado and Idaho went to the polls.", "en", "Colorado", "admin1"),
    ],
)
def test_lists_of_other_kinds_keep_their_readings(
    text: str, lang: str, mention: str, kind: str
) -> None:
    named = [p for p in _places(text, lang) if p.mention == mention]
    assert named and all(p.kind == kind for p in named), named


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Das Hochwasser an der Oder steigt weiter, teilte das Landesamt mit.", True),
        (
            "STETTIN (dpa) - Die Oder ist an der Grenze zu Polen über die Ufer getreten. In "
            "Frankfurt (Oder) und Slubice wurden am Montag Deiche verstärkt.",
            True,
        ),
        ("Die Pegel an Oder und Warthe stiegen in der Nacht.", True),
        # the connector itself: opening a sentence or a quotation
        ("Oder doch nicht? In Berlin wird weiter gestritten.", False),
        ("Er sagte in Berlin: „Oder wir warten bis März.“", False),
    ],
)
def test_a_river_named_like_a_german_connector(text: str, read: bool) -> None:
    # "Oder": German writes "oder" in lower case inside a sentence, so the capitalised
    # word there is the river's name, not the connector
    rivers = [p for p in _places(text, "de") if p.mention == "Oder" and p.kind == "river"]
    assert bool(rivers) == read, _places(text, "de")
