"""Issue 21, class 4 continued: a name with lower-case words, dashes or transliteration
marks is matched whole before its words are looked at.

Each row is a GeoNames town (cities500) of several continents in a sentence of its own:
one place spans the whole name and lies in the town's country. The classes: a
lower-case word that ends GeoNames names (``name_tail_words.csv``: a district number's
"kerület", "ostrov", "subdistrict"; not a common word of the text's language, such
as "city" in English, which describes the place before it); a particle of a few names
(``name_particles.csv``: "under", "bij"); a spaced dash between the parts of a district's
name; a transliterated ayn inside a word; a short article hyphened to the next word;
a lower-case prefix glued to a capital (Irish "gCearr"); a district's number; a lone
capital hyphened to the rest of the name; ``benchmarks/places_v2.py
--sets particles`` measures the whole list.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

ROWS = [
    # a lower-case word that ends names
    ("en", "Officials in Budapest XI. kerület said so.", "Budapest XI. kerület", "HU"),
    ("de", "In Budapest III. kerület wurde am Montag gewählt.", "Budapest III. kerület", "HU"),
    ("en", "Krestovskiy ostrov hosted the final on Sunday.", "Krestovskiy ostrov", "RU"),
    ("de", "Bang Sue subdistrict bereitet sich auf den Besuch vor.", "Bang Sue subdistrict", "TH"),
    ("de", "Die Polizei in Budapest XV. kerület kam.", "Budapest XV. kerület", "HU"),
    # a particle of a few names
    ("en", "The council of Newcastle under Lyme met on Monday.", "Newcastle under Lyme", "GB"),
    ("de", "Die Feuerwehr in Wijk bij Duurstede rückte aus.", "Wijk bij Duurstede", "NL"),
    # a spaced dash between the parts of a district's name
    ("de", "In Santa Anita - Los Ficus regnete es.", "Santa Anita - Los Ficus", "PE"),
    ("en", "Residents of Sant Gervasi - Galvany protested.", "Sant Gervasi - Galvany", "ES"),
    ("en", "Liliha - Kapalama is preparing for the visit.", "Liliha - Kapalama", "US"),
    # an ayn inside a word, or ending one before a space
    ("en", "Officials in Qal‘at Sukkar reported no new cases.", "Qal‘at Sukkar", "IQ"),
    ("de", "Die Schule in Migdal Ha‘Emeq blieb geschlossen.", "Migdal Ha‘Emeq", "IL"),
    ("en", "Officials in Al Badā’i‘ al Wusţá reported no new cases.", "Al Badā’i‘ al Wusţá", "SA"),
    # a short article hyphened to the next word, a prefix glued to a capital
    ("de", "Die Behörden in Yūsuf aṣ-Ṣiddīq meldeten keine Fälle.", "Yūsuf aṣ-Ṣiddīq", "EG"),
    ("en", "Officials in An Muileann gCearr reported no new cases.", "An Muileann gCearr", "IE"),
    # a district's number inside a name, a lone capital hyphened to the rest
    ("en", "Officials in Paris 15 Vaugirard reported no new cases.", "Paris 15 Vaugirard", "FR"),
    ("de", "Villa del Prado 2da Sección bereitet sich vor.", "Villa del Prado 2da Sección", "MX"),
    ("de", "Die Behörden in I-n-Tillit meldeten keine Fälle.", "I-n-Tillit", "ML"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ROWS)
def test_a_name_with_small_words_or_marks_is_read_whole(gaz, lang, text, name, cc):
    i = text.index(name)
    ps = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    assert [(p.mention, p.country_code) for p in ps if p.start == i] == [(name, cc)]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a spaced dash between two towns is no name: both stay places
        ("en", "The road from Leeds - Bradford was closed.", ["Leeds", "Bradford"]),
        ("de", "Der Zug Linz – Graz fiel aus.", ["Linz", "Graz"]),
        # a lower-case word that ends names ends none it does not end, and a common
        # word of the text's language describes the place before it
        ("en", "Officials in Leeds city said the roads were open.", ["Leeds"]),
        ("en", "Traffic in Wollongong city centre was slow.", ["Wollongong"]),
        ("en", "Crowds filled Galway city on Saturday.", ["Galway"]),
        # a number between two names joins none
        ("de", "Der Zug brauchte von Hamburg 2 Stunden bis Kiel.", ["Hamburg", "Kiel"]),
    ],
)
def test_the_parts_stay_places_where_the_whole_is_no_name(gaz, lang, text, names):
    ps = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    assert [p.mention for p in ps] == names
