"""Events: who acts in a clause, and how much.

Persons named after titles or beside verbs of saying (the person registry of a document),
organisations and countries as actors, pronouns that point back, and the quantities a clause
states (killed, injured, missing). Separate because it reads people and numbers, not places
or times.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence, Set
from functools import cache
from itertools import chain

from geomap.events._sentences import _Clause, _Spans
from geomap.events._state import _person, _Raw, _State, _Words
from geomap.events._triggers import _title_line
from geomap.events._vocabulary import (
    _ACTOR_PLACE_KINDS,
    _CUE_WINDOW,
    _NAME_PREFIX,
    _TEXT,
    GLOB_MEMO_SIZE,
    _Lexicon,
)
from geomap.lexicons import demonyms
from geomap.model import Place
from geomap.text import Token

_TRIGGER, _TITLE, _SAYS = 1, 2, 4  # what a word can be, as bits (_Lexicon.word_kinds)


def _words(clauses: Sequence[_Clause], lex: _Lexicon) -> _Words:
    memo, marked_before = lex.word_kinds, lex.marked_words
    words = set(chain.from_iterable(clause.words for clause in clauses))
    # the words seen before are answered by two set operations in C (most words of a
    # document are no trigger, title or verb of saying); only new words are tried
    kinds = {w: memo[w] for w in words.intersection(marked_before)}
    for w in words.difference(memo):
        # a verb of saying's first words are among every trigger's (any_weak's patterns are
        # any_trigger's): a word no trigger opens is asked no more (most new words)
        trigger = lex.any_trigger.match(w)
        got = (
            (
                _TRIGGER
                if trigger
                or (low := w.casefold()) in lex.subject_verbs
                or low in lex.labour_words
                or low in lex.attack_words
                or low in lex.present_forms
                or low in lex.present_phrases
                or low in lex.noun_presents
                # (lower case only: a headline's verb is never capitalised, and "Pass" in
                # a name must not make its clause one with a trigger word)
                or w in lex.present_carriers
                or w in lex.headline_pasts  # "Fähre sinkt vor X" (session 27)
                else 0
            )
            | (_TITLE if _is_title_word(w, lex) else 0)
            | (_SAYS if trigger and lex.any_weak.match(w) else 0)
        )
        if len(memo) >= GLOB_MEMO_SIZE:
            memo.clear()
            marked_before.clear()
        memo[w] = got
        if got:
            marked_before.add(w)
            kinds[w] = got
    titled = {w for w, k in kinds.items() if k & _TITLE}
    weak = {w for w, k in kinds.items() if k & _SAYS}
    marked = titled | weak
    capitalised = lex.nouns_capitalised
    titles: list[tuple[tuple[Token, ...], int]] = []
    says: list[tuple[tuple[Token, ...], int]] = []
    for clause in clauses:
        texts = clause.words
        if marked.isdisjoint(texts):
            continue  # most clauses: no title, no verb of saying (their words are not built)
        # the clause's tokens only for a title or for a verb of saying with a word beside it
        # that may open a name (``..., police said.`` names nobody: _person_registry reads
        # a name right after the verb or ending right before it)
        toks: tuple[Token, ...] = ()
        for i, text in enumerate(texts):
            if text in marked:
                if text in titled and (not capitalised or text[:1].isupper()):
                    toks = toks or clause.tokens
                    titles.append((toks, i))
                if text in weak and (_may_open_name(texts, i - 1) or _may_open_name(texts, i + 1)):
                    toks = toks or clause.tokens
                    says.append((toks, i))
    return _Words(
        triggers=frozenset(w for w, k in kinds.items() if k & _TRIGGER)
        | _title_line_carriers(clauses, lex),
        titles=tuple(titles),
        says=tuple(says),
    )


def _title_line_carriers(clauses: Sequence[_Clause], lex: _Lexicon) -> frozenset[str]:
    """The capitalised present forms of carriers (``Sinks``, ``Overturns``) on a headline line
    set in title case (:func:`_title_line`): trigger words of this document only, where a
    headline's verb is capitalised (``Ferry Sinks Off X``); elsewhere a capitalised form
    stays none, as in a name (``Pass``). Not remembered across documents (``word_kinds``).
    Session 24 (h24-even)."""
    if lex.nouns_capitalised or not lex.present_carriers:
        return frozenset()
    openers = [clause for clause in clauses if clause.start == clause.sentence.start]
    # the capitalised forms among the distinct words of the lines' first clauses, each word
    # asked once (most documents have none; session 26)
    forms = {
        w
        for w in set(chain.from_iterable(clause.words for clause in openers))
        if w[:1].isupper() and w.casefold() in lex.present_carriers
    }
    if not forms:
        return frozenset()
    return frozenset(
        w
        for clause in openers
        if not forms.isdisjoint(clause.words) and _title_line(clause, lex)
        for w in clause.words
        if w in forms
    )


def _may_open_name(texts: Sequence[str], k: int) -> bool:
    """Could the word at ``k`` be part of a name, as :func:`_nameish` asks first (a capital or
    a name prefix such as ``al-``)? False outside the clause. Told from the word's text, as
    the token's ``is_cap`` is (:func:`geomap.text.word_units`)."""
    if not 0 <= k < len(texts):
        return False
    text = texts[k]
    return text[:1].isupper() or _NAME_PREFIX.match(text) is not None


def _person_registry(lex: _Lexicon, places: Sequence[Place], words: _Words) -> dict[str, str]:
    """token -> full person name, from names after titles and next to verbs of saying.

    Built over the whole document first, so ``Kim`` anywhere maps to ``Kim Jong Un``.
    """
    spans = _Spans([(p.start, p.end) for p in places if p.role in ("name", "adjective")])
    full_names: list[str] = []
    for toks, i in words.titles:
        j = i + 1
        # "Secretary of State Antony Blinken", "Minister of Defence X"
        while j + 1 < len(toks) and toks[j].fold == "of" and toks[j + 1].is_cap:
            j += 2
        name = _name_after(toks, j, lex, spans)
        if name:
            full_names.append(name)
    # names next to verbs of saying ("sagte Kim", "Kim said")
    for toks, i in words.says:
        after = _name_after(toks, i + 1, lex, spans) if i + 1 < len(toks) else None
        if after:
            full_names.append(after)
        j = i  # "Subhabrata Majumdar said": the whole name before the verb
        while j > 0 and i - j < 4 and _nameish(toks[j - 1], lex, spans):
            j -= 1
        if j < i and not (j > 0 and toks[j - 1].fold in lex.determiners):
            full_names.append(" ".join(t.text for t in toks[j:i]))
    registry: dict[str, str] = {}
    # longer names first: "Kim" maps to "Kim Jong Un" rather than to itself
    for name in sorted(dict.fromkeys(full_names), key=lambda n: -len(n.split())):
        for part in name.split():
            registry.setdefault(part, name)
        registry.setdefault(name, name)
    return registry


def _person_spans(lex: _Lexicon, words: _Words) -> _Spans:
    """Character spans of names after a title with a first and a last name, places or not:
    ``Innenministerin Paris Smith``, ``Governor Austin Pratt`` name a person, not Paris or
    Austin (the geoparser may have taken the word for the town)."""
    none = _Spans([])
    out: list[tuple[int, int]] = []
    for toks, i in words.titles:
        if lex.nouns_capitalised and lex.any_feature.match(toks[i].text):
            # "der früheren Königsstadt X": a compound the title's stem opens and a feature
            # word ends (``[places] back_reference``) is a kind of town, not a title: the
            # words after it are the town's name and what the clause goes on with
            # ("Königsstadt <X> Tausende"), no person's (session 20, round 3)
            continue
        j = i + 1
        while j + 1 < len(toks) and toks[j].fold == "of" and toks[j + 1].is_cap:
            j += 2
        k = j
        while k < len(toks) and k - j < 4 and _nameish(toks[k], lex, none):
            k += 1
        if k - j >= 2:
            out.append((toks[j].start, toks[k - 1].end))
    return _Spans(out)


def _nameish(tok: Token, lex: _Lexicon, place_spans: _Spans) -> bool:
    return (
        (tok.is_cap or bool(_NAME_PREFIX.match(tok.text)))
        and not tok.text.isupper()
        and tok.fold not in lex.not_names
        and tok.fold not in lex.determiners
        and not _is_title(tok, lex)
        and not any(_is_org_at((tok,), 0, lex))
        and not place_spans.covers(tok.start)
    )


def _name_after(toks: Sequence[Token], i: int, lex: _Lexicon, spans: _Spans) -> str | None:
    parts: list[str] = []
    while i < len(toks) and len(parts) < 6:
        tok = toks[i]
        if parts and tok.start - toks[i - 1].end > 1:
            break
        connector = bool(parts) and tok.text in lex.name_connectors
        if not (connector or _nameish(tok, lex, spans)):
            break
        bare = re.sub(r"['’]s$", "", tok.text)
        parts.append(bare)
        i += 1
        if bare != tok.text:
            break  # "al-Assad's rule": the name ends with the possessive
    while parts and parts[-1] in lex.name_connectors:
        parts.pop()
    return " ".join(parts) or None


def _person_words(clause: _Clause, st: _State) -> set[int]:
    """The clause's capitalised trigger words that are the surname of a person the document
    names (the registry: a name of two words or more after a title or beside a verb of
    saying, this word its last; or a one-word name, not a plural's ``s`` form: ``Flood
    said``), in a language whose nouns are written in lower case:
    ``Author Maren Storm ... Storm said``, ``Flood asked the student``: the person, no
    event (session 21, round 2: a local paper's talk by an author of such a name gave
    fifteen disasters). A lower-case ``storm`` in the same article stays the storm; so does
    a name's first word and a plural (``Supervisor of Elections Pam Carpenter`` registers
    ``Elections`` as the first of three words: the city's elections stay)."""
    registry = st.registry
    if st.lex.nouns_capitalised or not registry or registry.keys().isdisjoint(clause.words):
        return set()
    return {
        i
        for i, t in enumerate(clause.tokens)
        if t.is_cap
        and (name := registry.get(t.text)) is not None
        and (name.endswith(" " + t.text) or (name == t.text and not t.text.endswith("s")))
        and st.lex.any_trigger.match(t.text)
    }


def _is_org_at(toks: Sequence[Token], i: int, lex: _Lexicon) -> list[int]:
    """Token indices of an organisation starting at ``i`` (empty when none)."""
    if not lex.any_org.match(toks[i].text):
        return []
    for org in lex.organisations:
        if i + len(org) <= len(toks) and all(p.match(toks[i + k].text) for k, p in enumerate(org)):
            if lex.nouns_capitalised and not toks[i].is_cap:
                continue
            return list(range(i, i + len(org)))
    return []


def _actors(
    clause: _Clause,
    trig_i: int,
    lex: _Lexicon,
    registry: dict[str, str],
    places: Sequence[Place],
    skip: set[int],
) -> tuple[list[str], set[int]]:
    """Actors in the clause and the places used as actors (by index into ``places``)."""
    toks = clause.tokens
    out: list[tuple[int, str]] = []
    used_places: set[int] = set()
    name_spans = _Spans([(p.start, p.end) for p in places if p.role == "name"])
    # "A spokesman says Turkey has shelled ...": who speaks is a source, not an actor
    says = [i for i, t in enumerate(toks[:trig_i]) if lex.any_weak.match(t.text)]
    first_token = says[-1] + 1 if says else 0
    in_person = set(range(first_token))
    # only a person's name, an organisation's first word or a title (a compound's last
    # part too) is read below: the others are passed over, told by look-ups mapped in C
    texts = list(map(_TEXT, toks))
    maybe = (
        i
        for i, (text, org_word, title_word) in enumerate(
            zip(texts, map(lex.any_org.match, texts), map(lex.titles.match, texts), strict=True)
        )
        if org_word
        or title_word
        or "-" in text
        or text in registry
        or (text.endswith("s") and text[:-1] in registry)
    )
    for i in maybe:
        if i in skip or i in in_person:
            continue
        tok = toks[i]
        person = _person(tok, registry)
        if person and not name_spans.covers(tok.start):
            out.append((i, person))
            in_person |= {
                j for j in range(i, min(i + 6, len(toks))) if _person(toks[j], registry) == person
            }
            continue
        org = _is_org_at(toks, i, lex)
        role = not org and _is_role(toks, i, lex, registry)
        if (org or role) and not _after_preposition(toks, i, lex) and not _genitive(toks, i, lex):
            text, used = _org_text(toks, org or [i], lex, places, stop=trig_i)
            out.append((i, text))
            used_places |= used
    # "einem russischen Luftangriff", "a Russian missile strike": the adjective's country
    if trig_i > 0 and trig_i not in skip:
        adj = _country_of(toks[trig_i - 1], lex, places)
        if adj is not None:
            out.append((trig_i - 1, adj))
    # places as subjects: "Pakistan feuerte", "feuerte Pakistan", "Pakistan fired"
    joined_at = -1  # token where a place joined to an actor by "und"/"and" starts
    for k, p in enumerate(places):
        if k in used_places or p.role != "name" or p.kind not in _ACTOR_PLACE_KINDS:
            continue
        if not p.resolved:
            continue
        idx = clause.index_at(p.start)
        if idx >= len(toks) or toks[idx].start != p.start:
            continue
        if idx in skip or idx < first_token or _after_preposition(toks, idx, lex, listed=True):
            continue
        # a place running past the clause's end (a mention across a clause break) ends at
        # the clause's last token
        end_idx = min(clause.index_at(p.end - 1), len(toks) - 1)
        first = idx == first_token or (
            idx == first_token + 1 and toks[first_token].fold in lex.determiners
        )
        verb_at = trig_i
        while verb_at - 1 > end_idx and toks[verb_at - 1].fold in lex.auxiliaries:
            verb_at -= 1
        if lex.verb_second:
            # verb second: the subject stands first or right after the finite verb; not
            # after the auxiliary when the trigger noun before it is the subject ("Ein
            # schweres Erdbeben hat Japan erschüttert": Japan is what it struck)
            subject = (
                idx == trig_i + 1
                or (first and end_idx == verb_at - 1)
                or (
                    idx > first_token
                    and toks[idx - 1].fold in lex.auxiliaries
                    and not _noun_subject_before(toks, trig_i, idx - 1, first_token, lex)
                )
            )
        else:
            subject = end_idx == verb_at - 1
        if _is_title(toks[end_idx], lex) or (
            end_idx + 1 < len(toks) and _is_title_next(toks, end_idx + 1, lex)
        ):
            continue  # "Brasiliens Präsident Lula", "US-Außenminister": a person's country
        if subject or (first and p.kind == "country" and trig_i > idx) or idx == joined_at:
            out.append((idx, p.name or p.mention))
            used_places.add(k)
            if end_idx + 2 < len(toks) and toks[end_idx + 1].fold in lex.conjunctions:
                joined_at = end_idx + 2  # "Die USA und Südkorea verurteilten"
    out.sort()
    return list(dict.fromkeys(name for _, name in out)), used_places


def _noun_subject_before(
    toks: Sequence[Token], trig_i: int, aux_at: int, first_token: int, lex: _Lexicon
) -> bool:
    """Is the trigger a noun that fills the first position before the finite auxiliary at
    ``aux_at`` (``Ein schweres Erdbeben hat ...``, ``Der Wirbelsturm hat ...``: an article
    opening the clause, at most two adjectives, the noun, then the auxiliary)? Then it is
    the clause's subject, and a name after the auxiliary is its object (fifteenth
    session)."""
    if not first_token <= trig_i < aux_at or trig_i + 1 != aux_at:
        return False
    if lex.nouns_capitalised and not toks[trig_i].is_cap:
        return False
    return toks[first_token].fold in lex.determiners and trig_i - first_token <= 3


def _is_title(tok: Token, lex: _Lexicon) -> bool:
    """A title or role, also as the last part of a compound ("US-Außenminister")."""
    return _is_title_word(tok.text, lex)


def _is_title_word(text: str, lex: _Lexicon) -> bool:
    titles = lex.titles
    plain = titles.plain
    if plain is not None:
        # whole words only (English): set tests, with no remembered answer per new word (a
        # check's first pass asks every new word of every document here: _words)
        return text.casefold() in plain or (
            "-" in text and text.rsplit("-", 1)[-1].casefold() in plain
        )
    return titles.match(text) or ("-" in text and titles.match(text.rsplit("-", 1)[-1]))


def _is_title_next(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is there a title at ``i`` or right after one adjective ("Brazil's new President")?"""
    return any(_is_title(t, lex) for t in toks[i : i + 2])


def _is_role(toks: Sequence[Token], i: int, lex: _Lexicon, registry: dict[str, str]) -> bool:
    """A title with no name after it acts as a role ("der saudische Außenminister")."""
    tok = toks[i]
    if not _is_title(tok, lex) or (lex.nouns_capitalised and not tok.is_cap):
        return False
    return not any(
        _person(t, registry) or (t.is_cap and k == i + 1)
        for k, t in enumerate(toks[i + 1 : i + 5], start=i + 1)
    )


def _add_pronoun_actor(raw: _Raw, st: _State, trig_i: int) -> None:
    pronoun = _pronoun_actor(raw.clause, st.lex, st, trig_i)
    if pronoun and pronoun not in raw.actors:
        raw.actors.insert(0, pronoun)


def _pronoun_actor(clause: _Clause, lex: _Lexicon, st: _State, trig_i: int) -> str | None:
    """``er``/``he``/``ihn``: the last person named before the clause.

    German ``sie`` is "she" only next to a singular verb (``traf sie``, not ``trafen sie``).
    """
    verb = clause.tokens[trig_i].fold
    singular_verb = not verb.endswith(("en", "n"))

    def is_pronoun(t: Token) -> bool:
        if lex.nouns_capitalised and t.is_cap and t is not clause.tokens[0]:
            return False  # "Sie" mid-sentence is the polite "you"
        if t.fold in lex.singular_pronouns:
            return True
        return t.fold in lex.singular_verb_pronouns and singular_verb

    folds = clause.reading.fold_set  # most clauses hold no such pronoun at all
    if lex.singular_pronouns.isdisjoint(folds) and (
        not singular_verb or lex.singular_verb_pronouns.isdisjoint(folds)
    ):
        return None
    if not any(is_pronoun(t) for t in clause.tokens):
        return None
    mentions = st.person_mentions()
    i = bisect.bisect_left(mentions, (clause.start, ""))
    return mentions[i - 1][1] if i > 0 else None


def _genitive(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """``Ziele der Hisbollah``: a German genitive after a noun belongs to that noun."""
    return (
        i >= 2
        and toks[i - 1].fold in lex.genitive_determiners
        and toks[i - 2].is_cap
        and toks[i - 2].fold not in lex.determiners
    )


def _after_preposition(
    toks: Sequence[Token], i: int, lex: _Lexicon, *, listed: bool = False
) -> bool:
    """Is token ``i`` governed by a preposition (allowing an article and adjectives, and in
    English the capitalised words of a name: "of the Rapid Support Forces")? ``listed``:
    also past the names before it in a list ("Protesters from Lyon and Marseille
    marched": Marseille is no subject of the verb)."""
    for j in range(i - 1, max(i - 5, -1), -1):
        low = toks[j].fold
        if low in lex.prepositions:
            return True
        if low in lex.determiners or (
            listed and low in lex.conjunctions and j > 0 and toks[j - 1].is_cap
        ):
            continue
        if lex.nouns_capitalised and not toks[j].is_cap:
            continue
        if not lex.nouns_capitalised and toks[j].is_cap and j > 0:
            continue
        return False
    return False


def _partner(toks: Sequence[Token], i: int, lex: _Lexicon) -> bool:
    """Is the place at token ``i`` a partner or an opponent, not a where: governed by a
    preposition that is no place cue (``marched against a loan deal with China``,
    ``protestierten gegen ein Abkommen mit Russland``)? Such a country does not keep the
    event from the dateline city or the story's place, as a place of the clause's own
    country would not either."""
    return i < len(toks) and not _cue(toks, i, lex) and _after_preposition(toks, i, lex)


def _org_text(
    toks: Sequence[Token],
    org: list[int],
    lex: _Lexicon,
    places: Sequence[Place],
    *,
    stop: int = -1,
) -> tuple[str, set[int]]:
    """``südkoreanische Militär (KR)``, ``Saudi foreign minister (SA)``: the organisation
    or role with the words before it up to the article, and the country they name; also
    the indices of the places so used (they are not actors of their own)."""
    first, last = org[0], org[-1]
    start = first

    def country_word(tok: Token) -> bool:
        return any(p.start <= tok.start < p.end for p in places) or _demonym(tok, lex) is not None

    # walk back over adjectives, names and country words up to an article or a preposition
    for j in range(first - 1, max(first - 5, -1), -1):
        tok = toks[j]
        if tok.fold in lex.determiners or tok.fold in lex.prepositions:
            break
        if tok.fold in lex.auxiliaries or j == stop:
            # "In Goma haben Rebellen", "In X griffen Rebellen ... an": a verb, not an
            # adjective ending in -en, and the place before it is where, not whose
            break
        adjective = not tok.is_cap and tok.fold.endswith(lex.adjective_endings)
        english = (
            not lex.nouns_capitalised
            and j > 0
            and tok.fold not in lex.not_names
            and (
                tok.is_cap
                or (
                    j == first - 1
                    and (toks[j - 1].fold in lex.determiners or country_word(toks[j - 1]))
                )
            )
        )
        if not (country_word(tok) or adjective or english):
            break
        start = j
    span_start, span_end = toks[start].start, toks[last].end
    used = {k for k, p in enumerate(places) if span_start <= p.start < span_end and p.country_code}
    cc = next((places[k].country_code for k in sorted(used)), None)
    if cc is None:
        cc = next((c for t in toks[start:last] if (c := _demonym(t, lex))), None)
    if cc is None and last + 2 < len(toks) and toks[last + 1].fold in lex.cues:
        # "das Militär in Seoul": the country of the place it sits in
        nxt = toks[last + 2]
        loc = next((p for p in places if p.start == nxt.start and p.country_code), None)
        if loc is not None:
            cc = loc.country_code
    text = " ".join(t.text for t in toks[start : last + 1])
    return (f"{text} ({cc})" if cc else text), used


# A number as written: "14", "1,200", "1.500", "6,2", "6.8".
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
_QUANTITY_TOKEN = re.compile(rf"{_NUMBER.pattern}|\w+(?:[-'’]\w+)*")


def _quantities(text: str, start: int, end: int, lex: _Lexicon) -> dict[str, float]:
    """Numbers a reader wants in ``text[start:end]``, from the words next to them
    (``[quantities]`` in the lexicon): ``killing at least 14 people`` (dead 14),
    ``mindestens sechs Menschen getötet``, ``der Stärke 6,2`` (magnitude 6.2), ``zwei
    Raketen`` (missiles 2). The nearest word names the number; the first number of a name
    wins."""
    words = _QUANTITY_TOKEN.findall(text, start, end)  # (no groups: the whole matches)
    out: dict[str, float] = {}
    article: dict[str, float] = {}  # the counts an indefinite article gives: the weakest
    counted = lex.count_values
    # most words are neither a magnitude's word nor a number: both told in C per clause
    # (a glob of whole words asks the folded words in one set test first: a first pass
    # makes no remembered answer for each new word of a clause with no such word)
    plain = lex.magnitude.plain
    magnitudes = (
        [False] * len(words)
        if plain is not None and plain.isdisjoint(map(str.casefold, words))
        else list(map(lex.magnitude.match, words))
    )
    field_at: dict[int, str | None] = {}  # a word's first quantity field, read once
    for i, word in enumerate(words):
        if magnitudes[i]:
            for j in (i + 1, i + 2, i - 1):
                if 0 <= j < len(words) and (m := _decimal(words[j])) is not None and m < 10:
                    out.setdefault("magnitude", m)
                    break
            continue
        if not word[:1].isdecimal() and word.casefold() not in counted:
            continue  # _count would say None
        n = _count(word, lex)
        if n is None:
            continue
        # the nearest word that names a field, the earlier of two as near; at one word
        # the first field of _QUANTITY_FIELDS it names
        best: tuple[int, str] | None = None
        for j in range(max(0, i - 4), min(len(words), i + 5)):
            if j == i:
                continue
            if j not in field_at:
                field_at[j] = lex.quantity_field(words[j])
            name = field_at[j]
            if name is not None and (best is None or abs(j - i) < best[0]):
                best = (abs(j - i), name)
        if best is not None:
            # an article's one ("A minibus overturned and killed 12 passengers") yields to
            # a number written for the same field (review of session 25, h25-mend)
            (article if word.casefold() in lex.indefinite else out).setdefault(best[1], n)
    for name, value in article.items():
        out.setdefault(name, value)
    return out


def _decimal(text: str) -> float | None:
    """``6,2`` or ``6.8`` as a number."""
    t = text.replace(",", ".")
    if t.count(".") > 1 or not t.replace(".", "").isdecimal():
        return None
    return float(t)


def _count(text: str, lex: _Lexicon) -> int | None:
    """``14``, ``1,200``, ``1.500``, ``sechs``: a whole number (not a year, not 6.8)."""
    if text[:1].isdecimal():
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
            return int(re.sub(r"\D", "", text))
        if text.isdecimal() and not (len(text) == 4 and text[:2] in ("19", "20")):
            return int(text)
        return None
    return lex.count_values.get(text.casefold())


def _quantity(clause: _Clause, lex: _Lexicon, skip: set[int]) -> str | None:
    toks = clause.tokens
    for i, tok in enumerate(toks):
        if i in skip or not (tok.fold in lex.numbers or tok.text.isdecimal()):
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            if lex.objects.match(toks[j].text):
                return " ".join(t.text for t in toks[i : j + 1])
            if toks[j].fold in lex.prepositions:
                break
    return None


def _cue(
    toks: Sequence[Token], idx: int, lex: _Lexicon, skip: Set[int] = frozenset()
) -> str | None:
    """The place preposition before token ``idx``, if any (not across a time phrase). A
    feature word and the ``of`` after it do not count towards the window: ``off the
    southern Paraguayan city of X`` is as near its preposition as ``off southern X``."""
    at = _cue_index(toks, idx, lex, skip)
    return None if at is None else toks[at].fold


def _cue_index(
    toks: Sequence[Token], idx: int, lex: _Lexicon, skip: Set[int] = frozenset()
) -> int | None:
    """Where :func:`_cue`'s preposition stands (its token index), if there is one."""
    budget = _CUE_WINDOW
    for j in range(idx - 1, max(idx - 1 - _CUE_WINDOW - _FEATURE_SLACK, -1), -1):
        if j in skip:
            return None
        low = toks[j].fold
        if low in lex.cues or low in lex.outside or _scope_cue(toks, j, lex):
            return j
        if low in lex.prepositions and low not in lex.transparent:
            return None
        if low in lex.transparent or _is_feature(toks[j], lex):
            continue
        budget -= 1
        if budget == 0:
            return None
    return None


# how many words a decree's noun may stand from its scope's "für" / "for" ("verhängte für
# die Stadt eine nächtliche Ausgangssperre", "imposed a night curfew for the city")
_DECREE_REACH = 5


def _scope_cue(toks: Sequence[Token], j: int, lex: _Lexicon) -> bool:
    """Is the preposition at ``j`` a place's although it is none of ``[places] cues``: a
    decree's scope (``[places] decree_scopes`` within ``_DECREE_REACH`` words of a
    ``decree_nouns`` word, before an article or a name: ``verhängte eine Ausgangssperre für
    die Hauptstadt``, ``a curfew for the city``)? Before (session 24, round 2, h24-evplace)
    a curfew's town was passed over for the town named last."""
    if toks[j].fold not in lex.decree_scopes or j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    if not (after.is_cap or (after.fold in lex.determiners and after.fold not in lex.indefinite)):
        return False  # "für drei weitere Provinzen": places of their own, not one named before
    lo, hi = max(j - _DECREE_REACH, 0), min(j + _DECREE_REACH + 1, len(toks))
    return any(lex.decree_nouns.match(toks[k].text) for k in range(lo, hi))


# the feature words and "of" a cue may reach across besides its window ("city of", "port")
_FEATURE_SLACK = 2


def _is_feature(tok: Token, lex: _Lexicon) -> bool:
    """Is ``tok`` a feature word (``city``, ``port``, ``Stadt``: the back-reference nouns)?"""
    return lex.any_feature.match(tok.text)


def _country_of(tok: Token, lex: _Lexicon, places: Sequence[Place]) -> str | None:
    """The country a country adjective names, as the geoparser's Place calls it, else by
    CLDR's English name for the demonym's code."""
    for p in places:
        if p.role == "adjective" and p.start <= tok.start < p.end and p.name:
            return p.name
    if tok.is_cap and lex.nouns_capitalised:
        return None  # German adjectives are lower-case; a capitalised word is a noun
    cc = _demonym(tok, lex)
    return _territory_name(cc) if cc else None


@cache
def _territory_name(cc: str) -> str | None:
    from babel import Locale

    return Locale("en").territories.get(cc)


def _demonym(tok: Token, lex: _Lexicon) -> str | None:
    """The country code of a country adjective (``südkoreanische``, ``Japanese``)."""
    return demonyms(lex.lang).get(tok.fold.removesuffix("'s").removesuffix("’s"))
