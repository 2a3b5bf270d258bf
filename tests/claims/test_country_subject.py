"""A country the text places (``Fiji lies some 2,100 km north of Auckland``) is an area: the
claim holds when some point of it lies at the stated distance in the stated direction, as for
an outlined island, not only when its nearest outlying reef does. A country too far or too
near everywhere stays inconsistent, and a country as the reference keeps its nearest point
(docs/claims.md)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

os.environ.setdefault("GEOMAP_OFFLINE", "1")

ROWS = [
    ("en", "Fiji lies some 2,100 km north of Auckland.", "consistent"),
    ("en", "Japan lies about 1,000 km east of Shanghai.", "consistent"),
    ("de", "Madagaskar liegt rund 1.000 Kilometer östlich von Maputo.", "consistent"),
    ("en", "Sri Lanka lies some 1,500 km south of Delhi.", "inconsistent"),
    ("en", "Mongolia lies about 300 km north of Beijing.", "inconsistent"),
    ("de", "Island liegt rund 300 Kilometer westlich von Bergen.", "inconsistent"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), ROWS)
def test_a_country_subject_is_an_area(
    analyze: Callable[..., Any], lang: str, text: str, verdict: str
) -> None:
    claims = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    assert len(claims) == 1, claims
    assert claims[0].verdict == verdict, claims[0].explanation


def test_a_country_reference_keeps_its_nearest_point(analyze: Callable[..., Any]) -> None:
    c = analyze(
        "Auckland lies some 2,100 km south of Fiji.", lang="en", date="2026-06-01", events=False
    ).claims[0]
    # the documented reading of a country reference ("missiles fell 200 km from Japan" is
    # measured to its nearest island), whatever the verdict
    assert "nearest point of Fiji" in c.explanation, c.explanation
