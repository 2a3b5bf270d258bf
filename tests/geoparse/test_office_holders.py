"""A name right before a word for what a person or an organisation holds or runs is the
holder's, not a town's (``[holder_words]`` in places_<lang>.toml; docs/geoparser.md,
"Office holders"): "the Bush administration", "the Clinton campaign", "a Harvard
graduate", "die Obama-Regierung". The sentences are our own, with surnames and
universities that small towns in the gazetteer bear; only towns give way, so a country,
a state or a big town before such a word stays the place whose government it is."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz, lang: str):
    return [(p.mention, p.name) for p in resolve_document(read_text(text, lang=lang), gaz)]


@pytest.mark.parametrize(
    ("lang", "text", "holder"),
    [
        ("en", "Officials of the Bush administration met reporters in Austin.", "Bush"),
        ("en", "The Reagan administration cut taxes, a Denver economist said.", "Reagan"),
        ("en", "The Obama presidency ended in January, the Denver paper wrote.", "Obama"),
        ("en", "A Harvard graduate opened a bakery in Portland.", "Harvard"),
        ("en", "Stanford researchers tested the vaccine in Nairobi.", "Stanford"),
        ("de", "Die Obama-Regierung beriet am Montag in Berlin.", "Obama"),
        ("de", "Die Bush-Administration lehnte das in Genf ab.", "Bush"),
    ],
)
def test_the_name_before_an_office_word_is_the_holder(gaz, lang, text, holder):
    assert holder not in [m for m, _ in _places(text, gaz, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "The Kenya government closed the border on Monday.", "Kenya"),
        ("en", "The Ohio administration sued the federal agency.", "Ohio"),
        ("en", "The Kiev government rejected the offer.", "Kyiv"),
        ("de", "Die Kiew-Regierung lehnte das Angebot ab.", "Kyiv"),
        ("en", "The campaign began in Clinton, Iowa, on Monday.", "Clinton"),
    ],
)
def test_a_country_state_or_big_town_before_such_a_word_stays(gaz, lang, text, place):
    assert place in [n for _, n in _places(text, gaz, lang)]
