"""The first word of a lede after its dateline opens the sentence (session 29, issue
21): "MUNICH - Police in Freising said ..." capitalises "Police" for its position alone,
as a sentence start does, so a frequent English word there is no small town (Police in
Poland) unless a cue says so. News copy under datelines of several countries, regions in
no held-out list; guards keep the towns that open a lede."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _names(gaz, text: str) -> list:
    return [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]


# (text, the lede's first word, which must be no place)
COMMON = [
    (
        "MUNICH, June 2 (Reuters) - Police in Freising said on Sunday that two men had been "
        "arrested after a brawl at a beer tent. 'Nobody was badly hurt,' a spokesman said.",
        "Police",
    ),
    (
        "ATHENS - Snow closed mountain roads across northern Greece on Tuesday, and schools in "
        "Kozani stayed shut. Forecasters expect more by the weekend.",
        "Snow",
    ),
    (
        "OSLO (AP) - Banks will stay open on Saturday to help customers hit by the outage, "
        "the finance ministry said.",
        "Banks",
    ),
    (
        "HANOI, March 9 (Reuters) - Gas prices rose for a third week, state media said, as "
        "traders in Haiphong reported queues at filling stations.",
        "Gas",
    ),
    (
        "CAIRO - Planes were grounded at the main airport for six hours on Thursday after a "
        "sandstorm swept across the capital, officials said.",
        "Planes",
    ),
    (
        "RABAT, Jan 4 (Reuters) - Salt prices doubled in markets around Fez after floods "
        "damaged the pans of the coast, traders said.",
        "Salt",
    ),
    (
        "TBILISI - Stone-throwing youths clashed with riot police outside parliament late on "
        "Monday. Dozens were detained.",
        "Stone",
    ),
    (
        "HELSINKI - Ash from a fire at a waste plant near Tampere fell on several suburbs on "
        "Friday, the rescue service said.",
        "Ash",
    ),
]


@pytest.mark.parametrize(("text", "word"), COMMON)
def test_lede_common_word_no_place(gaz, text, word):
    got = [p for p in _names(gaz, text) if p.mention == word]
    assert not got, [(p.mention, p.name, p.country_code) for p in got]


# guards: a town opening the lede stays, and so does the dateline's own place
GUARDS = [
    ("MUNICH - Gunzenhausen was hit by a storm on Monday, police said.", "Gunzenhausen", "DE"),
    ("NAIROBI - Thika residents fled rising water overnight.", "Thika", "KE"),
    ("ACCRA, May 2 (Reuters) - Kumasi traders closed their stalls on Monday.", "Kumasi", "GH"),
    ("HANOI - Haiphong port was shut on Friday as the typhoon neared.", "Haiphong", "VN"),
    ("MUNICH - Police in Freising said two men were arrested.", "MUNICH", "DE"),
]


@pytest.mark.parametrize(("text", "word", "cc"), GUARDS)
def test_lede_town_kept(gaz, text, word, cc):
    got = [p for p in _names(gaz, text) if p.mention == word]
    assert got and got[0].country_code == cc, [(p.mention, p.name) for p in got]
