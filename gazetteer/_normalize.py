"""Name keys: how a written place name becomes the string the index is searched by.

News text spells places with and without diacritics, with umlauts written out
(``Muenchen``), with odd hyphens and apostrophes (``P'yongyang``, ``Rostow-am-Don``).
One folding function is used both when the index is built and when it is queried, so
the two always agree; the umlaut-expanded variant is stored as a second key.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_keys", "normalize_name"]

# Letters that NFKD does not decompose into a base letter plus a combining mark.
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ħ": "h",
        "ŀ": "l",
        "ŧ": "t",
        "ƒ": "f",
        # the Azerbaijani schwa (and the turned e some keyboards give for it): ``e`` as
        # in the Turkish-style romanisations (``Gence``, ``Berde``); ``name_keys`` adds
        # the ``a`` of the English ones (``Lankaran``, ``Mingachevir``)
        "ə": "e",
        "ǝ": "e",
    }
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SCHWA_A = str.maketrans({"ə": "a", "ǝ": "a"})
# Hyphens, apostrophes, quotes used as apostrophes, slashes, underscores and spaces
# separate words; every other non-word character is dropped.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212'\u2018\u2019\u02bb\u02bc\u00b4`_/]+")
_DROP = re.compile(r"[^\w ]+")
_SPACES = re.compile(r" {2,}")


# ASCII fast path (most names): one translate instead of two regex passes.
_ASCII_TABLE: dict[int, str | None] = {c: None for c in range(128) if not chr(c).isalnum()}
_ASCII_TABLE.update({ord(c): " " for c in " \t\n\r\f\v-'`_/"})


def normalize_name(name: str) -> str:
    """Fold a place name to its index key.

    Case-folds (``ß`` -> ``ss``), strips diacritics, turns hyphens, apostrophes and
    runs of white space into one space and drops other punctuation.

    >>> normalize_name("München")
    'munchen'
    >>> normalize_name("  Rostow-am-Don ")
    'rostow am don'
    >>> normalize_name("Łódź")
    'lodz'
    >>> normalize_name("Gießen")
    'giessen'
    >>> normalize_name("St. Petersburg")
    'st petersburg'
    >>> normalize_name("Gəncə")
    'gence'
    """
    s = name.casefold()
    if s.isascii():
        return " ".join(s.translate(_ASCII_TABLE).split())
    s = unicodedata.normalize("NFKD", s.translate(_LETTERS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _SEPARATORS.sub(" ", s)
    s = _DROP.sub("", s).replace("_", " ")
    if "  " in s:
        s = _SPACES.sub(" ", s)
    return s.strip()


def name_keys(name: str) -> tuple[str, ...]:
    """The keys a name is indexed under: the folded key and, when the name has a
    German umlaut, the umlaut-expanded key (``München`` -> ``munchen``, ``muenchen``);
    when it has an Azerbaijani schwa, the key with ``a`` for it as well, the letter the
    English romanisations write (``Lənkəran`` -> ``lenkeran``, ``lankaran``: GeoNames
    and simplemaps store ``Lankaran``, ``Gence`` and ``Kesla`` without the schwa).

    >>> name_keys("München")
    ('munchen', 'muenchen')
    >>> name_keys("Berlin")
    ('berlin',)
    >>> name_keys("Lənkəran")
    ('lenkeran', 'lankaran')
    """
    key = normalize_name(name)
    if name.isascii():
        return (key,) if key else ()
    low = unicodedata.normalize("NFC", name.casefold())
    keys = [key] if key else []
    if "ä" in low or "ö" in low or "ü" in low:
        keys.append(normalize_name(low.translate(_UMLAUTS)))
    if "ə" in low or "ǝ" in low:
        keys.append(normalize_name(low.translate(_SCHWA_A)))
    return tuple(dict.fromkeys(k for k in keys if k))
