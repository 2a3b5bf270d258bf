"""Issue 20, session 32 (h32b-dateline): the dateline is the place only when the story is
there. An event with no place of its own, in a story filed from a capital or a hub far from
where it happened, is put where the story is (``_carry._story_locus``):

* a story in another country than the dateline's (an island state reported from a
  neighbour's capital): an act done where an office sits (``Prime Minister X resigned``) is
  that country's, at the story's place, unless its clause names the dateline's country
  (``Australia's foreign minister condemned``);
* a story in the dateline's own country but hundreds of km away: a statement or a seated
  act stays at the capital (``The country's human rights ombudsman condemned``), unless the
  speaker travelled to the story's place just before (``The state governor flew to the
  flooded city ... and declared a state of calamity``).

Before the change the resignations and the governors' declarations took the dateline
(Canberra, Lisbon, Ottawa, Brasília). Stories written for the test, in regions outside every
held-out list and the dev corpus's: the Solomon Islands, Cape Verde, British Columbia,
Mato Grosso.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("GEOMAP_OFFLINE", "1")

import geomap  # noqa: E402
from geomap.geometry import geodesic_km  # noqa: E402

HONIARA = (-9.43, 159.95)
CANBERRA = (-35.28, 149.13)
PRAIA = (14.93, -23.51)
KELOWNA = (49.88, -119.49)
CUIABA = (-15.60, -56.10)
BRASILIA = (-15.78, -47.93)
NAIROBI = (-1.29, 36.82)

STORIES = {
    "honiara": (
        "CANBERRA, May 6 (AAP) - Thousands of protesters marched through Honiara, the capital"
        " of the Solomon Islands, on Monday, demanding new elections after a disputed budget"
        " vote. Police in the city said the march was largely peaceful.\n\n"
        "Prime Minister John Tavake resigned on Wednesday.\n\n"
        "The Solomon Islands, a nation of about 700,000 people, has seen repeated unrest"
        " since independence in 1978.",
        "en",
        "2025-05-08",
    ),
    "honiara_guard": (
        "CANBERRA, May 6 (AAP) - Thousands of protesters marched through Honiara, the capital"
        " of the Solomon Islands, on Monday, demanding new elections. Police in the city said"
        " the march was largely peaceful.\n\n"
        "Australia's foreign minister condemned the violence on Tuesday.\n\n"
        "The Solomon Islands has seen repeated unrest since independence.",
        "en",
        "2025-05-08",
    ),
    "praia": (
        "Lissabon, 12. Juni (dpa) - In Praia, der Hauptstadt der Kapverden, haben am Montag"
        " Tausende Menschen gegen steigende Lebensmittelpreise demonstriert. Die Polizei"
        " sprach von der größten Kundgebung seit Jahren.\n\n"
        "Regierungschef Carlos Tavares ist am Mittwoch zurückgetreten.\n\n"
        "Die Inselgruppe im Atlantik war bis 1975 portugiesische Kolonie.",
        "de",
        "2025-06-12",
    ),
    "kelowna": (
        "Ottawa (dpa) - Ein Waldbrand hat am Montag nahe der Stadt Kelowna in der kanadischen"
        " Provinz British Columbia mehr als 200 Häuser zerstört. Tausende Menschen mussten"
        " ihre Häuser verlassen.\n\n"
        "Die Regierungschefin der Provinz flog am Dienstag in das Brandgebiet und rief den"
        " Notstand aus.\n\n"
        "Die Waldbrandsaison in Kanada hat in diesem Jahr früh begonnen.",
        "de",
        "2025-07-09",
    ),
    "cuiaba": (
        "BRASILIA, March 3 (Reuters) - Floods swept through Cuiabá, the capital of the western"
        " state of Mato Grosso, on Sunday, killing at least nine people, officials said.\n\n"
        "The state governor flew to the flooded city on Monday and declared a state of"
        " calamity.\n\n"
        "The country's human rights ombudsman condemned the slow rescue on Monday.\n\n"
        "Heavy rains are common in the region at this time of year.",
        "en",
        "2025-03-04",
    ),
    "nairobi": (
        "NAIROBI, June 3 (Reuters) - Kenyan police fired tear gas at hundreds of protesters in"
        " the centre of Nairobi on Tuesday. The protesters were demanding lower fuel prices."
        "\n\nThe governor declared a curfew on Wednesday.",
        "en",
        "2025-06-05",
    ),
}

_ANALYSES: dict[str, geomap.Analysis] = {}


def _event(story: str, word: str):
    if story not in _ANALYSES:
        text, lang, date = STORIES[story]
        _ANALYSES[story] = geomap.analyze(text, lang=lang, date=date)
    return next(e for e in _ANALYSES[story].events if word in (e.trigger or "").split())


def _at(story: str, word: str, where: tuple[float, float]) -> bool:
    ev = _event(story, word)
    return ev.lat is not None and ev.lon is not None and geodesic_km(ev.lat, ev.lon, *where) <= 50


@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        # the head of government of the island state the story is about resigns there
        ("honiara", "resigned", HONIARA),
        ("praia", "zurückgetreten", PRAIA),
        # a declaration by a governor who flew to the story's place just before
        ("kelowna", "rief", KELOWNA),
        ("cuiaba", "declared", CUIABA),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="the story-locus rule (h32b-dateline) gained 2 dev events but lost one held-out event "
    "and gained none there; the integrator reverted it in session 32 (docs/events.md)",
)
def test_an_act_without_a_place_is_where_the_story_is_not_at_a_far_dateline(story, word, where):
    assert _at(story, word, where)


@pytest.mark.parametrize(
    ("story", "word", "where"),
    [
        # the clause names the dateline's country: its minister speaks from its capital
        ("honiara_guard", "condemned", CANBERRA),
        # a national office's statement in a story of the dateline's country: its seat
        ("cuiaba", "condemned", BRASILIA),
        # the story happened at the dateline city
        ("nairobi", "declared", NAIROBI),
    ],
)
def test_the_dateline_stays_for_its_own_countrys_seat_and_its_own_stories(story, word, where):
    assert _at(story, word, where)
