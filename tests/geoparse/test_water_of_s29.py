"""Issue 21, session 29: a lake's or river's bare name after a word that links a head to
its name (``name_links``: "of", "von"), ``_rank._bare_water_floor``.

"of" is one of English's place prepositions, so "The future of Ladoga ..." used to count
as a town's setting and handed the bare name to a village of it (Ladoga, Indiana;
Thames, New Zealand). A linking word names the thing the head is about, not where
something happens: the water keeps the name there as it does with no word before it.
A place preposition that sets a scene ("in", "near"), a town cue ("the mayor of") or a
state beside the name still give the village. The sentences are this file's own, none
from a probe; the water rows read the village before the change, the guards pass before
and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, the word, the kind it must be read as)
ROWS = (
    ("en", "The future of Ladoga was debated by scientists on Tuesday.", "Ladoga", "lake"),
    ("en", 'Pollution of Balaton worries hoteliers. "The water is green," one owner said.',
     "Balaton", "lake"),
    ("en", "The question of Onega also came up at the hearing.", "Onega", "lake"),
    ("en", "Protection of Thames was the topic of Monday's debate in Westminster.",
     "Thames", "river"),
    ("de", "Die Verschmutzung von Balaton beschäftigt Ungarns Hoteliers.", "Balaton", "lake"),
    # guards: a town cue, a state beside the name, a scene-setting preposition
    ("en", "The mayor of Thames said the water supply had been restored.", "Thames", "city"),
    ("en", "Residents of Lena, Illinois, were told to boil water on Monday.", "Lena", "city"),
    ("en", "Officials in Ladoga said the road was closed.", "Ladoga", "city"),
    ("de", "Der Bürgermeister von Thames sagte, das Wasser sei wieder trinkbar.", "Thames", "city"),
    ("de", "Die Polizei in Lena nahm zwei Männer fest.", "Lena", "city"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "kind"), ROWS)
def test_bare_water_after_a_linking_word(gaz, lang, text, word, kind) -> None:
    got = {p.mention: p.kind for p in name_places(text, lang, gaz)}
    assert got.get(word) == kind, got


def test_a_water_story_with_the_linking_word() -> None:
    """A news story, several sentences, the water after "of" in its lede."""
    from geomap.pipeline import analyze, default_gazetteer

    text = (
        "The shrinking of Ladoga has alarmed fishermen along its northern shore. "
        '"We have never seen the water this low," said one trawler captain on Tuesday. '
        "Scientists in St Petersburg blame two dry summers."
    )
    a = analyze(text, lang="en", gazetteer=default_gazetteer(), claims=False, events=False)
    got = {p.mention: p.kind for p in a.places}
    assert got.get("Ladoga") == "lake", got
