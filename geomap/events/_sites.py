"""Events: places named as sites and subjects across a clause's neighbours.

Site nouns (``the plant``, ``im Werk``) tied to the place named with them, towns on rivers,
home towns, fronted places, subjects and appositions that carry a place (``X, a town near
Y``), and labels (``dubbed``). Separate from :mod:`geomap.events._place` because the clause loop
(:mod:`geomap.events._extract`) asks them about a clause's neighbours and the document's
state, after the clause's own place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geomap.events._actors import _cue, _is_feature
from geomap.events._merging import _merge
from geomap.events._origins import _is_capital, _precision_of
from geomap.events._place import _DISTANCE_NUMBER, _KM_PER_MILE, _clause_at, _no_scene, _place
from geomap.events._sentences import _Clause
from geomap.events._state import _Raw, _State
from geomap.events._timeexpr import earlier_auxiliaries, relative_pronouns
from geomap.events._triggers import _definite
from geomap.events._vocabulary import (
    _BACK_REFERENCE_SENTENCES,
    _FOLD,
    _MAX_CLAUSE_TOKENS,
    _POSSESSIVES,
    _Lexicon,
    _Trigger,
)
from geomap.geometry import geodesic_km
from geomap.model import Place
from geomap.text import Token, unit_words, word_units

# at most this many words in a label before its colon ("Festnahme in Bad Ischl:")
_LABEL_WORDS = 5


def _label_before(previous: _Raw, raw: _Raw) -> bool:
    """Is ``previous`` a label of ``raw``'s sentence: an event (not a verb of saying) in a
    short first clause that ends with a colon (``Festnahme in X: Ein Mann wurde
    festgenommen, nachdem ...``)? The sentence after the colon tells the event itself; the
    label only names it, as a headline would (session 22, round 2, h22-evde)."""
    clause, sent = previous.clause, raw.clause.sentence
    if previous.pos == "weak" or clause.sentence is not sent or raw.clause is clause:
        return False
    if clause.text[sent.start : clause.start].strip() or len(clause.words) > _LABEL_WORDS:
        return False  # not the sentence's first words, or longer than a label
    after = clause.text[clause.end - 1 : clause.end + 2]
    return ":" in after and not after.split(":", 1)[1].strip(" ").startswith(("/", "\n"))


def _labelled_by(previous: _Raw, raw: _Raw, lex: _Lexicon) -> bool:
    """Does the sentence's event ``raw`` tell the event its label ``previous`` names: a label
    (:func:`_label_before`) of the same type, or of a type ``raw`` may continue, and no day
    of its own that differs from the label's? ``Erdbeben in X: Ein Beben erschütterte am
    Montag ...`` is one earthquake, not a second one in the label."""
    if not _label_before(previous, raw):
        return False
    if raw.type != previous.type and raw.type not in lex.continuation.get(previous.type, ()):
        return False
    if (
        raw.type == previous.type
        and raw.sub_kind
        and previous.sub_kind
        and raw.sub_kind != previous.sub_kind
    ):
        return False  # a landslide after a typhoon: an event of its own
    return previous.time is None or raw.time is None or previous.time == raw.time


def _take_label(label: _Raw, raw: _Raw, st: _State, lex: _Lexicon) -> None:
    """The sentence's own event stands for its label's: it takes the label's place and day
    where it has none (:func:`_merge` the other way round) and the label's slot. Its trigger,
    clause and words are the ones a reader points to."""
    _merge(raw, label, lex)
    raw.actors = list(dict.fromkeys([*raw.actors, *label.actors]))
    st.raws[st.raws.index(label)] = raw
    st.types.add((raw.type, raw.sub_kind))


def _dispersal_of(raw: _Raw, previous: _Raw, lex: _Lexicon) -> bool:
    """Is ``raw`` the force used on the protest ``previous`` told just before in its sentence
    (``Protesters set up barricades in X on Monday, and police fired tear gas``)? ACLED
    counts one event, a protest with intervention: a dispersal (``[clauses]
    crowd_dispersals``) of the same sentence, with no day and no place of its own that
    differ from the protest's. A dispersal on another day, or elsewhere, stays an event of
    its own; so does one after a riot (a riot met with force is still a riot)."""
    return (
        raw.type == previous.type == "protest"
        and raw.sub_kind in lex.crowd_dispersals
        and previous.sub_kind not in lex.crowd_dispersals
        and raw.clause.sentence.index == previous.clause.sentence.index
        and (raw.time is None or previous.time is None or raw.time == previous.time)
        and (raw.place is None or previous.place is None or raw.place.id == previous.place.id)
    )


def _event_site(clause: _Clause, raws: Sequence[_Raw], lex: _Lexicon) -> Place | None:
    """``Investigators arrived at the crash site``, ``besuchte den Unglücksort``: a phrase
    naming where an earlier event happened (``[places.event_site]``, by event type; ``*``
    for any) is that event's place: the latest event of such a type with a place, however
    many events of other places came between. The phrase stands after an article or a
    place preposition."""
    toks = clause.tokens
    folds = list(map(_FOLD, toks))
    compounds = lex.event_site_suffixes and any(f.endswith(lex.event_site_suffixes) for f in folds)
    if lex.event_site_firsts.isdisjoint(folds) and not compounds:
        return None  # most clauses: no phrase's first word, one set test in C
    for i in range(1, len(toks)):
        if not (toks[i - 1].fold in lex.determiners or toks[i - 1].fold in lex.cues):
            continue
        types = next(
            (t for t, words in lex.event_sites if tuple(folds[i : i + len(words)]) == words),
            None,
        )
        if types is None and compounds:
            types = _site_compound(folds, i, lex)
        if types is None:
            continue
        told = [
            r
            for r in raws
            if r.place is not None
            and (r.type in types or ("*" in types and r.type not in lex.no_site_types))
        ]
        # an aside told as earlier than another event (``Am Vortag war in X ein Haus
        # eingestürzt``, ``had buried a road the week before``) is not the story's scene
        main = [r for r in told if not _aside(r, lex)]
        return (main or told)[-1].place if told else None
    return None


def _site_compound(folds: Sequence[str], i: int, lex: _Lexicon) -> frozenset[str] | None:
    """The event types a compound site word names by its first part (``[places]
    event_site_suffixes``, ``event_site_heads``): ``the flood-hit area``, ``the storm-hit
    region``, ``the quake-stricken zone`` (a hazard noun, a suffix, then an area noun) and
    ``das Taifungebiet``, ``die Sturmregion`` (a hazard noun and an area suffix in one
    word) are where the latest event of the hazard's type happened. None when the first
    part names no event."""
    word = folds[i]
    suffix = next((x for x in lex.event_site_suffixes if word.endswith(x)), None)
    if suffix is None or len(word) < len(suffix) + 3:
        return None
    if lex.event_site_heads and (i + 1 >= len(folds) or folds[i + 1] not in lex.event_site_heads):
        return None
    stem = word[: -len(suffix)]
    for part in (stem, stem.removesuffix("s")):  # "Überschwemmungsgebiet"
        text = part[:1].upper() + part[1:] if lex.nouns_capitalised else part
        types = frozenset(t.type for t in lex.triggers_of(text) if t.pos == "noun")
        if types:
            return types
    return None


def _origin_only(place: Place, clause: _Clause, lex: _Lexicon) -> bool:
    """Is the place named only as where someone came from (``teams from Germany``,
    ``Helfer aus Deutschland``: an origin word, ``[places] origins``, right before it)?"""
    if not (clause.start <= place.start < clause.end):
        return False
    idx = clause.index_at(place.start)
    return 0 < idx < len(clause.tokens) and clause.tokens[idx - 1].fold in lex.origins


def _aside(r: _Raw, lex: _Lexicon) -> bool:
    """Is the event told as background to the story: dated before another event (``am
    Vortag``, ``a day earlier``) or in the past perfect (``hatten ... weggerissen``, ``had
    buried``; ``[time] earlier_auxiliaries`` before its trigger)?"""
    if r.rel_kind == "before" or (r.time is not None and r.time.relation == "before"):
        return True  # the relation is still on the time while the events are read
    toks = r.clause.tokens
    start = r.trigger_span[0] if r.trigger_span is not None else r.clause.end
    aux = earlier_auxiliaries(lex.lang)
    return any(t.fold in aux for t in toks if t.start < start)


def _event_adjective_site(clause: _Clause, st: _State, trig_i: int) -> Place | None:
    """``Looters ransacked shops in the flooded town``, ``In der überfluteten Stadt
    plünderten Unbekannte Geschäfte``, ``troops entered the shelled city``: a kind noun
    after an article or a place preposition, with an event's participle before it, is the
    place of the latest event of that type, whatever towns were named since (a town where
    parliament held an emergency debate, named between the two, does not become the flooded
    town). A kind noun with a name of its own after it (``the flooded district of X``) names
    that place instead."""
    lex = st.lex
    if not lex.any_feature.any_in(clause.words[2:]):
        return None  # most clauses: no kind noun, one remembered answer per word in C
    toks = clause.tokens
    for i in range(2, len(toks)):
        adj = toks[i - 1]
        if i - 1 == trig_i or not (
            toks[i - 2].fold in lex.determiners or toks[i - 2].fold in lex.cues
        ):
            continue
        if not _is_feature(toks[i], lex) or not lex.any_trigger.match(adj.text):
            continue
        own = i + 1 < len(toks) and (toks[i + 1].fold in lex.transparent or toks[i + 1].is_cap)
        if own and st.places_between(toks[i + 1].start, toks[min(i + 2, len(toks) - 1)].end):
            continue  # "the flooded district of Kullu": its own name
        types = {t.type for t in lex.triggers_of(adj.text)}
        for r in reversed(st.raws):
            if r.place is not None and r.type in types and r.place_method != "dateline":
                return r.place
    return None


def _owner_country(place: Place, clause: _Clause, lex: _Lexicon) -> bool:
    """Is a country named only as the owner of a site noun (``[places] site_nouns``): ``in
    Kenya's biggest slum``, ``im größten Gefängnis Ecuadors``? Such a phrase says whose
    prison, not which town: the event is at one site, not across the country. A country
    the event spreads over (``across Ecuador``, ``in Ecuador``) is no owner."""
    if place.kind != "country" or not (clause.start <= place.start < clause.end):
        return False
    toks = clause.tokens
    idx = clause.index_at(place.start)
    if idx >= len(toks):
        return False
    before = idx - 1 if idx > 0 and toks[idx - 1].fold not in lex.genitive_determiners else idx - 2
    if before >= 0 and lex.site_noun(toks[before].text) is not None:
        return True  # "im Gefängnis Ecuadors", "im Krankenhaus der Philippinen": a genitive
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    # an English possessive: the name's word unit goes on past it ("Ecuador's",
    # "Philippines'")
    if toks[last].end <= place.end or not toks[last].text.endswith(_POSSESSIVE_ENDS):
        return False
    # the possessed noun, past at most two adjectives ("Kenya's biggest slum"); a city it
    # owns by an adjective ("Pakistan's largest city", not "Pakistan's cities"; session 17)
    owned = toks[last + 1 : last + 1 + _OWNED_REACH]
    return any(lex.site_noun(t.text) is not None for t in owned) or any(
        t.fold in lex.owned_cities and k > 0 for k, t in enumerate(owned)
    )


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


# how far a possessive country may stand before its site noun ("Ecuador's largest
# maximum-security prison": two adjectives and the noun)
_OWNED_REACH = 3


# How many clauses back a site noun ("outside the prison") looks for its earlier mention.
_SITE_NOUN_CLAUSES = 12


def _site_noun_place(clause: _Clause, st: _State) -> Place | None:
    """``Relatives protested outside the prison``, ``vor dem Gefängnis``, ``at the
    stadium``: a definite site noun (``[places] site_nouns``) points back to where an
    earlier sentence (at most six back) put that site: the town named right after its
    earlier mention (``a prison in X``, ``im Gefängnis von X``), else the place of the event
    told in that clause (``Inmates rioted in Ecuador's largest prison`` under a QUITO
    dateline). Why: the writer names the site again to say the scene is the same, and
    the town named last in between (a capital where the cabinet met) is not it."""
    lex = st.lex
    if not lex.site_nouns or not any(map(lex.is_site_noun, clause.words)):
        return None  # most clauses: no site noun, one remembered answer per word in C
    toks = clause.tokens
    wanted = {
        k
        for i, t in enumerate(toks)
        if (k := lex.site_noun(t.text)) is not None
        and _definite(toks, i, lex)
        and not (i + 1 < len(toks) and st.places_between(t.end, toks[i + 1].end))
        # "prosecutors told the court", "sagte vor Gericht": the court as the body spoken
        # to, not a building the scene stands at ("outside the courthouse")
        and (not _court_site(k, lex) or _in_place_phrase(toks, i, lex))
        # "The mine's owner denied ...": a possessive names an owner; only in a place
        # phrase is it a scene ("outside the mine's gates")
        and (not t.text.endswith(_POSSESSIVES) or _in_place_phrase(toks, i, lex))
    }
    if not wanted:
        return None
    first_sentence = clause.sentence.index - _BACK_REFERENCE_SENTENCES
    if any(_court_site(k, lex) for k in wanted):
        # "outside the courthouse", "vor dem Gerichtsgebäude": the court of the story's
        # latest court act (its sentence, its trial), not a court a later sentence named in
        # passing ("the trial was moved after the family said the court in B was too
        # close"). Session 25, round 2 (h25-evplace).
        for r in reversed(st.raws):  # in text order: stop at the window's first sentence
            if r.clause.sentence.index < first_sentence:
                break
            if r.type == "court" and r.place is not None and r.clause.start < clause.start:
                return r.place
    if not st._starts:
        st._starts = [c.start for c in st.clauses]
    pos = bisect.bisect_left(st._starts, clause.start)
    for c in reversed(st.clauses[max(0, pos - _SITE_NOUN_CLAUSES) : pos]):
        if c.sentence.index < first_sentence:
            break
        if c.start >= clause.start:
            continue
        ctoks = c.tokens
        mentioned = [j for j, t in enumerate(ctoks) if lex.site_noun(t.text) in wanted]
        if mentioned:
            # any of the clause's mentions that names its town (``two mine guards ... a
            # mine near X``: the second), else the event the clause told
            named = next(
                (n for j in mentioned if (n := _named_after_site(c, j, st)) is not None), None
            )
            if named is not None:
                return named
            told = next(
                (
                    r.place
                    for r in reversed(st.raws)
                    if r.place is not None and c.start <= r.clause.start < c.end
                ),
                None,
            )
            if told is not None:
                return told
    return None


# How many sentences back the event whose town says where on a river the scene is may be
_RIVER_TOWN_SENTENCES = 2
# How far from a river's one gazetteer point (a river of several countries) that town may
# lie: the Danube's point is Budapest, Vidin lies about 450 km from it, Nairobi 3,500 km from
# the Nile's (Cairo)
_RIVER_TOWN_KM = 600.0


def _town_on_river(clause: _Clause, st: _State, river: Place) -> Place | None:
    """A river that places an event and is the clause's only place (``a bridge over the
    Danube``, ``Die Elbe ist über die Ufer getreten``) yields to the town of the latest event
    told before it, at most two sentences back (the headline's included): of the river's
    country when the gazetteer gives the river one, else within ``_RIVER_TOWN_KM`` of the
    river's point. That town says where on the river the scene is. With no such event
    (``A ferry capsized on the Mekong``, first) the river stays. Session 25, round 2
    (h25-evplace)."""
    if any(
        p.role == "name" and p is not river for p in st.places_between(clause.start, clause.end)
    ):
        return None  # "In der Industriestadt Mosyr trat der Fluss über die Ufer", resolved or not
    first_sentence = clause.sentence.index - _RIVER_TOWN_SENTENCES
    for r in reversed(st.raws):
        if r.clause.sentence.index < first_sentence:
            break
        p = r.place
        if p is None or r.clause.start >= clause.start or p.kind in ("river", "country"):
            continue
        if _precision_of(p, st.lex) != "point":
            return None  # a region or a sea before it: no town to put the river at
        if river.country_code or p.lat is None or river.lat is None:
            # a river of one country (the gazetteer gives one): a town of that country
            return p if p.country_code == river.country_code else None
        # a river of several countries has no code and one point on it: a town far from
        # that point is on another river (an arrest in Nairobi, a boat on the Nile)
        near = geodesic_km(river.lat, river.lon or 0.0, p.lat, p.lon or 0.0) <= _RIVER_TOWN_KM
        return p if near else None
    return None


def _home_town(clause: _Clause, st: _State) -> Place | None:
    """``One was arrested in his home town``, ``in seiner Heimatstadt festgenommen``: a town
    head that is someone's home (``[places] home_words`` on the head or right before it,
    the head a ``[places.back_reference] city`` word) points back to the latest town named
    as where people come from (its word before it one of ``[places] origins``: ``both from
    A``, ``stammen aus A``), at most six sentences back; not to the latest scene (a court's
    town, where the crime was). Session 25, round 2 (h25-evplace)."""
    lex = st.lex
    toks = clause.tokens
    cities = [pat for kind, pat in lex.back_reference if kind == "city"]
    at = next(
        (
            i
            for i, t in enumerate(toks)
            if any(c.match(t.text) for c in cities)
            and (lex.home_words.match(t.text) or (i > 0 and lex.home_words.match(toks[i - 1].text)))
        ),
        None,
    )
    if at is None:
        return None
    first_sentence = clause.sentence.index - _BACK_REFERENCE_SENTENCES
    text = st.doc.text
    for p in reversed(st.places):
        if p.end > toks[at].start:
            continue
        if p.sentence < first_sentence:
            break
        if not p.resolved or p.role != "name" or p.kind == "country":
            continue
        before = text[max(0, p.start - 16) : p.start].split()
        if before and before[-1].casefold() in lex.origins:
            return p
    return None


def _in_place_phrase(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does token ``i`` stand in a place phrase: the first preposition before it, at most
    three tokens back past its article and adjectives, a place cue or an ``outside`` word
    (``outside the courthouse``, ``vor dem Gerichtsgebäude``)?"""
    for j in range(i - 1, max(i - 4, -1), -1):
        if toks[j].fold in lex.prepositions or toks[j].fold in lex.outside:
            return toks[j].fold in lex.cues or toks[j].fold in lex.outside
    return False


def _court_site(k: int, lex: _Lexicon) -> bool:
    """Is ``site_nouns`` entry ``k`` a court's building (a family that holds a word of
    ``[places] court_nouns``: ``court|courthouse*``, ``gericht|gerichtsgebäude*``)?"""
    return any(lex.site_nouns[k].match(w) for w in lex.court_nouns.patterns if "*" not in w)


def _city_part(clause: _Clause, place: Place, st: _State) -> bool:
    """Does the clause name a part of a city (``[places] city_parts``: ``the city centre``,
    ``die Innenstadt``) that pointed back to ``place`` across a paragraph break? A writer
    who means a town named in passing a paragraph before names it again; a bare ``the city
    centre`` in a paragraph of its own is the story's city (the dateline's)."""
    lex = st.lex
    parts = lex.city_parts
    if not parts or parts.isdisjoint(w.casefold() for w in clause.words):
        return False
    if place.end > clause.start:
        return False
    cities = [pat for kind, pat in lex.back_reference if kind == "city"]
    toks = clause.tokens
    # "the city centre" (the part after a city noun), "die Innenstadt" (a compound of
    # one), not "an evacuation centre in the city"
    if not any(
        t.fold in parts
        and any(c.match(w.text) for c in cities for w in toks[max(0, i - 1) : i + 1])
        for i, t in enumerate(toks)
    ):
        return False
    return _PARAGRAPH_BREAK.search(st.doc.text, place.end, clause.start) is not None


def _named_after_site(clause: _Clause, j: int, st: _State) -> Place | None:
    """The town a site noun's own phrase puts it in: the first place after the noun at
    token ``j``, behind a place preposition at most four tokens on (``a prison in X``,
    ``das Gefängnis in der Stadt X``); not a country (``the largest prison in Ecuador``
    says no town)."""
    lex, toks = st.lex, clause.tokens
    end = min(len(toks), j + 1 + _SITE_NOUN_REACH)
    if j + 1 >= end or toks[j + 1].fold not in lex.cues:
        return None
    for p in st.places_between(toks[j + 1].end, toks[end - 1].end):
        if p.resolved and p.role == "name" and p.kind != "country" and not _no_scene(p, st):
            return p
    return None


def _sibling_finer(front: Place, clause: _Clause, previous: _Raw | None) -> bool:
    """Is a fronted country (``In Nicaragua, a court in Managua convicted two priests and
    sentenced them``) coarser than the place of the coordinated part before this one, in the
    same sentence and that country? A coordinated part (``before``) shares its sibling's
    scene; the fronted country only says where the town lies. Session 19 (h19-events):
    before, the second verb was placed in the country."""
    return (
        front.kind == "country"
        and bool(clause.before)
        and previous is not None
        and previous.place is not None
        and previous.clause.sentence.index == clause.sentence.index
        and previous.place.kind != "country"
        and previous.place.country_code == front.country_code
    )


def _scene_over(front: Place, place: Place) -> bool:
    """Does a place phrase fronted in its own clause (``In the eastern border city of X,
    a court convicted three men of smuggling cigarettes into Brazil``) set the scene over
    the place the event's clause names? It does when that place lies in another country:
    the fronted phrase already placed the sentence, so a foreign place after it is where
    something else went or came from (the smuggling's goal, a partner's capital), not a
    second scene. A place of the same country (``In Ghana, police fired tear gas in
    Kumasi``) is the finer one and stays; a fronted country sets no scene."""
    return (
        front.kind != "country"
        and bool(front.country_code)
        and bool(place.country_code)
        and front.country_code != place.country_code
    )


def _reported_from(place: Place, clause: _Clause, lex: _Lexicon) -> bool:
    """Is a launch clause's place a capital that is not named as where it was fired from
    (``state media in Tehran reported``, not ``fired from near Pyongyang``)?"""
    if not _is_capital(place) or not (clause.start <= place.start < clause.end):
        return False
    idx = clause.index_at(place.start)
    toks = clause.tokens
    if idx >= len(toks):
        return True
    # "from the Sunan airport in Pyongyang": the capital inside the launch's own origin
    # phrase (no comma between) is where it was fired from
    for j in range(idx - 1, max(idx - 2 - _SITE_NOUN_REACH, -1), -1):
        if toks[j].fold in lex.origins:
            return False
        if "," in clause.text[toks[j].end : toks[j + 1].start]:
            break
    return _cue(toks, idx, lex) not in lex.origins


# How many sentences before a launch a site named with no event of its own may be its site
# ("Images showed a new building at the X launch site. North Korea launched a satellite on
# Tuesday, Seoul's military said").
_SITE_SENTENCES = 2


def _site_named_before(clause: _Clause, st: _State, clause_places: Sequence[Place]) -> Place | None:
    """A launch whose clause names no place of its own, only its target (``fired two
    missiles towards Japan``) or a capital where it was reported (``state media in
    Tehran``), happened at a site: the latest facility (a cosmodrome, a launch site, a base)
    named in the sentence or the two before, of a country the clause names if it names any
    (``North Korea launched``: a North Korean site, not a Japanese one); with no facility,
    the town or province named right after a facility noun (``_after_site_noun``)."""
    sent = clause.sentence
    doc_start = st.doc.sentences[max(0, sent.index - _SITE_SENTENCES)].start
    dateline = st.dateline
    # a country the launch aims at ("fired it towards Japan") says nothing of whose site
    countries = {
        p.country_code
        for p in clause_places
        if p.resolved
        and p.kind == "country"
        and _cue(clause.tokens, clause.index_at(p.start), st.lex) not in st.lex.targets
    }
    candidates = [
        p
        for p in st.places_between(doc_start, clause.start)
        if p.resolved
        and p.role == "name"
        and p.kind != "country"
        and not (dateline and dateline[0] <= p.start < dateline[1])
        and not (countries and p.country_code not in countries)
    ]
    # a facility the gazetteer knows by name first; a town or province a facility noun
    # stands before ("at the spaceport in Semnan province") only when none is named: the
    # named site is the stronger evidence
    site = next((p for p in reversed(candidates) if p.kind == "facility"), None)
    if site is None:
        site = next((p for p in reversed(candidates) if _after_site_noun(p, st)), None)
    return site


def _same_site(
    clause: _Clause, type_: str, st: _State, sub_kind: str | None = None
) -> Place | None:
    """``Bereits im Februar war eine Rakete vom selben Startplatz aus geflogen``, ``Zwei
    Tage zuvor war in derselben Mine ...``: a facility noun (``[places.back_reference]
    facility``) right after a word for "the same" (``[places] same_words``) names the site
    of the last event of this type told before, not the place named last (a control room
    in another town). None when no such words stand in the clause or no earlier event of
    the type has a place. Session 17, h17-evB. A road or a line (``[places] route_nouns``:
    ``Erst im Mai war ein Bus auf derselben Strecke umgestürzt``, ``a lorry overturned on
    the same road in March``) names the place of the last event of the same type and
    sub-kind (a road crash's road, not a mine's shaft told after it), else of the type
    (session 19, round 2: before, the route was no site and the last town named, of
    another accident, was carried)."""
    lex = st.lex
    if not lex.same_words:
        return None
    facility = [pat for kind, pat in lex.back_reference if kind == "facility"]
    toks = clause.tokens
    route = False
    for i in range(len(toks) - 1):
        if toks[i].fold not in lex.same_words:
            continue
        if any(p.match(toks[i + 1].text) for p in facility):
            break
        if lex.route_nouns.match(toks[i + 1].text):
            route = True
            break
    else:
        return None
    # the last one whose place its own words gave (a launch's "hob ab" after it carries it)
    told = [r for r in st.raws if r.type == type_ and r.place is not None]
    if route and sub_kind is not None:
        told = [r for r in told if r.sub_kind == sub_kind] or told
    own = [r for r in told if r.place_method not in ("back_reference", "carried")]
    return (own or told)[-1].place if told else None


def _same_area(clause: _Clause, st: _State) -> Place | None:
    """``In the same district, a lorry overturned``, ``In derselben Region brannte ...``: an
    area noun (``[places.back_reference]`` area, region, city or island words) right after
    a word for "the same" (``[places] same_words``) names the area of the last event told
    before that was placed by its own words, whatever its kind, not the place named last
    (a hospital the injured were taken to, a town an official spoke from). None when no
    such words stand in the clause or no earlier event has a place of its own. Session 21,
    round 2: before, the town named last was taken (``Der Fahrer wurde in ein Krankenhaus
    nach X gebracht. In derselben Region ...`` was X)."""
    lex = st.lex
    if not lex.same_words:
        return None
    pats = [pat for kind, pat in lex.back_reference if kind in lex.same_area_classes]
    sent = clause.sentence
    # a word for "the same" first, from the shared reading or the words' texts alone: most
    # clauses hold none, and the sentence's tokens are built only for those that do
    if lex.same_words.isdisjoint(
        clause.reading.fold_set
        if clause.start <= sent.start
        else map(str.casefold, unit_words(clause.text, sent.start, clause.end))
    ):
        return None
    # a fronted phrase is often a clause piece of its own ("In the same district, a lorry
    # ..."): read from the sentence's start
    toks = (
        clause.tokens
        if clause.start <= sent.start
        else word_units(clause.text, sent.start, clause.end, sentence=sent.index)
    )
    if not any(
        toks[i].fold in lex.same_words and any(p.match(toks[i + 1].text) for p in pats)
        for i in range(len(toks) - 1)
    ):
        return None
    told = [
        r
        for r in st.raws
        if r.place is not None and r.type not in _NOT_CARRIED and r.clause.start < clause.start
    ]
    own = [r for r in told if r.place_method not in ("back_reference", "carried", "there")]
    return (own or told)[-1].place if told else None


def _dateline_site_in(place: Place, dateline: tuple[int, int] | None, st: _State) -> Place | None:
    """The dateline's facility, when a launch's own phrase names its site only by a noun and
    a region or a country (``Vom Weltraumbahnhof in <overseas region> ist ... gestartet``
    under a dateline the gazetteer reads as that spaceport): the site the noun means is
    the facility the report was filed from, in the same country, a point where the
    phrase gives an area. Only a facility (a spaceport, a cosmodrome, a base) at the
    dateline: a dateline town beside a region may lie outside it. Session 17, h17-evB."""
    if _precision_of(place, st.lex) not in ("region", "country") or not _after_site_noun(place, st):
        return None
    home = _dateline_place(dateline, st.places)
    if home is None or home.kind != "facility":
        return None
    if home.country_code == place.country_code:
        return home
    # an overseas region with a code of its own (French Guiana, GF) holds a site the
    # gazetteer files under its state (FR): near the region's centre, it is in it
    if (
        _precision_of(place, st.lex) != "region"
        or home.lat is None
        or home.lon is None
        or place.lat is None
        or place.lon is None
    ):
        return None
    near = geodesic_km(home.lat, home.lon, place.lat, place.lon) <= _SITE_IN_REGION_KM
    return home if near else None


# how far from a region's centre its dateline facility may lie (French Guiana's spaceport
# is some 140 km from the region's centre)
_SITE_IN_REGION_KM = 200.0


# how many tokens a launch site's noun may stand before the name of where it is
# ("at the spaceport in Semnan province", "im Raumfahrtzentrum in der Provinz X")
_SITE_NOUN_REACH = 4


def _after_site_noun(p: Place, st: _State) -> bool:
    """Does ``p`` say where a site stands (``the Imam Khomeini spaceport in Semnan
    province``, ``a missile base near X``, ``vom Kosmodrom bei X``): a facility noun
    (``[places.back_reference] facility``) with a place preposition right after it, at most
    four tokens before the name? The gazetteer rarely knows a launch pad by name, but it
    knows the town or province the text puts it in, and that is where the launch was."""
    lex = st.lex
    clause = _clause_at(p.start, st)
    if clause is None:
        return False
    toks = clause.tokens
    idx = clause.index_at(p.start)
    for j in range(idx - 2, max(idx - 2 - _SITE_NOUN_REACH, -1), -1):
        if toks[j + 1].fold in lex.cues and lex.launch_sites.match(toks[j].text):
            # the first name after the noun: "the centre in <town> on <island>" is at the
            # town, the island only says where the town is
            return not st.places_between(toks[j + 1].end, p.start)
    return False


def _fronted_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    previous: _Raw | None,
    dateline: tuple[int, int] | None,
    earlier: Sequence[Place] = (),
) -> tuple[Place | None, bool, str | None]:
    """``In the town of Baler, a landslide buried six houses``: a place phrase fronted in
    its own clause, right before the event's clause in the same sentence, is the event's
    (also after a participle: ``Speaking in X, the minister condemned ...``);
    an apposition between the two (``In X, the capital of the region, teachers protested``:
    a clause that opens with an article and holds no trigger; ``In X, about 60 km south-west
    of Y, police arrested``, ``In X, rund 60 Kilometer von Y entfernt, ...``: a distance with
    no trigger, :func:`_distance_apposition`) is passed over: the place it measures from is
    no scene. So is a relative clause of place with no trigger (``In X, where the ferry
    was built, ...``, ``In X, wo ...``: ``[places] relative_here``); its places
    say what X is, not where the event was (session 22)."""
    before = [c for c in st.neighbours(clause) if c.end <= clause.start]
    while (
        len(before) > 1
        and before[-1].tokens
        and (
            before[-1].tokens[0].fold in lex.determiners
            or _distance_apposition(before[-1], lex)
            or _near_apposition(before[-1], lex)
            or _country_apposition(before[-1], st, lex)
            or before[-1].tokens[0].fold in lex.relative_here
        )
        and not any(lex.any_trigger.match(t.text) for t in before[-1].tokens)
    ):
        before.pop()
    if not before or not before[-1].tokens:
        return None, False, None
    front = before[-1]
    opener = front.tokens[0].fold
    if (
        len(front.tokens) == 1
        and opener in lex.here
        and opener not in lex.relative_here
        and previous is not None
        and previous.place is not None
    ):
        # "There, police fired tear gas on Tuesday, and in A students marched": a fronted
        # "there" of its own points to the event before, not to A after it (session 22)
        return previous.place, False, "there"
    if opener in lex.coordinators and len(front.tokens) > 2 and front.tokens[1].fold in lex.cues:
        # "..., and in A, the former capital, a landslide buried ...": a coordinated clause
        # opens with its own fronted place (session 22)
        opener = front.tokens[1].fold
    if front.quoted or not (
        opener in lex.cues
        or (
            opener in lex.fronted_openers
            and any(t.fold in lex.cues for t in front.tokens[1:4])  # "Addressing crowds in X"
        )
    ):
        return None, False, None
    front_places = st.places_between(front.start, front.end)
    place, outside, how, _ = _place(
        front,
        lex,
        front_places,
        set(),
        previous,
        earlier,
        dateline=dateline,
        home=st.home_cc,
    )
    return place, outside, how


def _reason_place(
    clause: _Clause, place: Place, trig_i: int, kind: str, sub_kind: str | None, lex: _Lexicon
) -> bool:
    """Is ``place`` in the reason of a court's act or an arrest, after the trigger and a
    charge preposition (``[places] charge_preps``, ``court_charge_preps`` for a court: ``In
    A, detectives detained a notary over a fraud in B``)? Such a place says where the crime
    was; it yields to any other place of the clause already (:func:`_place`), and a place
    phrase fronted before the clause beats it too (session 21: the crime's town, alone in
    the trigger's clause, had kept the arrest from the fronted town)."""
    if not (kind == "court" or sub_kind == "arrest"):
        return False
    if not clause.start <= place.start < clause.end:
        return False
    idx = clause.index_at(place.start)
    toks = clause.tokens

    def charge(t: Token) -> bool:
        return t.fold in lex.charge_preps or (kind == "court" and t.fold in lex.court_charge_preps)

    if any(charge(t) for t in toks[trig_i + 1 : idx]):
        return True
    if idx > trig_i or not lex.verb_second:
        return False
    # a trigger at the clause's end (German: "hat ... wegen Bestechung in der Provinz A zu
    # zwölf Jahren Haft verurteilt"): the charge before the place, in the same phrase (at
    # most _REASON_REACH words, no comma, no court noun between: "Wegen der Proteste hat
    # ein Gericht in B ... verurteilt" is the court's B) (session 29)
    k = next(
        (j for j in range(idx - 1, max(idx - _REASON_REACH, 0) - 1, -1) if charge(toks[j])), None
    )
    return k is not None and not any(
        "," in toks[j].gap_before or lex.court_nouns.match(toks[j].text)
        for j in range(k + 1, idx + 1)
    )


#: how many words before a place a charge word may stand and make it the crime's, when the
#: trigger stands after the place (German verb-final clauses)
_REASON_REACH = 8


def _country_cut_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    previous: _Raw | None,
    dateline: tuple[int, int] | None,
    earlier: Sequence[Place] = (),
) -> Place | None:
    """``A market in Miskolc, Hungary, was destroyed by a fire``, ``searched the rubble in
    X, <Country>, on Monday after the quake``: wire copy names a town's country between
    commas, and the clause splitter cuts the one clause there, so the trigger's part holds
    no place. When the clause right before the trigger's is only a country
    (:func:`_country_apposition`) and the clause before that ends with a place of that
    country and gave no event of its own, the place that clause gives (its own rules:
    whose, origins, speakers) is the event's. The same across a nearness or a distance
    told of that place (``lieferten sich nahe A, unweit der Grenze zu B, Gefechte``,
    :func:`_near_apposition`, :func:`_distance_apposition`) that holds no trigger. Only
    with such an aside between: any other comma may end a clause. Why: the event-site
    probe (session 18, round 2) found every such sentence without a place; the same
    sentence without the aside was placed."""
    before = [c for c in st.neighbours(clause) if c.end <= clause.start]
    if len(before) < 2 or not before[-1].tokens:
        return None
    aside, front = before[-1], before[-2]
    country = _country_apposition(aside, st, lex)
    if not country and not (
        (_near_apposition(aside, lex) or _distance_apposition(aside, lex))
        and not any(lex.any_trigger.match(t.text) for t in aside.tokens)
    ):
        return None
    if front.quoted or not front.tokens or aside.start - front.end > 3:
        return None
    if any(o.clause is front for o in st.raws):
        return None  # an event of its own: its places are its
    front_places = [p for p in st.places_between(front.start, front.end) if p.resolved]
    if not front_places:
        return None
    if country:
        # the country must be the last town's own: else it is a place of its own
        last = max(front_places, key=lambda p: p.start)
        countries = [
            p
            for p in st.places_between(aside.start, aside.end)
            if p.resolved and p.kind == "country"
        ]
        if last.kind == "country" or last.country_code != countries[0].country_code:
            return None
    place, _, _, _ = _place(
        front,
        lex,
        front_places,
        set(),
        previous,
        earlier,
        dateline=dateline,
        home=st.home_cc,
    )
    return place


def _aside_subject(clause: _Clause, st: _State) -> tuple[Token, ...]:
    """The subject an aside cut off from this clause's carrier verb: ``The ferry, which had
    left X at dawn, sank off Y``, ``The plane, a Cessna owned by a mining firm, crashed near
    Y``, ``Die Fähre, die in X abgelegt hatte, sank am Montag vor Y``. The clause opens with a
    carrier word (``[[carriers]]``: it needs a noun to name its event) in lower case; the
    clause before it is an aside between commas (at most ``_COMPARISON_WORDS`` words), and
    the one before that opens the sentence (after a dateline) and is only a subject (at
    most ``_BRACKET_SUBJECT`` words past the dateline; ``_SUBJECT_TAIL`` + 1 before session
    29: "Hundreds of taxi drivers in X, the country's second city, blocked ...", "A bus
    carrying 40 pilgrims, most of them women, plunged ...") with no event of its own. Its
    words are then read as a coordinated part before this one is (``before``). Session 19
    (h19-events): before, such a sentence gave no event at all. Empty when there is no such
    subject.

    Session 29 (h29-evfound): a German verbal bracket split by the aside closes with the
    carrier: ``Am Dienstag hatten Bauern in X, der Hauptstadt der Region, die Autobahn
    blockiert``, ``war ein Reisebus bei X, rund 20 Kilometer vor der Grenze, in eine
    Schlucht gestürzt``. The clause ends with a carrier participle in lower case (past a
    passive ``worden``), and the subject part holds a finite auxiliary of the bracket
    (``[grammar] bracket_auxiliaries``) beside a time phrase, the subject and its place."""
    lex = st.lex
    toks = clause.tokens
    if not toks:
        return ()
    opens = toks[0].text[:1].islower() and bool(lex.carriers_of(toks[0].text))
    if not opens and not _bracket_closed_by_carrier(toks, lex):
        return ()
    prior = [c for c in st.neighbours(clause) if c.end <= clause.start]
    if len(prior) < 2:
        return ()
    aside, subject = prior[-1], prior[-2]
    if subject.start != clause.sentence.start and not (
        st.dateline and st.dateline[0] <= subject.start <= st.dateline[1] + 3
    ):
        return ()
    own = [t for t in subject.tokens if not (st.dateline and t.start < st.dateline[1])]
    if (
        not own
        or len(own) > _BRACKET_SUBJECT
        or (not opens and lex.bracket_auxiliaries.isdisjoint(t.fold for t in own))
    ):
        return ()
    if not aside.tokens or len(aside.tokens) > _COMPARISON_WORDS:
        return ()
    text = st.doc.text
    if "," not in text[subject.end : aside.start + 1] or "," not in text[aside.end : clause.start]:
        return ()
    if any(o.clause is subject for o in st.raws):
        return ()
    return tuple(own)


# the most words of a subject part before an aside (_aside_subject): "Wenige Stunden zuvor
# hatten Demonstranten in <Stadt>", "Hundreds of taxi drivers in <town>"
_BRACKET_SUBJECT = 8


def _bracket_closed_by_carrier(toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Does the clause close a verbal bracket with a carrier participle in lower case
    (``eine Brücke besetzt``; past a passive auxiliary: ``von einem Lkw gerammt worden``)?
    Only in a language with bracket auxiliaries (:func:`_aside_subject`)."""
    if not lex.bracket_auxiliaries or not toks:
        return False
    last = len(toks) - 1
    if last > 0 and toks[last].fold in lex.passive:
        last -= 1
    tok = toks[last]
    return last > 0 and tok.text[:1].islower() and bool(lex.carriers_of(tok.text))


#: how far into its clause a subject pronoun may stand (``Am Nachmittag blockierten sie``)
_PRONOUN_REACH = 5


def _pronoun_subject(clause: _Clause, st: _State) -> tuple[Token, ...]:
    """The words of the sentence before, for a clause whose subject is a plural pronoun
    (``[grammar] plural_subject_pronouns``) next to its plural finite verb (``plural_verb_
    endings``): ``Hafenarbeiter legten die Arbeit nieder. Am Nachmittag blockierten sie die
    Zufahrt`` (the dockers blocked it: a protest). A carrier word (``blockierten``) needs its
    subject's noun, which the pronoun only points back to; the sentence before, in the same
    paragraph, is read as its subject (``before``), as a coordinated part's are. Only the
    first clause of its sentence, with the pronoun within ``_PRONOUN_REACH`` words and a
    carrier word in the clause; a singular verb (``Die Polizei blockierte sie``: an object)
    or a new paragraph reads nothing. Session 25 (h25-evde). A later clause of its sentence
    reads the clauses before it instead (session 28). Empty otherwise."""
    lex = st.lex
    sent = clause.sentence
    if not lex.plural_subject_pronouns:
        return ()
    toks = clause.tokens
    at = next(
        (
            k
            for k, t in enumerate(toks)
            if t.fold in lex.plural_subject_pronouns
            # within reach, or right after the clause's first carrier word: a verb second
            # after a longer fronted phrase ("In der Provinzhauptstadt A blockierten sie";
            # session 31)
            and (k < _PRONOUN_REACH or (k > 0 and bool(lex.carriers_of(toks[k - 1].text))))
        ),
        None,
    )
    if at is None or (
        at >= _PRONOUN_REACH and any(lex.carriers_of(t.text) for t in toks[: at - 1])
    ):
        return ()
    if not any(
        0 <= k < len(toks) and not toks[k].is_cap and toks[k].fold.endswith(lex.plural_verb_endings)
        for k in (at - 1, at + 1)
    ):
        return ()  # "Die Polizei blockierte sie": a singular verb, the pronoun its object
    if not any(lex.carriers_of(t.text) for t in toks):
        return ()
    if any(c.end <= clause.start for c in st.neighbours(clause)):
        # a later clause of its sentence: the pronoun points to the people of the clauses
        # before it ("In X legten Bauern den Verkehr lahm, in Y blockierten sie den
        # Kreisverkehr"; session 28, h28-found), unless they too only say "sie"; then to the
        # sentence before, as a first clause's does
        words = word_units(st.doc.text, sent.start, clause.start, sentence=sent.index)
        if not any(w.fold in lex.plural_subject_pronouns for w in words):
            return tuple(words[-_MAX_CLAUSE_TOKENS:])
    if sent.index == 0:
        return ()
    prev = st.doc.sentences[sent.index - 1]
    if "\n\n" in st.doc.text[prev.end : sent.start]:
        return ()  # a new paragraph: the pronoun's people are not the sentence's before
    words = word_units(st.doc.text, prev.start, prev.end, sentence=prev.index)
    return tuple(words[:_MAX_CLAUSE_TOKENS])


def _relative_object_subject(clause: _Clause, st: _State) -> tuple[Token, ...]:
    """The people an arrest took, for a comma relative clause on them whose carrier needs its
    subject's noun: ``Die Polizei nahm in X 20 Menschen fest, die eine Straße blockiert
    hatten`` (the people taken had blocked a road: a protest). The German form of
    ``_split_object_relative``: the relative clause is a clause of its own already (its comma),
    but its subject is the pronoun, so the carrier (``blockiert``) found no noun and read
    nothing. Here the clause opens with a plural or feminine relative pronoun
    (``[clauses] relative_pronouns``; ``die``, not ``der``: one man is no crowd), its own
    carrier word follows, it ends in a carrier or an auxiliary with none before (verb-final,
    as a relative clause is; ``die Straße war blockiert`` is a main clause), and the clause
    right before it in the sentence, after a comma, holds an event of ``[clauses]
    object_relative_heads``; that clause's words are read as the carrier's subject
    (``before``), as a coordinated part's are. Session 22, round 2 (h22-trig). Empty when
    there is no such act before."""
    lex = st.lex
    toks = clause.tokens
    if not lex.object_relative_heads or lex.person_relatives or len(toks) < 2:
        return ()
    if toks[0].text != "die" or toks[0].fold not in lex.relative_pronouns:
        return ()
    if not any(lex.carriers_of(t.text) for t in toks[1:]):
        return ()
    if not (lex.carriers_of(toks[-1].text) or toks[-1].fold in lex.auxiliaries) or any(
        t.fold in lex.auxiliaries for t in toks[1:-1]
    ):
        return ()  # a relative clause ends in its verb; "die Straße war blockiert" is none
    prior = [c for c in st.neighbours(clause) if c.end <= clause.start]
    if not prior or "," not in st.doc.text[prior[-1].end : clause.start]:
        return ()
    head = prior[-1]
    if not any(
        r.clause is head
        and (
            r.type in lex.object_relative_heads
            or f"{r.type}.{r.sub_kind}" in lex.object_relative_heads
        )
        for r in st.raws
    ):
        return ()
    return head.tokens


def _resumed_predicate_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    trig: _Trigger,
    trig_i: int,
    previous: _Raw | None,
    earlier: Sequence[Place] = (),
) -> Place | None:
    """``The storm, the strongest in a decade, hit X on Monday``, ``Typhoon Y, the
    strongest storm this year, lashed X``: an aside between commas cuts an event noun (the
    subject) from its predicate, and the clause splitter leaves the noun's clause without a
    place. When the event's clause is only that subject (the noun and at most
    ``_SUBJECT_TAIL`` words after it), the clause after it is a short aside with no trigger
    of another type (at most ``_COMPARISON_WORDS`` words; ``the strongest storm this year`` only
    renames it), and the clause after that resumes the predicate (its
    first word lower-case and no article, preposition or conjunction: ``hit``,
    ``struck``, ``made``) and gave no event of its own, the place the predicate's clause
    gives (a hazard's object too: ``hit X``) is the event's. Session 19 (h19-events): a place
    named for comparison sits in such asides (``the worst since the 2010 flood in Y``); the
    aside is passed over, not read. Only the two clauses right after the event's: linear."""
    toks = clause.tokens
    if trig_i > _SUBJECT_TAIL or len(toks) - trig_i - 1 > _SUBJECT_TAIL:
        return None
    after = [c for c in st.neighbours(clause) if c.start >= clause.end]
    if len(after) < 2:
        return None
    aside, tail = after[0], after[1]
    if not aside.tokens or len(aside.tokens) > _COMPARISON_WORDS or not tail.tokens:
        return None
    if not st.doc.text[clause.end : aside.start].strip().startswith(","):
        return None
    if any(
        other.type != trig.type
        for t in aside.tokens
        if lex.any_trigger.match(t.text)
        for other in lex.triggers_of(t.text)
    ):
        return None  # an aside that tells another event ("the worst since a cyclone hit Y")
    return _resumed_tail_place(tail, st, lex, trig, previous, earlier)


def _resumed_tail_place(
    tail: _Clause,
    st: _State,
    lex: _Lexicon,
    trig: _Trigger,
    previous: _Raw | None,
    earlier: Sequence[Place],
    also_not_first: frozenset[str] | set[str] = frozenset(),
) -> Place | None:
    """The place of a clause that resumes an event noun's predicate after an aside
    (:func:`_resumed_predicate_place`, :func:`_relative_subject_place`): the clause opens
    lower-case with no article, preposition or conjunction (nor a word of
    ``also_not_first``), gave no event of its own, and names a resolved place; read as the
    event's own clause with its verb first (a hazard's object too: ``hit X``)."""
    first = tail.tokens[0]
    if (
        not first.text[:1].islower()
        or first.fold in lex.determiners
        or first.fold in lex.prepositions
        or first.fold in lex.conjunctions
        or first.fold in also_not_first
    ):
        return None
    if any(o.clause is tail for o in st.raws):
        return None  # an event of its own: its places are its
    tail_places = [p for p in st.places_between(tail.start, tail.end) if p.resolved]
    if not tail_places:
        return None
    place, _, _, _ = _place(
        tail,
        lex,
        tail_places,
        set(),
        previous,
        earlier,
        dateline=st.dateline,
        trig_i=0,
        hazard=trig.type in lex.object_place_types,
        kind_of=trig.type,
        verb_at=0,
    )
    return place


def _relative_subject_place(
    clause: _Clause,
    st: _State,
    lex: _Lexicon,
    trig: _Trigger,
    trig_i: int,
    place: Place | None,
    previous: _Raw | None,
    earlier: Sequence[Place] = (),
) -> Place | None:
    """``The quake, which was felt in Y, struck near X on Monday``: the event noun is the
    subject, a relative clause set off by commas tells something of it (where it was felt,
    where it began), and the predicate after the closing comma says where it happened. When
    the event's clause is the subject (the noun within ``_SUBJECT_TAIL`` words of its start)
    and a comma-opened relative clause (the language profile's relative pronouns), its place
    (if any) lies in that relative clause, and the next clause resumes the predicate (as in
    :func:`_resumed_predicate_place`) with a place of its own and no event, that place is the
    event's. Session 19 (h19-events)."""
    toks = clause.tokens
    pronouns = relative_pronouns(lex.lang)
    if trig_i > _SUBJECT_TAIL or not pronouns:
        return None
    rel = next(
        (
            j
            for j in range(trig_i + 1, min(len(toks), trig_i + 1 + _SUBJECT_TAIL + 1))
            if toks[j].fold in pronouns and "," in st.doc.text[toks[j - 1].end : toks[j].start]
        ),
        None,
    )
    if rel is None:
        return None
    if place is not None and not (
        clause.start <= place.start < clause.end and place.start >= toks[rel].start
    ):
        return None  # the event's own place stands before the relative clause
    after = [c for c in st.neighbours(clause) if c.start >= clause.end]
    if not after or not after[0].tokens:
        return None
    tail = after[0]
    if not st.doc.text[clause.end : tail.start].strip().startswith(","):
        return None
    return _resumed_tail_place(tail, st, lex, trig, previous, earlier, pronouns)


# how many words may follow an event noun in a clause that is only the subject ("Typhoon
# Mawar", "The storm")
_SUBJECT_TAIL = 3
# the longest aside of comparison read between an event noun and its predicate ("the worst
# since a cyclone devastated the port city in 1991": ten words)
_COMPARISON_WORDS = 12


def _country_apposition(clause: _Clause, st: _State, lex: _Lexicon) -> bool:
    """Is the clause only a country's name (``In Kaunas, Lithuania, police arrested ...``,
    ``In Quetta, Pakistan, a court ...``)? Wire copy names a town's country in apposition
    after it; between a fronted place and its event it says where that town lies, as a
    distance does, and the town stays the scene (session 18, the event-site probe: before,
    the country's clause ended the fronted phrase and the event had no place). Only the
    country's tokens, articles and punctuation: a clause with any other word is no
    apposition."""
    toks = clause.tokens
    if not toks or len(toks) > 4:
        return False
    inside = [
        p
        for p in st.places_between(clause.start, clause.end)
        if p.resolved and p.kind == "country" and p.role == "name"
    ]
    return len(inside) == 1 and all(
        inside[0].start <= t.start < inside[0].end
        or not t.text[:1].isalnum()
        or t.fold in lex.determiners
        for t in toks
    )


def _near_apposition(clause: _Clause, lex: _Lexicon) -> bool:
    """Does the clause open with a preposition of nearness (``[places] near``: ``In X, near
    the Venezuelan border, hundreds protested``, ``In X, close to the coast, ...``)? Between a
    fronted place and its event it says where that place lies, as a distance does; the
    border or the coast it names is no scene."""
    folds = clause.reading.folds[:3]
    return any(tuple(folds[: len(ph)]) == ph for ph in lex.near)


def _distance_apposition(clause: _Clause, lex: _Lexicon) -> bool:
    """Is the clause a distance told of the place before it (``about 60 km south-west of
    Y``, ``rund 60 Kilometer von Y entfernt``, ``some 350 km to the north``)? A unit of
    ``[places] distance_units`` right after a number, in the clause's first four words."""
    return _apposition_km(clause, lex) is not None


def _apposition_km(clause: _Clause, lex: _Lexicon) -> float | None:
    """The distance a clause opens with (``about 60 km south-west of Y``: 60; ``zehn
    Kilometer vor Y``: 10), in kilometres: a unit of ``[places] distance_units`` right after
    a number in the clause's first four words, the number in digits or a count word of
    ``[time.numbers]`` (session 19, round 2: before, ``zehn Kilometer vor Y`` was no
    distance). None when there is no such distance."""
    words = clause.words[:4]  # the tokens' texts: a prefilter may ask before tokens exist
    for k, w in enumerate(words):
        unit = w.casefold()
        if k == 0 or unit not in lex.distance_units:
            continue
        number = words[k - 1]
        m = _DISTANCE_NUMBER.fullmatch(number)
        if m is not None:
            whole, part = m.group(1), m.group(2)
            if part is None or len(part) == 3:
                value = float(whole + (part or ""))
            else:
                value = float(f"{whole}.{part}")
        elif number.casefold() in lex.count_values and number.isalpha():
            value = float(lex.count_values[number.casefold()])
        else:
            continue
        return value * _KM_PER_MILE if unit.startswith(("mi", "meil")) else value
    return None


def _dateline_place(span: tuple[int, int] | None, places: Sequence[Place]) -> Place | None:
    """The resolved place of the dateline (``GULU, May 4 (Reuters) -``): its first one."""
    if span is None:
        return None
    return next(
        (p for p in places if p.resolved and p.role == "name" and span[0] <= p.start < span[1]),
        None,
    )


# A statement is made where its speaker is, not where the story happened.
_NOT_CARRIED = frozenset({"statement", "court"})


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
