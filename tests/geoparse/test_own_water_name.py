"""A name whose own last word is a sea word (``Hudson Bay``, ``North Sea``) is the water
body of that name before a small town named after it (session 20 round 2, issue 15;
``_rank._own_water_name``). A port as big as a small town bearing the name, and a town
whose container is named, keep the town. Wording other than the corpus row that showed
the class."""

from __future__ import annotations

import pytest

from geomap import analyze


def _read(text: str, lang: str, mention: str) -> list[tuple[str, str | None]]:
    a = analyze(text, lang=lang, events=False)
    return [(p.kind, p.country_code) for p in a.places if p.mention == mention]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind", "country"),
    [
        # the bay, not the prairie railway town of 1,500 named after it
        (
            "en",
            "Polar bears wait on the shore of Hudson Bay for the ice.",
            "Hudson Bay",
            "bay",
            "CA",
        ),
        ("en", "The ice on Hudson Bay broke up early.", "Hudson Bay", "bay", "CA"),
        ("de", "Das Eis auf der Hudson Bay schmolz früher als sonst.", "Hudson Bay", "bay", "CA"),
        ("en", "Oil rigs in the North Sea were evacuated.", "North Sea", "sea", None),
        # guards: the town with its province named, and ports of 5,000 people or more
        ("en", "He grew up in Hudson Bay, Saskatchewan.", "Hudson Bay", "city", "CA"),
        ("en", "A storm hit Montego Bay in Jamaica.", "Montego Bay", "city", "JM"),
        ("en", "Freighters wait off Thunder Bay.", "Thunder Bay", "city", "CA"),
        ("en", "Fans filled the stadium in Green Bay.", "Green Bay", "city", "US"),
    ],
)
def test_a_name_ending_in_a_sea_word_is_the_water(lang, text, mention, kind, country):
    assert _read(text, lang, mention) == [(kind, country)]
