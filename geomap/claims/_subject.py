"""The subject of a claim: the place a stated distance is said of.

:func:`_pick_subject` tries, in order, a relative clause continuing the previous claim, a
coordinated second distance, a place of the distance's own clause, the structural walk over
the clauses before the quantity (:func:`_structural_subject`: appositions, a clause opening
with its verb, a fronted locative), and a pronoun's place. It is separate because it is the
largest single decision of the extractor and sits above the reference it builds on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from geomap.claims._context import (
    _FEW_WORDS,
    _behind_preposition,
    _clause_start_after_colon,
    _from_opener,
    _in_dateline,
    _is_setting,
    _lead_place,
    _on_graticule,
    _opens_story,
    _place_in,
    _story_start,
    _tail_place,
    _there_place,
    _where_it_lies,
)
from geomap.claims._described import (
    _described_start,
    _descriptive_kinds,
    _descriptive_opener,
    _fronted_seat_region,
    _introduced_unknown,
    _island_of_chain_head,
    _name_like,
    _namesake_seat,
    _region_modifier,
    _resolve_phrase,
    _shore_of,
    _speaker_place,
    _unknown_place,
)
from geomap.claims._lexicon import (
    _Syntax,
)
from geomap.claims._quantities import (
    Quantity,
    common_nouns,
)
from geomap.claims._ranges import (
    _FRONTED_WORDS,
    _fronted_direction,
)
from geomap.claims._reference import (
    _MAX_CLAUSES_BACK,
    _apposed_from,
    _ends_in_unknown_name,
    _possessive_neighbour,
    _qualifies_reference,
    _second_of_between,
    _set_off_destination,
    _set_off_origin,
    _unknown_name_between,
)
from geomap.claims._routes import (
    _halfway_aside,
)
from geomap.claims._sentence import (
    _CLAUSE_PUNCT,
    _MAX_PLACES_BACK,
    _apposed_description,
    _Built,
    _cut_apposition,
    _dateline_place,
    _ends_clause,
    _first_phrase,
    _is_agent,
    _is_area,
    _is_point,
    _Places,
    _previous_places,
    _relative_after,
    _SentencePlaces,
    _Structures,
    _Why,
)
from geomap.lexicons import (
    language_profile,
)
from geomap.model import (
    Document,
    EvidenceHow,
    Place,
    Sentence,
    kind_info,
)
from geomap.text import Clause, NounPhrase, SentenceStructure, Token

_FRONTED_GAP_WORDS = 6  # "Rund 280 km weiter nördlich meldete die estnische Hauptstadt X"


# A pronoun subject ("es liegt", "it is") is looked for this far back in the quantity's
# clause; a clause of news text is a few dozen words, and an unbounded look-back made a
# sentence of thousands of distances quadratic.
_PRONOUN_WINDOW_CHARS = 400


#: characters between a dateline and the hyphen after it ("NAIROBI (geomap) - ")
_DATELINE_GAP = 24


# An insertion (apposition, parenthesis) opens right after a place and closes before the
# quantity: "Charkiw, die zweitgrößte Stadt der Ukraine, liegt", "Kharkiv (Ukraine) is".
_OPEN_INSERT = re.compile(r"\s{0,2}[,(–—]\s{0,2}[^,()–—]{0,60}$")


_CLOSE_INSERT = re.compile(r"^[^,()–—]{0,60}[,)–—]")


# German verb-final clause, then the distance as an apposition to the place:
# "... in Komsomolsk am Amur besichtigen, knapp 280 Kilometer nordöstlich von ..."
_VERB_COMMA = re.compile(r"(?:\s{1,3}[^\W\d_]{1,30}){1,2}\s{0,2},\s{0,2}")


_SUBJECT_COMMA = re.compile(r"\s{0,2}[,(–—]\s{0,2}[^,;:()\[\]\"“”„.!?]{0,40}")


_LOCATIVE_GAP_CHARS = 40  # "Mendoza auf der anderen Seite der Anden": a short phrase


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
            mode == "relative"
            and k == ci - 1
            and prev_c.kind == "adjunct"
            and (tail := _tail_place(st, prev_c.first, prev_c.last, in_sent)) is not None
            and tail is not reference
            and tail.resolved
            and _is_point(tail)
            and not _is_setting(tail)
            and _ends_clause(st, prev_c, tail)
        ):
            # "near <A>, a town N km from the capital, before tearing through <B>, which
            # lies N km south of <C>": a relative pronoun right after a prepositional
            # phrase that ends in a point place refers to that place (its nearest noun),
            # as after an apposition (above); walking past the phrase took the chain's
            # first place and called a true sentence inconsistent (session 32)
            return tail, "relative clause", tail.start, tail.end
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


def _owner_modifier(in_sent: _SentencePlaces, np: NounPhrase) -> bool:
    """The only places inside ``np`` are countries or first-level regions before its
    head (``Togo's capital``, ``Kroatiens Hauptstadt``): they say whose the head is, like
    a determiner, and are not what the phrase stands for."""
    inside = [p for p in in_sent if np.start <= p.start < np.end]
    return bool(inside) and all(
        p.end <= np.head.start and (p.kind == "country" or (p.id or "").startswith("admin1:"))
        for p in inside
    )


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
    if (
        got is not None
        and got[1] == "description"
        and sent.start <= got[3] <= q.start
        and _unknown_name_between(st, got[3], q.start, syn)
    ):
        # "The town's market was under water, and <Name>, some N km further east, lost its
        # bridge": the coordinated name the geoparser did not resolve is the distance's
        # own subject; the description before it is the other clause's (session 32b: the
        # town read so made a true claim inconsistent)
        return None
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
    *,
    relative_only: bool = False,
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
    the amount (``an estimated N km``, lexicon ``amount_words``). With ``relative_only``
    only the third position is read, and only for a relative clause: the distance's clause
    is about its antecedent (``... rescued 11 crew from a supply vessel that lost power about
    N nautical miles off <Y>``)."""
    st = structures.of(sent)
    ci = st.clause_index(q.start)
    if ci < 0:
        return False
    c = st.clauses[ci]
    if relative_only and (ci == 0 or c.kind != "relative"):
        return _unnamed_antecedent_inline(st, c, q, in_sent, syn)
    toks = st.tokens
    lex = syn.phrases
    kq = min(st.token_index(q.start), c.last + 1)
    k = c.first
    while k < kq and (toks[k].fold in lex.particles or toks[k].fold in lex.coordinators):
        k += 1
    # (where the phrase is, where its words must end, whether it opens the clause)
    candidates = [(k, kq, True)] if k < kq and not relative_only else []
    j = kq - 1
    while j > c.first and kq - j <= _FEW_WORDS and toks[j].fold not in lex.function_words:
        j -= 1
    if c.first <= j < kq - 1 and j != k and not relative_only:
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
        if relative_only and not _thing_phrase(toks, a, stop, syn):
            continue
        if _unnamed_phrase(toks, a, stop, syn, definite=opens) and not any(
            toks[a].start <= p.start < q.start and p is not skip for p in in_sent
        ):
            return True
    return False


#: how many words a relative clause may hold before its distance (``that lost power``)
_RELATIVE_WORDS = 6


def _unnamed_antecedent_inline(
    st: SentenceStructure, c: Clause, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> bool:
    """A relative clause the parser did not set off (no comma: ``a supply vessel that lost
    power about N nautical miles off <Y>``): a relative pronoun (lexicon
    ``relative_pronouns``) at most :data:`_RELATIVE_WORDS` words before the distance in its
    clause, with no place between them, right after a phrase that names a thing or an
    unnamed place (:func:`_unnamed_phrase`, as the clause's subject would). Bounded: one
    backward scan of a few tokens and one of the phrase."""
    toks = st.tokens
    lex = syn.phrases
    kq = min(st.token_index(q.start), c.last + 1)
    r = kq - 1
    while r > c.first and kq - r <= _RELATIVE_WORDS and toks[r].fold not in lex.relative_pronouns:
        r -= 1
    if r <= c.first or toks[r].fold not in lex.relative_pronouns:
        return False
    if any(toks[r].start <= p.start < q.start for p in in_sent):
        return False
    j = r - 1
    while j > c.first and r - j <= _FEW_WORDS and toks[j].fold not in lex.function_words:
        j -= 1
    if j >= r - 1 or toks[j].fold not in lex.function_words:
        return False
    return _thing_phrase(toks, j, r, syn) and not any(
        toks[j].start <= p.start < toks[r].start for p in in_sent
    )


def _thing_phrase(toks: Sequence[Token], a: int, stop: int, syn: _Syntax) -> bool:
    """The phrase from determiner ``a`` up to ``stop`` names a thing (lexicon
    ``thing_nouns``: ``a supply vessel``, ``eines Frachters``), never a place of a kind
    (``a fishing town that lies N km ...`` after ``It is`` describes the pronoun's place)."""
    return _unnamed_phrase(toks, a, stop, syn, definite=True) and any(
        syn.thing_noun.fullmatch(t.text) is not None for t in toks[a + 1 : stop]
    )


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
