"""Names the gazetteer holds whole with lower-case words after them (session 29, issues
21, 15, 20): a facility named by a place and lower-case nouns ("the Bushehr nuclear power
plant", "the Akosombo hydroelectric dam") is the facility, not the town of its first
word; a district the gazetteer holds only as "<Name> District" ("Grishk district", "the
Chikankata district") is read although the bare name is unknown. News copy of several
sentences, regions in no held-out list; guards keep today's reading where the whole name
is no facility or the bare name is a place of its own. The German district rows ("im
Distrikt X", "im Bezirk X") were added after the English mechanism, measured on main
first (4 of 4 fail there)."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(gaz, lang: str, text: str):
    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


def _find(gaz, lang: str, text: str, mention: str):
    got = [p for p in _places(gaz, lang, text) if mention in p.mention]
    assert got, f"{mention!r} not found in {text!r}"
    return got[0]


# (text, a word of the mention, the facility's gazetteer name)
FACILITIES = [
    (
        "TEHRAN, May 4 (Reuters) - Iran said on Sunday that the Bushehr nuclear power plant "
        "was running normally after a minor earthquake shook the Gulf coast. 'There is no "
        "damage,' an official told state television.",
        "Bushehr",
        "Bushehr Nuclear Power Plant",
    ),
    (
        "Engineers restored a cooling line at the Kursk nuclear power plant late on Tuesday, "
        "the operator said, after drones were shot down nearby.",
        "Kursk",
        "Kursk Nuclear Power Plant",
    ),
    (
        "KYIV - The Khmelnytskyi nuclear power plant cut its output by a third on Friday "
        "after strikes on substations in western Ukraine, the grid operator said.",
        "Khmelnytskyi",
        "Khmelnytskyi Nuclear Power Plant",
    ),
    (
        "ACCRA - The Volta River Authority began spilling water from the Akosombo "
        "hydroelectric dam on Monday. Farmers downstream were told to move their cattle.",
        "Akosombo",
        "Akosombo Dam",
    ),
    (
        "Paraguay and Brazil agreed a new tariff for power from the Itaipu hydroelectric dam, "
        "ending two years of talks. The deal runs until 2027.",
        "Itaipu",
        "Itaipu Dam",
    ),
    (
        "Finland's grid operator said the Olkiluoto nuclear power plant would restart its "
        "third reactor on Thursday after a three-week outage.",
        "Olkiluoto",
        "Olkiluoto Nuclear Power Plant",
    ),
    (
        "Water levels fell sharply behind the Kakhovka hydroelectric plant, and villages "
        "upstream lost their wells. 'We have nothing left,' one farmer said.",
        "Kakhovka",
        "Kakhovka Dam",
    ),
    (
        "Protesters gathered outside the Ramstein air base in Rhineland-Palatinate on "
        "Saturday, police said. About 2,000 people marched.",
        "Ramstein",
        "Ramstein Air Base",
    ),
    (
        "IAEA inspectors arrived at the Bushehr atomic power plant on Wednesday, Iranian "
        "media reported.",
        "Bushehr",
        "Bushehr Nuclear Power Plant",
    ),
]


@pytest.mark.parametrize(("text", "word", "name"), FACILITIES)
def test_facility_named_with_lower_case_nouns(gaz, text, word, name):
    p = _find(gaz, "en", text, word)
    assert p.kind == "facility", (p.mention, p.name, p.kind)
    assert p.name == name


# (lang, text, a word of the mention, country, kinds allowed)
DISTRICTS = [
    (
        "en",
        "LASHKAR GAH, Afghanistan - Fighting spread to Grishk district of Helmand on Sunday, "
        "local officials said. Families fled towards the provincial capital.",
        "Grishk",
        "AF",
    ),
    (
        "en",
        "Two bridges collapsed in Chikankata district after three days of rain, the "
        "disaster agency said on Friday. No one was hurt.",
        "Chikankata",
        "ZM",
    ),
    (
        "en",
        "Police said clashes broke out in the Banaskantha district of Gujarat late on "
        "Saturday. Twelve people were arrested.",
        "Banaskantha",
        "IN",
    ),
    (
        "en",
        "A landslide blocked the main road in Burera district, Rwanda's northern province, "
        "officials said. Buses were turned back.",
        "Burera",
        "RW",
    ),
    (
        "en",
        "Cholera cases doubled in the Chembe district this month, health workers told "
        "reporters in Lusaka on Thursday.",
        "Chembe",
        "ZM",
    ),
    (
        "en",
        "Militants attacked a checkpoint in Barmal district of Paktika province overnight. "
        "Three guards were killed, a spokesman said.",
        "Barmal",
        "AF",
    ),
    (
        "en",
        "Heavy rain flattened maize in the Bahi district of Dodoma, farmers said.",
        "Bahi",
        "TZ",
    ),
    (
        "en",
        "Teachers in Kasargod district went on strike on Monday over unpaid wages.",
        "Kasargod",
        "IN",
    ),
    (
        "de",
        "LUSAKA (dpa) - Im Distrikt Chikankata sind nach tagelangem Regen zwei Brücken "
        "eingestürzt. Verletzt wurde nach Angaben der Behörden niemand.",
        "Chikankata",
        "ZM",
    ),
    (
        "de",
        "Im Bezirk Grishk in der Provinz Helmand wurde am Sonntag wieder gekämpft, "
        "berichteten örtliche Behördenvertreter. Familien flohen in die Provinzhauptstadt.",
        "Grishk",
        "AF",
    ),
    (
        "de",
        "Im Bezirk Banaskantha im Bundesstaat Gujarat hat der Monsun Felder überflutet. "
        "Tausende Bauern warten auf Hilfe.",
        "Banaskantha",
        "IN",
    ),
    (
        "de",
        "Im Distrikt Barmal der Provinz Paktika haben Bewaffnete einen Kontrollposten "
        "angegriffen, drei Wachleute wurden getötet.",
        "Barmal",
        "AF",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "cc"), DISTRICTS)
def test_district_held_only_whole(gaz, lang, text, word, cc):
    p = _find(gaz, lang, text, word)
    assert p.country_code == cc, (p.mention, p.name, p.country_code)
    assert p.kind in ("admin2", "admin1"), (p.mention, p.name, p.kind)


# guards: the whole name is no facility, or the bare name is a place of its own
GUARDS = [
    ("en", "The Kursk plant makes tractors for export.", "Kursk", "RU", "city"),
    ("en", "Ships queued outside the Bushehr port on Monday.", "Bushehr", "IR", "city"),
    ("en", "Heavy rain hit the Kandy district on Sunday.", "Kandy", "LK", "city"),
    ("en", "Officials in Mangla said the dam was full.", "Mangla", "PK", "city"),
    (
        "de",
        "Das Atomkraftwerk Saporischschja war erneut ohne Strom.",
        "Saporischschja",
        "UA",
        "facility",
    ),
    ("de", "Im Distrikt Swat kam es zu Kämpfen.", "Swat", "PK", "admin2"),
    (
        "en",
        "Voters in the city of Kursk and its power plant workers protested.",
        "Kursk",
        "RU",
        "city",
    ),
    ("de", "Im Distrikt Kandy fiel am Montag heftiger Regen.", "Kandy", "LK", "city"),
    ("de", "Im Bezirk Kakamega fiel am Montag heftiger Regen.", "Kakamega", "KE", "admin1"),
    ("de", "Am Akosombo-Staudamm wurden die Schleusen geöffnet.", "Akosombo", "GH", "facility"),
    (
        "de",
        "Im Atomkraftwerk Buschehr wurde ein Reaktor abgeschaltet.",
        "Buschehr",
        "IR",
        "facility",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "cc", "kind"), GUARDS)
def test_guards_keep_reading(gaz, lang, text, word, cc, kind):
    p = _find(gaz, lang, text, word)
    assert (p.country_code, p.kind) == (cc, kind), (p.mention, p.name, p.kind)
