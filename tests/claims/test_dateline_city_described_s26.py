# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 26, helper h26-claims2 (docs/claims.md, "Session 26: batch BQ"): the dateline's
town referred to after a sentence that measured from it, tested on sentences written for
this file (Western Australia, Tyrol, Victoria, Upper Bavaria, Kenya, Portugal, the Vienna
basin), none from a corpus article.

- ``... . <A> lost power. The town lies N km south of <D>. <B>, some M km to the north,
  ...``: the sentence before spoke of <A>, a town the lead did not name, by description and
  measured it from the dateline's town <D>; a bare direction after it is seen from <D>
  (before: from <A>). A described topic measured from another town (``The town, about N km
  north of <R>, ...``) still is where the text stands, and so is the story's site named in
  the lead (``shelled <A>. The <region> capital, N km east of <D>, ...``, tests in
  test_probe_round9.py).
- ``<A>, about N km south-west of the state capital, ... . <B>, about M km south-east of
  the city``, ``der Stadt``, ``from the city centre``: after a sentence measured from the
  dateline's city, a bare city noun (lexicon ``story_city_nouns``) means it, not the town
  just placed (before: that town). ``the port`` / ``the town`` keep meaning the place the
  text spoke of, and so does ``the city`` for a place across the border after that
  country's capital.
- ``In <A>, the "Queen of the Hills" some N km north of <B>``, ``die „Museumsstadt“ rund N
  Kilometer östlich von <B>``: a short capitalised quotation right after an article
  (lexicon ``quoted_name_articles``) is a nickname in the apposition; its marks no longer
  cut the subject off from the distance (before: no subject).

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
    "Perth": (-31.9523, 115.8613),
    "Bunbury": (-33.3271, 115.6414),
    "Geraldton": (-28.7774, 114.6150),
    "Innsbruck": (47.2692, 11.4041),
    "Landeck": (47.1397, 10.5669),
    "Kufstein": (47.5833, 12.1700),
    "Imst": (47.2394, 10.7381),
    "Nyeri": (-0.4197, 36.9476),
    "Karatina": (-0.4833, 37.1333),
    "Melbourne": (-37.8136, 144.9631),
    "Geelong": (-38.1499, 144.3617),
    "Frankston": (-38.1433, 145.1228),
    "Munich": (48.1372, 11.5755),
    "Augsburg": (48.3705, 10.8978),
    "Freising": (48.4029, 11.7488),
    "Lisbon": (38.7223, -9.1393),
    "Setúbal": (38.5244, -8.8882),
    "Sesimbra": (38.4445, -9.1015),
    "Bratislava": (48.1486, 17.1077),
    "Trnava": (48.3774, 17.5872),
    "Darjeeling": (27.0410, 88.2663),
    "Kolkata": (22.5726, 88.3639),
    "Évora": (38.5714, -7.9135),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
STILL_AT_DATELINE = [
    ("en", "PERTH, Australia (AP) - Storms hit the south-west on Monday. Winds of 110 km/h were measured on Rottnest Island. Roads were closed. Bunbury lost power. The town, the region's main port, lies about 155 km south of Perth. Geraldton, some 375 km to the north, closed its harbour.", "some 375 km", "Geraldton", "Perth", 375.0, True),
    ("en", "PERTH, Australia (AP) - Storms hit the south-west on Monday. Winds of 110 km/h were measured on Rottnest Island. Roads were closed. Bunbury lost power. The town, the region's main port, lies about 155 km south of Perth. Geraldton, some 650 km to the north, closed its harbour.", "some 650 km", "Geraldton", "Perth", 650.0, False),
    ("de", "INNSBRUCK (APA) - Unwetter haben Tirol getroffen. Die Feuerwehr rückte 400 Mal aus. Straßen wurden gesperrt. Auch Landeck meldete Schäden. Die Bezirksstadt liegt rund 65 Kilometer westlich von Innsbruck. Kufstein, rund 70 Kilometer nordöstlich, sperrte die Straßen.", "rund 70 Kilometer", "Kufstein", "Innsbruck", 70.0, True),
    ("de", "INNSBRUCK (APA) - Unwetter haben Tirol getroffen. Die Feuerwehr rückte 400 Mal aus. Straßen wurden gesperrt. Auch Landeck meldete Schäden. Die Bezirksstadt liegt rund 65 Kilometer westlich von Innsbruck. Kufstein, rund 130 Kilometer nordöstlich, sperrte die Straßen.", "rund 130 Kilometer", "Kufstein", "Innsbruck", 130.0, False),
]

CITY_NOUN_AFTER_DATELINE = [
    ("en", "MELBOURNE, Australia (AP) - Bushfires burned across Victoria on Monday. Geelong, about 55 km south-west of the state capital, closed its beaches. Frankston, about 40 km south-east of the city, opened a relief centre.", "about 40 km", "Frankston", "Melbourne", 40.0, True),
    ("en", "MELBOURNE, Australia (AP) - Bushfires burned across Victoria on Monday. Geelong, about 55 km south-west of the state capital, closed its beaches. Frankston, about 75 km south-east of the city, opened a relief centre.", "about 75 km", "Frankston", "Melbourne", 75.0, False),
    ("de", "MÜNCHEN (dpa) - Ein Sturm ist über Oberbayern gezogen. Augsburg, rund 55 Kilometer westlich der Landeshauptstadt, sperrte seine Parks. In Freising, rund 30 Kilometer nördlich der Stadt, fielen Bäume auf die Gleise.", "rund 30 Kilometer", "Freising", "Munich", 30.0, True),
    ("de", "MÜNCHEN (dpa) - Ein Sturm ist über Oberbayern gezogen. Augsburg, rund 55 Kilometer westlich der Landeshauptstadt, sperrte seine Parks. In Freising, rund 60 Kilometer nördlich der Stadt, fielen Bäume auf die Gleise.", "rund 60 Kilometer", "Freising", "Munich", 60.0, False),
]

# a short quoted name after an article is a nickname in an apposition, not speech
NICKNAME = [
    ("en", "KOLKATA, India (Reuters) - Storms hit West Bengal on Monday. In Darjeeling, the \"Queen of the Hills\" some 500 km north of Kolkata, landslides blocked the roads.", "some 500 km", "Darjeeling", "Kolkata", 500.0, True),
    ("en", "KOLKATA, India (Reuters) - Storms hit West Bengal on Monday. In Darjeeling, the \"Queen of the Hills\" some 900 km north of Kolkata, landslides blocked the roads.", "some 900 km", "Darjeeling", "Kolkata", 900.0, False),
    ("de", "MADRID (dpa) - Hitze in Portugal und Spanien. In Évora, die „Museumsstadt“ rund 110 Kilometer östlich von Lissabon, stiegen die Werte auf 45 Grad.", "rund 110 Kilometer", "Évora", "Lisbon", 110.0, True),
    ("de", "MADRID (dpa) - Hitze in Portugal und Spanien. In Évora, die „Museumsstadt“ rund 190 Kilometer östlich von Lissabon, stiegen die Werte auf 45 Grad.", "rund 190 Kilometer", "Évora", "Lisbon", 190.0, False),
]

# guards: the topic stays where the text stood
TOPIC_STAYS = [
    # the story's site, named in the lead and described after, stays the topic
    ("de", "INNSBRUCK (APA) - Ein Murgang hat Landeck getroffen. Die Bezirksstadt liegt rund 65 Kilometer westlich von Innsbruck. Imst, rund 17 Kilometer nordöstlich, schickte Helfer.", "rund 17 Kilometer", "Imst", "Landeck", 17.0, True),
    # a described topic measured from a town that is not the dateline's
    ("en", "MOMBASA, Kenya (AP) - Rain hit central Kenya on Monday. Nyeri was flooded. The town, about 150 km north of Nairobi, lost power. Karatina, some 22 km to the east, closed its market.", "some 22 km", "Karatina", "Nyeri", 22.0, True),
    # "the port" is the place the text just called a port
    ("en", "LISBON, Portugal (AP) - Storms hit the coast on Monday. Setúbal, the southern port, lies about 35 km south-east of the capital. Sesimbra, some 20 km west of the port, closed its beach.", "some 20 km", "Sesimbra", "Setúbal", 20.0, True),
    # a place across the border: the city is that country's capital the text spoke of
    ("en", "VIENNA, Austria (AP) - Floods hit the Danube basin on Monday. Bratislava, the Slovak capital, lies about 55 km east of Vienna. Trnava, some 45 km north-east of the city, opened shelters.", "some 45 km", "Trnava", "Bratislava", 45.0, True),
]
# fmt: on


@pytest.mark.parametrize(
    "table",
    [STILL_AT_DATELINE, CITY_NOUN_AFTER_DATELINE, NICKNAME],
    ids=["still-at", "city-noun", "nickname"],
)
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


ROWS = STILL_AT_DATELINE + CITY_NOUN_AFTER_DATELINE + NICKNAME + TOPIC_STAYS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[6]}" for r in ROWS])
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))
