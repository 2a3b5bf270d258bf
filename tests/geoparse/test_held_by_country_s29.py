"""Issue 21, session 29: a country named right after a town holds the town
(``_resolve._held_by_country``).

The first look-up keeps a name's 15 best readings. Where a crowd of foreign namesakes
outranks the town of the country the text names beside it (32 places are called
Libertad, 50 Victoria, 133 Santa Cruz), that town was never a reading, and the
country's support had nothing to lift: ``LIBERTAD, Argentina`` read the Philippine
city. Now the name's namesakes in the country become its readings, those bearing the
written name as their own first. Lists of places are left alone. The sentences are this
file's own (datelines, ledes, quotes; German and English); the town rows read a foreign
namesake before the change, the guards pass before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, the word, the country its place must lie in)
ROWS = (
    ("en", "LIBERTAD, Argentina (AP) - Police said on Sunday that a curfew had been imposed.",
     "LIBERTAD", "AR"),
    ("de", "Libertad/Argentinien (dpa) - Bei einem Brand sind mehrere Häuser zerstört worden.",
     "Libertad", "AR"),
    ("en", 'VICTORIA, Chile (AP) - A forest fire forced hundreds from their homes on Monday. '
     '"The wind turned overnight," a firefighter said.', "VICTORIA", "CL"),
    ("de", "Victoria/Argentinien (dpa) - Bei einem Brand ist in der Nacht eine Fabrik zerstört "
     "worden, teilte die Feuerwehr mit.", "Victoria", "AR"),
    ("en", "Police in Santa Cruz, Chile, said on Sunday that two men had been arrested.",
     "Santa Cruz", "CL"),
    ("de", "Die Polizei in Santa Cruz (Chile) nahm am Sonntag zwei Männer fest.",
     "Santa Cruz", "CL"),
    # guards: a list of places after the town, a town already of the country
    ("en", "Ministers from Quito, Chile and Bolivia met on Monday.", "Quito", "EC"),
    ("en", "Talks in Moscow, Ukraine and Belarus were cancelled.", "Moscow", "RU"),
    ("en", "Flights from Paris, France, were cancelled on Monday.", "Paris", "FR"),
    ("de", "Die Polizei in Alexandria, Ägypten, nahm zwei Männer fest.", "Alexandria", "EG"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "cc"), ROWS)
def test_a_country_after_a_town_holds_it(gaz, lang, text, word, cc) -> None:
    got = {p.mention: p.country_code for p in name_places(text, lang, gaz)}
    assert got.get(word) == cc, got
