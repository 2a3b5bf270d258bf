# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 28 review (h28-rev): the claims readings merged in session 28 (lists around the
dateline, ``_reference._parallel_reference``; onward distances, ``_described._onward_origin``)
read against lists whose second place is measured from somewhere else than the dateline.

- ``<DATELINE> - <A>, N km to the north-east, and <B>, another M km north of there``
  (``weitere M Kilometer nördlich davon``, ``a further M km north-east of it``): the anaphor
  after a further distance goes on from <A>, the previous claim's subject, where the text
  stood; before, the anaphor was read by recency as the previous claim's reference, the
  dateline's place, and true claims were called ``inconsistent`` (English) or
  ``unverifiable`` (German).
- Guards: the same anaphor with no ``another``/``weitere`` still names the previous claim's
  reference (``<B> about M km north-east of it``: the chain reading stays a reading of the
  pronoun), a list of bare directions still measures every place from the dateline, and an
  explicit reference stays.

Sentences written for this test (Hesse and Lower Saxony, Castile, Umbria and Lazio,
Victoria), none from a corpus article or a probe. The points are hand points; the truth is
the geodesic between them computed here with geographiclib, never through geomap's code path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Kassel": (51.3127, 9.4797), "Göttingen": (51.5413, 9.9158), "Northeim": (51.7066, 9.9999),
    "Valladolid": (41.6523, -4.7245), "Palencia": (42.0095, -4.5288), "Burgos": (42.3439, -3.6969),
    "Perugia": (43.1107, 12.3908), "Orvieto": (42.7185, 12.1107), "Viterbo": (42.4207, 12.1077),
    "Melbourne": (-37.8136, 144.9631), "Ballarat": (-37.5622, 143.8503), "Bendigo": (-36.7570, 144.2794),
}

EN = [
    # a further distance after a list item under a dateline: onward from the item (fail at e5cb5272)
    Row("en", "KASSEL, Germany (Reuters) - A storm tore roofs off houses across northern Hesse on Monday. Göttingen, about 45 km to the north-east, and Northeim, another 20 km north of there, reported the worst damage.", "20 km", "Northeim", "Göttingen", "consistent"),
    Row("en", "KASSEL, Germany (Reuters) - A storm tore roofs off houses across northern Hesse on Monday. Göttingen, about 45 km to the north-east, and Northeim, another 60 km north of there, reported the worst damage.", "60 km", "Northeim", "Göttingen", "inconsistent"),
    Row("en", "VALLADOLID, Spain (AP) - Heavy snow closed roads across Castile on Monday. Palencia, about 45 km to the north-east, and Burgos, a further 80 km north-east of it, reported the worst conditions, officials said.", "80 km", "Burgos", "Palencia", "consistent"),
    Row("en", "Göttingen lies about 40 km north-east of Kassel, and Northeim another 20 km north of there.", "20 km", "Northeim", "Göttingen", "consistent"),
    # guards: no "another" keeps the pronoun's reading; a list of bare directions stays at the dateline
    Row("en", "Göttingen lies about 40 km north-east of Kassel, and Northeim about 55 km north-east of it.", "55 km", "Northeim", "Kassel", "consistent"),
    Row("en", "MELBOURNE, Australia - Bushfires burned across Victoria on Tuesday. Ballarat, 100 km to the north-west, and Bendigo, 130 km to the north-west, were under emergency warnings.", "130 km", "Bendigo", "Melbourne", "consistent"),
]

DE = [
    Row("de", "KASSEL (dpa) - Ein Sturm hat am Montag Nordhessen getroffen. Göttingen, rund 45 Kilometer nordöstlich, und Northeim, weitere 20 Kilometer nördlich davon, meldeten die schwersten Schäden.", "20 Kilometer", "Northeim", "Göttingen", "consistent"),
    Row("de", "KASSEL (dpa) - Ein Sturm hat am Montag Nordhessen getroffen. Göttingen, rund 45 Kilometer nordöstlich, und Northeim, weitere 60 Kilometer nördlich davon, meldeten die schwersten Schäden.", "60 Kilometer", "Northeim", "Göttingen", "inconsistent"),
    Row("de", "ROM (dpa) - Orvieto liegt etwa 45 Kilometer südwestlich von Perugia, Viterbo weitere 35 Kilometer südlich davon.", "35 Kilometer", "Viterbo", "Orvieto", "consistent"),
    Row("de", "Göttingen liegt rund 40 Kilometer nordöstlich von Kassel, Northeim weitere 20 Kilometer nördlich davon.", "20 Kilometer", "Northeim", "Göttingen", "consistent"),
    # guards
    Row("de", "Göttingen liegt rund 40 Kilometer nordöstlich von Kassel, Northeim rund 55 Kilometer nordöstlich davon.", "55 Kilometer", "Northeim", "Kassel", "consistent"),
    Row("de", "VALLADOLID (dpa) - Schnee hat am Montag Straßen in Kastilien gesperrt. Palencia, rund 45 Kilometer nordöstlich, und Burgos, etwa 80 Kilometer östlich von Palencia, meldeten Chaos.", "80 Kilometer", "Burgos", "Palencia", "consistent"),
]
# fmt: on


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, {}) for i, r in enumerate([*EN, *DE])])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
