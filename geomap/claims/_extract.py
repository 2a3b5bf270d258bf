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

This module is the orchestrator: :func:`extract_claims`, the loop over sentences and
quantities, lists and respective claims, and :func:`_build`, which puts each claim together.
The decisions it asks for live in the modules below it (docs/claims.md, "Module map"):
``_lexicon`` (word lists), ``_sentence`` (what is read of a sentence), ``_context`` (the
story around it), ``_routes``, ``_described`` (descriptive references), ``_ranges``,
``_reference`` and ``_subject``.
"""

from __future__ import annotations

import itertools
import re
import warnings
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from geomap.claims._context import (
    _FEW_WORDS,
    _QUOTES,
    _foreign_bureau,
    _fronted_there,
    _here_before,
    _is_setting,
    _line_before,
    _measured_from_dateline,
    _point_before,
    _point_before_in_sentence,
    _possessive_direction,
    _speakers_place,
    _story_point,
    _there_place,
    _topic_before_dateline_subject,
)
from geomap.claims._described import (
    _bare_coast,
    _capital,
    _capital_before_whose,
    _coast_place,
    _described_before,
    _described_journey_start,
    _echoed_site,
    _epicentre_town,
    _feature_named_before,
    _here_place,
    _namesake_capital,
    _namesake_seat,
    _onward_origin,
    _own_coast,
    _owned_feature_subject,
    _regional_capital,
    _resolve_phrase,
    _route_to_phrase,
    _speaker_place,
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
    find_direction,
    find_quantities,
    gapped_quantity,
    lexicon,
    list_items,
    phrase_pattern,
)
from geomap.claims._ranges import (
    _direction_past_terrain,
    _flown_to,
    _fronted_direction,
    _is_range,
    _landing_before,
    _landing_by_verb,
    _landing_place,
    _range_origin,
    _reach_ends,
)
from geomap.claims._reference import (
    _CLAUSE_PUNCT_NOT_COMMA,
    _NAMED_HOWS,
    _apart_next,
    _attributive_away,
    _away_from,
    _away_in_place,
    _between_places,
    _clause_ends_but_setting,
    _described_topic,
    _describes_reference,
    _destination,
    _find_reference,
    _from_origin,
    _gapped_reference,
    _implicit_reference,
    _linked_over,
    _movement_origin,
    _neighbour_of,
    _opening_apposition_origin,
    _opening_clause_origin,
    _pair_marked,
    _parallel_reference,
    _possessor_between,
    _possessor_in_apposition,
    _reference_phrase,
    _separated_length,
    _setting_before,
    _unknown_from_name,
    _where_from,
)
from geomap.claims._routes import (
    _ONWARD_BEFORE_CHARS,
    _SET_OFF_GAP,
    _along_a_way,
    _along_fronted,
    _along_in_clause,
    _along_next,
    _along_right_after,
    _along_route,
    _free_relative_route,
    _halfway_ends,
    _length_from,
    _length_of_route,
    _onward_leg,
    _part_of_route,
    _road_toward,
    _route_apposition,
    _route_ends,
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
    _REGION_KINDS,
    _Built,
    _clause_ends,
    _in_sentence,
    _is_area,
    _is_point,
    _lang,
    _next_word,
    _opens_clause,
    _Places,
    _preceded_by,
    _previous_places,
    _SentencePlaces,
    _skip_conversion,
    _Structures,
    _unit_as_town,
    _Why,
    _with_direction,
    place_ref,
)
from geomap.claims._subject import (
    _clause_ends_but_fillers,
    _fronted_subject,
    _fronted_subject_after,
    _last_subject_before,
    _pick_subject,
    _reference_before,
    _unnamed_subject,
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
)
from geomap.text import NounPhrase, SentenceStructure

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI

__all__ = [
    "ClaimsLimitWarning",
    "MAX_QUANTITIES_CHECKED",
    "extract_claims",
]


#: Numbers with a distance unit read per article (in sentences that have places to
#: measure between); later ones are not checked and :class:`ClaimsLimitWarning` says so.
#: A real article has a handful (the most in the dev corpus, LGL and GeoWebNews: 5); a text
#: with thousands is a table or a dump, and checking each would cost seconds.
#: docs/hardening.md, "Linear time".
MAX_QUANTITIES_CHECKED = 1_000


class ClaimsLimitWarning(UserWarning):
    """An article had more distances than :data:`MAX_QUANTITIES_CHECKED`: the rest
    were not checked."""


#: characters between a distance and a possessive place whose side it names ("to <Y>'s north")
_POSSESSIVE_GAP = 12


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
            if (
                q.direction is None
                and syn.owned_direction is not None
                and (own := syn.owned_direction.match(doc.text, after)) is not None
                and (d := find_direction(doc.text, own.end(), lang)) is not None
            ):
                # "<B>, a village N km to its north": the pronoun's direction is the
                # distance's; ``after`` stays before the pronoun, which _build reads as
                # it reads "north of it"
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


#: an opening bracket right after a place, with at most two qualifier words before the
#: distance in it (``<B> (N km)``, ``<B> (about N km)``)
_BRACKET_AFTER_PLACE = re.compile(
    r"[\s\u00a0]{0,2}[(\[][\s\u00a0]{0,2}(?:[^\W\d_]{1,12}[\s\u00a0]{1,2}){0,2}"
)


def _further_on(text: str, q: Quantity, syn: _Syntax) -> bool:
    """Does a word of ``onward_before`` (``another``, ``a further``, ``weitere``) stand
    right before ``q``'s number: a distance added to the previous claim's (session 28
    review)?"""
    return (
        syn.onward_before.search(text, max(0, q.start - _ONWARD_BEFORE_CHARS), q.start) is not None
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
    # "Die Fähre nach <B>, die für die N Seemeilen lange Überfahrt von <A> ... braucht":
    # the from-place of the length's own route noun, after the destination (session 31)
    own_from = route_from is not None and _length_from(text, q, route_from, syn)
    if route_to is not None and not own_from:
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
            or own_from
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
        if (
            reference is None
            and fronted is None
            # "<B>, another N km north of there": the anaphor goes on from the previous
            # claim's subject (below), not from the place a pronoun reads by recency
            and not (syn.anaphora.match(text, after) and _further_on(text, q, syn))
        ):
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
                        else _onward_origin(subject, sent, in_sent, by_sentence, text=text, syn=syn)
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
                        _parallel_reference(
                            text, prev, subject, sent, why, by_sentence, syn, q.direction
                        )
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
        owned = (
            syn.owned_direction.match(text, after)
            if syn.owned_direction is not None and q.direction is not None
            else None
        )
        if (
            reference is None
            and subject is not None
            and (syn.anaphora.match(text, after) or owned is not None)
        ):
            # "<A> liegt 240 km südlich des Polarkreises, <B> rund 300 km nördlich davon":
            # the reference the sentence just named, else the place before the subject
            if (
                prev is not None
                and prev.subject is not None
                and _is_point(prev.subject)
                and prev.subject.id != subject.id
                and _further_on(text, q, syn)
            ):
                # "<A>, rund N km nordöstlich, und <B>, weitere M km nördlich davon",
                # "<B>, another M km north of there": a further distance goes on from the
                # previous claim's subject, where the text stood (session 28 review)
                reference = prev.subject
            elif prev is not None and prev.reference is not None and prev.reference is not subject:
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
                if how_a == "description" and (m_a := syn.anaphora.match(text, after) or owned):
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
            claimed = (
                (prev.subject, prev.reference)
                if prev is not None
                and prev.claim.sentence == sent.index
                and prev.subject is not None
                and prev.reference is not None
                else None
            )
            onward_read = False
            where_along = syn.from_where.match(text, onward_m.end())
            site_along = (
                _epicentre_town(
                    doc, sent, where_along.start(), subject, by_sentence, syn, lead_too=True
                )
                if where_along is not None
                else None
            )
            echoed_along = (
                _echoed_site(doc, sent, where_along.end(), subject, by_sentence, syn)
                if where_along is not None and site_along is None
                else None
            )
            site_read: tuple[Place, EvidenceHow] | None = (
                site_along
                if site_along is not None
                else (echoed_along, "previous sentence")
                if echoed_along is not None
                else None
            )
            if site_read is not None:
                # "<B>, about N miles up the coast from where the storm made landfall": the
                # way runs from the event's site, which the from-where clause names, as
                # for "N km from where the quake struck" (session 30)
                reference = site_read[0]
                why.reference = (site_read[1], reference.start, reference.end)
            elif (
                q.qualifier == "lower"
                and subject.country_code
                and (inland_m := syn.inland.search(text, onward_m.start(), onward_m.end()))
                is not None
            ):
                # "<B>, more than N miles inland, ...": a lower bound on how far inland says
                # how far from the sea, the coast of the subject's country (the dev gold of
                # every such bound; "some N km inland" under a coastal dateline stays
                # measured from the dateline; session 30)
                reference = _coast_place(
                    doc, sent, subject.country_code, inland_m.start(), inland_m.end()
                )
                form = "coast"
                why.reference = ("description", reference.start, reference.end)
            else:
                reference = _onward_origin(
                    subject,
                    sent,
                    in_sent,
                    by_sentence,
                    syn.inland if coastal else None,
                    claimed,
                    text=text,
                    syn=syn,
                )
                onward_read = reference is not None
            if onward_read and reference is not None:
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
            elif (
                par := _parallel_reference(text, prev, subject, sent, why, by_sentence, syn)
            ) is not None:
                # "<DATELINE> - <A>, N km away, and <B>, M km away, opened shelters": a
                # list of places each away from where the story stands, as the first was;
                # <B> is not away from <A>
                reference = par
                why.reference = (_where_from(par, sent, by_sentence), par.start, par.end)
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
        subject is not None
        and form in ("point", "border", "coast")
        and why.subject is not None
        and why.subject[0] in ("previous sentence", "dateline")
        and _unnamed_subject(doc, sent, q, in_sent, structures, syn, relative_only=True)
    ):
        # "The Coast Guard said it had rescued 11 crew members from a supply vessel that
        # lost power about N nautical miles off <Y>": the relative clause locates its
        # antecedent, a thing; a place carried over from outside the sentence (the
        # pronoun's, the dateline's) is no subject of it (session 30)
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
