"""Time expressions in news text: find them, and resolve them against the article's date.

A news report dates its events relative to the day it was written ("am Mittwoch",
"yesterday", "hours before the meeting"), so every expression is resolved against an
*anchor*: the date given by the caller, or else the header date. Rules (see docs/events.md):

- A weekday is the most recent such day **on or before** the anchor (a report written on a
  Wednesday that says "am Mittwoch" means that day; "on Tuesday" means the day before).
  ``next``/``nächsten`` turns this into the first such day after the anchor.
- Day words (``gestern``, ``yesterday``, ``am Vortag``...) are offsets in days; numbers of
  days ago are read as dateparser reads them.
- Explicit dates (``13. September 2023``, ``Sept. 13``) are read as dateparser reads them
  with ``RELATIVE_BASE`` = anchor and ``PREFER_DATES_FROM='past'``: the plain shapes here
  (:func:`_plain_day`, the same answers), any other through dateparser itself.
- A phrase relative to another event (``wenige Stunden vor dem Treffen``) cannot be dated
  here: it comes back with ``relation`` ``before``/``after``, the words naming the event in
  ``ref`` and ``same_day``/``offset_days``; :mod:`geomap.events._dating` finds that event.
- When the anchor is only a month, day-relative expressions keep their weekday (so their
  order survives) but their date is ``None`` with precision ``month``.
- Spans of days (``in der Nacht zum Sonntag``, ``Mitte vergangener Woche``, ``late last
  month``, ``in the first week of October``, ``earlier this year``) come back as ``start``
  and ``end`` with a precision (``day``, ``week``, ``month``, ``year``): a calendar rule
  dateparser has no notion of (it returns one day for them), so the lexicon's words and the
  rules here read them. A span still to come gives no date.

The word lists live in ``geomap/lexicons/events_<lang>.toml`` (section ``time``); month and
weekday names come from babel's CLDR data.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, cached_property, lru_cache, reduce
from operator import or_
from typing import Any

from dateutil.easter import easter

from geomap.lexicons import language_profile, month_name_pairs, read_toml
from geomap.model import Header

__all__ = [
    "TimeSpan",
    "TimeValue",
    "anchor_date",
    "find_times",
    "resolve_time",
]


@dataclass(frozen=True, slots=True)
class TimeValue:
    """What a time expression says about the date of an event.

    ``date`` is an ISO day or ``None``; ``precision`` is ``day``, ``week``, ``month``,
    ``year`` or ``None``. ``relation`` is ``before``/``after``/``None``: relative to the
    event named by ``ref`` (``"previous"`` for the event reported just before), which the
    caller has to find; ``same_day`` and ``offset_days`` say how far from it.
    ``weekday`` (0 = Monday) is kept when only the month is known, so order survives.
    """

    date: str | None
    precision: str | None
    text: str
    relation: str | None = None
    ref: str | None = None
    same_day: bool = False
    offset_days: int | None = None
    weekday: int | None = None
    month: str | None = None  # "2023-09" when only the month is known
    kind: str = "date"
    # the span of days the words give ("last week", "Anfang Mai"); ``date`` is then its
    # first day and ``precision`` says ``week`` or ``month``
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A time expression found in a text: offsets relative to that text, and its kind."""

    start: int
    end: int
    text: str
    # date | numeric | month | weekday | night | day | ago | week | weekpart | lastweek |
    # lastmonth | weekend | year | event | previous
    kind: str


def anchor_date(header: Header | None, override: date | None) -> tuple[date | None, str | None]:
    """The date the article's relative expressions count from, and its precision.

    ``override`` (the caller knows the day) wins. Otherwise the header date: a partial
    date ``2023-09`` gives the first of the month with precision ``month`` (the day is then
    meaningless and :func:`resolve_time` will not invent one).

    >>> anchor_date(Header(date="2023-09"), None)
    (datetime.date(2023, 9, 1), 'month')
    >>> anchor_date(Header(date="2023-09"), date(2023, 9, 13))
    (datetime.date(2023, 9, 13), 'day')
    """
    if override is not None:
        return override, "day"
    if header is None or not header.date:
        return None, None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", header.date.strip()[:10])
    if not m:
        return None, None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return date(year, int(month), int(day)), "day"
        if month:
            return date(year, int(month), 1), "month"
        return date(year, 1, 1), "year"
    except ValueError:
        return None, None


# ---------------------------------------------------------------------------------------
# lexicon and patterns


@dataclass(frozen=True)
class _TimeLexicon:
    lang: str
    months: dict[str, int]  # folded name or abbreviation -> month
    weekdays: dict[str, int]  # folded name -> 0..6
    prepositions: frozenset[str]
    next_words: frozenset[str]
    last_words: frozenset[str]
    relative_days: dict[str, int]
    same_day_units: frozenset[str]
    day_units: frozenset[str]
    soon: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    # ``[relative] during``: "during the storm", "während des Sturms": the day of the event
    # the noun names (session 20, round 2)
    during: tuple[str, ...]
    # words that open a place phrase, never an event's name: "nachdem in X ..." is a clause
    # whose own time follows, not "after <the event in X>" ([time.relative] place_openers;
    # session 22, h22-evde)
    place_openers: frozenset[str]
    # relation words that are conjunctions only ("nachdem"): a clause after one with a day of
    # its own is no relative time ([time.relative] conjunctions; session 22, round 2)
    conjunctions: frozenset[str]
    previous_day: tuple[str, ...]
    before_previous: tuple[str, ...]
    next_day: tuple[str, ...]
    same_day_after_previous: tuple[str, ...]
    week: tuple[str, ...]
    last_week: tuple[str, ...]
    this_month: tuple[str, ...]
    earlier: frozenset[str]
    later: frozenset[str]
    week_units: frozenset[str]
    month_prefixes: frozenset[str]  # every part word before a month, week or year
    month_prefix_parts: dict[str, frozenset[str]]
    numbers: dict[str, int]
    # (kind, regex source, key words) of each time pattern; :attr:`patterns` compiles them
    sources: tuple[tuple[str, str, tuple[str, ...]], ...]
    # the patterns without IGNORECASE, for the lower-cased text: Python's re finds a
    # literal prefix only in case-sensitive patterns, which makes the scan 3-4 times faster
    lowered: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]
    last_month_of: tuple[str, ...] = ()
    last_week_of: tuple[str, ...] = ()
    # "am Montag vor einer Woche": the word before a count of weeks after a weekday
    weekday_weeks_back: frozenset[str] = frozenset()
    last_year_of: tuple[str, ...] = ()
    last_night: frozenset[str] = frozenset()
    month_so_far: frozenset[str] = frozenset()  # "this month": a month, no preposition needed
    # "an overnight curfew": after these a last-night word modifies a noun, it dates nothing
    last_night_not_after: frozenset[str] = frozenset()
    week_before_last: frozenset[str] = frozenset()
    # "am vorletzten Wochenende": the weekend before the latest one
    weekend_before_last: frozenset[str] = frozenset()
    same_day_before_previous: frozenset[str] = frozenset()
    after_previous: frozenset[str] = frozenset()
    eve: frozenset[str] = frozenset()
    last_year_suffix: tuple[str, ...] = ()
    week_ordinals: dict[str, int] = field(default_factory=dict)
    half_ordinals: dict[str, int] = field(default_factory=dict)
    hour_units: frozenset[str] = frozenset()
    half_suffix: tuple[str, ...] = ()
    half_year_nouns: tuple[str, ...] = ()
    next_month_of: tuple[str, ...] = ()
    # full month names: a full stop after one ends the sentence ("in mid-May."), after an
    # abbreviation it belongs to it ("Sept.")
    wide_months: frozenset[str] = frozenset()
    # month spellings dateparser does not read: a plain date with one has no day
    undated_months: frozenset[str] = frozenset()
    # articles that open a sentence before a name holding a month ("A Long March 7 rocket")
    name_articles: frozenset[str] = frozenset()
    # number words dateparser does not read in a count of days ago: no day either
    undated_ago_numbers: frozenset[str] = frozenset()
    # a hedge between "vor" and its count ("vor knapp zwei Wochen", "vor gut einem Monat"):
    # the count still dates, as English "about a week ago" does (the hedge stands before it)
    ago_hedges: frozenset[str] = frozenset()
    # a day of the month with no month ("on the 2nd", "am 4."): what may follow it, so that
    # "on the 2nd floor" and "am 4. Tag" stay no dates (``[time] month_day_*``)
    month_day_followers: frozenset[str] = frozenset()
    month_day_any_lowercase: bool = False
    # named days of the calendar (``[time] holidays``: "christmas eve" -> "12-24"; ``[time]
    # easter_days``: "easter monday" -> 1, days after Easter Sunday; ``[time] holiday_nights``:
    # "silvesternacht" -> "12-31", the night from that day into the next). Session 30.
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)
    easter_days: dict[str, int] = field(default_factory=dict)
    holiday_nights: dict[str, tuple[int, int]] = field(default_factory=dict)

    @cached_property
    def ago_hedge_words(self) -> re.Pattern[str]:
        """The hedges as whole words or phrases, each with the space after it."""
        return re.compile(rf"(?<!\w)(?:{_alt(self.ago_hedges)})\s+", re.IGNORECASE)

    @cached_property
    def patterns(self) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
        """The patterns with IGNORECASE, for a text whose lower-casing moves offsets (a
        dotted capital I): compiled when such a text first comes, not with the lexicon (most
        processes never see one, and compiling them was a fifth of the lexicon's cost)."""
        return tuple((k, re.compile(p, re.IGNORECASE), keys) for k, p, keys in self.sources)

    @cached_property
    def key_words(self) -> _KeyWords:
        """The patterns' key words as bits: which of them a text holds."""
        return _KeyWords([keys for _, _, keys in self.lowered])


class _KeyWords:
    """Which of the time patterns' key words a text holds, as one bit mask.

    A key word made of word characters only lies inside one run of word characters
    wherever it occurs, so a text holds it exactly when one of its words does. Each
    distinct word is tested against every key word once (the answers are remembered,
    bounded, across texts); a text is then one dictionary look-up per distinct word. This
    replaced a substring test per key word and text (``any(map(text.__contains__,
    keys))``: two thirds of :func:`find_times`). A key word with other characters is
    tested on the whole text; ``DIGIT_KEY`` stands for any digit, and a key word after
    ``WHOLE`` must be a whole word of the text. Keys after ``ALSO`` are a second group: a
    text must hold one of each (``\\d`` and a part word for "early 2025": most texts with
    a digit hold no part word; session 24)."""

    def __init__(self, groups: Sequence[tuple[str, ...]]) -> None:
        split = [_key_groups(keys) for keys in groups]
        words = sorted({k for first, second in split for k in (*first, *second)})
        bit = {k: 1 << n for n, k in enumerate(words)}
        self.masks = tuple(sum(bit[k] for k in first) for first, _ in split)  # per pattern
        self.also = tuple(sum(bit[k] for k in second) for _, second in split)
        self._whole = {k[len(WHOLE) :]: bit[k] for k in words if k.startswith(WHOLE)}
        self._plain = tuple((k, bit[k]) for k in words if _WORD_RUN.fullmatch(k))
        # does a word hold any plain key at all: one search in C, most words hold none
        self._any_plain = (
            re.compile("|".join(re.escape(k) for k, _ in self._plain)) if self._plain else None
        )
        self._other = tuple(
            (k, bit[k])
            for k in words
            if k != DIGIT_KEY and not k.startswith(WHOLE) and not _WORD_RUN.fullmatch(k)
        )
        self._digit = bit.get(DIGIT_KEY, 0)  # a digit is a word character too
        self._memo: dict[str, int] = {}
        self._scans: dict[int, tuple[int, ...]] = {}

    def scanned(self, held: int) -> tuple[int, ...]:
        """The indices of the patterns a text holding the key words ``held`` must be scanned
        with (a pattern with no key words always), in order: remembered per mask, so that a
        text walks only those, not every pattern (a text holds few distinct masks' worth of
        keys: the same masks recur across texts)."""
        got = self._scans.get(held)
        if got is None:
            got = tuple(
                n
                for n, (need, also) in enumerate(zip(self.masks, self.also, strict=True))
                if not need or (need & held and (not also or also & held))
            )
            if len(self._scans) >= _KEY_MEMO_SIZE:
                self._scans.clear()
            self._scans[held] = got
        return got

    def held(self, folded: str) -> int:
        """The bits of the key words ``folded`` (a case-folded text) holds: the words not
        seen before are worked out (a set difference in C finds them), then every word's
        bits are joined in C (a Python step per word cost a tenth of ``find_times``)."""
        memo = self._memo
        words = set(_WORD_RUN.findall(folded))
        new = words.difference(memo)
        if new:
            if len(memo) + len(new) > _KEY_MEMO_SIZE:
                memo.clear()  # bounded: started afresh, every word of this text is new
                new = words
            for word in new:
                got = self._whole.get(word, 0)
                if self._any_plain is not None and self._any_plain.search(word):
                    got |= sum(b for k, b in self._plain if k in word)
                if self._digit and _DIGIT.search(word):
                    got |= self._digit
                memo[word] = got
        mask = reduce(or_, map(memo.__getitem__, words), 0)
        for k, b in self._other:
            if k in folded:
                mask |= b
        return mask


def _key_groups(keys: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A pattern's key words before ``ALSO`` and after it (none after it: no second group).

    >>> _key_groups((DIGIT_KEY, ALSO, "=early", "=late"))
    (('\\\\d',), ('=early', '=late'))
    """
    if ALSO not in keys:
        return keys, ()
    at = keys.index(ALSO)
    if not keys[:at] or not keys[at + 1 :]:
        raise ValueError(f"key words {keys!r}: a group on each side of ALSO")
    return keys[:at], keys[at + 1 :]


_WORD_RUN = re.compile(r"\w+")
# the code points that are no word character (``\w``) but case-fold to one: U+0345, the
# Greek iota subscript, folds to a Greek iota. A whole-word key (``WHOLE``) is read from the
# case-folded text's words, which such a mark would join to the word before it, so
# ``find_times`` reads it as a space there (tests/events/test_time_keys_s24.py derives the
# set from every code point)
_FOLDS_TO_WORD = frozenset("\u0345")
_FOLDS_TO_WORD_AS_SPACE = {ord(c): " " for c in _FOLDS_TO_WORD}
_DIGIT = re.compile(r"\d")
# the key of a pattern every match of which holds a digit (any that ``\d`` matches)
DIGIT_KEY = r"\d"
# before a key word: the text must hold it as a whole word (a run of word characters)
WHOLE = "="
# between two groups of a pattern's key words: every match holds one of each (_KeyWords)
ALSO = "&"
_KEY_MEMO_SIZE = 50_000  # words remembered per language (_KeyWords)


def _alt(words: Any) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    items = sorted({w.casefold() for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in items)


def _longest_words(phrases: Any) -> tuple[str, ...]:
    """The longest word of each phrase (the last of equally long ones), casefolded, as a
    whole-word key (``WHOLE``): for a pattern whose phrases stand between non-word
    characters, every word of a match is a whole word of the text (a long one is rare)."""
    return tuple(
        sorted({WHOLE + max(reversed(p.casefold().split()), key=len) for p in phrases if p.strip()})
    )


def _whole_words(phrases: Any) -> tuple[str, ...]:
    """For a pattern whose phrases stand between non-word characters (``(?<!\\w)`` and
    ``(?!\\w)``, or spaces): the longest word of each phrase made of word characters only,
    as a whole-word key (``WHOLE``); a phrase with no such word keeps its last word as a
    plain key. Every match holds one of them as a whole word of the text, and a long whole
    word is rarer than a last word found inside any word (``later on``: ``later``, not
    ``on``, which nearly every sentence holds inside some word)."""
    out: set[str] = set()
    for p in phrases:
        words = p.casefold().split()
        pure = [w for w in words if _WORD_RUN.fullmatch(w)]
        if pure:
            out.add(WHOLE + max(reversed(pure), key=len))
        elif words:
            out.add(words[-1])
    return tuple(sorted(out))


def _keys(phrases: Any) -> tuple[str, ...]:
    """The last word of each phrase, casefolded: a match of the phrases holds one of them."""
    return tuple(sorted({p.casefold().split()[-1] for p in phrases if p.strip()}))


@cache
def events_toml(lang: str) -> dict[str, Any]:  # for the event modules, not on the face
    """``geomap/lexicons/events_<lang>.toml``, parsed once per process (the events' word
    lists and the time section's readers all read it; each parse of its 80 KB cost a cold
    check 20-30 ms). Shared: read it, never change it."""
    return read_toml(f"events_{lang}.toml")


@cache
def _lexicon(lang: str) -> _TimeLexicon:
    from babel.dates import get_day_names, get_month_names

    lang = language_profile(lang).lang  # anything unsupported reads as English
    raw = events_toml(lang)["time"]
    rel = raw["relative"]
    months: dict[str, int] = {}
    for name, num in month_name_pairs((lang,), ("format",)):
        months[name.casefold().rstrip(".")] = num
    # spellings CLDR does not list ("Sept." in English)
    months.update({k.casefold(): int(v) for k, v in raw.get("extra_months", {}).items()})
    weekdays = {name.casefold(): num for num, name in get_day_names("wide", locale=lang).items()}
    month_alt = _alt(months)
    day_alt = _alt(weekdays)
    ordinal = r"(?:st|nd|rd|th)?"
    ranges = _alt(raw.get("range_words", ["-"]))
    num_words = {k.casefold(): int(v) for k, v in raw.get("numbers", {}).items()}
    number = rf"(?:\d+|{_alt(num_words)})"
    hedged = rf"(?:(?:{_alt(rel['ago_hedges'])})\s+)?" if rel.get("ago_hedges") else ""
    soon = _alt(rel["soon"])
    part_phrases = [*rel["month_prefixes"], *rel.get("part_prefixes", [])]
    parts = _alt(part_phrases)
    last_week_all = [*rel["last_week"], *rel.get("last_week_of", [])]
    day_parts = _alt(rel.get("day_parts", ["-"]))
    # "a fortnight ago": units only dateparser needs to read
    unit_words = [
        *rel["same_day_units"],
        *rel["day_units"],
        *rel["week_units"],
        *rel.get("ago_units", []),
    ]
    units = _alt(unit_words)
    # "48 hours later", "zwei Stunden später": hours count too (24 or more: whole days)
    day_week = _alt([*rel["same_day_units"], *rel["day_units"], *rel["week_units"]])
    earlier_later = _alt([*rel["earlier"], *rel["later"]])
    rel_prep = _alt([*rel["before"], *rel["after"], *rel.get("during", [])])
    # ``[relative] named_event``: determiners after a day-before phrase that open the event it
    # counts from ("the day before the election", "the day after his arrest")
    named = rel.get("named_event", [])
    not_named = rf"(?![ \t]+(?:{_alt(named)})[ \t])" if named else ""
    preps = _alt(raw["prepositions"])
    back_words = rel.get("weekday_weeks_back", [])
    weeks_back = (
        rf"(?:\s+(?:{_alt(back_words)})\s+{number}\s+(?:{_alt(rel['week_units'])})(?!\w))?"
        if back_words
        else ""
    )
    nextlast = _alt([*raw["next_words"], *raw["last_words"], *raw.get("this_words", [])])
    this_words = raw.get("this_words", [])
    not_this = rf"(?![ \t]+(?:{_alt(this_words)})(?!\w))" if this_words else ""
    wd_keys = tuple(weekdays)
    # every pattern keyed by the months below reads a month name between word boundaries
    # (``\b`` or a space before it, ``\b`` after it): a match holds it as a whole word, so
    # the key is the whole word, not the name found inside any word (``mar`` in "market",
    # ``dec`` in "decided", ``mai`` in "Mainz"; session 24)
    month_keys = _whole_words(months)
    this_last_month = [
        *rel["this_month"],
        *rel.get("last_month_of", []),
        *rel.get("next_month_of", []),
    ]
    halves = rel.get("half_ordinals", {})
    half_suffix = rel.get("half_suffix", [])
    half_years = rel.get("half_year_nouns", [])
    year_words = [*rel.get("this_year_of", []), *rel.get("last_year_of", [])]
    week_words = [*rel.get("this_week_of", []), *rel.get("last_week_of", [])]
    month_units = rel.get("month_units", [])
    year_units = rel.get("year_units", [])
    end_words = [*rel.get("earlier_end", []), *rel.get("later_end", [])]
    ordinals = rel.get("week_ordinals", {})
    month_nouns = _alt(rel.get("month_nouns", ["-"]))
    half_nouns = rf"{month_alt}|{month_nouns}|{_alt(half_years or ['-'])}"
    holiday_names = [
        *_named(raw.get("holidays", [])),
        *_named(raw.get("easter_days", [])),
        *_named(raw.get("holiday_nights", [])),
    ]
    # Order matters: earlier kinds win ties at the same start; longer matches win overall.
    # The third item: words one of which every match holds (casefolded), so that a pattern
    # runs only over texts that may hold it; empty: always.
    pats: list[tuple[str, str, tuple[str, ...]]] = [
        # "in der Nacht zum Sonntag", "overnight Sunday into Monday": the second day; keyed by
        # the night phrase's longest word (it stands between "(?<!\w)" and a space: a whole
        # word of every match), far rarer than a weekday (session 24)
        (
            "night",
            rf"(?<!\w)(?:{_alt(rel.get('night_to', ['-']))})\s+(?:{day_alt})\w*",
            _whole_words(rel.get("night_to", [])) or wd_keys,
        ),
        (
            "night",
            rf"(?<!\w)(?:{_alt(rel.get('night_from', ['-']))})\s+(?:{day_alt})\w*\s+"
            rf"(?:{_alt(rel.get('night_into', ['-']))})\s+(?:{day_alt})\w*",
            _whole_words(rel.get("night_from", [])) or wd_keys,
        ),
        ("date", r"\b\d{4}-\d{2}-\d{2}\b", (DIGIT_KEY,)),
        # "14 and 15 June", "vom 14. bis 16. Juni", "June 14-16": the first day, the span
        (
            "dayrange",
            rf"\b\d{{1,2}}\.?{ordinal}\s*(?:[-–]|\s(?:{ranges})\s)\s*\d{{1,2}}\.?{ordinal}"
            rf"\s+(?:of\s+)?(?:{month_alt})\b\.?(?:,?\s+\d{{4}}\b)?",
            month_keys,
        ),
        (
            "dayrange",
            rf"\b(?:{month_alt})\b\.?\s+\d{{1,2}}{ordinal}\s*(?:[-–]|\s(?:{ranges})\s)\s*"
            rf"\d{{1,2}}{ordinal}\b(?:,?\s+\d{{4}}\b)?",
            month_keys,
        ),
        ("numeric", r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b", (DIGIT_KEY,)),
        ("date", r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)", (DIGIT_KEY,)),
        (
            "date",
            rf"\b\d{{1,2}}\.?{ordinal}\s+(?:of\s+)?(?:{month_alt})\b\.?(?:,?\s+\d{{4}}\b)?",
            month_keys,
        ),
        (
            "date",
            rf"\b(?:{month_alt})\b\.?\s+\d{{1,2}}{ordinal}\b(?:,?\s+\d{{4}}\b)?",
            month_keys,
        ),
        (
            "month",
            # "Ende Mai", "last October", "im Oktober vergangenen Jahres"
            rf"(?:\b(?:{parts})[\s-]+)?(?:\b(?:{_alt(raw['last_words'])})\s+)?"
            rf"\b(?:{month_alt})\b\.?(?:\s+\d{{4}}\b)?"
            rf"(?:\s+(?:{_alt(rel.get('last_year_of', ['-']))})(?!\w))?",
            month_keys,
        ),
        (
            "month",
            rf"\b(?:{parts})[\s-]+(?:{_alt(this_last_month)})(?!\w)",
            _keys(this_last_month),
        ),
        # "this month", "im Laufe des Monats": the anchor's month so far (no part of it)
        (
            "month",
            rf"(?<!\w)(?:{_alt(rel.get('month_so_far', ['-']))})(?!\w)",
            _keys(rel.get("month_so_far", [])),
        ),
        # "Ende vergangenen Jahres", "earlier this year": a part of a year ("yearpart", a
        # date, unlike a bare "last year")
        (
            "yearpart",
            rf"\b(?:{parts})[\s-]+(?:{_alt(year_words or ['-'])})(?!\w)",
            _keys(year_words),
        ),
        (
            "year",
            rf"(?<!\w)(?:{_alt(rel.get('last_year', ['-']))})(?!\w)",
            _keys(rel.get("last_year", [])),
        ),
        # "Ende 2024", "in early 2025", "mid-2024": a third of a year named by its number
        (
            "yearpart",
            rf"\b(?:{parts})[\s-]+\d{{4}}\b",
            # the year's digits (rarer than a part word: "of", "late") and the part's longest
            # word, whole: after "\b", before a space or a hyphen (session 24)
            (DIGIT_KEY, ALSO, *_whole_words(part_phrases)),
        ),
        # "in the first half of May", "in der ersten Maihälfte", "the second half of last
        # year", "in der ersten Jahreshälfte"
        (
            "half",
            rf"(?<!\w)(?:{_alt(halves or ['-'])})\s+(?:"
            rf"(?:{_alt(rel.get('half_of', ['-']))})\s+(?:{half_nouns})(?:\s+\d{{4}})?(?!\w)"
            + (rf"|(?:{half_nouns})(?:{_alt(half_suffix)})(?!\w)" if half_suffix else "")
            + ")",
            _keys(halves),
        ),
        # "in the first week of October", "in der ersten Oktoberwoche"
        (
            "monthweek",
            rf"(?<!\w)(?:{_alt(ordinals or ['-'])})\s+"
            rf"(?:(?:{_alt(rel.get('week_of', ['-']))})\s+(?:{month_alt}|{month_nouns})\b"
            rf"|(?:{month_alt})woche\b)",
            _keys(rel.get("week_units", [])),
        ),
        (
            "lastweek",
            rf"(?<!\w)(?:{_alt([*rel['last_week'], *rel.get('week_before_last', [])])})(?!\w)",
            _keys([*rel["last_week"], *rel.get("week_before_last", [])]),
        ),
        (
            "lastmonth",
            rf"(?<!\w)(?:{_alt(rel.get('last_month', ['-']))})(?!\w)",
            _keys(rel.get("last_month", [])),
        ),
        (
            "weekend",
            rf"(?<!\w)(?:{_alt([*rel.get('weekend', ['-']), *rel.get('weekend_before_last', [])])})"
            r"(?!\w)",
            _keys([*rel.get("weekend", []), *rel.get("weekend_before_last", [])]),
        ),
        # "on Christmas Eve", "an Heiligabend", "am Ostermontag", "in der Silvesternacht": a
        # named day of the calendar (session 30, h30-days)
        (
            "holiday",
            rf"(?<!\w)(?:{_alt(holiday_names or ['-'])})(?!\w)",
            _keys(holiday_names),
        ),
        (
            "previous",
            # not "for four days earlier this month": "earlier" opens the month's part
            rf"(?<!\w){number}\s+(?:{day_week})\s+(?:{earlier_later})(?!\w){not_this}",
            tuple(WHOLE + k for k in _keys([*rel["earlier"], *rel["later"]])),
        ),
        (
            "previous",
            rf"(?<!\w){number}\s+(?:{day_week})\s+(?:{_alt(end_words or ['-'])})"
            r"(?=[ \t]*(?:[,.;:!?)]|$))",
            # the unit between spaces ("days"), rarer than the last word ("on")
            _whole_words([*rel["same_day_units"], *rel["day_units"], *rel["week_units"]]),
        ),
        # "vor" and the unit, each a whole word of every match (after "\b" or a space, before
        # a space or "\b"): both needed (ALSO), and "ago" whole (session 24)
        (
            "ago",
            rf"\bvor\s+{hedged}{number}\s+(?:{units})\b",
            (WHOLE + "vor", ALSO, *_whole_words(unit_words)),
        ),
        ("ago", rf"\b{number}\s+(?:{units})\s+ago\b", (WHOLE + "ago",)),
        (
            "monthsago",
            rf"\bvor\s+{hedged}{number}\s+(?:{_alt(month_units or ['-'])})\b",
            (WHOLE + "vor", ALSO, *_whole_words(month_units)) if month_units else ("vor",),
        ),
        (
            "monthsago",
            rf"\b{number}\s+(?:{_alt(month_units or ['-'])})\s+ago\b",
            (WHOLE + "ago",),  # after a space and before "\b": a whole word (session 24)
        ),
        (
            "yearsago",
            rf"\bvor\s+{hedged}{number}\s+(?:{_alt(year_units or ['-'])})\b",
            (WHOLE + "vor", ALSO, *_whole_words(year_units)) if year_units else ("vor",),
        ),
        (
            "yearsago",
            rf"\b{number}\s+(?:{_alt(year_units or ['-'])})\s+ago\b",
            (WHOLE + "ago",),  # rarer than the unit ("year" in "years", "yearly")
        ),
        (
            "day",
            rf"(?<!\w)(?:{_alt(raw['relative_days'])})(?!\w)",
            _keys(raw["relative_days"]),
        ),
        # "late on Sunday", "last week on Friday", "am Dienstag vergangener Woche"
        # "between Friday and Sunday", "von Montag bis Mittwoch": the first day, the span
        # (``[time] range_openers``, ``range_words``; session 30, h30-days)
        (
            "weekdayrange",
            rf"(?<!\w)(?:{_alt(raw.get('range_openers', ['-']))})\s+(?:{day_alt})\w*\s+"
            rf"(?:{ranges})\s+(?:{day_alt})\w*",
            wd_keys,
        ),
        (
            "weekday",
            rf"(?<!\w)(?:(?:{_alt(last_week_all)})\s+)?(?:(?:{day_parts})\s+)?"
            rf"(?:(?:{preps})\s+)?(?:(?:{nextlast})\s+)?(?:{day_alt})\w*"
            rf"(?:\s+(?:{_alt(last_week_all)})(?!\w))?"
            # "am Montag vor einer Woche": that weekday in the week N weeks back
            rf"{weeks_back}",
            wd_keys,
        ),
        *(
            (
                "previous",
                # "the day before the election" counts from the election, not from the event
                # told before (the event pattern below reads it)
                rf"(?<!\w)(?:{_alt(rel.get(key, ['-']))})(?!\w){not_named}",
                _whole_words(rel.get(key, [])),
            )
            for key in (
                "previous_day",
                "before_previous",
                "after_previous",
                "next_day",
                "same_day_after_previous",
                "same_day_before_previous",
            )
        ),
        ("week", rf"(?<!\w)(?:{_alt(rel['week'])})(?!\w)", _keys(rel["week"])),
        # "Mitte vergangener Woche", "late last week": a third of a week
        (
            "weekpart",
            rf"\b(?:{parts})[\s-]+(?:{_alt(week_words or ['-'])})(?!\w)",
            _keys(week_words),
        ),
        (
            "event",
            # "[nur] [wenige|zwei] [Stunden] vor|nach <up to six words>"
            rf"(?<!\w)(?:(?:{soon}|{number})\s+){{0,3}}(?:(?:{units})\s+)?(?:{rel_prep})\s+"
            r"(?:[\w-]+[ \t]+){0,5}[\w-]+",
            _longest_words([*rel["before"], *rel["after"], *rel.get("during", [])]),
        ),
    ]
    day_openers = raw.get("month_day_openers", [])
    if day_openers:
        # "on the 2nd", "am 4.": a day of the month with no month after it; the opener is
        # looked behind so that the span is the day alone (``find_times`` checks what
        # follows it, ``_month_day`` resolves it)
        behind = "|".join(rf"(?<=\b{re.escape(o.casefold())} )" for o in day_openers)
        endings = _alt(raw.get("month_day_endings", ["-"]))
        # keyed by a digit and the opener with its space, as the look-behind reads it
        openers = tuple(sorted({o.casefold() + " " for o in day_openers}))
        pats.append(
            (
                "monthday",
                rf"(?:{behind})\d{{1,2}}(?:{endings})(?!\w)",
                (DIGIT_KEY, ALSO, *openers),
            )
        )
    compounds = rel.get("month_compounds", [])
    if compounds:  # "zu Monatsbeginn": the anchor's month, a part of it
        pats.append(("monthword", rf"(?<!\w)(?:{_alt(compounds)})(?!\w)", _keys(compounds)))
    week_compounds = rel.get("week_compounds", [])
    if week_compounds:  # "zu Wochenbeginn": the anchor's week, a part of it
        pats.append(
            ("weekpart", rf"(?<!\w)(?:{_alt(week_compounds)})(?!\w)", _keys(week_compounds))
        )
    year_compounds = rel.get("year_compounds", [])
    if year_compounds:  # "seit Jahresbeginn": the anchor's year, a part of it
        pats.append(
            ("yearpart", rf"(?<!\w)(?:{_alt(year_compounds)})(?!\w)", _keys(year_compounds))
        )
    if rel.get("last_night"):  # "in der vergangenen Nacht": the night to the report's day
        # the words that make a night phrase name its own day: a weekday, "into", or the
        # word after a last-night word in a longer night phrase ("overnight from")
        lasts = tuple(w.casefold() + " " for w in rel["last_night"])
        night_next = _alt(
            [
                *weekdays,
                *rel.get("night_into", []),
                *(
                    w.casefold()[len(last) :].split()[0]
                    for w in [*rel.get("night_to", []), *rel.get("night_from", [])]
                    for last in lasts
                    if w.casefold().startswith(last)
                ),
            ]
        )
        pats.insert(
            0,
            (
                "lastnight",
                # not "overnight Saturday", "overnight into Sunday": a night of its own
                rf"(?<!\w)(?:{_alt(rel['last_night'])})(?!\w)(?!\s+(?:{night_next})\b)",
                _keys(rel["last_night"]),
            ),
        )
    return _TimeLexicon(
        lang=lang,
        months=months,
        weekdays=weekdays,
        prepositions=frozenset(w.casefold() for w in raw["prepositions"]),
        next_words=frozenset(w.casefold() for w in raw["next_words"]),
        last_words=frozenset(w.casefold() for w in raw["last_words"]),
        relative_days={k.casefold(): int(v) for k, v in raw["relative_days"].items()},
        same_day_units=frozenset(w.casefold() for w in rel["same_day_units"]),
        day_units=frozenset(w.casefold() for w in rel["day_units"]),
        soon=frozenset(w.casefold() for w in rel["soon"]),
        before=tuple(w.casefold() for w in rel["before"]),
        after=tuple(w.casefold() for w in rel["after"]),
        during=tuple(w.casefold() for w in rel.get("during", [])),
        place_openers=frozenset(w.casefold() for w in rel.get("place_openers", [])),
        conjunctions=frozenset(w.casefold() for w in rel.get("conjunctions", [])),
        previous_day=tuple(w.casefold() for w in rel["previous_day"]),
        before_previous=tuple(w.casefold() for w in rel.get("before_previous", [])),
        next_day=tuple(w.casefold() for w in rel["next_day"]),
        same_day_after_previous=tuple(w.casefold() for w in rel["same_day_after_previous"]),
        week=tuple(w.casefold() for w in rel["week"]),
        last_week=tuple(w.casefold() for w in rel["last_week"]),
        this_month=tuple(w.casefold() for w in rel["this_month"]),
        earlier=frozenset(w.casefold() for w in [*rel["earlier"], *rel.get("earlier_end", [])]),
        later=frozenset(w.casefold() for w in [*rel["later"], *rel.get("later_end", [])]),
        week_units=frozenset(w.casefold() for w in rel["week_units"]),
        month_prefixes=frozenset(
            w.casefold() for w in [*rel["month_prefixes"], *rel.get("part_prefixes", [])]
        ),
        month_prefix_parts={
            part: frozenset(w.casefold() for w in rel["month_parts"][part]) for part in _MONTH_PARTS
        },
        numbers=num_words,
        sources=tuple(pats),
        # a pattern with a capital (``\\S``, ``\\D``) keeps IGNORECASE on the lowered text
        lowered=tuple(
            (k, re.compile(p, re.IGNORECASE if p != p.lower() else 0), keys) for k, p, keys in pats
        ),
        last_month_of=tuple(
            w.casefold() for w in [*rel.get("last_month", []), *rel.get("last_month_of", [])]
        ),
        last_week_of=tuple(w.casefold() for w in last_week_all),
        weekday_weeks_back=frozenset(w.casefold() for w in rel.get("weekday_weeks_back", [])),
        last_year_of=tuple(
            w.casefold() for w in [*rel.get("last_year", []), *rel.get("last_year_of", [])]
        ),
        last_night=frozenset(w.casefold() for w in rel.get("last_night", [])),
        month_so_far=frozenset(w.casefold() for w in rel.get("month_so_far", [])),
        last_night_not_after=frozenset(w.casefold() for w in rel.get("last_night_not_after", [])),
        week_before_last=frozenset(w.casefold() for w in rel.get("week_before_last", [])),
        weekend_before_last=frozenset(w.casefold() for w in rel.get("weekend_before_last", [])),
        after_previous=frozenset(w.casefold() for w in rel.get("after_previous", [])),
        same_day_before_previous=frozenset(
            w.casefold() for w in rel.get("same_day_before_previous", [])
        ),
        eve=frozenset(w.casefold() for w in rel.get("eve", [])),
        last_year_suffix=tuple(w.casefold() for w in rel.get("last_year_of", [])),
        week_ordinals={k.casefold(): int(v) for k, v in rel.get("week_ordinals", {}).items()},
        half_ordinals={k.casefold(): int(v) for k, v in halves.items()},
        hour_units=frozenset(w.casefold() for w in rel.get("hour_units", [])),
        half_suffix=tuple(w.casefold() for w in half_suffix),
        half_year_nouns=tuple(w.casefold() for w in half_years),
        next_month_of=tuple(w.casefold() for w in rel.get("next_month_of", [])),
        wide_months=frozenset(n.casefold() for n in get_month_names("wide", locale=lang).values()),
        undated_months=frozenset(w.casefold() for w in raw.get("undated_months", [])),
        name_articles=frozenset(w.casefold() for w in raw.get("name_articles", [])),
        undated_ago_numbers=frozenset(w.casefold() for w in raw.get("undated_ago_numbers", [])),
        ago_hedges=frozenset(w.casefold() for w in rel.get("ago_hedges", [])),
        month_day_followers=frozenset(w.casefold() for w in raw.get("month_day_followers", [])),
        month_day_any_lowercase=bool(raw.get("month_day_any_lowercase", False)),
        holidays={k: _month_day_of(v) for k, v in _named(raw.get("holidays", [])).items()},
        easter_days={k: int(v) for k, v in _named(raw.get("easter_days", [])).items()},
        holiday_nights={
            k: _month_day_of(v) for k, v in _named(raw.get("holiday_nights", [])).items()
        },
    )


def _named(rows: list[str]) -> dict[str, str]:
    """``["christmas eve: 12-24"]`` -> ``{"christmas eve": "12-24"}`` (folded names)."""
    pairs = (row.rsplit(":", 1) for row in rows)
    return {" ".join(name.casefold().split()): value.strip() for name, value in pairs}


def _month_day_of(value: str) -> tuple[int, int]:
    """``"12-24"`` -> ``(12, 24)``."""
    month, day = value.split("-")
    return int(month), int(day)


@cache
def retold_auxiliaries(lang: str) -> tuple[frozenset[str], frozenset[str]]:  # for _carry
    """The auxiliaries of the reported perfect (``[time] retold_auxiliaries``: ``habe``,
    ``hätten``) and the words that still mark an earlier event beside them (``[time]
    retold_earlier``: ``bereits``, ``zuvor``): a sentence after an undated lead that tells
    it in reported speech (``Bewaffnete hätten das Lager am Sonntagabend angegriffen, teilte
    die Diözese mit``) gives the lead its day; one with ``bereits`` tells an earlier event.

    >>> "hätten" in retold_auxiliaries("de")[0]
    True
    """
    raw = events_toml(language_profile(lang).lang)["time"]
    return (
        frozenset(w.casefold() for w in raw.get("retold_auxiliaries", [])),
        frozenset(w.casefold() for w in raw.get("retold_earlier", [])),
    )


@cache
def earlier_auxiliaries(lang: str) -> frozenset[str]:  # for the event modules, not on the face
    """Auxiliaries of a reported event that came before its saying (``they had
    detained``, ``sie hätten festgenommen``): the saying's day is not the event's.

    >>> "had" in earlier_auxiliaries("en")
    True
    """
    lang = language_profile(lang).lang
    raw = events_toml(lang)["time"]
    return frozenset(w.casefold() for w in raw.get("earlier_auxiliaries", []))


@cache
def _later_day_parts(lang: str) -> tuple[str, ...]:
    raw = events_toml(language_profile(lang).lang)["time"].get("relative", {})
    return tuple(w.casefold() for w in raw.get("later_day_parts", []))


def counts_from_clause(text: str, lang: str) -> bool:  # for the event modules, not on the face
    """Does a relation phrase count from a subordinate clause (a ``[time.relative]
    conjunctions`` word among its words: ``Drei Tage nachdem ein Großbrand ...``), not from
    a noun (``Drei Tage nach dem Großbrand``)?

    >>> counts_from_clause("Drei Tage nachdem ein Großbrand", "de")
    True
    >>> counts_from_clause("Drei Tage nach dem Großbrand", "de")
    False
    """
    lex = _lexicon(language_profile(lang).lang)
    return not lex.conjunctions.isdisjoint(text.casefold().split())


def late_in_day(text: str, lang: str) -> bool:  # for the event modules, not on the face
    """Does a time's text name a later part of its day (``am Abend``, ``am
    Dienstagnachmittag``, ``Freitagabend``, ``late on Wednesday``, ``in the evening``): a
    word that is or ends in one of ``[time.relative] later_day_parts`` (German compounds
    put the part after the weekday)? An event told as ``zuvor``, ``earlier`` before such
    a one has the morning and midday of that day to fall in (session 32).

    >>> late_in_day("am Dienstagnachmittag", "de"), late_in_day("am Sonntagmorgen", "de")
    (True, False)
    >>> late_in_day("late on Wednesday", "en"), late_in_day("on Wednesday", "en")
    (True, False)
    """
    parts = _later_day_parts(lang)
    return any(w.endswith(parts) for w in re.findall(r"\w+", text.casefold()))


def counts_time(text: str, lang: str) -> bool:  # for the event modules, not on the face
    """Does a relation phrase count a time (``Zwei Tage nachdem ...``, ``Hours after
    ...``): a unit of days, weeks or hours among its first three words?

    >>> counts_time("Two days after the government unveiled its plans", "en")
    True
    >>> counts_time("vor der Küste", "de")
    False
    """
    lex = _lexicon(language_profile(lang).lang)
    units = lex.same_day_units | lex.day_units | lex.week_units
    return any(w in units for w in text.casefold().split()[:3])


def part_of_this_month(text: str, lang: str) -> bool:  # for the event modules, not on the face
    """Does a month phrase name a part of the report's own month (``seit Mitte des
    Monats``, ``since early this month``: a third of it, no month name, not the month
    before)? Such a start is as recent as a weekday; ``seit Januar`` is not.

    >>> part_of_this_month("seit Mitte des Monats", "de")
    True
    >>> part_of_this_month("seit Mitte Januar", "de")
    False
    >>> part_of_this_month("seit Anfang vergangenen Monats", "de")
    False
    """
    lex = _lexicon(language_profile(lang).lang)
    words = [w.rstrip(".") for w in text.casefold().replace("-", " ").split()]
    if any(w in lex.months for w in words) or re.search(r"\d", text):
        return False
    low = " ".join(words)
    if any(p in low for p in lex.last_month_of):
        return False
    return _part(words, lex) is not None and any(p in low for p in lex.this_month)


@cache
def weekday_names(lang: str) -> tuple[str, ...]:  # for the event modules, not on the face
    """The language's weekday names, folded (CLDR): a word that begins with one names a day
    (``Dienstag``, ``Dienstagabend``).

    >>> "tuesday" in weekday_names("en")
    True
    """
    return tuple(_lexicon(language_profile(lang).lang).weekdays)


def set_for_day(value: TimeValue, text: str, start: int, lang: str, anchor: date) -> TimeValue:
    """``value`` of a day and month with no year (``28. November``) moved to its first
    such day on or after ``anchor`` when the word before it (past one of ``[time]
    prepositions``: ``den``) is one of ``next_words`` (``für``): ``rief für den 28. November
    zu einem Streik auf`` sets the strike for a day still to come, which a plain day and
    month (the latest such day on or before the report) would put a year back; only when
    that day to come is nearer to ``anchor`` than the day gone by. Any other value is
    returned as it is. Session 25 (h25-evde).

    >>> v = TimeValue("2024-11-28", "day", "28. November", kind="date")
    >>> set_for_day(v, "rief für den 28. November auf", 13, "de", date(2025, 11, 13)).date
    '2025-11-28'
    >>> set_for_day(v, "am 28. November", 3, "de", date(2025, 11, 13)).date
    '2024-11-28'

    A day gone by more recently than the one to come stays (``für den 2. April`` in a report
    of 15 April):

    >>> w = TimeValue("2026-04-02", "day", "2. April", kind="date")
    >>> set_for_day(w, "rief für den 2. April auf", 13, "de", date(2026, 4, 15)).date
    '2026-04-02'
    """
    # for the event modules, not on the face
    if value.date is None or value.precision != "day" or re.search(r"\d{4}", value.text):
        return value
    day = date.fromisoformat(value.date)
    if day >= anchor:
        return value
    lex = _lexicon(language_profile(lang).lang)
    words = [w.strip(".,;:") for w in text[max(0, start - 30) : start].casefold().split()[-2:]]
    if len(words) == 2 and words[1] in lex.prepositions:
        words = words[:1]
    if not words or words[-1] not in lex.next_words:
        return value
    for years in (1, 2):
        try:
            later = day.replace(year=day.year + years)
        except ValueError:  # 29 February
            return value
        if later >= anchor:
            # only when the day to come is nearer than the one gone by: "für den 2. April"
            # in a report of 15 April is the day just past (review of session 25, h25-mend)
            if later - anchor >= anchor - day:
                return value
            return replace(value, date=later.isoformat())
    return value


@cache
def relative_pronouns(lang: str) -> frozenset[str]:  # for the event modules, not on the face
    """Words that open a relative clause after a comma (``, die am Montag ... geplündert
    hatten``, ``, who had looted``): its time may be its own verb's.

    >>> "who" in relative_pronouns("en")
    True
    """
    lang = language_profile(lang).lang
    raw = events_toml(lang)["time"]
    return frozenset(w.casefold() for w in raw.get("relative_pronouns", []))


def find_times(text: str, lang: str) -> tuple[TimeSpan, ...]:
    """Every time expression in ``text``, in order, without overlaps (longest wins).

    ``event`` spans ("wenige Stunden vor dem Treffen von Kim") run up to six words past the
    preposition, never across a line break or another time expression; the caller decides
    which of those words names an event, and drops the span when none does (``vor der
    Küste`` is a place, not a time).

    >>> [s.text for s in find_times("Kim war am Dienstag in Russland.", "de")]
    ['am Dienstag']
    """
    lex = _lexicon(lang)
    found: list[tuple[int, int, int, str]] = []
    events: list[tuple[int, int]] = []
    opened: dict[int, int] = {}  # month span start -> its preposition's start ("in April")
    folded = text.casefold()
    if not _FOLDS_TO_WORD.isdisjoint(text):
        # a mark that case-folds to a letter would join the word before it ("May\u0345"
        # folds to "mayι"): read the key words with it as the non-word it is in ``text``
        folded = text.translate(_FOLDS_TO_WORD_AS_SPACE).casefold()
    low = text.lower()
    # the patterns are written in lower case; where lower-casing keeps every offset (all
    # but a few letters such as the dotted capital I), the case-sensitive copies run on it
    haystack, patterns = (low, lex.lowered) if len(low) == len(text) else (text, lex.patterns)
    # every match of a pattern holds one of its key words: a pattern none of whose key
    # words the text holds is not scanned
    key_words = lex.key_words
    for order in key_words.scanned(key_words.held(folded)):
        kind, pat, _ = patterns[order]
        for m in pat.finditer(haystack):
            if kind == "month":
                begin = _plausible_month(text, m, lex)
                if begin is None:
                    continue
                if begin < m.start():
                    opened[m.start()] = begin
            if kind == "event":
                events.append((m.start(), m.end()))
                continue
            if kind == "date" and text[m.start()].isalpha() and _in_a_name(text, m.start(), lex):
                continue  # "a Long March 5 rocket": a name, not the 5th of March
            if kind == "monthday":
                if not _month_day_ends(text, m.end(), lex):
                    continue  # "on the 2nd floor", "am 4. Tag": an ordinal of a noun
                kind = "date"  # a day as explicit as "2 June", only its month implied
            if (
                kind == "lastnight"
                and text[max(0, m.start() - 12) : m.start()].split()[-1:]
                and (
                    text[max(0, m.start() - 12) : m.start()].split()[-1].casefold()
                    in lex.last_night_not_after
                )
            ):
                continue  # "an overnight curfew": a kind of curfew, not a time
            found.append((m.start(), -(m.end() - m.start()), order, kind))
    found.sort()
    spans: list[TimeSpan] = []
    last_end = -1
    for start, neg_len, _order, kind in found:
        end = start - neg_len
        if start < last_end:
            continue
        if kind == "month" and opened.get(start, start) >= last_end:
            start = opened.get(start, start)  # keep "in": it is what makes it a month
        if (
            text[end - 1 : end] == "."
            and text[start : end - 1].split()[-1:]
            and (text[start : end - 1].split()[-1].casefold().rsplit("-", 1)[-1] in lex.wide_months)
        ):
            end -= 1  # "in mid-May.": the sentence's full stop
        spans.append(TimeSpan(start, end, text[start:end], kind))
        last_end = end
    starts = [s.start for s in spans]  # sorted, non-overlapping
    for start, end in events:
        k = bisect.bisect_right(starts, start)
        if k and spans[k - 1].end > start:
            continue  # inside a dated expression
        cut = k < len(starts) and starts[k] < end
        if cut:
            end = starts[k]  # stop before the next time expression
        newline = text.find("\n", start, end)
        if newline >= 0:
            end = newline
        span = text[start:end].rstrip()
        if cut and _clause_with_own_day(span, lex):
            continue
        if _event_head_ok(span, lex, cut=cut):
            spans.append(TimeSpan(start, start + len(span), span, "event"))
    spans.sort(key=lambda s: s.start)
    out: list[TimeSpan] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return tuple(out)


def _clause_with_own_day(span: str, lex: _TimeLexicon) -> bool:
    """Is a relative span that a time expression cuts short a subordinate clause with a day
    of its own: a conjunction (``[time.relative] conjunctions``: ``nachdem``, never a
    preposition) and no comma before the day? ``nachdem die Rebellen am Montag einen Posten
    angegriffen hatten`` names no event to count from; its noun is the clause's subject
    (session 22, round 2, h22-evde).

    >>> _clause_with_own_day("nachdem die Rebellen", _lexicon("de"))
    True
    >>> _clause_with_own_day("nach dem Erdbeben", _lexicon("de"))
    False
    """
    words = span.split()
    return bool(words) and words[0].casefold() in lex.conjunctions and "," not in span


def _event_head_ok(span: str, lex: _TimeLexicon, *, cut: bool = True) -> bool:
    """A relative span needs at least one word after its preposition, and that word must
    not open a place phrase: in ``nachdem in Wels am Sonntag ein Feuer ausgebrochen war``
    the clause's own day follows, and ``in Wels`` names no event to count from.

    A span that counts a distance (``zwei Tage nachdem in Wabag Kämpfe ausgebrochen
    waren``) and that no time of its own cuts short is the relation all the same: the
    subordinate clause names the event the distance counts from, with its place fronted,
    as German word order has it (session 32; before, the clause took the main clause's
    day).

    >>> _event_head_ok("nachdem in Wels", _lexicon("de"))
    False
    >>> _event_head_ok("nach dem Erdbeben", _lexicon("de"))
    True
    >>> _event_head_ok("zwei Tage nachdem in Wabag Kämpfe ausgebrochen waren", _lexicon("de"),
    ...                cut=False)
    True
    """
    value = _event_relative(span, lex)
    if value.relation is None or not value.ref:
        return False
    if value.ref.split()[0].casefold() not in lex.place_openers:
        return True
    if cut:
        return False
    words = span.casefold().split()
    head = value.ref.split()[0].casefold()
    units = lex.same_day_units | lex.day_units | lex.week_units
    return head in words and any(w in units for w in words[: words.index(head)])


def _in_a_name(text: str, start: int, lex: _TimeLexicon) -> bool:
    """Does a month name at ``start`` continue a capitalised word inside a sentence (``a
    Long March 5 rocket``)? Then it is part of a name, not a date; a weekday (``Tuesday
    March 5``), a preposition (``On March 5``), a word that ends a sentence or a clause
    (``SEOUL, March 5``) or the sentence's first word (``The March 5 attack``) before it
    leave it a date.

    >>> _in_a_name("China launched a Long March 5 rocket.", 22, _lexicon("en"))
    True
    >>> _in_a_name("Police said on Tuesday March 5 that ...", 23, _lexicon("en"))
    False
    >>> _in_a_name("BEIJING (Reuters) - A Long March 7 rocket lifted off", 27, _lexicon("en"))
    True
    """
    head = text[max(0, start - 40) : start]
    if not head.endswith((" ", "\t")):
        return False
    words = head.split()
    if not words:
        return False
    word = words[-1]
    if not word[:1].isupper() or not word.isalpha():
        return False  # "ACCRA," "(Reuters)", "on": no name runs into the month
    low = word.casefold()
    if low in lex.weekdays or low in lex.prepositions or low in lex.months:
        return False
    if len(words) < 2 or words[-2][-1:] in '.!?:;—–-"“„':
        return False  # the sentence's first word: "The March 5 attack", "Since March 5"
    # a name has a word before it that is no preposition ("launched a Long March 5"); a
    # place before a date has one ("in Mombasa Jun. 3")
    before = words[-2]
    if before.casefold() in lex.name_articles:
        return True  # "- A Long March 7 rocket lifted off": an article opens the name
    return before.isalpha() and before.islower() and before.casefold() not in lex.prepositions


def _plausible_month(text: str, m: re.Match[str], lex: _TimeLexicon) -> int | None:
    """Where a month expression starts, or None: a bare month name is a month only after
    a preposition (then the span starts there) or before a year.

    English "May" is also a modal verb, German "März" is not ambiguous but costs nothing. A
    month name written in lower case is a noun or a verb (``joined the march``): no month.

    >>> _plausible_month("joined the march", re.search("the march", "joined the march"),
    ...                  _lexicon("en")) is None
    True
    """
    s = m.group(0)
    low = " ".join(s.casefold().replace("-", " ").split())
    # (the match may run on the lowered text: the case is read off ``text``, same offsets)
    written = text[m.start() : m.end()]
    named = [w for w in re.findall(r"[^\W\d_]+", written) if w.casefold() in lex.months]
    if named and named[-1].islower():
        return None  # "the march", "joined the march": both languages capitalise months
    if (
        re.search(r"\d{4}$", s)
        or any(low.startswith(p + " ") for p in lex.month_prefixes)
        or low.split()[0] in lex.last_words  # "last October", "vergangenen Oktober"
        or low in lex.month_so_far  # "this month", "im Laufe des Monats"
    ):
        return m.start()
    window = text[max(0, m.start() - 40) : m.start()]
    before = window.split()
    if before and before[-1].casefold() in lex.prepositions:
        return m.start() - len(window) + window.rstrip().rfind(before[-1])
    return None


# ---------------------------------------------------------------------------------------
# resolution


def resolve_time(
    text_span: str, lang: str, anchor: date | None, precision: str | None
) -> TimeValue:
    """Resolve one time expression against the anchor date.

    >>> resolve_time("am Mittwoch", "de", date(2023, 9, 13), "day").date
    '2023-09-13'
    >>> resolve_time("on Tuesday", "en", date(2023, 9, 13), "day").date
    '2023-09-12'
    >>> v = resolve_time("wenige Stunden vor dem Treffen", "de", date(2023, 9, 13), "day")
    >>> (v.date, v.relation, v.same_day)
    (None, 'before', True)
    """
    lex = _lexicon(lang)
    spans = find_times(text_span, lang)
    if not spans and (day_only := _MONTH_DAY.fullmatch(text_span)):
        # a day of the month found after its opener ("on the 2nd"): the span is the day alone
        return _month_day(text_span, int(day_only.group(1)), anchor, precision)
    if not spans:
        return TimeValue(None, None, text_span, kind="unknown")
    span = spans[0]
    text = span.text
    kind = span.kind
    if kind == "event":
        return _event_relative(text_span, lex)
    if kind == "previous":
        return _previous_relative(text_span, text, lex)
    if kind == "week":
        if anchor is None or precision != "day":
            return TimeValue(None, "week" if anchor else None, text_span, kind=kind)
        monday = anchor - timedelta(days=anchor.weekday())
        return _interval(text_span, "week", monday, anchor, kind)
    if kind == "lastweek":
        if anchor is None or precision != "day":
            return TimeValue(None, "week" if anchor else None, text_span, kind=kind)
        back = 14 if " ".join(text.casefold().split()) in lex.week_before_last else 7
        monday = anchor - timedelta(days=anchor.weekday() + back)
        return _interval(text_span, "week", monday, monday + timedelta(days=6), kind)
    if kind == "lastmonth":
        # "last month", "im vergangenen Monat": the calendar month before the anchor's
        if anchor is None:
            return TimeValue(None, None, text_span, kind=kind)
        last = anchor.replace(day=1) - timedelta(days=1)
        return _interval(text_span, "month", last.replace(day=1), last, kind)
    if kind == "weekend":
        # "at the weekend", "am vergangenen Wochenende": the latest Saturday and Sunday up
        # to the anchor (a report on Saturday means that day)
        if anchor is None or precision != "day":
            return TimeValue(None, "week" if anchor else None, text_span, kind=kind)
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if " ".join(text.casefold().split()) in lex.weekend_before_last:
            saturday -= timedelta(days=7)  # "am vorletzten Wochenende": the one before
        return _interval(text_span, "week", saturday, min(anchor, saturday + timedelta(1)), kind)
    if kind in ("night", "lastnight"):
        return _night(text_span, text, lex, anchor, precision)
    if kind == "holiday":
        return _holiday(text_span, text, lex, anchor)
    if kind == "weekpart":
        return _week_part(text_span, text, lex, anchor, precision)
    if kind in ("year", "yearpart"):
        return _year(text_span, text, lex, anchor, precision)
    if kind == "half":
        return _half(text_span, text, lex, anchor, precision)
    if kind == "dayrange":
        return _day_range(text_span, text, lex, anchor, precision)
    if kind == "numeric":
        return _numeric(text_span, text)
    if kind == "weekday":
        return _weekday(text_span, text, lex, anchor, precision)
    if kind == "weekdayrange":
        return _weekday_range(text_span, text, lex, anchor, precision)
    if kind == "day":
        offset = lex.relative_days[" ".join(text.casefold().split())]
        if anchor is None or precision != "day":
            return TimeValue(
                None, precision if anchor else None, text_span, kind=kind, offset_days=offset
            )
        return TimeValue(
            (anchor + timedelta(days=offset)).isoformat(),
            "day",
            text_span,
            kind=kind,
            offset_days=offset,
        )
    if kind in ("month", "monthword"):
        return _month(text_span, text, lex, anchor, precision)
    if kind == "monthweek":
        return _month_week(text_span, text, lex, anchor, precision)
    if kind in ("ago", "monthsago", "yearsago") and lex.ago_hedges:
        # "vor knapp zwei Wochen" reads as "vor zwei Wochen": the hedge moves no day
        text = lex.ago_hedge_words.sub("", text)
    if kind == "monthsago":
        return _months_ago(text_span, text, lex, anchor)
    if kind == "yearsago":
        return _years_ago(text_span, text, lex, anchor)
    if kind == "date" and (day_only := _MONTH_DAY.fullmatch(text)):
        return _month_day(text_span, int(day_only.group(1)), anchor, precision)
    # "date" and "ago": dateparser
    return _parsed(text_span, text, lex, anchor, precision, kind)


_MONTH_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|\.)")
_MONTH_DAY_STOPS = frozenset(",;:)\n–—-.!?")


def _month_day_ends(text: str, end: int, lex: _TimeLexicon) -> bool:
    """Does a day of the month with no month (``on the 2nd``, ``am 4.``) end at ``end``?

    It does before the text's end, a punctuation mark or a word of ``[time]
    month_day_followers`` (a preposition, a conjunction: ``on the 2nd in``, ``on the 2nd
    when``), and in German before any lower-case word (``am 4. in der Stadt``): a noun after
    it makes it an ordinal of that noun (``on the 2nd floor``, ``am 4. Tag der Proteste``).
    """
    rest = text[end : end + 40].lstrip(" \t")
    if not rest or rest[0] in _MONTH_DAY_STOPS:
        return True
    word = re.match(r"[^\W\d_]+", rest)
    if word is None:
        return False
    w = word.group(0)
    return w.casefold() in lex.month_day_followers or (lex.month_day_any_lowercase and w.islower())


def _month_day(full: str, day: int, anchor: date | None, precision: str | None) -> TimeValue:
    """``on the 2nd``, ``am 4.``: the latest such day on or before the anchor (wire copy names
    a day of the current month so, and of the month before when the day is still to come in
    this one). With a month-only anchor, that month's day; with no anchor, no day.

    >>> _month_day("on the 2nd", 2, date(2025, 6, 11), "day").date
    '2025-06-02'
    >>> _month_day("on the 28th", 28, date(2025, 3, 5), "day").date
    '2025-02-28'
    """
    if anchor is None or precision not in ("day", "month"):
        return TimeValue(None, None, full, kind="date")
    year, month = anchor.year, anchor.month
    if precision == "day" and day > anchor.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return TimeValue(date(year, month, day).isoformat(), "day", full, kind="date")
    except ValueError:  # "on the 31st" of a month with 30 days
        return TimeValue(None, None, full, kind="date")


def _interval(full: str, precision: str, start: date, end: date, kind: str) -> TimeValue:
    """A span of days: ``date`` is its first day, ``precision`` says how wide it is."""
    return TimeValue(
        start.isoformat(),
        precision,
        full,
        kind=kind,
        start=start.isoformat(),
        end=end.isoformat(),
        month=f"{start:%Y-%m}" if precision == "month" else None,
    )


def _numeric(full: str, text: str) -> TimeValue:
    """``25/02/2025``, ``08.03.2025``: day first, as written outside the United States (a
    first number above 12 leaves no doubt; a US month-first date with both numbers <= 12
    reads wrong)."""
    a, b, y = (int(x) for x in re.split(r"[./]", text))
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    try:
        return TimeValue(date(y, month, day).isoformat(), "day", full, kind="date")
    except ValueError:
        return TimeValue(None, None, full, kind="date")


def _weekday(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    words = text.casefold().split()
    at, wd = next(
        (
            (i, n)
            for i, word in enumerate(words)
            for name, n in lex.weekdays.items()
            if word.startswith(name)
        ),
        (len(words) - 1, None),
    )
    if wd is None:
        return TimeValue(None, None, full, kind="weekday")
    if anchor is None or precision != "day":
        return TimeValue(None, precision if anchor else None, full, weekday=wd, kind="weekday")
    back = (anchor.weekday() - wd) % 7
    low = " ".join(words)
    # the word may follow an article or a preposition: "am kommenden Samstag"
    weeks = _weeks_back(words[at + 1 :], lex)
    if weeks:
        # "am Montag vor einer Woche", "am Sonntag vor zwei Wochen": the such weekday nearest
        # to the day N weeks before the report's (at most three days from it; said on a
        # Wednesday, Monday a week ago is nine days back, Sunday ten)
        target = anchor - timedelta(days=7 * weeks)
        day = target + timedelta(days=(wd - target.weekday() + 3) % 7 - 3)
    elif any(p in low for p in lex.last_week_of):
        # "on Tuesday last week", "am Dienstag vergangener Woche": in the week before
        day = anchor - timedelta(days=anchor.weekday() + 7 - wd)
    elif any(w in lex.next_words for w in words[:at]):
        day = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    elif any(w in lex.last_words for w in words[:at]) and back == 0:
        # "last Wednesday", "am vergangenen Mittwoch" said on a Wednesday
        day = anchor - timedelta(days=7)
    else:
        day = anchor - timedelta(days=back)
    return TimeValue(day.isoformat(), "day", full, weekday=wd, kind="weekday")


def _weekday_range(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``between Friday and Sunday``, ``von Montag bis Mittwoch``: the span ends on the
    latest such last day on or before the anchor and began on the first day before it; the
    event's day is the first (when it began, as a span of day numbers is), the span its
    interval. Session 30 (h30-days).

    >>> v = _weekday_range("x", "von Freitag bis Sonntag", _lexicon("de"), date(2025, 3, 5), "day")
    >>> (v.date, v.start, v.end)
    ('2025-02-28', '2025-02-28', '2025-03-02')
    """
    days = [
        n
        for word in text.casefold().split()
        for name, n in lex.weekdays.items()
        if word.startswith(name)
    ]
    if len(days) != 2 or anchor is None or precision != "day":
        wd = days[0] if days else None
        return TimeValue(None, precision if anchor else None, full, weekday=wd, kind="weekday")
    first, last = days
    end = anchor - timedelta(days=(anchor.weekday() - last) % 7)
    start = end - timedelta(days=(last - first) % 7)
    return TimeValue(
        start.isoformat(),
        "day",
        full,
        weekday=first,
        kind="weekday",
        start=start.isoformat(),
        end=end.isoformat(),
    )


def _month(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None = "day"
) -> TimeValue:
    """``im April``, ``Ende Mai``, ``early this month``: the month (or its first, middle or
    last ten days) as an interval with precision ``month``; never a day."""
    words = [w.rstrip(".") for w in text.casefold().replace("-", " ").split()]
    month = next((lex.months[w] for w in words if w in lex.months), None)
    year_m = re.search(r"\d{4}", text)
    year = int(year_m.group(0)) if year_m else None
    if month is None and anchor is not None:
        month = anchor.month  # "Anfang des Monats", "early this month"
        if any(p in " ".join(words) for p in lex.last_month_of):
            month = (anchor.replace(day=1) - timedelta(days=1)).month  # "Ende letzten Monats"
        elif any(p in " ".join(words) for p in lex.next_month_of):
            # "Anfang nächsten Monats": still to come (no day below)
            later = anchor.replace(day=28) + timedelta(days=4)
            month, year = later.month, later.year
    if year is None and anchor is not None and month is not None:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        low = " ".join(words)
        if any(p in low for p in lex.last_year_suffix):
            year = anchor.year - 1  # "im Oktober vergangenen Jahres"
        elif month == anchor.month and any(
            w in lex.months and i > 0 and words[i - 1] in lex.last_words
            for i, w in enumerate(words)
        ):
            year = anchor.year - 1  # "last October" said in October
    if not (year and month):
        return TimeValue(None, None, full, kind="month")
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = 1, last
    # the part may follow a preposition: "in mid-May", "at the end of September"
    part = _part(words, lex)
    if part is not None:
        first_day, last_day = ((1, 10), (11, 20), (21, last))[part]
    start, end = date(year, month, first_day), date(year, month, last_day)
    # the latest day the anchor allows (a month anchor: its last day)
    limit = _base(anchor, precision).date() if anchor is not None else None
    if limit is not None and start > limit:
        return TimeValue(None, "month", full, kind="month")  # "Ende des Monats": not yet
    if limit is not None and start <= limit < end:
        end = limit  # "early this month" said on the 5th ends on the 5th
    return _interval(full, "month", start, end, "month")


_MONTH_PARTS = ("early", "mid", "late")


def _month_week(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``in the first week of October``, ``in der letzten Woche des Monats``: days 1-7,
    8-14, ... of the month (the last week: its last seven days), precision week."""
    month = _month(full, text, lex, anchor, precision)
    words = text.casefold().split()
    nth = next((lex.week_ordinals[w] for w in words if w in lex.week_ordinals), None)
    if month.start is None or nth is None or anchor is None:
        return TimeValue(None, "week" if anchor else None, full, kind="monthweek")
    first = date.fromisoformat(month.start).replace(day=1)
    last = calendar.monthrange(first.year, first.month)[1]
    begin = last - 6 if nth < 0 else min(7 * (nth - 1) + 1, last)
    start, end = first.replace(day=begin), first.replace(day=min(begin + 6, last))
    limit = _base(anchor, precision).date()
    if start > limit:
        return TimeValue(None, "week", full, kind="monthweek")  # not yet
    return _interval(full, "week", start, min(end, limit), "monthweek")


def _months_ago(full: str, text: str, lex: _TimeLexicon, anchor: date | None) -> TimeValue:
    """``vor zwei Monaten``, ``a month ago``: the calendar month that many months before
    the anchor's, precision month (the words do not give the day)."""
    n = next((v for v in (_number(w, lex) for w in text.casefold().split()) if v), None)
    if anchor is None or n is None:
        return TimeValue(None, None, full, kind="monthsago")
    index = anchor.year * 12 + anchor.month - 1 - n
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    last = date(year, month + 1, calendar.monthrange(year, month + 1)[1])
    return _interval(full, "month", first, last, "month")


def _years_ago(full: str, text: str, lex: _TimeLexicon, anchor: date | None) -> TimeValue:
    """``vor einem Jahr``, ``two years ago``: the calendar year that many years before the
    anchor's, precision year (as a fronted ``Last year,``)."""
    n = next((v for v in (_number(w, lex) for w in text.casefold().split()) if v), None)
    if anchor is None or n is None:
        return TimeValue(None, None, full, kind="yearsago")
    year = anchor.year - n
    return _interval(full, "year", date(year, 1, 1), date(year, 12, 31), "year")


def _part(words: list[str], lex: _TimeLexicon) -> int | None:
    """Which third the words name (0 early, 1 mid, 2 late), or None for the whole."""
    for word in words:
        for i, p in enumerate(_MONTH_PARTS):
            if word in lex.month_prefix_parts[p]:
                return i
    return None


def _night(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``in der Nacht zum Sonntag``, ``overnight into Tuesday``: the night ends on that
    day, which is the event's day; the span starts the evening before. ``in der
    vergangenen Nacht``: the night to the report's day."""
    words = text.casefold().split()
    low = " ".join(words)
    if low in lex.last_night:
        wd = anchor.weekday() if anchor is not None and precision == "day" else None
    else:
        wd = next(
            (n for name, n in lex.weekdays.items() if words[-1].startswith(name)),
            None,
        )
    if anchor is None or precision != "day" or wd is None:
        return TimeValue(None, precision if anchor else None, full, weekday=wd, kind="night")
    day = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
    return TimeValue(
        day.isoformat(),
        "day",
        full,
        weekday=wd,
        # the night to the report's day names that day by convention only: "lastnight"
        kind="lastnight" if low in lex.last_night else "night",
        start=(day - timedelta(days=1)).isoformat(),
        end=day.isoformat(),
    )


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` (Western, Gregorian: :func:`dateutil.easter.easter`, the
    library dateparser already brings, rather than a computus of our own).

    >>> _easter(2025), _easter(2026)
    (datetime.date(2025, 4, 20), datetime.date(2026, 4, 5))
    """
    return easter(year)


def _holiday(full: str, text: str, lex: _TimeLexicon, anchor: date | None) -> TimeValue:
    """``on Christmas Eve``, ``an Heiligabend``, ``am Ostermontag``, ``in der
    Silvesternacht``: the latest such day on or before the anchor, as a weekday is (a report
    of 27 December names the 24th; of 2 January, the 31st of the year before). A night
    (``holiday_nights``) is the night from its day into the next: its day is the next one,
    its span both, as ``in der Nacht zum Sonntag``. Unknown without an anchor (nothing is
    guessed). Session 30 (h30-days)."""
    low = " ".join(text.casefold().split())
    names = (*lex.holidays, *lex.easter_days, *lex.holiday_nights)
    name = max((n for n in names if n in low), key=len, default="")  # "neujahrsnacht"
    if anchor is None or not name:
        return TimeValue(None, None, full, kind="holiday")

    def on(year: int) -> date:
        if name in lex.easter_days:
            return _easter(year) + timedelta(days=lex.easter_days[name])
        month, day = lex.holidays.get(name) or lex.holiday_nights[name]
        return date(year, month, day)

    night = name in lex.holiday_nights
    day = on(anchor.year)
    if day + timedelta(days=int(night)) > anchor:
        day = on(anchor.year - 1)
    if night:
        return TimeValue(
            (day + timedelta(days=1)).isoformat(),
            "day",
            full,
            kind="holiday",
            start=day.isoformat(),
            end=(day + timedelta(days=1)).isoformat(),
        )
    return TimeValue(day.isoformat(), "day", full, kind="holiday")


# the days of a week's thirds: Monday-Tuesday, Tuesday-Thursday, Thursday-Sunday
_WEEK_PARTS = ((0, 1), (1, 3), (3, 6))


def _week_part(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``Mitte vergangener Woche``, ``late last week``, ``Mitte der Woche``: a third of
    the week before the report's or of its own (cut at the report's day), precision week."""
    if anchor is None or precision != "day":
        return TimeValue(None, "week" if anchor else None, full, kind="weekpart")
    words = text.casefold().replace("-", " ").split()
    last = any(p in " ".join(words) for p in lex.last_week_of)
    monday = anchor - timedelta(days=anchor.weekday() + (7 if last else 0))
    part = _part(words, lex)
    first, final = (0, 6) if part is None else _WEEK_PARTS[part]
    start, end = monday + timedelta(days=first), monday + timedelta(days=final)
    if start > anchor:
        return TimeValue(None, "week", full, kind="weekpart")  # not yet
    return _interval(full, "week", start, min(end, anchor), "weekpart")


def _year(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``last year``, ``Ende vergangenen Jahres``, ``earlier this year``, ``Ende 2024``:
    the year (or its first, middle or last four months) as an interval with precision
    ``year``. A year named by its number needs no anchor."""
    words = text.casefold().replace("-", " ").split()
    named = re.search(r"\d{4}", text)  # "Ende 2024", "in early 2025"
    if anchor is None and named is None:
        return TimeValue(None, None, full, kind="year")
    last = any(p in " ".join(words) for p in lex.last_year_of)
    if named is not None:
        year = int(named.group(0))
    else:
        assert anchor is not None
        year = anchor.year - (1 if last else 0)
    part = _part(words, lex)
    first, final = (1, 12) if part is None else ((1, 4), (5, 8), (9, 12))[part]
    start = date(year, first, 1)
    end = date(year, final, calendar.monthrange(year, final)[1])
    return _cut(full, "year", start, end, anchor, precision, "year")


def _cut(
    full: str,
    precision_of: str,
    start: date,
    end: date,
    anchor: date | None,
    precision: str | None,
    kind: str,
) -> TimeValue:
    """The span ``start``..``end`` cut at the latest day the anchor allows; a span that
    starts after it is still to come and gives no day (its precision kept)."""
    if anchor is None:
        return _interval(full, precision_of, start, end, kind)
    limit = _base(anchor, precision).date()
    if start > limit:
        return TimeValue(None, precision_of, full, kind=kind)  # not yet
    return _interval(full, precision_of, start, min(end, limit), kind)


def _half(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``in the first half of May``, ``in der zweiten Aprilhälfte``, ``in der ersten
    Jahreshälfte``: days 1-15 or 16 to the month's end (precision month), January-June or
    July-December (precision year), cut at the anchor."""
    words = []
    for word in text.casefold().split():
        for suffix in lex.half_suffix:
            if word.endswith(suffix) and len(word) > len(suffix):
                word = word[: -len(suffix)]  # "maihälfte" -> "mai", "jahreshälfte" -> "jahres"
                break
        words.append(word)
    nth = next((lex.half_ordinals[w] for w in words if w in lex.half_ordinals), 1)
    rest = [w for w in words if w not in lex.half_ordinals]
    low = " ".join(rest)
    named = re.search(r"\d{4}", text)
    if any(f" {noun} " in f" {low} " for noun in lex.half_year_nouns):
        if named is not None:
            year = int(named.group(0))
        elif anchor is not None:
            year = anchor.year - (1 if any(p in low for p in lex.last_year_of) else 0)
        else:
            return TimeValue(None, None, full, kind="half")
        months = (1, 6) if nth == 1 else (7, 12)
        start = date(year, months[0], 1)
        end = date(year, months[1], calendar.monthrange(year, months[1])[1])
        return _cut(full, "year", start, end, anchor, precision, "half")
    whole = _month(full, low, lex, anchor, precision)
    if whole.start is None:
        return TimeValue(None, whole.precision, full, kind="half")
    first = date.fromisoformat(whole.start).replace(day=1)
    last = calendar.monthrange(first.year, first.month)[1]
    start, end = (
        (first, first.replace(day=15))
        if nth == 1
        else (
            first.replace(day=16),
            first.replace(day=last),
        )
    )
    return _cut(full, "month", start, end, anchor, precision, "month")


def _day_range(
    full: str, text: str, lex: _TimeLexicon, anchor: date | None, precision: str | None
) -> TimeValue:
    """``14 and 15 June``, ``vom 14. bis 16. Juni``, ``June 14-16``: the first day (when it
    began), precision day, with the span of days; the last day is read as a date."""
    days = [int(d) for d in re.findall(r"(?<![\d.])\d{1,2}(?!\d)", text)[:2]]
    month = next(
        (m for m in re.findall(r"[^\W\d_]+", text) if m.casefold().rstrip(".") in lex.months),
        None,
    )
    year = re.search(r"\d{4}", text)
    if len(days) < 2 or month is None or days[0] > days[1]:
        return TimeValue(None, None, full, kind="date")
    last_text = f"{days[1]} {month}"  # day first: dateparser reads it so in every language
    last = _parsed(
        full, last_text + (f" {year.group(0)}" if year else ""), lex, anchor, precision, "date"
    )
    if last.date is None:
        return last
    end = date.fromisoformat(last.date)
    try:
        start = end.replace(day=days[0])
    except ValueError:
        return TimeValue(None, None, full, kind="date")
    return TimeValue(
        start.isoformat(), "day", full, kind="date", start=start.isoformat(), end=end.isoformat()
    )


def _parsed(
    full: str,
    text: str,
    lex: _TimeLexicon,
    anchor: date | None,
    precision: str | None,
    kind: str,
) -> TimeValue:
    has_year = bool(re.search(r"\d{4}|\.\d{2}$", text.strip()))
    if anchor is None and not has_year:
        return TimeValue(None, None, full, kind=kind)
    if kind == "ago" and precision != "day":
        return TimeValue(None, precision, full, kind=kind)
    base = _base(anchor, precision) if anchor else datetime(2000, 1, 1)
    numeric = _DOTTED.fullmatch(text.strip())
    parsed = _dotted_day(numeric, base) if numeric else _parse(text, lex.lang, base)
    if parsed is None:
        return TimeValue(None, None, full, kind=kind)
    return TimeValue(parsed.isoformat(), "day", full, kind=kind)


# A dotted day and month without a year (``14.10.``), day first: dateparser reads it as a
# time of day. With a year it is a ``numeric`` span (:func:`_numeric`).
_DOTTED = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.")


def _dotted_day(m: re.Match[str], base: datetime) -> date | None:
    """The latest such day not after ``base``."""
    day, month = int(m.group(1)), int(m.group(2))
    try:
        got = date(base.year, month, day)
        return got if got <= base.date() else date(base.year - 1, month, day)
    except ValueError:
        return None  # 31.02., 29.02. of a common year


def _base(anchor: date, precision: str | None) -> datetime:
    """The latest day the anchor allows: a month anchor counts from its last day."""
    if precision == "month":
        last = calendar.monthrange(anchor.year, anchor.month)[1]
        return datetime(anchor.year, anchor.month, last)
    if precision == "year":
        return datetime(anchor.year, 12, 31)
    return datetime(anchor.year, anchor.month, anchor.day)


@lru_cache(maxsize=4096)
def _parse(text: str, lang: str, base: datetime) -> date | None:
    """``text`` as a day, as dateparser reads it (``RELATIVE_BASE`` = ``base``, dates from
    the past preferred). The plain shapes of news copy are read here first
    (:func:`_plain_day`): loading dateparser costs a single ``geomap check`` a quarter of a
    second of CPU, more than the rest of the events of a typical article."""
    plain = _plain_day(text, _lexicon(lang), base)
    if plain is not _UNREAD:
        return plain  # type: ignore[return-value]
    return _dateparser_day(text, lang, base)


def _dateparser_day(text: str, lang: str, base: datetime) -> date | None:
    import dateparser

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": language_profile(lang).date_order,
    }
    got = dateparser.parse(text, languages=[lang], settings=settings)
    return got.date() if got else None


_UNREAD = object()  # _plain_day: not a plain shape, dateparser reads it


@dataclass(frozen=True)
class _PlainShapes:
    """The plain shapes of a language's explicit dates, as dateparser reads them in it
    (groups: month word, day, year; or day, month word, year; or number, unit)."""

    month_first: re.Pattern[str]  # "March 29, 2018", "Sept. 30 2008", "April 5th", "Oct. 14"
    day_first: re.Pattern[str]  # "17 August 2015", "1st Oct 2017", "3. September", "11. Sept."
    ago: re.Pattern[str] | None  # "two days ago", "vor drei Tagen"


def _plain_pair(ordinals: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"([^\W\d_]+)\.?\s+(\d{{1,2}})(?:{ordinals})?,?(?:\s+(\d{{4}}))?"),
        re.compile(rf"(\d{{1,2}})(?:\.|{ordinals})?\s+([^\W\d_]+)\.?,?(?:\s+(\d{{4}}))?"),
    )


# dateparser reads English ordinal suffixes ("5th") and "N days ago" in English only, and
# "vor N Tagen" in German only; another language has no plain shapes
_PLAIN_SHAPES = {
    "en": _PlainShapes(*_plain_pair("st|nd|rd|th"), re.compile(r"(\w+)\s+([^\W\d_]+)\s+ago")),
    "de": _PlainShapes(*_plain_pair(""), re.compile(r"vor\s+(\w+)\s+([^\W\d_]+)")),
}


def _plain_day(text: str, lex: _TimeLexicon, base: datetime) -> date | None | object:
    """The day of a plain date or count of days ago, read as dateparser reads it, or
    ``_UNREAD`` for any other shape (left to dateparser).

    A day and a month name (the lexicon's names and abbreviations; one of ``[time]
    undated_months`` gives no day, as in dateparser), with a year or without (then the
    latest such day not after ``base``), and a number (digits or the lexicon's number
    words; one of ``undated_ago_numbers`` gives no day) of days or weeks before ``base``.
    A day that does not exist (``30 February``) is left to dateparser.
    ``tests/events/test_plain_dates.py`` holds these answers equal to dateparser's.

    >>> _plain_day("Sept. 30 2008", _lexicon("en"), datetime(2023, 1, 1))
    datetime.date(2008, 9, 30)
    >>> _plain_day("3. September", _lexicon("de"), datetime(2023, 8, 1))
    datetime.date(2022, 9, 3)
    >>> _plain_day("vor drei Tagen", _lexicon("de"), datetime(2023, 8, 1))
    datetime.date(2023, 7, 29)
    """
    shapes = _PLAIN_SHAPES.get(lex.lang)
    if shapes is None:
        return _UNREAD
    folded = text.strip().casefold()
    m = shapes.month_first.fullmatch(folded)
    if m is not None:
        month_word, day, year = m.group(1), m.group(2), m.group(3)
    elif (m := shapes.day_first.fullmatch(folded)) is not None:
        day, month_word, year = m.group(1), m.group(2), m.group(3)
    else:
        return _plain_ago(folded, lex, shapes, base)
    if month_word in lex.undated_months:
        return None
    month = lex.months.get(month_word)
    if month is None:
        return _UNREAD
    try:
        if year is not None:
            return date(int(year), month, int(day))
        got = date(base.year, month, int(day))
        return got if got <= base.date() else date(base.year - 1, month, int(day))
    except ValueError:
        return _UNREAD


def _plain_ago(
    folded: str, lex: _TimeLexicon, shapes: _PlainShapes, base: datetime
) -> date | None | object:
    """``_plain_day`` for a number of days or weeks ago (``folded``: stripped, casefolded)."""
    m = shapes.ago.fullmatch(folded) if shapes.ago is not None else None
    if m is None:
        return _UNREAD
    count, unit = m.group(1), m.group(2)
    days = 1 if unit in lex.day_units else 7 if unit in lex.week_units else 0
    if not days:
        return _UNREAD
    if count in lex.undated_ago_numbers:
        return None
    n = int(count) if count.isascii() and count.isdigit() else lex.numbers.get(count)
    if n is None:
        return _UNREAD
    try:
        return (base - timedelta(days=n * days)).date()
    except OverflowError:  # before the year 1
        return _UNREAD


def _event_relative(full: str, lex: _TimeLexicon) -> TimeValue:
    words = full.split()
    low = [w.casefold() for w in words]
    phrases = [
        *((p.split(), "before") for p in lex.before),
        *((p.split(), "after") for p in lex.after),
        *((p.split(), "during") for p in lex.during),
    ]
    phrases.sort(key=lambda t: -len(t[0]))
    for i in range(len(low)):
        for phrase, relation in phrases:
            if low[i : i + len(phrase)] == phrase:
                head = low[:i]
                ref = " ".join(words[i + len(phrase) :]) or None
                if relation == "during":
                    # "during the storm": that event's day, no offset; "two days during"
                    # is nothing
                    if head:
                        break
                    return TimeValue(
                        None,
                        None,
                        full,
                        relation="after",
                        ref=ref,
                        same_day=True,
                        offset_days=0,
                        kind="event",
                    )
                value = _relative_value(full, head, relation, ref, lex)
                if " ".join(phrase) in lex.eve:  # "on the eve of the summit": a day before
                    value = replace(value, offset_days=-1, same_day=False)
                return value
    return TimeValue(None, None, full, kind="event")


def _relative_value(
    full: str, head: list[str], relation: str, ref: str | None, lex: _TimeLexicon
) -> TimeValue:
    """ "wenige Stunden vor": same day; "zwei Tage nach": two days later; bare: unknown."""
    weeks = any(w in lex.week_units for w in head)
    hours = next((v for v in (_number(w, lex) for w in head) if v is not None), 0)
    if hours >= 24 and any(w in lex.same_day_units for w in head):
        # "48 Stunden nach dem Beben": whole days
        return TimeValue(
            None,
            None,
            full,
            relation=relation,
            ref=ref,
            offset_days=-(hours // 24) if relation == "before" else hours // 24,
            kind="event",
        )
    has_days = weeks or any(w in lex.day_units for w in head)
    same_day = not has_days and (
        any(w in lex.same_day_units for w in head) or any(w in lex.soon for w in head)
    )
    offset: int | None = 0 if same_day else None
    if has_days:
        n = next((v for v in (_number(w, lex) for w in head) if v is not None), 1)
        n *= 7 if weeks else 1  # "eine Woche nach dem Beben"
        offset = -n if relation == "before" else n
    return TimeValue(
        None,
        None,
        full,
        relation=relation,
        ref=ref,
        same_day=same_day,
        offset_days=offset,
        kind="event",
    )


def _previous_relative(full: str, text: str, lex: _TimeLexicon) -> TimeValue:
    low = " ".join(text.casefold().split())
    words = low.split()
    if low in lex.after_previous:  # "days later": after it, the day not given
        return TimeValue(None, None, full, relation="after", ref="previous", kind="previous")
    if len(words) == 3 and (words[2] in lex.earlier or words[2] in lex.later):
        # "two days earlier", "eine Woche später": an offset from the event just before
        n = _number(words[0], lex) or 1
        sign = -1 if words[2] in lex.earlier else 1
        relation = "before" if sign < 0 else "after"
        if words[1] in lex.same_day_units:
            # "48 hours later": whole days; "zwei Stunden später": the same day
            if n < 24 or words[1] not in lex.hour_units:
                return TimeValue(
                    None,
                    None,
                    full,
                    relation=relation,
                    ref="previous",
                    same_day=True,
                    offset_days=0,
                    kind="previous",
                )
            n //= 24
        n *= 7 if words[1] in lex.week_units else 1
        return TimeValue(
            None,
            None,
            full,
            relation=relation,
            ref="previous",
            offset_days=sign * n,
            kind="previous",
        )
    if low in lex.before_previous:
        return TimeValue(None, None, full, relation="before", ref="previous", kind="previous")
    if low in lex.previous_day:
        return TimeValue(
            None, None, full, relation="before", ref="previous", offset_days=-1, kind="previous"
        )
    if low in lex.next_day:
        return TimeValue(
            None, None, full, relation="after", ref="previous", offset_days=1, kind="previous"
        )
    if low in lex.same_day_before_previous:  # "earlier in the day", "am Morgen"
        return TimeValue(
            None,
            None,
            full,
            relation="before",
            ref="previous",
            same_day=True,
            offset_days=0,
            kind="previous",
        )
    return TimeValue(
        None,
        None,
        full,
        relation="after",
        ref="previous",
        same_day=True,
        offset_days=0,
        kind="previous",
    )


def _weeks_back(words: Sequence[str], lex: _TimeLexicon) -> int | None:
    """The N of ``vor N Wochen`` right after a weekday (``am Montag vor einer Woche``), or
    ``None``.

    >>> _weeks_back("vor zwei wochen".split(), _lexicon("de"))
    2
    >>> _weeks_back("vor dem treffen".split(), _lexicon("de")) is None
    True
    """
    if len(words) < 3 or words[0] not in lex.weekday_weeks_back:
        return None
    if words[2].strip(".,;:") not in lex.week_units:
        return None
    return _number(words[1], lex)


def _number(word: str, lex: _TimeLexicon) -> int | None:
    if word.isdecimal():
        return int(word)
    return lex.numbers.get(word)
