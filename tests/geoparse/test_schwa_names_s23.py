"""Issue 21, session 23 round 2: Azerbaijani names written natively, with the schwa
(``ə``), are read: the gazetteer stores them romanised with ``e`` (``Gence``) or ``a``
(``Lankaran``), and the name keys fold the schwa to both (``gazetteer._normalize``).

The sentences are this file's own.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, name): each must be read in Azerbaijan; none was read on the
#: starting code
ROWS = (
    ("en", "Protesters gathered in Gəncə on Sunday.", "Gəncə"),
    ("en", "The train from Baku reached Mingəçevir in the evening.", "Mingəçevir"),
    ("de", "In Lənkəran wurde am Montag ein neues Krankenhaus eröffnet.", "Lənkəran"),
    ("en", "Officials in Bərdə said the road to Baku was closed.", "Bərdə"),
    ("en", "Tourists visited the old caravanserai in Şəki, north of Baku.", "Şəki"),
    ("de", "Die Straße von Gəncə nach Qəbələ wurde gesperrt.", "Qəbələ"),
    ("en", "A new school opened in Gədəbəy, Azerbaijan.", "Gədəbəy"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name"), ROWS)
def test_a_native_azerbaijani_spelling_is_read(gaz, lang, text, name) -> None:
    i = text.index(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == i]
    assert got, f"{name} not read"
    assert got[0].country_code == "AZ", (got[0].name, got[0].country_code)
