"""A name opening its sentence before an apposition that opens with a distance is a
town's (session 19 round 2, issues 15, 20, 21): ``_rank._distance_apposed`` ranks a
country or a first-level region of the name below the towns bearing it. Places other
than the corpus rows that showed the class."""

from __future__ import annotations

import pytest

from geomap import analyze


@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "country"),
    [
        (
            "en",
            "Floods hit Colombia on Friday. Rescuers reached Ibague. "
            "Armenia, about 80 km west of Ibague, was cut off.",
            "Armenia",
            "city",
            "CO",
        ),
        (
            "de",
            "Überschwemmungen trafen am Freitag Kolumbien. Die Retter erreichten Ibagué. "
            "Armenia, rund 80 Kilometer westlich von Ibagué, war abgeschnitten.",
            "Armenia",
            "city",
            "CO",
        ),
        # guards: a town of the story's state; a state named in a sentence of its own
        (
            "en",
            "Storms hit Ohio on Monday. Delaware, less than 50 km north of Columbus, lost power.",
            "Delaware",
            "city",
            "US",
        ),
        ("en", "Storms hit Ohio on Monday. Indiana was spared.", "Indiana", "admin1", "US"),
    ],
)
def test_a_name_before_a_distance_is_a_town(lang, text, mention, kind, country):
    a = analyze(text, lang=lang, events=False)
    got = [(p.kind, p.country_code) for p in a.places if p.mention == mention]
    assert got == [(kind, country)], [(p.mention, p.name) for p in a.places]
