"""Events: the place a clause gives its event.

``_place`` picks the place of one clause: its own place phrase, what nests in what (a town
in its region, a coast, an island), distances and water, the readings of a name (admin unit,
island, adjective), capitals and seats, back references (``the facility``), cues and scenes
told in the story so far. Separate because it decides *where* from the clause and what was
named before it; datelines and carry-over across sentences are :mod:`geomap.events._carry`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources

from geomap.events._actors import (
    _FEATURE_SLACK,
    _after_preposition,
    _cue,
    _cue_index,
    _demonym,
    _is_feature,
    _is_title,
    _is_title_next,
)
from geomap.events._origins import (
    _NESTED_PENALTY,
    _body_of,
    _border_as_modifier,
    _capital,
    _fired_from,
    _impact_after,
    _in_agent_name,
    _is_capital,
    _noun_origin,
    _origin_near,
    _origin_of_thing,
    _people_after,
    _people_from,
    _people_from_reference,
    _precision_of,
    _protest_target,
    _reference_point,
    _relative_penalty,
    _route_end,
    _route_pair_ends,
    _route_pair_starts,
    _sea_as_modifier,
    _source_of,
    _subject_destination,
)
from geomap.events._sentences import _Clause, _Spans
from geomap.events._state import _WORD, _Raw, _State
from geomap.events._timeexpr import TimeSpan, TimeValue, relative_pronouns
from geomap.events._triggers import (
    _OBJECT_REACH,
    _POSSESSIVE_ENDINGS,
    _bare_plural,
    _charge_word,
    _indefinite,
    _journey_home,
)
from geomap.events._vocabulary import (
    _CUE_WINDOW,
    _EVENT_COMPLEMENT,
    _WEAK_PLACE_WINDOW,
    _Lexicon,
    _Trigger,
)
from geomap.geometry import geodesic_km
from geomap.geoparse import WEIGHTS
from geomap.lexicons import place_lexicon
from geomap.model import LINE_GEOMETRIES, Alternative, Document, Place, kind_info, kinds_where
from geomap.text import Token, word_units


def _place(
    clause: _Clause,
    lex: _Lexicon,
    places: Sequence[Place],
    used: set[int],
    previous: _Raw | None,
    earlier: Sequence[Place],
    *,
    dateline: tuple[int, int] | None = None,
    weak_at: int | None = None,
    trig_i: int = 0,
    skip: Set[int] = frozenset(),
    launch: bool = False,
    hazard: bool = False,
    site_kinds: Set[str] = frozenset(),
    verb_at: int | None = None,
    topics: Set[int] = frozenset(),
    trigger_at: int | None = None,
    travel: bool = False,
    kind_of: str | None = None,
    taken_from: bool = False,
    sub_kind_of: str | None = None,
    spoken: Set[int] = frozenset(),
    home: str | None = None,
    placed_at: Set[int] = frozenset(),
    unplaced_after: int | Callable[[], int] = -1,
    own_day: Callable[[int], bool] | None = None,
) -> tuple[Place | None, bool, str | None, bool]:
    """The clause's place, whether it was introduced by "outside"/"außerhalb", and how it
    was chosen (``locative``, ``there``, ``back_reference``), and whether a launch named only
    its target (then no other place is carried over to it).

    ``places`` are the clause's places (``used`` holds the ``id`` of those that are actors),
    ``earlier`` the places of the sentences before that a kind noun may point back to. The
    dateline names where the report was filed, not where the event happened. A verb of
    saying (``weak_at``) takes only a place right after it ("said in Tokyo"). A place of
    one of ``site_kinds`` (``[places.site_kinds]``: a volcano for an eruption) is the
    event's own site and beats every locative phrase around it ("Auf der Insel Java ist der
    Vulkan Merapi ausgebrochen" is at Merapi). ``verb_at``: the trigger when it is a verb (a
    place in a predicate coordinated before it is not its place). ``taken_from``: an
    abduction, whose people's town (``farmers from X``) is where they were taken when the
    clause names no other place. ``sub_kind_of``: the trigger's sub-kind (an agreement's
    plan after ``to``, ``[places] content_kinds``, is not where it was signed). ``home``:
    the dateline town's country, the one a bare ``the capital`` means when no place before
    it names one.
    """
    toks = clause.tokens
    best: tuple[float, int, Place, bool, str] | None = None
    # the first word after the trigger that opens an agreement's plan ("to build ..."), or
    # a court's charge ("for the killings in Y"); places after it are the plan's or the
    # crime's (session 14)
    content_at = (
        _content_start(toks, trig_i, lex)
        if f"{kind_of}.{sub_kind_of}" in lex.content_kinds
        else len(toks)
    )
    charge_at = (
        next(
            (
                j
                for j in range(trig_i + 1, len(toks))
                if _charge_word(toks, j, lex)
                or (kind_of == "court" and toks[j].fold in lex.court_charge_preps)
            ),
            None,
        )
        # session 19: an arrest's reason too ("Police in A arrested a man over a knife attack
        # at a station in B": the attack's place, not the arrest's)
        if kind_of == "court" or sub_kind_of == "arrest"
        else None
    )
    # a predicate coordinated after a verb trigger ("and crossed back into X"): where its
    # people went next (session 14, round 2)
    onward_at = (
        _onward_start(toks, verb_at, lex)
        if verb_at is not None and not travel and lex.onward_preps
        else len(toks)
    )
    targeted = False
    taken: Place | None = None
    home_goal = travel and any(t.fold in lex.home_goals for t in toks[trig_i + 1 :])
    # where the way home began ("returned home from a summit in <A>"): no place after it
    home_from = (
        next((k for k in range(trig_i + 1, len(toks)) if toks[k].fold in lex.origins), len(toks))
        if home_goal
        else len(toks)
    )

    def offer(score: float, pos: int, place: Place, outside: bool, how: str = "locative") -> None:
        nonlocal best
        if best is None or score > best[0]:
            best = (score, pos, place, outside, how)

    places = [
        p
        for p in places
        if p.mention.casefold() not in lex.org_words  # "Police"
        and not _opening_event_word(clause, p, lex)  # "Artillery units fired"
        and not _name_fragment(clause.text, p, places, lex)  # "Mont" of "Mont-<Name>"
    ]
    if home_goal and (owner := _journey_home(clause, trig_i, places, used)) is not None:
        return owner, False, "locative", False  # "<Land>'s president returned home": <Land>
    place_spans = _Spans([(p.start, p.end) for p in places if p.role in ("name", "derived")])
    named: list[list] = []  # [score, first token, last token, place, outside, cue]
    bracketed: set[int] = set()  # countries in brackets after a town of theirs
    topic_end = -10  # last token of a place read as a topic ("on the A and B rivers")
    # a launch's missile that "landed in" or "fell into" a sea after it: where it came down
    # is the impact's place, not the launch site (ACLED places a launch where it was fired)
    fell_at = _impact_after(toks, trig_i, lex) if launch else len(toks)
    # a preposition before the trigger verb governs its own phrase, never a place after the
    # verb ("Jets from A bombed the city of B": B is the verb's object, not from where);
    # the verb ends a cue's walk back as a skipped word does (session 27)
    wskip = skip if verb_at is None else skip | {verb_at}
    for p in places:
        if id(p) in used or not p.resolved or p.role not in ("name", "derived"):
            continue
        if dateline and dateline[0] <= p.start < dateline[1]:
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks) or idx in skip:
            continue
        if weak_at is not None and not 0 < idx - weak_at <= _WEAK_PLACE_WINDOW:
            continue  # a verb of saying takes only a place right after it (the window first:
            # the substrate's phrase may parse the sentence)
        cue = _cue(toks, idx, lex, wskip) or _phrase_cue(clause, toks, idx, lex, wskip)
        if weak_at is not None and not cue:
            continue
        kind = "derived" if p.role == "derived" else p.kind
        if kind == "country" and _people_after(toks, p, idx, lex):
            continue  # "fired tear gas at Somali refugees": whose, not where
        if kind == "country" and _bracketed_country(toks, p, idx, places):
            bracketed.add(id(p))  # "Behörden in X (Land)": says where X lies, no candidate
        if _people_from(toks, idx, lex):
            if taken_from and taken is None and idx > trig_i:
                # "abducted 20 villagers from X": where they were taken, if no other place;
                # not the doers' base before the verb ("Gunmen from X kidnapped ...")
                taken = p
            continue  # "zwei Menschen aus Eritrea", "migrants from Eritrea": whose, not where
        if (
            not travel
            and not launch
            and kind_of != "statement"  # "addressed the nation from X": spoken there
            and _origin_of_thing(toks, idx, trig_i, lex, wskip)
        ):
            continue  # "sentenced a former commander from X", "imports from X": whose
        # "Ein Mann aus X wurde in Y festgenommen": the man's town yields to where
        noun_origin = (
            not travel
            and not launch
            and kind_of != "statement"
            and _noun_origin(toks, idx, trig_i, lex, wskip)
        )
        if _in_agent_name(toks, idx, lex):
            continue  # "durch Kämpfer der Miliz Islamischer Staat in der Sahelzone": a name
        if kind == "country" and _body_of(toks, idx, lex):
            continue  # "Das Oberste Gericht von Bangladesch": whose court, not where
        if kind == "country" and not cue and not (hazard and idx > trig_i):
            # a country without a preposition is a subject or an object; the object of a
            # hazard is where it struck ("a quake jolted northern Japan")
            continue
        if (cue in lex.topic_preps and _topic_of(toks, idx, cue, lex)) or (
            0 < idx - topic_end <= 2 and toks[idx - 1].fold in lex.coordinators
        ):
            # "signed a declaration on the X river": what it is about, not where; so is a
            # place coordinated with it ("on the A and B rivers")
            topic_end = clause.index_at(max(p.start, p.end - 1))
            continue
        if launch and _sea_beside(toks, idx, lex):
            targeted = True
            continue  # "fired a missile into the sea east of X": where it came down
        if launch and cue in lex.targets and not _own_site(p, cue, places, lex):
            targeted = True
            continue  # "launched missiles at Israel": the target is not the launch site
        if launch and cue in lex.launch_into and _origin_named(clause, toks, places, lex, skip):
            targeted = True
            continue  # "from a province into the Yellow Sea": where it fell, not the site
        if idx > fell_at:
            targeted = True
            continue  # "fired a missile that fell into the sea off X": where it came down
        if idx in topics:
            continue  # "condemned the attack on a market in Kidal": what was condemned
        if idx > content_at and cue in lex.content_routes:
            continue  # "signed a deal to build a railway to the port of X": the plan's place
        if idx == trigger_at:
            continue  # "in Brand geraten": the trigger noun is no town of that name
        if _based_at(toks, idx, p, lex):
            continue  # "ein in Tiflis ansässiger Journalist": where someone is based
        if not travel and _journey_to(toks, idx, lex):
            continue  # "arrested as he tried to board a flight to X": not where
        if idx > onward_at and cue in lex.onward_preps:
            continue  # "were released and crossed back into X": where they went next
        if _source_of(toks, idx, lex):
            continue  # "nach Angaben Südkoreas": who says so, not where
        if p.kind == "border" and _border_as_modifier(toks, p, lex):
            continue  # "the Congolese border town of X": a kind of town, not the border
        if p.kind in ("ocean", "sea") and _sea_as_modifier(toks, p, lex):
            continue  # "across the Pacific island nation": a kind of country, not the ocean
        featured = _feature_before(toks, idx, lex)
        if (
            not cue
            and not featured
            and not (hazard and idx > trig_i)  # "flooded large parts of <town>"
            and _after_preposition(toks, idx, lex)
            and not _feature_after(toks, idx, p, lex)  # "the terminals of <town> port"
            and not _between_first_end(toks, idx, lex)  # "on the road between <town> and ..."
        ):
            continue  # "Group of Seven", "gegen Pakistan": not where it happened
        p = _adjective_reading(
            toks,
            idx,
            _island_reading(toks, idx, _admin_reading(toks, idx, p, lex), lex),
            places,
            lex,
        )
        kind = _scoring_kind(p)
        # a feature word names the place precisely: "the port city of <A>" (not the
        # sea of "the <Sea> port of <B>"), "der <adjective> Stadt <C>"
        score = kind_info(kind).event_specificity + (2 if cue else 0) + (1.5 if featured else 0)
        if kind in site_kinds:
            score += _SITE_BONUS
        if not cue and _between_first_end(toks, idx, lex):
            # the first end of "the road between A and B" yields to any other place of the
            # clause but a border line (_border_yields): alone it places the event
            score -= _NESTED_PENALTY
        if home_goal and (cue in lex.origins or idx > home_from):
            continue  # "returned home from <A>": the journey ended at home, not at A
        if travel and cue in lex.origins:
            score -= _ORIGIN_PENALTY  # "kehrte aus Peking nach Oslo zurück": Oslo
        if noun_origin:
            # a noun's origin yields to any other place of the clause; alone it still
            # places the event, as before (a talk "mit seinem Amtskollegen aus X" with no
            # other place keeps X and the story's day that comes with a place)
            score -= _NESTED_PENALTY
        if travel and cue in lex.journey_preps:
            # "flog nach Gesprächen in X weiter nach Y": a journey is where it went; a place
            # of a stop or talks on the way yields (session 18)
            score += _DESTINATION_BONUS
        if idx > content_at and cue not in lex.content_routes:
            # "signed a deal to end the war at a ceremony in X": the plan's words may still
            # hold where it was signed; such a place yields to any before the plan
            score -= _NESTED_PENALTY
        if kind_of == "protest" and _protest_target(toks, idx, trig_i, lex):
            # "protested in A against a ban decided by the government in B": what the
            # protest is against yields to where it was held (session 19)
            score -= _NESTED_PENALTY
        if kind_of == "strike" and _fired_from(toks, idx, lex):
            # "X's port was shelled from positions near Y", "Xs Hafen wurde von Stellungen
            # nahe Y aus beschossen": where the fire came from yields to what it hit; alone
            # it still places the strike (session 20, round 3)
            score -= _NESTED_PENALTY
        if charge_at is not None and idx > charge_at:
            # "A court in X sentenced him for the killings in Y": the crime's place yields
            # to the court's; alone it is still the best the clause gives
            score -= _NESTED_PENALTY
        last = idx
        while last + 1 < len(toks) and toks[last + 1].start < p.end:
            last += 1
        named.append([score, idx, last, p, cue in lex.outside if cue else False, cue])
    _nesting(named, toks, lex)
    _coast_apposition(named, toks, lex)
    if bracketed:
        # the country only located its town (the nesting above read it so); it is no
        # candidate of its own when the town yields to another place
        named[:] = [entry for entry in named if id(entry[3]) not in bracketed]
    _route_ends(named, toks, lex)
    _route_modifier(named, toks, lex)
    _relative_aside(named, clause, toks, lex, trig_i)
    _opened_event_phrase(named, clause, toks, lex, trig_i, kind_of)
    _compared_with(named, toks, lex)
    _passed_by(named, toks, lex)
    _border_yields(named, lex)
    if not travel and not launch:
        _route_pair_ends(named, toks, lex)
        _subject_destination(named, toks, lex, trig_i)
        _origin_near(named, toks, lex, trig_i, skip)
    _modifiers(named, toks, lex)
    _possessive_unit(named, toks)
    _measured_from(named, toks, lex)
    _water_measured_from(named, toks, lex)
    _subject_seat(named, toks, lex, trig_i, len(toks) if charge_at is None else charge_at)
    _noun_seat(named, toks, lex)
    _area_holds_town(named, toks, lex)
    if verb_at is not None:
        _other_predicate(named, toks, verb_at, lex, bool(lex.seated.match(toks[verb_at].text)))
    for score, idx, _, p, outside, _ in named:
        offer(score, idx, p, outside)
    firsts = lex.seat_phrase_firsts
    for i, tok in enumerate(toks if weak_at is None else ()):
        low = tok.fold
        if (
            low not in lex.here
            and not (i == 0 and low in lex.relative_here)
            and not lex.place_words.match(tok.text)
            and firsts is not None
            and low not in firsts
        ):
            continue  # no word of place or "there": nothing below reads it
        if place_spans.covers(tok.start):
            continue
        existential = i + 1 < len(toks) and toks[i + 1].fold in lex.not_here_before
        if (
            i == 0
            and low in lex.relative_here
            and (antecedent := _antecedent(clause, earlier)) is not None
        ):
            # "in the district of X, where a landslide buried three houses": X, not the
            # place of the event before (fifteenth session)
            offer(4.5, i, antecedent, False, "there")
            continue
        if low in lex.here and not existential and previous and previous.place is not None:
            # a sentence after the event before that names a town is what "dort" points
            # to ("Flüchtlinge erreichten die Stadt X. Dort wurden ... entführt" when the
            # arrival is read as no event): the nearer antecedent (session 20)
            newer = _named_after_event(tok, earlier, previous, clause.quotes)
            if newer is not None and _told_in_event_phrase(clause.text, newer, lex):
                # "It was the worst unrest since the 2019 protests in B. Police arrested
                # 20 miners there": B only names the past event compared with (session 23)
                newer = None
            offer(
                4.5 - _relative_penalty(toks, i, trig_i, lex),
                i,
                newer or previous.place,
                False,
                "there",
            )
            continue
        if low in lex.here and not existential and (there := _named_before(tok, earlier)):
            # no event before to point to: the place named last ("Nordkorea hat das
            # Startgelände X ausgebaut. Am Montag startete von dort eine Rakete")
            offer(4.0 - _relative_penalty(toks, i, trig_i, lex), i, there, False, "there")
            continue
        if not lex.place_words.match(tok.text) and firsts is not None and low not in firsts:
            continue  # no capital, embassy, seat or kind noun: nothing below reads it
        cue = _cue(toks, i, lex, skip)
        if i in skip or not (
            cue
            or _hazard_object_capital(toks, i, lex, hazard, trig_i)
            or _object_reference(toks, i, lex, kind_of, trig_i)
            or _owned_feature(toks, i, lex, trig_i)
        ):
            continue
        if (
            lex.capital.match(tok.text)
            and not (lex.nouns_capitalised and not tok.is_cap)
            and not _capital_not_seat(toks, i, lex)
            and not _regional_rank(toks, i, lex)
        ):
            capital = _capital_of(toks, i, lex, places, earlier, home)
            if capital is not None:
                # "in Gazipur nördlich der bangladeschischen Hauptstadt": measured from, as a
                # named reference point is (_measured_from), it yields to the town before it
                measured = _direction_before(toks, i, lex) and any(
                    entry[1] < i and _precision_of(entry[3], lex) == "point" for entry in named
                )
                score = 6.0 - (_NESTED_PENALTY if measured else 0.0)
                offer(score, i, capital, cue in lex.outside, "descriptive")
                continue
        if (
            cue
            and lex.embassies.match(tok.text)
            and not (lex.nouns_capitalised and not tok.is_cap)
            and (host := _embassy_capital(toks, i, lex, places, earlier, dateline)) is not None
        ):
            # "outside the Tajik embassy": in the host country's capital, as a seat of state
            offer(_SEAT_SCORE, i, host, False, "descriptive")
            continue
        if (
            cue
            and i <= content_at  # "voted to ask the national parliament": the plan's words
            and (lex.seats.match(tok.text) or _phrase_at(toks, i, lex.seat_phrases))
            and not (lex.nouns_capitalised and not tok.is_cap)
            and (seat := _seat_capital(toks, i, lex, places, earlier)) is not None
        ):
            # below a town named in the clause, above its country ("vor dem Parlament in X")
            offer(_SEAT_SCORE, i, seat, False, "descriptive")
            continue
        for kind, pat in lex.back_reference:
            if not pat.match(tok.text) or (lex.nouns_capitalised and not tok.is_cap):
                continue
            if _indefinite(toks, i, lex) or _bare_plural(toks, i, lex):
                break  # "in einem Dorf bei X", "a village near X": a new place
            if _across_border(toks, i, lex):
                break  # "schloss die Grenze zum Nachbarland": the country across
            if _people_from_reference(toks, i, lex):
                break  # "Traders from around the district marched in X": whose, not where
            if _modifier_of_named_site(toks, i, places, lex):
                break  # "outside the town hall in X": X's hall, not the last town's
            if kind == "country" and _word_of_a_name(toks, i, lex):
                continue  # "at the State Palace": an institution's name, not "the state"
            if kind == "city" and _part_of_named_town(toks, i, places, lex):
                break  # "in <B> zogen Hunderte Menschen durch die Innenstadt": <B>'s
            if i > 0 and any(
                p.start <= toks[i - 1].start < p.end and p.kind != "country"
                for p in places
                if p.role == "name"
            ):
                break  # "from the Sunan airport": the name before it says which one
            # the clause's own actor is not what it refers to ("Australien schickte
            # Polizisten in den Inselstaat")
            # "the city of X" names its own place as "die Stadt X" does, and so does "die
            # Innenstadt von X" (a German "von" as an "of": [places] owner_prepositions)
            k = (
                i + 2
                if i + 2 < len(toks)
                and (
                    toks[i + 1].fold in lex.transparent
                    or toks[i + 1].fold in lex.owner_prepositions
                )
                else i + 1
            )
            goals = _flight_goals(clause, tok, lex)
            # "reiste von A in die Region": the clause's own origin is not what its back
            # reference means (session 21, round 2); worked out only here, where a back
            # reference is read, not for every clause
            origin_starts = {
                toks[j].start for j in range(1, len(toks)) if toks[j - 1].fold in lex.origins
            }
            pool = [
                p
                for p in earlier
                if id(p) not in used and p.start not in origin_starts and p.start not in goals
            ]
            ref = _back_reference(
                kind,
                tok,
                toks[k : k + 1],
                places,
                pool,
                clause.sentence.start,
                spoken,
                placed_at,
                unplaced_after,
                own_day,
            )
            if ref is None and kind == "facility":
                ref = _named_with_head(clause.text, tok, earlier)
            if ref is not None and (n := _introduced_head(toks, i, lex)):
                # "In der Hafenstadt" after "der Hafenstadt Obock" and a sentence about
                # Geneva: the place the same feature word introduced (session 16, h16-evde);
                # "in the port city" after "the port city of X" (session 20, round 2)
                ref = _introduced_with_head(clause.text, toks[i - n + 1 : i + 1], earlier) or ref
            if ref is not None and _is_capital(ref) and _small_head(toks, i, lex):
                # "travelled to the small town" after a protest in the capital: a small
                # place is no country's capital, so the latest other place of its kind
                # (session 24, h24-evplace)
                ref = _back_reference(
                    kind,
                    tok,
                    toks[k : k + 1],
                    places,
                    [p for p in pool if not _is_capital(p)],
                    clause.sentence.start,
                    spoken,
                    placed_at,
                    unplaced_after,
                    own_day,
                )
            if ref is not None:
                offer(
                    kind_info("region" if kind == "area" else kind).event_specificity
                    + 2.5
                    - _relative_penalty(toks, i, trig_i, lex),
                    i,
                    ref,
                    cue in lex.outside,
                    "back_reference",
                )
            break
    if best is None:
        if taken is not None:
            # an abduction that names no other place: the people's town is where they were
            # taken from ("Gunmen kidnapped 15 farmers from X", "entführten 15 Bauern aus X")
            return taken, False, "locative", targeted
        return None, False, None, targeted
    return best[2], best[3], best[4], targeted


def _clause_at(offset: int, st: _State) -> _Clause | None:
    """The clause of the document that holds ``offset`` (one bisection)."""
    if not st._starts:
        st._starts = [c.start for c in st.clauses]
    at = bisect.bisect_right(st._starts, offset) - 1
    return st.clauses[at] if at >= 0 else None


def _journey_to(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does the place at token ``idx`` follow a journey noun and a preposition of where it
    goes (``[places] journeys``, ``journey_preps``: ``a flight to X``, ``eine Fähre nach
    X``)? Then it is a destination."""
    return (
        idx >= 2 and toks[idx - 1].fold in lex.journey_preps and toks[idx - 2].fold in lex.journeys
    )


def _no_scene(p: Place, st: _State) -> bool:
    """Was ``p`` named only as where people come from (``Das Rote Kreuz schickte Helfer
    aus <city>``, ``Investigators from <country> arrived``), where someone is based (``The
    airline is based in <city>``) or as the point a distance is measured from (``Mubi lies
    200 km from <city>``, ``200 Kilometer von <city> entfernt``), or as the end of an armed
    group's name (``durch Kämpfer der Miliz X in der Sahelzone``)? Such a place is no scene:
    a later ``die Stadt``, ``the capital`` or ``there`` does not point to it, and no event
    is carried to it. An event's own clause still reads it (``attacked a village 30 km from
    <city>`` is near that city). Answered once per place (``st.origins``)."""
    known = st.origins.get(id(p))
    if known is None:
        clause = _clause_at(p.start, st)
        known = False
        if clause is not None:
            idx = clause.index_at(p.start)
            toks = clause.tokens
            known = idx < len(toks) and (
                _people_from(toks, idx, st.lex)
                or _based_at(toks, idx, p, st.lex)
                or _reference_point(idx, None, toks, st.lex)
                or _in_agent_name(toks, idx, st.lex)  # "der Miliz X in der Sahelzone"
                or _capital_seat(toks, idx, p, st.lex)  # "Die Regierung in X teilte mit"
                or _speaker_town(clause, idx, p, st)  # "..., the coast guard in X said"
                or _route_goal(toks, idx, st.lex)  # "cutting off the road to X"
            )
        st.origins[id(p)] = known
    return known


# How many tokens a verb of saying may stand from the town of its speaker ("teilte die
# Polizei in X mit": three; "the coast guard in X said": one).
_SPEAKER_REACH = 3
# how many words an attribution's comma may stand before the speaker's town (", the
# regional governor's office in X said": five)
_ATTRIBUTION_REACH = 6


def _speaker_town(clause: _Clause, idx: int, place: Place, st: _State) -> bool:
    """Is ``place``, at token ``idx``, only the town a source spoke from: right after ``in``
    (``[places] capital_body_preps``) and a verb of saying or its speaker, with a verb of
    saying at most ``_SPEAKER_REACH`` tokens away and no comma or event word between
    (``..., the coast guard in X said``, ``..., a spokesman said in X``, ``teilte die
    Feuerwehr in X mit``), when the story named another town or region before it?

    Why: such a town says where the source sits, not where anything happened; a later
    ``the town``, ``there``, ``in der Stadt`` or ``the same district`` means the scene named
    before it, and no event is carried to it (``A ferry ran aground off A, the rescue centre
    in B said. Police arrested the captain in the town`` is A; session 21, round 2). The
    capital of a body of government already was such a seat (:func:`_capital_seat`); a
    provincial town is one only when the source is named in an attribution after a comma
    (``Volunteers at precincts in X reported long lines`` speak from the scene) and an
    earlier town or region of the story can be the scene: a story whose first place is its
    source's town still points back to it."""
    lex = st.lex
    toks = clause.tokens
    if idx < 2 or toks[idx - 1].fold not in lex.capital_body_preps:
        return False
    if not (
        any("," in toks[j].gap_before for j in range(max(idx - _ATTRIBUTION_REACH, 1), idx))
        or (
            idx <= _ATTRIBUTION_REACH
            and clause.text[max(toks[0].start - 3, 0) : toks[0].start].strip().endswith(",")
        )
    ):
        return False
    head = toks[idx - 2]
    if lex.any_trigger.match(head.text) and not lex.any_weak.match(head.text):
        return False  # "met in X and said": the meeting's town
    says = None
    for j in range(max(idx - 2 - _SPEAKER_REACH, 0), min(idx + _SPEAKER_REACH + 1, len(toks))):
        if j in (idx - 1, idx) or not lex.any_weak.match(toks[j].text):
            continue
        lo, hi = (j, idx) if j < idx else (idx, j)
        between = toks[lo + 1 : hi]
        if any(lex.any_trigger.match(t.text) and not lex.any_weak.match(t.text) for t in between):
            continue
        if any(any(c in t.gap_before for c in ",;:") for t in toks[lo + 1 : hi + 1]):
            continue  # "..., in X, officials said": another clause's town
        says = j
        break
    if says is None:
        return False
    dateline = st.dateline
    return any(
        q.resolved
        and q.role == "name"
        and q.kind != "country"
        and q.kind not in _WATER_KINDS
        and q.name != place.name
        and not (dateline and dateline[0] <= q.start < dateline[1])
        for q in st.places_between(0, place.start)
    )


def _route_goal(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` only where a road or a line leads (``[places] route_nouns``
    and a journey preposition, ``journey_preps``: ``cutting off the road to X``, ``die
    Strecke nach X``)? It names a destination, not a scene: a later ``the town`` does not
    point to it (session 21, round 2)."""
    return (
        idx >= 2
        and toks[idx - 1].fold in lex.journey_preps
        and bool(lex.route_nouns.match(toks[idx - 2].text))
    )


def _flight_goals(clause: _Clause, head: Token, lex: _Lexicon) -> frozenset[int]:
    """The starts of the places of ``head``'s sentence before it that a verb of moving
    away sent people to (``[places] onward_verbs`` and a journey preposition within three
    words: ``Hundreds fled A for B after gunmen attacked the town``), when a word that opens
    what came first (``[clauses] own_time_openers``: ``after``, ``when``) stands between:
    where they went is not what the back reference means; the town they fled is (session
    21, round 2: before, ``the town`` was B, the town named last)."""
    if not lex.onward_verbs:
        return frozenset()
    sent = clause.sentence
    toks = word_units(clause.text, sent.start, head.start, sentence=sent.index)
    goals = set()
    for j in range(2, len(toks)):
        if (
            toks[j - 1].fold in lex.journey_preps
            and any(toks[k].fold in lex.onward_verbs for k in range(max(j - 4, 0), j - 1))
            # the reference stands in a part that tells what came first ("after gunmen
            # attacked the town"); "fled to B, and soldiers arrived in the town" may be B
            and any(t.fold in lex.own_time_openers for t in toks[j + 1 :])
        ):
            goals.add(toks[j].start)
    return frozenset(goals)


def _antecedent(clause: _Clause, earlier: Sequence[Place]) -> Place | None:
    """The place a relative ``where`` / ``wo`` opening ``clause`` points to: a resolved name
    that ends right before the comma the clause follows (``..., in the district of X,
    where ...``), if any."""
    for p in reversed(earlier):
        if p.end > clause.start:
            continue
        if not p.resolved or p.role != "name":
            return None
        return p if clause.text[p.end : clause.start].strip() in (",", "),") else None
    return None


def _capital_seat(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> bool:
    """Is ``place``, at token ``idx``, its country's capital named right after a body of
    government and its preposition (``[places] capital_bodies``, ``capital_body_preps``:
    ``The government in X declared ...``, ``Der Katastrophenschutz in X teilte mit``)? Then
    it says where the speaker sits, as ``based`` does, not where the story happened: a
    later ``the area`` does not point to it and no event is carried to it (fifteenth
    session). Only a capital: ``officials in <provincial town> said`` often speak from the
    scene itself."""
    return (
        idx >= 2
        and toks[idx - 1].fold in lex.capital_body_preps
        and bool(lex.capital_bodies.match(toks[idx - 2].text))
        and _is_capital(place)
    )


def _topic_of(toks: Sequence[Token], idx: int, cue: str, lex: _Lexicon) -> bool:
    """Does the place at ``idx`` stand in a phrase that says what a document or talk is
    about: a head noun right before the preposition (``[places] topic_heads`` and
    ``topic_preps``: ``a declaration on the X river``, ``ein Abkommen über X``)?"""
    lo = max(idx - 1 - _CUE_WINDOW, -1)
    at = next((j for j in range(idx - 1, lo, -1) if toks[j].fold == cue), None)
    return at is not None and at > 0 and toks[at - 1].fold in lex.topic_heads


def _onward_start(toks: Sequence[Token], verb_at: int, lex: _Lexicon) -> int:
    """Where a predicate coordinated after the trigger verb opens: a conjunction
    (``and``), an adverb of sequence at most (``then``, ``later``), and a past verb (a
    lower-case word ending in ``-ed``, or one of ``[places] onward_verbs``): ``were released
    on Wednesday and crossed back into X``, ``were rescued and then flown to X``. A noun
    after ``and`` (``deployed troops and police to X``) opens none. ``len(toks)`` when there
    is none. ``before`` and a gerund (``[places] onward_gerunds``: ``abducted 14 women
    before fleeing towards the border``) opens one too; not ``after`` (``attacked a post
    after crossing into X`` happened there) (session 14, round 2)."""
    for j in range(verb_at + 1, len(toks) - 1):
        nxt = toks[j + 1]
        if (
            toks[j].fold in lex.onward_gerunds
            and nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.fold.endswith("ing")
        ):
            return j  # "abducted 14 women before fleeing towards the border"
        if toks[j].fold not in lex.conjunctions:
            continue
        k = j + 1
        if toks[k].fold in lex.coordinators and k + 1 < len(toks):
            k += 1  # "and then crossed"
        word = toks[k]
        if (
            word.text.isalpha()
            and word.text.islower()
            and (word.fold.endswith("ed") or word.fold in lex.onward_verbs)
        ):
            return j
    return len(toks)


def _content_start(toks: Sequence[Token], trig_i: int, lex: _Lexicon) -> int:
    """Where an agreement's plan opens after its trigger: an infinitive marker
    (``[places] content_markers``: ``to``) followed by a lower-case word that is no article
    or number (``signed an agreement on Thursday to build a railway to the port of X``; ``to
    the port`` opens no plan); ``len(toks)`` when there is none (session 14)."""
    for j in range(trig_i + 1, len(toks) - 1):
        nxt = toks[j + 1]
        if (
            toks[j].fold in lex.content_markers
            and nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.fold not in lex.determiners
        ):
            return j
    return len(toks)


# a place of the event's own site kind (a volcano that erupted) beats any locative phrase
_SITE_BONUS = 5.0
# where a journey began (``[places] origins``: "aus Peking", "from Beijing") yields to where
# it went: the cue's bonus and a little more
_ORIGIN_PENALTY = 2.5
# a journey's destination over a stop or talks on the way (less than a cue's bonus: a
# place of the event's own site kind or a feature word still counts for more)
_DESTINATION_BONUS = 1.0


def _subject_seat(
    named: list[list], toks: Sequence[Token], lex: _Lexicon, trig_i: int, reason_at: int = 1 << 30
) -> None:
    """``Die Regierung in Kinshasa unterzeichnete am Montag in Doha ein Abkommen``, ``The
    government in Kinshasa signed a deal in Doha``: a town right after an institution and a
    preposition, before the trigger, says which government (its seat), and yields to a
    locative phrase after the trigger, which says where it acted. Alone it stays the place
    (``Die Polizei in Kano nahm ... fest``). Session 14, h-evde. A place after ``reason_at``
    (a court's or an arrest's reason, ``[places] charge_preps``: ``arrested a man over an
    attack in Y``) says where the crime was, not where they acted: it takes no town from
    the seat (session 19)."""
    if len(named) < 2:
        return
    after = any(
        trig_i < entry[1] < reason_at and entry[5] and toks[entry[1] - 1].fold == entry[5]
        for entry in named
    )  # "... in Doha": a preposition right before the town, not a verb's object
    if not after:
        return
    for entry in named:
        idx = entry[1]
        if (
            2 <= idx < trig_i
            and entry[5]
            and toks[idx - 1].fold == entry[5]
            and toks[idx - 2].fold in lex.org_words
        ):
            entry[0] -= _NESTED_PENALTY


def _noun_seat(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``Die Polizei nahm den Betreiber der Mine bei A am Dienstag in B fest``, ``Police
    arrested the owner of the mine near A in B``, ``Der Direktor der Fabrik in A wurde in B
    festgenommen``: a place right after its preposition that follows a noun of a genitive
    or an ``of`` phrase (``[grammar] genitive_determiners``, ``[places]
    owner_prepositions``) says where that thing is (whose mine, which factory), and yields
    to a place of the clause that is no such modifier. Alone it stays the place (``Bei
    einem Brand in der Lagerhalle der Fabrik in A``). Session 29 (h29-coarse), beside
    :func:`_subject_seat`."""
    if len(named) < 2:
        return
    # a noun that is itself a place ("am Ufer des <See>s bei A") is no thing's seat: A
    # locates the place before it, as the nesting reads it
    covered = {k for entry in named for k in range(entry[1], entry[2] + 1)}
    owned = [
        _owned_by_noun(toks, entry[1], entry[5], lex) and entry[1] - 2 not in covered
        for entry in named
    ]
    if (
        not any(owned)
        or all(owned)
        or not any(entry[5] and not hit for entry, hit in zip(named, owned, strict=True))
    ):
        return
    for entry, hit in zip(named, owned, strict=True):
        if hit:
            entry[0] -= _NESTED_PENALTY


def _owned_by_noun(toks: Sequence[Token], idx: int, cue: str | None, lex: _Lexicon) -> bool:
    """Does the place at ``idx`` stand right after its preposition ``cue``, which follows a
    noun of a genitive (``der Mine bei A``, after a noun: ``den Betreiber der Mine``) or
    of an ``of`` phrase (``the owner of the mine near A``)? (:func:`_noun_seat`)"""
    if not cue or idx < 4 or toks[idx - 1].fold != cue or cue in lex.owner_prepositions:
        return False
    noun, link, head = toks[idx - 2], toks[idx - 3], toks[idx - 4]
    if noun.fold in lex.determiners or (lex.nouns_capitalised and not noun.is_cap):
        return False
    if link.fold in lex.genitive_determiners:
        # "den Betreiber der Mine": a noun before the genitive article, not "in der Mine"
        return (
            head.is_cap and head.fold not in lex.determiners and head.fold not in lex.prepositions
        )
    return link.fold in lex.determiners and head.fold in lex.owner_prepositions


# the word glued by a hyphen right after a place's mention ("Mont" + "-<Name>")
_HYPHEN_TAIL = re.compile(r"-(\w+)")


@cache
def _common_nouns(lang: str) -> frozenset[str]:
    """The common-noun forms of ``lang`` as written (``geomap/lexicons/nouns_<lang>.csv``,
    the list the geoparser and the claims weigh too); empty for a language without one."""
    res = resources.files("geomap.lexicons").joinpath(f"nouns_{lang}.csv")
    if not res.is_file():
        return frozenset()
    lines = [ln for ln in res.read_text(encoding="utf-8").splitlines() if ln[:1] not in ("", "#")]
    return frozenset(lines[1:])


def _name_fragment(text: str, p: Place, places: Sequence[Place], lex: _Lexicon) -> bool:
    """Is the place only a part of a hyphenated name the gazetteer lacks (``the town of
    Mont-<Name>``: the geoparser matched ``Mont`` alone, a town of that name in another
    country)? Then it is no place of the event: a town hundreds or thousands of kilometres
    away is worse than none, and the clause's region or country, a place carried or the
    dateline still place it. A part after the hyphen that is written small
    (``Kashmir-based``) or, in a language that writes nouns with a capital, a common noun
    (``Gaza-Stadt``, ``Ukraine-Krieg``, ``US-Bundesstaat``) keeps the place: those are
    compounds of a name, not a longer name. When both parts are places of the text, they
    are two places (``the Kenya-Uganda border``, ``the A-B highway``) unless they are two
    towns of different countries far apart (:func:`_unrelated_pair`): then both are parts
    of one name. Cost: one match per place."""
    if not text:
        return False
    if p.start > 0 and text[p.start - 1] == "-":
        head = next((q for q in places if q.end == p.start - 1), None)
        if head is not None and _unrelated_pair(head, p):
            return True  # "<Sevilla>-<Chico>": the tail of one unknown name
    if p.end >= len(text) or text[p.end] != "-":
        return False
    m = _HYPHEN_TAIL.match(text, p.end)
    if m is None or not m.group(1)[:1].isupper():
        return False
    tail_at = m.start(1)
    tail = next((q for q in places if q is not p and q.start <= tail_at < q.end), None)
    if tail is not None:
        return _unrelated_pair(p, tail)
    return not (lex.nouns_capitalised and m.group(1) in _common_nouns(lex.lang))


# how far apart two towns joined by a hyphen may be and still be two places of one phrase
# (a route, a pair of twin towns): the geoparser's radius within which the places of one
# text cohere; farther, in two countries, they are one unknown name
_PAIR_KM = WEIGHTS.coherence_km


def _unrelated_pair(a: Place, b: Place) -> bool:
    """Are ``a`` and ``b``, joined by a hyphen in the text, two towns of different countries
    farther apart than any route or pair a story joins so (:data:`_PAIR_KM`)?"""
    if not (a.resolved and b.resolved) or a.kind != "city" or b.kind != "city":
        return False
    if a.country_code == b.country_code:
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return geodesic_km(a.lat, a.lon, b.lat, b.lon) > _PAIR_KM


def _mountain_range(place: Place) -> bool:
    """Is ``place`` a mountain range across borders (kind ``mountain`` with no one country:
    ``the Andes``, ``die Karpaten``)? Its point is a centroid hundreds of kilometres from
    anywhere: ``in the Andes near X`` happened by X, as ``in the North Sea near X`` does
    (:func:`_nesting`; session 22, round 2). A single peak has its country and stays a point
    (``on Mount X near Y``: the peak, which Y only locates)."""
    return place.kind == "mountain" and not place.country_code and place.role == "name"


def _outside_container(inner: Place, container: Place) -> bool:
    """Is ``inner``, named as lying in ``container`` (``A in B``), of another country than a
    container no finer than it, and further from it than ``_NAMESAKE_ABROAD_KM`` (the
    distance within which the geoparser calls a town coherent with the article)? Then the
    reading of A is wrong: a town cannot lie in another country's town or province half a
    world away (a US hamlet ``Ravine`` for a ravine in a Chinese <province>). Near readings
    stay: a desert or an overseas department coded apart from the town in it (``<town> in
    <overseas department>``, a launch centre in a <desert>) is no such mistake."""
    if (
        inner.kind == "country"  # "Hong Kong in China": a territory of its own code
        or inner.country_code is None
        or container.country_code is None
        or inner.country_code == container.country_code
        or _finer(container, inner)
        or inner.lat is None
        or inner.lon is None
        or container.lat is None
        or container.lon is None
    ):
        return False
    return geodesic_km(inner.lat, inner.lon, container.lat, container.lon) > _NAMESAKE_ABROAD_KM


def _nesting(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """Two places in a row, the second in a locative phrase right after the first: ``A in
    B`` (``[places] nested_in``: ``In Phoenix im Nachbarstaat Arizona``, ``X on the island of
    Y``) puts A inside B, so B, the container, yields to A; ``B near A`` (``nested_near``:
    ``in der Nordsee vor Helgoland``, ``on the Mekong near the town of P``) places the event
    at A when B is an area (a sea, a river, a desert, a region, a border or a coast the
    geoparser built); ``A near B`` of two points (``überflutete A nahe B``) is at A, the
    first, which the second only locates. Only the
    preposition, articles, adjectives and feature words stand between the two. A place
    inside another's words (the country of ``der Grenze zu Kolumbien``) is part of that
    phrase, not one of the two; and A in B where B is the finer (``... Kolumbien im
    Bundesstaat Táchira``, a state of another country) is no container.

    Session 21: the end of a route is no first point (``a lorry from A to B overturned
    near C``, ``ein Lkw-Konvoi von A nach B wurde bei C beschossen``): the
    near phrase says where the event happened, not where the route's end lies, so C does
    not yield to B (:func:`_route_pair_ends` makes the pair yield to C instead)."""
    named.sort(key=lambda c: c[1])
    outer = [e for e in named if not any(o is not e and o[1] < e[1] <= o[2] for o in named)]
    for before, after in zip(outer, outer[1:], strict=False):
        cue = after[5]
        if not cue or after[1] - before[2] > _CUE_WINDOW + _FEATURE_SLACK + 1:
            continue
        at = next(
            (j for j in range(before[2] + 1, after[1]) if toks[j].fold == cue),
            None,
        )
        if at is None or any(
            not _is_feature(toks[j], lex) and toks[j].fold != before[3].kind
            for j in range(before[2] + 1, at)
        ):
            # something other than the preposition follows the first place; a feature word
            # or the word of its kind its name left out may ("on the Volta river near Y":
            # the name read is "Volta", a river)
            continue
        if cue in lex.nested_in and before[3].role == "derived" and after[3].kind != "country":
            # "an der Grenze zu Kolumbien im Bundesstaat Táchira": the state says where along
            # a border thousands of kilometres long, so the line yields, not the state
            before[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and _origin_then_town(before, after, toks, lex):
            # "Mitglieder der Gewerkschaft von A in B demonstrierten": A says whose, B
            # where; a town far from A holds no A
            before[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and _on_shared_island(before[3], after[3]):
            # "in <Staat> auf der Insel <B>": the island of several states says where the
            # state lies; the phrase is one, so the state takes the island's score
            before[0] = max(before[0], after[0])
            after[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and _outside_container(before[3], after[3]):
            # "Bus Plunges Into Ravine In <Province>": a town of another country than the
            # container right after it lies not in it; the reading is a namesake abroad (a
            # common noun a title-case line capitalised), and the container places the
            # event ("<A> in <state>": the container says which). Session 26 (h26-even)
            before[0] -= _NESTED_PENALTY
        elif cue in lex.nested_in and not _finer(after[3], before[3]):
            after[0] -= _NESTED_PENALTY
        elif cue in lex.nested_near and (
            _precision_of(before[3], lex) != "point"
            or before[3].role == "derived"
            or _mountain_range(before[3])
        ):
            # a border or a coast is a line hundreds of kilometres long, an area as a sea
            # is: "an der Grenze zwischen A und B nahe X" is by X
            before[0] -= _NESTED_PENALTY
            if (after[3].role == "derived" or after[3].kind == "border") and before[3].kind not in (
                "country",
                "border",
            ):
                # "in <district> near the Afghan border": the line says where in the
                # district, it is no place of its own (session 14); a country before it
                # yields to the border as before
                before[0] += _NESTED_PENALTY
                after[0] -= _NESTED_PENALTY
        elif (
            cue in lex.nested_near
            and before[3].role != "derived"
            and _precision_of(before[3], lex) == "point" == _precision_of(after[3], lex)
            and not _route_end(before[1], toks, lex)
            # a road's town with a place preposition of its own locates the road ("on a
            # mountain road in A near B": the event is at A; review h27-rev)
            and not (
                _road_named_by(before[1], toks, lex)
                and (not before[5] or before[5] in lex.route_between)
            )
        ):
            # "Hochwasser überflutete A nahe B", "in A near B": two points, the second says
            # where the first lies; the event is at the first (session 18, the event-site
            # probe: a hazard's object has no preposition and lost to the near town's)
            after[0] -= _NESTED_PENALTY
    for site, country, after in zip(outer, outer[1:], outer[2:], strict=False):
        # the same with the first town's own country right after it ("überflutete A
        # (Kamerun) nahe B", "A, Cameroon, near B"): the country only says where A lies
        if (
            after[5] in lex.nested_near
            and country[3].kind == "country"
            and country[3].country_code == site[3].country_code
            and country[1] == site[2] + 1
            and after[1] == country[2] + 2
            and toks[country[2] + 1].fold == after[5]
            and site[3].role != "derived"
            and _precision_of(site[3], lex) == "point" == _precision_of(after[3], lex)
        ):
            after[0] -= _NESTED_PENALTY


def _road_named_by(idx: int, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Is the place at ``idx`` a town a road or a line is named by (a route noun, ``[places]
    route_nouns``, within ``_ROUTE_REACH`` words before it: ``on the highway linking A and B
    near C``, ``auf der Strecke zwischen A und B bei C``)? Then a near phrase after it says
    where on the road the event happened, not where the town lies (session 27;
    :func:`_route_ends` makes the ends yield to it)."""
    return any(lex.route_nouns.match(toks[j].text) for j in range(max(idx - _ROUTE_REACH, 0), idx))


def _coast_apposition(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """A named place right before a coast the geoparser built from a country's compass
    part (``die Provinz A an der Pazifikküste Xs``, ``A district on X's southern coast``):
    the coast only says where A lies, a line hundreds of kilometres long; the event is at A,
    which takes the phrase's score (an object of a hazard has no preposition of its own).
    Only the coast's preposition, articles and feature words stand between the two; a coast
    named alone, or after a country, stays the place (session 23, h23-evplace)."""
    entries = sorted(named, key=lambda c: c[1])
    # a place inside another's words (the country of "Chile's northern coast") is no neighbour
    outer = [
        e
        for e in entries
        if not any(
            o is not e and o[1] <= e[1] and e[2] <= o[2] and o[2] - o[1] > e[2] - e[1]
            for o in entries
        )
    ]
    for before, after in zip(outer, outer[1:], strict=False):
        coast, site = after[3], before[3]
        if coast.kind != "coast" or coast.role != "derived" or not after[5]:
            continue
        info = kind_info(site.kind)
        if (
            site.role != "name"
            or info.refined_by_distance
            or info.is_water
            or site.kind in LINE_GEOMETRIES
        ):
            continue  # a country, a water, a coast or a border is no site on a coast
        between = toks[before[2] + 1 : after[1]]
        if (
            not 0 < len(between) <= 3
            or after[5] not in {t.fold for t in between}
            or any(
                t.fold != after[5]
                and t.fold not in lex.transparent
                and t.fold not in lex.determiners
                and t.fold not in lex.admin_words
                and not _is_feature(t, lex)
                for t in between
            )
        ):
            continue
        before[0] = max(before[0], after[0])
        after[0] -= _NESTED_PENALTY


# how many words before a route noun its end towns may stand ("the A-B highway"), and how
# many after it ("die Fernstraße zwischen A und B")
_ROUTE_REACH = 4


def _origin_named(
    clause: _Clause,
    toks: Sequence[Token],
    places: Sequence[Place],
    lex: _Lexicon,
    skip: Set[int],
) -> bool:
    """Does the clause name a place a launch came from (``from South Hwanghae province``,
    ``aus der Provinz X``: a resolved place after an origin preposition, ``[places]
    origins``)? Then a place after ``into`` is where its missiles went; with no origin the
    sea it was fired into stays its place (``launched two missiles into the Red Sea``)."""
    for p in places:
        if not p.resolved:
            continue
        idx = clause.index_at(p.start)
        if idx < len(toks) and _cue(toks, idx, lex, skip) in lex.origins:
            return True
    return False


def _particle_tokens(
    clause: _Clause, trig: _Trigger, trig_i: int, places: Sequence[Place]
) -> set[int]:
    """The clause's places that are the trigger's later words (``steckten ... in Brand``,
    ``in Brand gesteckt``): part of the trigger's phrase, never a town of that name (``Brand``
    is one in Germany). The trigger word itself is skipped by ``trigger_at``; a phrase of
    several words placed the event at its own noun (round 3, h15-evde). Only words where a
    place starts: a preposition of the phrase (``in``) still opens a place's cue."""
    if len(trig.words) < 2:
        return set()
    starts = {clause.index_at(p.start) for p in places}
    return {
        k
        for k in starts
        if k != trig_i
        and k < len(clause.tokens)
        and any(w.match(clause.tokens[k].text) for w in trig.words[1:])
    }


def _route_ends(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """The towns a road or a line is named by (``on the A-B highway``, ``auf der Fernstraße
    zwischen A und B``) yield to a town the same clause puts the event near (``[places]
    nested_near``: ``on the A-B highway near C``, ``... zwischen A und B nahe C``): the road
    runs hundreds of kilometres, C says where on it. Only a route noun (``[places]
    route_nouns``) within ``_ROUTE_REACH`` words of the ends and before the near phrase
    counts; with no near phrase the ends still place the event (round 3, h15-evde)."""
    for near in named:
        cue = near[5]
        if not cue or cue not in lex.nested_near:
            continue
        at = next((j for j in range(near[1] - 1, -1, -1) if toks[j].fold == cue), None)
        if at is None:
            continue
        route = next(
            (
                j
                for j in range(at - 1, max(at - 2 * _ROUTE_REACH - 1, -1), -1)
                if lex.route_nouns.match(toks[j].text)
            ),
            None,
        )
        if route is None:
            continue
        for end in named:
            if end is near or end[1] >= at:
                continue
            if route - _ROUTE_REACH <= end[1] < route or route < end[1] <= route + _ROUTE_REACH:
                end[0] -= _NESTED_PENALTY


def _route_modifier(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """An area's name right before a route noun only says which crossing or road it is
    (``on the Danube bridge between A and B``, ``the Rhine ferry near C``): the area (a
    river, a sea, a region: no point) yields to a point the same clause names within
    ``_ROUTE_REACH`` words after the route noun, which says where on it. Session 19
    (h19-events): before, the river's point, hundreds of kilometres from either end, was the
    event's place. The route noun must follow the name directly and be lower-case (a
    name's own word, ``Danube Bridge``, stays a name)."""
    for area in named:
        if _precision_of(area[3], lex) == "point":
            continue
        nxt = area[2] + 1
        if nxt >= len(toks) or not toks[nxt].text.islower():
            continue
        if not lex.route_nouns.match(toks[nxt].text):
            continue
        if any(
            _precision_of(other[3], lex) == "point" and nxt < other[1] <= nxt + _ROUTE_REACH
            for other in named
        ):
            area[0] -= _NESTED_PENALTY


def _relative_aside(
    named: list[list], clause: _Clause, toks: Sequence[Token], lex: _Lexicon, trig_i: int
) -> None:
    """A place inside a relative clause set off by commas that does not hold the trigger
    (``Der Betriebsleiter, der in X lebt, wurde am Flughafen von Y festgenommen``, ``The
    driver, who lives in X, was arrested in Y``) belongs to that clause's own verb (where
    someone lives, comes from, was born, what a body decided): it yields to a place of the
    trigger's own words. Alone it still places the event. Session 19 (h19-events): before,
    such a place could beat the event's own locative phrase. Only a comma right before a
    relative pronoun (the language profile's) opens the aside; the next comma, or
    the clause's end, closes it."""
    pronouns = relative_pronouns(lex.lang)
    if len(named) < 2 or not pronouns:
        return

    def comma_before(j: int) -> bool:
        return j > 0 and "," in clause.text[toks[j - 1].end : toks[j].start]

    asides: list[tuple[int, int]] = []
    j = 1
    while j < len(toks):
        if comma_before(j) and toks[j].fold in pronouns:
            k = j + 1
            while k < len(toks) and not comma_before(k):
                k += 1
            if not (j <= trig_i < k):
                asides.append((j, k))
            j = k
        else:
            j += 1
    asides.extend(_restrictive_relatives(toks, lex, trig_i, pronouns))
    if not asides:
        return
    _marked_yield(named, [any(a <= entry[1] < b for a, b in asides) for entry in named])


def _marked_yield(named: list[list], marked: Sequence[bool]) -> None:
    """The marked candidates yield to the others (lose ``_NESTED_PENALTY``), when some but
    not all are marked: alone, or all of one kind, they still place the event as before."""
    if all(marked) or not any(marked):
        return
    for entry, hit in zip(named, marked, strict=True):
        if hit:
            entry[0] -= _NESTED_PENALTY


# how many words may stand between a comparative and its "als" ("stärkere Böen als",
# "richtete größere Schäden an als")
_COMPARATIVE_REACH = 3


def _comparative(tok: Token, lex: _Lexicon) -> bool:
    """Is ``tok`` a comparative (``[places] comparatives``: ``stärker``, ``größere``,
    ``mehr``): a lower-case word of that form that is no article, preposition or
    conjunction (``der``, ``über``, ``oder``)?"""
    low = tok.fold
    return (
        tok.text.islower()
        and len(low) > 4
        and low not in lex.determiners
        and low not in lex.prepositions
        and low not in lex.conjunctions
        and lex.comparatives.match(tok.text)
    )


# how many words may stand between a word of passing and its place ("passed north of X")
_PASSING_REACH = 3


def _passed_by(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """A place a storm or a vehicle passed by (``[places] passing_words`` at most
    ``_PASSING_REACH`` words before it, over no place preposition and no comma: ``The storm
    bypassed A and hit B``, ``passed north of A``; or right after it, as German puts
    ``vorbei``, ``[places] passing_after``: ``an A vorbeigezogen``; a word of
    ``passing_words`` there only after a place with no preposition: ``A passiert
    hatte``) is not where it struck: it yields to a place of the clause that is no such
    place. Alone it still places the event. Session 27
    (h27-evsites): the passed town came first and won the tie with the town struck."""
    if len(named) < 2 or not lex.passing_words:
        return

    def passed(entry: list) -> bool:
        nxt = entry[2] + 1
        if nxt < len(toks) and (
            toks[nxt].fold in lex.passing_after
            # a verb of passing after its place takes it as its object ("nachdem er A
            # passiert hatte"); after its own preposition it is one of happening ("In A
            # passierte ein Unfall": review h27-rev)
            or (toks[nxt].fold in lex.passing_words and not entry[5])
        ):
            return True
        for k in range(entry[1] - 1, max(entry[1] - 1 - _PASSING_REACH, -1), -1):
            if toks[k].fold in lex.passing_words:
                return True
            if "," in toks[k + 1].gap_before or toks[k].is_cap:
                return False
            if toks[k].fold in lex.cues and toks[k].fold not in lex.transparent:
                return False  # "marched past the town hall in A": A has its own preposition
        return False

    _marked_yield(named, [passed(entry) for entry in named])


def _compared_with(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """A place after a word of comparison (``[places] comparisons``: ``than``, ``als``;
    in German only after a comparative, ``[places] comparatives``: ``stärker als``), up to
    the next comma, names what the event is compared with (``The quake that hit A was
    stronger than the one near B``, ``Das Beben erschütterte A und war stärker als jenes bei
    B``): it yields to a place outside that phrase. Alone it still places the event. A
    number right after the word is a quantity (``more than 300 km from B``), no
    comparison. Session 27 (h27-evsites): the compared place's preposition beat the
    event's object, which has none."""
    if len(named) < 2 or not lex.comparisons:
        return
    spans: list[tuple[int, int]] = []
    for j, tok in enumerate(toks[1:-1], start=1):
        if tok.fold not in lex.comparisons or "," in tok.gap_before:
            continue
        if lex.comparatives and not any(
            _comparative(toks[k], lex)
            for k in range(j - 1, max(j - 1 - _COMPARATIVE_REACH, 0), -1)
            if "," not in toks[k + 1].gap_before
        ):
            continue  # "als" of time or of a role: no comparison
        if _quantity_at(toks, j + 1, lex):
            continue  # "more than 300 km", "more than a dozen bodies": a quantity
        k = j + 1
        while k < len(toks) and "," not in toks[k].gap_before:
            k += 1
        spans.append((j, k))
    if not spans:
        return
    _marked_yield(named, [any(a < entry[1] < b for a, b in spans) for entry in named])


def _quantity_at(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does a quantity open at word ``k``: a number (``300``), a number word of ``[quantity]
    numbers`` or ``[time.numbers]`` that is no article (``two``, ``zwei``, ``dozens``), or an
    article before one (``a dozen``, ``ein Dutzend``)? Review h27-rev: ``more than a dozen
    bodies in A, officials in B said`` compared nothing."""

    def number(t: Token) -> bool:
        return (
            any(ch.isdigit() for ch in t.text)
            or t.fold in lex.numbers
            or t.fold in lex.count_values
        )

    if not number(toks[k]):
        return False
    if toks[k].fold not in lex.determiners:
        return True
    return k + 1 < len(toks) and number(toks[k + 1])


def _restrictive_relatives(
    toks: Sequence[Token], lex: _Lexicon, trig_i: int, pronouns: Set[str]
) -> list[tuple[int, int]]:
    """A relative clause with no comma inside the subject, before the trigger verb (``A
    small plane that had taken off from A crashed near B``, ``A man who lives in A was
    arrested in B``): from the pronoun right after a lower-case noun up to the trigger, the
    clause's own verb's words (session 27; :func:`_relative_aside` reads the ones set off
    by commas). A pronoun that is also an article (``that``, German ``die``) counts only
    before an auxiliary or a past form (``that had``, ``that left`` is not read: ``said
    that police ...`` opens no relative clause); in German a noun is capitalised, so
    none is read."""
    out: list[tuple[int, int]] = []
    for j in range(1, trig_i):
        tok, before = toks[j], toks[j - 1]
        if tok.fold not in pronouns or "," in tok.gap_before:
            continue
        if not (before.text.isalpha() and before.text.islower()):
            continue
        if before.fold in lex.determiners or before.fold in lex.prepositions:
            continue
        after = toks[j + 1].fold
        if tok.fold in lex.determiners and not (
            after in lex.auxiliaries or (after.isalpha() and after.endswith("ed"))
        ):
            continue
        if any("," in toks[k].gap_before for k in range(j + 1, trig_i + 1)):
            continue
        out.append((j, trig_i))
        break
    return out


def _opened_event_phrase(
    named: list[list],
    clause: _Clause,
    toks: Sequence[Token],
    lex: _Lexicon,
    trig_i: int,
    kind_of: str | None = None,
) -> None:
    """A place in a phrase that tells an event of its own before or beside the trigger's
    (``Nach der Sitzung in A streikten am Freitag in B ...``, ``Following the rally
    in A, police detained ... in B``, ``ist nach einem Besuch bei Arbeitern in A ... in B
    erschossen worden``) is that event's: it yields to a place of the trigger's own words.
    The phrase opens with a word of ``[clauses] own_time_openers`` (``after``,
    ``following``, ``nach``) and a determiner right after it (so not ``nach A``, a
    journey's goal, nor ``after he ...``), and holds the first place after the opener, in
    a locative phrase of its own, with no comma, no other place and not the trigger in
    between; or with a word of ``[places] event_phrase_openers`` and an event word within
    three words after it (``vor dem Gipfel in A``, ``ahead of talks in A``, ``after talks
    with officials in A``: ``before``/``vor`` alone is often a place, ``vor dem Rathaus``).
    Alone such a place still places the event. Session 22 (h22-evplace): the
    fronted phrase's town beat the town the trigger's own preposition governs after it,
    as both scored the same and the first one won."""
    if not named or not (lex.own_time_openers or lex.event_phrase_openers):
        return
    starts = sorted(entry[1] for entry in named)
    inside = [
        # its own place preposition ("in A"), not a subject or an object
        bool(entry[5]) and _in_event_phrase(toks, entry[1], trig_i, lex, starts, kind_of)
        for entry in named
    ]
    if not any(inside):
        return
    # every such place yields, also when the clause's other candidate is no name (``In the
    # capital, police arrested 40 students after protests in A``: the capital); alone, or
    # beside others of the same kind, the order among them stays
    for entry, hit in zip(named, inside, strict=True):
        if hit:
            entry[0] -= _NESTED_PENALTY


def _in_event_phrase(
    toks: Sequence[Token],
    idx: int,
    trig_i: int,
    lex: _Lexicon,
    starts: Sequence[int],
    kind_of: str | None = None,
) -> bool:
    """Is the place at ``idx`` the first place of a phrase that tells an event of its own
    (:func:`_opened_event_phrase`)? ``starts`` are the token indices of the clause's
    places; the opener stands after the last of them before ``idx``, with no comma and not
    the trigger between it and the place."""
    before = [k for k in starts if k < idx]
    lo = before[-1] + 1 if before else 0
    for j in range(idx - 3, lo - 1, -1):
        if j < 0 or j <= trig_i < idx or "," in toks[j + 1].gap_before:
            return False
        if (
            toks[j].fold in lex.own_time_openers
            and toks[j].fold not in lex.prepositions
            and idx < trig_i
            and not any("," in toks[k].gap_before for k in range(idx + 1, trig_i + 1))
        ):
            # "..., nachdem am Sonntag vor A ein Boot gekentert war": a conjunction opens
            # the trigger's own clause, whose verb ends it; its place is the trigger's
            # (session 27)
            return False
        if _moment_after_departure(toks, j, idx, lex):
            return False  # "kurz nach dem Start in A abgestürzt": where it set off (session 29)
        if (
            (toks[j].fold in lex.own_time_openers and toks[j + 1].fold in lex.determiners)
            or (
                toks[j].fold in lex.event_phrase_openers
                and any(
                    lex.any_trigger.match(t.text)
                    and (t.is_cap or not lex.nouns_capitalised)
                    # "The typhoon brushed A before it made landfall near B": the trigger's own
                    # kind goes on, no other event (session 27)
                    and not (kind_of and any(g.type == kind_of for g in lex.triggers_of(t.text)))
                    for t in toks[j + 1 : min(j + 4, idx)]
                )
            )
        ):
            return True
        if "," in toks[j].gap_before:
            return False
    return False


def _moment_after_departure(toks: Sequence[Token], j: int, idx: int, lex: _Lexicon) -> bool:
    """Does the opener at ``j`` follow a word of a moment (``[places] moment_words``:
    ``kurz``, ``shortly``, ``minutes``) and open a phrase of setting off (``[places]
    departure_nouns`` before the place at ``idx``: ``kurz nach dem Start in A``, ``shortly
    after take-off from A``, ``minutes after leaving A``)? Then the trigger's accident
    happened where the craft set off, and the phrase's place is the trigger's own, no
    other event's (session 29, h29-coarse). ``two hours after take-off from A`` and
    ``shortly after the rally in A`` are not read so."""
    return (
        j > 0
        and toks[j - 1].fold in lex.moment_words
        and any(t.fold in lex.departure_nouns for t in toks[j + 1 : idx])
    )


def _border_yields(named: list[list], lex: _Lexicon) -> None:
    """A border line (the geoparser's ``border`` place: ``nahe der Grenze zu Polen``, ``near
    the Polish border``) yields to a point the same clause names (``Nahe der Grenze zu Polen
    stießen bei Görlitz zwei Züge zusammen``, ``collided near the Polish border at X``): the
    border only says where the town lies, and its point is somewhere along a line hundreds
    of kilometres long. Alone it still places the event. Session 19 (h19-events): before, a
    fronted border phrase beat the town after it."""
    if not any(entry[3].kind == "border" for entry in named):
        return
    if not any(
        entry[3].kind != "border" and _precision_of(entry[3], lex) == "point" for entry in named
    ):
        return
    for entry in named:
        if entry[3].kind == "border":
            entry[0] -= _NESTED_PENALTY


# how far from an area's point a town of the same country may lie for the area to be read
# as holding it (an island, a province or a district named in the same clause)
_HOLDS_KM = 150.0
# the most an area may lead a town it holds by (a feature word's and an island's weight): a
# town further behind yields for a reason of its own (an origin, a crime's place, ...)
_HOLDS_LEAD = 2.0


def _area_holds_town(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """An area and a town inside it in one clause, apart: ``Auf der Insel A ist vor dem
    Hafen von B eine Fähre gekentert``, ``In der Provinz A wurden ... in B getötet``, ``On the
    island of A a ferry capsized off the port of B``. The area says where the town lies;
    the town, in its own locative phrase, says where it happened, so the area yields.
    :func:`_nesting` reads the two side by side (``B auf der Insel A``); here any words may
    stand between, so the town must be of the area's country and lie within
    ``_HOLDS_KM`` of its point, and must trail the area only by what a feature word or the
    area's kind gives it (``_HOLDS_LEAD``): a town that yielded for a reason of its own (a
    charge, an origin, a protest's target) stays behind. The town's preposition is a place
    preposition, or an owner's (``von``, ``of``) right after a feature word (``dem Hafen
    von B``), not an origin's (``Flüchtlinge von B``). Session 21, round 3: German agency
    copy names the island or the state first and the town late."""
    towns = [
        entry
        for entry in named
        # a town in its own locative phrase, or one a feature word introduces with no
        # preposition or owner before it ("In der Provinz A haben Rebellen die Stadt B
        # eingenommen": the object; not "Bewohner der Stadt B": whose; session 24, round 2)
        if (entry[5] or _introduced_object(toks, entry[1], lex))
        and entry[3].role == "name"
        and _precision_of(entry[3], lex) == "point"
        and entry[3].lat is not None
        and entry[3].lon is not None
        and (
            entry[5] not in lex.origins
            or (
                entry[5] in lex.owner_prepositions
                and entry[1] >= 2
                and toks[entry[1] - 1].fold == entry[5]
                and _is_feature(toks[entry[1] - 2], lex)
            )
        )
    ]
    if not towns:
        return
    for area in named:
        p = area[3]
        if (
            not area[5]
            or p.role != "name"
            or _precision_of(p, lex) != "region"
            or p.lat is None
            or p.lon is None
        ):
            continue
        if any(
            town[3].country_code == p.country_code
            and 0 <= area[0] - town[0] <= _HOLDS_LEAD
            and geodesic_km(p.lat, p.lon, town[3].lat, town[3].lon) <= _HOLDS_KM
            for town in towns
        ):
            area[0] -= _NESTED_PENALTY


# how far apart two towns of "von A in B" must lie for B not to hold A (a district of a
# city, "aus Kreuzberg in Berlin", lies within it)
_APART_KM = 30.0


def _origin_then_town(before: list, after: list, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """``Mitglieder der Gewerkschaft von A in B``, ``der Bürgermeister von A in B`` with
    nothing between: two towns, the first after an owner's preposition (``[places]
    owner_prepositions``) right after a noun (a language whose nouns are capitalised),
    more than ``_APART_KM`` apart. Then B does not hold A (as ``A in B`` of a district or a
    province does): A says whose, B where. Session 24, round 2 (h24-evplace): before, B
    yielded to A as a container does. Not after a verb (``lifted off from A in B``, where
    B may be a state read as its namesake town) nor for ``aus`` / ``from`` (a people's
    origin, which other rules read)."""
    a, b = before[3], after[3]
    k = before[1]
    if not lex.nouns_capitalised or k < 2 or toks[k - 1].fold not in lex.owner_prepositions:
        return False
    if not toks[k - 2].is_cap:
        return False
    if _precision_of(a, lex) != "point" or _precision_of(b, lex) != "point":
        return False
    if a.role != "name" or b.role != "name" or a.lat is None or b.lat is None:
        return False
    return geodesic_km(a.lat, a.lon, b.lat, b.lon) > _APART_KM


def _on_shared_island(a: Place, island: Place) -> bool:
    """``A auf der Insel B``, ``A on the island of B`` where B is an island of no one
    country (GeoNames gives Borneo, Hispaniola, Timor, New Guinea no country code) and A a
    resolved country or province: A lies on B, B holds several states, so A is the finer
    place (``in <state> auf der Insel <B>``, ``in <country>, on the island of <B>``,
    ``<province> on <B>``; session 25). An island of one country (``in Indonesia on the
    island of Java``) is inside that country and stays the finer place."""
    return (
        island.kind == "island"
        and not island.country_code
        and a.role == "name"
        and bool(a.country_code)
        and a.kind != "island"
    )


def _finer(a: Place, b: Place) -> bool:
    """Does ``a`` locate an event more precisely than ``b`` by its kind (a town than a
    province, a province than a country)?"""
    return (
        kind_info(_scoring_kind(a)).event_specificity
        > kind_info(_scoring_kind(b)).event_specificity
    )


def _modifiers(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """A place that only says what kind of feature the next name is: ``in the Black Sea
    port of X``, ``the Baltic Sea port of X``, ``the Red Sea town of X``. Only feature words
    (and ``of``) stand between the two; the first yields to the second, which takes its
    preposition (the phrase is one: ``in the <sea> port of <town>`` is in the town). A town
    before a country or a province (``the X district of Y province``) is the precise one:
    there the second, its container, yields."""
    named.sort(key=lambda c: c[1])
    for before, after in zip(named, named[1:], strict=False):
        between = toks[before[2] + 1 : after[1]]
        if not between or len(between) > 3:
            continue
        featured = False
        for tok in between:
            if any(pat.match(tok.text) for _, pat in lex.back_reference):
                featured = True
            elif tok.fold not in lex.transparent:
                break
        else:
            if featured and (
                _precision_of(before[3], lex) == "point" != _precision_of(after[3], lex)
                or _unit_in_country(before[3], after[3], lex)
            ):
                # "the Guzara district of Afghanistan's Herat province", "the Mestia district
                # of Georgia": a town's district in its country or province, the container
                # after "of" yields, as in "A in B"
                after[0] -= _NESTED_PENALTY
            elif featured:
                before[0] -= _NESTED_PENALTY
                if before[5] and not after[5]:
                    after[0] += 2
                    after[4], after[5] = before[4], before[5]


# how many lowercase words may stand between a possessive owner and the place it owns
# ("<country>'s remote <A> district", "<region>'s remote northern <A> district")
_OWNED_GAP = 2
# an owner before a finer unit: a country owns a province, a province its district
_OWNER_RANK = {"country": 0, "admin1": 1, "admin2": 2}


def _possessive_unit(named: list[list], toks: Sequence[Token]) -> None:
    """``in <region>'s <A> district``, ``in <region>'s <B> district``, ``<country>'s <C>
    county``: a province or a country right before a possessive owns the place after it
    (at most two lowercase words between); the owned place, finer and in the same country,
    is the precise one. The owner yields and passes it its preposition, as the container
    does in ``the X district of Y province`` (``_modifiers``). Session 26 (h26-even): with
    a unit word after the town (read as a district, ``_unit_reading``) the owner's
    preposition made the province win. ``<region>'s chief minister visited X``: the possessive
    owns a person, and more than two words stand between; a namesake abroad is not owned."""
    named.sort(key=lambda c: c[1])
    for before, after in zip(named, named[1:], strict=False):
        owner, owned = before[3], after[3]
        gap = toks[before[2] + 1 : after[1]]
        if (
            not toks[before[2]].fold.endswith(_POSSESSIVE_ENDINGS)
            or len(gap) > _OWNED_GAP
            or any(tok.is_cap or not tok.text.isalpha() for tok in gap)
            or owner.country_code is None
            or owner.country_code != owned.country_code
            or not (
                _finer(owned, owner)
                or _OWNER_RANK.get(owner.kind, 9) < _OWNER_RANK.get(owned.kind, 0)
            )
        ):
            continue
        before[0] -= _NESTED_PENALTY
        if before[5] and not after[5]:
            after[0] += 2
            after[4], after[5] = before[4], before[5]


def _unit_in_country(unit: Place, country: Place, lex: _Lexicon) -> bool:
    """``the Sylhet region of Bangladesh``, ``the Enga province of Papua New Guinea``: a
    region before the country that holds it (same country code) is the precise place, as a
    town is; so is a district before its province (``the Bokkos district of Plateau
    state``: an ``admin2`` before an ``admin1``). A sea before a town (``the Black Sea port
    of X``) is not a region and still yields."""
    if unit.country_code is None or unit.country_code != country.country_code:
        return False
    if unit.kind == "admin2" and country.kind == "admin1":
        return True
    return _precision_of(unit, lex) == "region" and _precision_of(country, lex) == "country"


def _measured_from(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``The port city of A, about 100 km east of B, reported flooding``, ``A liegt rund 100
    Kilometer östlich von B und meldete Überschwemmungen``: B is where a distance or a
    direction is measured from, and A, a town named before it, is what the clause is about;
    B yields to A. A reference with no town before it still places the event (``a quake
    struck 40 km east of B`` is near B), and so does one after a country or a region.

    Session 21: what a reference yields to is a place the clause is about, not the end of a
    route (``Ein Güterzug von A nach B ist nördlich von C entgleist`` is by C: the pair only
    says where the train was going), and it yields to a point after it too when that point
    has a place preposition of its own that is no origin or goal (``Westlich von B prallten
    bei C zwei Lastwagen zusammen``, ``40 km north of B, at the village of C``): the writer
    measured from B to say where C lies, and C is where it happened."""
    named.sort(key=lambda c: c[1])
    refs = [entry for entry in named if _reference_point(entry[1], entry[5], toks, lex)]
    if not refs:
        return
    ends = _route_pair_starts(toks, lex) if lex.route_to_preps else frozenset()

    def about(other: list, ref: list) -> bool:
        if other in refs or other[1] in ends or _precision_of(other[3], lex) != "point":
            return False
        if other[1] < ref[1]:
            return True
        cue = other[5]
        return bool(cue) and cue not in lex.origins and cue not in lex.journey_preps

    for entry in refs:
        if any(about(other, entry) for other in named if other is not entry):
            entry[0] -= _NESTED_PENALTY


# the water kinds a distance from a town may narrow down ("in the Celtic Sea about 30 km
# south of X", "on the Irrawaddy about 40 km north of Y")
_WATER_KINDS = kinds_where("is_water")
# how many words may stand between a water body's name and the town measured from after it
# ("the Celtic Sea about 30 km south of X": five)
_WATER_REACH = 7


def _land_point(place: Place, lex: _Lexicon) -> bool:
    """Is ``place`` a town, a site or an island a ship at sea can be placed off (``vor
    Rügen``, ``south of Lampedusa``): a point, or an island (a region by its precision, but
    the coast a reader names); not a coast the geoparser built, not a province."""
    if place.role == "derived":
        return False
    return _precision_of(place, lex) == "point" or place.kind == "island"


def _water_measured_from(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``sank in the Celtic Sea about 30 km south of X``, ``capsized on the Irrawaddy river
    about 40 km north of Y``, ``sank in der Nordsee rund 40 Kilometer vor Z``: a sea, a lake or
    a river followed by a town measured from by a distance or a direction gives the water
    body, and the distance from the town the finer place: a point a reader can map (within
    the distance), where the water body is an area hundreds of kilometres wide. The town
    then wins over the water body, as ``near X`` after it already does. Session 18
    (h18-events).

    Session 21: so does a point the clause puts the event near or off with a preposition
    of its own anywhere in the clause, not only right after the water (``In der Ostsee ist
    am Montag vor A ein Segelboot gekentert``, ``Vor A ist am Sonntag im Ärmelkanal eine
    Fähre ... zusammengestoßen``, ``a cargo ship caught fire in the Adriatic Sea on Monday
    off A``): a ship at sea is placed at the coast the text names, as the
    corpus's convention and ``in der Nordsee vor A`` already have it; the words between
    (a time, an auxiliary) do not make the point another scene. A town or an island (``in
    der Ostsee vor Rügen``), not a coast the geoparser built nor a province. Not a route's
    end (``on its way from A to B``), which says where the ship was going."""
    if not any(entry[3].kind in _WATER_KINDS for entry in named):
        return
    ends = _route_pair_starts(toks, lex) if lex.route_to_preps else frozenset()
    for water in named:
        if water[3].kind not in _WATER_KINDS:
            continue
        ref = next(
            (
                other
                for other in named
                if water[2] < other[1] <= water[2] + _WATER_REACH
                and _land_point(other[3], lex)
                and _reference_point(other[1], other[5], toks, lex)
                and not _far_offshore(toks, other[1], lex)
            ),
            None,
        ) or next(
            (
                other
                for other in named
                if other is not water
                and other[5] in lex.nested_near
                and other[1] not in ends
                and other[3].kind not in _WATER_KINDS
                and _land_point(other[3], lex)
                and not _far_offshore(toks, other[1], lex)
            ),
            None,
        )
        if ref is not None and water[0] >= ref[0]:
            water[0] = ref[0] - 0.5
        for other in named:
            # "in the Atlantic about 400 nautical miles off X": far out at sea, the water
            if other[3].kind not in _WATER_KINDS and _far_offshore(toks, other[1], lex):
                other[0] = min(other[0], water[0] - 0.5)


# nautical words between a number and its mile ("400 nautical miles", "400 Seemeilen")
_NAUTICAL = ("nautical", "see")
_KM_PER_NAUTICAL_MILE = 1.852


def _far_offshore(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the town at ``idx`` measured from by a distance beyond ``_REFINE_NEAR_KM`` (``in
    the Atlantic about 400 nautical miles off X``, ``rund 300 Seemeilen vor X``)? Then a
    ship on the water named in its clause is far out at sea, not at that coast: the water
    keeps the event (session 21, round 2; before, any point off which it lay won)."""
    at = _cue_index(toks, idx, lex)
    if at is None:
        return False
    for j in range(at - 1, max(at - 4, 0), -1):
        unit = toks[j].fold
        nautical = unit.startswith("seemeile") or (
            unit.startswith("mile") and toks[j - 1].fold.startswith(_NAUTICAL)
        )
        if unit not in lex.distance_units and not nautical:
            continue
        k = j - 2 if nautical and unit.startswith("mile") else j - 1
        m = _DISTANCE_NUMBER.fullmatch(toks[k].text) if k >= 0 else None
        if m is None:
            return False
        whole, part = m.group(1), m.group(2)
        value = (
            float(whole + (part or ""))
            if part is None or len(part) == 3
            else float(f"{whole}.{part}")
        )
        if nautical:
            value *= _KM_PER_NAUTICAL_MILE
        elif unit.startswith(("mi", "meil")):
            value *= _KM_PER_MILE
        return value > _REFINE_NEAR_KM
    return False


# how many words a direction may stand before the noun of a place it is measured from
# ("nördlich der bangladeschischen Hauptstadt", "north of the Kenyan capital")
_DIRECTION_REACH = 4


def _direction_before(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a direction (``nördlich``, ``north``) stand within a few words before the place
    noun at ``i``, with only lower-case words (an article, ``of``/``von``, an adjective) or
    a capitalised adjective of English between (``north of the Kenyan capital``)? Then the
    place is a point measured from (session 13, h-evwde)."""
    for k in range(i - 1, max(-1, i - 1 - _DIRECTION_REACH), -1):
        if toks[k].fold in lex.directions:
            return True
        if lex.nouns_capitalised and toks[k].is_cap:
            return False  # a German noun between: another phrase
    return False


def _other_predicate(
    named: list[list], toks: Sequence[Token], verb_at: int, lex: _Lexicon, seated: bool = False
) -> None:
    """``The ferry left the port of X and capsized off Y``, ``Die Fähre hatte in X abgelegt
    und kenterte vor Y``: a coordinator right before the trigger verb (an adverb such as
    ``then`` between) ends another predicate; its places are where that one happened, so
    they yield to the trigger's own. A ``seated`` trigger (``[places] seated``: ``postponed
    a visit to X and convened the cabinet``) never takes them: a body meets where it sits,
    not where the other predicate's trip was going."""
    at = verb_at - 1
    if at > 0 and toks[at].fold in lex.coordinators and toks[at].fold not in lex.conjunctions:
        at -= 1  # "and then capsized", "und dann kenterte"
    if at <= 0 or toks[at].fold not in lex.conjunctions:
        return
    if seated:
        named[:] = [entry for entry in named if entry[2] >= at]
        return
    for entry in named:
        if entry[2] < at:
            entry[0] -= _NESTED_PENALTY


# areas that hold places, below a country (admin1, admin2, province, state, ...)
_ADMIN_KINDS = kinds_where("contains_places") - kinds_where("strong")


def _beside(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> list[int]:
    """The tokens that say what kind of place the name at ``idx`` is: the word right after
    the name, and the word before it, past an ``of`` (``the province of X``, ``X Island``,
    ``die Insel X``)."""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    near = [last + 1] if last + 1 < len(toks) else []
    if idx > 0:
        before = idx - 1
        if before > 0 and toks[before].fold in lex.transparent:
            before -= 1  # "the province of Isabela", "the island of X"
        near.append(before)
    return near


def _admin_reading(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> Place:
    """``in Naryn province``, ``the state of Guerrero``, ``in der Provinz Heraklion``: a name
    next to an administrative word (``[places] admin_words``) is the province, not a town of
    that name or one the geoparser preferred; its reading as an administrative area of the
    same country among the geoparser's alternatives is taken when there is one, else the
    place stays. The other way round, a bare name the geoparser read as a province that
    shares its name with a city of the same country (``im südpolnischen Opole``, ``in
    Opole``) is the city: without an administrative word the writer names the town, and a
    province's centre is no place anything happened at."""
    # a hyphenated compound ends in its head (``im US-Bundesstaat X``, ``the US-state of
    # X``): its last part is the administrative word (fifteenth session)
    admin = bool(
        lex.admin_words & {toks[j].fold.rsplit("-", 1)[-1] for j in _beside(toks, idx, place, lex)}
    )
    if place.kind in _ADMIN_KINDS:
        return place if admin else _city_reading(place)
    if not admin:
        return place
    name = place.mention.casefold()
    for alt in place.alternatives:
        if (
            alt.kind in _ADMIN_KINDS
            and alt.name.casefold() == name
            and alt.country_code == place.country_code  # not Puerto Rico's for the Philippines'
        ):
            return _as_reading(place, alt)
    return _unit_reading(place, lex)


def _unit_reading(place: Place, lex: _Lexicon) -> Place:
    """``im Landkreis Bautzen``, ``in the Bokkos district of Plateau state``: a town named
    with an administrative word, whose unit the gazetteer lacks (GeoNames as geomap ships
    it has no districts, counties or parishes outside the US), is read as the unit named
    after it: the town's point, as a district (``admin2``), so its precision is ``region``
    and a town the next sentence names inside it may still refine it. Why: the writer said
    the district, not the town; a district is named after its seat, so the seat's point is
    where the unit lies, but a reader would not put the event in the town itself. Only a
    town (``point`` precision): a mountain or a facility named with such a word stays."""
    if place.kind != "city" or _precision_of(place, lex) != "point":
        return place
    return replace(place, kind="admin2", alternatives=())


def _island_reading(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> Place:
    """``the island of X``, ``X Island``, ``vor der Insel X``: a name next to a word of an
    island (``[places.back_reference] island``) is the island, not a town of that name
    abroad the geoparser preferred; its island reading among the geoparser's alternatives is
    taken when there is one, else the place stays. As ``_admin_reading`` for provinces."""
    if place.kind == "island" or not place.alternatives:
        return place
    near = [toks[j].text for j in _beside(toks, idx, place, lex)]
    islands = [pat for kind, pat in lex.back_reference if kind == "island"]
    if not any(pat.match(w) for pat in islands for w in near):
        return place
    name = place.mention.casefold()
    for alt in place.alternatives:
        if alt.kind == "island" and alt.name.casefold() == name:
            return _as_reading(place, alt)
    return place


# how far a town may lie from the point of the region its adjective names ("im
# brandenburgischen Frankfurt" is Frankfurt (Oder), 130 km from Brandenburg's point), and how
# much nearer than the geoparser's reading it must be to replace it
_REGION_REACH_KM = 300.0
_NEARER = 0.5


def _adjective_reading(
    toks: Sequence[Token], idx: int, place: Place, places: Sequence[Place], lex: _Lexicon
) -> Place:
    """``im brandenburgischen Frankfurt``, ``im kanadischen London``, ``in der
    westukrainischen Stadt X``: an adjective of a region or a country right before the name
    (past feature words) says which of the name's readings is meant. A country's adjective
    takes the reading in that country; a region's the reading nearest its point, when it is
    within reach and much nearer than the geoparser's (which read the name alone)."""
    if not place.alternatives or place.lat is None or place.lon is None:
        return place
    j = idx - 1
    while j >= 0 and idx - j <= 1 + _FEATURE_SLACK and _is_feature(toks[j], lex):
        j -= 1
    if j < 0:
        return place
    adjective = next(
        (a for a in places if a.role == "adjective" and a.start <= toks[j].start < a.end), None
    )
    if adjective is None or not adjective.resolved or adjective.country_code is None:
        return place
    if adjective.kind == "country" or adjective.name == adjective.country_code:
        pick = next(
            (
                alt
                for alt in place.alternatives
                if place.country_code != adjective.country_code
                and alt.country_code == adjective.country_code
            ),
            None,
        )
    else:
        if adjective.lat is None or adjective.lon is None:
            return place
        here = geodesic_km(adjective.lat, adjective.lon, place.lat, place.lon)
        near = [
            (geodesic_km(adjective.lat, adjective.lon, alt.lat, alt.lon), k)
            for k, alt in enumerate(place.alternatives)
            if alt.kind == place.kind
        ]
        best = min(near, default=None)
        pick = (
            place.alternatives[best[1]]
            if best is not None and best[0] <= _REGION_REACH_KM and best[0] < here * _NEARER
            else None
        )
    if pick is None:
        return place
    return _as_reading(place, pick)


def _as_reading(place: Place, alt: Alternative) -> Place:
    """``place`` read as its alternative ``alt`` (a town's admin unit, a region's city):
    the mention stays, the reading is the other one, and no alternatives are kept."""
    return replace(
        place,
        name=alt.name,
        kind=alt.kind,
        country_code=alt.country_code,
        lat=alt.lat,
        lon=alt.lon,
        id=alt.id,
        alternatives=(),
    )


def _city_reading(place: Place) -> Place:
    """The city of the same name and country among a province's alternatives (``Opole``
    the city for the voivodeship), else the province."""
    name = place.mention.casefold()
    for alt in place.alternatives:
        if (
            alt.kind == "city"
            and alt.name.casefold() in (name, (place.name or "").casefold())
            and alt.country_code == place.country_code
        ):
            return _as_reading(place, alt)
    return place


def _opening_event_word(clause: _Clause, place: Place, lex: _Lexicon) -> bool:
    """Is the place a carrier's noun that opens its sentence (``Artillery units fired
    ...``: capitalised as the first word, not as a name)? Elsewhere a town of such a name
    stays (``in Van``)."""
    return place.start == clause.sentence.start and place.mention.casefold() in lex.event_words


def _based_at(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> bool:
    """Is the place at token ``idx`` where someone is based (``[places] based``): a word of
    that list right after the name (``ein in Tiflis ansässiger Journalist``, ``a Tbilisi
    based reporter``) or before its preposition (``a journalist based in Tbilisi``, ``eine
    Firma mit Sitz in Bremen``)? The event happened elsewhere."""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    if last + 1 < len(toks) and lex.based.match(toks[last + 1].text):
        return True
    glued = toks[last].text[place.end - toks[last].start :]
    if glued.startswith("-") and lex.based.match(glued[1:]):
        return True  # "a Curitiba-based charity": one word with the name (session 18)
    k = idx - 1
    while k > 0 and toks[k].fold in lex.determiners:
        k -= 1
    return k > 0 and toks[k].fold in lex.prepositions and bool(lex.based.match(toks[k - 1].text))


def _named_before(head: Token, earlier: Sequence[Place]) -> Place | None:
    """The place of the latest sentence naming one before ``head`` (a name, not an
    adjective, not a country), that ``dort`` or ``there`` points to when no event before it
    has a place: the most specific of that sentence, the last of equals (``Das
    Raumfahrtzentrum X liegt in <territory>. Am Dienstag startete von dort eine Rakete`` is
    at the centre, not in the territory)."""
    named = [
        p
        for p in earlier
        if p.resolved and p.role == "name" and p.end <= head.start and p.kind != "country"
    ]
    if not named:
        return None
    last = named[-1].sentence
    same = [p for p in named if p.sentence == last]
    return max(reversed(same), key=lambda p: kind_info(p.kind).event_specificity)


def _named_after_event(
    head: Token, earlier: Sequence[Place], previous: _Raw, quotes: _Spans | None
) -> Place | None:
    """The place ``_named_before`` gives for ``dort`` / ``there`` when its sentence comes
    after the sentence of the event before and names a point (a town, a site), else None.
    A place inside a quotation is no antecedent (``"We saw this in X", a trader said``).

    Why: ``dort`` points to the place named last. The event before is usually where that
    place was named, but a sentence between them may name a town and report nothing geomap
    reads as an event (an arrival, a description: ``Refugees reached the town of X. Two
    aid workers were abducted there``): the town of that sentence is nearer than the
    event's place, which lies a sentence or a paragraph further back."""
    told = [p for p in earlier if quotes is None or not quotes.covers(p.start)]
    there = _named_before(head, told)
    if there is None or there.sentence <= previous.clause.sentence.index:
        return None
    if previous.place is not None and there.id == previous.place.id:
        return None
    return there if kind_info(there.kind).event_specificity >= _POINT_SPECIFICITY else None


def _told_in_event_phrase(text: str, place: Place, lex: _Lexicon) -> bool:
    """Is ``place`` named inside a phrase telling another event than the story's (``the
    worst since the 2019 floods in A``, ``seit den Protesten in A 2019``, ``after talks
    with officials in A``): a word of ``[places] event_phrase_openers`` with an event word
    within three words after it, among the five words before the place, no comma between?
    Such a place names the event compared with or gone before; a ``there`` of a later
    sentence does not point to it (session 23, h23-evplace). Reads the text, not tokens:
    the place stands in an earlier sentence than the clause being placed."""
    head = text[max(0, place.start - 80) : place.start]
    head = head.rsplit(",", 1)[-1].rsplit(".", 1)[-1]
    words = _WORD.findall(head)[-5:]
    for j, w in enumerate(words):
        if w.casefold() in lex.event_phrase_openers and any(
            lex.any_trigger.match(t) and (t[:1].isupper() or not lex.nouns_capitalised)
            for t in words[j + 1 : j + 4]
        ):
            return True
    return False


# a town's, a site's or an island's specificity (geomap.model.KindInfo); a province is 2
_POINT_SPECIFICITY = 3


def _story_country(head: Token, every: Sequence[Place]) -> str | None:
    """The country a bare ``the capital`` / ``die Hauptstadt`` means: that of the latest
    place named before it (``Kazakhstan's president condemned the attack in Almaty.
    Speaking in the capital, ...`` is Astana, not Almaty), passing over the neighbours a
    border phrase names (``Die Stadt liegt nahe der Grenze zu Polen und Litauen``, ``near
    the Malian border``): the country across a border is not the one the story is in."""
    across = _across_borders(every)
    return next(
        (
            p.country_code
            for p in reversed(every)
            if p.resolved
            and p.country_code
            and p.end <= head.start
            and p.role != "derived"
            and id(p) not in across
        ),
        None,
    )


# how many characters a coordinator between two names takes (", ", " and the ", " und der ")
_COORDINATION_GAP = 10


def _across_borders(every: Sequence[Place]) -> set[int]:
    """The ``id`` of the places a border phrase names as the other side: a country or a
    nationality adjective inside the geoparser's ``border`` place (``Grenze zu Polen``,
    ``the Malian border``, ``frontier with Mali``) and one coordinated right after it
    (``... zu Polen und Litauen``). Why the geoparser's span: it already read the phrase in
    both languages; the events only need to know which names lie inside it."""
    starts: dict[int, int] = {}  # where a border phrase starts -> where it ends
    for p in every:
        if p.kind == "border":
            starts[p.start] = max(p.end, starts.get(p.start, -1))
    if not starts:
        return set()
    across: set[int] = set()
    last_end = -1
    border_end = -1  # the end of the latest border phrase that started so far
    for p in every:  # sorted by start: one pass (a phrase and its first name share a start)
        border_end = max(border_end, starts.get(p.start, -1))
        if p.kind == "border":
            continue
        if p.kind not in ("country", "adjective") and p.role != "adjective":
            continue
        inside = p.end <= border_end
        if inside or (last_end >= 0 and 0 <= p.start - last_end <= _COORDINATION_GAP):
            across.add(id(p))
            last_end = p.end
    return across


def _hazard_object_capital(
    toks: Sequence[Token], i: int, lex: _Lexicon, hazard: bool, trig_i: int
) -> bool:
    """A capital phrase as the object of a hazard, with no preposition (``Ein Zyklon traf
    die Hauptstadt von Vanuatu``, ``a quake shook the Peruvian capital``): where it struck,
    as a country or a town that is such an object is. In a verb-second language the object
    stands before a participle or infinitive that ends the clause (``hat der Fluss mehrere
    Viertel der Hauptstadt überflutet``)."""
    after = i > trig_i or (lex.verb_second and trig_i == len(toks) - 1)
    return hazard and after and bool(lex.capital.match(toks[i].text))


def _own_site(p: Place, cue: str, places: Sequence[Place], lex: _Lexicon) -> bool:
    """Is a facility after a target preposition that also says where something stands
    (``[places] site_cues``: ``tested an engine at its Sohae station``, ``launched a
    satellite at the Jiuquan centre``) the launch's own site? It is unless the clause names
    another country than the facility's (``Iran fired missiles at <a base in Qatar>``: the
    base is the target)."""
    if cue not in lex.site_cues or p.kind != "facility":
        return False
    return all(
        q.country_code == p.country_code for q in places if q.resolved and q.kind == "country"
    )


def _object_reference(
    toks: Sequence[Token], i: int, lex: _Lexicon, kind_of: str | None, trig_i: int
) -> bool:
    """A definite kind noun as the object of an attack or a hazard, with no preposition
    (``Gunmen stormed the town``, ``Rebels shelled the village``, ``Bewaffnete überfielen das
    Dorf``): where it happened, the place of that kind named before (``[places]
    object_reference`` lists the event types)."""
    return (
        kind_of in lex.object_reference
        and trig_i < i <= trig_i + _OBJECT_REACH
        and toks[i - 1].fold in lex.determiners
        and any(pat.match(toks[i].text) for _, pat in lex.back_reference)
    )


def _owned_feature(toks: Sequence[Token], i: int, lex: _Lexicon, trig_i: int) -> bool:
    """A specific feature word (``[places] introduced_heads``) after the trigger as the
    owner of its object, with no preposition of place (``besuchte die überfluteten Viertel
    der Hafenstadt``, ``toured the flooded districts of the port city``): the object lies in
    that place, the one the same feature word introduced before. A German genitive article
    after a noun (``[grammar] genitive_determiners``) or ``of the`` says whose. Session 20."""
    n = _introduced_head(toks, i, lex)
    s = i - n + 1  # the feature's first word ("port" of "the port city")
    if not (n and trig_i < s and s >= 2):
        return False
    if toks[s - 1].fold not in lex.determiners:
        return False
    if toks[s - 2].fold in lex.owner_prepositions:
        return True
    return (
        lex.nouns_capitalised
        and toks[s - 1].fold in lex.genitive_determiners
        and toks[s - 2].is_cap
        and toks[s].is_cap
    )


def _introduced_head(toks: Sequence[Token], i: int, lex: _Lexicon) -> int:
    """How many words the specific feature word ending at ``toks[i]`` has (``[places]
    introduced_heads``): 1 for a German compound (``Hafenstadt``), 2 for ``port city``, 0
    when ``toks[i]`` ends none. Session 20, round 2: the English ones are written apart."""
    if lex.introduced_heads.match(toks[i].text):
        return 1
    if toks[i].fold not in lex.introduced_last:
        return 0
    for ph in lex.introduced_phrases:
        n = len(ph)
        if i + 1 >= n and all(toks[i - n + 1 + k].fold == w for k, w in enumerate(ph)):
            return n
    return 0


def _small_head(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does a word of a small place (``[places] small_heads``: ``small town``,
    ``Kleinstadt``, ``village``) end at ``toks[i]``? Its back reference is no country's
    capital (session 24, h24-evplace)."""
    return any(
        i + 1 >= len(ph) and all(toks[i - len(ph) + 1 + k].fold == w for k, w in enumerate(ph))
        for ph in lex.small_heads
    )


def _phrase_at(toks: Sequence[Token], i: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Does one of ``phrases`` (case-folded words) start at ``toks[i]``?"""
    return any(
        i + len(ph) <= len(toks) and all(toks[i + k].fold == w for k, w in enumerate(ph))
        for ph in phrases
    )


def _actor_countries(toks: Sequence[Token], lex: _Lexicon, places: Sequence[Place]) -> set[int]:
    """Where the clause names a country only as a person's nationality: a country or its
    adjective right before a title, past a possessive and one more word (``received
    Guyana's foreign minister in the capital``, ``empfing den peruanischen Außenminister in
    der Hauptstadt``). Such a country says whose the visitor is, not where the story is, so a
    bare capital after it is the story's (the dateline's, the place named before), not the
    visitor's. Session 18, round 2 (h18-events)."""
    found: set[int] = set()
    for p in places:
        if not (p.kind == "country" or p.role == "adjective"):
            continue
        k = next((n for n, t in enumerate(toks) if t.start >= p.end), None)
        if k is None:
            continue
        if toks[k].fold in ("'s", "’s", "s", "'", "’"):
            k += 1
        # a second titled person, after the clause's first one (the host): "President X
        # received Guyana's foreign minister"; "Uganda's president met ..." is the host's
        hosted = any(_is_title(t, lex) for t in toks if t.end <= p.start)
        if hosted and k < len(toks) and _is_title_next(toks, k, lex):
            found.add(p.start)
    return found


def _capital_not_seat(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the capital noun at ``i`` one of trade, money or faith (``phrases_<lang>.toml``
    ``other_capital_words`` right before it: ``in Nigeria's commercial capital``, ``the country's
    financial capital``)? Then it names no seat of government, and the country's capital
    (Abuja for Lagos) would be a town the text never meant. Session 18 (h18-events)."""
    return i > 0 and toks[i - 1].fold in lex.capital_not_seat


def _regional_rank(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the capital word at ``i`` stand in a phrase of a region's capital named by its
    rank (``[places] regional_capitals``: ``in der Hauptstadt der Region``, ``the capital of
    the province``, ``in the county capital``)? Then it is no country's capital: the seat
    of the region named last is read after the events are told (:func:`_regional_capitals`;
    session 21, round 2: before, ``die Hauptstadt der Region`` was the country's capital)."""
    folds = [t.fold for t in toks]
    for ph in lex.regional_capitals:
        n = len(ph)
        for k in range(max(i - n + 1, 0), i + 1):
            if tuple(folds[k : k + n]) == ph:
                return True
    return False


def _capital_of(
    toks: Sequence[Token],
    i: int,
    lex: _Lexicon,
    places: Sequence[Place],
    every: Sequence[Place],
    home: str | None = None,
) -> Place | None:
    """``in der polnischen Hauptstadt``, ``the Uzbek capital``, ``Pakistan's capital``,
    ``the capital of Peru``: that country's capital (GeoNames' capitals), as named in the
    text when it is, else from GeoNames. A capital followed by its own name (``die
    Hauptstadt Kiew``) is not descriptive: the name is the place; a capitalised word after
    it that names no place is the clause's next noun (``in der nigerianischen Hauptstadt
    Sanktionen``), or a name the gazetteer lacks, which the capital is then too. A bare
    ``the capital`` with no country named before it is the dateline's (``home``: ``KANDY,
    Sri Lanka ... In the capital, teachers marched`` is Colombo's, not Kandy): the story is
    filed from that country."""
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is not None and after.is_cap:
        nxt = next((p for p in places if p.start == after.start), None)
        if nxt is not None and nxt.kind != "country":
            return None
    if _region_owns_capital(toks, i, lex, places):
        return None
    cc = None
    linked = after is not None and (
        after.fold in lex.transparent
        or after.fold in lex.capital_links
        or after.fold in lex.genitive_determiners
    )
    if after is not None and linked and i + 2 < len(toks):
        # the owner after the link, past at most _OWNER_REACH lower-case words ("the
        # capital of neighbouring Uganda", "der Hauptstadt des benachbarten Uganda"; session
        # 29: before, the link's next word only, so the dateline's capital was taken)
        for tok in toks[i + 2 : i + 3 + _OWNER_REACH]:
            nxt = next((p for p in places if p.start == tok.start), None)
            if nxt is not None:
                cc = nxt.country_code if nxt.kind == "country" else None
                break
            if tok.is_cap:
                break
    elif after is not None:
        nxt = next((p for p in places if p.start == after.start), None)
        cc = nxt.country_code if nxt is not None and nxt.kind == "country" else None
    for j in range(i - 1, max(i - 4, -1), -1):
        if cc is not None:
            break
        tok = toks[j]
        here = next((p for p in places if p.start <= tok.start < p.end), None)
        if here is not None and (here.role == "adjective" or here.kind == "country"):
            cc = here.country_code
        elif (code := _demonym(tok, lex)) is not None:
            cc = code
    if cc is None and i > 0 and toks[i - 1].fold in lex.determiners:
        # a bare "the capital" (not "the state capital", "the provincial capital"); a
        # visitor's country in the clause is not the story's (_actor_countries)
        visitors = _actor_countries(toks, lex, places)
        cc = _story_country(toks[i], [p for p in every if p.start not in visitors]) or home
    if cc is None:
        return None
    return _capital_place(cc, toks[i], every)


# how many lower-case words may stand between a capital's link word and its owner ("the
# capital of neighbouring B", "der Hauptstadt des benachbarten B")
_OWNER_REACH = 2
# how many words of rank or country more (a region's rank, a country's adjective or
# possessive: "der russischen Teilrepublik B")
_OWNER_EXTRA = 2
_POSSESSIVE_ENDS = ("'s", "’s")


def _region_owns_capital(
    toks: Sequence[Token], i: int, lex: _Lexicon, places: Sequence[Place]
) -> bool:
    """Is the capital word at ``i`` owned by a place that is no country: a link word
    (``of``, ``von``, a German genitive article) and at most ``_OWNER_REACH`` lower-case
    words, then a resolved region or town (``In A, der Hauptstadt von B``, ``Helfer aus A,
    der Hauptstadt des benachbarten B``, ``the capital of neighbouring B``)? Then it is that
    region's seat, no country's capital (session 24, h24-evplace)."""
    if i + 1 >= len(toks):
        return False
    link = toks[i + 1].fold
    if not (
        link in lex.transparent or link in lex.capital_links or link in lex.genitive_determiners
    ):
        return False
    # the region's rank, its country's adjective or possessive may stand before it ("der
    # Hauptstadt der russischen Teilrepublik B", "the capital of Russia's B region"): each
    # widens the reach by a word, at most _OWNER_EXTRA times (session 29)
    end = min(i + 3 + _OWNER_REACH, len(toks))
    extra = 0
    j = i + 2
    while j < end:
        tok = toks[j]
        owner = next((p for p in places if p.start == tok.start), None)
        country_word = owner is not None and (
            owner.role == "adjective"
            or (owner.kind == "country" and tok.text.endswith(_POSSESSIVE_ENDS))
        )
        if country_word or (owner is None and tok.fold in lex.admin_words):
            if extra < _OWNER_EXTRA:
                extra += 1
                end = min(end + 1, len(toks))
            j += 1
            continue
        if owner is not None:
            return owner.resolved and owner.role == "name" and owner.kind != "country"
        if tok.is_cap:
            return False  # a noun of its own ("der Hauptstadt des Landes")
        j += 1
    return False


# a seat of state's capital: above a country (1) or a region (2) with its preposition, below
# a town (3) with its preposition
_SEAT_SCORE = 4.5
# how many words after a seat of state its country may stand ("Parlament in X")
_SEAT_REACH = 2


def _seat_capital(
    toks: Sequence[Token], i: int, lex: _Lexicon, places: Sequence[Place], every: Sequence[Place]
) -> Place | None:
    """``outside parliament``, ``vor dem Parlament``: a country's institution stands in its
    capital, so with no town named the event is there, not anywhere in the country. The
    country is one the clause names (``vor dem Parlament in X``), one an adjective or a
    genitive before the noun names (``outside the Kenyan parliament``), else the story's
    (the latest place named before). Only a bare noun or one after an article or a country
    word: ``the state parliament``, ``the regional parliament`` stand elsewhere; an
    adjective of ``seat_adjectives`` between keeps it bare (``at the presidential palace``).
    A German compound that opens with a word of ``seat_local`` (``Regionalministerium``,
    ``Landesparlament``) is a region's or a town's seat (session 24, round 2, h24-evde)."""
    fold = toks[i].fold
    if lex.nouns_capitalised and any(fold.startswith(w) and fold != w for w in lex.seat_local):
        return None  # "vor dem Regionalministerium", "Landesparlament": not the state's seat
    j = i - 1 if i > 0 and toks[i - 1].fold in lex.seat_adjectives else i
    if (
        j == i
        and i > 1
        and toks[i].fold in lex.seat_heads
        and toks[i - 1].fold not in lex.seat_local
        and toks[i - 2].fold in lex.determiners
    ):
        j = i - 1  # "the energy ministry": its field, still the state's seat
    bare = j == 0 or any(
        toks[j - 1].fold in words
        for words in (lex.determiners, lex.prepositions, lex.cues, lex.outside)
    )
    if not bare:
        before = next((p for p in places if p.start <= toks[i - 1].start < p.end), None)
        if before is None or not (before.kind == "country" or before.role == "adjective"):
            return None
        return _capital_of(toks, i, lex, places, every)
    reach = toks[min(i + _SEAT_REACH, len(toks) - 1)].end
    cc = next(
        (
            p.country_code
            for p in places
            if p.resolved
            and p.country_code
            and (p.kind == "country" or p.role == "adjective")
            # before the noun or right after it ("vor dem Parlament in X"), not a topic
            # further on ("outside parliament against a contract with X")
            and p.start < reach
        ),
        None,
    ) or _story_country(toks[i], [p for p in every if p.mention.casefold() not in lex.org_words])
    return _capital_place(cc, toks[i], every) if cc else None


def _embassy_capital(
    toks: Sequence[Token],
    i: int,
    lex: _Lexicon,
    places: Sequence[Place],
    every: Sequence[Place],
    dateline: tuple[int, int] | None,
) -> Place | None:
    """``rallied outside the Tajik embassy``, ``vor der russischen Botschaft``, ``outside
    the embassy of Japan`` (``[places] embassies``): a state's mission stands in the capital
    of the country it is in, never in its owner's, so the owner's name is no place of the
    event and the town named last (often in the owner's country) is not either. The owner
    is a country or its adjective right before the noun or after an ``of`` right after it;
    the host is the dateline's country when that is another one (the report is filed where
    the embassy is), else the country of the latest place named before that is not the
    owner's. No owner named: the noun says nothing (``the embassy said``)."""
    owner = None
    after = i + 2 if i + 2 < len(toks) and toks[i + 1].fold in lex.transparent else None
    for k in (i - 1, after):
        if k is None or k < 0:
            continue
        here = next((p for p in places if p.resolved and p.start <= toks[k].start < p.end), None)
        if (
            here is not None
            and here.country_code
            and (here.kind == "country" or here.role == "adjective")
        ):
            owner = here.country_code
            break
    if owner is None:
        return None
    named = [p for p in every if p.resolved and p.country_code and p.role != "derived"]
    host = next(
        (
            p.country_code
            for p in named
            if dateline is not None and dateline[0] <= p.start < dateline[1]
        ),
        None,
    )
    if host is None or host == owner:
        host = next(
            (
                p.country_code
                for p in reversed(named)
                if p.end <= toks[i].start and p.country_code != owner
            ),
            None,
        )
    return _capital_place(host, toks[i], every) if host else None


def _capital_place(cc: str, tok: Token, every: Sequence[Place]) -> Place | None:
    """The capital of country ``cc`` as named in the text (``every``) when it is, else
    from GeoNames' capitals, placed at ``tok`` (the word that described it)."""
    found = _capital(cc)
    if found is None:
        return None
    gid, name, lat, lon = found
    named = next((p for p in every if p.resolved and p.country_code == cc and p.name == name), None)
    if named is not None:
        return named
    return Place(
        mention=tok.text,
        start=tok.start,
        end=tok.end,
        sentence=-1,
        name=name,
        kind="city",
        country_code=cc,
        lat=lat,
        lon=lon,
        id=f"geonames:{gid}",
        source="context",
        confidence=0.6,
    )


def _feature_before(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does a feature word (``city``, ``port``, ``Stadt``: the back-reference nouns) stand
    right before token ``idx``, or before an ``of`` before it?"""
    j = idx - 1
    if j >= 0 and toks[j].fold in lex.transparent:
        j -= 1
    if j < 0:
        return False
    return any(pat.match(toks[j].text) for _, pat in lex.back_reference)


def _introduced_object(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does a feature word introduce the name at ``idx`` after an article that is no
    genitive's and no owner's (``die Stadt B``, ``the town of B`` as an object, not ``der
    Stadt B``, ``of the town of B``)? Session 24, round 2 (h24-evplace)."""
    if not _feature_before(toks, idx, lex):
        return False
    j = idx - 2 if toks[idx - 1].fold in lex.transparent else idx - 1
    if j < 1 or toks[j - 1].fold not in lex.determiners:
        return False
    own = lex.genitive_determiners | lex.owner_prepositions
    return toks[j - 1].fold not in own and (j < 2 or toks[j - 2].fold not in own)


def _feature_after(toks: Sequence[Token], idx: int, place: Place, lex: _Lexicon) -> bool:
    """Does a feature word (``port``, ``city``, ``province``) follow the name at ``idx``
    (``the container terminals of Busan port``, ``the outskirts of Herat city``)? The name
    after ``of`` is then a place the phrase is about, as ``the port of X`` is, not part of
    an organisation's name (``Group of Seven``, ``the Bank of England``: no feature word
    after it)."""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    return last + 1 < len(toks) and _is_feature(toks[last + 1], lex)


def _between_first_end(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the place at ``i`` the first end of a route (``[places] route_between`` right after
    a route noun: ``on the road between A and B``, ``auf der Straße zwischen A und der
    Grenze``)? Then its preposition makes it no partner (``talks between A and B``): it is a
    candidate as the second end is (session 24, round 2, h24-evplace; before, the border or
    the second end placed the event even when it was no town)."""
    return (
        i > 1
        and toks[i - 1].fold in lex.route_between
        and bool(lex.route_nouns.match(toks[i - 2].text))
    )


def _phrase_cue(
    clause: _Clause, toks: Sequence[Token], idx: int, lex: _Lexicon, skip: Set[int]
) -> str | None:
    """The place preposition of the substrate's noun phrase that holds token ``idx``: the
    locative phrase the place belongs to, however many modifiers stand between
    (``in der größten ostpolnischen Industriestadt X``); not across a time phrase."""
    phrase = clause.phrase_of(toks[idx])
    if phrase is None or phrase.preposition is None or phrase.preposition_start is None:
        return None
    if phrase.preposition not in lex.cues and phrase.preposition not in lex.outside:
        return None
    at = clause.index_at(phrase.preposition_start)
    if at >= len(toks) or toks[at].start != phrase.preposition_start:
        return None  # the preposition lies outside this clause
    if any(j in skip for j in range(at, idx)):
        return None
    return phrase.preposition


# how far back from a back-reference noun a border word may stand ("die Grenze zum
# Nachbarland", "the border with the neighbouring country")
_BORDER_REACH = 4


def _across_border(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the back-reference noun at ``i`` follow a border word and its preposition
    (``schloss die Grenze zum Nachbarland``, ``closed the border with the neighbouring
    country``: the geoparser's ``border_words``), past articles and adjectives? It names
    the country across the border, where the story is not, as a country named there does
    (``near the border with Mali``): no place of the event."""
    borders = place_lexicon(lex.lang).border_words
    for j in range(i - 1, max(i - 1 - _BORDER_REACH, -1), -1):
        low = toks[j].fold
        if low in lex.prepositions:
            return j > 0 and (
                toks[j - 1].fold in borders or any(toks[j - 1].fold.endswith(b) for b in borders)
            )
        if low in lex.determiners or not toks[j].is_cap or not lex.nouns_capitalised:
            continue
        return False
    return False


def _modifier_of_named_site(
    toks: Sequence[Token], i: int, places: Sequence[Place], lex: _Lexicon
) -> bool:
    """Whether the back-reference word at ``i`` only modifies the noun after it, a site the
    clause places by a locative of its own (``rallied outside the town hall in A``, ``the
    city hall in A``): the event's own place A is named, so the word points back to no town
    of an earlier sentence. A word followed by a preposition (``the town on Tuesday``) or
    with no place named after its noun stays a back reference, as does one whose place
    follows an origin (``the county jail from A``) (session 23, h23-guard)."""
    if i + 3 >= len(toks):
        return False
    noun, cue = toks[i + 1], toks[i + 2]
    if noun.is_cap or not noun.text.isalpha() or cue.fold not in lex.cues:
        return False
    if cue.fold in lex.origins:
        return False  # "leased the county jail from A": where it came from, not where it is
    if noun.fold in lex.prepositions or noun.fold in lex.cues or noun.fold in lex.transparent:
        return False
    starts = {t.start for t in toks[i + 3 : i + 5]}
    return any(
        p.start in starts and p.role == "name" and p.resolved and p.kind != "country"
        for p in places
    )


def _word_of_a_name(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the English back-reference word at ``i`` the first word of a capitalised name
    (``at the State Palace``, ``the Republic Square``, ``the State Department``): written
    with a capital inside its clause, a capitalised word after it? Then it names an
    institution or a site, not the country told before. Only where capitals mark names.
    Session 24 (h24-even): talks held at a capital's State Palace were placed in the
    visitor's country."""
    return (
        not lex.nouns_capitalised
        and 0 < i < len(toks) - 1
        and toks[i].is_cap
        and not toks[i].is_upper
        and toks[i + 1].is_cap
        and not toks[i + 1].is_upper
    )


def _back_reference(
    kind: str,
    head: Token,
    after: Sequence[Token],
    places: Sequence[Place],
    earlier: Sequence[Place],
    sentence_start: int | None = None,
    spoken: Set[int] = frozenset(),
    placed_at: Set[int] = frozenset(),
    unplaced_after: int | Callable[[], int] = -1,
    own_day: Callable[[int], bool] | None = None,
) -> Place | None:
    """The latest place of ``kind`` named before ``head`` (in the country named after it).

    A head followed by a name of its own (``die Grenzstadt Belgorod``) points nowhere.
    ``sentence_start``: where the head's sentence begins; an area's head prefers a town of
    its own sentence named after the last region (see below). ``spoken``: the starts of
    places where an earlier statement or court action was made (:func:`_spoken_at`); an
    area's head passes over them when another place is left (``Ein Erdbeben erschütterte
    die Stadt A. Der Präsident rief in B den Notstand aus. Ein Nachbeben erschütterte die
    Region`` is A: the region around the scene, not around the capital that spoke).
    """
    country = None
    if after:
        nxt = next((p for p in places if p.start == after[0].start), None)
        if nxt is not None and nxt.kind != "country":
            return None
        country = nxt.country_code if nxt is not None else None
    named = [p for p in earlier if p.resolved and p.end <= head.start and p.role == "name"]
    before = _story_scenes(
        [p for p in named if p.kind == kind], placed_at, sentence_start, unplaced_after, own_day
    )
    if kind == "area":
        # "die Region", "the area": the region named last, else the place the story named
        # last (a town, an island, a volcano: "the region" is the area around it), never a
        # country (that is "das Land")
        scenes = [p for p in named if p.start not in spoken] or named
        # a region that only says where the town before it lies ("outside A in central
        # B", "A, B") is no area of its own: "the area" is around A (session 25)
        locators = _locator_regions(named, placed_at)
        scenes = [p for p in scenes if p.start not in locators] or scenes
        regions = [p for p in scenes if p.kind == "region"]
        towns = [p for p in scenes if p.kind != "country"]
        if regions and (scene := _scene_inside(regions[-1], named, placed_at)) is not None:
            # "Bei einem Busunglück in <Landesteil> ... Das Unglück ereignete sich bei A. ...
            # in der Region": the region no event stands in any more, an event of the story
            # stands at a town of its country named after it: the region around that scene
            # (session 29)
            regions = [scene]
        # "Nachdem Rebellen am Montag in X angegriffen hatten, ... in dem Gebiet": a town
        # of the head's own sentence, named after the last region, is nearer than a region
        # of an earlier paragraph (session 14, round 2)
        own = [
            p
            for p in towns
            if sentence_start is not None
            and p.start >= sentence_start
            and (not regions or p.start > regions[-1].start)
        ]
        before = own or regions or towns
    if country:
        before = [p for p in before if p.country_code == country] or before
    return before[-1] if before else None


def _scene_inside(region: Place, named: Sequence[Place], placed_at: Set[int]) -> Place | None:
    """The latest town of ``region``'s country named after it that an event of the story
    stands at (``placed_at``), when no event stands in ``region`` itself: the story was
    narrowed from the region to that town (the lede's area told again at a town, a centre
    near a town), and an area's back reference means the region around the scene. None when
    an event stands in the region (a storm over the whole province: ``the region`` is the
    province) or no such town is placed (session 29, h29-coarse)."""
    if not placed_at or region.start in placed_at:
        return None
    scenes = [
        p
        for p in named
        if p.start > region.start
        and p.start in placed_at
        and p.country_code == region.country_code
        and _is_point(p)
    ]
    return scenes[-1] if scenes else None


_LOCATOR_GAP = 20
"""Characters at most between a town and the region right after it that says where the
town lies (``A in central B``, ``A, B``, ``A im Norden von B``)."""


def _is_point(p: Place) -> bool:
    """A town, a site or an island by its kind's specificity."""
    return kind_info(p.kind).event_specificity >= _POINT_SPECIFICITY


#: how many places before a region may be the town it locates (``A in central B``: one;
#: ``A, B`` after a list: a few), so a story's every region is not compared with all its
#: places (review of session 25, h25-mend)
_LOCATOR_PLACES = 3


def _locator_regions(named: Sequence[Place], placed_at: Set[int]) -> frozenset[int]:
    """The starts of the regions (a province, a state) of ``named`` that are named right
    after a town of their sentence that an event of the story took (``placed_at``), at most
    ``_LOCATOR_GAP`` characters on (``outside A in central B``, ``bei A im Norden von B``)?
    Such a region only locates the town, as the nesting of a clause's places reads it
    (:func:`_nesting`), and an area's back reference (``in the area``, ``in der Region``)
    means the town's surroundings, not the whole region (session 25, h25-evplace). One pass
    over ``named`` in text order, each region against the ``_LOCATOR_PLACES`` places
    before it."""
    ordered = sorted(named, key=lambda p: p.start)
    return frozenset(
        region.start
        for i, region in enumerate(ordered)
        if region.kind != "country"
        and not _is_point(region)
        and any(
            p.sentence == region.sentence
            and _is_point(p)
            and p.start in placed_at
            and 0 <= region.start - p.end <= _LOCATOR_GAP
            for p in ordered[max(0, i - _LOCATOR_PLACES) : i]
        )
    )


def _story_scenes(
    before: list[Place],
    placed_at: Set[int],
    sentence_start: int | None,
    unplaced_after: int | Callable[[], int] = -1,
    own_day: Callable[[int], bool] | None = None,
) -> list[Place]:
    """The places of a back reference's kind an event of the story was placed in, when the
    latest place of that kind was named in an earlier sentence that placed no event there
    (``Miners clashed with police in A. The clashes were the worst since the unrest in B in
    2019. Police arrested 20 miners in the city``: A, not B). ``placed_at``: the starts of
    the places earlier events took, ``unplaced_after`` the start of the latest earlier
    event's clause that has no place yet (or a function that works it out when asked). A
    place of the head's own sentence, one an unplaced event follows, or with no event placed
    anywhere of that kind, stays as named; so does a country or a province (only a town, a
    site or an island is passed over: on LGL, ``across the state`` after ``in Iraq or
    Afghanistan`` moved from one wrong country to another) (session 23, h23-evplace)."""
    if not before or not placed_at or before[-1].start in placed_at:
        return before
    if kind_info(before[-1].kind).event_specificity < _POINT_SPECIFICITY:
        return before  # a country or a province named in passing is often the story's own
    if sentence_start is not None and before[-1].start >= sentence_start:
        return before
    if own_day is not None and own_day(before[-1].sentence):
        # "On Tuesday mourners gathered in B for a funeral. Police arrested 20 people in
        # the city": a sentence with a day of its own, not in the past perfect, tells the
        # story's next happening though no event was read from it; B (session 24)
        return before
    if before[-1].start < (unplaced_after() if callable(unplaced_after) else unplaced_after):
        # an event told after that name took no place of its own yet (it is carried from
        # the places before it): the name is the story's ("erreichten ... die Grenzstadt A.
        # Am Dienstag kamen weitere an. ... in der Stadt")
        return before
    return [p for p in before if p.start in placed_at] or before


class _Lazy(Set[int]):
    """A set of place starts worked out from the story's events only when a rule asks it.

    The clause loop hands every place choice the starts the story's earlier events took and
    spoke at (:func:`_story_placed`, :func:`geomap.events._carry._spoken_at`); only a back
    reference (``the town``, ``the region``) reads them. Worked out for every event, each a
    pass over all earlier events, they made a text of many events quadratic (a 100,000
    character input of 1,600 events spent 4 of its 7 s there); asked lazily, within the same
    choice, they cost nothing where no back reference is read, and the answer is the same."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], frozenset[int]]) -> None:
        self._make = make
        self._value: frozenset[int] | None = None

    def _get(self) -> frozenset[int]:
        if self._value is None:
            self._value = self._make()
        return self._value

    def __contains__(self, x: object) -> bool:
        return x in self._get()

    def __iter__(self) -> Iterator[int]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def _story_placed(raws: Sequence[_Raw], lex: _Lexicon) -> frozenset[int]:
    """The starts of the places the story's events took (``placed_at`` of
    :func:`_story_scenes`), without a flashback's: an event told in the past perfect
    (``[places] flashback_auxiliaries``, ``[clauses] pluperfect_ends``) with a verb trigger
    after an event of the story (``Youths burned a police station in A on Sunday. The driver
    had been arrested near B on Friday. The minister travelled to the town``: A, not B; in
    German ``Bereits im März hatten Arbeiter in B ... blockiert``). The flashback's town
    is then passed over as a town named with no event is (session 24, h24-evplace)."""
    out: set[int] = set()
    told = False
    for o in raws:
        folds = o.clause.reading.fold_set
        back = (
            told
            and o.pos == "verb"
            and (
                bool(folds & lex.flashback_auxiliaries)
                or any(set(ends) <= folds for ends in lex.pluperfect_ends)
            )
        )
        told = told or not back
        if o.place is not None and not back:
            out.add(o.place.start)
    return frozenset(out)


def _named_with_head(text: str, head: Token, earlier: Sequence[Place]) -> Place | None:
    """The latest place named before ``head`` whose name the same facility noun follows,
    at most one word between (``at the Busia border crossing`` ... ``at the same
    crossing``): the gazetteer knows the town, not the crossing, so no facility of that
    kind stands before (session 14)."""
    word = head.fold
    for p in reversed(earlier):
        if p.end > head.start or not p.resolved or p.role != "name":
            continue
        if word in _WORD.findall(text[p.end : p.end + 40].casefold())[:2]:
            return p
    return None


def _introduced_with_head(
    text: str, head: Sequence[Token], earlier: Sequence[Place]
) -> Place | None:
    """The latest place named before ``head`` (the feature word's tokens) that the same
    feature word introduced, at most two words between (``vor der Küste der Hafenstadt
    Obock``, ``the port city of <X>``): a back reference by a specific feature word
    (``[places] introduced_heads``) means that place, not a town named since in an
    attribution (``wie die IOM in Genf mitteilte``)."""
    words = [t.fold for t in head]
    n = len(words)
    for p in reversed(earlier):
        if p.end > head[0].start or not p.resolved or p.role != "name":
            continue
        before = _WORD.findall(text[max(p.start - 60, 0) : p.start].casefold())[-(n + 2) :]
        if any(before[k : k + n] == words for k in range(len(before) - n + 1)):
            return p
        if text.startswith(",", p.end):
            # "in B, einer Kleinstadt im Norden", "in B, a small town in the north": the
            # same words in an apposition after the name introduce it too (session 24)
            after = _WORD.findall(text[p.end : p.end + 40].casefold())[: n + 1]
            if any(after[k : k + n] == words for k in range(len(after) - n + 1)):
                return p
    return None


def _elapsed_before(toks: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    """Does a time unit stand right before ``start`` ("ten years after the flood", "zwei
    Tage nach dem Beben")? Then the phrase counts from that event, it does not report it."""
    before = [t for t in toks if t.end <= start][-2:]
    return any(t.fold in lex.elapsed_units for t in before)


def _event_spans(
    clause: _Clause, spans: Sequence[TimeSpan], doc: Document, lex: _Lexicon
) -> tuple[list[tuple[TimeSpan, str | None]], set[int]]:
    """Time spans of the clause, with the event type an ``event`` span points to, and the
    token indices the spans cover (not actors, not triggers)."""
    out: list[tuple[TimeSpan, str | None]] = []
    covered: set[int] = set()
    lo = bisect.bisect_left(spans, clause.start, key=lambda sp: sp.start)
    hi = bisect.bisect_left(spans, clause.end, key=lambda sp: sp.start)
    gaps = _gaps(clause, doc.text) if lo < hi else []
    dated = any(sp.kind != "event" for sp in spans[lo:hi])
    for span in spans[lo:hi]:
        if any(a <= span.start < b for a, b in gaps):
            continue  # a time of the relative clause taken out of it (_split_relative)
        if span.kind == "event" and dated and span.text.split()[0].casefold() in lex.during_words:
            # "An explosion shook X on Monday during a drone attack": the clause has its
            # day; the phrase tells how the event came about, and its noun says the kind
            continue
        if span.kind == "event" and dated and _opens_after_clause(span, lex):
            # "nachdem die Rebellen am Montag einen Posten angegriffen hatten": the
            # conjunction opens a clause with a day of its own; its noun is the subject
            continue
        end = min(span.end, clause.end)
        ref_type = None
        if span.kind == "event":
            ref_type, end = _event_noun(doc.text, span.start, end, lex)
            if ref_type is None or _noun_with_verb(clause, span, end, lex):
                continue
            span = TimeSpan(span.start, end, doc.text[span.start : end], "event")
        out.append((span, ref_type))
        # the tokens starting in [span.start, end): the starts are sorted
        starts = clause.starts
        covered.update(
            range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, end))
        )
    return out, covered


def _opens_after_clause(span: TimeSpan, lex: _Lexicon) -> bool:
    """Does a relative span start with a conjunction that opens a clause (``[clauses]
    after_clause_openers``: ``nachdem``), not a preposition (``nach dem Brand``)? Such a
    span with a day after it in its clause is the clause's subject, no time to count from
    (session 22, round 2, h22-evde)."""
    words = span.text.split()
    return bool(words) and words[0].casefold() in lex.after_clause_openers


def _noun_with_verb(clause: _Clause, span: TimeSpan, end: int, lex: _Lexicon) -> bool:
    """``plunged into the river after a landslide hit it``, ``after a bomb had exploded``:
    the event noun of an ``after`` phrase is the subject of a verb of its own (an auxiliary,
    a trigger verb or a carrier right after it), so the phrase opens a clause that tells
    its own event, not a time the main event counts from. Only a phrase that starts with
    its relation word (``a day after an air strike killed four`` counts from the strike),
    and only where the subject stands before its verb: after a fronted phrase a
    verb-second language puts the main verb (``Nach dem Erdbeben stürzte ... ein``)."""
    if lex.verb_second or span.text.split()[0].casefold() not in lex.relation_words:
        return False
    k = bisect.bisect_left(clause.starts, end)
    if k >= len(clause.tokens):
        return False
    nxt = clause.tokens[k]
    readings = lex.first_word_triggers(nxt.text)
    if any(t.pos == "noun" for t in readings):
        return False  # "after a drone strike": the second word of the noun
    return (
        nxt.fold in lex.auxiliaries
        or bool(lex.carriers_of(nxt.text))
        or any(t.pos == "verb" for t in readings)
    )


def _gaps(clause: _Clause, text: str) -> list[tuple[int, int]]:
    """The stretches of text between two neighbouring words of a clause that hold words of
    their own: a clause part with words taken out (_split_relative)."""
    toks = clause.tokens
    # one search in C per gap (``[^\W_]``: a word character but the underscore, which is
    # what ``str.isalnum`` tells of a character) instead of a Python step per character
    return [
        (a.end, b.start)
        for a, b in zip(toks, toks[1:], strict=False)
        if _ALNUM.search(text, a.end, b.start) is not None
    ]


_ALNUM = re.compile(r"[^\W_]")


def _event_noun(text: str, start: int, end: int, lex: _Lexicon) -> tuple[str | None, int]:
    """The first trigger noun in a relative span ("vor dem Treffen von ...") and where the
    span should end: after that noun and a following "von/of X und Y"."""
    toks = word_units(text, start, end)
    for k, m in enumerate(toks):
        if (
            k > 0 and m.fold in lex.anchor_nouns and toks[k - 1].fold in lex.anchor_determiners
        ):  # "vor den Schüssen": a noun of no trigger, one told before
            return lex.anchor_nouns[m.fold], m.end
        if _past_other_head(toks, k, lex):
            return None, end  # "vor dem Parlament zu einer Mahnwache": a place, no relation
        if k == 0 or not lex.any_trigger.match(m.text):
            continue
        for trig in lex.first_word_triggers(m.text):
            # one word, or a noun of two words that follow one another ("air strike")
            n = len(trig.words)
            if (
                trig.pos == "noun"
                and n <= 2
                and k + n <= len(toks)
                and all(w.match(toks[k + j].text) for j, w in enumerate(trig.words))
            ):
                if lex.nouns_capitalised and not m.is_cap:
                    continue
                stop = toks[k + n - 1].end
                joined = False  # the last word was "von"/"und": a name may follow
                for nxt in toks[k + n :]:
                    if nxt.fold in _EVENT_COMPLEMENT:
                        joined = True
                    elif joined and nxt.is_cap:
                        stop, joined = nxt.end, False
                    else:
                        break
                return trig.type, stop
    return None, end


def _past_other_head(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Is token ``k`` of a relative span a preposition, before an indefinite article, after
    the span's head noun, a noun that names no event (``vor dem Parlament zu einer
    Mahnwache``, ``vor der Botschaft bei einer Kundgebung``)? Then the span's ``vor``/``nach``
    opened a place before a building, and the new (indefinite) event noun further on is the
    clause's own event, not one it counts from (``nach der Meldung über den Start`` counts
    from the launch told before: a definite complement of the head). (Before,
    a protest told earlier made ``zu einer Mahnwache`` a reference to it, and the vigil was
    lost). Only where nouns are capitalised (German), so the head is known without a
    parser; ``von``/``und``/``mit`` join a complement (``nach dem Ende von Protesten``).
    Session 23, h23-evde."""
    if not lex.nouns_capitalised or k < 2 or toks[k].fold not in lex.prepositions:
        return False
    if toks[k].fold in _EVENT_COMPLEMENT:
        return False
    if k + 1 >= len(toks) or toks[k + 1].fold not in lex.indefinite:
        return False  # "nach der ersten Meldung über den Start": the report of a told launch
    rel = next((j for j in range(k) if toks[j].fold in lex.relation_words), None)
    return rel is not None and any(
        toks[j].is_cap and not lex.any_trigger.match(toks[j].text) for j in range(rel + 1, k)
    )


def _resolve_time(
    value: TimeValue | None, anchor: date | None, precision: str | None
) -> tuple[str | None, str | None, str | None]:
    """(date, precision, date_text) of a directly resolvable time value."""
    if value is None:
        return None, None, None
    if value.date:
        return value.date, value.precision, value.text
    if value.weekday is not None and anchor is not None and precision == "month":
        return None, "month", f"{value.text} (only the month {anchor:%Y-%m} is known)"
    if value.month:
        return None, "month", f"{value.text} ({value.month})"
    return None, value.precision, value.text


def _part_of_named_town(
    toks: Sequence[Token], i: int, places: Sequence[Place], lex: _Lexicon
) -> bool:
    """Is ``toks[i]`` a part of a town (``[places] city_parts``: ``die Innenstadt``, ``die
    Altstadt``) in a clause that names a town itself before it (``in <B> zogen Hunderte
    Menschen durch die Innenstadt``, after ``In <A> protestierten ...,``)? Then it is
    that town's part, not a pointer back to the town told before it. Session 25 (h25-evde)."""
    if toks[i].fold not in lex.city_parts:
        return False
    start, at = toks[0].start, toks[i].start
    return any(
        p.role == "name" and p.resolved and p.kind == "city" and start <= p.start < at
        for p in places
    )


def _sea_beside(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` the reference point of a sea's stretch (``into the sea east
    of Hamhung``, ``into waters west of X``, ``ins Meer östlich von X``): a direction
    (``[places] directions``) right before it, past ``of`` or an article, and a sea noun
    (``[places.back_reference] sea``) right before the direction? Then it says where a
    missile came down, not where it was fired from (session 12, h-evdev: the launch then
    takes its site from the sentences around it, else its state)."""
    j = idx - 1
    while j >= max(0, idx - 2) and (
        toks[j].fold in lex.transparent
        or toks[j].fold in lex.determiners
        or toks[j].fold in lex.prepositions  # "östlich von X"
    ):
        j -= 1
    if j < 1 or toks[j].fold not in lex.directions:
        return False
    sea = toks[j - 1]
    return any(kind == "sea" and pat.match(sea.text) for kind, pat in lex.back_reference)


def _bracketed_country(
    toks: Sequence[Token], country: Place, idx: int, places: Sequence[Place]
) -> bool:
    """Is the country at ``idx`` in brackets right after a place of its own (``Behörden in
    Mosul (Irak) nahmen ...``, ``bei Peshawar (Pakistan)``)? German copy names a town's
    country so; it only says where the town lies and is no candidate of its own: when the
    town yields (a speaker's or an origin's town), the country, scored by the same
    preposition, took its place (session 18, round 2, the event-site probe). The caller
    drops it after :func:`_nesting`, which reads ``A (Land) nahe B`` with it."""
    if idx < 1 or toks[idx].gap_before.strip() != "(":
        return False
    end = toks[idx - 1].end
    return any(
        q is not country
        and q.resolved
        and q.kind != "country"
        and q.end == end
        and q.country_code == country.country_code
        for q in places
    )


# how far from a town a reference may measure an event placed in a whole country for the
# town to place it (near it): the benchmark's tolerance for a point (fifteenth session)
_REFINE_NEAR_KM = 50.0
_KM_PER_MILE = 1.609
_DISTANCE_NUMBER = re.compile(r"(\d{1,6})(?:[.,](\d{1,3}))?")


# how far from a country's point a town read in another country must lie to be a namesake
# abroad rather than a town across its border: the distance within which the geoparser
# calls a town coherent with an article's places
_NAMESAKE_ABROAD_KM = WEIGHTS.coherence_km


def _scoring_kind(p: Place) -> str:
    """The kind a candidate place scores as. A derived border or a coast side is as
    specific as a town; a country's whole coast (no side, no sea: "off the coast of X",
    docs/geoparser.md) spans the country's shore, so it scores as a coast, above the
    country and below a town the sentence names ("off the coast of X near <town>")."""
    if p.role != "derived":
        return p.kind
    if p.relation == "coast" and p.facing is None and p.water is None:
        return "coast"
    return "derived"
