"""What the name tables of ``tests/geoparse`` ask of a sentence: the places the geoparser
reads in it as names, and which of them lie on a person's words. One copy, shared by the
tables of people, particles and East Asian names, so they all look at a sentence the same
way."""

from __future__ import annotations

import re
from pathlib import Path

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


def adjectives(text: str, gaz) -> list:
    """The places of German ``text`` read from a town's or a country's adjective: what the
    town adjective tables check."""
    return [p for p in resolve_document(read_text(text, lang="de"), gaz) if p.role == "adjective"]


def plural_village_nouns(gaz, every: int, offset: int) -> list[str]:
    """Every ``every``-th form from ``offset`` of the German plural nouns
    (``geomap/lexicons/nouns_de_plural.csv``) that the gazetteer knows only as small towns
    (under 50,000): the words a bare plural rule must read as nouns. Each session's table
    takes other forms (another ``offset``) so that its rule is tried on words it was not
    written for."""
    out = _read_only_as(
        gaz,
        _lexicon_column("nouns_de_plural.csv"),
        lambda w, c: c.kind == "city" and (c.population or 0) < 50_000,
    )
    assert len(out) > 300
    return out[offset::every]


def rare_village_nouns(gaz, every: int, offset: int) -> list[str]:
    """Every ``every``-th form from ``offset`` of the rarer German noun forms
    (``geomap/lexicons/nouns_de_rare.csv``, four letters or more) that the gazetteer
    knows only as towns under 50,000: words that are no evidence alone, which a rule of
    grammar around them must read as nouns (session 27)."""
    forms = [w for w in _lexicon_column("nouns_de_rare.csv") if len(w) >= 4 and w.isalpha()]
    out = _read_only_as(gaz, forms, lambda w, c: c.kind == "city" and (c.population or 0) < 50_000)
    assert len(out) > 300
    return out[offset::every]


def _read_only_as(gaz, words: list[str], reading) -> list[str]:
    """The ``words`` that the gazetteer holds (in German) and whose every reading ``c``
    passes ``reading(word, c)``, in their order."""
    found = gaz.lookup_many(words, lang="de", limit=15)
    return [w for w in words if found[w] and all(reading(w, c) for c in found[w])]


def _lexicon_column(name: str) -> list[str]:
    """The entries of a one-column lexicon file of ``geomap/lexicons`` (after its
    header comments and the column name)."""
    path = Path(__file__).resolve().parents[2] / "geomap" / "lexicons" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")][1:]


def other_name_village_nouns(gaz, every: int, offset: int) -> list[str]:
    """Every ``every``-th form from ``offset`` of the frequent German nouns
    (``geomap/lexicons/nouns_de.csv``, four letters or more) that the gazetteer knows
    only as towns under 50,000 that bear the form as another name, neither their own
    nor one a source tags German ("Kerle" for Körle): a noun that no town's own people
    write as its name."""
    from geomap.geoparse._context import name_key

    forms = [w for w in _lexicon_column("nouns_de.csv") if len(w) >= 4 and w.isalpha()]
    out = _read_only_as(
        gaz,
        forms,
        lambda w, c: (
            c.kind == "city"
            and (c.population or 0) < 50_000
            and name_key(w) not in (name_key(c.name), name_key(c.name.split(" (", 1)[0]))
            and "de" not in c.matched_langs
        ),
    )
    assert len(out) > 150
    return out[offset::every]


def given_names_towns_bear(gaz, every: int, offset: int) -> list[str]:
    """Every ``every``-th given name from ``offset`` of ``first_names.csv`` (five letters
    or more, not a German noun) that is the own name of a town under 100,000 and no
    country's, region's or bigger town's: a person's given name a town bears."""
    nouns = set(_lexicon_column("nouns_de.csv")) | set(_lexicon_column("nouns_de_rare.csv"))
    names = [w for w in _lexicon_column("first_names.csv") if len(w) >= 5 and w.isalpha()]
    names = [w for w in names if w not in nouns and w[0].isupper()]
    towns = _read_only_as(
        gaz, names, lambda w, c: c.kind == "city" and (c.population or 0) < 100_000
    )
    found = gaz.lookup_many(towns, lang="de", limit=15)
    out = [w for w in towns if any(c.name == w for c in found[w])]
    assert len(out) > 300
    return out[offset::every]


def own_place(places: list, text: str, place: str) -> bool:
    """A resolved place of ``places`` starts at ``place`` in ``text``, found as a whole
    word at its last occurrence ("in Ulm" after "Ulmen"): the sentence's own place of a
    name table's row."""
    i = max(m.start() for m in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", text))
    return any(p.start == i and p.resolved for p in places)


def misread(gaz, lang: str, text: str, words: list[str], place: str) -> str | None:
    """What is wrong with ``text``: a place on ``words``, or its own place (if any) lost;
    None when it is read right."""
    found = name_places(text, lang, gaz)
    wrong = places_on_words(found, text, words)
    if wrong:
        return f"{text!r}: {wrong}"
    if place and not own_place(found, text, place):
        return f"{text!r}: own place {place!r} lost ({[p.mention for p in found]})"
    return None


def misreads(gaz, frames, rows) -> list[str]:
    """The misread German sentences of every ``(frame, own place)`` filled with every row
    (a dict of slots whose values are the words that must not be places)."""
    out = []
    for frame, place in frames:
        for row in rows:
            text = frame.format(**row)
            got = misread(gaz, "de", text, list(row.values()), place)
            if got:
                out.append(got)
    return out
