"""Events that hide in another clause or in a noun phrase (issue 20; session 12, evkinds
helper): an event inside an ``after`` / ``nach`` / ``following`` phrase or a subordinate
clause (``nachdem``, ``als``, ``weil``, ``because``, ``when``) beside the main clause's
event; the day a report was made against the event's own bare weekday (``Police said
Tuesday gunmen kidnapped ... Sunday``); events told in the pluperfect or as a dated noun
phrase (``Saturday's earthquake``, ``der Anschlag vom Dienstag``, ``the Tuesday attack``);
an event whose trigger is the noun subject of a verb that only says what it did (``A
stampede at X killed``, ``Ein Erdrutsch bei X verschüttete``); and events in a list of
places (``protests in X, Y and Z``: one event per place, see docs/events.md).

Then look-alikes with the same structures that report no event: plans, warnings,
anniversaries, statistics, conditionals, negations, questions and background of earlier
years.

Written for these tests before geomap ran on them, with other regions and wording than any
benchmark article, every continent: the kind, day and place are what a reader names."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_no_event, assert_reported

SAT, SUN, MON, TUE = "2025-06-07", "2025-06-08", "2025-06-09", "2025-06-10"

# (text, language, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # an event inside an after-phrase or a subordinate clause, with its own day or the main's
    (
        "Hundreds of families fled their homes after a dam burst near Mocoa on Sunday.",
        "en",
        "disaster",
        None,
        SUN,
        "Mocoa",
    ),
    (
        "Schools in Padang stayed closed on Tuesday after an earthquake struck the city on Monday.",
        "en",
        "disaster",
        "earthquake",
        MON,
        "Padang",
    ),
    (
        "Traffic on the coastal line was halted on Monday after a train derailed near Kandy.",
        "en",
        "accident",
        "rail",
        MON,
        "Kandy",
    ),
    (
        "Police arrested three men on Tuesday after a bomb exploded at a bus station in Quetta"
        " on Sunday.",
        "en",
        "explosion_remote_violence",
        None,
        SUN,
        "Quetta",
    ),
    (
        "Residents of Naha cleared debris on Tuesday after a typhoon hit the city on Monday.",
        "en",
        "disaster",
        "storm",
        MON,
        "Naha",
    ),
    (
        "Five people were injured when a gas cylinder exploded at a restaurant in Karachi on"
        " Saturday.",
        "en",
        "accident",
        None,
        SAT,
        "Karachi",
    ),
    (
        "Because a bridge collapsed near Porto Alegre on Sunday, the highway remains closed.",
        "en",
        "accident",
        None,
        SUN,
        "Porto Alegre",
    ),
    (
        "Following a landslide near Dharamshala on Sunday, the mountain road was closed.",
        "en",
        "disaster",
        "mass_movement",
        SUN,
        "Dharamshala|Dharamsala",
    ),
    (
        "Die Anwohner flohen aus ihren Häusern, nachdem am Montag bei Trabzon ein Damm"
        " gebrochen war.",
        "de",
        "disaster",
        None,
        MON,
        "Trabzon",
    ),
    (
        "Nachdem am Sonntag ein Erdrutsch mehrere Häuser bei Cusco verschüttet hatte, suchten"
        " Helfer nach Überlebenden.",
        "de",
        "disaster",
        "mass_movement",
        SUN,
        "Cusco",
    ),
    (
        "Nach dem Erdbeben vom Montag in Malatya suchten Helfer am Dienstag nach Überlebenden.",
        "de",
        "disaster",
        "earthquake",
        MON,
        "Malatya",
    ),
    (
        "Als am Samstag bei Valparaíso ein Bus in eine Schlucht stürzte, starben zwölf Menschen.",
        "de",
        "accident",
        "road",
        SAT,
        "Valparaíso|Valparaiso",
    ),
    (
        "Weil am Dienstag in Lagos ein Tanklaster explodiert war, blieb die Straße gesperrt.",
        "de",
        "accident",
        None,
        TUE,
        "Lagos",
    ),
    (
        "Nach dem Absturz eines Kleinflugzeugs bei Salzburg am Samstag ermittelt die Polizei.",
        "de",
        "accident",
        "air",
        SAT,
        "Salzburg",
    ),
    (
        "Police arrested three men on Tuesday after a bomb exploded at a bus station in Quetta"
        " on Sunday.",
        "en",
        "strategic_development",
        "arrest",
        TUE,
        "Quetta",
    ),
    (
        "Troops were deployed on Monday after protesters clashed with police in Dhaka.",
        "en",
        "strategic_development",
        None,
        MON,
        "Dhaka",
    ),
    (
        "The president met survivors on Wednesday after a cyclone struck Chittagong on Monday.",
        "en",
        "disaster",
        "storm",
        MON,
        "Chittagong|Chattogram",
    ),
    (
        "A truck fell into a gorge near Shimla on Monday after a landslide struck the road.",
        "en",
        "disaster",
        "mass_movement",
        MON,
        "Shimla",
    ),
    (
        "Zwei Menschen starben, als Polizisten am Dienstag in Nairobi auf Demonstranten schossen.",
        "de",
        "protest",
        None,
        TUE,
        "Nairobi",
    ),
    (
        "Als Soldaten am Montag in Lomé auf Demonstranten schossen, starben drei Menschen.",
        "de",
        "protest",
        None,
        MON,
        "Lomé|Lome",
    ),
    # the report's day against the event's bare weekday
    (
        "Police said Tuesday gunmen kidnapped 20 passengers near Kaduna on Sunday.",
        "en",
        "violence_against_civilians",
        "abduction",
        SUN,
        "Kaduna",
    ),
    (
        "The ministry said Monday an earthquake struck the province of Kermanshah late Saturday.",
        "en",
        "disaster",
        "earthquake",
        SAT,
        "Kermanshah",
    ),
    (
        "Authorities said Monday that floods had swept through Kasese on Saturday.",
        "en",
        "disaster",
        "flood",
        SAT,
        "Kasese",
    ),
    (
        "The army said Tuesday that soldiers clashed with rebels near Mopti Sunday.",
        "en",
        "battle",
        None,
        SUN,
        "Mopti",
    ),
    (
        "Die Behörden teilten am Dienstag mit, der Waldbrand sei am Samstag bei Patras"
        " ausgebrochen.",
        "de",
        "disaster",
        "wildfire",
        SAT,
        "Patras|Patra",
    ),
    (
        "Wie die Polizei am Montag mitteilte, wurden am Samstag in Hamburg drei Männer"
        " festgenommen.",
        "de",
        "strategic_development",
        "arrest",
        SAT,
        "Hamburg",
    ),
    (
        "Because a levee broke near Sacramento on Sunday, thousands of people were evacuated.",
        "en",
        "disaster",
        "flood",
        SUN,
        "Sacramento",
    ),
    (
        "Officials said Tuesday the blaze began late Sunday at a textile mill near Gazipur.",
        "en",
        "accident",
        None,
        SUN,
        "Gazipur",
    ),
    (
        "Police said Wednesday a gunman shot dead three people in Memphis on Sunday.",
        "en",
        "violence_against_civilians",
        None,
        SUN,
        "Memphis",
    ),
    # the pluperfect and the dated noun phrase
    (
        "Saturday's earthquake in Herat killed more than 1,000 people.",
        "en",
        "disaster",
        "earthquake",
        SAT,
        "Herat",
    ),
    (
        "Monday's derailment near Balasore left 40 people injured.",
        "en",
        "accident",
        "rail",
        MON,
        "Balasore|Baleshwar",
    ),
    (
        "Sunday's protest in Belgrade drew tens of thousands of people.",
        "en",
        "protest",
        None,
        SUN,
        "Belgrade|Beograd",
    ),
    (
        "Tuesday's suicide bombing at a mosque in Peshawar killed 30 worshippers.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Peshawar",
    ),
    (
        "Rescuers counted the dead on Wednesday after the Tuesday attack on Kramatorsk.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Kramatorsk",
    ),
    (
        "A ferry had capsized off Zanzibar on Sunday, killing 12 people.",
        "en",
        "accident",
        "maritime",
        SUN,
        "Zanzibar",
    ),
    (
        "Der Anschlag vom Dienstag in Mogadischu forderte 20 Tote.",
        "de",
        "explosion_remote_violence",
        None,
        TUE,
        "Mogadischu|Mogadishu",
    ),
    (
        "Am Sonntag war in Kathmandu ein Flugzeug abgestürzt.",
        "de",
        "accident",
        "air",
        SUN,
        "Kathmandu",
    ),
    (
        "Das Beben vom Montag hatte in Adana Hunderte Häuser zerstört.",
        "de",
        "disaster",
        "earthquake",
        MON,
        "Adana",
    ),
    (
        "Die Überschwemmungen vom Sonntag in Porto Alegre haben 30 Menschen das Leben gekostet.",
        "de",
        "disaster",
        "flood",
        SUN,
        "Porto Alegre",
    ),
    (
        "Die Proteste vom Samstag in Tiflis verliefen friedlich.",
        "de",
        "protest",
        None,
        SAT,
        "Tiflis|Tbilisi",
    ),
    (
        "The Tuesday attack on Kramatorsk killed eight people.",
        "en",
        "explosion_remote_violence",
        None,
        TUE,
        "Kramatorsk",
    ),
    (
        "Last Saturday's storm flooded hundreds of homes in Recife.",
        "en",
        "disaster",
        None,
        SAT,
        "Recife",
    ),
    (
        "A spokesman said Wednesday that Saturday's earthquake in Herat destroyed 400 homes.",
        "en",
        "disaster",
        "earthquake",
        SAT,
        "Herat",
    ),
    (
        "Officials said on Tuesday the Sunday attack on a market in Kharkiv killed six.",
        "en",
        "explosion_remote_violence",
        None,
        SUN,
        "Kharkiv",
    ),
    (
        "Police said Tuesday that Sunday night's deadly blast in Quetta killed nine.",
        "en",
        "accident",
        None,
        SUN,
        "Quetta",
    ),
    (
        "The weekend's floods in Porto Alegre killed 30 people.",
        "en",
        "disaster",
        "flood",
        SAT,
        "Porto Alegre",
    ),
    (
        "Der Zyklon vom Wochenende hat in Mosambik mindestens 30 Menschen getötet.",
        "de",
        "disaster",
        "storm",
        SAT,
        "Mosambik|Mozambique",
    ),
    (
        "Die Proteste vom vergangenen Wochenende in Belgrad verliefen friedlich.",
        "de",
        "protest",
        None,
        SAT,
        "Belgrad|Belgrade",
    ),
    # the trigger is the noun subject
    (
        "A stampede at a stadium in Conakry killed 12 people on Sunday.",
        "en",
        "accident",
        None,
        SUN,
        "Conakry",
    ),
    (
        "A gas explosion in an apartment block in Ufa killed six people on Tuesday.",
        "en",
        "accident",
        None,
        TUE,
        "Ufa",
    ),
    (
        "Torrential rain in Chennai flooded hundreds of streets on Monday.",
        "en",
        "disaster",
        None,
        MON,
        "Chennai",
    ),
    (
        "An avalanche near Chamonix buried four climbers on Saturday.",
        "en",
        "disaster",
        "mass_movement",
        SAT,
        "Chamonix",
    ),
    (
        "A tornado near Tulsa destroyed dozens of homes on Sunday.",
        "en",
        "disaster",
        "storm",
        SUN,
        "Tulsa",
    ),
    (
        "Ein Erdrutsch bei Shimla verschüttete am Dienstag mehrere Häuser.",
        "de",
        "disaster",
        "mass_movement",
        TUE,
        "Shimla",
    ),
    (
        "Ein Großbrand in einer Textilfabrik in Gazipur tötete am Sonntag 30 Arbeiter.",
        "de",
        "accident",
        None,
        SUN,
        "Gazipur",
    ),
    (
        "Ein Feuer in einem Hochhaus in Mumbai tötete am Samstag sieben Menschen.",
        "de",
        "accident",
        "industrial",
        SAT,
        "Mumbai",
    ),
    (
        "Bei einem Feuer in einer Klinik in Bagdad wurden am Sonntag 20 Menschen getötet.",
        "de",
        "accident",
        "industrial",
        SUN,
        "Bagdad|Baghdad",
    ),
    (
        "Ein Feuer in einem Wald bei Athen tötete am Sonntag zwei Feuerwehrleute.",
        "de",
        "disaster",
        "wildfire",
        SUN,
        "Athen|Athens",
    ),
    (
        "Eine Lawine bei Davos erfasste am Samstag drei Skifahrer.",
        "de",
        "disaster",
        "mass_movement",
        SAT,
        "Davos",
    ),
    (
        "Ein Zugunglück bei Ahmedabad forderte am Samstag zehn Tote.",
        "de",
        "accident",
        "rail",
        SAT,
        "Ahmedabad",
    ),
    # a list of places: the first place at least
    (
        "Thousands of people protested in Lyon, Marseille and Toulouse on Saturday.",
        "en",
        "protest",
        None,
        SAT,
        "Lyon",
    ),
    (
        "Thousands of people protested in Lyon, Marseille and Toulouse on Saturday.",
        "en",
        "protest",
        None,
        SAT,
        "Marseille",
    ),
    (
        "Thousands of people protested in Lyon, Marseille and Toulouse on Saturday.",
        "en",
        "protest",
        None,
        SAT,
        "Toulouse",
    ),
    (
        "Russian drones struck Kharkiv, Odesa and Sumy on Monday.",
        "en",
        "explosion_remote_violence",
        None,
        MON,
        "Sumy",
    ),
    (
        "Am Sonntag demonstrierten in Leipzig, Dresden und Chemnitz Tausende Menschen.",
        "de",
        "protest",
        None,
        SUN,
        "Chemnitz",
    ),
    (
        "Bei Angriffen auf Dörfer bei Djibo und Arbinda wurden am Montag 40 Zivilisten getötet.",
        "de",
        "violence_against_civilians",
        None,
        MON,
        "Arbinda|Aribinda",
    ),
    (
        "Protesters marched in Nairobi, Mombasa, and Kisumu on Tuesday.",
        "en",
        "protest",
        None,
        TUE,
        "Kisumu",
    ),
    (
        "Police arrested activists in Istanbul and Ankara on Sunday.",
        "en",
        "strategic_development",
        "arrest",
        SUN,
        "Ankara",
    ),
    (
        "Fighting raged in Khartoum and Omdurman on Tuesday.",
        "en",
        "battle",
        None,
        TUE,
        "Omdurman",
    ),
    (
        "Polizisten nahmen am Montag in Berlin, Hamburg und München 15 Verdächtige fest.",
        "de",
        "strategic_development",
        "arrest",
        MON,
        "München|Munich",
    ),
    (
        "Bei Protesten in Wien und Graz wurden am Samstag 20 Menschen festgenommen.",
        "de",
        "strategic_development",
        "arrest",
        SAT,
        "Graz",
    ),
    # a list of origins after a noun for people is whose, not where
    (
        "Protesters from Lyon and Marseille marched in Paris on Saturday.",
        "en",
        "protest",
        None,
        SAT,
        "Paris",
    ),
]

MISSED: list[object] = []


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), [*CASES, *MISSED])
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


NON_EVENTS = [
    # background of an earlier year, in an after-phrase or a subordinate clause
    ("Residents of Mocoa have lived in fear since a dam burst there in 2017.", "en"),
    ("The town of Padang was rebuilt after an earthquake struck it in 2009.", "en"),
    ("Nach dem Erdbeben von 1999 wurden in Izmit strengere Bauvorschriften eingeführt.", "de"),
    ("Nachdem im Jahr 2018 ein Damm bei Trabzon gebrochen war, wurde ein neuer gebaut.", "de"),
    # conditionals
    ("If a dam bursts near Mocoa, thousands of people will have to flee.", "en"),
    ("Wenn der Damm bei Trabzon bricht, müssen Tausende Menschen fliehen.", "de"),
    ("Wenn Soldaten in Lomé auf Demonstranten schießen, drohen Unruhen.", "de"),
    ("Ungeklärt ist, ob Soldaten am Montag in Lomé auf Demonstranten schossen.", "de"),
    # negations
    ("Officials said Tuesday that no fire had broken out in Patras.", "en"),
    ("Am Samstag wurde in Hamburg niemand festgenommen.", "de"),
    # questions
    ("Did Saturday's earthquake in Herat cause the landslide?", "en"),
    ("Wird der Protest vom Samstag in Tiflis friedlich bleiben?", "de"),
    # anniversaries
    ("Saturday marks the tenth anniversary of the earthquake in Kathmandu.", "en"),
    ("Am Montag jährte sich das Zugunglück bei Ahmedabad zum fünften Mal.", "de"),
    # habits and statistics
    ("After an earthquake, residents of Lima are told to stay out of their houses.", "en"),
    ("Heavy rain in Chennai causes flooding every year.", "en"),
    ("Avalanches near Davos kill about ten people a year.", "en"),
    ("Fires often start in the dry hills above Kamloops in August.", "en"),
    ("Levees along the river near Sacramento could break if the rain continues.", "en"),
    ("Lawinen bei Davos töten jedes Jahr etwa zehn Menschen.", "de"),
    # warnings and plans
    ("A stampede at the stadium in Conakry could kill many people, officials warned.", "en"),
    ("Die Behörden warnten am Montag, ein Erdrutsch bei Shimla könne Häuser verschütten.", "de"),
    ("The government plans to rebuild the bridge in Porto Alegre after the floods of 2024.", "en"),
    (
        "Officials said Monday that the protest planned for Saturday in Belgrade was called off.",
        "en",
    ),
]


# One occurrence over several places, or one place with its country: one event, not one per
# name (docs/events.md, "Lists of places").
ONE_EVENT = [
    ("An earthquake struck Malatya and Adana on Monday.", "en"),
    ("Floods swept through Porto Alegre and Canoas on Sunday.", "en"),
    ("Gunmen attacked a checkpoint on the road between Gao and Ansongo on Monday.", "en"),
    ("Clashes broke out in Kharkiv, Ukraine, on Monday.", "en"),
    ("Zwischen Gao und Ansongo griffen Bewaffnete am Montag einen Konvoi an.", "de"),
    ("Ein Erdbeben erschütterte am Montag Malatya und Adana.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), ONE_EVENT)
def test_one_occurrence_is_one_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert len(events) == 1, [(e.kind, e.trigger, e.date, e.place_name) for e in events]


STILL_READ_AS_EVENTS = [
    pytest.param(
        "Officials said Monday that Saturday's protest in Belgrade had been called off.",
        "en",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'called off' is no word of a mood: as a phrase of [clauses] expected it would"
                " also drop an event in the other part of its clause ('called off the search"
                " after a landslide hit X'), as 'cancelled' does not (own_part_moods)"
            ),
        ),
    ),
]


@pytest.mark.parametrize(("text", "lang"), [*NON_EVENTS, *STILL_READ_AS_EVENTS])
def test_the_look_alike_reports_no_event(text: str, lang: str) -> None:
    assert_no_event(text, lang)
