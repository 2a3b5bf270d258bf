"""Candidate place mentions: which spans of a document could name a place.

The finder is generous on purpose: it proposes every capitalised n-gram (with the
function words a name may contain) in the surface form and in its un-inflected variants
(``Russlands`` -> ``Russland``, ``am Schwarzen Meer`` -> ``Schwarzes Meer``), looks them
all up in one batch, and records the evidence around each span (a determiner before it,
a preposition, a feature head, a title, a street suffix). Deciding is left to
``geomap.geoparse._resolve``, which weighs that evidence against the gazetteer's candidates.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache

from gazetteer import Candidate, normalize_name
from geomap.geoparse._weights import WEIGHTS
from geomap.geoparse._wordlists import (
    country_names,
    home_countries,
    is_given_name,
    name_particles,
    name_tail_words,
    name_word_abbreviations,
    town_adjectives,
)
from geomap.lexicons import (
    PlaceLexicon,
    demonyms,
    invariable_demonyms,
    language_profile,
    region_adjectives,
)
from geomap.model import kinds_where
from geomap.text import Token

__all__ = [
    "Adjective",
    "Span",
    "abbreviation_table",
    "find_adjectives",
    "find_person_tokens",
    "find_spans",
    "long_forms_of",
    "name_variants",
]

MAX_TOKENS = 6
MAX_INFLECTED_TOKENS = 4  # adjective inflection is undone in names up to this length
MAX_VARIANTS = 24
#: (" ‘" is the ayn of a transliteration, "Al ‘Ayn as Sukhnah", "Bi’r al ‘Abd", also
#: inside a word, "Ma‘arrat", or ending one before the next, as a hamza or an elided vowel
#: may, "Ra’s Abū ‘Amūd", "Borgo de' Greci"; a spaced dash joins the parts of a compound
#: district name, "Sant Andreu - Trinitat", looked up whole before its parts)
_JOINERS = {
    " ",
    "-",
    "- ",
    " -",
    "‐",
    "–",
    ". ",
    ".",
    "'",
    "’",
    "\u00a0",
    "&",
    "'-",
    "’-",
    "-'",
    "-’",
    " ‘",
    "‘",
    "‘-",
    "‘ ",
    "’ ",
    "' ",
    " - ",
    " – ",
    # an abbreviation's full stop before a hyphen: German writes a contracted word inside
    # a hyphened name so ("St.-Georgs-Kanal", "St.-Lorenz-Strom"; session 31)
    ".-",
}
#: a number of a district or section inside a name ("Lyon 3e Arrondissement", "Colonia
#: 1ra Sección"): a name is looked up across it
_NUMBER_GAP = re.compile(r" \d{1,2} ?")
#: a digit glued to a lone capital and ending a word: "K3" (a letter and a number)
_LETTER_DIGIT = re.compile(r"(\d)(?!\w|[.,]\d)")
#: a lower-case word joined by a hyphen alone belongs to the name ("Port-au-Prince",
#: "Anyang-si"): the hyphen says so, whatever the word ("Ust’-Kut": after an apostrophe)
HYPHENS = frozenset({"-", "‐", "'-", "’-", "‘-"})
_HYPHENS = HYPHENS
#: what joins a lone capital to the rest of a name
_LETTER_LINKS = _HYPHENS | {"&"}
#: a word joined by a transliterated ayn is the rest of the same word ("Ma‘arrat"), and
#: may end the name as a hyphened one does
_WORD_JOINS = _HYPHENS | {"‘"}
#: inside a name (not at its end, where "’s" is a possessive), so does an apostrophe,
#: either form ("Ra’s Bayrūt")
_INSIDE = _WORD_JOINS | {"'", "’"}
#: apostrophes, straight and curly, as an elided particle writes them ("d’Ivoire", "dell'Adda")
_APOSTROPHES = ("'", "’")
#: the marks a transliterated name may end in: an apostrophe (a soft sign or hamza) or
#: an ayn ("Sāmarrā’", "Nab‘")
_FINAL_MARKS = (*_APOSTROPHES, "‘")


#: the longest lower-case article a transliteration hyphens to the next word ("ash-", "aṣ-")
MAX_ARTICLE_LETTERS = 3
#: the longest lower-case prefix a capitalised word carries in Irish or an elided
#: Portuguese particle ("gCearr", "bhFeirste", "dOeste")
MAX_PREFIX_LETTERS = 2


def _hyphened_article(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a short lower-case article hyphened to a capitalised word ("Tall
    aḑ-Ḑahab", "Bi’r ash-Shaykh"): it joins the name like a particle, whatever its
    transliteration."""
    t = tokens[k]
    if len(t.text) > MAX_ARTICLE_LETTERS or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.sentence == t.sentence and nxt.gap_before in _HYPHENS and nxt.is_cap


def _capped(t: Token) -> bool:
    """A capitalised word, an elided lower-case particle before one ("d’Ivoire",
    "dell'Ossola", either apostrophe) or a lower-case prefix glued to one ("gCearr"),
    which may end a name like it."""
    if t.is_cap:
        return True
    text = t.text
    for k in range(1, MAX_PREFIX_LETTERS + 1):
        if len(text) > k + 2 and text[k].isupper() and text[:k].islower() and text[k:].istitle():
            return True
    for q in _APOSTROPHES:
        k = text.find(q)
        if 0 < k <= 4 and text[:k].islower() and text[k + 1 : k + 2].isupper():
            return True
    return False


@dataclass
class Span:
    """A candidate name: tokens ``i..j`` (inclusive) and what the gazetteer offers."""

    i: int
    j: int
    start: int
    end: int
    text: str
    candidates: list[Candidate] = field(default_factory=list)
    variant: bool = False  # candidates came only from an un-inflected variant
    base: str = ""  # the form that matched (surface or variant)
    # the name written out in full where its first word is abbreviated ("Mt. Airy":
    # "Mount Airy"; ``name_word_abbreviations``): the readings' own names in that form
    long_forms: tuple[str, ...] = ()
    # readings come from the name with the determiner before it ("the Gulf": The Gulf)
    with_determiner: bool = False
    # a country's name with a genitive ending ("Kenias", "Ugandas Präsident"): the
    # country is a reading, whatever the inflected form also names
    genitive: bool = False
    # readings narrowed to the namesakes a state named right after it holds ("Alexandria,
    # Ontario"; geoparse._resolve._held_by_region): a place, whatever a first name says
    held: bool = False
    _key: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def n(self) -> int:
        return self.j - self.i + 1

    @property
    def key(self) -> str:
        """The folded name key, computed once (the resolver compares spans by it often;
        a plain attribute, as ``cached_property`` takes a lock per first access)."""
        k = self._key
        if k is None:
            k = self._key = _name_key(self.text)
        return k


@lru_cache(maxsize=65_536)
def _name_key(text: str) -> str:
    # a pure function of the surface, and a text repeats its names
    return normalize_name(text)


@dataclass(frozen=True)
class Adjective:
    """A country adjective (``country_code``) or a region's (``ref``: a gazetteer id), from
    ``token`` to ``end`` (two tokens for ``South African``)."""

    token: Token
    country_code: str | None
    ref: str | None = None
    end: int = 0


def _joinable(gap: str) -> bool:
    return gap in _JOINERS


def _variants(words: list[str], lex: PlaceLexicon) -> list[str]:
    return list(_variants_cached(tuple(words), lex.lang))


@lru_cache(maxsize=100_000)
def _variants_cached(words_t: tuple[str, ...], lang: str) -> tuple[str, ...]:
    from geomap.lexicons import place_lexicon

    return tuple(_variants_uncached(list(words_t), place_lexicon(lang)))


def _variants_uncached(words: list[str], lex: PlaceLexicon) -> list[str]:
    """Un-inflected forms of a phrase, most likely first (the surface form excluded)."""
    out: list[str] = []
    last = words[-1]
    stems = []
    for suf in lex.name_suffixes:
        if len(last) > len(suf) + 2 and last.endswith(suf):
            stems.append(last[: -len(suf)])
    for s in stems:
        out.append(" ".join(words[:-1] + [s]))
    if 2 <= len(words) <= MAX_INFLECTED_TOKENS and lex.adjective_endings:
        # inflected adjectives before the head noun: "Schwarzen Meer" -> "Schwarzes Meer"
        heads = [last, *stems]
        lead = words[:-1]
        options: list[list[str]] = []
        for w in lead:
            opts = [w]
            low = w.casefold()
            for end in sorted(lex.adjective_endings, key=len, reverse=True):
                if low.endswith(end) and len(w) > len(end) + 2:
                    stem = w[: -len(end)]
                    opts.extend(stem + e for e in lex.adjective_endings if stem + e != w)
                    break
            options.append(opts)
        combos: list[list[str]] = [[]]
        for opts in options:
            combos = [c + [o] for c in combos[:MAX_VARIANTS] for o in opts]
        combos = combos[:MAX_VARIANTS]
        for c in combos:
            for h in heads:
                phrase = " ".join(c + [h])
                if phrase not in out:
                    out.append(phrase)
    named = lex.feature_noun_names.get(words[0].casefold()) if len(words) > 1 else None
    if named is not None:
        # "der Vulkan Hudson": the gazetteer may hold the volcano only as "Hudson
        # volcano" (its bare name is a river's or a town's); asked after the inflected
        # forms, and used only where the words as written find nothing
        out.append(" ".join(words[1:]) + " " + named)
    for v in _article_forms(words, lex.lang):
        if v not in out:
            out.append(v)
    surface = " ".join(words)
    return [v for v in out if v != surface]


#: the sun letters of a Latin transliteration of Arabic, digraphs first: the article
#: takes the letter before one ("al-Shams" is written "ash-Shams")
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


def _article_forms(words: list[str], lang: str) -> list[str]:
    """A name with a hyphened Arabic article (``hyphened_articles``) with the article
    assimilated to a sun letter and unassimilated ("Al-Nabk" -> "An Nabk", "Tell
    as-Sultan" -> "Tell al Sultan"): news writes either, GeoNames one (issue 21, session
    15). No forms for a name without such an article before a word."""
    from geomap.geoparse._wordlists import hyphened_articles

    arts = hyphened_articles(lang)
    if len(words) < 2 or not any(w.casefold() in arts for w in words[:-1]):
        return []
    assimilated: list[str] = []
    plain: list[str] = []
    for k, w in enumerate(words):
        low = w.casefold()
        if low not in arts or k + 1 == len(words) or low in ("ud", "ul"):
            assimilated.append(w)
            plain.append(w)
            continue
        nxt = "".join(
            ch for ch in unicodedata.normalize("NFD", words[k + 1]) if not unicodedata.combining(ch)
        ).casefold()
        sun = next((x for x in _SUN_LETTERS if nxt.startswith(x)), "")
        vowel = "e" if low.startswith("e") else "a"
        forms = (vowel + (sun or "l"), "el" if low == "el" else "al")
        for out, form in zip((assimilated, plain), forms, strict=True):
            out.append(form[:1].upper() + form[1:] if w[:1].isupper() else form)
    return [
        f for f in dict.fromkeys((" ".join(assimilated), " ".join(plain))) if f != " ".join(words)
    ]


def name_variants(words: list[str], lex: PlaceLexicon) -> list[str]:
    """The un-inflected variants of a name's words ("Schwarzen Meer" -> "Schwarzes
    Meer"), as the mention finder looks them up."""
    return _variants(words, lex)


def abbreviation_table(lang: str) -> dict[str, str]:
    """The lexicon's place abbreviations ("Ind.", "W.Va.") and the gazetteer id each
    stands for."""
    return {k: v for k, (v, _) in _abbreviation_pattern_for(lang)[1].items()}


@cache
def _abbreviation_pattern_for(
    lang: str,
) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, bool]]]:
    from geomap.lexicons import place_lexicon

    return _abbreviation_pattern(place_lexicon(lang))


def _abbreviation_pattern(
    lex: PlaceLexicon,
) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, bool]]]:
    table = {k: (v, False) for k, v in lex.abbreviations}
    table.update({k: (v, True) for k, v in lex.abbreviations_after_comma})
    for k, v in list(table.items()):
        table.setdefault(re.sub(r"\.(?=[A-Z])", ". ", k), v)  # "W. Va." as "W.Va."
    if not table:
        return None, table
    alts = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    # no look-behind in front: the engine then skips every position whose letter starts
    # no abbreviation (four times faster on LGL); ``_abbreviation_spans`` checks the
    # letter before a match instead
    return re.compile(rf"(?:{alts})(?![\w])"), table


#: A letter before an abbreviation that makes it part of a longer word ("McGa.").
_ABBREVIATION_GLUED = re.compile(r"[\w.]")


def _abbreviation_spans(tokens: Sequence[Token], text: str, lex: PlaceLexicon, get) -> list[Span]:
    """``U.S.``, ``W.Va.``, ``Ga.`` (after a comma only): spans from the lexicon's table."""
    pattern, table = _abbreviation_pattern_for(lex.lang)
    if pattern is None or not tokens:
        return []
    starts = [t.start for t in tokens]
    out: list[Span] = []
    search, glued = pattern.search, _ABBREVIATION_GLUED.match
    pos = tokens[0].start
    while (m := search(text, pos)) is not None:
        # the leftmost match not glued to the word before it, as a look-behind would
        # find it: a glued match tells nothing of the next position
        if m.start() > 0 and glued(text, m.start() - 1):
            pos = m.start() + 1
            continue
        pos = m.end()
        ident, after_comma = table[m.group()]
        if after_comma and not text[max(0, m.start() - 2) : m.start()].endswith(", "):
            continue
        i = bisect.bisect_left(starts, m.start())
        j = bisect.bisect_right(starts, m.end() - 1) - 1
        if i >= len(tokens) or j < i:
            continue
        # a bare code ("SC", "ON") follows a town's name, not a common word: "the
        # crackdown, PA officials said" names an authority, not Pennsylvania
        if (
            after_comma
            and m.group().isalpha()
            and m.group().isupper()
            and (i == 0 or not tokens[i - 1].is_cap)
        ):
            continue
        cand = get(ident)
        if cand is None:
            continue
        out.append(Span(i, j, m.start(), m.end(), m.group(), [cand], False, m.group()))
    return out


def find_spans(
    tokens: Sequence[Token],
    text: str,
    lex: PlaceLexicon,
    lookup_many,
    get=None,
    skeletons=None,
    dateline: tuple[int, int] | None = None,
) -> list[Span]:
    """Every capitalised n-gram (up to ``MAX_TOKENS`` tokens) with gazetteer candidates,
    plus the lexicon's abbreviations (``U.S.``, ``W.Va.``).

    ``lookup_many(names) -> dict[name, list[Candidate]]`` is the gazetteer's batch look-up,
    ``get(id)`` its look-up by id, ``skeletons(names)`` its look-up of romanisation
    variants (``Gazetteer.lookup_skeletons``; none without it). ``dateline``: the
    character range of the article's dateline, whose place a wire writes in capitals.
    """
    # (first token, last token, surface, variants): plain tuples, since a long text of
    # capitalised words proposes hundreds of thousands of n-grams and few of them match
    proposals: list[tuple[int, int, str, tuple[str, ...]]] = []
    n_tok = len(tokens)
    # the lexicon's connectors and the particles GeoNames names carry ("Jisr ash
    # Shughur", "Mto wa Mbu"): a name is looked up whole before its words are
    connectors = _connectors(lex.name_connectors)
    tails = _tail_words(lex.lang)
    lang, variants, append = lex.lang, _variants_cached, proposals.append  # (hot loop)
    for a, tok in enumerate(tokens):
        if not tok.is_cap:
            continue
        if len(tok.text) < 2 and not (a + 1 < n_tok and tokens[a + 1].gap_before in _LETTER_LINKS):
            # a lone capital starts no name, save an initialism such as "T&T" or a
            # hyphened prefix ("I-n-Amenas"), or a letter with a digit ("G2", which the
            # tokenizer splits: only a feature the gazetteer holds so, _two_letter_readings)
            glued = _LETTER_DIGIT.match(text, tok.end)
            if glued is not None:
                append((a, a, tok.text + glued.group(1), ()))
            continue
        words = [tok.text]
        for b in range(a, min(n_tok, a + MAX_TOKENS)):
            if b > a:  # (the first token is capitalised)
                nxt = tokens[b]
                gap = nxt.gap_before
                if nxt.sentence != tok.sentence or (
                    gap not in _JOINERS and not _NUMBER_GAP.fullmatch(gap)
                ):
                    break
                # a lower-case word that ends GeoNames names ends one like a capitalised
                # word ("Vasilyevsky ostrov", "Bang Rak subdistrict")
                capped = nxt.is_cap or _capped(nxt) or nxt.fold in tails
                if (
                    not capped
                    and nxt.fold not in connectors
                    and nxt.gap_before not in _INSIDE
                    and not _hyphened_article(tokens, b)
                ):
                    break
                words.append(nxt.text)
                if not capped and nxt.gap_before not in _WORD_JOINS:
                    if _apostrophe_s(nxt):
                        # "St. John's", "St Mary's": a name may end in an "'s" of its own,
                        # or be written so for one stored without it ("St. Marys")
                        whole = text[tok.start : nxt.end]
                        bare = text[tok.start : tokens[b - 1].end] + "s"
                        append((a, b, whole, (bare,)))
                    continue  # a name does not end in a connector (it may in a hyphened word)
            surface = text[tok.start : tokens[b].end]
            append((a, b, surface, variants(tuple(words), lang)))
    lead = _lower_lead_proposals(tokens, text, lex)
    elided = _elided_article_proposals(tokens, text)
    names = sorted(
        {v for _, _, surface, vs in (*proposals, *lead) for v in (surface, *vs)}
        | {surface for _, _, surface in elided}
    )
    found = lookup_many(names) if names else {}
    long_forms = _long_forms(proposals, tokens, text, lex)
    if long_forms:
        asked = sorted({f for fs in long_forms.values() for f in fs} - found.keys())
        found = {**found, **lookup_many(asked)} if asked else found
    spans: list[Span] = []
    spans.extend(_elided_article_spans(elided, found, tokens))
    spans.extend(_transliterated_spans(proposals, found, tokens, lex, lookup_many))
    genitives = _genitive_endings(lex)
    for a, b, surface, vs in proposals:
        if a == b and len(surface) <= 2:
            cued = _two_letter_readings(tokens, a, surface, found.get(surface), lex)
            if cued:
                end = tokens[a].start + len(surface)  # a glued digit is no token
                spans.append(Span(a, b, tokens[a].start, end, surface, cued, False, surface))
            continue
        hit = found.get(surface)
        longs = long_forms.get(surface, ()) if long_forms else ()
        if longs:
            hit = _with_long_forms(hit, longs, found)
        if b > a and _apostrophe_s(tokens[b]):
            # the "'s" is the name's only where the reading's name ends in it ("St.
            # John's", "Saint Davids"), not a possessive the look-up folded away; the
            # readings stored without the apostrophe are as good ("St. Marys")
            # (only where the gazetteer knows the name with its "'s": a possessive of a
            # person, "Adam's", is no town "Adams")
            both = [*hit, *(c for v in vs for c in found.get(v, ()))] if hit else []
            hit = [c for c in {c.id: c for c in both}.values() if c.name.endswith(("s", "S"))]
            if not hit:
                continue
        countries = _genitive_countries(surface, found, genitives, lex.lang) if genitives else []
        if hit:
            end = _end_with_apostrophe(text, tokens[b].end, hit)
            surface = text[tokens[a].start : end]
            if countries and not any(c.kind == "country" for c in hit):
                # "die Hauptstadt Kenias" where a village is also called "Kenias": the
                # country is a reading beside the village's (the ranking decides)
                ids = {c.id for c in countries}
                cands = countries + [c for c in hit if c.id not in ids]
                span = Span(a, b, tokens[a].start, end, surface, cands, False, surface)
                span.genitive = True
                spans.append(span)
                continue
            cities = (
                _genitive_cities(surface, hit, found, genitives, lex.lang)
                if genitives
                and a == b
                and (_before_noun(tokens, b) or _after_noun_or_article(tokens, a, lex.lang))
                else []
            )
            if not cities and genitives and a == b and _after_noun_or_article(tokens, a, lex.lang):
                cities = _genitive_regions(surface, hit, found, genitives, lex.lang)
            if cities:
                # "Prags Bürgermeister", "Denvers Innenstadt": the genitive of a city
                # that dwarfs the town the inflected form also names (Braies, once
                # Prags; Danvers) is a reading beside the town's (the ranking decides)
                ids = {c.id for c in cities}
                cands = cities + [c for c in hit if c.id not in ids]
                spans.append(Span(a, b, tokens[a].start, end, surface, cands, False, surface))
                continue
            span = Span(a, b, tokens[a].start, end, surface, list(hit), False, surface)
            span.long_forms = longs
            spans.append(span)
            continue
        for v in vs:
            hit = found.get(v)
            if hit and _noun_plural_not_genitive(tokens, a, b, surface, v, hit, genitives, lex):
                break
            if hit:
                span = Span(a, b, tokens[a].start, tokens[b].end, surface, list(hit), True, v)
                span.genitive = bool(countries) and any(c.kind == "country" for c in hit)
                spans.append(span)
                break
    if skeletons is not None:
        # the last chance of a run nothing else read, nor a longer name holding it
        spans.extend(
            _skeleton_spans(proposals, found, spans, tokens, lex, skeletons, dateline=dateline)
        )
    if lex.hemisphere_lines:
        spans = _hemisphere_spans(spans, proposals, tokens, lex, lookup_many)
    _add_namesakes(spans, lex, lookup_many)
    if lead:
        spans = _add_lower_lead(spans, lead, found, tokens, lex)
    spans.extend(_lowercase_spans(tokens, text, lex, lookup_many))
    spans.extend(_lower_second_word_spans(tokens, text, lex, spans, lookup_many))
    if lex.feature_words:
        features = _feature_word_spans(proposals, tokens, text, lex, lookup_many)
        if features:
            spans = [s for s in spans if not any(f.i <= s.i and s.j <= f.j for f in features)]
            spans.extend(features)
    _add_bare_unit_readings(spans, proposals, found, tokens, lex, lookup_many)
    named = _unit_word_spans(proposals, tokens, lex, lookup_many)
    if named:
        spans = [s for s in spans if not any(u.i <= s.i and s.j <= u.j for u in named)] + named
    units = _unit_spans(tokens, text, lex, lookup_many)
    if units:
        inside = {k for u in units for k in range(u.i, u.j + 1)}
        spans = [s for s in spans if not inside.intersection(range(s.i, s.j + 1))] + units
    if get is not None:
        abbr = _abbreviation_spans(tokens, text, lex, get)
        if abbr:
            inside = {k for a in abbr for k in range(a.i, a.j + 1)}
            spans = [s for s in spans if s.i not in inside] + abbr
    spans.extend(_dotted_initialism_spans(tokens, text, spans, lookup_many))
    return spans


#: The fewest letters of a dotted initialism read by its letters ("U.S.S.R."): two
#: letters with dots are a person's initials as often ("J.R."); the lexicon's table
#: holds the two-letter places ("U.S.", "U.K.").
_DOTTED_MIN_LETTERS = 3


def _dotted_initialism_spans(
    tokens: Sequence[Token], text: str, spans: Sequence[Span], lookup_many
) -> list[Span]:
    """A run of single capital letters each closed by a full stop, with no space
    ("U.S.S.R.", "D.D.R."), of ``_DOTTED_MIN_LETTERS`` letters or more, that no span
    holds: read as its letters written together ("USSR"), where the gazetteer holds a
    country or a first-level region so. A lone capital starts no name otherwise, and
    the lexicon's table holds only the common forms (issue 21, session 20). Not before
    a capitalised word after a space ("J.R.R. Tolkien": a person's initials). Cost:
    one batched look-up of the runs found."""
    held = {k for s in spans for k in range(s.i, s.j + 1)}
    runs: list[tuple[int, int]] = []
    n_tok = len(tokens)
    a = 0
    while a < n_tok:
        b = a
        while (
            b < n_tok
            and len(tokens[b].text) == 1
            and tokens[b].text.isupper()
            and text[tokens[b].end : tokens[b].end + 1] == "."
            and (
                b == a or (tokens[b].gap_before == "." and tokens[b].sentence == tokens[a].sentence)
            )
        ):
            b += 1
        if b - a >= _DOTTED_MIN_LETTERS and not held.intersection(range(a, b)):
            nxt = tokens[b] if b < n_tok else None
            if nxt is None or not (nxt.is_cap and nxt.gap_before == ". "):
                runs.append((a, b - 1))
        a = max(b, a + 1)
    if not runs:
        return []
    keys = {(i, j): "".join(t.text for t in tokens[i : j + 1]) for i, j in runs}
    found = lookup_many(sorted(set(keys.values())))
    out: list[Span] = []
    for (i, j), key in keys.items():
        cands = [c for c in found.get(key, ()) if c.kind in ("country", "admin1")]
        if cands:
            end = tokens[j].end + 1  # the closing full stop is the name's
            surface = text[tokens[i].start : end]
            out.append(Span(i, j, tokens[i].start, end, surface, cands, False, surface))
    return out


def _long_forms(
    proposals: Sequence[tuple[int, int, str, tuple[str, ...]]],
    tokens: Sequence[Token],
    text: str,
    lex: PlaceLexicon,
) -> dict[str, tuple[str, ...]]:
    """The names written out in full of the proposals of two words or more whose first
    word abbreviates a generic word of place names (the lexicon's
    ``name_word_abbreviations``: "Mt. Airy" -> "Mount Airy", "St. Gallen" -> "Saint
    Gallen", "Sankt Gallen"), by surface. The abbreviation stands alone or with its full
    stop; the rest of the name is kept as written. A title before a given name ("St.
    James", "St. Mary's") is a saint's as often (a church's, a school's): only the
    gazetteer's own abbreviated names stand for it, as for the title rule of
    ``_accept``."""
    if not name_word_abbreviations(lex.lang):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for a, b, surface, _ in proposals:
        if b == a or surface in out or tokens[a + 1].gap_before not in (" ", ". "):
            continue
        forms = _expanded(
            tokens[a].text, tokens[a + 1].text, text[tokens[a + 1].start : tokens[b].end], lex
        )
        if forms:
            out[surface] = forms
    return out


def _expanded(first: str, second: str, rest: str, lex: PlaceLexicon) -> tuple[str, ...]:
    """``rest`` (the name after its first word, from ``second`` on) behind each full form
    of the abbreviated first word ``first``; none where ``first`` abbreviates no generic
    word, or is a title before a given name (``_long_forms``)."""
    from geomap.geoparse._wordlists import first_names

    fold = first.casefold()
    full = name_word_abbreviations(lex.lang).get(fold)
    if full is None or fold in lex.person_titles and second in first_names():
        return ()
    return tuple(f"{word} {rest}" for word in full)


def long_forms_of(text: str, lex: PlaceLexicon) -> tuple[str, ...]:
    """The full forms of a name written with an abbreviated first word, as the mention
    finder also looks it up ("Mt. Pleasant" -> "Mount Pleasant"; ``_long_forms``); none
    for any other name. For a span given whole (gold spans)."""
    first, sep, rest = text.partition(" ")
    if not sep or not rest or not first.rstrip("."):
        return ()
    second = re.split(r"[\W_]", rest.strip(), maxsplit=1)[0]  # "Mary" of "Mary's"
    return _expanded(first.rstrip("."), second, rest.strip(), lex)


def _with_long_forms(
    hit: Sequence[Candidate] | None, longs: Sequence[str], found: dict[str, list[Candidate]]
) -> list[Candidate] | None:
    """The readings of an abbreviated name with those of its full forms, each place
    once, best first (the look-up's order): "Mt. Vernon", which GeoNames gives one town
    of the name, is every Mount Vernon."""
    extra = [c for form in longs for c in found.get(form, ())]
    if not extra:
        return None if hit is None else list(hit)
    merged = {c.id: c for c in hit or ()}
    for c in extra:
        if c.id not in merged or c.score > merged[c.id].score:
            merged[c.id] = c
    return sorted(merged.values(), key=lambda c: (-c.score, c.id))


#: kinds a feature word after a name does not name: "the Hoover dam" is no town, region
#: or country (the kinds named bare, and the containers)
_NOT_FEATURES = kinds_where("bare") | kinds_where("contains_places")


def _river_word(fold: str, lex: PlaceLexicon) -> bool:
    """A lower-case river head after a name ("the Tana river") asks for "<Name> River"
    too: the gazetteer may hold the river only under that name while the bare name is a
    town or another place's short name (``Tana`` for Antananarivo). Where the bare name
    has a river reading of its own the whole name is not asked ("the Po river" stays
    "Po", the river), so a name's span changes only where its reading does; the plural
    ("the Indus and Ganges rivers") names a list and asks nothing."""
    return lex.feature_heads.get(fold) == "river" and not fold.endswith("s")


def _feature_word_spans(
    proposals: Sequence[tuple[int, int, str, tuple[str, ...]]],
    tokens: Sequence[Token],
    text: str,
    lex: PlaceLexicon,
    lookup_many,
) -> list[Span]:
    """A name written before a lower-case word of the lexicon's ``feature_words`` ("the
    Hoover dam", "the Atacama desert") is the gazetteer's feature of that whole name
    where it holds one under that name (its own or another: "Aswan Dam" for the Aswan
    High Dam), though English capitalises the word in the feature's name; the bare name
    would be the town beside it. Only features: a town or
    region "X Valley" stays the name before the word (the ranking decides), unless the
    gazetteer knows no place of the bare name at all ("the Swat valley" where it holds
    only the region "Swat Valley"): then the whole name is the one reading there is."""
    asked: list[tuple[int, int, str, str]] = []
    areas: list[tuple[int, int, str]] = []
    n_tok = len(tokens)
    for a, b, surface, _ in proposals:
        nxt = b + 1
        if nxt >= n_tok:
            continue
        word = tokens[nxt]
        if word.is_cap or word.gap_before != " " or word.sentence != tokens[a].sentence:
            continue
        if word.fold in lex.area_words:
            areas.extend(_area_names(tokens, text, lex, a, nxt))
        if word.fold in lex.facility_modifiers:
            asked.extend(_modified_feature_names(tokens, lex, a, nxt, surface))
            continue
        if not (word.fold in lex.feature_words or _river_word(word.fold, lex)):
            continue
        asked.append((a, nxt, surface, f"{surface} {word.text.capitalize()}"))
    area_spans = _area_word_spans(areas, tokens, lex, lookup_many) if areas else []
    if not asked:
        return area_spans
    # a head that ranks the bare name's readings too ("river", "volcano": feature_heads of
    # a physical kind) joins the name only where the bare name has no reading of that kind
    headed = {
        name: kind
        for a, b, _, name in asked
        if (kind := lex.feature_heads.get(tokens[b].fold)) in ("river", "mountain")
        and (kind != "river" or _river_word(tokens[b].fold, lex))
    }
    # every bare name is looked up: one the gazetteer lacks leaves the whole name's reading
    bares = {bare for *_, bare, _ in asked}
    hits = lookup_many(sorted({name for *_, name in asked} | bares))
    out: list[Span] = []
    for a, b, bare, name in asked:
        if name in headed and any(c.kind == headed[name] for c in hits.get(bare, ())):
            # the bare name is that feature already ("the Po river", "Taal volcano"): it
            # stays the name, and its span stays the name's
            continue
        key, bare_key = normalize_name(name), normalize_name(bare)
        # a bare name the gazetteer does not know ("the Swat valley": no "Swat") leaves
        # only the whole name's reading, a region or town of that name included, under
        # its own name or another ("Grishk district": the district "Gereshk"; session 29)
        unknown = not hits.get(bare)
        cands = [
            c
            for c in hits.get(name, ())
            if c.kind not in _NOT_FEATURES
            and (
                normalize_name(c.name) == key
                # another name of a feature the bare name does not name already: "Aswan
                # Dam" (the Aswan High Dam), not "Caucasus mountains" (the Caucasus)
                or normalize_name(c.matched) == key
                and normalize_name(c.name) != bare_key
            )
            or unknown
            and key in (normalize_name(c.name), normalize_name(c.matched))
        ]
        if cands:
            surface = text[tokens[a].start : tokens[b].end]
            out.append(Span(a, b, tokens[a].start, tokens[b].end, surface, cands, False, surface))
    out.extend(area_spans)
    # the longest name wins where two end on one word ("Lake Mead dam" and "Mead dam")
    return [f for f in out if not any(g.i < f.i and g.j == f.j for g in out)]


#: How many lower-case modifiers may stand between a name and its feature word ("the
#: Bushehr nuclear power plant": two).
_FACILITY_MODIFIERS_MAX = 3


def _modified_feature_names(
    tokens: Sequence[Token], lex: PlaceLexicon, a: int, nxt: int, surface: str
) -> list[tuple[int, int, str, str]]:
    """The names to ask for a name followed by up to ``_FACILITY_MODIFIERS_MAX``
    lower-case words of the lexicon's ``facility_modifiers`` and a feature word or a
    facility head ("the Bushehr nuclear power plant", "the Akosombo hydroelectric dam",
    "the Ramstein air base"): the name with every ordered choice of the modifiers and the
    head ("Bushehr nuclear power plant", "Bushehr nuclear plant", "Bushehr plant" ...),
    since a source names the facility with some of them ("Akosombo Dam", "Kakhovka
    hydroelectric plant"), and again with the sources' word for a modifier the lexicon
    maps to one ("atomic" -> "nuclear"). Nothing where no such head ends the words
    (session 29). Cost: at most sixteen names per name so followed."""
    sentence = tokens[a].sentence
    b = nxt
    while b < len(tokens) and b - nxt < _FACILITY_MODIFIERS_MAX:
        w = tokens[b]
        if w.is_cap or w.gap_before != " " or w.sentence != sentence:
            return []
        if w.fold not in lex.facility_modifiers:
            break
        b += 1
    if b >= len(tokens) or b == nxt:
        return []
    head = tokens[b]
    if head.is_cap or head.gap_before != " " or head.sentence != sentence:
        return []
    if not (head.fold in lex.feature_words or lex.feature_heads.get(head.fold) == "facility"):
        return []
    written = [t.text for t in tokens[nxt:b]]
    # the sources' word for a modifier the text writes otherwise ("atomic" -> "nuclear")
    usual = [lex.facility_modifiers[t.fold] or t.text for t in tokens[nxt:b]]
    out: list[tuple[int, int, str, str]] = []
    for mods in (written, usual) if usual != written else (written,):
        for mask in range(1 << len(mods)):
            kept = [m for k, m in enumerate(mods) if mask >> k & 1]
            out.append((a, b, surface, " ".join([surface, *kept, head.text])))
    return out


#: How many lower-case area words may follow a name ("Caribbean island states": two).
_AREA_WORDS_MAX = 2


def _area_names(
    tokens: Sequence[Token], text: str, lex: PlaceLexicon, a: int, nxt: int
) -> list[tuple[int, int, str]]:
    """The names to ask from the proposal starting at token ``a`` with the lower-case
    ``area_words`` from token ``nxt`` on, written as the text writes them: one per
    word, up to ``_AREA_WORDS_MAX`` ("Caribbean island", "Caribbean island states")."""
    out: list[tuple[int, int, str]] = []
    b = nxt
    while b < len(tokens) and b - nxt < _AREA_WORDS_MAX:
        w = tokens[b]
        if w.is_cap or w.gap_before != " " or w.fold not in lex.area_words:
            break
        if w.sentence != tokens[a].sentence:
            break
        out.append((a, b, text[tokens[a].start : w.end]))
        b += 1
    return out


def _area_word_spans(
    areas: Sequence[tuple[int, int, str]], tokens: Sequence[Token], lex: PlaceLexicon, lookup_many
) -> list[Span]:
    """A name and the lower-case area words after it ("the Amazon basin", "the Gulf
    monarchies", "the Caribbean islands") are one name where the gazetteer holds an
    area or water of that very name, as its own name or as another name in the text's
    language, the lower-case word written so (a source's English label or alias: "Gulf
    monarchies" for the Gulf states), not only under a capitalised name ("Swat
    Valley"), which ``feature_words`` decide (session 21). The name before the words
    would read the river, the gulf or the sea of its own (the Amazon, the Persian Gulf,
    the Caribbean Sea). Cost: one batch look-up of the names a lexicon word follows."""
    hits = lookup_many(sorted({name for *_, name in areas}))
    out: list[Span] = []
    for a, b, name in areas:
        key = normalize_name(name)
        cands = [
            c
            for c in hits.get(name, ())
            if c.kind != "city"
            and normalize_name(c.matched) == key
            and (lex.lang in c.matched_langs or normalize_name(c.name) == key)
            and c.matched.rsplit(" ", 1)[-1].islower()
        ]
        if cands:
            out.append(Span(a, b, tokens[a].start, tokens[b].end, name, cands, False, name))
    return out


def _add_namesakes(spans: Sequence[Span], lex: PlaceLexicon, lookup_many) -> None:
    """A town a German text names by its German or transliterated name ("Tschechow",
    "Schuja") is named so with every town of its country bearing the same own name: the
    gazetteer lists the text's spelling for the biggest namesake only, and the story's
    setting (its region, the places beside it) must be able to choose the smaller one in
    another province. Only readings a reader would accept for a name written so (a city
    of the transliteration table's ``min_population``) lend their name, where the text's
    name spells it (as written or transliterated: not a former name, "Wjatka" for Kirov),
    only to towns of their country, and only in a language with a transliteration table
    (German)."""
    tr = _transliteration(lex.lang)
    if tr is None:
        return
    from geomap.geoparse._context import name_key, spelling_of

    ratio = WEIGHTS.spelling_ratio

    def spells(written: str, name: str) -> bool:
        return spelling_of(name_key(written), name, ratio, head=False) or any(
            spelling_of(name_key(v), name, ratio, head=False)
            for v in _transliterations(written, lex.lang)
        )

    wanted: list[tuple[Span, Candidate]] = []
    for span in spans:
        for c in span.candidates:
            if (
                c.kind == "city"
                and c.population >= tr.min_population
                and name_key(c.name) != span.key
                and name_key(c.matched) == span.key
                and spells(span.text, c.name)
            ):
                wanted.append((span, c))
    if not wanted:
        return
    hits = lookup_many(sorted({c.name for _, c in wanted}))
    for span, c in wanted:
        have = {k.id for k in span.candidates}
        own = name_key(c.name)
        span.candidates.extend(
            k
            for k in hits.get(c.name, ())
            if k.kind == "city"
            and k.id not in have
            and k.country_code == c.country_code
            and name_key(k.name) == own
        )


def _hemisphere_spans(
    spans: list[Span],
    proposals: Sequence[tuple[int, int, str, tuple[str, ...]]],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    lookup_many,
) -> list[Span]:
    """A line of latitude named without its hemisphere ("Polarkreis", "des
    Wendekreises": lexicon ``hemisphere_lines``) is read as both of its lines, the northern
    one first; the ranking lets the article's places choose (``_rank._hemisphere_pick``).
    The gazetteer may know the bare name as one line only (German news mostly means the
    northern polar circle) or not at all."""
    table = lex.hemisphere_lines
    heads = tuple({k.split()[0] for k in table})
    asked: list[tuple[int, int, str, tuple[str, str]]] = []
    for a, b, surface, vs in proposals:
        if not tokens[a].fold.startswith(heads):
            continue  # a first word no line's name begins with (most proposals)
        for form in (surface, *vs):
            pair = table.get(form.casefold())
            if pair is not None:
                asked.append((a, b, surface, pair))
                break
    if not asked:
        return spans
    hits = lookup_many(sorted({n for *_, pair in asked for n in pair}))
    out = list(spans)
    for a, b, surface, (north, south) in asked:
        lines = [
            next((c for c in hits.get(n, ()) if c.kind == "parallel"), None) for n in (north, south)
        ]
        cands = [c for c in lines if c is not None]
        if len(cands) < 2 or cands[0].lat <= 0 or cands[1].lat >= 0:
            continue
        out = [s for s in out if (s.i, s.j) != (a, b)]
        out.append(Span(a, b, tokens[a].start, tokens[b].end, surface, cands, False, surface))
    return out


#: a lower-case word this frequent (Zipf) in the text's language is the language's own
#: word after a name ("the town centre", "die Altstadt city"), not the end of one
TAIL_WORD_MAX_ZIPF = 4.0


@cache
def _tail_words(lang: str) -> frozenset[str]:
    """The lower-case words that may end a name in a text of ``lang``: those that end
    GeoNames names (``name_tail_words.csv``: "kerület", "ostrov"), save the language's
    common words ("city", "town", "district" in English), which there describe the place
    named before them."""
    from geomap.text import zipf

    return frozenset(w for w in name_tail_words() if zipf(w, lang) < TAIL_WORD_MAX_ZIPF)


@lru_cache(maxsize=8)
def _connectors(lexicon_connectors: frozenset[str]) -> frozenset[str]:
    """The lexicon's connectors and the particles GeoNames names carry, joined once per
    lexicon rather than once per document."""
    return lexicon_connectors | name_particles()


#: The kinds a two-letter name may have after an article ("am Po", "the Po"): features,
#: which take one, never a town, a region or a country.
_FEATURE_KINDS = kinds_where("takes_article") - {"country", "facility", "admin1", "admin2"}


def _two_letter_readings(
    tokens: Sequence[Token],
    a: int,
    surface: str,
    hit: Sequence[Candidate] | None,
    lex: PlaceLexicon,
) -> list[Candidate]:
    """The readings of a one-word name of two letters ("Po", "Ob", "Ii"), proposed only
    with a strong cue, as such words are mostly ordinary ones ("Er", "Da", "In", "Am")
    or acronyms ("US" is read as an abbreviation): written as a name (a capital and a
    small letter) and either after an article or a contraction ("am Po", "the Po") with
    its feature readings kept (a river, a lake, a mountain), or before a feature word
    naming its kind ("the Po river", "Ii municipality") or after one ("die Stadt Bo",
    "the town of Bo") with the readings of that kind, or after a place preposition
    ("traders in Wa", "nach Bo") with its towns of ``Weights.short_name_population``.
    A letter and a digit glued ("G2") are a feature's name the gazetteer holds so written, or
    nothing ("G7", "A4"). Empty without such a cue."""
    if not hit:
        return []
    if surface[0].isupper() and surface[1:].isdigit():
        return [c for c in hit if c.kind in _FEATURE_KINDS and c.matched == surface]
    if not (surface.isalpha() and surface[0].isupper() and surface[1:].islower()):
        return []
    tok = tokens[a]
    if tok.sent_initial:
        return []  # "Er sagte", "Da war": the capital says nothing at a sentence's start
    prev = tokens[a - 1] if a > 0 else None
    if (
        prev is not None
        and prev.sentence == tok.sentence
        and tok.gap_before == " "
        and prev.fold in lex.place_prepositions
    ):
        # a place preposition before a town of some size: "in Wa" is the Ghanaian city,
        # and no word of two letters written so follows "in" ("in Er" is no sentence)
        towns = [
            c
            for c in hit
            if c.kind == "city" and (c.population or 0) >= WEIGHTS.short_name_population
        ]
        if towns:
            return towns
    if (
        prev is not None
        and prev.sentence == tok.sentence
        and tok.gap_before == " "
        and prev.fold in lex.determiners
    ):
        kept = [c for c in hit if c.kind in _FEATURE_KINDS]
        if kept:
            return kept
    nxt = tokens[a + 1] if a + 1 < len(tokens) else None
    if nxt is not None and nxt.sentence == tok.sentence and nxt.gap_before in (" ", "-"):
        kind = lex.feature_heads.get(nxt.fold)
        if kind is not None:
            return [c for c in hit if c.kind == kind]
    # a feature word before it: "die Stadt Bo", "the town of Bo"
    head = prev
    if (
        head is not None
        and head.fold in lex.name_links
        and a > 1
        and tokens[a - 2].sentence == tok.sentence
    ):
        head = tokens[a - 2]
    if head is not None and head.sentence == tok.sentence and tok.gap_before == " ":
        kind = lex.feature_heads.get(head.fold)
        if kind is not None:
            return [c for c in hit if c.kind == kind]
    return []


def _genitive_endings(lex: PlaceLexicon) -> tuple[str, ...]:
    """The genitive endings a name may carry in the language (German "-s", "-es": the
    lexicon's alphabetic ``name_suffixes``), longest first; none where the language
    marks no genitive on names (``genitive_endings`` of its profile: English writes
    "Kenya's")."""
    if not lex.profile.genitive_endings:
        return ()
    return tuple(sorted((e for e in lex.name_suffixes if e.isalpha()), key=len, reverse=True))


def _genitive_countries(
    surface: str, found: dict[str, list[Candidate]], endings: tuple[str, ...], lang: str
) -> list[Candidate]:
    """The countries a one-word ``surface`` names in the genitive: its stem without a
    genitive ending is a country's name in the text's language (CLDR: "Kenia" in
    "Kenias"; not "Man", a short form of the Isle of Man, in "Mans")."""
    if " " in surface:
        return []
    names = country_names(lang)
    for e in endings:
        if len(surface) > len(e) + 2 and surface.endswith(e):
            stem = surface[: -len(e)]
            got = [
                c
                for c in found.get(stem, ())
                if c.kind == "country" and names.get(c.country_code or "") == stem
            ]
            if got:
                return got
    return []


def _noun_plural_not_genitive(
    tokens: Sequence[Token],
    a: int,
    b: int,
    surface: str,
    stem: str,
    hit: Sequence[Candidate],
    endings: tuple[str, ...],
    lex: PlaceLexicon,
) -> bool:
    """A one-word ``surface`` that names nothing as written, read only through ``stem``,
    itself less a genitive ending, is the plural of a common noun, not a town's
    genitive, where ``stem`` is a common noun of the language (``grammar_nouns``), the
    word stands where no genitive of a name stands (before no capitalised word, after no
    noun or genitive article: "Weine, Liköre und Sherrys", "Preise und Bingos lagen
    bereit") and no reading is a known place (``WEIGHTS.known_name_population``): German
    writes many loanwords' plurals with "-s", as it writes names' genitives (issue 21,
    session 20). "Sherrys Bürgermeister" keeps the town."""
    from geomap.geoparse._wordlists import grammar_nouns

    if a != b or not endings or not any(surface == stem + e for e in endings):
        return False
    if stem not in grammar_nouns(lex.lang):
        return False
    if any((c.population or 0) >= WEIGHTS.known_name_population for c in hit):
        return False
    if any(c.kind in ("country", "admin1") for c in hit):
        return False
    return not _before_noun(tokens, b) and not _after_noun_or_article(tokens, a, lex.lang)


def _before_noun(tokens: Sequence[Token], b: int) -> bool:
    """Token ``b`` stands right before a capitalised word of its sentence, as a genitive
    before its noun does ("Prags Bürgermeister", "Tabriz' Altstadt")."""
    if b + 1 >= len(tokens):
        return False
    nxt = tokens[b + 1]
    return (
        nxt.sentence == tokens[b].sentence
        and nxt.is_cap
        and not nxt.is_upper
        and nxt.gap_before in (" ", *(q + " " for q in _APOSTROPHES))
    )


def _after_noun_or_article(tokens: Sequence[Token], a: int, lang: str) -> bool:
    """Token ``a`` follows a common noun or a genitive article (over adjectives), where a
    genitive stands after its noun: "die Straßen Prags", "die Altstadt des alten Prags"."""
    from geomap.geoparse._wordlists import common_nouns, genitive_articles

    articles = genitive_articles(lang)
    if not articles:
        return False
    k, steps = a - 1, 0
    while k >= 0 and tokens[k].sentence == tokens[a].sentence and tokens[k + 1].gap_before == " ":
        t = tokens[k]
        if t.fold in articles and t.text.islower():
            return True
        if t.is_cap and not t.is_upper:
            return k == a - 1 and not t.sent_initial and t.text in common_nouns(lang)
        if not (t.text.isalpha() and t.text.islower()) or steps >= _ADJECTIVES_BEFORE_GENITIVE:
            return False
        k, steps = k - 1, steps + 1
    return False


#: How many lower-case words (adjectives) may stand between a genitive article and a name.
_ADJECTIVES_BEFORE_GENITIVE = 2


def _genitive_cities(
    surface: str,
    hit: Sequence[Candidate],
    found: dict[str, list[Candidate]],
    endings: tuple[str, ...],
    lang: str,
) -> list[Candidate]:
    """The cities a one-word ``surface`` names in the genitive where the inflected form
    is also a town's name: readings of its stem without a genitive ending ("Prag" in
    "Prags") that bear the stem as their own name or as their name in the text's
    language, have ``WEIGHTS.known_name_population`` people and ``WEIGHTS.exonym_ratio``
    times the people of every town the surface names (a Spanish village "Comillas" does
    not hide Comilla; a namesake of the very word that is itself big stays alone)."""
    if " " in surface:
        return []
    w = WEIGHTS
    biggest = max((c.population or 0 for c in hit), default=0)
    floor = max(w.known_name_population, w.exonym_ratio * biggest)
    return _stem_readings(
        surface,
        found,
        endings,
        lang,
        lambda c: c.kind == "city" and (c.population or 0) >= floor,
    )


def _stem_readings(
    surface: str,
    found: dict[str, list[Candidate]],
    endings: tuple[str, ...],
    lang: str,
    keep: Callable[[Candidate], bool],
) -> list[Candidate]:
    """The readings ``keep`` accepts of ``surface``'s stem without its first genitive
    ending that leaves one (longest ending first), that bear the stem as their own name or
    as their name in the text's language."""
    for e in endings:
        if len(surface) > len(e) + 2 and surface.endswith(e):
            stem = surface[: -len(e)]
            key = normalize_name(stem)
            got = [
                c
                for c in found.get(stem, ())
                if keep(c) and (normalize_name(c.name) == key or lang in c.matched_langs)
            ]
            if got:
                return got
    return []


#: The kinds of a region or an island whose genitive follows a noun ("im Westen <Regions>").
_GENITIVE_REGION_KINDS = kinds_where("genitive_after_noun")


def _genitive_regions(
    surface: str,
    hit: Sequence[Candidate],
    found: dict[str, list[Candidate]],
    endings: tuple[str, ...],
    lang: str,
) -> list[Candidate]:
    """The first-level regions and islands a one-word ``surface`` names in the genitive
    after a noun ("im Westen <Regions>", "im Osten <Insels>", "die Küste <Insels>") where
    the inflected form is only a small town's name (a village named like the region's
    genitive): readings of its stem without a genitive ending that bear the stem as their
    own name or as their name in the text's language, when no town the surface names has
    ``WEIGHTS.known_name_population`` people (session 26, h26-evde; the region's sibling of
    :func:`_genitive_cities`)."""
    if " " in surface or any(
        (c.population or 0) >= WEIGHTS.known_name_population or c.kind != "city" for c in hit
    ):
        return []
    return _stem_readings(surface, found, endings, lang, lambda c: c.kind in _GENITIVE_REGION_KINDS)


def _lowercase_spans(
    tokens: Sequence[Token], text: str, lex: PlaceLexicon, lookup_many
) -> list[Span]:
    """Names the lexicon lists as written in lower case too (``lowercase_names``: "the
    equator", "the north pole"): their feature readings only, never a town of the name."""
    phrases = lex.lowercase_names
    if not phrases:
        return []
    firsts = {p[0] for p in phrases}
    n_tok = len(tokens)
    hits: list[tuple[int, int, str]] = []
    for a, tok in enumerate(tokens):
        if tok.is_cap or tok.fold not in firsts:
            continue
        for p in phrases:  # longest first
            b = a + len(p) - 1
            if b < n_tok and all(
                tokens[a + k].fold == w
                and tokens[a + k].sentence == tok.sentence
                and not tokens[a + k].is_cap
                for k, w in enumerate(p)
            ):
                hits.append((a, b, text[tok.start : tokens[b].end]))
                break
    if not hits:
        return []
    found = lookup_many(sorted({s for _, _, s in hits}))
    out = []
    for a, b, surface in hits:
        cands = [
            c
            for c in found.get(surface, ())
            if c.kind not in ("city", "admin1", "admin2", "country")
        ]
        if cands:
            out.append(Span(a, b, tokens[a].start, tokens[b].end, surface, cands, False, surface))
    return out


#: a lower-case word no commoner than this (Zipf, in German and in English: news of
#: either language quotes the other's words) may be a town's second word as the local
#: language writes it ("Novo mesto": 2.2 in German); a word of either language is not
_LOWER_SECOND_MAX_ZIPF = 2.5

#: the people a town needs to be read through a lower-case second word
_LOWER_SECOND_MIN_POPULATION = 5_000


def _lower_second_word_spans(
    tokens: Sequence[Token], text: str, lex: PlaceLexicon, spans: Sequence[Span], lookup_many
) -> list[Span]:
    """Towns whose second word the local language writes in lower case (Slovene ``Novo
    mesto``, ``Stari trg``; GeoNames capitalises it): a capitalised word and a rare
    lower-case word after it (Zipf below ``_LOWER_SECOND_MAX_ZIPF`` in German and in
    English, letters only, three or more) are looked up as one name, and kept only
    where a town of ``_LOWER_SECOND_MIN_POPULATION`` people bears exactly that name. The
    longer span then wins over a reading of the first word alone. Cost: one batch look-up
    of the pairs, few in news text (a common word after a name is never asked)."""
    from geomap.geoparse._context import name_key
    from geomap.text import zipf

    n_tok = len(tokens)
    asked: list[tuple[int, str]] = []
    for a in range(n_tok - 1):
        tok, nxt = tokens[a], tokens[a + 1]
        if not tok.is_cap or tok.is_upper or nxt.is_cap or nxt.sentence != tok.sentence:
            continue
        if nxt.gap_before != " " or len(nxt.text) < 3 or not nxt.text.isalpha():
            continue
        if max(zipf(nxt.text, "de"), zipf(nxt.text, "en")) >= _LOWER_SECOND_MAX_ZIPF:
            continue
        asked.append((a, text[tok.start : nxt.end]))
    if not asked:
        return []
    found = lookup_many(sorted({s for _, s in asked}))
    out = []
    for a, surface in asked:
        key = name_key(surface)
        cands = [
            c
            for c in found.get(surface, ())
            if c.kind == "city"
            and c.population >= _LOWER_SECOND_MIN_POPULATION
            and name_key(c.name) == key
        ]
        if cands:
            b = a + 1
            out.append(Span(a, b, tokens[a].start, tokens[b].end, surface, cands, False, surface))
    return out


@dataclass(frozen=True)
class _Rule:
    """One correspondence of ``transliteration_<lang>.toml``: the German letters, the
    English spellings in order of likelihood, whether the German letters are also a
    reading (``keep``), whether respelling them marks a name as transliterated (``mark``)
    and where in a word the rule applies."""

    source: str
    options: tuple[str, ...]
    keep: bool
    mark: bool
    where: str


@dataclass(frozen=True)
class _Transliteration:
    """A language's transliteration rules and bounds (``transliteration_<lang>.toml``)."""

    rules: tuple[_Rule, ...]  # longest source first, in file order among equals
    max_variants: int
    max_words: int
    max_length: int
    min_population: int
    max_word_zipf: float
    max_name_word_zipf: float
    person_endings: tuple[str, ...]
    #: a town's floor where the text names its country (session 30)
    min_population_named_country: int


_VOWELS = frozenset("aeiouyäöü")
_WHERE = frozenset({"any", "initial", "final", "before_vowel", "between_vowels"})


@cache
def _transliteration(lang: str) -> _Transliteration | None:
    """The rules of ``transliteration_<lang>.toml``; None for a language without one."""
    from importlib import resources

    from geomap.lexicons import read_toml

    name = f"transliteration_{lang}.toml"
    if not resources.files("geomap.lexicons").joinpath(name).is_file():
        return None
    raw = read_toml(name)
    rules = []
    for r in raw["rule"]:
        where = r.get("where", "any")
        if where not in _WHERE:
            raise ValueError(f"{name}: unknown where {where!r}")
        keep, mark = bool(r.get("keep")), bool(r.get("mark"))
        rules.append(_Rule(r["from"], tuple(r["to"]), keep, mark, where))
    rules.sort(key=lambda r: -len(r.source))
    return _Transliteration(
        tuple(rules),
        int(raw["max_variants"]),
        int(raw["max_words"]),
        int(raw["max_length"]),
        int(raw["min_population"]),
        float(raw["max_word_zipf"]),
        float(raw["max_name_word_zipf"]),
        tuple(e.casefold() for e in raw.get("person_endings", ())),
        int(raw.get("min_population_named_country", raw["min_population"])),
    )


def _fits(where: str, low: str, k: int, n: int) -> bool:
    """Does a rule's place in the word hold for ``low[k:k+n]``?"""
    if where == "any":
        return True
    before = low[k - 1] if k else ""
    after = low[k + n] if k + n < len(low) else ""
    if where == "initial":
        return not before.isalpha()
    if where == "final":
        return not after.isalpha()
    if where == "before_vowel":
        return after != "" and after in _VOWELS
    return before != "" and after != "" and before in _VOWELS and after in _VOWELS


#: a spelling in the making: its letters, its cost (second choices taken), and whether a
#: distinctive German letter group was respelled
_Spelling = tuple[str, int, bool]


def _word_spellings(word: str, tr: _Transliteration) -> list[_Spelling]:
    """The spellings of one word, cheapest first, at most ``max_variants``; a
    capitalised word stays capitalised."""
    low = word.lower()
    beam: list[_Spelling] = [("", 0, False)]
    k = 0
    while k < len(low):
        for r in tr.rules:
            n = len(r.source)
            if low.startswith(r.source, k) and _fits(r.where, low, k, n):
                # (letters, extra cost, marks)
                opts = [(o, m, r.mark) for m, o in enumerate(r.options)]
                if r.keep:
                    opts.append((r.source, len(r.options), False))
                break
        else:
            n, opts = 1, [(low[k], 0, False)]
        if len(opts) == 1:
            o, _, mk = opts[0]
            beam = [(s + o, c, m or mk) for s, c, m in beam]
        else:
            grown = [(s + o, c + d, m or mk) for s, c, m in beam for o, d, mk in opts]
            grown.sort(key=lambda t: t[1])  # stable: the first choices keep their order
            beam = grown[: tr.max_variants]
        k += n
    if word[:1].isupper():
        beam = [(s[:1].upper() + s[1:], c, m) for s, c, m in beam]
    return beam


_WORD_SEPARATORS = re.compile(r"([ \-‐'’]+)")


def transliterations(name: str, lang: str) -> list[str]:
    """The English spellings of a name a German text writes from a non-Latin script,
    most likely first, at most the lexicon's ``max_variants``; only spellings that
    respell a distinctive German letter group (the name itself left out; none for a
    language without ``transliteration_<lang>.toml``).

    >>> transliterations("Dschenin", "de")[:2]
    ['Jenin', 'Dzhenin']
    >>> "Khan Yunis" in transliterations("Chan Junis", "de")
    True
    >>> transliterations("Walle", "de")
    []
    """
    return list(_transliterations(name, lang))


@lru_cache(maxsize=65_536)
def _transliterations(name: str, lang: str) -> tuple[str, ...]:
    tr = _transliteration(lang)
    if tr is None:
        return ()
    beam: list[_Spelling] = [("", 0, False)]
    for part in _WORD_SEPARATORS.split(name):
        if not part:
            continue
        if _WORD_SEPARATORS.fullmatch(part):
            beam = [(s + part, c, m) for s, c, m in beam]
            continue
        spellings = _word_spellings(part, tr)
        grown = [(s + w, c + d, m or mw) for s, c, m in beam for w, d, mw in spellings]
        grown.sort(key=lambda t: t[1])
        beam = grown[: tr.max_variants]
    out: list[str] = []
    for s, _, marked in beam:
        if marked and s != name and s not in out:
            out.append(s)
    return tuple(out)


def _spells_without_article(key: str, name: str, lang: str) -> bool:
    """The respelled key spells the town's own name without its Arabic article: German
    papers drop the article that GeoNames writes (``Chafdschi`` for Al Khafjī, ``Dschauf``
    for Al Jawf), as English papers often do. Only the article of ``hyphened_articles``
    (``al``, ``ash``, ``ad`` ...) as the name's first word is dropped, so a name's last
    word is still no spelling of a longer name ("X" is not "San X")."""
    from geomap.geoparse._context import name_key, spelling_of
    from geomap.geoparse._wordlists import hyphened_articles

    head, _, rest = name_key(name).partition(" ")
    if not rest or head not in hyphened_articles(lang):
        return False
    return spelling_of(key, rest, WEIGHTS.spelling_ratio, head=False)


def _spells_by_vowel_form(key: str, c: Candidate) -> bool:
    """The respelled key and the town's own name fold to one vowel form under the
    romanisation family of the town's country (``gazetteer._skeleton.vowel_form``: the
    letter groups that render one sound made one letter, each run of vowels one mark),
    so they differ only in which vowels they write: ``Chorog`` respelled ``Khorog`` for
    Khorugh (difflib 0.77, below ``spelling_ratio``), as BGN/PCGN and the Russian-based
    spellings of Tajik, Kyrgyz and Caucasus towns differ (o/u, e/i). Another name that
    shares no such form stays out (``Breschnew`` is no Naberezhnye Chelny). Only for a
    country a family covers (the Cyrillic, Arabic-script and former Soviet ones); session
    31."""
    from gazetteer._skeleton import family_of, vowel_form

    fam = family_of(c.country_code)
    if fam is None:
        return False
    mine = vowel_form(key, fam.name)
    return len(mine) >= 4 and mine == vowel_form(c.name, fam.name)


def _transliterated_spans(
    proposals: list[tuple[int, int, str, tuple[str, ...]]],
    found: dict[str, list[Candidate]],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    lookup_many,
) -> list[Span]:
    """Names a German text writes in German transliteration (``Dschenin``, ``Chan
    Junis``) that the gazetteer lacks as written, found through their English spellings
    (``transliteration_<lang>.toml``).

    Only a capitalised run of at most ``max_words`` words and ``max_length`` characters
    with no reading as written or un-inflected is respelled: not an ordinary word alone (a
    common noun, a given name, a word of Zipf ``max_word_zipf``), not a run holding a
    frequent word (``max_name_word_zipf``: "Die Lage"; "Chan Junis" is respelled) and not
    a surname by its ending (``person_endings``: "Schewtschenko"). A spelling counts only
    through a reading a reader would accept for a name written so: a city of
    ``min_population`` people, a first-level region or a country, whose own name the
    spelling is (not one of its other names: "Breschnew" is no Brezhnev, a former name of
    Naberezhnye Chelny). A smaller town of ``min_population_named_country`` people or more
    counts as well where the text names its country (``_named_countries``, or a country
    adjective: "die tadschikische Regierung ... Bei Ruschon") and writes its names in
    another script (``gazetteer._skeleton.family_of``: the countries whose names German
    respells at all), as a reader takes the German spelling of a village for the village
    of the country the story is set in (session 30). The span is a variant (its small
    penalty)."""
    tr = _transliteration(lex.lang)
    if tr is None:
        return []
    from geomap.geoparse._wordlists import common_nouns, first_names
    from geomap.text import zipf

    nouns, given = common_nouns(lex.lang), first_names()
    asked: list[tuple[int, int, str, tuple[str, ...]]] = []
    for a, b, surface, vs in proposals:
        if found.get(surface) or any(found.get(v) for v in vs):
            continue
        words = surface.split()
        if len(words) > tr.max_words or not 4 <= len(surface) <= tr.max_length:
            continue
        if len(words) == 1:
            w = surface
            if w in nouns or w in given or zipf(w, lex.lang) >= tr.max_word_zipf:
                continue  # "Schon", "Wasser", "Sascha"
        elif any(zipf(w, lex.lang) >= tr.max_name_word_zipf for w in words if w[:1].isupper()):
            continue  # "Die Lage", "Treffen der Oberbürgermeister": no one name
        if any(w.casefold().endswith(tr.person_endings) for w in words):
            continue  # "Schewtschenko", "Kowaltschuk"
        # the un-inflected forms too: a genitive ("Dschakartas", "Tschandigarhs") is
        # respelled without its ending, as a name written so is looked up without it
        spellings = list(
            dict.fromkeys(v for form in (surface, *vs) for v in _transliterations(form, lex.lang))
        )
        if spellings:
            asked.append((a, b, surface, tuple(spellings)))
    if not asked:
        return []
    from geomap.geoparse._context import name_key, spelling_of

    hits = lookup_many(sorted({v for *_, vs in asked for v in vs}))
    village = _VillageCue(proposals, found, tokens, lex, tr.min_population_named_country)
    out: list[Span] = []
    for a, b, surface, vs in asked:
        for v in vs:
            key = name_key(v)
            good = [
                c
                for c in hits.get(v, ())
                if (
                    c.kind in ("country", "admin1")
                    or (c.kind == "city" and c.population >= tr.min_population)
                    or village.holds(c, a)
                )
                and (
                    spelling_of(key, c.name, WEIGHTS.spelling_ratio)
                    or _spells_without_article(key, c.name, lex.lang)
                    or _spells_by_vowel_form(key, c)
                )
            ]
            if good:
                # the spelling is a name: its smaller towns of that own name are readings
                # too, for the story's setting to choose among (a town of 26,000 on the
                # island the story is about beside a bigger namesake elsewhere); and a
                # region's name is also the name its big city went by ("Chittagong" for
                # the division and for Chattogram, renamed in 2018): a city of
                # ``min_population`` of that region's country bearing the spelling as
                # another name is a reading beside the region, for the ranker to weigh
                ids = {c.id for c in good}
                region_ccs = {c.country_code for c in good if c.kind == "admin1"}
                good += [
                    c
                    for c in hits.get(v, ())
                    if c.kind == "city"
                    and c.id not in ids
                    and (
                        spelling_of(key, c.name, WEIGHTS.spelling_ratio)
                        or (c.population >= tr.min_population and c.country_code in region_ccs)
                    )
                ]
                start, end = tokens[a].start, tokens[b].end
                out.append(Span(a, b, start, end, surface, good, True, v))
                break
    return out


class _VillageCue:
    """Is a town below the respelling floor read where the text names it (session 30)?

    A reader takes the German spelling of a village for the village ("das Dorf
    Tschemal", "Bei Ruschon", "im iranischen Chalchal") where the story names the
    village's country (``_named_countries``, or a country adjective), the country writes
    its names in another script (``gazetteer._skeleton.family_of``: a German word
    respelled is no English-named town) and the word before the name sets a place: a
    place preposition, a feature head ("Dorf", "Badeort", "Bezirk") or the country's
    adjective. A surname named bare ("verglich Schukow mit ...") has none of these. The
    countries and adjectives are read once, on the first town that asks."""

    def __init__(self, proposals, found, tokens: Sequence[Token], lex: PlaceLexicon, floor: int):
        self._proposals, self._found, self._tokens, self._lex = proposals, found, tokens, lex
        self._floor = floor
        self._named: set[str] | None = None
        self._adjectives: dict[int, str] = {}

    def _read(self) -> set[str]:
        if self._named is None:
            adjectives = find_adjectives(self._tokens, self._lex.lang)
            self._adjectives = {
                adj.token.i: adj.country_code for adj in adjectives if adj.country_code
            }
            surfaces = (f for p in self._proposals for f in (p[2], *p[3]))
            self._named = _named_countries(self._found, surfaces) | set(self._adjectives.values())
        return self._named

    def holds(self, c: Candidate, a: int) -> bool:
        """``c``, a reading of the run from token ``a``, is such a village."""
        from gazetteer._skeleton import family_of

        if c.kind != "city" or (c.population or 0) < self._floor:
            return False
        if family_of(c.country_code) is None or c.country_code not in self._read():
            return False
        if a == 0 or self._tokens[a - 1].sentence != self._tokens[a].sentence:
            return False
        prev, lex = self._tokens[a - 1], self._lex
        return (
            prev.fold in lex.place_prepositions
            or prev.fold in lex.apposition_links
            or prev.fold in lex.feature_heads
            or self._adjectives.get(prev.i) == c.country_code
        )


@dataclass(frozen=True)
class _Romanisation:
    """Which runs may be looked up under their romanisation skeleton
    (``lexicons/romanisation.toml``)."""

    max_words: int
    min_length: int
    max_length: int
    max_word_zipf: float
    max_name_word_zipf: float
    person_endings: tuple[str, ...]
    min_population: int
    min_run_population: int
    known_population: int
    generic_heads: frozenset[str] = frozenset()


@cache
def _romanisation() -> _Romanisation:
    from geomap.lexicons import read_toml

    raw = read_toml("romanisation.toml")
    return _Romanisation(
        int(raw["max_words"]),
        int(raw["min_length"]),
        int(raw["max_length"]),
        float(raw["max_word_zipf"]),
        float(raw["max_name_word_zipf"]),
        tuple(e.casefold() for e in raw["person_endings"]),
        int(raw["min_population"]),
        int(raw["min_run_population"]),
        int(raw["known_population"]),
        frozenset(w.casefold() for w in raw.get("generic_heads", ())),
    )


def _known_alone(c: Candidate, rom: _Romanisation) -> bool:
    """A town big enough to be named in a variant spelling without its country."""
    return c.kind == "city" and (c.population or 0) >= rom.known_population


def _named_countries(found: dict[str, list[Candidate]], surfaces: Iterable[str]) -> set[str]:
    """Countries the text names by a country's, a first-level region's or a region's name
    ("the Gaza Strip"; a town's name says less: people bear them, "Karen Engels")."""
    out: set[str] = set()
    for surface in surfaces:
        hit = found.get(surface)
        cc = hit[0].country_code if hit else None
        if hit and cc and hit[0].kind in ("country", "admin1", "region"):
            out.add(cc)
    return out


def _name_beside(
    tok: Token | None,
    gap: str,
    nouns: AbstractSet[str],
    given: AbstractSet[str],
    lang: str,
    rom: _Romanisation,
) -> bool:
    """A capitalised neighbour, written right beside a run, that reads as a name: a given
    name or an uncommon word that is no common noun (not "Province", "Vertreter")."""
    from geomap.text import zipf

    if tok is None or not tok.is_cap or gap not in (" ", "-"):
        return False
    w = tok.text
    return w in given or (w not in nouns and zipf(w, lang) < rom.max_word_zipf)


def _in_dateline(run: Sequence[Token], dateline: tuple[int, int] | None) -> bool:
    """Does the run lie inside the dateline's range? A wire writes the dateline's place in
    capitals (``NUAKSCHOTT (dpa) -``), so capitals there are no acronym or shouting."""
    return dateline is not None and dateline[0] <= run[0].start and run[-1].end <= dateline[1]


def _skeleton_spans(
    proposals: list[tuple[int, int, str, tuple[str, ...]]],
    found: dict[str, list[Candidate]],
    spans: Sequence[Span],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    skeletons,
    dateline: tuple[int, int] | None = None,
) -> list[Span]:
    """Names spelt in a romanisation the gazetteer lacks (``Deir el-Zour`` for Dayr az
    Zawr, ``Khmelnitsky`` for Khmelnytskyi), found under their skeleton
    (``Gazetteer.lookup_skeletons``), which gives only distinctive readings.

    A fuzzy second chance must not make a person a place, nor an ordinary word: only a
    capitalised run that found no reading otherwise (as written, un-inflected, respelled
    from German), of ``romanisation.toml``'s length, none of whose words is frequent or
    ends like a surname or a patronymic; not after a person's title or next to a verb of
    saying; a single word no common noun or given name. A run opening with a given name
    (``Tal Abiad``, ``Noa Dubois``) keeps only readings in a country the text names
    otherwise. The span is a variant (its small penalty) and goes through every later
    test like any other."""
    rom = _romanisation()
    from gazetteer._skeleton import skeleton_articles
    from geomap.geoparse._wordlists import common_nouns, first_names
    from geomap.text import zipf

    nouns, given = common_nouns(lex.lang), first_names()
    titles, speech = lex.person_titles, lex.speech_verbs
    articles = skeleton_articles()
    asked: list[tuple[int, int, str, tuple[str, ...], bool]] = []
    n_tok = len(tokens)
    # reach[k]: the last token of the spans starting at k or before (-1: none), so a run
    # lies inside a span read already iff reach[first token] >= its last token
    reach = [-1] * n_tok
    for sp in spans:
        if sp.i < n_tok:
            reach[sp.i] = max(reach[sp.i], sp.j)
    for k in range(1, n_tok):
        reach[k] = max(reach[k], reach[k - 1])
    for a, b, surface, vs in proposals:
        if found.get(surface) or any(found.get(v) for v in vs):
            continue
        if reach[a] >= b:
            continue  # read already, or inside a name that was
        run = tokens[a : b + 1]
        if any(not t.is_cap and t.fold not in articles for t in run):
            continue  # a connector ("Dächer und Zäune") or a possessive "s": no one name
        bare = a
        while bare < b and tokens[bare].fold in articles:
            bare += 1
        if reach[bare] >= b or any(t.fold in titles for t in run):
            continue  # "An Alexandria": the name after the article is read; "Brig. Gen"
        words = [t.text for t in run]
        if len(words) > rom.max_words or not rom.min_length <= len(surface) <= rom.max_length:
            continue
        if any(t.is_upper for t in run) and not _in_dateline(run, dateline):
            continue  # an acronym or a shouted word (a dateline writes its place so)
        if a == b:
            w = surface
            if w in nouns or w in given or zipf(w, lex.lang) >= rom.max_word_zipf:
                continue
        # an Arabic generic word opening a longer run ("Tell", "Ras", "Deir" + a name) is
        # the name's own first word, neither an English word nor a given name
        # (opening a sentence, only before an article: "Tell Omar the news" is a verb)
        headed = (
            a < b
            and run[0].fold in rom.generic_heads
            and (run[1].fold in articles or not run[0].sent_initial)
        )
        if a < b and any(
            zipf(w, lex.lang) >= rom.max_name_word_zipf
            for w in words[headed:]
            if w.casefold() not in articles  # "Al-Qusair": the article is no word here
        ):
            continue
        if any(w.casefold().endswith(rom.person_endings) for w in words):
            continue
        before = tokens[a - 1] if a > 0 and tokens[a - 1].sentence == tokens[a].sentence else None
        after = (
            tokens[b + 1]
            if b + 1 < n_tok and tokens[b + 1].sentence == tokens[b].sentence
            else None
        )
        if before is not None and (before.fold in titles or before.fold in speech):
            continue
        if after is not None and after.fold in speech:
            continue
        if _name_beside(before, tokens[a].gap_before, nouns, given, lex.lang, rom) or (
            after is not None and _name_beside(after, after.gap_before, nouns, given, lex.lang, rom)
        ):
            continue  # part of a longer name, a person's ("Shehbaz Sharif") more likely
        # a German text's own spellings of the name respelled as English ones too
        forms = (surface, *vs, *_transliterations(surface, lex.lang))
        given_first = a < b and words[0] in given
        if (
            given_first
            and not headed
            and all(w in given for w in words if w.casefold() not in articles)
        ):
            continue  # given names only: a person ("Salah Amin")
        asked.append((a, b, surface, tuple(dict.fromkeys(forms)), given_first))
    if not asked:
        return []
    hits = skeletons(sorted({f for *_, fs, _ in asked for f in fs}))
    named: set[str] | None = None
    out: list[Span] = []
    for a, b, surface, forms, given_first in asked:
        least = rom.min_population if a == b else rom.min_run_population
        for f in forms:
            cands = [
                c
                for c in hits.get(f, ())
                if c.kind != "city" or (c.population or 0) >= least or a < b and not c.population
            ]
            if cands and (given_first or any(not _known_alone(c, rom) for c in cands)):
                # a reader takes a variant spelling for a town only where the story is
                # set in its country, unless the town is one known without it
                if named is None:
                    # as written or inflected ("im Norden Syriens")
                    named = _named_countries(found, (f for p in proposals for f in (p[2], *p[3])))
                cands = [
                    c
                    for c in cands
                    if c.country_code in named or not given_first and _known_alone(c, rom)
                ]
            if cands:
                start, end = tokens[a].start, tokens[b].end
                out.append(Span(a, b, start, end, surface, cands, True, cands[0].matched))
                break
    return out


def apostrophe_s(t: Token) -> bool:
    """The token is the lower-case "s" after an apostrophe, either form ("John's")."""
    return t.fold == "s" and not t.is_cap and t.gap_before in _APOSTROPHES


_apostrophe_s = apostrophe_s


def _end_with_apostrophe(text: str, end: int, hit: Sequence[Candidate]) -> int:
    """The end of a name, with the apostrophe after it when a reading's name ends with
    one (a transliterated soft sign or hamza: "Ryazan’", "Homyel'", "Sāmarrā’"), either
    form, or with an ayn ("Nab‘"), and no letter follows it (not a possessive "’s")."""
    if (
        text[end : end + 1] in _FINAL_MARKS
        and not text[end + 1 : end + 2].isalnum()
        and any(c.name.endswith(_FINAL_MARKS) for c in hit)
    ):
        return end + 1
    return end


#: Tokens of a name whose stored form starts with a lower-case word: the word and up to
#: this many capitalised words ("nördlicher Wendekreis", "The Wash").
MAX_LEAD_TOKENS = 3


#: the longest elided article written before a name with an apostrophe ("’s", "’t")
MAX_ELIDED_LETTERS = 2


def _elided_article_proposals(tokens: Sequence[Token], text: str) -> list[tuple[int, int, str]]:
    """Names that open with an elided article after an apostrophe (Dutch "’s-Hertogenbosch",
    "’s-Gravenzande", "’t Harde"): a lower-case word of up to ``MAX_ELIDED_LETTERS``
    letters right after an apostrophe that opens a word, then a capitalised word joined
    by a hyphen or a space, and any capitalised words hyphened on. (first token, last
    token, surface from the apostrophe on); the tokenizer leaves the apostrophe out."""
    out: list[tuple[int, int, str]] = []
    n_tok = len(tokens)
    for a, tok in enumerate(tokens[:-1]):
        gap = tok.gap_before
        if len(tok.text) > MAX_ELIDED_LETTERS or not tok.text.islower():
            continue
        if not gap.endswith(_APOSTROPHES):
            continue
        # the apostrophe opens a word: a space before it, or the sentence's start ("it's",
        # "the town's" are no articles)
        opens = a == 0 or tokens[a - 1].sentence != tok.sentence
        if not (gap[:-1][-1:].isspace() or opens and len(gap) == 1):
            continue
        for b in range(a + 1, min(n_tok, a + MAX_TOKENS)):
            nxt = tokens[b]
            joined = nxt.gap_before in _HYPHENS or b == a + 1 and nxt.gap_before == " "
            if nxt.sentence != tok.sentence or not nxt.is_cap or not joined:
                break
            out.append((a, b, text[tok.start - 1 : nxt.end]))
    return out


def _elided_article_spans(
    elided: list[tuple[int, int, str]], found: dict[str, list[Candidate]], tokens
) -> list[Span]:
    """The spans of :func:`_elided_article_proposals` whose whole name a reading bears
    as its own (up to the apostrophe's form): only then is the article the name's."""
    out: list[Span] = []
    for a, b, surface in elided:
        key = _name_key(surface)
        hit = [c for c in found.get(surface, ()) if _name_key(c.name) == key]
        if hit:
            start = tokens[a].start - 1
            out.append(Span(a, b, start, tokens[b].end, surface, hit, False, surface))
    return out


def _lower_lead_proposals(
    tokens: Sequence[Token], text: str, lex: PlaceLexicon
) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Names that start with a lower-case word: a determiner that is part of a feature's
    name ("the Wash", stored as "The Wash") or an inflected adjective written lower case
    inside it ("nördlichen Wendekreis" for "nördlicher Wendekreis"). Only a determiner or a
    word with one of the lexicon's adjective endings leads, and only before a capital."""
    from geomap.geoparse._wordlists import elided_particles, elided_word, name_lead_articles

    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    n_tok = len(tokens)
    endings = tuple(e for e in lex.adjective_endings if e)
    determiners = lex.determiners  # read once, not once per token
    articles = name_lead_articles(lex.lang)
    particles = name_particles()
    elided = elided_particles(lex.lang)
    for a, tok in enumerate(tokens):
        # an elided article and its name in one word ("l'Escala") leads as an article does
        fused = tok.text[:1].islower() and elided_word(tok.text, lex.lang)
        if fused:
            out.append((a, a, tok.text, ()))
        elif a == n_tok - 1 or tok.is_cap or not tok.text.islower():
            continue
        det = tok.fold in determiners
        art = tok.fold in articles or fused
        if not (det or art) and not (endings and len(tok.text) > 4 and tok.fold.endswith(endings)):
            continue
        words = [tok.text]
        reach = MAX_TOKENS if art else MAX_LEAD_TOKENS
        for b in range(a + 1, min(n_tok, a + reach)):
            nxt = tokens[b]
            if nxt.sentence != tok.sentence or nxt.gap_before != " ":
                break
            # past the article: a particle may follow a fused "l'X" at once
            inside = b > a + 1 or fused
            if not nxt.is_cap and not (art and inside and elided_word(nxt.text, lex.lang)):
                # a Romance article's name goes on over its particles ("les Borges del
                # Camp", "la Font d'en X"), never ending on one; an elided particle and
                # its word ("la Seu d'Urgell") are one of its name words
                if (
                    art
                    and inside
                    and (nxt.fold in particles or nxt.fold.replace("\u2019", "'") in elided)
                ):
                    words.append(nxt.text)
                    continue
                break
            words.append(nxt.text)
            surface = text[tok.start : nxt.end]
            out.append((a, b, surface, _variants_cached(tuple(words), lex.lang)))
    return out


def _add_lower_lead(
    spans: list[Span],
    lead: list[tuple[int, int, str, tuple[str, ...]]],
    found: dict[str, list[Candidate]],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
) -> list[Span]:
    """The readings of the lower-case-led names whose stored form starts so: an
    adjective's name is a span of its own ("nördlichen Wendekreis"); a determiner's
    readings join the bare name after it ("Gulf" in "the Gulf" is also The Gulf), whose
    span the text and the annotations draw without the article."""
    from geomap.geoparse._wordlists import elided_word, name_lead_articles

    by_tokens = {(s.i, s.j): s for s in spans}
    out = list(spans)
    articles = name_lead_articles(lex.lang)
    particles = name_particles()
    for a, b, surface, vs in lead:
        first = tokens[a].fold
        # an article fused with the name's first word ("l'Escala") leads one too
        fused = elided_word(tokens[a].text, lex.lang)
        art = first in articles and first not in lex.determiners or fused
        if art and _goes_on(tokens, b, particles, lex.lang):
            continue  # "la Pobla de X": a longer name the gazetteer lacks, not "la Pobla"
        for v in (surface, *vs):
            hit = [
                c
                for c in found.get(v, ())
                # "The Village", "The Bank": towns, and common words; a town whose whole
                # name opens with a Romance article ("les Borges del Camp") is the town
                if (
                    v == surface and c.matched.casefold() == surface.casefold()
                    if art
                    else c.kind != "city"
                )
                and (" " in c.matched or "'" in c.matched.replace("\u2019", "'"))
                and (
                    c.matched[:1].islower()
                    or c.matched.split(" ", 1)[0].casefold() == first
                    or fused  # "l'Escala": the article and the name's word in one
                )
            ]
            if hit:
                break
        else:
            continue
        if first not in lex.determiners:
            start = tokens[a].start
            out.append(Span(a, b, start, tokens[b].end, surface, hit, v != surface, v))
            continue
        bare = by_tokens.get((a + 1, b))
        if bare is None:
            start = tokens[a + 1].start
            bare = Span(a + 1, b, start, tokens[b].end, _text_of(tokens, a + 1, b, surface), [])
            bare.base = v
            out.append(bare)
            by_tokens[(a + 1, b)] = bare
        ids = {c.id for c in hit}
        bare.candidates = hit + [c for c in bare.candidates if c.id not in ids]
        bare.with_determiner = True
    return out


def _goes_on(tokens: Sequence[Token], b: int, particles: AbstractSet[str], lang: str) -> bool:
    """The name ending at token ``b`` goes on: a lower-case particle and a capitalised
    word follow it in its sentence ("... de Segur"), or an elided particle and its word
    ("... d'Urgell")."""
    from geomap.geoparse._wordlists import elided_word

    if b + 1 < len(tokens):
        p = tokens[b + 1]
        if p.sentence == tokens[b].sentence and p.gap_before == " " and elided_word(p.text, lang):
            return True
    if b + 2 >= len(tokens):
        return False
    p, w = tokens[b + 1], tokens[b + 2]
    return (
        p.sentence == w.sentence == tokens[b].sentence
        and not p.is_cap
        and p.fold in particles
        and p.gap_before == " "
        and w.gap_before == " "
        and w.is_cap
    )


def _text_of(tokens: Sequence[Token], a: int, b: int, surface: str) -> str:
    """The surface of tokens ``a..b`` cut out of a longer ``surface`` that starts at a
    token before ``a``."""
    offset = tokens[a - 1].start
    return surface[tokens[a].start - offset : tokens[b].end - offset]


#: Kinds of an administrative unit: what a unit word after a name ("Kunar province")
#: selects among the name's readings.
_UNIT_KINDS = kinds_where("admin_unit")


def _add_bare_unit_readings(
    spans: list[Span],
    proposals: Sequence[tuple[int, int, str, tuple[str, ...]]],
    found: dict[str, list[Candidate]],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    lookup_many,
) -> None:
    """A name of two words whose second is a capitalised first-level unit's head ("Eastern
    Province", "Northern Region"; lexicon ``[feature_heads] admin1``) where the gazetteer
    calls a country's unit by the first word alone (GeoNames' "Eastern" for Zambia's
    Eastern Province and Ghana's Eastern Region): that unit is a reading too, for each
    country the text names (by a country's or a region's name), so the text's country
    can win over a namesake elsewhere that bears the whole name (issue 21, session 25).
    A country the text does not name adds nothing: the whole name's readings decide
    alone, as before; nor does a first word read alone already ("Luapula Province").
    Updates ``spans`` in place; one batched look-up."""
    heads = frozenset(h for h, kind in lex.feature_heads.items() if kind == "admin1")
    asked = [
        (a, b, tokens[a].text)
        for a, b, _, _ in proposals
        if b == a + 1
        and tokens[b].is_cap
        and tokens[b].fold in heads
        and tokens[b].gap_before == " "
        and tokens[a].fold not in heads
    ]
    if not asked:
        return
    # the countries of the text's other names: not the asked names' own words ("Northern"
    # is a Zambian unit's name, no sign of Zambia)
    inside = {k for a, b, _ in asked for k in (a, b)}
    others = (p for p in proposals if p[0] not in inside and p[1] not in inside)
    named = _named_countries(found, (f for p in others for f in (p[2], *p[3])))
    if not named:
        return
    hits = lookup_many(sorted({bare for *_, bare in asked}))
    by_range = {(s.i, s.j): s for s in spans}
    for a, b, bare in asked:
        units = [
            c
            for c in hits.get(bare, ())
            if c.kind == "admin1"
            and c.country_code in named
            and _name_key(c.name) == _name_key(bare)
        ]
        if not units:
            continue
        span = by_range.get((a, b))
        alone = by_range.get((a, a))
        if (
            span is None
            and alone is not None
            and {c.id for c in units} <= {c.id for c in alone.candidates}
        ):
            continue  # the first word is read alone already ("Luapula Province")
        if span is None:
            surface = f"{bare} {tokens[b].text}"
            span = Span(a, b, tokens[a].start, tokens[b].end, surface, [], False, surface)
            spans.append(span)
            by_range[(a, b)] = span
        held = {c.id for c in span.candidates}
        span.candidates.extend(c for c in units if c.id not in held)


def _unit_word_spans(
    proposals: Sequence[tuple[int, int, str, tuple[str, ...]]],
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    lookup_many,
) -> list[Span]:
    """A name beside a unit word (lexicon ``[unit_words]``: lower-case after it, "the
    Kwilu province", "Marsabit county"; before it with a link, "the province of Varese";
    a German unit noun before it, "die Provinz Varese") is the unit, not a lake, a
    river, a town or an older unit bearing the bare name. The name with the word in the
    gazetteer's English form ("Kwilu Province", "Province of Varese") is looked up too:
    a unit the gazetteer holds only under that name (a province newer than the GeoNames
    regions, an Italian province whose bare name is its capital's) is the one the text
    names, ahead of a dissolved unit bearing the bare name. Where no unit bears the
    whole name, the bare name's unit readings are kept and its other readings dropped;
    where it has none, nothing changes. The span stays the bare name's. One batched
    look-up for all the names of the text."""
    if not lex.unit_words:
        return []
    # the words that name a unit only where the gazetteer lacks the bare name ("im
    # Distrikt Chikankata": "Chikankata District" alone; session 29)
    words = {**lex.unknown_unit_words, **lex.unit_words}
    asked: list[tuple[int, int, str, tuple[str, ...], bool, bool]] = []
    n_tok = len(tokens)
    for a, b, surface, _ in proposals:
        unit = None
        if b + 1 < n_tok:
            word = tokens[b + 1]
            if (
                not word.is_cap
                and word.fold in words
                and word.gap_before == " "
                and word.sentence == tokens[a].sentence
            ):
                unit, fold = words[word.fold], word.fold
        after = unit is not None
        if unit is None and a >= 1 and tokens[a].gap_before == " ":
            before = tokens[a - 1]
            linked = before.fold in lex.name_links
            if linked and a >= 2 and before.sentence == tokens[a].sentence:
                before = tokens[a - 2]
            if (
                before.fold in words
                and before.sentence == tokens[a].sentence
                # English puts a unit word before a name only with "of": "Henrico County
                # Police" is no county named Police; German puts its noun first
                and (linked or lex.profile.capitalises_nouns)
            ):
                unit, fold = words[before.fold], before.fold
        if unit is not None:
            named = (f"{surface} {unit}", f"{unit} of {surface}")
            asked.append((a, b, surface, named, after, fold not in lex.unit_words))
    if not asked:
        return []
    names = {n for _, _, _, ns, _, _ in asked for n in ns} | {s for _, _, s, *_ in asked}
    hits = lookup_many(sorted(names))
    out: list[Span] = []
    for a, b, bare, whole, after, only_unknown in asked:
        if only_unknown and hits.get(bare):
            continue  # a district of a known name ("im Bezirk Mitte") keeps its readings
        cands = [c for n in whole for c in hits.get(n, ()) if c.kind in _UNIT_KINDS]
        states = [c for c in hits.get(bare, ()) if c.kind == "admin1"]
        if states and cands and all(c.kind == "admin2" for c in cands):
            # second-level units under the whole name beside first-level ones bearing the
            # bare name: a namesake of one's own country ("Canton of Zug", the district)
            # gives way to the first-level unit; another country's stays a reading and the
            # ranking decides ("die Provinz Limburg": the Dutch or the Belgian one)
            own = {s.country_code for s in states}
            cands = states + [c for c in cands if c.country_code not in own]
        towns = {c.country_code for c in hits.get(bare, ()) if c.kind == "city"}
        if cands and all(c.kind == "admin2" and c.country_code in towns for c in cands):
            # a second-level unit named after its seat town ("die Provinz Varese" and
            # Varese): left to the ranking, which keeps the town, since a text's "the
            # provincial capital" is read through it (the index links no seat to a
            # second-level unit); a known gap
            continue
        if not cands:
            if not after or lex.region_after.intersection((tokens[b + 1].fold,)):
                # a unit word before the name, or a region word after it, ranks the bare
                # name's readings already (``head_kind``), one sense per reading: "die
                # Provinz Benguela" beside the town Benguela, "the capital of Bahia
                # state" read through the state
                continue
            cands = [c for c in hits.get(bare, ()) if c.kind in _UNIT_KINDS]
            if any(c.kind == "admin1" for c in cands):
                # a canton and its namesake district ("Zug"): the word names the
                # first-level unit; a second-level one comes by its whole name
                cands = [c for c in cands if c.kind != "admin2"]
            if not cands or len(cands) == len(hits.get(bare, ())):
                continue  # no unit of the name, or nothing else to drop
        cands = list({c.id: c for c in cands}.values())
        t0, t1 = tokens[a], tokens[b]
        out.append(Span(a, b, t0.start, t1.end, bare, cands, False, bare))
    return out


def _unit_spans(tokens: Sequence[Token], text: str, lex: PlaceLexicon, lookup_many) -> list[Span]:
    """Names whose unit word is shared or shortened (lexicon ``unit_heads``): each name of
    "Becker, Clay and Otter Tail counties" is "<name> County", and so is "Platte Co.".
    The gazetteer indexes counties under their full name only, so without this they are
    towns or nothing."""
    if not lex.unit_heads:
        return []
    found: list[tuple[int, int, int, str]] = []  # (first, last token, span end, full name)
    unit_words = {w.rstrip(".") for w in lex.unit_heads}
    for k, tok in enumerate(tokens):
        if tok.fold not in unit_words:
            continue
        written = tok.fold + "." if text[tok.end : tok.end + 1] == "." else tok.fold
        unit = lex.unit_heads.get(written) or lex.unit_heads.get(tok.fold)
        if unit is None or k == 0 or tok.gap_before != " ":
            continue
        # "Co." follows one name, "counties" a list, also where a full stop after it
        # ends the sentence ("... in Pulaski and Faulkner counties.")
        listed = written not in lex.unit_heads or not written.endswith(".")
        m = k - 1
        while m >= 0 and tokens[m].sentence == tok.sentence and tokens[m].is_cap:
            a = m  # the name: up to three capitalised words
            while (
                a > 0
                and m - a < 2
                and tokens[a - 1].is_cap
                and tokens[a].gap_before == " "
                and tokens[a - 1].sentence == tok.sentence
                and not tokens[a - 1].sent_initial
            ):
                a -= 1
            words = " ".join(t.text for t in tokens[a : m + 1])
            last = k if not listed else m
            end = tokens[k].end + 1 if not listed else tokens[m].end
            found.append((a, last, end, f"{words} {unit}"))
            if not listed or a == 0:
                break
            gap, before = tokens[a].gap_before.strip(), tokens[a - 1]
            if gap == ",":
                m = a - 1
            elif before.fold in (lex.and_words | lex.or_words) and gap == "" and a >= 2:
                m = a - 2
            else:
                break
    if not found:
        return []
    hits = lookup_many(sorted({name for *_, name in found}))
    out: list[Span] = []
    for a, b, end, name in found:
        cands = [c for c in hits.get(name, ()) if c.kind == "admin2"]
        if cands:
            start = tokens[a].start
            out.append(Span(a, b, start, end, text[start:end], cands, True, name))
    return out


def _invariable_before_head(
    tokens: Sequence[Token], k: int, invariable: frozenset[str], heads: tuple[str, ...]
) -> bool:
    """The capitalised word at ``k`` is a country adjective that is never declined
    (``invariable_demonyms``: "Schweizer") and the next word of its sentence is a head
    its town adjectives take ("Polizei", "Behörden", "Gericht"; a compound ending in
    one): "die Schweizer Polizei" is Swiss, "der Schweizer Roger Federer" a person."""
    if not invariable or tokens[k].fold not in invariable or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return (
        nxt.sentence == tokens[k].sentence
        and nxt.gap_before == " "
        and _town_adjective_noun(nxt, heads)
    )


def find_adjectives(tokens: Sequence[Token], lang: str) -> list[Adjective]:
    """Country adjectives (``tschechische``, ``Polish``, ``South African``) with their country,
    and region adjectives (``European``, ``afrikanische``) with their region's id."""
    from geomap.lexicons import place_lexicon

    forms = demonyms(lang)
    regions = region_adjectives(lang)
    profile = language_profile(lang)
    plex = place_lexicon(lang)
    prefixes = sorted(
        {p for p, _ in plex.compass_prefixes} | set(plex.part_prefixes), key=len, reverse=True
    )
    out: list[Adjective] = []
    skip_next = False
    capitalised = profile.capitalises_demonyms
    # a capitalised form mid-sentence is a noun where nouns are capitalised and such
    # adjectives are not ("der Russische" is rare) or part of a name the resolver will see
    noun_if_capitalised = profile.capitalises_nouns and not capitalised
    # "die Schweizer Polizei": an adjective that is never declined stays capitalised
    invariable = invariable_demonyms(lang) if noun_if_capitalised else frozenset()
    for k, tok in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        if capitalised and not tok.is_cap:
            continue  # such adjectives are capitalised ("Russian", "Latin American")
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if nxt.sentence == tok.sentence and nxt.gap_before == " ":
                pair = f"{tok.fold} {nxt.fold}"
                if pair in forms or pair in regions:
                    out.append(Adjective(tok, forms.get(pair), regions.get(pair), nxt.end))
                    skip_next = True
                    continue
                if any(
                    end
                    and pair.endswith(end)
                    and (pair[: -len(end)] in forms or pair[: -len(end)] in regions)
                    for end in plex.demonym_plural_endings
                ):
                    # the plural of a two-word form names people ("British Columbians",
                    # "South Koreans"), no place, as a one-word plural ("Texans") is none;
                    # its first word alone would be another country's adjective
                    skip_next = True
                    continue
        cc = forms.get(tok.fold)
        ref = None if cc else regions.get(tok.fold)
        if cc is None and ref is None:
            # a compass or part prefix on the adjective: "ostpolnischen", "nordhessischen",
            # "oberbayerischen", "mittelhessischen"
            for prefix in prefixes:
                rest = tok.fold[len(prefix) :]
                if tok.fold.startswith(prefix) and len(rest) > 3:
                    cc = forms.get(rest)
                    ref = None if cc else regions.get(rest)
                    break
        if cc is None and ref is None:
            continue
        if (
            noun_if_capitalised
            and tok.is_cap
            and not tok.sent_initial
            and not tok.is_upper
            and not _invariable_before_head(tokens, k, invariable, plex.town_adjective_nouns)
        ):
            continue
        out.append(Adjective(tok, cc, ref, tok.end))
    return out


#: The fewest letters of a word read as a town's adjective in "-er" ("Kieler": 6).
_TOWN_ADJECTIVE_MIN_LETTERS = 5
#: A word in "-er" whose stem + "es" or + "em" is a German word of this Zipf frequency or
#: more is an ordinary adjective's strong form ("Neuer", "Zuständiger": "neues",
#: "neuem"), not a town's adjective, which German never declines ("der Kieler Polizei");
#: 2.5 keeps every derived form of a town of 50,000 (Hammer, Celler: 2.2) and stops
#: "Normaler", "Liberaler", "Frecher" (2.7 to 4.0).
_DECLINED_ADJECTIVE_ZIPF = 2.5
#: The fewest letters of a noun head matched as the end of a compound ("Landgericht" ends
#: in "gericht"); shorter heads ("Zoo") match only whole.
_COMPOUND_HEAD_MIN_LETTERS = 5


def town_adjective_stems(word: str) -> tuple[str, ...]:
    """The town names a German adjective in ``-er`` may be derived from by the regular
    rule, most likely first: the name + ``er`` (``Grazer`` <- Graz, ``Essener`` <- Essen),
    an ``-en`` town's stem + ``er`` (``Bremer`` <- Bremen), an ``-en`` town without
    its ``e`` (``Dresdner`` <- Dresden), a town in ``-e`` + ``r``. A stem that ends in
    ``-er`` itself is none (such towns take other forms).

    >>> town_adjective_stems("Grazer")
    ('Graz', 'Grazen', 'Graze')
    >>> town_adjective_stems("Dresdner")
    ('Dresdn', 'Dresdnen', 'Dresdne', 'Dresden')
    >>> town_adjective_stems("Polizei")
    ()
    """
    if not word.endswith("er") or len(word) < _TOWN_ADJECTIVE_MIN_LETTERS:
        return ()
    stem = word[:-2]
    out = [stem, stem + "en", stem + "e"]
    if stem.endswith("n") and len(stem) > 3 and stem[-2] not in "aeiouäöü":
        out.append(stem[:-1] + "en")
    return tuple(s for s in dict.fromkeys(out) if not s.casefold().endswith("er"))


def _town_adjective_noun(tok: Token, heads: tuple[str, ...]) -> bool:
    f = tok.fold
    return any(
        f == h or (len(h) >= _COMPOUND_HEAD_MIN_LETTERS and f.endswith(h) and len(f) > len(h))
        for h in heads
    )


def _declined_adjective(fold: str) -> bool:
    from geomap.text import zipf as zipf_frequency

    stem = fold[:-2]
    return (
        max(zipf_frequency(stem + "es", "de"), zipf_frequency(stem + "em", "de"))
        >= _DECLINED_ADJECTIVE_ZIPF
    )


def find_town_adjectives(
    tokens: Sequence[Token], lex: PlaceLexicon, lookup_many, min_population: int
) -> list[Adjective]:
    """German town adjectives in ``-er`` before a noun of ``town_adjective_nouns`` ("die
    Grazer Polizei", "das Kieler Landgericht"), each with the town it is derived from
    (``town_adjective_stems``) as its ``ref``: a town of ``min_population`` or more, or a
    national capital, that bears the stem as its name in the language or as its own
    name. No list of such adjectives exists on this machine; the rule derives them from
    the gazetteer's names, and the noun after it keeps foods and products out ("Wiener
    Würstchen", "ein Berliner" alone). Irregular forms ("Hallenser", "Zürcher",
    "Hannoveraner") come from a sourced list instead (:func:`town_adjectives`: the
    German Wiktionary's names of a place's people), their place looked up first and
    held to the same test of size and name (session 22); a listed word is no declined
    ordinary adjective. Cost: one batched look-up of the stems of such words before
    such nouns."""
    heads = lex.town_adjective_nouns
    if not heads or not lex.profile.capitalises_nouns:
        return []
    function_words = lex.profile.function_words | lex.place_prepositions
    found: list[tuple[Token, tuple[str, ...]]] = []
    for k, tok in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if (
            not tok.is_cap
            or tok.is_upper
            or nxt.sentence != tok.sentence
            or nxt.gap_before != " "
            or not nxt.is_cap
            or not _town_adjective_noun(nxt, heads)
            or tok.fold in function_words
        ):
            continue
        listed = town_adjectives(lex.lang).get(tok.text)
        stems = town_adjective_stems(tok.text)
        if listed is not None:
            # the sourced form first ("Hallenser" <- Halle an der Saale); the regular
            # stems after it (a listed village's namesake: "Altdorfer")
            stems = (listed, *(s for s in stems if s != listed))
        if stems and (listed is not None or not _declined_adjective(tok.fold)):
            found.append((tok, stems))
    if not found:
        return []
    hits = lookup_many(sorted({s for _, stems in found for s in stems}))
    home = home_countries(lex.lang)
    out: list[Adjective] = []
    for tok, stems in found:
        for stem in stems:
            towns = [
                c
                for c in hits.get(stem, ())
                if c.kind == "city"
                and ((c.population or 0) >= min_population or c.feature_code == "PPLC")
                and c.matched.casefold() == stem.casefold()
                # its own name, its name tagged in the language, or any name of a town
                # where the language is spoken ("Hamm"; "Wien" for Vienna; "München"
                # for Munich); not an untagged other name abroad ("Kief" for Kyiv)
                and (
                    c.name.casefold() == stem.casefold()
                    or lex.lang in c.matched_langs
                    or c.country_code in home
                )
            ]
            if towns:
                best = max(towns, key=lambda c: (c.population or 0, c.score))
                out.append(Adjective(tok, None, best.id, tok.end))
                break
    return out


def _cap_run(tokens: Sequence[Token], k: int, limit: int = 4) -> list[Token]:
    run: list[Token] = []
    for m in range(k, min(len(tokens), k + limit)):
        t = tokens[m]
        if t.sentence != tokens[k].sentence or not t.is_cap:
            break
        if m > k and not _joinable(t.gap_before):
            break
        run.append(t)
    return run


def _town_body_after(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """The word after ``tokens[i]`` is a town's body or people in lower case ("said Reno
    police", "said Tyler officials"): the name is the town whose police speak, not a
    speaker of that given name."""
    from geomap.geoparse._wordlists import town_body_words

    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.sentence == tokens[i].sentence
        and nxt.gap_before == " "
        and not nxt.is_cap
        and nxt.fold in town_body_words(lang)
    )


def find_person_tokens(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    byline: Iterable[str],
    is_place_name,
    multi_tokens: AbstractSet[int] | None = None,
    is_own_place_name=None,
    name_openers: AbstractSet[int] = frozenset(),
    is_seat=None,
    is_inflected_place_name=None,
    is_region_or_seat=None,
    genitive_names: dict[int, int] | None = None,
    town_genitive=None,
    plain_names: AbstractSet[int] = frozenset(),
) -> tuple[set[str], set[int]]:
    """Names of people: after a title (``Präsident Wladimir Putin``), next to a verb of
    saying (``sagte Kim``), and the byline. Returns the case-folded name tokens, which the
    resolver treats as people wherever they recur, and the token indexes seen directly.

    ``is_place_name(token) -> bool`` says whether a token is a strong place (a country or
    a large city), so ``Präsident Russlands`` does not make ``Russlands`` a person;
    ``is_own_place_name`` (default: the same) whether a country, a region or a known
    town bears the word as its own name, which alone keeps a word after a given name
    from being a surname ("Mara Ivanova": GeoNames lists Ivanova among Ivanovo's names).
    ``is_seat(token) -> bool`` (default: never) says whether a token names a country or a
    national capital, which news lets speak for its government ("sagte Washington"):
    any other given name right after a verb of saying is the speaker there, however big
    a town bearing it ("sagte Virginia", "sagte Dallas"). ``is_inflected_place_name``
    whether an inflected form names a known town by its base ("Leipzigs"), which makes it
    a genitive before a role ("Leipzigs Bürgermeister sagte") but no more than any word a
    surname after a given name ("Paris Miltons"). ``is_region_or_seat`` (default: never)
    whether a token's first reading is a country, a continent, a first-order region or a
    national capital, which stays a place after an English title ("Miss Ohio", "Major
    Mich. utilities", "St. Paris"). ``genitive_names`` maps the first token of a town's
    name of several words in the genitive to its last ("Sankt Petersburgs"), which opens
    a run before a role as a one-word genitive does. ``town_genitive(token)`` whether an
    inflected form (or a name before the genitive's apostrophe) names a town by its base
    under any name and of any size, which before a word only a municipality has
    (``[municipal_words]``: "Brixens Bürgermeister") is the municipality's.
    ``plain_names`` are the tokens whose one-word place reading is the word as written,
    no inflected form: a given name among them ending in ``s`` is no genitive before a
    name ("der Schauspieler Dallas Bremer", "Innenministerin Paris Smith"; session 31).
    """
    names: set[str] = set()
    direct: set[int] = set()
    for b in byline:
        for part in b.replace("-", " ").split():
            if part[:1].isupper():
                names.add(part.casefold())

    own_place = is_own_place_name or is_place_name
    inflected_place = is_inflected_place_name or (lambda t: False)
    from geomap.geoparse._wordlists import municipal_heads

    # the words only a municipality has ("Bürgermeister", "Stadtrat"): a genitive before
    # one is the municipality's, however small ("Brixens Bürgermeister sagte")
    municipal = municipal_heads(lex.lang)

    def _role_place(t: Token) -> bool:
        # a place alone after a role is the role's place, in the genitive too
        # ("Bürgermeister Hamburgs", "die Richter Karlsruhes"; session 24)
        return is_place_name(t) or (
            bool(lex.profile.genitive_endings)
            and t.fold.endswith(lex.profile.genitive_endings)
            and inflected_place(t)
        )

    def take(run: list[Token], address: bool = False) -> None:
        # a place alone after a role is the role's place ("Präsident Russlands"), not
        # after a title of address ("Frau Preston")
        if not run or (len(run) == 1 and not address and _role_place(run[0])):
            return
        last = (genitive_names or {}).get(run[0].i)
        if last is not None and run[-1].i > last:
            # "Sankt Petersburgs Bürgermeister sagte": the town's name is the role's place
            run = [t for t in run if t.i > last]
        if (
            len(run) > 1
            and (
                is_place_name(run[0])
                or own_place(run[0])
                or inflected_place(run[0])
                or run[1].fold in municipal
                and town_genitive is not None
                and town_genitive(run[0])
            )
            and lex.profile.genitive_endings
            and (
                run[0].fold.endswith(lex.profile.genitive_endings)
                # a given name written as it stands ("Dallas", "Paris") is no genitive,
                # but before a word only a municipality has ("Abas Bürgermeister")
                and not (
                    run[0].i in plain_names
                    and run[0].text in given
                    and run[1].fold not in municipal
                )
                # a name ending in a sibilant takes an apostrophe ("Tabriz' Bürgermeister")
                or run[1].gap_before[:1] in _APOSTROPHES
            )
        ):
            run = run[1:]  # "Präsident Frankreichs Emmanuel Macron": the genitive is the place
        for t in run:
            names.add(t.fold)
            direct.add(t.i)

    from geomap.geoparse._wordlists import (
        address_titles,
        credit_labels,
        first_names,
        kin_nouns,
        person_nouns,
    )

    address, given, kin = address_titles(lex.lang), first_names(), kin_nouns(lex.lang)
    direct.update(
        _credited_names(tokens, credit_labels(lex.lang), given, multi_tokens or set(), lex.lang)
    )
    direct.update(_aged_names(tokens, lex, multi_tokens or set(), is_region_or_seat))
    direct.update(
        _names_before_apposed_role(tokens, lex, given, is_place_name, multi_tokens or set())
    )
    direct.update(_names_before_role_predicate(tokens, lex, given, multi_tokens or set()))
    personal = person_nouns(lex.lang)
    # English writes a unit word before a title ("City Manager X Y said"): the unit's
    # name ends a run only where nouns are capitalised and the run is no title's
    nouns_capitalised = lex.profile.capitalises_nouns
    n = len(tokens)
    if not lex.profile.capitalises_nouns:  # capitalisation is a cue for a name
        _name_runs(
            tokens,
            lex,
            names,
            direct,
            is_place_name,
            multi_tokens or set(),
            is_own_place_name or is_place_name,
            is_region_or_seat or (lambda t: False),
        )
    titles, speech_verbs = lex.person_titles, lex.speech_verbs  # read once per token
    for k, tok in enumerate(tokens):
        f = tok.fold
        if f in kin and k > 0 and tok.gap_before == " ":
            owner = _possessive_given_name(tokens, k - 1, given, lex, multi_tokens or set())
            if owner is not None:
                direct.add(owner)  # "Idas Bruder", "Ida's mother": a town has none
        if f in personal and k > 0 and tok.gap_before.strip() in ("", *_APOSTROPHES):
            owner = _possessive_name(tokens, k - 1, lex, multi_tokens or set(), is_place_name)
            if owner is not None:
                direct.add(owner)  # "Roths Rede", "Diez' Rücktritt": no town gives a speech
        base = f[:-1] if f.endswith("s") and f[:-1] in titles else f
        if (
            base != f
            and f not in titles
            and len(base) <= _ABBREVIATION_MAX
            and not (k + 1 < n and tokens[k + 1].gap_before.startswith("."))
        ):
            # the plural of an abbreviated title takes its full stop ("Sens. Warren and
            # Sanders"); without one the word is a word: "Associated Press WASHINGTON"
            # is no plural of "Pres." before a name
            base = f
        if base == f and f not in titles and nouns_capitalised and tok.is_cap:
            # a German title in the n-declension: "Herrn Warren", "dem Präsidenten X",
            # "des Abgeordneten X" (session 31)
            base = next((f[:-c] for c in (1, 2) if f.endswith("en"[-c:]) and f[:-c] in titles), f)
        plural = _title_plural(tok, tokens[k + 1] if k + 1 < n else None, lex)
        if plural is not None and base == f:
            base = plural  # "die Senatoren Warren und Sanders"
        if base == f and base not in titles and nouns_capitalised and tok.is_cap:
            base = _compound_title(f, titles) or f  # "Innenminister Werner Kali"
        if base in titles and _acronym_not_title(tok, tokens[k + 1] if k + 1 < n else None):
            base = ""  # "DR Kongo", "in der DR Kongo": an acronym, no "Dr."
        if base in titles and not (base == f and k in name_openers):
            m = k + 1
            while (
                m < n and tokens[m].fold in lex.person_titles and tokens[m].sentence == tok.sentence
            ):
                m += 1
            of_phrase = (
                m < n
                and tokens[m].fold in ("der", "des", "of", "the")
                and tokens[m].sentence == tok.sentence
            )
            if of_phrase:
                m += 1  # "Direktor der Munitionsindustrie Jo Chun Ryong": the run follows
            if of_phrase and base != f:
                continue  # a plural title names a group: "Residents of Pakse say", "residents of X"
            if (
                m < n
                and tokens[m].sentence == tok.sentence
                and tokens[m].gap_before.strip() in ("", "-", ".")
            ):  # "Dr. Selb": an abbreviated title's full stop ends no sentence
                run = _cap_run(tokens, m)
                if of_phrase:
                    # "residents of New Orleans", "President of Russia Vladimir Putin":
                    # the place of the title is no part of a name
                    while run and (run[0].i in (multi_tokens or ()) or is_place_name(run[0])):
                        run = run[1:]
                    if nouns_capitalised and len(run) > 1 and run[0].fold in lex.feature_heads:
                        # "Sprecherin der Stadt X": the unit and its name, whatever
                        # its size, are no part of the person's name
                        run = run[2:]
                    if len(run) == 1 and run[0].i == m and _place_office(tokens, m - 1, lex.lang):
                        # "the mayor of Kiffa said", "the governor of Dosso told": one
                        # word right after an office only a town or a region has (the
                        # lexicon's municipal and region office words) is its town or
                        # region, whatever its size; its holder's name would follow it
                        # ("the governor of Texas Greg Abbott") or be set off. Other
                        # titles keep the person: "Secretary of Defense" names no town
                        run = []
                # a language whose places take no genitive before a title ("France's
                # president", never "President France") reads a capitalised title's one
                # word as a surname ("Gov. Medina", "Mayor Regina") as it reads one after a
                # title of address ("Frau Preston"); a German one-word run may be the
                # role's place ("Präsident Russlands") and keeps that reading; a region, a
                # country or a capital keeps its place in English too ("Miss Ohio")
                region_or_seat = is_region_or_seat or (lambda t: False)
                # an office's abbreviation with its full stop ("Gov. Santiago", "Sen.
                # Salvador") is a person's title, no pageant's or adjective's ("Miss
                # Ohio", "Major Mich."); a saint's ("St. Paris") names places
                office_abbreviation = (
                    tok.is_cap
                    and not tok.is_upper
                    and base not in lex.profile.place_title_abbreviations
                    and k + 1 < n
                    and tokens[k + 1].gap_before.startswith(".")
                )
                named = base in address or (
                    not lex.profile.genitive_endings
                    and (office_abbreviation or not (len(run) == 1 and region_or_seat(run[0])))
                )
                take(run, not of_phrase and m == k + 1 and named and tok.is_cap)
                if run and plural is not None and not of_phrase and _name_like(run, given, lex):
                    # a plural title names a list of people: "Sens. Warren and Sanders",
                    # "Reps. Ocasio-Cortez, Omar and Tlaib"; each further name is a
                    # person as the first is, a strong place alone stays a place. The
                    # title itself is no place before its names ("Sens." opening a text
                    # is no French town); its word joins no names
                    direct.add(k)
                    for item in _listed_names(tokens, run[-1].i + 1, lex):
                        take(item, named and not (len(item) == 1 and region_or_seat(item[0])))
        elif f in speech_verbs:
            if (
                k + 1 < n
                and tokens[k + 1].sentence == tok.sentence
                and tokens[k + 1].gap_before == " "
            ):
                run = _cap_run(tokens, k + 1, 3)
                if (
                    len(run) == 1
                    and run[0].text in given
                    and is_place_name(run[0])
                    and not (is_seat is not None and is_seat(run[0]))
                    and not (
                        run[0].i + 1 < n and tokens[run[0].i + 1].fold in lex.reported_subject_verbs
                    )  # "said Brandon would get a hospital": what was said, not who
                    and not _town_body_after(tokens, run[0].i, lex.lang)
                ):
                    # "„...“, sagte Virginia": a given name after a verb of saying is
                    # the speaker here only; elsewhere the big place keeps its name
                    direct.add(run[0].i)
                elif not (
                    len(run) >= 2
                    and (
                        run[0].text not in given
                        # "said Quang Ngai was flooded": the whole run one name of the
                        # gazetteer, whatever given name its first word also is
                        or all(t.i in (multi_tokens or ()) for t in run)
                    )
                    and run[-1].i + 1 < n
                    and tokens[run[-1].i + 1].fold in lex.reported_subject_verbs
                ):
                    # "said Santa Ana was flooded", "said Baja California would get aid":
                    # a name of two or more words that opens with no given name and is
                    # followed by the reported clause's verb is what was said, not who
                    # said it; a single word ("Clark said Graham was involved": a surname
                    # met before) and a run before a comma or the end are the speaker
                    take(run)
            if k >= 2 and tokens[k - 1].sentence == tok.sentence and tok.gap_before == ", ":
                take(_apposed_name(tokens, k, given))
                # "X Y, the party's spokesman, said": the name before a role set off
                # between commas is the speaker's, whatever word (a country's name,
                # a town's) is its surname; only where it stands, not where it recurs
                direct.update(
                    t.i
                    for t in _name_before_role(
                        tokens, k, lex, is_place_name, multi_tokens, given, is_region_or_seat
                    )
                )
            if k >= 1 and tokens[k - 1].sentence == tok.sentence and tok.gap_before == " ":
                # "Smith said": walk back over the capitalised run before the verb
                m = k - 1
                while (
                    m > 0
                    # the run is capitalised throughout and opens after any article:
                    # "The Ontario government said" names no speaker
                    and tokens[m].is_cap
                    and tokens[m - 1].is_cap
                    and tokens[m - 1].fold not in lex.determiners
                    and tokens[m - 1].sentence == tok.sentence
                    and _joinable(tokens[m].gap_before)
                    and k - m < 3
                    # "In X sagte ...": a capitalised preposition opening the sentence
                    # is no part of the speaker's name (the place rule below reads it),
                    # nor is the name of a unit ("der Gemeinde X Thomas Weber sagte")
                    and tokens[m - 1].fold not in lex.place_prepositions
                    and not (
                        nouns_capitalised and m >= 2 and tokens[m - 2].fold in lex.feature_heads
                    )
                ):
                    m -= 1
                # "die Stadtverwaltung in X teilte mit", "officials in X said": a name
                # after a place preposition is where the speaker is, not the speaker
                after_prep = (
                    m > 0
                    and tokens[m - 1].sentence == tok.sentence
                    and tokens[m - 1].fold in lex.place_prepositions
                    and tokens[m].gap_before == " "
                ) or (
                    # "residents of Kisumu and Kericho said": the second of two places
                    m > 2
                    and tokens[m - 3].sentence == tok.sentence
                    and tokens[m - 1].fold in lex.and_words
                    and is_place_name(tokens[m - 2])
                    and tokens[m - 3].fold in lex.place_prepositions
                )
                # "the government in Port-au-Prince announced": the run is the tail of
                # a place name that goes on before it through a connector or a hyphen
                mt = multi_tokens or frozenset()
                inside_name = (
                    m > 0
                    and m in mt
                    and m - 1 in mt
                    and tokens[m - 1].sentence == tok.sentence
                    and (tokens[m].gap_before != " " or not tokens[m - 1].is_cap)
                )
                # a given name opening the sentence is the speaker ("Ida said"), unless
                # a country or big city bears it (a government speaks for it)
                given_opening = tokens[m].text in given and not is_place_name(tokens[m])
                # "der Stadt X sagte": a unit word and its name are the speaker's place
                unit = tokens[m].fold in lex.feature_heads
                # "fishermen on the Volta said": English puts no article before a
                # person's name (a title may have one: "the Rev. X said"); the run after
                # a word and its article is a river's, a region's, a team's (session 25);
                # after an article that opens the sentence the run is the speaker, a seat
                # of power's name for its government ("The Pentagon said an air strike
                # killed ...": no place of the strike; review of session 25, round 2,
                # h25-mend2)
                unit = unit or (
                    not nouns_capitalised
                    and m > 1
                    and tokens[m - 1].fold in lex.determiners
                    and tokens[m - 2].sentence == tok.sentence
                    and tokens[m - 2].text.isalpha()
                    and tokens[m - 2].text.islower()
                    and tokens[m].gap_before == " "
                    and tokens[m].fold.rstrip(".") not in titles
                )
                # "the Ontario Provincial Police said": an organisation speaks, no person
                unit = unit or m < k - 1 and tokens[k - 1].fold in lex.org_suffixes
                if (
                    tokens[m].is_cap and (not tokens[m].sent_initial or given_opening) or m < k - 1
                ) and not (after_prep or inside_name or unit):
                    take([t for t in tokens[m:k] if t.is_cap])
                if not (after_prep or inside_name or unit) and m == k - 1:
                    _given_speakers(tokens, m, lex, given, is_place_name, is_region_or_seat, direct)
    return names, direct


#: a person's age set off after the name: "(54)" in German (with a comma after it too:
#: "(54), Lehrerin aus Kiel"; session 31), ", 54," in English
_AGE_GAP = re.compile(r"^(?: \((\d{1,3})\),? |, (\d{1,3}), )$")
#: an age is at most this; a bigger number after a name is no age
_MAX_AGE = 120


def _party_bracket(tokens: Sequence[Token], k: int, parties: AbstractSet[str]) -> bool:
    """``tokens[k]`` opens a bracket that holds a party's label and at most a hyphened
    word after it ("(CDU)", "(Grüne)", "(D-Ohio)")."""
    t = tokens[k]
    if t.gap_before != " (" or t.fold not in parties:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.gap_before == "-":
        nxt = tokens[k + 2] if k + 2 < len(tokens) else None
    return nxt is None or nxt.gap_before.startswith(")")


def _aged_names(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    multi_tokens: AbstractSet[int],
    is_region_or_seat=None,
) -> set[int]:
    """The tokens of a name of two or three capitalised words right before an age set
    off after it ("Mara Olsen Kiel (54) wurde ...", "Tomas Riva Lugo, 54, said") or a
    party in brackets (``party_labels``: "Ida Falk (Grüne)", "Ann Lugo (D-Ohio)";
    session 29): news gives a person's age and party so, never a place's (issue 21,
    session 15), and a roster's inverted name opening its clause ("Preston, Sydney (62)",
    "Warren, Florence, 71,"; session 31). The run stops at a lower-case word, a lexicon
    word (a title, a determiner, a preposition), a German common noun as its third word
    (the role before the name: "Rentnerin Ida Falk (54)"; a name's own words may be
    nouns too: "Bello", "Aba") and a word of a longer place name the gazetteer holds
    whole; no word may be a country, a region or a national capital
    (``is_region_or_seat``: "Berlin Mitte (3)" in a table). Linear in the tokens."""
    from geomap.geoparse._wordlists import apposition_roles, common_nouns, party_labels

    nouns = common_nouns(lex.lang)
    parties = party_labels(lex.lang)
    roles = lex.person_titles | apposition_roles(lex.lang)
    seat = is_region_or_seat or (lambda t: False)
    stops = lex.determiners | lex.place_prepositions | lex.person_titles | lex.not_names
    out: set[int] = set()
    for k in range(2, len(tokens)):
        m = _AGE_GAP.match(tokens[k].gap_before)
        if (m is None or int(m.group(1) or m.group(2)) > _MAX_AGE) and not _party_bracket(
            tokens, k, parties
        ):
            continue
        run: list[Token] = []
        j = k - 1
        while j >= 0 and len(run) < 3:
            t = tokens[j]
            if not t.is_cap or t.is_upper or t.i in multi_tokens or t.fold in stops:
                break
            if len(run) == 2 and t.text in nouns or t.sentence != tokens[k - 1].sentence:
                break  # a third word that is a noun is the role before the name
            run.append(t)
            if not _joinable(t.gap_before) or t.gap_before != " ":
                break
            j -= 1
        if len(run) >= 2 and not any(seat(t) for t in run):
            out.update(t.i for t in run)
        elif (
            len(run) == 1
            and run[0].gap_before == ", "
            and is_given_name(run[0].text)
            and tokens[k].gap_before.endswith(", ")
            and (
                tokens[k].text.islower()
                or tokens[k].fold in roles
                or _compound_title(tokens[k].fold, roles) is not None
            )
        ):
            # a roster's inverted name opening its clause, its age and who the person
            # is after it: "Preston, Sydney (62), Rentnerin aus Celle", "Warren,
            # Florence, 71, a retired teacher" (session 31); not a list of counts
            # ("Dallas, Austin (3), Houston (2)")
            s = tokens[run[0].i - 1] if run[0].i > 0 else None
            if (
                s is not None
                and s.sentence == run[0].sentence
                and s.is_cap
                and not s.is_upper
                and s.i not in multi_tokens
                and s.fold not in stops
                and (s.sent_initial or bool(s.gap_before.strip()))
                and not seat(s)
                and not seat(run[0])
            ):
                out.update((s.i, run[0].i))
    return out


#: the most words after the comma up to an apposition's role noun: "head of", "the
#: team's goalkeeper" (five since session 31)
_APPOSED_ROLE_WORDS = 5


def _second_name_word(
    tokens: Sequence[Token], t: Token, multi_tokens: AbstractSet[int]
) -> Token | None:
    """The capitalised word (not all capitals) right after ``t`` with one space between,
    in its sentence and no word of a longer name the gazetteer holds (``multi_tokens``):
    the second word of a two-word name; None when there is none."""
    if t.i + 1 >= len(tokens):
        return None
    u = tokens[t.i + 1]
    if (
        u.sentence != t.sentence
        or u.gap_before != " "
        or not u.is_cap
        or u.is_upper
        or u.i in multi_tokens
    ):
        return None
    return u


def _names_before_apposed_role(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    given: AbstractSet[str],
    is_place_name,
    multi_tokens: AbstractSet[int],
) -> set[int]:
    """The tokens of a given name (``first_names.csv``) or a word that is no strong
    place (``is_place_name``: a country, a big city), and the capitalised word right
    after it, set off by a comma before a role noun (a person title of the lexicon, a
    compound ending in one, or ``apposition_roles``) within ``_APPOSED_ROLE_WORDS``
    words: "nach Angaben von Ida Mende, Leiterin des Krisenstabs", "according to Ida
    Mende, head of the team". An apposition that says who someone is follows a person's
    name, wherever the name stands (after "von", which also cues a place); a place's
    apposition is a place's kind ("in Bergen Enkheim, einem Stadtteil"). Not a pair the
    gazetteer holds whole (``multi_tokens``: "Victoria Falls"), nor after a determiner
    ("The George Twickenham", a pub), nor a word of ``not_names`` or one opening its
    sentence that is no given name. Issue 21, session 29. Linear in the tokens."""
    from geomap.geoparse._wordlists import apposition_roles

    roles = apposition_roles(lex.lang)
    titles = lex.person_titles
    n = len(tokens)
    out: set[int] = set()
    for t in tokens[: max(n - 2, 0)]:
        if not t.is_cap or t.is_upper or t.i in multi_tokens or t.fold in lex.not_names:
            continue
        if t.text not in given and (is_place_name(t) or t.sent_initial):
            continue
        u = _second_name_word(tokens, t, multi_tokens)
        if u is None:
            continue
        p = tokens[t.i - 1] if t.i > 0 else None
        if p is not None and p.sentence == t.sentence and p.fold in lex.determiners:
            continue
        k = u.i + 1
        if tokens[k].gap_before != ", " or tokens[k].sentence != t.sentence:
            continue
        for r in tokens[k : min(k + _APPOSED_ROLE_WORDS, n)]:
            # a possessive may stand before the role ("the club's goalkeeper")
            gap = r.gap_before.strip()
            if r.sentence != t.sentence or r.i > k and gap and gap not in _APOSTROPHES:
                break
            f = r.fold
            if f in titles or f in roles or _compound_title(f, titles | roles):
                out.update((t.i, u.i))
                break
    return out


#: How many words may stand between a copula after a name and the role it predicates
#: ("ist seit 2019 Trainer", "is now the club's coach").
_PREDICATE_WORDS = 5


def _names_before_role_predicate(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    given: AbstractSet[str],
    multi_tokens: AbstractSet[int],
) -> set[int]:
    """The tokens of a given name (``first_names.csv``) and the capitalised word right
    after it, the subject of a copula (``copula_verbs``: "ist", "war", "is", "became")
    whose predicate within ``_PREDICATE_WORDS`` words, before any punctuation, is a role
    (a person title of the lexicon, a compound ending in one, or ``apposition_roles``):
    "Austin Homburg ist seit 2019 Trainer des Vereins", "Zur Person: Dallas Kerner war
    Bürgermeisterin". A town is no coach and no mayor, so the pair is a person's name
    however big a town bears the given name and though the second word names a town
    too (issue 21, session 32). Not a pair the gazetteer holds whole
    (``multi_tokens``), nor after a determiner. Linear in the tokens."""
    from geomap.geoparse._wordlists import apposition_roles, copula_verbs

    copulas = copula_verbs(lex.lang)
    if not copulas:
        return set()
    roles = apposition_roles(lex.lang) | lex.person_titles
    n = len(tokens)
    out: set[int] = set()
    for t in tokens[: max(n - 3, 0)]:
        if t.text not in given or t.is_upper or t.i in multi_tokens:
            continue
        u, v = _second_name_word(tokens, t, multi_tokens), tokens[t.i + 2]
        if u is None or v.sentence != t.sentence or v.gap_before != " " or v.fold not in copulas:
            continue
        p = tokens[t.i - 1] if t.i > 0 else None
        if p is not None and p.sentence == t.sentence and p.fold in lex.determiners:
            continue
        for r in tokens[v.i + 1 : min(v.i + 1 + _PREDICATE_WORDS, n)]:
            gap = r.gap_before.strip()
            # a number between is a year's or a count's ("ist seit 2019 Trainer")
            if r.sentence != t.sentence or gap and gap not in _APOSTROPHES and not gap.isdigit():
                break
            if r.fold in roles or _compound_title(r.fold, roles):
                out.update((t.i, u.i))
                break
    return out


def _given_speakers(
    tokens: Sequence[Token],
    m: int,
    lex: PlaceLexicon,
    given: AbstractSet[str],
    is_place_name,
    is_region_or_seat,
    direct: set[int],
) -> None:
    """A given name alone right before a verb of saying ("Nora said", "Ivo told
    reporters"), and the given names coordinated before it ("Nora and Ivo said", "Nora,
    Ivo and Tess told"), are the speakers, however big a town bearing one: news lets a
    country, a region or a national capital speak for its government ("Ohio said",
    "Madrid said"), not any other town. A name opening its sentence is a speaker too
    (a town's name there would take a place cue or be the subject of a place's verb),
    and so is one after a comma, a quotation mark or a dash; after any other word the
    name may be a phrase's ("the mayor of Nora said") and the other rules decide.
    Only where capitalisation marks names (English); German given names are read by the
    noun rules. Each name must be a given name of ``first_names`` and no region or seat
    (``is_region_or_seat``); the walk back stops at anything else. A list whose every
    name a big place bears (``is_place_name``: "Houston and Tyler said") stays the
    towns'. Linear in the names."""
    if lex.profile.capitalises_nouns:
        return
    seat = is_region_or_seat or (lambda t: False)
    sentence = tokens[m].sentence

    def speaker(t: Token) -> bool:
        return t.sentence == sentence and t.is_cap and not t.is_upper and t.text in given

    if not speaker(tokens[m]) or seat(tokens[m]):
        return
    found = [m]
    j = m
    # "Nora and Ivo", "Nora, Ivo and Tess": back over "and" and commas to given names
    while True:
        if j >= 2 and tokens[j - 1].fold in lex.and_words and tokens[j].gap_before == " ":
            prev = j - 2
        elif j >= 1 and tokens[j].gap_before == ", " and len(found) > 1:
            prev = j - 1
        else:
            break
        if (
            not speaker(tokens[prev])
            or seat(tokens[prev])
            or tokens[prev + 1].gap_before not in (" ", ", ")
        ):
            break
        if prev >= 1 and tokens[prev - 1].fold in lex.place_prepositions:
            break  # "officials in Nora and Ivo said": a place preposition's names
        found.append(prev)
        j = prev
    # a list of big places' names that are given names too ("Houston and Tyler said"):
    # the towns' governments speak; one name no big place bears makes them people
    if len(found) > 1 and all(is_place_name(tokens[i]) for i in found):
        return
    # the names open the clause: the sentence's start, or after a comma, a quotation
    # mark or a dash ('"...," Nora told'); after any other word they may be a
    # phrase's ("the mayor of Nora said", "residents near Ivo said")
    first = tokens[found[-1]]
    if not (first.sent_initial or any(ch in first.gap_before for ch in _CLAUSE_OPENERS)):
        return
    direct.update(found)


#: Marks before a word that opens a reporting clause ('"...," Nora said', "In X, Nora
#: said", "– Nora said").
_CLAUSE_OPENERS = ",\"\u201c\u201d\u2019'\u2013\u2014:"


#: What ends a photo credit's or an in-text byline's name: another credit after a slash
#: or a comma ("Max Paris/dpa", "Jordan Florence, Reuters"), a bracket, a line's end.
_CREDIT_ENDS = frozenset("/,;|)]\n–—")
#: A credit names at most this many people or agencies, each in up to three words.
_CREDIT_PARTS, _CREDIT_WORDS = 3, 3


def _credited_names(
    tokens: Sequence[Token],
    labels: AbstractSet[str],
    given: AbstractSet[str],
    multi_tokens: AbstractSet[int],
    lang: str,
) -> set[int]:
    """The tokens of the people a photo credit or an in-text byline names: after a
    label of ``credit_labels`` and a colon ("Foto: Max Paris/dpa", "(Bild: Sydney
    Schmidt)", "Photo: Jordan Florence"), after "Photo by", or after a copyright sign
    ("© Max Paris/dpa"). A credit is a list of names split by slashes or commas; a part
    that opens with a given name and has two or three capitalised words, and that ends
    where the credit ends (a slash, a comma, a bracket, the line's or sentence's end), is
    a person's name, whatever towns bear its words. A caption goes on in lower case
    ("Foto: Paris bei Nacht") and a place's multi-word name ("Photo: New York") is one
    span: neither is a credit's name; two capitalised words before the lower case, the
    second a family name of ``surnames.csv`` and no frequent word, are a pictured
    person's ("Foto: Celle Iglesias bei der Ehrung"; not "Photo: Cardiff Bay at dusk").
    Linear in the tokens."""
    from geomap.geoparse._wordlists import is_surname
    from geomap.text import zipf as zipf_frequency

    out: set[int] = set()
    n = len(tokens)
    for k, t in enumerate(tokens):
        start = -1
        if "©" in t.gap_before:
            start = k
        elif t.fold in labels and t.is_cap and k + 1 < n and tokens[k + 1].sentence == t.sentence:
            gap = tokens[k + 1].gap_before
            if gap.startswith(":"):
                start = k + 1
            elif gap == " " and tokens[k + 1].fold == "by":
                start = k + 2  # "Photo by Jordan Florence"
        if start < 0 or start >= n or tokens[start].sentence != t.sentence:
            continue
        m = start
        for _ in range(_CREDIT_PARTS):
            part = [tokens[m]]
            while (
                m + len(part) < n
                and len(part) <= _CREDIT_WORDS
                and tokens[m + len(part)].sentence == t.sentence
                and tokens[m + len(part)].gap_before in (" ", "-")
                and tokens[m + len(part)].is_cap
            ):
                part.append(tokens[m + len(part)])
            m += len(part)
            nxt = tokens[m] if m < n and tokens[m].sentence == t.sentence else None
            ends = nxt is None or any(c in _CREDIT_ENDS for c in nxt.gap_before)
            # a caption goes on in lower case after the pictured person's two names
            # ("Foto: Bergen Demirtaş bei der Ehrung", "Pictured: Águeda Alba at ...";
            # session 28): the family name of the list marks the person there
            caption = (
                m == start + 2
                and nxt is not None
                and nxt.gap_before == " "
                and nxt.text[:1].islower()
                and is_surname(part[-1].text)
                # no frequent word: "Photo: Cardiff Bay at dusk"
                and zipf_frequency(part[-1].fold, lang) < COMMON_ZIPF
            )
            if (
                (ends and part[0].text in given or caption)
                and 2 <= len(part) <= _CREDIT_WORDS
                and all(p.is_cap and not p.is_upper for p in part)
                and not all(p.i in multi_tokens for p in part)
            ):
                out.update(p.i for p in part)
            if nxt is None or nxt.gap_before.strip() not in ("/", ",", ";", "|"):
                break
    return out


#: A title this short may be an abbreviation ("Pres", "Sen", "Gen"): its plural is
#: read as a title only with the abbreviation's full stop after it.
_ABBREVIATION_MAX = 4

#: A plural title's list names at most this many further people.
_LIST_MAX = 6


def _place_office(tokens: Sequence[Token], link: int, lang: str) -> bool:
    """The words ending at token ``link`` (its ``of``) are an office only a town or a
    first-level region has (``mayor of``, ``governor of``: the places lexicon's
    ``[municipal_words]`` and ``[region_office_words]`` ``before``) or a dweller's
    (``resident of``: ``[dweller_words]``). Why: the name right after such an office is
    where it is held, not who holds it; after a dweller's noun, where they live."""
    from geomap.geoparse._wordlists import dweller_words, municipal_words, region_office_words

    f = tokens[link].fold
    phrases = (
        *municipal_words(lang)[1].get(f, ()),
        *region_office_words(lang)[1].get(f, ()),
        *dweller_words(lang)[1].get(f, ()),
    )
    for words in phrases:
        k = link - len(words) + 1
        if k >= 0 and all(
            tokens[k + i].fold == w and tokens[k + i].sentence == tokens[link].sentence
            for i, w in enumerate(words)
        ):
            return True
    return False


def _title_plural(tok: Token, nxt: Token | None, lex: PlaceLexicon) -> str | None:
    """The title ``tok`` is the plural of, by the language's plural endings ("senators",
    "sens." -> "senator", "sen"; "senatorinnen" -> "senatorin"), or None. A form the
    title list holds itself is no plural ("präsidenten" is singular too, "ms" a title),
    and a short title (an abbreviation) is a plural only with its full stop: "Press" is
    no "Pres." and "Gens" no "Gen.". Why: a plural title names a list of people."""
    f, titles = tok.fold, lex.person_titles
    if f in titles:
        return None
    for end in lex.profile.title_plural_endings:
        base = f[: -len(end)]
        if f.endswith(end) and len(base) > 1 and base in titles:
            if len(base) <= _ABBREVIATION_MAX and not (
                nxt is not None and nxt.gap_before.startswith(".")
            ):
                continue
            return base
    return None


def _name_like(run: Sequence[Token], given: AbstractSet[str], lex: PlaceLexicon) -> bool:
    """Every word of ``run`` is a given name or a word rare in the language's lower case
    (Zipf below ``Weights.common_word_zipf``): a name, not a headline's capitalised words
    ("Residents Flee Florence and Pisa" lists no people after its title)."""
    from geomap.text import zipf as zipf_frequency

    return all(
        t.text in given or zipf_frequency(t.fold, lex.lang) < WEIGHTS.common_word_zipf for t in run
    )


#: A compound's head read as a title has at least this many letters, and so has the
#: word before it ("Innen|minister", "Presse|sprecher"; not "Bau|herr").
_COMPOUND_HEAD_MIN, _COMPOUND_MODIFIER_MIN = 6, 3


def _acronym_not_title(tok: Token, nxt: Token | None) -> bool:
    """A title's abbreviation written in capitals ("DR", "MR") before a word that is
    not: an acronym ("DR Kongo", the Democratic Republic), not the title, which is
    written "Dr" or "Dr." in mixed-case text. A line in capitals ("DR MAX WEBER") keeps
    the title (issue 21, session 20)."""
    return (
        tok.is_upper
        and 1 < len(tok.text) <= _ABBREVIATION_MAX
        and nxt is not None
        and nxt.sentence == tok.sentence
        and nxt.gap_before == " "
        and nxt.is_cap
        and not nxt.is_upper
    )


def _compound_title(f: str, titles: AbstractSet[str]) -> str | None:
    """The title ending the compound ``f`` ("innenminister" -> "minister",
    "landesbischof" no: the head is too short), or None. Why: German writes a role as one
    word of any modifier and a title ("Innenminister", "Wirtschaftsministerin",
    "Pressesprecher"), which no word list holds whole; the name after it is a person's
    as after the bare title. Linear in the word's length (one set probe per suffix)."""
    for j in range(_COMPOUND_MODIFIER_MIN, len(f) - _COMPOUND_HEAD_MIN + 1):
        if f[j:] in titles:
            return f[j:]
    return None


def _listed_names(tokens: Sequence[Token], e: int, lex: PlaceLexicon) -> list[list[Token]]:
    """The further names of a list whose first name ends before token ``e``: ", Y",
    " and Y", ", and Y" (``and_words``), each a run of capitalised words; the list ends
    after the name its "and" joins, and is no list unless an "and" closes it; a title, an
    initial or a word in capitals ends it too. Where nouns are capitalised a
    name ends before a common word ("die Senatoren Warren und Sanders Kritik": no
    "Kritik"). Why: after a plural title every name of the list is a person's, not only
    the first ("Sens. Warren and Sanders"). Linear in the list."""
    out: list[list[Token]] = []
    n = len(tokens)
    if e <= 0 or e >= n:
        return out
    sentence = tokens[e - 1].sentence
    from geomap.text import zipf as zipf_frequency

    while e < n and len(out) < _LIST_MAX and tokens[e].sentence == sentence:
        t = tokens[e]
        last = t.fold in lex.and_words and t.gap_before.strip() in ("", ",")
        if last:
            e += 1
            if e >= n or tokens[e].gap_before != " " or tokens[e].sentence != sentence:
                break
        elif not (t.gap_before == ", " and t.is_cap):
            break
        item = _cap_run(tokens, e, 3)
        if lex.profile.capitalises_nouns:
            cut = 1
            while (
                cut < len(item)
                and zipf_frequency(item[cut].fold, lex.lang) < WEIGHTS.common_word_zipf
            ):
                cut += 1
            item = item[:cut]
        if (
            not item
            or any(x.is_upper or x.fold in lex.person_titles for x in item)
            or len(item[0].text) == 1  # an initial or a party's letter ("D-Iowa City")
        ):
            break
        out.append(item)
        if last:
            return out
        e = item[-1].i + 1
    # names set off by commas make a list only where an "and" closes it: "Sens. Warren,
    # Massachusetts Democrat, said" is an apposition
    return []


#: the most words a role set off between a name and its verb of saying may have
_ROLE_WORDS = 8


def _name_before_role(
    tokens: Sequence[Token],
    k: int,
    lex: PlaceLexicon,
    is_place_name,
    multi_tokens: AbstractSet[int] | None,
    given: AbstractSet[str] = frozenset(),
    is_region_or_seat=None,
) -> list[Token]:
    """The name before a role set off by commas right before the verb of saying at ``k``
    ("Ida Grant, the party's spokesman, said"; "Ida Grant, Sprecher der Partei, sagte"):
    a run of two or three capitalised words opening its clause, whose first word is no
    strong place and no part of a place's name of several words, then ", ", a role of
    at most ``_ROLE_WORDS`` words that opens with an article or holds a person's title
    of the lexicon, then ", " and the verb; [] if there is none. A country or a town
    speaks for its government as one word ("Chad, the host, said"), a place of several
    words is a name the gazetteer holds whole ("South Sudan"). A first word that is a
    given name (``given``) opens a person's name however big a town bearing it
    ("Orlando Washington, the county's fire chief, said"; session 31), unless a
    country, a region or a capital bears it (``is_region_or_seat``) or the run ends in
    an organisation's word ("Austin Energy, the city's utility, said")."""
    sent = tokens[k].sentence
    seat = is_region_or_seat or (lambda t: False)
    m = k - 1
    while m > 0 and k - m <= _ROLE_WORDS and tokens[m].gap_before != ", ":
        if tokens[m].sentence != sent or tokens[m].gap_before.strip() not in ("", "'", "’", "-"):
            return []
        m -= 1
    role = tokens[m:k]
    if (
        m < 2
        or tokens[m].gap_before != ", "
        or not role
        or not (role[0].fold in lex.determiners or any(t.fold in lex.person_titles for t in role))
    ):
        return []
    e = m - 1
    b = e
    while b > 0 and e - b < 2 and tokens[b - 1].is_cap and tokens[b].gap_before == " ":
        b -= 1
    run = list(tokens[b : e + 1])
    # the run opens its clause: after a dateline's dash or bracket too ("Phoenix (AP) —
    # Ida Grant, the ... chief, said")
    opens = (
        b == 0
        or tokens[b].sent_initial
        or not tokens[b - 1].is_cap
        or bool(tokens[b].gap_before.strip())
    )
    multi = multi_tokens or frozenset()
    if (
        len(run) < 2
        or not opens
        or any(t.sentence != sent or not t.is_cap or t.is_upper for t in run)
        or is_place_name(run[0])
        and not (
            (run[0].text in given or is_given_name(run[0].text))
            and not seat(run[0])
            and run[-1].fold not in lex.org_suffixes
        )
        or any(t.i in multi for t in run)
        or (
            b > 0
            and tokens[b - 1].sentence == sent
            and tokens[b - 1].fold in lex.place_prepositions
        )
    ):
        return []
    return run


#: the words of a name set off between commas: a given name, a second given name and
#: two surnames ("José Luis Toledo Medina", session 31)
_APPOSED_NAME_WORDS = 4


def _apposed_name(tokens: Sequence[Token], k: int, given: AbstractSet[str]) -> list[Token]:
    """The name set off by commas right before the verb of saying at ``k`` ("the coach,
    Ida Grant, said"; "der Sprecher, Ida Grant, sagte"; "the minister, José Luis Toledo
    Medina, said"): two to ``_APPOSED_NAME_WORDS`` capitalised words opening with a
    given name, after a comma; [] if there is none. A place set off so ("officials in
    Lyon, France, said") is one word and no given name's."""
    m = k - 1
    while (
        m > 0
        and k - m < _APPOSED_NAME_WORDS
        and tokens[m - 1].is_cap
        and tokens[m].gap_before == " "
    ):
        m -= 1
    run = list(tokens[m:k])
    if (
        len(run) < 2
        or not all(t.is_cap and not t.is_upper for t in run)
        or not (run[0].text in given or is_given_name(run[0].text))
        or tokens[m].gap_before != ", "
        or any(t.sentence != tokens[k].sentence for t in run)
    ):
        return []
    return run


def _possessive_given_name(
    tokens: Sequence[Token],
    k: int,
    given: AbstractSet[str],
    lex: PlaceLexicon,
    multi_tokens: AbstractSet[int],
) -> int | None:
    """The index of a given name in the possessive ending at token ``k`` ("Idas",
    "Ida's", "Ida’s"), or None; not a word of a longer name (a town's: "New York's
    mother church")."""
    t = tokens[k]
    if t.fold == "s" and t.gap_before in ("'", "’") and k > 0:
        k -= 1  # English: "Ida" "'s"
        t = tokens[k]
        return k if t.is_cap and t.text in given and k not in multi_tokens else None
    for end in lex.profile.genitive_endings:
        if (
            t.is_cap
            and t.text.endswith(end)
            and t.text[: -len(end)] in given
            and k not in multi_tokens
        ):
            return k
    return None


def _possessive_name(
    tokens: Sequence[Token],
    k: int,
    lex: PlaceLexicon,
    multi_tokens: AbstractSet[int],
    is_place_name,
) -> int | None:
    """The index of a capitalised name in the possessive or genitive ending at token
    ``k`` ("Wesel's", "Roths", "Diez'" before the next word), or None: not a word of a
    longer name, not after an article ("des Landes"), not a common noun and not a strong
    place (a country or big city: "Frankreichs Präsident")."""
    t = tokens[k]
    if t.fold == "s" and t.gap_before in _APOSTROPHES and k > 0:
        k -= 1  # English: "Wesel" "'s"
        t = tokens[k]
    elif not (
        tokens[k + 1].gap_before.strip() in _APOSTROPHES  # "Diez' Rede", "Harris' speech"
        or lex.profile.capitalises_nouns
        and len(t.text) > 3
        and t.text.endswith(lex.profile.genitive_endings)
    ):
        return None
    if not t.is_cap or t.is_upper or k in multi_tokens or is_place_name(t):
        return None
    p = tokens[k - 1] if k > 0 else None
    if p is not None and p.sentence == t.sentence and p.fold in lex.determiners:
        return None
    from geomap.geoparse._wordlists import common_nouns

    return None if t.text in common_nouns(lex.lang) else k


#: An English token this frequent (Zipf) is an ordinary word even when capitalised.
COMMON_ZIPF = 4.0


def title_case_sentences(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    word_zipf: float = WEIGHTS.title_word_zipf,
    min_words: int = WEIGHTS.title_case_words,
) -> frozenset[int]:
    """The sentences written in title case, as English headlines are ("Storm Leaves
    Thousands Without Power in Ohio"): no word in lower case but function words, no
    comma (a list of street names or a photo credit is capitalised too: "Herring Street,
    Acadia Drive and Willow Run"), and at least ``min_words`` words after the first
    capitalised though they are common words (Zipf ``word_zipf`` or more in lower case)
    and no words of names (a street's, an organisation's or a feature's). There a
    capital marks no name. Only where capitals mark names (English: German capitalises
    nouns anyway); one pass over the tokens.

    >>> from geomap.lexicons import place_lexicon
    >>> from geomap.text import read_text, tokenize
    >>> text = "Storm Leaves Thousands Without Power in Ohio. The storm hit Ohio."
    >>> sorted(title_case_sentences(tokenize(read_text(text, lang="en")), place_lexicon("en")))
    [0]
    """
    if lex.profile.capitalises_nouns:
        return frozenset()
    return _title_case_groups(
        tokens, lex, word_zipf, min_words, [t.sent_initial for t in tokens],
        [t.sentence for t in tokens],
    )  # fmt: skip


def title_case_lines(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    word_zipf: float = WEIGHTS.title_word_zipf,
    min_words: int = WEIGHTS.title_case_words,
) -> frozenset[int]:
    """The tokens on lines written in title case: :func:`title_case_sentences` for the
    lines of the text, a line ending at a sentence's end or a line break. A headline
    line above its body without a full stop ("Why Bark Matters\\nThe council met ...")
    runs on into the body's sentence, whose lower-case words keep the sentence from
    being title-cased; its own line is. One pass over the tokens.

    >>> from geomap.lexicons import place_lexicon
    >>> from geomap.text import read_text, tokenize
    >>> text = "Storm Leaves Thousands Without Power\\nThe storm hit."
    >>> toks = tokenize(read_text(text, lang="en"))
    >>> sorted(title_case_lines(toks, place_lexicon("en")))
    [0, 1, 2, 3, 4]
    """
    if lex.profile.capitalises_nouns:
        return frozenset()
    starts = [t.sent_initial or "\n" in t.gap_before for t in tokens]
    lines, n = [], -1
    for start in starts:
        n += start or n < 0
        lines.append(n)
    got = _title_case_groups(tokens, lex, word_zipf, min_words, starts, lines)
    return frozenset(t.i for t, line in zip(tokens, lines, strict=True) if line in got)


def _title_case_groups(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    word_zipf: float,
    min_words: int,
    starts: Sequence[bool],
    groups: Sequence[int],
) -> frozenset[int]:
    """The groups (sentences or lines: ``groups[k]`` is token ``k``'s, ``starts[k]``
    whether it opens one) written in title case, by :func:`title_case_sentences`'s rule."""
    from geomap.text import zipf as zipf_frequency

    function_words = lex.profile.function_words
    name_words = lex.street_suffixes | lex.org_suffixes | frozenset(lex.feature_heads)
    common: dict[int, int] = {}
    not_title: set[int] = set()
    run = 0  # common words counted in the current capitalised run
    for t, start, g in zip(tokens, starts, groups, strict=True):
        if g in not_title:
            continue
        if start or not t.is_cap:
            run = 0
        if "," in t.gap_before:
            not_title.add(g)
        elif not t.text[:1].isalpha():
            continue
        elif not t.is_cap:
            if t.fold not in function_words:
                not_title.add(g)
        elif t.fold in name_words:
            # the run is a street's or an organisation's name ("Pine Hollow Drive")
            common[g] = common.get(g, 0) - run
            run = 0
        elif not start and not t.is_upper and zipf_frequency(t.fold, lex.lang) >= word_zipf:
            common[g] = common.get(g, 0) + 1
            run += 1
    return frozenset(s for s, n in common.items() if n >= min_words and s not in not_title)


def headline_word(fold: str, lang: str, z: float = WEIGHTS.title_word_zipf) -> bool:
    """A word a headline in title case capitalises though it is common: frequent in lower
    case (Zipf ``Weights.title_word_zipf`` or more), or a verb's or a plural's form in
    ``-s``/``-es`` of such a word that is no given name ("Injures", "Topples": headlines
    write the present tense, whose forms are rarer than their stems). Session 24.

    >>> headline_word("injures", "en"), headline_word("jelgava", "en")
    (True, False)
    """
    from geomap.geoparse._wordlists import first_names
    from geomap.text import zipf as zipf_frequency

    if zipf_frequency(fold, lang) >= z:
        return True
    if not fold.endswith("s"):
        return False
    stems = (fold[:-1], fold[:-2]) if fold.endswith("es") else (fold[:-1],)
    return any(zipf_frequency(st, lang) >= z and st.title() not in first_names() for st in stems)


def _name_runs(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    names: set[str],
    direct: set[int],
    is_place_name,
    multi_tokens: AbstractSet[int],
    is_own_place_name,
    is_region_or_seat=lambda t: False,
) -> None:
    """Personal names where only names are capitalised (English): runs of two or more
    capitalised, uncommon tokens that are not a gazetteer name (``Chiquita Raquel Henry``,
    ``Hillary Clinton``). Their tokens are people wherever they recur (``Henry's arrest``).
    A given name before such a token is a person where it stands, though it be a place
    or a frequent word (:func:`_given_before_surname`)."""
    from geomap.text import zipf as zipf_frequency

    # read once: the closure is asked about most capitalised tokens, some twice
    not_names, org_suffixes, street_suffixes = lex.not_names, lex.org_suffixes, lex.street_suffixes
    lang = lex.lang
    # a headline in title case capitalises common words: they are no names there
    headline = title_case_sentences(tokens, lex)
    # and a headline line above its body with no full stop between ("Fire In X Injures
    # Two\nCrews worked ..."), whose sentence runs on into the body (session 24)
    headline_line = title_case_lines(tokens, lex)

    def nameish(t: Token, first: bool, place=is_place_name) -> bool:
        f = t.fold
        if not t.is_cap or t.is_upper or t.i in multi_tokens:
            return False
        if (t.sentence in headline or t.i in headline_line) and headline_word(f, lang):
            return False
        if f in not_names or f in org_suffixes or f in street_suffixes:
            return False
        if place(t):
            return False
        if first and t.sent_initial:
            return zipf_frequency(f, lang) < COMMON_ZIPF - 1.0
        return zipf_frequency(f.removesuffix("'s").removesuffix("’s"), lang) < COMMON_ZIPF

    k = 0
    n = len(tokens)
    while k < n:
        if not tokens[k].is_cap:  # most tokens: no run starts here
            k += 1
            continue
        run = []
        m = k
        while (
            m < n
            and tokens[m].is_cap
            and tokens[m].sentence == tokens[k].sentence
            and (m == k or tokens[m].gap_before == " ")
            and nameish(tokens[m], m == k)
        ):
            run.append(tokens[m])
            m += 1
        if len(run) >= 2:
            for t in run:
                names.add(t.fold)
                names.add(t.fold.removesuffix("'s").removesuffix("’s"))
        k = max(m, k + 1)

    def plain(t: Token) -> bool:
        # capitalised, no part of a longer name, no lexicon word: however frequent
        return t.is_cap and not t.is_upper and t.i not in multi_tokens and t.fold not in not_names

    # after a given name, a word is a surname unless a place bears it as its own name
    _given_before_surname(
        tokens,
        lex,
        lambda t, first: nameish(t, first, is_own_place_name),
        names,
        direct,
        plain,
        is_own_place_name,
        is_region_or_seat,
    )


def _given_before_surname(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    nameish,
    names: set[str],
    direct: set[int],
    plain=lambda t: False,
    own_place=lambda t: False,
    container=lambda t: False,
) -> None:
    """A given name (``first_names.csv``) right before an uncommon capitalised word that
    is no place is a person even when the given name is a country, a big city or a
    frequent word ("Chad Kowalski", "Jordan Jansen", "Paris Hilton"): both tokens are
    people where they stand, and the surname wherever it recurs. The given name stays a
    place elsewhere ("Chad" the country later in the article). Not when the pair goes on
    into a longer name ("Georgia Modular Systems", "Torrington Fire Department"), the
    second word is a plural ("Georgia Bulldogs", "Jordan Juniors": its singular is the
    more frequent word), the first a function word ("The Torrington") or the pair follows
    an article ("the George Twickenham", a pub). A country or big city bearing the word
    as its own name is the surname after a given name that no place bears and that
    does not open the sentence ("Michael Jordan", "Jack London"): ``plain`` says a
    word is capitalised, no part of a longer name and no lexicon word, however frequent
    (a country's name is), ``own_place`` whether a country, region or big city bears it
    as its own name. A town's name is the surname after a given name that a country, a
    region or a capital bears, too (``container``: "Georgia Austin scored", "Jordan
    Sydney said"): English writes a container after its town ("Austin, Texas"), never
    before it."""
    from geomap.geoparse._wordlists import first_names
    from geomap.lexicons import phrase_lexicon
    from geomap.text import zipf as zipf_frequency

    given = first_names()
    particles = phrase_lexicon(lex.lang).particles
    n = len(tokens)
    for t in tokens:
        if not t.is_cap or t.is_upper or t.text not in given or t.fold in lex.determiners:
            continue
        if t.sent_initial and t.fold in particles:
            continue  # "Even X, a town of ...", "Just X ...": a focus particle, capitalised
        u = tokens[t.i + 1] if t.i + 1 < n else None
        if u is None or u.sentence != t.sentence or u.gap_before != " ":
            continue
        if not nameish(u, False) and not (
            own_place(u)
            and plain(u)
            and (not own_place(t) or container(t) and not container(u))
            and t.fold not in lex.person_titles  # "Major Mich. utilities"
            and not (
                t.sent_initial
                and zipf_frequency(t.fold, lex.lang) >= WEIGHTS.opening_given_name_zipf
            )
        ):
            continue
        if u.text in given and _after_place_preposition(tokens, t, lex):
            continue  # "the mayor in Florence Thomas Weber": a town, then a person
        p = tokens[t.i - 1] if t.i > 0 else None
        if (
            p is not None
            and p.sentence == t.sentence
            and p.fold in lex.determiners
            and t.gap_before == " "
        ):
            # "The George Twickenham", a pub: a person's name takes no article; a word
            # before a colon is none ("Q&A: Dominika Němeček", session 28)
            continue
        v = tokens[u.i + 1] if u.i + 1 < n else None
        if v is not None and v.sentence == u.sentence and v.gap_before == " " and v.is_cap:
            continue
        f = u.fold
        if (
            f.endswith("s")
            and f[:-1].title() not in given
            and zipf_frequency(f[:-1], lex.lang) >= zipf_frequency(f, lex.lang)
        ):
            continue
        direct.update((t.i, u.i))
        names.add(f)


def _after_place_preposition(tokens: Sequence[Token], t: Token, lex: PlaceLexicon) -> bool:
    """A place preposition stands right before ``t`` ("in X", "nach X")."""
    if t.i == 0 or t.gap_before != " ":
        return False
    p = tokens[t.i - 1]
    return p.sentence == t.sentence and p.fold in lex.place_prepositions


#: the onsets, vowels and codas of a syllable of Chinese (pinyin, Wade-Giles), Korean
#: (Revised and McCune-Reischauer romanisation) and Vietnamese (without its diacritics)
#: as news writes given names: "Jin"+"ping", "Jae", "yun", "Minh", "Chinh"
_ONSETS = (
    "ngh", "ch", "zh", "sh", "ng", "nh", "kh", "ph", "th", "tr", "gi", "gh", "qu", "ts",
    "hs", "kk", "tt", "pp", "ss", "jj", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m",
    "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z", "",
)  # fmt: skip
_CODAS = ("ng", "nh", "ch", "n", "m", "c", "p", "t", "k", "l", "r", "")
_VOWELS = frozenset("aeiouwy")
#: a given name has at most this many syllables ("Jinping" two, "Yeonggwang" two)
_MAX_SYLLABLES = 3


def _plain_fold(word: str) -> str:
    """``word`` case-folded with its diacritics dropped ("Phạm" -> "pham", "Đỗ" -> "do")."""
    word = word.replace("Đ", "D").replace("đ", "d")
    return "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
    ).casefold()


def _syllables(word: str) -> int:
    """How many romanised East Asian syllables (onset, one to three vowels, coda) make
    up ``word`` with none left over, fewest first; 0 where it is no such chain ("Island",
    "based"). A word is at most a dozen letters, so the search is bounded."""
    w = _plain_fold(word)
    if not w.isalpha() or len(w) > 4 * _MAX_SYLLABLES:
        return 0
    best = {0: 0}  # position -> fewest syllables reaching it
    for i in range(len(w)):
        if i not in best or best[i] >= _MAX_SYLLABLES:
            continue
        for onset in _ONSETS:
            if not w.startswith(onset, i):
                continue
            k = i + len(onset)
            v = k
            while v < len(w) and v - k < 3 and w[v] in _VOWELS:
                v += 1
            for end_v in range(k + 1, v + 1):
                if w[k] in "wy" and end_v == k + 1:
                    continue  # a glide alone is no vowel
                for coda in _CODAS:
                    if w.startswith(coda, end_v):
                        e = end_v + len(coda)
                        if best.get(e, _MAX_SYLLABLES + 1) > best[i] + 1:
                            best[e] = best[i] + 1
    return best.get(len(w), 0)


def east_asian_names(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    spans: Sequence[Span],
    is_region_or_seat=None,
) -> set[int]:
    """The tokens of Chinese, Korean and Vietnamese people's names: a family name of
    ``family_names_east_asia.csv`` followed by a capitalised given name of romanised
    syllables, hyphened ("Ha Nam-yun", "Moon Jae-in") or one word ("Xi Jinping") or up
    to three one-syllable words ("Pham Minh Chinh", "Nguyen Van Mai"): no part of such
    a name is a place ("Ha Nam" of "Ha Nam-yun" is no Hà Nam), in either language
    (issue 21, session 15 round 2). The whole is kept where the gazetteer holds it as
    one place (a mention span from the family name to the name's end or beyond: "Hong
    Kong", "Long Beach"); a given word that is a country, a region or a national capital
    ("An Ohio man"), a determiner or a preposition as the family name, and a German
    common noun as a given word end the name. Linear in the tokens."""
    from geomap.geoparse._wordlists import common_nouns, east_asian_family_names

    family = east_asian_family_names()
    nouns = common_nouns(lex.lang)
    seat = is_region_or_seat or (lambda t: False)
    stops = lex.determiners | lex.place_prepositions | lex.person_titles | lex.not_names
    whole: dict[int, int] = {}
    for s in spans:
        if s.n > 1 and s.candidates and not s.variant:
            for k in range(s.i, s.j + 1):
                whole[k] = max(whole.get(k, -1), s.j)
    out: set[int] = set()
    n = len(tokens)
    for k, t in enumerate(tokens):
        if not t.is_cap or t.is_upper or t.fold in stops or t.text not in family:
            continue
        run = [t]
        j = k + 1
        while j < n and len(run) < 4:
            g = tokens[j]
            if g.sentence != t.sentence or g.gap_before != " " or not g.is_cap or g.is_upper:
                break
            if g.text in nouns or seat(g) or g.fold in stops:
                break
            syl = _syllables(g.text)
            if not syl:
                break
            tail = tokens[j + 1] if j + 1 < n else None
            hyphened = (
                tail is not None
                and tail.sentence == g.sentence
                and tail.gap_before in ("-", "‑")
                and not tail.is_cap
                and _syllables(tail.text) == 1
                and syl == 1
            )
            if hyphened:
                assert tail is not None
                run += [g, tail]
                break  # "Nam-yun": a hyphened given name is the whole given name
            if len(run) > 1 and (syl > 1 or _syllables(run[-1].text) > 1):
                break  # several given words are one syllable each ("Minh Chinh")
            run.append(g)
            if syl > 1:
                break  # "Jinping": a given name of several syllables in one word
            j += 1
        if len(run) < 2 or whole.get(k, -1) >= run[-1].i:
            continue
        out.update(r.i for r in run)
    return out


#: A given name that is a town of at least this many people (``Keren``, 75,000) is not
#: made a person by a "particle" and a common noun after it.
PARTICLE_TOWN_MIN_POPULATION = 50_000


def _town_before_noun_phrase(
    k: int, family: Token, spans: Sequence[Span], nouns: frozenset[str]
) -> bool:
    """A given name that is a big town (``PARTICLE_TOWN_MIN_POPULATION``) before a
    particle whose "family name" is a common noun of a language that capitalises its
    nouns is the town before a prepositional phrase: German ``von``/``zu`` are also
    prepositions (``Keren von der Außenwelt abgeschnitten``, ``Kisumu von der Küste
    aus``), and a noun (``nouns_de.csv``) is no family name there. Without such a town
    (``Hans von der Heide``) or with a family name no noun (``Ursula von der Leyen``)
    the person stands."""
    if not nouns or family.text not in nouns:
        return False
    return any(
        s.i == k == s.j
        and any(
            c.kind == "city" and c.population >= PARTICLE_TOWN_MIN_POPULATION for c in s.candidates
        )
        for s in spans
    )


#: the initials of a name, at most: "J. R. Warren", "J.R. Warren"
_INITIALS_MAX = 3
#: letters that abbreviate a compass word before a place ("N. Korea", "S. Carolina")
_COMPASS_INITIALS = frozenset("NSEW")


def _given_before(tokens: Sequence[Token], k: int) -> bool:
    """A capitalised word stands right before token ``k``, a space between: the initial
    is a middle one ("George W. Bush")."""
    p = tokens[k - 1] if k > 0 else None
    return (
        p is not None
        and p.sentence == tokens[k].sentence
        and tokens[k].gap_before == " "
        and p.is_cap
        and not p.is_upper
        and len(p.text) > 1
    )


def initialled_names(
    tokens: Sequence[Token], is_region, multi_tokens: AbstractSet[int] = frozenset()
) -> set[int]:
    """The tokens of a name written with initials: one to ``_INITIALS_MAX`` capital
    letters, each with its full stop and a space, then a capitalised word (and a second
    one right after it): "J. Paris", "A. J. Lincoln" (issue 21, session 31). No town is
    written after an initial; a compass letter alone abbreviates a compass word ("N.
    Korea", "W. Virginia") unless a given name stands before it ("George W. Bush"),
    letters written close are an initialism ("U.N. Geneva
    talks", "U.S. Army"; "J.R. Warren" is left to the other rules), and a country, a
    region or a continent after the initials (``is_region(token)``) keeps its reading,
    and so does a place's name of several words the initials open or stand in
    (``multi_tokens``: "John F. Kennedy International Airport"). Linear in the tokens.

    >>> from geomap.text import read_text, tokenize
    >>> text = "J. Paris met A. J. Lincoln. N. Korea fired. U.N. Geneva talks."
    >>> toks = tokenize(read_text(text, lang="en"))
    >>> sorted(toks[i].text for i in initialled_names(toks, lambda t: False))
    ['A', 'J', 'J', 'Lincoln', 'Paris']
    """
    out: set[int] = set()
    n = len(tokens)
    k = 0
    while k < n:
        t = tokens[k]
        j = k
        while (
            j < n
            and j - k < _INITIALS_MAX
            and len(tokens[j].text) == 1
            and tokens[j].text.isupper()
            and tokens[j].sentence == t.sentence
            # spaced initials only: "U.S.", "U.N." written close are initialisms
            and (j == k or tokens[j].gap_before == ". ")
        ):
            j += 1
        if j == k:
            k += 1
            continue
        w = tokens[j] if j < n else None
        if (
            w is not None
            and w.sentence == t.sentence
            and w.gap_before in (".", ". ")
            and w.is_cap
            and not w.is_upper
            and len(w.text) > 1
            and not (j - k == 1 and t.text in _COMPASS_INITIALS and not _given_before(tokens, k))
            and not is_region(w)
            and not any(i in multi_tokens for i in range(k, j + 2))
        ):
            out.update(range(k, j + 1))
            v = tokens[j + 1] if j + 1 < n else None
            if v is not None and v.sentence == w.sentence and v.gap_before == " " and v.is_cap:
                out.add(v.i)  # "J. Paul Getty"
        k = j + 1
    return out


def particle_names(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    spans: Sequence[Span],
    is_region_or_seat=None,
) -> set[int]:
    """The tokens of people's names whose family name follows a lower-case particle: a
    given name of ``first_names.csv``, one or two words of the lexicon's
    ``surname_particles`` ("Ana de la Cruz", "Tristan van der Horst", "Paola di Marco")
    and a capitalised word are one person, in either language (issue 21, session 16):
    no part is a place ("Cruz", "Marco" and a town "Ana" stay unread); so is a given
    name, a hyphened Arabic article and a capitalised word ("Samir al-Hadi"). The same
    particles and family name are the person where they recur, capitalised or not ("Van
    der Horst said", "de la Cruz's government", "al-Hadi said"). Kept: a name the
    gazetteer holds whole from the given name to the family name or beyond ("Santiago
    de Compostela", "San Juan de la Maguana"); a given name that is a country, a region
    or a national capital ("Santiago de ..." when the whole is unknown), a title, a
    determiner, a preposition, or a word of ``place_heads_before_particles`` ("Rio de
    ...", "Wadi al-..."). Linear in the tokens."""
    from geomap.geoparse._wordlists import (
        common_nouns,
        hyphened_articles,
        is_given_name,
        place_heads_before_particles,
        surname_particles,
    )

    firsts, seconds = surname_particles(lex.lang)
    if not firsts:
        return set()
    articles = hyphened_articles(lex.lang)
    seat = is_region_or_seat or (lambda t: False)
    stops = (
        lex.determiners | lex.place_prepositions | lex.person_titles | lex.not_names
    ) | frozenset(lex.feature_heads)
    heads = stops | place_heads_before_particles(lex.lang)
    # German capitalises its nouns: a given name that is a noun is the noun there ("am
    # Rand von X")
    nouns = common_nouns(lex.lang) if lex.profile.capitalises_nouns else frozenset()
    whole: dict[int, int] = {}
    for s in spans:
        if s.n > 1 and s.candidates and not s.variant:
            for k in range(s.i, s.j + 1):
                whole[k] = max(whole.get(k, -1), s.j)
    n = len(tokens)

    def family_end(k: int, capitalised_first: bool) -> int | None:
        # the index of the family name after the particle(s) opening at k, or None
        p = tokens[k]
        if p.is_upper or p.is_cap != capitalised_first:
            return None
        if p.fold in articles and k + 1 < n:  # "al-Salem": the article hyphened to it
            f = tokens[k + 1]
            if f.gap_before in _HYPHENS and f.is_cap and f.sentence == p.sentence:
                return k + 1
        if p.fold not in firsts:
            return None
        j = k + 1
        if j < n and not tokens[j].is_cap and tokens[j].fold in seconds:
            if tokens[j].gap_before != " " or tokens[j].sentence != p.sentence:
                return None
            j += 1
        if j >= n:
            return None
        f = tokens[j]
        if f.gap_before != " " or f.sentence != p.sentence or not f.is_cap or f.is_upper:
            return None
        return None if f.fold in stops else j

    out: set[int] = set()
    tails: set[tuple[str, ...]] = set()
    for k, t in enumerate(tokens[:-2]):
        if not t.is_cap or t.is_upper or t.fold in heads or not is_given_name(t.text):
            continue
        if t.text in nouns:
            continue
        p = tokens[k + 1]
        if p.gap_before != " " or p.sentence != t.sentence or seat(t):
            continue
        j = family_end(k + 1, p.is_cap)  # "Paola di Marco", "Michael Van Gerwen"
        if j is None or whole.get(k, -1) >= j:
            continue
        if _town_before_noun_phrase(k, tokens[j], spans, nouns):
            continue  # "Keren von der Außenwelt abgeschnitten": a town, cut off from ...
        out.update(range(k, j + 1))
        tails.add(tuple(x.fold for x in tokens[k + 1 : j + 1]))
    if tails:
        for k, t in enumerate(tokens):
            if k in out or t.fold not in firsts and t.fold not in articles:
                continue
            j = family_end(k, t.is_cap)
            if (
                j is not None
                and tuple(x.fold for x in tokens[k : j + 1]) in tails
                and whole.get(k, -1) < j
            ):
                out.update(range(k, j + 1))
    return out


#: a town bearing a person's whole name yields to the person in a person's context only
#: below this population: a bigger town is what news means by the name
_PERSON_TOWN_MAX_POPULATION = 100_000


def town_named_people(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    spans: Sequence[Span],
    is_dateline=None,
) -> set[int]:
    """The tokens of a person's name that a small town bears whole ("Lauro Müller", a
    Brazilian town of 14,000; "Juan Díaz"): a given name of ``first_names.csv`` (not a
    word opening place names, ``place_heads_before_particles``: "San", "Santa") and a
    family name of ``surnames.csv`` (``is_surname``), optionally with a given name
    between, read as one place's name whose every reading is a town of fewer than
    ``_PERSON_TOWN_MAX_POPULATION`` people, are the person in a person's context
    (issue 21, session 17 round 3): an age set off after it ("Ana Ruiz, 45, said",
    "(45)"), a verb of saying right before or after ("said Ana Ruiz", "Ana Ruiz sagte"),
    a verb only a person does right after (``person_verbs``: "Ana Ruiz met ...", session
    20),
    a title or role right before ("Mayor Ana Ruiz", "Ministerin Ana Ruiz"), a source
    phrase right before (``source_phrases``: "according to", "laut") with the name
    ending its phrase (a comma or the sentence's end after it: not "according to Ana
    Ruiz police"), or an English possessive before a person noun ("Ana Ruiz's wife").
    A place preposition right before and a dateline keep the town ("in Ana Ruiz", "the
    town of ..."): the other rules decide. Linear in the spans."""
    from geomap.geoparse._wordlists import (
        is_given_name,
        is_surname,
        person_nouns,
        person_verbs,
        place_heads_before_particles,
        source_phrases,
    )

    heads = place_heads_before_particles(lex.lang)
    titles, speech = lex.person_titles, lex.speech_verbs
    sources = source_phrases(lex.lang)
    personal = person_nouns(lex.lang)
    n = len(tokens)
    out: set[int] = set()

    def name_word(t: Token) -> bool:
        return t.is_cap and not t.is_upper

    for s in spans:
        if s.n not in (2, 3) or not s.candidates or s.variant:
            continue
        if is_dateline is not None and is_dateline(s):
            continue
        words = tokens[s.i : s.j + 1]
        first, last = words[0], words[-1]
        if not all(name_word(t) for t in words) or first.fold in heads:
            continue
        if any(t.gap_before != " " for t in words[1:]):
            continue
        if not is_given_name(first.text) or not is_surname(last.text):
            continue
        if len(words) == 3 and not (is_given_name(words[1].text) or is_surname(words[1].text)):
            continue
        if any(
            c.kind != "city" or (c.population or 0) >= _PERSON_TOWN_MAX_POPULATION
            for c in s.candidates
        ):
            continue
        prev = tokens[s.i - 1] if s.i > 0 and tokens[s.i - 1].sentence == first.sentence else None
        nxt = tokens[s.j + 1] if s.j + 1 < n and tokens[s.j + 1].sentence == last.sentence else None
        # "according to Ana Ruiz, ...", "laut Ana Ruiz wurde ...": the name ends its
        # phrase (punctuation after it, or in German a lower-case word: no noun)
        ends_phrase = (
            nxt is None
            or nxt.gap_before.strip()[:1] in (",", ".", ";", ":", ")")
            or lex.profile.capitalises_nouns
            and not nxt.is_cap
            and nxt.gap_before == " "
        )
        source = ends_phrase and any(
            s.i - len(p) >= 0
            and tuple(t.fold for t in tokens[s.i - len(p) : s.i]) == p
            and tokens[s.i - len(p)].sentence == first.sentence
            for p in sources
        )
        if (
            not source
            and prev is not None
            and prev.fold in lex.place_prepositions
            and first.gap_before == " "
        ):
            continue  # "in Ana Ruiz", "to Ana Ruiz": the town
        person = source
        if nxt is not None:
            gap = nxt.gap_before
            m = _AGE_GAP.match(gap)
            if m is not None and int(m.group(1) or m.group(2)) <= _MAX_AGE:
                person = True  # "Ana Ruiz, 45, said"
            elif nxt.fold in speech and gap in (" ", ", "):
                person = True  # "Ana Ruiz said", "Ana Ruiz sagte"
            elif nxt.fold in person_verbs(lex.lang) and gap == " ":
                person = True  # "Ana Ruiz met officials": no town meets anyone
            elif (
                nxt.fold == "s"
                and gap in _APOSTROPHES
                and s.j + 2 < n
                and tokens[s.j + 2].fold in personal
            ):
                person = True  # "Ana Ruiz's wife"
        if (
            prev is not None
            and first.gap_before in (" ", ", ")
            and (prev.fold in speech or prev.fold in titles)
        ):
            person = True  # "said Ana Ruiz", "Mayor Ana Ruiz"
        if person:
            out.update(t.i for t in words)
    return out
