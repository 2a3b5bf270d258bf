"""Events: the places a clause names that are not where it happened.

Where people or things come from (``residents of``, ``fired from``), the ends of a route, a
launcher's country, a source's seat, the topic of a statement, an owner: the place step
(:mod:`geomap.events._place`) asks these so it does not take an origin for the scene.
Separate because each is a reading of a phrase, not a choice among places.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING

from geomap.events._actors import _cue_index, _is_feature
from geomap.events._mood import _people_noun
from geomap.events._sentences import _Clause
from geomap.events._state import _Raw, _State
from geomap.events._timeexpr import relative_pronouns
from geomap.events._triggers import _particle_at
from geomap.events._vocabulary import _Lexicon
from geomap.lexicons import capitals
from geomap.model import Place
from geomap.text import Token, word_units

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI


def _launcher(clause: _Clause, trig_i: int, actors: Sequence[Place], lex: _Lexicon) -> Place | None:
    """The country that launched: the country actor nearest before the trigger (``Japan's
    ministry said North Korea fired``: North Korea), else the first after it (``feuerte
    Nordkorea``); with no country, a capital as the trigger's own subject stands for its
    state (``Pyongyang launched a missile``, ``Tehran has test-fired``: session 12, the
    capital's Place, made its country in :func:`_launcher_states`)."""
    at = clause.tokens[trig_i].start
    states = [p for p in actors if p.kind == "country" and p.resolved]
    before = [p for p in states if p.start < at]
    if states:
        return before[-1] if before else states[0]
    toks = clause.tokens
    j = trig_i - 1
    while j >= 0 and toks[j].fold in lex.auxiliaries:
        j -= 1  # "Pyongyang has fired"
    if j < 0:
        return None
    return next(
        (
            p
            for p in actors
            if p.resolved and p.end == toks[j].end and p.start < at and _is_capital(p)
        ),
        None,
    )


def _launcher_states(raws: list[_Raw], gaz: GazetteerAPI) -> None:
    """A launch placed at its launcher when that is a capital standing for its state
    (``Pyongyang launched a missile``, no site named): the launching state, from the
    gazetteer, not the capital (the missile was not fired from the city itself)."""
    for r in raws:
        launcher = r.launcher
        if launcher is None or launcher.kind == "country" or r.place is not launcher:
            continue
        country = gaz.country(launcher.country_code) if launcher.country_code else None
        if country is None:
            continue
        r.place = replace(
            launcher,
            name=country.name,
            kind="country",
            lat=country.lat,
            lon=country.lon,
            id=country.id,
            source="context",
            confidence=0.6,
        )


def _impact_after(toks: Sequence[Token], trig_i: int, lex: _Lexicon) -> int:
    """The first token after a launch's trigger that is an impact's verb (``fired a
    missile that landed in the sea``, ``eine Rakete, die ins Meer stürzte``): the places
    after it say where the missile came down, not where it was fired from (the clause's
    length when there is none)."""
    for k in range(trig_i + 1, len(toks)):
        tok = toks[k]
        if lex.any_trigger.match(tok.text) and any(
            t.type == "impact" and t.pos == "verb" for t in lex.triggers_of(tok.text)
        ):
            return k
    return len(toks)


def _statement_topics(
    clause: _Clause,
    trig_i: int,
    lex: _Lexicon,
    covered: Set[int],
    told: Set[str] = frozenset(),
) -> frozenset[int]:
    """The tokens a statement is about: from an event noun with its target or genitive
    (``condemned the attack on a market in Kidal``, ``hat den Angriff auf ... in Kidal
    verurteilt``) up to a noun that says where it was said (``[places] said_at``: a speech,
    a statement, a press conference: ``condemned the attack in a speech in Geneva``). A
    place there is what the statement is about, not where it was made. A time phrase ends
    the topic (``verurteilte den Anschlag am Dienstag in Amman``).

    An event noun with a locative phrase right after it (``condemned the massacre in X``) is
    its topic too when the clause says elsewhere where it was said (``at a news conference
    in Y``), or when the text has told no event of that kind before (``told``): a new event
    is introduced with its own place, and the statement's is the dateline's. An event told
    before is only referred back to (``condemned the launch in Tokyo``): the place after it
    is where the statement was made."""
    toks = clause.tokens
    out: set[int] = set()
    inside = False
    saying_place = [k for k, tok in enumerate(toks) if tok.fold in lex.said_at]
    for k, tok in enumerate(toks):
        if k == trig_i:
            continue
        if k in covered:
            inside = False
            continue
        noun = lex.any_trigger.match(tok.text) and not (lex.nouns_capitalised and not tok.is_cap)
        # a noun of several words counts only whole: "emergency" alone is no "emergency
        # landing" ("declared a state of emergency on X" says where it was declared)
        kinds = (
            {
                t.type
                for t in lex.triggers_of(tok.text)
                if t.pos == "noun"
                and (len(t.words) == 1 or _particle_at(toks, k, t, lex) is not None)
            }
            if noun
            else set()
        )
        if "statement" in kinds or "meeting" in kinds or tok.fold in lex.said_at:
            inside = False  # "in a speech in Geneva", "in a statement in X": where it was said
        elif (
            kinds
            and (k > trig_i or lex.particles_at_clause_end)
            and k + 1 < len(toks)
            and (toks[k + 1].fold in lex.targets or toks[k + 1].fold in lex.transparent)
        ):
            # the event noun's own phrase: "the attack on a market in X", "the killing of
            # civilians in X" ("condemned the launch in Tokyo" says where it was condemned)
            inside = True
        elif (
            kinds
            and (k > trig_i or lex.particles_at_clause_end)
            and k + 1 < len(toks)
            and (toks[k + 1].fold in lex.cues or toks[k + 1].fold in lex.passive_agents)
            and _with_article(toks, k, lex)
            and (any(j > k for j in saying_place) or not kinds & told)
        ):
            # "condemned the massacre in X" of a massacre not told before, or with "at a
            # news conference in Y" after it: X is what was condemned, and so is a place
            # after its doers ("the attack by rebels in X"). Only a noun with its
            # own article: in "declared a state of emergency in X" the place is the act's
            inside = True
        elif inside:
            out.add(k)
    return frozenset(out)


def _with_article(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does the noun at ``k`` have its own article, right before it or before one modifier
    (``the massacre``, ``the arson attacks``, ``das blutige Massaker``)? Not a noun inside
    another's phrase (``a state of emergency``)."""
    if k >= 1 and toks[k - 1].fold in lex.determiners:
        return True
    mod = toks[k - 1].fold if k >= 1 else ""
    return (
        k >= 2
        and toks[k - 2].fold in lex.determiners
        and mod not in lex.transparent
        and mod not in lex.cues
        and mod not in lex.prepositions
        and mod.isalpha()
    )


def _people_after(toks: Sequence[Token], place: Place, idx: int, lex: _Lexicon) -> bool:
    """Is a country's name used as a demonym: right before a noun for people (``[places]
    people_nouns``: ``Somali refugees``, ``Afghan migrants``)?"""
    last = idx
    while last + 1 < len(toks) and toks[last + 1].start < place.end:
        last += 1
    return last + 1 < len(toks) and toks[last + 1].fold in lex.people_nouns


def _source_of(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the place at token ``i`` say who reports it (``[places] source_words`` before it,
    past articles and one preposition: ``nach Angaben Südkoreas``, ``nach Angaben der
    Ukraine``, ``laut Polen``, ``according to Seoul``)? The source is not where the event
    happened, and it does not keep the event from the dateline either."""
    k = i - 1
    while k >= 0 and toks[k].fold in lex.determiners:
        k -= 1
    if k >= 0 and toks[k].fold in lex.source_words:
        return True
    if k >= 1 and toks[k].fold in lex.prepositions and toks[k - 1].fold in lex.source_words:
        return True
    # only a preposition of being in (``[places] nested_in``): "nach Angaben des Militärs
    # nahe X gestartet" is where it was launched, not where the military sits
    return k >= 1 and toks[k].fold in lex.nested_in and _source_seat(toks, k, lex)


# how many words a source's noun phrase may hold between its source word and the preposition
# of its seat ("according to the interior ministry in X": five)
_SOURCE_SEAT_REACH = 5


def _protest_target(toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the place at token ``idx`` inside what a protest is against (``[places]
    protest_targets``: ``against``, ``gegen``), on the same side of the trigger as that
    preposition? ``In A, fishermen protested against a ban decided by the government in B``,
    ``demonstrierten gegen die Schließung, die der Kreistag in B beschlossen hatte``: B is the
    decision's place, the protest was held in A. Session 19 (h19-events): before, B was the
    clause's only place and beat the fronted A (same country, so the fronted phrase did not
    set the scene). Alone in the clause and with no fronted place, B still places the
    protest."""
    if not lex.protest_targets:
        return False
    lo, hi = (trig_i + 1, idx) if idx > trig_i else (0, idx)
    return any(toks[j].fold in lex.protest_targets for j in range(lo, hi))


def _source_seat(toks: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does the preposition at ``k`` end a source's noun phrase, so that the place after it
    is the seat of who reports the event (``nach Angaben des Generalstabs in Seoul``,
    ``according to the interior ministry in Tbilisi``), not where it happened? Session 19
    (h19-events): before, such a seat beat the event's own ``dort`` or its launch site.
    Only one noun phrase attached to the source word counts: right after the source word
    a word that ties a phrase to it (``[places] source_links``: ``des``, ``der``, ``to``),
    then its words up to ``k`` with no new article (``nach palästinensischen Angaben ein
    Flüchtlingslager in X``: the camp is the object, X the event's place); nouns are
    capitalised in German, and at most two lower-case words stand in an English phrase; a
    punctuation mark, a conjunction or a German lower-case word (a verb: ``nach Angaben der
    Polizei wurden in X ...``) ends it, as the bounded reach does."""
    m = k - 1
    while m >= max(0, k - 1 - _SOURCE_SEAT_REACH) and toks[m].fold not in lex.source_words:
        if not toks[m].text[:1].isalnum() or toks[m].fold in lex.conjunctions:
            return False
        m -= 1
    if m < max(0, k - 1 - _SOURCE_SEAT_REACH) or m + 1 >= k:
        return False
    lower = 0
    opening = True
    for j in range(m + 1, k):
        tok = toks[j]
        link = tok.fold in lex.determiners or tok.fold in lex.prepositions
        if j == m + 1 and tok.fold not in lex.source_links:
            return False  # "nach palästinensischen Angaben ein ...": no phrase of the source
        if link:
            if not opening:
                return False  # a new article or preposition: a new noun phrase
            continue
        opening = False
        if not tok.is_cap:
            lower += 1
            if lex.nouns_capitalised or lower > 2:
                return False
    return True


def _border_as_modifier(toks: Sequence[Token], p: Place, lex: _Lexicon) -> bool:
    """Is a border the geoparser built (``the Congolese border``) only the first half of a
    feature phrase (``the Congolese border town of X``, ``at the Ugandan border post of
    Y``)? A feature word right after it says the phrase names a town or a post by the
    border, not the border line: the town is the place, and when the gazetteer does not
    know it, a border line hundreds of kilometres long is no better than no place."""
    nxt = bisect.bisect_left([t.start for t in toks], p.end)
    return nxt < len(toks) and _is_feature(toks[nxt], lex)


def _sea_as_modifier(toks: Sequence[Token], p: Place, lex: _Lexicon) -> bool:
    """Does the sea or ocean ``p`` only say what kind of place the noun after it is (``the
    Pacific island nation``, ``the Caribbean country``, ``the Indian Ocean archipelago``): a
    lower-case noun a back reference reads as a settlement, a country or an island right
    after its name? The phrase points back to that place, not to the sea (session 14)."""
    last = next((k for k in range(len(toks)) if toks[k].start >= p.end), len(toks))
    if last >= len(toks) or not toks[last].text.islower():
        return False
    heads = [pat for kind, pat in lex.back_reference if kind in ("city", "country", "island")]
    return any(pat.match(toks[last].text) for pat in heads) or (
        toks[last].fold in lex.sea_modifier_heads
    )


def _town_body(clause: _Clause, held: Sequence[Place], trig_i: int, lex: _Lexicon) -> Place | None:
    """The town whose own body of state (``[places] owner_bodies``: police, a court, the
    government) is the subject before the trigger, the town a word before it as its
    attribute or owner (``Kharkiv police arrested five men``, ``Odesa's police``, ``die
    Charkiwer Polizei``), else None. ``held`` are the clause's places the actors took. A
    town's police or court acts in its town: the clause names where the event happened
    though no preposition does, so no place from outside the sentence (the story's town
    carried over, the dateline) is the event's. Not a country (``Kenyan police`` is whose
    police, not where; a country is no point) and not a person's office (``Odesa's mayor
    met ...``: people travel; ``owner_bodies`` holds bodies). Session 20, round 3."""
    toks = clause.tokens
    for p in held:
        if not p.resolved or p.role not in ("name", "adjective") or p.kind == "country":
            continue
        if _precision_of(p, lex) != "point":
            continue
        idx = clause.index_at(p.start)
        last = idx
        while last + 1 < len(toks) and toks[last + 1].start < p.end:
            last += 1
        nxt = last + 1
        if nxt < len(toks) and toks[nxt].fold in ("'s", "’s", "s"):
            nxt += 1  # a possessive the word units keep apart
        if nxt < trig_i and lex.owner_bodies.match(toks[nxt].text):
            return p
    return None


# Event types people gather for in their own town (_residents_town).
_HOME_GATHERINGS = frozenset({"protest", "riot"})


def _residents_town(clause: _Clause, st: _State, trig_i: int, lex: _Lexicon) -> Place | None:
    """The town of the people who protest, when the sentence's subject before the trigger
    names them by it (``Residents of X, a city on the coast, protested``, ``Traders in X
    marched``, ``Bewohner von X demonstrierten``): a noun for people (``[places]
    people_nouns``) among the sentence's first words and an owner preposition (``of``,
    ``von``) or ``in`` right before a town, else None.

    Why: a protest or a riot of a town's people is held in their town when the clause
    names no other place; before, the subject (often cut off by an apposition) kept the
    town and the event took a town from an earlier sentence or none (session 21, round 2).
    Not an origin preposition (``farmers from X marched to Y`` went elsewhere), not a
    country or a region (no point)."""
    at = clause.tokens[trig_i].start
    sent = clause.sentence
    # the sentence's words after its dateline (``ACCRA, May 3 (Reuters) - Residents of X
    # protested``: the subject opens the lede after it; session 29, before, the dateline's
    # words put the town past the reach)
    begin = sent.start
    if st.dateline is not None and sent.start <= st.dateline[0] < sent.end:
        begin = max(begin, st.dateline[1])
    held = [
        p
        for p in st.places_between(begin, at)
        if p.resolved and p.role == "name" and _precision_of(p, lex) == "point"
    ]
    if not held:
        return None
    toks = word_units(clause.text, begin, at, sentence=sent.index)
    for p in held:
        idx = next((j for j, t in enumerate(toks) if t.start == p.start), None)
        if idx is None or not 2 <= idx <= _RESIDENTS_REACH:
            continue
        prep = toks[idx - 1].fold
        if prep not in lex.owner_prepositions and prep not in lex.capital_body_preps:
            continue
        if _people_noun(toks[idx - 2].fold, lex):
            return p
    return None


# how far into its sentence the town of a protest's people may stand ("Hundreds of angry
# residents of X": five words)
_RESIDENTS_REACH = 5


# how many words a "from" phrase may hold before its place ("from positions near Y": two)
_FIRED_FROM_REACH = 3


def _fired_from(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` inside a phrase of origin (``[places] origins``: ``from``,
    ``von``) that opens at most a few words before it, with no comma between (``shelled
    from positions near Y``, ``von Stellungen nahe Y aus``)? For a strike that is where the
    fire came from, not what it hit."""
    for k in range(idx - 1, max(-1, idx - 2 - _FIRED_FROM_REACH), -1):
        if "," in toks[k + 1].gap_before:
            return False
        if toks[k].fold in lex.origins:
            return True
    return False


def _body_of(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does the country at ``idx`` follow a body of state and ``of``/``von`` (``[places]
    owner_bodies``, ``owner_prepositions``: ``the Supreme Court of Bangladesh``, ``die
    Regierung von Mali``)? Then it says whose body, as a genitive does (``das Oberste
    Gericht Bangladeschs``), not where the body acted: that is where it sits, the capital
    the dateline names, not anywhere in the country."""
    return (
        idx >= 2
        and toks[idx - 1].fold in lex.owner_prepositions
        and bool(lex.owner_bodies.match(toks[idx - 2].text))
    )


def _people_from(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Does the place at ``idx`` say where people come from: an origin preposition
    (``[places] origins``) right after a noun for people (``[places] people_nouns``:
    ``zwei Menschen aus Eritrea``, ``14 migrants from Ethiopia``)? Not where it happened.
    A later member of a list of origins counts too (``protesters from Oruro and Potosi``,
    ``Demonstranten aus Leipzig, Halle und Jena``): walking back over capitalised names,
    commas and list conjunctions (``[actors] conjunctions``), at most ``_ORIGIN_LIST_REACH``
    tokens, to the origin preposition."""
    k = idx - 1
    while k >= 2 and idx - k <= _ORIGIN_LIST_REACH and toks[k].fold not in lex.origins:
        word = toks[k].text
        if not (word == "," or toks[k].fold in lex.conjunctions or word[:1].isupper()):
            return False
        k -= 1
    if k == idx - 1:
        return k >= 1 and toks[k].fold in lex.origins and _people_noun(toks[k - 1].fold, lex)
    return (
        k >= 1
        and toks[k].fold in lex.origins
        and _people_noun(toks[k - 1].fold, lex)
        and any(t.fold in lex.conjunctions or t.text == "," for t in toks[k + 1 : idx])
    )


def _relative_penalty(toks: Sequence[Token], i: int, trig_i: int, lex: _Lexicon) -> float:
    """What a back reference (``there``, ``the town``, ``dort``) at ``i`` loses when it
    stands in a relative clause before the trigger: ``Mourners who had gathered in the town
    marched to A``, ``Hirten, die zuvor dort gestreikt hatten, zogen in B vor das Rathaus``. The
    relative clause tells what its people did before, there; the trigger's own words name
    where the event was, so a place they name with its own preposition wins. Alone the
    back reference still places the event. The pronoun (the language's
    ``relative_pronouns``) opens the clause after a comma, or anywhere when it is no
    determiner (``who``, ``which``; not ``that`` nor a German article). Session 22
    (h22-evplace): a back reference scored above the clause's named place."""
    if trig_i <= i:
        return 0.0
    pronouns = relative_pronouns(lex.lang)
    for j in range(i - 1, 0, -1):
        fold = toks[j].fold
        if fold in pronouns and ("," in toks[j].gap_before or fold not in lex.determiners):
            return _NESTED_PENALTY
        if "," in toks[j].gap_before:
            return 0.0
    return 0.0


def _people_from_reference(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Does the back-reference noun at ``i`` say where people come from, as a named place
    after ``people from`` does (:func:`_people_from`): an origin preposition (``[places]
    origins``) right after a noun for people, with only determiners and lower-case words
    between it and the noun (``Traders from around the district``, ``Fischer aus der Region``,
    ``residents from the nearby town``), and no place preposition of its own? Such a
    phrase names the people, not the scene: a place of the clause's own words, or the
    story's, is the event's. Session 22 (h22-evplace): the city the farmers came from beat
    the capital they drove to and protested in."""
    k = i - 1
    while k >= 1 and i - k <= 3 and toks[k].fold not in lex.origins:
        if toks[k].fold in lex.cues or toks[k].text[:1].isupper() or not toks[k].text.isalpha():
            return False
        k -= 1
    return k >= 1 and k < i and toks[k].fold in lex.origins and _people_noun(toks[k - 1].fold, lex)


def _origin_of_thing(
    toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon, skip: Set[int]
) -> bool:
    """Does the place at ``idx`` say where someone or something comes from: an origin
    preposition (``from``) after a word that is neither the trigger nor a word of moving
    away (``[places] from_moves``: ``withdrew from``, ``fled from``; nor after a trigger of
    moving away and its object: ``deported 40 people from X``)? ``sentenced a former
    commander from X``, ``protested against grain imports from X``, ``smuggling weapons
    across the border from X``, ``a ferry carrying traders from X capsized``: the commander's,
    the grain's, the weapons', the traders' origin, not where the court sat, the farmers
    protested or the ferry sank; the event's place is its locative, its dateline or the
    carried one. A distance's point (``30 km from X``) is read elsewhere. Only with the
    lexicon's list (English; session 16, round 2)."""
    if not lex.from_moves:
        return False
    at = _cue_index(toks, idx, lex, skip)
    if at is None or at < 1 or toks[at].fold not in lex.origins or at - 1 == trig_i:
        return False
    before = toks[at - 1]
    if before.fold in lex.from_moves or not any(ch.isalpha() for ch in before.text):
        return False  # "withdrew from X"; ", from X"
    if 0 <= trig_i < at and toks[trig_i].fold in lex.from_moves:
        return False  # "deported 40 people from X", "evacuated residents from X": moved away
    return not _reference_point(idx, toks[at].fold, toks, lex)


def _noun_origin(
    toks: Sequence[Token], idx: int, trig_i: int, lex: _Lexicon, skip: Set[int]
) -> bool:
    """Does the place at ``idx`` say where someone or something named by a noun comes
    from: a preposition of ``[places] noun_origins`` right after a capitalised word that is
    not the trigger (``Ein Mann aus X wurde in Y festgenommen``, ``Eine Delegation aus X
    besuchte Y``, ``nahmen zwei Aktivisten aus X in Gewahrsam``)? In German every noun is
    capitalised, so the word says the phrase belongs to a noun, not to the verb (``zogen
    sich aus X zurück`` keeps X). A trigger before it that moves its object away
    (``noun_origin_moves``: ``evakuierten Bewohner aus X``) keeps the place, as English
    ``from_moves`` does. Why: the man's, the delegation's or the activists' town is who
    they are, not where they were arrested or what they visited (session 18, the
    event-site probe); the English twin is :func:`_origin_of_thing`."""
    if not lex.noun_origins or not lex.nouns_capitalised:
        return False
    at = _cue_index(toks, idx, lex, skip)
    if at is None or at < 1 or at - 1 == trig_i:
        return False
    if toks[at].fold not in lex.noun_origins and not _owner_of_subject(toks, at, trig_i, lex):
        return False
    before = toks[at - 1]
    if not before.is_cap or not before.text.isalpha() or before.fold in lex.determiners:
        return False
    if at == 1 and (before.fold in lex.prepositions or before.fold in lex.cues):
        return False  # a sentence's first word is capitalised whatever it is
    if 0 <= trig_i < at and toks[trig_i].fold in lex.noun_origin_moves:
        return False
    return not _reference_point(idx, toks[at].fold, toks, lex)


# how many articles and adjectives may stand before the noun of an owner's "von" phrase
_OWNER_PHRASE_REACH = 3


def _owner_of_subject(toks: Sequence[Token], at: int, trig_i: int, lex: _Lexicon) -> bool:
    """Is the preposition at ``at`` an owner's ``von`` (``[places] owner_prepositions``)
    after a noun before the trigger whose phrase no place preposition opens (``Mitglieder
    der Gewerkschaft von A demonstrierten vor dem Parlament in B``, ``Anhänger des Klubs von
    A zogen durch B``)? Then A says whose body the subject is, not where it acted: it yields
    to the clause's own place as an origin does. A feature noun (``Hafen von A``) or a
    phrase after a place preposition (``vor dem Rathaus von A``) is a place of its own
    (session 24, h24-evplace)."""
    if toks[at].fold not in lex.owner_prepositions or not 0 < at <= trig_i:
        return False
    if _is_feature(toks[at - 1], lex):
        return False
    if at == 1:
        # the sentence's first word, capitalised whatever it is: a noun ("Anhänger von
        # <Klub> A randalierten in B", session 25), not a preposition or an article; and
        # no comma before the trigger: "Bewohner von A, einer Stadt im Süden Bs,
        # demonstrierten" names A's region in an apposition, no place of the clause
        first = toks[0]
        return (
            first.text.isalpha()
            and not (
                first.fold in lex.prepositions
                or first.fold in lex.cues
                or first.fold in lex.determiners
            )
            and not any("," in toks[j].gap_before for j in range(at + 1, trig_i + 1))
        )
    for j in range(at - 2, max(at - 2 - _OWNER_PHRASE_REACH, -1), -1):
        if toks[j].fold in lex.cues or toks[j].fold in lex.outside:
            return False
        if toks[j].is_cap and toks[j].fold not in lex.determiners:
            return True
    return True


# Tokens a route's origin place may take before its far end's preposition ("from A to B",
# "von Bobo-Dioulasso nach B", "from Port Said to B")
_ROUTE_NAME_REACH = 4


def _route_pair_starts(toks: Sequence[Token], lex: _Lexicon) -> frozenset[int]:
    """The first tokens of the places of every ``from A to B`` / ``von A nach B`` pair of
    the clause (``[places] origins`` + a capitalised name of at most ``_ROUTE_NAME_REACH``
    tokens + ``route_to_preps``). One pass over the tokens, each pair bounded."""
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.fold not in lex.origins:
            continue
        j = i + 1
        while j < len(toks) and toks[j].fold in lex.determiners:
            j += 1
        start = j
        if start >= len(toks) or not toks[start].is_cap:
            continue
        k = start + 1
        while (
            k < len(toks)
            and k - start < _ROUTE_NAME_REACH
            and toks[k].fold not in lex.route_to_preps
        ):
            if not (toks[k].is_cap or toks[k].text in ("-", "(", ")")):
                break
            k += 1
        if k >= len(toks) - 1 or toks[k].fold not in lex.route_to_preps:
            continue
        far = k + 1
        while far < len(toks) and toks[far].fold in lex.determiners:
            far += 1
        if far < len(toks) and toks[far].is_cap:
            out.update((start, far))
    return frozenset(out)


def _route_end(idx: int, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Is the place at token ``idx`` an end of a ``from A to B`` / ``von A nach B`` pair
    (:func:`_route_pair_starts`)? Read only where two points meet, so most clauses never
    pay for the pass."""
    return bool(lex.route_to_preps) and idx in _route_pair_starts(toks, lex)


def _route_pair_ends(named: list[list], toks: Sequence[Token], lex: _Lexicon) -> None:
    """``A bus from A to B overturned near C``, ``Ein Zug von A nach B entgleiste bei C``,
    ``a ferry sailing from A to B sank off C``: A and B say where the vehicle was going, C
    where the event happened. When the clause names a place with a preposition of its own
    that is no end of such a pair, the pair's ends yield to it; alone they still place
    the event (``a bus from A to B overturned``: somewhere on the way, the best the clause
    gives). Not for a journey (where it went is its place) or a launch (its origin is its
    site): the caller leaves those out. Why: the site-choice probe (session 18) found the
    destination chosen over the site in every such sentence."""
    if not lex.route_to_preps or len(named) < 2:
        return
    ends = _route_pair_starts(toks, lex)
    if not ends:
        return
    if not any(entry[1] not in ends and entry[5] for entry in named):
        return
    for entry in named:
        if entry[1] in ends:
            entry[0] -= _NESTED_PENALTY


def _subject_destination(
    named: list[list], toks: Sequence[Token], lex: _Lexicon, trig_i: int
) -> None:
    """``A convoy heading to A was ambushed near B``, ``Ein Konvoi auf dem Weg nach A wurde
    bei B überfallen``: a place after a preposition of a journey's goal (``[places]
    journey_preps``) before the trigger says where the subject was going, not where the
    event happened; when the clause names another place with a preposition of its own,
    the goal yields to it (alone it still places the event, the best the clause gives).
    Not for a journey or a launch (the caller leaves those out: where they went is their
    place). After the trigger a goal is the event's own (``fighting spread to X``). Why:
    the event-site probe (session 18, round 2) found the goal chosen over the site in
    every such sentence, both tied on their prepositions and the first winning."""
    if not lex.journey_preps or len(named) < 2:
        return
    goals = [e for e in named if e[5] in lex.journey_preps and e[1] < trig_i]
    if not goals:
        return
    if not any(e[5] and e[5] not in lex.journey_preps for e in named):
        return
    for entry in goals:
        entry[0] -= _NESTED_PENALTY


# how many words (nouns, articles, adjectives) may stand between an origin word and the
# nearness preposition of its place ("von Stellungen nahe X", "from positions near X")
_ORIGIN_NEAR_REACH = 3


def _origin_near(
    named: list[list], toks: Sequence[Token], lex: _Lexicon, trig_i: int, skip: Set[int]
) -> None:
    """``Von Stellungen nahe A abgefeuerte Raketen schlugen in B ein``, ``Gunmen from a
    village near A attacked B``: a place of nearness (``[places] near``) inside a phrase of
    where someone or something came from (``[places] origins`` a few words before it),
    before the trigger, says where they came from; when the clause names another place
    with a preposition of its own, it yields to it (alone it still places the event).
    The caller leaves out journeys and launches (a launch's origin is its site). Why: the
    event-site probe (session 18, round 2) found the launch position chosen over where
    the rockets struck, both tied on their prepositions and the first winning."""
    if len(named) < 2:
        return
    near_words = {ph[0] for ph in lex.near if len(ph) == 1}
    hits = []
    for entry in named:
        if entry[1] >= trig_i or entry[5] not in near_words:
            continue
        at = _cue_index(toks, entry[1], lex, skip)
        if at is None:
            continue
        for j in range(at - 1, max(at - 1 - _ORIGIN_NEAR_REACH, -1), -1):
            fold = toks[j].fold
            if fold in lex.origins:
                hits.append(entry)
                break
            if fold in lex.prepositions or fold in lex.cues or not toks[j].text.isalpha():
                break
    if not hits:
        return
    if not any(e[5] and e not in hits for e in named):
        return
    for entry in hits:
        entry[0] -= _NESTED_PENALTY


# Tokens from a later member of an origin list back to its preposition ("from A, B and C")
_ORIGIN_LIST_REACH = 8


_AGENT_REACH = 8  # tokens from a passive's agent word to the place that ends the group's name


def _in_agent_name(toks: Sequence[Token], idx: int, lex: _Lexicon) -> bool:
    """Is the place at ``idx`` the end of an armed group's name inside a passive's doer
    (``durch Kämpfer der Miliz Islamischer Staat in der Sahelzone``, ``von Kämpfern der
    Gruppe Al-Kaida im Islamischen Maghreb``)? A preposition right after a capitalised name
    that follows an organisation word (``[actors] organisations``: ``Miliz``, ``militia``)
    within a few words after the agent word (``[grammar] passive_agents``) names the group,
    not where it struck; the event's place comes from elsewhere (``Das Dorf``). A doer
    without such a name keeps its place (``von Soldaten in Goma erschossen``)."""
    if not lex.passive_agents or not lex.org_words:
        return False
    j = idx - 1
    while j > 0 and toks[j].fold in lex.determiners and toks[j].fold not in lex.cues:
        j -= 1  # "in der Sahelzone": the article between the preposition and the name
    if j < 2 or toks[j].fold not in lex.cues or not toks[j - 1].is_cap:
        return False
    org = False
    for k in range(j - 1, max(j - 1 - _AGENT_REACH, -1), -1):
        text = toks[k].text
        if not any(ch.isalnum() for ch in text):
            return False  # a comma or a dash ends the doer's phrase
        if toks[k].fold in lex.org_words:
            org = org or k < j - 1  # the organisation word with a name after it
        elif toks[k].fold in lex.passive_agents:
            return org and not toks[k].is_cap
    return False


# how much a place loses to the place it holds or lies near ("in Phoenix in Arizona")
_NESTED_PENALTY = 2.5


def _reference_point(idx: int, cue: str | None, toks: Sequence[Token], lex: _Lexicon) -> bool:
    """Is the place at ``idx`` measured from: right after a direction or a distance and its
    preposition (``east of``, ``östlich von``, ``100 km from``, ``30 Kilometer von``)? ``the
    south of X`` (an article before the direction) is a part of X, not a point measured from."""
    if cue is not None and cue in lex.directions:
        return True
    if idx < 2 or toks[idx - 1].is_cap:
        return False
    word = toks[idx - 2].fold
    if word in lex.distance_units:
        return True
    return word in lex.directions and not (idx >= 3 and toks[idx - 3].fold in lex.determiners)


def _capital(cc: str) -> tuple[int, str, float, float] | None:
    return capitals().get(cc)


def _is_capital(place: Place) -> bool:
    """Is ``place`` its country's capital (GeoNames' capitals)?"""
    capital = _capital(place.country_code) if place.country_code else None
    return capital is not None and (
        place.name == capital[1] or (place.id or "").endswith(f":{capital[0]}")
    )


def _precision_of(place: Place, lex: _Lexicon) -> str:
    """ACLED-like geo-precision of a place: ``point`` (a town, a site), ``region``,
    ``country`` or ``sea``, by its kind (``[places.precision]`` in the lexicon)."""
    kind = "derived" if place.role == "derived" else (place.kind or "")
    return next((name for name, kinds in lex.precision.items() if kind in kinds), "region")
