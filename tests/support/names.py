"""What the name tables of ``tests/geoparse`` ask of a sentence: the places the geoparser
reads in it as names, and which of them lie on a person's words. One copy, shared by the
tables of people, particles and East Asian names, so they all look at a sentence the same
way."""

from __future__ import annotations

import re

from geomap.geoparse import resolve_document
from geomap.text import read_text


def name_places(text: str, lang: str, gaz) -> list:
    """The places of ``text`` read as names (not derived forms or references)."""
    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


def places_on_words(places: list, text: str, words: list[str]) -> list[str]:
    """The mentions among ``places`` that overlap any whole-word occurrence of ``words``."""
    spans = [m.span() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    return [p.mention for p in places if any(p.start < e and b < p.end for b, e in spans)]


def name_mentions(text: str, lang: str, gaz) -> list[str]:
    """The words of ``text`` read as place names (:func:`name_places` as the text shows
    them): what a table of words that must not be places, and of places that must stay,
    compares against."""
    return [text[p.start : p.end] for p in name_places(text, lang, gaz)]
