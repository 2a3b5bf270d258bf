"""Events placed too coarsely (issue 20, session 29, h29-coarse).

Wire copy sets its lede apart as a paragraph of its own: the lede places the event only in
a part of a country, a province or an island, and the next paragraph tells it again by a
definite noun at its town (``Das Unglück ereignete sich bei B``, ``The derailment happened
just outside the town of B``, ``The landslide struck a hamlet near the town of B``). A
reader puts the event at B, and what follows it (an arrest with no place of its own, ``in
der Region``, ``in the region`` the next day) there too. A nationwide word in a follow-up's
own clause (``Landesweit legten ... die Arbeit nieder``) is the country, not the story's
town.

Look-alikes written as wire passages (a dateline, a lede, quotes, tolls) in regions of no
held-out list and no dev article of this class; the guards are near-misses where the area is
the right answer or the later town is another event's.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-14"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


def _event(text: str, lang: str, trigger: str) -> geomap.Event:
    evs = [e for e in _events(text, lang) if trigger in e.trigger]
    assert evs, f"no event with {trigger!r}: {[e.trigger for e in _events(text, lang)]}"
    return evs[0]


# --- the lede's area, told again at its town in the next paragraph ----------------------

RETOLD = [
    (
        "ROM, 13. Oktober (ANSA) - Ein Erdbeben der Stärke 4,8 hat am Montag den Osten "
        "Siziliens erschüttert.\n\nDas Beben ereignete sich nach Angaben des Instituts für "
        "Geophysik nahe der Stadt Catania in zehn Kilometern Tiefe. Mehrere Häuser wurden "
        "beschädigt.\n\n„Wir haben große Angst“, sagte eine Anwohnerin.",
        "de",
        "Erdbeben",
        "Catania",
    ),
    (
        "HANOI, Oct 13 (Reuters) - A landslide buried several homes in northern Vietnam on "
        "Monday, killing at least seven people, state media reported.\n\nThe landslide struck "
        "a hamlet near the town of Sa Pa after days of heavy rain, officials said.\n\n"
        "Rescuers were still searching for two missing people on Tuesday.",
        "en",
        "landslide",
        "Sa Pa",
    ),
    (
        "NEU-DELHI, 13. Oktober (dpa) - Bei einem Busunglück im Norden Indiens sind am Montag "
        "18 Pilger ums Leben gekommen.\n\nDas Unglück ereignete sich auf einer Bergstraße bei "
        "Joshimath, teilte die Polizei mit. Der Bus war auf dem Weg zu einem Tempel.",
        "de",
        "Busunglück",
        "Joshīmath",
    ),
    (
        "TBILISI, Oct 13 (AP) — A passenger train derailed in western Georgia on Monday, "
        "injuring 14 people, the railway company said.\n\nThe derailment happened just "
        "outside the city of Kutaisi, officials said. Two carriages overturned.",
        "en",
        "derailed",
        "Kutaisi",
    ),
    (
        "HELSINKI, Oct 13 (Reuters) - A bus carrying tourists overturned in northern Finland "
        "on Monday, injuring 11 people, police said.\n\nThe accident happened on an icy road "
        "near the town of Rovaniemi, a police spokesman said.",
        "en",
        "overturned",
        "Rovaniemi",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "town"), RETOLD)
def test_the_ledes_area_is_narrowed_to_the_town_of_the_next_paragraph(
    text: str, lang: str, trigger: str, town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name == town


@pytest.mark.parametrize(
    ("text", "lang", "follow", "town"),
    [
        (
            # the arrest with no place of its own is carried from the narrowed crash
            "NEU-DELHI, 13. Oktober (dpa) - Bei einem Busunglück im Norden Indiens sind am "
            "Montag 18 Pilger ums Leben gekommen.\n\nDas Unglück ereignete sich auf einer "
            "Bergstraße bei Joshimath, teilte die Polizei mit.\n\nDie Polizei nahm den "
            "Fahrer noch am Montagabend fest.",
            "de",
            "fest",
            "Joshīmath",
        ),
        (
            # "in der Region" the next day: the region around the scene, not the lede's
            "NEU-DELHI, 13. Oktober (dpa) - Bei einem Busunglück im Norden Indiens sind am "
            "Montag 18 Pilger ums Leben gekommen.\n\nDas Unglück ereignete sich auf einer "
            "Bergstraße bei Joshimath, teilte die Polizei mit.\n\nAm Dienstag stürzte in der "
            "Region ein Lastwagen in einen Fluss, der Fahrer wurde verletzt.",
            "de",
            "stürzte",
            "Joshīmath",
        ),
        (
            "HELSINKI, Oct 13 (Reuters) - A bus carrying tourists overturned in northern "
            "Finland on Monday, injuring 11 people, police said.\n\nThe accident happened on "
            "an icy road near the town of Rovaniemi, a police spokesman said.\n\nOn Tuesday a "
            "snowplough collided with a car in the region, injuring its driver.",
            "en",
            "collided",
            "Rovaniemi",
        ),
    ],
)
def test_what_follows_the_narrowed_event_is_at_its_town(
    text: str, lang: str, follow: str, town: str
) -> None:
    ev = _event(text, lang, follow)
    assert ev.place_name == town


# --- near-misses ---------------------------------------------------------------------------


def test_a_nationwide_strike_after_a_town_is_the_country_de() -> None:
    text = (
        "WARSCHAU, 13. Oktober (PAP) - In Krakau haben am Montag mehrere Hundert Ärzte vor "
        "dem Rathaus gegen Kürzungen protestiert.\n\nLandesweit legten am Dienstag zudem "
        "Lehrer für zwei Stunden die Arbeit nieder."
    )
    ev = _event(text, "de", "Arbeit nieder")
    assert ev.place_name == "Poland"
    assert ev.place_precision == "country"


def test_a_nationwide_walkout_after_a_town_is_the_country_en() -> None:
    text = (
        "HANOI, Oct 13 (Reuters) - Hundreds of textile workers protested outside a factory in "
        "Haiphong on Monday over unpaid wages.\n\nNationwide, garment workers staged a "
        "two-hour walkout on Tuesday."
    )
    ev = _event(text, "en", "walkout")
    assert ev.place_name == "Vietnam"


def test_a_nationwide_word_inside_a_phrase_is_no_scope_of_the_event() -> None:
    # "die landesweit bekannte Ärztin": whose fame, not where the arrest was
    text = (
        "WARSCHAU, 13. Oktober (PAP) - In Krakau haben am Montag mehrere Hundert Ärzte vor "
        "dem Rathaus gegen Kürzungen protestiert.\n\nDie landesweit bekannte Ärztin Anna "
        "Nowak wurde am Dienstag festgenommen."
    )
    ev = _event(text, "de", "festgenommen")
    assert ev.place_name != "Poland"


def test_a_storm_over_the_whole_region_keeps_the_region_for_the_region() -> None:
    # the region took an event of its own: "the region" is the region, not a town in it
    text = (
        "HELSINKI, Oct 13 (Reuters) - Heavy storms swept across Lapland on Monday, "
        "cutting power to 20,000 homes.\n\nIn Rovaniemi, police arrested two men for looting "
        "a shop.\n\nOn Tuesday a second storm hit the region, the weather service said."
    )
    ev = [e for e in _events(text, "en") if e.trigger == "storm"][-1]
    assert ev.place_name == "Lapland"


def test_a_storm_over_the_whole_region_keeps_the_region_de() -> None:
    text = (
        "HELSINKI, 13. Oktober (dpa) - Schwere Stürme sind am Montag über Lappland "
        "hinweggezogen.\n\nIn Rovaniemi nahm die Polizei zwei Männer wegen Plünderung fest."
        "\n\nAm Dienstag traf ein zweiter Sturm die Region."
    )
    ev = _event(text, "de", "traf")
    assert ev.place_name == "Lapland"


def test_a_new_quake_in_the_next_paragraph_is_no_retelling() -> None:
    # an indefinite noun tells a new event: the lede's quake stays in the region
    text = (
        "ROM, 13. Oktober (ANSA) - Ein Erdbeben der Stärke 4,8 hat am Montag den Osten "
        "Siziliens erschüttert.\n\nEin zweites Beben erschütterte am Dienstag die Stadt "
        "Catania."
    )
    evs = [e for e in _events(text, "de") if "Erdbeben" in e.trigger]
    assert evs and evs[0].place_name != "Catania"


def test_an_event_dated_after_another_is_no_retelling() -> None:
    # "The attack came two days after gunmen kidnapped ...": the kidnapping is an event of
    # its own, at its town; the attack stays in the region the lede names
    text = (
        "NIAMEY, Oct 13 (Reuters) - Gunmen attacked a police post in western Niger on Monday, "
        "killing four officers, the interior ministry said.\n\nThe attack came two days "
        "after gunmen kidnapped a village chief near the town of Tillaberi."
    )
    evs = _events(text, "en")
    attack = next(e for e in evs if "attacked" in e.trigger)
    kidnap = next(e for e in evs if "kidnapped" in e.trigger)
    assert attack.place_name != "Tillabéri"
    assert kidnap.place_name == "Tillabéri"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        # own-sentence roles: a suspect's home town and a journey's origin are no scene
        (
            "AJACCIO, 13. Oktober (AFP) - Die Polizei nahm am Montag in Bastia einen Mann aus "
            "Calvi fest, der ein Feuer gelegt haben soll.",
            "de",
            "fest",
            "Bastia",
        ),
        (
            "HELSINKI, Oct 13 (Reuters) - Police in Oulu on Monday arrested a man from "
            "Rovaniemi suspected of setting fire to a hotel.",
            "en",
            "arrested",
            "Oulu",
        ),
        (
            "NEU-DELHI, 13. Oktober (dpa) - Der Ministerpräsident reiste am Dienstag von "
            "Dehradun nach Joshimath und sprach dort mit Überlebenden.",
            "de",
            "reiste",
            "Joshīmath",
        ),
    ],
)
def test_an_origin_or_home_in_the_own_sentence_is_no_scene(
    text: str, lang: str, trigger: str, town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name == town


# --- a place of setting off, a moment before the accident (own sentence) --------------------


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        (
            "OSLO, 13. Oktober (dpa) - Im Norden Schwedens ist am Montag ein Kleinflugzeug kurz "
            "nach dem Start in Kiruna abgestürzt. Der Pilot kam ums Leben.",
            "de",
            "abgestürzt",
            "Kiruna",
        ),
        (
            "HANOI, 13. Oktober (dpa) - In Nordvietnam ist am Montag ein Ausflugsboot wenige "
            "Minuten nach dem Ablegen in Ha Long gekentert, zwei Touristen werden vermisst.",
            "de",
            "gekentert",
            "Hạ Long",
        ),
        (
            "STOCKHOLM, Oct 13 (Reuters) - A small plane crashed in northern Sweden on Monday "
            "minutes after its departure from Kiruna, police said.",
            "en",
            "crashed",
            "Kiruna",
        ),
    ],
)
def test_an_accident_a_moment_after_setting_off_is_where_it_set_off(
    text: str, lang: str, trigger: str, town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name == town


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "not_town"),
    [
        (
            # hours later: far from where it set off
            "OSLO, 13. Oktober (dpa) - Im Norden Schwedens ist am Montag ein Kleinflugzeug "
            "zwei Stunden nach dem Start in Stockholm abgestürzt.",
            "de",
            "abgestürzt",
            "Stockholm",
        ),
        (
            # a moment after another event, no setting off: that event's place yields
            "WARSCHAU, 13. Oktober (dpa) - Kurz nach der Kundgebung in Krakau nahm die "
            "Polizei am Montag in Tarnow zehn Menschen fest.",
            "de",
            "fest",
            "Kraków",
        ),
        (
            "HANOI, Oct 13 (Reuters) - Shortly after the rally in Hanoi, police detained 12 "
            "activists in Haiphong on Monday.",
            "en",
            "detained",
            "Hanoi",
        ),
    ],
)
def test_a_later_moment_or_another_event_keeps_its_place_apart(
    text: str, lang: str, trigger: str, not_town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name != not_town


# --- a crime's place before a verb-final court trigger (own sentence) -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        (
            # the crime's province: the court sits in the dateline's town of that country,
            # as the English "sentenced ... for taking bribes in B" is read
            "HANOI, 13. Oktober (dpa) - Ein vietnamesisches Gericht hat am Dienstag einen "
            "früheren Beamten wegen Bestechung in der Provinz Lao Cai zu zwölf Jahren Haft "
            "verurteilt.",
            "de",
            "verurteilt",
            "Hanoi",
        ),
        (
            "STOCKHOLM, 13. Oktober (dpa) - Ein schwedisches Gericht hat am Dienstag zwei "
            "Männer wegen des Mordes an einem Journalisten bei Kiruna verurteilt.",
            "de",
            "verurteilt",
            "Stockholm",
        ),
        (
            "HANOI, Oct 13 (Reuters) - A Vietnamese court on Tuesday sentenced a former "
            "official to 12 years in prison for taking bribes in the northern province of "
            "Lao Cai.",
            "en",
            "sentenced",
            "Hanoi",
        ),
        # guards: the court's own town, and an arrest's fronted town
        (
            "WARSCHAU, 13. Oktober (dpa) - Ein Gericht in Krakau hat am Dienstag einen "
            "Busfahrer wegen des Unglücks bei Zakopane zu vier Jahren Haft verurteilt.",
            "de",
            "verurteilt",
            "Kraków",
        ),
        (
            "STOCKHOLM, 13. Oktober (dpa) - Wegen der Proteste hat ein Gericht in Kiruna am "
            "Dienstag zwei Männer verurteilt.",
            "de",
            "verurteilt",
            "Kiruna",
        ),
        (
            "STOCKHOLM, 13. Oktober (dpa) - In Kiruna hat die Polizei am Dienstag einen Mann "
            "wegen Diebstahls in Luleå festgenommen.",
            "de",
            "festgenommen",
            "Kiruna",
        ),
    ],
)
def test_a_crimes_place_before_a_verb_final_court_trigger_is_not_the_courts(
    text: str, lang: str, trigger: str, town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name == town


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "not_town"),
    [
        (
            "HANOI, Oct 13 (Reuters) - A landslide buried several homes in northern Vietnam "
            "on Monday, killing at least seven people.\n\nThe accident last year near Sa Pa "
            "killed 11 people.",
            "en",
            "landslide",
            "Sa Pa",
        ),
        (
            "HELSINKI, Oct 13 (Reuters) - A bus carrying tourists overturned in northern "
            "Finland on Monday, injuring 11 people.\n\nThe accident in 2019 near Rovaniemi "
            "killed four people.",
            "en",
            "overturned",
            "Rovaniemi",
        ),
        (
            "NEU-DELHI, 13. Oktober (dpa) - Bei einem Busunglück im Norden Indiens sind am "
            "Montag 18 Pilger ums Leben gekommen.\n\nDas Unglück im Jahr 2021 bei Joshimath "
            "hatte 30 Menschenleben gefordert.",
            "de",
            "Busunglück",
            "Joshīmath",
        ),
        (
            # in the same paragraph too (so before session 29)
            "HANOI, Oct 13 (Reuters) - A landslide buried several homes in northern Vietnam "
            "on Monday, killing at least seven people. The accident last year near Sa Pa "
            "killed 11 people.",
            "en",
            "landslide",
            "Sa Pa",
        ),
    ],
)
def test_a_past_accident_in_the_next_paragraph_is_no_retelling(
    text: str, lang: str, trigger: str, not_town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name != not_town


# --- a place that says where a noun's thing is (own sentence) -------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "town"),
    [
        (
            "STOCKHOLM, 13. Oktober (dpa) - Die Polizei nahm den Betreiber der Mine bei "
            "Kiruna, der sich nach dem Unglück versteckt hatte, am Dienstag in Luleå fest.",
            "de",
            "fest",
            "Luleå",
        ),
        (
            "HANOI, 13. Oktober (dpa) - Die Polizei hat den Besitzer des Hotels in Sa Pa am "
            "Dienstag in Hanoi festgenommen.",
            "de",
            "festgenommen",
            "Hanoi",
        ),
        (
            "HANOI, 13. Oktober (dpa) - Der Direktor der Fabrik in Haiphong wurde am "
            "Dienstag in Hanoi festgenommen.",
            "de",
            "festgenommen",
            "Hanoi",
        ),
        (
            "HANOI, Oct 13 (Reuters) - The director of the factory in Haiphong was arrested "
            "in Hanoi on Tuesday.",
            "en",
            "arrested",
            "Hanoi",
        ),
        # guards: alone, the thing's place is the event's; a locative of its own stays
        (
            "HANOI, 13. Oktober (dpa) - Bei einem Brand in der Lagerhalle der Fabrik in "
            "Haiphong sind am Dienstag drei Arbeiter gestorben.",
            "de",
            "Brand",
            "Haiphong",
        ),
        (
            "HANOI, Oct 13 (Reuters) - A fire broke out in the warehouse of a factory in "
            "Haiphong on Tuesday, killing three workers.",
            "en",
            "fire",
            "Haiphong",
        ),
        (
            "HANOI, 13. Oktober (dpa) - In Hanoi demonstrierten am Dienstag Arbeiter der "
            "Fabrik in Haiphong.",
            "de",
            "demonstrierten",
            "Hanoi",
        ),
    ],
)
def test_a_place_of_a_nouns_thing_yields_to_the_clauses_own(
    text: str, lang: str, trigger: str, town: str
) -> None:
    ev = _event(text, lang, trigger)
    assert ev.place_name == town


def test_a_place_after_a_named_lake_is_where_on_its_shore() -> None:
    # "am Ufer des <See>s bei A": the noun before the preposition is a place itself; A
    # says where on the shore, no thing's seat (a guard of _noun_seat)
    text = (
        "HANOI, 13. Oktober (dpa) - Am Ufer des Ba-Be-Sees bei Cho Ra kenterte am Sonntag "
        "ein Ausflugsboot. Am Ufer des Genfersees bei Montreux kenterte am Montag ein "
        "Segelboot."
    )
    ev = [e for e in _events(text, "de") if "kenterte" in e.trigger][-1]
    assert ev.place_name == "Montreux"
