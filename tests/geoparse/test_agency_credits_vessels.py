"""Issue 21, session 12: agency lines before a dateline, photo credits, vessels named like
places, German nouns in verbless lines (docs/geoparser.md, "Agency lines, credits,
vessels and verbless lines"). Sentences of our own, in other places and wordings than
``benchmarks/places_v2.py --sets probes3``; each names the places a reader finds in it,
and controls keep the places the rules must not take.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze
from geomap.text import read_text


def _names(text: str, gaz, lang: str) -> tuple[str, ...]:
    a = analyze(text, lang=lang, gazetteer=gaz, claims=False, events=False)
    return tuple(p.mention for p in a.places if p.role == "name")


#: (lang, text, the places read, in order)
AGENCY_LINES = (
    (
        "en",
        "Associated Press\nNAIROBI, Kenya (AP) — Police fired tear gas at protesters on "
        "Tuesday. Nairobi has seen weeks of unrest.",
        ("NAIROBI", "Kenya", "Nairobi"),
    ),
    (
        "en",
        "Associated Press HANOI, Vietnam (AP) — Floods closed schools on Monday. Hanoi "
        "expects more rain.",
        ("HANOI", "Vietnam", "Hanoi"),
    ),
    (
        "en",
        "The Associated Press\nSEOUL, South Korea (AP) — North Korea fired a missile on Friday.",
        ("SEOUL", "South Korea", "North Korea"),
    ),
    (
        "en",
        "By Maria Cheng | Reuters QUITO — Ecuador declared a state of emergency on Monday.",
        ("QUITO", "Ecuador"),
    ),
    (
        "en",
        "By Florence Austin\nAssociated Press\nMANILA, Philippines (AP) — A typhoon hit the "
        "north on Sunday.",
        ("MANILA", "Philippines"),
    ),
    (
        "de",
        "Von Adelaide Weber, dpa WIEN — Die Regierung hat am Montag neue Regeln "
        "beschlossen. Wien will sie im Mai einführen.",
        ("WIEN", "Wien"),
    ),
    (
        "de",
        "Von Victoria Lang und Jordan Roth, dpa\nOSLO (dpa) - Norwegen erhöht die Ölförderung.",
        ("OSLO", "Norwegen"),
    ),
    # controls: a plural abbreviated title still names people, a title is no agency line
    ("en", "Sens. Warren and Markey spoke in Boston on Monday.", ("Boston",)),
    (
        "en",
        "Press freedom in Turkey\nANKARA (Reuters) - Journalists protested on Monday.",
        ("Turkey", "ANKARA"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "places"), AGENCY_LINES)
def test_an_agency_line_before_a_dateline_names_nobody(gaz, lang, text, places):
    """The agency's words and the byline are no part of the dateline, the dateline is
    no person's name after them, and the place stays a place where the body repeats
    it."""
    assert _names(text, gaz, lang) == places


@pytest.mark.parametrize(
    ("text", "dateline", "byline", "agency"),
    [
        ("Associated Press DENVER (AP) — Snow fell.", "DENVER", (), "AP"),
        ("By Jane Roe | Reuters LAGOS — Rates rose.", "LAGOS", ("Jane Roe",), "Reuters"),
        ("Von Anna Berger, dpa BERLIN — Es regnete.", "BERLIN", ("Anna Berger",), "dpa"),
        ("By Jane Roe, The Associated Press MIAMI — Heat.", "MIAMI", ("Jane Roe",), None),
        ("Reuters staff\nLONDON (Reuters) - Rain.", "LONDON", (), "Reuters"),
        ("Von Anna Berger, dpa\nHAMBURG - Es regnete.", "HAMBURG", ("Anna Berger",), "dpa"),
    ],
)
def test_the_header_reads_an_agency_line_run_into_the_dateline(text, dateline, byline, agency):
    h = read_text(text).header
    assert h.dateline == dateline
    assert h.byline == byline
    if agency is not None:
        assert h.agency == agency
    assert text[h.dateline_start : h.dateline_end] == dateline
    assert h.body_start <= h.dateline_start


#: (lang, text, the places read)
CREDITS = (
    ("de", "Hochwasser in Passau am Montag. Foto: Carolina Roma/dpa", ("Passau",)),
    ("de", "Der Dom in Speyer. (Bild: Victoria Brandon) Die Sanierung dauert.", ("Speyer",)),
    ("de", "Foto: dpa/Adelaide Preston\nDer Hafen von Rostock am Morgen.", ("Rostock",)),
    ("en", "Firefighters in Tucson on Monday. Photo: Austin Houston/AFP", ("Tucson",)),
    ("en", "Voters queued in Accra. Photograph: Regina Murphy/Reuters", ("Accra",)),
    ("en", "A market in Cusco. Photo by Florence Lima", ("Cusco",)),
    ("en", "Rescue teams in Izmir. © Chelsea Kingston/Getty Images", ("Izmir",)),
    # controls: a caption goes on in lower case, a place's name of two words is one
    ("de", "Foto: Paris bei Nacht", ("Paris",)),
    ("en", "Photo: New York at night", ("New York",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), CREDITS)
def test_a_photo_credit_names_a_person(gaz, lang, text, places):
    assert _names(text, gaz, lang) == places


#: (lang, text, the places read)
VESSELS = (
    ("en", "The cruise ship Victoria docked in Bergen on Monday.", ("Bergen",)),
    ("de", "Die Fähre Estonia sank 1994 auf dem Weg nach Stockholm.", ("Stockholm",)),
    ("en", "Crew members aboard the tanker Sofia were rescued off Malta.", ("Malta",)),
    ("de", "Auf dem Frachter Valencia brach am Montag vor Genua ein Feuer aus.", ("Genua",)),
    ("de", "Die russische Fregatte Sachsen lief am Montag in Kiel ein.", ("Kiel",)),
    ("en", "The ferry San Juan ran aground near Cebu.", ("Cebu",)),
    ("en", "Hurricane Florence flooded parts of North Carolina.", ("North Carolina",)),
    # controls: an inverted clause's object, a relative clause's subject, a direction
    ("de", "Am Abend erreichte das Schiff Lampedusa.", ("Lampedusa",)),
    ("en", "The tanker Iran seized last week was released.", ("Iran",)),
    ("de", "Das Schiff Richtung Kreta kenterte.", ("Kreta",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), VESSELS)
def test_a_vessel_or_storm_in_apposition_is_no_place(gaz, lang, text, places):
    """Right after the word for its kind, where no clause makes it another verb's
    object or subject, a name is the vessel's or the storm's whatever place bears it."""
    assert _names(text, gaz, lang) == places


#: German verbless lines: a rarer noun that villages bear, after the word opening the
#: line (no noun lexicon alone makes it a noun: many such forms name villages)
VERBLESS = (
    ("Erneut Güster gefangen: Angler zufrieden", ()),
    ("Karneval: Wieder Dreispitz gefragt", ()),
    ("Im Zoo: Bald Fossa zu sehen", ()),
    ("Sturm: Auch Röcken betroffen", ()),
    # controls: a place preposition, a preposition's phrase, a list, a common noun
    ("Auch in Güster gab es Schäden.", ("Güster",)),
    ("Heute Regen in Linden?", ("Linden",)),
    ("Gegen Heringen verlor der Club am Sonntag.", ("Heringen",)),
    ("Auch Kuhlen und Lenzen betroffen", ("Kuhlen", "Lenzen")),
)


@pytest.mark.parametrize(("text", "places"), VERBLESS)
def test_a_noun_in_a_verbless_line_is_no_village(gaz, text, places):
    assert _names(text, gaz, "de") == places
