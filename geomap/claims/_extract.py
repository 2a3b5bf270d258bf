"""Distance claims: which stated distance links which two places.

For every distance quantity in a sentence (``geomap.claims._quantities``) we decide the *form* of
the claim and pick its two ends from the geoparser's places, reading the sentence's structure
(clauses and noun phrases from :func:`geomap.text.parse_sentence`) and the words of the
lexicon (``geomap/lexicons/claims_<lang>.toml``):

- ``point``/``border``/``coast``: ``X liegt N km [Richtung] von Y`` / ``X is N km north of
  Y``. The reference is the first place after the quantity reached through marker words,
  else a descriptive phrase there (``south of the Kenyan capital``), else a from-phrase
  before the number (``X liegt von Y N km entfernt``), else the subject's country's coast
  (``from the coast``), else, for a bare direction, the dateline's place.
- subject: a relative clause right after the previous claim continues its reference; a
  coordinated second distance keeps the previous subject; a place of the distance's own
  clause; else the clause walk (an apposed distance describes the place ending the clause
  before it, a clause opening with its verb has the subject opening the clause chain, a
  descriptive phrase stands for a place named before it); else a pronoun's place.
- ``pair``: ``X und Y liegen N km voneinander entfernt``, ``zwischen X und Y`` (same clause).
- ``route``: ``Von X aus sind es N km bis nach Y``, ``from X to Y``, ``the 300-km drive from X
  to Y``, ``die 400 Kilometer lange Strecke zwischen X und Y``.
- ``range``: a range word in the distance's clause (``flog N km weit``, ``Reichweite``):
  subject is the launch origin; a named landing place makes it a point claim to there.
- ``ins 60 Kilometer entfernte München``: München is the subject, the other end the place
  the text was just at.

Each end carries its evidence (``model.Evidence``: the words and how they were read).
Lengths (``ein 5 km langer Konvoi``), heights, speeds and areas never become claims; neither
does a distance with no place at either end, nor a point distance with no reference that is
not ``away``/``entfernt`` (``clock up 26 miles``). Rules in detail: docs/claims.md.
"""

from __future__ import annotations

import itertools
import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from geomap.claims._context import (
    _FEW_WORDS,
    _QUOTES,
    _behind_preposition,
    _clause_start_after_colon,
    _first_town_of_sentence_before,
    _foreign_bureau,
    _from_opener,
    _fronted_there,
    _here_before,
    _in_dateline,
    _is_setting,
    _lead_place,
    _line_before,
    _measured_from_dateline,
    _on_graticule,
    _opens_story,
    _place_in,
    _point_before,
    _point_before_in_sentence,
    _possessive_direction,
    _speakers_place,
    _story_point,
    _story_start,
    _tail_place,
    _there_place,
    _topic_before_dateline_subject,
    _where_it_lies,
)
from geomap.claims._described import (
    _LEAD_SENTENCES,
    _bare_coast,
    _capital,
    _capital_before_whose,
    _coast_place,
    _described_before,
    _described_journey_start,
    _described_start,
    _descriptive_kinds,
    _descriptive_opener,
    _echoed_site,
    _epicentre_town,
    _feature_named_before,
    _fronted_seat_region,
    _here_place,
    _introduced_unknown,
    _island_of_chain_head,
    _name_like,
    _namesake_capital,
    _namesake_seat,
    _onward_origin,
    _own_coast,
    _owned_feature_subject,
    _region_modifier,
    _regional_capital,
    _resolve_phrase,
    _route_to_phrase,
    _shore_of,
    _speaker_place,
    _unknown_place,
    _way_apposition_reference,
    _whose_region_seat,
)
from geomap.claims._lexicon import (
    _Syntax,
    _syntax,
)
from geomap.claims._quantities import (
    NUMBERED_PARALLEL_ID,
    Quantity,
    common_nouns,
    find_direction,
    find_quantities,
    gapped_quantity,
    lexicon,
    list_items,
    phrase_pattern,
)
from geomap.claims._ranges import (
    _FRONTED_WORDS,
    _direction_past_terrain,
    _flown_to,
    _fronted_direction,
    _is_range,
    _landing_before,
    _landing_by_verb,
    _landing_place,
    _range_origin,
    _reach_ends,
    _setting_after_direction,
)
from geomap.claims._routes import (
    _BETWEEN_WINDOW,
    _ONWARD_BEFORE_CHARS,
    _SET_OFF_GAP,
    _along_a_way,
    _along_fronted,
    _along_in_clause,
    _along_next,
    _along_right_after,
    _along_route,
    _free_relative_route,
    _halfway_aside,
    _halfway_ends,
    _hyphen_route,
    _journey_ends,
    _length_of_route,
    _onward_leg,
    _part_of_route,
    _relative_length,
    _road_toward,
    _route_apposition,
    _route_ends,
    _route_lead,
    _route_length_lead,
    _route_marks,
    _route_noun_after,
    _route_noun_before,
    _route_noun_next,
    _route_of,
    _section_noun_after,
    _straight_line_said,
    _stretch_lead,
    _travelled_leg,
    _way_apposition,
    _way_end,
)
from geomap.claims._sentence import (
    _CLAUSE_PUNCT,
    _GAZ,
    _MAX_PLACES_BACK,
    _REF_GAP_CHARS,
    _REGION_KINDS,
    _apposed_description,
    _blank_adjectives,
    _Built,
    _clause_ends,
    _cut_apposition,
    _dateline_place,
    _ends_clause,
    _first_phrase,
    _gap_ok,
    _head_of,
    _in_sentence,
    _is_agent,
    _is_area,
    _is_point,
    _lang,
    _next_word,
    _opens_clause,
    _phrase_after,
    _phrase_right_at,
    _Places,
    _preceded_by,
    _previous_places,
    _relative_after,
    _SentencePlaces,
    _skip_conversion,
    _Structures,
    _unit_as_town,
    _Why,
    _with_direction,
    _word_start,
    place_ref,
)
from geomap.lexicons import (
    language_profile,
)
from geomap.model import (
    Claim,
    Document,
    Evidence,
    EvidenceHow,
    Place,
    Sentence,
    Stated,
    kind_info,
    kinds_where,
)
from geomap.text import Clause, NounPhrase, SentenceStructure, Token

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI

__all__ = [
    "ClaimsLimitWarning",
    "MAX_QUANTITIES_CHECKED",
    "extract_claims",
]


_PAIR_MARKER_CHARS = 48  # "N km voneinander entfernt", "N km apart"


#: Numbers with a distance unit read per article (in sentences that have places to
#: measure between); later ones are not checked and :class:`ClaimsLimitWarning` says so.
#: A real article has a handful (the most in the dev corpus, LGL and GeoWebNews: 5); a text
#: with thousands is a table or a dump, and checking each would cost seconds.
#: docs/hardening.md, "Linear time".
MAX_QUANTITIES_CHECKED = 1_000


class ClaimsLimitWarning(UserWarning):
    """An article had more distances than :data:`MAX_QUANTITIES_CHECKED`: the rest
    were not checked."""


_FRONTED_GAP_WORDS = 6  # "Rund 280 km weiter nördlich meldete die estnische Hauptstadt X"


# A pronoun subject ("es liegt", "it is") is looked for this far back in the quantity's
# clause; a clause of news text is a few dozen words, and an unbounded look-back made a
# sentence of thousands of distances quadratic.
_PRONOUN_WINDOW_CHARS = 400


# The structural walk for a subject: at most this many clauses back, and this many words
# into a clause (a subject is a clause or two away, after a few function words).
_MAX_CLAUSES_BACK = 8


#: characters between a dateline and the hyphen after it ("NAIROBI (geomap) - ")
_DATELINE_GAP = 24


#: characters between a distance and a possessive place whose side it names ("to <Y>'s north")
_POSSESSIVE_GAP = 12


# An insertion (apposition, parenthesis) opens right after a place and closes before the
# quantity: "Charkiw, die zweitgrößte Stadt der Ukraine, liegt", "Kharkiv (Ukraine) is".
_OPEN_INSERT = re.compile(r"\s{0,2}[,(–—]\s{0,2}[^,()–—]{0,60}$")


_CLOSE_INSERT = re.compile(r"^[^,()–—]{0,60}[,)–—]")


# German verb-final clause, then the distance as an apposition to the place:
# "... in Komsomolsk am Amur besichtigen, knapp 280 Kilometer nordöstlich von ..."
_VERB_COMMA = re.compile(r"(?:\s{1,3}[^\W\d_]{1,30}){1,2}\s{0,2},\s{0,2}")


_SUBJECT_COMMA = re.compile(r"\s{0,2}[,(–—]\s{0,2}[^,;:()\[\]\"“”„.!?]{0,40}")


#: a unit a comma sets after a town to say where it lies (``<B>, Alaska``, ``<B>, Kent``):
#: the model's administrative units (a stage keeps no kind set of its own)
_UNIT_KINDS = kinds_where("admin_unit")


# the same without the comma (an apposition set off by commas stays in its sentence part)
_CLAUSE_PUNCT_NOT_COMMA = re.compile(r"[;:!?()\[\]\"“”„«»]|(?<!\d)\.(?!\d)")


_LOCATIVE_GAP_CHARS = 40  # "Mendoza auf der anderen Seite der Anden": a short phrase


#: how far before a distance its gloss opener may start (", or about": the qualifier is
#: part of the quantity)
_GLOSS_CHARS = 24


#: the comma that closes a distance glossing a travel time
_GLOSS_CLOSE = re.compile(r"[\s\u00a0]{0,2},[\s\u00a0]{1,3}")


#: a partial quotation: an opening mark after a word and a space, a lower-case letter or a
#: digit after it (``Trondheim "only 200 km from Bergen", minister claims``, ``X is "more
#: than 900 km from Y"``, ``X liegt „nur 70 Kilometer“ von Y entfernt``), closed within the
#: sentence's next 200 characters with no other mark, no sentence end and no line break
_PARTIAL_QUOTE = re.compile(r"(?<=[\w.,%] )[\"“„«»](?=[^\W_])[^\"“”„«».!?\n]{1,200}[\"“”«»]")


#: the longest quoted name an article may introduce (``the "Garden City"``)
_QUOTED_NAME_CHARS = 40


def _unquote_partial(text: str, lang: str | None = None) -> str:
    """``text`` with the marks of partial quotations blanked (same length, so every offset
    holds). A quoted fragment inside a clause is part of that clause: its marks are no
    clause boundary between the subject before them and the distance inside (a quoted
    speech that opens a sentence or follows a comma or a colon keeps its marks, so the
    speaker's clause is still found). A short capitalised fragment right after an article
    of ``lang`` (lexicon ``quoted_name_articles``: ``the "Garden City"``, ``die „Weiße
    Stadt“``) is a nickname, not speech, and loses its marks too (session 26).

    >>> _unquote_partial('In <A>, the "Garden City" some 160 km west of <B>', "en")
    'In <A>, the  Garden City  some 160 km west of <B>'
    >>> _unquote_partial('Officials said "We are 40 km from <B>"', "en")
    'Officials said "We are 40 km from <B>"'
    """
    if not any(ch in text for ch in _QUOTES):
        return text
    articles = (
        frozenset(w.casefold() for w in lexicon(lang)["claims"].get("quoted_name_articles", []))
        if lang
        else frozenset()
    )

    def blank(m: re.Match[str]) -> str:
        q = m.group(0)
        if q[1].isupper():
            before = text[max(0, m.start() - 12) : m.start()].split()
            if not (
                before
                and before[-1].casefold() in articles
                and len(q) <= _QUOTED_NAME_CHARS
                and not any(ch.isdigit() for ch in q)
            ):
                return q
        return " " + q[1:-1] + " "

    return _PARTIAL_QUOTE.sub(blank, text)


def extract_claims(
    doc: Document, places: Sequence[Place], *, gaz: GazetteerAPI | None = None
) -> tuple[Claim, ...]:
    """Every distance claim in ``doc``, in text order. Never raises on odd text.

    Partial quotations are read without their marks (:func:`_unquote_partial`); each
    claim's ``text`` is then the original's words, marks included. ``gaz`` (optional)
    says which subdivision a place lies in, so that ``the state capital`` can be the
    seat of the state the text is in (:func:`_region_seat`); without it that phrase is
    read from the text and the dateline alone."""
    token = _GAZ.set(gaz)
    try:
        return _extract_unquoted(doc, places)
    finally:
        _GAZ.reset(token)


@cache
def _abbreviated_marker(lang: str) -> re.Pattern[str] | None:
    """The listing abbreviations of reference markers (lexicon ``abbreviated_markers``:
    ``v.`` for ``von``), whole words before a capitalised word, or None."""
    words = lexicon(lang)["claims"].get("abbreviated_markers", [])
    if not words:
        return None
    return re.compile(r"(?<![\w.])(?:" + phrase_pattern(words) + r")(?=[\s\u00a0]{1,3}[^\W\d_])")


def _unabbreviate(text: str, lang: str) -> str:
    """``text`` with the full stop of an abbreviated reference marker blanked (same length,
    so every offset holds): ``45 km nordöstlich v. <Ort>`` reads as ``... v <Ort>``, whose
    ``v`` the lexicon lists among the markers, and its stop is no sentence-internal clause
    end between the distance and the place."""
    pat = _abbreviated_marker(lang)
    if pat is None:
        return text
    return pat.sub(lambda m: m.group(0)[:-1] + " ", text)


def _extract_unquoted(doc: Document, places: Sequence[Place]) -> tuple[Claim, ...]:
    unquoted = _unabbreviate(_unquote_partial(doc.text, _lang(doc)), _lang(doc))
    if unquoted == doc.text:
        return _extract_claims(doc, places)
    claims = _extract_claims(replace(doc, text=unquoted), places)
    return tuple(
        replace(c, text=doc.text[c.start : c.end]) if c.text == unquoted[c.start : c.end] else c
        for c in claims
    )


#: a parenthesis right after a distance, one level, on one line ("(a five-hour drive)")
_PAREN_GLOSS = re.compile(r"[ \t\u00a0]{0,2}\([^()\n]{1,80}\)")


@cache
def _numbered_parallel_pattern(lang: str) -> re.Pattern[str] | None:
    """``the 38th parallel (north)``, ``des 30. südlichen Breitengrads``: a definite
    article, digits, an ordinal ending, an optional hemisphere word, a parallel noun and an
    optional hemisphere word after it (lexicon ``numbered_parallel_*``); linear, no nested
    quantifier. The match's ``deg`` group starts the line's span (the article is not part
    of the name).

    Why the article: a line of latitude is one of a kind, so a report names it with
    ``the``/``des``; ``a 2nd parallel runway`` is a second runway beside the first."""
    lex = lexicon(lang)["claims"]
    nouns = lex.get("numbered_parallel_nouns", [])
    ordinals = lex.get("numbered_parallel_ordinals", [])
    if not nouns or not ordinals:
        return None
    side = (
        r"(?:(?P<n{k}>"
        + phrase_pattern(lex.get("numbered_parallel_north", []) or ["\uffff"])
        + r")|(?P<s{k}>"
        + phrase_pattern(lex.get("numbered_parallel_south", []) or ["\uffff"])
        + r"))(?![\w])"
    )
    articles = lex.get("numbered_parallel_articles", [])
    if not articles:
        return None
    return re.compile(
        r"(?i)(?<![\w.,])(?:"
        + phrase_pattern(articles)
        + r")[\s\u00a0]{1,3}(?P<deg>\d{1,2})(?:"
        + phrase_pattern(ordinals)
        + r")[\s\u00a0]{1,3}(?:"
        + side.format(k=1)
        + r"[\s\u00a0]{1,3})?(?:"
        + phrase_pattern(nouns)
        + r")(?![\w])(?:[\s\u00a0]{1,3}"
        + side.format(k=2)
        + r")?"
    )


def _ordinal(n: int) -> str:
    """``1st``, ``22nd``, ``23rd``, ``38th``, ``11th``: the English ordinal a report names a
    numbered parallel by."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _with_numbered_parallels(doc: Document, places: list[Place], lang: str) -> list[Place]:
    """``places`` with every numbered parallel of the text added as a line of latitude
    (kind ``parallel``, id :data:`NUMBERED_PARALLEL_ID` + its signed latitude): the
    gazetteer holds the named lines only (the Equator, the tropics, the polar circles), and
    a parallel by its number is computed, never listed. The hemisphere is the word beside
    the noun, else the side of the equator most of the article's resolved places are on
    (the northern one when they say nothing). A place the geoparser read inside the span
    gives way to the line."""
    pat = _numbered_parallel_pattern(lang)
    if pat is None:
        return places
    found = list(pat.finditer(doc.text))
    found = [m for m in found if 0 < int(m.group("deg")) < 90]
    if not found:
        return places
    known = [
        p
        for p in places
        if p.resolved and p.lat is not None and p.lon is not None and p.kind != "parallel"
    ]
    lats = [p.lat for p in known if p.lat is not None]
    south_default = sum(1 for x in lats if x < 0) > sum(1 for x in lats if x > 0)
    # the line's label point: at the longitude of the article's first resolved place (a
    # map shows it near the story; a distance runs to the line's nearest point anyway)
    label_lon = next((p.lon for p in known if p.lon is not None), 0.0)
    extra: list[Place] = []
    for m in found:
        sent = doc.sentence_at(m.start("deg"))
        if sent is None:
            continue
        south = bool(m.group("s1") or m.group("s2")) or (
            south_default and not (m.group("n1") or m.group("n2"))
        )
        deg = int(m.group("deg"))
        lat = -float(deg) if south else float(deg)
        extra.append(
            Place(
                mention=doc.text[m.start("deg") : m.end()],
                start=m.start("deg"),
                end=m.end(),
                sentence=sent.index,
                name=f"{_ordinal(deg)} parallel {'south' if south else 'north'}",
                kind="parallel",
                country_code=None,
                lat=lat,
                lon=label_lon,
                id=f"{NUMBERED_PARALLEL_ID}{lat:g}",
                source="derived",
                confidence=1.0,
            )
        )
    if not extra:
        return places
    kept = [p for p in places if not any(p.start < e.end and e.start < p.end for e in extra)]
    return sorted(kept + extra, key=lambda p: (p.start, -p.end))


def _extract_claims(doc: Document, places: Sequence[Place]) -> tuple[Claim, ...]:
    lang = _lang(doc)
    syn = _syntax(lang)
    feature_after, road_after = syn.feature_after, syn.road_after
    if feature_after is not None or road_after is not None:
        # "at the mouth of Palu Bay": a town's name before a feature noun names the
        # feature, not the town; "the Pamir Highway", "the Mombasa Road": any place's
        # name before a road noun names the road (a river before "River" is still the
        # river, so that list is a town's only); no claim ends there
        places = [
            p
            for p in places
            if not (
                p.relation is None
                and (
                    (
                        p.kind == "city"
                        and feature_after is not None
                        and feature_after.match(doc.text, p.end) is not None
                    )
                    or (road_after is not None and road_after.match(doc.text, p.end) is not None)
                )
            )
        ]
    places = [_unit_as_town(doc, p) for p in places]
    places = _with_numbered_parallels(doc, places, lang)
    by_sentence = _Places(doc, places)
    structures = _Structures(doc, lang)
    claims: list[Claim] = []
    budget = MAX_QUANTITIES_CHECKED
    over = False
    for sent in doc.sentences:
        if not by_sentence.any_place_for(sent):
            # every claim needs a subject or a reference, and both come from this
            # sentence's places, the previous sentences' or the dateline's: with none of
            # them the sentence's numbers cannot make a claim (decided once, not per number)
            continue
        # one more than the budget: the last one checked may be followed by its conversion
        qs = list(find_quantities(doc.text, lang, sent.start, sent.end, limit=budget + 1))
        checked = min(len(qs), budget)
        budget -= checked
        if len(qs) > checked:
            over = True
            if not checked:
                break
        paired = False
        if checked:
            # "A und B liegen rund N beziehungsweise M Kilometer von C entfernt": a number
            # of the list written without its unit is a distance in the next one's
            head = [x for q in qs[:checked] for x in list_items(doc.text, q, lang, syn.list_joint)]
            paired = syn.respectively.search(
                doc.text, sent.start, sent.end
            ) is not None or _apposed_to_list(doc.text, head, by_sentence.get(sent.index), syn)
            if paired:
                qs, checked = head + qs[checked:], len(head)
        skip: set[int] = set()
        prev: _Built | None = None
        by_start: dict[int, list[int]] = {}
        for i, q in enumerate(qs):
            by_start.setdefault(q.start, []).append(i)
        listed = _respective_lists(doc, sent, qs[:checked], syn, paired=paired)
        for last_i, earlier_is in listed.chains.items():
            _respective_directions(doc.text, qs, last_i, earlier_is, lang, syn)
        for i, q in enumerate(qs[:checked]):
            if q.start in skip or i in listed.earlier:
                continue
            if q.measure in ("height", "capability", "difference", "portion") or (
                q.measure == "length"
                and (
                    not (
                        _route_noun_after(doc, q, syn) or syn.crossing_nouns.match(doc.text, q.end)
                    )
                    or _part_of_route(doc, q, syn)
                )
                and not _route_noun_before(doc, q, syn)
                and not _section_noun_after(doc, q, syn)
                and not _separated_length(doc, q, sent, syn)
            ):
                continue  # a height, a reach, a difference, or a length of no route
            after, conv = _skip_conversion(doc.text, q, qs, i, by_start)
            if conv is not None:
                skip.add(conv.start)
                if q.direction is None:
                    d = find_direction(doc.text, after, lang)
                    if d is not None:
                        q = _with_direction(q, d)
                        after = d[1]
            if (
                q.direction is None
                and conv is None
                and (
                    g := syn.gloss_after.match(doc.text, after)
                    or syn.gloss_time.match(doc.text, after)
                )
                is not None
                and not any(after < p.start < g.end() for p in by_sentence.get(sent.index))
                and (d := find_direction(doc.text, g.end(), lang)) is not None
            ):
                # "<X> lies N km, or 80 minutes by train, north-east of <Y>": the direction
                # after a travel time glossing the distance is the distance's, as after a
                # conversion ("N km (M miles) north-east of")
                q = _with_direction(q, d)
                after = d[1]
            if (
                q.direction is None
                and conv is None
                and (g := _PAREN_GLOSS.match(doc.text, after)) is not None
                and not any(after < p.start < g.end() for p in by_sentence.get(sent.index))
                and (d := find_direction(doc.text, g.end(), lang)) is not None
            ):
                # "<X> lies N km (a five-hour drive) north of <Y>": a parenthesis that names
                # no place between the distance and its direction glosses the distance, as
                # a conversion in brackets does ("N km (M miles) north of")
                q = _with_direction(q, d)
                after = d[1]
            if (
                q.direction is None
                and conv is None
                and (
                    d := _direction_past_terrain(
                        doc.text, after, by_sentence.get(sent.index), lang, syn
                    )
                )
                is not None
            ):
                # "hit <B>, 20 km across the bay to the north-east": the direction after a
                # crossed stretch that names no place is the distance's, as one after a
                # conversion is (the stretch stays no reference)
                q = _with_direction(q, d)
                after = d[1]
            if q.direction is None and (lead_d := _fronted_direction(doc, sent, q, syn)):
                # "Further south, some N km away, <B> ...": the fronted direction is the
                # distance's (its end stays where the distance's words end)
                q = _with_direction(q, (lead_d[0], after))
            if q.direction is None:
                # "200 km to <Y>'s north-west": the direction follows the reference
                nxt = by_sentence.get(sent.index).first_from(after)
                if nxt is not None and nxt.start - after <= _POSSESSIVE_GAP:
                    d = _possessive_direction(doc, nxt)
                    if d is not None:
                        q = _with_direction(q, d)
            built = _build(doc, sent, q, after, by_sentence, syn, prev, structures)
            if built is None and i == 0:
                built = _answered_question(doc, sent, q, by_sentence, syn, structures)
            if built is None:
                built = _near_bracket(doc, sent, q, by_sentence, syn)
            if built is None or built.subject is None:
                if q.direction is not None:
                    # a place located in a direction that could not be read: the text
                    # moved on to somewhere unknown ("<Unknown> liegt N km nördlich.
                    # Noch einmal M km weiter nördlich liegt <B>")
                    by_sentence.lost_track = True
                if built is None:
                    continue
            if i in listed.chains:
                firsts, built = _respective_claims(
                    doc, built, [qs[j] for j in listed.chains[i]], by_sentence, sent, syn
                )
                claims.extend(firsts)
            claims.append(built.claim)
            claims.extend(_gapped_claims(doc, sent, q, built, by_sentence, syn, lang))
            prev = built
            by_sentence.recent_ends.extend(
                e for e in (built.subject, built.reference) if e is not None and _is_point(e)
            )
            ev = built.claim.reference_evidence
            if built.reference is by_sentence.dateline and ev is not None and ev.how == "dateline":
                # seen from the dateline's place with no word of the sentence naming it
                # ("the capital" and a repeated name are words that do)
                by_sentence.dateline_placed.add(sent.index)
            if (
                _measured_from_dateline(built.reference, by_sentence)
                and ev is not None
                and ev.how in ("description", "capital")
            ):
                by_sentence.dateline_described.add(sent.index)
            if built.subject is not None and _is_point(built.subject):
                by_sentence.recent_subjects.append(built.subject)
                by_sentence.last_subject = built.subject
                by_sentence.last_claim_sentence = sent.index
                by_sentence.last_reference = built.reference
                by_sentence.lost_track = False
        if over:
            break
    if over:
        warnings.warn(
            f"{doc.path or '<input>'}: more than {MAX_QUANTITIES_CHECKED:,} distances; "
            f"only the first {MAX_QUANTITIES_CHECKED:,} were checked for claims",
            ClaimsLimitWarning,
            stacklevel=2,
        )
    return tuple(claims)


@dataclass(frozen=True, slots=True)
class _Lists:
    """A sentence's lists of distances paired with lists of places by ``respectively``:
    ``chains`` maps a list's last distance to the ones before it, ``earlier`` holds those
    (they are read with the last)."""

    chains: dict[int, list[int]]
    earlier: frozenset[int]


def _apposed_to_list(
    text: str, qs: Sequence[Quantity], in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """``<A> and <B>, about N km and M km north-west of <R>, were flooded``, ``<A> und <B>,
    rund N und M Kilometer von <R> entfernt, ...``: a distance set off by a comma right
    after a list of places (two or more, joined only by a list's joints) opens a list of
    distances that pairs with it in order, as if the sentence said ``respectively``
    (:func:`_respective_lists` still needs the distances joined, and
    :func:`_respective_claims` as many places as distances)."""
    for q in qs:
        k = in_sent.count_ending_by(q.start)
        if k < 2:
            continue
        last = in_sent[k - 1]
        if text[last.end : q.start].strip(" \u00a0") != ",":
            continue
        before = in_sent[k - 2]
        if before.end <= last.start and syn.list_joint.fullmatch(text[before.end : last.start]):
            return True
    return False


def _respective_lists(
    doc: Document, sent: Sentence, qs: Sequence[Quantity], syn: _Syntax, *, paired: bool
) -> _Lists:
    """``<A> and <B> lie 95 km and 30 km from <R> respectively``, ``<A> und <B> liegen 95
    Kilometer beziehungsweise 30 Kilometer von <R> entfernt``: distances joined only by a
    list's joints, in a sentence that says ``respectively`` or whose list of distances is
    set off right after a list of places (``paired``), share the last one's
    reference and direction, each with its own subject (:func:`_respective_claims`)."""
    text = doc.text
    if not qs or not paired:
        return _Lists({}, frozenset())
    chains: dict[int, list[int]] = {}
    run: list[int] = []
    for i in range(1, len(qs)):
        # "<A> and <B> lie N km east and M km north-west of <R> respectively": an item
        # may carry its own direction before the joint
        gap_lo = qs[i - 1].direction_end or qs[i - 1].end
        gap = text[gap_lo : qs[i].start]
        joined = (
            gap_lo <= qs[i].start
            and gap.strip()
            and syn.list_joint.fullmatch(gap) is not None
            and qs[i - 1].unit == qs[i].unit
        )
        if joined:
            run.append(i - 1)
            chains[i] = list(run)
            chains.pop(i - 1, None)
        else:
            run = []
    return _Lists(chains, frozenset(j for chain in chains.values() for j in chain))


_NEAR_SUBJECT_WORDS = 5  # words between the subject and "closer to", "näher an"


_BRACKET_CLOSE = re.compile(r"[\s\u00a0]*(?:[^\W\d_]{1,15}[\s\u00a0]*)?\)")


def _near_bracket(
    doc: Document, sent: Sentence, q: Quantity, by_sentence: _Places, syn: _Syntax
) -> _Built | None:
    """``<A> is closer to <B> (about N km) than to <C>``, ``<A> liegt näher an <B> (rund N
    Kilometer) als an <C>``, ``<A> lies near <B> (N km away)``: a distance alone in the
    brackets after a place named behind a word of nearness (lexicon ``near_words``) is
    from the clause's subject, the point place a few words before that word, to the place
    before the brackets. ``None`` for any other bracket (a list of destinations, a unit
    conversion), read elsewhere or not at all."""
    text = doc.text
    in_sent = _in_sentence(by_sentence, sent)
    b = _paren_place(text, q.start, in_sent)
    if b is None or not _is_point(b):
        return None
    end = q.direction_end or q.end
    if _BRACKET_CLOSE.match(text, end) is None:
        return None  # more than the distance (and "away") in the brackets
    m = syn.near_before.search(text, max(sent.start, b.start - 40), b.start)
    if m is None:
        return None
    k = in_sent.count_ending_by(m.start())
    if k == 0:
        return None
    a = in_sent[k - 1]
    gap = text[a.end : m.start()]
    if (
        not _is_point(a)
        or a is b
        or any(ch.isdigit() or ch in ",;:()" for ch in gap)
        or len(gap.split()) > _NEAR_SUBJECT_WORDS
    ):
        return None
    claim = Claim(
        text=text[q.start : end],
        sentence=sent.index,
        start=q.start,
        end=end,
        stated=Stated(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text),
        stated_km=q.km,
        form="point",
        direction=q.direction,
        subject=place_ref(a),
        reference=place_ref(b),
        explanation=_missing_reason("point", a, b),
        subject_evidence=_evidence(text, a, ("clause subject", a.start, a.end)),
        reference_evidence=_evidence(text, b, ("preposition", b.start, b.end)),
        vague_km=q.vague_km,
    )
    return _Built(claim=claim, subject=a, reference=b, end=end)


_GAPPED_LEAD_WORDS = 3  # words after a claim's end before the comma of a gapped clause


def _gapped_claims(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    built: _Built,
    by_sentence: _Places,
    syn: _Syntax,
    lang: str,
) -> list[Claim]:
    """``<A> ist gut N Kilometer von <B> entfernt, <C> knapp M.``, ``<A> is N km from <B>,
    <C> about M``, ``..., <C> about M and <D> some K``: clauses that repeat a point claim's
    predicate with the verb and the unit left out (gapping). Each is read as the claim
    again with its own place (the one that opens the gapped clause) and its own number in
    the claim's unit; the reference is the claim's, the direction none. Only right after a
    point claim with both ends, a comma or a list word and a few words at most after it
    (``entfernt``, ``away``), and a place that is a point and neither end of the claim."""
    if built.claim.form != "point" or built.subject is None or built.reference is None:
        return []
    text = doc.text
    in_sent = _in_sentence(by_sentence, sent)
    pos = max(built.end, q.direction_end or q.end)
    comma = text.find(",", pos, sent.end)
    if comma < 0:
        return []
    lead = text[pos:comma]
    if any(ch.isdigit() for ch in lead) or len(lead.split()) > _GAPPED_LEAD_WORDS:
        return []
    between = in_sent.first_from(pos)
    if between is not None and between.start < comma:
        return []  # a place between: another clause, not the claim's predicate
    out: list[Claim] = []
    at = comma
    while len(out) < _LIST_ITEMS_GAPPED:
        jm = syn.list_joint_after.match(text, at)
        if jm is None or jm.end() == at:
            break
        p = in_sent.first_from(jm.end())
        if p is None or text[jm.end() : p.start].strip(" \u00a0"):
            break
        if not _is_point(p) or p is built.subject or p is built.reference:
            break
        gq = gapped_quantity(text, p.end, sent.end, q, lang, syn.list_joint_after)
        if gq is None:
            break
        out.append(
            replace(
                built.claim,
                text=text[p.start : gq.end],
                start=p.start,
                end=gq.end,
                stated=Stated(value=gq.value, unit=gq.unit, qualifier=gq.qualifier, text=gq.text),
                stated_km=gq.km,
                vague_km=None,
                # the direction is not carried over: whether a gapped clause repeats it
                # ("<A> liegt N km südwestlich von <B>, <C> etwa M") is unsure, and a true
                # distance must not be called false on a direction the text may not mean
                direction=None,
                subject=place_ref(p),
                subject_evidence=_evidence(text, p, ("clause subject", p.start, p.end)),
                explanation=_missing_reason(built.claim.form, p, built.reference),
            )
        )
        at = gq.end
    return out


_LIST_ITEMS_GAPPED = 5  # at most this many gapped clauses after one claim


def _respective_directions(
    text: str, qs: list[Quantity], last_i: int, earlier_is: Sequence[int], lang: str, syn: _Syntax
) -> None:
    """``<A> and <B> lie N km and M km east and north-west of <R>, respectively``, ``<A>
    und <B> liegen rund N und M Kilometer westlich beziehungsweise südwestlich von <R>``: a
    list of directions after a list's last distance, as long as the list of distances
    (whose earlier items have none of their own), gives each distance its direction in
    order; the last distance's direction then ends at the list's last direction, where its
    reference follows. Any other count leaves the distances as they are. Changes ``qs`` in
    place."""
    last = qs[last_i]
    if last.direction is None or last.direction_end is None:
        return
    if any(qs[j].direction is not None for j in earlier_is):
        return
    want = len(earlier_is) + 1
    found: list[tuple[str, int]] = [(last.direction, last.direction_end)]
    pos = last.direction_end
    while len(found) < want:
        jm = syn.list_joint_after.match(text, pos)
        if jm is None or jm.end() == pos:
            return
        d = find_direction(text, jm.end(), lang)
        if d is None:
            return
        found.append(d)
        pos = d[1]
    jm = syn.list_joint_after.match(text, pos)
    if jm is not None and jm.end() > pos and find_direction(text, jm.end(), lang) is not None:
        return  # more directions than distances: the pairing is unknown
    for j, d in zip(earlier_is, found, strict=False):
        qs[j] = _with_direction(qs[j], d)
    qs[last_i] = _with_direction(last, found[-1])


def _respective_claims(
    doc: Document,
    last: _Built,
    earlier: Sequence[Quantity],
    by_sentence: _Places,
    sent: Sentence,
    syn: _Syntax,
) -> tuple[list[Claim], _Built]:
    """The claims of a list's earlier distances, and the last one's claim again: each is
    the last one's claim with its own distance and, in order, its own place of the list of
    places (joined only by a list's joints) that ends right before the first distance and
    holds the last claim's subject (when it found one: a German ``bzw.`` ends its clause
    for the subject reading). Without such a list of as many places as distances,
    none, and the last claim as built (the pairing is unknown)."""
    if last.reference is None or last.claim.form != "point":
        return [], last
    in_sent = _in_sentence(by_sentence, sent)
    text = doc.text
    k = in_sent.count_ending_by(earlier[0].start)
    if k == 0:
        return [], last
    items = [in_sent[k - 1]]
    while k > 1 and len(items) <= len(earlier):
        p = in_sent[k - 2]
        if p.end > items[0].start or syn.list_joint.fullmatch(text[p.end : items[0].start]) is None:
            break
        items.insert(0, p)
        k -= 1
    # the last distance's own reading of its subject, if any, is one of the list
    subjects: list[Place | None] = list(items)
    if len(items) != len(earlier) + 1 or (last.subject is not None and last.subject not in items):
        named = _named_list(text, sent, earlier[0].start, len(earlier) + 1, in_sent)
        if named is None:
            return [], last
        subjects = named
    ref = last.reference
    if any(p is not None and (p is ref or p.id == ref.id) for p in subjects):
        # "Ferries from <R> to <A> and <B>, N km and M km away respectively": the list's
        # places are the subjects; "away" is from the place the sentence stood at before
        # the list, never from one of its items
        first = next(p for p in subjects if p is not None)
        before = _point_before(first, in_sent)
        if before is None or any(p is not None and p.id == before.id for p in subjects):
            return [], last
        ref = before
        last = replace(
            last,
            reference=ref,
            claim=replace(
                last.claim,
                reference=place_ref(ref),
                reference_evidence=_evidence(text, ref, ("named", ref.start, ref.end)),
            ),
        )
    out = [
        replace(
            last.claim,
            text=text[q.start : last.end],
            start=q.start,
            stated=Stated(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text),
            stated_km=q.km,
            vague_km=q.vague_km,
            direction=q.direction or last.claim.direction,
            subject=place_ref(p) if p is not None else None,
            subject_evidence=_evidence(text, p, None),
            explanation=_missing_reason(last.claim.form, p, last.reference),
        )
        for q, p in zip(earlier, subjects, strict=False)
    ]
    own = subjects[-1]
    claim = replace(
        last.claim,
        subject=place_ref(own) if own is not None else None,
        subject_evidence=_evidence(text, own, None),
        explanation=_missing_reason(last.claim.form, own, last.reference),
    )
    return out, replace(last, claim=claim, subject=own)


_NAME_WORD = re.compile(r"[\w'’.-]+|,")


_LIST_COORDINATORS = frozenset({"and", "und"})  # "<A>, <B> and <C>"


_LIST_STOP = re.compile(r"[;:()\[\]]|\.\s")  # a list of names never crosses these


_LIST_NAMES_WINDOW = 120  # characters before a list's first distance searched for its names


def _named_list(
    text: str, sent: Sentence, pos: int, n: int, in_sent: _SentencePlaces
) -> list[Place | None] | None:
    """``Sinkat und <Unbekannt> liegen N beziehungsweise M Kilometer ...``: when the
    places before a ``respectively`` list are fewer than its distances because the
    gazetteer lacks a name, the list of capitalised names joined by commas and ``und`` /
    ``and`` (``pair_and`` words are not needed: any lower-case word but a coordinator ends
    a name list) closest before ``pos`` in its clause gives the order: each name is its
    place, or ``None`` for one geomap does not know (no subject rather than a neighbour's).
    ``None`` when no list of at least ``n`` names stands there, or a name holds a place
    that is no point."""
    lo = max(sent.start, pos - _LIST_NAMES_WINDOW)
    lo = max([lo, *(lo + m.end() for m in _LIST_STOP.finditer(text[lo:pos]))])
    best: list[tuple[int, int]] | None = None
    names: list[tuple[int, int]] = []
    joined = True
    for w in _NAME_WORD.finditer(text, lo, pos):
        word = w.group()
        if word[:1].isupper():
            if names and not joined:
                names[-1] = (names[-1][0], w.end())  # "Port Sudan": one name
            elif joined:
                names.append((w.start(), w.end()))
            joined = False
        elif word == "," or word.casefold() in _LIST_COORDINATORS:
            joined = bool(names)
        else:
            best = names[-n:] if len(names) >= n else best
            names, joined = [], True
    best = names[-n:] if len(names) >= n else best
    if best is None:
        return None
    out: list[Place | None] = []
    for a, b in best:
        inside = [p for p in in_sent if p.start >= a and p.end <= b]
        if len(inside) > 1 or any(not _is_point(p) for p in inside):
            return None
        out.append(inside[0] if inside else None)
    return out if any(p is not None for p in out) else None


_ANSWER_TAIL_WORDS = 4  # "About 160 km, by road." after a question: a short answer


def _answered_question(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    by_sentence: _Places,
    syn: _Syntax,
    structures: _Structures,
) -> _Built | None:
    """``How far is <A> from <B>? About N km.``, ``Wie weit ist es von <A> nach <B>? Rund
    N Kilometer.``: a sentence that is only a distance (a few words may follow it) answers
    the question before it when that asks a distance (lexicon ``distance_questions``) and
    names two point places after the question words: the first is the subject, the second
    the reference, a route when a to-marker names it (lexicon ``route_to``)."""
    text = doc.text
    before = by_sentence.sentences.get(sent.index - 1)
    if (
        before is None
        or text[sent.start : q.start].strip(" \t\n\"'„“”«»-–—")
        or len(text[q.end : sent.end].split()) > _ANSWER_TAIL_WORDS
        or _in_sentence(by_sentence, sent)
    ):
        return None
    mark = _question_mark(text, before)
    if mark < 0:
        return None
    asked = syn.distance_question.search(text, before.start, mark)
    if asked is None:
        return None
    ends = [
        p
        for p in _in_sentence(by_sentence, before)
        if p.start >= asked.end() and p.end <= mark and _is_point(p)
    ]
    if len(ends) != 2:
        return None
    subject, reference = ends
    form = (
        "route"
        if syn.route_to_before.search(text, subject.end, reference.start)
        # "How far is it from <A> to <B>?" with no word of a way: a straight line
        and (
            _along_a_way(doc, before, None, structures, syn)
            or _along_a_way(doc, sent, q, structures, syn)
        )
        else "point"
    )
    claim = Claim(
        text=text[q.start : q.end],
        sentence=sent.index,
        start=q.start,
        end=q.end,
        stated=Stated(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text),
        stated_km=q.km,
        form=form,
        direction=q.direction,
        subject=place_ref(subject),
        reference=place_ref(reference),
        subject_evidence=_evidence(
            text, subject, ("previous sentence", subject.start, subject.end)
        ),
        reference_evidence=_evidence(
            text, reference, ("previous sentence", reference.start, reference.end)
        ),
        vague_km=q.vague_km,
    )
    return _Built(claim=claim, subject=subject, reference=reference, end=q.end)


_QUOTE_CLOSE = "\"'“”»«‘’"


def _question_mark(text: str, sent: Sentence) -> int:
    """The offset of the question mark that ends ``sent``'s question, or -1: the sentence
    ends in it, or it closes a quotation followed only by who asked (``"How far ...?" a
    reporter asked.``, ``„Wie weit ...?“, fragte sie.``, up to :data:`_ANSWER_TAIL_WORDS`
    words)."""
    said = text[sent.start : sent.end].rstrip(" " + _QUOTE_CLOSE)
    if said.endswith("?"):
        return sent.start + len(said) - 1
    k = text.rfind("?", sent.start, sent.end)
    if k < 0 or not text[k + 1 : k + 2] or text[k + 1] not in _QUOTE_CLOSE:
        return -1
    tail = text[k + 2 : sent.end].strip(" ,.")
    return k if tail and len(tail.split()) <= _ANSWER_TAIL_WORDS else -1


def _find_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    by_sentence: _Places,
) -> Place | None:
    after = _past_gloss(doc.text, q, after, in_sent, syn)
    p = in_sent.first_from(after)
    if p is not None:
        if q.attributive and (m := syn.route_nouns_listed.match(doc.text, after)) is not None:
            after = m.end()  # "a 300-km, four-hour train ride from <Y>": from the noun on
        elif (
            after == q.end
            and _length_of_route(doc, q, in_sent, syn)
            and (m := syn.route_nouns.match(doc.text, after))
        ):
            # "eine rund 900 Kilometer lange Autofahrt von <Y> entfernt": the German length
            # adjective and its route noun are what "a 900-km drive" is in English
            after = m.end()
        if p.start - after > _REF_GAP_CHARS:
            return None  # what _gap_ok says of so long a gap, without copying it
        gap = _blank_adjectives(
            doc.text, after, p.start, by_sentence.adjectives_within(after, p.start)
        )
        # Right after a direction a genitive needs no marker: "nördlich der Grenze".
        if not _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after):
            return None
        if gap.rstrip().endswith(",") and _GAPPED_DISTANCE.match(doc.text, p.end):
            # "<A> lies N km south-east of the capital, <B> about M km to the north-east",
            # "... südöstlich der Hauptstadt, <B> etwa M Kilometer nordöstlich": a name set
            # off by a comma and followed by its own distance opens a clause whose verb is
            # left out; it is no apposition naming the capital
            return None
        away = syn.away_now.match(doc.text, after)
        if away is not None and away.group(0).strip().casefold() in syn.marker_words:
            away = None  # "N km off the coast": "off" is a marker too
        if away is not None and not _gap_ok(doc.text[away.end() : p.start], syn, need_marker=True):
            # "Rund 115 Kilometer entfernt liegt <X>", "Some 115 km away lies <X>": the
            # away word ends the distance; the place after the verb is what lies there
            return None
        if (
            p.relation is None
            and kind_info(p.kind).is_water
            and not syn.terrain.match(gap)
            and (t := syn.terrain.search(gap)) is not None
            and _word_start(gap, t.start() + len(t.group(0)) - len(t.group(0).lstrip()))
        ):
            # "about N km south-west of the capital across <Strait>": the water is crossed
            # after the reference the words before it name; it is no reference itself
            return None
        if p.relation is None and kind_info(p.kind).is_water and syn.terrain.match(gap):
            # "about N km across the <Strait> from <Y>": the water is crossed on the way;
            # the place a from-marker names right after it is what the distance is
            # measured from
            nxt = in_sent.first_from(p.end)
            if nxt is not None and _gap_ok(doc.text[p.end : nxt.start], syn, need_marker=True):
                return _head_of(doc, nxt, in_sent)
            # "The ferry from <A> to <B>, about N km across the <Strait>, was cancelled":
            # with no from-place after it the water is still only crossed; it is no
            # reference (measured to its shore, a true crossing was called false)
            return None
        if p.relation is None and q.direction_end == after and syn.terrain.match(gap):
            # "to the north-east across the Andes": crossed on the way, not measured from
            return None
        if q.direction_end == after and _setting_after_direction(gap, p, syn):
            # "<X>, some N km south-west on the Atlantic coast": where <X> lies
            return None
        return _head_of(doc, p, in_sent)
    return None


#: right after a place: at most three words and a number (``<B> about 400 km``, ``<B> etwa
#: 400 Kilometer``), with no punctuation between: the place opens a clause of its own
_GAPPED_DISTANCE = re.compile(r"(?:[\s\u00a0]{1,2}[^\W\d_]{1,20}){0,3}[\s\u00a0]{1,2}\d")


def _past_gloss(text: str, q: Quantity, after: int, in_sent: _SentencePlaces, syn: _Syntax) -> int:
    """Where the reference may start when a travel time and the distance gloss each
    other between commas (lexicon ``gloss_openers``): ``<X> is an hour's drive, or about
    N km, from <Y>`` (the distance is the gloss: its closing comma is skipped), ``<X> is
    about N km, or less than an hour's drive, from <Y>``, ``<X> ist rund N km, also eine
    knappe Autostunde, von <Y> entfernt`` (the gloss after it, a few words with no place
    and no digit but a count that opens it, is skipped), ``<X> liegt N km oder 80
    Zugminuten nordöstlich von <Y>`` (a travel time glossing it with no commas, lexicon
    ``gloss_time_words``). Otherwise ``after`` itself."""
    if syn.gloss_before.search(text, max(0, q.start - _GLOSS_CHARS), q.start) is not None:
        m = _GLOSS_CLOSE.match(text, after)
        if m is not None:
            return m.end()
        return after
    m = syn.gloss_after.match(text, after) or syn.gloss_time.match(text, after)
    if m is None or any(after < p.start < m.end() for p in in_sent):
        return after
    return m.end()


def _between_places(
    doc: Document,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    prev: _Built | None = None,
    describe: Callable[[NounPhrase, Place | None], Place | None] | None = None,
) -> tuple[Place, Place] | None:
    """``zwischen X und Y`` / ``between X and Y`` near the quantity and in its clause, or
    in the clause before when the distance is set off after it (``Between X and Y, about
    130 km apart, ...``). ``between them`` / ``zwischen ihnen`` (lexicon
    ``between_pronouns``) is the two ends of the sentence's previous claim (``X is N km
    from Y, and the M-km road between them ...``), else its last two point places before.
    With ``describe`` (a descriptive noun phrase -> the place it stands for, given the
    other end), either end may be a description (``between the port and the capital``,
    ``zwischen <A> und der Hauptstadt``): :func:`_described_between`."""
    text = doc.text
    lo = max(0, q.start - _BETWEEN_WINDOW)
    hi = min(len(text), q.end + _BETWEEN_WINDOW)
    cq = st.clause_index(q.start)
    apposed = cq >= 0 and (
        st.token_index(q.start) == st.clauses[cq].first
        or _route_lead(st, cq, q, syn)
        or _relative_length(doc, q, syn)
        or _route_length_lead(doc, st, cq, q, syn)
    )
    for m in syn.between.finditer(text, lo, hi):
        cm = st.clause_index(m.start())
        if cm != cq and not (apposed and cm == cq - 1):
            continue
        if syn.halfway.search(text, max(0, m.start() - 24), m.start()) is not None:
            continue  # "halfway between A and B" says where the subject lies: no pair
        if syn.between_them.match(text, m.end()):
            return _last_two(m.start(), in_sent, prev)
        first = in_sent.first_from(m.end())
        if first is None or first.start - m.end() > 12:
            got = _described_between(doc, m.end(), None, in_sent, syn, st, describe)
            if got is not None:
                return got
            continue
        second = in_sent.first_after(first.end)
        joint = text[first.end : second.start] if second is not None else ""
        if second is not None and len(joint) <= 12 and syn.pair_and.search(joint):
            return first, second
        got = _described_between(doc, m.end(), first, in_sent, syn, st, describe)
        if got is not None:
            return got
    linked = _linked_over(doc, q, in_sent, syn, st, cq)
    if linked is not None:
        return linked
    return _hyphen_route(doc, q, in_sent, syn, st, cq, apposed) or _journey_ends(
        doc, q, in_sent, syn, st, cq
    )


def _linked_over(
    doc: Document,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    cq: int,
) -> tuple[Place, Place] | None:
    """A link verb with the length before its pair (``die seit 1916 auf rund N km <A> und
    <B> verbindet``, ``verbindet auf N km <A> und <B>``, ``has linked <A> and <B> over some
    N km``): the two places joined by ``und``/``and`` in the distance's clause, right after
    the quantity or right after the link verb, with a verb of the lexicon's ``link_verbs``
    in that clause; None when the clause names any other place."""
    if cq < 0 or syn.link_verbs is None:
        return None
    c = st.clauses[cq]
    text = doc.text
    if syn.link_verbs.search(text, c.start, c.end) is None:
        return None
    k = in_sent.count_ending_by(c.start)
    inside = []
    while k < len(in_sent) and in_sent[k].start < c.end:
        inside.append(in_sent[k])
        k += 1
    if len(inside) != 2 or not all(_is_point(p) for p in inside):
        return None
    first, second = inside
    joint = text[first.end : second.start]
    if len(joint) > 12 or not syn.pair_and.search(joint):
        return None
    # the pair follows the quantity (a few words after it) or the link verb right before it
    gap = text[q.end : first.start]
    after_q = first.start >= q.end and len(gap.split()) <= 1
    m = syn.link_verbs.search(text, max(c.start, first.start - 16), first.start)
    after_link = m is not None and not text[m.end() : first.start].strip()
    return (first, second) if after_q or after_link else None


def _described_between(
    doc: Document,
    pos: int,
    first: Place | None,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    st: SentenceStructure,
    describe: Callable[[NounPhrase, Place | None], Place | None] | None,
) -> tuple[Place, Place] | None:
    """The two ends of a between phrase at ``pos`` when one or both are descriptions
    (``between the port and the capital``, ``zwischen der Hafenstadt und <B>``,
    ``between <A> and the state capital``): a noun phrase with a determiner right after
    the between word (else ``first``, the place there), a pair word (lexicon
    ``pair_and``) within 12 characters, then a place or such a phrase. Each description
    is what ``describe`` makes of it, the second given the first as the other end (a bare
    ``the capital`` beside the dateline's town is the country's capital); None unless
    both ends are found and differ."""
    if describe is None:
        return None
    text = doc.text
    np1 = None
    if first is None:
        np1 = _phrase_right_at(doc, st, pos)
        if np1 is None or np1.determiner is None or _place_in(in_sent, np1) is not None:
            return None
        end1 = np1.end
    else:
        end1 = first.end
    nxt = in_sent.first_from(end1)
    np2 = _phrase_right_at(doc, st, end1, skip=12)
    if nxt is not None and np2 is not None and nxt.start < np2.end:
        np2 = None  # the next words are a place's name
    if np2 is None:
        if nxt is None or first is not None:
            return None  # two named ends are the caller's case
        joint = text[end1 : nxt.start]
        if len(joint) > 12 or not syn.pair_and.search(joint) or np1 is None:
            return None
        p1 = describe(np1, nxt)
        return (p1, nxt) if p1 is not None and p1.id != nxt.id else None
    if np2.determiner is None:
        return None
    joint = text[end1 : np2.start]
    if len(joint) > 12 or not syn.pair_and.search(joint):
        return None
    if first is not None:
        p2 = describe(np2, first)
        return (first, p2) if p2 is not None and p2.id != first.id else None
    assert np1 is not None
    # both described: each is read given the other (a bare "the capital" beside the
    # dateline's town is the country's capital, not that town)
    p1 = describe(np1, None)
    p2 = describe(np2, p1)
    if p2 is not None:
        p1 = describe(np1, p2) or p1
    if p1 is None or p2 is None or p1.id == p2.id:
        return None
    return p1, p2


def _pair_marked(doc: Document, q: Quantity, after: int, sent: Sentence, syn: _Syntax) -> bool:
    """``N km voneinander``/``N km apart`` after the distance, or a pair verb on either side
    in the same clause (``X und Y trennen N km``, ``N miles separate X and Y``)."""
    window = doc.text[after : min(sent.end, after + _PAIR_MARKER_CHARS)]
    m = syn.pair_markers.search(window)
    if m is not None and not _CLAUSE_PUNCT.search(window[: m.start()]):
        return True
    m = syn.pair_verbs.search(window)
    if m is not None and not _CLAUSE_PUNCT.search(window[: m.start()]):
        return True
    lo = max(sent.start, q.start - _PAIR_MARKER_CHARS)
    before = doc.text[lo : q.start]
    verbs = list(syn.pair_verbs.finditer(before))
    last = verbs[-1] if verbs else None
    return last is not None and not _CLAUSE_PUNCT.search(before[last.end() :])


def _away_in_place(
    doc: Document,
    sent: Sentence,
    after: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> tuple[Place, Place] | None:
    """(subject, reference) of ``<thing> is N km away, in <X>`` (``Das nächste offene
    Krankenhaus ist N km entfernt, in <X>``): an away word right after the distance, then
    a comma and a containment word (lexicon ``containment_words``) before a point place of
    the sentence, <X>, the subject. The reference is where the text stands: the quoted
    speaker's place (:func:`_speaker_place`), else the first point place of the sentence
    before other than the dateline's; never <X>. None otherwise."""
    m = syn.away_after.match(doc.text, after)
    if m is None:
        return None
    x = in_sent.first_from(m.end())
    if x is None or not _is_point(x) or not x.resolved:
        return None
    gap = doc.text[m.end() : x.start].strip().lstrip(",").strip().casefold()
    if gap not in syn.containment_words:
        return None
    speaker = _speaker_place(doc, sent, after, in_sent, syn)
    if speaker is not None and speaker.id != x.id:
        return x, speaker
    d = by_sentence.dateline
    before = next(
        (
            p
            for p in by_sentence.get(sent.index - 1)
            if _is_point(p)
            and p.resolved
            and p.id != x.id
            and not _is_setting(p)
            and (d is None or p.start != d.start)
        )
        if sent.index > 0
        else iter(()),
        None,
    )
    # (the dateline alone is no place such a sentence stands at: a story filed far away
    # says where the nearest one is from where the people are, which it has not named)
    return (x, before) if before is not None else None


def _apart_next(doc: Document, q: Quantity, after: int, sent: Sentence, syn: _Syntax) -> bool:
    """A pair marker (lexicon ``pair_markers``: ``apart``, ``voneinander``) follows the
    distance in its clause (``N km apart``, ``rund N Kilometer voneinander entfernt``)."""
    window = doc.text[after : min(sent.end, after + _PAIR_MARKER_CHARS)]
    m = syn.pair_markers.search(window)
    return m is not None and not _CLAUSE_PUNCT.search(window[: m.start()])


def _separated_length(doc: Document, q: Quantity, sent: Sentence, syn: _Syntax) -> bool:
    """``<A> and <B> are separated by some N km of mountains``, ``N km of desert separate
    <A> from <B>``: a length of what lies between (``N km of ...``, lexicon
    ``length_of``) that a pair verb or marker of its clause joins to two ends is their
    distance, not the length of a thing."""
    return (
        q.measure == "length"
        and syn.length_of_after.match(doc.text, q.end) is not None
        and _pair_marked(doc, q, q.direction_end or q.end, sent, syn)
    )


def _from_origin(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """The point place after a from-marker (``from <A>``, ``von <A>``) before the distance,
    in its clause or the clause before it: where a journey that the sentence reports
    started, so the place a bare direction is seen from."""
    _, _, after_from = in_sent.fact("route", lambda: _route_marks(doc, in_sent, syn))
    if after_from is None or after_from.end > q.start or not _is_point(after_from):
        return None
    st = structures.of(sent)
    cq, cf = st.clause_index(q.start), st.clause_index(after_from.start)
    return after_from if cf in (cq, cq - 1) else None


def _movement_origin(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    in_sent: _SentencePlaces,
    structures: _Structures,
    by_sentence: _Places,
    syn: _Syntax,
) -> tuple[Place, Place] | None:
    """(subject, reference) of a distance set off right after the place a movement came
    from: the clause right before the distance's ends in a point place after a
    from-marker (lexicons ``route_from``, ``origin_markers``; in German a verb or its
    particle may close the clause after it: ``zog von <B> heran``, ``aus <B> geflohen
    waren``), the sentence tells a movement there (a route noun or lexicon
    ``journey_words``: ``fled``, ``spread``, ``evacuees``, ``Helfer``; in that clause, or
    after the distance when the from-phrase opens the sentence: ``Aus <B>, rund N km
    nördlich, kamen Helfer nach <A>``), and no other point place stands in that clause
    before it, or only one a subordinating word keeps apart (lexicon ``subordinators``:
    ``as``, ``after``, ``who``). A destination in the clause (``reached <A> from <B>, N
    km to the north``) makes the distance the journey's heading instead, and a phrase
    with no movement (``<A>, across the strait from <B>, ...``) a relation of places.

    The reference is the place the sentence is about: the subject the clause walk found
    when that is another point place, else the place kept apart (``<A> was put on alert
    as the fire moved in from <B>, ...``), else the first point place after the distance
    (``Evacuees from <B>, N km ..., reached <A>``), else the nearest one before the
    from-phrase's clause (``<A> nahm Familien auf, die aus <B> geflohen waren, das ...``);
    never the dateline's address. None when there is none: the claim is read as before."""
    st = structures.of(sent)
    cq = st.clause_index(q.start)
    if cq == 0:
        return None
    c = st.clauses[cq - 1]
    origin = _tail_place(st, c.first, c.last, in_sent)
    if (
        origin is None
        or not origin.resolved
        or _is_setting(origin)
        or not (
            _preceded_by(doc, origin, syn.route_from_before)
            or _preceded_by(doc, origin, syn.origin_before)
        )
        or any(p.start >= origin.end and p.end <= q.start for p in in_sent)
    ):
        return None
    rest = range(st.token_index(origin.end), c.last + 1)
    if not _ends_clause(st, c, origin) and not (
        language_profile(syn.lang).verb_ends_clauses
        and len(rest) <= 3
        and all(st.tokens[k].text.isalpha() and st.tokens[k].text.islower() for k in rest)
    ):
        return None
    told = range(c.first, c.last + 1)
    if cq == 1 and cq + 1 < len(st.clauses):
        # "Aus <B>, rund N km nördlich, kamen Helfer nach <A>": a fronted from-phrase
        after_q = st.clauses[cq + 1]
        told = range(c.first, after_q.last + 1)
    if not any(st.tokens[k].fold in syn.journey for k in told):
        return None
    dest = _destination(q, origin, in_sent, structures, sent)
    if dest is not None and not any(
        st.tokens[k].fold in syn.subordinators
        for k in range(st.token_index(dest.end), st.token_index(origin.start))
    ):
        return None
    view: Place | None
    if subject is not origin and subject.id != origin.id:
        view = subject
    elif dest is not None:
        view = dest
    else:
        view = next(
            (p for p in in_sent[in_sent.count_ending_by(q.end) :] if p.id != origin.id),
            None,
        ) or _point_before(origin, in_sent)
    if (
        view is None
        or not _is_point(view)
        or not view.resolved
        or _is_setting(view)
        or by_sentence.is_dateline_address(view)
    ):
        return None
    return origin, view


def _destination(
    q: Quantity,
    origin: Place,
    in_sent: _SentencePlaces,
    structures: _Structures,
    sent: Sentence,
) -> Place | None:
    """The other point place of the journey's clause (``reached <B> from <A>``): the
    nearest point place before the distance, in the origin's clause, that is not the
    origin."""
    st = structures.of(sent)
    co = st.clause_index(origin.start)
    n = in_sent.count_ending_by(q.start)
    for p in reversed(in_sent[:n]):
        if st.clause_index(p.start) != co:
            continue
        if p is not origin and p.id != origin.id and _is_point(p):
            return p
    return None


def _participle_split(
    doc: Document, after: int, reference: Place, in_sent: _SentencePlaces, syn: _Syntax
) -> tuple[Place, Place | None] | None:
    """``die rund 100 km westlich von <Y> gelegene Stadt <X>``, ``das 40 km vom <Y>
    entfernte <X>``: a German attributive participle (lexicon ``attributive_away``) between
    the distance and the place found as its reference makes that place the subject (a
    few words after the participle); the reference is the place before the participle,
    or None (a descriptive phrase there is read later)."""
    found = list(syn.attributive_away.finditer(doc.text, after, reference.start))
    m = found[-1] if found else None
    if m is None:
        return None
    gap = doc.text[m.end() : reference.start]
    if (
        len(gap.split()) > 3
        or _CLAUSE_PUNCT.search(gap)
        or _CLAUSE_PUNCT.search(doc.text[after : m.start()])
    ):
        return None
    before = in_sent.first_from(after)
    named = before if before is not None and before.end <= m.start() else None
    return reference, named


def _attributive_away(
    doc: Document, q: Quantity, after: int, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """``im 30 Kilometer entfernten Potsdam``: the place the distance is attributed to."""
    m = syn.attributive_away.match(doc.text, after)
    if m is None:
        return None
    nxt = in_sent.first_from(m.end())
    if nxt is None:
        return None
    gap = doc.text[m.end() : nxt.start]
    if len(gap) > 30 or len(gap.split()) > 3 or _CLAUSE_PUNCT.search(gap):
        return None
    return nxt


def _implicit_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
) -> Place | None:
    """The place a text was just at: the nearest point before the quantity in the
    sentence (looking back over at most :data:`_MAX_PLACES_BACK` places), else the subject
    of a claim in the sentence before (``In <A>, N km south of <B>, ... . Many came from the
    M-km-distant <C>``: the text stands at <A>, not at the reference it measured <A>
    from), else the last point of the previous sentences, else the dateline, else the
    first point place after the subject."""
    n_before = in_sent.count_ending_by(q.start)
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if _is_point(p) and p.id != subject.id and not by_sentence.is_dateline_address(p):
            return p
    last = by_sentence.last_subject
    if (
        last is not None
        and _is_point(last)
        and last.id != subject.id
        and last.end <= q.start
        and last.sentence == sent.index - 1  # the sentence just before: where the text is
    ):
        return last
    for p in _previous_places(doc, by_sentence, sent):
        if _is_point(p) and p.resolved and p.id != subject.id:
            return p
    d = _dateline_place(doc, by_sentence)
    if d is not None and d.id != subject.id:
        return d
    # nothing before it: the place the sentence goes on to ("Das 60 km entfernte <A>
    # schickte Helfer nach <B>")
    k = bisect_right(in_sent.starts, subject.start)
    for p in in_sent[k : k + _MAX_PLACES_BACK]:
        if _is_point(p) and p.id != subject.id:
            return p
    return None


def _described_topic(subject: Place, sent: Sentence, by_sentence: _Places) -> Place | None:
    """The place the sentence before was about, when it spoke of it without naming it:
    the subject of a claim made in the sentence right before ``sent`` that was named in an
    earlier sentence still (``The North Darfur capital``, ``The backpacker town``, ``it``
    for a town named before). The text has stayed at that place for two sentences, so it
    is where an implicit direction is seen from; None otherwise (a subject named in its
    own claim's sentence leaves the dateline in charge), or when it is the dateline's
    place or the subject itself."""
    last = by_sentence.last_subject
    d = by_sentence.dateline
    if (
        last is None
        or by_sentence.last_claim_sentence != sent.index - 1
        or last.sentence >= by_sentence.last_claim_sentence
        or not _is_point(last)
        or not last.resolved
        or last.id == subject.id
        or (d is not None and (last.start == d.start or last.id == d.id))
        # "... . <A> lost power. The town lies N km south-west of <D>. <B>, some M km to
        # the north-west, ...": a town the lead did not name (no site of the story's
        # event), placed from the dateline's town by the sentence before, is a stop of a
        # tour from there, so the direction is still seen from the dateline (session 26;
        # "shelled <A>. The <region> capital, N km east of <D>, ..." keeps <A>)
        or (
            last.sentence >= _LEAD_SENTENCES
            and _measured_from_dateline(by_sentence.last_reference, by_sentence)
        )
        # "<A>'s main town lies N km ... . <B> in <Other country>, some M km to the
        # north-east, ...": a town across a border is no step of the walk from town to
        # town; the distance is seen from where the story is filed
        or (
            subject.country_code is not None
            and last.country_code is not None
            and subject.country_code != last.country_code
        )
    ):
        return None
    return last


#: how many words before a subject a neighbour word may stand ("the neighbouring
#: mining town of <B>")
_NEIGHBOUR_WORDS_BACK = 5


def _neighbour_of(
    doc: Document, sent: Sentence, subject: Place, by_sentence: _Places, syn: _Syntax
) -> Place | None:
    """The town a subject called a neighbour (lexicon ``neighbour_words``: ``Die
    Nachbarstadt <B>``, ``Neighbouring <B>``, ``the twin town of <B>``, within
    :data:`_NEIGHBOUR_WORDS_BACK` words before it in its sentence) is the neighbour of:
    the subject of the claim made in the sentence right before, else the first point
    place of that sentence; never the subject itself or the dateline's address. The word
    says the two towns are near each other, so an implicit direction (``N km westlich``)
    is seen from the town the text just stood at, not from the dateline."""
    if syn.neighbour is None or sent.index == 0:
        return None
    words = list(re.finditer(r"\S+", doc.text[sent.start : subject.start]))
    lo = sent.start + (
        words[-_NEIGHBOUR_WORDS_BACK].start() if len(words) >= _NEIGHBOUR_WORDS_BACK else 0
    )
    if syn.neighbour.search(doc.text, lo, subject.start) is None:
        return None
    last = by_sentence.last_subject
    if (
        last is not None
        and by_sentence.last_claim_sentence == sent.index - 1
        and _is_point(last)
        and last.resolved
        and last.id != subject.id
        and not by_sentence.is_dateline_address(last)
    ):
        return last
    d = by_sentence.dateline
    for p in by_sentence.get(sent.index - 1):
        if (
            _other_point_at(p, subject, by_sentence)
            and (d is None or p.start != d.start)  # the dateline is where it is told from
        ):
            return p
    return None


def _possessive_neighbour(
    doc: Document, st: SentenceStructure, k: int, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The place that clause ``k`` calls a neighbour's own, when the clause is an
    apposition opening with a point place in the possessive and a neighbour noun (lexicon
    ``possessive_neighbour_nouns``): ``<X>, <A>'s neighbour to the east, lies N km away``,
    ``<X>, <A>s Nachbarstadt im Süden, liegt rund N km entfernt``. The clause says what
    <X> is (a neighbour of <A>): <A> is no subject the distance describes but where <X>
    is seen from. ``None`` for any other clause (``<A>'s largest port``, ``<A>, a
    neighbour ...``)."""
    if syn.possessive_neighbour is None or k < 1:
        return None
    c = st.clauses[k]
    p = in_sent.first_from(c.start)
    if p is None or p.start != c.start or p.end > c.end:
        return None
    if syn.possessive_neighbour.match(doc.text, p.end, c.end) is None:
        return None
    # a region named like its seat ("Madrid's neighbour") is a town's neighbour: its seat
    p = _namesake_seat(doc, p, "point", syn)
    return p if _is_point(p) else None


def _possessor_between(
    doc: Document,
    st: SentenceStructure,
    subject: Place,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> Place | None:
    """The possessor of a neighbour apposition (:func:`_possessive_neighbour`) set off
    between ``subject`` and the distance, at most :data:`_MAX_CLAUSES_BACK` clauses."""
    lo, hi = st.clause_index(subject.start), st.clause_index(q.start)
    if lo < 0 or hi <= lo + 1:
        return None
    for k in range(lo + 1, min(hi, lo + 1 + _MAX_CLAUSES_BACK)):
        got = _possessive_neighbour(doc, st, k, in_sent, syn)
        if got is not None:
            return got
    return None


def _opening_apposition_origin(
    doc: Document, sent: Sentence, q: Quantity, subject: Place, by_sentence: _Places
) -> Place | None:
    """Where ``<B>, about N km to the south, ...`` opening its sentence is seen from when
    the sentence before stood at a town and made no claim (``On the east coast, <A>
    recorded gusts of 90 km/h. <B>, about N km to the south, lost power``; ``In <A>, ...
    . <B>, some N km to the west, ...``): that sentence's first point place, in the
    subject's country, never the dateline's place or its address. Wire copy walks from
    town to town; a town set off at the start of the next sentence with only a distance
    and a direction is placed from the town just described, not from where the story was
    filed. None when the subject does not open its sentence, the distance is not in a
    comma-set apposition right after it, or the sentence before names no such town."""
    if sent.index == 0 or by_sentence.last_claim_sentence == sent.index - 1:
        return None
    if doc.text[sent.start : subject.start].strip(" \t\n\"'“‘„") or not doc.text[
        subject.end : q.start
    ].lstrip().startswith(","):
        return None
    return _first_town_of_sentence_before(sent, subject, by_sentence)


def _opening_clause_origin(
    doc: Document, sent: Sentence, q: Quantity, subject: Place, by_sentence: _Places, syn: _Syntax
) -> Place | None:
    """Where ``<B> lies N km to the north-east``, ``<B> is N km away`` or ``<B>, N km
    away, ...`` is seen from when <B> opens its sentence and the sentence before was about
    another town (``Floods cut off <A>. <B> lies N km to the west and lost its bridge``,
    ``Am schlimmsten traf es <A>. <B> liegt rund N km nordwestlich``): that town, not the
    dateline. The place that opens the clause is the subject, and a distance with no
    reference of its own is measured from where the text just stood, the sentence
    before's first point place. Not after a sentence that made a claim of its own (``<A>
    lies N km south of <D>. <B>, about M km to the south-east, ...``: the text keeps
    that claim's frame, the dateline). Only a comma right before the distance
    or a location verb (lexicon ``clause_location_verbs``: lies, is, liegt) may stand
    between <B> and the distance. The town must be in the subject's country and not the
    dateline's (its token, its address or its town); None otherwise, and the dateline
    reading stands."""
    if sent.index == 0:
        return None
    text = doc.text
    particles = syn.phrases.particles
    opening = text[sent.start : subject.start].strip(" \t\n\"'“‘„")
    named = bool(opening) and any(w.casefold() not in particles for w in opening.split())
    if named and not _naming_opening(opening, syn):
        return None  # ("Auch <B> ist nur N km entfernt": a focus particle opens it too)
    gap = text[subject.end : q.start].strip()
    if gap != "," and not _opening_clause_gap(text, subject, q, by_sentence, syn, aside=not named):
        # after a naming phrase no aside: "The fishing town of <B>, where whales gather
        # in spring, lies N km to the south-east" describes <B> at length, as a story's
        # new subject, and keeps the dateline's frame
        return None
    if by_sentence.last_claim_sentence == sent.index - 1:
        # the sentence before measured its own place: the text keeps its frame
        return None
    return _first_town_of_sentence_before(sent, subject, by_sentence)


#: the most words of a naming phrase before a clause-opening name (``The regional hub of``)
_NAMING_WORDS = 4


def _naming_opening(opening: str, syn: _Syntax) -> bool:
    """Is ``opening`` (the words before a clause-opening name) a phrase that only says what
    sort of place the name is: a determiner, at most a few words and a head noun that
    stands for a town (lexicon ``descriptive``), then ``of`` in English (``The regional hub
    of <B>``, ``The mining town of <B>``, ``Die Hafenstadt <B>``, ``Das Bergdorf <B>``)?
    The name is then the clause's subject as if it opened the clause alone.

    >>> syn = _syntax("en")
    >>> _naming_opening("The regional hub of", syn), _naming_opening("Officials in", syn)
    (True, False)
    """
    words = opening.split()
    if not 2 <= len(words) <= _NAMING_WORDS or words[0].casefold() not in syn.phrases.determiners:
        return False
    if any(not w.isalpha() for w in words):
        return False
    head = words[-1].casefold()
    if head in syn.name_of:
        head = words[-2].casefold() if len(words) > 2 else ""
    return "city" in _descriptive_kinds(head, syn)


def _opening_clause_gap(
    text: str,
    subject: Place,
    q: Quantity,
    by_sentence: _Places,
    syn: _Syntax,
    *,
    aside: bool = True,
) -> bool:
    """Is what stands between a clause-opening <B> and its distance only a location verb
    (lexicon ``clause_location_verbs``) with focus particles (lexicon ``particles``:
    ``too``, ``only``, ``auch``, ``nur``), after at most one aside set off by commas that
    names no place (``<B>, the province's second city, is about N km away``, ``<B>, too,
    is N km away``, ``<B>, eine Kleinstadt an der Grenze, liegt rund N Kilometer
    entfernt``)? The aside is an apposition or particle of <B>; the verb keeps <B> the
    clause's subject. A place in the aside (``<B>, south of <C>, lies ...``) or any other
    punctuation leaves the reading to the other rules; without ``aside``, no aside at
    all."""
    lo, hi = subject.end, q.start
    pieces = re.split(r",(?=\s)", text[lo:hi])
    if len(pieces) == 3 and aside:
        if pieces[0].strip():
            return False
        aside_lo = lo + len(pieces[0]) + 1
        aside_hi = aside_lo + len(pieces[1])
        if not pieces[1].strip() or _CLAUSE_PUNCT_NOT_COMMA.search(pieces[1]) is not None:
            return False
        if any(aside_lo <= p.start < aside_hi for p in by_sentence.get(subject.sentence)):
            return False
        rest = pieces[2]
    elif len(pieces) == 1:
        rest = pieces[0]
    else:
        return False
    if _CLAUSE_PUNCT.search(rest) is not None:
        return False
    words = [w.casefold() for w in rest.split()]
    verbs = [w for w in words if w in syn.clause_location_verbs]
    return bool(verbs) and all(
        w in syn.clause_location_verbs or w in syn.phrases.particles for w in words
    )


#: how far after a distance a from-marker and its name are read ("rund 150 Kilometer vom
#: <Name> entfernt", "in N km Entfernung von <Name>")
_UNKNOWN_FROM_CHARS = 40


def _unknown_from_name(
    doc: Document,
    sent: Sentence,
    after: int,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    *,
    after_direction: bool = False,
) -> str | None:
    """A capitalised name right after a from-marker in the few words after a distance
    (``vom <Name> entfernt``, ``Entfernung von <Name>``, ``from <Name>``) that is no place
    the geoparser found and, in German, no common noun: the text names a reference geomap
    does not know (its name), else None. Right after a direction (``after_direction``)
    any reference marker counts (``90 km east of <Name>``, ``östlich von <Name>``)."""
    hi = min(sent.end, after + _UNKNOWN_FROM_CHARS)
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", doc.text[after:hi]))
    known_nouns = common_nouns(_lang(doc))
    for i, m in enumerate(words[:-1]):
        if _CLAUSE_PUNCT.search(doc.text, after, after + m.start()):
            return None
        word = m.group(0).casefold()
        if word not in syn.route_from_words and not (
            after_direction and i == 0 and word in syn.marker_words
        ):
            continue
        nxt = words[i + 1]
        if nxt.group(0).casefold() in syn.articles and i + 2 < len(words):
            nxt = words[i + 2]
        name = nxt.group(0)
        start = after + nxt.start()
        if not name[:1].isupper() or name in known_nouns:
            return None
        p = in_sent.first_from(start)
        if p is not None and p.start <= start:
            return None  # a place the geoparser found
        return name
    return None


def _away_from(
    subject: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    sent: Sentence | None = None,
    at: int | None = None,
    until: int | None = None,
    st: SentenceStructure | None = None,
) -> Place | None:
    """What ``<subject>, N km away`` is away from: the nearest point place before the
    subject in its sentence (before ``at``, where the text names it, when that is a
    description: ``Officials in <A> said the capital, N km away``), else (with ``sent``,
    when the story has no dateline) the nearest point place between the subject and the
    distance (``until``: ``Fighting near <B> ..., said an official reached by phone in
    <A>, some N km away``: the two places the sentence names are the two ends), else the
    last point place of the sentence before (``In <A> ... . <B> ist über N km
    entfernt``), else the dateline's place (never the subject itself). With the sentence's
    structure ``st``, a place inside a relative clause that closed before the subject is
    passed over: ``Clashes in <A>, where rebels seized <T> last year, spread to <B>, some
    N km away`` is away from <A>, the place the relative clause describes."""
    n_before = in_sent.count_ending_by(subject.start if at is None else at)
    ci_subject = st.clause_index(subject.start) if st is not None else -1
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if (
            st is not None
            and (ci_p := st.clause_index(p.start)) >= 0
            and ci_p != ci_subject
            and st.clauses[ci_p].kind == "relative"
        ):
            continue
        # (a line of latitude or a sea is no place the sentence stands at: "<A>, which
        # sits on the Tropic of Capricorn, and <B>, about 290 km further north" is from <A>)
        if _other_point_at(p, subject, by_sentence):
            return p
    d = by_sentence.dateline
    if sent is not None and d is None and until is not None:
        between = [
            p
            for p in in_sent
            if subject.end <= p.start
            and p.end <= until
            and _is_point(p)
            and p.resolved
            and p.id != subject.id
            and not _is_setting(p)
        ]
        if between:
            return between[-1]
    if sent is not None and d is None and sent.index > 0:
        for p in reversed(by_sentence.get(sent.index - 1)):
            if _is_point(p) and p.resolved and p.id != subject.id and not _is_setting(p):
                return p
    return d if d is not None and _is_point(d) and d.id != subject.id else None


def _clause_ends_but_terrain(
    doc: Document,
    sent: Sentence,
    pos: int,
    structures: _Structures,
    syn: _Syntax,
    in_sent: _SentencePlaces,
) -> bool:
    """Only a phrase of terrain follows in the clause (lexicon ``terrain_prepositions``:
    ``some 110 km to the south-east across the mountains``, ``... across the Andes``), with
    no marker word and no border or line in it, so the direction is still seen from where
    the text stands."""
    m = syn.terrain.match(doc.text, pos)
    if m is None:
        return False
    st = structures.of(sent)
    ci = st.clause_index(pos)
    end = st.clauses[ci].end if 0 <= ci < len(st.clauses) else sent.end
    # a place in the phrase is crossed ("across the Andes"); a marker word would measure
    # from a place ("across the lake from <X>"), and a border or a line is measured to
    if any(w in syn.marker_words for w in re.findall(r"\w+", doc.text[m.end() : end].casefold())):
        return False
    k = bisect_left(in_sent.starts, m.end())
    return all(p.relation is None for p in in_sent[k : k + _MAX_PLACES_BACK] if p.start < end)


_SETTING_WORDS = 5  # "an der felsigen Küste", "in the hills", "on the coast"


def _clause_ends_but_setting(
    doc: Document,
    sent: Sentence,
    pos: int,
    structures: _Structures,
    syn: _Syntax,
    in_sent: _SentencePlaces,
) -> bool:
    """Only a short locative phrase that names nothing follows in the clause (``<X>, rund
    N km südwestlich an der Küste, ...``, ``<X>, some N km to the north in the hills,
    ...``): it says where the subject lies, so the direction is still seen from where the
    text stands. Not when the phrase names a place, holds a marker word or a number, or a
    noun that stands for a place (``N km südlich in der Hauptstadt``, ``in the port
    city``): those may be a reference of their own. A coast, sea or region it names
    (``an der Atlantikküste``, ``on the Red Sea``) is a setting too."""
    st = structures.of(sent)
    ci = st.clause_index(pos)
    if ci < 0 or st.clauses[ci].end <= pos:
        return False
    end = st.clauses[ci].end
    rest = doc.text[pos:end]
    words = re.findall(r"\w+", rest.casefold())
    if not 2 <= len(words) <= _SETTING_WORDS or any(ch.isdigit() for ch in rest):
        return False
    if syn.locative_word.fullmatch(words[0]) is None:
        return False
    if any(
        w in syn.marker_words or w in syn.capital_nouns or _descriptive_kinds(w, syn)
        for w in words[1:]
    ):
        return False
    k = bisect_left(in_sent.starts, pos)
    # a coast, sea or region it names is where the subject lies, too ("<X>, some N km
    # south-west on the Atlantic coast", _setting_after_direction)
    return all(p.relation is not None or _is_setting(p) for p in in_sent[k:] if p.start < end)


def _setting_before(
    doc: Document,
    subject: Place,
    reference: Place | None,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> bool:
    """``subject`` stands in the distance's sentence before ``reference`` after a
    containment word (lexicon ``containment_words``: ``Clinics in <A> took in patients
    from <B>``): the place the sentence stands at, a setting, with no place and no clause
    punctuation between it and the reference; not a place the sentence says lies
    somewhere (``in <A>, across the hills from <B>, N km ...``)."""
    if reference is None or subject.end > reference.start or subject.sentence != reference.sentence:
        return False
    if any(subject.end <= p.start and p.end <= reference.start for p in in_sent):
        return False
    if _CLAUSE_PUNCT.search(doc.text, subject.end, reference.start):
        # "Shops stayed shut in <A>, across the hills from <B>, some N km to the
        # north-east": an apposition set off after <A> says where <A> lies
        return False
    m = re.search(r"(\w+)[\s\u00a0]{1,2}$", doc.text[max(0, subject.start - 20) : subject.start])
    return m is not None and m.group(1).casefold() in syn.containment_words


_COORDINATION_GAP = re.compile(r"[\s\u00a0]{1,3}(?P<word>[^\W\d_]{1,5})[\s\u00a0]{1,3}")


def _coordinated_head(
    subject: Place, text: str, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The first of two point places joined by a coordinator right before ``subject``
    (``<X> and <Y>``, ``<X> und <Y>``), or None: a distance set off after the pair
    places both, and the first is the one a reader takes as the subject."""
    p = _point_before(subject, in_sent)
    if p is None or p.end > subject.start:
        return None
    m = _COORDINATION_GAP.fullmatch(text, p.end, subject.start)
    return p if m is not None and m.group("word").casefold() in syn.phrases.coordinators else None


def _subject_before(
    text: str,
    in_sent: _SentencePlaces,
    limit: int,
    reference: Place | None,
    *,
    lo: int = 0,
    locative: re.Pattern[str] | None = None,
    syn: _Syntax | None = None,
) -> Place | None:
    """The place before the distance that it is said of, in the same clause (never a
    participle's agent, :func:`_is_agent`, when ``syn`` is given).

    Only the :data:`_MAX_PLACES_BACK` places before the distance are considered: the
    subject and the apposition walk below sit right before it, and an unbounded list
    made a sentence of many places and many distances quadratic."""
    n_before = in_sent.count_ending_by(limit)
    cands = [
        p
        for p in in_sent[max(0, n_before - _MAX_PLACES_BACK) : n_before]
        if p is not reference and p.start >= lo and not (syn and _is_agent(text, p, syn))
    ]
    # The country a point reference lies in is not what lies N km from it ("U.S. 79,
    # 2 miles east of Palestine" names a road, not the country).
    if reference is not None and _is_point(reference) and reference.country_code:
        cands = [
            p
            for p in cands
            if not (p.kind == "country" and p.country_code == reference.country_code)
        ]
    if not cands:
        return None
    # Apposition: "Charkiw, die zweitgrößte Stadt der Ukraine, liegt ...": a place inside
    # an insertion that opens right after an earlier place stands for that place.
    k = len(cands) - 1
    settled = False
    while k >= 1:
        inner, outer = cands[k], cands[k - 1]
        if _OPEN_INSERT.match(text[outer.end : inner.start]) and _CLOSE_INSERT.search(
            text[inner.end : limit]
        ):
            k -= 1
            settled = True
            continue
        break
    best = cands[k]
    # Container: an area right after a point place ("Daegu (Südkorea)", "Daegu in
    # South Korea", "Akuressa, in Matara district") is where it is, not the subject.
    if k >= 1 and _is_area(best) and _is_point(cands[k - 1]):
        inner = cands[k - 1]
        same_country = best.country_code is None or inner.country_code in (None, best.country_code)
        if len(text[inner.end : best.start]) <= 8 and same_country:
            return inner
    if syn is not None and not settled and _is_area(best):
        opener = _coordinated_opener(text, cands, best, limit, lo, syn)
        if opener is not None:
            return opener
    if settled:
        return best
    # A place in a locative phrase right after a point place, in the same clause, says
    # where that place is ("Mendoza auf der anderen Seite der Anden", "Kiel an der
    # Ostsee", "Potsdam near Berlin"): the point place is the subject.
    # A place after an origin marker is where something came from, no place being located
    # ("A convoy from <C> was stopped at <A>, N km from <B>", "Ein Konvoi aus <C> wurde in
    # <A> gestoppt"): the place after the locative is what the distance locates.
    if k >= 1 and _is_point(cands[k - 1]) and locative is not None:
        gap = text[cands[k - 1].end : best.start]
        if (
            len(gap) <= _LOCATIVE_GAP_CHARS
            and not _CLAUSE_PUNCT.search(gap)
            and locative.search(gap)
            and not (
                syn is not None
                and syn.origin_before.search(
                    text, max(0, cands[k - 1].start - 24), cands[k - 1].start
                )
                and syn.locative_word.match(gap.strip()) is None
            )
        ):
            return cands[k - 1]
    # Same clause: nothing but words between subject and distance, or a comma right after
    # the subject ("Swanton, about 20 miles west of Toledo", "Kiel, das rund ...").
    gap = text[best.end : limit]
    if syn is not None and _unread_name_set_off(gap, syn):
        # "Officials in <C> said <Name>, N km west of <B>, ...": the distance set off
        # after a name the geoparser did not read as a place describes that name; the
        # place before it (where the speakers are) is no subject
        return None
    if not _CLAUSE_PUNCT.search(gap) or _SUBJECT_COMMA.fullmatch(gap) or _VERB_COMMA.fullmatch(gap):
        return best
    return None


_LAST_WORD_COMMA = re.compile(
    r"(?<![\w])([^\W\d_]{2,30}),?[\s\u00a0]{1,3}([^\W\d_]{2,40})[\s\u00a0]?,[\s\u00a0]*$"
)


def _unread_name_set_off(gap: str, syn: _Syntax) -> bool:
    """The gap between a place and a distance ends in a word, then a comma, that can only
    be a name (capitalised; no function word, article or, in German, common noun), right
    after a word that opens what was said (lexicon ``report_openers``: ``said <Name>,``,
    ``sagte, <Name>,``; not ``an der türkischen Riviera,``): a distance set off after an
    unread name."""
    m = _LAST_WORD_COMMA.search(gap)
    if m is None:
        return False
    verb, word = m.group(1), m.group(2)
    lex = syn.phrases
    nouns = common_nouns(syn.lang) if lex.capitalised_nouns else frozenset()
    return (
        # what was said opens right before the name ("said <Name>,", "sagte, <Name>,"),
        # no adjective or preposition ("an der türkischen Riviera,", "on Tuesday,")
        verb.casefold() in syn.report_openers
        and word[0].isupper()
        and word.casefold() not in lex.function_words
        and word.casefold() not in syn.articles
        and word not in nouns
        and word.casefold() not in syn.fillers
    )


def _coordinated_opener(
    text: str, cands: list[Place], area: Place, limit: int, lo: int, syn: _Syntax
) -> Place | None:
    """Coordinated predicates: in ``<X> ist mit 5.000 Metern der höchste Berg <Region>
    und liegt N km ...`` the region is said inside the first predicate, and the verb after
    the coordinator continues the clause's subject, the point place that opens the clause
    (over articles only); None when the clause opens otherwise or punctuation intervenes."""
    first = cands[0]
    if first is area or not _is_point(first) or first.start < lo:
        return None
    lead = text[lo : first.start].casefold().split()
    if any(w not in syn.phrases.function_words for w in lead):
        return None
    if _CLAUSE_PUNCT.search(text[first.end : limit]):
        return None
    after = text[area.end : limit].casefold().split()
    if not any(w in syn.phrases.coordinators for w in after):
        return None
    return first


#: subject evidence that names the subject in the distance's clause chain
_NAMED_HOWS = frozenset({"named", "apposition", "clause subject", "relative clause"})


def _locative_opener(
    doc: Document,
    st: SentenceStructure,
    c: Clause,
    tail: Place,
    reference: Place | None,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> Place:
    """``Sassnitz liegt auf Rügen, rund 220 km ...``: when the clause ends in an island or
    a lake behind a locative (``auf``, ``on``, ``at``) and opens with a point place of its
    own (no preposition), the apposed distance describes that opener; else ``tail``. A
    river counts like a lake (``Mandalay lies on the Irrawaddy, about 570 km north of
    <Y>``): water is where a town lies, never what lies N km from somewhere."""
    info = kind_info(tail.kind)
    if not (info.is_area or info.is_water):
        return tail
    np_t = st.phrase_at(tail.start)
    if (
        np_t is None
        or np_t.preposition is None
        or not syn.locative_word.fullmatch(np_t.preposition)
    ):
        return _shore_of(doc, st, c, tail, reference, in_sent, syn)
    k = in_sent.count_ending_by(tail.start) - 1
    if k >= 0:
        # "stayed in Hilo on the Big Island, about 350 km ...": the town the island holds
        near = in_sent[k]
        lo = np_t.preposition_start if np_t.preposition_start is not None else np_t.start
        gap = doc.text[near.end : lo]
        if (
            near.start >= st.tokens[c.first].start
            and _is_point(near)
            and not kind_info(near.kind).is_area
            and near is not reference
            and not gap.strip(" \u00a0")
        ):
            return near
    np_o = _first_phrase(st, c.first, c.last, syn)
    opener = _lead_place(doc, st, c.first, c.last, in_sent, by_sentence, syn)
    if (
        opener is None
        or opener is tail
        or opener is reference
        or np_o is None
        or np_o.preposition is not None
        or not _is_point(opener)
        or kind_info(opener.kind).is_area
    ):
        return tail
    return opener


#: an opening bracket right after a place, with at most two qualifier words before the
#: distance in it (``<B> (N km)``, ``<B> (about N km)``)
_BRACKET_AFTER_PLACE = re.compile(
    r"[\s\u00a0]{0,2}[(\[][\s\u00a0]{0,2}(?:[^\W\d_]{1,12}[\s\u00a0]{1,2}){0,2}"
)


def _structural_subject(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    reference: Place | None,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    structures: _Structures,
    syn: _Syntax,
    *,
    cut: bool | None = None,
) -> tuple[Place, EvidenceHow, int, int] | None:
    """The subject of a distance whose own clause names no place before it, read from the
    clauses before it: a distance set off by commas (``X, the port city, about 40 km from
    Y``) describes the place that ends the clause before it, skipping appositions and
    relative clauses; a relative clause (``X, das rund 70 km ... liegt``) the place before
    it; a clause that starts with its verb (``X, the capital, lies 40 km ...``) has the
    subject that opens the clause chain; a clause opening with a descriptive phrase (``Die
    Hafenstadt liegt ...``) the place that phrase stands for."""
    if cut is None:
        # an apposition's phrase cut short of the distance (``near <A>, a town about N km
        # ...``) is read first; when that reads no subject (the place before the comma is
        # a region: ``<A>, the university town about N km ...`` with <A> read as a
        # district), the phrase is read as it was before: the cut is a second reading,
        # never a loss
        args = (doc, sent, q, reference, in_sent, by_sentence, structures, syn)
        if _cut_apposition(structures.of(sent), q, in_sent, syn) is None:
            return _structural_subject(*args, cut=False)
        read_cut = _structural_subject(*args, cut=True)
        return read_cut if read_cut is not None else _structural_subject(*args, cut=False)
    st = structures.of(sent)
    # the unit's clause: clauses begin at a word, so in "<X>, a five-hour, 270-km drive
    # from <Y>" the number stands before the clause its unit opens
    ci = st.clause_index(q.end - 1)
    if ci < 0:
        return None
    c = st.clauses[ci]
    lex = syn.phrases
    kq = max(st.token_index(q.start), c.first)
    # the words of the clause before the distance, if only a few (a longer run is a verb's)
    before = st.tokens[c.first : kq] if kq - c.first <= _FEW_WORDS else st.tokens[kq - 1 : kq]
    words = [t for t in before if t.fold not in lex.particles and t.fold not in lex.coordinators]
    if c.kind == "relative" and ci > 0:
        mode = "relative"
        if _ends_in_unknown_name(st, st.clauses[ci - 1], in_sent, syn):
            # "<A> sits at the foot of Mount <X>, whose summit lies 40 km to the east",
            # <X> unknown to the geoparser: the relative pronoun's place was not found,
            # so the claim has no subject rather than one borrowed from before
            return None
    elif not words and kq - c.first <= _FEW_WORDS:
        mode = "apposed"  # (a long run ending in "and" is a verb's: "X lies high and N km")
    else:
        mode = "verb"
        np = _first_phrase(st, c.first, c.last, syn)
        if cut and _cut_apposition(st, q, in_sent, syn) is not None:
            # "near <A>, a town about N km west of <B>", "toward <A>, the fishing village
            # some N km east of the city": English phrases end at a function word, and a
            # qualifier is none, so the phrase ran into the distance ("a town about"); cut
            # before it, it is the apposition of the place before the comma. It is not
            # resolved as a place of its own: after a name the geoparser did not read
            # ("<Unknown>, the temple town some N km north of <B>") it stands for no other
            # place of the story
            mode = "apposed"
        elif np is not None and np.end <= q.start and np.preposition is None:
            got = _resolve_phrase(
                doc, sent, np, reference, in_sent, by_sentence, structures, syn, subject=True
            )
            if got is not None:
                return got[0], got[1], np.start, np.end
            if np.head.fold in syn.first_person:
                return None  # the speaker's place is unknown: no subject from before
            if _apposed_description(st, ci, np, q, in_sent, syn):
                # "<A>, a county of ski resorts about N km south-west of <B>, ...",
                # "Near <A>, the ancient capital about N km west of <B>, ...": a noun
                # phrase with an article that opens an apposition and runs straight into
                # the distance names no place of its own; it says what <A> is, and the
                # distance describes <A>, as when a comma sets the phrase off
                mode = "apposed"
            elif (
                ci > 0
                and c.kind == "apposition"
                and np.start == c.start
                and np.determiner is not None
                and np.determiner.casefold() in syn.indefinite
            ):
                # "<A>, a town which lies some N km south of <B>, ...": a phrase with an
                # indefinite article that opens an apposition is no place of its own (it
                # brings in nothing named); it says what <A> is, verb or not
                mode = "apposed"
            elif ci == 0 or c.kind not in ("main", "coordinated"):
                return None
            if c.boundary and _boundary(doc, st, ci) not in ",()–—":
                return None
    if (
        mode == "apposed"
        and ci > 0
        and _verb_then_unread_name(st, st.clauses[ci - 1], in_sent, syn)
    ):
        # "Officials in <C> said <Name>, N km west of <B>, ...": the distance set off
        # after a name the geoparser did not read describes that name; no subject from
        # further back (the speakers' town)
        return None
    k = ci - 1
    skipped = False
    while k >= max(0, ci - _MAX_CLAUSES_BACK):
        prev_c = st.clauses[k]
        if (
            mode == "apposed"
            and k == ci - 1
            and _boundary(doc, st, ci) == ":"
            # "Officials in <A> said: about N km to the east, <B> was flooded": a distance
            # fronted before its own subject locates that subject, not the place before
            and not _fronts_a_place(doc, st, ci, in_sent, by_sentence, syn)
        ):
            # "<X> is the farthest: about N km south-east of <Y>", "Am schlimmsten traf es
            # <X>: rund N km östlich von <Y>", "<X>: about N km ...": a bare distance right
            # after a colon spells out the clause before it; it describes the place that
            # ends that clause, else the place that opens it (and nothing further back)
            said = _colon_subject(st, prev_c, reference, in_sent)
            if said is not None:
                return said
        if _boundary(doc, st, k + 1) not in (",", "(", ")", "–", "—"):
            return None  # a semicolon or colon ends the chain of clauses
        if k > 0 and _possessive_neighbour(doc, st, k, in_sent, syn) is not None:
            # "<X>, <A>'s neighbour to the south-west, lies N km away", "<X>, <A>s
            # Nachbarstadt im Süden, liegt N km entfernt": the possessor says whose
            # neighbour <X> is; the chain's subject is <X> before it
            k -= 1
            continue
        if _in_dateline(doc, st, prev_c):
            # "NAIROBI (geomap) – Ein Lastwagen wurde rund 40 km nördlich von <Y>
            # überfallen": the dateline says where the story was filed; it is no clause of
            # the sentence, so no subject the walk could reach. The dateline's place is a
            # subject only when the text points to it (a pronoun, ``die Stadt``, ``here``)
            return None
        if (
            mode in ("apposed", "verb")
            and k == ci - 1
            and k > 0
            and prev_c.kind in ("adjunct", "apposition")
            and (aside := _locative_aside(st, k, reference, in_sent, syn)) is not None
        ):
            # "Tschads Regierung teilte mit, in <X>, gut N km südlich der Hauptstadt, seien
            # ...": a locative phrase set off after a clause that names no town is where
            # the reported event happened, and the distance set off after it describes it;
            # so for a clause that opens with its verb ("The nearest hospital, in <X>, is
            # N km away", "Die nächste Klinik, in <X>, liegt N km entfernt"): the noun
            # phrase names no place, the set-off locative says where it is
            return aside, "apposition", aside.start, aside.end
        if _address_area(st, k, in_sent):
            # "<X>, <Country>, some N km ...", "<X> (<Country>), which lies ...", "<X>,
            # central <Country>, ...": the area after a point place in it is the place's
            # address, not what the distance describes; read on to the point place
            k -= 1
            continue
        if (
            mode in ("apposed", "verb")
            and k > 0
            and st.tokens[prev_c.first].fold in syn.setting_participles
        ):
            # "<X>, perched on the <Range>, about N km ...", "<X>, tucked below <Peak>,
            # lies N km ...", "<X>, eingebettet in die <Berge>, rund N km ...": a phrase
            # opened by a participle of setting says where the chain's subject lies,
            # whatever it names (a range, a river, a town nearby); the distance set off
            # after it describes that subject, as after a predicate set off (below)
            mode = "verb"
            k -= 1
            continue
        if mode in ("apposed", "verb") and k > 0 and _halfway_aside(doc, st, prev_c, syn):
            # "<X>, etwa auf halber Strecke zwischen <B> und <C>, liegt N km von <B>
            # entfernt", "<X>, midway between <B> and <C>, is N km ...": a set-off phrase
            # of lying between two places says where the chain's subject lies; its
            # places are the distance's possible references, never its subject
            k -= 1
            continue
        if mode == "verb" and k > 0 and _travel_time_aside(st, prev_c, q, syn):
            # "<A>, about an hour north-east of <B>, is some N km away", "<A>, 40
            # Autominuten nördlich von <B>, liegt rund N km entfernt": a travel time set
            # off after the subject says where <A> lies in hours; its place is the
            # distance's other end, never its subject
            k -= 1
            continue
        if prev_c.kind == "apposition" and mode in ("apposed", "verb"):
            named = _named_apposition(st, prev_c, in_sent, syn)
            if named is not None and not named.resolved and k > 0:
                prior = st.clauses[k - 1]
                tail = _tail_place(st, prior.first, prior.last, in_sent)
                if (
                    tail is not None
                    and tail.resolved
                    and _is_point(tail)
                    and not _is_setting(tail)
                    and _ends_clause(st, prior, tail)
                ):
                    # "Aus Larisa, der Hauptstadt Thessaliens, rund N km ...": a name the
                    # gazetteer does not know after a capital or feature noun, right after
                    # a town, is whose capital it is (a region in the genitive), not a
                    # second town; the apposition describes the town before it
                    named = None
            if named is not None and named is not reference:
                # "In Kenya, the town of Nakuru, about 160 km ...": the apposition names it
                return named, "apposition", named.start, named.end
        if mode == "relative" and prev_c.kind == "apposition":
            # "<A>, a ridge town overlooking <B>, which lies about 13 km to the south": a
            # relative pronoun right after an apposition that ends in a point place
            # refers to that place (the nearest noun), not past it
            tail = _tail_place(st, prev_c.first, prev_c.last, in_sent)
            if (
                tail is not None
                and tail is not reference
                and k == ci - 1
                and _ends_clause(st, prev_c, tail)
            ):
                head = _island_of_chain_head(doc, st, k, tail, reference, in_sent, syn)
                if head is not None:
                    return head, "relative clause", head.start, head.end
                return tail, "relative clause", tail.start, tail.end
        if (
            mode in ("apposed", "relative")
            and k == ci - 1
            and prev_c.kind == "adjunct"
            and (origin := _set_off_origin(doc, st, prev_c, in_sent, syn)) is not None
            and origin is not reference
        ):
            # "Doctors landed in <A>, where ..., on a flight from <B>, some N km to the
            # north", "Die Retter erreichten <A>, wo ..., nach einer Fahrt aus <B>, das
            # rund N km südöstlich liegt": a journey's start that ends the adjunct right
            # before the distance is its nearest noun, and the distance describes it; the
            # destination, a clause or more back, is where the sentence stands
            how_o: EvidenceHow = "relative clause" if mode == "relative" else "apposition"
            return origin, how_o, origin.start, origin.end
        if (
            mode == "apposed"
            and k == ci - 1
            and k > 0
            and prev_c.kind == "relative"
            and prev_c.opener in syn.person_relatives
            and (tail := _tail_place(st, prev_c.first, prev_c.last, in_sent)) is not None
            and tail is not reference
            and not _is_setting(tail)
            and _ends_clause(st, prev_c, tail)
        ):
            # "said <Name>, who lives in <A>, just N km north-east of <B>", "<Name>, who
            # works in <A>, a town N km from <B>, ...": a relative clause about a person
            # ends with where the person is; the distance set off right after it describes
            # that place (its nearest noun), not the person the walk would reach past it
            return tail, "apposition", tail.start, tail.end
        if prev_c.opener in syn.comparison_openers and k > 0:
            # "<X> liegt, wie <Y>, im Kupfergürtel, gut N km ...", "<X>, like <Y>, lies
            # ...": a place compared with is no subject of the distance
            k -= 1
            continue
        if (
            # "<X> lies, seen from <A>, N km ...": an inserted from-phrase, like an adjunct
            (prev_c.kind in ("apposition", "relative", "adjunct") or _from_opener(st, prev_c, syn))
            and k > 0
            # "<...>; von <A>, das rund N km ... liegt, ...": a clause opened by a
            # semicolon starts a new chain, like the sentence's first clause
            and _boundary(doc, st, k) != ";"
            # "NAIROBI (geomap) – Die Helfer fuhren nach <X>, rund N km ...": the clause
            # right after the dateline opens the story, whatever word it opens with (a
            # relative pronoun there is an article: "– Die Verletzten wurden nach <X>
            # gebracht, rund N km ...")
            and not _opens_story(doc, prev_c, by_sentence)
            # "From <A>, the convoy headed towards <B>, about N km ...": after a fronted
            # prepositional phrase an article opens the main clause, not an apposition
            and not (prev_c.kind == "apposition" and _fronted_adverbial(st, k, syn))
            # "Ships sailed from <A>, on the <Sea>, to <B>, some N km ...": the way's
            # destination set off right before the distance is what it describes
            and not (
                mode == "apposed" and k == ci - 1 and _set_off_destination(st, prev_c, in_sent, syn)
            )
        ):
            k -= 1
            continue
        if mode in ("apposed", "relative"):
            how: EvidenceHow = "relative clause" if mode == "relative" else "apposition"
            last_np = st.phrase_at(st.tokens[prev_c.last].start)
            if (
                mode in ("apposed", "relative")
                and k == ci - 1
                and last_np is not None
                and (
                    last_np.preposition is None
                    # "The governor flew in from the state capital, about N km north-east
                    # of <B>", "Evacuees were taken to the port, some N km ...", "Helfer
                    # kamen aus der Landeshauptstadt, rund N km ...": a description as the
                    # way's start or end is the distance's subject too
                    or last_np.preposition.casefold()
                    in syn.route_from_words | syn.route_to_words | syn.speaker_origin
                    # "The ministry in the capital, some N km north of <B>", "Die
                    # Regierung in der Hauptstadt, gut N km nördlich von <B>": a capital
                    # contains what the sentence speaks of; the distance places it
                    or (
                        last_np.head.fold in syn.capital_nouns
                        and last_np.preposition.casefold() in syn.containment_words
                    )
                )
                and (
                    last_np.determiner is not None
                    # "Aid came from <Country>'s capital, about N km to the west": the
                    # possessive is the phrase's determiner
                    or (
                        last_np.head.fold in syn.capital_nouns and _owner_modifier(in_sent, last_np)
                    )
                )
                and last_np.last == prev_c.last
                and (
                    _place_in(in_sent, last_np) is None
                    or (
                        # "The North Darfur capital, about N km ...", "<Country>'s
                        # capital, about N km ...": a region or country that only says
                        # whose capital the phrase is
                        last_np.head.fold in syn.capital_nouns
                        and (
                            _region_modifier(in_sent, last_np) or _owner_modifier(in_sent, last_np)
                        )
                    )
                )
                and (
                    last_np.head.fold in syn.capital_nouns
                    or _descriptive_kinds(last_np.head.fold, syn)
                )
                # "<A> im Südosten der Insel, rund N km ...": a description in a
                # genitive after a prepositional phrase only says where <A> lies
                and _genitive_in_chain(st, last_np) is None
            ):
                # "Officials in <A> said the capital, about 140 km away, ...": the
                # description that ends the clause is what the distance describes, not a
                # place named before it; unresolved, the subject stays unknown
                got = _resolve_phrase(
                    doc,
                    sent,
                    last_np,
                    reference,
                    in_sent,
                    by_sentence,
                    structures,
                    syn,
                    subject=True,
                )
                if got is None:
                    return None
                return got[0], got[1], last_np.start, last_np.end
            chain_np = _before_verb_end(st, prev_c, syn) or last_np
            chain = (
                _genitive_in_chain(st, chain_np, syn.name_of)
                if mode == "apposed" and k == ci - 1 and chain_np is not None
                else None
            )
            part = (
                chain
                if chain is not None
                else _town_part_object(st, chain_np, syn)
                if mode == "apposed" and k == ci - 1 and chain_np is not None
                else None
            )
            if (
                part is not None
                and chain_np is not None
                and part.head.fold in syn.town_part
                and chain_np.last == prev_c.last
                and _place_in(in_sent, chain_np) is None
                and (
                    chain_np.head.fold in syn.capital_nouns
                    or _descriptive_kinds(chain_np.head.fold, syn)
                )
            ):
                # "Trucks queued on the outskirts of the capital, some N km from <B>", "am
                # Stadtrand der Hauptstadt, rund N km ...", "Floods hit the suburbs of the
                # capital, about N km ...": a part of a town, then the town's description:
                # the distance describes that town
                got = _resolve_phrase(
                    doc,
                    sent,
                    replace(chain_np, preposition=None, preposition_start=None),
                    reference,
                    in_sent,
                    by_sentence,
                    structures,
                    syn,
                    subject=True,
                )
                if got is not None:
                    return got[0], got[1], chain_np.start, chain_np.end
            if chain is not None and chain.preposition_start is not None:
                # "Am schwersten traf es <A> im äußersten Osten der Insel, rund N km ...",
                # "<A> an der Südküste der Insel, rund N km ...": the place right before
                # the prepositional chain is what the distance describes
                n_head = in_sent.count_ending_by(chain.preposition_start)
                head = in_sent[n_head - 1] if n_head > 0 else None
                if (
                    head is not None
                    and _is_point(head)
                    and head is not reference
                    and head.start >= st.tokens[prev_c.first].start
                    and not doc.text[head.end : chain.preposition_start].strip()
                ):
                    return head, how, head.start, head.end
            tail = _tail_place(st, prev_c.first, prev_c.last, in_sent)
            there = st.tokens[prev_c.last]
            if (
                mode == "apposed"
                and k == ci - 1
                and tail is None
                and there.fold in syn.place_adverbs
            ):
                # "<A> ... . The storm made landfall there, about N km south of <B>": a
                # place adverb ending the clause right before the distance is what the
                # distance describes; it stands for the last place the sentences before
                # named, as a pronoun subject does
                for p in by_sentence.previous(sent.index):
                    if _is_point(p) and p.resolved and (reference is None or p.id != reference.id):
                        return p, "previous sentence", there.start, there.end
                return None
            if tail is not None and _second_of_between(doc, tail, in_sent, syn):
                tail = None  # "X liegt zwischen A und B, rund N km von A": X, not B
            if tail is not None:
                tail = _locative_opener(doc, st, prev_c, tail, reference, in_sent, by_sentence, syn)
            if tail is None and k == ci - 1:
                # "Auch im benachbarten Singapur, rund 900 km ...": a country (a city state)
                # is what the distance describes when its clause names nothing else
                tail = _only_country(st, prev_c, in_sent)
            if (
                mode == "apposed"
                and k > 0
                and st.tokens[prev_c.first].fold in lex.verbs
                and (tail is None or _where_it_lies(st, tail, syn))
            ):
                # "<X>, the capital since 2005, lies between <A> and <B>, about N km north
                # of <A>", "<X>, the old royal capital, lies on the <River>, about N km
                # ...": a predicate set off after the chain's subject and its apposition
                # continues that subject; the distance describes it, as in "<X>, the
                # capital, lies N km ..."
                mode = "verb"
                k -= 1
                continue
            if (
                tail is None
                and mode == "apposed"
                and k == ci - 1
                and (head := _head_before_line(doc, st, prev_c, reference, in_sent)) is not None
            ):
                # "Worst hit is <A> near the border with <Z>, about N km south-west of <B>",
                # "Besonders betroffen ist <A> nahe der Grenze zu <Z>, rund N km ...": a
                # border or coast in a prepositional phrase right after a town says where
                # the town lies; the distance set off after it describes the town
                return head, how, head.start, head.end
            if (
                tail is not None
                and mode == "apposed"
                and (_on_graticule(tail) or _water_where(st, tail))
            ):
                # "<A> sits just north of the Equator, some 45 km from the line": a line
                # of latitude or a pole is where <A> lies; <A>, opening the clause, is
                # what the distance describes (read as a clause subject below); so is a
                # river or lake in a prepositional phrase ("<A> liegt an der <Fluss>,
                # rund N km östlich von <B>", "<A> lies on the <River>, N km ...")
                tail = None
            elif tail is not None and tail is not reference:
                return tail, how, tail.start, tail.end
        lead = _lead_place(doc, st, prev_c.first, prev_c.last, in_sent, by_sentence, syn)
        np = _first_phrase(st, prev_c.first, prev_c.last, syn)
        if lead is None and np is not None and np.preposition is None:
            # "Die Hafenstadt Valparaíso, ..., liegt": a name after its descriptive noun;
            # "The mining town of <X>, where ..., lies": the name after "of"
            lead = _place_in(in_sent, np) or _name_of_place(st, np, prev_c, in_sent, syn)
        if lead is not None and _is_point(lead) and lead is not reference:
            return lead, "clause subject", lead.start, lead.end
        if (
            np is not None
            and _place_in(in_sent, np) is None
            and (
                np.preposition is None
                # "In der Stadt, rund 200 km nordwestlich von <Y>, ...": a locative
                # phrase that is its whole clause, set off before an apposed distance
                or (mode == "apposed" and k == ci - 1 and np.last == prev_c.last)
            )
        ):
            got = _resolve_phrase(
                doc, sent, np, reference, in_sent, by_sentence, structures, syn, subject=True
            )
            if got is not None:
                return got[0], got[1], np.start, np.end
            if (
                k > 0
                and prev_c.kind in ("apposition", "main")
                and np.start == prev_c.start
                and np.preposition is None
                and np.determiner is not None
                and np.determiner.casefold() in syn.indefinite
            ):
                # "<A> - a seaside town at the foot of <Mount B> - is N km ...": an
                # apposition that opens with an indefinite phrase says what <A> is (it
                # stands for no place of its own); the chain's subject comes before it
                k -= 1
                continue
        if lead is not None and _is_area(lead) and k > 0:
            k -= 1  # "In Iraq, Basra, ...": a fronted region is where, not what
            continue
        if (
            lead is not None
            and k == 0
            and mode == "verb"
            and _is_area(lead)
            # (a country named like its capital is mostly the capital: "Kuwait, ..., liegt")
            and lead.kind != "country"
            and lead is not reference
            and np is not None
            and np.preposition is None
            and _ends_clause(st, prev_c, lead)
        ):
            # "<Island>, <Country>'s largest island, lies N km north of <Y>": a bare area
            # name that opens the chain and is its whole clause is what the verb says lies
            # there (checked from its nearest edge); a fronted "In <Region>," is not (above)
            return lead, "clause subject", lead.start, lead.end
        if (
            lead is not None
            and k == 0
            and mode == "apposed"
            and lead.kind == "admin1"
            and lead is not reference
            and np is not None
            and np.preposition is None
            and _ends_clause(st, prev_c, lead)
        ):
            # "<R>, on the border with <Country>, about N km north-east of <B>, reported
            # ...", "<R>, an der Grenze zu <Land>, rund N km ...": a bare first-level
            # region named like its seat opens the chain and is its whole clause; past the
            # set-off asides the distance describes it, and a region's distance between
            # two places is its seat's (as session 13's bare region as an end, which a
            # unit word beside the name keeps a region)
            seat = _namesake_seat(doc, lead, "point", syn)
            if seat is not lead:
                return seat, "apposition", lead.start, lead.end
        if mode == "verb" and lead is None and st.token_index(c.start) > 0:
            # "Officials in <A> said <B>, <apposition>, is N km ...": with no place opening
            # the clause, the name that ends it is the subject the verb continues
            tail = _tail_place(st, prev_c.first, prev_c.last, in_sent)
            if (
                tail is not None
                and tail is not reference
                and _ends_clause(st, prev_c, tail)
                and not (k > 0 and kind_info(tail.kind).label_point_only)
            ):
                # ("Pontianak, right on the Equator, lies ...": a line of latitude or a
                # sea ending an apposition is where the subject lies, read past below)
                return tail, "clause subject", tail.start, tail.end
            if tail is not None and k > 0 and kind_info(tail.kind).label_point_only:
                k -= 1
                continue
        if (
            mode in ("apposed", "verb")
            and k > 0
            and not skipped
            and (_no_point(prev_c, in_sent) or _noun_of_apposition(st, prev_c, in_sent, syn))
        ):
            # "X, home of the Y temples, about 40 km ..." / "X, home to the old bridge, lies
            # 40 km ...": an apposition that opens with a noun rather than an article; a
            # country or region inside it ("home to <Country>'s main airport") is where
            skipped = True
            k -= 1
            continue
        return None
    return None


#: at most this many words in a clause that is a point place's address (``central
#: Vietnam``, ``northern Mozambique``)
_ADDRESS_WORDS = 3


def _travel_time_aside(st: SentenceStructure, c: Clause, q: Quantity, syn: _Syntax) -> bool:
    """Clause ``c`` (set off before a distance's verb) is a travel time: a word ending in
    one of the lexicon's ``gloss_time_words`` (``an hour``, ``40 Autominuten``) among
    its first few words, and no distance of its own."""
    toks = st.tokens[c.first : c.last + 1]
    if not toks or toks[-1].end > q.start:
        return False
    head = toks[: _FEW_WORDS - 2]
    return any(t.fold.endswith(syn.gloss_time_words) for t in head)


def _locative_aside(
    st: SentenceStructure,
    k: int,
    reference: Place | None,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> Place | None:
    """The town of clause ``k`` when that clause is only a locative preposition and the
    town (``, in <X>,``, ``, bei <X>,``) and the clause before it names no point place
    (``Tschads Regierung teilte mit, in <X>, rund N km ...``). Then the distance set off
    after it can describe nothing but <X>; the clause walk would skip the phrase as an
    aside of the place before it (``<A>, near <B>, some N km ...`` still reads <A>)."""
    c = st.clauses[k]
    lo, hi = st.tokens[c.first].start, st.tokens[c.last].end
    inside = [p for p in in_sent if lo <= p.start < hi]
    if len(inside) != 1:
        return None
    p = inside[0]
    if (
        not p.resolved
        or not _is_point(p)
        or kind_info(p.kind).is_area
        or p is reference
        or not _ends_clause(st, c, p)
    ):
        return None
    if c.kind == "adjunct" and syn.locative_word.fullmatch(st.tokens[c.first].text) is not None:
        words = st.tokens[c.first + 1 : st.token_index(p.start)]
        if any(t.fold not in syn.articles for t in words):
            return None
        prior = st.clauses[k - 1]
        plo, phi = st.tokens[prior.first].start, st.tokens[prior.last].end
        if any(plo <= q.start < phi and _is_point(q) for q in in_sent):
            return None
        return p
    # "<Name>, 54, from <X>, about N km ...", "<Name>, a teacher in <X>, some N km ...",
    # "<Name> (32), Lehrerin in <X>, etwa N km ...": a person's origin or workplace set
    # off after a name (an age between) is the only place of the chain before the
    # distance, so the distance describes it. A few words (a role noun) may come before
    # the locative or from-marker; no clause before it in the sentence may name a point
    words = st.tokens[c.first : st.token_index(p.start)]
    while words and words[-1].fold in syn.articles:
        words = words[:-1]
    # the role's article is no word of it ("a police officer in <X>": three words)
    if not words or sum(t.fold not in syn.articles for t in words) > _ADDRESS_WORDS:
        return None
    marker = words[-1]
    if (
        syn.locative_word.fullmatch(marker.text) is None
        and marker.fold not in syn.speaker_origin
        and marker.fold not in syn.origin_words
    ):
        return None
    if any(any(ch.isdigit() for ch in t.text) for t in words):
        return None
    if any(q.start < lo and _is_point(q) for q in in_sent):
        return None
    return p


def _address_area(st: SentenceStructure, k: int, in_sent: _SentencePlaces) -> bool:
    """Clause ``k`` is only the country or region (a few words) that the point place
    ending the clause before it lies in, set off by a comma or a bracket: ``Beira,
    Mozambique, ...``, ``Douala (Cameroon), ...``, ``Da Nang, central Vietnam, ...``.
    Like a postal address it says where that place is; it is never what a distance set
    off after it describes (the point place is). The area must hold the point (the same
    country), so ``Lusaka, Zimbabwe's neighbour ...`` or another country is not read
    past."""
    if k < 1:
        return False
    c = st.clauses[k]
    if c.boundary not in (",", "(") or c.last - c.first + 1 > _ADDRESS_WORDS:
        return False
    j = in_sent.count_ending_by(c.end)
    if j < 2:
        return False
    area, point = in_sent[j - 1], in_sent[j - 2]
    if area.start < c.start or not _is_area(area) or not _ends_clause(st, c, area):
        return False
    before = st.clauses[k - 1]
    if point.start < before.start or point.end > before.end or not _is_point(point):
        return False
    if not _ends_clause(st, before, point):
        return False
    return point.country_code is not None and point.country_code == area.country_code


def _set_off_destination(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``c`` is a to-phrase (lexicon ``route_to``: ``to <B>``, ``nach <B>``) that
    ends in a point place, set off by commas inside a journey (``Ships sailed from <A>, on
    the <Sea>, to <B>, some N km to the south-west``): the way's destination, which an
    apposed distance after it describes, as it does with no insertion (``from <A> to <B>,
    some N km ...``)."""
    if st.tokens[c.first].fold not in syn.route_to_words:
        return _relative_destination(st, c, in_sent, syn)
    tail = _tail_place(st, c.first, c.last, in_sent)
    return tail is not None and _ends_clause(st, c, tail) and c.last - c.first <= _FEW_WORDS


def _relative_destination(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``c`` is a relative clause that ends in a to-phrase's point place (``...
    visitors, who often continue to <B>, about N km from <C>``, ``... Pilger, die weiter
    nach <B> ziehen, rund N km ...``: the way's destination is the nearest noun before
    the distance set off after it, which describes that place, not the clause's
    antecedent a clause further back."""
    if c.kind != "relative":
        return False
    tail = _tail_place(st, c.first, c.last, in_sent)
    if tail is None or not tail.resolved or not _is_point(tail):
        return False
    k = st.token_index(tail.start)
    # the place ends the clause, or only a verb follows it ("die weiter nach <B> reisen":
    # a German relative clause puts its verb last)
    last = st.tokens[c.last]
    ends = _ends_clause(st, c, tail) or (
        last.start >= tail.end and st.token_index(tail.end) == c.last and last.text[:1].islower()
    )
    # the to-word right before the place, or before its article
    before = [st.tokens[j].fold for j in range(max(c.first, k - 2), k)]
    return ends and (
        (bool(before) and before[-1] in syn.route_to_words)
        or (len(before) == 2 and before[0] in syn.route_to_words and before[1] in syn.articles)
    )


def _boundary(doc: Document, st: SentenceStructure, k: int) -> str:
    """The punctuation that opens clause ``k``, with a spaced hyphen inside a sentence
    read as the dash it stands for (``Mostar - once a frontline city - lies ...``): the
    substrate ends a unit at every spaced hyphen, like a colon, for a dateline's
    (``PERTH - Evacuees ...``); a hyphen is a dateline's only when the words before it
    are the document's dateline or all capitals."""
    c = st.clauses[k]
    if c.boundary != ":" or k == 0:
        return c.boundary
    tok = st.tokens[c.first]
    if " - " not in tok.gap_before:
        return c.boundary
    h = doc.header
    if h.dateline_end is not None and tok.start - h.dateline_end <= _DATELINE_GAP:
        return c.boundary
    if k == 1 and any(t.text.isupper() and len(t.text) > 1 for t in st.tokens[: c.first]):
        return c.boundary  # "PERTH - ...", "NAIROBI (geomap) - ..."
    return "–"


def _second_of_between(doc: Document, p: Place, in_sent: _SentencePlaces, syn: _Syntax) -> bool:
    """``p`` is the second place of ``zwischen A und B`` / ``between A and B``."""
    k = in_sent.count_ending_by(p.start)
    if k == 0:
        return False
    first = in_sent[k - 1]
    joint = doc.text[first.end : p.start]
    if len(joint) > 12 or syn.pair_and.search(joint) is None:
        return False
    return syn.between.search(doc.text, max(0, first.start - 16), first.start) is not None


def _named_apposition(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The point place an apposition names after its descriptive noun and nothing else
    (``the town of Nakuru``, lexicon ``name_of``; ``die Stadt Bautzen``), or None. An
    apposition about people of a place (lexicon ``dweller_nouns``: ``said <Person>, a
    resident of <X>, some N km ...``, ``ein Bewohner von <X>``) names that place too: the
    person lives there, and the distance set off after it describes the town."""
    np = _first_phrase(st, c.first, c.last, syn)
    if np is None or np.preposition is not None or np.determiner is None:
        return None
    noun = st.tokens[np.first].fold if _place_in(in_sent, np) is not None else np.head.fold
    dweller = noun in syn.dweller_nouns
    if not (_descriptive_kinds(noun, syn) or noun in syn.capital_nouns or dweller):
        return None
    p = _place_in(in_sent, np)
    if p is None:
        k = np.last + 1
        joins = syn.dweller_of if dweller else syn.name_of
        if k + 1 > c.last or st.tokens[k].fold not in joins:
            return None
        p = in_sent.first_from(st.tokens[k + 1].start)
        if p is None or p.start != st.tokens[k + 1].start:
            return None
    if not _is_point(p) or st.token_index(p.end) <= c.last:
        return None  # the name must end the apposition
    kinds = _descriptive_kinds(noun, syn)  # a capital noun is a city's in the lexicon
    if kinds and p.kind not in kinds:
        # "<X>, the main town of <Island>, lies ...": a place of another kind than the
        # noun's is what <X> is the town of, not its name
        return None
    return p


def _name_of_place(
    st: SentenceStructure, np: NounPhrase, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The point place right after a descriptive noun phrase and a ``name_of`` word in
    clause ``c`` (``the mining town of <X>``): the name of what the phrase describes."""
    if not (_descriptive_kinds(np.head.fold, syn) or np.head.fold in syn.capital_nouns):
        return None
    k = np.last + 1
    if k + 1 > c.last or st.tokens[k].fold not in syn.name_of:
        return None
    p = in_sent.first_from(st.tokens[k + 1].start)
    if p is None or p.start != st.tokens[k + 1].start or not _is_point(p):
        return None
    return p


def _only_country(st: SentenceStructure, c: Clause, in_sent: _SentencePlaces) -> Place | None:
    """The one place of clause ``c`` when it is a country that ends the clause."""
    k = in_sent.count_ending_by(c.end)
    if k == 0:
        return None
    p = in_sent[k - 1]
    if p.start < c.start or p.kind != "country" or p.relation is not None:
        return None
    if k >= 2 and in_sent[k - 2].start >= c.start:
        return None  # the clause names another place too
    return p if st.token_index(p.end) > c.last else None


def _no_point(c: Clause, in_sent: _SentencePlaces) -> bool:
    """Clause ``c`` names no place, or only settings (a country, a region, a sea) that do
    not open it."""
    k = bisect_left(in_sent.starts, c.start)
    for j, p in enumerate(in_sent[k : k + _MAX_PLACES_BACK]):
        if p.start > c.end:
            return True
        if not _is_setting(p) or (j == 0 and p.start == c.start):
            return False
    return True


def _noun_of_apposition(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``c`` opens with a capital or feature noun and no article, and no place
    opens it (``Osh, capital of the Osh region, lies ...``, ``Timbuktu, Hauptstadt der
    gleichnamigen Region, liegt ...``): the places in it say what the subject is the
    capital or the port of, so it is read past like a placeless apposition."""
    if c.last < c.first:
        return False
    noun = st.tokens[c.first].fold
    if noun not in syn.capital_nouns and not _descriptive_kinds(noun, syn):
        return False
    p = in_sent.first_from(c.start)
    return p is None or p.start > st.tokens[c.first].start


def _coordinated_locative(st: SentenceStructure, ci: int, q: Quantity, syn: _Syntax) -> bool:
    """Clause ``ci`` is set off after a comma (or dash, bracket), opens with a preposition
    and joins a locative phrase to the distance by an additive coordinator, with no verb
    (``<X>, am Fuß der <Berge> und knapp N km westlich von <Y>, ...``, ``<X>, in den Bergen
    der <Kordillere> und N km ...``, ``<X>, at the foot of <Mount Y> and about N km ...``,
    lexicon ``locative_coordinators``). Why: the locative says where the place before the
    comma lies and the distance is a second fact about that place; a place the locative
    names (a range, a peak, a river town) is no subject, whatever kind the gazetteer
    gives it."""
    if ci <= 0:
        return False
    c = st.clauses[ci]
    if c.boundary not in (",", "–", "—", "(") or c.last < c.first:
        return False
    lex = syn.phrases
    if st.tokens[c.first].fold not in lex.prepositions:
        return False
    kq = st.token_index(q.start)
    # the coordinator, with at most two qualifier words after it ("und knapp", "and just
    # over", "und mehr als")
    k = kq - 1
    while k > c.first and kq - k <= 3 and st.tokens[k].fold not in syn.locative_coordinators:
        if not st.tokens[k].text.isalpha() or st.tokens[k].text[:1].isupper():
            return False
        k -= 1
    if k <= c.first or st.tokens[k].fold not in syn.locative_coordinators:
        return False
    return not any(
        t.fold in lex.verbs or t.fold in lex.finite_verbs for t in st.tokens[c.first : kq]
    )


def _water_where(st: SentenceStructure, p: Place) -> bool:
    """A river, lake or sea named in a prepositional phrase (``an der Elbe``, ``on the
    Mekong``, ``on the shore of Lake Victoria``): where the clause's subject lies, not what
    a distance set off after the clause describes."""
    return kind_info(p.kind).is_water and _behind_preposition(st, p)


def _other_point_at(p: Place, subject: Place, by_sentence: _Places) -> bool:
    """``p`` can be where a distance of ``subject`` is measured from: a resolved point
    other than the subject, not a setting (a sea, a line of latitude) and not the
    dateline's own address."""
    return (
        _is_point(p)
        and p.resolved
        and p.id != subject.id
        and not _is_setting(p)
        and not by_sentence.is_dateline_address(p)
    )


def _owner_modifier(in_sent: _SentencePlaces, np: NounPhrase) -> bool:
    """The only places inside ``np`` are countries or first-level regions before its
    head (``Togo's capital``, ``Kroatiens Hauptstadt``): they say whose the head is, like
    a determiner, and are not what the phrase stands for."""
    inside = [p for p in in_sent if np.start <= p.start < np.end]
    return bool(inside) and all(
        p.end <= np.head.start and (p.kind == "country" or (p.id or "").startswith("admin1:"))
        for p in inside
    )


def _build(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    by_sentence: _Places,
    syn: _Syntax,
    prev: _Built | None,
    structures: _Structures,
) -> _Built | None:
    text = doc.text
    in_sent = _in_sentence(by_sentence, sent)
    subject: Place | None = None
    reference: Place | None = None
    form = "point"
    end = after
    why = _Why()
    route_length = q.measure == "length"  # "die 400 Kilometer lange Strecke": checked below

    def describe(np: NounPhrase, other: Place | None) -> Place | None:
        if other is not None and _is_point(other) and other.country_code and _bare_coast(np, syn):
            # "between the city and the coast", "zwischen <A> und der Küste": a coast
            # naming no country is the other end's country's, as "from the coast" is
            return _coast_place(doc, sent, other.country_code, np.start, np.end)
        got = _resolve_phrase(doc, sent, np, other, in_sent, by_sentence, structures, syn)
        return got[0] if got is not None else None

    between = _between_places(doc, q, in_sent, syn, structures.of(sent), prev, describe)
    if (
        between is not None
        and prev is not None
        and prev.claim.subject_evidence is not None
        and prev.claim.subject_evidence.how == "between"
        and {prev.subject, prev.reference} == {between[0], between[1]}
        and not syn.between_them.search(doc.text, prev.end, q.start)
    ):
        # "auf der 215 km langen Autobahn zwischen A und B stauten sich Lastwagen auf
        # 12 Kilometern": the between phrase belongs to the distance that took it
        between = None
    reference = _find_reference(doc, sent, q, after, in_sent, syn, by_sentence)
    halfway = (
        _halfway_ends(doc, q, in_sent, syn, structures.of(sent))
        # "<X> lies halfway between <A> and <B>, which are N km apart": a distance marked
        # as a pair's is the two ends' own, not the halfway place's
        if reference is None and between is None and not _pair_marked(doc, q, after, sent, syn)
        else None
    )
    if halfway is not None:
        # "<X> liegt auf halbem Weg zwischen <A> und <B> und ist von beiden gut N km
        # entfernt", "<X>, halfway between <A> and <B>, some N km from each": the
        # distance is to either end; the first is checked
        reference = halfway[0]
        why.reference = ("between", reference.start, reference.end)
    if (
        reference is None
        and between is None
        and (here_m := syn.here_after.match(text, after)) is not None
        # "It is N km from here to the capital": a route from here, read below
        and _next_word(text, here_m.end()) not in syn.route_to_words
        and (here_ref := _here_place(doc, sent, q, in_sent, by_sentence, syn)) is not None
    ):
        # '"<X> is barely N km from here," an official in <Y> said': the distance is
        # measured from where the speaker is, as ``Bis <X> sind es von hier N km`` is
        reference = here_ref
        why.reference = (
            "dateline" if here_ref is by_sentence.dateline else "named",
            here_ref.start,
            here_ref.end,
        )
    # "die rund 100 Kilometer westlich der Hauptstadt gelegene Hafenstadt <X>": the place
    # after the participle is the subject; the reference stands before the participle
    participle_subject: Place | None = None
    if reference is not None and (split := _participle_split(doc, after, reference, in_sent, syn)):
        participle_subject, reference = split
    if reference is not None and reference.kind == "country" and reference.relation is None:
        # "south of Kenya's capital", "nördlich von Chiles Hauptstadt": the country only
        # says whose capital the phrase means
        np = structures.of(sent).phrase_at(reference.start)
        if np is not None and np.head.start >= reference.end and np.head.fold in syn.capital_nouns:
            got = _capital(doc, np, reference.country_code, None, by_sentence, structures, syn)
            if got is not None:
                reference = got[0]
                why.reference = (got[1], np.start, np.end)
        elif whose_np := _capital_before_whose(doc, sent, after, reference, structures, syn):
            # "west of the capital of <Country>", "südöstlich der Hauptstadt Nigerias": the
            # country after the capital noun only says whose capital the reference is
            got = _capital(
                doc, whose_np, reference.country_code, None, by_sentence, structures, syn
            )
            if got is not None:
                why.reference = (got[1], whose_np.start, max(whose_np.end, reference.end))
                reference = got[0]
    elif reference is not None and reference.kind in _REGION_KINDS and reference.relation is None:
        # "north of the Ashanti capital": the region only says whose capital, one below
        # the country's: the place the text called so, else the dateline's; never the
        # region's own point
        np = structures.of(sent).phrase_at(reference.start)
        if np is not None and np.head.start >= reference.end and np.head.fold in syn.capital_nouns:
            got = _regional_capital(doc, np, None, by_sentence, structures, syn, dateline=False)
            if got is not None:
                reference = got[0]
                why.reference = (got[1], np.start, np.end)
            else:
                reference = None
                why.open_reference = doc.text[np.start : np.end]
        elif (reference.id or "").startswith("admin1:") and (
            whose_np := _capital_before_whose(doc, sent, after, reference, structures, syn)
        ):
            # "north-west of the capital of <Region>", "nördlich der Hauptstadt <Region>s":
            # the region after the capital noun says whose capital: its seat by data, never
            # the region's own point (no reference when the gazetteer knows no seat)
            got_w = _whose_region_seat(doc, whose_np, reference, subject, by_sentence)
            if got_w is not None:
                why.reference = (got_w[1], whose_np.start, max(whose_np.end, reference.end))
                reference = got_w[0]
            else:
                why.open_reference = doc.text[whose_np.start : reference.end]
                reference = None
    if (
        between is not None
        and reference is not None
        and reference is not between[0]
        and reference is not between[1]
        and structures.of(sent).clause_index(between[0].start)
        != structures.of(sent).clause_index(q.start)
        # "Ferries between A and B, a 30-km crossing of the X Strait": what follows a
        # route noun the length modifies is the route's water or land, not a reference
        and not (q.attributive and _route_noun_after(doc, q, syn))
        # "flew from A to B, a flight of some N km across Bass Strait": an area crossed
        # on the way is no reference either
        and not (
            (_is_setting(reference) or kind_info(reference.kind).is_water)
            and _preceded_by(doc, reference, syn.terrain_before)
        )
    ):
        # "Posen liegt auf halber Strecke zwischen Berlin und Warschau, rund 270 km von
        # Berlin entfernt": a distance with its own reference is not the between's
        between = None
    route_from, route_to = _route_ends(doc, q, in_sent, syn)
    if _road_toward(doc, structures.of(sent), q, route_from, route_to, in_sent, syn):
        route_from = route_to = None
    # "drove the N km from <A> to the city": a from-place after the distance, read as the
    # reference, is the way's start when a to-phrase names its end by description
    from_ref = (
        reference
        if reference is not None
        and route_from is None
        and route_to is None
        and reference.start >= q.end
        and _preceded_by(doc, reference, syn.route_from_before)
        else None
    )
    to_phrase = (
        _route_to_phrase(
            doc, sent, q, route_from or from_ref, in_sent, by_sentence, structures, syn
        )
        if route_to is None and between is None and (reference is None or from_ref is not None)
        else None
    )
    if to_phrase is not None and from_ref is not None:
        if to_phrase[0].start > from_ref.start or to_phrase[2] > from_ref.end:
            route_from = from_ref
        else:
            to_phrase = None
    if route_to is not None:
        st = structures.of(sent)
        # the unit locates the distance's clause: clauses begin at a word, so in "the
        # 12-hour, 670-km drive from A to B" the number stands before its clause's start
        ci_to, ci_q = st.clause_index(route_to.start), st.clause_index(q.end - 1)
        apposition = _route_apposition(doc, q, syn)
        if (
            ci_to != ci_q
            and route_to is not _paren_place(text, q.start, in_sent)
            and not _free_relative_route(st, ci_to, ci_q, syn)
            and not (
                (route_length or _opens_clause(doc, q) or apposition)
                and (
                    ci_to == ci_q - 1
                    # "from <A> to <B>, on the <Country> border, a drive of N km": a short
                    # locative aside set off after the destination says where <B> lies
                    or (
                        apposition
                        and ci_to == ci_q - 2
                        and _placeless_aside(st, ci_to + 1, in_sent)
                    )
                )
                # ", a distance of N km": the apposition's lead names the way
                and (apposition or _route_noun_before(doc, q, syn))
                # "the road to <B>, some N km west of the capital": a distance with its
                # own described reference locates <B>; it is not the road's length
                and not _describes_reference(doc, sent, q, after, structures, syn)
            )
        ):
            # ("the road from A to B, some N km long": a route's length set off after it)
            # ("to <A> (N km)": a distance in parentheses belongs to the place before it)
            # "flown to X, about 40 km to the east", "X, 270 km from Y, ... from A to B":
            # a route's end is in the distance's own clause
            route_from = route_to = None
    if to_phrase is not None:
        # "Bis zur Hauptstadt sind es von hier N km", "von <A> bis zum Ort sind es N km":
        # the to-phrase names its end by description
        route_to = to_phrase[0]
    is_route = (
        route_to is not None
        and (
            route_from is None
            or route_from.start < (route_to.start if to_phrase is None else to_phrase[2])
            # "Bis nach <B> sind es von <A> aus N km": a start marked by "aus" may follow
            or syn.route_from_after.match(text, route_from.end) is not None
        )
        and (reference is None or reference is route_to or reference is route_from)
    )
    ranged = _is_range(doc, q, sent, syn, structures, in_sent)
    reach = (
        _reach_ends(doc, sent, q, in_sent, structures, syn, by_sentence.dateline)
        if between is None and not is_route
        else None
    )
    if reach is not None and reference is not None and reference is not reach[1]:
        reach = None  # "erreichte <B> nach N km, 40 km von <C>": <C> is a reference
    if reach is not None:
        ranged = False
    # "Das rund 60 Kilometer entfernte X schickte Helfer nach Y": the
    # attributive reading wins over a to-phrase later in the sentence
    attributive = _attributive_away(doc, q, after, in_sent, syn) is not None
    if route_length or q.attributive:
        if between is not None and (
            _route_noun_after(doc, q, syn) or _section_noun_after(doc, q, syn)
        ):
            form = "route"
        elif between is None and not (is_route and route_from is not None):
            drive_from = (
                (q.attributive or _length_of_route(doc, q, in_sent, syn))
                and reference is not None
                and reference.start >= q.end
                and _route_noun_after(doc, q, syn)
                and not _route_of(doc, q, reference, syn)
            )
            linked = _route_noun_after(doc, q, syn) and _pair_marked(doc, q, after, sent, syn)
            # "<A> and <B> are separated by some N km of mountains", "N km of desert
            # separate <A> from <B>": what the kilometres are made of does not make them a
            # length when a pair verb marks the two ends
            separated = route_length and _separated_length(doc, q, sent, syn)
            if not (drive_from or linked or separated):  # ("<X> is a 70-km drive from
                # <Y>", "<A> and <B> are linked by a 270-km road": routes, below)
                return None  # a length ("a 12-km queue"), not a distance between two places
    listed = _list_item(doc, q, in_sent, prev)
    if listed is not None:
        # "from <O> to <A> (N km), <B> (M km) and <C>": <B> is M km from <O> too
        subject, reference, form = listed
        for place, ev in (
            (subject, prev.claim.subject_evidence if prev else None),
            (reference, prev.claim.reference_evidence if prev else None),
        ):
            # the origin keeps the evidence the first item gave it; the item is named
            origin = prev is not None and (place is prev.subject or place is prev.reference)
            item_why: tuple[EvidenceHow, int, int] = (
                (ev.how, ev.start, ev.end) if origin and ev else ("named", place.start, place.end)
            )
            if place is subject:
                why.subject = item_why
            else:
                why.reference = item_why
    elif between is not None:
        subject, reference = between
        if subject.relation == "coast" and reference.relation != "coast":
            subject, reference = reference, subject  # "between the coast and <A>"
        elif q.direction is not None and reference.end <= q.start:
            # "closed the road between <A> and <B>, about N km to the south-east": a
            # compass point set off after the pair says where <B> lies as seen from <A>
            # (the way is read from its first end); verification measures the bearing
            # from the reference to the subject, so <B> is the subject. Read the other way
            # a true direction was refuted.
            subject, reference = reference, subject
        # "the 800 km drive between A and B": a route noun makes it a route, with its
        # allowance, whether or not the number is written as a compound
        form = (
            "route"
            if form == "route"
            or _route_noun_after(doc, q, syn)
            # "closed the 90 km stretch between A and B": a part of a route with a between
            # phrase is the route's length between the two places (lexicon section_nouns)
            or _section_noun_after(doc, q, syn)
            # "Die Bahnstrecke zwischen A und B ist N km lang", "the railway linking A and
            # B (N km)": a length of a route named before it in its clause
            or _route_noun_before(doc, q, syn)
            or _along_in_clause(doc, sent, q, structures, syn)
            or _along_in_clause(doc, sent, q, structures, syn, travel=True)
            # "Auf den rund N Kilometern zwischen A und B fahren ...": a stretch travelled
            or _stretch_lead(doc, sent, q, syn)
            # "die auf N km <A> und <B> verbindet": a length over which a way links them
            or _linked_over(
                doc, q, in_sent, syn, structures.of(sent), structures.of(sent).clause_index(q.start)
            )
            == between
            else "coast"
            if reference.relation == "coast"
            else "pair"
        )
        if form == "route" and _straight_line_said(doc, sent, q, structures, syn):
            # "nach <B> geflogen, Luftlinie rund N km von <A> entfernt": the distance's
            # own clause says it is a straight line, whatever way the sentence travels
            form = "pair"
        elif form == "route" and not q.attributive and _apart_next(doc, q, after, sent, syn):
            # "Trucks on the highway between <A> and <B>, some N km apart, ...": "apart"
            # right after the distance says how far the two places lie from each other
            # (a straight line), whatever way the sentence names before it
            form = "pair"
        why.subject = ("between", subject.start, subject.end)
        why.reference = ("between", reference.start, reference.end)
        end = max(end, reference.end) if reference.start >= q.start else end
    elif is_route and (route_from is not None or not ranged) and not attributive:
        # "from X to Y": a journey with both ends is a route even when it is flown
        form = "route"
        st_q = structures.of(sent)
        ci_q = st_q.clause_index(q.end - 1)
        c_lo, c_hi = (
            (st_q.clauses[ci_q].start, st_q.clauses[ci_q].end)
            if ci_q >= 0
            else (sent.start, sent.end)
        )
        if _straight_line_said(doc, sent, q, structures, syn):
            # "Bis X sind es N km Luftlinie", "nach <B> geflogen, Luftlinie rund N km von
            # <A> entfernt": a straight line, no road (the word before the number, in the
            # distance's clause, says so too)
            form = "point"
        elif not _along_a_way(doc, sent, q, structures, syn):
            # "Von <A> aus sind es bis <B> N km", "From <A> it is N km to <B>": no word of
            # a way, so a straight line (docs/claims.md, "Route or straight line")
            form = "point"
        elif _route_apposition(doc, q, syn) and syn.flight_word.search(text, sent.start, q.start):
            # "Flights from <A> to <B>, a trip of three hours and N km": a flight's
            # distance is a straight line, checked without a road's allowance
            form = "point"
        reference = route_to
        why.reference = None
        here = (
            _here_place(doc, sent, q, in_sent, by_sentence, syn)
            if route_from is None and syn.here.search(text, c_lo, c_hi) is not None
            else None
        )
        if route_from is not None and reference is not None and reference.start < route_from.start:
            # "Nach <B> sind es von <A> aus N km": the place named first is the subject
            subject, reference = reference, route_from
            why.subject = ("route", subject.start, subject.end)
        elif route_from is not None:
            subject = route_from
            why.subject = ("route", subject.start, subject.end)
        elif here is not None and (reference is None or here.id != reference.id):
            # "Bis X sind es von hier N km", said someone in Y: from the speaker's place
            subject = here
            why.subject = (
                "dateline" if here is by_sentence.dateline else "named",
                here.start,
                here.end,
            )
        elif here is not None:
            # the speaker's place found is the other end ("Bis <D> sind es von uns aus N
            # km" under <D>'s dateline, the attribution's place unknown): no subject
            # rather than one borrowed from the sentences before
            subject = None
        else:
            subject = _pick_subject(
                doc,
                sent,
                q,
                reference,
                in_sent,
                by_sentence,
                syn,
                prev,
                structures,
                why,
                implicit=True,
            )
        if reference is not None and to_phrase is not None:
            why.reference = (to_phrase[1], to_phrase[2], to_phrase[3])
            end = max(end, to_phrase[3])
        elif reference is not None:
            why.reference = ("route", reference.start, reference.end)
            if reference.start >= after:
                end = reference.end
        if (
            route_from is not None
            and reference is not None
            and subject is route_from
            and reference.start > route_from.start
            and _BRACKET_AFTER_PLACE.fullmatch(text, reference.end, q.start) is not None
        ):
            # "Buses ran from <A> to <B> (N km), <C> (M km) and <D>": the bracket after a
            # destination gives that destination's distance from <A>, as "<B> (N km from
            # <A>)" would; the destination is the subject, the origin the reference
            subject, reference = reference, route_from
            why.subject = ("route", subject.start, subject.end)
            why.reference = ("route", reference.start, reference.end)
        if (
            q.direction is not None
            and q.direction_end is not None
            and reference is not None
            and subject is not None
            and (
                (route_from is not None and subject is route_from)
                # "<A> ... . From there, the convoy drove N km south-west to <B>": the
                # start named by a pronoun is the way's start, like a named one
                or (
                    route_from is None
                    and why.subject is not None
                    and why.subject[0] in ("previous sentence", "dateline")
                    and syn.anaphoric_start.search(text, sent.start, q.start) is not None
                )
            )
            # the direction before <B>, or after it in an apposition ("... runs to <B>,
            # some N km to the north-west")
            and (q.direction_end <= reference.start or reference.end <= q.start)
            # a direction word, not a name such as "the North-South railway"
            and not any(ch.isupper() for ch in text[q.end : q.direction_end])
        ):
            # "From <A>, the road runs about 150 km south to <B>", "From <A>, the road
            # runs to <B>, some N km to the north-west": the direction is <B> as seen from
            # <A>, and a direction is read from the reference to the subject
            subject, reference = reference, subject
            why.subject, why.reference = why.reference, why.subject
        elif (
            form == "point"
            and route_from is not None
            and subject is route_from
            and reference is not None
        ):
            # "Von <A> aus sind es N km bis <B>", "It is N km from <A> to <B>" (no word of
            # a way, a straight line): the place the distance reaches is the one located
            # and the start what it is measured from, as with a direction above (the
            # benchmark's gold convention; a route keeps its start first: docs/claims.md,
            # "Which end of a from/to distance is the subject")
            subject, reference = reference, subject
            why.subject, why.reference = why.reference, why.subject
        elif (
            form == "point"
            and route_from is None
            and here is not None
            and subject is here
            and reference is not None
        ):
            # "Von hier sind es N km bis <B>", "„Bis <B> sind es von hier N km", sagte
            # ... in <A>" (a straight line): here, the speaker's place, is the start the
            # distance is measured from, as a named start is above; <B> is located
            subject, reference = reference, subject
            why.subject, why.reference = why.reference, why.subject
        elif (
            form == "point"
            and route_from is None
            and subject is not None
            and reference is not None
            and subject is not reference
            and why.subject is not None
            and why.subject[0] in ("previous sentence", "named")
            and syn.anaphoric_start.search(text, c_lo, q.start) is not None
        ):
            # "Bis nach <B> sind es von dort weitere N km", "From there it is another N km
            # to <B>" (a straight line): the start the anaphor stands for is what the
            # distance is measured from, as a named start is above; the place reached,
            # named in the distance's own sentence, is the one located
            subject, reference = reference, subject
            why.subject, why.reference = why.reference, why.subject
    elif reach is not None:
        # "Auf der Straße erreicht man <B> von <A> aus nach N km", "Von <A> aus ist <B>
        # nach N Straßenkilometern erreicht": the way from <A> to <B>, a route
        subject, reference = reach
        why.subject = ("route", subject.start, subject.end)
        why.reference = ("route", reference.start, reference.end)
        form = "route" if syn.straight_line.search(text, q.start, sent.end) is None else "point"
    elif ranged:
        subject = _range_origin(doc, sent, q, in_sent, by_sentence, syn)
        if subject is not None:
            why.subject = ("launch origin", subject.start, subject.end)
        landing = _landing_place(doc, sent, q, after, in_sent, structures, syn)
        if landing is None and subject is not None:
            landing = _landing_before(sent, q, subject, in_sent, structures, syn)
        if landing is None and subject is not None:
            landing = _landing_by_verb(doc, sent, subject, in_sent, by_sentence, structures, syn)
        flown = (
            _flown_to(doc, sent, q, after, subject, by_sentence.dateline, in_sent, structures, syn)
            if landing is None
            else None
        )
        if landing is not None and subject is not None and landing.id != subject.id:
            # "flew about 300 km and came down near Y": origin to landing, a straight line
            reference = landing
            why.reference = ("landing", landing.start, landing.end)
        elif flown is not None:
            # "The governor flew N km to <B> (from <A>)": the place flown to is located,
            # from the start named, else from where the story stands; a straight line
            subject, reference = flown
            why.subject = ("landing", subject.start, subject.end)
            why.reference = (
                ("launch origin" if reference is not by_sentence.dateline else "dateline"),
                reference.start,
                reference.end,
            )
            end = max(end, subject.end)
        else:
            if q.unit == "m":
                # "the river at <X> reached 22.6 metres", "der Pegel in <X> erreichte 8,40
                # Meter": a level or a height reached, not a way flown; a range of metres
                # with no end named is no distance between places to check
                return None
            reference = None
            why.reference = None
            form = "range"
    elif (attrib := _attributive_away(doc, q, after, in_sent, syn)) is not None:
        # "ins 60 Kilometer entfernte München": München is N km from where the text just was
        subject = attrib
        why.subject = ("named", attrib.start, attrib.end)
        end = attrib.end
        d_line = by_sentence.dateline
        if (
            q.direction is not None
            and d_line is not None
            and _is_point(d_line)
            and d_line.id != attrib.id
            and _point_before(attrib, in_sent) is None
        ):
            # "ins rund 120 km südlich gelegene <X>" with no place before it in its
            # sentence: a direction with no place named is seen from the dateline, as
            # "flown to <X>, about 120 km to the south" is
            reference = d_line
        else:
            reference = _implicit_reference(doc, sent, q, attrib, in_sent, by_sentence)
        if reference is not None:
            why.reference = (
                _where_from(reference, sent, by_sentence),
                reference.start,
                reference.end,
            )
    elif _pair_marked(doc, q, after, sent, syn):
        reference = None
        n_before = in_sent.count_ending_by(q.start)
        before = in_sent[max(0, n_before - 2) : n_before]  # only the last two are used
        if not all(_is_point(p) for p in before):
            # "<A> and <B>, <Country>'s two largest towns, are N km apart": a country in an
            # apposition describes the pair; the two point places before it are the pair
            points = [p for p in in_sent[max(0, n_before - 4) : n_before] if _is_point(p)]
            if len(points) >= 2:
                before = points[-2:]
        if len(before) < 2:
            # "Nur 300 Kilometer trennen Seoul und Busan"
            k = bisect_left(in_sent.starts, q.end)
            after_q = in_sent[k : k + 2]
            if len(after_q) == 2 and not _CLAUSE_PUNCT.search(text[q.end : after_q[1].start]):
                before = after_q
        if len(before) < 2:
            points = list(
                itertools.islice(
                    (p for p in _previous_places(doc, by_sentence, sent) if _is_point(p)), 2
                )
            )
            before = list(reversed(points)) if len(points) >= 2 else before
        if len(before) >= 2:
            subject, reference = before[-2], before[-1]
            why.subject = ("named", subject.start, subject.end)
            why.reference = ("named", reference.start, reference.end)
        # "<A> and <B> are about 270 km apart by road": along a road, a route
        form = (
            "route"
            if _along_in_clause(doc, sent, q, structures, syn) or _route_noun_after(doc, q, syn)
            else "pair"
        )
    else:
        fronted = _fronted_subject(doc, sent, q, after, in_sent, structures, syn)
        if fronted is not None and (reference is None or reference is fronted):
            # "About 250 km to the north-east, the Cuban city of <X> ...", "Rund 65
            # Kilometer weiter nördlich liegt <X>": the place after is the subject, seen
            # from the dateline or the place just named (below)
            reference = None
        else:
            fronted = None
        if reference is None and fronted is None:
            # "<A> liegt von <B> gut N Kilometer entfernt": the reference stands
            # before the number, in a prepositional phrase of the same clause
            if syn.away_after.match(text, after) or _clause_ends(doc, sent, after, structures):
                reference = _reference_before(doc, sent, q, in_sent, structures, syn)
                if reference is None and _here_before(doc, sent, q, structures, syn):
                    # "„<X> ist von hier aus nur N Kilometer entfernt“, sagte ein Sprecher
                    # in <Y>": the speaker's place, as "N km from here" is
                    reference = _here_place(doc, sent, q, in_sent, by_sentence, syn)
            if reference is not None:
                why.reference = ("preposition", reference.start, reference.end)
        if reference is not None:
            end = max(end, reference.end) if reference.start >= q.start else end
            if why.reference is not None and why.reference[1] >= q.start:
                end = max(end, why.reference[2])  # "... of Kenya's capital"
            if why.reference is None:
                why.reference = ("preposition", reference.start, reference.end)
            if reference.relation == "border":
                form = "border"
            elif reference.relation == "coast":
                form = "coast"
        if participle_subject is not None:
            subject = participle_subject
            why.subject = ("named", subject.start, subject.end)
        elif fronted is not None:
            subject = fronted
            why.subject = ("named", fronted.start, fronted.end)
        else:
            subject = _pick_subject(
                doc, sent, q, reference, in_sent, by_sentence, syn, prev, structures, why
            )
        if subject is None and reference is not None and fronted is None:
            # "Located about 140 km south of the Equator, <X> rarely sees frost": a
            # fronted distance with its own reference locates the clause after it
            after_got = _fronted_subject_after(
                doc, sent, q, reference, in_sent, by_sentence, structures, syn
            )
            if after_got is not None:
                subject = after_got[0]
                why.subject = (after_got[1], subject.start, subject.end)
        if reference is not None and fronted is None:
            # "felt in <B> and in <A> (N km north of <B>)": a distance with its reference
            # in brackets right after a place locates that place, whatever the clause's
            # subject (the bracket binds it)
            bracketed = _paren_place(doc.text, q.start, in_sent)
            if (
                bracketed is not None
                and _is_point(bracketed)
                and bracketed.id != reference.id
                and q.end <= reference.start
                and _BRACKET_CLOSE.match(doc.text, reference.end) is not None
            ):
                subject = bracketed
                why.subject = ("named", subject.start, subject.end)
        if reference is None and fronted is None:
            listed_from = _colon_list(doc.text, sent, q, in_sent, syn)
            if listed_from is not None and (subject is None or subject.id == listed_from[0].id):
                subject, reference = listed_from
                why.subject = ("named", subject.start, subject.end)
                why.reference = ("preposition", reference.start, reference.end)
        if reference is None and fronted is None:
            # "südlich der Stadt", "east of the Kenyan capital": a descriptive reference,
            # read once the subject is known (it is never the subject itself)
            phrase_ref = _reference_phrase(
                doc, sent, q, after, in_sent, by_sentence, structures, syn, subject, why
            )
            if phrase_ref is not None:
                reference = phrase_ref[0]
                why.reference = (phrase_ref[1], phrase_ref[2], phrase_ref[3])
                end = max(end, phrase_ref[3])
                if subject is None:
                    # "Located some N km south-east of the capital, the port city ..."
                    after_got = _fronted_subject_after(
                        doc,
                        sent,
                        q,
                        reference,
                        in_sent,
                        by_sentence,
                        structures,
                        syn,
                        ref_at=phrase_ref[2],
                    )
                    if after_got is not None:
                        subject = after_got[0]
                        why.subject = (after_got[1], subject.start, subject.end)
        if reference is None and subject is not None and _is_point(subject):
            # "Paris is more than 100 km from the coast": the coast of the subject's country
            coast = _own_coast(doc, sent, q, after, subject, structures, syn)
            if coast is not None:
                reference, form = coast, "coast"
                why.reference = ("description", coast.start, coast.end)
                end = max(end, coast.end)
        if (
            reference is None
            and subject is not None
            and fronted is None
            # "<A> liegt N km südöstlich von <R> und <B> rund M km südöstlich davon": an
            # anaphor after the distance names the reference itself; read below by
            # recency (the previous claim's reference), so verification weighs it as a
            # reading that could also be <A> (the chain), not as a reference left out
            and not syn.anaphora.match(text, after)
        ):
            gapped = _gapped_reference(doc, sent, q, subject, prev, syn)
            if gapped is not None:
                reference = gapped
                why.reference = ("coordinated", gapped.start, gapped.end)
        if (
            reference is None
            and subject is not None
            and q.direction is not None
            # "Rund N km östlich davon liegt <B>": the anaphor names the reference (below)
            and not (fronted is not None and syn.anaphora.match(text, after))
            and (
                fronted is not None
                or _clause_ends_but_fillers(doc, sent, after, structures, syn, in_sent)
                or _clause_ends_but_terrain(doc, sent, after, structures, syn, in_sent)
                or _clause_ends_but_setting(doc, sent, after, structures, syn, in_sent)
            )
        ):
            # "flown to <A>, about N km to the east": seen from the dateline's place
            d = by_sentence.dateline
            onward_before = (
                syn.onward_before.search(text, max(0, q.start - _ONWARD_BEFORE_CHARS), q.start)
                is not None
            )
            moved = (
                _movement_origin(doc, sent, q, subject, in_sent, structures, by_sentence, syn)
                if fronted is None
                else None
            )
            if moved is not None:
                # "<A> was put on alert as the fire moved in from <B>, about N km to the
                # south-east", "Evacuees from <B>, some N km to the north-east, reached
                # <A>", "Aus <B>, rund N km weiter nördlich, kamen Helfer nach <A>": a
                # distance set off right after the place a movement came from describes
                # that place (its nearest noun), seen from the place the sentence is about
                subject, reference = moved
                why.subject = ("apposition", subject.start, subject.end)
                why.reference = ("named", reference.start, reference.end)
            elif there_ref := _fronted_there(doc, sent, subject, in_sent, by_sentence, syn):
                # "<A> escaped the worst. From there, <B> is about N km to the south-east":
                # a sentence opened by an anaphoric start stands where the text just was
                # (the place before the anaphor), not at the dateline
                reference = there_ref
                how_t: EvidenceHow = (
                    "named" if there_ref.sentence == sent.index else "previous sentence"
                )
                why.reference = (how_t, there_ref.start, there_ref.end)
            elif (
                why.subject is not None
                and (spoke := _speakers_place(doc, in_sent, why.subject[1], syn)) is not None
                and spoke.id != subject.id
            ):
                # "<B> ... . Officials in <A> said the town, about N km to the west, was
                # cut off": the speakers see the direction from where they are, not from
                # the dateline
                reference = spoke
                why.reference = ("named", spoke.start, spoke.end)
            elif (
                onward_before
                or syn.onward.search(text, q.start, after) is not None
                or ((fd := _fronted_direction(doc, sent, q, syn)) is not None and fd[1])
            ):
                # "bound for <B>, some N km further east": onward from the place the
                # sentence last reached in a direction (the previous claim's subject:
                # "<A> lies N km east of <R>, and <B>, some M km further east"), else the
                # place it was just at; not from the dateline. "<B> a further N km to the
                # east" / "weitere N km östlich" adds to the previous claim's distance,
                # so it goes on from that claim's subject, stated direction or not
                head = _coordinated_head(subject, text, in_sent, syn)
                if head is not None:
                    # "<X> and <Y>, some N km further north-west, were spared": both go
                    # on from where the text stood; the first of them is the subject,
                    # and neither is the other's origin
                    subject = head
                    if why.subject is not None:
                        why.subject = (why.subject[0], head.start, head.end)
                reached = (
                    prev.subject
                    if prev is not None and (prev.claim.direction or onward_before)
                    else None
                )
                if reached is not None and _is_point(reached) and reached.id != subject.id:
                    reference = reached
                else:
                    # the place before it in the sentence, else where the text last
                    # stood (the last claim's subject, across sentences: "<A> lies N km
                    # north-west of <D>. <B> sits M km farther west"), never the dateline
                    # while the text has moved on
                    reference = (
                        _point_before(subject, in_sent)
                        if by_sentence.lost_track
                        else _onward_origin(subject, sent, in_sent, by_sentence)
                    )
                if reference is not None:
                    how_o: EvidenceHow = "dateline" if reference is d else "named"
                    why.reference = (how_o, reference.start, reference.end)
            elif (
                fronted is None
                and (journey_start := _from_origin(doc, sent, q, in_sent, structures, syn))
                is not None
                and (
                    dest := (
                        subject
                        if journey_start is not subject
                        else _destination(q, journey_start, in_sent, structures, sent)
                    )
                )
                is not None
            ):
                # "reached <B> from <A>, some N km to the north", "drove from <A> towards
                # <B>, about N km north": the journey's start is where the direction is
                # seen from (not the dateline), and its other place is the subject
                if dest is not subject:
                    subject = dest
                    why.subject = ("named", dest.start, dest.end)
                reference = journey_start
                why.reference = ("route", journey_start.start, journey_start.end)
            elif (
                fronted is None
                and (
                    described_start := _described_journey_start(
                        doc, sent, q, subject, in_sent, by_sentence, structures, syn
                    )
                )
                is not None
            ):
                # "flew soldiers from the capital to <B>, about N km to the east", "from
                # the state capital to <B>, N km to the south-east": a journey's start
                # named by a description is where the direction is seen from, as a named
                # start is, not the dateline (which the description may not even fit)
                reference = described_start[0]
                why.reference = (
                    described_start[1],
                    described_start[0].start,
                    described_start[0].end,
                )
            elif (
                fronted is None
                and (
                    near := (
                        _parallel_reference(prev, subject, sent, why, by_sentence)
                        or (
                            prev.subject
                            if prev is not None
                            and prev.subject is not None
                            and _is_point(prev.subject)
                            and prev.subject.id != subject.id
                            else _point_before(subject, in_sent)
                        )
                    )
                )
                is not None
                and (d is None or near.id != d.id)
                and not by_sentence.is_dateline_address(near)
            ):
                # "<A>, N km south-east of <D>, lies at the foot of Mayon, and the volcano's
                # crater is about 14 km to the north-west": the sentence already stands at
                # a place (its previous claim's subject, else the place named before the
                # subject); the direction is seen from there, not from the dateline
                reference = near
                why.reference = ("named", near.start, near.end)
            elif (
                fronted is None
                and d is not None
                and (nb := _neighbour_of(doc, sent, subject, by_sentence, syn)) is not None
            ):
                # "<A> ... . Die Nachbarstadt <B> liegt nur N km westlich", "Neighbouring
                # <B> lies N km to the east": a neighbour of the town the sentence before
                # was about, not of the dateline
                reference = nb
                why.reference = ("previous sentence", nb.start, nb.end)
            elif (
                d is not None
                and (topic := _described_topic(subject, sent, by_sentence)) is not None
            ):
                # "... shelled <A> on Thursday. The regional capital, N km west of <R>,
                # is ... . Thousands fled to <B>, some M km to the south": the sentence
                # before spoke of a place named before it, by description, so the text
                # stands there; the direction is seen from it, not from the dateline
                reference = topic
                why.reference = ("previous sentence", topic.start, topic.end)
            elif (
                fronted is None
                and d is not None
                and (
                    stood := _opening_apposition_origin(doc, sent, q, subject, by_sentence)
                    or _opening_clause_origin(doc, sent, q, subject, by_sentence, syn)
                )
                is not None
            ):
                # "Waves broke over the harbour wall in <A>. <B>, about N km to the
                # south-east, closed its beaches": a town opening its sentence with the
                # distance in apposition is seen from the town the sentence before stood at
                reference = stood
                why.reference = ("previous sentence", stood.start, stood.end)
            elif (
                d is not None
                and _foreign_bureau(d, subject, sent, by_sentence)
                and (home := _story_point(subject, sent, by_sentence)) is not None
            ):
                # "SUVA (AFP) - ... hit the island of <B>, about 230 km to the south": a
                # report filed from another country's capital stands where its story is,
                # the last town named in the subject's country, not at the bureau
                reference = home
                why.reference = ("named", home.start, home.end)
            elif d is not None and d.id != subject.id and _is_point(d):
                reference = d
                why.reference = ("dateline", d.start, d.end)
            elif (
                d is not None
                and d.id == subject.id
                and (stood := _topic_before_dateline_subject(sent, subject, by_sentence))
                is not None
            ):
                # "<DATELINE A> - ... The port of <B> reported 150 mm of rain. <A> lies
                # some N km to the south": the dateline's own town, placed with no
                # reference, is seen from the town the sentence before was about (the
                # dateline cannot be measured from itself)
                reference = stood
                why.reference = ("previous sentence", stood.start, stood.end)
            elif d is None:
                # no dateline: "Officials in Manila said Cebu, about 570 km to the
                # south-east": seen from the place the sentence was at, else where the
                # sentence before stood ("Rain fell on <A>. Some N km to the south-west,
                # <B> stayed dry")
                reference = _away_from(subject, in_sent, by_sentence, sent)
                if reference is not None:
                    how_d: EvidenceHow = (
                        "named" if reference.sentence == sent.index else "previous sentence"
                    )
                    why.reference = (how_d, reference.start, reference.end)
        if (
            reference is None
            and subject is not None
            and _is_point(subject)
            and (there := syn.anaphora.search(text, subject.end, q.start)) is not None
            and structures.of(sent).clause_index(there.start())
            == structures.of(sent).clause_index(q.start)
        ):
            # "In <A> landeten 40 Sonderflüge. <B> liegt von dort gut N km entfernt": an
            # anaphor before the number, in the distance's clause, points back to where
            # the text just stood (the place before the subject, else the sentence before)
            reference = _there_place(doc, sent, there.start(), in_sent, by_sentence, subject)
            if reference is not None:
                why.reference = ("description", reference.start, reference.end)
        if reference is None and subject is not None and syn.anaphora.match(text, after):
            # "<A> liegt 240 km südlich des Polarkreises, <B> rund 300 km nördlich davon":
            # the reference the sentence just named, else the place before the subject
            if prev is not None and prev.reference is not None and prev.reference is not subject:
                reference = prev.reference
                form = prev.claim.form if prev.claim.form in ("border", "coast") else form
            else:
                # "<A> liegt auf Höhe des Äquators, <B> rund 160 km südlich davon": a line
                # named last before the subject is what "davon" points back to
                reference = _line_before(subject, in_sent) or _point_before_in_sentence(
                    subject, in_sent, by_sentence
                )
                if reference is None:
                    # "Konvois fuhren durch <A> und erreichten die Hauptstadt; <A> liegt N
                    # km nordwestlich davon": a capital or a description before the
                    # subject in its own sentence, before the sentence before's town
                    got_d = _described_before(
                        doc, sent, subject, in_sent, by_sentence, structures, syn
                    )
                    reference = got_d[0] if got_d is not None else None
                if reference is None:
                    reference = (
                        _last_subject_before(subject, sent, by_sentence)
                        or _there_place(doc, sent, after, in_sent, by_sentence, subject)
                        or _away_from(subject, in_sent, by_sentence)
                    )
            if reference is not None:
                # read by recency like a descriptive phrase, so verification weighs it so
                how_a: EvidenceHow = (
                    "dateline" if reference is by_sentence.dateline else "description"
                )
                why.reference = (how_a, reference.start, reference.end)
                if how_a == "description" and (m_a := syn.anaphora.match(text, after)):
                    # the words that gave the reference are the anaphor ("davon", "of
                    # it"), not the place it was read as: the evidence a reader checks,
                    # and what tells verification the place is one reading of a pronoun
                    lead = len(m_a.group(0)) - len(m_a.group(0).lstrip())
                    why.reference = (how_a, m_a.start() + lead, m_a.end())
        if (
            reference is None
            and subject is not None
            and _is_point(subject)
            and q.direction is None
            and (onward_m := syn.onward_along.match(text, after)) is not None
            # "<B>, some N km upriver from <Unknown>": the way names its own start, one the
            # geoparser did not read; no place the text stood at before stands in for it
            and _unknown_from_name(doc, sent, after, in_sent, syn) is None
            # with no "further" only a subject named in the clause chain (a subject carried
            # over a semicolon, "...; the dam is a few km upstream", may be no subject)
            and (
                onward_m.group("along") is not None
                or (why.subject is not None and why.subject[0] in _NAMED_HOWS)
                # "<A> was cut off. <B> lies N km inland and ...": the subject named in the
                # distance's own clause, before it (no evidence kept for it yet)
                or (
                    why.subject is None
                    and sent.start <= subject.start
                    and subject.end <= q.start
                    and structures.of(sent).clause_index(subject.start)
                    == structures.of(sent).clause_index(q.start)
                )
            )
        ):
            # "At <B>, some N km further downstream", "<B>, N km further up the coast": no
            # compass point, but onward from where the text last stood (lexicon
            # ``onward_along``): the place before the subject in its sentence, else the
            # document's last claim's subject, else the place named last, else the dateline
            along_words = text[onward_m.start() : onward_m.end()].casefold().split()
            coastal = any(w in syn.coast_nouns for w in along_words)
            reference = _onward_origin(
                subject, sent, in_sent, by_sentence, syn.inland if coastal else None
            )
            if reference is not None:
                why.reference = (
                    _where_from(reference, sent, by_sentence),
                    reference.start,
                    reference.end,
                )
                along_at = onward_m.start("along" if onward_m.group("along") else "alone")
                if _along_route(text, along_at, onward_m.end(), syn):
                    form = "route"  # along the river: its detour allowance
        where_m = (
            syn.from_where.match(text, after)
            if reference is None and subject is not None and _is_point(subject)
            else None
        )
        if (
            where_m is not None
            and subject is not None
            and (
                site := _epicentre_town(
                    doc, sent, where_m.start(), subject, by_sentence, syn, lead_too=True
                )
            )
            is not None
        ):
            # "In <B>, N km from where the quake struck / the storm came ashore": the other
            # end is the event's site, the town the text said the epicentre or the
            # landfall was near or off (as for "N km east of the epicentre")
            reference = site[0]
            why.reference = (site[1], reference.start, reference.end)
        elif (
            where_m is not None
            and subject is not None
            and (echoed := _echoed_site(doc, sent, where_m.end(), subject, by_sentence, syn))
            is not None
        ):
            # "In <B>, N km from where the river crested" after "The river crested at <A>":
            # no epicentre or landfall noun, but the clause's own words are echoed in the
            # sentence that placed the event
            reference = echoed
            why.reference = ("previous sentence", reference.start, reference.end)
        unknown = (
            _unknown_from_name(
                doc,
                sent,
                after,
                in_sent,
                syn,
                after_direction=q.direction is not None and q.direction_end == after,
            )
            if reference is None
            else None
        )
        if unknown is not None:
            # "rund 150 Kilometer vom <Unknown> entfernt": the text names its reference,
            # one geomap does not know; no place of the story stands in for it
            why.open_reference = unknown
        elif (
            reference is None
            and subject is not None
            and _is_point(subject)
            and syn.away_after.match(text, after) is not None
        ):
            # "flights from Dubai to Muscat, about 340 km away": away from the place the
            # sentence was at before naming the subject, else from the dateline's place
            at = (
                why.subject[1] if why.subject is not None and sent.start <= why.subject[1] else None
            )
            if (
                subject.end <= q.start
                and not _CLAUSE_PUNCT_NOT_COMMA.search(text, subject.end, q.start)
                and syn.next_words.search(text, subject.end, q.start) is not None
            ):
                # "<B>, the next provincial town upstream, about N km away", "<B>, der
                # nächste Ort, rund N km entfernt": next on the way from where the text
                # last stood (the place it named last), not from the dateline
                reference = _there_place(doc, sent, subject.start, in_sent, by_sentence, subject)
                if reference is not None:
                    why.reference = (
                        _where_from(reference, sent, by_sentence),
                        reference.start,
                        reference.end,
                    )
            elif (
                possessor := _possessor_between(doc, structures.of(sent), subject, q, in_sent, syn)
            ) is not None and possessor.id != subject.id:
                # "<X>, <A>'s neighbour to the east, lies N km away", "<X>, <A>s
                # Nachbarstadt im Süden, liegt N km entfernt": away from <A>, not from the
                # dateline or the town the sentence before was about
                reference = possessor
                why.reference = ("apposition", possessor.start, possessor.end)
            elif (
                _point_before_in_sentence(subject, in_sent, by_sentence) is None
                and (speaker := _speaker_place(doc, sent, q.start, in_sent, syn)) is not None
                and speaker.id != subject.id
            ):
                # '"The nearest clinic, in <B>, is N km away," said a farmer in <A>': a
                # distance "away" inside a quotation is away from where the speaker is,
                # the town the attribution names, not the dateline's place
                reference = speaker
                why.reference = ("named", speaker.start, speaker.end)
            else:
                reference = _away_from(
                    subject, in_sent, by_sentence, sent, at, q.start, structures.of(sent)
                )
                if (
                    reference is not None
                    and reference is by_sentence.dateline
                    and (stood_a := _opening_clause_origin(doc, sent, q, subject, by_sentence, syn))
                    is not None
                ):
                    # "Floods cut off <A>. <B> is N km away", "<B>, N km away, is still
                    # without power": away from the town the sentence before was about
                    reference = stood_a
                    why.reference = ("previous sentence", stood_a.start, stood_a.end)
                elif reference is not None:
                    how: EvidenceHow = "dateline" if reference is by_sentence.dateline else "named"
                    why.reference = (how, reference.start, reference.end)
    if (
        subject is not None
        and reference is not None
        and subject.end <= q.start
        and q.end <= reference.start
        and _is_point(subject)
        and _is_point(reference)
        and syn.onward_before.search(text, max(0, q.start - _ONWARD_BEFORE_CHARS), q.start)
        is not None
        and syn.route_to_before.search(text, q.end, reference.start) is not None
        and _CLAUSE_PUNCT.search(text, q.end, reference.start) is None
    ):
        # "rode from <A> to <B> and then a further N km to <C>", "fuhren von <A> nach <B>
        # und dann weitere N km bis <C>": an added leg runs from where the journey stood
        # (the place before the distance) to the place it names; <C> is the one the
        # distance places, seen from <B> (before: the ends swapped)
        subject, reference = reference, subject
        why.subject = ("named", subject.start, subject.end)
        why.reference = ("named", reference.start, reference.end)
    if (
        form == "point"
        and subject is not None
        and reference is not None
        and why.subject is not None
        and why.subject[0] == "previous sentence"
        and reference.sentence == sent.index
        and q.end <= reference.start
        and text[q.end : reference.start].split()[:1] != []
        and text[q.end : reference.start].split()[0].casefold() in syn.route_to_words
        and _CLAUSE_PUNCT.search(text, q.end, reference.start) is None
        and syn.anaphoric_start.search(text, by_sentence.clause_start(sent, q.start), q.start)
        is not None
    ):
        # "Von dort sind es noch N km bis zur Kleinstadt <B>", "From there it is N km
        # to the port of <B>" read by the to-phrase: the start the anaphor stands for is
        # what the distance is measured from, <B> of the sentence itself what it places
        # (as with a named start, and as the route reading does)
        subject, reference = reference, subject
        why.subject, why.reference = why.reference, why.subject
        last_s, last_r = by_sentence.last_subject, by_sentence.last_reference
        if (
            by_sentence.last_claim_sentence == sent.index - 1
            and last_r is not None
            and last_r.start == reference.start
            and last_s is not None
            and _is_point(last_s)
            and last_s.resolved
            and last_s.id != subject.id
        ):
            # "<A> liegt N km nordwestlich von <B>. Von dort sind es weitere M km bis <C>":
            # the place the distance before was measured from is no place the story stood
            # at; the anaphor goes on from that distance's subject
            reference = last_s
            why.reference = ("previous sentence", reference.start, reference.end)
    if (
        (leg := _onward_leg(text, q, after, in_sent, syn)) is not None
        and subject is not None
        and (subject.id, reference.id if reference is not None else None) != (leg[0].id, leg[1].id)
    ):
        # "drove from <A> to <B> and on to <C>, N km further on", "fuhr von <A> nach <B>
        # und weiter nach <C>, N km weiter östlich": the leg to <C> from <B>, not the
        # journey's first pair (which called true sentences inconsistent)
        subject, reference = leg
        why.subject = ("named", subject.start, subject.end)
        why.reference = ("named", reference.start, reference.end)
    if halfway is not None and (subject is None or subject.id in (halfway[0].id, halfway[1].id)):
        # the place that lies halfway is named before the between phrase, never its end
        subject = _point_before(halfway[0], in_sent)
        while subject is not None and subject.id == halfway[1].id:
            subject = _point_before(subject, in_sent)
        why.subject = ("clause subject", subject.start, subject.end) if subject else None
    if (
        subject is not None
        and reference is not None
        and (subject is reference or (subject.id is not None and subject.id == reference.id))
    ):
        subject = None  # (one place is no distance: an end read twice)
    if (
        reference is None
        and why.open_reference is None
        and prev is not None
        and prev.reference is not None
        and form == "point"
        and subject is not None
        and subject is prev.subject
        and _COORDINATED_GAP.fullmatch(text, prev.end, q.start) is not None
        and syn.phrases.coordinators & set(text[prev.end : q.start].casefold().split())
        and _gapped_after_coordinator(text[prev.end : q.start], syn)
    ):
        # "<X> is 136 km from <Y> as the crow flies and 160 km by road": a coordinated
        # second distance with no reference of its own measures between the same two
        # places (by road, a route with its allowance)
        reference = prev.reference
        why.reference = ("coordinated", prev.reference.start, prev.reference.end)
        if _along_in_clause(doc, sent, q, structures, syn) or _route_noun_next(text, q.end, syn):
            form = "route"
    if (
        (subject is None or _setting_before(doc, subject, reference, in_sent, syn))
        and reference is not None
        and form == "point"
        and _is_point(reference)
        and reference.sentence == sent.index
        and reference.end <= q.start
        and _SET_OFF_GAP.fullmatch(text, reference.end, q.start) is not None
        and (
            _preceded_by(doc, reference, syn.route_from_before)
            or _preceded_by(doc, reference, syn.origin_before)
        )
        and (seen_from := _point_before(reference, in_sent)) is not None
        and seen_from.end <= reference.start
    ):
        # "Hospitals in <A> took patients from <B>, N km away", "Kliniken in <A>
        # versorgten Patienten aus <B>, rund N km entfernt": a distance set off right
        # after the place a from-phrase names is that place's apposition (its subject),
        # seen from the place the sentence stood at before it; read as the reference it
        # left the claim without a subject, or with the setting <A> as its subject
        subject, reference = reference, seen_from
        why.subject = ("apposition", subject.start, subject.end)
        why.reference = ("named", reference.start, reference.end)
    if (
        subject is None
        and reference is None
        and why.open_reference is None
        and form == "point"
        and (where := _away_in_place(doc, sent, after, in_sent, by_sentence, syn)) is not None
    ):
        # '"The nearest open hospital is N km away, in <X>," a doctor in <Y> said': a thing
        # N km away and the place it is in after the distance; the place the text stands
        # at (the speaker's, else the sentence before's) is the reference
        subject, reference = where
        why.subject = ("named", subject.start, subject.end)
        why.reference = (
            "named" if reference.sentence == sent.index else "previous sentence",
            reference.start,
            reference.end,
        )
    if (
        subject is None
        and reference is None
        and why.open_reference is None
        and (leg_t := _travelled_leg(doc, sent, q, in_sent, by_sentence, structures, syn))
        is not None
    ):
        # "A convoy left <A> on Saturday. By nightfall it had covered N km and reached
        # <B>": a distance travelled, from where the journey began (a verb of leaving in
        # the sentence before) to the place reached after it; along the way, a route
        subject, reference = leg_t
        form = "route"
        why.subject = ("named", subject.start, subject.end)
        why.reference = ("previous sentence", reference.start, reference.end)
    if subject is None and reference is None:
        return None  # a distance with no place at all ("the entire 1,500 miles")
    if (
        form == "point"
        and reference is not None
        and reference.start >= q.end
        and (
            (q.attributive and _route_noun_after(doc, q, syn))
            or _route_noun_next(text, q.end, syn)
            or _length_of_route(doc, q, in_sent, syn)
            # "<X>, a four-hour drive of some N miles from <Y>": the way's length
            or _way_apposition(doc, sent, q, structures, syn)
        )
    ):
        # "<X> is a 70-km drive from <Y>", "a 480 km drive south-east of <Y>", "<X> ist eine
        # 900 Kilometer lange Autofahrt von <Y> entfernt": along the road to <Y>
        form = "route"
    if q.attributive and form not in ("pair", "route"):
        return None  # "the 123-mile western portion": a length, unless between/from-to
    if (
        form == "point"
        and reference is None
        and why.open_reference is None
        and subject is not None
        and _along_next(text, q.end, syn)
        and (
            way_ref := _way_apposition_reference(
                doc, sent, q, subject, in_sent, structures, syn, by_sentence
            )
        )
        is not None
    ):
        # "<X>, a two-hour drive south of <Y>, some N km by road, ...": the road length
        # set off after a way's apposition runs to the place that apposition is of (or
        # that its description stands for: "... south of the provincial capital, ...")
        reference = way_ref[0]
        form = "route"
        why.reference = (way_ref[1], reference.start, reference.end)
    if (
        form in ("point", "border", "coast")
        and reference is None
        and why.open_reference is None
        and syn.away_after.match(text, after) is None
    ):
        return None  # "clock up 26 miles": a distance travelled, not one between places
    if (
        subject is not None
        and form in ("point", "border", "coast")
        # not a flight's launch site ("Die Drohne sei von <B> aus gestartet und nach rund N
        # km Flug nahe <Y> abgestürzt"): what the distance measures from there is a range
        and (why.subject is None or why.subject[0] == "named")
        # "The army sent trucks from <B>, N km south-east of <Y>": a distance set off
        # right after the way's end is that place's apposition, it places <B> itself
        and not (subject.end <= q.start and text[subject.end : q.start].strip() == ",")
        and _way_end(doc, sent, q, subject, reference, structures, syn)
        and _unnamed_subject(doc, sent, q, in_sent, structures, syn, skip=subject)
    ):
        # "The plane crashed 20 km short of <Y> after taking off from <B>", "A bus from <B>
        # overturned 15 km north of <Y>", "The ship sank 40 km off <Y> while sailing to
        # <B>": where the thing was; the place its way started from or led to is no
        # subject of the distance; no claim, as with no place named at all
        return None
    if (
        subject is None
        and form in ("point", "border", "coast")
        and _unnamed_subject(doc, sent, q, in_sent, structures, syn)
    ):
        # "ein Schlauchboot mit 47 Menschen wurde rund 30 km vor der libyschen Küste
        # aufgenommen", "A village some 20 km from <Y> was flooded", "The convoy was
        # ambushed 60 km east of <Y>": where a thing or a place the text does not name
        # was, not how far a named place lies from another; no claim
        return None
    if (
        subject is None
        and form == "point"
        and q.direction is None
        and syn.radius.match(q.text) is not None
    ):
        # "Im Umkreis von 10 Kilometern um <Y> wurden alle Schulen geschlossen", "Everyone
        # within 5 km of <Y> was evacuated": a zone around <Y> with no named place in it,
        # not how far one place lies from another; no claim
        return None
    if (
        form == "point"
        and q.direction is None
        and (subject is None or (why.subject is not None and why.subject[0] == "coordinated"))
        and (zone := syn.zone_after.match(text, q.end)) is not None
        # the place "around" names is the reference itself ("around the crater", "rund
        # um den Vulkan <Y>"), not a way round something to another place ("60 km around
        # the coast from <Y>": a reference marker between)
        and (
            why.reference is None
            or not any(
                w.casefold() in syn.marker_words
                for w in re.findall(r"[^\W\d_]+", text[zone.end() : why.reference[1]])
            )
        )
    ):
        # "Flights to <A>, N km to the south-east, were cancelled, and the agency widened
        # the exclusion zone to 7 km around the crater": a length followed by "around <Y>"
        # (lexicon ``zone_after``) with no place of its own is a zone around <Y>; the
        # subject a coordinated distance would keep from the clause before is not in it
        return None
    if (
        form == "point"
        and reference is not None
        and q.end <= reference.start
        and (
            _along_route(text, q.end, reference.start, syn)
            or _along_right_after(text, reference, sent, syn)
        )
    ):
        # "about 1,700 km upstream of <X>": measured along the river, so a route (its
        # allowance for the detour), not a straight line
        form = "route"
    elif form == "point" and reference is not None and _along_next(text, q.end, syn):
        # "und 185 Kilometer auf der Autobahn", "and 160 km by road": the way the distance
        # is measured follows its unit, wherever the reference stands
        form = "route"
    elif form == "point" and reference is not None and _along_fronted(text, sent, q, syn):
        # "By road, <X> is about 250 km from <Y>", "Mit dem Zug ist <X> rund 180 Kilometer
        # von <Y> entfernt": the way of measuring opens the sentence and holds for its
        # first distance
        form = "route"
    if (
        form == "route"
        and q.direction is not None
        and subject is not None
        and reference is not None
        and why.subject is not None
        and why.subject[0] == "dateline"
    ):
        # "<DATELINE> - The road to <B>, about N km to the north-west, was cut": the way
        # starts where the story is filed and the direction says where <B> lies from
        # there; verification measures the bearing from the reference to the subject, so
        # <B> is the subject and the dateline's town the reference (as for a point
        # "<B>, N km to the north"). Read the other way, a true direction was refuted.
        subject, reference = reference, subject
        why.subject, why.reference = why.reference, why.subject
    if subject is not None and (_is_area(subject) or kind_info(subject.kind).is_area):
        apposed = _possessor_in_apposition(text, subject, reference, in_sent, syn)
        if apposed is not None:
            # "<Town>, <Region>'s second city, lies some N km north of <Y>": the region
            # only owns the apposition's noun; the apposition describes <Town>
            subject = apposed
            why.subject = ("apposition", apposed.start, apposed.end)
    if subject is not None:
        subject = _feature_named_before(doc, subject, by_sentence, syn)
        subject = _namesake_capital(subject, form, syn)
        subject = _namesake_seat(doc, subject, form, syn)
    if reference is not None:
        reference = _feature_named_before(doc, reference, by_sentence, syn)
        reference = _namesake_capital(reference, form, syn)
        reference = _namesake_seat(doc, reference, form, syn)
    if (
        subject is not None
        and why.subject is not None
        and form == "point"
        and (why.reference is None or why.reference[0] in _RECENCY_READS)
        and _owned_feature_subject(text, why.subject, syn)
    ):
        # "the town's airport, about 10 km east, was shut", "<X>'s harbour, some 5 km
        # north of the town, ...": the distance locates a feature from its own town (the
        # owner the subject was read as); the reference a reader means is that town, the
        # dateline or a description only stands in for it. One place is no distance: no
        # claim (with a named reference, "<X>'s airport, about 420 km north of <Y>", the
        # owner stands in for its feature and the claim stays)
        return None
    explanation = _missing_reason(form, subject, reference)
    if reference is None and why.open_reference is not None and form == "point":
        explanation = (
            f"The text measures this distance to '{why.open_reference}', "
            "but names no such place geomap could find."
        )
    claim = Claim(
        text=text[q.start : end],
        sentence=sent.index,
        start=q.start,
        end=end,
        stated=Stated(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text),
        stated_km=q.km,
        form=form,
        direction=q.direction,
        subject=place_ref(subject) if subject is not None else None,
        reference=place_ref(reference) if reference is not None else None,
        explanation=explanation,
        subject_evidence=_evidence(text, subject, why.subject),
        reference_evidence=_evidence(text, reference, why.reference),
        vague_km=q.vague_km,
    )
    return _Built(claim=claim, subject=subject, reference=reference, end=end)


#: between a claim's end and a coordinated second distance: fillers and one coordinator
def _gapped_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    prev: _Built | None,
    syn: _Syntax,
) -> Place | None:
    """``<A> is 95 km north-east of <R>, <B> about 30 km north``, ``<A> liegt N km von <R>
    entfernt, <B> rund M km``: a second subject right before its distance, with the verb
    and the reference left out (gapping), takes the previous claim's reference. Only the
    subject's name and a comma or a coordinator stand between the two claims."""
    if (
        prev is None
        or prev.reference is None
        or prev.subject is None
        or prev.claim.sentence != sent.index
        or not (prev.end <= subject.start and subject.end <= q.start)
        or subject.id in (prev.subject.id, prev.reference.id)
        or not _is_point(prev.reference)
    ):
        return None
    text = doc.text
    lo = prev.end
    if (away := syn.away_after.match(text, lo, subject.start)) is not None:
        lo = away.end()  # "<A> liegt N km von <R> entfernt, <B> rund M km"
    gap = text[lo : subject.start].casefold()
    words = gap.replace(",", " ").split()
    if not ("," in gap or words) or any(w not in syn.phrases.coordinators for w in words):
        return None
    if text[subject.end : q.start].strip(" \u00a0"):
        return None  # a verb or other words: the clause is no gapped one
    return prev.reference


_COORDINATED_GAP = re.compile(r"[\s\u00a0,]{0,3}(?:[^\W\d_]{1,12}[\s\u00a0]{1,2}){1,6}")


_GAPPED_WORDS_MAX = 1  # "and another 160 km by road": one word between "and" and the number


def _gapped_after_coordinator(gap: str, syn: _Syntax) -> bool:
    """The words between the last coordinator and a coordinated second distance are at
    most one (``and 160 km by road``, ``und noch 185 Kilometer``): a clause with its own
    subject and verb (``and smoke cut visibility to 200 metres``, ``und der Nebel senkte
    die Sicht auf 50 Meter``) measures something else, not the same two places."""
    words = gap.casefold().replace(",", " ").split()
    last = max((i for i, w in enumerate(words) if w in syn.phrases.coordinators), default=-1)
    return last >= 0 and len(words) - last - 1 <= _GAPPED_WORDS_MAX


def _genitive_in_chain(
    st: SentenceStructure, np: NounPhrase, of_words: frozenset[str] = frozenset()
) -> NounPhrase | None:
    """The prepositional phrase ``np`` (with a determiner, and no preposition or one of
    ``of_words``, lexicon ``name_of``) follows right after the head of: ``np`` is then a
    genitive attribute in a prepositional chain (``<A> im Südosten der Insel``, ``<A> am
    Rand der Stadt``, ``<A> in the north of the island``) that says where something named
    before lies, not a clause's own noun (``..., sagte die Hauptstadt``: a verb before
    it). None otherwise."""
    if np.determiner is None:
        return None
    if np.preposition is None:
        k = np.first - 2  # the word before the determiner
    elif np.preposition in of_words:
        k = np.first - 3  # the word before "of the"
    else:
        return None
    if k < 0:
        return None
    prev = st.phrase_at(st.tokens[k].start)
    if prev is not None and prev.preposition is not None and prev.last == k:
        return prev
    return None


def _town_part_object(st: SentenceStructure, np: NounPhrase, syn: _Syntax) -> NounPhrase | None:
    """The town part ``np`` is the genitive attribute of when that part has no preposition
    (a verb's object or a subject: ``Floods hit the outskirts of the capital``, ``Das
    Wasser erreichte die Vororte der Hauptstadt``), which :func:`_genitive_in_chain`, made
    for prepositional chains, does not return. Only a part of a town (lexicon
    ``town_part_nouns``) counts: ``the president of the republic`` is no place. None
    otherwise."""
    if np.determiner is None:
        return None
    if np.preposition is None:
        k = np.first - 2
    elif np.preposition in syn.name_of:
        k = np.first - 3
    else:
        return None
    if k < 0:
        return None
    prev = st.phrase_at(st.tokens[k].start)
    if (
        prev is not None
        and prev.preposition is None
        and prev.last == k
        and prev.head.fold in syn.town_part
    ):
        return prev
    return None


#: the most lowercase words (a verb, its particle) that may close a verb-final clause
#: after its last noun phrase ("fiel in <A> im Osten der Insel aus")
_VERB_END_WORDS = 2


def _before_verb_end(st: SentenceStructure, c: Clause, syn: _Syntax) -> NounPhrase | None:
    """In a language whose verbs close clauses (German), the noun phrase that ends right
    before the clause's closing verb or separable particle (``Der Strom fiel in <A> im
    Osten der Insel aus``, ``Die Schulen blieben in <A> im Norden der Provinz
    geschlossen``): at most :data:`_VERB_END_WORDS` lowercase words after it, so a
    prepositional chain is read as if it closed the clause. None elsewhere, or when the
    clause ends in its noun phrase."""
    if not language_profile(syn.lang).verb_ends_clauses:
        return None
    k = c.last
    n = 0
    while (
        n < _VERB_END_WORDS
        and k > c.first
        and st.tokens[k].text.isalpha()
        and st.tokens[k].text.islower()
    ):
        k -= 1
        n += 1
    if n == 0:
        return None
    np = st.phrase_at(st.tokens[k].start)
    if np is None or np.last != k:
        return None
    return np


def _last_two(
    pos: int, in_sent: _SentencePlaces, prev: _Built | None
) -> tuple[Place, Place] | None:
    """The two places ``them`` means at ``pos``: the previous claim's ends when both are
    points, else the last two different point places before ``pos`` in the sentence."""
    if (
        prev is not None
        and prev.subject is not None
        and prev.reference is not None
        and _is_point(prev.subject)
        and _is_point(prev.reference)
        and prev.subject.id != prev.reference.id
    ):
        return prev.subject, prev.reference
    found: list[Place] = []
    for p in reversed(in_sent[: in_sent.count_ending_by(pos)]):
        if _is_point(p) and p.resolved and all(p.id != f.id for f in found):
            found.append(p)
            if len(found) == 2:
                return found[1], found[0]
    return None


def _paren_place(text: str, start: int, in_sent: _SentencePlaces) -> Place | None:
    """The place right before the parenthesis a distance opens (``<B> (M km)``), if any."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] != "(":
        return None
    j -= 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = bisect_left(in_sent.ends, j)
    return in_sent[k] if k < len(in_sent) and in_sent.ends[k] == j else None


#: the words a list of places may hold between its items besides their names and
#: bracketed distances (its coordinators; the lexicons' ``coordinators`` add the language's)
_LIST_BRACKET = re.compile(r"\([^()]{0,60}\)")


_COLON_GAP_WORDS = 4  # words between a list's origin and its colon ("around <Y> on Friday:")


def _colon_list(
    text: str, sent: Sentence, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> tuple[Place, Place] | None:
    """``Aid reached the towns around <Y> on Friday: <A> (about N km), <B> (about M km)
    and <C>``, ``Betroffen waren Orte rund um <Y>: <A> (etwa N km) und <B>``: a distance
    alone in brackets after a place of a list that a colon opens is that place's from the
    point place the clause before the colon ends on (a few words, no number or comma
    between it and the colon). Between the colon and the item only names, bracketed
    distances, commas and coordinators (lexicon ``coordinators``) may stand, so a
    sentence after a colon is no list. (item, origin), or None."""
    if _BRACKET_CLOSE.match(text, q.direction_end or q.end) is None:
        return None
    item = _paren_place(text, q.start, in_sent)
    if item is None or not _is_point(item):
        return None
    colon = text.rfind(":", sent.start, item.start)
    if colon < 0:
        return None
    k = in_sent.count_ending_by(colon)
    if k == 0:
        return None
    origin = in_sent[k - 1]
    gap = text[origin.end : colon]
    if (
        not _is_point(origin)
        or origin.id == item.id
        or any(ch.isdigit() or ch in ",;()" for ch in gap)
        or len(gap.split()) > _COLON_GAP_WORDS
    ):
        return None
    between = list(text[colon + 1 : item.start])
    for p in in_sent:
        if colon < p.start and p.end <= item.start:
            between[p.start - colon - 1 : p.end - colon - 1] = " " * (p.end - p.start)
    rest = _LIST_BRACKET.sub(" ", "".join(between)).replace(",", " ")
    if any(w.casefold() not in syn.phrases.coordinators for w in rest.split()):
        return None
    return item, origin


def _list_item(
    doc: Document, q: Quantity, in_sent: _SentencePlaces, prev: _Built | None
) -> tuple[Place, Place, str] | None:
    """A distance in a list of destinations, each with its own in parentheses (``from <O>
    to <A> (N km), <B> (M km) and <C>``, ``Von <O> aus wurden <A> (N km), <B> (M km) ...``):
    when the sentence's previous claim was such an item too, this one links its own place
    to the same origin, in the same form and order (subject, reference, form)."""
    text = doc.text
    if prev is None or prev.subject is None or prev.reference is None:
        return None
    if not text[q.direction_end or q.end :].lstrip().startswith(")"):
        return None
    here = _paren_place(text, q.start, in_sent)
    item = _paren_place(text, prev.claim.start, in_sent)
    if here is None or item is None or here is item:
        return None
    if item is prev.subject and prev.reference.id != here.id:
        return here, prev.reference, prev.claim.form
    if item is prev.reference and prev.subject.id != here.id:
        return prev.subject, here, prev.claim.form
    return None


def _fronted_subject(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """A distance with a direction that opens its sentence is an adverbial fronted before
    the place it locates: ``About 250 km to the north-east, the Cuban city of <X> closed
    its port``, ``Rund 65 Kilometer weiter nördlich liegt <X>``. The subject is the first
    point place after it: past the comma that ends the adverbial, or, with no comma (German
    verb second), when no from-marker (``von``, ``of``) leads to it (``Rund 30 km nördlich
    von <Y> liegt <X>`` names its reference and is no fronted direction). An away word
    stands for the direction too (``Rund 115 Kilometer entfernt liegt <X>``)."""
    away = syn.away_now.match(doc.text, after) if q.direction is None else None
    if away is not None:
        # "Rund 115 Kilometer entfernt liegt <X>", "Some 115 km away lies <X>": an away
        # word instead of a direction; the place after the verb is what lies there
        after = away.end()
    if (q.direction is None and away is None) or not (
        _bare_lead(doc.text[_clause_start_after_colon(doc, sent, q) : q.start], syn)
        or _fronted_direction(doc, sent, q, syn) is not None
    ):
        return None
    p = in_sent.first_from(after)
    while p is not None and not (_is_point(p) and p.resolved):
        p = in_sent.first_after(p.start)
    if p is None:
        return None
    if not _clause_ends_but_fillers(doc, sent, after, structures, syn):
        words = re.findall(r"\w+", doc.text[after : p.start])
        if len(words) > _FRONTED_GAP_WORDS or any(w.casefold() in syn.marker_words for w in words):
            return None
        if words and words[0].casefold() in syn.articles:
            # "Rund 340 Kilometer nördlich des Polarkreises liegt <X>": a genitive right
            # after the direction is its reference, as a from-marker would be
            return None
    return p


_FRONTED_LEAD_WORDS = 2  # "Located about N km ...", "At about N km ...", "Only N km ..."


def _bare_lead(lead: str, syn: _Syntax) -> bool:
    """What stands before a fronted distance in its sentence leaves it fronted: nothing,
    an onward phrase (lexicon ``onward_before``: ``Noch einmal gut N km weiter nördlich
    liegt <X>``, ``Another N km to the north, <X> ...``), or at most two ``fronted_lead``
    words (``Only some N km to the west, <X> ...``)."""
    words = [w.casefold() for w in re.findall(r"\w+", lead)]
    if not words:
        return True
    m = syn.onward_before.search(lead)
    if m is not None and not re.search(r"\w", lead[: m.start()]):
        return True
    return len(words) <= _FRONTED_LEAD_WORDS and all(w in syn.fronted_lead for w in words)


def _fronted_subject_after(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    reference: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    structures: _Structures,
    syn: _Syntax,
    ref_at: int | None = None,
) -> tuple[Place, EvidenceHow] | None:
    """A distance with its reference in the story's first clause of the sentence, with at
    most two words of lexicon ``fronted_lead`` before it (``Located about 140 km south of
    the Equator, <X> ...``, ``At some 40 km from <Y>, <X> ...``, also right after the
    dateline): the first point place of the next clause, within its first words, is what
    it locates; or a descriptive phrase opening that clause (``Located some N km south-east
    of the capital, the port city lost power``)."""
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    lo = _story_start(doc, sent)
    # (``ref_at``: where the text names the reference, when a phrase stands for it)
    if ci < 0 or ci + 1 >= len(st.clauses) or (ref_at or reference.start) < q.end:
        return None
    if st.clauses[ci].start < lo or (ci > 0 and st.clauses[ci - 1].start >= lo):
        return None  # not the first clause of the story's words in the sentence
    lead = [w.casefold() for w in re.findall(r"\w+", doc.text[lo : q.start])]
    if len(lead) > _FRONTED_LEAD_WORDS or any(w not in syn.fronted_lead for w in lead):
        return None  # "<X> lies about 70 km north of <Y>, and ...": X is its own subject
    nxt = st.clauses[ci + 1]
    if nxt.boundary != ",":
        return None
    p = in_sent.first_from(nxt.start)
    if (
        p is not None
        and p is not reference
        and _is_point(p)
        and p.resolved
        and len(re.findall(r"\w+", doc.text[nxt.start : p.start])) <= _FEW_WORDS
    ):
        return p, "named"
    np = _first_phrase(st, nxt.first, nxt.last, syn)
    t0 = st.tokens[nxt.first]
    if (
        np is None
        and nxt.first < nxt.last
        and t0.text[:1].islower()
        and t0.fold not in syn.articles
        and t0.fold not in syn.marker_words
        and syn.locative_word.fullmatch(t0.fold) is None
    ):
        # "Rund N km südöstlich der Hauptstadt gelegen, verlor die Hafenstadt den Strom":
        # after a fronted clause a German verb comes second, its subject right after it
        np = _first_phrase(st, nxt.first + 1, nxt.last, syn)
    if np is None or np.preposition is not None or np.determiner is None:
        return None
    if p is not None and p.start < np.end:
        return None  # a place in the phrase that is no point ("the Kenyan coast")
    return _resolve_phrase(
        doc, sent, np, reference, in_sent, by_sentence, structures, syn, subject=True
    )


def _clause_ends_but_fillers(
    doc: Document,
    sent: Sentence,
    pos: int,
    structures: _Structures,
    syn: _Syntax,
    in_sent: _SentencePlaces | None = None,
) -> bool:
    """The clause holding ``pos`` ends there, or only filler words follow in it
    (``..., some 520 km to the north as the crow flies, ...``), or (with ``in_sent``) a
    coordinated phrase that names no place (``<X> – rund 60 Kilometer nordwestlich und
    mit 300.000 Einwohnern drittgrößte Stadt – ...``: the distance ends before ``und``)."""
    st = structures.of(sent)
    ci = st.clause_index(pos)
    if ci < 0 or st.clauses[ci].end <= pos:
        return True
    end = st.clauses[ci].end
    for m in re.finditer(r"\w+", doc.text[pos:end]):
        w = m.group(0).casefold()
        if w in syn.fillers:
            continue
        if in_sent is None or w not in syn.phrases.coordinators:
            return False
        # a region or a country there only says whose ("drittgrößte Stadt Bayerns")
        at = pos + m.start()
        k = bisect_left(in_sent.starts, at)
        return not any(
            _is_point(p) and not _is_setting(p) for p in in_sent[k : k + 8] if p.start < end
        )
    return True


def _parallel_reference(
    prev: _Built | None, subject: Place, sent: Sentence, why: _Why, by_sentence: _Places
) -> Place | None:
    """``<A> lies N km north-west of <D>, and <B>, the salsa capital, some M km to the
    south-west``: a second named place with a bare direction, after a claim of the same
    sentence measured from the dateline's place, is measured from it too (the sentence
    lists places around the story's place). A described subject (``the volcano's
    crater``) stays with the place the sentence stands at."""
    d = by_sentence.dateline
    if (
        prev is None
        or d is None
        or prev.reference is None
        or prev.reference.id != d.id
        or prev.claim.sentence != sent.index
        or prev.claim.direction is None
        or why.subject is None
        or why.subject[0] not in _NAMED_HOWS
        or subject.id == d.id
    ):
        return None
    return prev.reference


def _where_from(p: Place, sent: Sentence, by_sentence: _Places) -> EvidenceHow:
    if p is by_sentence.dateline:
        return "dateline"
    return "named" if p.sentence == sent.index else "previous sentence"


def _evidence(
    text: str, place: Place | None, why: tuple[EvidenceHow, int, int] | None
) -> Evidence | None:
    """The words that gave an end: what ``why`` recorded, else the place's own mention."""
    if place is None:
        return None
    how, start, end = why if why is not None else ("named", place.start, place.end)
    return Evidence(start=start, end=end, text=text[start:end], how=how)


def _placeless_aside(st: SentenceStructure, k: int, in_sent: _SentencePlaces) -> bool:
    """Clause ``k`` is a short prepositional aside that names no point place (``on the
    Tanzanian border``, ``an der Grenze zu Slowenien``, ``near the coast``): it says where
    the place before it lies, and a way's apposition after it still names the way before
    it (``The road from <A> to <B>, near the border, a drive of N km``)."""
    c = st.clauses[k]
    if c.kind != "adjunct" or c.last - c.first + 1 > _FEW_WORDS:
        return False
    return not any(c.start <= p.start < c.end and _is_point(p) for p in in_sent)


#: how an end is read when its words name no place it was read from (the dateline, a
#: description, the sentence before): what stands in for an owner's own town
_RECENCY_READS = frozenset({"dateline", "description", "previous sentence", "capital"})


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?[\s\u00a0]")


_APPOSITION_COMMA = re.compile(r"[\s\u00a0]{0,2},[\s\u00a0]{1,3}")


def _possessor_in_apposition(
    text: str, subject: Place, reference: Place | None, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The point place an apposition opened by a possessive area describes: ``<Town>,
    <Region>'s second city, ...`` -> <Town>. An area followed by ``'s`` owns the noun after
    it (``Tasmania's second city``); with a point place and only a comma right before
    it, the whole phrase is that place's apposition and the area no subject."""
    if _POSSESSIVE_AFTER.match(text, subject.end) is None:
        return None
    k = in_sent.count_ending_by(subject.start)
    if k == 0:
        return None
    p = in_sent[k - 1]
    if (
        not _is_point(p)
        or not p.resolved
        or p is reference
        or (reference is not None and p.id == reference.id)
        or _APPOSITION_COMMA.fullmatch(text, p.end, subject.start) is None
    ):
        return None
    return p


def _last_subject_before(subject: Place, sent: Sentence, by_sentence: _Places) -> Place | None:
    """The subject of the sentence right before's last claim, which an anaphor opening a
    new sentence takes up (``<A> liegt rund N km nordöstlich von <B>. <C> liegt rund M km
    nordöstlich davon``: ``davon`` is <A>, what the sentence before was about, not the
    dateline's place nor <B>, the place <A> was measured from). Only a point other than
    the subject itself, and only from the sentence right before."""
    last = by_sentence.last_subject
    if (
        last is None
        or last.sentence != sent.index - 1
        or not _is_point(last)
        or not last.resolved
        or last.id == subject.id
    ):
        return None
    return last


def _describes_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    structures: _Structures,
    syn: _Syntax,
) -> bool:
    """A descriptive reference phrase follows the distance through a marker (``west of the
    capital``, ``südlich der Hafenstadt``), found or not: the distance has a reference of
    its own, whatever :func:`_reference_phrase` makes of it."""
    found = _phrase_after(structures.of(sent), after)
    if found is None:
        return False
    np, lead, prep = found
    gap = doc.text[after:lead] + (" " + prep if prep else "")
    return (
        lead - after <= _REF_GAP_CHARS
        and _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after)
        and (np.head.fold in syn.capital_nouns or bool(_descriptive_kinds(np.head.fold, syn)))
    )


def _reference_phrase(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    structures: _Structures,
    syn: _Syntax,
    subject: Place | None = None,
    why: _Why | None = None,
) -> tuple[Place, EvidenceHow, int, int] | None:
    """A descriptive reference after the distance (``south of the Kenyan capital``,
    ``südlich der Stadt``, ``east of the mountain``), through the same marker words as a
    named one."""
    st = structures.of(sent)
    found = _phrase_after(st, after)
    if found is None:
        return None
    np, lead, prep = found
    if lead - after > _REF_GAP_CHARS or _place_in(in_sent, np) is not None:
        return None
    gap = doc.text[after:lead] + (" " + prep if prep else "")
    if not _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after):
        return None
    named = _name_set_off_after(doc, np, in_sent, syn)
    if named is not None and named is not subject:
        # "von der nächsten größeren Stadt, <Y>, entfernt", "from the nearest town, <Y>":
        # the description's name follows it, set off by a comma
        return named, "apposition", np.start, named.end
    got = _resolve_phrase(doc, sent, np, subject, in_sent, by_sentence, structures, syn)
    if got is None:
        if why is not None and (
            np.head.fold in syn.capital_nouns or _descriptive_kinds(np.head.fold, syn)
        ):
            why.open_reference = doc.text[np.start : np.end]  # said, but never named
        return None
    return got[0], got[1], np.start, np.end


#: what may close a name set off after a description: a comma, a dash, a bracket, the end
_SET_OFF_END = re.compile(r"[\s\u00a0]*(?:[,;:)\u2013\u2014.!?]|$)")


_COMMA_AFTER = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")


def _name_set_off_after(
    doc: Document, np: NounPhrase, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """``der nächsten größeren Stadt, <Y>, ...``, ``the nearest town, <Y>.``: a
    descriptive noun phrase (a capital or feature noun, lexicon ``descriptive``) followed
    by a comma and a point place that alone fills the phrase set off after it names the
    place it describes, as ``the capital, Kyiv`` does."""
    if not (np.head.fold in syn.capital_nouns or _descriptive_kinds(np.head.fold, syn)):
        return None
    m = _COMMA_AFTER.match(doc.text, np.end)
    if m is None:
        return None
    p = in_sent.first_from(m.end())
    if (
        p is None
        or p.start != m.end()
        or not p.resolved
        or not _is_point(p)
        or kind_info(p.kind).is_area
        or _SET_OFF_END.match(doc.text, p.end) is None
    ):
        return None
    return p


def _reference_before(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
) -> Place | None:
    """``X liegt von Y N km entfernt`` / ``Von Y ist X N km entfernt``: a place in the
    distance's clause, before it, governed by a from-marker, with another place named in
    the clause to be the subject."""
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    if ci < 0:
        return None
    lo = st.clauses[ci].start
    lo_others = lo
    if ci > 0 and st.clauses[ci].boundary == ",":
        # "From Lagos, Abuja is about 530 km to the north-east": a fronted from-phrase,
        # set off by a comma, belongs to the distance's clause
        pc = st.clauses[ci - 1]
        if _from_opener(st, pc, syn) and pc.last - pc.first <= _FRONTED_WORDS:
            lo = lo_others = pc.start
            if ci > 1 and pc.boundary == ",":
                # "Cusco is, from Lima, about 580 km away": an inserted
                # from-phrase; the subject stands in the clause before it
                lo_others = st.clauses[ci - 2].start
    k = in_sent.count_ending_by(q.start)
    found: Place | None = None
    others = 0
    for p in in_sent[max(0, k - _MAX_PLACES_BACK) : k]:
        if p.start < lo_others:
            continue
        np = st.phrase_at(p.start)
        if (
            found is None
            and p.start >= lo
            and np is not None
            and np.preposition in syn.route_from_words
        ):
            found = p
        elif _is_point(p):
            others += 1
    if found is None:
        return None
    if others == 0 and _descriptive_opener(st, ci, found, in_sent, syn):
        # "Das Grenzstädtchen ist von <Y> nur gut N Kilometer entfernt": the clause's
        # subject is a descriptive phrase or a pronoun, resolved as the subject later
        return found
    if others == 0 and _relative_with_antecedent(st, ci, in_sent, syn):
        # "In <X>, das von <Y> gut N Kilometer entfernt ist": the subject is the relative
        # clause's antecedent, named before it
        return found
    if others == 0 and _opens_with_verb(st, ci, syn):
        # "<X>, die zweitgrößte Stadt, liegt von <Y> aus gesehen rund N km nordöstlich":
        # the clause opens with its verb, its subject stands before it (the clause walk)
        return found
    if others == 0 and _apposed_from(st, ci, found, in_sent, syn):
        # "<X>, von <Y> aus gut N Kilometer Richtung Osten, meldete ...": an inserted
        # from-phrase locates the place it is set off from
        return found
    if others == 0:
        nxt = in_sent.first_from(q.end)
        hi = st.clauses[ci].end
        if nxt is None or nxt.start > hi:
            return None
    return found


def _fronted_adverbial(st: SentenceStructure, k: int, syn: _Syntax) -> bool:
    """Clause ``k`` (read as an apposition) follows the sentence's first clause, a short
    prepositional phrase (``From <A>``, ``In <Region>``, ``Von <A> aus``), and opens with
    a noun phrase that names no kind of place (``the convoy``, ``die Helfer``): it is the
    main clause, not an apposition to the place before it (``In <A>, the capital of
    <Country>, ...`` is one)."""
    if k != 1:
        return False
    c0 = st.clauses[0]
    if c0.last - c0.first > _FRONTED_WORDS or not (
        c0.opener in syn.marker_words
        or c0.opener in syn.route_from_words
        or syn.locative_word.fullmatch(c0.opener) is not None
    ):
        return False
    c = st.clauses[k]
    np = _first_phrase(st, c.first, c.last, syn)
    if np is None or np.preposition is not None:
        return False
    head = np.head.fold
    return not (head in syn.capital_nouns or _descriptive_kinds(head, syn))


#: what may stand between a list of places and the distance set off after it: the comma
#: and a few words (``, all within``, ``, alle weniger als``, ``, both about``)
_SET_OFF_LIST_GAP = re.compile(r"[\s\u00a0]*[,(–—][\s\u00a0]*(?:[^\W\d_]{1,15}[\s\u00a0]+){0,2}\Z")


def _list_head(
    text: str, subject: Place, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> Place:
    """``<A>, <B> and <C>, all within N km of <W>``, ``<A>, <B> und <C>, alle weniger als
    N km von <W> entfernt``: one distance set off right after a list of point places
    (joined only by a list's joints) is said of every item; when the clause walk found an
    inner item of the list (one that a comma of the list made open a clause), the claim is
    read for the list's first, as for ``<A> and <B>, both ...`` (one claim per distance:
    the head of the list, not whichever item a comma happened to open a clause with). Any
    other subject is returned as it is."""
    k = in_sent.count_ending_by(q.start)
    if k < 2 or not _SET_OFF_LIST_GAP.match(text, in_sent[k - 1].end, q.start):
        return subject
    items = [in_sent[k - 1]]
    j = k - 1
    while j > 0:
        before, here = in_sent[j - 1], in_sent[j]
        if not (
            before.end <= here.start
            and _is_point(before)
            and syn.list_joint.fullmatch(text, before.end, here.start)
        ):
            break
        items.append(before)
        j -= 1
    if len(items) < 3 or not _is_point(items[0]) or all(p is not subject for p in items[1:-1]):
        # only an inner item is a list's comma's doing; the last one is what a clause
        # walk rightly finds in "<A>, which ..., and <B>, about N km further north", and
        # "<A> and <B>, both ..." already gives the first
        return subject
    return items[-1]


def _fronts_a_place(
    doc: Document,
    st: SentenceStructure,
    ci: int,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> bool:
    """Clause ``ci`` is followed, after a comma, by a clause that opens with a point place:
    the distance is an adverbial fronted before that place."""
    if ci + 1 >= len(st.clauses) or _boundary(doc, st, ci + 1) != ",":
        return False
    nxt = st.clauses[ci + 1]
    lead = _lead_place(doc, st, nxt.first, nxt.last, in_sent, by_sentence, syn)
    # (the place may have been taken as the reference already: "about N km to the east,
    # <B>" reads <B> after the direction; it is the fronted distance's subject all the same)
    return lead is not None and _is_point(lead)


def _colon_subject(
    st: SentenceStructure, c: Clause, reference: Place | None, in_sent: _SentencePlaces
) -> tuple[Place, EvidenceHow, int, int] | None:
    """The place clause ``c``, set off by a colon before a bare distance, is about: the
    point place that ends it (``Am schlimmsten traf es <X>:``, ``<X>:``), else its only
    point place (``<X> is the farthest:``, ``Von den drei Städten liegt <X> am weitesten
    entfernt:``); None when it names none or several (no guess between them)."""
    tail = _tail_place(st, c.first, c.last, in_sent)
    if tail is not None and tail is not reference and _ends_clause(st, c, tail):
        return tail, "apposition", tail.start, tail.end
    lo, hi = st.tokens[c.first].start, st.tokens[c.last].end
    points = [
        p
        for p in in_sent[in_sent.count_ending_by(lo) : in_sent.count_ending_by(hi)]
        if p.start >= lo and _is_point(p) and not _is_setting(p)
    ]
    if len(points) == 1 and points[0] is not reference:
        return points[0], "clause subject", points[0].start, points[0].end
    return None


def _set_off_origin(
    doc: Document, st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """The point place after a from-marker (lexicons ``route_from``, ``origin_markers``)
    that ends clause ``c`` (``after a drive from <B>``, ``on a flight from <B>``, ``nach
    einer Fahrt aus <B>``) in a clause that tells a journey (a route noun or a lexicon
    ``journey_words`` word: ``drive``, ``arrived``, ``Fahrt``), when the marker does
    not open the clause: an inserted from-phrase (``<X> is, from <A>, N km away``, ``seen
    from <A>``) is a viewpoint, not a place the distance describes."""
    if _from_opener(st, c, syn):
        return None
    # a journey's (``after a drive from``, ``on a flight from``, ``nach einer Fahrt aus``),
    # not a relation of places (``<A>, across the strait from <B>, some N km ...``)
    if not any(st.tokens[k].fold in syn.journey for k in range(c.first, c.last + 1)):
        return None
    tail = _tail_place(st, c.first, c.last, in_sent)
    if (
        tail is None
        or _is_setting(tail)
        or not _ends_clause(st, c, tail)
        or not (
            _preceded_by(doc, tail, syn.route_from_before)
            # "aus <B>" (lexicon origin_markers): where the travellers came from
            or _preceded_by(doc, tail, syn.origin_before)
        )
    ):
        return None
    return tail


def _opens_with_verb(st: SentenceStructure, ci: int, syn: _Syntax) -> bool:
    """Clause ``ci`` follows a comma and opens with a lowercase word that is no
    preposition, article, pronoun or coordinator (its verb: ``liegt``, ``lies``): its
    subject stands in the clauses before it, whether or not the geoparser found it there
    (``Der <Unknown>-Pass, mit N Metern ..., ist von <Y> gut N km entfernt``: <Y> is the
    reference all the same, and the subject stays unknown rather than <Y>)."""
    c = st.clauses[ci]
    if ci == 0 or c.boundary != ",":
        return False
    t = st.tokens[c.first]
    lex = syn.phrases
    if not t.text[:1].islower() or t.fold in lex.prepositions or t.fold in lex.determiners:
        return False
    if t.fold in lex.coordinators or t.fold in lex.relative_pronouns or t.fold in syn.pronouns:
        return False
    # "Bis <B>, dessen ..., sind es von <A> aus N km": a pronoun right after the verb is
    # the clause's own subject, not one standing before it
    return not (c.first < c.last and st.tokens[c.first + 1].fold in syn.pronouns)


def _apposed_from(
    st: SentenceStructure, ci: int, found: Place, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``ci`` follows a comma, opens with the from-marker that governs ``found``
    and the clause before it ends with a point place (``<X>, von <Y> aus gut N km
    Richtung Osten,``, ``<X>, from <Y> some N km to the east,``): the from-phrase is set
    off from <X>, which it locates, as an apposition ``<X>, N km east of <Y>,`` does;
    without the place right before the comma it says nothing of whom."""
    c = st.clauses[ci]
    if ci == 0 or c.boundary != "," or c.opener not in syn.route_from_words:
        return False
    np = st.phrase_at(found.start)
    if np is None or np.preposition_start != st.tokens[c.first].start:
        return False
    k = in_sent.count_ending_by(c.start)
    if k == 0:
        return False
    anchor = in_sent[k - 1]
    prev = st.clauses[ci - 1]
    return (
        _is_point(anchor)
        and anchor.resolved
        and anchor.start >= prev.start
        and st.token_index(anchor.end) > prev.last
    )


def _relative_with_antecedent(
    st: SentenceStructure, ci: int, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``ci`` is a relative clause (``, das ...``, also ``und das ...`` after a
    first one) and a point place stands before it in the sentence, its antecedent."""
    c = st.clauses[ci]
    if c.kind != "relative":
        k = c.first
        if not (
            c.opener in syn.phrases.coordinators
            and k + 1 <= c.last
            and st.tokens[k + 1].fold in syn.phrases.relative_pronouns
            and ci > 0
            and st.clauses[ci - 1].kind == "relative"
        ):
            return False
    n = in_sent.count_ending_by(c.start)
    return any(_is_point(p) and p.resolved for p in in_sent[max(0, n - _MAX_PLACES_BACK) : n])


def _head_before_line(
    doc: Document,
    st: SentenceStructure,
    clause: Clause,
    reference: Place | None,
    in_sent: _SentencePlaces,
) -> Place | None:
    """The point place right before the prepositional phrase of a border or coast that ends
    ``clause`` (``<A> near the border with <Z>``, ``<A> nahe der Grenze zu <Z>``, ``<A>
    on the north coast``); None when the clause ends otherwise or words stand between."""
    lo, hi = st.tokens[clause.first].start, st.tokens[clause.last].end
    n = in_sent.count_ending_by(hi)
    line = in_sent[n - 1] if n > 0 else None
    if line is None or line.start < lo or line.relation not in ("border", "coast"):
        return None
    if clause.last + 1 - st.token_index(line.end) > 4:
        return None
    np = st.phrase_at(line.start)
    if np is None or np.preposition_start is None:
        return None
    k = in_sent.count_ending_by(np.preposition_start)
    head = in_sent[k - 1] if k > 0 else None
    if (
        head is None
        or not _is_point(head)
        or not head.resolved
        or head is reference
        or head.start < lo
        or doc.text[head.end : np.preposition_start].strip()
    ):
        return None
    return head


def _qualifies_reference(text: str, ref: Place | None, p: Place) -> bool:
    """``p`` is an administrative unit of ``ref``'s country set after it by a comma alone
    (``<B>, Alaska,``, ``<B>, Queensland,``, ``<B>, Kent,``): it says where ``ref`` lies, as
    a country there does, and is no subject of a distance coordinated after it."""
    return (
        ref is not None
        and p.kind in _UNIT_KINDS
        and p.country_code is not None
        and p.country_code == ref.country_code
        and text[ref.end : p.start].strip() == ","
    )


def _pick_subject(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    reference: Place | None,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
    prev: _Built | None,
    structures: _Structures,
    why: _Why,
    *,
    implicit: bool = False,
) -> Place | None:
    """The subject of a point/border/coast/route claim (see the module docstring).

    The previous sentences and the dateline are used only when the clause names its
    subject by a pronoun (``es``, ``it``, ``the city``) or when ``implicit`` (a route
    with an unnamed start: ``Bis München sind es ...``)."""
    text = doc.text
    if prev is not None:
        # a place between the previous claim and this quantity (ends follow starts); a
        # country there only describes the previous reference ("<A> lies N km south-east
        # of <B>, Estonia's capital, and M km north-east of <C>"); a region or an island
        # may be the next subject ("..., und <Island>, rund N km ...")
        first = in_sent.first_from(prev.end)
        while (
            first is not None
            and first.end <= q.start
            and (first.kind == "country" or _qualifies_reference(text, prev.reference, first))
        ):
            first = in_sent.first_after(first.start)
        if first is None or first.end > q.start:
            if (
                _relative_after(doc, sent, prev.end, structures, syn)
                and prev.reference is not None
                and _is_point(prev.reference)
            ):
                why.subject = ("relative clause", prev.reference.start, prev.reference.end)
                return prev.reference
            if _unknown_name_between(structures.of(sent), prev.end, q.start, syn):
                return None  # "..., and <Name>, about 890 km ...": its own, unknown subject
            # coordinated: "six miles north-east of X and 30 miles south-east of Y" keeps
            # the previous subject, even an unnamed one
            if prev.subject is not None:
                why.subject = ("coordinated", prev.subject.start, prev.subject.end)
            return prev.subject
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    clause_lo = st.clauses[ci].start if ci >= 0 else sent.start
    k = in_sent.count_ending_by(q.start)
    own = [
        p
        for p in in_sent[max(0, k - _MAX_PLACES_BACK) : k]
        if p.start >= clause_lo and p is not reference and not _is_agent(text, p, syn)
    ]
    # a border or coast in the distance's clause ("Kassala, near the Eritrean border and
    # some N km east of Khartoum") is where the subject lies, like a region: read the
    # clause's structure first, and take it only when that finds nothing
    # so is a mountain, water or area behind a locative ("<X>, perched on the <Range>
    # about N km west of <Y>")
    if (
        own
        and not all(
            _is_setting(p) or p.relation is not None or _where_it_lies(st, p, syn) for p in own
        )
        and not _coordinated_locative(st, ci, q, syn)
    ):
        subject = _subject_before(
            text, in_sent, q.start, reference, lo=clause_lo, locative=syn.locative_word, syn=syn
        )
        if subject is not None:
            return subject
    got = _structural_subject(doc, sent, q, reference, in_sent, by_sentence, structures, syn)
    if got is None:
        seat = _fronted_seat_region(doc, q, reference, in_sent, syn)
        if seat is not None:
            why.subject = ("apposition", seat.start, seat.end)
            return seat
    if got is not None:
        head = _list_head(text, got[0], q, in_sent, syn)
        if head is not got[0]:
            why.subject = ("apposition", head.start, head.end)
            return head
        why.subject = (got[1], got[2], got[3])
        return got[0]
    if implicit and reference is not None:
        # "Von <A> aus sind es bis <B> am Weißen Meer N km": water or an area behind a
        # locative right after the route's end says where the end lies; it is no start
        own = [
            p
            for p in own
            if not (
                p.start >= reference.end
                and _where_it_lies(st, p, syn)
                and not any(reference.end <= o.start < p.start for o in in_sent if o is not p)
            )
        ]
    if own:
        # only a sea or a region named before the distance ("die Hafenstadt am Roten Meer
        # liegt ..." read no phrase): it is the subject after all
        subject = _subject_before(
            text, in_sent, q.start, reference, lo=clause_lo, locative=syn.locative_word, syn=syn
        )
        if subject is not None:
            return subject
    if reference is not None:
        # "Rund 30 Kilometer von Berlin entfernt liegt Potsdam."
        nxt = in_sent.first_from(reference.end)
        anchor = reference.end
        if (
            nxt is not None
            and _is_area(nxt)
            and nxt.country_code is not None
            and nxt.country_code == reference.country_code
            and syn.locative_word.fullmatch(text[reference.end : nxt.start].strip().casefold())
        ):
            # "Rund N km nordwestlich von <B> in <Land> liegt <A>": the area <B> lies in
            # is its address, as after a comma (_address_area); the place after it is
            # what the fronted distance locates
            anchor, nxt = nxt.end, in_sent.first_after(nxt.start)
        if nxt is not None and nxt.relation is None:
            gap = text[anchor : nxt.start]
            # (articles and prepositions aside: "... lies the beach town of <X>")
            content = [w for w in gap.split() if w.casefold() not in syn.phrases.function_words]
            if (
                (len(gap.split()) <= 4 or len(content) <= 3)
                and not _CLAUSE_PUNCT.search(gap)
                and (
                    not syn.locative_before.search(gap)
                    or _fronted_locative(doc, sent, q, nxt, gap, syn)
                )
                # "<Unknown> lies N km west of <A> and M km south of <B>": a place after
                # another distance is that distance's reference, not this one's subject
                and not any(ch.isdigit() for ch in gap)
                # "From <A> it is N km to <B> on the Black Sea": water behind a locative
                # after a route's end says where the end lies; it is no start. Nor is it
                # the subject of a distance set off after an unread town ("closed at
                # <X>, some N km upstream of <Y> on the <Z> River"): the river says where
                # <Y> or the way lies, it is not what the distance locates
                and not _where_it_lies(st, nxt, syn)
                # "found 83 people N km north of <A> on the road to <B>", "an der Piste
                # nach <B>": a route noun and a to-marker say where a road leads; <B> is
                # the road's end, not what the distance locates
                and not (
                    syn.route_noun_word.search(gap) is not None
                    and gap.split()[-1].casefold() in syn.route_to_words
                )
            ):
                return nxt
    cq = st.clause_index(q.start)
    if cq >= 0 and st.tokens[st.clauses[cq].first].fold in syn.first_person:
        # "„Wir sind hier N km von <A> entfernt“, sagte ...": the speaker's clause; its
        # place was read as the first person's (none found: no subject from before)
        return None
    clause_lo = max(by_sentence.clause_start(sent, q.start), q.start - _PRONOUN_WINDOW_CHARS)
    said = syn.pronoun.search(text, clause_lo, q.start)
    if not implicit and said is None:
        return None
    if implicit:
        ref_id = reference.id if reference is not None else None
        there = syn.anaphoric_start.search(text, clause_lo, q.start)
        if there is not None:
            # "Bis nach <B> sind es von dort weitere N km", "Auch in <A> brannte es; von
            # dort sind es noch N km bis <B>", "From there it is another N km to <B>": the
            # start is the place the text just named, before the anaphor, never the
            # dateline the story was filed from
            start = _there_place(doc, sent, there.start(), in_sent, by_sentence, reference)
            if (
                start is not None
                and prev is not None
                and prev.claim.sentence == sent.index
                and prev.reference is start
                and prev.subject is not None
                and _is_point(prev.subject)
                and prev.subject.resolved
                and prev.subject is not reference
            ):
                # "<A>, gut N km südlich von <B>, meldete Frost; bis <C> sind es von dort
                # weitere M km", "<A> lies N km north of <B>; from there it is M km to
                # <C>": the place a distance was measured from is no place the story stood
                # at; the anaphor goes on from that distance's subject
                start = prev.subject
            elif (
                start is not None
                and by_sentence.last_claim_sentence == sent.index - 1
                and by_sentence.last_reference is not None
                and by_sentence.last_reference.start == start.start
                and by_sentence.last_subject is not None
                and _is_point(by_sentence.last_subject)
                and by_sentence.last_subject.resolved
                and by_sentence.last_subject is not reference
                and (reference is None or by_sentence.last_subject.id != reference.id)
            ):
                # "<A> liegt N km nordwestlich von <B>. Von dort sind es weitere M km bis
                # <C>": the same across a sentence's end, the claim before being the
                # sentence before's last
                start = by_sentence.last_subject
            if start is not None:
                how_t: EvidenceHow = (
                    "named" if start.sentence == sent.index else "previous sentence"
                )
                why.subject = (how_t, start.start, start.end)
            return start
        described = _described_start(
            doc, sent, q.start, clause_lo, in_sent, by_sentence, structures, syn, reference
        )
        if described is not None:
            # "Von der Hafenstadt aus sind es rund N km bis <B>", "From the capital it is
            # another N km to <B>": the start named by a description, not the dateline
            why.subject = (described[1], described[0].start, described[0].end)
            return described[0]
        # "„Bis <B> sind es nur N km“, sagte ein Händler aus <A>", "\"It is only N km to
        # <B>,\" a trader in <A> said": quoted speech with no start is told from where the
        # speaker is, the place the attribution names, before the dateline or a place the
        # sentences before merely named
        speaker = _speaker_place(doc, sent, q.start, in_sent, syn)
        if (
            speaker is not None
            and speaker is not reference
            and (ref_id is None or speaker.id != ref_id)
        ):
            why.subject = ("named", speaker.start, speaker.end)
            return speaker
        # "Bis <B> sind es rund N km", "It is about N km to <B>" with no start named (the
        # "es", "it" is no subject there): the way is told from where the story is, the
        # dateline's place, before a place the sentences before merely named
        d = _dateline_place(doc, by_sentence)
        if d is not None and d is not reference and (ref_id is None or d.id != ref_id):
            why.subject = ("dateline", d.start, d.end)
            return d
    # "the island volcano" (matched as "the island") is a volcano: a pronoun phrase with a
    # descriptive head continues only a place of a kind that noun admits
    kinds = _pronoun_kinds(st, said.start(), syn) if said is not None else frozenset()
    ref_id = reference.id if reference is not None else None
    earlier: list[Place] = []
    if said is not None and said.start() > sent.start:
        # "Since Monday, <A>, ..., has been cut off; it lies N km ...": a pronoun after a
        # semicolon or a coordinator continues the sentence's first place before it
        earlier = list(in_sent[: in_sent.count_ending_by(said.start())])
    # a place the geoparser did not read, named before the pronoun in its sentence or in
    # the sentence right before ("Lorries queued at <Unknown>. The town lies ..."): the
    # pronoun continues that place, so no other place (nor the dateline) stands in for it
    unknown_here = (
        _unknown_place(st, sent.start, said.start(), in_sent, syn) if said is not None else None
    )
    sent_b = by_sentence.sentences.get(sent.index - 1)
    unknown_before = (
        _unknown_place(
            structures.of(sent_b), sent_b.start, sent_b.end, by_sentence.get(sent_b.index), syn
        )
        if sent_b is not None
        else None
    )
    if said is not None and _unread_antecedent(doc.text, st, sent, said.start(), in_sent, syn):
        # "The governor said <Unknown>, which is about N km east of <B>": the
        # relative pronoun's antecedent is a name the geoparser did not read; the distance
        # locates it, not a town of this sentence or the sentence before
        return None
    for p in earlier + _previous_places(doc, by_sentence, sent):
        if unknown_here is not None and (p.sentence != sent.index or p.start < unknown_here):
            return None
        if unknown_before is not None and (
            p.sentence < sent.index - 1
            or (
                p.sentence == sent.index - 1
                and (p.start < unknown_before or p is by_sentence.dateline)
            )
        ):
            return None
        if kinds and _introduced_unknown(doc, p, kinds, syn):
            return None  # "The village of <Unknown> ...; the village lies ...": that one
        # a line of latitude or a sea is where things are, not a topic a pronoun continues
        if _is_point(p) and not _is_setting(p) and p.resolved and p is not reference:
            if ref_id is not None and p.id == ref_id:
                continue  # never the other end of the same claim
            if kinds and p.kind not in kinds:
                continue
            why.subject = ("previous sentence", p.start, p.end)
            return p
    d = _dateline_place(doc, by_sentence)
    if d is not None and kinds and d.kind not in kinds:
        d = None
    if d is not None and d is not reference and (ref_id is None or d.id != ref_id):
        why.subject = ("dateline", d.start, d.end)
        return d
    return None


_FRONTED_VERB_WORDS = 3  # "bebte in", "kam es in", "brannte es bei"


def _fronted_locative(
    doc: Document, sent: Sentence, q: Quantity, nxt: Place, gap: str, syn: _Syntax
) -> bool:
    """``Knapp N Kilometer nordwestlich von <B> bebte in <A> die Erde``, ``Rund N km von
    <B> entfernt kam es in <A> zu Unwettern``: a distance and its reference that open the
    sentence are an adverbial fronted before the verb (German verb second); a point place
    in a locative phrase right after that verb is where the event the distance locates
    happened. Only for a fronted distance (nothing but ``fronted_lead`` words before it)
    and a gap of a verb (and ``es``) and the locative: ``N km nördlich von <B> in <Region>``
    names where <B> lies (an area, and no verb between)."""
    if not _is_point(nxt) or not nxt.resolved:
        return False
    if not _bare_lead(doc.text[_story_start(doc, sent) : q.start], syn):
        return False
    words = gap.split()
    if not 2 <= len(words) <= _FRONTED_VERB_WORDS:
        return False
    first = words[0].casefold()
    if (
        not words[0][:1].islower()
        or first in syn.articles
        or first in syn.marker_words
        or syn.locative_word.fullmatch(first) is not None
    ):
        return False
    return syn.locative_word.fullmatch(words[-1].casefold()) is not None


def _ends_in_unknown_name(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Whether clause ``c`` ends in a capitalised word no place covers and that can only
    be a name (no function word, article, filler or common noun)."""
    if c.last < c.first:
        return False
    t = st.tokens[c.last]
    lex = syn.phrases
    nouns = common_nouns(syn.lang) if lex.capitalised_nouns else frozenset()
    if not (t.is_cap and t.text.isalpha()) or t.fold in lex.function_words:
        return False
    if t.fold in syn.articles or t.fold in syn.fillers or t.text in nouns:
        return False
    k = in_sent.count_ending_by(t.end) - 1
    return not (k >= 0 and in_sent[k].start <= t.start < in_sent[k].end)


def _verb_then_unread_name(
    st: SentenceStructure, c: Clause, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """Clause ``c`` ends in a name no place covers (:func:`_ends_in_unknown_name`) right
    after a word that opens what was said (lexicon ``report_openers``: ``said <Name>``,
    ``sagte, <Name>``), in this clause or ending the one before."""
    if not _ends_in_unknown_name(st, c, in_sent, syn):
        return False
    # the word before the name, past one comma ("sagte, <Name>, rund N km ...")
    k = c.last - 1
    if k >= 0 and not st.tokens[k].text[:1].isalnum():
        k -= 1
    return k >= 0 and st.tokens[k].fold in syn.report_openers


def _unknown_name_between(st: SentenceStructure, lo: int, hi: int, syn: _Syntax) -> bool:
    """A coordinator (or a word that opens what was said: ``said``, ``sagte``) between
    offsets ``lo`` and ``hi`` followed by a word that can only be a name the geoparser did
    not resolve (``..., and <Name>, about 890 km ...``):
    capitalised, no function word, article or filler and (in a language that capitalises
    nouns) no common noun. The coordinated distance after it has a subject of its own, not
    the previous claim's."""
    lex = syn.phrases
    nouns = common_nouns(syn.lang) if lex.capitalised_nouns else frozenset()
    toks = st.tokens[st.token_index(lo) : st.token_index(hi)]
    for a, b in itertools.pairwise(toks):
        if (
            # "Officials in <A>, N km south of <R>, said <Name>, some M km further south,
            # ...": a word that opens what was said (lexicon ``report_openers``) before
            # the name is a coordinator's equal; the name is the distance's own subject
            (a.fold in lex.coordinators or a.fold in syn.report_openers)
            and _name_like(b, syn, nouns)
            and b.fold not in syn.fillers
        ):
            return True
    return False


#: a name, a comma and spaces right before a relative pronoun (``<X>, which``)
_ANTECEDENT_NAME = re.compile(r"([^\W\d_][\w'-]{0,30})[\s\u00a0]{0,2},[\s\u00a0]{0,2}$")


def _unread_antecedent(
    text: str,
    st: SentenceStructure,
    sent: Sentence,
    at: int,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> bool:
    """The pronoun at ``at`` is a relative pronoun (lexicon ``relative_pronouns``) right
    after a comma, and the word before the comma is a capitalised name that no place
    mention of the sentence covers and that is not the sentence's first word (``The
    governor said <Unknown>, which is N km ...``): the relative clause locates a name
    the geoparser did not read. One anchored search over at most 36 characters."""
    m = re.match(r"\w+", text[at : at + 12])
    if m is None or m.group(0).casefold() not in syn.phrases.relative_pronouns:
        return False
    lo = max(sent.start, at - 36)
    name = _ANTECEDENT_NAME.search(text, lo, at)
    if name is None or name.start(1) <= sent.start:
        return False
    k = st.token_index(name.start(1))
    if k >= len(st.tokens) or k == 0 or st.tokens[k].start != name.start(1):
        return False
    nouns = common_nouns(syn.lang) if syn.phrases.capitalised_nouns else frozenset()
    if not _name_like(st.tokens[k], syn, nouns):
        return False
    return not any(p.start <= name.start(1) < p.end for p in in_sent)


def _pronoun_kinds(st: SentenceStructure, pos: int, syn: _Syntax) -> frozenset[str]:
    """The kinds of place a pronoun subject at ``pos`` admits: none named (any point
    place) for a bare pronoun (``it``, ``es``, ``there``), else the kinds of the head noun
    of its noun phrase (``the island volcano`` -> mountains; ``die Stadt`` -> cities)."""
    np = st.phrase_at(pos)
    if np is None or (np.first == np.last and np.determiner is None):
        return frozenset()
    return _descriptive_kinds(np.head.fold, syn)


def _unnamed_subject(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    structures: _Structures,
    syn: _Syntax,
    skip: Place | None = None,
) -> bool:
    """Is what the distance locates a thing or a place the text does not name? Three
    positions are read: the phrase that opens the distance's clause (``A convoy was
    ambushed N km east of <Y>``, ``Ein Dorf rund N km nördlich von <Y> wurde
    überflutet``), the phrase right before the distance (``Floods hit a village some N
    km from <Y>``, ``in einem Dorf rund N km ...``), and the phrase that ends the clause
    before a distance set off after it (``a village, some N km from <Y>, ...``, ``ein
    Dorf, das rund N km ... liegt``). Such a phrase with an indefinite article or number
    word (lexicons ``indefinite_articles``, ``indefinite_quantifiers``) brings in
    something new and unnamed: a thing, or a place of a kind (``a village``) no reader
    could look up. With another determiner it is one only when it names a thing whose
    place a distance gives (lexicon ``thing_nouns``: ``the boat``, ``der Konvoi``). A
    place named between the phrase and the distance (``a town called <X>``) is the
    subject instead, and so no such phrase (but for ``skip``, a way's end: ``A bus from
    <B> overturned N km ...``); so are people of a place (``a resident``) and words of
    the amount (``an estimated N km``, lexicon ``amount_words``)."""
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    if ci < 0:
        return False
    c = st.clauses[ci]
    toks = st.tokens
    lex = syn.phrases
    kq = min(st.token_index(q.start), c.last + 1)
    k = c.first
    while k < kq and (toks[k].fold in lex.particles or toks[k].fold in lex.coordinators):
        k += 1
    # (where the phrase is, where its words must end, whether it opens the clause)
    candidates = [(k, kq, True)] if k < kq else []
    j = kq - 1
    while j > c.first and kq - j <= _FEW_WORDS and toks[j].fold not in lex.function_words:
        j -= 1
    if c.first <= j < kq - 1 and j != k:
        candidates.append((j, kq, False))  # the phrase right before the distance
    if ci > 0 and (k == kq or c.kind == "relative"):
        # a distance set off after a phrase, or a relative clause about it
        prev_c = st.clauses[ci - 1]
        j = prev_c.last
        while (
            j > prev_c.first
            and prev_c.last - j < _FEW_WORDS
            and toks[j].fold not in lex.function_words
        ):
            j -= 1
        if j < prev_c.last:
            candidates.append((j, prev_c.last + 1, False))
    for a, stop, opens in candidates:
        if _unnamed_phrase(toks, a, stop, syn, definite=opens) and not any(
            toks[a].start <= p.start < q.start and p is not skip for p in in_sent
        ):
            return True
    return False


def _unnamed_phrase(
    toks: Sequence[Token], a: int, stop: int, syn: _Syntax, *, definite: bool
) -> bool:
    """Do the tokens from ``a`` name a thing or an unnamed place (see
    :func:`_unnamed_subject`)? ``a`` is the determiner; its noun's words run up to the
    first function word or ``stop``. ``definite``: a thing named with another determiner
    counts too (only as the clause's subject: ``The boat sank ...``; an object with a
    definite article, ``Police found the car N miles away``, is left as it was read)."""
    lex = syn.phrases
    det = toks[a].fold
    words = []
    for t in toks[a + 1 : stop]:
        if t.fold in lex.function_words:
            break
        words.append(t)
    if not words or all(w.fold in syn.amount_words for w in words):
        return False  # "an estimated 40 km": the article belongs to the amount
    if any(
        w.fold in syn.pronouns or w.fold in syn.dweller_nouns or w.fold in syn.first_person
        for w in words
    ):
        return False
    if det in syn.indefinite or det in syn.indefinite_quantifiers:
        return True
    return (
        definite and det in lex.determiners and any(syn.thing_noun.fullmatch(w.text) for w in words)
    )


def _missing_reason(form: str, subject: Place | None, reference: Place | None) -> str:
    if form == "range":
        return "" if subject is not None else "No launch origin was found for this range."
    if subject is None and reference is None:
        return "Neither end of the distance was found in the text."
    if subject is None:
        return "The place this distance is measured from was not found."
    if reference is None:
        return "The place this distance is measured to was not found."
    return ""
