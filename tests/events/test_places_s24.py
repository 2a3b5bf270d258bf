"""The place of an event among several of the article (docs/events.md, "Flashbacks, small
towns, ranks and owners (session 24, h24-evplace)"): a back reference after a flashback
to another town means the story's town (``_story_placed``); a small place's word is no
country's capital (``_small_head``); a capital by a rank of department, prefecture or
district is that unit's seat, not the country's (``[places] regional_capitals``); a
rank's capital is not the seat of a region named as a neighbour (``_neighbouring``); a
German owner's ``von`` after the subject's noun yields to the clause's own place
(``_owner_of_subject``). Round 2: the first end of a road between two places
(``_between_first_end``), a decree's scope (``_scope_cue``), ``von A in B``
(``_origin_then_town``), a province before its town as the object
(``_introduced_object``). Each with look-alikes that must not change. Sentences of our own,
with places no corpus article of the rules used."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _places(lang: str, text: str, day: str = DAY) -> list[tuple[str, str]]:
    events = geomap.analyze(text, lang=lang, date=day).events
    return [(e.kind, plain(e.place_name or "")) for e in events]


# A flashback (the past perfect after the story's own event) to another town: a later
# "the town" / "in der Stadt" means the story's town, not the flashback's.
FLASHBACK: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "Protesters burned tyres in Tamale on Monday. Police had detained two of their"
        " leaders in Bolgatanga on Saturday. Traders in the town shut their shops on"
        " Tuesday.",
        [("riot", "tamale"), ("strategic_development", "bolgatanga"), ("protest", "tamale")],
    ),
    (
        "de",
        "Am Montag demonstrierten Bauern in Cottbus. Bereits am Samstag hatte die Polizei in"
        " Guben zwei Sprecher festgenommen. Am Dienstag traf der Minister in der Stadt"
        " Vertreter der Bauern.",
        [("protest", "cottbus"), ("strategic_development", "guben"), ("meeting", "cottbus")],
    ),
    # look-alikes: a second scene told in the plain past is the story's, and a
    # past perfect that opens the story is its line; "the town" means the town named last.
    (
        "en",
        "Protesters burned tyres in Tamale on Monday. On Tuesday police detained two of their"
        " leaders in Bolgatanga. Traders in the town shut their shops on Wednesday.",
        [
            ("riot", "tamale"),
            ("strategic_development", "bolgatanga"),
            ("protest", "bolgatanga"),
        ],
    ),
    (
        "de",
        "Am Montag demonstrierten Bauern in Cottbus. Am Dienstag nahm die Polizei in Guben"
        " zwei Sprecher fest. Am Mittwoch traf der Minister in der Stadt Vertreter der"
        " Bauern.",
        [("protest", "cottbus"), ("strategic_development", "guben"), ("meeting", "guben")],
    ),
    (
        "en",
        "Police had arrested a teacher in Bolgatanga on Saturday. On Monday hundreds marched"
        " in the town to demand his release.",
        [("strategic_development", "bolgatanga"), ("protest", "bolgatanga")],
    ),
    (
        "de",
        "Am Samstag hatte die Polizei in Guben einen Lehrer festgenommen. Am Montag"
        " demonstrierten Hunderte in der Stadt für seine Freilassung.",
        [("strategic_development", "guben"), ("protest", "guben")],
    ),
]


# A sentence with a day of its own names the story's next town though no event is read
# from it (a funeral): a later "the city" / "in der Stadt" means that town
# (`_State.told_on_its_day` in `_story_scenes`); a comparison with a past event and an
# origin keep the story's scene (look-alikes of session 23's rule).
DATED_SCENE: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "Miners clashed with police in Kitwe on Monday. On Tuesday thousands of mourners"
        " gathered in Ndola for the funeral of a miner. Police arrested 20 people in the"
        " city.",
        [("riot", "kitwe"), ("strategic_development", "ndola")],
    ),
    (
        "de",
        "Bergleute lieferten sich am Montag in Kitwe Straßenschlachten mit der Polizei. Am"
        " Dienstag versammelten sich Tausende Trauernde in Ndola zur Beerdigung eines"
        " Bergmanns. Die Polizei nahm in der Stadt 20 Menschen fest.",
        [("riot", "kitwe"), ("strategic_development", "ndola")],
    ),
    # look-alikes: a comparison and an origin name no scene of the story
    (
        "en",
        "Miners clashed with police in Kitwe on Monday. The clashes were the worst since the"
        " 2019 unrest in Ndola. Police arrested 20 people in the city.",
        [("riot", "kitwe"), ("strategic_development", "kitwe")],
    ),
    (
        "de",
        "Bergleute lieferten sich am Montag in Kitwe Straßenschlachten mit der Polizei. Es"
        " waren die schwersten Unruhen seit den Protesten in Ndola 2019. Die Polizei nahm in"
        " der Stadt 20 Menschen fest.",
        [("riot", "kitwe"), ("strategic_development", "kitwe")],
    ),
    (
        "en",
        "Miners clashed with police in Kitwe on Monday. Many of the miners come from Ndola,"
        " a city 60 km to the east. Police arrested 20 people in the city.",
        [("riot", "kitwe"), ("strategic_development", "kitwe")],
    ),
]


# "the small town" / "die Kleinstadt" after a protest in the capital: the town named
# before it, not the capital.
SMALL_TOWN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "A fire broke out at a chemical plant in the Czech town of Kolin on Monday. On"
        " Tuesday residents protested in Prague. The environment minister travelled to the"
        " small town on Wednesday.",
        [("accident", "kolin"), ("protest", "prague"), ("travel", "kolin")],
    ),
    (
        "de",
        "In der tschechischen Stadt Kolin brannte am Montag eine Lagerhalle nieder. Am"
        " Dienstag protestierten Anwohner in Prag. Am Mittwoch besuchte der Umweltminister"
        " die Kleinstadt.",
        [("accident", "kolin"), ("protest", "prague"), ("meeting", "kolin")],
    ),
    # look-alikes: the general "the city" / "in der Stadt" after the capital
    # still means it.
    (
        "en",
        "A fire broke out at a chemical plant in the small town of Kolin on Monday. On"
        " Tuesday residents protested in Prague. Police arrested five men in the city on"
        " Wednesday.",
        [("accident", "kolin"), ("protest", "prague"), ("strategic_development", "prague")],
    ),
    (
        "de",
        "In der Kleinstadt Kolin brannte am Montag eine Lagerhalle nieder. Am Dienstag"
        " protestierten Anwohner in Prag. Am Mittwoch nahm die Polizei in der Stadt fünf"
        " Männer fest.",
        [("accident", "kolin"), ("protest", "prague"), ("strategic_development", "prague")],
    ),
]


# A size word in an apposition after a town introduces it as one before it does: a later
# "in der Kleinstadt" / "the small town" is that town, not one introduced earlier
# (`_introduced_with_head`); a town with another apposition is not (look-alike).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Am Montag überfielen Bewaffnete ein Dorf nahe der Kleinstadt Banikoara. Am Dienstag"
            " demonstrierten Hunderte in Kandi, einer Kleinstadt im Norden. Am Mittwoch nahm die"
            " Polizei in der Kleinstadt zwei Männer fest.",
            "kandi",
        ),
        (
            "en",
            "Gunmen attacked a village near the small town of Banikoara on Monday. On Tuesday"
            " hundreds protested in Kandi, a small town in the north. On Wednesday police"
            " arrested two men in the small town.",
            "kandi",
        ),
        (
            "en",
            "Gunmen attacked a village near the small town of Banikoara on Monday. On Tuesday"
            " hundreds protested in Kandi, the regional capital. On Wednesday police arrested"
            " two men in the small town.",
            "banikoara",
        ),
    ],
)
def test_size_word_in_an_apposition(lang: str, text: str, expected: str) -> None:
    assert _places(lang, text)[-1] == ("strategic_development", expected)


# A capital by the rank of a department, or owned by a region named after it: the town it
# is said of, not the country's capital.
REGION_CAPITAL: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "de",
        "In Natitingou, der Hauptstadt des Departements Atakora, nahmen Soldaten am Mittwoch"
        " drei Männer fest.",
        [("strategic_development", "natitingou")],
    ),
    (
        "en",
        "In Natitingou, the departmental capital, soldiers arrested three men on Wednesday.",
        [("strategic_development", "natitingou")],
    ),
    # a capital owned by a region named after it: that region's seat
    (
        "de",
        "In Kohima, der Hauptstadt von Nagaland, demonstrierten am Mittwoch Hunderte.",
        [("protest", "kohima")],
    ),
    (
        "de",
        "In Aizawl, der Hauptstadt des gebirgigen Mizoram, nahm die Polizei am Mittwoch drei"
        " Männer fest.",
        [("strategic_development", "aizawl")],
    ),
    # look-alikes: the capital of the country stays the country's
    (
        "de",
        "Am Dienstag protestierten Hunderte in der Hauptstadt von Indien.",
        [("protest", "new delhi")],
    ),
    (
        "de",
        "Soldaten griffen am Montag Rebellen im Norden Benins an. Am Dienstag protestierten"
        " Hunderte in der Hauptstadt des Landes.",
        [("battle", "northern benin"), ("protest", "porto-novo")],
    ),
]


# "the state capital" after the capital of a neighbouring state named as an origin: the
# story's state's seat; with no neighbour word, the state named last (look-alike).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods hit the state of Assam on Tuesday. Rescue teams from Shillong, the capital of"
            " neighbouring Meghalaya, arrived on Wednesday. On Thursday the chief minister"
            " visited a relief camp in the state capital.",
            "dispur",
        ),
        (
            "Floods hit Assam on Tuesday. On Wednesday rain flooded villages in Meghalaya. On"
            " Thursday ministers met in the state capital.",
            "shillong",
        ),
    ],
)
def test_state_capital_not_a_neighbours(text: str, expected: str) -> None:
    assert _places("en", text)[-1] == ("meeting", expected)


# A German owner's "von" after the subject's noun: the clause's own place; a site noun
# after a place preposition, a feature word and a "von" place alone keep it (look-alikes).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mitglieder der Bauerngewerkschaft von Lublin protestierten am Montag vor dem"
            " Parlament in Warschau.",
            [("protest", "warsaw")],
        ),
        (
            "Anhänger des Fußballklubs von Rostock demonstrierten am Mittwoch in Schwerin.",
            [("protest", "schwerin")],
        ),
        (
            "Vor dem Rathaus von Rostock demonstrierten am Mittwoch Hunderte Menschen.",
            [("protest", "rostock")],
        ),
        ("Im Hafen von Rostock sank am Mittwoch ein Fischkutter.", [("accident", "rostock")]),
        (
            "Die Polizei von Rostock nahm am Mittwoch zwei Männer fest.",
            [("strategic_development", "rostock")],
        ),
    ],
)
def test_owner_von_yields_to_the_clause_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places("de", text) == expected


# A describing sentence after a dateline event names its scene only when it says where its
# town lies (`_later_scene`, `[places] scene_words`); one that says how another town fared
# or whose someone is leaves the dateline.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "KAMPALA, May 4 (Reuters) - Police fired tear gas at protesters outside parliament on"
            " Monday. The city of Jinja, where the protest movement began, stayed calm.",
            "kampala",
        ),
        (
            "de",
            "NAIROBI, 4. Mai (dpa) - Die Polizei hat am Montag vor dem Parlament Tränengas gegen"
            " Demonstranten eingesetzt. Die Hafenstadt Mombasa, eine Hochburg der Opposition,"
            " blieb ruhig.",
            "nairobi",
        ),
        (
            "en",
            "ACCRA, May 4 (Reuters) - Nurses marched to the health ministry on Monday to demand"
            " higher pay. The union's leader, from the town of Ho, said the strike would go on.",
            "accra",
        ),
        # where it should fire: the sentence says where the town lies
        (
            "en",
            "KAMPALA, May 4 (Reuters) - Gunmen attacked a market on Monday, killing five people."
            " The town of Arua, about 400 km from the capital, lies near the border with Congo.",
            "arua",
        ),
        (
            "de",
            "NAIROBI, 4. Mai (dpa) - Bewaffnete haben am Montag einen Markt überfallen und fünf"
            " Menschen getötet. Die Kleinstadt Garissa liegt rund 350 Kilometer östlich der"
            " Hauptstadt.",
            "garissa",
        ),
    ],
)
def test_later_scene_only_where_a_town_lies(lang: str, text: str, expected: str) -> None:
    assert _places(lang, text, "2026-05-04")[0][1] == expected


# A village the gazetteer lacks takes the province the article puts it in
# (`_enclosing_region`), not one of another event's sentence nor the attackers' origin.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "NAIROBI, May 4 (Reuters) - Gunmen killed six herders near the village of Kiptarbei"
            " on Monday, police said. The attackers had crossed from neighbouring Marsabit"
            " county.",
            "nairobi",
        ),
        (
            "en",
            "NAIROBI, May 4 (Reuters) - Gunmen killed six herders near the village of Kiptarbei"
            " on Monday, police said. Last month, floods killed 20 people in Kisumu county.",
            "nairobi",
        ),
        (
            "de",
            "NAIROBI, 4. Mai (dpa) - Bewaffnete haben am Montag nahe dem Dorf Kiptarbei sechs"
            " Hirten getötet. Die Angreifer kamen aus dem benachbarten Bezirk Marsabit.",
            "nairobi",
        ),
        # where it should fire: the sentence puts the village in its county
        (
            "en",
            "NAIROBI, May 4 (Reuters) - Gunmen killed six herders near the village of Kiptarbei"
            " on Monday, police said. The village lies in Isiolo county.",
            "isiolo",
        ),
        (
            "de",
            "NAIROBI, 4. Mai (dpa) - Bewaffnete haben am Montag nahe dem Dorf Kiptarbei sechs"
            " Hirten getötet. Das Dorf liegt im Bezirk Isiolo.",
            "isiolo",
        ),
    ],
)
def test_enclosing_region_not_another_events(lang: str, text: str, expected: str) -> None:
    assert _places(lang, text, "2026-05-04")[0] == ("violence_against_civilians", expected)


# Round 2: the first end of "the road between A and ..." is a candidate (_between_first_end), so a
# town before a border places the event (before, the border did); "für" / "for" near a
# decree's noun before an article or a name is the decree's area (_scope_cue: a curfew "für
# die Hauptstadt" after a scene in another town). Guards: two towns, a town near the road,
# "between" with no route noun, "für" with no decree noun, a decree for "drei Provinzen".
SCOPE: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "A lorry overturned on the highway between Kisumu and the Ugandan border on Monday.",
        [("accident", "kisumu")],
    ),
    (
        "de",
        "Auf der Landstraße zwischen Kisumu und der ugandischen Grenze ist am Montag ein"
        " Lastwagen umgekippt.",
        [("accident", "kisumu")],
    ),
    (
        "en",
        "A minibus overturned on the road between Mafraq and the Syrian border on Tuesday.",
        [("accident", "mafraq")],
    ),
    # guards: two towns (the second end still places it), a town the road passes near
    (
        "en",
        "A bus collided with a truck on the road between Nakuru and Eldoret on Monday.",
        [("accident", "eldoret")],
    ),
    (
        "de",
        "Auf der Straße zwischen Nakuru und Eldoret stießen am Montag ein Bus und ein Lastwagen"
        " zusammen.",
        [("accident", "eldoret")],
    ),
    (
        "en",
        "A lorry overturned on the highway between Kisumu and the Ugandan border near Busia on"
        " Monday.",
        [("accident", "busia")],
    ),
    (
        "de",
        "Auf der Fernstraße zwischen Kisumu und der ugandischen Grenze ist am Montag bei Busia"
        " ein Lastwagen umgekippt.",
        [("accident", "busia")],
    ),
    (
        "en",
        "Talks between Kenya and Uganda were held in Kisumu on Monday.",
        [("meeting", "kisumu")],
    ),
    (
        "de",
        "Am Montag kam es bei Osch zu Gefechten zwischen Soldaten und Rebellen.",
        [("battle", "osh")],
    ),
    (
        "de",
        "Am Montag protestierten Tausende in der Hauptstadt Malawis. In Blantyre nahm die"
        " Polizei am Dienstag drei Studenten fest. Die Regierung verhängte am Mittwoch für die"
        " Hauptstadt eine nächtliche Ausgangssperre.",
        [("protest", "lilongwe"), ("strategic_development", "blantyre"), ("statement", "lilongwe")],
    ),
    (
        "en",
        "Thousands protested in the capital of Malawi on Monday. In Blantyre, police detained"
        " three students on Tuesday. The government declared a night curfew for the capital on"
        " Wednesday.",
        [("protest", "lilongwe"), ("strategic_development", "blantyre"), ("statement", "lilongwe")],
    ),
    (
        "de",
        "Am Montag protestierten Bauern in Blantyre. Am Dienstag verhängte die Regierung den"
        " Ausnahmezustand für die Stadt.",
        [("protest", "blantyre"), ("statement", "blantyre")],
    ),
    (
        "de",
        "Am Montag protestierten Bauern in Blantyre. Am Dienstag demonstrierten Studenten in"
        " Zomba für die Hauptstadt als Regierungssitz.",
        [("protest", "blantyre"), ("protest", "zomba")],
    ),
    (
        "en",
        "Farmers protested in Blantyre on Monday. On Tuesday students marched in Zomba for the"
        " capital's hospitals.",
        [("protest", "blantyre"), ("protest", "zomba")],
    ),
    (
        "de",
        "Am Montag demonstrierten Tausende in Les Cayes. Am Mittwoch kämpften Soldaten in"
        " Jacmel für die Stadt.",
        [("protest", "les cayes"), ("battle", "jacmel")],
    ),
    (
        "de",
        "Am Montag protestierten Bauern in Blantyre. Am Dienstag rief die Regierung in Zomba für"
        " drei weitere Bezirke den Notstand aus.",
        [("protest", "blantyre"), ("statement", "zomba")],
    ),
]


# Round 2: a noun's "von A in B" with nothing between, two towns far apart
# (_origin_then_town): A says whose, B where (before, B yielded to A as a container does).
# "aus A in B" and "of A in B" were right already. Guards: a district in its city, a town
# in its country (a launch "from A in <state>" is tests/events/test_launch_attack_probes_r3.py).
ORIGIN_TOWN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "de",
        "Am Mittwoch haben Mitglieder der Gewerkschaft von Kisumu in Nakuru demonstriert.",
        [("protest", "nakuru")],
    ),
    (
        "de",
        "Am Mittwoch demonstrierten Studenten der Universität von Kisumu in Nakuru.",
        [("protest", "nakuru")],
    ),
    (
        "de",
        "Am Mittwoch wurde der Bürgermeister von Kisumu in Nakuru festgenommen.",
        [("strategic_development", "nakuru")],
    ),
    ("de", "Am Mittwoch haben Bauern aus Kisumu in Nakuru demonstriert.", [("protest", "nakuru")]),
    (
        "en",
        "On Wednesday members of the union of Kisumu protested in Nakuru.",
        [("protest", "nakuru")],
    ),
    (
        "de",
        "Am Mittwoch demonstrierten Anwohner aus Kreuzberg in Berlin vor dem Rathaus.",
        [("protest", "kreuzberg")],
    ),
    (
        "de",
        "Am Mittwoch demonstrierten Tausende in Kisumu in Kenia.",
        [("protest", "kisumu")],
    ),
]


# Round 2: a province named before a town that a feature word introduces as the object
# ("In der Provinz A haben Rebellen die Stadt B eingenommen"): the province yields to the
# town as it does to one in a locative phrase (_area_holds_town, _introduced_object).
# Guards: the town of the people who protested ("Bewohner der Stadt B"), of a speaker.
AREA_OBJECT: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "de",
        "In der Provinz Nord-Kivu haben Rebellen am Dienstag die Stadt Rutshuru eingenommen.",
        [("battle", "rutshuru")],
    ),
    (
        "de",
        "Im Bundesstaat Borno haben Soldaten am Dienstag die Stadt Bama zurückerobert.",
        [("battle", "bama")],
    ),
    (
        "en",
        "In North Kivu province, rebels captured the town of Rutshuru on Tuesday.",
        [("battle", "rutshuru")],
    ),
    (
        "de",
        "In der Region Tigray demonstrierten am Dienstag Bewohner der Stadt Mekele gegen die"
        " Regierung.",
        [("protest", "tigray")],
    ),
    (
        "de",
        "Im Bundesstaat Borno haben Bewaffnete am Dienstag ein Dorf überfallen, teilte der"
        " Bürgermeister der Stadt Maiduguri mit.",
        [("violence_against_civilians", "borno")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    FLASHBACK + DATED_SCENE + SMALL_TOWN + REGION_CAPITAL + SCOPE + ORIGIN_TOWN + AREA_OBJECT,
)
def test_every_event_place(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(lang, text) == expected
