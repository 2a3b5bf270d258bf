"""Issue 21, session 22: a country named as where a way leads or what borders the place
("die Brücke nach Polen", "an der Grenze zu Polen", "the bridge to Slovakia") says
nothing of where the story is. Its vote must not lift a town that bears the sentence's
name only as another name (a border town's older name across the border) over the town
that bears it as its own (``destination_words`` of ``places_<lang>.toml``,
``Context.destinations``, ``_rank._led_to``).

The sentences are this file's own.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, name, the country its reading must lie in); all but the last three
#: read the namesake across the border on the starting code
ROWS = (
    ("de", "Görlitz (dpa) - Die Brücke nach Polen bleibt bis Freitag gesperrt.", "Görlitz", "DE"),
    ("de", "Die Polizei in Görlitz kontrolliert an der Grenze zu Polen.", "Görlitz", "DE"),
    ("de", "Ein Lastwagen fuhr am Morgen von Görlitz nach Polen.", "Görlitz", "DE"),
    ("en", "BUDAPEST (Reuters) - The bridge to Slovakia at Komárom was closed on Monday.",
     "Komárom", "HU"),
    # a German exonym of a town in the country named as the destination stays there
    ("de", "Der Zug nach Polen hielt am Abend in Stettin.", "Stettin", "PL"),
    # a dateline town with no namesake abroad, the destination country beside it
    ("de", "Frankfurt (Oder) (dpa) - Die Brücke nach Polen bleibt gesperrt.", "Frankfurt", "DE"),
    ("en", "EL PASO, Texas (AP) - The crossing to Mexico was closed on Monday.", "EL PASO", "US"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ROWS)
def test_a_destination_country_does_not_pull_the_town(gaz, lang, text, name, cc) -> None:
    i = text.index(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == i]
    assert got, f"{name} not read"
    assert got[0].country_code == cc, (got[0].name, got[0].country_code)
