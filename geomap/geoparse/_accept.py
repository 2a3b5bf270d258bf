"""Acceptance: is a candidate span a place at all?

It weighs the evidence that the word is ordinary (its frequency in the language against
what the place's size would explain, a determiner before it, a title or a verb of saying
next to it, a street or organisation word after it) against the evidence for a place (a
preposition, a feature head, capitalisation mid-sentence in English, the dateline,
coherence with the article's countries). What does not depend on the article's focus is
decided once per span (:func:`decide_static`); the focus and anchors then weigh in
(:func:`decide_focus`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from gazetteer import Candidate, SeatsAPI, haversine_km
from geomap.geoparse._context import (
    Context,
    Decision,
    Ranked,
    Votes,
    any_in,
    diacritic_mismatch,
    name_key,
    next_token,
    prev_token,
    spelling_of,
)
from geomap.geoparse._evidence import (
    adjective_country,
    anchor_array,
    capital_of_other_country,
    cues,
    head_kind,
    min_km_many,
    noun_phrase_before,
    on_title_cased_line,
    opens_lede,
    person_preposition,
    plural_verb_after,
    team_name,
    team_names,
    title_cased,
)
from geomap.geoparse._mentions import COMMON_ZIPF, HYPHENS, Span, apostrophe_s, headline_word
from geomap.geoparse._rank import ARTICLE_KINDS, statics
from geomap.geoparse._weights import Weights
from geomap.geoparse._wordlists import (
    apposition_roles,
    article_genders,
    bare_nouns,
    common_nouns,
    complement_prepositions,
    country_genders,
    ends_in_noun,
    english_common_word,
    english_plural_noun,
    feature_parts,
    feature_verbs,
    first_names,
    fixed_phrases,
    grammar_nouns,
    holder_words,
    home_countries,
    hyphened_articles,
    impersonal_subjects,
    is_surname,
    list_joins,
    locating_prepositions,
    municipal_heads,
    noun_cues,
    noun_prepositions,
    opening_plural_verbs,
    opening_topic_prepositions,
    organisation_heads,
    organisation_names,
    past_verb_endings,
    patronymic_links,
    place_relation_nouns,
    plural_nouns,
    plural_prepositions,
    plural_prepositions_after_nouns,
    singular_determiners,
    subject_after,
    team_words,
    term_nouns,
    thing_heads,
    thing_prepositions,
    topic_prepositions,
    town_genders,
)
from geomap.lexicons import PlaceLexicon, phrase_lexicon
from geomap.model import KINDS, kinds_where
from geomap.text import Token
from geomap.text import zipf as zipf_frequency

__all__: list[str] = []

STRONG_KINDS = kinds_where("strong")
#: an organisation word this long ends a German compound that names the kind
#: ("Mobilfunkkonzern"); shorter ones ("bank", "club") end too many other words
_COMPOUND_HEAD = 6
#: The reason a small town's other name is turned down (see :func:`decide_static`).
OTHER_NAME = "another name of a small town"
#: The reason a small town abroad is turned down for a respelling of its other name.
RESPELLED_ABROAD = "a small town abroad by its other name, the article on other countries"
#: The reason a German noun is turned down when nothing stands for its village (session 31).
NOUN_NO_EVIDENCE = "German noun, no evidence for its village"
#: The reason a feature word's name is turned down when its towns lie abroad (session 31).
FEATURE_ABROAD = "a feature's name whose towns lie in none of the article's countries"
#: the readings a feature word after a name says are not the feature: towns and units
_TOWNS_AND_UNITS = (kinds_where("settlement") | kinds_where("admin_unit")) - {"region"}
#: A long span rejected for these reasons keeps its words from being read as shorter names.
BLOCKING_REASONS = frozenset({"person name", "street name", "organisation name", OTHER_NAME})


def _part_of_joined_name(ctx: Context, span: Span, prev: Token | None, nxt: Token | None) -> bool:
    """The span is one part of a longer name that a patronymic link (``bin``, ``ibn``:
    "Karim bin Tarek") or a hyphened Arabic article ("Samir el-Kadi", "Tell al-Hamra")
    joins to a capitalised word beside it (issue 21, session 15). Such a name is read
    whole or not at all: a person's ("Nouri al-Fulan"), or a place the gazetteer holds
    whole (the mention finder looks the whole up with the article assimilated and not);
    its parts alone are no towns named so elsewhere. Of GeoNames' cities500 names one
    holds a patronymic link between capitals, so a place is never lost that way; the
    article joins only when hyphened to the next word and spaced from the word before
    ("in al-Bab" stays a place: nothing capitalised before the article)."""
    toks = ctx.tokens
    first = toks[span.i]
    links, arts = patronymic_links(ctx.lang), hyphened_articles(ctx.lang)

    def name_word(t: Token | None, sentence: int) -> bool:
        return t is not None and t.is_cap and t.sentence == sentence

    if prev is not None and not prev.is_cap and prev.sentence == first.sentence:
        before = prev_token(toks, prev)
        if prev.gap_before == " " and name_word(before, first.sentence):
            if prev.fold in links and first.gap_before == " ":
                return True
            if prev.fold in arts and first.gap_before in HYPHENS:
                return True
    if nxt is not None and not nxt.is_cap and nxt.sentence == first.sentence:
        after = next_token(toks, nxt)
        if nxt.gap_before == " " and name_word(after, first.sentence):
            assert after is not None
            if nxt.fold in links and after.gap_before == " ":
                return True
            if nxt.fold in arts and after.gap_before in HYPHENS:
                return True
    return False


def _demonym(lang: str, word: str) -> bool:
    """``word`` (case-folded) is a nationality adjective or noun of ``lang``
    (``demonyms.csv``)."""
    from geomap.lexicons import demonym_nouns, demonyms

    return word in demonyms(lang) or word in demonym_nouns(lang)


def _foreign_name_word(ctx: Context, nb: Token | None, first: Token) -> bool:
    """In a language that capitalises its nouns, a capitalised word right beside the
    one-word name at ``first`` inside the sentence is a noun or a name. A foreign word
    (:func:`_foreign_word`) before the name is a word of a foreign name the gazetteer
    lacks whole: the town found for the other word is chance (German "in Paradise Bay"
    is no town "Bay"). A small town's name on either side makes the pair one name when
    either word is foreign (both words of "Paradise Valley" may be towns): the language
    lists towns only with commas or a conjunction; a region after a town is its
    container. After the name only a town's name counts ("X Airport" is the airport's
    name, with its town)."""
    if nb is None or not nb.is_cap or nb.is_upper:
        return False
    before = nb.i < first.i
    if (first if before else nb).gap_before != " " or before and nb.sent_initial:
        return False
    if nb.i in ctx.span_tokens or nb.i in ctx.single_tokens or nb.i in ctx.person_idx:
        return False
    if before and nb.fold in ctx.lex.feature_heads:
        # a feature noun before the name is its head, even where a village bears the
        # noun as its name ("im Dorf X", "der Ort X"): no word of a longer name
        return False
    kind = ctx.single_kind.get(nb.i)
    if kind is not None:
        # two towns, never a region after a town ("X Alaska" names its container)
        return (
            kind == "city"
            and ctx.single_kind.get(first.i) == "city"
            and (_foreign_word(ctx, nb) or _foreign_word(ctx, first))
        )
    return before and _foreign_word(ctx, nb)


def _foreign_word(ctx: Context, t: Token) -> bool:
    """``t`` is no noun of the language (nor ends a compound in one), no title, feature
    head or lexicon word, no place adjective, and English writes it more often than the
    language does ("Cold", "Paradise"): a word of a foreign name. A noun the lexicon
    lacks is mostly more frequent in the language itself ("Zweitligist")."""
    lex, lang, f = ctx.lex, ctx.lex.lang, t.fold
    if f in lex.not_names or f in lex.person_titles or f in lex.feature_heads:
        return False
    if f in lex.determiners or f in lex.profile.function_words or f in lex.place_prepositions:
        return False
    if t.text in grammar_nouns(lang) or ends_in_noun(t.text, lang):
        return False
    if _demonym(lang, f) or t.i in ctx.adjective_country:
        return False
    return zipf_frequency(f, "en") > zipf_frequency(f, lang)


def _genitive_owner(ctx: Context, span: Span) -> bool:
    """The name is written in the German s-genitive ("Xs", "X'") before the noun, in a
    language that capitalises its nouns: the town owns what follows ("Xs Krankenhaus",
    "Xs Universität"), which an organisation's name never writes so ("Universität X",
    "Xer Klinik"), so an organisation word after it does not make it one (session 20,
    round 3)."""
    if not ctx.lex.profile.capitalises_nouns or not span.variant or not span.base:
        return False
    return span.text in (span.base + "s", span.base + "'")


def _organisation_of(ctx: Context, first: Token, prev: Token | None) -> bool:
    """In a headline in title case, the name ends an organisation's name "<Council> of
    <name>" (a capitalised word of the lexicon's ``org_suffixes``, then a name link:
    "Council of X Meets ..."). There the capitalised words around it tell no longer
    name, so this is the evidence left that the name is the organisation's. In running
    text the place inside "the University of X" is left a place, as before."""
    if not title_cased(ctx, first.sentence):
        return False
    if prev is None or prev.fold not in ctx.lex.name_links:
        return False
    if first.gap_before != " " or prev.gap_before != " ":
        return False
    org = prev_token(ctx.tokens, prev)
    return org is not None and org.is_cap and not org.is_upper and org.fold in ctx.lex.org_suffixes


def _spells_but_articles(key: str, name: str, ratio: float) -> bool:
    """A romanisation variant spells the name once both drop their Arabic (Persian,
    Turkic) article words: "Tell al-Abyad" spells Tall Abyad, though the article's
    letters alone keep the two forms below ``spelling_ratio`` (romanisations differ most
    in whether and how they write the article)."""
    from gazetteer._skeleton import skeleton_articles

    articles = skeleton_articles()

    def bare(s: str) -> str:
        words = name_key(s).replace("-", " ").split()
        return " ".join(x for x in words if x not in articles)

    a, b = bare(key), bare(name)
    return bool(a) and bool(b) and spelling_of(a, b, ratio)


def expected_zipf(pop: int, w: Weights) -> float:
    """The Zipf frequency a place of this population explains."""
    return w.expected_zipf_base + w.expected_zipf_slope * math.log10(
        max(pop, w.expected_zipf_min_population)
    )


def decide(ctx: Context, span: Span, focus: Votes) -> Decision:
    """Is the span a place? What does not depend on the article's focus is decided
    once per span (:func:`decide_static`); the focus and anchors then weigh in."""
    memo = ctx.memo.static_decisions
    got = memo.get(id(span))
    if got is None or got[0] is not span:
        got = (span, decide_static(ctx, span))
        memo[id(span)] = got
    d0, done, state = got[1]
    d = Decision(span, d0.accepted, d0.reason, d0.head_kind, d0.dateline)
    if done:
        return d
    return decide_focus(ctx, d, span, focus, state)


#: Kinds of physical features a feature noun beside a name may give it: waters and
#: mountains ("the Cotopaxi volcano", "the Indus and Ganges rivers").
PHYSICAL_KINDS = frozenset(
    k
    for k, i in KINDS.items()
    if i.is_water or i.takes_article and not i.contains_places and not i.bare_or_not
)
#: How many words may stand between a name and a verb only its feature does.
_VERB_REACH = 3


#: How many words a list of names may hold between a name and the feature noun it shares.
_LIST_REACH = 8


def feature_beside(ctx: Context, span: Span) -> str | None:
    """The physical kind a feature noun of the lexicon gives a name it stands beside,
    after it ("the Cotopaxi volcano", "the Ganges river") or shared with a list of
    names before or after it ("the Indus and Ganges rivers", "an den Flüssen Sambesi
    und Limpopo"): the name is read as a feature, as a head before it already makes it
    ("der Vulkan Cotopaxi", :func:`head_kind`). Only across capitalised names, joining
    words and commas, at most ``_LIST_REACH`` words: linear in the name's neighbourhood.
    A name with no reading of the kind gets none ("along the Lai river", a river the
    gazetteer lacks, is not made a place by the noun)."""
    kind = _feature_beside(ctx, span)
    if kind is None or not any(_fits(kind, c.kind) for c in span.candidates):
        return None
    return kind


def _fits(kind: str, other: str) -> bool:
    """A reading of kind ``other`` is a feature of ``kind`` (waters with waters,
    mountains with peaks)."""
    return kind == other or (
        other in PHYSICAL_KINDS and KINDS[other].is_water == KINDS[kind].is_water
    )


def _feature_beside(ctx: Context, span: Span) -> str | None:
    """:func:`feature_beside` before the readings are asked."""
    toks, lex = ctx.tokens, ctx.lex
    if span.j >= len(toks):
        return None
    joins = _joins(ctx)
    heads = lex.feature_heads
    # after: the noun right after the name, or after a list the name opens
    t: Token | None = toks[span.j]
    for _ in range(_LIST_REACH):
        n = next_token(toks, t) if t is not None else None
        if n is None or n.gap_before.strip() not in ("", ","):
            break
        kind = heads.get(n.fold)
        if kind is not None and n.gap_before.strip() == "":
            return kind if kind in PHYSICAL_KINDS else None
        if not (n.is_cap or n.fold in joins):
            break
        t = n
    # a part only the feature has, after the name's possessive ("X's crater")
    poss = next_token(toks, toks[span.j])
    if poss is not None and apostrophe_s(poss):
        part = next_token(toks, poss)
        if part is not None and part.gap_before == " " and not part.is_cap:
            kind = feature_parts(lex.lang).get(part.fold)
            if kind is not None:
                return kind
    # a verb only the feature does, at most _VERB_REACH words on ("Taal has erupted"),
    # where the name is the subject: no place preposition before it, no capitalised word
    # between ("in Taal ist Panik ausgebrochen" is no eruption)
    verbs = feature_verbs(lex.lang)
    p0 = prev_token(toks, toks[span.i])
    if verbs and not (p0 is not None and p0.fold in lex.place_prepositions):
        t = toks[span.j]
        for _ in range(_VERB_REACH):
            n = next_token(toks, t)
            if n is None or n.gap_before.strip() or n.is_cap:
                break
            if n.fold in verbs:
                return verbs[n.fold]
            t = n
    # before: a plural noun a list opens ("the rivers Elbe and Oder"); the noun right
    # before the name is head_kind's
    t = toks[span.i]
    crossed = False
    for _ in range(_LIST_REACH):
        p = prev_token(toks, t)
        if p is None or t.gap_before.strip() not in ("", ","):
            break
        kind = heads.get(p.fold)
        if kind is not None:
            return kind if crossed and kind in PHYSICAL_KINDS else None
        if p.fold in joins or t.gap_before.strip() == ",":
            crossed = True
        elif not p.is_cap:
            break
        t = p
    return None


def _town_named_by_head(ctx: Context, span: Span, prev: Token | None, nxt: Token | None) -> bool:
    """A feature word that is also a town's own name, capitalised mid-sentence in a
    language that writes nouns in lower case, is the town's name ("police in Canton",
    "Massillon and Canton"): only a feature word of the lexicon and nothing else that
    ``not_names`` holds (no title, calendar or compass word), no determiner before it
    ("the Canton of Zurich" is a word either way, "of" after it too), and a town of at
    least ``Weights.weak_population`` bearing the word as its own name."""
    lex, w = ctx.lex, ctx.weights
    t = ctx.tokens[span.i]
    f = t.fold
    if (
        lex.profile.capitalises_nouns
        or f not in lex.feature_heads
        or f in lex.person_titles
        or f in lex.calendar
        or f in lex.alone
        or f in lex.nobility
        or not t.is_cap
        or t.is_upper
        or t.sent_initial
        or prev is not None
        and prev.fold in lex.determiners
        or nxt is not None
        and nxt.fold in lex.name_links
    ):
        return False
    return any(
        c.kind == "city"
        and name_key(c.name) == span.key
        and (c.population or 0) >= w.weak_population
        for c in span.candidates
    )


def _town_after_settlement_noun(
    ctx: Context, span: Span, prev: Token | None, head: str | None
) -> bool:
    """A word ``not_names`` holds (an English word, a title) that a settlement noun and
    ``of`` introduce ("the western town of Man", "the village of Hope") is that town's
    name: the phrase says a town's name follows, so the word is no noun there. Only a
    settlement head (kind ``city``), the name linker right before the word, and a town
    the gazetteer holds under the word as its own name with at least
    ``Weights.weak_population`` people."""
    if head != "city" or prev is None or prev.fold not in ctx.lex.name_links:
        return False
    t = ctx.tokens[span.i]
    if not t.is_cap or t.is_upper:
        return False
    return any(
        c.kind == "city"
        and name_key(c.name) == span.key
        and (c.population or 0) >= ctx.weights.weak_population
        for c in span.candidates
    )


def _person_genitive(ctx: Context, fold: str, nxt: Token | None) -> bool:
    """``fold`` is the German genitive of a name the article knows as a person's, before
    a noun that is no municipality's word ("Prestons Plan", "Hagens Rede"; not
    "Hagens Bürgermeister", the town's): a person's possession (issue 21, session 31).

    >>> from types import SimpleNamespace
    >>> from geomap.lexicons import place_lexicon
    >>> ctx = SimpleNamespace(lex=place_lexicon("de"), persons=frozenset({"preston"}))
    >>> noun = SimpleNamespace(fold="plan", is_cap=True, gap_before=" ")
    >>> office = SimpleNamespace(fold="bürgermeister", is_cap=True, gap_before=" ")
    >>> _person_genitive(ctx, "prestons", noun), _person_genitive(ctx, "prestons", office)
    (True, False)
    """
    lex = ctx.lex
    if not ctx.persons or nxt is None or not nxt.is_cap or nxt.gap_before != " ":
        return False
    return nxt.fold not in municipal_heads(lex.lang) and any(
        fold.endswith(e) and fold[: -len(e)] in ctx.persons for e in lex.profile.genitive_endings
    )


#: The kinds a feature named after a person may be: waters, mountains and islands.
_TITLED_FEATURE_KINDS = PHYSICAL_KINDS | {"island"}


def _titled_feature(ctx: Context, span: Span) -> bool:
    """A name of several words that goes on past the person it is named after (its last
    word is no given name or title: "Island", "Insel", "Sund", "Kanal") and names a
    water, mountain or island of the gazetteer as written: a feature named after a
    person ("Queen Charlotte Islands", "König-Wilhelm-Insel", "Prinz-William-Sund"),
    which the title and the given name inside it do not make a person (session 31). A
    town or building after a title ("Queen Elizabeth", "King George") is no such
    feature, nor a person whose name the gazetteer lacks."""
    if span.n < 2:
        return False
    last = ctx.tokens[span.j]
    if last.text in first_names() or last.fold in ctx.lex.person_titles or not last.is_cap:
        return False
    return any(
        c.kind in _TITLED_FEATURE_KINDS and name_key(c.matched) == span.key for c in span.candidates
    )


def decide_static(ctx: Context, span: Span) -> tuple[Decision, bool, tuple[Any, ...]]:
    """The decision as far as the span's own cues settle it: (decision, settled, the
    state :func:`decide_focus` goes on with)."""
    w, lex, lang = ctx.weights, ctx.lex, ctx.lang
    # nouns written with a capital letter: a capitalised word is no cue for a name, and
    # an article or a common-noun reading speaks against a small town
    capital_nouns = lex.profile.capitalises_nouns
    toks = ctx.tokens
    first, last = toks[span.i], toks[span.j]
    best = span.candidates[0]
    kinds = {c.kind for c in span.candidates}
    head = head_kind(ctx, span) or feature_beside(ctx, span)
    dateline = ctx.is_dateline(span)
    d = Decision(span, True, "", head, dateline)
    prev, nxt = prev_token(toks, first), next_token(toks, last)

    if any_in(ctx.person_idx, span.i, span.j) and not span.held and not _titled_feature(ctx, span):
        # a first name with a state right after it is a town ("Bei Alexandria in der
        # Provinz Ontario", session 25)
        d.accepted, d.reason = False, "person name"
        return d, True, ()
    if span.n == 1 and _compass_before_name(ctx, first, nxt):
        d.accepted, d.reason = False, "compass word before a name"
        return d, True, ()
    if not dateline and _part_of_joined_name(ctx, span, prev, nxt):
        d.accepted, d.reason = False, "part of a name joined by bin, ibn or al-"
        return d, True, ()
    has_prep = prev is not None and prev.fold in lex.place_prepositions and first.gap_before == " "
    # "es ging um Fristen": a preposition of topics, no place cue for a common noun
    noun_prep = has_prep and not _topic_preposition(ctx, span, prev)
    # a place adjective before it whose country holds a reading: "im finnischen X"
    adj_cc = adjective_country(ctx, span)
    if span.n == 1 and not dateline:
        f = first.fold
        stem = span.base.casefold()
        if (
            (f in lex.not_names or stem in lex.not_names)
            and not span.with_determiner
            and not _town_named_by_head(ctx, span, prev, nxt)
            and not _town_after_settlement_noun(ctx, span, prev, head)
        ):
            # a feature word is no place alone, but "the Gulf" is a stored name
            d.accepted, d.reason = False, "calendar or generic word"
            return d, True, ()
        if (
            (f in ctx.persons or stem in ctx.persons or _person_genitive(ctx, f, nxt))
            and best.kind not in STRONG_KINDS
            and not (
                has_prep
                and (best.population or 0) >= w.small_town
                and not (prev is not None and person_preposition(toks, prev, lex))
            )
            and span.start not in ctx.short_forms
            and not span.held
        ):
            d.accepted, d.reason = False, "person name"
            return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and _town_word_before_surname(ctx, span, prev, nxt)
    ):
        d.accepted, d.reason = False, "given name before a family name"
        return d, True, ()
    if not dateline and capital_of_other_country(ctx, span):
        d.accepted, d.reason = False, "capital outside its country"
        return d, True, ()
    if span.n == 1 and not dateline and head is None and _organisation(ctx, span, prev, has_prep):
        d.accepted, d.reason = False, "organisation name"
        return d, True, ()
    if not dateline and head is None and _named_thing(ctx, span, prev, nxt):
        d.accepted, d.reason = False, "name of a vessel, craft or storm"
        return d, True, ()
    if not dateline and head is None and _office_holder(ctx, span, nxt):
        d.accepted, d.reason = False, "name of a person or organisation before its office"
        return d, True, ()
    if (
        span.n == 1
        and not dateline
        and best.kind == "city"
        and not has_prep
        and _demonym(lang, span.base.casefold())
        and not any(c.kind == "city" and name_key(c.name) == span.key for c in span.candidates)
    ):
        # a nationality word is no town matched only through another of its names
        # ("Kazakh" is not Petropavl) without a place preposition ("in Russe" is Ruse); a
        # town bearing the word as its own name is left to the adjective rule of ranking
        d.accepted, d.reason = False, "nationality word"
        return d, True, ()
    if prev is not None and prev.fold in lex.name_links and first.gap_before == " ":
        pp = prev_token(toks, prev)
        if pp is not None and pp.fold in lex.nobility and best.kind not in STRONG_KINDS:
            d.accepted, d.reason = False, "a title of nobility"
            return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and prev is not None
        and first.gap_before == " "
        and best.kind == "city"
        # a big town outweighs the noun only under a name of its own ("das neue
        # Essen"), not through another name ("am Hang" is no Chinese city)
        and not any(
            (c.population or 0) >= w.german_noun_max_pop and _bears_word(ctx, span, c)
            for c in span.candidates
        )
        and adj_cc is None
        and noun_phrase_before(ctx, prev)
        # after an article and an adjective a town's name is grammatical ("im schönen
        # Wetzlar"): only a word the noun lexicon knows is a noun there
        and (prev.fold in lex.determiners or first.text in common_nouns(lex.lang))
        # "in der Mopti-Region": the article is the unit word's, hyphened to the name
        and not (nxt is not None and nxt.gap_before in HYPHENS and nxt.fold in lex.region_after)
    ):
        d.accepted, d.reason = False, "German noun after an article"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and head is None
        and not span.with_determiner
        and _article_of_other_gender(ctx, span, prev, nxt)
    ):
        d.accepted, d.reason = False, "German name after an article of another gender"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and head is None
        and prev is not None
        and first.gap_before == " "
        and prev.fold in noun_cues(lex.lang)[0]
        and not (nxt is not None and nxt.gap_before in HYPHENS)
        and all(c.kind == "city" for c in span.candidates)
    ):
        # a town's name takes no quantifier, whether the noun lexicon knows the word or
        # not ("mehrere Eichenhaine", a compound it lacks; "zwei Werder-Fans" is another
        # word)
        d.accepted, d.reason = False, "German noun after a quantifier"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and head is None
        and adj_cc is None
        and _opens_before_plural_verb(ctx, span, first, nxt)
        and all(c.kind == "city" for c in span.candidates)
        and not _outweighs_noun(ctx, span)
    ):
        # a town's name is singular: a word opening the sentence right before a plural
        # verb is its plural subject, whether the noun lexicon knows it or not (a
        # nominalised adjective, "Die Alten" headless: "Treuen waren ...", "Enger bleiben")
        d.accepted, d.reason = False, "German plural word opening before a plural verb"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and head is None
        and has_prep
        and _bare_noun(ctx, span, prev)
    ):
        d.accepted, d.reason = False, "German mass noun after a preposition"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and head is None
        and adj_cc is None
        and first.text in grammar_nouns(lex.lang)
    ):
        why = _noun_cue(ctx, span, prev, nxt, noun_prep)
        if why:
            d.accepted, d.reason = False, why
            return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and not dateline
        and head is None
        and not noun_prep
        and adj_cc is None
        and first.text in common_nouns(lex.lang)
        and _no_noun_outweighing_place(ctx, span)
        and not _beside_known_place(ctx, first, last)
        # only a place lies some kilometres from somewhere ("Auch Linz meldete Schäden;
        # X, rund 90 Kilometer östlich davon, ...": session 31)
        and not _distance_subject(ctx, span)
    ):
        d.accepted, d.reason = False, "German common noun"
        return d, True, ()
    if span.n == 1 and not dateline and _organisation_of(ctx, first, prev):
        d.accepted, d.reason = False, "organisation name"
        return d, True, ()
    if (
        span.n == 1
        and prev is not None
        and prev.is_cap
        and first.gap_before == " "
        and first.fold in lex.org_suffixes
        and best.kind == "city"
    ):
        # the organisation word that ends a name ("the Virginia State Police"), not a
        # town so called after the name before it
        d.accepted, d.reason = False, "organisation name"
        return d, True, ()
    # "the Melbourne Rebels", "Leeds United": a town's name in a team's name is the
    # team's city, not part of an organisation's or a street's name
    in_team = span.key in team_names(ctx) and team_name(ctx, span)
    if not in_team and nxt is not None and nxt.gap_before == " " and nxt.is_cap:
        if nxt.fold in lex.street_suffixes:
            d.accepted, d.reason = False, "street name"
            return d, True, ()
        if (
            nxt.fold in lex.org_suffixes
            and not _names_its_region(ctx, first, best)
            and not _genitive_owner(ctx, span)
        ):
            d.accepted, d.reason = False, "organisation name"
            return d, True, ()
    if (
        not in_team
        and nxt is not None
        and nxt.fold.rstrip(".") in lex.street_suffixes
        and nxt.gap_before == " "
        and nxt.is_cap
    ):
        d.accepted, d.reason = False, "street name"
        return d, True, ()
    if (
        not in_team
        and not capital_nouns
        and span.n == 1
        and not dateline
        and best.kind not in STRONG_KINDS
        and not _names_its_region(ctx, first, best)
    ):
        # next to another capitalised word that is not a place: part of a longer name
        # ("City Council", "Jones Road", "Guy Faulconbridge")
        z_span = zipf_frequency(span.base.casefold(), lang)
        common = z_span >= w.common_word_zipf
        # a headline in title case capitalises every word: a neighbour that is a common
        # word is no longer name's, unless the span is itself more a word than its
        # place and no place preposition says otherwise ("Reading Scores Fall", "Nice
        # Weather Expected"; "Flights to Nice Resume")
        # a headline line above its body, with no full stop between, is as much a
        # headline though its sentence runs on ("Trees Felled In X\nCrews worked ...")
        headline = (title_cased(ctx, first.sentence) or _headline_line(ctx, first)) and (
            has_prep or z_span <= expected_zipf(best.population or 0, w)
        )
        for nb in (prev, nxt):
            if nb is None or not nb.is_cap or nb.is_upper:
                continue
            if headline and headline_word(nb.fold, lang, w.title_word_zipf):
                continue
            gap = nxt.gap_before if nb is nxt and nxt is not None else first.gap_before
            if gap != " ":
                continue
            if nb.i in ctx.span_tokens:
                continue
            if nb is prev and nb.sent_initial and nb.fold in lex.profile.function_words:
                continue  # "From Apia, the road ...": a preposition opening the sentence
            if nb is prev and nb.fold in lex.near_words:
                continue  # "Neighbouring Maseno, ...": a word saying where, not a name's
            if nb is prev and nb.fold in lex.place_prepositions and nb.fold not in lex.name_links:
                continue  # "Wildfire Near X Contained": a headline's preposition (session 24)
            nb_kind = ctx.single_kind.get(nb.i)
            if nb_kind is not None:
                if nb_kind in ("country", "admin1") or best.kind in ("admin1",):
                    continue
                # two bare place names side by side are a name ("Paris Hilton")
                d.accepted, d.reason = False, "part of a personal or organisation name"
                return d, True, ()
            if (
                nb is prev
                and nb.sent_initial
                and zipf_frequency(nb.fold, lang) >= w.common_word_zipf
            ):
                continue
            if nb.fold in lex.person_titles or nb.fold in lex.feature_heads:
                continue
            if nb.i in ctx.single_tokens:
                continue
            if common or zipf_frequency(nb.fold, lang) < w.rare_neighbour_zipf:
                d.accepted, d.reason = False, "part of a personal or organisation name"
                return d, True, ()
    if (
        capital_nouns
        and not in_team
        and span.n == 1
        and not dateline
        and best.kind != "country"
        and (best.kind == "admin1" or (best.population or 0) < w.strong_place_pop)
        and any(_foreign_name_word(ctx, nb, first) for nb in (prev, nxt))
    ):
        d.accepted, d.reason = False, "part of a foreign name"
        return d, True, ()
    other_name = (
        not lex.small_town_exonyms
        and not dateline
        and all(
            c.kind == "city"
            and (c.population or 0) < w.small_town
            and c.id not in statics(ctx, span).own_name
            and not spelling_of(span.key, c.name, w.spelling_ratio)
            and not (span.variant and _spells_but_articles(span.key, c.name, w.spelling_ratio))
            and not c.matched_langs  # a name a source gives in some language is in use
            and c.feature_code != "PPLC"  # so is a capital's former name ("Godthaab")
            for c in span.candidates
        )
    )
    if other_name and not (
        span.n <= w.other_name_max_words
        and zipf_frequency(span.base.casefold(), lang) < w.other_name_max_zipf
        and (
            has_prep
            or head is not None
            or adj_cc is not None
            or _distance_subject(ctx, span)
            or _apposition_place(ctx, span)
            or _listed_with_compatriot(ctx, span)
            # a name ending in a unit word names the unit, whose seat bears it ("struck
            # Dingri County", "Floods hit Aohan Banner": session 30)
            or (span.n > 1 and last.fold in lex.unit_words)
        )
    ):
        # only a small town's other name (a former or local name): "Washington Square"
        # is not Franklin Square, New York, once so called. (A language with exonyms of
        # small towns keeps them: German "Ismajil" for Izmail is such a name.) With a
        # place cue the name may stand: decide_focus then asks for the reading's country
        # in the article (a transliteration the source keeps only as another name:
        # "near Zalingei" in an article on Sudan, "in Phonsavan" in one on Laos).
        d.accepted, d.reason = False, OTHER_NAME
        return d, True, ()
    if (
        prev is not None
        and first.gap_before in HYPHENS
        and prev.is_cap
        and not prev.is_upper
        and len(prev.text) > 1
        and best.kind not in STRONG_KINDS
        and not _demonym(lang, prev.fold)
        and prev.i not in ctx.span_tokens
        and prev.i not in ctx.single_tokens
    ):
        # the tail of a hyphenated name the gazetteer lacks whole, whose prefix is no
        # known place of its own (a name found whole is a span of its own and wins;
        # "Minneapolis-Saint Paul" names two places, "D-Charleston" a party and a town,
        # "Egyptian-US" two countries): "Ny-X", "Klein-X" are not X
        d.accepted, d.reason = False, "tail of a hyphenated name"
        return d, True, ()
    if (
        nxt is not None
        and nxt.gap_before in HYPHENS
        and nxt.is_cap
        and not nxt.is_upper
        and best.kind not in STRONG_KINDS
        and best.name.casefold().startswith(f"{span.base.casefold()}-")
        and nxt.i not in ctx.span_tokens
        and nxt.i not in ctx.single_tokens
    ):
        # the head of a hyphenated name the gazetteer lacks whole, matched only as the head
        # of another hyphenated place's name ("Pont-X" is no "Pont-Sainte-Maxence", "Wal-
        # Mart" no "Wal-..."); "Minneapolis-Saint Paul" names Minneapolis by its own name
        # and stays (session 17, h17-evA)
        d.accepted, d.reason = False, "head of a hyphenated name"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and first.sent_initial
        and not dateline
        and head is None
        and _opening_adjective(ctx, span, nxt)
        and not _outweighs_noun(ctx, span)
    ):
        d.accepted, d.reason = False, "German adjective opening the sentence before its noun"
        return d, True, ()
    if (
        capital_nouns
        and span.n == 1
        and first.sent_initial
        and not dateline
        and _opening_word(ctx, span, first.text in common_nouns(lang))
    ):
        d.accepted, d.reason = False, "sentence-opening word"
        return d, True, ()
    if span.n > 1 and first.sent_initial and not dateline and _opening_phrase(ctx, span):
        d.accepted, d.reason = False, "a preposition opening the sentence before a common noun"
        return d, True, ()
    if best.kind in STRONG_KINDS or span.n > 1 and best.source != "geonames":
        return d, True, ()
    if (head is not None or adj_cc is not None) and not other_name:
        return d, True, ()
    # commonness of the word against the size of the best place it could be
    word = span.base.casefold()
    z = zipf_frequency(word, lang)
    if (
        capital_nouns
        and span.n == 1
        and word in lex.profile.connectors
        and not first.sent_initial
        and not first.is_upper
        and first.gap_before == " "
        and not title_cased(ctx, first.sentence)
    ):
        # "an der Oder", "Oder und Neiße": German writes its connectors in lower case
        # inside a sentence (no quote or colon before it), so the capitalised word is a
        # name and the connector's frequency says nothing of it (session 31)
        z = 0.0
    pop = max((c.population or 0) for c in span.candidates[: w.population_readings])
    if best.kind not in ("city", "admin1", "admin2") and best.source == "curated":
        pop = max(pop, w.curated_population)
    if best.feature_code == "PPLC":
        pop = max(pop, w.capital_population)
    threshold = w.excess_threshold
    if span.n > 1:
        threshold += w.multiword_bonus
    if dateline:
        threshold += w.dateline_bonus
    if prev is not None and prev.fold in lex.place_prepositions and first.gap_before == " ":
        threshold += w.preposition_bonus
    if prev is not None and prev.fold in lex.determiners and not (kinds & ARTICLE_KINDS):
        threshold -= w.determiner_penalty
    # a small town abroad by a respelling of its other name (see decide_focus)
    respelled = not dateline and all(
        c.kind == "city"
        and (c.population or 0) < w.small_town
        and c.id not in statics(ctx, span).own_name
        and not c.matched_langs
        and c.feature_code != "PPLC"
        and spelling_of(
            span.key, c.name, w.spelling_ratio, head=False
        )  # a short form is no respelling
        for c in span.candidates
    )
    state = (first, prev, best, z, pop, threshold, dateline, other_name, respelled)
    return d, False, state


def _town_word_before_surname(
    ctx: Context, span: Span, prev: Token | None, nxt: Token | None
) -> bool:
    """German: a word only towns bear, right before a family name of ``surnames.csv``
    that is no place, no common noun and no frequent word (in German or English: not
    "Melbourne Victory"), which ends the name ("Foto: Bergen Öcalan bei der ...", "Águeda
    Ramos sagte"): a given name the given-name list
    lacks, as English reads it through its runs of names (:func:`_name_runs`). Not after
    a place preposition ("in Bergen Öcalan" is too rare to lose a town by), nor before a
    third capitalised word (an organisation's name)."""
    toks = ctx.tokens
    if (
        nxt is None
        or nxt.gap_before != " "
        or not nxt.is_cap
        or nxt.is_upper
        or nxt.sentence != toks[span.i].sentence
        or nxt.i in ctx.span_tokens
        or not is_surname(nxt.text)
        or nxt.text in common_nouns(ctx.lang)
        # nor a frequent English word: German news keeps English names of teams and
        # firms ("Melbourne Victory")
        or max(zipf_frequency(nxt.fold, ctx.lang), zipf_frequency(nxt.fold, "en")) >= COMMON_ZIPF
        or not all(c.kind == "city" for c in span.candidates)
    ):
        return False
    if prev is not None and prev.fold in ctx.lex.place_prepositions:
        return False
    after = next_token(toks, nxt)
    return not (
        after is not None
        and after.gap_before == " "
        and after.is_cap
        and after.sentence == nxt.sentence
    )


def _article_of_other_gender(
    ctx: Context, span: Span, prev: Token | None, nxt: Token | None
) -> bool:
    """An article stands right before the name whose gender no reading's name shares
    (``article_genders``): a country's German name is neuter and takes no article unless
    ``country_genders_<lang>.csv`` gives it one, a town's takes the ``town_genders``; so
    "wegen der Guinea", "der Wert der Fidschi", "mit den Fes" name a thing, where "der
    Türkei", "den USA", "dem Sudan" and "in der Bronx" name the place. Only when every
    reading is a country, a province named as its country ("Panama") or a town (a river's
    or a region's gender is not known), a town under ``german_noun_max_pop`` agreeing with
    none (an article makes it a noun already: one word; a name of several may be plural,
    "in den Blue Mountains"). Not a relative pronoun of the same form, after a comma or a
    preposition after one ("Touristen, die Paris besuchen", "die Region, in der Berlin
    liegt"), nor an article of a compound ("der Paris-Besuch")."""
    toks = ctx.tokens
    first = toks[span.i]
    if prev is None or first.gap_before != " " or prev.sentence != first.sentence:
        return False
    if first.is_upper:
        return False  # initials take their full name's gender: "die DRK", "die VAE"
    genders = article_genders(ctx.lang).get(prev.fold)
    if not genders or nxt is not None and nxt.gap_before in HYPHENS:
        return False
    pp = prev_token(toks, prev)
    if "," in prev.gap_before or (pp is not None and pp.text.islower() and "," in pp.gap_before):
        return False
    countries, towns = country_genders(ctx.lang), town_genders(ctx.lang)
    # a town under this is no place after an article whatever its gender (the rule of
    # "German noun after an article" before this one)
    floor = ctx.weights.german_noun_max_pop
    # a province named as its country is the country's name ("Panama")
    named_countries = {c.country_code for c in span.candidates if c.kind == "country"}
    for c in span.candidates:
        if c.kind == "country":
            if countries.get(span.text, "n") in genders:
                return False
        elif c.kind == "admin1" and c.country_code in named_countries:
            continue
        elif c.kind != "city" or towns & genders and not _small_settlement(c, floor):
            return False
    return True


def _compass_before_name(ctx: Context, first: Token, nxt: Token | None) -> bool:
    """A compass word written with a capital right before another capitalised word is
    the part of what that word names, no province called "Northern" or "Western": a
    headline in title case capitalises it ("Floods In Northern Serbia", "Ferry Sinks Off
    Northern Coast Of Java"), and so do writers in running text. A name the gazetteer
    holds whole ("Western Cape", "Northern Territory") is a longer span and wins over
    both words. Session 24."""
    return (
        first.fold in ctx.lex.compass_words
        and nxt is not None
        and nxt.is_cap
        and nxt.gap_before == " "
        and nxt.sentence == first.sentence
    )


def _names_its_region(ctx: Context, first: Token, best: Candidate) -> bool:
    """A country or first-level region opening an organisation's name is named in it
    ("the Minnesota Department of Transportation", "Ohio State University", "the Texas
    House"): the organisation is the region's, a use of the name both public corpora
    mark. Not a compass word ("the Western Trust", "El Niño-Southern Oscillation"),
    which names a region only where a country calls its provinces so."""
    return best.kind == "country" or (
        best.kind == "admin1" and first.fold not in ctx.lex.compass_words
    )


def _distance_subject(ctx: Context, span: Span) -> bool:
    """Is the name the subject of a distance: a verb of position right after it and, within
    three words, a distance's unit after a number ("X liegt rund 90 Kilometer ...", "X is
    about 1,600 km ...")? Only places lie some kilometres from somewhere, so this is a cue
    as good as a preposition for a small town of a country the article does not name.
    An apposition that opens with the distance does as well when the name opens its
    sentence or a clause after a semicolon or a colon ("X, 120 km from Y, ...", "X, rund
    90 Kilometer von Y entfernt, ..."); after other words the name may end another's
    phrase ("Antalya an der türkischen Riviera, rund 100 Kilometer ...": the distance is
    Antalya's)."""
    lex, toks = ctx.lex, ctx.tokens
    t = next_token(toks, toks[span.j])
    if t is None:
        return False
    first = toks[span.i]
    # a clause after a semicolon or a colon opens as a sentence does ("Auch X wurde
    # getroffen; Y, rund 50 Kilometer nordöstlich davon, meldete ...": session 31)
    opens = first.sent_initial or first.gap_before.strip()[-1:] in (";", ":")
    if t.gap_before.lstrip()[:1] == "," and opens:
        t = toks[span.j]  # the apposition's words are scanned from the comma on
    elif t.fold not in lex.position_verbs:
        return False
    for _ in range(3):
        t = next_token(toks, t)
        if t is None:
            return False
        if t.fold in lex.distance_units and any(ch.isdigit() for ch in t.gap_before):
            return True
    return False


#: how many words an apposition's noun may stand after its determiner or number ("a
#: small coastal town", "a six-hour drive")
_APPOSITION_WORDS = 4
#: what may join the apposition's words: nothing but a space, a hyphen ("six-hour") or a
#: possessive's apostrophe ("an hour's drive")
_WORD_JOINS = frozenset({"'", "\u2019", *HYPHENS})


def _apposition_place(ctx: Context, span: Span) -> bool:
    """Is the name followed by an apposition that describes a settlement or a way there:
    a comma, a determiner or a number, within four words a feature head of a settlement,
    a port or an airport (``feature_heads`` of kind city or facility: "town", "resort",
    "Kleinstadt", "Hafen") or a travel noun (``travel_nouns``: "drive", "Autostunde"),
    and after that noun the apposition's end or a preposition ("X, a small town in the
    south, ...", "X, a six-hour drive from Y, ...")? Only a place is such a thing, so
    the apposition is a cue as good as a preposition before the name. A noun that opens
    a compound ("a town councillor", "a port official") is none: the word after it must
    end the apposition or link it onward (``apposition_links``: "in", "from", "im",
    "von"). Cost: at most six token steps after a comma."""
    lex, toks = ctx.lex, ctx.tokens
    t = next_token(toks, toks[span.j])
    if (
        t is None
        or t.gap_before.strip() != ","
        or not (t.fold in lex.determiners or t.text[:1].isdigit())
    ):
        return False
    for _ in range(_APPOSITION_WORDS):
        t = next_token(toks, t)
        if t is None or (gap := t.gap_before.strip()) and gap not in _WORD_JOINS:
            return False  # the apposition ends: "X, a village official. The town ..."
        kind = lex.feature_heads.get(t.fold)
        if kind in ("city", "facility") or t.fold in lex.travel_nouns:
            after = next_token(toks, t)
            return (
                after is None
                or after.gap_before.strip()[:1] in (",", ".", ";", ")")
                or after.fold in lex.apposition_links
            )
    return False


def _opening_adjective(ctx: Context, span: Span, nxt: Token | None) -> bool:
    """A word opening the sentence right before a common noun that is no place, whose
    form is a frequent stem (``Weights.adjective_stem_zipf``, no noun itself) with an
    adjective's ending (``adjective_endings`` of the lexicon): the noun's attributive
    adjective, capitalised only by its place ("Strengen Wintern folgt", "Süßen
    Getränken droht ..."), not the town so named. German writes a town's name before a noun only
    in the genitive ("Treuens Bürgermeister") or hyphened."""
    lex, toks = ctx.lex, ctx.tokens
    if nxt is None or nxt.gap_before != " " or not nxt.is_cap or nxt.is_upper:
        return False
    nouns = grammar_nouns(lex.lang)
    if (
        nxt.text not in nouns
        or nxt.fold in lex.feature_heads
        or nxt.i in ctx.span_tokens
        or nxt.i in ctx.single_kind
    ):
        return False
    return _adjective_form(ctx, toks[span.i].fold, lex.adjective_endings)


def _adjective_form(ctx: Context, word: str, endings: Iterable[str]) -> bool:
    """``word`` (case-folded) is a frequent stem (``Weights.adjective_stem_zipf``, no
    noun itself) with one of ``endings``: an inflected adjective ("kaputte", "strengen")."""
    nouns = grammar_nouns(ctx.lang)
    for e in endings:
        stem = word[: len(word) - len(e)]
        if (
            word.endswith(e)
            and len(stem) >= 3
            and stem[:1].upper() + stem[1:] not in nouns
            and zipf_frequency(stem, ctx.lang) >= ctx.weights.adjective_stem_zipf
        ):
            return True
    return False


#: The endings of an attributive adjective with no article before a plural noun
#: ("Kaputte Dächer", "Gestohlene Räder", "Strengen Wintern"): a town's name is neuter and
#: singular, and takes "-es" there ("Neues Kuhlen"). Session 27.
_PLURAL_ADJECTIVE_ENDINGS = ("e", "en")
#: How much more frequent than its stem an adjective-shaped word may be: an adverb or a
#: particle in "-e" is far more frequent than its stem ("heute" 5.9, "heut" 4.1), an
#: adjective hardly ("kaputte" 3.5, "kaputt" 4.6; "neue" 5.8, "neu" 5.4). Session 27.
_ADJECTIVE_OVER_STEM_ZIPF = 0.5


def _after_opening_adjective(ctx: Context, first: Token, prev: Token | None) -> bool:
    """German: ``first`` follows a word that opens its sentence (or headline) and has
    the form of an attributive adjective with no article before a plural noun
    (:data:`_PLURAL_ADJECTIVE_ENDINGS`, :func:`_adjective_form`), no determiner and no
    word much more frequent than its stem: the noun that the adjective qualifies
    ("Kaputte Gibbons und Roulettes", "Gestohlene Räder tauchten auf"), not a town."""
    if prev is None or not prev.sent_initial or not prev.is_cap or first.gap_before != " ":
        return False
    lex = ctx.lex
    word = prev.fold
    if word in lex.determiners or word in lex.profile.function_words:
        return False
    if word in lex.place_prepositions or prev.i in ctx.span_tokens:
        return False
    for e in _PLURAL_ADJECTIVE_ENDINGS:
        stem = word[: len(word) - len(e)]
        if word.endswith(e) and _adjective_form(ctx, word, (e,)):
            z_word, z_stem = zipf_frequency(word, ctx.lang), zipf_frequency(stem, ctx.lang)
            return z_word <= z_stem + _ADJECTIVE_OVER_STEM_ZIPF
    return False


def _opening_word(ctx: Context, span: Span, noun: bool) -> bool:
    """A word capitalised only by opening its sentence, in a language that capitalises
    nouns: far more frequent than the places it may name explain ("Man sagt", "Rein
    rechnerisch": not the Ivorian town or the Austrian village). A river, a sea or a
    region takes an article, so a bare word opening a sentence is none of them and its
    size explains nothing (not the Rhine, "Rein" in Romansh). A word the noun lexicon
    also lists (the German Wiktionary lists rare nouns "Man" and "Rein") needs
    ``opening_noun_margin`` more."""
    w = ctx.weights
    own = [
        c.population or 0
        for c in span.candidates
        if c.kind not in ARTICLE_KINDS or c.kind in ("country", "city")
    ]
    pop = max(own, default=0)
    z = zipf_frequency(span.base.casefold(), ctx.lang)
    margin = w.opening_noun_margin if noun else 0.0
    return z - expected_zipf(pop, w) > w.excess_threshold + margin


def _opening_phrase(ctx: Context, span: Span) -> bool:
    """A name of several words that opens its sentence with a preposition of
    ``phrase_openers`` (``places_<lang>.toml``: ``im``, ``am``, ``in``, ``at``) and goes on
    with common nouns only (function words aside): a gazetteer name that is an
    ordinary phrase (``Im Zentrum``, a Swiss locality; ``Am Rande``, ``Im Tal``, ``In the
    Woods``), capitalised only by opening the sentence. ``Im Zentrum Malis``, ``Am
    Rande der Stadt`` say where in the place named after them, not a village called so; a
    name whose last word is no common noun (``Am`` or ``Im`` before a lake's or a field's own
    name) stays.
    Session 30 (h30-left, issue 21)."""
    toks = ctx.tokens[span.i : span.j + 1]
    lex = ctx.lex
    if not toks or toks[0].fold not in lex.phrase_openers:
        return False  # "The Hague", "Den Burg", "Near North Side": no such preposition
    words = [t for t in toks[1:] if t.fold not in lex.profile.function_words]
    if not words:
        return False
    if lex.profile.capitalises_nouns:
        nouns = common_nouns(ctx.lang)
        return all(t.text in nouns for t in words)
    return all(english_common_word(t.fold) for t in words)


#: a count in digits between two words: one to three digits, thousands after a dot
#: ("200", "1.200"); not a postcode (four or five digits) nor an ordinal ("3.")
_COUNT_GAP = re.compile(r" \d{1,3}(?:\.\d{3})* ")


def _noun_cue(
    ctx: Context, span: Span, prev: Token | None, nxt: Token | None, has_prep: bool
) -> str:
    """Why the grammar around a common noun makes it the noun, not a place ("" if it
    does not): a quantifier before it ("viele Scheunen", "mehrere Eichen": a town's
    name takes none); a plural verb after it, not joined to another name ("Weiden
    standen unter Wasser": a town's name is singular) or a coordination with a common
    noun that is no place ("Äcker und Gärten", "Dächer, Zäune"), either unless a reading
    outweighs the noun (:func:`_outweighs_noun`: "Essen und Keller"); a preposition
    that governs nouns, not towns, before it ("ohne Kelche", "trotz Böen"); a plural verb
    that takes no object before it, the word being its subject ("verkauft wurden auch
    Kelche": :func:`_subject_after_verb`), either unless a reading outweighs the noun."""
    toks, lex = ctx.tokens, ctx.lex
    quantifiers, plural_verbs, subject_preps = noun_cues(lex.lang)
    first = toks[span.i]
    if prev is not None and prev.fold in quantifiers and first.gap_before == " ":
        return "German noun after a quantifier"
    if (
        _COUNT_GAP.fullmatch(first.gap_before)
        and prev is not None
        and prev.text.islower()
        and first.text in plural_nouns(lex.lang)
        and not _outweighs_noun(ctx, span)
    ):
        # a count in digits after a lower-case word, before a plural ("mehr als 200
        # <Pluralnomen>"): a town's name takes no number; a postcode has
        # four or five digits ("57548 X"), a road's number follows its class ("B 27 X")
        return "German plural noun after a number"
    if has_prep:
        return ""
    if (
        prev is not None
        and prev.is_cap
        and first.gap_before == " "
        and prev.fold in term_nouns(lex.lang)
        and not _outweighs_noun(ctx, span)
        and not _town_of_note(ctx, span)
    ):
        # the term named after a word for one ("das Thema Renten", "Stichwort Hecken")
        return "German noun named after a word for a term"
    if _after_opening_adjective(ctx, first, prev) and not _outweighs_noun(ctx, span):
        return "German noun after an adjective opening the sentence"
    if (
        prev is not None
        and first.gap_before == " "
        and (prev.fold in noun_prepositions(lex.lang) or _topic_preposition(ctx, span, prev))
        and not _outweighs_noun(ctx, span)
    ):
        return "German noun after a preposition of nouns"
    if _subject_after_verb(ctx, span, prev, nxt) and not _outweighs_noun(ctx, span):
        return "German plural noun after a plural verb"
    if _fronted_object(ctx, first, nxt) and not _outweighs_noun(ctx, span):
        return "German noun fronted before a verb and an impersonal subject"
    joins = _joins(ctx)
    joined = prev is not None and (prev.fold in joins or first.gap_before.strip() == ",")
    if (
        nxt is not None
        and not joined
        and nxt.fold in plural_verbs
        and nxt.text.islower()
        and nxt.gap_before == " "
        and not _attribute_or_singular(ctx, first, prev)
    ):
        after = next_token(toks, nxt)
        # a preposition right after the verb: no later subject is coming, the noun is it
        subject = after is not None and after.gap_before == " " and after.fold in subject_preps
        if not _outweighs_noun(ctx, span, subject=subject):
            return "German plural noun before a plural verb"
    if _beside_noun(ctx, toks[span.i], toks[span.j]) and not _outweighs_noun(ctx, span):
        return "German noun coordinated with a noun"
    return ""


def _fronted_object(ctx: Context, first: Token, nxt: Token | None) -> bool:
    """The word opens its sentence before a lower-case finite verb and an impersonal
    subject right after the verb (``impersonal_subjects``: "Ulmen gibt es hier kaum
    noch", "Eichen sieht man selten"): German puts the subject after the verb when
    something else opens the sentence, so the word is the fronted object. A town's name
    opens a sentence as its subject ("Ulm gibt sich gelassen")."""
    if not first.sent_initial or nxt is None or nxt.gap_before != " " or not nxt.text.islower():
        return False
    subj = next_token(ctx.tokens, nxt)
    return (
        subj is not None
        and subj.gap_before == " "
        and subj.text.islower()
        and subj.fold in impersonal_subjects(ctx.lang)
    )


def _topic_preposition(ctx: Context, span: Span, prev: Token | None) -> bool:
    """``prev`` is a preposition of place that here names a topic (``topic_prepositions``
    of ``places_<lang>.toml``: "es ging um Erlen", "bat um Lauben", "Um Eichen zu
    schützen"): no word of ``around_words`` right before it or within four words after
    the name ("rund um X", "um X herum"), and no capitalised word before it that is not
    opening the sentence ("die Region um X", "der Streit um X" keep the place's cue)."""
    preps, around = topic_prepositions(ctx.lang)
    if (
        prev is not None
        and prev.sent_initial
        and prev.fold in opening_topic_prepositions(ctx.lang)
        and span.i == prev.i + 1
    ):
        # "Mit Zangen allein ...": opening the sentence, the preposition governs a thing
        return True
    if prev is None or prev.fold not in preps:
        return False
    toks = ctx.tokens
    r = prev_token(toks, prev)
    if (
        r is not None
        and r.sentence == prev.sentence
        and prev.gap_before == " "
        and (r.fold in around or (r.is_cap and not r.sent_initial))
    ):
        return False
    t = toks[span.j]
    for _ in range(4):
        u = next_token(toks, t)
        if u is None or u.sentence != t.sentence:
            break
        if u.fold in around:
            return False
        t = u
    return True


def _attribute_or_singular(ctx: Context, first: Token, prev: Token | None) -> bool:
    """The word is no plural subject of a verb after it: it follows a capitalised noun
    (a genitive or an apposition of that noun's phrase: "Die Straßen Thorns waren leer",
    "Die Feuerwehr Weiden war im Einsatz"), or a determiner only a singular noun follows,
    over lower-case adjectives ("Aus dem damaligen Nanking kamen", "im alten X": the
    phrase's own article gives its number, ``singular_determiners``)."""
    if prev is None or first.gap_before != " ":
        return False
    if prev.is_cap and not prev.is_upper:
        # a capitalised word opening the sentence may be an adjective written so ("Große
        # Jaguare sind selten"), which the noun lists hold as a nominalised one
        return (
            not prev.sent_initial
            and prev.text in common_nouns(ctx.lang)
            and prev.fold not in ctx.lex.determiners
        )
    singular = singular_determiners(ctx.lang)
    t: Token | None = prev
    steps = 0
    while t is not None and t.text.islower() and steps < _ADJECTIVES_BEFORE_NOUN:
        if t.fold in singular:
            return True
        if t.fold in ctx.lex.determiners or t.gap_before != " ":
            return False
        t, steps = prev_token(ctx.tokens, t), steps + 1
    return False


#: How many words (adjectives and their article) to walk back over from a noun.
_ADJECTIVES_BEFORE_NOUN = 4


def _opens_before_plural_verb(ctx: Context, span: Span, first: Token, nxt: Token | None) -> bool:
    """The word opens its sentence (or a headline) and a lower-case plural finite verb
    (``plural_verbs``: "sind", "waren", "bleiben"; for a form of the noun lexicon, any
    lower-case word in "-en" that is no function word, or a verb before "es":
    :func:`~geomap.geoparse._evidence.plural_verb_after`) follows it directly: the word
    is that verb's plural subject (or, before "gibt es", its object). A list of towns
    takes a plural verb too, but then a comma or "und" follows the first name, not the
    verb."""
    plural_verbs = noun_cues(ctx.lang)[1]
    if not first.sent_initial or nxt is None or nxt.sentence != first.sentence:
        return False
    if nxt.gap_before == " " and nxt.text.islower() and nxt.fold in plural_verbs:
        return True
    # a form of the noun lexicon before any lower-case finite verb in "-en" ("X kosten
    # mehr", "X fehlen"), or before a verb with "es" after it ("X gibt es kaum"): the
    # listed verbs are the frequent ones, the grammar is the same for all (session 21).
    # Only where every reading is a town under ``weak_population``: a bigger town is
    # named often enough as a fronted dative ("Kiel fehlen Millionen")
    floor = ctx.weights.weak_population
    return (
        first.text in grammar_nouns(ctx.lang)
        and all((c.population or 0) < floor for c in span.candidates)
        and plural_verb_after(ctx.tokens, first, ctx.lex)
    )


def _subject_after_verb(ctx: Context, span: Span, prev: Token | None, nxt: Token | None) -> bool:
    """The noun follows, over middle-field adverbs only ("auch", "noch"), a lower-case
    plural verb that takes no object (``subject_after_verbs``: "sind", "wurden",
    "standen"), and ends the phrase: the next word is lower case (a participle, an
    adverb) or the clause ends. So it is the verb's plural subject, which a town's
    name, singular, is not ("Verkauft wurden auch Kelche", "Am Ufer standen Weiden.").
    Not when the noun goes on as a list ("wurden auch X und Y evakuiert", "X, Y"), where
    towns take a plural verb, nor before a number or another noun (a dative before the
    subject: "wurden X zwei Millionen zugesagt")."""
    verbs, adverbs = subject_after(ctx.lang)
    if prev is None or not verbs:
        return False
    toks, lex = ctx.tokens, ctx.lex
    first = toks[span.i]
    k, t, steps = first, prev, 0
    while steps < _MIDDLE_FIELD_WORDS and k.gap_before == " ":
        before = prev_token(toks, t)
        phrase = _middle_field_phrase(ctx, t)
        if (
            before is not None
            and t.gap_before == " "
            and before.text.islower()
            and f"{before.fold} {t.fold}" in adverbs
        ):
            k, nxt_t = before, prev_token(toks, before)  # "vor allem", "seit Jahren"
        elif t.text.islower() and t.fold in adverbs:
            k, nxt_t = t, before
        elif phrase is not None:
            k, nxt_t = phrase, prev_token(toks, phrase)  # "am Markt", "auf dem Platz"
        else:
            break
        if nxt_t is None:
            return False
        t, steps = nxt_t, steps + 1
    if t.fold not in verbs or not t.text.islower() or k.gap_before != " ":
        return False
    if nxt is None or nxt.sentence != first.sentence:
        return True
    gap = nxt.gap_before.strip()
    if gap.startswith(","):
        return not nxt.is_cap  # "X, Y und Z" may be a list of towns
    if gap:
        return gap[0] in _CLAUSE_ENDS
    return (
        nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.fold not in _joins(ctx)
        and nxt.fold not in lex.determiners
        and nxt.fold not in noun_cues(lex.lang)[0]  # "X zwei Millionen": a number
    )


def _middle_field_phrase(ctx: Context, t: Token) -> Token | None:
    """The first token of a prepositional phrase of the middle field ending at ``t``: a
    preposition with its article contracted ("am Markt", "im Hof") or followed by one
    ("auf dem Platz"), and a common noun that is no feature head and no place ("wurden
    am Markt Kelche verkauft": the phrase says where or when, the subject follows it).
    None when ``t`` ends no such phrase ("in der Stadt X": the head names the place)."""
    toks, lex = ctx.tokens, ctx.lex
    if (
        not t.is_cap
        or t.is_upper
        or t.text not in common_nouns(ctx.lang)
        or t.fold in lex.feature_heads
        or t.i in ctx.single_tokens
        or t.i in ctx.span_tokens
        or t.gap_before != " "
    ):
        return None
    a = prev_token(toks, t)
    if a is None or not a.text.islower() or a.gap_before != " ":
        return None
    prepositions = phrase_lexicon(ctx.lang).prepositions
    if a.fold in prepositions and a.fold in lex.determiners:
        return a  # "am", "im", "beim", "vom", "zum": the article contracted
    p = prev_token(toks, a)
    if a.fold in lex.determiners and p is not None and p.text.islower() and p.fold in prepositions:
        return p
    return None


#: How many middle-field adverbs may stand between a plural verb and its subject.
_MIDDLE_FIELD_WORDS = 3
#: Marks after a word that end its phrase (a clause's end, a quotation's).
_CLAUSE_ENDS = frozenset('.;:!?"“”„»«)')


def _bare_noun(ctx: Context, span: Span, prev: Token | None) -> bool:
    """A word of weather, colour or material right after a preposition German writes it
    bare after ("bei Regen", "bei Rot", "aus Stein", "mit Holz": ``bare_nouns`` of
    ``places_<lang>.toml``) is that noun, unless a reading outweighs a noun
    (:func:`_outweighs_noun`: a country, a region or feature, a town of
    ``german_noun_max_pop`` named so). A village's name after "bei" or "aus" reads the
    same, but the noun is far the more frequent there."""
    words, preps = bare_nouns(ctx.lang)
    return (
        prev is not None
        and prev.fold in preps
        and ctx.tokens[span.i].fold in words
        and not _outweighs_noun(ctx, span)
    )


def _joins(ctx: Context) -> frozenset[str]:
    """The words that join the members of a list: the profile's "and" and "or" words and
    the lexicon's ``list_joins`` ("sowie", "sondern"; session 27)."""
    return ctx.lex.and_words | ctx.lex.or_words | list_joins(ctx.lang)


def _beside_noun(ctx: Context, first: Token, last: Token) -> bool:
    """The name is coordinated ("und", "oder", a comma) with a common noun that is no
    known place nor a word such as "Umgebung" ("Kiel und Umgebung")."""
    toks, lex = ctx.tokens, ctx.lex
    nouns = common_nouns(lex.lang)
    joins = _joins(ctx)

    def noun(t: Token | None) -> bool:
        return (
            t is not None
            and t.is_cap
            and not t.is_upper
            and t.text in nouns
            and t.fold not in lex.not_names
            and t.i not in ctx.single_tokens
            and t.i not in ctx.span_tokens
        )

    prev = prev_token(toks, first)
    if prev is not None:
        # a join may follow its comma ("nicht X, sondern Y", "X, Y, sowie Z")
        if prev.fold in joins and prev.gap_before.strip() in ("", ",") and first.gap_before == " ":
            if noun(prev_token(toks, prev)):
                return True
        elif first.gap_before.strip() == "," and noun(prev):
            return True
    nxt = next_token(toks, last)
    if nxt is not None:
        if nxt.fold in joins and nxt.gap_before.strip() in ("", ","):
            after = next_token(toks, nxt)
            for _ in range(_ADJECTIVES_AFTER_JOIN):
                # over an article or inflected adjectives to the noun ("Auen und neue
                # Wege", "Birken und die alten Eichen")
                if (
                    after is not None
                    and after.gap_before == " "
                    and after.text.isalpha()
                    and after.text.islower()
                    and after.fold.endswith(lex.adjective_endings)
                ):
                    after = next_token(toks, after)
            if after is not None and after.gap_before == " " and noun(after):
                return True
        elif nxt.gap_before.strip() == "," and noun(nxt):
            return True
    return _listed_with_noun(ctx, first, last, noun)


#: How many members of a list (one word each) may stand between a name and the common
#: noun that makes it one.
_LIST_MEMBERS = 4


def _listed_with_noun(ctx: Context, first: Token, last: Token, noun: Any) -> bool:
    """The name is a member of a list of one-word members joined by commas, "und" or
    "oder" in which one member is a common noun that is no place, and every member
    between is a common noun too, though a place bears it, or no place at all
    ("Graupen, Tafelberge und Kolonien": Tafelberge names a place, Kolonien none): a
    list holds words of one kind, and a word that a town bears is still a noun among
    nouns. Session 19."""
    toks, lex = ctx.tokens, ctx.lex
    nouns = grammar_nouns(lex.lang)
    joins = _joins(ctx)

    def step(t: Token, forward: bool) -> Token | None:
        """The next member of the list from ``t`` (None at its end)."""
        if forward:
            sep = next_token(toks, t)
            if sep is None:
                return None
            if sep.fold in joins and sep.gap_before.strip() == ",":
                m = next_token(toks, sep)  # "X, sondern Y"
                return m if m is not None and m.gap_before == " " else None
            if sep.gap_before.strip() == ",":
                return sep if sep.is_cap else None
            if sep.fold in joins and sep.gap_before == " ":
                m = next_token(toks, sep)
                return m if m is not None and m.gap_before == " " else None
            return None
        sep = prev_token(toks, t)
        if sep is None:
            return None
        if t.gap_before.strip() == ",":
            return sep
        if sep.fold in joins and t.gap_before == " " and sep.gap_before.strip() in ("", ","):
            return prev_token(toks, sep)
        return None

    for forward in (True, False):
        t: Token | None = last if forward else first
        for _ in range(_LIST_MEMBERS):
            t = step(t, forward) if t is not None else None
            if t is None or not t.is_cap or t.is_upper:
                break
            if noun(t):
                return True
            if t.text not in nouns and t.i in ctx.single_kind:
                break  # a place that no noun list holds ends the list of nouns
    return False


#: How many lower-case words (an article, adjectives: ``adjective_endings`` of the
#: lexicon) may stand between "und" and the noun it joins.
_ADJECTIVES_AFTER_JOIN = 2


def _outweighs_noun(ctx: Context, span: Span, *, subject: bool = False) -> bool:
    """A reading outweighs a coordinated noun or one before a plural verb: a country, a
    region or a feature, or a town of ``german_noun_max_pop`` that bears the word itself
    (:func:`_bears_word`: not "Soul" for Seoul, "Rast" for Rasht).
    When the verb's subject is the word (``subject``: "X gehören zu den Themen"), only a
    country or such a town does: a region's or a river's name takes a singular verb as a
    town's does, and only a fronted dative ("Berlin fehlen Millionen") is read so often
    before a plural verb that a big place keeps its reading."""
    w = ctx.weights
    return any(
        _bears_word(ctx, span, c)
        and (
            c.kind == "country"
            or (c.kind != "city" and not subject)
            or c.kind == "city"
            and (c.population or 0) >= w.german_noun_max_pop
        )
        for c in span.candidates
    )


def _town_of_note(ctx: Context, span: Span) -> bool:
    """A town of the language's own countries (:func:`home_countries`) of ``small_town``
    or more that bears the word itself: a city of the reader's country is named as a topic
    as often as a noun is ("das Thema Halle beschäftigte den Landtag"); a far-away one
    under a German noun ("Thorn", "Madison") is the noun there (review h27-rev)."""
    return any(
        c.kind == "city"
        and (c.population or 0) >= ctx.weights.small_town
        and c.country_code in home_countries(ctx.lang)
        and _bears_word(ctx, span, c)
        for c in span.candidates
    )


def _bears_word(ctx: Context, span: Span, c: Candidate) -> bool:
    """The reading bears the written word as its own name (up to a parenthesis: "Halle"
    for Halle (Saale)) or under a name a source gives it in the text's language
    ("Warschau"), not only as another name (an untagged "Soul" for Seoul, "Gold" for
    Gold Coast) or a name it merely resembles ("Rast" for Rasht): a common noun needs a
    town that is named so to be outweighed. A country's, region's or feature's names
    are all its own (their sources tag languages unevenly: "China" is tagged Spanish
    and Portuguese, "Bosporus" English)."""
    if c.kind != "city" or ctx.lang in c.matched_langs:
        return True
    keys = (span.key, name_key(span.base or span.text))
    return name_key(c.name) in keys or name_key(c.name.split(" (", 1)[0]) in keys


def _beside_known_place(ctx: Context, first: Token, last: Token) -> bool:
    """The name is coordinated with a known place ("<City> und <Noun>", "<Noun> oder
    <City>"): a list holds names of one kind."""
    toks = ctx.tokens
    joins = _joins(ctx)
    prev = prev_token(toks, first)
    if prev is not None and prev.fold in joins:
        before = prev_token(toks, prev)
        if before is not None and before.i in ctx.single_tokens:
            return True
    nxt = next_token(toks, last)
    if nxt is not None and nxt.fold in joins:
        after = next_token(toks, nxt)
        if after is not None and after.i in ctx.single_tokens:
            return True
    return False


def _listed_with_compatriot(ctx: Context, span: Span) -> bool:
    """The name is coordinated with another name the gazetteer holds a reading of in one
    of the name's own countries ("<Town> and <X>", "<X> or <Town>"): a list holds names of
    one kind, so a small town's other name (a romanisation the source keeps only as an
    alternative: the name of a South Korean or Rwandan town in current spelling) has a
    place cue there. Whether the article is about that country is still asked by
    :func:`decide_focus`."""
    toks = ctx.tokens
    joins = _joins(ctx)
    # a town of ``exonym_min_population`` or more (a name in current spelling for a
    # town of 40,000); a hamlet's other name beside a county is the county's name
    # ("Lancaster and Sarpy" counties: Sarpy is no village in Louisiana)
    own = {
        c.country_code
        for c in span.candidates
        if c.country_code and (c.population or 0) >= ctx.weights.exonym_min_population
    }
    if not own:
        return False
    ends: set[int] = set()
    starts: set[int] = set()
    prev = prev_token(toks, toks[span.i])
    if prev is not None and prev.fold in joins:
        before = prev_token(toks, prev)
        if before is not None:
            ends.add(before.i)
    nxt = next_token(toks, toks[span.j])
    if nxt is not None and nxt.fold in joins:
        after = next_token(toks, nxt)
        if after is not None:
            starts.add(after.i)
    if not ends and not starts:
        return False
    return any(
        other is not span
        and (other.j in ends or other.i in starts)
        and any(c.country_code in own for c in other.candidates)
        for other in ctx.spans
    )


def _organisation(ctx: Context, span: Span, prev: Token | None, has_prep: bool) -> bool:
    """The one-word name is an organisation's, not a town's: right after a word for an
    organisation's kind ("der Konzern X", "der Mobilfunkkonzern X", "carmaker X"), or a
    company or club of the lexicon's ``organisation_names`` ("Nokia", "Werder") with no
    place preposition before it (the caller has seen no feature head: "die Stadt X").
    Only town readings give way: a country or region of the name stays."""
    if any(c.kind != "city" for c in span.candidates):
        return False
    first = ctx.tokens[span.i]
    if (
        prev is not None
        and first.gap_before == " "
        and _kind_word(ctx, prev, organisation_heads(ctx.lang), capital=True)
    ):
        return True
    names = organisation_names(ctx.lang)
    words = (span.key, span.base.casefold())
    if not has_prep and any(k in names for k in words):
        return True
    # a club's word before a capitalised word is a team's name ("Arminia Bielefeld")
    nxt = next_token(ctx.tokens, ctx.tokens[span.j])
    clubs = team_words(ctx.lang)[0]
    return (
        any(k in clubs for k in words) and nxt is not None and nxt.gap_before == " " and nxt.is_cap
    )


def _kind_word(ctx: Context, tok: Token, heads: frozenset[str], capital: bool = False) -> bool:
    """Is ``tok`` one of ``heads``, or, in a language that capitalises nouns, a compound
    ending in one of six letters or more ("Mobilfunkkonzern", "Containerschiff")? With
    ``capital`` the compound must be written with a capital (a noun, not a verb form)."""
    f = tok.fold
    return f in heads or (
        ctx.lex.profile.capitalises_nouns
        and (tok.is_cap or not capital)
        and any(f.endswith(h) and len(h) >= _COMPOUND_HEAD for h in heads)
    )


#: What may stand between a thing's name and the word for its kind after it: a space or
#: a hyphen, with a type number ("the Falcon 9 rocket", "die Ariane-6-Rakete").
_THING_GAP = re.compile(r"[ -](?:\d{1,3}[ -])?")


def _headline_line(ctx: Context, token: Token) -> bool:
    """The token stands on a title-cased line that a line break ends inside its
    sentence: a headline above its body with no full stop between ("Trees Felled In
    X\nCrews worked ..."), whose sentence runs on into the body and so is no title-cased
    sentence. A title-cased run that a sentence split cuts off elsewhere ("Incumbents
    Jane Doe and Ann H." before "Grose did not ...") is none. Session 19."""
    if not on_title_cased_line(ctx, token):
        return False
    toks = ctx.tokens
    for k in range(token.i + 1, len(toks)):
        t = toks[k]
        if t.sentence != token.sentence:
            return False
        if "\n" in t.gap_before:
            return True
    return False


def _named_thing(ctx: Context, span: Span, prev: Token | None, nxt: Token | None) -> bool:
    """The name is a vessel's, a craft's or a storm's, not a town's: right after a word
    for its kind ("Hurricane X", "die Fähre X", "der Öltanker X", German compounds ending
    in one: "Containerschiff") or right before one, a type number between ("the X 9
    rocket", "die X-6-Rakete"). In apposition, where no clause can make the name
    another verb's object or subject (:func:`_thing_in_apposition`: "Die Fähre Estonia
    sank", "aboard the frigate Hamburg", "Hurricane Florence"), any reading gives way;
    elsewhere only small towns do (all readings towns under ``small_town``): in German
    the name after "das Schiff" may be the object of an inverted clause ("Am Abend
    erreichte das Schiff X"), and a country, region, island or big town there is the
    place it reached."""
    w = ctx.weights
    before, after = thing_heads(ctx.lang)
    first = ctx.tokens[span.i]
    if prev is not None and _thing_in_apposition(ctx, span, prev, nxt, before):
        return True
    if any(c.kind != "city" or (c.population or 0) >= w.small_town for c in span.candidates):
        return False
    if prev is not None and first.gap_before == " " and _kind_word(ctx, prev, before, capital=True):
        return True
    return (
        nxt is not None
        and bool(_THING_GAP.fullmatch(nxt.gap_before))
        and _kind_word(ctx, nxt, after)
    )


#: Words that may stand between an article and a vessel's word ("the cruise ship X").
_THING_MODIFIERS = 2
#: Capitalised words of a thing's name that may stand before the span ("the ferry San
#: Juan": "Juan" is the name's second word).
_THING_NAME_WORDS = 2


def _thing_in_apposition(
    ctx: Context, span: Span, prev: Token, nxt: Token | None, heads: frozenset[str]
) -> bool:
    """The name stands in apposition to a word for a vessel, a craft or a storm, where no
    clause can make it the object or the subject of another verb, so whatever place
    bears it the name is the thing's ("Die Fähre Estonia sank", "the frigate Hamburg
    returned", "auf dem Tanker Sofia", "Hurricane Florence"): the kind's word (or a
    compound ending in one) right before the name, after an article that opens the
    sentence or follows a preposition (``[thing_heads] prepositions`` and the place
    prepositions), or, in English, written with a capital as a title ("Hurricane X",
    "Typhoon X"). After a verb the article's phrase may be the subject of an inverted
    clause and the name its object ("Am Abend erreichte das Schiff Lampedusa"); and an
    English name before a past verb in ``-ed`` may be the subject of a relative clause
    ("the tanker Iran seized"): both are left to the small-town rule."""
    toks, lex = ctx.tokens, ctx.lex
    first = toks[span.i]
    # a headline capitalises its verbs too ("Storm Hits X"): there the capitalised words
    # before the name are no sign of a longer name
    headline = not lex.profile.capitalises_nouns and (
        title_cased(ctx, first.sentence) or _headline_line(ctx, first)
    )
    # a later word of the thing's longer name ("the ferry San Juan", "Port Moresby"):
    # the capitalised words before it lead back to the kind's word
    for _ in range(_THING_NAME_WORDS):
        if _kind_word(ctx, prev, heads, capital=True):
            break
        before = prev_token(toks, prev)
        if (
            headline
            or not prev.is_cap
            or before is None
            or prev.gap_before not in (" ", "-")
            or prev.fold in lex.place_prepositions
            or prev.text in common_nouns(ctx.lang)  # "das Schiff Richtung Kreta"
        ):
            return False
        first, prev = prev, before
    if first.gap_before != " " or not _kind_word(ctx, prev, heads, capital=True):
        return False
    if not lex.profile.capitalises_nouns:
        endings, not_endings = past_verb_endings(ctx.lang)
        if (
            nxt is not None
            and nxt.gap_before == " "
            and not nxt.is_cap
            and nxt.fold.endswith(endings)
            and not nxt.fold.endswith(not_endings)
            and any(c.kind == "country" for c in span.candidates)
        ):
            return False  # "the tanker Iran seized": a state acts, a town seldom does
        if prev.is_cap and prev.sentence == first.sentence:
            return True  # a title: "Hurricane Florence", "Typhoon Haiyan"
    # the article, past up to two words describing the kind ("the cruise ship X", "die
    # russische Fregatte X")
    art = prev_token(toks, prev)
    for _ in range(_THING_MODIFIERS):
        if art is None or art.sentence != first.sentence or art.fold in lex.determiners:
            break
        if art.fold in lex.place_prepositions or art.fold in thing_prepositions(ctx.lang):
            return False
        art = prev_token(toks, art)
    if art is None or art.sentence != first.sentence or art.fold not in lex.determiners:
        return False
    if art.sent_initial:
        return True
    opener = prev_token(toks, art)
    return (
        opener is not None
        and opener.sentence == art.sentence
        and (not opener.is_cap or opener.sent_initial)
        and (opener.fold in lex.place_prepositions or opener.fold in thing_prepositions(ctx.lang))
    )


def _office_holder(ctx: Context, span: Span, nxt: Token | None) -> bool:
    """The name is a person's or an organisation's, not a town's: right before a word for
    what it holds or runs (``[holder_words]``: "the Bush administration", "the Clinton
    campaign", "a Yale graduate", "die Obama-Regierung"), a space or a hyphen between.
    Only towns give way, and a big one (``small_town`` or more) only where the text
    leaves out the marks of its own name ("Bush" for "Būsh"): a country, a state or a big town
    before such a word is the place whose government it is ("the Kenya government", "the
    Ohio administration", "die Kiew-Regierung")."""
    w = ctx.weights
    if nxt is None or nxt.gap_before not in (" ", "-"):
        return False
    if nxt.fold not in holder_words(ctx.lang):
        return False
    return all(
        c.kind == "city"
        and ((c.population or 0) < w.small_town or diacritic_mismatch(c.name, span.base))
        for c in span.candidates
    )


def _no_noun_outweighing_place(ctx: Context, span: Span) -> bool:
    """No reading of a common noun outweighs the noun: every reading is a town under
    ``common_noun_max_population``, or a town under ``common_noun_alias_population``
    that bears the word only as another name of no stated language, not a spelling of
    its own ("Pech" for Pécs, "Tor" for Slovyansk, "Apotheke" for Abū Tīj). A country, a
    region, or a big town named so in its own name, a spelling of it or the text's
    language ("Essen", "Halle" for Halle (Saale), "Warschau") keeps the word a place."""
    w = ctx.weights
    own = statics(ctx, span).own_name
    return all(
        c.kind == "city"
        and (
            (c.population or 0) < w.common_noun_max_population
            or c.id not in own
            and not spelling_of(span.key, c.name, w.spelling_ratio)
            and (c.population or 0) < w.common_noun_alias_population
        )
        for c in span.candidates
    )


def _big_other_name_alone(ctx: Context, span: Span, prev: Token | None, focus: Votes) -> bool:
    """Another name after a place preposition, in an article that names no place at all,
    that only one reading of ``other_name_alone_population`` or more bears ("His family
    came from X", X an older name of a town of 60,000): nothing in the article speaks
    against the town, and a town that size is named in the news under its older names
    too. A smaller town's other name stays no place there ("near Zalingei" alone), as
    does any other name in an article about somewhere else."""
    if focus or ctx.anchor_points or prev is None or prev.fold not in ctx.lex.place_prepositions:
        return False
    floor = ctx.weights.other_name_alone_population
    return sum((c.population or 0) >= floor for c in span.candidates) == 1


def _feature_named(ctx: Context, span: Span) -> bool:
    """The name stands right before a lower-case word of the lexicon's ``nature_words``
    ("the Boni forest", "the Mau reservoir") or after a noun of its ``nature_heads``, a
    ``name_links`` word between or not ("im Wald von Boni", "im Nationalpark Mau"), and
    every reading is a
    town or a unit: the words name a natural or built feature the gazetteer lacks (a
    feature it holds under the whole name is read whole, ``feature_words``), which lies
    by the place it is named after, so a reading only counts in a country the article
    names (:func:`decide_focus`). Cost: a look at the next token."""
    toks, lex = ctx.tokens, ctx.lex
    if not all(c.kind in _TOWNS_AND_UNITS for c in span.candidates):
        return False
    nxt = next_token(toks, toks[span.j]) if span.j < len(toks) else None
    if (
        nxt is not None
        and not nxt.is_cap
        and nxt.gap_before == " "
        and nxt.fold in lex.nature_words
    ):
        return True
    prev = prev_token(toks, toks[span.i]) if span.i < len(toks) else None
    if prev is not None and prev.fold in lex.name_links:
        prev = prev_token(toks, prev)
    return prev is not None and prev.fold in lex.nature_heads


def decide_focus(
    ctx: Context,
    d: Decision,
    span: Span,
    focus: Votes,
    state: tuple[Any, ...],
) -> Decision:
    """The rest of the decision: coherence with the article's countries and places,
    acronyms, capitalisation, and the word's frequency against the threshold."""
    w = ctx.weights
    capital_cue = not ctx.lex.profile.capitalises_nouns  # only names are capitalised
    first, prev, best, z, pop, threshold, dateline, other_name, respelled = state
    excess = z - expected_zipf(pop, w)
    readings = span.candidates[: w.coherence_readings]
    ccs = {c.country_code for c in readings}
    if other_name and not ccs & set(focus) and not _big_other_name_alone(ctx, span, prev, focus):
        # a small town's other name with a place cue stands only in an article about
        # its country (see decide_static): "in Washington Square" is no Franklin Square
        d.accepted, d.reason = False, OTHER_NAME
        return d
    if respelled and focus and not ccs & set(focus):
        # a small town abroad that bears the word only as another name spelt like its
        # own (a respelling, which other_name spares), with a cue, in an article whose
        # countries are others: the article's own town of that name is missing from the
        # gazetteer, and a namesake hundreds of kilometres abroad is no reading of it
        d.accepted, d.reason = False, RESPELLED_ABROAD
        return d
    if _umlaut_noun(ctx, span):
        d.accepted, d.reason = False, "German noun matched only without its umlaut"
        return d
    if not ccs & set(focus) and _noun_unborne(ctx, span, prev) and not _located_by_next(ctx, span):
        # "von X bei Y": the town beside Y says which place bears the word (session 23)
        d.accepted, d.reason = False, "German noun after a preposition, no town bears it"
        return d
    if not dateline and _noun_only_other_name(ctx, d, span, prev):
        d.accepted, d.reason = False, "German noun that towns bear only as another name"
        return d
    coherent = bool(ccs & set(focus)) or near_anchor(ctx, readings)
    if (focus or ctx.anchor_points) and not coherent and _feature_named(ctx, span):
        # "the Boni forest" in a story on Kenya: the gazetteer lacks the forest, and
        # Bonn (its other name "Boni") is no reading of it (session 31)
        d.accepted, d.reason = False, FEATURE_ABROAD
        return d
    if not coherent and not dateline and _fixed_phrase_noun(ctx, span, prev):
        d.accepted, d.reason = False, "noun of a fixed phrase after its preposition"
        return d
    if not coherent and not dateline and _prepositional_noun_by_grammar(ctx, span, prev):
        d.accepted, d.reason = False, "German noun after a preposition, its phrase a thing's"
        return d
    if not coherent and not dateline and _bare_plural_after_preposition(ctx, d, span, prev):
        d.accepted, d.reason = False, "German plural noun after a preposition, no place cue"
        return d
    if not coherent and not dateline and _joined_nouns_apart(ctx, d, span):
        d.accepted, d.reason = False, "German nouns joined, their villages in other countries"
        return d
    if focus and ccs & set(focus):
        threshold += w.focus_bonus
    elif (focus or ctx.anchor_points) and not coherent:
        threshold -= w.incoherent_small_penalty if pop < w.small_town else w.incoherent_penalty
    if diacritic_mismatch(span.base, best.matched):
        threshold -= w.diacritic_mismatch_penalty
    if (
        first.is_upper
        and span.n == 1
        and len(first.text) <= w.acronym_max
        and pop < w.acronym_max_population
        and not dateline
    ):
        d.accepted, d.reason = False, "acronym"
        return d
    has_cue = (
        # a preposition with punctuation between is no cue ("kündigte an, X zu fördern":
        # a verb's particle before a comma; session 31)
        (prev is not None and prev.fold in ctx.lex.place_prepositions and first.gap_before == " ")
        or dateline
        or _distance_subject(ctx, span)
    )
    if (focus or ctx.anchor_points) and not coherent and not has_cue and pop < w.weak_population:
        d.accepted, d.reason = False, "small place unrelated to the article's places, no cue"
        return d
    if not coherent and not has_cue and _unsupported_noun_village(ctx, span, d, pop):
        d.accepted, d.reason = False, "noun, and nothing in the article for the village"
        return d
    # a bare plural in the middle field: the country or a place 1,500 km off is no cue for
    # a village whose name is a plural noun, only a place the article names close by is
    # (session 26: "In Augsburg fehlen X", "Neben X wurden in Kassel auch Y gefunden")
    local = near_anchor(ctx, readings, w.noun_village_near_km)
    if not local and not has_cue and not dateline and _bare_plural_object(ctx, span, d):
        d.accepted, d.reason = False, "German plural noun in the middle field, no place cue"
        return d
    if not local and not dateline and _bare_plural_listed_with_things(ctx, d, span, prev):
        # a list of things the preposition governs is evidence enough in a story of the
        # village's own country; only a place named close by keeps it (session 31, second
        # round: clean-up work "an <plural> und <plural>" in a story from the same country)
        d.accepted, d.reason = False, "German plural noun listed with things after a preposition"
        return d
    if not local and not has_cue and not dateline and _noun_without_place_evidence(ctx, span, d):
        d.accepted, d.reason = False, NOUN_NO_EVIDENCE
        return d
    if (
        not local
        and not dateline
        and not _distance_subject(ctx, span)
        and _noun_after_complement(ctx, span, d, prev)
    ):
        # "ein Gesetz über X", "Exporte von X": the preposition opens a noun's complement,
        # no place cue (session 32)
        d.accepted, d.reason = False, NOUN_NO_EVIDENCE
        return d
    if (
        # a reading that bears the word only as another name gets no coherence from
        # the article's focus, which that reading alone may have made ("Debate On Dual
        # Citizenship": GeoNames also calls Douala "Dual"; session 24); nor does a
        # reading only ``coherence_km`` from the article's places, which a small town of
        # a neighbouring country is from every dateline of Europe ("MUNICH - Police in
        # Freising said": Police in Poland); its country named or a place close by is
        # (session 29)
        (
            not (ccs & set(focus) or local)
            or not any(_bears_word(ctx, span, c) for c in span.candidates)
            or _plural_listed_with_lower_noun(ctx, span)
            # the article writes the word in lower case elsewhere ("lumber mills fell
            # ... Mills in Oregon cut output"): a name is never so written (session 31)
            or not local
            and _written_lower_elsewhere(ctx, first)
        )
        and not has_cue
        and _opening_common_word(ctx, span, d, z)
    ):
        d.accepted, d.reason = False, "common word opening a sentence or a headline, no cue"
        return d
    if (
        capital_cue
        and first.is_cap
        and not first.is_upper
        and not first.sent_initial
        and not title_cased(ctx, first.sentence)  # a headline capitalises every word
    ):
        threshold += w.capitalised_bonus
    if (
        capital_cue
        and first.sent_initial
        and z >= w.sentence_initial_zipf
        and pop < w.sentence_initial_max_population
    ):
        threshold -= w.sentence_initial_penalty
    if excess > threshold:
        d.accepted = False
        d.reason = f"ordinary word (zipf {z:.1f} vs {expected_zipf(pop, w):.1f} expected)"
    return d


#: The letters German writes with an umlaut.
_UMLAUTS = frozenset("äöü")


def _umlaut_noun(ctx: Context, span: Span) -> bool:
    """A one-word German common noun (``common_nouns``) written with an umlaut that every
    reading's matched name lacks, matched only by folding it away or spelling it out
    ("Bänke" for a district Banke, "Säle" for Salé), and that no reading bears in the
    text's language: German keeps its umlauts, and the noun is a frequent word, so a
    place its writers would spell otherwise is no reading of it (session 21). A name
    the gazetteer holds with the umlaut ("Mühlhausen"), or tags German, is untouched.
    Cost: a set test per one-word name with an umlaut."""
    if not ctx.lex.profile.capitalises_nouns or span.n != 1:
        return False
    word = ctx.tokens[span.i].text
    marks = _UMLAUTS & set(word.casefold())
    if not marks or word not in common_nouns(ctx.lang):
        return False
    return all(
        ctx.lang not in c.matched_langs and not marks <= set((c.matched or "").casefold())
        for c in span.candidates
    )


def _noun_unborne(ctx: Context, span: Span, prev: Token | None) -> bool:
    """A one-word German common noun (``common_nouns``) right after a place preposition
    whose readings are all towns under ``small_town`` that do not bear the word as
    written (:func:`_bears_word`: a name it merely resembles, "Plan" for Planá, or one
    no source tags German) is the noun of a fixed phrase ("nach Plan", "in Kisten
    verpackt"), unless the article names a reading's country (the caller asks: "in Plan
    (Tschechien)"). A town that bears the word ("in Au"), a tagged or curated German
    exonym, a big town, a region or a country keep their reading, and so does a town of
    the text's own countries that its people call by the word (:func:`_home_short_name`:
    "in Hall" for Schwäbisch Hall)."""
    w, toks = ctx.weights, ctx.tokens
    first = toks[span.i]
    return (
        ctx.lex.profile.capitalises_nouns
        and span.n == 1
        and prev is not None
        and first.gap_before == " "
        and prev.fold in ctx.lex.place_prepositions
        and first.text in common_nouns(ctx.lang)
        and all(
            c.kind == "city"
            and (c.population or 0) < w.small_town
            and not _bears_word(ctx, span, c)
            and not _home_short_name(ctx, first.text, c)
            for c in span.candidates
        )
    )


def _noun_only_other_name(ctx: Context, d: Decision, span: Span, prev: Token | None) -> bool:
    """A one-word form of the German noun lexicons (``grammar_nouns``: a plural such as
    "<Wort>e") with no place cue before it (no place preposition, no feature head; the
    caller excludes a dateline) whose readings are all towns under ``small_town`` that bear
    the word only as another name no source tags in the text's language (:func:`_bears_word`
    false: the word is only another name of a village whose own name differs): a German
    writer names such a town by its own name, so the noun is the reading, whatever else the
    article names ("<Stadt> und <Wort> standen unter Wasser": a German town beside it is no
    evidence for a name its people do not use). A town that bears the word ("Au"), its short
    name at home (:func:`_home_short_name`), a tagged German exonym, a region or a country
    keep their reading, as does the word before "bei"/"nahe" and a town there ("<Wort> bei
    <Stadt>", :func:`_located_by_next`); after a place preposition :func:`_noun_unborne`
    decides. Session 25. Cost: a set test per one-word name, the readings' names only for a
    noun."""
    w, toks = ctx.weights, ctx.tokens
    if not ctx.lex.profile.capitalises_nouns or span.n != 1 or d.head_kind is not None:
        return False
    first = toks[span.i]
    if first.is_upper or first.text not in grammar_nouns(ctx.lang):
        return False
    if prev is not None and prev.fold in ctx.lex.place_prepositions:
        return False
    return (
        all(
            c.kind == "city"
            and (c.population or 0) < w.small_town
            and not _bears_word(ctx, span, c)
            and not _home_short_name(ctx, first.text, c)
            for c in span.candidates
        )
        and not _distance_subject(ctx, span)
        and not _located_by_next(ctx, span)
    )


def _fixed_phrase_noun(ctx: Context, span: Span, prev: Token | None) -> bool:
    """A one-word name right after the preposition of an article-less fixed phrase
    (``[fixed_phrases]``: "nach Plan", "in Bau", "in Kraft", "bei Bedarf") is the
    phrase's noun when its readings are all towns under ``small_town``, even one that
    bears the word as its own name or as a tagged exonym (Bau in Sarawak, "Plan" for
    Planá): German puts no article there, so the frame that cues a town ("nach X")
    cues the noun as well, and a small town's prominence does not outweigh the phrase.
    The caller keeps the town where the text places it: the article names a reading's
    country or a place near one ("in Bau, Sarawak"), or a dateline names it; a town of
    the text's own countries that its people call by the word (:func:`_home_short_name`,
    :func:`_home_town_named`) stays too. The cost: a small town so named, alone after
    the phrase's preposition in an article about somewhere else, is lost."""
    if prev is None or span.n != 1:
        return False
    first = ctx.tokens[span.i]
    if first.gap_before != " " or first.is_upper:
        return False
    if (prev.fold, first.fold) not in fixed_phrases(ctx.lang):
        return False
    w = ctx.weights
    return all(
        c.kind == "city"
        and (c.population or 0) < w.small_town
        and not _home_short_name(ctx, first.text, c)
        and not _home_town_named(ctx, first.text, c)
        for c in span.candidates
    )


def _prepositional_noun_by_grammar(ctx: Context, span: Span, prev: Token | None) -> bool:
    """A German common noun right after a place preposition that the words after it
    show to be a thing, not a town (session 20): joined by "und" / "oder" / a comma to
    a common noun that names no place and no place's kind ("bei Kisten und Fässern",
    :func:`_joined_thing_noun`), or followed by "aus" and a material (``bare_nouns``: "in
    Truhen aus Holz"), which no town is made of, or by a relative clause in the plural
    (:func:`_plural_relative_after`). A place preposition cues a town, but these cue
    the noun more strongly. Only where no capitalised word stands right before the
    preposition ("liegen in X", "Von X ..."): after a noun ("die Häuser in X aus Holz",
    "der Bürgermeister in X und Ortsvorsteher") the words after may belong to it. A
    reading that outweighs a noun (:func:`_outweighs_noun`: a country, a region, a big
    town) keeps the place, and so do the caller's checks: the article names a reading's
    country or a place near one, or a dateline names it. Cost: a look at the tokens
    after the word (a relative clause: up to ``_RELATIVE_CLAUSE_WORDS``)."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.profile.capitalises_nouns or prev is None or span.n != 1:
        return False
    first = toks[span.i]
    if (
        first.gap_before != " "
        or first.is_upper
        or prev.fold not in lex.place_prepositions
        or first.text not in grammar_nouns(ctx.lang)
    ):
        return False
    before = prev_token(toks, prev)
    if before is not None and before.sentence == prev.sentence and before.is_cap:
        return False  # "die Häuser in X aus Holz": the phrase after may be the noun's
    if _outweighs_noun(ctx, span):
        return False
    nxt = next_token(toks, first)
    if nxt is not None and nxt.sentence == first.sentence and nxt.fold == "aus":
        mat = next_token(toks, nxt)
        words, _ = bare_nouns(ctx.lang)
        if (
            mat is not None
            and mat.gap_before == " "
            and mat.fold in words
            and mat.i not in ctx.single_tokens
            and mat.i not in ctx.span_tokens
        ):
            return True
    return _joined_thing_noun(ctx, span, first) or _plural_relative_after(ctx, first, prev)


def _bare_plural_after_preposition(
    ctx: Context, d: Decision, span: Span, prev: Token | None
) -> bool:
    """A German noun form written only as a plural (``plural_nouns``: "Erlen",
    "Hecken", or a genitive singular: "Silos"), bare right after a place preposition of
    the dative (``plural_prepositions``: "Die Vögel nisten in Hecken", "Der Lärm kommt
    von Mühlen"), whose readings are all towns or second-level units under
    ``weak_population`` (:func:`_small_settlement`; session 21). German puts no article
    before a plural there, and before a singular count noun it must, so the bare plural
    is the noun's commonest use; a town's name is as bare but nothing here speaks for
    it. A form of the noun lexicons joined by "und" or "oder" to such a plural ("bei
    Hecken und Grane") is the list's second noun. The caller keeps the town where the
    context says place: the article names a reading's country or a place near one, or
    a dateline names it (session 29 tried a place within ``noun_village_near_km`` only,
    as the middle field asks, and lost three earlier guards: a mayor speaking in a
    village of his own country, a village followed by its state after a comma, and a
    village as a distance's subject).
    Kept too: a feature head by it ("die Gemeinde X"), a settlement
    word joined to it ("in X und den Nachbarorten"), a capitalised word right before
    the preposition ("die Schule in X": the phrase may be that noun's, and a noun's
    place is often a town), a list with a known place, and a town of
    ``weak_population`` or more that bears the word ("in Aalen"). Cost: a set look-up
    per name after a preposition, one more per name after "und"/"oder"; a village so
    named alone in an article about nothing near it is lost."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.profile.capitalises_nouns or prev is None or span.n != 1 or d.head_kind:
        return False
    first = toks[span.i]
    if first.gap_before != " " or first.is_upper:
        return False
    floor = ctx.weights.weak_population
    if not all(_small_settlement(c, floor) for c in span.candidates):
        return False
    if any(_regional_seat(ctx, c) for c in span.candidates):
        return False
    if prev.fold in _joins(ctx) and prev.gap_before == " ":
        # the second member of "bei X und Y": X the bare plural, Y a noun of the lexicons
        member = prev_token(toks, prev)
        if (
            member is None
            or member.sentence != first.sentence
            or first.text not in grammar_nouns(ctx.lang)
        ):
            return False
        prep = prev_token(toks, member)
        return prep is not None and _bare_plural_at(ctx, member, prep, floor)
    if _beside_known_place(ctx, first, first) or _joined_to_place_word(ctx, first):
        return False
    if _located_by_next(ctx, span) or _placed_after(ctx, span):
        return False
    return _bare_plural_at(ctx, first, prev, floor, span)


#: The endings of a German plural the dative allows ("Zäunen", "Häusern", "Autos"): a
#: noun joined to a bare plural after a preposition of the dative ends so when the
#: preposition governs it too ("an Hecken und Zäunen"), not when it is the subject's
#: ("die Polizei in X und Staatsanwaltschaft").
_DATIVE_PLURAL_ENDINGS = ("n", "s")


def _preposition_lists_things(ctx: Context, span: Span, word: Token) -> bool:
    """The bare plural ``word`` after a preposition is joined by "und", "oder" or a comma
    to a common noun of a thing (:func:`_joined_thing_noun`) in a form of the dative
    plural (``_DATIVE_PLURAL_ENDINGS``) with no preposition of its own after it: the
    preposition governs a list of things ("die Aufräumarbeiten an Hecken und Zäunen"),
    which a town's phrase after a noun is not ("die Schule in X und Kindergärten in Y",
    "der Bürgermeister in X und Ortsvorsteher"; session 31, second round). Cost: a few
    token looks."""
    other = _after_join(ctx, word)
    if other is None or not other.fold.endswith(_DATIVE_PLURAL_ENDINGS):
        return False
    after = next_token(ctx.tokens, other)
    if (
        after is not None
        and after.sentence == other.sentence
        and after.fold in ctx.lex.place_prepositions
    ):
        return False
    return _joined_thing_noun(ctx, span, word)


def _bare_plural_listed_with_things(
    ctx: Context, d: Decision, span: Span, prev: Token | None
) -> bool:
    """:func:`_bare_plural_after_preposition` where the word is listed with a thing the
    preposition governs too (:func:`_preposition_lists_things`): the caller asks it
    whatever countries the article names, as the list is grammar's evidence, not the
    word's alone."""
    return (
        ctx.lex.profile.capitalises_nouns
        and prev is not None
        and _preposition_lists_things(ctx, span, ctx.tokens[span.i])
        and _bare_plural_after_preposition(ctx, d, span, prev)
    )


#: Relative pronouns after a comma that only a singular neuter takes, as a town's name
#: does ("Mühlen, das im Murtal liegt"); a plural noun takes "die", "deren".
_NEUTER_RELATIVES = frozenset({"das", "dessen"})


def _placed_after(ctx: Context, span: Span) -> bool:
    """German: the words right after the name place it as a town: a comma and a neuter
    singular relative pronoun ("In Mühlen, das im Murtal liegt"), or a word of
    ``apposition_links`` ("in", "im", "am", "bei"), an article at most, and a name whose
    first reading is a region, a unit or a feature, no town ("aus Weiden in der
    Oberpfalz", "in Meilen am Zürichsee", "an der Werra"; a town there is
    :func:`_located_by_next`'s, which asks a distance). Session 29: the
    bare-plural rule is asked in articles about the town's own country now, and these are
    how such an article places a village. Cost: two or three token looks per name."""
    toks, lex = ctx.tokens, ctx.lex
    last = toks[span.j]
    t = next_token(toks, last)
    if t is None or t.sentence != last.sentence:
        return False
    if t.gap_before.strip() == ",":
        return t.fold in _NEUTER_RELATIVES
    if t.gap_before != " " or not t.text.islower() or t.fold not in lex.apposition_links:
        return False
    u = next_token(toks, t)
    if u is not None and u.sentence == t.sentence and u.fold in lex.determiners:
        u = next_token(toks, u)
    if u is None or u.sentence != t.sentence or not u.is_cap:
        return False
    return any(s.candidates and s.candidates[0].kind != "city" for s in ctx.spans_at.get(u.i, ()))


def _located_by_next(ctx: Context, span: Span) -> bool:
    """Right after the name a preposition of ``locating_prepositions`` ("bei",
    "nahe") and a name that some reading lies within ``Weights.colocate_km`` of: "in X
    bei Y" is how German tells a village from its namesakes, so the word is the village
    near Y, not a noun (session 22). Cost: one token look per name, the next word's
    spans by ``Context.spans_at``; a batch distance only where such a preposition follows."""
    toks = ctx.tokens
    last = toks[span.j]
    prep = next_token(toks, last)
    if (
        prep is None
        or prep.sentence != last.sentence
        or prep.gap_before != " "
        or prep.fold not in locating_prepositions(ctx.lang)
    ):
        return False
    at = prep.i + 1
    points = [
        (c.lat, c.lon) for s in ctx.spans_at.get(at, ()) for c in s.candidates if c.kind == "city"
    ]
    if not points or not span.candidates:
        return False
    km = min_km_many(span.candidates, anchor_array(points, 3))
    return bool((km < ctx.weights.colocate_km).any())


def _after_join(ctx: Context, first: Token) -> Token | None:
    """The word a list joins to ``first``: after "und" / "oder", or the word a comma
    stands before, in the same sentence; None when no such join follows ``first``."""
    toks = ctx.tokens
    sep = next_token(toks, first)
    if sep is None or sep.sentence != first.sentence:
        return None
    if sep.fold in _joins(ctx) and sep.gap_before == " ":
        return next_token(toks, sep)
    if sep.gap_before.strip() == ",":
        return sep
    return None


def _joined_to_place_word(ctx: Context, first: Token) -> bool:
    """Right after the word, "und" / "oder" / a comma and, over an article or up to
    ``_ADJECTIVES_AFTER_JOIN`` lower-case words, a settlement or unit word in any
    inflection (the ``feature_heads`` words at its end: "Nachbarorten", "Ortsteilen") or
    a word of ``not_names`` ("Umgebung"): "in X und den Nachbarorten" joins a place to
    its neighbours."""
    toks, lex = ctx.tokens, ctx.lex
    other = _after_join(ctx, first)
    if (
        other is not None
        and other.gap_before.strip() == ","
        and other.text.islower()
        and other.fold not in lex.determiners
    ):
        return False  # a comma before a verb ends the clause: "X, sagte der Sprecher"
    for _ in range(_ADJECTIVES_AFTER_JOIN):
        if other is not None and other.text.isalpha() and other.text.islower():
            other = next_token(toks, other)
    if other is None or other.sentence != first.sentence or not other.is_cap:
        return False
    return other.fold in lex.not_names or _settlement_word(ctx, other)


def _settlement_word(ctx: Context, t: Token) -> bool:
    """``t`` ends in a settlement, unit or feature word of the lexicon in any inflection
    (the ``feature_heads`` words at its end: "Nachbarorten", "Ortsteile")."""
    return any(s.endswith(h) for s in _stems(t.fold) for h in ctx.lex.feature_heads if len(h) >= 3)


def _stems(f: str) -> set[str]:
    """The stems a German noun's inflection may leave of the folded word ``f``, each
    ending apart: "Gemeinden" is "Gemeinde" + "n", "Orten" "Ort" + "en"."""
    stems = {f, f.removesuffix("n"), f.removesuffix("en"), f.removesuffix("e")}
    stems.add(f.removesuffix("er"))
    stems.add(f.removesuffix("n").removesuffix("e").removesuffix("er"))
    return stems


def _bare_plural_at(
    ctx: Context, word: Token, prep: Token, floor: int, span: Span | None = None
) -> bool:
    """``word`` is a form of ``plural_nouns`` right after ``prep``, a lower-case (or
    sentence-opening) preposition of ``plural_prepositions`` with no capitalised word
    right before it, and names no place of ``floor`` people or more nor any country,
    region or feature (a word no span reads is a noun outright). A capitalised word
    before the preposition keeps the town ("die Schule in X"), unless ``span`` (the
    word's reading) is listed with a thing the preposition governs too
    (:func:`_preposition_lists_things`): "die Aufräumarbeiten an Hecken und Zäunen"
    lists the preposition's things, a town's phrase after a noun lists no thing; such a
    list makes any place preposition of the dative one of the plural ("an", which
    ``plural_prepositions`` leaves out for "grenzt an X"; session 31, second round)."""
    toks = ctx.tokens
    if (
        word.gap_before != " "
        or word.is_upper
        or word.text not in plural_nouns(ctx.lang)
        or not prep.text.islower()
        and not prep.sent_initial
    ):
        return False
    listed = span is not None and _preposition_lists_things(ctx, span, word)
    if prep.fold not in plural_prepositions(ctx.lang) and not (
        listed and prep.fold in ctx.lex.place_prepositions
    ):
        return False
    before = prev_token(toks, prep)
    if (
        before is not None
        and before.sentence == prep.sentence
        and before.is_cap
        # an adverb opening the sentence is no noun the phrase could belong to ("Gleich
        # neben X parkten ...", session 29)
        and not (before.sent_initial and before.text not in common_nouns(ctx.lang))
        and prep.fold not in plural_prepositions_after_nouns(ctx.lang)
        and not listed
    ):
        return False  # "die Schule in X": the phrase may say where that noun is
    return all(
        _small_settlement(c, floor) for s in ctx.spans_at.get(word.i, ()) for c in s.candidates
    )


def _list_mates(ctx: Context, first: Token) -> tuple[list[Token], bool]:
    """The words joined to ``first`` in its sentence by "und", "oder" or a comma with
    nothing between (the word before and the word after), and whether a place
    preposition stands before ``first`` or before the member it is joined to ("in X und
    Y": the phrase may be shared)."""
    toks, lex = ctx.tokens, ctx.lex
    joins = _joins(ctx)
    others: list[Token] = []
    prev, nxt = prev_token(toks, first), next_token(toks, first)
    if prev is not None and prev.sentence == first.sentence:
        if prev.fold in joins and prev.gap_before == " " and first.gap_before == " ":
            before = prev_token(toks, prev)
            if before is not None and before.sentence == first.sentence:
                others.append(before)
        elif first.gap_before.strip() == ",":
            others.append(prev)
    if nxt is not None and nxt.sentence == first.sentence:
        if nxt.fold in joins and nxt.gap_before == " ":
            after = next_token(toks, nxt)
            if after is not None and after.sentence == first.sentence and after.gap_before == " ":
                others.append(after)
        elif nxt.gap_before.strip() == ",":
            others.append(nxt)
    after_prep = prev is not None and prev.fold in lex.place_prepositions
    if others and prev is not None and prev.fold in joins:
        lead = prev_token(toks, prev)
        before = prev_token(toks, lead) if lead is not None else None
        after_prep = after_prep or before is not None and before.fold in lex.place_prepositions
    return others, after_prep


def _noun_reason(reason: str) -> bool:
    """A rejection that reads the word as a common noun (by the grammar around it, by
    the lexicon or by its frequency), not as a person's, an organisation's or another
    place's name."""
    return reason.startswith(("German ", "ordinary word")) or "noun" in reason


def _list_after_place_word(ctx: Context, first: Token) -> bool:
    """The list that holds ``first`` (members of one word joined by "und", "oder" or
    commas, at most ``_LIST_MEMBERS`` back) follows a place preposition or a settlement
    or unit word ("in X und Y", "Die Gemeinden X und Y", "die Dörfer X, Y und Z"): its
    members are named as places."""
    toks, lex = ctx.tokens, ctx.lex
    joins = _joins(ctx)
    t = first
    for _ in range(_LIST_MEMBERS):
        sep = prev_token(toks, t)
        if sep is None or sep.sentence != first.sentence:
            return False
        if sep.fold in joins or t.gap_before.strip() == ",":
            lead = prev_token(toks, sep) if sep.fold in joins else sep
            if lead is None or lead.sentence != first.sentence or not lead.is_cap:
                return False
            t = lead
            continue
        return sep.fold in lex.place_prepositions or _settlement_word(ctx, sep)
    return False


def _listed_with_rejected_noun(
    ctx: Context, d: Decision, one_word: dict[int, Decision], in_names: set[int]
) -> bool:
    """An accepted one-word form of the noun lexicons (``grammar_nouns``) whose readings
    are all towns or second-level units under ``weak_population``
    (:func:`_small_settlement`), with no feature head, dateline or place preposition
    before it or its list, joined by "und", "oder" or a comma to a form of the noun
    lexicons that a rule read as a common noun (``one_word``: the decisions of one-word
    spans by their token; a word of an accepted longer name, ``in_names``, is none):
    a list holds words of one kind, so "viele Mullen und Auen", "frische Almen und
    Auen" are nouns however near the article's places the second word's villages lie
    (the coherence that keeps "Kuhlen und Glashütten", two villages, needs both read as
    places; session 26). Cost: two token looks per accepted small noun-village."""
    toks, lex = ctx.tokens, ctx.lex
    span = d.span
    if not lex.profile.capitalises_nouns or span.n != 1 or d.head_kind or d.dateline:
        return False
    first = toks[span.i]
    nouns = grammar_nouns(ctx.lang)
    if first.is_upper or first.text not in nouns:
        return False
    floor = ctx.weights.weak_population
    if not all(_small_settlement(c, floor) for c in span.candidates):
        return False
    others, after_prep = _list_mates(ctx, first)
    if (
        after_prep
        or not others
        or _located_by_next(ctx, span)
        or _list_after_place_word(ctx, first)
    ):
        return False
    for o in others:
        od = one_word.get(o.i)
        if (
            od is not None
            and not od.accepted
            and (_noun_reason(od.reason) or od.reason in _NO_READING_HERE)
            and o.is_cap
            and not o.is_upper
            and o.text in nouns
            and o.i not in in_names
            and o.i not in ctx.person_idx
        ):
            return True
    return False


#: Rejections that say no reading of the word is a place of this article (a small town
#: abroad by another name or a respelling), not that the word is a person's or an
#: organisation's: a form of the noun lists so rejected is a noun in the list as much as
#: one the grammar read ("Floren und Navis wurden beschädigt": "Floren" names only a
#: Belgian town's other name; session 32).
_NO_READING_HERE = frozenset({OTHER_NAME, RESPELLED_ABROAD})


def _joined_nouns_apart(ctx: Context, d: Decision, span: Span) -> bool:
    """A form of the noun lexicons (``grammar_nouns``) joined by "und", "oder" or a
    comma, with nothing between, to another such form, where every reading of both is a
    town or second-level unit under ``weak_population`` (:func:`_small_settlement`) and
    no reading of the one lies in a country of the other's (session 21): a list names
    its towns from one country ("Kuhlen und Glashütten", two German villages), so two
    nouns whose namesakes lie apart ("X und Y" read as a Swiss and a Czech village) are
    the nouns. A member no place bears makes the word a noun too ("X und Tümpel"; a
    compound the lexicons lack whole by its last noun, "X und Ostseeküsten": session 25),
    unless it is a word of ``not_names`` ("X und Umgebung") or a settlement word
    ("X und Nachbarorte"), or the list follows a place preposition ("in X und
    Ortsvorsteher": the phrase may be shared with a noun before it). The caller keeps
    the towns where the article names a reading's country or a place near one, or a
    dateline names it; a feature head by the word keeps it too. Cost: a look at the two
    neighbouring tokens."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.profile.capitalises_nouns or span.n != 1 or d.head_kind:
        return False
    first = toks[span.i]
    if first.is_upper or first.text not in grammar_nouns(ctx.lang):
        return False
    floor = ctx.weights.weak_population
    if not all(_small_settlement(c, floor) for c in span.candidates):
        return False
    others, after_prep = _list_mates(ctx, first)
    mine = {c.country_code for c in span.candidates}
    for o in others:
        if not o.is_cap or o.is_upper:
            continue
        if o.text not in grammar_nouns(ctx.lang) and (
            # a compound the lexicon lacks whole, no place's name, ends in a noun
            # ("X und Ostseeküsten", "X und Bundesrepubliken"; session 25)
            not ends_in_noun(o.text, ctx.lang) or ctx.spans_at.get(o.i)
        ):
            continue
        if o.i in ctx.span_tokens and not any(s.i == o.i and s.n == 1 for s in ctx.spans):
            continue  # a word of a longer name
        theirs = [c for s in ctx.spans_at.get(o.i, ()) if s.n == 1 for c in s.candidates]
        if not theirs:
            # a noun no place bears ("X und Tümpel"), unless a word for a place's
            # surroundings or settlements ("X und Umgebung", "X und Nachbarorte") or,
            # after a place preposition, a noun the phrase may share ("in X und
            # Ortsvorsteher")
            if not after_prep and o.fold not in lex.not_names and not _settlement_word(ctx, o):
                return True
            continue
        if all(_small_settlement(c, floor) for c in theirs) and not (
            {c.country_code for c in theirs} & mine
        ):
            return True
    return False


#: The kinds of a settlement or a municipality: GeoNames files many small municipalities
#: as second-level units beside their village ("Grane", a Norwegian municipality of 800).
_SETTLEMENT_KINDS = kinds_where("settlement")


def _regional_seat(ctx: Context, c: Candidate) -> bool:
    """``c`` is the seat of a first-level region of ``Weights.seat_region_population``
    people or more (``SeatsAPI.seat_of``): a canton's or a Land's capital is known by its
    name however small it is (a canton's capital whose name is also a plural), so a noun its name
    spells does not outweigh it; the seat of a municipality that a small country counts
    as its first level ("Eschen" in Liechtenstein) is not. Asked only where a
    bare-plural rule would read the noun."""
    gaz = ctx.gaz
    if c.kind != "city" or not c.id or not isinstance(gaz, SeatsAPI):
        return False
    floor = ctx.weights.seat_region_population
    for rid in gaz.seat_of(c.id):
        region = gaz.get(rid)
        if region is not None and (region.population or 0) >= floor:
            return True
    return False


def _small_settlement(c: Candidate, floor: int) -> bool:
    """A town or a second-level unit of fewer than ``floor`` people, or a first-level
    unit of a known population under it: a municipality that its country counts as its
    first level (Liechtenstein's, Slovenia's, Malta's; session 24), which German names
    after a bare plural no more than a village."""
    pop = c.population or 0
    if c.kind == "admin1":
        return 0 < pop < floor
    return c.kind in _SETTLEMENT_KINDS and pop < floor


#: How many words a relative clause after a name may have before its verb is looked for.
_RELATIVE_CLAUSE_WORDS = 12


def _plural_relative_after(ctx: Context, first: Token, prev: Token) -> bool:
    """After the word a comma, the relative pronoun "die" and a lower-case word, and
    the clause ends on a plural verb (``plural_verbs``): "von Truhen, die im Keller
    standen". A town's name is neuter and singular ("Tannen, das ...", "..., wo"), so
    the clause's subject is a plural noun, and with no capitalised word before the
    preposition ("kommt von X", or the preposition opening the sentence: the caller
    asks) the only noun it can refer to is the word itself. A noun before the
    preposition ("die Bewohner von X, die dort leben") may be what the clause is
    about: no evidence."""
    toks = ctx.tokens
    rel = next_token(toks, first)
    if rel is None or rel.sentence != first.sentence or rel.gap_before.strip() != ",":
        return False
    if rel.fold != "die" or not rel.text.islower():
        return False
    t = next_token(toks, rel)
    if t is None or t.sentence != rel.sentence or not t.text.islower():
        return False
    _, plural_verbs, _ = noun_cues(ctx.lang)
    for _ in range(_RELATIVE_CLAUSE_WORDS):
        u = next_token(toks, t)
        if u is None or u.sentence != t.sentence or u.gap_before.strip():
            return t.text.islower() and t.fold in plural_verbs
        t = u
    return False


def _joined_thing_noun(ctx: Context, span: Span, first: Token) -> bool:
    """Right after the word, "und", "oder" or a comma and then, with nothing between, a
    capitalised common noun of the lexicon (``grammar_nouns``) that is no word
    ``not_names`` holds ("Umgebung") and no place's kind, a settlement or a unit word in
    any inflection ("Gemeinden", "Nachbarorten", "Ortsteilen": the ``feature_heads``
    words at its end), and that names no place, or, being a noun of ``common_nouns``
    too, only places in other countries than every reading of the word: "bei Kisten und
    Fässern" joins two things, "in Tannen und Nachbarorten" a town and its neighbours,
    and two towns a list names together lie in one country ("in Eichen und Tannen")."""
    lex = ctx.lex
    other = _after_join(ctx, first)
    if (
        other is None
        or other.gap_before != " "
        or not other.is_cap
        or other.is_upper
        or not _noun_or_plural(other.text, ctx.lang)
        or other.fold in lex.not_names
        or other.i in ctx.span_tokens
    ):
        return False
    theirs = {c.country_code for s in ctx.spans_at.get(other.i, ()) for c in s.candidates}
    if other.i in ctx.single_tokens or theirs:
        if other.text not in common_nouns(ctx.lang):
            return False
        if not theirs or theirs & {c.country_code for c in span.candidates}:
            return False
    stem = other.fold.removesuffix("n").removesuffix("e").removesuffix("er")
    return not any(
        stem.endswith(h) or other.fold.endswith(h) for h in lex.feature_heads if len(h) >= 3
    )


#: The endings of German plurals the noun lexicon may lack, on a singular it holds:
#: "-s" on loanwords ("Lassos", "Kombis"), "-n" on weak and dative plurals
#: ("Benzinpumpen", "Schulhäusern").
_PLURAL_ENDINGS = ("s", "n")


def _noun_or_plural(word: str, lang: str) -> bool:
    """``word`` is a form of the noun lexicon (``grammar_nouns``) or a plural of one of
    its forms by an ending of ``_PLURAL_ENDINGS`` (the lexicon lists many nouns' common
    forms, not every plural and dative: "Benzinpumpen" of "Benzinpumpe", "Lassos" of "Lasso").
    Asked only of a word that names no place (:func:`_joined_thing_noun`), so a town
    whose name ends so ("Tannen") is not made a noun by it (issue 21, session 20)."""
    nouns = grammar_nouns(lang)
    if word in nouns:
        return True
    return any(
        len(word) > len(e) + 2 and word.endswith(e) and word[: -len(e)] in nouns
        for e in _PLURAL_ENDINGS
    )


def _home_town_named(ctx: Context, word: str, c: Candidate) -> bool:
    """A town of ``home_countries`` whose own name is the word, of
    ``Weights.noun_home_short_name_population`` people or more ("Lage" in Lippe,
    "Regen" in Bavaria): its country's readers know it, so a fixed phrase's frame alone
    does not take it away (:func:`_fixed_phrase_noun`)."""
    return (
        c.name == word
        and c.country_code in home_countries(ctx.lang)
        and (c.population or 0) >= ctx.weights.noun_home_short_name_population
    )


#: The opening of a word of an own name that qualifies the name before it: "Hall in
#: Tirol", "Fels am Wagram", "Neustadt an der Weinstraße".
_QUALIFIER_OPENING = re.compile(r"[a-zäöüß]")
#: A parenthesis of an own name: "Zürich (Kreis 2) / Enge".
_PARENTHESIS = re.compile(r"\([^()]*\)")


def _home_short_name(ctx: Context, word: str, c: Candidate) -> bool:
    """The word is the short name of a town of ``home_countries`` (where the text's
    language is spoken) of ``Weights.noun_home_short_name_population`` people or more:
    the part of its own name that its people and their newspapers use alone. That is
    the name before a lower-case qualifier ("Hall" for Hall in Tirol), after a regional
    adjective in ``-isch`` ("Hall" for Schwäbisch Hall, "Gmünd" for Schwäbisch Gmünd),
    or a quarter's name after the slash of a Swiss GeoNames name ("Enge" for "Zürich
    (Kreis 2) / Enge"). After a place preposition such a word is the town, however
    common the noun: "in Hall" reads no noun ("in der Halle" would). A smaller village
    ("Fels am Wagram", 1,600 people) is not prominent enough to outweigh the noun of a
    fixed phrase, and a word after a foreign name's article ("De Panne") is no short
    name."""
    if c.kind != "city" or (c.population or 0) < ctx.weights.noun_home_short_name_population:
        return False
    if c.country_code not in home_countries(ctx.lang):
        return False
    parts = _PARENTHESIS.sub(" ", c.name).split(" / ")
    for k, part in enumerate(parts):
        words = part.split()
        if word not in words:
            continue
        if k > 0 and words == [word]:
            return True  # the quarter after the slash
        if len(words) > 1 and words[0] == word and _QUALIFIER_OPENING.match(words[1]):
            return True
        if len(words) == 2 and words[1] == word and words[0].endswith("isch"):
            return True
    return False


def _unsupported_noun_village(ctx: Context, span: Span, d: Decision, pop: int) -> bool:
    """A word the language's noun lists hold (the rarer forms too: "Stege", "Schoten",
    "Röcken") whose readings are all small towns, in a verbless line, right after the
    word that opens it ("Erneut Stege beschädigt", "Auch Röcken betroffen", "Heute
    Regen, morgen Silo": German puts the finite verb second, so a capitalised word in
    its place means a headline's fragment, where nouns go without an article), with no
    place cue by it (the caller saw none: no place preposition, no dateline, no
    distance it is the subject of), no feature head, no preposition or article before
    it, no list it stands in and no known place beside it, in an article that names
    neither a reading's country nor a place near one. Nothing then supports the
    village: the noun is the reading. An article about the village's country or region,
    or a cue, keeps it (the earlier "small place unrelated" rule needs the article to
    name some place first); a word opening a sentence before its verb ("Ypern liegt
    ...") is the subject and no fragment."""
    w, lex, toks = ctx.weights, ctx.lex, ctx.tokens
    if not lex.profile.capitalises_nouns or span.n != 1 or d.head_kind is not None:
        return False
    first = toks[span.i]
    prev, nxt = prev_token(toks, first), next_token(toks, first)
    if prev is None or prev.sentence != first.sentence or first.gap_before != " ":
        return False
    if not (prev.sent_initial or prev.gap_before.strip()[:1] in _FRAGMENT_MARKS):
        return False  # no verbless line: mid-sentence the grammar rules decide
    if (
        prev.fold in lex.determiners
        or prev.fold in lex.place_prepositions
        or prev.fold in noun_prepositions(ctx.lang)
        or prev.fold in thing_prepositions(ctx.lang)
    ):
        return False  # "Gegen Heringen verlor ...": a preposition's phrase, no adverb
    if (
        nxt is not None
        and nxt.sentence == first.sentence
        and (nxt.fold in _joins(ctx) or nxt.gap_before.strip() == ",")
    ):
        return False  # "Auch Kuhlen und Lenzen betroffen": a list, the list rules decide
    return (
        pop < w.weak_population
        and first.text in grammar_nouns(ctx.lang)
        and _no_noun_outweighing_place(ctx, span)
        and not _beside_known_place(ctx, first, first)
    )


def _bare_plural_object(ctx: Context, span: Span, d: Decision) -> bool:
    """A German form written only as a plural (``plural_nouns``: "Tannen", "Hecken"),
    bare inside its sentence after a lower-case word or a common noun that is no
    article or preposition ("Die Kinder sammelten am Wochenende Hecken", "Man fand
    dort Erlen"), whose readings are all towns or second-level units under
    ``weak_population`` (:func:`_small_settlement`), with no feature head, no known
    place or settlement word joined to it (session 22).
    A town's name is singular and German writes a plural bare as an object, so with
    nothing for the village (the caller saw no place preposition, dateline or distance,
    and an article that names neither a reading's country nor a place near one) the
    noun is the reading. Left to other rules: a word opening its sentence, after a
    name, and a member of a list ("Evakuiert wurden auch X und Y": two villages of one
    country). Cost: a set look-up and two token looks per name the caller saw no cue
    for; a village so named as an object ("besuchten X") in an article about nothing
    near it is lost."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.profile.capitalises_nouns or span.n != 1 or d.head_kind is not None:
        return False
    first = toks[span.i]
    if first.sent_initial or first.is_upper or first.gap_before != " ":
        return False
    if first.text not in plural_nouns(ctx.lang):
        return False
    prev = prev_token(toks, first)
    if prev is None or prev.sentence != first.sentence or not prev.text.isalpha():
        return False
    if (
        prev.is_cap
        and (prev.sent_initial or prev.text not in common_nouns(ctx.lang))
        and not _after_closed_place_phrase(ctx, prev, first)
    ):
        return False  # after a name or a title: a person's or a place's name goes on
    if (
        prev.fold in lex.determiners
        or prev.fold in lex.place_prepositions
        or prev.fold in plural_prepositions(ctx.lang)
        or prev.fold in noun_prepositions(ctx.lang)
        or prev.fold in thing_prepositions(ctx.lang)
    ):
        return False  # a preposition's phrase: the preposition rules decide
    joins = _joins(ctx)
    after = _after_join(ctx, first)
    if prev.fold in joins or after is not None and (after.is_cap or after.fold in joins):
        # a list ("auch X und Y"): the list rules decide; a comma before a lower-case
        # word ends the clause ("In X fehlen Y, sagte ..."; session 26)
        return False
    floor = ctx.weights.weak_population
    return (
        all(_small_settlement(c, floor) for c in span.candidates)
        and not _beside_known_place(ctx, first, first)
        and not _joined_to_place_word(ctx, first)
        and not _located_by_next(ctx, span)
    )


def _noun_without_place_evidence(ctx: Context, span: Span, d: Decision) -> bool:
    """German, by evidence rather than by position (issue 21, session 31): a one-word
    name that the language's noun lists know (``grammar_nouns``: the frequent forms and
    the rarer ones, any case and number) whose readings are all settlements under
    ``weak_population`` (:func:`_small_settlement`) and none outweighing the noun
    (:func:`_no_noun_outweighing_place`) is the noun unless some evidence stands for
    the village. The caller saw none of the strong kind: no place preposition right
    before it, no dateline, no distance it is the subject of, and no place the article
    names within ``noun_village_near_km`` of a reading. Asked here: no feature head, no
    article or preposition of any kind right before it (an article's, a preposition's
    phrase is the other rules'; "das Spiel gegen X", "Partnerschaft mit X" name towns),
    no capitalised name or title before it (a person's name goes on), no verb of
    position after it ("X liegt ..."), no other name a place may bear in a list with it
    (the list rules decide: "Kuhlen und Glashütten feiern"), no settlement word joined to
    it, no "X bei Y", no region or unit the article names holding a reading
    (:func:`_named_area_holds`), no verb but a plural one right after it when it opens
    its sentence (a town's name opens a sentence as the subject of a singular verb: "X
    gibt sich gelassen"). Wherever else it stands -- an object after its verb
    ("verschüttete X", "soll X entwendet haben"), after a bare adjective ("über
    gestohlene X", "in neue X"), in a list of nouns no place bears -- the word is the
    noun.
    The verbless-line and plural-only rules before it (:func:`_unsupported_noun_village`,
    :func:`_bare_plural_object`) are special cases; a cue at another mention of the
    word in the article keeps the village there too (:func:`select`, one sense).
    Cost: a set look-up and a few token looks per name the caller saw no cue for."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.profile.capitalises_nouns or span.n != 1 or d.head_kind is not None:
        return False
    first = toks[span.i]
    if first.is_upper or first.text not in grammar_nouns(ctx.lang):
        return False
    prev, nxt = prev_token(toks, first), next_token(toks, first)
    if (
        first.sent_initial
        and nxt is not None
        and nxt.sentence == first.sentence
        and nxt.gap_before == " "
        and nxt.text.islower()
        and nxt.fold not in noun_cues(ctx.lang)[1]
        and nxt.fold not in _joins(ctx)
        and nxt.fold not in phrase_lexicon(ctx.lang).prepositions
    ):
        # a word opening its sentence before a verb that is not plural is its subject
        # ("X gibt sich gelassen"): a town's name is singular
        return False
    if prev is not None and prev.sentence == first.sentence and first.gap_before == " ":
        if (
            prev.fold in lex.determiners
            or prev.fold in lex.place_prepositions
            or prev.fold in phrase_lexicon(ctx.lang).prepositions
            or prev.fold in noun_prepositions(ctx.lang)
            or prev.fold in thing_prepositions(ctx.lang)
        ):
            return False
        if (
            prev.is_cap
            and (
                prev.sent_initial
                # a noun of the lexicon or a compound ending in one ends its phrase ("in
                # Kleingärten X aufgebrochen"); another capitalised word may be a name's
                or prev.text not in common_nouns(ctx.lang)
                and not ends_in_noun(prev.text, ctx.lang)
            )
            # a known place ends its phrase before a lower-case word ("in der
            # Steiermark X gefällt")
            and not (prev.i in ctx.single_tokens and nxt is not None and nxt.text.islower())
        ):
            return False
    if nxt is not None and nxt.sentence == first.sentence and nxt.fold in lex.position_verbs:
        return False
    return _village_unsupported(ctx, span, first)


def _village_unsupported(ctx: Context, span: Span, first: Token) -> bool:
    """The evidence test of :func:`_noun_without_place_evidence` and
    :func:`_noun_after_complement`, once the grammar around the word has made it a
    noun's place: every reading is a small settlement that does not outweigh the noun,
    and nothing in the article stands for the village -- no other name a place may bear
    listed with it (the list rules decide: "Kuhlen und Glashütten feiern"), no known
    place beside it, no settlement word joined to it, no "X bei Y", no region or unit
    the article names holding a reading."""
    mates, _ = _list_mates(ctx, first)
    if any(m.is_cap and (m.i in ctx.single_kind or m.i in ctx.span_tokens) for m in mates):
        # a list with another name a place may bear ("Kuhlen und Glashütten feiern"):
        # the list rules decide; a list of nouns no place bears goes on
        return False
    w = ctx.weights
    own = statics(ctx, span).own_name
    return (
        # a town bearing the word under its own name or a spelling of it is a village
        # under ``weak_population``; one bearing it only as another name ("Maroni" for
        # Moroni) weighs as :func:`_no_noun_outweighing_place` says
        all(
            _small_settlement(c, w.weak_population)
            or c.kind == "city"
            and c.id not in own
            and not spelling_of(span.key, c.name, w.spelling_ratio)
            for c in span.candidates
        )
        and _no_noun_outweighing_place(ctx, span)
        and not _beside_known_place(ctx, first, first)
        and not _joined_to_place_word(ctx, first)
        and not _located_by_next(ctx, span)
        and not _named_area_holds(ctx, span)
    )


def _noun_after_complement(ctx: Context, span: Span, d: Decision, prev: Token | None) -> bool:
    """German (issue 21, session 32): a one-word name of the noun lists
    (``grammar_nouns``) right after a preposition of ``complement_prepositions`` ("von",
    "über", "für", "an", "auf"; not "mit" or "gegen": "Partnerschaft mit X", "Spiel gegen
    X" name a town's partner) that itself follows a common noun of a thing
    (:func:`_thing_noun`): the preposition opens that noun's complement ("ein Gesetz
    über X", "Exporte von X", "mehr Geld für X"), which names a topic, an owner or a
    material as often as a town, so the preposition is no place cue. The word is the
    noun unless the article stands for the village as :func:`_village_unsupported`
    asks (a place named close by, a region holding it, "X bei Y" ...; the caller asks for
    no place within ``noun_village_near_km``, no dateline and no distance). A noun that
    says place or person before the preposition keeps the town: an office ("der
    Bürgermeister von X" is the municipal phrase's, a feature head), a settlement word
    ("ein Vorort von X"), a body or title ("die Polizei von X", "Trainer von X"), a sport
    or travel word ("die Fahrt über X"); so does a route ("von X
    nach Y"). Cost: three token looks per name after such a preposition."""
    toks, lex = ctx.tokens, ctx.lex
    if not lex.profile.capitalises_nouns or span.n != 1 or d.head_kind is not None:
        return False
    first = toks[span.i]
    if (
        prev is None
        or first.is_upper
        or first.gap_before != " "
        or first.text not in grammar_nouns(ctx.lang)
        or prev.sentence != first.sentence
        or not prev.text.islower()
        or prev.gap_before != " "
        or prev.fold not in complement_prepositions(ctx.lang)
    ):
        return False
    head = prev_token(toks, prev)
    if head is None or head.sentence != first.sentence or not _thing_noun(ctx, head):
        return False
    lead = prev_token(toks, head)
    for _ in range(2):  # the preposition, or an article and the preposition before it
        if lead is None or lead.sentence != head.sentence:
            break
        if lead.fold in lex.place_prepositions or lead.fold in lex.phrase_openers:
            # the noun stands in a phrase of place ("in der Nähe von X", "im Norden von
            # X", "vor der Ausfahrt von X"): its complement places it
            return False
        if lead.fold not in lex.determiners:
            break
        lead = prev_token(toks, lead)
    nxt = next_token(toks, first)
    after = next_token(toks, nxt) if nxt is not None else None
    if (
        nxt is not None
        and after is not None
        and after.sentence == first.sentence
        and nxt.fold in lex.place_prepositions
        and nxt.text.islower()
        and (after.is_cap or after.fold in lex.determiners)
    ):
        # "von X nach Y", "über X in der Pfalz": a way, or a place placed; a verb's
        # particle closing the clause ("kündigte mehr Geld für X an") is neither
        return False
    return _village_unsupported(ctx, span, first)


def _thing_noun(ctx: Context, t: Token) -> bool:
    """``t`` is a common noun (a form of the noun lists or a compound ending in one) that
    names no place, person, body or way: not a settlement or feature word, not a title,
    role, office, organisation, body of a town, sport or travel word of the lexicon, nor
    a compound ending in one ("Oberbürgermeister", "Landespolizei")."""
    lex, lang = ctx.lex, ctx.lang
    if not t.is_cap or t.is_upper:
        return False
    if t.text not in grammar_nouns(lang) and not ends_in_noun(t.text, lang):
        return False
    if t.i in ctx.single_tokens:
        return False  # a known place's name, no noun
    if any(
        s == h or s.endswith(h) and len(h) >= _COMPOUND_HEAD
        for s in _stems(t.fold)
        for h in lex.feature_heads
    ):
        # a settlement or feature word ("Vorort", "Gemeinden"), as a compound's head only
        # when long enough to be no other word's ending ("Exporte" ends in "ort")
        return False
    return not _kind_word(ctx, t, _people_or_ways(lex, lang), capital=True)


#: :func:`_people_or_ways` per lexicon object and language (the lexicon kept alive beside
#: its words, so that an id is never reused while its entry stands).
_PEOPLE_OR_WAYS: dict[tuple[int, str], tuple[PlaceLexicon, frozenset[str]]] = {}


def _people_or_ways(lex: PlaceLexicon, lang: str) -> frozenset[str]:
    """The words of a noun that names a place's people, parts or ways, a person, a body or
    a way (:func:`_thing_noun`), united once per lexicon and language, not per name."""
    got = _PEOPLE_OR_WAYS.get((id(lex), lang))
    if got is None or got[0] is not lex:
        words = (
            lex.person_titles
            | place_relation_nouns(lang)
            | apposition_roles(lang)
            | municipal_heads(lang)
            | organisation_heads(lang)
            | lex.home_body_heads
            | frozenset(lex.town_adjective_nouns)
            | lex.travel_nouns
            | lex.border_words
            | team_words(lang)[2]
        )
        got = _PEOPLE_OR_WAYS[(id(lex), lang)] = (lex, words)
    return got[1]


#: The kinds of area whose naming in an article is evidence for a village it holds: the
#: units and regions (the model's ``admin_unit`` kinds).
_HOLDING_KINDS = kinds_where("admin_unit")


def _named_area_holds(ctx: Context, span: Span) -> bool:
    """The article names a region, a first- or second-level unit (of a radius up to
    ``Weights.holding_area_max_km``) within whose radius a reading of ``span`` lies ("Im
    Allgäu hat X einen neuen Bürgermeister": the Allgäu holds the village X): evidence for
    the village as a place the article names close by is (session 31). The areas are
    gathered once an analysis (``Memo.areas``); a person's words name none. Cost: one
    pass over the spans an analysis, then a distance per area and reading."""
    areas = ctx.memo.areas
    if areas is None:
        reach = ctx.weights.holding_area_max_km
        found = []
        for s in ctx.spans:
            b = s.candidates[0]
            if (
                b.kind in _HOLDING_KINDS
                and b.radius_km
                and b.radius_km <= reach
                and not any_in(ctx.person_idx, s.i, s.j)
            ):
                found.append((b.lat, b.lon, b.radius_km))
        # each area once: an archive names the same regions again and again, and every
        # noun-village asks all of them
        areas = ctx.memo.areas = tuple(dict.fromkeys(found))
    return any(
        haversine_km(c.lat, c.lon, lat, lon) <= radius
        for lat, lon, radius in areas
        for c in span.candidates
    )


def _plural_listed_with_lower_noun(ctx: Context, span: Span) -> bool:
    """English: a one-word name in ``-s`` joined by "and" or "or" to a lower-case plural
    noun in ``-s`` of the English lexicon that is no settlement word ("Mills and mines
    closed", "Oaks and elms fell", not "Boston and nearby towns", "Leeds and surrounding
    areas", "Athens and suburbs"): a list holds words of one kind, so where the word is
    a common word capitalised only by its place (:func:`_opening_common_word` asks
    that), a town of the article's country gets no coherence from it (session 26)."""
    toks, lex = ctx.tokens, ctx.lex
    first = toks[span.i]
    if span.n != 1 or not first.fold.endswith("s") or first.fold.endswith("ss"):
        return False
    sep = next_token(toks, first)
    if sep is None or sep.fold not in _joins(ctx) or sep.gap_before != " ":
        return False
    mate = next_token(toks, sep)
    return (
        mate is not None
        and mate.sentence == first.sentence
        and mate.gap_before == " "
        and mate.text.isalpha()
        and mate.text.islower()
        and mate.fold.endswith("s")
        and not mate.fold.endswith("ss")
        and mate.fold not in lex.not_names
        and not _settlement_word(ctx, mate)
        and english_plural_noun(mate.fold)
    )


def _after_closed_place_phrase(ctx: Context, prev: Token, first: Token) -> bool:
    """``prev`` is a known place (``single_tokens``: a country, a region, a big city)
    right after a lower-case place preposition, and a lower-case word follows ``first``
    ("das Museum in Dresden X geschenkt"): the preposition's phrase ends at the place, so
    ``first`` starts the next phrase and continues no name (session 26)."""
    toks = ctx.tokens
    before, nxt = prev_token(toks, prev), next_token(toks, first)
    return (
        prev.i in ctx.single_tokens
        and before is not None
        and before.sentence == prev.sentence
        and before.text.islower()
        and before.fold in ctx.lex.place_prepositions
        and nxt is not None
        and nxt.sentence == first.sentence
        and nxt.gap_before == " "
        and nxt.text.islower()
    )


def _opening_common_word(ctx: Context, span: Span, d: Decision, z: float) -> bool:
    """English: a frequent word (Zipf ``Weights.opening_common_zipf`` or more in lower
    case) capitalised only by its position, opening its sentence or the lede after a
    dateline (:func:`~geomap.geoparse._evidence.opens_lede`: "MUNICH - Police in
    Freising said", session 29) or standing in a title-cased line ("Bark was high on the
    agenda", "Angles were measured", "Why Bamboo Matters More Than Ever"), that the
    English lexicon holds as a common word
    (:func:`~geomap.geoparse._wordlists.english_common_word`: wordfreq counts a town's
    name as often as a word, "Decatur" 3.2) and whose readings are all towns under
    ``small_town`` or bear it only as an untagged other name (session 19). A capital
    there marks no name, so nothing is left to say the word is
    a town: the caller saw no place cue by it (a preposition, a dateline, a distance)
    and an article that names neither a reading's country nor a place near one. A
    feature head beside it, an all-capitals word, a name of several words, a capitalised
    word after it opening a sentence ("Mayo County Council said"), and a town of the
    article's country keep the reading ("Bend was hit by snow" in an article about
    Oregon)."""
    w, toks = ctx.weights, ctx.tokens
    if ctx.lex.profile.capitalises_nouns or span.n != 1 or d.head_kind is not None:
        return False
    first = toks[span.i]
    if (
        first.is_upper
        or z < w.opening_common_zipf
        and not _plural_before_verb(ctx, first)
        and not _written_lower_elsewhere(ctx, first)
    ):
        return False
    if not on_title_cased_line(ctx, first):
        nxt = next_token(toks, first)
        opening = first.sent_initial or opens_lede(ctx, first)
        if not opening or nxt is not None and nxt.is_cap and not nxt.sent_initial:
            return False
    # a bigger town counts only when it bears the word under another name alone (an
    # untagged other name: "Torn" for Toruń in "Fences Torn Down As Storm Hits X")
    if not all(
        c.kind == "city" and ((c.population or 0) < w.small_town or not _bears_word(ctx, span, c))
        for c in span.candidates
    ):
        return False
    return english_common_word(first.fold)


def _written_lower_elsewhere(ctx: Context, first: Token) -> bool:
    """English: the article writes ``first``'s word in lower case somewhere ("Shares of
    lumber mills fell ... Mills in Oregon cut output", "Sawmills and pulp plants ...
    sawmills"): a common word, capitalised here only by its place, for a town's name is
    never so written (session 31). The lower-case words are gathered once an analysis
    (``Memo.lower_words``). Cost: one pass over the tokens an analysis, then a set
    look-up."""
    words = ctx.memo.lower_words
    if words is None:
        words = ctx.memo.lower_words = frozenset(
            t.fold for t in ctx.tokens if t.text.isalpha() and t.text.islower()
        )
    return first.fold in words


def _plural_before_verb(ctx: Context, first: Token) -> bool:
    """English: ``first`` is a plural noun of the English lexicon right before a plural
    verb of ``opening_plural_verbs`` ("Lattes are everywhere now"): a town's name takes a
    singular verb, so the word's rarity says nothing (session 27)."""
    nxt = next_token(ctx.tokens, first)
    return (
        nxt is not None
        and nxt.gap_before == " "
        and nxt.text.islower()
        and nxt.fold in opening_plural_verbs(ctx.lang)
        and english_plural_noun(first.fold)
    )


#: Marks before a word that opens a fragment of a verbless line ("Heute Regen, morgen
#: X", "Erneut Sturm – jetzt X").
_FRAGMENT_MARKS = (",", ":", ";", "–", "—", "-")


def near_anchor(ctx: Context, cands: Sequence[Candidate], km: float | None = None) -> bool:
    """Some reading lies within ``km`` (default ``Weights.coherence_km``) of an anchor;
    memoised by the readings and the reach (the anchors are fixed for the analysis), so a
    repeated name costs one distance computation."""
    if not ctx.anchor_points:
        return False
    reach = ctx.weights.coherence_km if km is None else km
    key = (*map(id, cands), reach)
    got = ctx.memo.near.get(key)
    if got is None:
        got = ctx.memo.near[key] = bool((min_km_many(cands, ctx.anchor_array) < reach).any())
    return got


def select(ctx: Context, spans: Sequence[Span], focus: Votes) -> list[Decision]:
    """The accepted spans, longest first where they overlap; a rejected long span blocks
    nothing, except a person or street name."""
    decisions = [decide(ctx, s, focus) for s in spans]
    kept = {d.span.key for d in decisions if d.accepted}
    for d in decisions:
        if not d.accepted and d.reason in (OTHER_NAME, NOUN_NO_EVIDENCE) and d.span.key in kept:
            # one name, one sense in an article: a small town's other name that stood
            # once with its cue ("camps near Zalingei") stands without one too
            # ("Zalingei itself lies ...")
            d.accepted, d.reason = True, ""
    one_word = {d.span.i: d for d in decisions if d.span.n == 1}
    in_names = {
        i for d in decisions if d.accepted and d.span.n > 1 for i in range(d.span.i, d.span.j + 1)
    }
    for d in sorted(decisions, key=lambda d: d.span.start):
        # in text order, so a list's later members follow its first ("viele X, Y und Z")
        if d.accepted and _listed_with_rejected_noun(ctx, d, one_word, in_names):
            d.accepted, d.reason = False, "German noun listed with a noun"
    order = sorted(decisions, key=lambda d: (-d.span.n, d.span.start))
    taken: set[int] = set()
    chosen: list[Decision] = []
    for d in order:
        rng = set(range(d.span.i, d.span.j + 1))
        if rng & taken:
            continue
        if d.accepted:
            chosen.append(d)
            taken |= rng
        elif d.reason in BLOCKING_REASONS and d.span.n > 1:
            taken |= rng
    chosen.sort(key=lambda d: d.span.start)
    return chosen


def split_repeats(spans: list[Span], limit: int) -> tuple[list[Span], list[Span]]:
    """The spans to weigh, and the mentions of a name past its ``limit``-th (in document
    order), which are not weighed again."""
    seen: Counter[str] = Counter()
    keep: list[Span] = []
    repeats: list[Span] = []
    for sp in spans:
        k = sp.key
        seen[k] += 1
        (keep if seen[k] <= limit else repeats).append(sp)
    return keep, repeats


def repeat_decisions(
    ctx: Context,
    repeats: list[Span],
    chosen: list[Decision],
    ranked: dict[int, Ranked],
    decide_one: Callable[[Span], Decision],
) -> list[Decision]:
    """Decisions for the mentions past a name's ``Weights.max_ranked_mentions``-th: each
    takes the outcome of the name's last weighed mention with the same cues
    (:func:`~geomap.geoparse._evidence.cues`: accepted or rejected, and its reading).
    One with cues not seen before is decided on its own (``decide_one``, no ranking)
    and, if it is a place, takes the reading of the name's last chosen mention (one
    sense per article). An accepted one joins that reading list (``ranked``, updated)
    and, like :func:`select`, yields to longer names and does not overlap a chosen
    name."""
    chosen_ids = {id(d.span): d for d in chosen}
    by_cues: dict[tuple[object, ...], Span] = {}
    last_chosen: dict[str, Decision] = {}
    for sp in ctx.spans:  # document order: the last one with the cues wins
        by_cues[cues(ctx, sp)] = sp
    for d in chosen:
        last_chosen[d.span.key] = d
    taken = {k for d in chosen for k in range(d.span.i, d.span.j + 1)}
    out: list[Decision] = []
    for sp in sorted(repeats, key=lambda s: (s.i - s.j, s.start)):  # longest first
        rep = by_cues.get(cues(ctx, sp))
        model: Decision | None
        if rep is not None:
            model = chosen_ids.get(id(rep))
            if model is None:
                continue
            d = Decision(sp, True, "", model.head_kind, model.dateline)
        else:
            d = decide_one(sp)
            model = last_chosen.get(sp.key)
            if not d.accepted or model is None:
                continue
        if any_in(taken, sp.i, sp.j):
            continue
        taken.update(range(sp.i, sp.j + 1))
        ranked[id(d)] = ranked[id(model)]
        out.append(d)
    out.sort(key=lambda d: d.span.start)
    return out
