"""Carried, dateline and district places, sixteenth session's probe table (issue 20, deliverable 3).

Each row is a story of two or three sentences whose later sentence reports an event and names
no place of its own, or only a feature word (``the district``, ``die Region``, ``the camp``,
``the mine``), or a story about one country under another country's dateline that names a
second-level unit (a district, a county, a region). The row asks for the later event: its
kind (another kind than the first sentence's, so the first event cannot answer for it), its
day and the place a reader would name. A court action is left out: the documented order
does not carry it (it happens where the authority sits). Written for this table before
geomap was run on it, in English and German, in regions and with places the events dev
articles do not name.
"""

from __future__ import annotations

import pytest

from tests.events.test_place_probe15 import MON, SUN, TUE, _check

ROWS = [
    # a later sentence names no place: the story's place is carried
    (
        "en-carried-arrest-after-protest",
        "Police fired tear gas at protesters in the Kenyan town of Nanyuki on Monday. On Tuesday, "
        "three protest leaders were arrested.",
        "en",
        "strategic_development",
        TUE,
        "Nanyuki",
    ),
    (
        "de-carried-festnahme",
        "In der pakistanischen Stadt Sukkur haben am Sonntag Tausende gegen Stromausfälle "
        "protestiert. Am Montag nahm die Polizei zwei Organisatoren fest.",
        "de",
        "strategic_development",
        MON,
        "Sukkur",
    ),
    (
        "en-carried-three-sentences",
        "A fire destroyed more than 200 homes in the Bangladeshi town of Kurigram on Sunday. "
        "Officials said the cause was not known. On Monday, hundreds of residents protested over "
        "the slow delivery of aid.",
        "en",
        "protest",
        MON,
        "Kurigram",
    ),
    (
        "de-carried-drei-saetze",
        "Bei einem Busunglück im Süden Perus sind am Sonntag nahe der Stadt Nazca 14 Menschen ums "
        "Leben gekommen. Der Fahrer sei zu schnell gefahren, hieß es. Am Montag wurde der Besitzer "
        "des Busunternehmens festgenommen.",
        "de",
        "strategic_development",
        MON,
        "Nazca",
    ),
    (
        "en-carried-riot",
        "Gunmen killed six worshippers at a mosque in the Nigerien town of Tillaberi on Sunday. "
        "On Monday, angry residents torched the local police station.",
        "en",
        "riot|strategic_development",
        MON,
        "Tillab",
    ),
    (
        "de-carried-traenengas",
        "In der bolivianischen Stadt Oruro haben Bergleute am Sonntag eine Straße blockiert. Am "
        "Montag setzte die Polizei Tränengas gegen sie ein.",
        "de",
        "protest|riot",
        MON,
        "Oruro",
    ),
    # a feature word points back
    (
        "en-the-district",
        "Floods hit Bangladesh's Sunamganj district on Sunday. On Monday, angry villagers blocked "
        "a highway in the district to demand food.",
        "en",
        "protest|riot",
        MON,
        "Sunamganj",
    ),
    (
        "de-die-region",
        "Ein Erdbeben der Stärke 5,6 hat am Sonntag die äthiopische Region Afar erschüttert. Am "
        "Montag protestierten Bewohner in der Region gegen fehlende Hilfe.",
        "de",
        "protest",
        MON,
        "Afar",
    ),
    (
        "en-the-camp",
        "Gunmen attacked the Kakuma refugee camp in northern Kenya on Sunday. On Monday, "
        "residents of the camp marched to demand better protection.",
        "en",
        "protest",
        MON,
        "Kakuma",
    ),
    (
        "de-das-lager",
        "Im Flüchtlingslager Kutupalong in Bangladesch ist am Sonntag ein Großbrand ausgebrochen. "
        "Am Montag demonstrierten Bewohner des Lagers für besseren Brandschutz.",
        "de",
        "protest",
        MON,
        "Kutupalong",
    ),
    (
        "en-the-mine",
        "A tunnel collapsed at a gold mine near the Malian town of Kenieba on Sunday, trapping 20 "
        "miners. On Monday, police arrested the owner of the mine.",
        "en",
        "strategic_development",
        MON,
        "Kenieba",
    ),
    (
        "de-die-mine",
        "In einer Kohlemine bei der kolumbianischen Stadt Sutatausa hat sich am Sonntag eine "
        "Explosion ereignet. Am Montag demonstrierten Angehörige vor der Mine.",
        "de",
        "protest",
        MON,
        "Sutatausa",
    ),
    (
        "en-the-area",
        "A landslide buried homes in Nepal's Sindhupalchok district on Sunday. On Monday, "
        "soldiers clashed with looters in the area.",
        "en",
        "riot|battle|strategic_development",
        MON,
        "Sindhupalchok|Sindhupalchowk",
    ),
    (
        "de-das-gebiet",
        "Ein Wirbelsturm hat am Sonntag die mosambikanische Provinz Zambezia verwüstet. Am "
        "Montag plünderten Menschen in dem Gebiet Geschäfte.",
        "de",
        "strategic_development|riot",
        MON,
        "Zambezia",
    ),
    # a second-level unit under another country's dateline
    (
        "en-foreign-dateline-np-district",
        "NEW DELHI, June 10 (Reuters) - A landslide buried a bus in Nepal's Jajarkot district on "
        "Tuesday, killing nine passengers, officials said.",
        "en",
        "disaster|accident",
        TUE,
        "Jajarkot",
    ),
    (
        "de-foreign-dateline-np-distrikt",
        "Neu-Delhi (dpa) - Im nepalesischen Distrikt Rasuwa hat ein Erdrutsch am Montag mehrere "
        "Häuser verschüttet.",
        "de",
        "disaster",
        MON,
        "Rasuwa",
    ),
    (
        "en-foreign-dateline-mw-district",
        "JOHANNESBURG, June 10 (Reuters) - Floods swept through Malawi's Nsanje district on "
        "Monday, forcing thousands from their homes.",
        "en",
        "disaster",
        MON,
        "Nsanje",
    ),
    (
        "de-foreign-dateline-mw-distrikt",
        "Johannesburg (dpa) - Im Distrikt Phalombe im Süden Malawis haben Überschwemmungen am "
        "Sonntag Hunderte Häuser zerstört.",
        "de",
        "disaster",
        SUN,
        "Phalombe",
    ),
    (
        "en-foreign-dateline-so-region",
        "NAIROBI, June 10 (Reuters) - Al Shabaab fighters attacked a military base in Somalia's "
        "Hiiraan region on Tuesday, the army said.",
        "en",
        "battle|explosion_remote_violence|violence_against_civilians",
        TUE,
        "Hiiraan|Hiran|Hiraan",
    ),
    (
        "de-foreign-dateline-so-region",
        "Nairobi (dpa) - Kämpfer der Al-Shabaab haben am Dienstag einen Stützpunkt in der "
        "somalischen Region Gedo angegriffen.",
        "de",
        "battle|explosion_remote_violence",
        TUE,
        "Gedo",
    ),
    (
        "en-foreign-dateline-ug-district",
        "NAIROBI, June 10 (Reuters) - Lightning killed eight pupils at a school in Uganda's "
        "Kiryandongo district on Monday, police said.",
        "en",
        "disaster",
        MON,
        "Kiryandongo",
    ),
    (
        "de-foreign-dateline-ug-distrikt",
        "Nairobi (dpa) - Im ugandischen Distrikt Bundibugyo sind am Sonntag bei einem Erdrutsch "
        "elf Menschen ums Leben gekommen.",
        "de",
        "disaster",
        SUN,
        "Bundibugyo",
    ),
    (
        "en-foreign-dateline-ke-county",
        "KAMPALA, June 10 (Reuters) - Bandits killed five herders in Kenya's Baringo county on "
        "Sunday, police said.",
        "en",
        "violence_against_civilians",
        SUN,
        "Baringo",
    ),
    (
        "de-foreign-dateline-ke-bezirk",
        "Kampala (dpa) - Im kenianischen Bezirk Turkana haben Viehdiebe am Montag vier Hirten "
        "erschossen.",
        "de",
        "violence_against_civilians",
        MON,
        "Turkana",
    ),
    (
        "en-foreign-dateline-bd-district",
        "KOLKATA, June 10 (Reuters) - A ferry capsized on a river in Bangladesh's Munshiganj "
        "district on Sunday, leaving 15 people missing.",
        "en",
        "accident",
        SUN,
        "Munshiganj",
    ),
    (
        "de-foreign-dateline-bd-distrikt",
        "Neu-Delhi (dpa) - Im Distrikt Cox's Bazar in Bangladesch sind am Montag bei Erdrutschen "
        "sechs Menschen gestorben.",
        "de",
        "disaster",
        MON,
        "Cox",
    ),
    # the dateline is the place when nothing else is named
    (
        "en-dateline-only",
        "GUATEMALA CITY, June 10 (Reuters) - Police arrested a former interior minister on "
        "Tuesday on corruption charges.",
        "en",
        "strategic_development",
        TUE,
        "Guatemala",
    ),
    (
        "de-dateline-only",
        "Lima (dpa) - Die Polizei hat am Montag einen früheren Regionalgouverneur festgenommen.",
        "de",
        "strategic_development",
        MON,
        "Lima",
    ),
    (
        "en-dateline-then-carried",
        "ACCRA, June 10 (Reuters) - Hundreds of nurses marched on Monday to demand unpaid wages. "
        "On Tuesday, police detained four union leaders.",
        "en",
        "strategic_development",
        TUE,
        "Accra",
    ),
    (
        "de-dateline-then-carried",
        "Tiflis (dpa) - Tausende Menschen haben am Sonntag gegen ein neues Mediengesetz "
        "demonstriert. Am Montag nahm die Polizei mehrere Aktivisten fest.",
        "de",
        "strategic_development",
        MON,
        "Tiflis|Tbilisi",
    ),
    # a place named in the later sentence beats the carried one
    (
        "en-new-place-beats-carried",
        "Floods hit Nepal's Morang district on Sunday. On Monday, a bridge collapsed in the "
        "district of Dolakha, killing three people.",
        "en",
        "accident|disaster",
        MON,
        "Dolakha",
    ),
    (
        "de-neuer-ort",
        "Am Sonntag hat ein Erdrutsch im Distrikt Gorkha mehrere Häuser verschüttet. Am Montag "
        "ist im Distrikt Humla ein Hubschrauber abgestürzt.",
        "de",
        "accident",
        MON,
        "Humla",
    ),
    # a district named in the same sentence under a dateline of its own country
    (
        "en-home-dateline-district",
        "KATHMANDU, June 10 (Reuters) - Floods killed 11 people in the district of Bajura on "
        "Monday, police said.",
        "en",
        "disaster",
        MON,
        "Bajura",
    ),
    (
        "de-heim-dateline-distrikt",
        "Lilongwe (dpa) - Im Distrikt Nkhata Bay haben Überschwemmungen am Sonntag Brücken "
        "zerstört.",
        "de",
        "disaster",
        SUN,
        "Nkhata",
    ),
    (
        "en-home-dateline-county",
        "NAIROBI, June 10 (Reuters) - Police shot dead two protesters in Kirinyaga county on "
        "Tuesday, witnesses said.",
        "en",
        "violence_against_civilians|protest",
        TUE,
        "Kirinyaga",
    ),
    (
        "de-heim-dateline-region",
        "Mogadischu (dpa) - In der Region Bakool haben Kämpfer am Montag ein Dorf angegriffen.",
        "de",
        "battle|violence_against_civilians|explosion_remote_violence",
        MON,
        "Bakool",
    ),
    # carried from a district into a later sentence with a feature word
    (
        "en-district-then-the-district",
        "A cholera outbreak was declared in Malawi's Chikwawa district on Sunday. On Monday, "
        "health workers in the district went on strike over unpaid allowances.",
        "en",
        "protest",
        MON,
        "Chikwawa",
    ),
    (
        "de-distrikt-dann-der-distrikt",
        "Im nepalesischen Distrikt Dailekh hat ein Erdbeben am Sonntag Häuser beschädigt. Am "
        "Montag demonstrierten Bewohner in dem Distrikt gegen die Behörden.",
        "de",
        "protest",
        MON,
        "Dailekh",
    ),
    (
        "en-upazila-carried",
        "Lightning killed four farmers in Bangladesh's Netrokona district on Sunday. On Monday, "
        "a boat capsized nearby, leaving two children missing.",
        "en",
        "accident",
        MON,
        "Netrokona",
    ),
    (
        "de-somalia-carried",
        "In der somalischen Region Bay hat eine Dürre am Sonntag Tausende vertrieben. Am Montag "
        "griffen Bewaffnete einen Hilfskonvoi an.",
        "de",
        "battle|violence_against_civilians|explosion_remote_violence|strategic_development",
        MON,
        "Bay",
    ),
    # round 3: talks with no place of their own after a sentence about a town are carried
    # there (docs/events.md, Place, step 3: the story's continuity beats the dateline;
    # talks are no statement, court action or seated body)
    (
        "en-talks-carried",
        "Flooding swept through the Ethiopian town of Gambela on Sunday. On Monday, the regional "
        "governor held talks with aid agencies.",
        "en",
        "meeting",
        MON,
        "Gambela|Gambēla",
    ),
    (
        "de-gespraeche-carried",
        "In der sambischen Stadt Kabwe hat ein Hochwasser am Sonntag Häuser zerstört. Am Montag "
        "führte der Gouverneur Gespräche mit Hilfsorganisationen.",
        "de",
        "meeting",
        MON,
        "Kabwe",
    ),
    # a resignation after a paragraph about another country, under a foreign bureau's
    # dateline: the minister's country (step 5), not the bureau
    (
        "en-resigned-foreign-dateline",
        "NAIROBI, June 9 (Reuters) - Gunmen attacked a market in the Ugandan town of Arua on "
        "Sunday.\n\nUganda's security minister resigned on Monday.",
        "en",
        "strategic_development",
        MON,
        "Uganda#country",
    ),
    (
        "de-ruecktritt-fremde-ortsmarke",
        "NAIROBI (dpa) - Bewaffnete haben am Sonntag einen Markt in der ugandischen Stadt Arua "
        "angegriffen.\n\nUgandas Sicherheitsminister trat am Montag zurück.",
        "de",
        "strategic_development",
        MON,
        "Uganda#country",
    ),
    # an atoll under a dateline of another country
    (
        "en-atoll",
        "WELLINGTON, June 9 (Reuters) - A storm surge flooded homes on Tarawa atoll on Monday.",
        "en",
        "disaster",
        MON,
        "Tarawa",
    ),
    (
        "de-atoll",
        "WELLINGTON (dpa) - Eine Sturmflut hat am Montag auf dem Atoll Tarawa Häuser überflutet.",
        "de",
        "disaster",
        MON,
        "Tarawa",
    ),
    # a region whose name a neighbour's province bears, in a story about its own country
    (
        "en-neighbour-department",
        "ASUNCION, June 9 (Reuters) - Floods hit Paraguay's Misiones department on Monday, "
        "forcing 2,000 families from their homes.",
        "en",
        "disaster",
        MON,
        "Misiones",
    ),
    (
        "en-neighbour-region-bare",
        "ASUNCION, June 9 (Reuters) - Floods in the Chaco region forced 2,000 Paraguayan "
        "families from their homes on Monday.",
        "en",
        "disaster",
        MON,
        # Paraguay's part of the Chaco (the index's Gran Chaco), not Argentina's province
        "Gran Chaco",
    ),
]

# A court action is not carried on purpose (docs/events.md, Place, step 3: it happens where
# the authority sits), so the table has no court row. Rows this session did not fix (strict:
# a fix makes them fail, to be removed):
KNOWN_GAPS: dict[str, str] = {
    "en-the-mine": "gazetteer: the Malian town (Keniéba) is not in GeoNames cities500 nor the "
    "second town layer, so the first event stays in Mali and the mine points back to it",
    "en-upazila-carried": "gazetteer: the district's current spelling (Netrokona) is in neither "
    "source (GeoNames and ISO 3166-2 write Netrakona)",
    "de-atoll": "geoparser: 'auf dem Atoll <name>' finds no place (German 'Atoll' is no "
    "feature word; adding it to [feature_words] island alone did not help), so the dateline",
    "en-neighbour-region-bare": "geoparser: a bare region name a neighbour's province bears "
    "(Chaco) goes to the bigger province even under the other country's dateline with its "
    "people named; the unit word 'department' with the country's genitive resolves it",
}


@pytest.mark.parametrize(
    ("text", "lang", "kinds", "day", "place"),
    [
        pytest.param(
            *row[1:],
            id=row[0],
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row[0]])]
            if row[0] in KNOWN_GAPS
            else [],
        )
        for row in ROWS
    ],
)
def test_carried_dateline_district(text: str, lang: str, kinds: str, day: str, place: str) -> None:
    """The later event is placed where the story is: its own phrase, the feature word's
    antecedent, the place carried, the unit under a foreign dateline, the dateline."""
    _check(text, lang, kinds, day, place)
