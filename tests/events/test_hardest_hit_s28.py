"""An event placed in a country or a province, and a following sentence with no event of its
own that says where it hit hardest, was centred or did its damage (``The worst-hit town was
B``, ``B bore the brunt``, ``Am schwersten betroffen war die Stadt B``, ``Das Epizentrum lag
nahe der Stadt B``): the event is at B when B lies inside the area, and a follow-up with no
place of its own is there too. Issue 20, session 28 (h28-narrow),
``geomap/events/_hardest.py`` and ``[hardest_hit]`` in ``events_<lang>.toml``.

Stories written for these tests in other regions and wording than the story probe and the
dev articles; the guards are look-alikes a reader would not read as the scene.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-14"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        (
            "Heavy storms swept across northern Kenya on Sunday. The worst-hit town was "
            "Marsabit, where hundreds of homes were flattened.",
            "en",
            "storms",
            "Marsabit",
        ),
        (
            "An earthquake of magnitude 5.9 shook Albania on Tuesday. Durres bore the brunt "
            "of the damage, officials said.",
            "en",
            "earthquake",
            "Durrës",
        ),
        (
            "Russian drones struck Ukraine's Sumy region overnight. The worst-hit town was "
            "Shostka, where a school was damaged.",
            "en",
            "struck",
            "Shostka",
        ),
        (
            "Ein schweres Unwetter hat am Montag in Bayern gewütet. Am schwersten betroffen "
            "war die Stadt Landshut.",
            "de",
            "Unwetter",
            "Landshut",
        ),
        (
            "Waldbrände haben am Sonntag im Süden Frankreichs gewütet. Die schwersten Schäden "
            "gab es in der Kleinstadt Draguignan.",
            "de",
            "Waldbrände",
            "Draguignan",
        ),
        (
            "Ein Erdbeben der Stärke 6,1 hat am Dienstag Griechenland erschüttert. Das "
            "Epizentrum lag nahe der Stadt Larisa.",
            "de",
            "Erdbeben",
            "Lárisa",
        ),
        (
            # two towns: the first, as the sentence ranks them (docs/events.md, session 28)
            "Heavy storms swept across Kenya on Sunday. The worst-hit towns were Marsabit and "
            "Moyale.",
            "en",
            "storms",
            "Marsabit",
        ),
    ],
)
def test_the_area_event_is_where_it_hit_hardest(
    text: str, lang: str, trigger: str, town: str
) -> None:
    events = _events(text, lang)
    assert [(e.trigger, e.place_name) for e in events] == [(trigger, town)]


@pytest.mark.parametrize(
    ("text", "lang", "follow", "town"),
    [
        (
            "Floods hit Bihar state on Monday after days of rain. The hardest-hit town was "
            "Darbhanga. A bridge collapsed on Tuesday.",
            "en",
            "collapsed",
            "Darbhanga",
        ),
        (
            "NAIROBI, Oct 14 (Reuters) - Floods swept through western Kenya on Monday after "
            'days of heavy rain, killing at least 12 people. "We lost everything," said '
            "farmer Grace Achieng. Kakamega bore the brunt of the flooding, the Red Cross "
            "said. Police arrested three men for looting shops on Tuesday.",
            "en",
            "arrested",
            "Kakamega",
        ),
        (
            "Hochwasser hat am Sonntag weite Teile Polens überschwemmt. Besonders betroffen ist "
            "die Stadt Nysa. Die Polizei nahm am Montag zwei Plünderer fest.",
            "de",
            "nahm ... fest",
            "Nysa",
        ),
        (
            "BERLIN (dpa) - Ein schwerer Sturm hat am Montagabend die Region Kalabrien im Süden "
            "Italiens getroffen. Besonders schwer getroffen wurde die Stadt Crotone, wo Böen "
            "Dächer abdeckten. Am Dienstag lief im Hafen ein Frachter auf Grund.",
            "de",
            "lief ... Grund",
            "Crotone",
        ),
    ],
)
def test_a_follow_up_with_no_place_is_there_too(
    text: str, lang: str, follow: str, town: str
) -> None:
    events = _events(text, lang)
    assert [e.place_name for e in events] == [town, town]
    assert events[1].trigger == follow


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the phrase's own carrier word is no event of its sentence: not a meeting, not a
        # second storm
        (
            "Ein Taifun hat am Montag den Süden Japans getroffen. Am härtesten traf es die "
            "Stadt Kagoshima.",
            "de",
        ),
        (
            "Ein schwerer Sturm hat am Montagabend die Region Kalabrien getroffen. Besonders "
            "schwer getroffen wurde die Stadt Crotone.",
            "de",
        ),
    ],
)
def test_the_phrase_itself_tells_no_event(text: str, lang: str) -> None:
    events = _events(text, lang)
    assert len(events) == 1
    assert events[0].type == "disaster"
    assert events[0].place_name in ("Kagoshima", "Crotone")


@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        # the town lies outside the area: another country, another federal state
        (
            "Storms swept across Belgium on Monday. The worst-hit town was Maastricht, just "
            "across the Dutch border.",
            "en",
            "Belgium",
        ),
        (
            "Ein Unwetter hat am Montag in Bayern gewütet. Am schwersten betroffen war die "
            "Stadt Ulm.",
            "de",
            "Bavaria",
        ),
        # where aid came from, where the injured were taken
        (
            "A cyclone hit Mozambique's Sofala province on Sunday. Aid for the hardest-hit "
            "districts came from Nampula.",
            "en",
            "Sofala",
        ),
        (
            "Storms swept across Kenya on Sunday. The injured were taken to hospital in Eldoret.",
            "en",
            "Kenya",
        ),
        (
            "Ein Erdbeben hat am Montag die Türkei erschüttert. Hilfe kam aus der Stadt Izmir, "
            "die am schwersten betroffene Region liegt im Osten.",
            "de",
            "Turkey",
        ),
        # who told it, not where it hit
        (
            "Floods hit western Kenya on Monday. According to officials in Eldoret, the worst "
            "damage was in remote villages.",
            "en",
            "western Kenya",
        ),
        # another time: a year, a quote about the past
        (
            "Floods hit Bihar state on Monday. In 2008 the worst-hit town was Saharsa.",
            "en",
            "Bihar",
        ),
        (
            "Storms swept across Kenya on Sunday. Last year the worst-hit town was Marsabit.",
            "en",
            "Kenya",
        ),
        (
            "Ein Unwetter hat am Montag in Bayern gewütet. „Am schlimmsten traf es 1999 "
            "Landshut“, sagte ein Anwohner.",
            "de",
            "Bavaria",
        ),
        # a centre at sea
        (
            "An earthquake shook Greece on Tuesday. Its epicentre lay at sea, south of the "
            "island of Kos.",
            "en",
            "Greece",
        ),
    ],
)
def test_the_area_event_stays(text: str, lang: str, area: str) -> None:
    events = _events(text, lang)
    assert events[0].place_name == area


def test_an_event_between_them_keeps_the_area() -> None:
    events = _events(
        "Storms swept across Kenya on Sunday. Police arrested two looters in Nairobi on "
        "Monday. The worst-hit town was Marsabit.",
        "en",
    )
    assert [(e.trigger, e.place_name) for e in events] == [
        ("Storms", "Kenya"),
        ("arrested", "Nairobi"),
    ]


def test_a_statement_is_not_narrowed() -> None:
    events = _events(
        "The government declared a state of emergency in Kenya on Sunday. The worst-hit town "
        "was Marsabit.",
        "en",
    )
    assert [(e.trigger, e.place_name) for e in events] == [("declared", "Kenya")]


def test_an_event_already_at_a_town_stays() -> None:
    events = _events(
        "A storm hit the town of Marsabit on Sunday. The worst-hit village was Karare, north "
        "of the town.",
        "en",
    )
    assert [(e.trigger, e.place_name) for e in events] == [("storm", "Marsabit")]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Floods along the Brahmaputra river swept through villages on Monday. The "
            "worst-hit town was Dibrugarh.",
            "en",
            "Dibrugarh",
        ),
        (
            "Hochwasser an der Elbe hat am Montag Dörfer überflutet. Am schwersten betroffen "
            "war die Stadt Pirna.",
            "de",
            "Pirna",
        ),
        (
            "A storm lashed the Baltic Sea coast on Monday. The worst-hit town was Kolobrzeg.",
            "en",
            "Kołobrzeg",
        ),
        # a town far from the river or the sea is not on it: the event stays on the water
        (
            "Floods along the Brahmaputra river swept through villages on Monday. The "
            "worst-hit town was Shillong.",
            "en",
            "Brahmaputra",
        ),
        (
            "A storm lashed the Baltic Sea coast on Monday. The worst-hit town was Poznan.",
            "en",
            "Baltic Sea",
        ),
    ],
)
def test_an_event_on_a_river_or_a_sea_takes_a_town_on_its_bank(
    text: str, lang: str, place: str
) -> None:
    events = _events(text, lang)
    assert [e.place_name for e in events] == [place]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Flash floods swept through villages overnight after a cloudburst. The worst-hit "
            "town was Dharamshala.",
            "en",
            "Dharamsala",
        ),
        (
            "Ein Unwetter hat am Dienstag schwere Schäden angerichtet. Am schwersten betroffen "
            "war die Kleinstadt Volos.",
            "de",
            "Volos",
        ),
        # where the injured were taken is not where it hit: still no place
        (
            "Flash floods swept through villages overnight after a cloudburst. The injured "
            "were taken to hospital in Dharamshala.",
            "en",
            None,
        ),
    ],
)
def test_an_event_with_no_place_takes_the_hardest_hit_town(
    text: str, lang: str, place: str | None
) -> None:
    events = _events(text, lang)
    assert [e.place_name for e in events] == [place]


def test_the_phrase_after_an_event_at_a_town_tells_no_event_either() -> None:
    events = _events(
        "Ein Sturm hat am Montag die Stadt Volos getroffen. Am schwersten traf es die Altstadt.",
        "de",
    )
    assert [(e.trigger, e.place_name) for e in events] == [("Sturm", "Volos")]
