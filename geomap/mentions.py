"""Candidate place mentions: which spans of a document could name a place.

The finder is generous on purpose: it proposes every capitalised n-gram (with the
function words a name may contain) in the surface form and in its un-inflected variants
(``Russlands`` -> ``Russland``, ``am Schwarzen Meer`` -> ``Schwarzes Meer``), looks them
all up in one batch, and records the evidence around each span (a determiner before it,
a preposition, a feature head, a title, a street suffix). Deciding is left to
``geomap.resolve``, which weighs that evidence against the gazetteer's candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from gazetteer import Candidate
from geomap.lexicon import PlaceLexicon, demonyms
from geomap.tokens import Token

__all__ = ["Adjective", "Span", "find_adjectives", "find_person_tokens", "find_spans"]

MAX_TOKENS = 6
_JOINERS = {" ", "-", "- ", " -", "‐", "–", ". ", ".", "'", "’", "\u00a0"}


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

    @property
    def n(self) -> int:
        return self.j - self.i + 1


@dataclass(frozen=True)
class Adjective:
    token: Token
    country_code: str


def _joinable(gap: str) -> bool:
    return gap in _JOINERS


def _variants(words: list[str], lex: PlaceLexicon) -> list[str]:
    """Un-inflected forms of a phrase, most likely first (the surface form excluded)."""
    out: list[str] = []
    last = words[-1]
    stems = []
    for suf in lex.name_suffixes:
        if len(last) > len(suf) + 2 and last.endswith(suf):
            stems.append(last[: -len(suf)])
    for s in stems:
        out.append(" ".join(words[:-1] + [s]))
    if len(words) >= 2 and lex.adjective_endings:
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
        combos = [[]]
        for opts in options:
            combos = [c + [o] for c in combos for o in opts][:40]
        for c in combos:
            for h in heads:
                phrase = " ".join(c + [h])
                if phrase not in out:
                    out.append(phrase)
    surface = " ".join(words)
    return [v for v in out if v != surface]


def find_spans(tokens: Sequence[Token], text: str, lex: PlaceLexicon, lookup_many) -> list[Span]:
    """Every capitalised n-gram (up to ``MAX_TOKENS`` tokens) with gazetteer candidates.

    ``lookup_many(names) -> dict[name, list[Candidate]]`` is the gazetteer's batch look-up.
    """
    proposals: list[tuple[Span, list[str]]] = []
    n_tok = len(tokens)
    for a, tok in enumerate(tokens):
        if not tok.is_cap:
            continue
        words = [tok.text]
        for b in range(a, min(n_tok, a + MAX_TOKENS)):
            if b > a:
                nxt = tokens[b]
                if nxt.sentence != tok.sentence or not _joinable(nxt.gap_before):
                    break
                if not nxt.is_cap and nxt.fold not in lex.name_connectors:
                    break
                words.append(nxt.text)
            if not tokens[b].is_cap:
                continue  # a name does not end in a connector
            start, end = tok.start, tokens[b].end
            span = Span(a, b, start, end, text[start:end])
            proposals.append((span, [span.text, *_variants(words, lex)]))
    names = sorted({v for _, vs in proposals for v in vs})
    found = lookup_many(names) if names else {}
    spans: list[Span] = []
    for span, vs in proposals:
        surface = found.get(vs[0]) or []
        if surface:
            span.candidates = list(surface)
            span.base = vs[0]
        else:
            for v in vs[1:]:
                if found.get(v):
                    span.candidates = list(found[v])
                    span.variant = True
                    span.base = v
                    break
        if span.candidates:
            spans.append(span)
    return spans


def find_adjectives(tokens: Sequence[Token], lang: str) -> list[Adjective]:
    """Country adjectives (``russische``, ``Polish``, ``North Korean``) with their country."""
    forms = demonyms(lang)
    out: list[Adjective] = []
    skip_next = False
    for k, tok in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if nxt.sentence == tok.sentence and nxt.gap_before == " ":
                pair = f"{tok.fold} {nxt.fold}"
                if pair in forms:
                    out.append(Adjective(tok, forms[pair]))  # token k stands for the pair
                    skip_next = True
                    continue
        cc = forms.get(tok.fold)
        if cc is None:
            continue
        if lang == "de" and tok.is_cap and not tok.sent_initial and not tok.is_upper:
            # German adjectives are lower case; a capitalised form mid-sentence is a noun
            # ("der Russische" is rare) or part of a name the resolver will see.
            continue
        out.append(Adjective(tok, cc))
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


def find_person_tokens(
    tokens: Sequence[Token],
    lex: PlaceLexicon,
    byline: Iterable[str],
    is_place_name,
) -> tuple[set[str], set[int]]:
    """Names of people: after a title (``Präsident Wladimir Putin``), next to a verb of
    saying (``sagte Kim``), and the byline. Returns the case-folded name tokens, which the
    resolver treats as people wherever they recur, and the token indexes seen directly.

    ``is_place_name(token) -> bool`` says whether a token is a strong place (a country or
    a large city), so ``Präsident Russlands`` does not make ``Russlands`` a person.
    """
    names: set[str] = set()
    direct: set[int] = set()
    for b in byline:
        for part in b.replace("-", " ").split():
            if part[:1].isupper():
                names.add(part.casefold())

    def take(run: list[Token]) -> None:
        if not run or (len(run) == 1 and is_place_name(run[0])):
            return
        if is_place_name(run[0]) and len(run) > 1:
            return
        for t in run:
            names.add(t.fold)
            direct.add(t.i)

    n = len(tokens)
    for k, tok in enumerate(tokens):
        f = tok.fold
        base = f[:-1] if f.endswith("s") and f[:-1] in lex.person_titles else f
        if base in lex.person_titles and (tok.is_cap or lex.lang == "de"):
            m = k + 1
            while m < n and tokens[m].fold in lex.person_titles and tokens[m].sentence == tok.sentence:
                m += 1
            if m < n and tokens[m].fold in ("der", "des", "of", "the") and tokens[m].sentence == tok.sentence:
                m += 1  # "Direktor der Munitionsindustrie Jo Chun Ryong": the run follows
            if m < n and tokens[m].sentence == tok.sentence and tokens[m].gap_before.strip() in ("", "-"):
                take(_cap_run(tokens, m))
        elif f in lex.speech_verbs:
            if k + 1 < n and tokens[k + 1].sentence == tok.sentence and tokens[k + 1].gap_before == " ":
                run = _cap_run(tokens, k + 1, 3)
                take(run)
            if k >= 1 and tokens[k - 1].sentence == tok.sentence and tok.gap_before == " ":
                # "Smith said": walk back over the capitalised run before the verb
                m = k - 1
                while m > 0 and tokens[m - 1].is_cap and tokens[m - 1].sentence == tok.sentence \
                        and _joinable(tokens[m].gap_before) and k - m < 3:
                    m -= 1
                if tokens[m].is_cap and not tokens[m].sent_initial or m < k - 1:
                    take([t for t in tokens[m:k] if t.is_cap])
    return names, direct
