# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wordings of issue 15 that the first round of session 10 left open, in own sentences of
regions no earlier table used (the Alps and the Andes, the Himalayan foothills, the Blue
Ridge, the Dolomites, Ecuador, Venezuela).

A list of directions after a list of distances (``<A> and <B> lie N km and M km east and
north-west of <R>, respectively``, ``... rund N und M Kilometer westlich beziehungsweise
südwestlich von <R>``): each distance takes the direction in the same place of its list.

A clause that repeats a claim's predicate without verb and unit (gapping: ``<A> ist gut
N Kilometer von <B> entfernt, <C> knapp M.``, ``<A> is N km from <B>, <C> about M``) is a
claim of its own: <C> at M of the claim's unit from <B>.

A distance alone in the brackets after a place named behind a word of nearness (``<A> is
closer to <B> (about N km) than to <C>``, ``<A> liegt näher an <B> (rund N Kilometer) als
an <C>``) is from the clause's subject <A> to <B>.

A list of distances set off right after a list of places (``Officials in <A> said <B>
and <C>, about N km and M km north-west of the capital, ...``) pairs with it in order, as
``respectively`` would say.

Setting participles: ``<X>, perched on the <Range>, about N km ...`` (and ``nestled``,
``tucked``, ``set``, ``surrounded by``, ``wedged between``, ``eingebettet in``, ``gelegen
am``, ...): the phrase the participle opens says where ``<X>`` lies, so the distance set
off after it (or the verb after it) still describes ``<X>``, never the range, river or
peak the phrase names.

The points are the gazetteer's own points of the places (copied once, by hand, from the
GeoNames rows the index holds); the truth is the geodesic between them computed with
geographiclib (tests/support/claims_table.py), never through geomap's geometry. Some rows
state a distance wrong by far more than any tolerance (verdict ``inconsistent``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames rows of the index)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Innsbruck": (47.2627, 11.3945), "Munich": (48.1374, 11.5755),
    "Darjeeling": (27.0333, 88.2667), "Siliguri": (26.7100, 88.4285),
    "Huaraz": (-9.5261, -77.5287), "Lima": (-12.0432, -77.0282),
    "Chamonix": (45.9237, 6.8693), "Geneva": (46.2022, 6.1457),
    "Cuenca": (-2.8953, -78.9963), "Guayaquil": (-2.1962, -79.8862),
    "Asheville": (35.6009, -82.5540), "Charlotte": (35.2271, -80.8431),
    "Merida": (8.5790, -71.1692), "Caracas": (10.4880, -66.8792),
    "Trento": (46.0679, 11.1211), "Verona": (45.4385, 10.9938),
    "Mombasa": (-4.0547, 39.6636), "Nairobi": (-1.2833, 36.8167),
    "Gdansk": (54.3523, 18.6491), "Krakow": (50.0614, 19.9366), "Warsaw": (52.2298, 21.0118),
    "Linz": (48.3064, 14.2861), "Graz": (47.0673, 15.4420), "Vienna": (48.2085, 16.3721),
    "Hamburg": (53.5507, 9.9930), "Leipzig": (51.3396, 12.3713), "Berlin": (52.5244, 13.4105),
    "Porto": (41.1485, -8.6110), "Faro": (37.0187, -7.9272), "Lisbon": (38.7251, -9.1498),
    "Lyon": (45.7491, 4.8479), "Marseille": (43.2970, 5.3811), "Paris": (48.8534, 2.3488),
    "Eldoret": (0.5204, 35.2699), "Arequipa": (-16.3990, -71.5375), "Cusco": (-13.5319, -71.9670),
    "Salta": (-24.8065, -65.4200), "Nakuru": (-0.3072, 36.0722), "Baghdad": (33.3406, 44.4009), "Mosul": (36.3350, 43.1189), "Erbil": (36.1912, 44.0094),
    "Bolzano": (46.4907, 11.3398), "Salzburg": (47.7994, 13.0440), "Kisumu": (-0.1022, 34.7617),
    "Rosario": (-32.9468, -60.6393), "Mar del Plata": (-38.0004, -57.5562), "Buenos Aires": (-34.6131, -58.3772),
}
# fmt: on

R = Row
# fmt: off
SETTING = [
    # a participle of setting set off after the subject, then an apposed distance
    R("en", "Innsbruck, nestled in the Alps, about 100 km south of Munich, was cut off.", "100 km", "Innsbruck", "Munich", "consistent"),
    R("en", "Darjeeling, perched on the Himalayas, about 40 km north of Siliguri, was cut off.", "40 km", "Darjeeling", "Siliguri", "consistent"),
    R("en", "Asheville, surrounded by the Blue Ridge Mountains, roughly 160 km west of Charlotte, lost power.", "160 km", "Asheville", "Charlotte", "consistent"),
    R("en", "Mérida, sitting high in the Andes, about 900 km south-west of Caracas, was flooded.", "900 km", "Merida", "Caracas", "inconsistent"),
    R("en", "Trento, wedged between the Dolomites and Lake Garda, about 70 km north of Verona, closed its schools.", "70 km", "Trento", "Verona", "consistent"),
    # ... then the verb of the distance's own clause
    R("en", "Huaraz, set in the Andes, lies about 280 km north of Lima.", "280 km", "Huaraz", "Lima", "consistent"),
    R("en", "Chamonix, tucked below Mont Blanc, lies about 65 km south-east of Geneva.", "65 km", "Chamonix", "Geneva", "consistent"),
    # the participle opening the distance's own clause (no setting phrase between)
    R("en", "Innsbruck, located about 100 km south of Munich, was cut off.", "100 km", "Innsbruck", "Munich", "consistent"),
    R("de", "Innsbruck, eingebettet in die Alpen, rund 250 Kilometer südlich von München, war abgeschnitten.", "250 Kilometer", "Innsbruck", "Munich", "inconsistent"),
    R("de", "Chamonix, gelegen am Fuß des Mont Blanc, rund 65 Kilometer südöstlich von Genf, meldete Lawinen.", "65 Kilometer", "Chamonix", "Geneva", "consistent"),
    R("de", "Cuenca, erbaut an den Ufern des Tomebamba, rund 125 Kilometer südöstlich von Guayaquil, blieb verschont.", "125 Kilometer", "Cuenca", "Guayaquil", "consistent"),
    R("de", "Huaraz, eingebettet in die Anden, liegt rund 280 Kilometer nördlich von Lima.", "280 Kilometer", "Huaraz", "Lima", "consistent"),
    R("de", "Trient, eingezwängt zwischen den Dolomiten und dem Gardasee, rund 70 Kilometer nördlich von Verona, schloss die Schulen.", "70 Kilometer", "Trento", "Verona", "consistent"),
    R("de", "Asheville, umgeben von den Blue Ridge Mountains, rund 400 Kilometer westlich von Charlotte, war ohne Strom.", "400 Kilometer", "Asheville", "Charlotte", "inconsistent"),
]

RESPECTIVE_DIRECTIONS = [
    # two distances, then two directions, one reference, "respectively" at the end: each
    # distance takes the direction in the same place of its list
    R("en", "Mombasa and Kisumu lie about 440 km and 265 km south-east and west of Nairobi, respectively.", "440 km", "Mombasa", "Nairobi", "consistent"),
    R("en", "Mombasa and Kisumu lie about 440 km and 265 km south-east and west of Nairobi, respectively.", "265 km", "Kisumu", "Nairobi", "consistent"),
    R("en", "Linz and Graz lie 160 km and 150 km west and south-west of Vienna, respectively.", "160 km", "Linz", "Vienna", "consistent"),
    R("en", "Linz and Graz lie 160 km and 150 km west and south-west of Vienna, respectively.", "150 km", "Graz", "Vienna", "consistent"),
    # the directions swapped: neither place lies where the sentence puts it
    R("en", "Gdansk and Krakow are about 280 km and 250 km south and north of Warsaw, respectively.", "280 km", "Gdansk", "Warsaw", "inconsistent"),
    R("en", "Gdansk and Krakow are about 280 km and 250 km south and north of Warsaw, respectively.", "250 km", "Krakow", "Warsaw", "inconsistent"),
    R("de", "Linz und Graz liegen rund 160 und 150 Kilometer westlich beziehungsweise südwestlich von Wien.", "rund 160", "Linz", "Vienna", "consistent"),
    R("de", "Linz und Graz liegen rund 160 und 150 Kilometer westlich beziehungsweise südwestlich von Wien.", "150 Kilometer", "Graz", "Vienna", "consistent"),
    R("de", "Danzig und Krakau liegen rund 280 bzw. 250 Kilometer nördlich bzw. südlich von Warschau.", "rund 280", "Gdansk", "Warsaw", "consistent"),
    R("de", "Danzig und Krakau liegen rund 280 bzw. 250 Kilometer nördlich bzw. südlich von Warschau.", "250 Kilometer", "Krakow", "Warsaw", "consistent"),
    R("de", "Rosario und Mar del Plata liegen rund 300 und 800 Kilometer nordwestlich beziehungsweise südlich von Buenos Aires.", "rund 300", "Rosario", "Buenos Aires", "consistent"),
    R("de", "Rosario und Mar del Plata liegen rund 300 und 800 Kilometer nordwestlich beziehungsweise südlich von Buenos Aires.", "800 Kilometer", "Mar del Plata", "Buenos Aires", "inconsistent"),
]

GAPPED = [
    # a clause that repeats the claim's predicate without verb and unit: its own place and
    # number, the claim's reference and unit
    R("de", "Hamburg ist gut 250 Kilometer von Berlin entfernt, Leipzig knapp 150.", "knapp 150", "Leipzig", "Berlin", "consistent"),
    R("en", "Porto is 275 km from Lisbon, Faro about 220.", "about 220", "Faro", "Lisbon", "consistent"),
    R("en", "Lyon lies some 390 km south-east of Paris, Marseille about 660.", "about 660", "Marseille", "Paris", "consistent"),
    R("en", "Mombasa is about 440 km from Nairobi, Kisumu some 265 and Eldoret about 600.", "some 265", "Kisumu", "Nairobi", "consistent"),
    R("en", "Mombasa is about 440 km from Nairobi, Kisumu some 265 and Eldoret about 600.", "about 600", "Eldoret", "Nairobi", "inconsistent"),
    R("de", "Arequipa liegt rund 770 Kilometer von Lima entfernt, Cusco gut 1.500.", "gut 1.500", "Cusco", "Lima", "inconsistent"),
    R("de", "Salta ist rund 1.300 Kilometer von Buenos Aires entfernt, Rosario knapp 280 und Mar del Plata etwa 380.", "knapp 280", "Rosario", "Buenos Aires", "consistent"),
    R("de", "Salta ist rund 1.300 Kilometer von Buenos Aires entfernt, Rosario knapp 280 und Mar del Plata etwa 380.", "etwa 380", "Mar del Plata", "Buenos Aires", "consistent"),
]

LIST_APPOSED = [
    # a list of distances set off right after a list of places pairs with it in order,
    # with or without "respectively", also after a verb of saying
    R("en", "Officials in Nairobi said Nakuru and Eldoret, about 140 km and 260 km north-west of the capital, were flooded.", "140 km", "Nakuru", "Nairobi", "consistent"),
    R("en", "Officials in Nairobi said Nakuru and Eldoret, about 140 km and 260 km north-west of the capital, were flooded.", "260 km", "Eldoret", "Nairobi", "consistent"),
    R("en", "Officials in Lima said Arequipa and Cusco, some 770 km and 570 km from the capital, had no power.", "770 km", "Arequipa", "Lima", "consistent"),
    R("en", "Mosul and Erbil, some 400 km and 350 km north of Baghdad, reported heavy rain.", "400 km", "Mosul", "Baghdad", "consistent"),
    R("en", "Mosul and Erbil, some 400 km and 350 km north of Baghdad, reported heavy rain.", "350 km", "Erbil", "Baghdad", "consistent"),
    R("de", "Die Behörden in Lima sagten, Arequipa und Cusco, rund 770 und 570 Kilometer von der Hauptstadt entfernt, seien ohne Strom.", "rund 770", "Arequipa", "Lima", "consistent"),
    R("de", "Die Behörden in Lima sagten, Arequipa und Cusco, rund 770 und 570 Kilometer von der Hauptstadt entfernt, seien ohne Strom.", "570 Kilometer", "Cusco", "Lima", "consistent"),
    R("de", "In Kenia meldeten Nakuru und Eldoret, rund 140 und 600 Kilometer nordwestlich von Nairobi, Überschwemmungen.", "600 Kilometer", "Eldoret", "Nairobi", "inconsistent"),
]

NEAR_BRACKET = [
    # a distance alone in brackets after the place a word of nearness names: from the
    # clause's subject to that place (the place compared with is no end)
    R("en", "Mosul is nearer to Erbil (some 85 km) than to Baghdad.", "85 km", "Mosul", "Erbil", "consistent"),
    R("en", "Cusco is closer to Arequipa (about 900 km) than to Lima.", "900 km", "Cusco", "Arequipa", "inconsistent"),
    R("en", "Eldoret is closer to Kisumu (about 100 km) than to Nairobi.", "100 km", "Eldoret", "Kisumu", "consistent"),
    R("en", "Trento lies near Verona (70 km).", "70 km", "Trento", "Verona", "consistent"),
    R("de", "Bozen liegt näher an Innsbruck (rund 120 Kilometer) als an Mailand.", "120 Kilometer", "Bolzano", "Innsbruck", "inconsistent"),
    R("de", "Cusco liegt näher an Arequipa (rund 320 Kilometer) als an Lima.", "320 Kilometer", "Cusco", "Arequipa", "consistent"),
    R("de", "Linz liegt näher an Salzburg (rund 110 Kilometer) als an Wien.", "110 Kilometer", "Linz", "Salzburg", "consistent"),
    R("de", "Trient liegt nahe bei Verona (rund 300 Kilometer).", "300 Kilometer", "Trento", "Verona", "inconsistent"),
]

#: a number after a place in the clause after a distance that is no gapped distance
NOT_GAPPED = [
    ("en", "Mombasa is about 440 km from Nairobi, Kisumu 500,000 people."),
    ("de", "Hamburg ist gut 250 Kilometer von Berlin entfernt, Leipzig hat 600.000 Einwohner."),
    ("de", "Hamburg ist gut 250 Kilometer von Berlin entfernt, Leipzig knapp 600.000 Einwohner groß."),
    ("en", "Porto is 275 km from Lisbon, Faro at 12:30 on Monday."),
]
# fmt: on


def _param(i: int, r: Row) -> Any:
    return pytest.param(r, id=f"{r.lang}-{i}")


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(SETTING)])
def test_a_setting_participle_keeps_the_subject(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(RESPECTIVE_DIRECTIONS)])
def test_a_list_of_directions_pairs_with_a_list_of_distances(
    analyze: Callable[..., Any], row: Row
) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Linz and Graz lie 160 km and 150 km west and south-west of Vienna, respectively.",
            ["W", "SW"],
        ),
        (
            "de",
            "Danzig und Krakau liegen rund 280 bzw. 250 Kilometer nördlich bzw. südlich von Warschau.",
            ["N", "S"],
        ),
    ],
)
def test_each_distance_keeps_its_own_direction(
    analyze: Callable[..., Any], lang: str, text: str, want: list[str]
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    assert [c.direction for c in a.claims] == want


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(GAPPED)])
def test_a_gapped_clause_is_a_claim_of_its_own(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(("lang", "text"), NOT_GAPPED)
def test_a_number_with_a_noun_is_no_gapped_distance(
    analyze: Callable[..., Any], lang: str, text: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    assert len(a.claims) == 1, [c.stated.text for c in a.claims]


def test_a_gapped_clause_keeps_no_direction(analyze: Callable[..., Any]) -> None:
    """The distance of ``<A> liegt N km südwestlich von <B>, <C> etwa M`` is checked, its
    direction is not: whether the writer meant it for <C> too is unsure."""
    text = "Graz liegt rund 150 Kilometer südwestlich von Wien, Linz etwa 160."
    first, second = analyze(text, lang="de", date="2026-06-01", events=False).claims
    assert first.direction == "SW"
    assert second.direction is None
    assert second.verdict == "consistent"


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(NEAR_BRACKET)])
def test_a_bracketed_distance_after_a_word_of_nearness(
    analyze: Callable[..., Any], row: Row
) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(LIST_APPOSED)])
def test_a_list_of_distances_apposed_to_a_list_of_places(
    analyze: Callable[..., Any], row: Row
) -> None:
    check_row(analyze, row, AT)
