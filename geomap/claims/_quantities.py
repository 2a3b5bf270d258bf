"""Numbers, distance units, qualifiers and compass directions in German and English text.

Everything here is pure and table-driven: the word lists are in
``geomap/lexicons/claims_<lang>.toml`` and loaded once. The scanners are built to run in
linear time on hostile input (100,000 digits, ``1.1.1.1...``, endless qualifiers): every
regex has bounded repetition and no nested quantifiers, and look-backs/look-aheads only
inspect fixed-size windows around a unit match. Units are searched first because they are
rare; numbers, qualifiers and directions are then read in small windows around each unit.

>>> [(q.value, q.unit, q.qualifier, q.direction) for q in find_quantities(
...     "Es liegt mehr als 1.200 Kilometer nördlich von X.", "de")]
[(1200.0, 'km', 'lower', 'N')]
>>> parse_number("1,5", "de"), parse_number("1,200", "en")
(1.5, 1200.0)
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from babel.numbers import NumberFormatError, parse_decimal

from geomap.geometry import COMPASS_POINTS
from geomap.lexicons import languages, supported
from geomap.model import Qualifier

__all__ = [
    "COMPASS_POINTS",
    "KM_PER_UNIT",
    "QUALIFIERS",
    "Quantity",
    "find_direction",
    "find_quantities",
    "lexicon",
    "parse_direction",
    "parse_number",
    "phrase_pattern",
    "to_km",
]

#: The 8 compass points, clockwise from north; index * 45 is the bearing.

#: Qualifier classes, see docs/claims.md for their meaning and tolerances.
QUALIFIERS: tuple[str, ...] = ("exact", "lower", "upper", "approx", "just_under", "just_over")

#: id prefix of a numbered parallel read by the claims stage (``numbered-parallel:38``,
#: ``numbered-parallel:-30``): no gazetteer entry, its line is computed (_verify); one
#: constant for the stage that makes the line and the one that draws it
NUMBERED_PARALLEL_ID = "numbered-parallel:"

#: Kilometres per unit (international mile, international nautical mile).
KM_PER_UNIT: dict[str, float] = {"km": 1.0, "m": 0.001, "mi": 1.609344, "nmi": 1.852}

SUPPORTED_LANGUAGES = languages()

# Windows (characters) searched before/after a unit. They bound the work per unit match.
_NUMBER_WINDOW = 60
_QUALIFIER_WINDOW = 40
_AFTER_WINDOW = 60

# A digit token: grouped thousands (".", ",", spaces incl. NBSP/narrow NBSP/thin space)
# or a plain run of at most 9 digits, with an optional decimal part. Bounded everywhere.
_GROUP_SEP = r"[.,\u00a0\u202f\u2009 ']"
_DIGITS = (
    r"(?<![\w.,/])"
    r"(?:\d{1,3}(?:" + _GROUP_SEP + r"\d{3}){1,4}(?:[.,]\d{1,4})?"
    r"|\d{1,9}(?:[.,]\d{1,4})?)"
    r"(?![.,]?\d)"
)
# what parse_number accepts at all: digits, separators, spaces, a fraction slash
_NUMERIC_TOKEN = re.compile(r"[0-9.,'\u00a0\u202f\u2009 /]{1,40}")
# "1/2 mile", "1 1/2 miles"
_FRACTION = r"(?<![\w.,/])(?:\d{1,3} )?\d{1,2}/\d{1,2}(?![\d/])"
_WORD = re.compile(r"[^\W\d_]{1,40}")
_MAX_NUMBER_WORDS = 5


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a distance unit as found in text.

    ``start``/``end`` span qualifier, number and unit (``mehr als 1200 Kilometer``);
    ``number_start`` is where the number begins. ``direction`` is an 8-point compass
    point read right after the unit (``nördlich``, ``north-east of``), ``direction_end``
    the offset after it. ``measure`` is ``distance``, ``length`` (``5 km long``) or
    ``height`` (``in einer Höhe von 100 km``) or ``capability`` (``mit einer Reichweite
    von 5.000 km``, what an aircraft can reach) or ``difference`` (``200 km farther from
    X than Y``, the difference of two distances): only distances make claims.
    ``attributive`` marks a hyphenated compound (``the 280-km stretch``).
    """

    value: float
    unit: str
    qualifier: Qualifier
    start: int
    end: int
    number_start: int
    text: str
    direction: str | None = None
    direction_end: int | None = None
    measure: str = "distance"
    attributive: bool = False
    vague_km: tuple[float, float] | None = None  # "a few hundred kilometres": the range read

    @property
    def km(self) -> float:
        return to_km(self.value, self.unit)


#: the prefix of the id of a site the text placed by its offset from a town (``The fire
#: broke out N km east of <A>``; session 31): not a gazetteer place
SITE_ID = "site:"
#: how uncertain a site placed by an offset is, as a share of the offset: a compass point
#: stands for 45 degrees (up to 22.5 degrees off: sin 22.5 = 0.38 of the offset sideways)
#: and a rounded figure for some 8 % more or less
SITE_OFFSET_SHARE = 0.46
#: how far a fire's front may be from where the text placed it when a later sentence
#: measures "from the fire": a day's run of a wind-driven wildfire is of this order
SPREADING_SITE_KM = 20.0


def offset_site_radius(site_id: str | None) -> float:
    """How far (km) a site placed by its offset from a town may lie from its point
    (0 for any other end): :data:`SITE_OFFSET_SHARE` of the offset, and for a site that
    moves (a fire: ``spreading_site_nouns``) :data:`SPREADING_SITE_KM` more, since a later
    ``N km from the fire`` may mean its front.

    >>> offset_site_radius("site:fixed:E:10.000:geonames:1"), offset_site_radius("geonames:1")
    (4.6, 0.0)
    >>> offset_site_radius("site:moving:E:10.000:geonames:1")
    24.6
    """
    if not site_id or not site_id.startswith(SITE_ID):
        return 0.0
    _site, family, _direction, km, *_anchor = site_id.split(":")
    spread = SPREADING_SITE_KM if family == "moving" else 0.0
    return round(float(km) * SITE_OFFSET_SHARE + spread, 3)


def to_km(value: float, unit: str) -> float:
    """``value`` in ``unit`` (km, m, mi, nmi) as kilometres.

    >>> to_km(200, "nmi")
    370.4
    """
    return round(value * KM_PER_UNIT[unit], 9)


@cache
def lexicon(lang: str) -> dict[str, Any]:
    """The claims lexicon of ``lang`` (``de`` or ``en``), parsed once."""
    if lang not in SUPPORTED_LANGUAGES:
        lang = "en"
    ref = resources.files("geomap") / "lexicons" / f"claims_{lang}.toml"
    return tomllib.loads(ref.read_text(encoding="utf-8"))


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> str:
    """An alternation of ``phrases``, longest first, spaces matching any whitespace run.

    Longest first so that ``etwas mehr als`` wins over ``mehr als`` at the same start.
    """
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    parts = []
    for p in uniq:
        tokens = p.split()
        parts.append(r"[\s\u00a0\u202f]{1,5}".join(re.escape(t) for t in tokens))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _phrase_after(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` right after a quantity (up to three spaces between), and not the
    first part of a compound (``high-speed``, ``long-distance`` are not ``high``, ``long``)."""
    return re.compile(r"(?i)^[\s\u00a0\u202f]{0,3}" + phrase_pattern(words) + r"(?![\w-])")


def _phrase_before(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` right before a quantity (one to three spaces between)."""
    return re.compile(r"(?i)(?<![\w])" + phrase_pattern(words) + r"[\s\u00a0\u202f]{1,3}$")


def _bounded(pattern: str) -> str:
    """Word boundaries that also work for phrases starting/ending in punctuation."""
    return r"(?<![\w])" + pattern + r"(?![\w])"


@dataclass(frozen=True, slots=True)
class _Compiled:
    unit: re.Pattern[str]
    unit_names: dict[str, str]  # folded surface form -> unit code
    number_end: re.Pattern[str]
    # "70-odd km", "200-plus km": a qualifier written after the number, before the unit
    number_suffix: re.Pattern[str]
    qualifier_end: re.Pattern[str]
    qualifier_names: dict[str, Qualifier]
    qualifier_after: re.Pattern[str]
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    length_after: re.Pattern[str]
    length_of: re.Pattern[str]
    within: re.Pattern[str]
    height_after: re.Pattern[str]
    not_height_after: re.Pattern[str]
    flight_after_length: re.Pattern[str]
    length_before: re.Pattern[str]
    height_before: re.Pattern[str]
    portion_before: re.Pattern[str]
    portion_after: re.Pattern[str]
    portion_way: re.Pattern[str]  # "40 Kilometer Autobahn neu asphaltiert": a part of a way
    capability_before: re.Pattern[str]
    # "200 km farther from X than Y", "100 Kilometer weiter ... als": a difference
    comparative_after: re.Pattern[str]
    comparative_than: re.Pattern[str]
    direction_after: re.Pattern[str]
    direction_names: dict[str, str]
    fillers: re.Pattern[str]
    number_words: dict[str, float]
    multipliers: dict[str, float]
    joiners: tuple[str, ...]
    vague: frozenset[str]
    vague_before: re.Pattern[str]  # "a few hundred", "Dutzende" right before the unit
    vague_ranges: dict[str, tuple[float, float]]
    range_before: re.Pattern[str]
    last_words: frozenset[str]


def _fold(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


@cache
def _compiled(lang: str) -> _Compiled:
    lex = lexicon(lang)
    unit_names: dict[str, str] = {}
    word_alts: list[str] = []
    abbr_alts: list[str] = []
    for code, forms in lex["units"].items():
        for w in forms.get("words", []):
            unit_names[_fold(w)] = code
            word_alts.append(w)
        for a in forms.get("abbreviations", []):
            unit_names.setdefault(_fold(a), code)
            unit_names[a] = code
            abbr_alts.append(a)
    # Words case-insensitively, abbreviations case-sensitively (an inline flag group).
    # A look-ahead on the possible first letters lets the engine skip most positions
    # without trying every alternative (units are rare in text).
    firsts = {w[0].lower() for w in word_alts} | {w[0].upper() for w in word_alts}
    firsts |= {a[0] for a in abbr_alts}
    first_class = "[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]"
    unit_re = re.compile(
        r"(?="
        + first_class
        + r")(?<![^\W\d_])(?:(?i:"
        + phrase_pattern(word_alts)
        + r")|"
        + phrase_pattern(abbr_alts)
        + r")"
        r"(?![^\W\d_])"
    )
    nums = {_fold(k): float(v) for k, v in lex["numbers"]["words"].items()}
    mults = {_fold(k): float(v) for k, v in lex["numbers"].get("multipliers", {}).items()}
    # A run of number words (letters, hyphens, spaces) ending right before the unit.
    number_end = re.compile(r"(" + _FRACTION + "|" + _DIGITS + r")[\s\u00a0\u202f\u2009-]{0,3}$")
    qualifiers = lex["qualifiers"]
    q_names: dict[str, Qualifier] = {}
    q_alts: list[str] = []
    classes: tuple[Qualifier, ...] = ("lower", "upper", "approx", "just_under", "just_over")
    for cls in classes:
        for p in qualifiers.get(cls, []):
            q_names[_fold(p)] = cls
            q_alts.append(p)
    qualifier_end = re.compile(
        r"(?i)(?<![\w])(" + phrase_pattern(q_alts) + r")[\s\u00a0\u202f]{1,3}$"
    )
    after_alts: dict[str, Qualifier] = {
        _fold(p): "lower" for p in qualifiers.get("lower_after", [])
    }
    after_alts |= {_fold(p): "upper" for p in qualifiers.get("upper_after", [])}
    q_names |= {("after:" + k): v for k, v in after_alts.items()}
    qualifier_after = re.compile(
        r"(?i)^[\s\u00a0\u202f]{0,3}("
        + phrase_pattern(qualifiers.get("lower_after", []) + qualifiers.get("upper_after", []))
        + r")(?![\w])"
    )
    nd = lex["not_distance"]
    not_after = re.compile(
        r"(?i)^[\s\u00a0\u202f]{0,2}" + phrase_pattern(nd["after"]) + r"(?![\w])"
    )
    not_before = re.compile(
        r"(?i)(?<![\w])" + phrase_pattern(nd["before"]) + r"[\s\u00a0\u202f-]{0,2}$"
    )
    ms = lex["measure"]
    # "(?![\w-])": "high-speed", "long-distance" are compounds, not "high", "long"
    length_after = _phrase_after(ms["length_after"])
    height_after = _phrase_after(ms["height_after"])
    # "105 km up the coast", "20 km down the road": a way along, not a height
    not_height_after = _phrase_after(ms.get("not_height_after", []) or ["\uffff"])
    # "nach einem rund 880 Kilometer langen Flug": a flight's distance, not a length
    flight_after_length = re.compile(
        r"(?i)^[\s\u00a0\u202f]{1,3}"
        + phrase_pattern(ms.get("flight_after_length", []) or ["\uffff"])
        + r"(?![\w])"
    )
    length_before = _phrase_before(ms["length_before"])
    height_before = _phrase_before(ms["height_before"])
    capability_before = _phrase_before(ms.get("capability_before", []))
    # "N km farther/closer ... than", "N Kilometer weiter/näher ... als": the number is the
    # difference of two distances (a comparative word right after the unit, its "than"
    # later in the same clause), no distance between two places
    comparative_after = _phrase_after(ms.get("comparative_after", []) or ["\uffff"])
    comparative_than = re.compile(
        r"(?i)(?<![\w])"
        + phrase_pattern(ms.get("comparative_than", []) or ["\uffff"])
        + r"(?![\w])"
    )
    d_names: dict[str, str] = {}
    d_alts: list[str] = []
    for point, forms in lex["directions"].items():
        for f in forms:
            d_names[_fold(f)] = point
            d_alts.append(f)
    fillers = lex["claims"].get("fillers", [])
    filler_pat = phrase_pattern(fillers)
    # "some 290 km by road north-west of <Y>", "rund 300 km flussaufwärts nördlich von <Y>":
    # how the distance is measured may stand between it and its direction (the claims read
    # the along word as a route's, lexicon along_words)
    lead_pat = phrase_pattern([*fillers, *lex["claims"].get("along_words", [])])
    direction_after = re.compile(
        r"(?i)^[\s\u00a0\u202f,]{0,3}(?:"
        + lead_pat
        + r"[\s\u00a0\u202f,]{1,3}){0,3}("
        + phrase_pattern(d_alts)
        + r")(?![\w])"
    )
    suffixes: dict[str, Qualifier] = {
        _fold(w): "just_over" for w in qualifiers.get("just_over_suffix", [])
    }
    suffixes |= {_fold(w): "lower" for w in qualifiers.get("lower_suffix", [])}
    q_names |= {("suffix:" + k): v for k, v in suffixes.items()}
    number_suffix = re.compile(
        r"(?i)(?<=[\d])[\s\u00a0-]{0,2}("
        + phrase_pattern(list(suffixes) or ["\uffff"])
        + r")[\s\u00a0\u202f-]{0,3}$"
    )
    return _Compiled(
        unit=unit_re,
        unit_names=unit_names,
        number_end=number_end,
        number_suffix=number_suffix,
        qualifier_end=qualifier_end,
        qualifier_names=q_names,
        qualifier_after=qualifier_after,
        not_after=not_after,
        not_before=not_before,
        length_after=length_after,
        length_of=re.compile(
            r"(?i)^[\s\u00a0\u202f]{0,3}" + phrase_pattern(ms.get("length_of", [])) + r"(?![\w])"
        ),
        within=_phrase_before(ms.get("within", [])),
        height_after=height_after,
        not_height_after=not_height_after,
        flight_after_length=flight_after_length,
        length_before=length_before,
        height_before=height_before,
        portion_before=_phrase_before(ms.get("portion_before", []) or ["\uffff"]),
        # "auf 4 Kilometern Länge unter Wasser": a length noun may stand between (session 30)
        portion_after=re.compile(
            r"(?i)^[\s\u00a0\u202f]{0,3}(?:"
            + phrase_pattern(ms.get("portion_length_nouns", []) or ["\uffff"])
            + r"[\s\u00a0\u202f]{1,3})?"
            + phrase_pattern(ms.get("portion_after", []) or ["\uffff"])
            + r"(?![\w-])"
        ),
        portion_way=re.compile(
            r"(?i)^[\s\u00a0\u202f]{0,3}"
            + phrase_pattern(ms.get("portion_way_nouns", []) or ["\uffff"])
            + r"(?![\w-])[^.;:!?\n]{0,40}?(?<![\w])"
            + phrase_pattern(
                ms.get("portion_way_works", []) + ms.get("portion_after", []) or ["\uffff"]
            )
            + r"(?![\w-])"
        ),
        capability_before=capability_before,
        comparative_after=comparative_after,
        comparative_than=comparative_than,
        direction_after=direction_after,
        direction_names=d_names,
        fillers=re.compile(
            r"(?i)^[\s\u00a0\u202f,]{0,3}(?:" + filler_pat + r"[\s\u00a0\u202f,]{0,3}){0,3}"
        ),
        number_words=nums,
        multipliers=mults,
        joiners=tuple(_fold(j) for j in lex["numbers"].get("joiners", [])),
        vague=frozenset(_fold(v) for v in lex["numbers"].get("vague", [])),
        vague_before=re.compile(
            r"(?i)(?<![\w])("
            + phrase_pattern(list(lex["numbers"].get("vague_ranges", {})) or ["\uffff"])
            + r")[\s\u00a0\u202f]{1,3}$"
        ),
        vague_ranges={
            _fold(k): (float(v[0]), float(v[1]))
            for k, v in lex["numbers"].get("vague_ranges", {}).items()
        },
        range_before=re.compile(
            r"(?i)(?:(?<![\w])"
            + phrase_pattern(lex["numbers"].get("range_between", []))
            + r"[\s\u00a0]{1,3})?"
            r"("
            + _DIGITS
            + r")[\s\u00a0]{0,3}(?:"
            + phrase_pattern(
                lex["numbers"].get("range_joiners", [])
                + lex["numbers"].get("range_between_joiners", [])
            )
            + r")[\s\u00a0]{0,3}$"
        ),
        last_words=frozenset(k.split()[-1] for k in list(nums) + list(mults)),
    )


@lru_cache(maxsize=65_536)
def parse_number(token: str, lang: str) -> float | None:
    """A number written with digits, per the conventions of ``lang``; ``None`` if it is not one.

    Memoised: babel's ``parse_decimal`` costs tens of microseconds, and a text of many
    distances repeats its numbers (a pure function of its two strings).

    German groups thousands with ``.`` and writes decimals with ``,``; English the other way
    round; both group with spaces. A separator that the language's convention cannot explain
    (``12.5`` in German) is read by the other convention rather than dropped.

    >>> parse_number("1.200", "de"), parse_number("1,5", "de"), parse_number("1 200", "en")
    (1200.0, 1.5, 1200.0)
    """
    s = token.strip()
    if not s or len(s) > 40 or not s[0].isdigit() or not _NUMERIC_TOKEN.fullmatch(s):
        return None  # also refuses what babel would read as scientific notation (1e999)
    if "/" in s:
        whole, _, frac = s.rpartition(" ")
        num, _, den = frac.partition("/")
        if (
            not (num.isdigit() and den.isdigit())
            or int(den) == 0
            or (whole and not whole.isdigit())
        ):
            return None
        return (int(whole) if whole else 0) + int(num) / int(den)
    s = re.sub(r"(?<=\d)[\u00a0\u202f\u2009 '](?=\d{3})", "", s)
    locale = supported(lang)
    # the document's convention first, then any other a separator may be written in
    for loc in (locale, *(x for x in SUPPORTED_LANGUAGES if x != locale)):
        try:
            value = float(parse_decimal(s, locale=loc, strict=True))
        except (NumberFormatError, ValueError, ArithmeticError):
            continue
        return value if math.isfinite(value) and value >= 0 else None
    return None


def _parse_number_words(phrase: str, lang: str) -> float | None:
    """A number written in words (``zwei``, ``anderthalb``, ``zweihundertfünfzig``,
    ``two hundred and fifty``); ``None`` when any part is not a number word."""
    c = _compiled(lang)
    folded = _fold(phrase.replace("-", " "))
    if not folded:
        return None
    if folded in c.number_words:
        return c.number_words[folded]
    # Split every word greedily into lexicon pieces (German writes compounds as one word).
    pieces: list[str] = []
    vocab = set(c.number_words) | set(c.multipliers) | set(c.joiners)
    for word in folded.split():
        i = 0
        while i < len(word):
            for j in range(len(word), i, -1):
                if word[i:j] in vocab:
                    pieces.append(word[i:j])
                    i = j
                    break
            else:
                return None
    total = 0.0
    current = 0.0
    seen = False
    for p in pieces:
        if p in c.joiners:
            continue
        if p in c.multipliers:
            m = c.multipliers[p]
            if m >= 1000:
                total += (current or 1.0) * m
                current = 0.0
            else:
                current = (current or 1.0) * m
            seen = True
            continue
        current += c.number_words[p]
        seen = True
    return total + current if seen else None


def _qualifier_before(text: str, start: int, lang: str) -> tuple[Qualifier, int]:
    c = _compiled(lang)
    lo = max(0, start - _QUALIFIER_WINDOW)
    m = c.qualifier_end.search(text, lo, start)
    if m is None:
        return "exact", start
    return c.qualifier_names.get(_fold(m.group(1)), "exact"), m.start(1)


_LIST_ITEMS = 5  # "145, 155, 210 and 250 km": at most this many numbers share one unit
_BARE_NUMBER_END = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?\Z")
_NUMBER_AT = re.compile(r"\d(?:[\d.,]*\d)?")


def list_items(text: str, q: Quantity, lang: str, joint: re.Pattern[str]) -> tuple[Quantity, ...]:
    r"""``rund 145 beziehungsweise 155 Kilometer``, ``about 200 and 130 km``, ``145, 155
    and 250 km``: numbers written without a unit before a distance and joined to it by
    ``joint`` (a pattern anchored at the end of the searched slice, with ``$``; what it
    matches must hold a comma or a list word) are distances in its unit, each with its
    own qualifier or else the first one's. Returns the items and the distance itself as
    the last (a ``155 and 250 km`` read as one range becomes its last number); just
    ``(q,)`` when there is no list.

    >>> [x.text for x in list_items("rund 145 bzw. 155 Kilometer", find_quantities(
    ...     "rund 145 bzw. 155 Kilometer", "de")[0], "de", re.compile(r"\s+bzw\.\s+$"))]
    ['rund 145', '155 Kilometer']
    """
    m = _NUMBER_AT.match(text, q.number_start)
    last_value = parse_number(m.group(0), lang) if m else None
    if last_value is None:
        return (q,)
    found: list[tuple[float, Qualifier, int, int, int]] = []
    pos = q.number_start
    while len(found) < _LIST_ITEMS:
        jm = joint.search(text, max(0, pos - 30), pos)
        if jm is None or not jm.group().strip():
            break  # a comma or a list word must join the numbers
        nm = _BARE_NUMBER_END.search(text, max(0, jm.start() - 20), jm.start())
        value = parse_number(nm.group(0), lang) if nm else None
        if nm is None or value is None:
            break
        qualifier, start = _qualifier_before(text, nm.start(), lang)
        found.append((value, qualifier, start, nm.start(), nm.end()))
        pos = start
    if not found:
        return (q,)
    found.reverse()
    first_qualifier = found[0][1]
    items = [
        Quantity(
            value=value,
            unit=q.unit,
            qualifier=qualifier if start < number_start else first_qualifier,
            start=start,
            end=end,
            number_start=number_start,
            text=text[start:end],
            measure=q.measure,
        )
        for value, qualifier, start, number_start, end in found
    ]
    lead = text[q.start : q.number_start]
    own = bool(lead) and not any(ch.isdigit() for ch in lead)  # a qualifier, no range
    last = dataclasses.replace(
        q,
        value=last_value,
        qualifier=q.qualifier if own else first_qualifier,
        start=q.start if own else q.number_start,
        text=text[q.start if own else q.number_start : q.end],
    )
    return (*items, last)


_GAPPED_STOP = ".;!?)\u2013\u2014"  # what may end a clause right after a gapped number


def gapped_quantity(
    text: str, pos: int, end: int, like: Quantity, lang: str, joint: re.Pattern[str]
) -> Quantity | None:
    r"""``Hamburg ist gut 250 Kilometer von Berlin entfernt, Leipzig knapp 150.``, ``Porto
    is 275 km from Lisbon, Faro about 220``: a number right after ``pos`` (the end of the
    gapped clause's subject), with no word before it but a qualifier and none after it (the
    clause ends there: ``.``, ``;``, a bracket or a dash, or ``joint`` goes on to another
    item), repeats the predicate of the distance ``like`` with the verb and the unit left
    out: a distance in ``like``'s unit with ``like``'s direction. ``None`` otherwise (a
    number followed by a noun, ``Leipzig 600.000 Einwohner``, is no distance).

    >>> t = "Tartu liegt 160 km von Tallinn, Pärnu etwa 130."
    >>> q = gapped_quantity(t, 37, len(t), find_quantities(t, "de")[0], "de", re.compile(","))
    >>> (q.text, q.value, q.unit, q.qualifier)
    ('etwa 130', 130.0, 'km', 'approx')
    """
    m = _NUMBER_AT.search(text, pos, min(end, pos + _QUALIFIER_WINDOW))
    if m is None or (
        m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,")
    ):
        return None
    value = parse_number(m.group(0), lang)
    if value is None or value <= 0:
        return None
    qualifier, start = _qualifier_before(text, m.start(), lang)
    if start < pos or text[pos:start].strip(" \u00a0"):
        return None  # another word between the subject and the number
    rest = text[m.end() : end].lstrip(" \u00a0")
    if rest and rest[0] not in _GAPPED_STOP and joint.match(text, m.end()) is None:
        return None  # a unit or a noun after the number: not a gapped distance
    return Quantity(
        value=value,
        unit=like.unit,
        qualifier=qualifier,
        start=start,
        end=m.end(),
        number_start=m.start(),
        text=text[start : m.end()],
        direction=like.direction,
        measure="distance",
    )


def find_direction(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """The compass direction starting at ``pos`` (after optional fillers such as
    ``weiter``/``away``): ``(point, end offset)`` or ``None``.

    >>> find_direction("10 km north-east of X", 5, "en")
    ('NE', 16)
    """
    c = _compiled(lang)
    m = c.direction_after.match(text[pos : pos + _AFTER_WINDOW])
    if m is None:
        return None
    point = c.direction_names.get(_fold(m.group(1)))
    return (point, pos + m.end(1)) if point else None


def parse_direction(phrase: str, lang: str) -> str | None:
    """The 8-point compass point a direction phrase names (``südwestlich`` -> ``SW``)."""
    c = _compiled(lang)
    return c.direction_names.get(_fold(phrase))


def _number_before(
    text: str, unit_start: int, lang: str
) -> tuple[float, int, Qualifier | None] | None:
    """The number right before a unit: ``(value, start, qualifier)``, the qualifier only
    when a suffix between number and unit says one (``70-odd km``: a little more)."""
    c = _compiled(lang)
    lo = max(0, unit_start - _NUMBER_WINDOW)
    suffix: Qualifier | None = None
    sm = c.number_suffix.search(text, lo, unit_start)
    if sm is not None:
        suffix = c.qualifier_names.get("suffix:" + _fold(sm.group(1)))
        unit_start = sm.start()
        m = c.number_end.search(text, lo, unit_start)
        if m is None:
            return None
        value = parse_number(m.group(1), lang)
        return (value, m.start(1), suffix) if value is not None else None
    m = c.number_end.search(text, lo, unit_start)
    if m is not None:
        value = parse_number(m.group(1), lang)
        if value is not None:
            return value, m.start(1), None
    # Number words: the last few words before the unit, joined only by spaces or hyphens.
    window = text[lo:unit_start]
    if not window[-1:].isspace() and window[-1:] != "-":
        return None
    words = list(_WORD.finditer(window))
    if words and lo > 0 and words[0].start() == 0 and text[lo - 1].isalpha():
        words = words[1:]  # cut by the window: not a whole word
    words = words[-_MAX_NUMBER_WORDS:]
    if not words or window[words[-1].end() :].strip(" \u00a0\u202f\t\n-"):
        return None
    last = words[-1].group(0)
    if _fold(last) not in c.last_words and _parse_number_words(last, lang) is None:
        return None  # the common case: an ordinary word before a unit-like token
    vague = c.vague
    for k in range(len(words)):
        if any(
            window[a.end() : b.start()].strip(" \u00a0\u202f\t\n-")
            for a, b in zip(words[k:], words[k + 1 :], strict=False)
        ):
            continue
        # "einige hundert", "a couple of hundred": vague, no quantity
        before = [_fold(w.group(0)) for w in words[max(0, k - 2) : k]]
        if any(w in vague for w in before):
            return None
        value = _parse_number_words(window[words[k].start() : words[-1].end()], lang)
        if value is not None and value > 0:
            return value, lo + words[k].start(), None
    return None


_VAGUE_WINDOW = 30  # "einige hundert " before the unit


def find_quantities(
    text: str, lang: str, start: int = 0, end: int | None = None, *, limit: int | None = None
) -> tuple[Quantity, ...]:
    """Every number-with-distance-unit in ``text[start:end]``, in order (only the first
    ``limit`` when given: the search stops there).

    Speeds (``100 km/h``) and areas (``km²``, ``Quadratkilometer``) are not returned;
    lengths and heights are returned with ``measure`` set so callers can drop them.
    """
    c = _compiled(lang)
    end = len(text) if end is None else end
    out: list[Quantity] = []
    if limit is not None and limit <= 0:
        return ()
    for um in c.unit.finditer(text, start, end):
        if limit is not None and len(out) >= limit:
            break
        unit = c.unit_names.get(um.group(0)) or c.unit_names.get(_fold(um.group(0)))
        if unit is None:
            continue
        after = text[um.end() : um.end() + _AFTER_WINDOW]
        if c.not_after.match(after):
            continue
        nb = _number_before(text, um.start(), lang)
        suffix_qualifier: Qualifier | None = None
        vague_km: tuple[float, float] | None = None
        if nb is None:
            # "a few hundred kilometres", "Dutzende Kilometer": a documented range of km
            vm = c.vague_before.search(text, max(0, um.start() - _VAGUE_WINDOW), um.start())
            if vm is None:
                continue
            lo_v, hi_v = c.vague_ranges[_fold(vm.group(1))]
            factor = to_km(1.0, unit)
            vague_km = (lo_v * factor, hi_v * factor)
            nb = ((lo_v + hi_v) / 2.0, vm.start(), None)
        value, nstart, suffix_qualifier = nb
        if value <= 0:
            continue
        if c.not_before.search(text, max(0, nstart - 20), nstart):
            continue
        between = text[nstart : um.start()]
        if "\n\n" in between:
            continue
        qualifier, qstart = _qualifier_before(text, nstart, lang)
        if vague_km is not None:
            qualifier, qstart = "approx", nstart
        elif suffix_qualifier is not None and qualifier == "exact":
            qualifier = suffix_qualifier
        rng = c.range_before.search(text, max(0, nstart - 40), nstart)
        if rng is not None and qualifier == "exact":
            low = parse_number(rng.group(1), lang)
            if low is not None and 0 < low < value:
                # "100 bis 150 Kilometer": about the midpoint (approx covers the span
                # for ranges up to about a third of the midpoint either side)
                value = (low + value) / 2.0
                qualifier = "approx"
                qstart = rng.start()
        qend = um.end()
        qa = c.qualifier_after.match(after)
        if qa is not None and qualifier == "exact":
            qualifier = c.qualifier_names.get("after:" + _fold(qa.group(1)), "exact")
            qend = um.end() + qa.end(1)
        if suffix_qualifier is not None:
            # "70-odd km": the hyphen joins number and suffix, not number and unit
            sm = c.number_suffix.search(text, nstart, um.start())
            between = text[sm.end(1) : um.start()] if sm is not None else between
        # a hyphen that joins the number to its unit (``280-km``, ``1,000-kilometre-long``),
        # not one inside the number (``thirty-five kilometres``, a number written out)
        attributive = after.startswith("-") or between.rstrip(" \u00a0\u202f").endswith("-")
        measure = "distance"
        length_of = c.length_of.match(after) and not c.within.search(
            text, max(0, nstart - 30), nstart
        )
        la = c.length_after.match(after)
        if la is not None and c.flight_after_length.match(after[la.end() :]):
            la = None  # "ein 880 Kilometer langer Flug": how far it flew
        if (
            c.portion_after.match(after)
            or c.portion_way.match(after)
            or c.portion_before.search(text, max(0, qstart - 40), qstart)
        ):
            # "was closed for 30 km", "auf 30 Kilometern gesperrt", "40 Kilometer Autobahn
            # neu asphaltiert": a part of a way
            measure = "portion"
        elif (
            la is not None or length_of or c.length_before.search(text, max(0, qstart - 40), qstart)
        ):
            measure = "length"
        elif (
            c.height_after.match(after) and not c.not_height_after.match(after)
        ) or c.height_before.search(text, max(0, qstart - 40), qstart):
            measure = "height"
        elif c.capability_before.search(text, max(0, qstart - 40), qstart):
            measure = "capability"
        elif _comparative(c, text, um.end(), after):
            measure = "difference"
        direction = find_direction(text, um.end(), lang)
        out.append(
            Quantity(
                value=value,
                unit=unit,
                qualifier=qualifier,
                start=qstart,
                end=qend,
                number_start=nstart,
                text=text[qstart:qend],
                direction=direction[0] if direction else None,
                direction_end=direction[1] if direction else None,
                measure=measure,
                attributive=attributive,
                vague_km=vague_km,
            )
        )
    return _fold_attributive_conversions(text, out)


def _fold_attributive_conversions(text: str, qs: list[Quantity]) -> tuple[Quantity, ...]:
    """``the 150-km (95-mile) motorway``, ``a 510-km [315-mile] flight``: a hyphenated
    length followed by its conversion in brackets, hyphenated too, is one modifier of the
    noun after the bracket. The first quantity's span takes in the bracket, so the noun
    follows it as it follows ``the 150-km``; the conversion is no quantity of its own (it
    made a second, placeless reading of the same length). Only a bracket that holds the
    conversion alone (blanks aside) counts; a non-hyphenated ``150 km (95 miles)`` is
    read by the claim reader's conversion skip.

    >>> [q.text for q in find_quantities("the 150-km (95-mile) motorway", "en")]
    ['150-km (95-mile)']
    """
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.attributive and i + 1 < len(qs) and qs[i + 1].attributive:
            q2 = qs[i + 1]
            gap = text[q.end : q2.start]
            opener = gap.strip(" \u00a0")
            if opener in ("(", "[") and len(gap) <= 3:
                closer = ")" if opener == "(" else "]"
                j = q2.end
                while j < min(len(text), q2.end + 2) and text[j] in " \u00a0":
                    j += 1
                if j < len(text) and text[j] == closer:
                    end = j + 1
                    out.append(dataclasses.replace(q, end=end, text=text[q.start : end]))
                    i += 2
                    continue
        out.append(q)
        i += 1
    return tuple(out)


_COMPARATIVE_CLAUSE_END = re.compile(r"[;:!?()\[\]\"“”„«»]|,(?!\d)|\.(?!\d)")


def _comparative(c: _Compiled, text: str, unit_end: int, after: str) -> bool:
    """Is the quantity ending at ``unit_end`` the difference of two distances (``200 km
    farther from <X> than <Y>``, ``100 Kilometer näher an <X> als <Y>``)? A comparative
    word right after the unit and its ``than``/``als`` later in the same clause: the text
    states neither distance, so nothing can be checked. Without the ``than`` the word is a
    way on (``some 80 km further east``, ``rund 270 Kilometer weiter südöstlich``)."""
    m = c.comparative_after.match(after)
    if m is None:
        return False
    start = unit_end + m.end()
    stop = _COMPARATIVE_CLAUSE_END.search(text, start, start + _AFTER_WINDOW * 4)
    hi = stop.start() if stop is not None else min(len(text), start + _AFTER_WINDOW * 4)
    return c.comparative_than.search(text, start, hi) is not None


@cache
def common_nouns(lang: str) -> frozenset[str]:
    """The common-noun forms of ``lang`` as written (``geomap/lexicons/nouns_<lang>.csv``,
    the list the geoparser weighs too); empty for a language without one (English writes
    only names with a capital, so it needs none)."""
    res = resources.files("geomap.lexicons").joinpath(f"nouns_{lang}.csv")
    if not res.is_file():
        return frozenset()
    lines = [ln for ln in res.read_text(encoding="utf-8").splitlines() if ln[:1] not in ("", "#")]
    return frozenset(lines[1:])
