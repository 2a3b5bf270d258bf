"""Why a gold event is not found, in counts only (issue 20, session 28).

    .venv/bin/python benchmarks/event_found_why.py [--split dev|heldout] [--articles ID,ID]
                                                   [--show]

For every gold event of ``benchmarks/corpus/events/`` that geomap did not find (as
``benchmarks/events.py`` matches them), it gives four classes:

* **sentence**: no geomap event in the gold sentence at all; an event of the gold kind there
  that found another gold event (two events merged into one, or the second event of a
  sentence lost); one of the gold kind on another word that found none (the trigger
  convention gap ``benchmarks/events.py`` reports apart as "other word"); or events of another
  kind only (the sentence read as something else);
* **lexicon**: whether a word of the gold trigger is a trigger word of the events lexicon
  (its own matcher, ``_Lexicon.triggers_of``, and its carriers, ``carriers_of``: "struck",
  "traf", whose noun gives the kind) of the gold kind, of another kind only, a carrier only,
  or none: a missing word, against a word the clause rules dropped;
* **shape**: the gold trigger's shape from simple cues: a headline line, a quote, a relative
  clause, a passive or perfect, else a noun or a verb (the lexicon's part of speech when a
  word of it matches; else a capital inside a German sentence, or an article before it);
* **date_shape** and **place_shape**: the gold's own fields;
* **dropped by** (session 29): for a gold event with no geomap event in its sentence, the
  rule that passed over its trigger words (:mod:`geomap.events._why`: the article is read
  with a recorder on; each rule of the clause and trigger readings notes what it dropped).
  A figurative word, an infinitive, a clause told as hypothetical or as background, a
  definite noun naming what the reader knows, a clause with no trigger word at all ("no
  trigger word in the clause": a missing word), ...; for a carrier word ("struck", "traf")
  whether a noun of its kinds stood in its clause, and (``--show``) the words before it.

It prints counts per language and the biggest combined classes (sentence x lexicon x shape).
``--show`` lists each dev miss with its classes (dev only: held-out articles are counted,
never printed). Asserts nothing.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import events as evb  # noqa: E402  (the events benchmark: loader, matcher, kinds)
from event_place_why import _QUOTE_MARKS, _headline, _kind, chosen, parser  # noqa: E402

from geomap.events._vocabulary import _lexicon  # noqa: E402
from geomap.events._why import reason_at, rejections, subject_at  # noqa: E402

_WORD = re.compile(r"\w[\w'-]*")
#: words that open a relative clause, and auxiliaries of a passive or a perfect, within
#: ``_REACH`` words before the trigger (cues, not a parse)
_RELATIVES = {
    "en": frozenset({"who", "which", "that", "whose", "where"}),
    "de": frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "wo"}),
}
_AUXILIARIES = {
    "en": frozenset({"was", "were", "been", "being", "had", "has", "have", "is", "are"}),
    "de": frozenset(
        {
            "wurde",
            "wurden",
            "worden",
            "war",
            "waren",
            "ist",
            "sind",
            "hat",
            "haben",
            "hatte",
            "hatten",
        }
    ),
}
_ARTICLES = {
    "en": frozenset({"a", "an", "the"}),
    "de": frozenset(
        {"ein", "eine", "einer", "einem", "einen", "der", "die", "das", "dem", "den", "des"}
    ),
}
_REACH = 4


def _kind_of_type(t: str) -> str | None:
    return evb.KIND_OF_TYPE.get(t)


def lexicon_class(gold: dict, lang: str) -> tuple[str, str | None]:
    """(ii): is a word of the gold trigger a lexicon trigger word, of which kind; and the
    part of speech of the first matching trigger (verb, noun, weak) or None."""
    lex = _lexicon(lang)
    kinds: set[str | None] = set()
    carrier = False
    pos = None
    for word in _WORD.findall(gold["trigger"]):
        trigs = lex.triggers_of(word)
        for t in trigs:
            kinds.add(_kind_of_type(t.type))
            pos = pos or t.pos
        if lex.carriers_of(word):
            carrier = True
    if gold["kind"] in kinds:
        return "a trigger word of the gold kind", pos
    if kinds:
        return "trigger words of another kind only", pos
    if carrier:
        return "a carrier word only (struck, traf)", None
    return "no lexicon word", None


def shape_class(art: dict, gold: dict, pos: str | None, headline_end: int | None) -> str:
    """(iii): the gold trigger's shape from the gold fields and simple cues."""
    lang = art["lang"]
    text = art["text"]
    s0, _s1 = gold["_sent"]
    t0 = gold["_trig"][0][0]
    if headline_end is not None and s0 < headline_end:
        return "headline line"
    if sum(c in _QUOTE_MARKS for c in text[s0:t0]) % 2 == 1:
        return "in a quote"
    before = [w.lower() for w in _WORD.findall(text[s0:t0])][-_REACH:]
    cut = text[s0:t0].rfind(",")
    if cut >= 0 and any(w in _RELATIVES[lang] for w in _WORD.findall(text[s0 + cut : t0])[:2]):
        return "relative clause"
    if any(w in _AUXILIARIES[lang] for w in before):
        return "passive or perfect"
    first = _WORD.findall(gold["trigger"])
    if pos in ("verb", "noun"):
        return pos
    if pos == "weak":
        return "verb"
    if lang == "de" and first and first[0][:1].isupper() and t0 > s0:
        return "noun"
    if before and before[-1] in _ARTICLES[lang]:
        return "noun"
    return "verb"


def sentence_class(gold: dict, events: list, taken: set[int]) -> str:
    """(i): what geomap made of the gold sentence. ``taken``: the indices of the events that
    found another gold event (an event of the gold kind among them: two events merged into
    one, or the second of a sentence lost; one that found none stands on another word of the
    sentence, the convention gap ``benchmarks/events.py`` reports apart)."""
    s0, s1 = gold["_sent"]
    there = [(i, ev) for i, (ev, (t0, _)) in enumerate(events) if s0 <= t0 < s1]
    if not there:
        return "no geomap event in the sentence"
    same = [i for i, ev in there if _kind(ev) == gold["kind"]]
    if any(i not in taken for i in same):
        return "an event of the gold kind on another word (unmatched)"
    if same:
        return "an event of the gold kind found for another gold event (merge)"
    return "events of another kind only"


_NONE = "no geomap event in the sentence"


def dropped_by(notes: list, text: str, gold: dict, lang: str) -> tuple[str, str | None]:
    """The rule that passed over the gold trigger's words (:func:`reason_at`), from its
    first word that is a trigger word of the gold kind, else a carrier word, else any
    trigger word, else its first word; and the subject words a carrier read, if noted."""
    lex = _lexicon(lang)
    words: list[tuple[int, int, int]] = []  # (preference, start, end)
    for t0, t1 in gold["_trig"]:
        for m in _WORD.finditer(text, t0, t1):
            kinds = {_kind_of_type(t.type) for t in lex.triggers_of(m.group())}
            pref = (
                0
                if gold["kind"] in kinds
                else 1
                if lex.carriers_of(m.group())
                else 2
                if kinds
                else 3
            )
            words.append((pref, m.start(), m.end()))
    if not words:
        return "no rule noted", None
    _pref, w0, w1 = min(words)
    return reason_at(notes, w0, w1), subject_at(notes, w0, w1)


def why(arts: list[dict], show: bool = False) -> tuple[Counter, list[str]]:
    """Counts of ``(language, field, class)`` over the gold events not found, with
    ``("all", "combined", ...)`` for the combined classes; the dev listing when ``show``."""
    counts: Counter = Counter()
    listing: list[str] = []
    for art in arts:
        notes, analysis = rejections(art["text"], art["lang"], art["date"])
        doc = analysis.document
        head = _headline(doc)
        headline_end = doc.sentences[head].end if head is not None else None
        got = [(ev, evb._trigger_span(doc.text, ev)) for ev in analysis.events]
        lang = art["lang"]
        matches = evb.match_events(art, got)
        taken = {m for m in matches if m is not None}
        for gold, match in zip(art.get("event", []), matches, strict=True):
            counts[(lang, "gold", "events")] += 1
            if match is not None:
                continue
            sent = sentence_class(gold, got, taken)
            lexc, pos = lexicon_class(gold, lang)
            shape = shape_class(art, gold, pos, headline_end)
            dropped, subject = (
                dropped_by(notes, art["text"], gold, lang) if sent == _NONE else ("", None)
            )
            row = {
                "sentence": sent,
                "lexicon": lexc,
                "shape": shape,
                "date_shape": gold["date_shape"],
                "place_shape": gold["place_shape"],
                "kind": gold["kind"],
            }
            counts[(lang, "gold", "not found")] += 1
            for field, value in row.items():
                counts[(lang, field, value)] += 1
            counts[(lang, "combined", f"{sent} | {lexc} | {shape}")] += 1
            counts[(lang, "sentence x lexicon", f"{sent} | {lexc}")] += 1
            if dropped:
                counts[(lang, "dropped by", dropped)] += 1
                counts[(lang, "lexicon x dropped by", f"{lexc} | {dropped}")] += 1
            if show:
                listing.append(
                    f"{gold['id']:34} {gold['trigger']!r:28} {gold['kind']:26} | "
                    + " | ".join(row[f] for f in ("sentence", "lexicon", "shape"))
                    + (f" | dropped by: {dropped}" if dropped else "")
                    + (f" | {subject}" if subject else "")
                )
    return counts, listing


FIELDS = (
    "sentence",
    "lexicon",
    "sentence x lexicon",
    "dropped by",
    "lexicon x dropped by",
    "shape",
    "kind",
    "date_shape",
    "place_shape",
)


def print_fields(counts: Counter, fields: tuple[str, ...], width: int) -> None:
    """Print the counts of ``(language, field, value)`` field by field, biggest first, with
    de / en / all columns (this script and event_day_why.py)."""
    for field in fields:
        print(f"\n[{field}]  (de / en / all)")
        values = {v for (_lang, f, v) in counts if f == field}
        for v in sorted(
            values, key=lambda v: (-counts[("de", field, v)] - counts[("en", field, v)], v)
        ):
            de, en = counts[("de", field, v)], counts[("en", field, v)]
            print(f"  {v:<{width}}{de:>5}{en:>5}{de + en:>5}")


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--top", type=int, default=10, help="how many combined classes to print")
    args = ap.parse_args(argv)
    arts, show = chosen(args)
    counts, listing = why(arts, show)
    de_n, en_n = counts[("de", "gold", "not found")], counts[("en", "gold", "not found")]
    de_g, en_g = counts[("de", "gold", "events")], counts[("en", "gold", "events")]
    print(
        f"{args.split}: {len(arts)} articles; gold events not found: de {de_n} of {de_g}, "
        f"en {en_n} of {en_g}, all {de_n + en_n} of {de_g + en_g}"
    )
    print_fields(counts, FIELDS, 96)
    print(f"\n[combined: sentence | lexicon | shape], the {args.top} biggest  (de / en / all)")
    combined: Counter = Counter()
    for (_lang, f, v), n in counts.items():
        if f == "combined":
            combined[v] += n
    for v, n in sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]:
        print(
            f"  {v:<110}{counts[('de', 'combined', v)]:>5}{counts[('en', 'combined', v)]:>5}{n:>5}"
        )
    for line in listing:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
