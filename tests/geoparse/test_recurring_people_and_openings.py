"""Issue 21, session 11 (round 2): the classes the ``probes2`` lists of
``benchmarks/places_v2.py`` showed, in sentences of this file's own: a name the article
first writes as a person's and then alone, where a country, a region or a capital bears
it; a German word opening a sentence or a headline right before a plural verb (a
nominalised adjective no noun lexicon holds); a nominalised adjective after an
indefinite pronoun ("nichts Neues"). The controls keep the places where the text makes
them places.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _names(text: str, gaz, lang: str) -> tuple[str, ...]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return tuple(text[p.start : p.end] for p in ps if p.role == "name")


#: (language, text, the places a reader finds in it, in order)
RECURRING = (
    ("en", "Kenya Moore toured Nairobi last week. Kenya told reporters the trip was long.",
     ("Nairobi",)),
    ("en", "Midfielder Israel Adesanya joined the club from Auckland. Israel has played "
     "twice.", ("Auckland",)),
    # a known limit until session 13: a capital's name before a town's name is a
    # person's (English writes a container after its town), so the bare recurrence
    # has a person to follow
    ("en", "Paris Jackson performed in Glasgow on Friday. Paris thanked the crowd.",
     ("Glasgow",)),
    ("de", "Die Läuferin Sofia Novak aus Graz siegte am Samstag. Danach sagte Sofia, sie "
     "sei müde.", ("Graz",)),
    ("de", "Chad Becker (29) aus Bremen ist neuer Kapitän. Chad will den Aufstieg.",
     ("Bremen",)),
)  # fmt: skip
#: the article also writes the name as a place: its bare mentions stay places
RECURRING_CONTROLS = (
    ("en", "Peter Jordan flew to Amman on Monday. In Jordan, he met the king.",
     ("Amman", "Jordan")),
    ("de", "Die Sängerin Victoria Müller trat in Wien auf. Nun reist sie nach Victoria.",
     ("Wien", "Victoria")),
    ("en", "Kenya Moore landed in Kenya on Monday. Kenya has hosted her twice.",
     ("Kenya", "Kenya")),
)  # fmt: skip
OPENINGS = (
    ("de", "Treuen bleiben die Fans auch in der zweiten Liga.", ()),
    ("de", "Wilden waren die Szenen nach dem Schlusspfiff in Rostock.", ("Rostock",)),
    ("de", "Es gab nichts Naives an dem Plan, sagte der Bürgermeister von Jena.", ("Jena",)),
    ("de", "Allerlei Buntes bot der Markt in Erfurt.", ("Erfurt",)),
)
OPENING_CONTROLS = (
    ("de", "Enger bleibt eine kleine Stadt im Kreis Herford.", ("Enger", "Herford")),
    ("de", "Frechen, Hürth und Brühl sind Nachbarn.", ("Frechen", "Hürth", "Brühl")),
    ("de", "Wohlen hat nichts Neues gemeldet.", ("Wohlen",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), RECURRING + RECURRING_CONTROLS)
def test_a_name_first_written_as_a_persons_stays_the_person(gaz, lang, text, places):
    assert _names(text, gaz, lang) == places


@pytest.mark.parametrize(("lang", "text", "places"), OPENINGS + OPENING_CONTROLS)
def test_a_plural_word_opening_before_a_plural_verb_is_no_town(gaz, lang, text, places):
    assert _names(text, gaz, lang) == places
