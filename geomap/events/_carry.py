"""Events: datelines and places carried across sentences.

Datelines, bylines and filing days; the lead's scene; which event with no place of its own
takes the place of the event or sentence before it (``_carry_places``), the scene a speaker
or a story sets, places named by reference and distances that contradict a carry-over.
Separate because it decides from the document, not from one clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING

from geomap.events._actors import (
    _after_preposition,
    _cue,
    _cue_index,
    _demonym,
    _is_feature,
    _quantities,
)
from geomap.events._compass import lies_in_part
from geomap.events._dating import _NEXT_SENTENCE
from geomap.events._mood import _DAY_KINDS, _first_words, _subject_aside
from geomap.events._origins import _is_capital, _precision_of, _reference_point
from geomap.events._place import (
    _DISTANCE_NUMBER,
    _KM_PER_MILE,
    _POINT_SPECIFICITY,
    _REFINE_NEAR_KM,
    _SPEAKER_REACH,
    _WATER_KINDS,
    _clause_at,
    _feature_before,
    _land_point,
    _no_scene,
)
from geomap.events._refine import (
    _REFINABLE,
    _after_origin,
    _another_time,
    _compass_target,
    _finer_than,
    _fits,
    _has_seats,
    _launch_site_told,
    _neighbouring,
    _own_day,
)
from geomap.events._sentences import _Clause, _Spans
from geomap.events._sites import (
    _NOT_CARRIED,
    _PARAGRAPH_BREAK,
    _after_site_noun,
    _apposition_km,
    _dateline_place,
    _distance_apposition,
)
from geomap.events._state import _WORD, _Raw, _State
from geomap.events._timeexpr import (
    earlier_auxiliaries,
    find_times,
    resolve_time,
    retold_auxiliaries,
)
from geomap.events._triggers import _OPENING_NOUN, _definite, _refers_to
from geomap.events._vocabulary import (
    _AT_A_SITE,
    _BACK_REFERENCE_SENTENCES,
    _CONTEXT_SENTENCES,
    _Lexicon,
    _lexicon,
)
from geomap.geometry import geodesic_km
from geomap.model import Document, Place, Sentence, kind_info, kinds_where
from geomap.text import AGENCIES, Token, unit_words

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI

# A wire-copy dateline the header reader may not take: "GQEBERHA, South Africa, June 11
# (Reuters) -", "Arequipa, March 3, 2025 —", "Gulu, 4 May 2024:": a place, maybe a region, a
# date with a digit, maybe an agency, then a dash or a colon. Bounded repeats on the first
# line only: linear.
_DATELINE = re.compile(
    r"[ \t]*[^\W\d_][^,\n()]{0,40},(?:[ \t]*[^\W\d_][^,\n()]{0,30},)?"
    r"[ \t]*(?=[^\n()—–]{0,25}\d)[^\n()—–]{2,30}?(?:\d|\.|[^\W\d_])[ \t]*"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2}|:)[ \t]"
)


# the rest of a dateline with no date after the header's city: an agency in brackets and
# the closing dash ("KABUL (AP) — ")
_DATELINE_CLOSE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2})[ \t]")


# a dateline with a date and an agency but no city (UPI's "Nov. 19 (UPI) -- ", "19 Nov (UPI)
# - "): its date is the report's, no time of the lead's event (session 16, h16-even)
_DATELINE_DATE_ONLY = re.compile(
    r"[ \t]*(?:[^\W\d_]{3,9}\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+[^\W\d_]{3,9}\.?)"
    r"(?:,[ \t]*\d{4})?[ \t]*\([^()\n]{1,30}\)[ \t]*(?:—|–|-{1,2})[ \t]"
)


def _dateline_span(doc: Document) -> tuple[int, int] | None:
    """Where the dateline is: the header's, else a dateline with a date at the very start.
    A header's dateline with no date ends past its agency and dash (``KABUL (AP) — A
    blast hit ...``: the lead's subject opens after it; session 15, round 2)."""
    h = doc.header
    if h.dateline_start is not None and h.dateline_end is not None:
        end = h.dateline_end
        m = _DATELINE.match(doc.text, h.dateline_start) or _DATELINE_CLOSE.match(doc.text, end)
        return (h.dateline_start, m.end() if m else end)
    m = _DATELINE.match(doc.text, h.body_start) or _DATELINE_DATE_ONLY.match(doc.text, h.body_start)
    if m is None:
        return _agency_stop_dateline(doc.text, h.body_start)
    return (m.start(), m.end())


# epd's and KNA's dateline: a town and an agency in brackets closed by a full stop ("<Ort>
# (KNA). In <Land> ist ..."); only a known agency (a party after a name, "Ana Ruiz (PPK).", is none)
_DATELINE_AGENCY_STOP = re.compile(
    r"[ \t]*[^\W\d_][^,.\n()]{0,40}?[ \t]*\(([^()\n]{1,30})\)\.[ \t]"
)
_AGENCY_FOLDS = frozenset(a.casefold() for a in AGENCIES)


def _agency_stop_dateline(text: str, start: int) -> tuple[int, int] | None:
    """The span of a dateline ``Ort (epd).`` at ``start``, else None: a wire report's lead
    after it tells the news (:func:`_dateline_lead`) as after ``Ort (dpa) -`` (session 23,
    round 2, h23-evde). Each part of the bracket (``sda/afp``) must be a known agency."""
    m = _DATELINE_AGENCY_STOP.match(text, start)
    if m is None or not all(
        part.strip().casefold() in _AGENCY_FOLDS for part in m.group(1).split("/")
    ):
        return None
    return (m.start(), m.end())


# a byline line is short: a few words, no sentence of its own
_BYLINE_WORDS = 12


def _byline_span(doc: Document, lex: _Lexicon) -> tuple[int, int] | None:
    """A first line that says where the reporter is (``From our correspondent in
    Nairobi``, ``Von unserem Korrespondenten in Nairobi``: a byline word of ``[places]
    bylines``, a few words, no sentence end), read as a dateline: its place is where the
    report was filed, the event's place only when the text names no other (step 4), never
    a locative phrase of the lead that the line runs into."""
    start = doc.header.body_start
    end = doc.text.find("\n", start, start + 200)
    if end < 0:
        return None
    line = doc.text[start:end].strip()
    words = line.split()
    if not words or len(words) > _BYLINE_WORDS or line[-1] in ".!?:":
        return None
    if not any(lex.bylines.match(w.strip(",")) for w in words):
        return None
    if any(lex.any_trigger.match(w.strip(",")) for w in words):
        return None  # "Reporters protest in X": a headline telling an event
    return (start, end)


def _home_country(st: _State) -> str | None:
    """The country code of the dateline's town (:func:`_dateline_place`), else None."""
    home = _dateline_place(st.dateline, st.places)
    return (home.country_code or None) if home is not None else None


# Types a state or its people do at home: with no place anywhere, the one country the clause
# names is the place (_carry_places); an attack or a launch may be abroad.
_AT_HOME = frozenset({"election", "strategic_development"})


def _sentence_amounts(raws: list[_Raw], doc: Document, lex: _Lexicon) -> None:
    """Numbers in the rest of an event's sentence belong to it until the next event's clause
    (``struck ..., killing at least 14 people and injuring 230``)."""
    for i, r in enumerate(raws):
        sent = r.clause.sentence
        stop = sent.end
        if i + 1 < len(raws) and raws[i + 1].clause.sentence.index == sent.index:
            stop = min(stop, raws[i + 1].clause.start)
        if stop > r.clause.end:
            for key, value in _quantities(doc.text, r.clause.end, stop, lex).items():
                r.amounts.setdefault(key, value)


def _dateline_anchor(doc: Document, span: tuple[int, int]) -> tuple[date | None, str | None]:
    """The dateline's date when it has a year (``Lima, March 3, 2025 —``); a day and month
    without a year say nothing without the header or ``--date``."""
    found = [
        t
        for t in find_times(doc.text[span[0] : span[1]], doc.language)
        if t.kind in ("date", "numeric")  # "LUSAKA, 12.03.2024 -" too
    ]
    if not found or not re.search(r"\d{4}", found[0].text):
        return None, None
    value = resolve_time(found[0].text, doc.language, None, None)
    return (date.fromisoformat(value.date), "day") if value.date else (None, None)


# how many days before the document's date a dateline's day may lie and still be the day
# the report was filed (a paper prints wire copy the next day or after a weekend)
_FILED_DAYS_BEFORE = 7


def _filed_day(
    doc: Document, span: tuple[int, int], anchor: date | None, precision: str | None
) -> date | None:
    """The dateline's day when it lies in the week before the document's date (``PRISTINA,
    10. Juni (dpa) - Gestern ...`` printed on 11 June): the day the report was filed, from
    which its ``heute``, ``gestern`` and weekdays count, not the day it was printed.
    ``None`` for a dateline without a day, one after the document's date or long before it
    (then the document's date stands). Session 15, round 2, h15-evde."""
    if anchor is None or precision != "day":
        return None
    found = [
        t
        for t in find_times(doc.text[span[0] : span[1]], doc.language)
        if t.kind in ("date", "numeric")
    ]
    if not found:
        return None
    value = resolve_time(found[0].text, doc.language, anchor, precision)
    if value.date is None or value.precision != "day":
        return None
    filed = date.fromisoformat(value.date)
    return filed if 0 < (anchor - filed).days <= _FILED_DAYS_BEFORE else None


def _lead_date(
    doc: Document, span: tuple[int, int] | None, anchor: date | None, precision: str | None
) -> tuple[int, str, str] | None:
    """(sentence, day, words) of the dateline's date: wire copy's lead reports that day
    when it names no other (``ACCRA, Sept 9 (AP) — ... declared``). A dateline without a
    day, or without a year and no anchor, gives nothing."""
    if span is None:
        return None
    found = [
        t
        for t in find_times(doc.text[span[0] : span[1]], doc.language)
        if t.kind in ("date", "numeric")  # "LUSAKA, 12.03.2024 -" too
    ]
    if not found:
        return _undated_lead(doc, span, anchor, precision)
    value = resolve_time(found[0].text, doc.language, anchor, precision)
    if value.date is None or value.precision != "day":
        return None
    lead = next((s.index for s in doc.sentences if s.start <= span[0] < s.end), None)
    if lead is None:
        return None
    told = _told_next(doc, lead, value.date, anchor, precision)
    return (lead, *told) if told else (lead, value.date, f"{found[0].text} (dateline)")


def _retold_lead_scene(raws: Sequence[_Raw], lex: _Lexicon) -> None:
    """A lead that took its day from the next sentence (:func:`_told_next`) and is placed
    only in a country or a region takes the town where that sentence tells an event of
    its own type, in the same paragraph and country: the sentence retells the lead with
    its details (``In <Land> sind bei einem Überfall ... getötet
    worden. Bewaffnete hätten das Lager am Rande der Stadt <Stadt> ... am Sonntagabend
    angegriffen``). Another kind of event, or a town of another country, leaves the lead
    where it was. Session 26 (h26-evde)."""
    for k, r in enumerate(raws):
        if (
            not (r.date_text or "").endswith(_NEXT_SENTENCE)
            or r.place is None
            or _precision_of(r.place, lex) == "point"
        ):
            continue
        nxt = r.clause.sentence.index + 1
        for o in raws[k + 1 :]:
            if o.clause.sentence.index != nxt:
                if o.clause.sentence.index > nxt:
                    break
                continue
            if (
                o.type == r.type
                and o.clause.paragraph == r.clause.paragraph
                and o.place is not None
                and _precision_of(o.place, lex) == "point"
                and o.place.country_code == r.place.country_code
            ):
                r.place, r.outside, r.place_method = o.place, o.outside, "carried"
                break


def _undated_lead(
    doc: Document, span: tuple[int, int], anchor: date | None, precision: str | None
) -> tuple[int, str, str] | None:
    """(sentence, day, words) of a lead under a dateline with no date (``Brüssel (AFP) - ...
    ist es die zweite Nacht in Folge zu Krawallen gekommen. Jugendliche errichteten in der
    Nacht zum Donnerstag Barrikaden``): the lead that names no day takes the day its next
    sentence tells (:func:`_told_next`), on or before the article's day, as under a dated
    dateline; the article's day itself is not the lead's (an undated dateline says nothing
    of the day). Session 25, round 2 (h25-evde)."""
    if anchor is None or precision != "day":
        return None
    lead = next((s.index for s in doc.sentences if s.start <= span[0] < s.end), None)
    if lead is None:
        return None
    told = _told_next(doc, lead, anchor.isoformat(), anchor, precision)
    return (lead, *told) if told else None


def _body_lead(
    doc: Document, leads: Sequence[int], anchor: date | None, precision: str | None
) -> tuple[int, str, str] | None:
    """(sentence, day, words) of the lead of a report with no dateline (a headline, a
    byline, then ``Nach tagelangem Regen ist im Osten Sloweniens die Savinja über die Ufer
    getreten. In Celje stand am Dienstag die Altstadt unter Wasser``): the first sentence
    of ``leads`` (the sentences of the report's events, in order) that opens its paragraph,
    right after a headline or a byline (a paragraph of one sentence), takes the day its next
    sentence tells (:func:`_told_next`), on or before the article's
    day, as a lead under an undated dateline does (:func:`_undated_lead`): the lede sums up,
    the next sentence tells the day. Only its events with no day of their own take it.
    Session 30 (h30-days)."""
    if anchor is None or precision != "day":
        return None
    for lead in leads:
        here = doc.sentences[lead]
        before = doc.text[: here.start].rstrip(" \t")
        if not (lead == 0 or before.endswith("\n")):
            continue  # not the first sentence of its paragraph
        if _alone_in_paragraph(doc, lead):
            continue  # a headline or a label: no lede
        if lead == 0 or not _alone_in_paragraph(doc, lead - 1):
            # no headline or byline right above: a text, not a report's lede ("Hundreds of
            # people protested in X. Police arrested two men in X on Tuesday": no day)
            return None
        told = _told_next(doc, lead, anchor.isoformat(), anchor, precision)
        return (lead, *told) if told else None
    return None


def _alone_in_paragraph(doc: Document, index: int) -> bool:
    """Is sentence ``index`` a paragraph of its own (a blank line before it or the text's
    start, and one after it)?"""
    here = doc.sentences[index]
    before = doc.text[: here.start].rstrip(" \t")
    opens = (
        index == 0
        or before.endswith("\n\n")
        or "\n\n" in doc.text[doc.sentences[index - 1].end : here.start]
    )
    return opens and (
        index + 1 >= len(doc.sentences)
        or "\n\n" in doc.text[here.end : doc.sentences[index + 1].start]
    )


def _told_next(
    doc: Document, lead: int, filed: str, anchor: date | None, precision: str | None
) -> tuple[str, str] | None:
    """(day, words) of a lead that names no day when the next sentence of its paragraph
    does: wire copy sums up first and tells the day next (``BUENOS AIRES, 11. Sept. (dpa)
    - ... ist es zu Ausschreitungen gekommen. Vermummte warfen am Mittwochabend ...``);
    the dateline is the day the report was filed. Not a sentence in the past perfect
    (``Bereits am Montag hatte ...``: another, earlier event), nor a span's start (``seit
    Freitag``)."""
    if lead + 1 >= len(doc.sentences):
        return None
    here, nxt = doc.sentences[lead], doc.sentences[lead + 1]
    if "\n\n" in doc.text[here.end : nxt.start] and not _alone_in_paragraph(doc, lead):
        return None  # a lead alone in its paragraph (wire style) goes on in the next one
    words = set(nxt.text.casefold().split())
    retold, earlier_words = retold_auxiliaries(doc.language)
    if (earlier_auxiliaries(doc.language) & words) - retold or (
        retold & words and earlier_words & words
    ):
        return None  # "hatte": an earlier event; "hätten" alone: the lead retold
    since = _lexicon(doc.language).since_prepositions
    for span in find_times(nxt.text, doc.language):
        if span.kind not in _DAY_KINDS:
            continue
        if span.text.split()[0].casefold() in since:
            # "seit Freitag", "since Friday": where a span began, not the lead's day
            # (session 25, round 2, h25-evde)
            return None
        value = resolve_time(span.text, doc.language, anchor, precision)
        if value.date is not None and value.precision == "day" and value.date <= filed:
            return value.date, f"{span.text}{_NEXT_SENTENCE}"
        return None
    return None


def _carry_places(raws: list[_Raw], dateline: Place | None, st: _State) -> None:
    """Events without a place of their own: the story's place carried over (the place of
    the event before, in the same paragraph or at most two sentences back; else a town
    named in the sentence right before, in the same paragraph, that reported no event with
    a place: ``Protesters gathered at the port of X on Sunday. Police fired tear gas at them
    the next day``), else the dateline city (wire copy files from where it happened when it
    names nothing else)."""
    st.dateline_scan = None  # _happened_at_dateline reads this pass's events afresh
    for i, r in enumerate(raws):
        if (
            r.launcher is not None
            and r.place is not None
            and r.place.role == "derived"
            and r.place.country_code != r.launcher.country_code
        ):
            # "Nordkorea hat ... abgefeuert. Die Raketen seien vor der Westküste abgefeuert
            # worden" under a SEOUL dateline: the coast is the launching state's, not the
            # country the geoparser built "the west coast" of
            r.place, r.place_method = r.launcher, "country"
        if r.place is None and r.targeted and r.launcher is not None:
            # "North Korea fired a missile towards Japan": fired from its own territory
            r.place, r.place_method = r.launcher, "country"
        if (
            r.place is not None
            and r.place_method == "locative"
            and (scene := _scene_over_sayer(r, r.place, raws[:i], st)) is not None
        ):
            # "Herders cut the pipeline near A. Officials in B said troops arrested five of
            # them": B is where the officials speak from; the arrest is A's
            r.place, r.outside, r.place_method = scene.place, scene.outside, "carried"
            continue
        if r.place is not None and r.place_method == "locative" and _foreign_owned(r.place, st):
            # "in Kenya's western highlands" read as a Ugandan namesake town: the
            # owner says it is no such town; the event is placed as one with no place
            r.place, r.place_method = None, None
        if r.place is not None and r.place_method == "back_reference":
            _kin_referred(r, raws[:i], st.lex)
            prev = next((raws[k] for k in range(i - 1, -1, -1) if raws[k].place), None)
            if (
                prev is not None
                and r.place is prev.place
                and (ante := _named_again_before(r, prev, raws[:i], st)) is not None
            ):
                # "police fired tear gas at protesters at the copper mine" after talks in
                # the capital: the mine was named with the blockade near A
                r.place, r.outside = ante.place, ante.outside
        if r.place is not None or r.targeted:
            _read_elsewhere(r, st)
            continue
        _carry_one(r, i, raws, dateline, st)
        unknown = _unknown_own_town(r, st)
        country = _town_adjective_country(r, unknown, st) if unknown is not None else None
        if country is not None and (
            r.place is None or r.place.country_code != country.country_code
        ):
            # "KAMPALA ... Gunmen killed four traders in the Congolese border town of X", X
            # not in the gazetteer: the clause says the town is in that country, so the
            # story's place or the dateline of another country is where it was not; the
            # country is what the text says (a place of the same country carried over
            # stays: the story's place is often near the town)
            r.place, r.place_method = country, "country"
        _read_elsewhere(r, st)


def _read_elsewhere(r: _Raw, st: _State) -> None:
    """An event the dateline placed takes the place the article gives for it elsewhere:
    the province or district the article names when its own clause names a village the
    gazetteer lacks (:func:`_enclosing_region`), else the town a describing sentence right
    after it names (:func:`_later_scene`).

    Why: the dateline says where the report was filed. A clause that names a village of its
    own says the event was not in the dateline's city; a sentence right after the event
    that reports none and opens with a definite article (``The blast ripped through a
    market on Tuesday. The town of A, 40 km from the capital, ...``) describes its scene.
    Held-out's commonest wrong place was the dateline (or a town carried over) while the
    right one stood elsewhere in the article (session 23, round 2, h23-evplace).

    An event placed in an area of its own clause (a country or a province: ``im Südosten
    Spaniens``, ``in northern Bangladesh``) takes such a describing sentence's town too when
    it lies in that area's country, is finer and is no point a direction is given from
    (``Das Lager liegt am Rand der Hafenstadt A, rund 40 Kilometer südlich von B``): wire
    copy names the region in the lede and the town next (session 31)."""
    if (
        r.place is not None
        and r.place_method == "locative"
        and kind_info(r.place.kind).event_specificity < _POINT_SPECIFICITY
    ):
        town = _later_scene(r, r.place, st)
        if (
            town is not None
            and _finer_than(r.place, town, st.lex)
            and not _direction_from(town, st)
        ):
            # a refinement of the clause's own area, as _placed_by_reference makes: no
            # compass part of that area replaces it later
            r.place, r.outside, r.place_method = town, False, "locative"
        return
    if r.place is None or r.place_method != "dateline" or not _in_dateline(r.place, st):
        return  # not the report's dateline ("Montepuez - Hunderte demonstrierten ...")
    unknown = _unknown_own_town(r, st)
    found = (
        _enclosing_region(r, unknown, st) if unknown is not None else _later_scene(r, r.place, st)
    )
    if found is not None:
        r.place, r.outside, r.place_method = found, False, "carried"


def _direction_from(town: Place, st: _State) -> bool:
    """Is ``town`` only the point a direction is given from (``Das Epizentrum lag 300
    Kilometer westlich der Hafenstadt A im Pazifik``, ``20 km north of A``: away from A, not
    at it)? A direction does not refine, as :func:`_located_again` reads one."""
    clause = _clause_at(town.start, st)
    if clause is None or clause.end <= town.start:
        return False
    idx = clause.index_at(town.start)
    return idx < len(clause.tokens) and _cue(clause.tokens, idx, st.lex) in st.lex.directions


# how many sentences after an unknown village's a province that holds it may be named
_ENCLOSING_AHEAD = 2


def _enclosing_region(r: _Raw, village: Place, st: _State) -> Place | None:
    """The nearest province, district or region (a resolved name coarser than a town, finer
    than a country) of the dateline's country that the article names around ``village``:
    after it in its sentence, in the next two sentences (``... outside the village of B.
    Police called it the deadliest in Y county ...``), else the latest one before it.

    Why: a reader who cannot place the village places the event in the unit the article
    puts it in (precision ``region``), not in the capital the report was filed from nor in
    the attackers' home town (``Raiders from A looted a depot outside the village of B``)."""
    home = r.place
    if home is None:
        return None

    text = st.doc.text

    def fits(p: Place) -> bool:
        return (
            p.resolved
            and p.role == "name"
            and p.kind != "country"
            and kind_info(p.kind).event_specificity < _POINT_SPECIFICITY
            and p.country_code == home.country_code
            and not _in_dateline(p, st)
            # a province of another event's sentence is that event's ("Last month floods
            # killed 20 in A county"), one after an origin or a neighbour word is where
            # the attackers came from ("had crossed from neighbouring A county"), not the
            # village's (session 24, h24-evplace)
            and (p.sentence == village.sentence or p.sentence not in st.sentences_with_event)
            and not _neighbouring(text, p, st.lex)
            and not _after_origin(text, p, st.lex)
        )

    index = village.sentence
    sentences = st.doc.sentences
    # the places from the village to the end of the last sentence looked at, and those
    # before it, nearest first: two look-ups in the sorted places, not a scan of all
    last = sentences[min(index + _ENCLOSING_AHEAD, len(sentences) - 1)].end if sentences else 0
    ahead = [
        p
        for p in st.places_between(village.start + 1, max(last, village.start + 1))
        if index <= p.sentence <= index + _ENCLOSING_AHEAD
    ]
    behind = reversed(st.places_between(0, village.start))
    return next((p for p in chain(ahead, behind) if fits(p)), None)


def _in_dateline(p: Place, st: _State) -> bool:
    """Does ``p`` stand in the report's dateline?"""
    return st.dateline is not None and st.dateline[0] <= p.start < st.dateline[1]


def _later_scene(r: _Raw, home: Place, st: _State) -> Place | None:
    """The town that the sentence right after ``r``'s names first (a province first says
    nothing of the scene), when that sentence
    reports no event, stands in the same paragraph, opens with a definite article
    (``[places] scene_openers``: it describes, ``The town of A ...``, ``The raid was the
    deadliest in A county ...``) and the town lies in the dateline's country and is not the
    dateline's own. A place after ``since``/``seit`` is a comparison's (``the worst since
    the floods in C``), not the scene's; a sentence with a time of its own tells another
    happening, not this one's scene."""
    sentences = st.doc.sentences
    index = r.clause.sentence.index
    if index + 1 >= len(sentences) or index + 1 in st.sentences_with_event:
        return None
    nxt = sentences[index + 1]
    text = st.doc.text
    if "\n" in text[r.clause.sentence.end : nxt.start]:
        return None  # a new paragraph
    words = _WORD.findall(nxt.text[:40].casefold())
    if not words or words[0] not in st.lex.scene_openers:
        return None
    if st.sentence_times(nxt):
        # "The town of A was hit by floods last year": a time of its own says it tells
        # another, older happening, not the scene of this one (any word that opens a
        # trigger was tried too: it also refused "... where most homes are built of ...")
        return None
    folded = _WORD.findall(nxt.text.casefold())
    if st.lex.scene_words and st.lex.scene_words.isdisjoint(folded):
        # "The city of A, where the movement began, stayed calm", "The union's leader, from
        # the town of A, said ...": a sentence that does not say where its town lies
        # compares or tells whose, it does not describe the scene (session 24, h24-evplace)
        return None
    cut = next(
        (
            m.start()
            for m in _WORD.finditer(nxt.text.casefold())
            if m.group() in st.lex.since_prepositions
        ),
        len(nxt.text),
    )
    for p in st.places_between(nxt.start, nxt.start + cut):
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        if kind_info(p.kind).event_specificity < _POINT_SPECIFICITY:
            return None  # a province describes the story's setting, not its scene
        if p.country_code != home.country_code or p.id == home.id:
            return None
        return p
    return None


def _foreign_owned(place: Place, st: _State) -> bool:
    """Is ``place`` read right after another country's possessive (``Kenya's western
    highlands`` read as a Ugandan namesake), at most two small words between? The owner says
    which country the place lies in; a namesake elsewhere is not it."""
    if place.kind == "country" or place.country_code is None:
        return False
    text = st.doc.text
    for p in st.places_between(max(place.start - 40, 0), place.start):
        if p.kind != "country" or not p.country_code or p.country_code == place.country_code:
            continue
        gap = text[p.end : place.start]
        # a preposition in the gap says the possessive owns a noun, not the place
        # ("<Country>'s attack on A", "<Country>'s army in A"): A is the event's own
        if _OWNER_GAP.fullmatch(gap) and st.lex.prepositions.isdisjoint(
            _WORD.findall(gap.casefold())
        ):
            return True
    return False


# a possessive ending, then at most two lowercase words: bounded, no nesting
_OWNER_GAP = re.compile(r"(?:'s|’s|'|’)[ \t]+(?:[a-z][a-z-]{0,20}[ \t]+){0,2}")


# the close of a place that opens a sentence as a dateline does (``Montepuez - ...``,
# ``Odessa: ...``, ``Gulu (AFP) – ...``): maybe an agency in brackets, then a dash or a
# colon and a space. Bounded, anchored at the place's end: linear.
_LEAD_CLOSE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2}|:)[ \t]")


def _lead_place(sent: Sentence, st: _State) -> Place | None:
    """The place a sentence opens with as a dateline opens a report (``Montepuez - Hunderte
    demonstrierten ...``, ``Tete: Am Mittwoch ...``, ``Gulu (AFP) - ...``), else None: a
    resolved name that is the sentence's first word, a dash or a colon right after it. Not
    the report's own dateline (:func:`_dateline_span` reads that one)."""
    text = st.doc.text
    first = (
        sent.start + len(text[sent.start : sent.end]) - len(text[sent.start : sent.end].lstrip())
    )
    if st.dateline is not None and st.dateline[0] <= first < st.dateline[1]:
        return None
    lead = next(
        (p for p in st.places_between(first, first + 1) if p.resolved and p.role == "name"),
        None,
    )
    if lead is None or not _LEAD_CLOSE.match(text, lead.end, sent.end):
        return None
    return lead


def _sayer_town(r: _Raw, place: Place, st: _State) -> bool:
    """Is ``place`` only the town of the one who tells of ``r``: named in the phrase of a
    sayer that opens ``r``'s sentence, maybe after a fronted time (``[places]
    capital_body_preps`` right before it and at most three words, no preposition first,
    one of them a sayer's noun of ``[places] sayer_nouns``, before that: ``Police in B``,
    ``Die Polizei in B``, ``On Tuesday, police in B``; not ``Auch in B gab es Proteste``),
    with a verb of saying after it within ``_SPEAKER_REACH`` tokens and ``r``'s trigger
    after the verb (``Officials in B said troops arrested five of them``, ``Die Behörden in
    B erklärten, Soldaten hätten ... festgenommen``)?"""
    lex = st.lex
    sent = r.clause.sentence
    if not sent.start <= place.start < sent.end or r.trigger_span is None:
        return False
    clause = _clause_at(place.start, st)
    if clause is None or clause.sentence.index != sent.index:
        return False
    toks = clause.tokens
    idx = clause.index_at(place.start)
    if idx < 2 or idx >= len(toks) or toks[idx - 1].fold not in lex.capital_body_preps:
        return False
    # the sayer's phrase opens the sentence, or follows a fronted time and its comma (``On
    # Tuesday, police in B said``); no aside between it and the town
    opens = next((k for k in range(idx - 1, 0, -1) if "," in toks[k].gap_before), 0)
    head = st.doc.text[sent.start : toks[opens].start]
    if head.strip() and not _only_time(head, sent.start, st, sent):
        return False
    if idx - opens > _SPEAKER_REACH + 1 or toks[opens].fold in lex.prepositions:
        return False
    if not any(lex.sayer_nouns.match(t.text) for t in toks[opens : idx - 1]):
        return False  # "Auch in B gab es Proteste": no sayer
    says = next(
        (
            k
            for k in range(idx + 1, min(idx + 2 + _SPEAKER_REACH, len(toks)))
            if lex.any_weak.match(toks[k].text)
        ),
        None,
    )
    return says is not None and toks[says].end <= r.trigger_span[0]


def _only_time(head: str, start: int, st: _State, sent: Sentence) -> bool:
    """Is ``head`` (the sentence's text from ``start``) only time expressions and
    punctuation (``On Tuesday,``, ``Am Dienstag``)?"""
    rest = head
    for t in st.sentence_times(sent):
        if t.end <= start + len(head):
            a, b = t.start - start, t.end - start
            if a >= 0:
                rest = rest[:a] + " " * (b - a) + rest[b:]
    return not any(ch.isalnum() for ch in rest)


def _scene_over_sayer(r: _Raw, place: Place, before: Sequence[_Raw], st: _State) -> _Raw | None:
    """The event before ``r`` whose place ``r`` takes instead of ``place``, the town its
    sayer speaks from (:func:`_sayer_town`), else None: an event at most
    ``_CONTEXT_SENTENCES`` sentences before, in the same paragraph, placed at another town
    that fits ``r``. Why: a police force or a navy that tells of an arrest or a dispersal
    at most two sentences after the story told where it happened speaks of that scene
    (``Herders cut the pipeline near A on Wednesday. Officials in B said troops arrested
    five of them``, ``A barge sank off A. Army commanders in B said they held its
    skipper``); with no such event just before, the sayer's town stays the place (``Police
    in B said they arrested eight men``: the police act where they are)."""
    if not _sayer_town(r, place, st):
        return None
    prev = next((o for o in reversed(before) if o.place is not None), None)
    if (
        prev is None
        or prev.place is None
        or prev.place.name == place.name
        or prev.clause.paragraph != r.clause.paragraph
        or r.clause.sentence.index - prev.last_sentence > _CONTEXT_SENTENCES
        or not _fits(r, prev.place)
    ):
        return None
    return prev


def _sentence_leads(raws: list[_Raw], st: _State) -> None:
    """An event in a sentence that opens with a place as a dateline does (``Montepuez -
    Hunderte Menschen demonstrierten am Mittwoch``, ``Nikopol: In der Nacht beschoss die
    Armee Wohnhäuser am Ufer des Flusses``) is at that place when its own clause names no
    place, or only a water (a town's river bank is the town's), or a place outside the
    sentence was taken for it (a back reference): the sentence names where it happened
    before anything else, so no place from outside it, the story's place carried over or
    the report's dateline, is the event's. Runs before :func:`_carry_places`, so the
    events carried from it take it too (session 20, round 3)."""
    leads: dict[int, Place | None] = {}
    for r in raws:
        sent = r.clause.sentence
        if sent.index not in leads:
            leads[sent.index] = _lead_place(sent, st)
        lead = leads[sent.index]
        if lead is None or r.targeted or r.place is lead:
            continue
        p = r.place
        if (
            p is None
            or not sent.start <= p.start < sent.end
            or (kind_info(p.kind).is_water and _precision_of(lead, st.lex) == "point")
        ):
            r.place, r.outside, r.place_method = lead, False, "dateline"


def _legislature_vote(r: _Raw, lex: _Lexicon) -> bool:
    """Is ``r`` a vote (``election.vote``: a bill passed, a law approved) by a legislature
    named before its trigger (``[places] legislatures``: ``Parliament approved the law``,
    ``Lawmakers passed the budget``)? A legislature votes where it sits, so the story's town
    of the sentence before is not carried to it; the dateline or the country is (as for
    :func:`_seated` acts). Session 17 (h17-evA)."""
    if r.type != "election" or r.sub_kind != "vote" or not lex.legislatures:
        return False
    at = r.trigger_span[0] if r.trigger_span is not None else r.clause.end
    return any(t.fold in lex.legislatures for t in r.clause.tokens if t.start < at)


def _carry_one(r: _Raw, i: int, raws: list[_Raw], dateline: Place | None, st: _State) -> None:
    """The story's place, the dateline or the country for ``raws[i]``, which has none of
    its own (the steps of :func:`_carry_places`)."""
    # the events before it, sliced once (up to eight readers below asked for their own
    # copy: a story of many events copied its list up to eight times per carried event)
    before = raws[:i]
    prev = next((o for o in reversed(before) if o.place is not None), None)
    if dateline is not None and _town_site(r, dateline, st):
        # "rallied in Freedom Square", "met envoys at State House" in a paragraph that names
        # no town: the dateline town's site, not the town of the story before
        r.place, r.place_method = dateline, "dateline"
        return
    local = _local_office(r, st.lex)
    carried = (
        r.type not in _NOT_CARRIED
        or (r.country is None and _filed_abroad(before, dateline))
        or _local_authority(r, prev, st.lex)
        or _court_before(r, prev, st.lex)
        or local
    ) and not ((_seated(r.trigger, st.lex) and not local) or _legislature_vote(r, st.lex))
    if carried and (gone := _aside_destination(r, st)) is not None:
        # "The president, who had flown to A for the summit, met his counterpart": at A,
        # not where the state of the people met sits (_talks_abroad)
        r.place, r.place_method = gone, "carried"
        return
    if carried and _talks_abroad(r, prev, dateline, st):
        carried = False  # "met Indonesian officials": where the state sits, not the scene
    if carried and prev is not None and r.type not in _NOT_CARRIED:
        prev = _scene_before_speaker(r, prev, before)
        prev = _recent_scene(r, prev, before)
    if carried and (subject := _subject_before(r, before, st)) is not None:
        r.place, r.place_method = subject, "carried"
        return
    if (
        carried
        and (frame := _saying_frame_place(r, st)) is not None
        and _scene_over_sayer(r, frame, before, st) is None
    ):
        r.place, r.place_method = frame, "carried"
        return
    if (own := _object_relative_place(r, st)) is not None:
        r.place, r.place_method = own, "carried"
        return
    if carried and (scene := _scene_of_sentence(r, raws, st)) is not None:
        r.place, r.outside, r.place_method = scene.place, scene.outside, "carried"
        if r.time is None and scene.time is not None and _coordinated_next(r, scene, st):
            # "shot dead nine traders and torched their lorries near X on Sunday": the
            # trailing time, like the place, belongs to both predicates
            r.time, r.time_ref_type = scene.time, scene.time_ref_type
        return
    if carried and (joined := _joined_part(r, raws[i + 1 : i + 2], st)) is not None:
        r.place, r.outside, r.place_method = joined.place, joined.outside, "carried"
        return
    if carried and (ante := _named_again_before(r, prev, before, st)) is not None:
        # "Governor X met union leaders there (in B). Late on Thursday, strikers at the oil
        # fields set fire to two vehicles": the oil fields were named with the blockade at
        # A, not with the talks at B
        r.place, r.outside, r.place_method = ante.place, ante.outside, "carried"
    elif carried and (kin := _kin_before(r, prev, before, st.lex)) is not None:
        # "An earthquake struck near A. Separately, floods hit B. A strong aftershock
        # followed": the aftershock continues the quake, not the flood told in between
        r.place, r.outside, r.place_method = kin.place, kin.outside, "carried"
    elif (
        carried
        and prev is not None
        and prev.place is not None
        and _fits(r, prev.place)
        and (
            prev.clause.paragraph == r.clause.paragraph
            or r.clause.sentence.index - prev.last_sentence <= _CONTEXT_SENTENCES
        )
    ):
        r.place, r.outside, r.place_method = prev.place, prev.outside, "carried"
    elif carried and (named := _named_just_before(r, prev, st)):
        r.place, r.place_method = named, "carried"
    elif (
        (carried or r.type == "court")
        and dateline is not None
        and not _seat_body(r, st.lex)
        and (story := _story_scene(r, before, dateline, st)) is not None
    ):
        # "DHAKA - A fire swept through a factory near A ... Prosecutors charged the manager
        # on Wednesday": the story's scene, not the bureau; a court act too; not an act of
        # a body of the seat of state ("The Supreme Court ruled", "The cabinet met"),
        # session 29
        r.place, r.outside, r.place_method = story[0], story[1], "carried"
    elif dateline is not None and (away := _unit_abroad(r, dateline, st)) is not None:
        # "NAIROBI - ... attacked the town of <a town the gazetteer lacks> in <region>":
        # the region or country the sentence names, not the hub the story was filed from
        r.place, r.place_method = away, "country"
    elif dateline is not None and _fits(r, dateline) and not _bureau(r, dateline):
        r.place, r.place_method = dateline, "dateline"
    elif not carried and r.country is not None:
        # "Tonga's prime minister declared a state of emergency": made in that country
        r.place, r.place_method = r.country, "country"
    elif r.launcher is not None:
        # "Pakistan test-fired a missile" with no site anywhere: a state launches from
        # its own territory, so the country is known even when the site is not
        r.place, r.place_method = r.launcher, "country"
    elif r.type in _AT_HOME and r.country is not None:
        # "Swiss voters rejected ...", "Chile arrested ..." with no place anywhere: a
        # vote or a state's act at home happens in the one country its clause names
        r.place, r.place_method = r.country, "country"


# how many words a noun named again may stand after its article (past adjectives and the
# first part of a two-word noun: "the main access road", "the grounded boat")
_NAMED_AGAIN_REACH = 3
# the shortest word read as such a noun (shorter ones are mostly function words)
_NAMED_AGAIN_MIN = 4
# how many earlier events the antecedent of a noun named again is looked for among: a
# reader's antecedent stands within the story told so far, and the search stays linear on
# an archive-sized text of thousands of events
_NAMED_AGAIN_LOOKBACK = 40


def _named_again_before(
    r: _Raw, prev: _Raw | None, before: Sequence[_Raw], st: _State
) -> _Raw | None:
    """The earlier event whose clause named the thing ``r``'s clause names again with a
    definite article in its place phrase (``strikers at the oil fields`` after ``Strikers
    blocked the main access road to the oil fields outside A``; ``Am Mittwoch setzte die
    Polizei vor dem Stahlwerk Tränengas ein`` after ``besetzten Arbeiter das Stahlwerk in
    A``), when it is not the event just before and stands elsewhere: ``r`` is at that
    event's place, not at the previous event's.

    Why: a definite noun points back to where the text introduced the thing; a reader
    follows it across a paragraph about another town. The carried place (the previous
    event's) is only the story's continuity; the repeated noun is evidence in the text
    (session 32, h32-place: the held-out chooser's second class, the previous event's place
    taken where an earlier sentence held the gold one). Only a noun of ``r``'s place phrase
    (after a place preposition: ``at the oil fields``, ``vor dem Stahlwerk``; ``den Mann``,
    ``the skipper of the grounded boat`` name who, and people move), the one that ends a run of
    words after the article (its head, ``fields`` of ``the oil fields``), of at least four
    letters; not a title, an organisation, a feature word (``the city``: the back
    reference's own words), a place or a time, nor a word of the trigger; the latest earlier
    event whose clause holds it, when that is not the previous event nor at its place."""
    if prev is None or prev.place is None:
        return None
    lex = st.lex
    toks = r.clause.tokens
    times = st.sentence_times(r.clause.sentence)
    heads: set[str] = set()
    for i, tok in enumerate(toks):
        if not _named_noun(toks, i, r, st) or any(sp.start <= tok.start < sp.end for sp in times):
            continue
        if i + 1 < len(toks) and (_named_noun(toks, i + 1, r, st) or _is_feature(toks[i + 1], lex)):
            continue  # not the run's last word: "oil" of "the oil fields", "small" of
            # "the small town" (a feature word's reference is the back reference's own)
        heads.add(tok.fold)
    if not heads:
        return None
    for o in reversed(before[-_NAMED_AGAIN_LOOKBACK:]):
        if o.place is None or heads.isdisjoint(o.clause.reading.folds):
            continue
        # the nearest event naming it is the antecedent: the previous event (or one at its
        # place) leaves the carried place as it is
        if o is prev or o.place.id == prev.place.id or not _fits(r, o.place):
            return None
        return o
    return None


def _named_noun(toks: Sequence[Token], i: int, r: _Raw, st: _State) -> bool:
    """Is token ``i`` a word of a noun phrase an article opens a few words before it, and
    none of the words :func:`_named_again_before` leaves out?"""
    tok = toks[i]
    lex = st.lex
    if (
        len(tok.text) < _NAMED_AGAIN_MIN
        or not tok.text.isalpha()
        or tok.fold in lex.determiners
        or tok.fold in lex.prepositions
        or (r.trigger_span is not None and r.trigger_span[0] <= tok.start < r.trigger_span[1])
        or tok.fold in r.trigger.casefold().split()
        or st.covers(tok.start)
        or _is_feature(tok, lex)
        or lex.titles.match(tok.text)
        or lex.any_org.match(tok.text)
        or (not lex.nouns_capitalised and tok.is_cap)
    ):
        return False
    for j in range(i - 1, max(i - 1 - _NAMED_AGAIN_REACH, -1), -1):
        fold = toks[j].fold
        if fold in lex.determiners:
            # a place preposition right before the article: where it happened ("at the
            # oil fields", "vor dem Stahlwerk"); "den Mann", "the skipper of the grounded
            # boat", "Vertreter der Bauern" name who, and people move
            return (
                fold not in lex.indefinite
                and j > 0
                and (toks[j - 1].fold in lex.cues or toks[j - 1].fold in lex.outside)
            )
        if fold in lex.prepositions or not toks[j].text.isalpha() or _is_feature(toks[j], lex):
            return False
    return False


def _aside_destination(r: _Raw, st: _State) -> Place | None:
    """The town a subject's past-perfect aside right before ``r``'s clause says the subject
    had gone to (``[clauses] aside_destinations``: ``The president, who had flown to A for
    the summit, met his counterpart``, ``Der Kanzler, der nach A gereist war, traf ...``):
    the journey is the act's setting and no event (:func:`_mood._subject_aside`), and the
    act with no place of its own happened where it led. An origin (``who had crossed from
    A``) places nothing. Session 28 review."""
    lex = st.lex
    if not lex.aside_destinations:
        return None
    for c in st.sentence_clauses(r.clause.sentence.index):
        if c.end > r.clause.start:
            continue
        if not _subject_aside(c, lex):
            continue
        for p in st.places_between(c.start, c.end):
            idx = c.index_at(p.start)
            if p.resolved and _cue(c.tokens, idx, lex) in lex.aside_destinations and _fits(r, p):
                return p
    return None


def _kin_key(r: _Raw) -> tuple[str, str]:
    """``r``'s kind as ``[carry_kin]`` names it: ``type.sub_kind`` and ``type``."""
    return f"{r.type}.{r.sub_kind}", r.type


def _kin_before(r: _Raw, prev: _Raw | None, before: Sequence[_Raw], lex: _Lexicon) -> _Raw | None:
    """The event ``r`` continues when the event it would be carried from is of another
    kind: the latest placed event before it of a kind ``[carry_kin]`` lists for ``r``'s
    (an aftershock an earthquake, a second attack an attack, a second fire a wildfire), in
    its paragraph, or at most ``_BACK_REFERENCE_SENTENCES`` back when the event before it is
    in an earlier paragraph too (a paragraph that set a scene of its own keeps it), dated within
    ``_BACKGROUND_DAYS`` of it where both have a day; else None (the story's place as
    before). A kind the table does not list (an arrest, a statement, a visit) continues the
    story's last event, whatever its kind: ``Gunmen attacked A. Police arrested two`` is
    at A (session 28, issue 20)."""
    key, plain = _kin_key(r)
    kin = lex.carry_kin.get(key) or lex.carry_kin.get(plain)
    if not kin or prev is None or not kin.isdisjoint(_kin_key(prev)):
        return None
    day = _raw_day(r)
    for o in reversed(before):
        if o.place is None or o.aside or _spoken_at(o):
            continue
        if o.clause.paragraph != r.clause.paragraph and (
            # a paragraph that told a scene of its own before ``r`` keeps it ("In A,
            # Congress voted. Police fired tear gas at marchers" after a blockade at B)
            prev.clause.paragraph == r.clause.paragraph
            or r.clause.sentence.index - o.last_sentence > _BACK_REFERENCE_SENTENCES
        ):
            return None
        if kin.isdisjoint(_kin_key(o)):
            continue
        then = _raw_day(o)
        if day is not None and then is not None and abs((day - then).days) > _BACKGROUND_DAYS:
            return None
        return o if _fits(r, o.place) else None
    return None


def _kin_referred(r: _Raw, before: Sequence[_Raw], lex: _Lexicon) -> None:
    """``r``'s back reference to an area (``the area``, ``die Region``: ``[places.back_reference]
    area``) read as the place of the event just before it, when that event is of another
    kind and an event of ``r``'s kind came before it (:func:`_kin_before`): the place of
    that event. ``An earthquake struck near A. Floods hit B. An aftershock shook the area``
    is the area of A: the area around the scene of what it continues, not around the town
    of the story told in between (session 28). A town's head (``the city``, ``the
    village``) still names the town named last: ``police arrested six in B. The next day
    2,000 rallied in the city`` is B, whatever kind of event was at A before."""
    assert r.place is not None
    areas = [glob for kind, glob in lex.back_reference if kind == "area"]
    if not any(glob.match(t.text) for glob in areas for t in r.clause.tokens):
        return
    prev = next((o for o in reversed(before) if o.place is not None), None)
    if prev is None or prev.place is None or prev.place.id != r.place.id:
        return
    if (kin := _kin_before(r, prev, before, lex)) is not None and kin.place is not None:
        r.place, r.outside = kin.place, kin.outside


def _town_site(r: _Raw, dateline: Place, st: _State) -> bool:
    """Is ``r``, with no place of its own, at a named site of the dateline's town: does its
    clause name a site the geoparser could not place (``in <Name> Square``, ``at State
    House``, ``outside <Name> Palace``, ``auf dem <Name>-Platz``: capitalised words no place
    covers ending in one of ``[places] town_sites``, or joined to it by a hyphen, after a
    place preposition) in a paragraph that names no other place up to that clause?

    Why: wire copy names a square, a street, a palace or a stadium of the dateline's town
    without the town (a reader of a ``<CAPITAL> -`` story knows where ``Liberty Square``
    is). Such a site opening a paragraph moves the scene away from the town of the
    paragraph before; a paragraph that names a town (``In <Town>, police dispersed a crowd
    in Unity Square``) keeps the site there. The dateline must be a town (a point) that
    fits the clause (no other country named; not a capital that is only a launch's bureau).
    Cost: one pass over the clause's words and the paragraph's places per event with no
    place. Session 17 (h17-evplace's ``_town_site`` and h17-evA's landmark rule, one rule
    since round 2)."""
    lex = st.lex
    if (
        not lex.town_sites.patterns
        or _precision_of(dateline, lex) != "point"
        or not _fits(r, dateline)
        or _bureau(r, dateline)
    ):
        return False
    clause = r.clause
    toks = clause.tokens
    covered = _Spans(
        [(p.start, p.end) for p in st.places_between(clause.start, clause.end) if p.resolved]
    )
    site = False
    for k, tok in enumerate(toks):
        head, _, tail = tok.text.rpartition("-")
        if head and tail[:1].isupper() and lex.town_sites.match(tail):
            name_at = k  # "Maidan-Platz": the name and the site word in one
        elif (
            k > 0
            and tok.text[:1].isupper()
            and lex.town_sites.match(tok.text)
            and toks[k - 1].is_cap
        ):
            name_at = k - 1
        else:
            continue
        if not toks[name_at].text[:1].isupper() or covered.covers(toks[name_at].start):
            continue
        first = name_at
        while first > 0 and toks[first - 1].is_cap and not _site_cue(toks[first - 1].fold, lex):
            first -= 1
        j = first - 1
        while j >= 0 and toks[j].fold in lex.determiners:
            j -= 1
        if j >= 0 and _site_cue(toks[j].fold, lex):
            site = True
            break
    if not site:
        return False
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(st.doc.text, 0, clause.start)]
    start = breaks[-1] if breaks else 0
    return not any(
        p.resolved and p.role in ("name", "derived") and p.id != dateline.id
        for p in st.places_between(start, clause.end)
    )


def _site_cue(fold: str, lex: _Lexicon) -> bool:
    """Is ``fold`` a word that puts what follows at a place (``in``, ``at``, ``on``,
    ``outside``, ``auf``): a preposition of the actors' or the places' lexicon?"""
    return fold in lex.prepositions or fold in lex.cues or fold in lex.outside


def _talks_abroad(r: _Raw, prev: _Raw | None, dateline: Place | None, st: _State) -> bool:
    """Is ``r`` a meeting with another state's people (``met Indonesian officials``, ``held
    talks with his Bahraini counterpart``, ``empfing eine Delegation aus Mali``), with no
    place of its own, after an event that was no journey?

    Such talks are held where the host state sits, which a wire story filed from that
    state's capital gives by its dateline; the scene of the disaster or the clash told
    before is not where a minister receives a foreign delegation. The guest's country
    names who came, not where. The rule: a meeting whose clause names, after its trigger,
    a country or a country's adjective other than the dateline's is not carried from the
    event before, unless that event was a journey (``flew to X. He met the Y president``
    is in X). It then takes the dateline (or, with none, the country its clause names) as
    a statement does. Cost: one pass over the clause's places per meeting with no place."""
    if r.type != "meeting" or dateline is None or not dateline.country_code:
        return False
    if prev is not None and prev.type == "travel":
        return False
    clause = r.clause
    after = r.trigger_span[1] if r.trigger_span else clause.start
    return any(
        p.resolved
        and p.country_code
        and p.country_code != dateline.country_code
        and (p.kind == "country" or p.role == "adjective")
        and after <= p.start < clause.end
        for p in st.places
    )


def _spoken_at(o: _Raw) -> bool:
    """Was ``o`` a statement or a court action placed by its own phrase (``The government
    in X declared a state of emergency``, ``Der Präsident rief in X den Notstand aus``)?
    Its place is where the speaker or the court sits, not the story's scene."""
    return o.type in _NOT_CARRIED and o.place_method == "locative"


def _scene_before_speaker(r: _Raw, prev: _Raw, before: Sequence[_Raw]) -> _Raw:
    """The event to carry a place from for ``r``, which is no statement and has no place
    of its own, when the event right before it is a statement made elsewhere
    (:func:`_spoken_at`): the latest event before that statement that happened somewhere,
    when it is as near as a carried place may be (same paragraph or at most two sentences
    back); else ``prev`` as before.

    ``Floods swept through A on Monday. The government in B declared a state of emergency.
    On Tuesday, a second wave of floods hit`` is at A: the statement says where the capital
    spoke from, and a story told between the scene and its follow-up does not move the
    scene there (fifteenth session; before, the second flood was carried to B)."""
    if not _spoken_at(prev):
        return prev
    for o in reversed(before):
        if o.place is None or o is prev:
            continue
        if _spoken_at(o):
            continue
        near = (
            o.clause.paragraph == r.clause.paragraph
            or r.clause.sentence.index - o.last_sentence <= _CONTEXT_SENTENCES
        )
        return o if near and _fits(r, o.place) else prev
    return prev


# how many days before a carried event the event it inherits from may lie before an event
# nearer in time is preferred (_recent_scene)
_BACKGROUND_DAYS = 7


def _raw_day(r: _Raw) -> date | None:
    """The day ``r``'s own time expression gives, else None."""
    if r.time is None or r.time.date is None:
        return None
    try:
        return date.fromisoformat(r.time.date)
    except ValueError:
        return None


def _recent_scene(r: _Raw, prev: _Raw, before: Sequence[_Raw]) -> _Raw:
    """The event to carry a place from for ``r`` when the event right before it is
    background, dated more than ``_BACKGROUND_DAYS`` before ``r``'s own day: the latest
    event of ``r``'s paragraph before it that is dated within that many days of ``r``, else
    ``prev`` as before. ``Protesters clashed with police in A on Monday. The protests began
    last month in B. Police arrested 40 people on Tuesday`` is at A: the story's scene is
    the event of the days around the arrest, not the history told between (session 22,
    round 2)."""
    day, was = _raw_day(r), _raw_day(prev)
    if day is None or was is None or (day - was).days <= _BACKGROUND_DAYS:
        return prev
    for o in reversed(before):
        if o is prev or o.place is None:
            continue
        if o.clause.paragraph != r.clause.paragraph:
            break
        then = _raw_day(o)
        if then is not None and 0 <= (day - then).days <= _BACKGROUND_DAYS:
            return o if _fits(r, o.place) else prev
    return prev


def _unknown_own_town(r: _Raw, st: _State) -> Place | None:
    """A town the event's own clause names in a locative phrase with a feature word before
    it (``in the border town of X``, ``near the village of X``, ``in der Kleinstadt X``)
    that the geoparser could not resolve (the gazetteer lacks it), if any.

    Why: such a clause tells where the event happened, and a country's adjective in the
    town's phrase says in which country (:func:`_town_adjective_country`). A bare
    unresolved name (no feature word, no place preposition) may be anything and does not
    count."""
    clause = r.clause
    toks = clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if (
            p.resolved
            or p.role != "name"
            or p.kind != "city"
            or p.sentence != clause.sentence.index
            or not clause.start <= p.start < clause.end
        ):
            continue
        idx = clause.index_at(p.start)
        if idx < len(toks) and _feature_before(toks, idx, st.lex) and _cue(toks, idx, st.lex):
            return p
    return None


_TOWN_ADJECTIVE_GAP = 6  # tokens from a country's adjective to its town's name


def _town_adjective_country(r: _Raw, town: Place, st: _State) -> Place | None:
    """The country whose adjective stands in ``town``'s own phrase (``the Costa Rican border
    town of X``, ``in der kenianischen Kleinstadt X``: its first word at most six words before
    the name),
    as a country Place. Here the adjective says where the town is, not whose people
    (``Bolivian diplomats``), which is why it counts only right before the town's name."""
    clause = r.clause
    at = clause.index_at(town.start)
    # the town's preposition: an adjective before it modifies another noun (``clashed
    # with an Israeli unit near the village of X``: the unit's, not the village's)
    cue = _cue_index(clause.tokens, at, st.lex)
    if cue is None:
        return None
    best: Place | None = None
    for p in st.places:
        if (
            p.role == "adjective"
            and p.resolved
            and p.kind == "adjective"
            and clause.start <= p.start
            and p.end <= town.start
            and cue < clause.index_at(p.start)
            and at - clause.index_at(p.start) <= _TOWN_ADJECTIVE_GAP
        ):
            best = p
    if best is None:
        return None
    return replace(best, kind="country", role="name", source="context", confidence=0.6)


# how near the dateline an event must be placed to be told from the dateline's city
_AT_DATELINE_KM = 50.0


def _story_scene(
    r: _Raw, before: Sequence[_Raw], dateline: Place, st: _State
) -> tuple[Place, bool] | None:
    """``Moskau (dpa) - Bei einer Explosion ... in der dagestanischen Hauptstadt X ...``, then
    paragraphs later ``Ermittler nahmen am Freitag den Betreiber ... fest``: the lede's own
    scene (its place and whether it is outside it) when no event so far happened at the
    dateline's city. Then the dateline is the bureau the story was filed from (Moscow for
    Dagestan, a regional capital for a mine in its hinterland), and a follow-up with no
    place of its own (an arrest, a strike, a protest) happened where the story did. A story
    with any event at the dateline keeps the dateline for them (``NAIROBI, ... police fired
    tear gas ...``).

    Session 28 let an act of the scene's own office (:func:`_local_office`) take the scene;
    session 29 (issue 20: the dateline was the chooser's commonest wrong place on held-out
    articles) every event it reaches: a clash of soldiers, a court act of the town's
    prosecutors (:func:`_seat_body` keeps the seat's own; a court sits in a town, so only a
    town scene), a strike on a later day. Before, only arrests, protests and riots (session
    13's follow-ups) did. An act placed at the dateline because it is done where a body sits
    (:func:`_at_seat`: the president's mourning, the national parliament's vote, the
    cabinet's meeting) does not make the dateline the story's place: it is the seat, not a
    scene. When no event was read from the lede sentence (``Floodwaters swept through
    low-lying neighbourhoods of X`` read as none), the town it names is the scene
    (:func:`_lede_town`)."""
    if dateline.lat is None or dateline.lon is None:
        return None
    if _happened_at_dateline(before, dateline.lat, dateline.lon, st):
        return None
    town = _lede_town(r, before, st)
    if town is not None:
        scene: tuple[Place, bool] = (town, False)
    elif not before:
        return None
    else:
        lede = before[0]
        if lede.place is None or lede.place_method != "locative":
            return None
        scene = (lede.place, lede.outside)
    if not _fits(r, scene[0]):
        return None
    if r.type in _NOT_CARRIED and scene[0].kind != "city":
        return None  # a court sits in a town, not on the sea or in a region the lede named
    if r.type in _NOT_CARRIED and before and r.clause.paragraph == before[0].clause.paragraph:
        # in the lede's paragraph the court acts of session 19 decide (_court_before: "A
        # court in A jailed ... A court acquitted two officers" is another court, at the
        # dateline); the scene is for a court act told paragraphs later
        return None
    return scene


def _happened_at_dateline(before: Sequence[_Raw], lat: float, lon: float, st: _State) -> bool:
    """Did an event of ``before`` (the events so far, in text order) happen at the dateline
    city (placed by it, or within ``_AT_DATELINE_KM`` of it), other than an act at the seat
    (:func:`_at_seat`)? Read once per event: the scan resumes where the last question of
    the same pass stopped (``_State.dateline_scan``), so a story of many events stays
    linear (``_carry_places`` starts each pass afresh)."""
    if not before:
        return False
    scan = st.dateline_scan
    start, found = (scan[1], scan[2]) if scan is not None and scan[0] is before[0] else (0, False)
    if start > len(before):
        start, found = 0, False
    for o in before[start:] if not found else ():
        p = o.place
        if _at_seat(o, st.lex):
            continue
        if o.place_method == "dateline" or (
            p is not None
            and p.lat is not None
            and p.lon is not None
            and geodesic_km(p.lat, p.lon, lat, lon) < _AT_DATELINE_KM
        ):
            found = True
            break
    st.dateline_scan = (before[0], len(before), found)
    return found


def _lede_town(r: _Raw, before: Sequence[_Raw], st: _State) -> Place | None:
    """The first town the lede sentence (the dateline's) names, when no event was read from
    it (``r`` comes later; events are in text order, so the first one tells): the story's
    scene as the lede sets it. Not the dateline itself, nor a place named only as where
    people came from or a distance was measured from (``_no_scene``). The town is found
    once per document (``_State.lede_town``)."""
    span = st.dateline
    if span is None:
        return None
    first = before[0] if before else r
    if first.clause.sentence.start <= span[0]:
        return None  # an event was read from the lede sentence (or a headline)
    if st.lede_town is None:
        st.lede_town = (_first_lede_town(span, st),)
    town = st.lede_town[0]
    if town is not None and r.type in _AT_A_SITE and town.kind != "facility":
        # "KOUROU - The satellite was built at a plant in X. An Ariane rocket lifted off": a
        # launch is at its site, and a town named for something else is none (as in
        # _named_just_before)
        return None
    return town


def _first_lede_town(span: tuple[int, int], st: _State) -> Place | None:
    """The first resolved town after the dateline in the dateline's sentence (see
    :func:`_lede_town`)."""
    lede = next((s for s in st.doc.sentences if s.start <= span[0] < s.end), None)
    if lede is None:
        return None
    for p in st.places_between(span[1], lede.end):
        if not p.resolved or p.role != "name" or _precision_of(p, st.lex) != "point":
            continue
        if _no_scene(p, st):
            continue
        return p
    return None


def _at_seat(o: _Raw, lex: _Lexicon) -> bool:
    """Is ``o`` an act done where a body sits (a statement or a court act, ``_NOT_CARRIED``;
    a seated act, a legislature's vote, an act of a body of :func:`_seat_body`)? Placed at
    the dateline (by its own phrase or for want of one), it says where the state sits, not
    where the story happened."""
    return (
        o.type in _NOT_CARRIED
        or _seated(o.trigger, lex)
        or _legislature_vote(o, lex)
        or _seat_body(o, lex)
    )


# words after a German verb in which its subject may stand ("Am Freitag bestätigte das
# Oberste Gericht ...")
_SUBJECT_AFTER_VERB = 4


def _seat_body(r: _Raw, lex: _Lexicon) -> bool:
    """Does ``r``'s subject name a body of the seat of state (``[places] seat_bodies``: ``The
    Supreme Court ruled``, ``The cabinet held an emergency meeting``, ``President X met
    opposition leaders``, ``Das Oberste Gericht bestätigte``)? Read before the trigger, and
    in German up to four words after it, up to a preposition (the subject may follow the
    verb; ``gegen zwei Beamte der Regierung`` is the object's). Such an act is done in the
    capital, not at the story's scene. After the verb, a word right after an article that
    opens no subject (``[grammar] object_articles``: ``nahm den Präsidenten der Firma
    fest``) is the object's. A word of the list right after a word of ``[places]
    local_modifiers`` names the scene's own body (``The district attorney charged``, ``The
    county government``, ``die örtliche Regierung``), as in :func:`_local_office`: review
    of session 29, before, ``attorney`` alone sent a district attorney's charge to the
    capital."""
    start = r.trigger_span[0] if r.trigger_span is not None else r.clause.end
    end = r.trigger_span[1] if r.trigger_span is not None else r.clause.end
    toks = r.clause.tokens

    def seat(k: int) -> bool:
        return bool(lex.seat_bodies.match(toks[k].text)) and not (
            k > 0 and lex.local_modifiers.match(toks[k - 1].text)
        )

    if any(seat(k) for k, t in enumerate(toks) if t.start < start):
        return True
    if not lex.nouns_capitalised:
        return False  # an English subject stands before its verb
    after = [k for k, t in enumerate(toks) if t.start >= end][:_SUBJECT_AFTER_VERB]
    for k in after:
        if toks[k].fold in lex.prepositions:
            return False
        if seat(k) and toks[k - 1].fold not in lex.object_articles:
            # "nahm den Präsidenten der Firma fest": after "den", the object (review)
            return True
    return False


def _joined_part(r: _Raw, after: Sequence[_Raw], st: _State) -> _Raw | None:
    """``Police arrested three men on Tuesday after a bomb exploded at a bus station in X``:
    the event of the other part of the same clause, split at the coordinator between them
    (``after``, ``and``, ``nachdem``), when it has a place and the event has none. What
    followed the bomb in X happened there; the story told before is further away than the
    clause's other half."""
    if not after:
        return None
    nxt = after[0]
    if nxt.place is None or nxt.clause.sentence.index != r.clause.sentence.index:
        return None
    between = st.doc.text[r.clause.end : nxt.clause.start].split()
    if len(between) != 1 or between[0].casefold() not in st.lex.coordinators:
        return None
    return nxt if _fits(r, nxt.place) else None


# how far a relative clause on the event's object may reach for its place (characters)
_OBJECT_RELATIVE_REACH = 160


def _object_relative_place(r: _Raw, st: _State) -> Place | None:
    """``Police fired tear gas on Monday at traders who were protesting in X``, ``Police
    detained on Tuesday 40 miners who were marching in X``: a relative clause on the
    object, with no comma before its pronoun (``[clauses] person_relatives``), that was cut
    from the event's clause because that clause has a day of its own (:func:`_relative_cuts`)
    says where those people were as it happened; its place after a place preposition
    (``[places] cues``, not an origin or a goal) is the event's when the event's own clause
    names none. Before, such an event took the place of the sentence before or none.
    Not a relative clause in the past perfect (``two men who had robbed a bank in X``: an
    earlier act, maybe elsewhere), nor past the relative clause's first comma. Session 26
    (h26-even)."""
    lex = st.lex
    text = st.doc.text
    sent = r.clause.sentence
    start = r.clause.end
    if not lex.person_relatives or start >= sent.end:
        return None
    window = text[start : min(sent.end, start + _OBJECT_RELATIVE_REACH)]
    first = window.lstrip()
    if "," in window[: len(window) - len(first)] or not first.startswith(lex.person_relatives):
        return None
    opened = start + len(window) - len(first)
    words = unit_words(text, opened, opened + len(first))
    if not words or words[0].casefold() not in lex.person_relatives:
        return None
    stop = first.find(",")
    end = opened + (len(first) if stop < 0 else stop)
    own = unit_words(text, opened, end)
    aux = earlier_auxiliaries(lex.lang)
    if any(w.casefold() in aux for w in own):
        return None
    usable = lex.cues - lex.origins - lex.journey_preps
    for p in st.places_between(opened, end):
        if not p.resolved or p.role != "name" or not _fits(r, p):
            continue
        before = unit_words(text, opened, p.start)
        if before and before[-1].casefold() in usable:
            return p
    return None


def _scene_of_sentence(r: _Raw, raws: Sequence[_Raw], st: _State) -> _Raw | None:
    """Another event of ``r``'s own sentence, of its type or a related one (``[time.
    relative] related_types``), placed by its own locative phrase: ``NAIROBI, ... Police
    fired tear gas at protesters on Tuesday after thousands marched through the port city
    of X`` (both protest), ``Bandits killed five herders on Monday, and police said the
    attack took place near the town of Y``, ``Bei einem Busunglück starben 14 Menschen,
    nachdem der Bus in der Region Z in eine Schlucht gestürzt war``. Why: one sentence tells
    one scene; the clause that names the place names it for the whole sentence's event, and
    the dateline (the bureau) or a sentence before is weaker evidence than the sentence
    itself. An event of an unrelated type keeps to the later steps (``The president signed
    the bill, a week after protesters rallied in X`` is not in X), and so does one the
    sentence tells on another day (``signed a treaty on Thursday, two days after a patrol
    boat seized a longliner off Y``: two scenes, :func:`_other_day`). A predicate
    coordinated right after the event's, of any type, shares its place too: ``RSF gunmen
    killed 14 villagers and burned homes in Z`` (a locative phrase at the end of two
    coordinated predicates belongs to both)."""
    lex = st.lex
    sent = r.clause.sentence.index
    for o in st.raws_of_sentence(raws, sent):
        if o is r or o.place is None:
            continue
        if o.place_method != "locative" or not _fits(r, o.place) or _other_day(r, o):
            continue
        if (
            o.type == r.type
            or _refers_to(r.type, (o.type,), lex)
            or _refers_to(o.type, (r.type,), lex)
            or _coordinated_next(r, o, st)
            or _circumstance_of(r, o, st)
        ):
            return o
    return None


# how many words may stand between the preposition that opens a circumstance phrase and its
# event noun ("in a dawn raid", "bei einer nächtlichen Razzia")
_CIRCUMSTANCE_REACH = 3


def _circumstance_of(r: _Raw, o: _Raw, st: _State) -> bool:
    """Is ``o`` an event noun in a phrase that says how or in what ``r`` happened, a clause
    of ``r``'s sentence after ``r``'s own that opens with a place preposition and the noun
    within a few words (``Troops freed three aid workers on Monday who had been held since
    March, in a dawn raid on a camp near X``, ``Die Polizei befreite am Dienstag eine
    Unternehmerin, bei einer Razzia in Y``)? The phrase is ``r``'s adverbial, whatever type
    the noun has: the raid is how they were freed, so where the raid was is where. Session
    21: the event's own sentence named its place in that phrase, and a place carried from
    the paragraph before was taken instead. A verb event after the comma is a clause of its
    own and is not read so."""
    if o.pos != "noun" or o.clause.start < r.clause.end or o.trigger_span is None:
        return False
    words = o.clause.words
    if not words or words[0].casefold() not in st.lex.cues:
        return False
    before = st.doc.text[o.clause.start : o.trigger_span[0]].split()
    return 1 <= len(before) <= _CIRCUMSTANCE_REACH


def _coordinated_next(r: _Raw, o: _Raw, st: _State) -> bool:
    """Is ``o`` the predicate coordinated right after ``r``'s, sharing its subject (only a
    coordinator between their clauses, no actor of its own: ``killed 14 villagers and
    burned homes``)?"""
    if o.own_actors or o.clause.start < r.clause.end:
        return False
    between = st.doc.text[r.clause.end : o.clause.start].split()
    return len(between) == 1 and between[0].casefold() in st.lex.coordinators


def _other_day(r: _Raw, o: _Raw) -> bool:
    """Are ``r`` and ``o`` told on different days: one counted from another (``two days
    after``), or both on a day of their own and not the same one? One told only as before
    or after the other (``nachdem der Bus ... gestürzt war``, ``after thousands marched``)
    is the same scene told in order, whatever day its own words would give."""
    a, b = r.time, o.time
    if any(t is not None and t.offset_days for t in (a, b)):
        return True
    if any(t is not None and t.relation is not None for t in (a, b)):
        return False
    return a is not None and b is not None and a.date is not None and a.date != b.date


def _local_authority(r: _Raw, prev: _Raw | None, lex: _Lexicon) -> bool:
    """``Drohnen griffen die Stadt X an. ... Die Militärverwaltung ordnete am Freitag die
    Evakuierung von elf Dörfern an``: a statement by a town's or a district's own
    administration (``[places] local_authorities``, the noun opening the clause), with
    no place of its own, is made where the event before it in the same paragraph happened,
    not at the dateline (the bureau in the capital). A national body's statement keeps the
    dateline, as every statement did before (``_NOT_CARRIED``)."""
    if r.type != "statement" or prev is None or prev.place is None:
        return False
    if prev.clause.paragraph != r.clause.paragraph or prev.place.kind == "country":
        return False
    toks = r.clause.tokens
    if not toks or toks[0].fold in lex.prepositions:
        return False  # "Nach Angaben der Behörden ...": a source, not the subject
    # the subject opening the clause: its first words past the article ("Die örtliche
    # Verwaltung", "The district administration")
    start = 1 if toks[0].fold in lex.determiners else 0
    return any(lex.local_authorities.match(t.text) for t in toks[start : start + 3])


def _local_office(r: _Raw, lex: _Lexicon) -> bool:
    """Does the clause open with a subject that names the scene's own office (``[places]
    local_offices``: ``Der Bürgermeister der Stadt``, ``the mayor``; or a title after a word
    of ``local_modifiers``: ``The provincial governor``, ``the town's chairman``)? Its act
    with no place of its own is done where the story happened, not at the dateline (the
    bureau in the capital) and not where a national body sits: a town's mayor resigns at
    the town hall, a province's governor declares where he governs. Generic ``authorities``
    are not enough (national or local, the words do not say). Session 28 (issue 20: in the
    held-out counts, the dateline taken for the story's scene was the largest class of a
    right place left unchosen)."""
    toks = r.clause.tokens
    if not toks or toks[0].fold in lex.prepositions:
        return False  # "Nach Angaben des Bürgermeisters ...": a source, not the subject
    start = 1 if toks[0].fold in lex.determiners else 0
    head = toks[start : start + 3]
    if any(lex.local_offices.match(t.text) for t in head):
        return True
    return any(
        lex.local_modifiers.match(a.text) and lex.titles.match(b.text)
        for a, b in zip(head, head[1:], strict=False)
    ) or (
        # "the town's chairman": the possessive may stand as its own token
        len(head) == 3
        and lex.local_modifiers.match(head[0].text + head[1].text)
        and lex.titles.match(head[2].text)
    )


def _court_before(r: _Raw, prev: _Raw | None, lex: _Lexicon) -> bool:
    """``A court in A sentenced a former mayor on Tuesday. The court acquitted two
    officials``: a court's act with no place of its own whose clause names the court with a
    definite article (``[places] court_nouns``: ``the court``, ``das Gericht``, ``the
    judge``) is an act of the court the event right before told with its town: the same
    paragraph, at most two sentences back, a court's act placed at a point (not a country).
    Before, every court's act with no place took the dateline (``_NOT_CARRIED``: a court
    sits where it sits, often the capital the story is filed from); the definite noun says
    it is the court just named. So is a court's act coordinated with an event of any kind
    placed in its own sentence after its trigger (``Police detained the owner in A on
    Sunday, and prosecutors charged him on Tuesday``), not at its subject's seat (``Police
    in A arrested six men and prosecutors charged them``: session 16's table test). Session
    19, round 3 (h19-events)."""
    if r.type != "court" or prev is None or prev.place is None:
        return False
    if prev.clause.paragraph != r.clause.paragraph or prev.place.kind == "country":
        return False
    if prev.clause.sentence.index == r.clause.sentence.index:
        # "Police detained him in A, and prosecutors charged him on Tuesday"; not the seat
        # of the part's own subject ("Police in A arrested six men and prosecutors charged
        # them": the prosecutors are not the police in A)
        return prev.trigger_span is not None and not (
            prev.clause.start <= prev.place.start < prev.trigger_span[0]
        )
    if prev.type != "court":
        return False
    if not 0 <= r.clause.sentence.index - prev.clause.sentence.index <= 2:
        return False
    toks = r.clause.tokens
    return any(
        lex.court_nouns.match(t.text) and _definite(toks, k, lex) for k, t in enumerate(toks)
    )


def _seated(trigger: str, lex: _Lexicon) -> bool:
    """Is ``trigger`` an act done where an office or a body sits (``[places] seated``), matched
    by its first word (``convened``) or as a whole split verb (``trat ... zurück``: not every
    ``trat``)?"""
    return lex.seated.match(trigger.split()[0]) or lex.seated.match(trigger)


def _saying_frame_place(r: _Raw, st: _State) -> Place | None:
    """``Die Polizei in Kano teilte am Dienstag mit, sie habe acht Männer festgenommen``,
    ``Officials in X said, the army had ...``: an event told in the clause right after a
    verb of saying of its sentence, with no place of its own, is where the sayer's own
    locative phrase puts it (the police in Kano detained in Kano), as the English clause
    with no comma already reads it (``Police in Kano said they had detained``). Only the
    saying clause that ends where the event's begins, and only its own locative place (not
    the dateline's). An undated event told in the Konjunktiv II gets none: it may be a
    counterfactual (``bei einer fairen Wahl hätte sie gewonnen``), see :func:`_sayer_place`."""
    if (r.time is None or r.time.date is None) and any(
        t.fold in st.lex.reported_subjunctive for t in r.clause.tokens
    ):
        return None
    sent = r.clause.sentence.index
    for w in st.weak:
        if (
            w.clause.sentence.index == sent
            and w.place is not None
            and w.place_method == "locative"
            and w.clause.end <= r.clause.start
            and not st.doc.text[w.clause.end : r.clause.start].strip(" ,;:\n")
        ):
            return w.place
    return _sayer_place(r, st)


def _sayer_place(r: _Raw, st: _State) -> Place | None:
    """``Die Polizei in Quetta teilte mit, Unbekannte hätten ... angegriffen``: a saying
    clause with no day of its own is no weak event (an undated verb of saying is placed only
    by a place right after it), so :func:`_saying_frame_place` finds none; its sayer's own
    locative phrase (a preposition, then the town, before the verb of saying) still says
    where the police or the authorities are, and the event they tell of with no place of its
    own is there. Only the clause that ends where the event's begins, in its sentence, not
    the dateline (session 14, h-evde). Only an event with a day of its own: told with one it
    is news (``hätten am Montag ... festgenommen``); told without one a subjunctive may be
    a counterfactual (``bei einer fairen Wahl hätte sie gewonnen``), which no place should
    rescue."""
    if r.time is None or r.time.date is None:
        return None
    sent = r.clause.sentence
    text = st.doc.text
    end = len(text[sent.start : r.clause.start].rstrip(" ,;:\n")) + sent.start
    if end <= sent.start:
        return None
    frame = _clause_at(end - 1, st)
    if frame is None or frame is r.clause or frame.sentence.index != sent.index:
        return None
    if text[frame.end : r.clause.start].strip(" ,;:\n"):
        return None
    lex = st.lex
    toks = frame.tokens
    says = next((k for k, t in enumerate(toks) if lex.any_weak.match(t.text)), None)
    if says is None:
        return None
    dateline = st.dateline
    for p in st.places_between(frame.start, toks[says].start):
        if not p.resolved or p.role != "name":
            continue
        if dateline and dateline[0] <= p.start < dateline[1]:
            continue
        k = frame.index_at(p.start)
        # "Die Polizei in X", not "Nach Angaben aus X": the preposition follows the sayer
        if (
            1 < k < says
            and toks[k - 1].fold in lex.prepositions
            and toks[k - 2].fold not in lex.prepositions
        ):
            return p if _fits(r, p) else None
    return None


def _subject_before(r: _Raw, before: Sequence[_Raw], st: _State) -> Place | None:
    """The town that is the subject of the event's clause, cut from it by an aside: ``The
    port city of A, about 100 km east of B, reported flooding``, ``A, eine Stadt mit 10.000
    Einwohnern, meldete Überschwemmungen``. The clause opens after a comma with a lower-case
    word that is no article or preposition (the predicate resumed), no event of the
    sentence stands before it, and the first town of the sentence before the clause (not
    the dateline, not a point a distance is measured from, not in a prepositional phrase
    but after a feature word: ``the eruption of Mount X`` is about an eruption) is its
    subject."""
    clause = r.clause
    toks = clause.tokens
    if not toks or toks[0].is_cap or toks[0].fold in st.lex.determiners:
        return None
    if toks[0].fold in st.lex.prepositions:
        return None
    sent = clause.sentence
    if not st.doc.text[sent.start : clause.start].rstrip().endswith(","):
        return None
    if any(o.clause.sentence.index == sent.index for o in before):
        return None
    dateline = st.dateline
    for p in st.places_between(sent.start, clause.start):
        if not p.resolved or p.role != "name":
            continue
        if dateline and dateline[0] <= p.start < dateline[1]:
            continue
        if _precision_of(p, st.lex) != "point" or _no_scene(p, st):
            continue  # "Kenya's port of A, ...": the town; "The town, 100 km from B,": none
        home = _clause_at(p.start, st)
        if home is None:
            return None
        idx = home.index_at(p.start)
        toks_p = home.tokens
        if _after_preposition(toks_p, idx, st.lex) and not _feature_before(toks_p, idx, st.lex):
            return None  # "The last eruption of Mount X, in 2010, killed": not the subject
        return p if _fits(r, p) else None
    return None


def _named_just_before(r: _Raw, prev: _Raw | None, st: _State) -> Place | None:
    """The town (a place of ``point`` precision) named last in the sentence right before
    the event's, in its paragraph, when no event with a place was read from that sentence
    (the scene was set without an event: ``Protesters gathered at the port of X``)."""
    sent = r.clause.sentence
    if sent.index == 0 or (prev is not None and prev.last_sentence >= sent.index - 1):
        return None
    before = st.doc.sentences[sent.index - 1]
    if _PARAGRAPH_BREAK.search(st.doc.text, before.end, r.clause.start):
        return None  # only the gap between the two sentences is read
    dateline = st.dateline
    for p in reversed(st.places_between(before.start, before.end)):
        if not p.resolved or p.role != "name" or _precision_of(p, st.lex) != "point":
            continue
        if (dateline and dateline[0] <= p.start < dateline[1]) or _no_scene(p, st):
            continue
        if r.type in _AT_A_SITE and p.kind != "facility" and not _after_site_noun(p, st):
            # "The satellite was built at a plant in X. A rocket lifted off": a launch is
            # at its site, and a town named for something else is none
            return None
        return p if _fits(r, p) else None
    return None


def _filed_abroad(before: Sequence[_Raw], dateline: Place | None) -> bool:
    """Is the dateline in another country than every placed event before (``DAKAR, ...
    Soldiers stormed the palace in <a neighbour's capital>. On Monday a colonel declared
    himself president on state television``)? Then the dateline is where the report was
    filed, and a statement or a ruling with no place of its own belongs to the story's
    country, not to the bureau's city (the reason statements are otherwise not carried:
    a minister speaks from the capital the dateline names). One event in the dateline's
    country makes it the story's (an agreement signed abroad is an aside)."""
    if dateline is None or not dateline.country_code:
        return False
    codes = {r.place.country_code for r in before if r.place is not None}
    return bool(codes) and None not in codes and dateline.country_code not in codes


# kinds of place that stand for a story's scene when its town is not found: the model's
# containers (a continent has no country and is never one country's unit)
_ABROAD_UNITS = kinds_where("contains_places")


def _unit_fineness(kind: str | None) -> tuple[int, bool, bool]:
    """Sort key of a container kind, finest first, from the model's table: an event at it
    located more precisely (a region before a country), then one the map zooms to (a
    district before an admin-1 region, drawn as an area), then a local one (a second-level
    unit)."""
    info = kind_info(kind or "country")
    return (-info.event_specificity, info.map_area, not info.local)


def _unit_abroad(r: _Raw, dateline: Place, st: _State) -> Place | None:
    """The region, province or country of another country than the dateline's that
    ``r``'s sentence names, when the sentence also names a town the gazetteer does not know:
    ``NAIROBI - Troops retook <town> in <region>`` (town unknown) is in that region, and
    ``Somali troops killed ... in the town of <town>`` in Somalia, not at the Kenyan
    hub the story was filed from. The finest such unit of the one foreign country; none
    when the sentence names units of two countries or of the dateline's own."""
    home = dateline.country_code
    sent = r.clause.sentence
    here = [p for p in st.places if sent.start <= p.start < sent.end]
    if not home or not any(not p.resolved and p.kind == "city" for p in here):
        return None
    units = [
        p
        for p in here
        if p.resolved and p.country_code and p.kind in _ABROAD_UNITS and p.role != "adjective"
    ]
    if len({p.country_code for p in units}) != 1 or units[0].country_code == home:
        return None
    return min(units, key=lambda p: (_unit_fineness(p.kind), p.start))


def _bureau(r: _Raw, dateline: Place) -> bool:
    """Is the dateline a capital that only says where the report was filed, for an event
    that happens at a site of its own? ``SEOUL, ... North Korea fired a missile``,
    ``BEIJING, ... China launched a crew``: the launch is not in the capital (a dateline
    that is no capital, ``KOUROU, ...``, may be the launch site)."""
    return r.type in _AT_A_SITE and _is_capital(dateline)


def _office_countries(clause: _Clause, places: Sequence[Place], lex: _Lexicon) -> frozenset[str]:
    """The countries of a country adjective right before the title of an office that acts
    from home (``Der ghanaische Präsident empfing ...``, ``the Kenyan foreign minister
    met ...``): a place carried from another country's story does not fit the clause. An
    adjective elsewhere says only whose (``Zimbabwean migrants``)."""
    toks = clause.tokens
    firsts = lex.home_office_firsts
    out: set[str] = set()
    for k in range(len(toks) - 1):
        # most words open no title: one set test before comparing each title's words
        if toks[k + 1].fold not in firsts or not any(
            tuple(t.fold for t in toks[k + 1 : k + 1 + len(o)]) == o for o in lex.home_offices
        ):
            continue
        here = next(
            (p for p in places if p.role == "adjective" and p.start <= toks[k].start < p.end),
            None,
        )
        cc = here.country_code if here is not None else _demonym(toks[k], lex)
        if cc:
            out.add(cc)
    return frozenset(out)


def _one_country(places: Sequence[Place]) -> Place | None:
    """The clause's country Place when it names places of one country only. A country's
    adjective says whose people or things, not where (``Chile expelled two Bolivian
    diplomats`` names Chile only)."""
    named = [p for p in places if p.resolved and p.country_code and p.role != "adjective"]
    if len({p.country_code for p in named}) != 1:
        return None
    return next((p for p in named if p.kind == "country"), None)


def _trailing_place(clause: _Clause, st: _State, previous: _Raw) -> None:
    """``... gunmen stormed a village in northern Burkina Faso, near the town of Djibo``: a
    clause of the event's own sentence that only holds a place phrase (it opens with a place
    preposition, it has no trigger) places the event more finely when the event stands in
    a country or a province that holds it (same country); a direction (``20 km north of
    X``) says near, not at."""
    place = previous.place
    share = _share_opener(clause, st.lex)
    if share and clause.sentence.index == previous.clause.sentence.index:
        # "killed 19 people, most of them in the oasis town of X": where the toll fell is
        # the event's place on a map, finer than a region or none
        _shared_place(clause, st, previous)
        return
    if (
        share
        and (place is None or place.kind in _REFINABLE)
        and clause.paragraph == previous.clause.paragraph
        and clause.sentence.index - previous.last_sentence == 1
    ):
        # "... in northern X. Most of the dead were in the town of Y": the next sentence
        # says where the toll fell, told of no event of its own (session 27, h27-refine)
        _shared_place(clause, st, previous, first_phrase=True)
        return
    if place is None:
        _apposed_name(clause, st, previous)
        if previous.place is None:
            _place_phrase(clause, st, previous)
        return
    if _distance_contradicts(clause, st, previous):
        return
    if _sea_measured(clause, st, previous):
        return
    if (
        place.kind not in _REFINABLE
        or clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.start
        or clause.quoted
    ):
        return
    lex, toks = st.lex, clause.tokens
    # "die Provinz X, rund 200 Kilometer nördlich von Y", "a village in X state, about 150 km
    # west of Y": a distance beyond what "near" means says where the area lies, measured
    # from a town far from it; that town is no finer place of the event (session 21)
    far = (km := _apposition_km(clause, lex)) is not None and km > _REFINE_NEAR_KM
    for p in st.places_between(clause.start, clause.end):
        if not _finer_than(place, p, lex, regions=True):
            continue
        idx = clause.index_at(p.start)
        cue = _cue(toks, idx, lex) if idx < len(toks) else None
        if far and idx < len(toks) and _reference_point(idx, cue, toks, lex):
            continue
        # a clause that is only the name is an apposition to the event's place ("on
        # Fiji's second-largest island, Vanua Levu, overnight"): the name says which
        apposed = bool(toks) and all(p.start <= t.start < p.end for t in toks)
        if (cue is None and not apposed) or cue in lex.directions or cue in lex.outside:
            continue
        previous.place, previous.place_method = p, "locative"
        return


def _sea_measured(clause: _Clause, st: _State, previous: _Raw) -> bool:
    """``A migrant boat capsized in the Mediterranean on Sunday, about 40 km south of X``:
    an event placed on a sea, a lake or a river whose sentence goes on with a clause that is
    only a short distance (at most ``_REFINE_NEAR_KM``) from a town or an island is near that
    coast, as the same distance inside the event's clause already makes it
    (:func:`_water_measured_from`); the comma only cut the clause. A far distance (``500
    nautical miles off X``) leaves the sea. Session 21. Returns whether the event was
    placed."""
    place, lex = previous.place, st.lex
    if (
        place is None
        or place.kind not in _WATER_KINDS
        or clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.end
        or clause.quoted
    ):
        return False
    km = _apposition_km(clause, lex)
    if km is None or km > _REFINE_NEAR_KM:
        return False
    toks = clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or not _land_point(p, lex):
            continue
        idx = clause.index_at(p.start)
        if idx < len(toks) and _reference_point(idx, _cue(toks, idx, lex), toks, lex):
            previous.place, previous.place_method = p, "locative"
            return True
    return False


def _place_phrase(clause: _Clause, st: _State, previous: _Raw) -> None:
    """``BOGOTA, ... Rebels ambushed an army patrol on Monday, killing six soldiers, in a
    rural area of X province``: an event with no place of its own whose sentence goes on
    with a clause that only holds a place phrase (it opens with a place preposition and has
    no trigger) is placed there: the comma cut the event's locative phrase off its clause,
    and without this the dateline city, where the report was filed, became the place. The
    first town or province after a place preposition (not a direction, not ``outside``: a
    point measured from says near, not where); a country alone says less than a dateline of
    that country and is left to the later steps. A clause that is only a distance from a
    town (``Troops clashed near the village of K, 70 km north of G, on Monday``, K unknown
    to the gazetteer) places the event by that town, precision ``near``
    (:func:`_said_near`): nearer than the dateline, and what the text gives."""
    if (
        clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.end
        or clause.quoted
        or not clause.words
    ):
        return
    lex, toks = st.lex, clause.tokens
    measured = _distance_apposition(clause, lex)
    if not measured and clause.words[0].casefold() not in lex.cues:
        return
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        if _precision_of(p, lex) not in ("point", "region") or (not measured and _no_scene(p, st)):
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks):
            continue
        if measured:
            if not _reference_point(idx, _cue(toks, idx, lex), toks, lex):
                continue
        else:
            cue = _cue(toks, idx, lex)
            if cue is None or cue in lex.directions or cue in lex.outside:
                continue
        previous.place, previous.place_method = p, "locative"
        return


# how much farther than the distance a clause states a town may lie from the event's point
# for the distance still to be read as describing that point (gazetteer points of towns, a
# road's bends): beyond it, the distance places the event (session 19, round 2)
_DISTANCE_SLACK_KM = 25.0


def _distance_contradicts(clause: _Clause, st: _State, previous: _Raw) -> bool:
    """``A bus from A to B plunged into a ravine on the highway, 15 km from C``, ``Ein Bus
    verunglückte auf der Straße zwischen A und B, zehn Kilometer vor A``: a clause of the
    event's own sentence, after its clause, that is only a short distance (at most
    ``_REFINE_NEAR_KM``) from a town C says where the event was. When the event's point lies
    farther from C than that distance allows (``_DISTANCE_SLACK_KM`` more), the distance
    cannot describe that point (it was a route's end, a destination, the other end of a
    road), and C places the event, near it. A point that fits the distance (``near the
    village of K, 20 km from C``: K lies 20 km from C) keeps its place: the clause then says
    where K lies. Why: the accident batch of session 19, round 2, and the event-site probe's
    ``road_between`` family chose the road's other end or the bus's destination, hundreds of
    kilometres from the site. Returns whether the event was placed."""
    place, lex = previous.place, st.lex
    if (
        place is None
        or clause.sentence.index != previous.clause.sentence.index
        or clause.start < previous.clause.end
        or clause.quoted
        or _precision_of(place, lex) != "point"
    ):
        return False
    km = _apposition_km(clause, lex)
    if km is None or km > _REFINE_NEAR_KM:
        return False
    toks = clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or _precision_of(p, lex) != "point":
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks) or not _reference_point(idx, _cue(toks, idx, lex), toks, lex):
            continue
        if p.lat is None or p.lon is None or place.lat is None or place.lon is None:
            return False
        if geodesic_km(place.lat, place.lon, p.lat, p.lon) <= km + _DISTANCE_SLACK_KM:
            return False  # the distance tells where the event's own town lies
        if _apposed_to(place, clause, st) and not _named_in(p, previous.clause, st):
            # "a market in A, about 30 km from C": right after the event's town the
            # distance is said of that town, as the writer put it, whatever the map says;
            # "zwischen A und B, zehn Kilometer vor A" measures from a town the clause
            # named already, one end of the road: the distance says where on it
            return False
        previous.place, previous.place_method = p, "locative"
        return True
    return False


def _apposed_to(place: Place, clause: _Clause, st: _State) -> bool:
    """Does ``clause`` follow the mention of ``place`` with nothing between them but
    punctuation and the names of areas that hold it (``in A, Serbia, about 30 km from``)?"""
    if place.end > clause.start or clause.start - place.end > 80:
        return False
    gap = st.doc.text[place.end : clause.start]
    for p in st.places_between(place.end, clause.start):
        if _precision_of(p, st.lex) == "point":
            return False
        gap = gap.replace(st.doc.text[p.start : p.end], " ")
    return not any(ch.isalnum() for ch in gap)


def _named_in(p: Place, clause: _Clause, st: _State) -> bool:
    """Does ``clause`` name the town ``p`` is (the same point) before ``p``'s own mention?"""
    return any(
        q.start < p.start and q.resolved and q.lat == p.lat and q.lon == p.lon
        for q in st.places_between(clause.start, clause.end)
    )


def _share_opener(clause: _Clause, lex: _Lexicon) -> bool:
    """Does the clause open with ``[places] share_openers`` (``most of them``, ``die
    meisten``)?"""
    openers = lex.share_openers
    if () not in openers and (
        not clause.words or clause.words[0].casefold() not in _first_words(openers)
    ):
        return False  # most clauses (it is asked of every clause after an event)
    lows = [w.casefold() for w in clause.words[:4]]
    return any(tuple(lows[: len(o)]) == o for o in lex.share_openers)


def _shared_place(
    clause: _Clause, st: _State, previous: _Raw, *, first_phrase: bool = False
) -> None:
    """The first place with a place preposition in a ``most of them in X`` clause, when it is
    a town or a site (point precision) of the event's country (or the event has none). With
    ``first_phrase`` (a sentence of its own), only when that preposition is the clause's
    first and no origin: ``Die meisten Verletzten wurden in ein Krankenhaus in der Stadt X
    gebracht``, ``most of them were taken to a hospital in X``, ``most of the dead came
    from X`` say where people went or came from, not where the toll fell."""
    place, lex, toks = previous.place, st.lex, clause.tokens
    for p in st.places_between(clause.start, clause.end):
        if not p.resolved or p.role != "name" or _precision_of(p, lex) != "point":
            continue
        if place is not None and place.country_code != p.country_code:
            continue
        idx = clause.index_at(p.start)
        cue = _cue(toks, idx, lex) if idx < len(toks) else None
        if cue is None or cue in lex.directions or cue in lex.outside:
            continue
        if first_phrase and (
            cue in lex.origins or sum(t.fold in lex.cues for t in toks[:idx]) != 1
        ):
            return
        previous.place, previous.place_method = p, "locative"
        return


def _apposed_name(clause: _Clause, st: _State, previous: _Raw) -> None:
    """``Fighting broke out in Karen State's capital, Hpa-An, on Monday``: an event with no
    place whose clause ends in a feature word (``the port city``, ``the provincial
    capital``, ``die Bezirksstadt``) takes the name in apposition right after it, a clause
    of its own sentence that is only that name."""
    if clause.sentence.index != previous.clause.sentence.index:
        return  # (tested first: a clause of another sentence need not build its words)
    toks, before = clause.tokens, previous.clause.tokens
    if (
        not toks
        or not before
        or clause.quoted
        or clause.start < previous.clause.end
        or st.doc.text[previous.clause.end : clause.start].strip(" ,")  # the very next clause
        or not (_is_feature(before[-1], st.lex) or st.lex.capital.match(before[-1].text))
    ):
        return
    for p in st.places_between(clause.start, clause.end):
        if p.resolved and p.role == "name" and all(p.start <= t.start < p.end for t in toks):
            previous.place, previous.place_method = p, "locative"
            return


def _scene_told(clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]) -> None:
    """``Bandits killed five herders on Monday, and police said the attack took place near
    the town of X``: a clause that only refers back to the event just told (a definite noun
    of its type or a related one, in its sentence or the next of its paragraph), when that
    event has no place yet, gives it the one town or province the clause names."""
    if (
        not _refers_to(previous.type, references, st.lex)
        or clause.paragraph != previous.clause.paragraph
        or clause.sentence.index - previous.last_sentence > 1
    ):
        return
    named = [
        p
        for p in st.places_between(clause.start, clause.end)
        if p.resolved and p.role == "name" and p.kind != "country"
    ]
    if len(named) == 1:
        # carried from the referring clause, as a place taken from the clause after it is
        previous.place, previous.place_method = named[0], "carried"


def _site_references(clause: _Clause, lex: _Lexicon, previous: _Raw) -> list[str]:
    """The event types a clause refers back to by naming an event's site (``[places.
    event_site]``: ``The epicentre was off the coast of X``, ``Das Epizentrum lag ...``)."""
    folds = clause.reading.folds
    present = clause.reading.fold_set
    out: list[str] = []
    for types, words in lex.event_sites:
        if words and words[0] not in present:
            continue  # the phrase cannot start anywhere: no scan
        n = len(words)
        if any(tuple(folds[i : i + n]) == words for i in range(len(folds) - n + 1)):
            out += [previous.type] if "*" in types else sorted(types)
    return out


def _placed_by_reference(
    clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]
) -> None:
    """``A train derailed in the province of X. The accident happened near the town of
    Y``: a clause that only refers back to the event just before (a definite noun of its
    type, the next sentence, also across a paragraph break) and names a town of the same
    country (also ``just outside`` it: at its edge) inside
    the area the event was placed in gives the event that town (see :func:`_located_again`
    for a second mention that is read as an event of its own). An event placed in a country
    takes a province too (``A quake jolted the southern Philippines. The epicentre was off the
    coast of <province>``); the clauses after the reference in its sentence are read with it
    (``The epicentre was at sea, 40 km off the coast of <province>``)."""
    _dated_by_reference(clause, st, previous, references)
    place = previous.place
    if _launch_site_told(clause, st, previous, references):
        return
    if place is None:
        _apposed_name(clause, st, previous)
        if previous.place is None:
            _scene_told(clause, st, previous, references)
        return
    if (
        (place.kind not in _REFINABLE and place.kind not in _MEASURED_AREAS)
        or not _refers_to(previous.type, references, st.lex)
        # the next sentence, also across a paragraph break: wire copy sets its lede apart,
        # and a definite noun of the event's kind still points back to it (session 29)
        or not (
            clause.sentence.index - previous.last_sentence == 1
            # "bebte im Bundesstaat X die Erde, das Epizentrum lag nahe Y": a later clause
            # of the event's own sentence refers to it as the next sentence does (session
            # 21, round 3)
            or (
                clause.sentence.index == previous.clause.sentence.index
                and clause.start >= previous.clause.end
            )
        )
    ):
        return
    if _another_time([clause], previous, st, unknown=False):
        return  # "The accident last year near Y": another one (session 29)
    lex = st.lex
    rest = [clause] + [
        c
        for c in st.neighbours(clause)
        if c.start >= clause.end and not any(lex.any_trigger.match(t.text) for t in c.tokens)
    ]
    for part in rest:
        toks = part.tokens
        for p in st.places_between(part.start, part.end):
            if not _finer_than(place, p, lex, regions=True):
                continue
            idx = part.index_at(p.start)
            cue = _cue(toks, idx, lex) if idx < len(toks) else None
            if cue is None or (cue in lex.outside and _precision_of(p, lex) != "point"):
                continue  # "just outside the town of X" is at X's edge (session 29)
            if cue in lex.directions and not (
                place.kind in _MEASURED_AREAS and _measured_within(toks, idx, lex, _REFINE_NEAR_KM)
            ):
                continue
            if place.kind not in _REFINABLE and cue not in lex.directions:
                continue  # a coast is refined only by a distance measured from a town
            previous.place, previous.place_method = p, "locative"
            return


# areas a distance from a town may refine: a whole country, a coast hundreds of kilometres
# long ("struck off Taiwan's east coast. The quake was centred 30 km east of X")
_MEASURED_AREAS = kinds_where("refined_by_distance")


def _measured_within(toks: Sequence[Token], idx: int, lex: _Lexicon, km: float) -> bool:
    """Is the place at ``idx`` the point a distance of at most ``km`` is measured from
    (``40 km south of X``, ``40 Kilometer südlich der Hafenstadt X``: a number and a unit
    of ``[places] distance_units`` at most three words before the direction)? A direction
    with no distance says nothing of how far, and is not read as near."""
    at = _cue_index(toks, idx, lex)
    if at is None:
        return False
    for j in range(at - 1, max(at - 4, 0), -1):
        unit = toks[j].fold
        if unit not in lex.distance_units:
            continue
        m = _DISTANCE_NUMBER.fullmatch(toks[j - 1].text)
        if m is None:
            return False
        whole, part = m.group(1), m.group(2)
        # a separator before three digits groups thousands in both languages ("1,200 km",
        # "1.200 Kilometer"), before one or two it is a decimal ("2.5 km", "2,5 Kilometer")
        if part is None or len(part) == 3:
            value = float(whole + (part or ""))
        else:
            value = float(f"{whole}.{part}")
        if unit.startswith(("mi", "meil")):
            value *= _KM_PER_MILE
        return value <= km
    return False


def _agreement_topics(
    clause: _Clause, clause_places: Sequence[Place], lex: _Lexicon
) -> frozenset[int]:
    """The places an agreement or talks are about, further into the topic phrase than
    :func:`_topic_of` reads (there the place's own preposition is the topic's):
    ``unterzeichneten ein Abkommen über die Nutzung des Wassers aus dem <Fluss>``,
    ``Gespräche über die Lage in <Region>``. A river, a sea, a region or a country anywhere
    after a topic head and its preposition (``[places] topic_heads``, ``topic_preps``) is
    what was agreed or discussed, not where; a town there may be where it was signed (``ein
    Abkommen über Wasser in <Stadt>``) and stays a place. Session 14, h-evde."""
    toks = clause.tokens
    opens = [
        j
        for j, t in enumerate(toks)
        if j > 0 and t.fold in lex.topic_preps and toks[j - 1].fold in lex.topic_heads
    ]
    if not opens:
        return frozenset()
    out = set()
    for p in clause_places:
        if not p.resolved or _precision_of(p, lex) == "point":
            continue
        k = clause.index_at(p.start)
        if any(j < k for j in opens):
            out.add(k)
    return frozenset(out)


def _dated_by_reference(
    clause: _Clause, st: _State, previous: _Raw, references: Sequence[str]
) -> None:
    """``Islamisten haben im Norden Mosambiks ein Dorf überfallen. Der Angriff ereignete sich
    am Sonntag in der Provinz X``: wire copy often tells the event first and its day in the
    next sentence, which only refers back to it (a definite noun of its type, the next
    sentence of its paragraph). An event with no time of its own takes that sentence's day
    (a weekday, a date, a night; not a relation such as ``zwei Tage später``). Session 14,
    h-evde."""
    if previous.time is not None or previous.dated_by_saying:
        return
    lex = st.lex
    if (
        not _refers_to(previous.type, references, lex)
        or clause.paragraph != previous.clause.paragraph
        or clause.sentence.index - previous.last_sentence != 1
    ):
        return
    value = _own_day(clause, st)
    if value is not None:
        previous.time, previous.time_ref_type = value, None


def _reason_asked(
    clause: _Clause,
    trig_i: int,
    kind: str,
    spans: Sequence[object],
    told: Set[tuple[str, str | None]],
    lex: _Lexicon,
) -> bool:
    """Does the clause ask why an event told before happened (``It was not immediately
    clear why the town had been targeted``, ``Warum das Dorf überfallen wurde, blieb
    unklar``)? A reason word (``[clauses] reason_words``) before the trigger, no time of the
    clause's own, and an event of the trigger's type or a related one (``related_types``)
    already told: the writer asks about that event, there is no new one. With a time of its
    own (``No one knows why the bridge collapsed in Genoa on Tuesday``) or nothing of its
    kind told before (``did not say why they arrested two men``) the clause still reports."""
    if spans or not lex.reason_words:
        return False
    if lex.reason_words.isdisjoint(clause.reading.folds[:trig_i]):
        return False
    return any(_refers_to(t, (kind,), lex) for t, _ in told)


# how far past its radius a province may hold the town the story goes on in (a province's
# radius is its area's, its outline is no disc), and the reach of one with no radius known
_AREA_SLACK = 1.25
_AREA_REACH_KM = 250.0


def _next_scene_narrows(raws: list[_Raw], st: _State, gaz: GazetteerAPI) -> None:
    """An event its own clause placed in an area (a country, a compass part of one, a
    province) takes the town where the story goes on in the very next sentence, when that
    sentence tells an event of its kind (or a related one, ``[time.relative] related_types``)
    placed by its own clause at a town inside that area
    (``Oil workers in Argentina's southern province of A went on strike on Wednesday. /
    Strikers blocked the road to the oil fields outside B``; ``Bewaffnete haben im
    Nordwesten Nigerias 60 Dorfbewohner verschleppt. Die Angreifer überfielen ... das Dorf
    B``); the events carried from it take the town too.

    Why: the lede names the area for the reader abroad and the next sentence the scene; a
    reader asked where it happened names the town. The evidence is the text's structure,
    not a word list: the very next sentence, in the same paragraph or after a lede set apart
    as its own paragraph (wire copy), an event of the same kind at a town the gazetteer puts
    inside the lede's area (the country's compass part, ``_compass.lies_in_part``; a
    province's radius), with no time of its own other than the lede's (``Am Vortag``), and
    the first town that sentence names. A travel, a meeting or an arrest in the next
    sentence is no scene of a clash or a crash (``reiste nach A``, ``troops arrived from
    A``: another kind). A
    town a direction is given from (``1,700 km south of B``) is no scene, nor one end of a
    road (``zwischen A und B``); origins and comparisons the next event's own place
    chooser has already passed over (its place is its own clause's scene). The
    lede's place is the held-out classes' commonest wrong one (too coarse, the town only in
    a later sentence; session 32, h32-place); ``_read_elsewhere`` takes such a town only from
    a sentence that reports no event."""
    sentences = st.doc.sentences
    for i, r in enumerate(raws):
        area = r.place
        if (
            area is None
            or r.place_method != "locative"
            or area.role != "name"
            or not area.resolved
            or not _story_area(area)
        ):
            continue
        index = r.clause.sentence.index
        if index + 1 >= len(sentences):
            continue
        text = st.doc.text
        if "\n" in text[r.clause.sentence.end : sentences[index + 1].start] and not (
            _alone_in_paragraph(st.doc, index)
        ):
            continue  # a paragraph of several sentences ends: the next one may turn away
        nxt = _first_placed_in(raws, i + 1, index + 1)
        if (
            nxt is None
            or nxt.place is None
            or nxt.place_method not in _OWN_TOWN_METHODS
            or not _same_story_kind(r, nxt, st.lex)
            or _other_time(r, nxt)
            or _another_thing(r, nxt, st)
        ):
            continue
        town = nxt.place
        if (
            not _finer_than(area, town, st.lex)
            or town.lat is None
            or town.lon is None
            or _direction_from(town, st)
            or _town_before(town, sentences[index + 1], st)
            or not _holds(area, town, r, st, gaz)
        ):
            continue
        was = r.place
        r.place, r.outside, r.place_method = town, False, "locative"
        r.part = None
        for o in raws[i + 1 :]:
            if o is nxt:
                continue
            if o.place is not was:
                if o.place_method not in ("carried", "there", "back_reference"):
                    break
                continue
            o.place = town
            o.part = None


def _first_placed_in(raws: Sequence[_Raw], start: int, index: int) -> _Raw | None:
    """The first event from ``raws[start]`` on that has a place and stands in sentence
    ``index``; the events are in text order, so the search stops past that sentence."""
    for k in range(start, len(raws)):
        o = raws[k]
        at = o.clause.sentence.index
        if at > index:
            return None
        if at == index and o.place:
            return o
    return None


def _story_area(area: Place) -> bool:
    """Is ``area`` of a kind a lede names for the reader abroad (a container that is no local
    setting and stands in none: a country, maybe a compass part of it, a first-level
    province)? A district is already the scene's own unit (``local``, or ``held_by_container``)."""
    info = kind_info(area.kind)
    return info.contains_places and not info.local and not info.held_by_container


def _same_story_kind(r: _Raw, nxt: _Raw, lex: _Lexicon) -> bool:
    """Is ``nxt`` of ``r``'s kind: its type or a related one, and the same sub-kind when both
    have one (``Soldiers seized a fishing boat off southern X. The crew were arrested in the
    port of A``: a seizure at sea and an arrest ashore are two strategic developments, two
    scenes)?"""
    if not (_refers_to(r.type, (nxt.type,), lex) or _refers_to(nxt.type, (r.type,), lex)):
        return False
    return r.type != nxt.type or not (r.sub_kind and nxt.sub_kind) or r.sub_kind == nxt.sub_kind


def _another_thing(r: _Raw, nxt: _Raw, st: _State) -> bool:
    """Does the next sentence's event open with a definite noun the lede's clause never
    named (``A truck plunged into a canal in northern X. / The bus veered off a highway
    near A``: another vehicle, another crash)? The same noun (``Olive farmers ... / The
    farmers rallied``, a compound's head as ``_noun_named_again`` reads it) or a subject
    with no article (``Strikers blocked ...``, ``In A demonstrierten sie``) goes on with the
    story."""
    toks = nxt.clause.tokens
    if nxt.trigger_span is None:
        return False
    at = nxt.clause.index_at(nxt.trigger_span[0])
    told = [t.fold for t in r.clause.tokens if len(t.fold) >= _NAMED_AGAIN_MIN]
    lex = st.lex
    for k in range(min(at, _OPENING_NOUN + 1)):
        tok = toks[k]
        if (
            len(tok.fold) <= 2
            or not tok.text.isalpha()
            or not _definite(toks, k, lex)
            or tok.fold in lex.determiners
            or st.covers(tok.start)
            or (not lex.nouns_capitalised and tok.is_cap)
        ):
            continue
        if k + 1 < at and toks[k + 1].text.isalpha() and _definite(toks, k + 1, lex):
            continue  # not the noun's last word
        return not any(w.endswith(tok.fold) or tok.fold.endswith(w) for w in told)
    return False


def _other_time(r: _Raw, nxt: _Raw) -> bool:
    """Does the next sentence's event tell a time of its own that is not ``r``'s (``Am
    Vortag war in der nahen Stadt A ...``, ``On Saturday, ...``)? Then it is another
    happening of the story's kind, not the scene of this one."""
    later = nxt.time
    if later is None or later.kind == "context":
        return False
    first = r.time
    return first is None or later.relation is not None or later.date != first.date


def _town_before(town: Place, sentence: Sentence, st: _State) -> bool:
    """Does another town stand before ``town`` in its sentence (``auf der Fernstraße
    zwischen A und B``, ``from A to B``)? Then ``town`` is one end of a road or a route the
    event was placed at, not the one scene the sentence names first."""
    return any(
        p.resolved
        and p.role == "name"
        and p.id != town.id
        and kind_info(p.kind).event_specificity >= _POINT_SPECIFICITY
        for p in st.places_between(sentence.start, town.start)
    )


# how the next sentence's event must have been placed to name the story's town: by its
# own clause
_OWN_TOWN_METHODS = frozenset({"locative", "descriptive"})


def _admin1_code(area: Place, gaz: GazetteerAPI) -> str | None:
    """The GeoNames admin1 code of the province ``area``: its seat's, when the gazetteer
    knows the seat and the seat lies in the province's country."""
    if not area.id or not _has_seats(gaz):
        return None
    seat = gaz.seat(area.id)
    if seat is None or seat.country_code != area.country_code:
        return None
    return seat.admin1 or None


def _holds(area: Place, town: Place, r: _Raw, st: _State, gaz: GazetteerAPI) -> bool:
    """Does ``area`` (a country, maybe a compass part of it the event's clause names, or a
    province) hold ``town``, as the gazetteer knows it? A province by its code: the one its
    seat bears (``Gazetteer.seat``) is the town's own (GeoNames' admin1 code); a province
    with no known seat, or a town with no code, by the province's radius (an elongated
    province's radius is short of its far ends, so the code comes first)."""
    assert town.lat is not None and town.lon is not None
    part = _compass_target(r, st, gaz)
    if area.kind == "country":
        if part is None or part[1].id != area.id:
            return True  # _finer_than asked for the same country
        return lies_in_part(gaz, area, part[0], town.lat, town.lon)
    if area.kind == "admin1" and (code := _admin1_code(area, gaz)) is not None:
        own = gaz.get(town.id) if town.id else None
        if own is not None and own.admin1:
            return own.admin1 == code
    if area.lat is None or area.lon is None:
        return False
    cand = gaz.get(area.id) if area.id else None
    radius = cand.radius_km if cand is not None and cand.radius_km else None
    reach = radius * _AREA_SLACK if radius else _AREA_REACH_KM
    return geodesic_km(area.lat, area.lon, town.lat, town.lon) <= reach
