"""A name after a verb of saying is the speaker only where it ends the clause ("..., said
Dallas Roberts."); a place name of two or more words, opening with no given name, with the
reported clause's verb after it, is what was said (docs/geoparser.md, twelfth session). No
sentence of any corpus is here."""

from __future__ import annotations

import pytest

from geomap import analyze


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Officials in Tijuana said Baja California would get aid.", "Baja California", "admin1"),
        ("The governor said Nuevo Leon was dry this summer.", "Nuevo Leon", "admin1"),
        ("Officials said New South Wales would get more funds.", "New South Wales", "admin1"),
        ("The mayor said Port Harcourt was calm on Monday.", "Port Harcourt", "city"),
    ],
)
def test_a_place_after_said_with_its_verb_is_what_was_said(text, mention, kind):
    a = analyze(text, lang="en", events=False)
    assert [(p.mention, p.kind) for p in a.places if p.mention == mention] == [(mention, kind)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police said John Smith was injured in the crash.", {"John", "Smith", "John Smith"}),
        ("Officer Lee Brown said Graham was arrested on Sunday.", {"Graham"}),
        ('"We are ready," said Dallas Roberts.', {"Dallas", "Dallas Roberts"}),
    ],
)
def test_people_after_said_stay_people(text, names):
    a = analyze(text, lang="en", events=False)
    assert not {p.mention for p in a.places} & names, [(p.mention, p.id) for p in a.places]
