"""The quotation test's count of a clause's words inside quotation marks
(``_Spans.count_covered``) agrees with asking each word (``_Spans.covers``): overlapping,
nested, touching and empty spans, words before, inside and after them."""

from __future__ import annotations

import random

from geomap.events._sentences import _Spans


def test_count_covered_is_each_word_asked() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 60)
            spans.append((start, start + rng.randint(0, 15)))
        quoted = _Spans(spans)
        words = sorted(rng.sample(range(80), rng.randint(0, 20)))
        asked = sum(1 for w in words if quoted.covers(w, strict_start=True))
        assert quoted.count_covered(words) == asked


def test_touching_spans_leave_the_shared_offset_out() -> None:
    quoted = _Spans([(10, 20), (20, 30), (40, 40)])
    assert quoted.count_covered([5, 10, 11, 19, 20, 21, 29, 30, 40]) == 4  # 11, 19, 21, 29
