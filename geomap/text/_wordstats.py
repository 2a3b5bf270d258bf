"""Word frequency, memoised: the geoparser asks for the same words in every article.

wordfreq's ``zipf_frequency`` tokenises its argument on every call (tens of
microseconds); an article asks for a few hundred words, most of them again and again.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency as _zipf

__all__ = ["zipf"]


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency (0-8) of ``word`` in ``lang``; 0 for unknown words."""
    return _zipf(word, lang)
