"""Events: the word lists, read once per language from the lexicons.

``_lexicon(lang)`` turns ``geomap/lexicons/events_<lang>.toml`` (and the phrase and place
lexicons) into a :class:`_Lexicon`: triggers with their type and kind, carriers, the word
classes of ``[grammar]`` and the glob patterns that match them (``_Glob``, remembered per word).
It also holds the event taxonomy (``EVENT_TYPES``) and the constants every later step
shares. It is separate because it decides no sentence: everything above it reads text with
these words, and nothing here reads a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from operator import attrgetter
from typing import Any, TypeVar, overload

from geomap.events._timeexpr import events_toml
from geomap.lexicons import (
    language_profile,
    phrase_lexicon,
    present_of_past,
    supported,
    with_forms,
)
from geomap.model import kinds_where

# The types a trigger can give (``Event.type``); "other" is reserved for callers. Besides the
# first six, the names of the taxonomy in docs/events.md (ACLED event types, EM-DAT hazards,
# accidents, elections, courts); ``strike`` and ``impact`` are ACLED's
# ``explosion_remote_violence``.
EVENT_TYPES = (
    "travel",
    "meeting",
    "launch",
    "strike",
    "impact",
    "statement",
    "battle",
    "violence_against_civilians",
    "protest",
    "riot",
    "strategic_development",
    "disaster",
    "accident",
    "election",
    "court",
    "other",
)

# Confidence of an event by the kind of its trigger, and the factor for reported speech.
_BASE_CONFIDENCE = {"verb": 0.8, "noun": 0.65, "weak": 0.4}
_REPORTED_FACTOR = 0.75
_NO_PLACE_PENALTY = 0.1
# How far (in sentences) a continuing clause may follow the event it adds to, and how far
# back a noun such as "Raumfahrtzentrum" may point to a place named before.
_CONTINUATION_GAP = 2
# An event with no time of its own shares the day of the event before it when both are in the
# same paragraph, or at most this many sentences apart and related (wire copy has one-sentence
# paragraphs).
_CONTEXT_SENTENCES = 2
# Event types that make things fall: an impact right after one is its consequence.
_THROWS = ("launch", "strike")
_BACK_REFERENCE_SENTENCES = 6
# Tokens between a place preposition and the place it introduces ("im modernsten
# Raumfahrtzentrum", "von der Ostküste").
_CUE_WINDOW = 5
# A verb of saying takes a place this many tokens after it at most ("sagte am Montag in Rom").
_WEAK_PLACE_WINDOW = 5
_ACTOR_PLACE_KINDS = kinds_where("actor")
# How far before a clause (characters) a verb of denial is looked for.
_DENIAL_REACH = 120
_QUOTES = '"„“”«»'
_NON_LETTERS = re.compile(r"[\W\d_]+")
_QUOTE_OR_BREAK = re.compile(f"[{_QUOTES}]|\n(?=\n)")
# A short capitalised name in quotation marks, one to three words: a name, not a quote.
_QUOTED_NAME = re.compile(r"[\"„“«»][^\W\d_][\w'’-]{0,20}(?: [^\W\d_][\w'’-]{0,20}){0,2}[\"“”«»]")
# Lower-case particles fused into a name: "al-Assad", "bin-Salman", "van-Dijk".
_NAME_PREFIX = re.compile(r"^(?:al|el|ad|as|bin|ibn|abu|da|de|di|van|von|ul)-[A-Z]")
# Words that continue an event noun in a time phrase: "vor dem Treffen von Kim und Putin".
_EVENT_COMPLEMENT = frozenset({"von", "of", "und", "and", "mit", "with", "zwischen", "between"})
# Clauses of the same sentence looked at for a frame ("teilte ... mit") or a time phrase.
_NEIGHBOURS = 3
# A token's text and case-folded text, read in C over a whole clause (set tests per clause)
_TEXT = attrgetter("text")
_END = attrgetter("end")
_FOLD = attrgetter("fold")
# Longer "clauses" are cut into windows of this many tokens (see _clauses).
_MAX_CLAUSE_TOKENS = 80


# ---------------------------------------------------------------------------------------
# lexicon


GLOB_MEMO_SIZE = 50_000  # words remembered per pattern set
_V = TypeVar("_V")
_F = TypeVar("_F", bound=Callable[..., Any])


class _Once(cached_property[_V]):
    """``functools.cached_property`` without its lock: the value is worked out and put in the
    instance's ``__dict__`` (which answers every later read, as with ``cached_property``).
    Python 3.11 takes a re-entrant lock for each first read (3.12 dropped it); the events
    read a clause's tokens, quotation and offsets first about 20,000 times per LGL pass,
    in one thread."""

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> _Once[_V]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> _V: ...

    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value  # type: ignore[index]
        return value


class _Later(Sequence[_V]):
    """A list worked out when first read (its items depend on nothing that changes before
    then): for a reader's argument that most calls never look at."""

    __slots__ = ("_make", "_items")

    def __init__(self, make: Callable[[], list[_V]]) -> None:
        self._make: Callable[[], list[_V]] | None = make
        self._items: list[_V] = []

    def _list(self) -> list[_V]:
        if self._make is not None:
            self._items = self._make()
            self._make = None
        return self._items

    @overload
    def __getitem__(self, index: int) -> _V: ...

    @overload
    def __getitem__(self, index: slice) -> list[_V]: ...

    def __getitem__(self, index: int | slice) -> _V | list[_V]:
        return self._list()[index]

    def __len__(self) -> int:
        return len(self._list())

    def __iter__(self) -> Iterator[_V]:
        return iter(self._list())

    def __reversed__(self) -> Iterator[_V]:
        return reversed(self._list())

    def __bool__(self) -> bool:
        return bool(self._list())


class _Answers(dict[str, _V]):
    """``answer(word)`` remembered: a missing word is answered and kept, at most
    ``GLOB_MEMO_SIZE`` words (then the memory starts again)."""

    def __init__(self, answer: Callable[[str], _V]) -> None:
        super().__init__()
        self._answer = answer

    def __missing__(self, word: str) -> _V:
        got = self._answer(word)
        if len(self) >= GLOB_MEMO_SIZE:
            self.clear()
        self[word] = got
        return got


class _Glob:
    """Single-token glob patterns ("*angriff*", "feuert*"), case-insensitive.

    Most patterns are a word, a prefix, a suffix or an infix, tested with set look-ups and
    ``startswith``/``endswith``/``in``: a regex alternation of hundreds of ``\\w*`` globs
    backtracks on long tokens, and every token of every text goes through these.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(patterns)  # as written: a union of globs is one glob of them
        exact: set[str] = set()
        prefixes: list[str] = []
        suffixes: list[str] = []
        infixes: list[str] = []
        other: list[str] = []
        for raw in self.patterns:
            p = raw.casefold()
            inner = p.strip("*")
            if "*" not in p:
                exact.add(p)
            elif "*" in inner:
                other.append(re.escape(p).replace(r"\*", r"\w*"))
            elif p.startswith("*") and p.endswith("*"):
                infixes.append(inner)
            elif p.endswith("*"):
                prefixes.append(inner)
            else:
                suffixes.append(inner)
        self.exact = frozenset(exact)
        self.prefixes = tuple(prefixes)
        self.suffixes = tuple(suffixes)
        self.infixes = tuple(infixes)
        self.other = re.compile(rf"^(?:{'|'.join(other)})$") if other else None
        # a glob of whole words only: its case-folded words, which a caller may test a
        # word's fold against directly (no remembered answer per new word); else None
        self.plain = None if prefixes or suffixes or infixes or other else self.exact
        # the same words recur across a text and a corpus: the answers are remembered
        # (bounded), and a remembered one is a dictionary look-up in C, with no Python
        # frame (half a million matches per pass over LGL)
        self.match: Callable[[str], bool] = _GlobAnswers(self).__getitem__

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes or self.suffixes or self.infixes or self.other)

    def any_in(self, words: Iterable[str]) -> bool:
        """Does any of ``words`` match? A glob of whole words only is one set test in C over
        the folded words, with no remembered answer per new word (a check's first pass
        answers every word of every clause it asks about); any other is asked per word."""
        if not (self.prefixes or self.suffixes or self.infixes or self.other):
            return not self.exact.isdisjoint(map(str.casefold, words))
        return any(map(self.match, words))


class _GlobAnswers(dict[str, bool]):
    """A glob's remembered answers (``_Glob.match``): does the case-folded word equal a
    pattern, start or end with one, hold one or match an inner-star one? Like
    :class:`_Answers`, with the answer worked out in ``__missing__`` itself: one Python
    frame per new word instead of two. A process's first pass over a corpus answers each
    new word for each glob that reads it (about 220,000 answers over LGL's 588
    documents), and the frames were most of what those answers cost."""

    def __init__(self, glob: _Glob) -> None:
        super().__init__()
        # one attribute read per new word (an attribute of a dict's subclass is read
        # slowly), the empty tests as None
        self.tests = (
            glob.exact,
            glob.prefixes or None,
            glob.suffixes or None,
            glob.infixes or None,
            glob.other,
        )

    def __missing__(self, word: str) -> bool:
        exact, prefixes, suffixes, infixes, other = self.tests
        t = word.casefold()
        got = (
            t in exact
            or (prefixes is not None and t.startswith(prefixes))
            or (suffixes is not None and t.endswith(suffixes))
            or (infixes is not None and any(i in t for i in infixes))
            or (other is not None and other.match(t) is not None)
        )
        if len(self) >= GLOB_MEMO_SIZE:
            self.clear()
        self[word] = got
        return got


def _glob(patterns: Sequence[str]) -> _Glob:
    return _Glob(patterns)


def _phrases(entries: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The entries of a lexicon list written as several words (``port city``), each as its
    case-folded words; the one-word entries are a glob's (:func:`_glob`)."""
    return tuple(tuple(w.casefold().split()) for w in entries if " " in w.strip())


def _any_of(globs: Iterable[_Glob]) -> _Glob:
    """One glob matching what any of ``globs`` matches: one remembered answer per word
    instead of a try of each."""
    return _Glob([p for g in globs for p in g.patterns])


class _GlobIndex:
    """Which of many globs match a word, found by dictionary probes rather than by trying
    each glob: a word is looked up whole, by each prefix length and each suffix length the
    globs use; only infix and inner-star globs are tried one by one. The answer is the
    same as ``[k for k, g in enumerate(globs) if g.match(word)]``."""

    def __init__(self, globs: Sequence[_Glob]) -> None:
        self.exact: dict[str, list[int]] = {}
        self.prefixes: dict[str, list[int]] = {}
        self.suffixes: dict[str, list[int]] = {}
        self.rest: list[tuple[int, _Glob]] = []
        for k, g in enumerate(globs):
            for e in g.exact:
                self.exact.setdefault(e, []).append(k)
            for pre in g.prefixes:
                self.prefixes.setdefault(pre, []).append(k)
            for suf in g.suffixes:
                self.suffixes.setdefault(suf, []).append(k)
            if g.infixes or g.other is not None:
                self.rest.append((k, g))
        self.prefix_lengths = sorted({len(p) for p in self.prefixes})
        self.suffix_lengths = sorted({len(p) for p in self.suffixes})

    def lookup(self, word: str) -> list[int]:
        """The indices of the globs matching ``word``, in order."""
        t = word.casefold()
        hits = set(self.exact.get(t, ()))
        for n in self.prefix_lengths:
            if n > len(t):
                break
            hits.update(self.prefixes.get(t[:n], ()))
        for n in self.suffix_lengths:
            if n > len(t):
                break
            hits.update(self.suffixes.get(t[-n:], ()))
        hits.update(k for k, g in self.rest if g.match(word))
        return sorted(hits)


@dataclass(frozen=True)
class _Trigger:
    type: str
    pos: str  # verb | noun | weak
    words: tuple[_Glob, ...]  # one pattern per word; later words are particles
    text: str
    sub_kind: str | None = None
    particle_before: bool = False  # "<grund gelaufen": the particle stands before the verb
    # "schoss* >auf": the later word is a preposition that opens the verb's object, not a
    # separable particle: it stands anywhere after the verb in its part of the clause
    # ("schoss am Montag auf Demonstranten in X"), never at its end
    preposition: bool = False

    @property
    def first(self) -> tuple[str, ...]:
        """The glob of the first word, as written in the lexicon."""
        return (self.text.split()[0],)


@dataclass(frozen=True)
class _Carrier:
    """Words that only say that something happened (``struck``, ``traf``, ``exploded``): the
    noun that did it gives the kind (an earthquake struck, a missile struck)."""

    words: _Glob
    kinds: tuple[tuple[str, str | None, _Glob], ...]  # (type, sub-kind, nouns)
    # (type, sub-kind, place kinds): a resolved place of such a kind as the carrier's
    # subject gives the kind ("@mountain" in the lexicon: "Der <Vulkan> ist ausgebrochen")
    place_kinds: tuple[tuple[str, str | None, frozenset[str]], ...] = ()
    # only a noun after the word gives the kind (``after = true``: its object, "closed the
    # border"; "the crossing had reopened" is how things stand, not an act)
    after_only: bool = False
    # only a noun before the word gives the kind (``before = true``: its subject, "a stage
    # collapsed"; "the talks collapsed at a late stage" names no stage that fell; session 12)
    before_only: bool = False
    # the verbs that make the word a state, not an act, anywhere before it in its clause
    # (``unless``: "die Grenzübergänge seien geschlossen" is how things stand; "seien ...
    # geschlossen worden" is an act again)
    unless: frozenset[str] = frozenset()
    # words of several tokens (``ging* unter``): the first is in ``words``, the rest must
    # stand as a trigger's particle does (the clause's end in German); a word matching only
    # a phrase's first word carries nothing without the rest (``ging`` alone, ``ging ...
    # nieder`` are another carrier's)
    phrases: tuple[_Trigger, ...] = ()
    singles: _Glob | None = None
    # the nouns of its kinds that are events themselves though no trigger alone (``names``:
    # "fire" is also "opened fire", "under fire"): as the carrier's subject they name the
    # event, as a trigger noun does ("A fire broke out at a factory": the fire, not "broke";
    # "Prisoners broke out" keeps the verb). Session 14 (h-even).
    names: _Glob | None = None
    # the words one of which must stand right before its noun, past an article and an
    # adjective (``prepositions``: "versammelten sich vor dem Rathaus" is a crowd outside a
    # seat of power, a protest; "versammelten sich im Rathaus" is a session). Session 17.
    prepositions: frozenset[str] = frozenset()
    # the nouns that, anywhere in its clause, give the word another sense (``not_with``:
    # "Im Stall brannte noch Licht" is a lamp alight, no fire). Session 22 (h22-evde).
    not_with: _Glob | None = None
    # the nouns one of which must stand in its clause (``needs``: a vehicle, "ein Lastwagen
    # ist in einen Markt gefahren"; "Händler fuhren in den Supermarkt" went shopping).
    # Session 24 (h24-mend).
    needs: _Glob | None = None
    # the words none of which may stand right before its noun, past an article and an
    # adjective (``not_after``: the noun is its subject, not where it happened: "ein Gerüst
    # brach zusammen" is an accident, "auf der Brücke brach der Verkehr zusammen" none).
    # Session 22 (h22-trig).
    not_after: frozenset[str] = frozenset()
    # only the subject of its passive gives the kind (``passive = true``: "A village chief
    # was shot in X", what was done to whom; "The film was shot in X" names no such noun,
    # and an active "shot" reads nothing here). Session 24, round 2 (h24-even).
    passive_only: bool = False
    # only the doer gives the kind (``doer = true``): the subject of the active, the noun
    # after ``by`` of a passive ("A bus hit a pedestrian", "A pedestrian was hit by a bus";
    # "A bus was hit by a missile" names no bus that did it). Session 25 (h25-even).
    doer_only: bool = False
    # ``fallback = true``: the block's nouns give a kind only when no other block's noun in
    # the clause gave one ("A bus carrying hikers plunged": the bus, a road accident; "A
    # hiker plunged": the hiker's fall). Session 26 (h26-evplace2).
    fallback: bool = False
    # ``names`` after the word too (``names_after = true``): the subject a German verb of
    # happening has after it ("Am Montag ereignete sich in X ein Zusammenstoß": the
    # Zusammenstoß). Session 25, round 2 (h25-evwords).
    names_after: bool = False
    # the nouns that, as the word's object, give it another sense (``not_object``: right
    # after it past an article and one word, no preposition between: "The new car hit the
    # market", a product on sale; "A car hit a pedestrian near a market" is a crash).
    # Session 26 (h26-even).
    not_object: _Glob | None = None

    @cached_property
    def any_noun(self) -> _Glob:
        """The nouns of all its kinds: most words of a clause are none of them."""
        return _any_of(nouns for _, _, nouns in self.kinds)


# a ``[[noun_presents]]`` entry for one word: its past words, its subject heads, the
# prepositions that may follow it (session 23, round 2), the words its object opens with (s30)
_NounPresent = tuple[tuple[str, ...], _Glob, frozenset[str], _Glob | None]


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    triggers: tuple[_Trigger, ...]
    continuation: dict[str, frozenset[str]]
    hypothetical: frozenset[str]
    reported: frozenset[str]
    negations: frozenset[str]
    purpose_openers: frozenset[str]
    titles: _Glob
    organisations: tuple[tuple[_Glob, ...], ...]
    plural_anaphors: frozenset[str]
    singular_pronouns: frozenset[str]
    coordinators: frozenset[str]
    conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    not_here_before: frozenset[str]
    not_names: frozenset[str]
    name_connectors: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    cues: frozenset[str]
    outside: frozenset[str]
    here: frozenset[str]
    transparent: frozenset[str]
    targets: frozenset[str]
    launch_into: frozenset[str]
    back_reference: tuple[tuple[str, _Glob], ...]
    numbers: frozenset[str]
    objects: _Glob
    impact_subjects: _Glob
    impact_after: frozenset[str]
    org_first: tuple[str, ...]
    # ``[impact] road_nouns``: an impact noun that, with nothing that can fall named and a
    # casualty verb counting its victims, is a road crash ("A crash near X killed nine")
    impact_road_nouns: frozenset[str] = frozenset()
    # ``[impact] road_tolls``: words (or word pairs) of the clause that tell such a crash
    # happened or counted its victims with no casualty trigger ("Three people died in a crash
    # near X", "A crash took place in X"); ``road_not_after``: a word right before the noun
    # that makes it a market's or a machine's ("a computer crash"). Session 25, round 2.
    impact_road_tolls: tuple[tuple[str, ...], ...] = ()
    impact_road_not_after: frozenset[str] = frozenset()
    # ``road_not_before``: a word right after the noun that makes it the first word of
    # another thing's name ("a crash course", "crash barriers"; review h25-mend2)
    impact_road_not_before: frozenset[str] = frozenset()
    carriers: tuple[_Carrier, ...] = ()
    carrier_words: tuple[str, ...] = ()
    state_subject: dict[str, str] = field(default_factory=dict)
    # ``[[recast]]``: (from "type.sub_kind"s, to type, to sub-kind, who did it, to whom): a
    # clause naming one of each does the other kind ("rioters ransacked shops" is a riot,
    # "gunmen attacked a village" an attack on civilians)
    # and, where given, only for these trigger words ("police raided" is no strike)
    # and whether the doer must be the subject (before the trigger, or right after it in a
    # verb-second language: "Gunmen attacked villagers" is no mob of villagers)
    # and whether the doer may stand in another clause of the sentence ("Explosions rocked
    # Kyiv as drones attacked the city": the drones' explosions)
    # and whether the noun is the subject of a passive, the one it was done to ("ein Soldat
    # ist erschossen worden": a battle), not a doer after an agent word ("von Soldaten")
    # and the words of the clause that keep the kind (``unless``: a drone or a shell that
    # fired on a convoy stays remote violence); ``None`` for the doer: anyone or no one
    recast: tuple[
        tuple[
            frozenset[str],
            str,
            str | None,
            _Glob | None,
            _Glob | None,
            _Glob | None,
            bool,
            bool,
            bool,
            _Glob | None,
        ],
        ...,
    ] = ()
    # ``[grammar] passive_agents``: the words that open a passive's doer ("by", "von")
    passive_agents: frozenset[str] = frozenset()
    # ``[grammar] passive_particles``: a verb's particle that may stand between a passive and
    # its doer ("knocked down by a van"; session 25, h25-even)
    passive_particles: frozenset[str] = frozenset()
    # ``[grammar] passive_adverbs`` (session 29): an adverb between a passive and its doer
    # ("was wounded there by a landmine"; _doer_at)
    passive_adverbs: frozenset[str] = frozenset()
    # ``[clauses] coordinated_modals``: modals that, right after a coordinator past a verb
    # trigger, open a part with a mood of its own ("was arrested and could face charges";
    # session 25, h25-even)
    coordinated_modals: frozenset[str] = frozenset()
    # ``[grammar] moved_participles`` and ``moved_people``: a journey's participle in a
    # passive whose subject is people hurt, rescued or a ship's crew ("The wounded were
    # flown to B for treatment", "Die Verletzten wurden nach B geflogen") tells of their
    # care, no journey (_moved_people)
    moved_participles: frozenset[str] = frozenset()
    moved_people: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[grammar] partner_prepositions``: the words that open what a vehicle hit or collided
    # with ("with", "into", "mit"): a carrier's noun after one is not what did it
    partner_prepositions: frozenset[str] = frozenset()
    # ``[places] home_offices``: titles of an office that acts from its own country ("der
    # ghanaische Präsident empfing ..."): its country adjective says where, not only whose
    home_offices: tuple[tuple[str, ...], ...] = ()
    # ``[carry_kin]`` (session 28, issue 20): for an event with no place of its own, keyed
    # by its ``type.sub_kind`` or ``type``, the kinds of event it continues ("aftershock"
    # an earthquake, "a second attack" an attack): it is carried from the last of them
    # (_kin_before in _carry.py)
    carry_kin: dict[str, frozenset[str]] = field(default_factory=dict)
    casualty: _Glob = field(default_factory=lambda: _Glob([]))
    # ``[casualty] causes``: a preposition that opens what the dead died of ("killed in")
    casualty_causes: frozenset[str] = frozenset()
    # ``[casualty] intransitive``: casualty verbs with no doer ("died")
    casualty_intransitive: frozenset[str] = frozenset()
    # ``[triggers.statement_weak] acts``: verbs of saying that name a speech act (announced,
    # warned, teilte mit): see _speech_act
    speech_acts: frozenset[str] = frozenset()
    # ``[clauses] prospective_acts``: the acts whose object is still to come ("kündigte
    # Wahlen an", "demanded a recount"): see _announced
    prospective_acts: frozenset[str] = frozenset()
    # ``[clauses] prospective_object_prepositions``: the prepositions that may open the noun
    # phrase a prospective act names after it ("zu einem Streik aufgerufen"); any other
    # ("bei einer Demonstration ... gefordert") makes it a circumstance: see _own_object_of_act
    prospective_object_prepositions: frozenset[str] = frozenset()
    # ``[places] share_openers``: "most of them in X", "die meisten in X" (_trailing_place)
    share_openers: tuple[tuple[str, ...], ...] = ()
    # ``[places] near``: the phrases of a preposition that put an event by a town, not in it
    # ("near X", "outside X", "in der Nähe von X"): its precision is ``near`` (_near_phrase)
    near: tuple[tuple[str, ...], ...] = ()
    circumstance: frozenset[str] = frozenset()
    # ``[clauses] distinct_acts``: types whose sub-kinds are acts of their own, so two
    # coordinated verbs of two sub-kinds are two events (an attack and an abduction), where
    # an accident's sub-kinds name one mishap's vehicle or cause (overturned and caught fire)
    distinct_acts: frozenset[str] = frozenset()
    # ``[clauses] act_parts``: a type's coordinated parts that belong to its act ("riot" =
    # ["strategic_development.looting"]: rioters who stormed factories and set vehicles on
    # fire made one riot, as ACLED codes a riot's arson and looting within it)
    act_parts: dict[str, frozenset[str]] = field(default_factory=dict)
    capital: _Glob = field(default_factory=lambda: _Glob([]))
    # ``[places] regional_capitals``: a first-level region's capital named by its rank, not
    # its name ("the provincial capital", "die Provinzhauptstadt"): the seat of the region
    # named last (_regional_capitals, by the gazetteer's seats)
    regional_capitals: tuple[tuple[str, ...], ...] = ()
    # ``[places] region_subjects``: a first-level unit's noun that, with an article and no
    # name, is a clause's subject ("the province declared an emergency", "hatte die Provinz
    # den Notstand ausgerufen"): the region named last is the event's place (_region_subjects)
    region_subjects: frozenset[str] = frozenset()
    # ``[places] seats_of_state``: a country's institutions that stand in its capital
    # ("protested outside parliament", "vor dem Parlament")
    seats: _Glob = field(default_factory=lambda: _Glob([]))
    # the same of several words, written apart ("the government building", "the parliament
    # building"): read at their first word, which an article must stand before (session 20,
    # round 2)
    seat_phrases: tuple[tuple[str, ...], ...] = ()
    # ``[places] town_sites``: the last word of a named site inside a town (``Liberty
    # Square``, ``Rustaveli Avenue``, ``State House``, ``auf dem Maidan-Platz``): a name the
    # gazetteer lacks that puts the event in the dateline's town (_town_site; sessions 17,
    # h17-evplace and h17-evA, one rule since round 2)
    town_sites: _Glob = field(default_factory=lambda: _Glob([]))
    # ``[places] seat_adjectives``: an adjective that keeps a seat of state the country's
    # ("the presidential palace", "the national parliament"; not "the regional parliament")
    seat_adjectives: frozenset[str] = frozenset()
    # ``[places] seat_heads``: seats of state named by their field before them ("the energy
    # ministry", "the interior ministry"); ``seat_local``: a field word that puts one
    # elsewhere ("the state ministry", "the regional ministry") (session 12, h-evdev)
    seat_heads: frozenset[str] = frozenset()
    seat_local: frozenset[str] = frozenset()
    # ``[places] embassies``: a state's mission abroad ("outside the Tajik embassy"): it
    # stands in the host country's capital, not in the owner's country (session 12)
    embassies: _Glob = field(default_factory=lambda: _Glob([]))
    admin_words: frozenset[str] = frozenset()
    # ``[places] fronted_openers``: a participle that opens a fronted place phrase ("Speaking
    # in X, the minister condemned ..."): the place is the event's, as after a preposition
    fronted_openers: frozenset[str] = frozenset()
    # ``[places] object_reference``: event types whose object, a definite kind noun right
    # after the trigger, is where it happened ("gunmen stormed the town", "shelled the
    # village"): the place of that kind named before
    object_reference: frozenset[str] = frozenset()
    # ``[places] site_cues``: target prepositions that also say where something stands ("at
    # its Sohae station"): before a facility of the launching country, the launch site
    site_cues: frozenset[str] = frozenset()
    # ``[places] said_at``: nouns of where a statement was made ("in a statement in X")
    said_at: frozenset[str] = frozenset()
    # ``[places] people_nouns``: a country name right before one is a demonym ("Somali
    # refugees"), not a place
    people_nouns: frozenset[str] = frozenset()
    # ``[places] sayer_nouns``: the head of a sayer's phrase before "in <town>" (_sayer_town)
    sayer_nouns: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] from_moves``: words right before an origin preposition that move away from
    # the place, so it is the event's ("withdrew from X", "fled from X"); with the list, an
    # origin after any other word is whose or what's origin, not where (_origin_of_thing)
    from_moves: frozenset[str] = frozenset()
    # ``[places] distance_units``: "200 km from X", "200 Kilometer von X entfernt": X is a
    # reference point, not a scene a later "the town" means
    distance_units: frozenset[str] = frozenset()
    # ``[places] source_words``: "nach Angaben Südkoreas", "laut Polen", "according to
    # Seoul": the place after one is who says so, not where it happened
    source_words: frozenset[str] = frozenset()
    # session 19: words that tie a noun phrase to a source word ("nach Angaben des Stabs in
    # X", "according to the ministry in X"): the phrase's place is the source's seat
    source_links: frozenset[str] = frozenset()
    # ``[places] other_country``: a word that makes a back-reference to "the country" another
    # one ("des Nachbarlandes", "the neighbouring country"): not the story's country
    other_country: _Glob = field(default_factory=lambda: _Glob([]))
    # one-word organisations of ``[actors] organisations`` ("police", "army"): a place of
    # that name is the organisation ("Police arrested ...": not the Polish town of Police)
    org_words: frozenset[str] = frozenset()
    # the carriers' nouns spelt out ("artillery", "Granaten"): one that opens a sentence
    # names what did it, not a town of that name ("Artillery units fired ...")
    event_words: frozenset[str] = frozenset()
    # ``[clauses] commemorations``: an event named right after one of these is remembered
    # ("the anniversary of the collapse", "Gedenken an die Opfer des Anschlags"), not news
    commemorations: frozenset[str] = frozenset()
    # ``[clauses] commemoration_prepositions`` (session 20): an event noun in a phrase opened
    # by one of these, with a commemoration word anywhere in its clause, is remembered too
    # (a verb-final language: "an das Erdbeben vor zehn Jahren erinnert")
    commemoration_prepositions: frozenset[str] = frozenset()
    # ``[clauses] victims_of`` (session 24, round 2, h24-even): the people an event hit,
    # before ``of`` and a definite event noun ("a vigil for the victims of the canopy
    # collapse"): that event is one told before, not news; "victims of a gas explosion"
    # (indefinite) may be the news itself
    victims_of: frozenset[str] = frozenset()
    # ``[grammar] present_from_past`` as it stands (session 25, h25-evwords): the ending of a
    # finite past verb (English ``ed``), which is never the head noun of a phrase after
    # ``victims of`` (``relatives of the victims of the ferry disaster protested``)
    past_ending: str = ""
    # ``[clauses] inquiries``: a look back into an event (``inquiry into``, ``Bericht zum``):
    # the known event named right after it is what is looked into, not news (session 12)
    inquiries: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] works`` and ``work_links`` (session 21): a work that tells a story (``a
    # novel about``, ``ein Krimi über``): the event noun after the link is its subject
    works: _Glob = field(default_factory=lambda: _Glob(()))
    work_links: frozenset[str] = frozenset()
    # ``[places.event_site]``: (event types, words) naming where an earlier event of those
    # types happened ("the crash site", "die Unglücksstelle"); longest phrases first
    event_sites: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()
    # ``[places] generic_event_nouns``: a definite noun that names no kind of its own ("the
    # accident", "the incident", "der Vorfall") -> the event types it may refer back to
    # ("*": any); only used to place the event just told (:func:`_generic_located_again`)
    generic_event_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # ``[places] generic_event_cues``: the prepositions that say where such a noun's event
    # was ("happened near X"; not "on the road to X", a destination)
    generic_event_cues: frozenset[str] = frozenset()
    # ``[clauses] inclusions``: words that open a short apposition naming some of a count
    # ("killed 20 people, including two children, in a raid on X"): no clause ends at its
    # commas, so the count's verb keeps the place after it
    inclusions: tuple[str, ...] = ()
    # ``[clauses] noun_apposition_openers`` / ``noun_apposition_not_after``: a short noun
    # apposition between commas read with its clause (_noun_appositions)
    apposition_openers: tuple[str, ...] = ()
    apposition_not_after: frozenset[str] = frozenset()
    # ``[clauses] person_relatives``: a relative pronoun for people that opens a clause of
    # its own with no comma before it ("hunting for the men who attacked a bus near X on
    # Sunday"): the act in it keeps its own time and place, as after a German comma
    person_relatives: tuple[str, ...] = ()
    # ``[clauses] object_relative_types``: the types of an act told in a relative clause on
    # the object of an arrest (``Police arrested 30 people who marched on X``: an arrest
    # and a protest; session 22, h22-trig; _split_object_relative)
    object_relative_types: frozenset[str] = frozenset()
    # ``[clauses] object_relative_heads``: the acts (type or type.sub_kind) whose object such
    # a relative clause may describe: an arrest's, not a sentence's (whose relative clause
    # names an older act with a time of its own: ``sentenced two men who rioted in March``)
    object_relative_heads: frozenset[str] = frozenset()
    # ``[clauses] frame_prepositions``, ``frame_types``, ``frame_heads``: a sentence that
    # opens with a circumstance phrase naming an event (``Während der Unruhen ...``, ``Bei
    # einem Protestmarsch ...``) and tells an act of another kind in its main clause (an
    # arrest: ``... nahm die Polizei 12 Personen fest``) reports two events (session 23, h23-evde;
    # _split_frame_event)
    frame_prepositions: frozenset[str] = frozenset()
    frame_types: frozenset[str] = frozenset()
    frame_heads: frozenset[str] = frozenset()
    # ``[clauses] subject_relatives``: a relative pronoun that, after a comma, opens a short
    # relative clause on the sentence's opening noun ("The blast, which tore through X on
    # Monday, killed ..."): no clause ends at its commas, so the noun keeps its time and place
    subject_relatives: tuple[str, ...] = ()
    # ``[clauses] factual_subordinators``: a conjunction that opens a clause of what
    # happened ("when"): an open question or a condition before it does not reach past it
    factual_subordinators: frozenset[str] = frozenset()
    # ``[clauses] open_questions``: the words of a doubt that a factual subordinator ends
    open_questions: frozenset[str] = frozenset()
    # ``[clauses] comma_before_subordinates``: the language sets a comma before every
    # subordinate clause (German), so a subordinator only counts at a clause's head
    comma_before_subordinates: bool = False
    # ``[clauses] own_time_openers``: a word that opens the part of a clause telling an
    # event of its own (``after``, ``because``, ``nachdem``): a day named after it, with
    # the trigger after it too, is that event's day, not the main part's
    own_time_openers: frozenset[str] = frozenset()
    # ``[clauses] year_relatives``: a word that, right after ``<year>,``, opens a clause set in
    # that year (``since 2009, when voters rejected ...``; session 15, h-even)
    year_relatives: frozenset[str] = frozenset()
    # ``[clauses] gathering_verbs`` and ``crowd_dispersals``: a crowd's gathering told in a
    # relative clause after a dispersal's object is the same occasion (``fired water cannon at
    # supporters who had gathered outside the court on Thursday``; session 15, h-even)
    gathering_verbs: frozenset[str] = frozenset()
    crowd_dispersals: frozenset[str] = frozenset()
    # ``[grammar] verb_last_openers``: conjunctions that open a clause with its verb last
    # (``dass``), besides the subordinators and relative pronouns
    verb_last_openers: frozenset[str] = frozenset()

    @cached_property
    def noun_relative_seconds(self) -> frozenset[str]:
        """The second words of the two-word ``noun_relatives`` (``which`` of ``in which``):
        a clause holding none of them has no such relative clause (:func:`_noun_relative`)."""
        return frozenset(pair[1] for pair in self.noun_relatives if len(pair) == 2)

    @cached_property
    def event_site_firsts(self) -> frozenset[str]:
        """The first words of the ``event_site`` phrases: most clauses have none."""
        return frozenset(words[0] for _, words in self.event_sites)

    reported_subjunctive: frozenset[str] = frozenset()
    # ``[clauses] reported_sources``: a word that names the source of what the clause says
    # (``Augenzeugen zufolge``, ``laut Polizei``, ``nach Angaben von``): a subjunctive beside
    # it reports speech as one beside a verb of saying does (session 24, h24-evde)
    reported_sources: frozenset[str] = frozenset()
    # ``[clauses] reported_earlier``: perfect subjunctive auxiliaries of reported speech
    # (``seien ... festgenommen worden``): with no time in the sentence, no day of its own
    reported_earlier: frozenset[str] = frozenset()
    reported_links: frozenset[str] = frozenset()
    # ``[clauses] reported_detail_types``: such a reported event after one of the same type
    # details that incident whatever sub-kind each was read as (a collapse after a mine
    # accident) and shares its day
    reported_detail_types: frozenset[str] = frozenset()
    modal_infinitives: frozenset[str] = frozenset()
    # ``[clauses] noun_date_openers``: a preposition that gives an event noun its own day
    # (``die Wahl vom Sonntag``); session 14, h-evde
    noun_date_openers: frozenset[str] = frozenset()
    # ``[clauses] counterfactual_cues``: a word before a reported subjunctive that makes it a
    # counterfactual (``ohne die Dämme wären die Dörfer überflutet worden``); session 14
    counterfactual_cues: frozenset[str] = frozenset()
    # ``[clauses] present_tense``: trigger verbs in the present tense ("Ärzte streiken"):
    # news of the report's own day; on another day they announce a plan
    present_tense: _Glob = field(default_factory=lambda: _Glob([]))
    site_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    directions: frozenset[str] = frozenset()
    # ``[places.compass_parts]``: a direction word -> its compass point ("southern" -> "S"),
    # the ones that need an article before them, and the words between it and the name
    compass: dict[str, str] = field(default_factory=dict)
    compass_nouns: frozenset[str] = frozenset()
    # ``[places] settlement_heads``: nouns of a settlement after a country's adjective ("im
    # syrischen Grenzort"): the phrase names the country (_adjective_countries)
    settlement_heads: _Glob = field(default_factory=lambda: _glob([]))
    # ``[places] introduced_heads``: specific feature words ("Hafenstadt", "port") whose
    # back reference is the place they introduced (_introduced_with_head)
    introduced_heads: _Glob = field(default_factory=lambda: _glob([]))
    # the same of several words, written apart ("port city", "border town"): the last word
    # is the head a back reference reads, the words before say which feature (session 20,
    # round 2)
    introduced_phrases: tuple[tuple[str, ...], ...] = ()
    # ``[places] small_heads``: words of a small place ("small town", "Kleinstadt"): their
    # back reference is no country's capital (_small_head; session 24, h24-evplace)
    small_heads: tuple[tuple[str, ...], ...] = ()
    # ``[places] flashback_auxiliaries``: the auxiliaries of an event told in the past
    # perfect ("had been arrested", "hatten ... blockiert"): told after the story's own
    # event, it is a flashback, whose place is no scene of the story (_story_placed)
    flashback_auxiliaries: frozenset[str] = frozenset()
    # ``[grammar] bracket_auxiliaries`` (session 29, h29-evfound): the finite auxiliaries
    # that open a German verbal bracket its participle closes ("hatten Bauern in X, der
    # Hauptstadt der Region, die Autobahn blockiert"): a carrier closing the clause after an
    # aside reads the subject the aside cut off (_aside_subject); none in English
    bracket_auxiliaries: frozenset[str] = frozenset()
    # ``[places] scene_openers``: the definite articles that open a sentence describing the
    # scene of the event before it ("The town of X, 40 km from the capital, ..."; session 23,
    # round 2, _later_scene)
    scene_openers: frozenset[str] = frozenset()
    # ``[places] scene_words``: words that say where a place lies ("lies", "liegt", "km"):
    # only a describing sentence with one names the scene (session 24, _later_scene)
    scene_words: frozenset[str] = frozenset()
    # ``[places] no_site_types``: the event types that happen at no site of their own
    # ("travelled to the province and visited the site" is the site of the story's latest
    # happening, not the trip's province; session 23, round 2, _event_site)
    no_site_types: frozenset[str] = frozenset()
    # ``[places] same_words``: "vom selben Startplatz", "in derselben Mine": a facility
    # noun after one of these is the site of the last event of the same type (session 17)
    same_words: frozenset[str] = frozenset()
    # ``[places] same_area_classes``: the ``[places.back_reference]`` classes whose noun after
    # a same-word names the area of the last event placed by its own words ("in the same
    # district"), not a facility, a sea or a country (_same_area; session 21)
    same_area_classes: frozenset[str] = frozenset()
    # ``[places] nationwide``: words of a whole country's scope ("a nationwide recall",
    # "landesweit"): an event with no place of its own is the story's country's (_nationwide)
    nationwide: _Glob = field(default_factory=lambda: _glob([]))
    # ``[places] route_between``: "between", "zwischen" after a route noun ("on the road
    # between A and B"): the first end is a candidate too (_between_first_end; session 24, round 2,
    # h24-evplace)
    route_between: frozenset[str] = frozenset()
    # ``[places] comparisons`` and ``comparatives``: "than", "als" after a comparative
    # ("stronger than the one near X", "stärker als jenes bei X"): what the event is compared
    # with, its places yield (_compared_with; session 27)
    comparisons: frozenset[str] = frozenset()
    # ``[places] passing_words``: a storm's or a vehicle's passing by a place ("passed north
    # of X", "skirted X", "an X vorbeigezogen"): not where it struck (_passed_by; session 27)
    passing_words: frozenset[str] = frozenset()
    # ``[places] passing_after``: words of passing that follow their place with its own
    # preposition ("an X vorbeigezogen"; review h27-rev)
    passing_after: frozenset[str] = frozenset()
    comparatives: _Glob = field(default_factory=lambda: _glob([]))
    # ``[places] decree_scopes`` and ``decree_nouns``: "für", "for" near a decree's noun
    # ("verhängte eine Ausgangssperre für die Hauptstadt", "a curfew for the city"): the
    # decree's area, a place preposition there (_cue_index; session 24, round 2)
    decree_scopes: frozenset[str] = frozenset()
    decree_nouns: _Glob = field(default_factory=lambda: _glob([]))
    compass_links: frozenset[str] = frozenset()
    topic_heads: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    # session 14: what a court tried someone for ("sentenced X for the killings in Y": the
    # crime's place) and the plan an agreement sets out ("signed a deal to build a line to Y")
    charge_preps: frozenset[str] = frozenset()
    # ``[places] charge_participles``: the participles among them, a reason only with a
    # preposition right after them (_charge_word; review h26-rev2)
    charge_participles: frozenset[str] = frozenset()
    # session 20, round 3: what a court found someone guilty of ("convicted three men of an
    # attack in Y"): after a court's trigger only (an arrest's "members of a gang in Y" is
    # where the arrest was)
    court_charge_preps: frozenset[str] = frozenset()
    # session 19: what a protest is against ("protested against a ban decided in Y": the
    # decision's place, not the protest's)
    protest_targets: frozenset[str] = frozenset()
    sea_modifier_heads: frozenset[str] = frozenset()  # "the Indian Ocean archipelago"
    content_markers: frozenset[str] = frozenset()
    content_kinds: frozenset[str] = frozenset()
    content_routes: frozenset[str] = frozenset()  # "to", "from": where a planned line runs
    nested_in: frozenset[str] = frozenset()
    nested_near: frozenset[str] = frozenset()
    route_nouns: _Glob = _Glob(())
    statistics: _Glob = field(default_factory=lambda: _Glob([]))
    count_words: frozenset[str] = frozenset()
    # ``[clauses] undergoing_kinds``: the kinds whose subject undergoes the event, so that a
    # count in it counts events ("Two ferries have capsized since Monday"); in any other
    # kind the subject is the doer and its count a crowd's size (session 27)
    undergoing_kinds: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    # words after a habitual pair that make it an offset: "a month ago"
    habitual_not_before: frozenset[str] = frozenset()
    # words before a habitual pair with an indefinite article that make it a length: "for a
    # year", "to a year in prison" (session 20, round 4)
    habitual_not_after: frozenset[str] = frozenset()
    # ``[clauses] labels``: a sentence opened by one of these and a colon or a dash is a
    # caption or another story's headline ("Photo:", "Read more:", "Lesen Sie auch:")
    labels: frozenset[str] = frozenset()
    # ``[clauses] year_links``: an event noun, one of these and a past year is history ("the
    # earthquake of 1988", "das Erdbeben von 1988"), whatever day the clause names
    year_links: frozenset[str] = frozenset()
    # ``[clauses] descriptions``: a clause opening with one of these describes an event the
    # story has told ("It was the strongest typhoon since 2016"), it reports none
    descriptions: frozenset[str] = frozenset()
    # ``[clauses] habit_adverbs``: "usually", "meist" after a word that is no determiner
    # ("Police usually break up rallies"), not "the usually quiet town"
    habit_adverbs: frozenset[str] = frozenset()
    # ``[clauses] near_miss``: "nearly", "beinahe" right before a verb trigger: it almost
    # happened ("nearly collided"), so no event
    near_miss: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] setting_auxiliaries`` and ``setting_types``: "was travelling": a journey in
    # the past progressive is the setting of another event, not news of its own
    setting_auxiliaries: frozenset[str] = frozenset()
    # ``[clauses] aside_resumers``: finite verbs that open the predicate of a subject cut off
    # by an aside (``The match, first set for May, was called off``)
    aside_resumers: frozenset[str] = frozenset()
    setting_types: frozenset[str] = frozenset()
    setting_endings: tuple[str, ...] = ()
    # ``[clauses] since_prepositions``: an event noun in a "since" phrase starts a span
    since_prepositions: frozenset[str] = frozenset()
    # ``[clauses] since_firsts``: a word right before a "since" that makes the span a record
    # ("erstmals seit Jahren Gespräche", "for the first time since 2019"): the event is new
    since_firsts: frozenset[str] = frozenset()
    # ``[clauses] share_words`` and ``share_types``: a share in a vote ("58 Prozent der
    # Wähler stimmten"): its result, no statistic, for triggers of these types
    share_words: frozenset[str] = frozenset()
    share_types: frozenset[str] = frozenset()
    # ``[clauses] cause_share_types`` (session 23, round 2): types whose verb may have a
    # share after it that is its cause, no statistic ("to press for a 15 percent wage increase")
    cause_share_types: frozenset[str] = frozenset()
    # ``[clauses] undated_perfect`` (session 23, round 2): the auxiliaries of a perfect lead
    # that a day of saying leaves with no day (English; German tells its past so)
    undated_perfect: frozenset[str] = frozenset()
    # ``[clauses] headline_present``: the present tense of a headline or a lead ("Quake hits
    # eastern Turkey", "Gunmen kill 15 villagers"): with no time of its own, the report's day
    headline_present: _Glob = field(default_factory=lambda: _Glob([]))
    # ``[clauses] before_infinitive``: a word that makes a headline word after it an
    # infinitive ("who tried to storm the office", "versuchten, das Büro zu stürmen"), no
    # present tense of the report's day (English "to" is also a preposition, so it is not
    # among the ``[grammar] infinitive_markers`` that mark intentions)
    before_infinitive: frozenset[str] = frozenset()
    # ``[subject_verbs]``: a word that is an event noun and also the present tense of its
    # verb ("protest", "strike"): right after a bare plural subject that opens the clause
    # ("Thousands protest in X", "Teachers strike in X") it is the verb of a headline or a
    # lead, the report's own news
    subject_verbs: dict[str, _Trigger] = field(default_factory=dict)
    # ``[headline_verbs]``: the base form of a verb that is no event noun ("detain", "kidnap")
    # read as ``subject_verbs`` are, right after a bare plural subject opening the clause
    # ("Police detain 40 students in X"), but with any object after it and any subject
    # ("Gunmen kidnap ..."); among ``subject_verbs`` too, so the day and the word classes
    # treat both alike (session 20, round 2)
    headline_verbs: frozenset[str] = frozenset()
    # ``[labour_strike]`` (session 21): a noun that is a labour strike only beside its
    # strikers or a verb that starts or keeps one (``a strike by market traders``, ``the
    # teachers' strike``, ``began a strike``); alone it is also an attack's (``a strike on a
    # convoy``): the words, the trigger they make, the strikers, the verbs
    labour_words: frozenset[str] = frozenset()
    labour_trigger: _Trigger | None = None
    labour_doers: _Glob = field(default_factory=lambda: _Glob(()))
    labour_verbs: frozenset[str] = frozenset()
    # ``[labour_strike] doer_verbs``: verbs that start a labour strike only with its strikers
    # before them in the clause ("Dock workers launched an indefinite strike"; "The army
    # launched a strike on rebel positions" is an attack's). Session 24, round 2 (h24-even).
    labour_doer_verbs: frozenset[str] = frozenset()
    labour_links: frozenset[str] = frozenset()
    # ``[labour_strike] attack_*`` (session 25, h25-even): the same words as an attack's
    # noun, with what was struck after a link ("The army launched a strike on rebel
    # positions", "strikes on militant hideouts"): the words, the trigger, the links and the
    # targets (:func:`_attack_strike`)
    attack_words: frozenset[str] = frozenset()
    attack_trigger: _Trigger | None = None
    attack_links: frozenset[str] = frozenset()
    attack_targets: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[labour_strike] attack_doers``: armed actors whose launched strikes are attacks
    attack_doers: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[grammar] present_from_past`` (session 21): the present forms of the lexicon's
    # one-word past verb triggers (``capsized`` -> ``capsizes``, ``capsize``) -> the trigger,
    # read only in a headline right after its subject (_headline_present_verb)
    present_forms: dict[str, _Trigger] = field(default_factory=dict)
    # the same for the verb triggers of several words (session 27): the present of the
    # first word -> the triggers with it in place of the past (``took power`` -> ``takes
    # power``, ``take power``; ``went on strike`` -> ``goes on strike``), their other words
    # after it in the clause (_headline_present_verb)
    present_phrases: dict[str, tuple[_Trigger, ...]] = field(default_factory=dict)
    # the same for the one-word past carrier words (session 22, h22-trig): ``crashes`` ->
    # ``crashed``, read in a headline with the noun of its subject (``A bus crashes in X``)
    present_carriers: dict[str, str] = field(default_factory=dict)
    # ``[grammar] weak_past`` (German ``te``; session 27, h27-evheads): the present of a
    # headline (``Fähre sinkt vor X``, ``Bewaffnete stürmen Polizeiwache``) -> the past word
    # of a verb trigger or a carrier it is read as (_headline_past)
    headline_pasts: dict[str, str] = field(default_factory=dict)
    # ``[[noun_presents]]`` (session 23, round 2): a headline's present that is also a noun or
    # has another sense (``bomb``, ``shells``, ``sentences``) -> its past word, the words its
    # subject's head may be, and the prepositions that may follow it instead of an object
    noun_presents: dict[str, tuple[_NounPresent, ...]] = field(default_factory=dict)
    # the base forms in ``s`` of the verbs a headline's present reads (``teargas``,
    # ``bus``, ``cross``: :func:`_s_bases`): after a plural subject, no third person
    s_bases: frozenset[str] = frozenset()
    # ``[clauses] subject_plurals``: plurals without an ``s`` that may be such a subject
    # ("people", "women"); ``[clauses] armed_subjects``: subjects whose "strike" is an attack
    # ("Militants strike in X"), never a protest
    subject_plurals: frozenset[str] = frozenset()
    armed_subjects: _Glob = field(default_factory=lambda: _Glob([]))
    magnitude: _Glob = field(default_factory=lambda: _Glob([]))
    quantity_words: dict[str, _Glob] = field(default_factory=dict)
    count_values: dict[str, int] = field(default_factory=dict)
    precision: dict[str, frozenset[str]] = field(default_factory=dict)
    indefinite: frozenset[str] = frozenset()
    relative_openers: frozenset[str] = frozenset()
    # ``[clauses] after_clause_openers``: a clause after the main one that opens with one of
    # these gives its day to a main clause with none (_after_clause_day)
    after_clause_openers: frozenset[str] = frozenset()
    # ``[clauses] new_story_openers``: a sentence that opens with one ("In a separate
    # incident, ...", "Unabhängig davon ...") tells another story, whose day it must name
    new_story_openers: tuple[str, ...] = ()
    # ``[places] event_site_suffixes`` / ``event_site_heads``: a compound site word whose
    # first part is a hazard noun ("flood-hit area", "Taifungebiet", _site_compound)
    event_site_suffixes: tuple[str, ...] = ()
    event_site_heads: frozenset[str] = frozenset()
    # ``[clauses] noun_relatives``: "in which" after an indefinite event noun (_noun_relative)
    noun_relatives: frozenset[tuple[str, ...]] = frozenset()
    # ``[clauses] topic_words``: what a vote, a protest or a statement is about ("over",
    # "into"), before an event noun with a relative clause of its own (_topic_relative)
    topic_words: frozenset[str] = frozenset()
    # ``[clauses] relative_pronouns`` and ``pluperfect_ends``: a comma clause "die ... entführt
    # worden waren" is a relative clause in the past perfect (_earlier_relative)
    relative_pronouns: frozenset[str] = frozenset()
    pluperfect_ends: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] participle_copulas`` and ``participle_endings`` (session 28): a relative
    # clause that ends in a lower-case participle and one of these ("die nahe X gestartet
    # waren") is in the past perfect as well (_participle_copula_end)
    participle_copulas: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    # ``[clauses] aside_setting_types`` (session 28): event types that a past-perfect relative
    # clause on the opening subject tells as its setting ("The gunmen, who had crossed from
    # A, attacked B"; _mood._subject_aside)
    aside_setting_types: frozenset[str] = frozenset()
    # ``[clauses] aside_destinations`` (session 28 review): the prepositions of a journey's
    # destination in such an aside; a main-clause event with no place is there
    # (_carry._aside_destination)
    aside_destinations: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    future_modifiers: frozenset[str] = frozenset()
    ongoing: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()
    # How the language is written (the language profile, geomap/lexicons/language_*.toml):
    # German capitalises nouns, so a lower-case word is no noun and a capitalised one no verb;
    # inflected adjectives end in these (the phrase lexicon: "die ukrainische Armee").
    nouns_capitalised: bool = False
    adjective_endings: tuple[str, ...] = ()
    # ``[grammar]`` of the events lexicon: a separable verb's particle closes the clause
    # ("feuerte ... ab"), else it follows the verb ("fired on"); the subject may stand right
    # after the finite verb (verb second: "feuerte Pakistan"); articles of a genitive that
    # belongs to the noun before it ("Ziele der Hisbollah"); pronouns that name one person only
    # next to a singular verb ("traf sie", not "trafen sie").
    particles_at_clause_end: bool = False
    # ``[grammar] separable_particles`` less ``sense_keeping_particles``: a particle that
    # closes a verb's part makes it another verb ("warfen ... vor": accused, no throwing;
    # "trafen ... zusammen" still met; _other_separable_verb)
    sense_changing_particles: frozenset[str] = frozenset()
    # ``[grammar] figurative_objects``: a level, a rank or a goal as the object of a verb's
    # preposition (``schoss auf ein Rekordhoch``, ``auf Platz eins``, ``aufs Tor``): the verb
    # is figurative, nobody was shot at
    figurative_objects: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[grammar] team_verbs``: a town that did this to a town is its team (``<A>
    # conquered <B>``): a match, no battle (_town_beat_town; session 26)
    team_verbs: frozenset[str] = frozenset()
    # ``[grammar] feature_part_nouns``: a trigger noun that also names a part of a mountain
    # (``summit``, ``Gipfel``); with a place of ``feature_part_kinds`` after it through
    # ``feature_part_links`` (``the summit of <Mount>``, ``am Gipfel des <Bergs>``) it is the
    # mountain's top, no meeting (_part_of_feature; session 26, h26-evplace2)
    feature_part_nouns: frozenset[str] = frozenset()
    feature_part_links: frozenset[str] = frozenset()
    feature_part_kinds: frozenset[str] = frozenset()
    # ``[clauses] lasting_units``: long units of time after "for" in a perfect clause (a
    # state that has lasted "for a century"; _lasting_for, session 26)
    lasting_units: frozenset[str] = frozenset()
    # ``[[figurative]]``: (trigger words, what follows them, how far, whether the follower
    # is the verb's object, whether it may also stand before the word): a trigger word with
    # one of its figurative followers near it in the clause names no event (``captured the
    # title``, ``eroberte den Titel``, ``hat eine Impfkampagne gestartet``, ``a storm of
    # criticism``, ``fired the coach``); and the words that, right after a follower, make
    # it a modifier of their noun and no follower (``unless_next``, session 28: ``met
    # resistance fighters``, ``in the final round of talks``), and the words that, up to
    # three words before a follower, make it the time of the act and not its frame
    # (``unless_before``: ``clashed with police after the match``); and the words that,
    # between a follower before the trigger word and the word, open the word's own clause
    # (``unless_between``, session 28 review: ``The match was abandoned after fans clashed
    # with police``: the match is the other clause's, the clash a riot)
    figurative: tuple[tuple[_Glob, _Glob, int, bool, bool, _Glob, _Glob, _Glob], ...] = ()
    # ``[grammar] kept_followers`` (session 26): a figurative follower that still names an
    # event of its own ("brachte den Waldbrand unter Kontrolle": the fire)
    kept_followers: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[clauses] own_part_moods``: hypothetical words that are the verb or an attribute of
    # their own coordinated part ("cancelled a trip and convened ...", "eine Reise abgesagt
    # und den Sicherheitsrat einberufen"): their mood stops at the conjunction, unlike a
    # modal or a subordinator that governs both parts ("could seize ... and kill ...")
    own_part_moods: frozenset[str] = frozenset()
    # ``[clauses] state_auxiliaries`` and ``passive_states``: an auxiliary of the future that
    # is the present passive of a state when the clause ends in one of those participles
    # ("Nach dem Erdrutsch werden noch 40 Menschen vermisst"; session 15, h15-evde)
    state_auxiliaries: frozenset[str] = frozenset()
    passive_states: frozenset[str] = frozenset()
    # ``[clauses] mood_nouns``: hypothetical words that are nouns after a determiner or a
    # possessive ("a government plan"): a topic, not the clause's mood (_mood_noun)
    mood_nouns: frozenset[str] = frozenset()
    # ``[clauses] mood_attributes``: hypothetical participles that describe a noun after a
    # determiner ("against a planned wind farm"): the noun's state, not the clause's mood
    # (_mood_attribute; session 12, h-evdev)
    mood_attributes: frozenset[str] = frozenset()
    # ``[clauses] threat_pasts`` and ``threat_participles`` (session 32, h32-found): the past
    # of a verb of threatening, and its participles that are past only after a perfect or
    # passive auxiliary (``[clauses] perfect``): what threatened is there, so an event noun
    # as its subject or its passive's doer happened ("Wildfires threatened resorts",
    # "Waldbrände haben Ferienorte bedroht"; _threatening_event)
    threat_pasts: frozenset[str] = frozenset()
    threat_participles: frozenset[str] = frozenset()
    # ``[clauses] subject_pronouns``: a pronoun before a participle makes it the verb ("they
    # planned near X"), no attribute after a noun (_mood_after_noun; session 19)
    subject_pronouns: frozenset[str] = frozenset()
    # ``[clauses] reason_words``: a question of why something told happened ("It was not
    # clear why the town had been targeted"): no new event (_reason_asked; session 12)
    reason_words: frozenset[str] = frozenset()
    # ``[clauses] shared_place_not``: types whose place phrase a coordinated verb before
    # them does not share (a journey's destination, a launch's site; _share_trailing_place)
    shared_place_not: frozenset[str] = frozenset()
    verb_second: bool = False
    genitive_determiners: frozenset[str] = frozenset()
    # ``[grammar] object_articles`` (session 29 review): articles that never open a subject
    # ("den", "dem"): a noun right after one is an object (_carry._seat_body); none in English
    object_articles: frozenset[str] = frozenset()
    # ``[grammar] genitive_articles`` and ``genitive_endings``: a capitalised noun right after
    # one of these articles (past one lower-case adjective) may end in a genitive ending,
    # and a carrier's nouns are read on its stem too ("beim Einsturz eines Wohnhauses")
    genitive_articles: frozenset[str] = frozenset()
    genitive_endings: tuple[str, ...] = ()
    singular_verb_pronouns: frozenset[str] = frozenset()
    # ``[grammar] plural_subject_pronouns`` and ``plural_verb_endings``: a plural pronoun as
    # the subject next to its plural finite verb ("blockierten sie"), read as the previous
    # sentence's people (:func:`_pronoun_subject`; session 25, h25-evde)
    plural_subject_pronouns: frozenset[str] = frozenset()
    plural_verb_endings: tuple[str, ...] = ()
    # ``[grammar] infinitive_markers``: a verb trigger right after one is an infinitive of a
    # plan or a threat ("kündigte an, ... zu demonstrieren"), not a reported event
    infinitive_markers: frozenset[str] = frozenset()
    # ``[clauses] march_verbs``: a protest in a purpose clause after a past verb of going is
    # the march's own (_purpose_of_march)
    march_verbs: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[clauses] means_prepositions``: a protest noun after one names the protest a protest
    # verb tells (_means_noun_first)
    means_prepositions: frozenset[str] = frozenset()
    # ``[clauses] means_types``: the event types whose verb yields to a noun of its own type
    # in a means phrase (_means_noun_first); ``[clauses] march_types``: the types whose
    # infinitive after a purpose word names a march told before it (_purpose_of_march)
    means_types: frozenset[str] = frozenset()
    march_types: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    expected: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] appeals`` (also in ``expected``): a call names what has not happened, but
    # the call itself is a speech act (_act_flags)
    appeals: tuple[tuple[str, ...], ...] = ()
    generic_after: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] series``: words right before an event noun that make it the earlier ones of
    # a series the event just told belongs to ("the latest in a string of killings")
    series: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] tolls``, ``toll_prepositions``, ``toll_rises``: a toll update ("The death
    # toll from floods in X rose to 45 on Tuesday"): the words of the toll, the preposition
    # that names the event counted, the verbs that say the count went up (session 15, round 3)
    tolls: tuple[tuple[str, ...], ...] = ()
    toll_prepositions: frozenset[str] = frozenset()
    toll_rises: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    # ``[clauses] views``: "is seen as", "gilt als": with an event noun and no time, background
    views: tuple[tuple[str, ...], ...] = ()
    # the two-word views ("gilt als"), read with words inside them too (session 26)
    view_pairs: frozenset[tuple[str, ...]] = frozenset()
    # ``[clauses] predicate_frames``: "seen as", "gilt als": an event noun up to two words
    # after one is what something is taken for ("seen as a test"), no event
    predicate_frames: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] call_frames``: a call for an event noun that follows ("Aufruf zu")
    call_frames: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] view_verbs`` and ``view_links``: "see the case as a test": an event noun
    # right after the link, with a verb of viewing before it, is what something is taken for
    # (the frame with its object inside; session 17, h17-evA)
    view_verbs: frozenset[str] = frozenset()
    view_links: frozenset[str] = frozenset()
    # ``[clauses] generic_adjectives``: "Landslides are common in the region during the
    # rainy season": a bare event noun said to be common is a kind, whatever months it names
    generic_adjectives: frozenset[str] = frozenset()
    # ``[clauses] name_heads``: "the heart of Tornado Alley": a capitalised event noun before
    # one of these capitalised heads is part of a place's name (English; "Hurricane Maria"
    # names a storm, its name after the noun)
    name_heads: frozenset[str] = frozenset()
    # ``[clauses] ordinals`` and ``tally_openers``: "It was the third attack on the town this
    # month" counts attacks, it reports none (a month or a day in it dates the tally)
    ordinals: frozenset[str] = frozenset()
    tally_openers: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] tally_frames`` (session 26, h26-evde): a tally's frame anywhere before the
    # noun ("Bei dem Absturz handelt es sich um das dritte Flugunglück")
    tally_frames: tuple[tuple[str, ...], ...] = ()
    # ``[clauses] anniversary_verbs`` (session 26): an event noun after one in its clause is
    # remembered ("jährte sich zum zehnten Mal ein Anschlag")
    anniversary_verbs: frozenset[str] = frozenset()
    # ``[clauses] accused_pronouns`` (session 26): "Er soll ... gelegt haben": an accusation
    accused_pronouns: frozenset[str] = frozenset()
    modified_nouns: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    conditional_openers: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    # ``[clauses] negative_pronouns`` (session 27): "arrested nobody": done to no one
    negative_pronouns: frozenset[str] = frozenset()
    negative_phrases: tuple[tuple[str, ...], ...] = ()  # "no one was arrested"
    negation_barriers: frozenset[str] = frozenset()  # "No one knows why the bridge collapsed"
    attributive_before: frozenset[str] = frozenset()  # "the ousted government"
    attributive_degree: frozenset[str] = frozenset()  # "its most visited parks"
    # "..., most of them arrested for ...": a participle after these words and a count that
    # follows a comma describes the people counted (session 14)
    absolute_heads: tuple[tuple[str, ...], ...] = ()
    additives: frozenset[str] = frozenset()  # "Auch in X gab es Proteste": another event
    # ``[clauses] another``: "another slide hit ...": one more of the kind (_another_one)
    another: frozenset[str] = frozenset()
    negation_qualifiers: frozenset[str] = frozenset()  # "with no uniforms"
    negation_not_before: frozenset[str] = frozenset()  # "no fewer than", "not far from"
    # ``[clauses] attribute_endings`` and ``not_attributes``: the endings of an attributive
    # adjective after a negation (``eine nicht genehmigte Kundgebung``), and the words with
    # such an ending that count or point, not describe (``nicht alle``, ``nicht jede``), as
    # the articles do (_without_attribute_negations; session 24, h24-mend)
    attribute_endings: tuple[str, ...] = ()
    not_attributes: frozenset[str] = frozenset()
    modal_future: frozenset[str] = frozenset()
    perfect_infinitives: frozenset[str] = frozenset()
    infinitive_endings: tuple[str, ...] = ()
    frequency: frozenset[str] = frozenset()
    # Heads of a compound that only say "event" (``[compounds] heads``: "Katastrophe"): the
    # compound is the event its first part names ("Hochwasserkatastrophe" is the flood).
    compound_heads: tuple[str, ...] = ()
    # Auxiliaries of a passive ("wurde", "was") and the event types and place kinds whose
    # passive subject is where it happened ("Odessa wurde angegriffen").
    passive: frozenset[str] = frozenset()
    # Verbs of denial: what a later clause of their sentence reports did not happen.
    denials: frozenset[str] = frozenset()
    # ``[clauses] denied_reports`` and ``rejections``: a report noun (``Berichte``,
    # ``Gerüchte``) that a denial, or a rejection closed by its particle (``wies ...
    # zurück``), takes as its object: the event noun after it is what was denied (session 24,
    # h24-evde)
    denied_reports: frozenset[str] = frozenset()
    rejections: frozenset[str] = frozenset()
    # ``[clauses] rejection_particles``: the particle that closes a rejection (``zurück``);
    # ``joined_rejections``: its forms written as one word (``zurückgewiesen``)
    rejection_particles: frozenset[str] = frozenset()
    joined_rejections: frozenset[str] = frozenset()
    # Verbs that report a fact (``[clauses] fact_reports``: "teilte ... mit", "bestätigte",
    # "wurde bekannt"): a complement clause after one tells what happened, not a purpose
    # or a demand (session 22, h22-evde; _fact_complement).
    fact_reports: frozenset[str] = frozenset()
    # A separable verb of ruling out ("schließen ... aus": ``[clauses] ruled_out``, verb and
    # particle): what its clause names did not happen, as far as anyone knows.
    ruled_out: frozenset[tuple[str, str]] = frozenset()
    # Types whose object after the trigger is where it happened ("a quake jolted northern
    # Japan", "shelled the outskirts of Donetsk"); ``[grammar] object_place``.
    object_place_types: frozenset[str] = frozenset({"disaster"})
    # The first words of "after the <event>", "nach dem <Ereignis>" ([time.relative]).
    relation_words: frozenset[str] = frozenset()
    # ``[time.relative] during``: "during the storm" dates a clause with no time of its own
    # by the storm's day; in a dated clause the phrase is the event's circumstance (session
    # 20, round 2; _event_spans)
    during_words: frozenset[str] = frozenset()
    # event types a relation noun of one type may refer to when the article has none of
    # its own type ("two days after the crash": an impact noun, the crash of a bus)
    related_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns that name an event only as what a relation counts from ("zwei Tage vor den
    # Schüssen"): no trigger of their own, the event type they point to; a list in the
    # lexicon gives types in order, kept joined by "|" ("Ausbruch": an eruption, else a
    # breakout; the first the article tells of, _relation_target)
    anchor_nouns: dict[str, str] = field(default_factory=dict)
    # the determiners right before such a noun that make it one told before ("after the
    # fire"; "after an engine fire" tells a new one)
    anchor_determiners: frozenset[str] = frozenset()
    elapsed_units: frozenset[str] = frozenset()
    # ``[clauses] span_links``: the word between a plural time unit and an event noun that
    # makes the noun a span gone by (``months of demonstrations``; _span_of_units)
    span_links: frozenset[str] = frozenset()
    # ``[clauses] holding_verbs``: a verb right before a meeting noun that makes it the head
    # of its own clause before a coordinated verb trigger (``held talks ... and agreed``)
    holding_verbs: frozenset[str] = frozenset()
    # ``[clauses] stamp_openers`` / ``stamp_tails``: the words around a live blog's clock
    # time on a line of its own (``Updated 2.15pm BRT``; _stamp_line)
    stamp_openers: frozenset[str] = frozenset()
    stamp_tails: frozenset[str] = frozenset()
    passive_targets: frozenset[str] = frozenset()
    passive_kinds: frozenset[str] = frozenset()
    compound_links: tuple[str, ...] = ()
    # ``[compounds] head_stem``, ``head_min``, ``inflections`` (session 32, h32b-compound):
    # German compounds are head-final, so a capitalised noun no trigger reads whose last
    # part is a one-word trigger noun carries that noun's kind ("Gerölllawine",
    # "Schlammstrom"...); the first part at least ``head_stem`` letters (no "Aus-wahl"), the
    # head at least ``head_min``; an ending of ``inflections`` is taken off first when the
    # word is no trigger with it ("Erdstößen", dative plural). 0 turns the reading off.
    compound_head_stem: int = 0
    compound_head_min: int = 4
    compound_inflections: tuple[str, ...] = ()
    compound_head_kinds: frozenset[str] = frozenset()
    # ``[places] capital_links``: words between a capital noun and its country besides the
    # transparent ones ("die Hauptstadt von Vanuatu")
    capital_links: frozenset[str] = frozenset()
    # ``other_capital_words`` of ``phrases_<lang>.toml`` (shared with the claims): words
    # before a capital noun that make it a capital of trade or faith, no seat of government
    # ("Nigeria's commercial capital"; session 18)
    capital_not_seat: frozenset[str] = frozenset()
    # ``[places] origins``: prepositions of where a journey began ("aus", "from")
    origins: frozenset[str] = frozenset()
    # ``[places] journeys`` / ``journey_preps``: a place after a journey noun and one of these
    # prepositions (``a flight to X``, ``der Zug nach X``) is where someone goes, not where
    # an event other than a journey happened
    journeys: frozenset[str] = frozenset()
    journey_preps: frozenset[str] = frozenset()
    # ``[places] home_goals``: a journey whose goal is home (``returned home from X``,
    # ``kehrte aus X in die Heimat zurück``): X is where it began, never its place, even
    # alone in its clause (session 26, h26-evplace2)
    home_goals: frozenset[str] = frozenset()
    # ``[places] route_to_preps``: the preposition of a route's far end right after an origin
    # and its place ("from A to B", "von A nach B"): both ends are the vehicle's route, not
    # where an event other than a journey happened (_route_pair_ends; session 18)
    route_to_preps: frozenset[str] = frozenset()
    # ``[places] noun_origins`` / ``noun_origin_moves``: a place after one of these
    # prepositions right after a capitalised noun is that noun's origin ("ein Mann aus X",
    # "eine Delegation aus X"), unless the trigger moves its object away from there
    # ("evakuierten Bewohner aus X"); German, where nouns are capitalised (_noun_origin)
    noun_origins: frozenset[str] = frozenset()
    noun_origin_moves: frozenset[str] = frozenset()
    # ``[places] onward_preps`` / ``onward_verbs``: a destination in a predicate coordinated
    # after the trigger ("were released and crossed back into X") is not the trigger's place
    onward_preps: frozenset[str] = frozenset()
    onward_verbs: frozenset[str] = frozenset()
    onward_gerunds: frozenset[str] = frozenset()
    modified_heads: tuple[str, ...] = ()
    # ``[places] based``: a place right before or after one of these, or after it and a
    # preposition, is where someone is based ("ein in Tiflis ansässiger Journalist", "a
    # journalist based in Tbilisi"), not where the event happened
    based: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] seated``: a body convened or in session meets where it sits, not at the
    # scene of the event before ("berief den Sicherheitsrat ein", "convened the cabinet")
    seated: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] local_authorities``: a town's or a district's own administration; what it
    # orders or declares with no place of its own is done where the story just was
    local_authorities: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] local_offices`` and ``local_modifiers``: a subject that names the scene's
    # own office (``the mayor``, ``der Bürgermeister``, ``the provincial governor``, ``the
    # town's chairman``); what it does with no place of its own, in any later paragraph, is
    # done at the story's scene (_carry._local_office, session 28)
    local_offices: _Glob = field(default_factory=lambda: _Glob(()))
    local_modifiers: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] court_nouns``: "the court" after a court's act with its town in the
    # sentence before is that court (_court_before)
    court_nouns: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] seat_bodies``: words of a body that acts where the state sits (the supreme
    # court, the cabinet, a ministry): its court act stays at the dateline, not the story's
    # scene (_carry._seat_body, session 29)
    seat_bodies: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] owner_bodies`` before one of ``owner_prepositions``: a country after them
    # says whose court or government, not where it acted (_body_of)
    owner_bodies: _Glob = field(default_factory=lambda: _Glob(()))
    owner_prepositions: frozenset[str] = frozenset()
    # ``[places] capital_bodies`` before one of ``capital_body_preps`` and a capital: where
    # the speaker sits, no scene (_capital_seat)
    capital_bodies: _Glob = field(default_factory=lambda: _Glob(()))
    capital_body_preps: frozenset[str] = frozenset()
    # ``[places] relative_here``: a relative "where" after a comma points to the place
    # right before it (_antecedent)
    relative_here: frozenset[str] = frozenset()
    # ``[places] event_phrase_openers``: a word that, with an event word right after it
    # ("vor dem Gipfel in X", "ahead of talks in X"), opens a phrase telling an event of its
    # own; its place yields to the trigger's own (_opened_event_phrase, session 22)
    event_phrase_openers: frozenset[str] = frozenset()
    # ``[places] moment_words`` and ``departure_nouns``: a word of a moment right before
    # such an opener and a word of setting off after it ("kurz nach dem Start in X",
    # "shortly after take-off from X"): the place is where the accident happened, it does
    # not yield (_in_event_phrase, session 29)
    moment_words: frozenset[str] = frozenset()
    departure_nouns: frozenset[str] = frozenset()
    # ``[places] site_nouns``: a building or ground that stands in a town ("prison*",
    # "gefängnis*"), one glob per noun or noun family ("court|courthouse*", "gericht|
    # gerichtsgebäude*", session 25 round 2): the index of the glob that matches links a noun
    # to its earlier mention ("a prison in X ... outside the prison", "a court in X ...
    # outside the courthouse")
    site_nouns: tuple[_Glob, ...] = ()
    # ``[places] city_parts``: a part of a city ("centre" after "city", "Innenstadt")
    city_parts: frozenset[str] = frozenset()
    # ``[places] home_words``: a word that makes a town head someone's home town ("his home
    # town", "seine Heimatstadt"): the town named as where people come from, not the latest
    # scene (_home_town, session 25, round 2)
    home_words: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] legislatures``: a body whose vote happens where it sits ("Parliament
    # approved the law"): never the town of the story before (session 17, h17-evA)
    legislatures: frozenset[str] = frozenset()
    # ``[places] owned_cities``: a city a country owns by a superlative ("Pakistan's largest
    # city", "Nigeria's commercial hub"): one town, the dateline's when it is of that country
    owned_cities: frozenset[str] = frozenset()
    # ``[places] launch_sites``: facility nouns a launch is fired from ("spaceport", "base");
    # a town right after one is a launch's site, not one after "a factory in X"
    launch_sites: _Glob = field(default_factory=lambda: _Glob(()))
    # ``[places] bylines``: words of a byline line naming where the reporter is ("From our
    # correspondent in X", "Von unserem Korrespondenten in X"): a dateline in other words
    bylines: _Glob = field(default_factory=lambda: _Glob(()))

    @cached_property
    def any_trigger(self) -> _Glob:
        """One pattern for every trigger's first word: most tokens fail it at once."""
        return _Glob(
            [w for t in self.triggers for w in t.first]
            + list(self.carrier_words)
            + ["*" + h for h in self.compound_heads]
            + list(self._head_final_patterns)
        )

    @cached_property
    def _head_final_patterns(self) -> tuple[str, ...]:
        """The globs a head-final compound's word matches (:meth:`_head_final_triggers`),
        for :attr:`any_trigger`'s quick test: each one-word noun trigger as a word's end
        (with each inflection after it), a prefix one inside a word."""
        if not self.compound_head_stem:
            return ()
        out: list[str] = []
        for t in self._head_nouns:
            for p in t.words[0].patterns:
                inner = p.casefold().strip("*")
                if "*" in inner or len(inner) < self.compound_head_min:
                    continue
                if p.endswith("*"):
                    out.append("*" + inner + "*")
                else:
                    out += ["*" + inner] + ["*" + inner + e for e in self.compound_inflections]
        return tuple(dict.fromkeys(out))

    @cached_property
    def _head_nouns(self) -> tuple[_Trigger, ...]:
        return tuple(t for t in self.triggers if t.pos == "noun" and len(t.words) == 1)

    def triggers_of(self, word: str) -> tuple[_Trigger, ...]:
        """The triggers whose first word matches ``word``, in lexicon order (remembered per
        word: a text repeats its words, and hundreds of patterns need not be tried again)."""
        return self._triggers_memo[word]

    @cached_property
    def place_words(self) -> _Glob:
        """The words :func:`_place` reads as a place of their own after the named places (a
        capital, an embassy, a seat, a kind noun that refers back): one glob of them, so
        that any other word is passed over before its preposition is looked for."""
        return _any_of(
            [self.capital, self.embassies, self.seats, *(g for _, g in self.back_reference)]
        )

    @cached_property
    def seat_phrase_firsts(self) -> frozenset[str] | None:
        """The first words of the ``seat_phrases``; None when one is empty (it would start
        at every word, so no word may be passed over)."""
        if any(not ph for ph in self.seat_phrases):
            return None
        return frozenset(ph[0] for ph in self.seat_phrases)

    def frames_ending(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The ``predicate_frames`` whose last word is ``word`` (folded), in lexicon order."""
        return self._frames_by_last.get(word, ())

    @cached_property
    def _frames_by_last(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        out: dict[str, tuple[tuple[str, ...], ...]] = {}
        for frame in self.predicate_frames:
            if frame:
                out[frame[-1]] = (*out.get(frame[-1], ()), frame)
        return out

    @cached_property
    def introduced_last(self) -> frozenset[str]:
        """The last words of the several-word feature heads (``city`` of ``port city``): a
        token that is none of them ends none, so :func:`_introduced_head` tries no phrase
        for it (it is asked of most words of a clause after a trigger)."""
        return frozenset(ph[-1] for ph in self.introduced_phrases if ph)

    @cached_property
    def _triggers_memo(self) -> _Answers[tuple[_Trigger, ...]]:
        return _Answers(lambda w: self.first_word_triggers(w) or self._compound_triggers(w))

    def first_word_triggers(self, word: str) -> tuple[_Trigger, ...]:
        """The triggers whose first word matches ``word`` itself (no compound's part), in
        lexicon order, remembered per word like :meth:`triggers_of`."""
        return self._first_memo[word]

    @cached_property
    def _first_memo(self) -> _Answers[tuple[_Trigger, ...]]:
        return _Answers(lambda w: tuple(self.triggers[k] for k in self._first_index.lookup(w)))

    def carriers_of(self, word: str) -> tuple[_Carrier, ...]:
        """The carriers whose words match ``word``, in lexicon order (remembered per word:
        every trigger word of a clause asks, and most are no carrier)."""
        return self._carriers_memo[word]

    @cached_property
    def _carriers_memo(self) -> _Answers[tuple[_Carrier, ...]]:
        return _Answers(lambda w: tuple(self.carriers[k] for k in self._carrier_index.lookup(w)))

    @cached_property
    def _carrier_index(self) -> _GlobIndex:
        return _GlobIndex([c.words for c in self.carriers])

    @cached_property
    def _first_index(self) -> _GlobIndex:
        return _GlobIndex([t.words[0] for t in self.triggers])

    def _compound_triggers(self, word: str) -> tuple[_Trigger, ...]:
        """The one-word noun triggers of a compound's first part when its head only says
        "event" ("Hochwasserkatastrophe", "Erdbebenkatastrophe", "Flutkatastrophe"; a linking
        "s" or "n" dropped: "Sturmflutskatastrophe"); else those of its head
        (:meth:`_head_final_triggers`)."""
        return self._event_head_triggers(word) or self._head_final_triggers(word)

    def _head_final_triggers(self, word: str) -> tuple[_Trigger, ...]:
        """The one-word noun triggers a capitalised word is when inflected or compounded
        (``[compounds] head_stem``; session 32, h32b-compound). German compounds are
        head-final: the last part says what the thing is and the first only which one
        ("Gerölllawine", "Schlammlawine" are avalanches of a kind, "Lawinengefahr" a danger).
        Inflected forms the lexicon does not list lose their ending first ("Erdstößen" is
        "Erdstöße", "Massakers" "Massaker"). Only a trigger of a ``head_kinds`` type is a
        head, and a first part shorter than ``head_stem`` is no compound's: a head found
        at any letter may cut through a word ("Gas-p-reise" is no journey), and the types
        of things (hazards, accidents, attacks) are where German compounds name a sort of
        the event; the longest head wins ("Sturzflut" before "Flut")."""
        if not self.compound_head_stem or not word[:1].isupper():
            return ()
        low = word.casefold()
        forms = [low] + [low[: -len(e)] for e in self.compound_inflections if low.endswith(e)]
        for form in forms:
            if form != low:
                got = self._head_nouns_of(form, whole=True)
                if got:
                    return got
            for cut in range(self.compound_head_stem, len(form) - self.compound_head_min + 1):
                got = self._head_nouns_of(form[cut:], whole=False)
                if got:
                    return got
        return ()

    def _head_nouns_of(self, form: str, *, whole: bool) -> tuple[_Trigger, ...]:
        """The one-word noun triggers that ``form`` (folded) is: a word the lexicon lists, or
        one its prefix pattern reads ("lawine*"). A suffix pattern ("*unglück") reads its
        own word, or, for a ``head_kinds`` type, a word whose part before the suffix has
        ``head_stem`` letters (not "Ältest" as "*test"). A head (``whole`` False) is only
        of a ``head_kinds`` type."""
        out = []
        for k in self._first_index.lookup(form):
            t = self.triggers[k]
            if t.pos != "noun" or len(t.words) != 1:
                continue
            kindly = t.type in self.compound_head_kinds
            if not whole and not kindly:
                continue
            for p in t.words[0].patterns:
                p = p.casefold()
                inner = p.strip("*")
                if "*" in inner:
                    ok = t.words[0].match(form)
                elif not p.startswith("*"):
                    ok = form == inner if not p.endswith("*") else form.startswith(inner)
                elif p.endswith("*"):
                    ok = inner in form
                else:
                    rest = len(form) - len(inner)
                    ok = form.endswith(inner) and (
                        rest == 0 or (kindly and rest >= self.compound_head_stem)
                    )
                if ok:
                    out.append(t)
                    break
        return tuple(out)

    def _event_head_triggers(self, word: str) -> tuple[_Trigger, ...]:
        """The triggers of a compound's first part when its head only says "event"
        (``[compounds] heads``; :meth:`_compound_triggers`)."""
        low = word.casefold()
        for head in self.compound_heads:
            first = low[: -len(head)] if low.endswith(head) else ""
            if len(first) < 3:
                continue
            forms = [first] + [first[: -len(k)] for k in self.compound_links if first.endswith(k)]
            for form in forms:
                got = tuple(
                    t
                    for t in self.triggers
                    if t.pos == "noun" and len(t.words) == 1 and t.words[0].match(form)
                )
                if got:
                    return got
        return ()

    @cached_property
    def habitual_firsts(self) -> frozenset[str]:
        """What may stand before the space of a ``habitual`` pair (:func:`_space_prefixes`):
        a clause none of whose words is one holds no pair (most clauses; session 26)."""
        return _space_prefixes(self.habitual)

    @cached_property
    def future_firsts(self) -> frozenset[str]:
        """What may stand before the space of a ``future`` pair (:func:`_space_prefixes`)."""
        return _space_prefixes(self.future)

    @cached_property
    def denial_firsts(self) -> frozenset[str]:
        """What may stand before the space of a ``denials`` pair (:func:`_space_prefixes`)."""
        return _space_prefixes(self.denials)

    @cached_property
    def ruled_out_lasts(self) -> frozenset[str]:
        """The last words of the ``ruled_out`` pairs: a clause ending in none rules out
        nothing (:func:`_flags`)."""
        return frozenset(last for _, last in self.ruled_out)

    @cached_property
    def inquiry_lasts(self) -> frozenset[str] | None:
        """The last words of the ``inquiries`` phrases: a noun with none of them in the few
        words before it is looked into by none (:func:`_looked_into`); None when an empty
        phrase (which ends anywhere) makes the test unusable."""
        if not all(self.inquiries):
            return None
        return frozenset(p[-1] for p in self.inquiries)

    @cached_property
    def ongoing_firsts(self) -> frozenset[str]:
        """What may stand before the space of an ``ongoing`` pair (:func:`_space_prefixes`)."""
        return _space_prefixes(self.ongoing)

    @cached_property
    def expected_firsts(self) -> frozenset[str]:
        """The first words of the ``expected`` phrases ("warned" of "warned of")."""
        return frozenset(p[0] for p in self.expected if len(p) > 1)

    @cached_property
    def word_kinds(self) -> dict[str, int]:
        """word -> what it can be (trigger, title, verb of saying; bits), remembered across
        documents like a glob's answers and as bounded."""
        return {}

    @cached_property
    def marked_words(self) -> set[str]:
        """The words of :attr:`word_kinds` that are something (a bit set), kept and cleared
        with it: a document's known words are found by one set intersection."""
        return set()

    def plain_saying_unless(self, word: str) -> tuple[_Trigger, ...] | None:
        """May ``word`` be read as nothing but a plain verb of saying (:func:`_plain_saying`)?
        None when it may be more (a subject verb, a carrier, a trigger of one word of another
        kind); else the triggers of several words it opens that are more (``told
        parliament``, ``sagte vor dem Parlament``), which need their other words in the
        clause (remembered per word like :meth:`triggers_of`)."""
        return self._plain_saying_memo[word]

    @cached_property
    def _plain_saying_memo(self) -> _Answers[tuple[_Trigger, ...] | None]:
        return _Answers(self._plain_saying_unless)

    def quantity_field(self, word: str) -> str | None:
        """The first field of ``_QUANTITY_FIELDS`` whose ``quantity_words`` match ``word``
        (``killed``: dead), or None: one remembered look-up per word instead of a glob per
        field (:func:`_quantities` asks for the words around every number)."""
        return self._quantity_field_memo[word]

    @cached_property
    def _quantity_field_memo(self) -> _Answers[str | None]:
        # the first field whose words match, by one index probe (the fields in order)
        index = _GlobIndex([self.quantity_words[f] for f in _QUANTITY_FIELDS])
        return _Answers(lambda word: next((_QUANTITY_FIELDS[k] for k in index.lookup(word)), None))

    def plain_saying_ends(self, word: str) -> _Glob:
        """One glob of the last words of the triggers :meth:`plain_saying_unless` gives for
        ``word`` (``parliament`` of ``told parliament``): a clause with none of them holds
        none of those triggers whole."""
        return self._plain_saying_ends_memo[word]

    @cached_property
    def _plain_saying_ends_memo(self) -> _Answers[_Glob]:
        return _Answers(
            lambda word: _any_of(t.words[-1] for t in self.plain_saying_unless(word) or ())
        )

    def _plain_saying_unless(self, word: str) -> tuple[_Trigger, ...] | None:
        low = word.casefold()
        if (
            low in self.subject_verbs
            or low in self.present_carriers
            or low in self.headline_pasts  # "Bewaffnete stürmen Polizeiwache" (session 27)
            or self.carriers_of(word)
        ):
            # a carrier's present too ("Ferry Sinks Off X": a headline's verb whose place the
            # geoparser may not read; session 24, h24-even)
            return None
        more = tuple(t for t in self.triggers_of(word) if not _plain_saying(t, self))
        return more if all(len(t.words) > 1 for t in more) else None

    @cached_property
    def any_feature(self) -> _Glob:
        """Any feature word of ``back_reference`` (``city``, ``port``, ``Stadt``)."""
        return _any_of(pat for _, pat in self.back_reference)

    @cached_property
    def any_site_noun(self) -> _Glob:
        """Any noun of ``site_nouns``: one test per token before finding which."""
        return _any_of(self.site_nouns)

    @cached_property
    def is_site_noun(self) -> Callable[[str], bool]:
        """Is ``word`` a form of a ``site_nouns`` entry (:meth:`site_noun` is not None)?
        Remembered per word: the clause tests ask it of every word of a clause, and a
        remembered answer is one dictionary look-up in C, with no frame (session 26)."""
        return _Answers(lambda w: self.site_noun(w) is not None).__getitem__

    def site_noun(self, word: str) -> int | None:
        """Which ``site_nouns`` entry ``word`` is a form of (``prisons`` -> ``prison*``); a
        possessive is its noun's form (``stormed the mine's office``: session 25, round 2)."""
        if word.endswith(_POSSESSIVES):
            word = word[:-2]
        if not self.any_site_noun.match(word):
            return None
        return next((k for k, g in enumerate(self.site_nouns) if g.match(word)), None)

    @cached_property
    def any_org(self) -> _Glob:
        return _Glob(self.org_first)

    @cached_property
    def two_word_firsts(self) -> _Glob:
        """The first word of any two-word noun trigger ("forest" of "forest fire"): most
        words open none, and :func:`_two_word_noun` asks for every word of a carrier's
        clause."""
        return _any_of(t.words[0] for t in self.triggers if t.pos == "noun" and len(t.words) == 2)

    @cached_property
    def home_office_firsts(self) -> frozenset[str]:
        """The first words of the ``home_offices`` titles: :func:`_office_countries` asks
        for every word of a clause with an event, and most open none."""
        return frozenset(o[0] for o in self.home_offices if o)

    def figurative_of(
        self, word: str
    ) -> tuple[tuple[_Glob, _Glob, int, bool, bool, _Glob, _Glob, _Glob], ...]:
        """The ``figurative`` entries whose trigger words match ``word``, in order: one
        remembered look-up per word instead of a glob per entry (every trigger word of a
        clause asks, and most match none)."""
        return self._figurative_memo[word]

    @cached_property
    def _figurative_memo(
        self,
    ) -> _Answers[tuple[tuple[_Glob, _Glob, int, bool, bool, _Glob, _Glob, _Glob], ...]]:
        # the entries' trigger globs found by one index probe per new word, not one
        # remembered answer per entry (a first pass asked each new trigger word of every
        # entry's glob: about a fifth of the answers it made over LGL; session 27)
        index = _GlobIndex([e[0] for e in self.figurative])
        return _Answers(lambda word: tuple(self.figurative[k] for k in index.lookup(word)))

    @cached_property
    def any_weak(self) -> _Glob:
        """The first word of any verb of saying."""
        return _Glob([w for t in self.triggers if t.pos == "weak" for w in t.first])


#: the fewest letters of a word read as a participle before a copula (``gestartet waren``;
#: not ``da war``, ``gut war``)
_PARTICIPLE_LETTERS = 5


def _participle_copula_end(
    words: Sequence[str], copulas: Set[str], endings: tuple[str, ...]
) -> bool:
    """Do ``words`` (as written) end in a lower-case participle and a copula of the past
    (``[clauses] participle_copulas`` after a word of ``participle_endings``): ``die nahe X
    gestartet waren``, ``der in X gestartet war``? German builds the past perfect of verbs
    of motion with ``sein``, so such a relative clause tells an earlier act as ``worden
    waren`` does (session 28). ``die in X waren`` (a place before the copula) and a short
    word (``da war``) are not read so."""
    if len(words) < 2 or not endings or words[-1].casefold() not in copulas:
        return False
    last = words[-2]
    return (
        len(last) >= _PARTICIPLE_LETTERS
        and last[:1].islower()
        and last.casefold().endswith(endings)
    )


def _present_forms(triggers: Sequence[_Trigger], raw: dict) -> dict[str, _Trigger]:
    """The present forms of the one-word past verb triggers (``[grammar]
    present_from_past``: the past's ending, English ``ed``): ``overturned`` -> ``overturn``,
    ``overturns``; ``capsized`` -> ``capsize``, ``capsizes``; ``kidnapped`` -> ``kidnap``,
    ``kidnaps``; ``lynched`` -> ``lynch``, ``lynches``. A headline tells the news in the
    present (``A ferry capsizes off X``) with the verbs the lexicon lists in the past; the
    forms are derived, not listed, so that every past trigger has them. Left out: a form
    that is any word of the lexicon already (a trigger, a carrier or a noun that gives a
    carrier its kind: ``tests``, ``fires``, ``shells``, ``bombs`` are nouns too), the verbs
    of saying, and a past that is a carrier or an impact (``crashed``, ``exploded``: their
    kind is the noun's that did it, which a headline's reading does not look for). A form
    no word has (``capsizs``) costs one dictionary entry."""
    ending = raw.get("grammar", {}).get("present_from_past", "")
    if not ending:
        return {}
    carrier_words = {n.casefold() for group in raw.get("carriers", []) for n in group["words"]}
    taken = (
        {w.casefold() for t in triggers for w in t.text.split()}
        | carrier_words
        | {
            n.casefold()
            for group in raw.get("carriers", [])
            for nouns in group["kinds"].values()
            for n in nouns
        }
    )
    out: dict[str, _Trigger] = {}
    for t in triggers:
        past = t.text.casefold()
        if (
            t.pos != "verb"
            or t.type in ("statement", "impact")
            or past in carrier_words
            or " " in past
        ):
            continue
        for form in _present_of(past, ending):
            if form not in taken:
                out.setdefault(form, t)
    return out


def _present_phrases(triggers: Sequence[_Trigger], raw: dict) -> dict[str, tuple[_Trigger, ...]]:
    """The headline's present of the verb triggers of several words, as
    :func:`_present_forms` gives it for one word: the present of the first word (``took``
    -> ``takes``, ``take``; ``went`` -> ``goes``, ``go``) -> the triggers with it in place of
    the past, the other words kept (``Army takes power in X``, ``Workers go on strike in
    X``, ``Protesters throw stones at police``). Left out as there: the verbs of saying and
    the impacts, a first word that is a pattern, a particle before the verb, and the
    phrases of ``[grammar] not_inflected`` (``took to``: "takes the injured to hospital").
    Session 27 (h27-evwords)."""
    grammar = raw.get("grammar", {})
    ending = grammar.get("present_from_past", "")
    if not ending:
        return {}
    keep = {w.casefold() for w in grammar.get("not_inflected", [])}
    # a present with a reading of its own: [[noun_presents]] ("shoot" after armed subjects
    # only: "Film crew shoots ... at sunrise") and a phrase the lexicon lists ("runs aground")
    own = {w.casefold() for entry in raw.get("noun_presents", []) for w in entry["words"]}
    listed = {t.text.casefold() for t in triggers}
    out: dict[str, list[_Trigger]] = {}
    for t in triggers:
        parts = t.text.split()
        if (
            t.pos != "verb"
            or t.type in ("statement", "impact")
            or len(parts) < 2
            or "*" in parts[0]
            or t.particle_before
            or t.text.casefold() in keep
        ):
            continue
        for form in _present_of(parts[0].casefold(), ending):
            text = " ".join([form, *parts[1:]])
            if form in own or text.casefold() in listed:
                continue
            out.setdefault(form, []).append(
                replace(t, words=(_glob([form]), *t.words[1:]), text=text)
            )
    return {k: tuple(v) for k, v in out.items()}


def _present_of(past: str, ending: str) -> list[str]:
    """The base and third-person forms of a one-word past: of a regular one by its ending
    (``capsized`` -> ``capsize``, ``capsizes``, and the spellings a stem may have), of an
    irregular one by LemmInflect's lexicon (``fought`` -> ``fight``, ``fights``); none for a
    word that is no past."""
    if not past.endswith(ending):
        # an irregular past: LemmInflect's forms ("fought" -> "fight", "fights"; "overran"
        # -> "overruns"; session 27), the past itself left out ("hit", "burst")
        return [f for f in present_of_past(past) if f != past]
    if not past.isalpha() or len(past) < 5:
        return []
    stem = past[: -len(ending)]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # kidnapped -> kidnap
    if stem.endswith("i"):
        stems.add(stem[:-1] + "y")  # carried -> carry
    forms = []
    for base in sorted(stems):
        third = base + ("es" if base.endswith(("sh", "ch", "x", "ss", "z")) else "s")
        if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
            third = base[:-1] + "ies"
        forms += [base, third]
    return forms


def _present_carriers(triggers: Sequence[_Trigger], raw: dict) -> dict[str, str]:
    """The present forms of the one-word past carrier words (``crashed`` -> ``crashes``;
    ``overturned`` -> ``overturns``) -> the past word, as :func:`_present_forms` derives
    them for triggers, leaving out a form that is any word of the lexicon already (``crash``
    is a noun trigger, ``hits`` a carrier word of its own), and the forms ``[grammar]
    irregular_present`` lists for an irregular past (``sank`` -> ``sinks``). A headline
    tells an accident in the present (``A crowded bus overturns in X``); the carrier then
    reads its subject's noun as it reads it in the past (session 22, h22-trig)."""
    ending = raw.get("grammar", {}).get("present_from_past", "")
    if not ending:
        return {}
    groups = raw.get("carriers", [])
    carrier_words = {n.casefold() for group in groups for n in group["words"]}
    taken = (
        {w.casefold() for t in triggers for w in t.text.split()}
        | carrier_words
        | {n.casefold() for group in groups for nouns in group["kinds"].values() for n in nouns}
    )
    irregular = raw.get("grammar", {}).get("irregular_present", {})
    out: dict[str, str] = {}
    for past in sorted(carrier_words):
        if " " in past or "*" in past:
            continue
        for form in [*_present_of(past, ending), *irregular.get(past, [])]:
            if form not in taken:
                out.setdefault(form, past)
    return out


def _headline_pasts(triggers: Sequence[_Trigger], raw: dict) -> dict[str, str]:
    """A headline's present -> the one-word past of a verb trigger or a carrier it is read as,
    in a language whose weak past has an ending of its own (``[grammar] weak_past``, German
    ``te``): the singular past without its last ``e`` (``stürzte`` -> ``stürzt``,
    ``tötete`` -> ``tötet``), its stem with the present's plural ending (``stürmte`` ->
    ``stürmen``, ``kenterte`` -> ``kentern``), a pattern's word read
    without its ``*`` (``stürmte*``), and the strong verbs' present ``[grammar]
    irregular_present`` lists (``sank`` -> ``sinkt``). Left out: a form that is any word of
    the lexicon already (``zerstört``, ``entgleist`` are participles the lexicon reads) and
    the verbs of saying. Session 27 (h27-evheads)."""
    grammar = raw.get("grammar", {})
    ending = grammar.get("weak_past", "")
    if not ending:
        return {}
    groups = raw.get("carriers", [])
    carrier_words = {n.casefold() for group in groups for n in group["words"]}
    pasts = {
        w.rstrip("*")
        for w in carrier_words
        | {t.text.casefold() for t in triggers if t.pos == "verb" and t.type != "statement"}
        if " " not in w and "*" not in w.rstrip("*")
    }
    # a form any trigger's or carrier's word matches already (``entführt``, ``bombardiert``:
    # participles the lexicon reads by a pattern) is left to those readings
    taken = _glob([*(w for t in triggers for w in t.text.split()), *carrier_words])
    irregular = grammar.get("irregular_present", {})
    out: dict[str, str] = {}
    for past in sorted(pasts):
        forms = [(f, past) for f in irregular.get(past, [])]
        if past.endswith(ending) and len(past) > len(ending) + 2:
            stem = past[: -len(ending)]
            plain = stem.endswith("e") or (stem.endswith(("er", "el")) and stem[-3:-2] != "i")
            plural = past + "n" if past + "n" in pasts else past
            # stürzte -> stürzt, stürzen; tötete -> tötet, töten; kenterte -> kentern
            forms += [(past[:-1], past), (stem + ("n" if plain else "en"), plural)]
        for form, read in forms:
            if form.isalpha() and not taken.match(form):
                out.setdefault(form, read)
    return out


def _noun_presents(raw: dict) -> dict[str, tuple[_NounPresent, ...]]:
    """``[[noun_presents]]``: each present form -> the entries that list it: its past words
    (tried in turn), the subject heads of the entry (with ``[clauses] armed_subjects``
    where the entry says ``armed``), the prepositions that may follow it and, where the
    entry lists ``objects``, the words its object must open with (session 30: ``Police
    teargas protesters``, not ``Police teargas canisters found``). Session 23,
    round 2 (h23-even)."""
    armed = raw.get("clauses", {}).get("armed_subjects", [])
    out: dict[str, list[_NounPresent]] = {}
    for entry in raw.get("noun_presents", []):
        heads = _glob([*entry.get("subjects", []), *(armed if entry.get("armed") else [])])
        after = _fold(entry.get("prepositions", []))
        objects = _glob(entry["objects"]) if entry.get("objects") else None
        for form, past in entry["words"].items():
            pasts = tuple(p.casefold() for p in ([past] if isinstance(past, str) else past))
            out.setdefault(form.casefold(), []).append((pasts, heads, after, objects))
    return {k: tuple(v) for k, v in out.items()}


def _s_bases(
    triggers: Sequence[_Trigger], raw: dict, noun_presents: dict[str, tuple[_NounPresent, ...]]
) -> frozenset[str]:
    """The base forms ending in ``s`` of the one-word past verbs a headline's present may
    stand for (the verb triggers, the carriers and the pasts of ``noun_presents``, the
    table :func:`_noun_presents` built):
    ``teargassed`` -> ``teargas``, ``bused`` -> ``bus``, ``crossed`` -> ``cross``. Such a
    form ends in ``s`` and is no third person: ``Police teargas protesters in X`` has a
    plural subject as ``Police fire tear gas`` has (session 30, h30-left)."""
    ending = raw.get("grammar", {}).get("present_from_past", "")
    if not ending:
        return frozenset()
    pasts = {t.text.casefold() for t in triggers if t.pos == "verb" and " " not in t.text}
    pasts |= {n.casefold() for group in raw.get("carriers", []) for n in group["words"]}
    for entry in noun_presents.values():
        pasts |= {p for ps, *_ in entry for p in ps}
    # (base, third person) pairs: the bases stand at the even places (an irregular past's
    # from LemmInflect whole: _present_of leaves the past itself out, "hit" -> "hits")
    out: set[str] = set()
    for past in pasts:
        if " " in past or "*" in past:
            continue
        forms = _present_of(past, ending) if past.endswith(ending) else present_of_past(past)
        out.update(base for base in forms[0::2] if base.endswith("s"))
    return frozenset(out)


def _labour_trigger(table: dict | None) -> _Trigger | None:
    """The noun trigger ``[labour_strike]`` makes of its words (its kind, its first word as
    the text), or None when the language has no such table."""
    if not table:
        return None
    kind, sub_kind = _kind_name(table["kind"])
    return _Trigger(kind, "noun", (_glob(table["words"]),), table["words"][0], sub_kind)


def _attack_trigger(table: dict | None) -> _Trigger | None:
    """The noun trigger ``[labour_strike] attack_kind`` makes of ``attack_words`` (session
    25), or None when the language names none."""
    if not table or not table.get("attack_kind") or not table.get("attack_words"):
        return None
    kind, sub_kind = _kind_name(table["attack_kind"])
    words = table["attack_words"]
    return _Trigger(kind, "noun", (_glob(words),), words[0], sub_kind)


def _kind_name(name: str) -> tuple[str, str | None]:
    """``"riot.violent_demonstration"`` -> ("riot", "violent_demonstration")."""
    kind, _, sub = name.partition(".")
    return kind, sub or None


def _space_prefixes(phrases: Iterable[str]) -> frozenset[str]:
    """Every part of a phrase before one of its spaces (``a``, ``a b`` of ``a b c``): the
    only words ``a`` for which ``f"{a} {b}"`` can be a phrase, whatever ``b`` is, so one
    set test of a clause's words tells whether any of its word pairs can be one.

    >>> sorted(_space_prefixes({"every year", "a b c", "once"}))
    ['a', 'a b', 'every']
    """
    return frozenset(p[:k] for p in phrases for k, ch in enumerate(p) if ch == " ")


def _fold(words: Sequence[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _fused(parts: Sequence[str], separable: Set[str]) -> str | None:
    """The one-word form of a separable verb trigger (``stürzte* ein`` -> ``einstürzte*``,
    ``nahm* fest`` -> ``festnahm*``): a subordinate clause puts the finite verb last, its
    particle fused to it (``als eine Mauer einstürzte``, ``nachdem die Polizei ... festnahm``).
    Only a particle of ``[grammar] separable_particles`` fuses (not an object noun: ``setzte*
    tränengas``), and only onto a verb given by its stem (not ``*``-first)."""
    if len(parts) != 2 or parts[1] not in separable or parts[0].startswith("*"):
        return None
    return parts[1] + parts[0]


@cache
def _lexicon(lang: str) -> _Lexicon:
    lang = supported(lang)
    # every form of an English word (session 27: [grammar] inflect, geomap/lexicons/_inflect.py)
    raw = with_forms(events_toml(lang))
    triggers: list[_Trigger] = []
    separable = _fold(raw.get("grammar", {}).get("separable_particles", []))
    for type_, groups in raw["triggers"].items():
        # [triggers.<type>] verbs/nouns, and [triggers.<type>.<sub_kind>] verbs/nouns
        subgroups = [(None, {k: v for k, v in groups.items() if not isinstance(v, dict)})]
        subgroups += [(sub, g) for sub, g in groups.items() if isinstance(g, dict)]
        for sub_kind, group in subgroups:
            for pos_key, items in group.items():
                pos = (
                    "weak"
                    if type_ == "statement_weak"
                    else ("noun" if pos_key == "nouns" else "verb")
                )
                for item in items:
                    parts = item.split()
                    before = len(parts) > 1 and parts[1].startswith("<")
                    words = tuple(_glob([w.lstrip("<>")]) for w in parts)
                    triggers.append(
                        _Trigger(
                            "statement" if type_ == "statement_weak" else type_,
                            pos,
                            words,
                            item.replace("<", "").replace(">", ""),
                            sub_kind,
                            before,
                            preposition=len(parts) > 1 and parts[1].startswith(">"),
                        )
                    )
                    if pos == "verb" and (fused := _fused(parts, separable)):
                        triggers.append(_Trigger(type_, pos, (_glob([fused]),), fused, sub_kind))
    carriers = []
    for group in raw.get("carriers", []):
        kinds = []
        place_kinds = []
        for name, nouns in group["kinds"].items():
            kind, _, sub = name.partition(".")
            plain = [n for n in nouns if not n.startswith("@")]
            at = frozenset(n[1:] for n in nouns if n.startswith("@"))
            kinds.append((kind, sub or None, _glob(plain)))
            if at:
                place_kinds.append((kind, sub or None, at))
        singles = [w for w in group["words"] if " " not in w]
        # a later word marked ">" opens the verb's object, as in a trigger ("zogen* >durch":
        # "zogen am Montag Tausende durch die Innenstadt"; session 24, round 2, h24-evde)
        carrier_phrases = tuple(
            _Trigger(
                "",
                "verb",
                tuple(_glob([part.lstrip(">")]) for part in w.split()),
                w.replace(">", ""),
                preposition=w.split()[1].startswith(">"),
            )
            for w in group["words"]
            if " " in w
        )
        carriers.append(
            _Carrier(
                _glob([*singles, *(w.split()[0] for w in group["words"] if " " in w)]),
                tuple(kinds),
                tuple(place_kinds),
                after_only=bool(group.get("after", False)),
                before_only=bool(group.get("before", False)),
                unless=_fold(group.get("unless", [])),
                phrases=carrier_phrases,
                singles=_glob(singles) if carrier_phrases else None,
                names=_glob(group["names"]) if group.get("names") else None,
                prepositions=_fold(group.get("prepositions", [])),
                not_with=_glob(group["not_with"]) if group.get("not_with") else None,
                needs=_glob(group["needs"]) if group.get("needs") else None,
                not_after=_fold(group.get("not_after", [])),
                passive_only=bool(group.get("passive", False)),
                doer_only=bool(group.get("doer", False)),
                fallback=bool(group.get("fallback", False)),
                names_after=bool(group.get("names_after", False)),
                not_object=_glob(group["not_object"]) if group.get("not_object") else None,
            )
        )
    # the most specific pattern first: one with a particle ("traf* ein", arrive, before
    # "traf*", meet), then the longest literal ("protest*" before "*test")
    triggers.sort(key=lambda t: (-len(t.words), -len(t.text.replace("*", ""))))
    actors = raw["actors"]
    places = raw["places"]
    back = tuple(
        (kind, pat)
        for kind, words in places.get("back_reference", {}).items()
        if (pat := _glob(words))
    )
    orgs = tuple(
        tuple(_glob([w]) for w in org.split())
        for org in sorted(actors["organisations"], key=lambda s: -len(s.split()))
    )
    grammar = raw.get("grammar", {})
    phrases = phrase_lexicon(lang)
    profile = language_profile(lang)
    noun_presents = _noun_presents(raw)
    return _Lexicon(
        lang=lang,
        speech_acts=frozenset(
            a.replace("<", "") for a in raw["triggers"].get("statement_weak", {}).get("acts", [])
        ),
        prospective_acts=frozenset(raw["clauses"].get("prospective_acts", [])),
        prospective_object_prepositions=_fold(
            raw["clauses"].get("prospective_object_prepositions", [])
        ),
        nouns_capitalised=profile.capitalises_nouns,
        adjective_endings=phrases.adjective_endings,
        particles_at_clause_end=grammar.get("particles") == "clause_end",
        sense_changing_particles=separable
        - _fold(raw.get("grammar", {}).get("sense_keeping_particles", [])),
        figurative_objects=_glob(grammar.get("figurative_objects", [])),
        team_verbs=_fold(grammar.get("team_verbs", [])),
        feature_part_nouns=_fold(grammar.get("feature_part_nouns", [])),
        feature_part_links=_fold(grammar.get("feature_part_links", [])),
        feature_part_kinds=frozenset(grammar.get("feature_part_kinds", [])),
        lasting_units=_fold(raw["clauses"].get("lasting_units", [])),
        kept_followers=_glob(grammar.get("kept_followers", [])),
        figurative=tuple(
            (
                _glob(f["words"]),
                _glob(f["followers"]),
                int(f.get("reach", _FIGURATIVE_REACH)),
                bool(f.get("object", False)),
                bool(f.get("before", False)),
                _glob(f.get("unless_next", [])),
                _glob(f.get("unless_before", [])),
                _glob(f.get("unless_between", [])),
            )
            for f in raw.get("figurative", [])
        ),
        verb_second=grammar.get("subject") == "verb_second",
        genitive_determiners=_fold(grammar.get("genitive_determiners", [])),
        object_articles=_fold(grammar.get("object_articles", [])),
        genitive_articles=_fold(grammar.get("genitive_articles", [])),
        genitive_endings=tuple(
            sorted(
                (e.casefold() for e in grammar.get("genitive_endings", [])), key=len, reverse=True
            )
        ),
        generic=_fold(raw["clauses"].get("generic", [])),
        expected=tuple(
            tuple(phrase.casefold().split())
            for phrase in raw["clauses"].get("expected", []) + raw["clauses"].get("appeals", [])
        ),
        appeals=tuple(
            tuple(phrase.casefold().split()) for phrase in raw["clauses"].get("appeals", [])
        ),
        series=tuple(
            tuple(phrase.casefold().split()) for phrase in raw["clauses"].get("series", [])
        ),
        tolls=tuple(tuple(phrase.casefold().split()) for phrase in raw["clauses"].get("tolls", [])),
        toll_prepositions=_fold(raw["clauses"].get("toll_prepositions", [])),
        toll_rises=_fold(raw["clauses"].get("toll_rises", [])),
        generic_after=tuple(
            tuple(phrase.casefold().split()) for phrase in raw["clauses"].get("generic_after", [])
        ),
        copulas=_fold(raw["clauses"].get("copulas", [])),
        views=tuple(tuple(p.casefold().split()) for p in raw["clauses"].get("views", [])),
        view_pairs=frozenset(
            tuple(p.casefold().split())
            for p in raw["clauses"].get("views", [])
            if len(p.split()) == 2
        ),
        predicate_frames=tuple(
            tuple(p.casefold().split()) for p in raw["clauses"].get("predicate_frames", [])
        ),
        call_frames=tuple(
            tuple(p.casefold().split()) for p in raw["clauses"].get("call_frames", [])
        ),
        view_verbs=_fold(raw["clauses"].get("view_verbs", [])),
        view_links=_fold(raw["clauses"].get("view_links", [])),
        generic_adjectives=_fold(raw["clauses"].get("generic_adjectives", [])),
        name_heads=_fold(raw["clauses"].get("name_heads", [])),
        ordinals=_fold(raw["clauses"].get("ordinals", [])),
        tally_openers=tuple(
            tuple(p.casefold().split()) for p in raw["clauses"].get("tally_openers", [])
        ),
        tally_frames=tuple(
            tuple(p.casefold().split()) for p in raw["clauses"].get("tally_frames", [])
        ),
        anniversary_verbs=_fold(raw["clauses"].get("anniversary_verbs", [])),
        accused_pronouns=_fold(raw["clauses"].get("accused_pronouns", [])),
        modified_nouns=_fold(raw["clauses"].get("modified_nouns", [])),
        future=_fold(raw["clauses"].get("future", [])),
        conditional_openers=_fold(raw["clauses"].get("conditional_openers", [])),
        negative_determiners=_fold(
            [w for w in raw["clauses"].get("negative_determiners", []) if " " not in w]
        ),
        negative_pronouns=_fold(raw["clauses"].get("negative_pronouns", [])),
        negative_phrases=tuple(
            tuple(w.casefold().split())
            for w in raw["clauses"].get("negative_determiners", [])
            if " " in w
        ),
        negation_barriers=_fold(raw["clauses"].get("negation_barriers", [])),
        attributive_before=_fold(raw["clauses"].get("attributive_before", [])),
        attributive_degree=_fold(raw["clauses"].get("attributive_degree", [])),
        absolute_heads=tuple(
            tuple(h.casefold().split()) for h in raw["clauses"].get("absolute_heads", [])
        ),
        additives=_fold(raw["clauses"].get("additives", [])),
        another=_fold(raw["clauses"].get("another", [])),
        negation_qualifiers=_fold(raw["clauses"].get("negation_qualifiers", [])),
        negation_not_before=_fold(raw["clauses"].get("negation_not_before", [])),
        attribute_endings=tuple(raw["clauses"].get("attribute_endings", [])),
        not_attributes=_fold(raw["clauses"].get("not_attributes", [])),
        modal_future=_fold(raw["clauses"].get("modal_future", [])),
        perfect_infinitives=_fold(raw["clauses"].get("perfect_infinitives", [])),
        infinitive_endings=tuple(raw["clauses"].get("infinitive_endings", [])),
        frequency=_fold(raw["clauses"].get("frequency", [])),
        singular_verb_pronouns=_fold(grammar.get("singular_verb_pronouns", [])),
        plural_subject_pronouns=_fold(grammar.get("plural_subject_pronouns", [])),
        plural_verb_endings=tuple(grammar.get("plural_verb_endings", [])),
        infinitive_markers=_fold(grammar.get("infinitive_markers", [])),
        march_verbs=_glob(raw["clauses"].get("march_verbs", [])),
        means_prepositions=_fold(raw["clauses"].get("means_prepositions", [])),
        means_types=_fold(raw["clauses"].get("means_types", [])),
        march_types=_fold(raw["clauses"].get("march_types", [])),
        triggers=tuple(triggers),
        present_forms=_present_forms(triggers, raw),
        present_phrases=_present_phrases(triggers, raw),
        present_carriers=_present_carriers(triggers, raw),
        headline_pasts=_headline_pasts(triggers, raw),
        noun_presents=noun_presents,
        s_bases=_s_bases(triggers, raw, noun_presents),
        continuation={k: _fold(v) for k, v in raw.get("continuation", {}).items()},
        carry_kin={k: _fold(v) for k, v in raw.get("carry_kin", {}).items()},
        hypothetical=_fold(raw["clauses"]["hypothetical"]),
        own_part_moods=_fold(raw["clauses"].get("own_part_moods", [])),
        state_auxiliaries=_fold(raw["clauses"].get("state_auxiliaries", [])),
        passive_states=_fold(raw["clauses"].get("passive_states", [])),
        mood_nouns=_fold(raw["clauses"].get("mood_nouns", [])),
        mood_attributes=_fold(raw["clauses"].get("mood_attributes", [])),
        threat_pasts=_fold(raw["clauses"].get("threat_pasts", [])),
        threat_participles=_fold(raw["clauses"].get("threat_participles", [])),
        subject_pronouns=_fold(raw["clauses"].get("subject_pronouns", [])),
        reason_words=_fold(raw["clauses"].get("reason_words", [])),
        shared_place_not=_fold(raw["clauses"].get("shared_place_not", [])),
        reported=_fold(raw["clauses"]["reported"]),
        negations=_fold(raw["clauses"].get("negations", [])),
        purpose_openers=_fold(raw["clauses"]["purpose_openers"]),
        titles=_glob(profile.title_patterns),
        organisations=orgs,
        org_first=tuple(org.split()[0] for org in actors["organisations"]),
        plural_anaphors=_fold(actors["plural_anaphors"]),
        singular_pronouns=_fold(actors.get("singular_pronouns", [])),
        coordinators=_fold(actors.get("coordinators", [])),
        conjunctions=_fold(actors.get("conjunctions", [])),
        auxiliaries=_fold(actors.get("auxiliaries", [])),
        not_here_before=_fold(places.get("not_here_before", [])),
        not_names=_fold(actors["not_names"]),
        name_connectors=_fold(actors.get("name_connectors", [])),
        determiners=_fold(actors["determiners"]),
        prepositions=_fold(actors["prepositions"]),
        cues=_fold(places["cues"]),
        outside=_fold(places.get("outside", [])),
        here=_fold(places.get("here", [])),
        relative_here=_fold(places.get("relative_here", [])),
        event_phrase_openers=_fold(places.get("event_phrase_openers", [])),
        moment_words=_fold(places.get("moment_words", [])),
        departure_nouns=_fold(places.get("departure_nouns", [])),
        share_openers=tuple(tuple(p.casefold().split()) for p in places.get("share_openers", [])),
        near=tuple(tuple(p.casefold().split()) for p in places.get("near", [])),
        transparent=_fold(places.get("transparent", [])),
        targets=_fold(places.get("targets", [])),
        launch_into=_fold(places.get("launch_into", [])),
        back_reference=back,
        numbers=_fold(raw["quantity"]["numbers"]),
        objects=_glob(raw["quantity"]["objects"]),
        impact_subjects=_glob(raw.get("impact", {}).get("subjects", [])),
        impact_after=_fold(raw.get("impact", {}).get("after", [])),
        impact_road_nouns=_fold(raw.get("impact", {}).get("road_nouns", [])),
        impact_road_tolls=tuple(
            tuple(w.casefold().split()) for w in raw.get("impact", {}).get("road_tolls", [])
        ),
        impact_road_not_after=_fold(raw.get("impact", {}).get("road_not_after", [])),
        impact_road_not_before=_fold(raw.get("impact", {}).get("road_not_before", [])),
        carriers=tuple(carriers),
        state_subject=dict(raw.get("state_subject", {})),
        recast=tuple(
            (
                frozenset(r["from"]),
                *_kind_name(r["to"]),
                _glob(r["nouns"]) if "nouns" in r else None,
                _glob(r["targets"]) if "targets" in r else None,
                _glob(r["words"]) if "words" in r else None,
                bool(r.get("subject", False)),
                bool(r.get("sentence", False)),
                bool(r.get("passive", False)),
                _glob(r["unless"]) if "unless" in r else None,
            )
            for r in raw.get("recast", [])
        ),
        passive_agents=_fold(grammar.get("passive_agents", [])),
        passive_particles=_fold(grammar.get("passive_particles", [])),
        passive_adverbs=_fold(grammar.get("passive_adverbs", [])),
        coordinated_modals=_fold(raw["clauses"].get("coordinated_modals", [])),
        moved_participles=_fold(grammar.get("moved_participles", [])),
        moved_people=_glob(grammar.get("moved_people", [])),
        partner_prepositions=_fold(grammar.get("partner_prepositions", [])),
        casualty=_glob(raw.get("casualty", {}).get("words", [])),
        casualty_causes=_fold(raw.get("casualty", {}).get("causes", [])),
        casualty_intransitive=_fold(raw.get("casualty", {}).get("intransitive", [])),
        circumstance=_fold(raw["clauses"].get("circumstance", [])),
        distinct_acts=_fold(raw["clauses"].get("distinct_acts", [])),
        act_parts={k: frozenset(v) for k, v in raw["clauses"].get("act_parts", {}).items()},
        capital=_glob(places.get("capital", [])),
        region_subjects=_fold(places.get("region_subjects", [])),
        regional_capitals=tuple(
            tuple(w.casefold().split()) for w in places.get("regional_capitals", [])
        ),
        seats=_glob(
            [
                w
                for w in (*places.get("seats_of_state", []), *places.get("seat_heads", []))
                if " " not in w
            ]
        ),
        seat_phrases=_phrases(places.get("seats_of_state", [])),
        town_sites=_glob(places.get("town_sites", [])),
        seat_adjectives=_fold(places.get("seat_adjectives", [])),
        seat_heads=_fold(places.get("seat_heads", [])),
        seat_local=_fold(places.get("seat_local", [])),
        embassies=_glob(places.get("embassies", [])),
        admin_words=_fold(places.get("admin_words", [])),
        fronted_openers=_fold(places.get("fronted_openers", [])),
        object_reference=_fold(places.get("object_reference", [])),
        site_cues=_fold(places.get("site_cues", [])),
        said_at=_fold(places.get("said_at", [])),
        people_nouns=_fold(places.get("people_nouns", [])),
        sayer_nouns=_glob(places.get("sayer_nouns", [])),
        from_moves=_fold(places.get("from_moves", [])),
        distance_units=_fold(places.get("distance_units", [])),
        source_words=_fold(places.get("source_words", [])),
        source_links=_fold(places.get("source_links", [])),
        other_country=_glob(places.get("other_country", [])),
        org_words=_fold([o for o in actors["organisations"] if " " not in o]),
        event_words=_fold(
            [
                n
                for group in raw.get("carriers", [])
                for nouns in group["kinds"].values()
                for n in nouns
                if n.isalpha()
            ]
        ),
        commemorations=_fold(raw["clauses"].get("commemorations", [])),
        commemoration_prepositions=_fold(raw["clauses"].get("commemoration_prepositions", [])),
        victims_of=_fold(raw["clauses"].get("victims_of", [])),
        past_ending=raw.get("grammar", {}).get("present_from_past", ""),
        inquiries=tuple(
            tuple(phrase.casefold().split()) for phrase in raw["clauses"].get("inquiries", [])
        ),
        works=_glob(raw["clauses"].get("works", [])),
        work_links=_fold(raw["clauses"].get("work_links", [])),
        inclusions=tuple(w.casefold() for w in raw["clauses"].get("inclusions", [])),
        apposition_openers=tuple(
            w.casefold() for w in raw["clauses"].get("noun_apposition_openers", [])
        ),
        apposition_not_after=_fold(raw["clauses"].get("noun_apposition_not_after", [])),
        person_relatives=tuple(raw["clauses"].get("person_relatives", [])),
        object_relative_types=frozenset(raw["clauses"].get("object_relative_types", [])),
        object_relative_heads=frozenset(raw["clauses"].get("object_relative_heads", [])),
        frame_prepositions=_fold(raw["clauses"].get("frame_prepositions", [])),
        frame_types=frozenset(raw["clauses"].get("frame_types", [])),
        frame_heads=frozenset(raw["clauses"].get("frame_heads", [])),
        subject_relatives=tuple(w.casefold() for w in raw["clauses"].get("subject_relatives", [])),
        factual_subordinators=_fold(raw["clauses"].get("factual_subordinators", [])),
        open_questions=_fold(raw["clauses"].get("open_questions", [])),
        comma_before_subordinates=bool(raw["clauses"].get("comma_before_subordinates", False)),
        own_time_openers=_fold(raw["clauses"].get("own_time_openers", [])),
        year_relatives=_fold(raw["clauses"].get("year_relatives", [])),
        gathering_verbs=_fold(raw["clauses"].get("gathering_verbs", [])),
        crowd_dispersals=frozenset(raw["clauses"].get("crowd_dispersals", [])),
        verb_last_openers=_fold(grammar.get("verb_last_openers", [])),
        generic_event_nouns={
            w.casefold(): tuple(types.split())
            for types, words in places.get("generic_event_nouns", {}).items()
            for w in words
        },
        generic_event_cues=_fold(places.get("generic_event_cues", [])),
        event_sites=tuple(
            sorted(
                (
                    (frozenset(k.split()), tuple(w.casefold().split()))
                    for k, words in places.get("event_site", {}).items()
                    for w in words
                ),
                key=lambda e: -len(e[1]),
            )
        ),
        reported_subjunctive=_fold(raw["clauses"].get("reported_subjunctive", [])),
        reported_sources=_fold(raw["clauses"].get("reported_sources", [])),
        reported_earlier=_fold(raw["clauses"].get("reported_earlier", [])),
        reported_links=_fold(raw["clauses"].get("reported_links", [])),
        reported_detail_types=_fold(raw["clauses"].get("reported_detail_types", [])),
        modal_infinitives=_fold(raw["clauses"].get("modal_infinitives", [])),
        noun_date_openers=_fold(raw["clauses"].get("noun_date_openers", [])),
        counterfactual_cues=_fold(raw["clauses"].get("counterfactual_cues", [])),
        present_tense=_glob(raw["clauses"].get("present_tense", [])),
        site_kinds={k: frozenset(v) for k, v in places.get("site_kinds", {}).items()},
        directions=_fold(places.get("directions", [])),
        compass={
            w.casefold(): point
            for point, words in places.get("compass_parts", {}).items()
            for w in words
        },
        compass_nouns=_fold(places.get("compass_links", {}).get("nouns", [])),
        settlement_heads=_glob(places.get("settlement_heads", [])),
        introduced_heads=_glob([w for w in places.get("introduced_heads", []) if " " not in w]),
        introduced_phrases=_phrases(places.get("introduced_heads", [])),
        small_heads=tuple(tuple(w.casefold().split()) for w in places.get("small_heads", [])),
        flashback_auxiliaries=_fold(places.get("flashback_auxiliaries", [])),
        bracket_auxiliaries=_fold(grammar.get("bracket_auxiliaries", [])),
        scene_openers=_fold(places.get("scene_openers", [])),
        scene_words=_fold(places.get("scene_words", [])),
        no_site_types=_fold(places.get("no_site_types", [])),
        same_words=_fold(places.get("same_words", [])),
        same_area_classes=frozenset(places.get("same_area_classes", [])),
        nationwide=_glob(places.get("nationwide", [])),
        route_between=_fold(places.get("route_between", [])),
        comparisons=_fold(places.get("comparisons", [])),
        passing_words=_fold(places.get("passing_words", [])),
        passing_after=_fold(places.get("passing_after", [])),
        comparatives=_glob(places.get("comparatives", [])),
        decree_scopes=_fold(places.get("decree_scopes", [])),
        decree_nouns=_glob(places.get("decree_nouns", [])),
        compass_links=_fold(places.get("compass_links", {}).get("links", [])),
        topic_heads=_fold(places.get("topic_heads", [])),
        topic_preps=_fold(places.get("topic_preps", [])),
        charge_preps=_fold(places.get("charge_preps", []))
        | _fold(places.get("charge_participles", [])),
        charge_participles=_fold(places.get("charge_participles", [])),
        court_charge_preps=_fold(places.get("court_charge_preps", [])),
        protest_targets=_fold(places.get("protest_targets", [])),
        sea_modifier_heads=_fold(places.get("sea_modifier_heads", [])),
        content_markers=_fold(places.get("content_markers", [])),
        content_kinds=frozenset(places.get("content_kinds", [])),
        content_routes=_fold(places.get("content_routes", [])),
        nested_in=_fold(places.get("nested_in", [])),
        nested_near=_fold(places.get("nested_near", [])),
        route_nouns=_glob(places.get("route_nouns", [])),
        statistics=_glob(raw["clauses"].get("statistics", [])),
        count_words=_fold(raw["clauses"].get("count_words", [])),
        undergoing_kinds=frozenset(raw["clauses"].get("undergoing_kinds", [])),
        habitual=_fold(raw["clauses"].get("habitual", [])),
        habitual_not_before=_fold(raw["clauses"].get("habitual_not_before", [])),
        habitual_not_after=_fold(raw["clauses"].get("habitual_not_after", [])),
        labels=_fold(raw["clauses"].get("labels", [])),
        year_links=_fold(raw["clauses"].get("year_links", [])),
        descriptions=_fold(raw["clauses"].get("descriptions", [])),
        habit_adverbs=_fold(raw["clauses"].get("habit_adverbs", [])),
        setting_auxiliaries=_fold(raw["clauses"].get("setting_auxiliaries", [])),
        aside_resumers=_fold(raw["clauses"].get("aside_resumers", [])),
        setting_types=_fold(raw["clauses"].get("setting_types", [])),
        setting_endings=tuple(raw["clauses"].get("setting_endings", [])),
        since_prepositions=_fold(raw["clauses"].get("since_prepositions", [])),
        since_firsts=_fold(raw["clauses"].get("since_firsts", [])),
        share_words=_fold(raw["clauses"].get("share_words", [])),
        share_types=_fold(raw["clauses"].get("share_types", [])),
        cause_share_types=_fold(raw["clauses"].get("cause_share_types", [])),
        undated_perfect=_fold(raw["clauses"].get("undated_perfect", [])),
        near_miss=tuple(tuple(p.casefold().split()) for p in raw["clauses"].get("near_miss", [])),
        headline_present=_glob(raw["clauses"].get("headline_present", [])),
        before_infinitive=_fold(raw["clauses"].get("before_infinitive", [])),
        subject_verbs={
            word.casefold(): _Trigger(
                kind, "verb", (_glob([word]),), word, sub, particle_before=False
            )
            for table in ("subject_verbs", "headline_verbs")
            for name, words in raw.get(table, {}).items()
            for kind, sub in [_kind_name(name)]
            for word in words
        },
        headline_verbs=_fold(
            [word for words in raw.get("headline_verbs", {}).values() for word in words]
        ),
        labour_words=_fold(raw.get("labour_strike", {}).get("words", [])),
        labour_trigger=_labour_trigger(raw.get("labour_strike")),
        labour_doers=_glob(raw.get("labour_strike", {}).get("doers", [])),
        labour_verbs=_fold(raw.get("labour_strike", {}).get("verbs", [])),
        labour_doer_verbs=_fold(raw.get("labour_strike", {}).get("doer_verbs", [])),
        labour_links=_fold(raw.get("labour_strike", {}).get("links", [])),
        attack_words=_fold(raw.get("labour_strike", {}).get("attack_words", [])),
        attack_trigger=_attack_trigger(raw.get("labour_strike")),
        attack_links=_fold(raw.get("labour_strike", {}).get("attack_links", [])),
        attack_targets=_glob(raw.get("labour_strike", {}).get("attack_targets", [])),
        attack_doers=_glob(raw.get("labour_strike", {}).get("attack_doers", [])),
        subject_plurals=_fold(raw["clauses"].get("subject_plurals", [])),
        armed_subjects=_glob(raw["clauses"].get("armed_subjects", [])),
        magnitude=_glob(raw.get("quantities", {}).get("magnitude", [])),
        quantity_words={
            name: _glob(raw.get("quantities", {}).get(name, [])) for name in _QUANTITY_FIELDS
        },
        count_values={k.casefold(): int(v) for k, v in raw["time"].get("numbers", {}).items()},
        precision={k: frozenset(v) for k, v in places.get("precision", {}).items()},
        indefinite=_fold(actors.get("indefinite", [])),
        relative_openers=_fold(raw["clauses"].get("relative_openers", [])),
        after_clause_openers=_fold(raw["clauses"].get("after_clause_openers", [])),
        new_story_openers=tuple(w.casefold() for w in raw["clauses"].get("new_story_openers", [])),
        event_site_suffixes=tuple(w.casefold() for w in places.get("event_site_suffixes", [])),
        event_site_heads=_fold(places.get("event_site_heads", [])),
        topic_words=_fold(raw["clauses"].get("topic_words", [])),
        noun_relatives=frozenset(
            tuple(p.casefold().split()) for p in raw["clauses"].get("noun_relatives", [])
        ),
        relative_pronouns=_fold(raw["clauses"].get("relative_pronouns", [])),
        pluperfect_ends=tuple(
            tuple(p.casefold().split()) for p in raw["clauses"].get("pluperfect_ends", [])
        ),
        participle_copulas=_fold(raw["clauses"].get("participle_copulas", [])),
        participle_endings=tuple(raw["clauses"].get("participle_endings", [])),
        aside_setting_types=frozenset(raw["clauses"].get("aside_setting_types", [])),
        aside_destinations=_fold(raw["clauses"].get("aside_destinations", [])),
        complementizers=_fold(raw["clauses"].get("complementizers", [])),
        future_modifiers=_fold(raw["clauses"].get("future_modifiers", [])),
        ongoing=_fold(raw["clauses"].get("ongoing", [])),
        perfect=_fold(raw["clauses"].get("perfect", [])),
        carrier_words=tuple(w.split()[0] for g in raw.get("carriers", []) for w in g["words"]),
        passive=_fold(grammar.get("passive", [])),
        denials=_fold(raw["clauses"].get("denials", [])),
        denied_reports=_fold(raw["clauses"].get("denied_reports", [])),
        rejections=_fold(raw["clauses"].get("rejections", [])),
        rejection_particles=_fold(raw["clauses"].get("rejection_particles", [])),
        joined_rejections=_fold(raw["clauses"].get("joined_rejections", [])),
        fact_reports=_fold(raw["clauses"].get("fact_reports", [])),
        ruled_out=frozenset(
            (verb, particle)
            for verb, particle in (
                e.casefold().split() for e in raw["clauses"].get("ruled_out", [])
            )
        ),
        object_place_types=_fold(grammar.get("object_place", ["disaster"])),
        elapsed_units=_fold(raw["clauses"].get("elapsed_units", [])),
        span_links=_fold(raw["clauses"].get("span_links", [])),
        holding_verbs=_fold(raw["clauses"].get("holding_verbs", [])),
        stamp_openers=_fold(raw["clauses"].get("stamp_openers", [])),
        stamp_tails=_fold(raw["clauses"].get("stamp_tails", [])),
        related_types={
            k: tuple(v) for k, v in raw["time"].get("relative", {}).get("related_types", {}).items()
        },
        anchor_nouns={
            k.casefold(): v if isinstance(v, str) else "|".join(v)
            for k, v in raw["time"].get("relative", {}).get("anchor_nouns", {}).items()
        },
        anchor_determiners=_fold(raw["time"].get("relative", {}).get("anchor_determiners", [])),
        relation_words=_fold(
            [
                w.split()[0]
                for key in ("before", "after")
                for w in raw["time"].get("relative", {}).get(key, [])
            ]
        ),
        during_words=_fold(raw["time"].get("relative", {}).get("during", [])),
        passive_targets=_fold(grammar.get("passive_targets", [])),
        passive_kinds=_fold(grammar.get("passive_kinds", [])),
        compound_heads=tuple(h.casefold() for h in raw.get("compounds", {}).get("heads", [])),
        compound_links=tuple(k.casefold() for k in raw.get("compounds", {}).get("links", [])),
        compound_head_stem=int(raw.get("compounds", {}).get("head_stem", 0)),
        compound_head_min=int(raw.get("compounds", {}).get("head_min", 4)),
        compound_head_kinds=_fold(raw.get("compounds", {}).get("head_kinds", [])),
        compound_inflections=tuple(
            e.casefold() for e in raw.get("compounds", {}).get("inflections", [])
        ),
        capital_links=_fold(places.get("capital_links", [])),
        capital_not_seat=phrases.other_capital_words,
        origins=_fold(places.get("origins", [])),
        journeys=_fold(places.get("journeys", [])),
        home_offices=tuple(tuple(o.casefold().split()) for o in places.get("home_offices", [])),
        journey_preps=_fold(places.get("journey_preps", [])),
        home_goals=_fold(places.get("home_goals", [])),
        route_to_preps=_fold(places.get("route_to_preps", [])),
        noun_origins=_fold(places.get("noun_origins", [])),
        noun_origin_moves=_fold(places.get("noun_origin_moves", [])),
        onward_preps=_fold(places.get("onward_preps", [])),
        onward_verbs=_fold(places.get("onward_verbs", [])),
        onward_gerunds=_fold(places.get("onward_gerunds", [])),
        modified_heads=tuple(_fold(raw["clauses"].get("modified_heads", []))),
        based=_glob(places.get("based", [])),
        seated=_glob(places.get("seated", [])),
        local_authorities=_glob(places.get("local_authorities", [])),
        local_offices=_glob(places.get("local_offices", [])),
        local_modifiers=_glob(places.get("local_modifiers", [])),
        court_nouns=_glob(places.get("court_nouns", [])),
        seat_bodies=_glob(places.get("seat_bodies", [])),
        owner_bodies=_glob(places.get("owner_bodies", [])),
        owner_prepositions=_fold(places.get("owner_prepositions", [])),
        capital_bodies=_glob(places.get("capital_bodies", [])),
        capital_body_preps=_fold(places.get("capital_body_preps", [])),
        # an entry may name a noun family by "|" ("court|courthouse*"): one site, linked
        site_nouns=tuple(_glob(w.split("|")) for w in places.get("site_nouns", [])),
        city_parts=_fold(places.get("city_parts", [])),
        home_words=_glob(places.get("home_words", [])),
        legislatures=_fold(places.get("legislatures", [])),
        owned_cities=_fold(places.get("owned_cities", [])),
        launch_sites=_glob(places.get("launch_sites", [])),
        bylines=_glob(places.get("bylines", [])),
    )


# how many words after a trigger word a figurative follower may stand (``[[figurative]]``
# ``reach`` overrides it): a German object comes after the day and the place (``eroberte am
# Sonntag in Madrid den Titel``)
_FIGURATIVE_REACH = 8


def _speech_act(trig: _Trigger, lex: _Lexicon) -> bool:
    """Is the trigger a speech act (``[triggers.statement_weak] acts``: announced, warned,
    called for, denied, teilte mit, kündigte an, dementierte)?

    Why apart from the plain verbs of saying: ``said`` mostly attributes another event and is
    an event only with a place right after it; an act is news in itself ("The interior
    ministry in Dhaka announced on Tuesday that ..."), so it is placed like any event (its
    clause, a fronted phrase, the story, the dateline) and a time of its own is enough to
    report it. Without a time of its own it is placed as a verb of saying is, by a place right
    after it ("Der Bürgermeister von Split erklärte, ..." is a source's words). It still yields
    to a stronger event of its sentence and reports nothing when its words are a forecast or a
    plan (_says_what_will_be)."""
    return trig.pos == "weak" and trig.text in lex.speech_acts


_QUANTITY_FIELDS = ("dead", "injured", "missing", "evacuated", "missiles")


def _plain_saying(trig: _Trigger, lex: _Lexicon) -> bool:
    """Is ``trig`` a plain verb of saying (``said``, ``sagte``), one that :func:`extract_events`
    keeps only with a place right after it or from a site phrase? Not a speech act, and of
    no kind that may be placed otherwise."""
    if trig.pos != "weak" or _speech_act(trig, lex):
        return False
    name = f"{trig.type}.{trig.sub_kind}" if trig.sub_kind else trig.type
    if trig.type in lex.state_subject or any(name in entry[0] for entry in lex.recast):
        return False  # it may become a kind placed at a site (_site_named_before)
    # placed by a passive's subject or at a launch site
    return trig.type not in lex.passive_targets and trig.type not in _AT_A_SITE


# Event types that happen at a site of their own (a launch pad, a cosmodrome), away from the
# capitals where agencies file their reports from.
_AT_A_SITE = frozenset({"launch"})


_POSSESSIVES = ("'s", "’s")
