# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 26, round 3, helper h26-claims3 (docs/claims.md, "Session 26, round 3: `the
city` means a city"): a bare city noun in the reference role (``the city``, ``der Stadt``,
lexicon ``story_city_nouns``) after a sentence that placed a town by a distance, tested on
sentences written for this file (South Australia, Colorado, Styria, Lower Saxony, New South
Wales, Western Australia, Upper Austria), none from a corpus article.

- ``<D-line> ... <A>, some N km from <M>, ... . <B>, about M km north of the city``: <A> is a
  stop the text placed, with fewer inhabitants than a city in anyone's sense (100,000) and
  fewer than the dateline's city <D>; the city is <D> (before: <A>, the topic).
- guards: a topic that is a city of 100,000 or more stays the city; a town the sentence
  before only spoke of (``<A> was hardest hit.``) stays the topic; ``the town`` keeps
  meaning the town just placed.
- ``The city itself, about N km from <B>``, ``Die Stadt selbst``: the emphatic word (lexicon
  ``emphatic_self``) sets the story's own city off; with a dateline of a city it is that
  city (before: the town of the sentence before). ``The town itself`` and a text with no
  dateline are unchanged (guards).

The truth is computed from hand points with geographiclib, never through geomap's code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import assert_both_languages_both_truths, assert_pair_and_verdict

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Adelaide": (-34.9285, 138.6007),
    "Gawler": (-34.5981, 138.7450),
    "Denver": (39.7392, -104.9903),
    "Castle Rock": (39.3722, -104.8561),
    "Estes Park": (40.3772, -105.5217),
    "Lyons": (40.2247, -105.2714),
    "Graz": (47.0707, 15.4395),
    "Weiz": (47.2189, 15.6225),
    "Hannover": (52.3759, 9.7320),
    "Celle": (52.6226, 10.0805),
    "Newcastle": (-32.9283, 151.7817),
    "Maitland": (-32.7332, 151.5596),
    "Bunbury": (-33.3271, 115.6414),
    "Busselton": (-33.6555, 115.3500),
    "Bad Ischl": (47.7115, 13.6239),
    "Gmunden": (47.9187, 13.7993),
    "Nairobi": (-1.2921, 36.8219),
    "Nakuru": (-0.3031, 36.0800),
    "Mombasa": (-4.0435, 39.6682),
    "Munich": (48.1372, 11.5755),
    "Augsburg": (48.3705, 10.8978),
    "Freising": (48.4029, 11.7488),
    "Zürich": (47.3769, 8.5417),
    "Schaffhausen": (47.6973, 8.6349),
    "Lima": (-12.0464, -77.0428),
    "Arequipa": (-16.4090, -71.5375),
    "Perth": (-31.9523, 115.8613),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
CITY_AFTER_A_PLACED_TOWN = [
    # the sentence before named the dateline's city
    ("en", "ADELAIDE, Australia (AP) - A heatwave gripped South Australia on Monday. Murray Bridge, some 75 km south-east of Adelaide, opened cooling centres. Gawler, about 40 km north of the city, closed its pool.", "about 40 km", "Gawler", "Adelaide", 40.0, True),
    ("en", "ADELAIDE, Australia (AP) - A heatwave gripped South Australia on Monday. Murray Bridge, some 75 km south-east of Adelaide, opened cooling centres. Gawler, about 15 km north of the city, closed its pool.", "about 15 km", "Gawler", "Adelaide", 15.0, False),
    ("de", "GRAZ (APA) - Hagel hat am Montag die Steiermark getroffen. Leibnitz, rund 35 Kilometer südlich von Graz, meldete Schäden an Weingärten. Weiz, rund 22 Kilometer nordöstlich der Stadt, sperrte zwei Straßen.", "rund 22 Kilometer", "Weiz", "Graz", 22.0, True),
    ("de", "GRAZ (APA) - Hagel hat am Montag die Steiermark getroffen. Leibnitz, rund 35 Kilometer südlich von Graz, meldete Schäden an Weingärten. Weiz, rund 8 Kilometer nordöstlich der Stadt, sperrte zwei Straßen.", "rund 8 Kilometer", "Weiz", "Graz", 8.0, False),
    # the sentence before measured its town from another town
    ("en", "DENVER (AP) - A spring storm dumped snow on Colorado's Front Range. Estes Park, some 35 km north-west of Boulder, closed its roads. Castle Rock, about 42 km south of the city, opened two shelters.", "about 42 km", "Castle Rock", "Denver", 42.0, True),
    ("en", "DENVER (AP) - A spring storm dumped snow on Colorado's Front Range. Estes Park, some 35 km north-west of Boulder, closed its roads. Castle Rock, about 20 km south of the city, opened two shelters.", "about 20 km", "Castle Rock", "Denver", 20.0, False),
    ("de", "HANNOVER (dpa) - Ein Sturm ist über Niedersachsen gezogen. Hameln, rund 45 Kilometer südwestlich von Hannover, meldete umgestürzte Bäume. Celle, rund 36 Kilometer nordöstlich der Stadt, sperrte den Schlosspark.", "rund 36 Kilometer", "Celle", "Hannover", 36.0, True),
    ("de", "HANNOVER (dpa) - Ein Sturm ist über Niedersachsen gezogen. Hameln, rund 45 Kilometer südwestlich von Hannover, meldete umgestürzte Bäume. Celle, rund 12 Kilometer nordöstlich der Stadt, sperrte den Schlosspark.", "rund 12 Kilometer", "Celle", "Hannover", 12.0, False),
]

# "The city itself", "Die Stadt selbst": the story's own city, the dateline's
CITY_ITSELF = [
    ("en", "NAIROBI, Kenya (AP) - Floods hit central Kenya on Monday. Thika, some 40 km north-east of Nairobi, lost power. Nakuru, the county capital, is about 160 km from Nairobi. The city itself, about 440 km from Mombasa, recorded 90 mm of rain.", "about 440 km", "Nairobi", "Mombasa", 440.0, True),
    ("en", "NAIROBI, Kenya (AP) - Floods hit central Kenya on Monday. Thika, some 40 km north-east of Nairobi, lost power. Nakuru, the county capital, is about 160 km from Nairobi. The city itself, about 150 km from Mombasa, recorded 90 mm of rain.", "about 150 km", "Nairobi", "Mombasa", 150.0, False),
    ("en", "LIMA, Peru (AP) - Heavy surf hit the coast. Huacho, about 120 km north of Lima, closed its port. The city itself, about 765 km from Arequipa, closed its beaches.", "about 765 km", "Lima", "Arequipa", 765.0, True),
    ("de", "MÜNCHEN (dpa) - Unwetter in Bayern. Augsburg, rund 60 Kilometer westlich von München, meldete Hagel. Die Stadt selbst, rund 32 Kilometer südlich von Freising, blieb verschont.", "rund 32 Kilometer", "Munich", "Freising", 32.0, True),
    ("de", "MÜNCHEN (dpa) - Unwetter in Bayern. Augsburg, rund 60 Kilometer westlich von München, meldete Hagel. Die Stadt selbst, rund 10 Kilometer südlich von Freising, blieb verschont.", "rund 10 Kilometer", "Munich", "Freising", 10.0, False),
    ("de", "ZÜRICH (sda) - Gewitter in der Nordschweiz. Winterthur, rund 20 Kilometer nordöstlich von Zürich, meldete Hagel. Die Stadt selbst, rund 80 Kilometer südlich von Schaffhausen, blieb verschont.", "rund 80 Kilometer", "Zürich", "Schaffhausen", 80.0, False),
]

# guards: the topic stays what the city noun means
TOPIC_STAYS = [
    # a topic of more than 100,000 inhabitants is a city
    ("en", "SYDNEY, Australia (AP) - Floods hit the Hunter on Monday. Newcastle, about 120 km north of Sydney, closed its port. Maitland, some 30 km north-west of the city, evacuated 2,000 people.", "some 30 km", "Maitland", "Newcastle", 30.0, True),
    # a town the sentence before spoke of without measuring it
    ("en", "PERTH, Australia (AP) - Storms hit the south-west on Monday. Bunbury was hardest hit. Busselton, about 45 km south-west of the city, lost power.", "about 45 km", "Busselton", "Bunbury", 45.0, True),
    ("de", "LINZ (APA) - Hochwasser hat Oberösterreich getroffen. Am schwersten getroffen wurde Bad Ischl. Gmunden, rund 27 Kilometer nördlich der Stadt, sperrte die Seestraße.", "rund 27 Kilometer", "Gmunden", "Bad Ischl", 27.0, True),
    # "the town" is the town just placed
    ("en", "DENVER (AP) - A spring storm dumped snow on Colorado's Front Range. Estes Park, some 35 km north-west of Boulder, closed its roads. Lyons, about 27 km east of the town, opened a shelter.", "about 27 km", "Lyons", "Estes Park", 27.0, True),
    # "The town itself" is the town just placed; with no dateline, "itself" changes nothing
    ("en", "PERTH (AP) - Fires burned in the south-west. Bunbury, some 150 km south of Perth, closed its schools. The town itself, about 45 km from Busselton, was spared.", "about 45 km", "Bunbury", "Busselton", 45.0, True),
    ("en", "Floods hit central Kenya on Monday. Nakuru, the county capital, is about 160 km from Nairobi. The city itself, about 575 km from Mombasa, recorded 90 mm of rain.", "about 575 km", "Nakuru", "Mombasa", 575.0, True),
    ("de", "Unwetter in Bayern. Augsburg, rund 60 Kilometer westlich von München, meldete Hagel. Die Stadt selbst, rund 63 Kilometer von Freising entfernt, blieb verschont.", "rund 63 Kilometer", "Augsburg", "Freising", 63.0, True),
]
# fmt: on


@pytest.mark.parametrize("table", [CITY_AFTER_A_PLACED_TOWN, CITY_ITSELF], ids=["placed", "itself"])
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


ROWS = CITY_AFTER_A_PLACED_TOWN + CITY_ITSELF + TOPIC_STAYS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[4]}-{r[6]}" for r in ROWS])
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))
