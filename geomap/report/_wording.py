"""How reports and the map word what geomap computed: one phrasing for every format.

The reports (text, markdown, JUnit, CSV) and the map used to word the same facts
differently (a bearing the wrong way round, ``accepted 1420-20004 km``, ``KR's coast``,
dates as ``(month)``). These helpers are the one place each fact is worded, so every
format says the same thing. Country names come from CLDR (``babel``), in English or
German.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from babel import Locale
from babel.dates import format_date

from geomap.geometry import MAX_GEODESIC_KM, bearing_deg
from geomap.lexicons import language_profile
from geomap.model import QUALIFIER_SYMBOLS, Claim

__all__ = [
    "ATTRIBUTION",
    "CLAIM_WORDS",
    "accepted_phrase",
    "claim_ends",
    "claim_numbers",
    "claim_summary",
    "claim_title",
    "country_name",
    "date_phrase",
    "km_phrase",
    "named_countries",
    "stated_phrase",
    "subject_bearing",
    "verdict_word",
]

#: What the data behind every report and map must credit (GeoNames asks for it under
#: CC BY 4.0; Natural Earth is public domain and asks for a credit line).
ATTRIBUTION = "Places: GeoNames (CC BY 4.0, geonames.org); borders and coasts: Natural Earth."

#: An upper bound at or above this is no bound at all (no two points on Earth are farther).
_NO_UPPER_KM = MAX_GEODESIC_KM - 1.0
#: ``JP's`` (a country code in possessive form) as the claims wing writes it in explanations.
_CODE_POSSESSIVE = re.compile(r"\b([A-Z]{2})'s\b")


@functools.lru_cache(maxsize=4)
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(language_profile(lang).lang).territories)


def country_name(code: str, lang: str = "en") -> str:
    """The country's CLDR name for an ISO 3166 alpha-2 code, or the code if CLDR lacks it.

    >>> country_name("JP"), country_name("CH", "de")
    ('Japan', 'Schweiz')
    """
    return _territories(lang).get(code.upper(), code)


def named_countries(s: str, lang: str = "en") -> str:
    """``s`` with possessive country codes (``KR's coast``) written as names (``South
    Korea's coast``). Codes CLDR does not know are left as they are.

    >>> named_countries("within 370 km of KR's coast")
    "within 370 km of South Korea's coast"
    """
    return _CODE_POSSESSIVE.sub(lambda m: f"{country_name(m.group(1), lang)}'s", s)


def km_phrase(value: float, lang: str = "en") -> str:
    """Kilometres as people write them: thousands grouped, whole from 10 up.

    >>> km_phrase(1420.4), km_phrase(1420.4, "de"), km_phrase(2.25)
    ('1,420 km', '1.420 km', '2.2 km')
    """
    s = f"{value:,.0f}" if abs(value) >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")
    decimal, group = language_profile(lang).number_symbols  # CLDR's: "1.420 km" in German
    symbols: dict[str, str | int | None] = {",": group, ".": decimal}
    return s.translate(str.maketrans(symbols)) + " km"


def accepted_phrase(accepted: tuple[float, float] | None, lang: str = "en") -> str:
    """The interval a stated distance allows, in words: an upper end at the antipode is no
    bound (``at least 1,420 km``), a lower end at 0 none either (``at most 80 km``).

    >>> accepted_phrase((1420.0, 20004.0))
    'at least 1,420 km'
    >>> accepted_phrase((855.0, 945.0))
    '855 km to 945 km'
    >>> accepted_phrase((0.0, 80.0), "de")
    'höchstens 80 km'
    """
    if accepted is None:
        return ""
    lo, hi = accepted
    words = language_profile(lang).interval_wording
    lo_s, hi_s = km_phrase(lo, lang), km_phrase(hi, lang)
    if hi >= _NO_UPPER_KM and lo <= 0:
        return words.any_distance
    if hi >= _NO_UPPER_KM:
        return words.at_least.format(lo=lo_s)
    if lo <= 0:
        return words.at_most.format(hi=hi_s)
    return words.between.format(lo=lo_s, hi=hi_s)


def claim_ends(c: Claim) -> tuple[float, float, float, float] | None:
    """``(lat1, lon1, lat2, lon2)`` of what a claim measured: from its subject to the
    nearest point of the reference (borders, coasts, countries) or to the reference point;
    ``None`` when either end is unknown."""
    s = c.subject
    if s is None or s.lat is None or s.lon is None:
        return None
    if c.nearest is not None:
        return (s.lat, s.lon, c.nearest[0], c.nearest[1])
    r = c.reference
    if r is not None and r.lat is not None and r.lon is not None:
        return (s.lat, s.lon, r.lat, r.lon)
    return None


def subject_bearing(c: Claim) -> float | None:
    """The initial geodesic bearing *from the subject to the reference* (the way the claim
    reads, "X is N km from Y"), in degrees from north; ``None`` if nothing was measured.

    ``Claim.bearing_deg`` is the other way round (reference to subject, the bearing a
    stated direction such as "north of Y" is checked against); reports show this one and
    say which way it points."""
    ends = claim_ends(c)
    if ends is None or c.computed_km in (None, 0.0):
        return None
    return round(bearing_deg(*ends), 1)


#: The words a claim is reported with, in the languages of the map and the reports (the
#: reports are English; the map speaks the articles' language).
CLAIM_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "stated": "stated",
        "computed": "computed",
        "not_computed": "not computed",
        "consistent": "consistent",
        "inconsistent": "inconsistent",
        "unverifiable": "unverifiable",
        "range": "(range)",
    },
    "de": {
        "stated": "angegeben",
        "computed": "berechnet",
        "not_computed": "nicht berechnet",
        "consistent": "stimmig",
        "inconsistent": "falsch",
        "unverifiable": "nicht prüfbar",
        "range": "(Reichweite)",
    },
}


def _claim_words(lang: str) -> dict[str, str]:
    return CLAIM_WORDS.get(lang, CLAIM_WORDS["en"])


def verdict_word(verdict: str, lang: str = "en") -> str:
    """``inconsistent`` (``falsch`` in German); an unknown verdict as it is."""
    return _claim_words(lang).get(verdict, verdict)


def _number(value: float, lang: str) -> str:
    """A stated number as the article gave it: grouped from 100 up, decimals kept."""
    s = f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:g}"
    decimal, group = language_profile(lang).number_symbols  # CLDR's, as in km_phrase
    symbols: dict[str, str | int | None] = {",": group, ".": decimal}
    return s.translate(str.maketrans(symbols))


def stated_phrase(c: Claim, lang: str = "en") -> str:
    """The stated distance as the article gave it, with its qualifier (``>`` more than,
    ``<`` less than, ``≈`` about); another unit also in kilometres.

    >>> from geomap.model import Stated
    >>> def claim(value, unit, qualifier, km):
    ...     return Claim("t", 0, 0, 1, Stated(value, unit, qualifier, "t"), km, "point")
    >>> stated_phrase(claim(1420.0, "km", "lower", 1420.0))
    '> 1,420 km'
    >>> stated_phrase(claim(12.5, "km", "approx", 12.5), "de")
    '≈ 12,5 km'
    >>> stated_phrase(claim(100.0, "mi", "exact", 160.9))
    '100 mi (161 km)'
    """
    symbol = QUALIFIER_SYMBOLS.get(c.stated.qualifier, "")
    num = f"{_number(c.stated.value, lang)} {c.stated.unit}"
    if c.stated.unit != "km":
        num += f" ({km_phrase(c.stated_km, lang)})"
    return f"{symbol} {num}".strip()


def claim_title(c: Claim, lang: str = "en") -> str:
    """``<subject> → <reference>``: the claim's subject and what it is measured to (a range
    claim has no reference: ``(range)``)."""
    subj = c.subject.name if c.subject else "?"
    if c.reference is not None:
        ref = c.reference.name
    else:
        ref = _claim_words(lang)["range"] if c.form == "range" else "?"
    return f"{subj} → {ref}"


def claim_numbers(c: Claim, lang: str = "en") -> str:
    """``stated ≈ 200 km · computed 90 km`` (``not computed`` when nothing was measured)."""
    w = _claim_words(lang)
    computed = (
        f"{w['computed']} {km_phrase(c.computed_km, lang)}"
        if c.computed_km is not None
        else w["not_computed"]
    )
    return f"{w['stated']} {stated_phrase(c, lang)} · {computed}"


def claim_summary(c: Claim, lang: str = "en") -> str:
    """``stated > 900 km · computed 1,011 km · inconsistent``: one line for a claim, the
    same in every report and on the map."""
    return f"{claim_numbers(c, lang)} · {verdict_word(c.verdict, lang)}"


_MONTH_PRECISION = ("month",)


def date_phrase(iso: str | None, precision: str | None = None, lang: str = "en") -> str:
    """An ISO date as a reader writes it: ``13 September 2023`` for a day, ``September
    2023`` when only the month is known; the ISO text when it does not parse.

    >>> date_phrase("2023-09-13"), date_phrase("2023-09-01", "month", "de")
    ('13 September 2023', 'September 2023')
    """
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    locale = language_profile(lang).locale
    if precision in _MONTH_PRECISION:
        return format_date(d, format="LLLL y", locale=locale)
    return format_date(d, format="long", locale=locale)  # CLDR's: "13. September 2023"
