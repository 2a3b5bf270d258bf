"""A country's or region's adjective before a town ("im finnischen Oulu", "the Polish city
of Gdansk") names the town in that country: the town is found, not lost to the
adjective or read as a German noun after an article, and it is the namesake in that
country (Perth in Scotland, London in Ontario) where the adjective says so.

The coordinates are the towns' own (GeoNames, to about 0.05°); a reading counts as right
within 25 km.
"""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from geomap.pipeline import analyze

# (lang, text, mention, country, lat, lon)
CASES = [
    ("de", "Der Zug kam aus dem tschechischen Pilsen.", "Pilsen", "CZ", 49.75, 13.38),
    ("de", "Sie wohnt im norwegischen Bergen.", "Bergen", "NO", 60.39, 5.32),
    ("de", "Das Werk im schwedischen Lund schließt.", "Lund", "SE", 55.70, 13.19),
    ("de", "Im ungarischen Debrecen demonstrierten Tausende.", "Debrecen", "HU", 47.53, 21.63),
    ("de", "Die Messe im italienischen Verona beginnt.", "Verona", "IT", 45.44, 10.99),
    ("de", "Er stammt aus dem spanischen Cádiz.", "Cádiz", "ES", 36.53, -6.29),
    ("de", "Im bayerischen Passau stieg das Wasser.", "Passau", "DE", 48.57, 13.43),
    ("de", "Im sächsischen Zwickau werden Autos gebaut.", "Zwickau", "DE", 50.72, 12.49),
    # a part word before the region adjective ("ober", "mittel", "nieder")
    ("de", "Im oberbayerischen Rosenheim brannte ein Haus.", "Rosenheim", "DE", 47.86, 12.12),
    ("de", "Der Unfall geschah im mittelhessischen Wetzlar.", "Wetzlar", "DE", 50.56, 8.50),
    ("de", "Im unterfränkischen Schweinfurt streikten sie.", "Schweinfurt", "DE", 50.05, 10.23),
    # an adjective that is no place's, before a word that is no noun: still the town
    ("de", "Das Fest im schönen Detmold fiel aus.", "Detmold", "DE", 51.94, 8.88),
    ("de", "Im ostfriesischen Leer lief ein Schiff vom Stapel.", "Leer", "DE", 53.23, 7.45),
    ("de", "Im niederländischen Delft wurde geforscht.", "Delft", "NL", 52.01, 4.36),
    ("de", "Das Konzert im belgischen Gent fiel aus.", "Gent", "BE", 51.05, 3.72),
    ("de", "Im französischen Lille regnete es.", "Lille", "FR", 50.63, 3.06),
    (
        "de",
        "In der westukrainischen Stadt Ternopil fielen Raketen.",
        "Ternopil",
        "UA",
        49.55,
        25.59,
    ),
    ("de", "Im südkoreanischen Busan legte das Schiff an.", "Busan", "KR", 35.10, 129.04),
    ("de", "Im japanischen Sendai bebte die Erde.", "Sendai", "JP", 38.27, 140.87),
    ("de", "Im kanadischen Halifax landete die Fähre.", "Halifax", "CA", 44.65, -63.58),
    ("de", "Im australischen Perth ist es heiß.", "Perth", "AU", -31.95, 115.86),
    ("de", "Im brasilianischen Recife regnet es oft.", "Recife", "BR", -8.05, -34.88),
    ("de", "Im kenianischen Mombasa legte die Fähre an.", "Mombasa", "KE", -4.05, 39.67),
    ("de", "Im mexikanischen Monterrey wurde gestreikt.", "Monterrey", "MX", 25.67, -100.31),
    ("de", "Im thüringischen Gotha tagte der Kreistag.", "Gotha", "DE", 50.95, 10.70),
    ("de", "Im ostfranzösischen Metz schneite es.", "Metz", "FR", 49.12, 6.18),
    ("de", "Im steirischen Leoben schloss das Werk.", "Leoben", "AT", 47.38, 15.09),
    ("de", "Aus dem russischen Jekaterinburg kam der Zug.", "Jekaterinburg", "RU", 56.84, 60.61),
    ("de", "Im schlesischen Gleiwitz begann der Krieg.", "Gleiwitz", "PL", 50.30, 18.68),
    ("en", "Protesters gathered in the Polish city of Gdansk.", "Gdansk", "PL", 54.35, 18.65),
    ("en", "She moved to the Norwegian town of Tromsø.", "Tromsø", "NO", 69.65, 18.96),
    ("en", "He grew up in the Scottish town of Perth.", "Perth", "GB", 56.40, -3.43),
    (
        "en",
        "Fans travelled to the Australian city of Newcastle.",
        "Newcastle",
        "AU",
        -32.93,
        151.78,
    ),
    ("en", "Tourists filled the Italian resort of Rimini.", "Rimini", "IT", 44.06, 12.57),
    ("en", "The ferry left the German port of Kiel.", "Kiel", "DE", 54.32, 10.13),
    ("en", "Floods hit the Spanish city of Valencia.", "Valencia", "ES", 39.47, -0.38),
    ("en", "A storm reached the Mexican resort of Cancun.", "Cancun", "MX", 21.16, -86.85),
    ("en", "The plant is in the Russian city of Perm.", "Perm", "RU", 58.01, 56.25),
    ("en", "Investors flocked to the Swiss town of Zug.", "Zug", "CH", 47.17, 8.52),
    ("en", "Students rallied in the Dutch city of Groningen.", "Groningen", "NL", 53.22, 6.57),
]


def test_the_table_is_broad():
    assert len(CASES) >= 30
    for lang in ("de", "en"):
        assert len({c[3] for c in CASES if c[0] == lang}) >= 10


@pytest.mark.parametrize(("lang", "text", "mention", "cc", "lat", "lon"), CASES)
def test_a_town_after_a_place_adjective_is_found_in_that_country(lang, text, mention, cc, lat, lon):
    a = analyze(text, lang=lang, events=False)
    found = [p for p in a.places if p.mention == mention]
    assert found, [(p.mention, p.id) for p in a.places]
    p = found[0]
    assert p.country_code == cc, (p.id, p.country_code)
    assert haversine_km(p.lat, p.lon, lat, lon) < 25, (p.id, p.lat, p.lon)
