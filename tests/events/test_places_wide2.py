"""Where an event happened, second table: classes the sixth session's fresh dev articles
showed (Belarus, Iran), each with rows in other wording and other regions.

- A bare ``the capital`` / ``die Hauptstadt`` is the capital of the country the story is in,
  not of a neighbour a border phrase names (``Die Stadt liegt nahe der Grenze zu Polen und
  Litauen``, ``near the Senegalese border``); a country named in a sentence of its own, not
  across a border, still moves the story there.
- A launch whose site was set up a sentence or two before (``at the launch centre in X``,
  ``auf dem Raumfahrtgelände in der Provinz X``) is there, when the launch sentence names
  only the capital of the launching state (as its subject or as where it was reported) or
  its target (``towards Japan``, ``in Richtung Japanisches Meer``).

- A country the event is with or against (``a trade deal with Nigeria``, ``gegen ein
  Abkommen mit Russland``) does not keep it from the dateline city.
- Where people come from (``doctors from X``, ``Helfer aus X``), where someone is based
  (``a company based in X``, ``mit Sitz in X``) and the town a distance is measured from
  (``lies 200 km from X``, ``70 Kilometer von X entfernt``) is no scene: no back reference
  points to it and no event is carried to it.

Written for these tests, before geomap ran on them: the place is what a reader names.
Names are compared without accents."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported, plain

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"


# (text, language, kind, day, place: any of the names, "|"-separated)
CAPITALS: list[tuple[str, str, str, str, str]] = [
    (
        "A landslide buried a village near Osh on Monday. The town lies close to the border "
        "with Tajikistan and Uzbekistan. Police in the capital arrested ten people on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Bishkek",
    ),
    (
        "Floods hit the town of Kayes on Monday. Kayes lies near the Senegalese border. "
        "Thousands marched through the capital on Tuesday.",
        "en",
        "protest",
        TUE,
        "Bamako",
    ),
    (
        "Im ostslowakischen Košice brach am Montag ein Großfeuer in einer Fabrik aus. Die "
        "Stadt liegt nahe der Grenze zu Ungarn und der Ukraine. In der Hauptstadt "
        "demonstrierten am Dienstag Tausende Menschen.",
        "de",
        "protest",
        TUE,
        "Bratislava",
    ),
    (
        "Ein Bus stürzte am Montag bei der ecuadorianischen Stadt Loja in eine Schlucht. Loja "
        "liegt nahe der Grenze zu Peru. Am Dienstag protestierten Lehrer in der Hauptstadt.",
        "de",
        "protest",
        TUE,
        "Quito",
    ),
    # a country named on its own, not across a border, moves the story
    (
        "Kenyan police fired tear gas at students in Nairobi on Monday. Uganda has been ruled "
        "by the same president since 1986. Police in the capital arrested 30 opposition "
        "supporters on Tuesday.",
        "en",
        "strategic_development",
        TUE,
        "Kampala",
    ),
]

LAUNCHES: list[tuple[str, str, str, str, str]] = [
    (
        "Workers prepared a Long March rocket at the launch centre in Wenchang on Hainan "
        "island. On Tuesday Beijing launched the rocket with a weather satellite, state media "
        "in the capital reported.",
        "en",
        "launch",
        TUE,
        "Wenchang",
    ),
    (
        "Ingenieure hatten die Rakete auf dem Raumfahrtgelände in der Provinz Semnan montiert. "
        "Am Dienstag schoss Teheran einen Forschungssatelliten ins All.",
        "de",
        "launch",
        TUE,
        "Semnan",
    ),
    (
        "Die Rakete stand seit Tagen auf dem Kosmodrom bei Plessezk im Norden Russlands. Am "
        "Montag startete Moskau die Rakete mit einem Militärsatelliten, wie das "
        "Verteidigungsministerium in der Hauptstadt mitteilte.",
        "de",
        "launch",
        MON,
        "Plesetsk|Plessezk",
    ),
    # a site the gazetteer knows by name beats a town after a facility noun (the factory
    # that built the rocket is not where it lifted off)
    (
        "Satellite images showed a new launch pad at the Sohae station. The rocket had been "
        "assembled at a factory in Kusong. On Tuesday, Pyongyang launched it with a spy "
        "satellite.",
        "en",
        "launch",
        TUE,
        "Sohae",
    ),
    (
        "Satellitenbilder zeigten eine neue Startrampe auf dem Gelände Sohae. Die Rakete war "
        "in einer Fabrik in Kusong gebaut worden. Am Dienstag startete Pjöngjang sie mit einem "
        "Spionagesatelliten.",
        "de",
        "launch",
        TUE,
        "Sohae",
    ),
    # the target country or sea in the launch sentence is not the launching state
    (
        "Engineers readied a rocket at a missile base near Sinpo over the weekend. On Tuesday, "
        "Pyongyang fired it towards Japan.",
        "en",
        "launch",
        TUE,
        "Sinpo",
    ),
    (
        "Soldaten brachten die Rakete am Wochenende zu einem Stützpunkt nahe Sinpo. Am "
        "Dienstag feuerte Pjöngjang sie in Richtung Japanisches Meer ab.",
        "de",
        "launch",
        TUE,
        "Sinpo",
    ),
]


# where people came from is no scene: "the town", "die Stadt", "the crash site" and a
# locative phrase do not point to it
ORIGINS: list[tuple[str, str, str, str, str]] = [
    (
        "Floods swept through the town of Kasese on Monday. Aid agencies flew in doctors from "
        "Kampala. Looters ransacked shops in the town on Tuesday.",
        "en",
        "strategic_development",  # looters loot (session 30: ACLED looting)
        TUE,
        "Kasese",
    ),
    (
        "Ein Tropensturm verwüstete am Montag die Stadt Toamasina. Die Regierung schickte "
        "Soldaten aus Antananarivo. In der Stadt plünderten am Dienstag Unbekannte mehrere "
        "Lagerhäuser.",
        "de",
        "strategic_development",
        TUE,
        "Toamasina",
    ),
    (
        "A small plane crashed near Jomsom on Monday. Investigators from France arrived at "
        "the crash site on Tuesday.",
        "en",
        "travel",
        TUE,
        "Jomsom",
    ),
    (
        "Ein Kleinflugzeug stürzte am Montag bei Jomsom ab. Ermittler aus Frankreich trafen am "
        "Dienstag an der Absturzstelle ein.",
        "de",
        "travel",
        TUE,
        "Jomsom",
    ),
    # nor is the town a distance is measured from
    (
        "Gunmen attacked the market town of Mubi on Sunday. Mubi lies 200 km from Maiduguri. "
        "Troops arrived in the town on Monday and arrested five men.",
        "en",
        "strategic_development",
        MON,
        "Mubi",
    ),
    (
        "Rebellen eroberten am Sonntag die Kleinstadt Rutshuru. Rutshuru liegt 70 Kilometer "
        "von Goma entfernt. Regierungstruppen beschossen die Stadt am Montag.",
        "de",
        "explosion_remote_violence",
        MON,
        "Rutshuru",
    ),
    # an event's own clause still reads it: near that town
    (
        "A bus crashed 20 km from Jomsom on Monday. Rescuers arrived in the town on Tuesday.",
        "en",
        "travel",
        TUE,
        "Jomsom",
    ),
]


# a country the event is with or against is no place of its own: the dateline city stays
PARTNERS: list[tuple[str, str, str, str, str]] = [
    (
        "ACCRA, June 10 (Reuters) - Hundreds of traders marched on Monday against a trade deal "
        "with Nigeria.",
        "en",
        "protest",
        MON,
        "Accra",
    ),
    (
        "Tiflis, 10. Juni (dpa) - Tausende Menschen protestierten am Montag gegen ein Abkommen "
        "mit Russland.",
        "de",
        "protest",
        MON,
        "Tbilisi|Tiflis",
    ),
    (
        "ULAANBAATAR, June 10 (Reuters) - Herders rallied outside parliament on Monday against "
        "a mining contract with China.",
        "en",
        "protest",
        MON,
        "Ulaanbaatar|Ulan Bator",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"), CAPITALS + LAUNCHES + ORIGINS + PARTNERS
)
def test_the_event_is_where_a_reader_puts_it(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


@pytest.mark.parametrize(
    ("text", "lang", "base"),
    [
        (
            "The ferry belongs to a company based in Mwanza. Police arrested its captain on "
            "Monday.",
            "en",
            "Mwanza",
        ),
        (
            "Die Fähre gehört einer Reederei mit Sitz in Mwanza. Die Polizei nahm am Montag den "
            "Kapitän fest.",
            "de",
            "Mwanza",
        ),
        (
            "The airline is based in Kathmandu. Police arrested its chief pilot on Monday.",
            "en",
            "Kathmandu",
        ),
    ],
)
def test_where_someone_is_based_is_not_carried_to_the_next_event(
    text: str, lang: str, base: str
) -> None:
    """The sentence before names only where a company is based: the event after it did not
    happen there (no place is better than a wrong one)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events, "the event itself is found"
    assert all(plain(base) not in plain(e.place_name or "") for e in events), [
        (e.kind, e.place_name) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Soldiers clashed with rebels in the Congolese border town of Bunagana on Monday.", "en"),
        ("Gunmen attacked a bus near the Ugandan border town of Ishasha on Monday.", "en"),
    ],
)
def test_a_border_town_the_gazetteer_lacks_is_not_the_border_line(text: str, lang: str) -> None:
    """``the Congolese border town of X``: when the gazetteer does not know the town, the
    event is not put on the country's border line (hundreds of kilometres long, its point
    far from the town)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events, "the event itself is found"
    assert all("border" not in (e.place_name or "").casefold() for e in events), [
        (e.kind, e.place_name) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Soldiers clashed with rebels in the Ugandan border town of Busia on Monday.",
            "en",
            "Busia",
        ),
        ("Gunmen attacked a bus near the Malian border town of Ménaka on Monday.", "en", "Menaka"),
        (
            "Kampala, 10. Juni (dpa) - Soldaten lieferten sich am Montag in der ugandischen "
            "Grenzstadt Busia Gefechte mit Rebellen.",
            "de",
            "Busia",
        ),
        (
            "BANGKOK, June 10 (Reuters) - Villagers fled shelling near the Thai border town of "
            "Mae Sot on Monday.",
            "en",
            "Mae Sot",
        ),
    ],
)
def test_a_border_town_the_gazetteer_knows_is_the_place(text: str, lang: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert any(plain(place) in plain(e.place_name or "") for e in events), [
        (e.kind, e.place_name) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        (
            "Floods swept through the town of Kasese on Monday. In Kampala, parliament held an "
            "emergency debate on Tuesday. Looters ransacked shops in the flooded town on "
            "Wednesday.",
            "en",
            "strategic_development",  # looters loot (session 30: ACLED looting)
            "Kasese",
        ),
        (
            "Der Fluss Save überflutete am Montag die Stadt Búzi. In Maputo kam das Kabinett am "
            "Dienstag zusammen. In der überschwemmten Stadt nahm die Polizei am Mittwoch zwölf "
            "Plünderer fest.",
            "de",
            "strategic_development",
            "Buzi",
        ),
        (
            "Russian forces shelled the city of Kupiansk on Monday. In Kyiv, the president met "
            "European ministers on Tuesday. Ukrainian troops clashed with Russian units on the "
            "edge of the shelled city on Wednesday.",
            "en",
            "battle",
            "Kupiansk|Kupyansk",
        ),
    ],
)
def test_the_flooded_town_is_the_town_of_the_flood(
    text: str, lang: str, kind: str, place: str
) -> None:
    """``the flooded town``, ``die überschwemmte Stadt``, ``the shelled city``: an event's
    participle before the kind noun points to the place of that event, not to the town
    named last (the capital where a meeting was held in between)."""
    events = geomap.analyze(text, lang=lang, date="2025-06-12").events
    got = [(e.kind, e.date, e.place_name) for e in events]
    names = [plain(n) for n in place.split("|")]
    assert any(
        k == kind and d == "2025-06-11" and any(n in plain(p or "") for n in names)
        for k, d, p in got
    ), got


@pytest.mark.parametrize(
    ("text", "lang", "site"),
    [
        (
            "SEOUL, June 10 (Yonhap) - North Korea fired two cruise missiles off its west coast "
            "on Tuesday, the South's military said.\n\nThe missiles were launched from the "
            "Nampo area.",
            "en",
            "Nampo|Namp'o|Namp’o",
        ),
        (
            "TEHRAN, June 10 (Reuters) - Iran fired three ballistic missiles off its southern "
            "coast on Tuesday, state media said. The missiles were launched from near Bandar "
            "Abbas.",
            "en",
            "Bandar Abbas",
        ),
        (
            "Seoul (dpa) - Nordkorea hat am Dienstag vor seiner Westküste zwei Marschflugkörper "
            "abgefeuert. Die Raketen wurden nach Angaben des Militärs nahe Nampo gestartet.",
            "de",
            "Nampo|Namp'o|Namp’o",
        ),
        (
            "Tokio (dpa) - Nordkorea hat am Dienstag zwei ballistische Raketen vor seiner "
            "Ostküste abgefeuert.\n\nDie Raketen wurden aus der Gegend von Hamhung gestartet.",
            "de",
            "Hamhung",
        ),
    ],
)
def test_a_launch_placed_off_a_coast_takes_the_town_named_next(
    text: str, lang: str, site: str
) -> None:
    """``fired missiles off its west coast. The missiles were launched from the X area``:
    the second sentence tells the same launch more precisely; it is one launch, at the
    town, on the first sentence's day."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    launches = [(e.date, e.place_name) for e in events if e.kind == "launch"]
    names = [plain(n) for n in site.split("|")]
    assert len(launches) == 1, launches
    day, place = launches[0]
    assert day == TUE and any(n in plain(place or "") for n in names), launches


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        (
            "Seoul (dpa) - Nordkorea hat nach Angaben Südkoreas am Dienstag eine "
            "Interkontinentalrakete getestet. Die Rakete wurde vom Startgelände Sohae "
            "abgefeuert.",
            "de",
            "launch",
            "Sohae",
        ),
        (
            "Bischkek (dpa) - Die Polizei hat nach Angaben Kasachstans am Dienstag in Osch zwölf "
            "Schmuggler festgenommen.",
            "de",
            "strategic_development",
            "Osh|Osch",
        ),
        (
            "Kampala, 10. Juni (Reuters) - Laut Kenia haben ugandische Soldaten am Dienstag "
            "zwei Fischer festgenommen.",
            "de",
            "strategic_development",
            "Kampala",
        ),
    ],
)
def test_who_says_so_is_not_where_it_happened(text: str, lang: str, kind: str, place: str) -> None:
    """``nach Angaben Südkoreas``, ``laut Kenia``: the source of a report is not the event's
    place; the place is the one the text gives for the event (its own phrase, the next
    sentence's launch site, or the dateline)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.date, e.place_name) for e in events]
    names = [plain(n) for n in place.split("|")]
    assert any(
        k == kind and d == TUE and any(n in plain(p or "") for n in names) for k, d, p in got
    ), got
