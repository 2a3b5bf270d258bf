# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 21, session 26: no noun or person read as a place, in frames of this file's own.

The German words are drawn from the lexicons and the gazetteer by the helpers of
``tests/support/names.py``, not picked by hand or by what passes: plural nouns that only
small towns bear (``plural_village_nouns``, other forms than sessions 22 and 25 take) and
given names that small towns bear as their own name (``given_names_towns_bear``, other
names than session 25 takes). Each goes into news frames neither the ``nouns19`` probe
nor the earlier sessions' tables use: a quantifier after the verb, a bare plural after a
verb in the middle field, a headline of a noun and a participle above its body, a
compound's head after a hyphen, a coordination of three with an adjective, and a person
with a role after the name or a verb of saying before it. The English rows and the
controls were written by hand, before geomap was run on them. The rows marked as
look-alikes, the guards and the landscape rows (``HELD``) were added with the rules
they test (docs/geoparser.md, session 26); each rule row fails on main at ``2da208c0``.
"""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from tests.support.names import (
    given_names_towns_bear,
    misread,
    misreads,
    name_places,
    own_place,
    plural_village_nouns,
)

#: German frames for a plural noun: ``{W}`` and ``{V}`` two forms of the same list, and
#: the sentence's own place, which must still be read.
PLURAL_FRAMES = (
    ("Nach dem Sturm lagen in Bamberg zahlreiche {W} auf den Wegen.", "Bamberg"),
    ("Neue {W} gesucht\nDer Gemeinderat in Fulda berät am Dienstag.", "Fulda"),
    ("Für die Öko-{W} in Rostock gibt es nun eine Förderung.", "Rostock"),
    # look-alikes of the list rule (``_accept._listed_with_rejected_noun``), added after
    # the first run: a quantifier before a list of two, in Austria and Saxony
    ("Mehrere {W} und {V} wurden in Graz beschädigt.", "Graz"),
    ("Zahlreiche {W} oder {V} fehlen nun in Leipzig.", "Leipzig"),
    # look-alikes of the middle-field rule (``_accept._bare_plural_object`` with
    # ``Weights.noun_village_near_km``), added after a second generated round: a bare
    # plural after a verb, the sentence's own town far from the villages
    ("In Augsburg fehlen {W}, sagte der Sprecher.", "Augsburg"),
    ("Statt Holz gibt es in Mainz nun {W}.", "Mainz"),
    ("Neben Kisten wurden in Kassel auch {W} gefunden.", "Kassel"),
    # look-alikes of the closed place phrase (``_accept._after_closed_place_phrase``),
    # added after the generalisation check: a bare plural right after "in <city>"
    ("Die Feuerwehr fand in Graz {W} auf der Straße.", "Graz"),
    ("Die Stadt verteilt in Hamburg {W} an die Schulen.", "Hamburg"),
)

#: Frames of the first run left with a miss (seen, not fixed; strict ``xfail``): two
#: noun forms that both name villages of the country of the sentence's own town, after
#: an adjective with no article ("frische Heeren und Härtlingen": both readings coherent,
#: and no German adjective list tells "frische" from a verb in "-e"), and a bare plural
#: object after a time phrase that a city of 230,000 bears as another name ("kaufte im
#: Frühjahr Sagas": Saga, Japan).
PLURAL_FRAMES_LEFT = (
    ("Alte Bäume, frische {W} und {V} prägen das Bild in Konstanz.", "Konstanz"),
    ("Die Gemeinde kaufte im Frühjahr {W} für den Stadtpark in Ulm.", "Ulm"),
)

#: (German sentence, the name read whole): a district written after its city stays one
#: name; the closed place phrase needs a lower-case word after the plural.
CITY_DISTRICTS = (
    ("Die Polizei in Berlin Mitte sperrte die Straße.", "Berlin Mitte"),
    ("Das Fest in Hamburg Harburg beginnt am Freitag.", "Hamburg Harburg"),
)

#: (German sentence, the villages that stay places): lists named as places, which the
#: list rule must leave alone (a settlement word or a place preposition before the
#: list, two villages with no noun read beside them).
LIST_GUARDS = (
    ("Kuhlen und Glashütten feiern am Wochenende ihr Dorffest.", ("Kuhlen", "Glashütten")),
    ("Viele Besucher kamen am Sonntag nach Kuhlen und Glashütten.", ("Kuhlen", "Glashütten")),
    ("Die Gemeinden Asseln und Bergkirchen im Landkreis Kassel feiern.", ("Asseln",)),
)

#: German frames for a person whose given name a town bears: ``{G}`` the given name.
PEOPLE_FRAMES = (
    ("{G} Krüger, die Sprecherin der Stadt, sagte am Montag in Kassel, die Halle bleibe zu.", "Kassel"),
    ("Das bestätigte {G} Wagner am Dienstag in Würzburg.", "Würzburg"),
    ("Laut {G} Schulze vom Wetterdienst wird es in Dresden kälter.", "Dresden"),
)  # fmt: skip

#: (lang, sentence, words that must not be places, the sentence's own place or "").
ENGLISH = (
    ("en", "Firefighters saved horses, goats and chickens from a barn near Norwich.", ["Goats", "Chickens", "Horses"], "Norwich"),
    ("en", "Several oaks were felled by the storm in Adelaide.", ["Oaks"], "Adelaide"),
    ("en", "The council bought willows and hazels for the new park in Calgary.", ["Willows", "Hazels"], "Calgary"),
    ("en", "Ranchers sold cattle and hay at the auction in Wichita.", ["Cattle"], "Wichita"),
    ("en", "Mills and mines closed across the valley near Pittsburgh.", ["Mills", "Mines"], "Pittsburgh"),
    ("en", "Thousands of salmon died in the river near Vancouver.", ["Salmon"], "Vancouver"),
    ("en", "Flooded Fields\nHeavy rain soaked farms outside Leicester on Monday.", ["Fields"], "Leicester"),
    ("en", "Bakers blamed flour and butter prices for the rise in Brisbane.", ["Flour", "Butter"], "Brisbane"),
    ("en", "Two ferries and a barge ran aground near Hobart.", ["Ferries", "Barge"], "Hobart"),
    ("en", "Farmers planted maize, beans and marrow near Nottingham.", ["Marrow", "Beans"], "Nottingham"),
    ("en", "Spokeswoman Carmen Riley said the school in Phoenix would reopen.", ["Carmen", "Riley"], "Phoenix"),
    ("en", "Judge Austin Fletcher adjourned the trial in Sacramento.", ["Austin", "Fletcher"], "Sacramento"),
    ("en", "Chester Boyd, 61, has run the pub in Oxford for years.", ["Chester", "Boyd"], "Oxford"),
    ("en", "Goalkeeper Preston Walsh kept a clean sheet in Leeds.", ["Preston", "Walsh"], "Leeds"),
    ("en", "Ms Savannah Price told reporters in Ottawa that talks would continue.", ["Savannah", "Price"], "Ottawa"),
    ("en", "According to Lincoln Hale, the bridge in Seattle will be closed.", ["Lincoln", "Hale"], "Seattle"),
    ("en", "Senator Georgia Mayfield visited the flooded town of Lismore.", ["Georgia", "Mayfield"], "Lismore"),
    ("en", "The novelist Beverly Kendal read from her book in Dublin.", ["Beverly", "Kendal"], "Dublin"),
    ("en", "Dr Lorraine Bath said hospitals in Auckland were coping.", ["Lorraine", "Bath"], "Auckland"),
    ("en", "Captain Jackson Reading led the rescue off the coast of Cornwall.", ["Jackson", "Reading"], "Cornwall"),
    ("en", "Will Smith, the actor, arrived in Berlin on Sunday.", ["Will", "Smith"], "Berlin"),
    ("en", "Sydney Walker said she would appeal the verdict in Houston.", ["Sydney", "Walker"], "Houston"),
    # look-alikes of the English list rule (``_accept._plural_listed_with_lower_noun``),
    # added after the first run: a plural opening a sentence beside a lower-case plural
    ("en", "Orchards and farms were hit by frost in Michigan.", ["Orchards"], "Michigan"),
    ("en", "Banks and shops stayed closed across Oregon.", ["Banks"], "Oregon"),
    ("en", "Marshes and creeks flooded across Louisiana.", ["Marshes"], "Louisiana"),
)  # fmt: skip

#: (sentence, town): a town opening an English sentence beside a lower-case word that
#: is no plural noun, or a settlement word, or a capitalised name: the town stays.
ENGLISH_GUARDS = (
    ("Boston and nearby towns were flooded.", "Boston"),
    ("Leeds and surrounding areas were hit.", "Leeds"),
    ("Athens and suburbs were hit by the heat in Georgia.", "Athens"),
    ("Mills and Pittsburgh were hit by the storm.", "Mills"),
)

#: (lang, sentence, the town): towns after ``in``, ``nach`` or ``aus``, or beside their
#: region, where the town is the prominent reading: places.
CONTROLS = (
    ("de", "Die Polizei in Lindau nahm am Montag zwei Männer fest.", "Lindau"),
    ("de", "Der Zug nach Weiden fiel am Montag aus.", "Weiden"),
    ("de", "Die Schülerin stammt aus Eschweiler bei Aachen.", "Eschweiler"),
    ("de", "Der Bürgermeister von Linden bei Gießen eröffnete die Schule.", "Linden"),
    ("de", "In Buchen im Odenwald brannte eine Scheune.", "Buchen"),
    ("en", "Police in Preston arrested a man on Friday.", "Preston"),
    ("en", "Floods hit Lincoln on Monday.", "Lincoln"),
    ("en", "The mayor of Reading opened the new station.", "Reading"),
)  # fmt: skip


def _plural_rows(gaz) -> list[dict[str, str]]:
    words = plural_village_nouns(gaz, 11, 2)
    assert len(words) >= 25
    return [{"W": w, "V": words[(k + 1) % len(words)]} for k, w in enumerate(words)]


@pytest.mark.parametrize(("frame", "place"), PLURAL_FRAMES)
def test_plural_nouns_small_towns_bear_are_no_places(gaz, frame, place) -> None:
    # a word that names a quarter of the sentence's own city right after it ("in Hamburg
    # Rissen": Hamburg-Rissen) is that quarter, not the noun: such rows are no test
    rows = [r for r in _plural_rows(gaz) if not gaz.lookup(f"{place} {r['W']}", lang="de")]
    assert misreads(gaz, [(frame, place)], rows) == []


@pytest.mark.xfail(strict=True, reason="classes left in session 26 (PLURAL_FRAMES_LEFT)")
@pytest.mark.parametrize(("frame", "place"), PLURAL_FRAMES_LEFT)
def test_plural_nouns_in_frames_left(gaz, frame, place) -> None:
    assert misreads(gaz, [(frame, place)], _plural_rows(gaz)) == []


@pytest.mark.parametrize(("text", "towns"), LIST_GUARDS)
def test_villages_listed_as_places_stay(gaz, text, towns) -> None:
    found = name_places(text, "de", gaz)
    for town in towns:
        assert own_place(found, text, town), (town, [p.mention for p in found])


@pytest.mark.parametrize(("text", "name"), CITY_DISTRICTS)
def test_a_district_after_its_city_stays_one_name(gaz, text, name) -> None:
    assert name in [text[p.start : p.end] for p in name_places(text, "de", gaz)]


@pytest.mark.parametrize(("text", "town"), ENGLISH_GUARDS)
def test_english_town_beside_a_modifier_stays(gaz, text, town) -> None:
    found = name_places(text, "en", gaz)
    assert own_place(found, text, town), [p.mention for p in found]


@pytest.mark.parametrize(("frame", "place"), PEOPLE_FRAMES)
def test_given_names_towns_bear_are_no_places(gaz, frame, place) -> None:
    names = given_names_towns_bear(gaz, 30, 17)
    assert len(names) >= 10
    assert misreads(gaz, [(frame, place)], [{"G": g} for g in names]) == []


@pytest.mark.parametrize(("lang", "text", "words", "place"), ENGLISH)
def test_english_nouns_and_people_are_no_places(gaz, lang, text, words, place) -> None:
    assert misread(gaz, lang, text, words, place) is None


@pytest.mark.parametrize(("lang", "text", "town"), CONTROLS)
def test_the_town_with_a_place_cue_stays_a_place(gaz, lang, text, town) -> None:
    found = name_places(text, lang, gaz)
    assert own_place(found, text, town), [p.mention for p in found]


#: (lang, sentence, name, latitude, longitude of the place meant): a landscape or range
#: named after a town says which namesake is meant, also where the name is read first as
#: a unit abroad (``_resolve._held_by_region``, session 26: Munster is an Irish province
#: first); the first four change, the others are guards that were right already.
HELD = (
    ("de", "Der Bürgermeister von Munster in der Lüneburger Heide eröffnete die Halle.", "Munster", 52.99, 10.09),
    ("de", "Die Bundeswehr übt in Munster in der Lüneburger Heide.", "Munster", 52.99, 10.09),
    ("de", "Der Truppenübungsplatz bei Munster in der Lüneburger Heide ist gesperrt.", "Munster", 52.99, 10.09),
    ("en", "Soldiers trained at Munster in the Lüneburg Heath.", "Munster", 52.99, 10.09),
    ("de", "Cork und Limerick liegen in Munster.", "Munster", 52.3, -8.6),
    ("de", "In Munster im Elsass wurde gewählt.", "Munster", 48.04, 7.13),
    ("de", "Die Feuerwehr in Bergen in der Lüneburger Heide rückte aus.", "Bergen", 52.81, 9.96),
    ("de", "In Altenberg im Erzgebirge fiel am Montag Schnee.", "Altenberg", 50.77, 13.75),
    ("de", "Die Polizei in Limburg in Hessen meldete einen Unfall.", "Limburg", 50.38, 8.05),
    ("en", "Police in Kent in northeastern Ohio arrested two students.", "Kent", 41.15, -81.36),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "lat", "lon"), HELD)
def test_a_landscape_after_a_town_says_which_namesake(gaz, lang, text, name, lat, lon) -> None:
    i = text.index(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == i and p.resolved]
    assert got, f"{name} not read"
    assert haversine_km(got[0].lat, got[0].lon, lat, lon) <= 100, (got[0].name, got[0].country_code)
