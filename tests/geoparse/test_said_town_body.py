"""A town a given name also is, right after a verb of saying and before its police, its
officials or its residents (``said Reno police``): the town whose body speaks, not a
speaker of that given name (session 20 round 2, issue 15; ``_mentions._town_body_after``,
``[town_body_words]`` of ``places_en.toml``). A given name alone after the verb stays
the speaker. Wording other than the corpus row that showed the class."""

from __future__ import annotations

import pytest

from geomap import analyze


def _read(text: str, mention: str) -> list[tuple[str, str | None]]:
    a = analyze(text, lang="en", events=False)
    return [(p.kind, p.country_code) for p in a.places if p.mention == mention]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The road will stay shut until Friday, said Denver officials.", "Denver", "US"),
        ("Two boats were missing, said Florence police.", "Florence", "IT"),
        ("The river kept rising overnight, said Darwin police.", "Darwin", "AU"),
        (
            "Water reached the first floors, said Houston police spokesman Tom Reyes.",
            "Houston",
            "US",
        ),
    ],
)
def test_a_town_before_its_police_after_said_is_the_town(text, mention, country):
    assert _read(text, mention) == [("city", country)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # guards: a given name alone, or before a comma, after the verb is the speaker
        ('"It is over," said Virginia.', "Virginia"),
        ('"We will rebuild," said Tyler, a farmer.', "Tyler"),
    ],
)
def test_a_given_name_alone_after_said_stays_the_speaker(text, mention):
    assert _read(text, mention) == []
