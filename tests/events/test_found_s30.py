"""Event words of every kind, session 30 (h30-found, issue 20; docs/events.md, "Session 30:
words of every kind"): the wire's words for a war of movement (a town besieged, a siege laid,
a town that fell to or into the hands of an armed group, taken over, bombarded, an offensive
or a counter-offensive started, shells that rained down or landed), a bomber named by his
vehicle, and hazards told by what they did to a place (razed, cut off, a hillside that gave
way), in English and German. Sentences and stories of our own, in places and wording of no
dev article; the look-alikes that must keep their reading were written with them."""

from __future__ import annotations

import pytest

import geomap
from tests.support.events import kinds_of as _kinds


# --- a war of movement: sieges, towns that fell, offensives, barrages -------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Government troops besieged the rebel-held town of Kadugli on Monday.", "en", "battle"),
        ("The town of Dilling was besieged by rebels on Monday.", "en", "battle"),
        (
            "Fighters of the paramilitary force laid siege to the city of El Obeid on Sunday.",
            "en",
            "battle",
        ),
        ("The town of Arbinda fell to jihadist fighters on Saturday.", "en", "battle"),
        ("The district capital fell into the hands of insurgents on Sunday.", "en", "battle"),
        ("Insurgents took over the town of Mueda on Friday.", "en", "battle"),
        ("Troops launched a counter-offensive near Kupiansk on Monday.", "en", "battle"),
        ("Ukrainian forces began a counteroffensive near Robotyne on Monday.", "en", "battle"),
        (
            "Russian forces bombarded Kupiansk with artillery on Monday.",
            "en",
            "explosion_remote_violence",
        ),
        (
            "Mortar rounds landed near the parliament building in Mogadishu on Monday.",
            "en",
            "explosion_remote_violence",
        ),
        (
            "Rockets rained down on the town of Sderot on Monday.",
            "en",
            "explosion_remote_violence",
        ),
        ("Regierungstruppen belagerten am Montag die Stadt Kadugli.", "de", "battle"),
        ("Am Sonntag belagerten Kämpfer der Miliz die Stadt El Obeid.", "de", "battle"),
        ("Die Stadt Arbinda fiel am Samstag in die Hände von Dschihadisten.", "de", "battle"),
        (
            "Die Armee startete am Montag eine Offensive gegen die Rebellen nahe Bunia.",
            "de",
            "battle",
        ),
        ("Ukrainische Truppen begannen am Montag eine Gegenoffensive bei Cherson.", "de", "battle"),
    ],
)
def test_a_war_of_movement_is_found_with_its_kind(text: str, lang: str, kind: str) -> None:
    assert _kinds(text, lang) == [kind]


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        # reporters, fans and complaints besiege no town; prices, tasks and papers fall to no
        # armed group; an office or a club taken over is no territory
        ("Reporters besieged the minister's car outside parliament in Quito on Monday.", "en", []),
        ("The hotel was besieged by fans in Seoul on Monday.", "en", []),
        ("Prices fell to a record low in Nairobi on Monday.", "en", []),
        ("The task of rebuilding the bridge fell to the army.", "en", []),
        ("The documents fell into the hands of journalists in Geneva on Monday.", "en", []),
        ("The rebel leader took over the presidency in Bangui on Monday.", "en", []),
        ("The new owner took over the club in Porto on Monday.", "en", []),
        ("Reporters bombarded the minister with questions in Quito on Monday.", "en", []),
        ("Complaints rained down on the council in Leeds on Monday.", "en", ["statement"]),
        ("The ruling party launched a charm offensive in Nairobi on Monday.", "en", []),
        ("The plane landed in Kigali on Monday.", "en", ["travel"]),
        ("Fans belagerten am Montag das Hotel der Mannschaft in Seoul.", "de", []),
        ("Die Unterlagen fielen am Montag in die Hände von Journalisten.", "de", []),
        ("Die Regierung startete am Montag eine Offensive gegen die Schwarzarbeit.", "de", []),
        # soldiers who fell in fighting: the fighting, no town taken
        ("Bei Kämpfen mit Rebellen fielen am Montag nahe Bunia zwölf Soldaten.", "de", ["battle"]),
    ],
)
def test_look_alikes_of_a_war_of_movement_keep_their_reading(
    text: str, lang: str, kinds: list[str]
) -> None:
    assert _kinds(text, lang) == kinds


def test_a_town_that_fell_in_wire_copy() -> None:
    text = (
        "OUAGADOUGOU, March 4 (Reuters) - The town of Arbinda in northern Burkina Faso fell to "
        "jihadist fighters on Monday after a two-day battle with the army, two security "
        'sources said.\n\n"They came on motorbikes from three directions," a resident who '
        "fled to Djibo told Reuters by phone.\n\nOn Tuesday, army drones bombarded positions "
        "held by the fighters on the edge of the town, the sources said. The government did "
        "not comment."
    )
    evs = geomap.analyze(text, lang="en", date="2025-03-04").events
    assert [(e.kind, e.place_name, str(e.date)) for e in evs] == [
        ("battle", "Aribinda", "2025-03-03"),
        ("explosion_remote_violence", "Aribinda", "2025-03-04"),
    ]


def test_a_siege_and_a_counter_offensive_in_german_agency_copy() -> None:
    text = (
        "KHARTUM (AFP) - Die sudanesische Armee hat am Montag nördlich der Hauptstadt eine "
        "Gegenoffensive gegen die RSF-Miliz begonnen. Kämpfer der Miliz belagerten "
        "unterdessen die Stadt El Obeid.\n\nAm Nachmittag schlugen Granaten auf einem Markt "
        "in El Obeid ein, mindestens neun Zivilisten wurden getötet, wie eine Ärztegruppe "
        "mitteilte."
    )
    evs = geomap.analyze(text, lang="de", date="2025-02-11").events
    assert [(e.trigger, e.kind) for e in evs][:3] == [
        ("Gegenoffensive", "battle"),
        ("belagerten", "battle"),
        ("schlugen ... ein", "explosion_remote_violence"),
    ]
    assert {e.place_name for e in evs[1:]} == {"El Obeid"}


# --- a bomber named by his vehicle ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A suicide car bomber rammed a checkpoint outside Baidoa on Monday, killing six.", "en"),
        ("A suicide truck bomber rammed the gate of an army base near Gao on Monday.", "en"),
        (
            "Ein Selbstmordattentäter rammte am Montag ein mit Sprengstoff beladenes Fahrzeug in "
            "einen Armeeposten bei Gao.",
            "de",
        ),
    ],
)
def test_a_bomber_who_rammed_is_the_bombing(text: str, lang: str) -> None:
    assert _kinds(text, lang) == ["explosion_remote_violence"]


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("A drunk driver rammed a police car in Leeds on Monday.", "en", ["accident"]),
        ("A military bomber crashed on take-off near Engels on Monday.", "en", ["accident"]),
        ("Ein Lastwagen rammte am Montag in Graz ein geparktes Auto.", "de", ["accident"]),
    ],
)
def test_vehicles_that_rammed_or_crashed_stay_accidents(
    text: str, lang: str, kinds: list[str]
) -> None:
    assert _kinds(text, lang) == kinds


# --- hazards told by what they did to a place ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A fire razed more than 300 shacks in a settlement near Gqeberha on Monday.", "accident"),
        (
            "A hillside gave way above the village of Chamoli on Monday, burying four houses.",
            "disaster",
        ),
        ("Part of a mountainside collapsed onto the highway near Ramban on Monday.", "disaster"),
        ("Heavy snow cut off dozens of villages in Himachal Pradesh on Monday.", "disaster"),
    ],
)
def test_a_hazard_told_by_what_it_did_is_found(text: str, kind: str) -> None:
    assert _kinds(text, "en") == [kind]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The government cut off funding to the clinic in Quetta on Monday.", []),
        ("The army razed the house of the suspect in Hebron on Monday.", []),
        ("The talks gave way to anger in Geneva on Monday.", ["meeting"]),
        ("The floor gave way at a wedding hall in Ajmer on Monday.", ["accident"]),
    ],
)
def test_look_alikes_of_a_hazard_keep_their_reading(text: str, kinds: list[str]) -> None:
    assert _kinds(text, "en") == kinds


# --- abductions, killings and arrests told in other verbs ------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Armed men snatched 15 passengers from a bus near Zaria on Monday.",
            "en",
            "violence_against_civilians",
        ),
        (
            "Unknown gunmen snatched a Catholic priest from his parish in Enugu on Monday.",
            "en",
            "violence_against_civilians",
        ),
        (
            "Assailants hacked four villagers to death in Plateau state on Monday.",
            "en",
            "violence_against_civilians",
        ),
        (
            "Police hauled away dozens of activists outside parliament in Tbilisi on Monday.",
            "en",
            "strategic_development",
        ),
        (
            "Die Polizei führte am Montag vor dem Parlament in Tiflis Dutzende Aktivisten ab.",
            "de",
            "strategic_development",
        ),
        (
            "Dutzende Aktivisten wurden am Montag vor dem Parlament in Tiflis abgeführt.",
            "de",
            "strategic_development",
        ),
    ],
)
def test_abductions_killings_and_arrests_in_other_verbs(text: str, lang: str, kind: str) -> None:
    assert _kinds(text, lang) == [kind]


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("Two men snatched a handbag from a tourist in Rome on Monday.", "en", []),
        ("Thieves snatched a phone from a tourist in Rome on Monday.", "en", []),
        ("Gunmen seized the town of Mopti on Monday.", "en", ["battle"]),
        ("Crews hauled away debris from the collapsed bridge in Genoa on Monday.", "en", []),
        ("A hiker hacked through the undergrowth near Oslo on Monday.", "en", []),
        ("Die Firma führte am Montag in Graz Steuern in Millionenhöhe ab.", "de", []),
    ],
)
def test_look_alikes_of_abductions_and_arrests_keep_their_reading(
    text: str, lang: str, kinds: list[str]
) -> None:
    assert _kinds(text, lang) == kinds


# --- verdicts, deals and election wins in other words ---------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The jury found the officer not guilty in Minneapolis on Monday.", "court"),
        ("The officer was found not guilty of murder in Minneapolis on Monday.", "court"),
        (
            "The two countries struck a deal in Ankara on Monday to reopen the border.",
            "strategic_development",
        ),
        ("The ruling party swept the local elections in Tashkent on Sunday.", "election"),
        (
            "Three workers were buried when a trench caved in at a construction site in Dubai "
            "on Monday.",
            "accident",
        ),
    ],
)
def test_verdicts_deals_and_wins_in_other_words(text: str, kind: str) -> None:
    assert _kinds(text, "en") == [kind]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a negation that is no acquittal stays one; a plea stays the trial's
        ("Police did not arrest anyone in Lyon on Monday.", []),
        ("The court did not find him guilty in Nairobi on Monday.", []),
        ("The lawyer said his client was not guilty.", []),
        ("The defendant pleaded not guilty in a court in Nairobi on Monday.", ["court"]),
        # a quake and a missile that struck keep their kinds; a storm that swept, its own
        (
            "A magnitude 6 earthquake struck off Sumba on Monday, a day after the truce.",
            ["disaster"],
        ),
        ("A storm swept the coast of Kerala on Monday.", ["disaster"]),
    ],
)
def test_look_alikes_of_verdicts_deals_and_wins(text: str, kinds: list[str]) -> None:
    assert _kinds(text, "en") == kinds


# --- German hazards told by what they did to a place ----------------------------------------
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Im Himalaya haben Schneemassen am Montag Dutzende Dörfer von der Außenwelt "
            "abgeschnitten.",
            ["disaster"],
        ),
        (
            "Oberhalb des Dorfes Chamoli gab am Montag ein Hang nach und begrub vier Häuser.",
            ["disaster"],
        ),
        ("Die Regierung hat am Montag die Hilfe für die Region abgeschnitten.", []),
        ("Die Regierung gab am Montag in Wien dem Druck der Bauern nach.", []),
    ],
)
def test_german_hazards_told_by_what_they_did(text: str, kinds: list[str]) -> None:
    assert _kinds(text, "de") == kinds


def test_an_abduction_and_an_arrest_in_wire_copy() -> None:
    text = (
        "ENUGU, Nigeria, June 3 (Reuters) - Unknown gunmen snatched a Catholic priest from his "
        "parish near Enugu on Monday night, the diocese said in a statement on Tuesday.\n\n"
        '"They came on foot and forced him into a car," a parishioner said. Police said '
        "officers had arrested two suspects on Tuesday and were searching the forest for "
        "the priest."
    )
    evs = geomap.analyze(text, lang="en", date="2025-06-03").events
    kinds = [(e.kind, str(e.date)) for e in evs if e.kind != "statement"]
    assert kinds == [
        ("violence_against_civilians", "2025-06-02"),
        ("strategic_development", "2025-06-03"),
    ]


# --- German crowds that marched, boats brought in, places put under water -------------------
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("In Belgrad zogen am Dienstag Tausende durch die Innenstadt.", ["protest"]),
        (
            "Zehntausende Demonstranten zogen am Samstag durch die Straßen von Tiflis.",
            ["protest"],
        ),
        (
            "Die Küstenwache brachte am Montag vor Kreta ein Boot mit 80 Migranten auf.",
            ["strategic_development"],
        ),
        (
            "Sintflutartige Regenfälle setzten am Montag weite Teile von Valencia unter Wasser.",
            ["disaster"],
        ),
        # pilgrims, fans, troops and tourists who went through a town; a state under water,
        # pressure put on someone
        ("Tausende Pilger zogen am Sonntag durch die Altstadt von Jerusalem.", []),
        ("Hunderte Fans zogen am Samstag durch die Innenstadt von Graz.", []),
        ("Die Truppen zogen am Montag durch die Stadt Kupjansk.", []),
        ("Tausende Touristen zogen am Sonntag durch die Altstadt von Prag.", []),
        ("Am Montag standen in Passau viele Keller unter Wasser.", []),
        ("Die Regierung setzte am Montag die Opposition in Wien unter Druck.", []),
    ],
)
def test_german_marches_boats_and_floods_in_other_words(text: str, kinds: list[str]) -> None:
    assert _kinds(text, "de") == kinds


def test_a_german_protest_march_in_agency_copy() -> None:
    text = (
        "BELGRAD (dpa) - In Belgrad zogen am Samstag Zehntausende durch die Innenstadt. Die "
        "Demonstranten forderten den Rücktritt der Regierung. Die Polizei sprach von 25.000 "
        "Teilnehmern, Beobachter von mehr als 100.000."
    )
    evs = geomap.analyze(text, lang="de", date="2025-03-17").events
    assert [(e.trigger, e.kind, e.place_name, str(e.date)) for e in evs][:1] == [
        ("zogen", "protest", "Belgrade", "2025-03-15")
    ]


# --- a training jet, shutters pulled down, a bomb set off, candles lit ----------------------
@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        # a training jet and a trainer aircraft are planes ("train*" read them as trains)
        (
            "A Bangladesh air force training jet crashed into a school in Dhaka on Monday.",
            "en",
            [("crashed", "accident", "air")],
        ),
        ("A trainer aircraft crashed near Kota on Monday.", "en", [("crashed", "accident", "air")]),
        (
            "A passenger train crashed into a freight train near Odisha on Monday.",
            "en",
            [("crashed", "accident", "rail")],
        ),
        (
            "A tram collided with a bus in Zagreb on Monday.",
            "en",
            [("collided", "accident", "rail")],
        ),
        (
            "In the nearby town of Oruro, shopkeepers pulled down their shutters in solidarity "
            "with the miners on Monday.",
            "en",
            [("pulled down their shutters", "protest", "peaceful_protest")],
        ),
        (
            "Extremisten zündeten am Freitag eine Sprengfalle neben einem Militärkonvoi bei Gao.",
            "de",
            [("zündeten", "explosion_remote_violence", "remote_explosive")],
        ),
        (
            "Unbekannte haben am Sonntag vor einem Hotel in Mogadischu eine Autobombe gezündet.",
            "de",
            [("gezündet", "explosion_remote_violence", "remote_explosive")],
        ),
        (
            "Ein Selbstmordattentäter zündete am Montag in einer Moschee in Kundus seinen "
            "Sprengstoffgürtel.",
            "de",
            [("Selbstmordattentäter", "explosion_remote_violence", "suicide_bomb")],
        ),
        # candles and fireworks lit are no riot and no bomb; cars set alight stay a riot
        ("Trauernde haben am Sonntag vor der Kirche in Linz Kerzen angezündet.", "de", []),
        ("Die Gläubigen zündeten am Sonntag in Graz Kerzen für die Opfer an.", "de", []),
        ("Zum Jahreswechsel zündeten Tausende in Berlin Feuerwerk.", "de", []),
        ("Die Regierung zündete am Montag die nächste Stufe der Reform.", "de", []),
        (
            "Randalierer zündeten am Dienstag in Marseille Autos an.",
            "de",
            [("zündeten ... an", "riot", "violent_demonstration")],
        ),
    ],
)
def test_planes_shutters_bombs_and_candles(
    text: str, lang: str, kinds: list[tuple[str, str, str]]
) -> None:
    evs = geomap.analyze(text, lang=lang, date="2025-05-07").events
    assert [(e.trigger, e.kind, e.sub_kind) for e in evs] == kinds


# --- a several-word trigger with a word between its words ------------------------------------
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Troops and rebels exchanged heavy gunfire near Goma on Monday.", ["battle"]),
        ("Border guards traded sporadic gunfire near Kupiansk on Monday.", ["battle"]),
        ("A cargo ship ran hard aground off Gothenburg on Monday.", ["accident"]),
        ("The tanker had run firmly aground off Fujairah on Monday.", ["accident"]),
        # views exchanged before gunfire are no exchange of fire; fuel run out of is no grounding
        ("The two sides exchanged views before gunfire erupted near Goma on Monday.", ["battle"]),
        ("The ship ran out of fuel near Oslo on Monday.", []),
    ],
)
def test_a_word_between_the_words_of_a_trigger(text: str, kinds: list[str]) -> None:
    assert _kinds(text, "en") == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Thousands of people have taken to the streets of Belgrade on Sunday.", ["protest"]),
        ("Police teargassed protesters in Nairobi on Monday.", ["protest"]),
        (
            "Riot police tear-gassed students outside the university in Dhaka on Monday.",
            ["protest"],
        ),
        # the injured taken to hospital went nowhere to protest
        ("The injured were taken to hospital in Nairobi on Monday.", []),
    ],
)
def test_protests_and_tear_gas_in_other_forms(text: str, kinds: list[str]) -> None:
    assert _kinds(text, "en") == kinds
