"""Issue 16's table: physical features named in running text, in English and German, on
every continent, resolve to the feature and not to a town, region or person of the same
name ("the Niger" the river, "im Pazifik" the ocean, "am Ätna" the volcano). Wording of
our own; the features are others than those of the distance table in
``tests/test_physical_geography.py``."""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze

# (continent, lang, text, mention, curated id)
FEATURES = [
    ("Europe", "en", "Ferries were cancelled on the Baltic Sea.", "Baltic Sea", "baltic-sea"),
    ("Europe", "de", "Ein Sturm zog über die Nordsee.", "Nordsee", "north-sea"),
    ("Europe", "de", "Am Ätna brach die Lava aus.", "Ätna", "mount-etna"),
    ("Europe", "en", "Hikers were rescued on the Zugspitze.", "Zugspitze", "zugspitze"),
    ("Europe", "de", "Der Pegel der Weichsel stieg.", "Weichsel", "vistula"),
    ("Europe", "en", "Barges carried coal down the Danube.", "Danube", "danube"),
    ("Europe", "de", "Die Fähre fuhr über den Bodensee.", "Bodensee", "lake-constance"),
    ("Europe", "en", "Tourists crowded onto Lake Garda.", "Lake Garda", "lake-garda"),
    ("Europe", "de", "Auf Sylt brannten die Dünen.", "Sylt", "sylt"),
    (
        "Asia",
        "en",
        "The typhoon crossed the South China Sea.",
        "South China Sea",
        "south-china-sea",
    ),
    ("Asia", "de", "Schiffe ankerten im Gelben Meer.", "Gelben Meer", "yellow-sea"),
    (
        "Asia",
        "en",
        "Climbers reached the summit of Mount Everest.",
        "Mount Everest",
        "mount-everest",
    ),
    ("Asia", "de", "Der Jangtse trat über die Ufer.", "Jangtse", "yangtze"),
    ("Asia", "en", "The Aral Sea has shrunk for decades.", "Aral Sea", "aral-sea"),
    ("Asia", "de", "Fischer leben am Baikalsee.", "Baikalsee", "lake-baikal"),
    ("Asia", "en", "Pilgrims bathed in the Ganges.", "Ganges", "ganges"),
    ("Africa", "en", "Villages along the Niger were flooded.", "Niger", "niger-river"),
    ("Africa", "de", "Am Kilimandscharo schmilzt das Eis.", "Kilimandscharo", "kilimanjaro"),
    ("Africa", "en", "Boats sank on the Zambezi.", "Zambezi", "zambezi"),
    (
        "Africa",
        "de",
        "Piraten kaperten ein Schiff im Golf von Aden.",
        "Golf von Aden",
        "gulf-of-aden",
    ),
    ("Africa", "en", "Tankers queue at the Bab-el-Mandeb.", "Bab-el-Mandeb", "bab-el-mandeb"),
    ("North America", "en", "Ice closed the Bering Strait.", "Bering Strait", "bering-strait"),
    (
        "North America",
        "de",
        "In den Rocky Mountains fiel Schnee.",
        "Rocky Mountains",
        "rocky-mountains",
    ),
    (
        "North America",
        "en",
        "Cargo ships sail up the Saint Lawrence River.",
        "Saint Lawrence River",
        "st-lawrence-river",
    ),
    (
        "North America",
        "de",
        "Der Sturm erreichte den Golf von Mexiko.",
        "Golf von Mexiko",
        "gulf-of-mexico",
    ),
    ("South America", "en", "Glaciers retreat across the Andes.", "Andes", "andes"),
    ("South America", "de", "Forscher fuhren den Amazonas hinauf.", "Amazonas", "amazon-river"),
    ("South America", "de", "Die Yacht umsegelte Kap Hoorn.", "Kap Hoorn", "cape-horn"),
    (
        "South America",
        "en",
        "Tortoises thrive on the Galápagos Islands.",
        "Galápagos Islands",
        "galapagos",
    ),
    ("Oceania", "en", "Cyclones form in the Coral Sea.", "Coral Sea", "coral-sea"),
    ("Oceania", "de", "Ein Frachter sank in der Tasmansee.", "Tasmansee", "tasman-sea"),
    ("Oceania", "en", "Fishing boats crossed the Bass Strait.", "Bass Strait", "bass-strait"),
    ("Oceania", "de", "Die Fähre querte die Cookstraße.", "Cookstraße", "cook-strait"),
    ("Antarctica", "en", "The expedition reached the South Pole.", "South Pole", "south-pole"),
    (
        "Antarctica",
        "de",
        "Eisberge treiben im Südlichen Ozean.",
        "Südlichen Ozean",
        "southern-ocean",
    ),
    ("Oceans", "de", "Der Frachter sank im Indischen Ozean.", "Indischen Ozean", "indian-ocean"),
    (
        "Oceans",
        "en",
        "Whales migrate through the North Atlantic.",
        "North Atlantic",
        "north-atlantic",
    ),
]


def test_the_table_covers_six_continents_in_both_languages():
    assert len(FEATURES) >= 30
    for lang in ("de", "en"):
        assert len({f[0] for f in FEATURES if f[1] == lang}) >= 6


@pytest.mark.parametrize(("continent", "lang", "text", "mention", "want"), FEATURES)
def test_a_feature_resolves_to_itself(continent, lang, text, mention, want):
    a = analyze(text, lang=lang, events=False)
    found = [p for p in a.places if p.mention == mention]
    assert found and found[0].id == f"curated:{want}", [(p.mention, p.id) for p in a.places]


# Broad regions, seas read with their article in English, German coast compounds and
# rivers added with them
# ("an der Ostseeküste", "die Pazifikküste Chiles" name the sea's coast: the sea, whose
# shore a distance runs to). Other features and wording than the table above; a country
# named after the compound is its own place.
# (continent, lang, text, mention, curated id)
REGIONS_AND_COASTS = [
    (
        "Africa",
        "en",
        "Refugees fled across the Horn of Africa.",
        "Horn of Africa",
        "horn-of-africa",
    ),
    ("Africa", "de", "Die Dürre in der Sahelzone hält an.", "Sahelzone", "sahel"),
    (
        "Africa",
        "de",
        "Die Armut in Subsahara-Afrika nimmt ab.",
        "Subsahara-Afrika",
        "sub-saharan-africa",
    ),
    (
        "Africa",
        "en",
        "Investors looked to Sub-Saharan Africa.",
        "Sub-Saharan Africa",
        "sub-saharan-africa",
    ),
    (
        "Africa",
        "de",
        "Eine Ölpest verschmutzte die Atlantikküste Nigerias.",
        "Atlantikküste",
        "atlantic-ocean",
    ),
    ("Africa", "de", "Das Hotel liegt an der Rotmeerküste.", "Rotmeerküste", "red-sea"),
    ("Asia", "de", "Die Regierungen Westasiens trafen sich.", "Westasiens", "western-asia"),
    (
        "Asia",
        "en",
        "Beijing's influence in the Indo-Pacific grows.",
        "Indo-Pacific",
        "indo-pacific",
    ),
    ("Asia", "de", "Ein Taifun erreichte die Gelbmeerküste.", "Gelbmeerküste", "yellow-sea"),
    ("Asia", "en", "Monsoon rains swept South Asia.", "South Asia", "south-asia"),
    ("Europe", "de", "Gewählt wird in Südosteuropa.", "Südosteuropa", "southeast-europe"),
    ("Europe", "de", "Die Beneluxstaaten stimmten zu.", "Beneluxstaaten", "benelux"),
    ("Europe", "en", "Unemployment fell across the Nordics.", "Nordics", "nordic-countries"),
    (
        "Europe",
        "de",
        "Ein Tanker lief vor der Ostseeküste Schwedens auf Grund.",
        "Ostseeküste",
        "baltic-sea",
    ),
    ("Europe", "de", "Eine Hitzewelle traf die Schwarzmeerküste.", "Schwarzmeerküste", "black-sea"),
    ("Europe", "en", "Tourists returned to the Med.", "Med", "mediterranean-sea"),
    ("Europe", "en", "Warships patrolled the Baltic.", "Baltic", "baltic-sea"),
    (
        "North America",
        "en",
        "Wildfires spread in the Pacific Northwest.",
        "Pacific Northwest",
        "pacific-northwest",
    ),
    (
        "North America",
        "de",
        "Ein Hurrikan traf die Karibikküste Mexikos.",
        "Karibikküste",
        "caribbean-sea",
    ),
    (
        "North America",
        "en",
        "Gangs in Central America recruit children.",
        "Central America",
        "central-america",
    ),
    (
        "North America",
        "de",
        "Eisbären streifen an der Beringmeerküste umher.",
        "Beringmeerküste",
        "bering-sea",
    ),
    (
        "South America",
        "de",
        "Ein Erdbeben erschütterte die Pazifikküste Chiles.",
        "Pazifikküste",
        "pacific-ocean",
    ),
    (
        "South America",
        "de",
        "Der Kokainhandel aus Lateinamerika wächst.",
        "Lateinamerika",
        "latin-america",
    ),
    ("South America", "en", "Container ships crossed the Atlantic.", "Atlantic", "atlantic-ocean"),
    ("Oceania", "en", "Cyclones threaten Melanesia.", "Melanesia", "melanesia"),
    ("Oceania", "de", "Frankreich testete Atomwaffen in Polynesien.", "Polynesien", "polynesia"),
    (
        "Oceania",
        "en",
        "Rising seas threaten the Pacific Islands.",
        "Pacific Islands",
        "pacific-islands",
    ),
    ("Oceania", "de", "Touristen reisen in die Südsee.", "Südsee", "pacific-islands"),
    ("Oceania", "en", "Whales were sighted in the Tasman.", "Tasman", "tasman-sea"),
    (
        "Oceania",
        "de",
        "Ein Zyklon traf die Korallenmeerküste Australiens.",
        "Korallenmeerküste",
        "coral-sea",
    ),
    ("Middle East", "en", "Tensions rose across the Middle East.", "Middle East", "middle-east"),
    ("Middle East", "de", "Im Nahen Osten wächst die Spannung.", "Nahen Osten", "middle-east"),
    # rivers added with the regions: Asia, Europe, the Americas, in both languages
    ("Asia", "en", "Farmers along the Cauvery protested.", "Cauvery", "kaveri"),
    ("Asia", "en", "Dams on the Salween worry Thailand.", "Salween", "salween"),
    ("Europe", "de", "Der Pegel der Theiß stieg.", "Theiß", "tisza"),
    ("Europe", "de", "Schiffe fahren auf der Schelde nach Antwerpen.", "Schelde", "scheldt"),
    ("Europe", "de", "Hochwasser an der Maas.", "Maas", "meuse"),
    ("North America", "en", "Salmon return to the Fraser River.", "Fraser River", "fraser-river"),
]


def test_the_region_table_covers_six_continents_in_both_languages():
    assert len(REGIONS_AND_COASTS) >= 30
    for lang in ("de", "en"):
        assert len({f[0] for f in REGIONS_AND_COASTS if f[1] == lang}) >= 6


@pytest.mark.parametrize(("continent", "lang", "text", "mention", "want"), REGIONS_AND_COASTS)
def test_a_region_or_coast_resolves_to_its_feature(continent, lang, text, mention, want):
    a = analyze(text, lang=lang, events=False)
    found = [p for p in a.places if p.mention == mention]
    assert found and found[0].id == f"curated:{want}", [(p.mention, p.id) for p in a.places]


@pytest.mark.parametrize(
    ("text", "sea", "coast"),
    [
        ("Ein Erdbeben erschütterte die Pazifikküste Chiles.", "pacific-ocean", "coast:CL"),
        ("Überschwemmungen an der Mittelmeerküste Libyens.", "mediterranean-sea", "coast:LY"),
        ("Die Biskayaküste Spaniens ist rau.", "bay-of-biscay", "coast:ES"),
        ("Danzig liegt an der Ostseeküste.", "baltic-sea", "coast:PL"),
        ("Odessa liegt an der Schwarzmeerküste.", "black-sea", "coast:UA"),
    ],
)
def test_a_coast_compound_with_a_country_is_that_countrys_coast(text, sea, coast):
    # as "die Pazifik-Küste": the country named after it, or the place named before it
    a = analyze(text, lang="de", events=False)
    ids = [p.id for p in a.places]
    assert coast in ids and f"curated:{sea}" in ids, ids
