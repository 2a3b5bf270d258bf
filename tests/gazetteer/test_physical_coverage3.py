"""Rivers by reference list (issues 16 and 21): a river a reporter names resolves as a
river, has a course, and a distance to it is checked.

The river layer was first written river by river. This table adds the gaps that a pass
over reference lists found (every river of 1,000 km or more in Wikipedia's "List of
rivers by length" and the German "Liste der längsten Flüsse der Erde", and per continent
the rivers news name in floods, droughts, borders and dams; see
``gazetteer/data/curated/SOURCES.md``). Each row has its English and German name and a
course through towns on it. Lakes of 1,000 km² or more (Wikipedia's "List of lakes by
area") and the newsworthy smaller ones that the layer lacked follow the same way, each
named by a point in its GSHHG polygon, and the inhabited islands of 1,000 km² or more
that news name, each named by a point on its Natural Earth land polygon. The sentences
are this test's own wording, on five continents, in German and English; none comes from
an evaluation corpus.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze

# (continent, English name, German name, curated id)
RIVERS = [
    ("Africa", "Tana River", "Tana-Fluss", "tana-river-kenya"),
    ("Africa", "Rufiji", "Rufiji", "rufiji"),
    ("Africa", "Kasai River", "Kasai-Fluss", "kasai-river"),
    ("Africa", "Lualaba River", "Lualaba-Fluss", "lualaba-river"),
    ("Africa", "Chari River", "Schari", "chari-river"),
    ("Africa", "Ogooué", "Ogooué", "ogooue"),
    ("Africa", "Cunene River", "Kunene", "cunene"),
    ("Africa", "Shire River", "Shire", "shire-river"),
    ("Africa", "Awash River", "Awash", "awash-river"),
    ("Africa", "Gambia River", "Gambia-Fluss", "gambia-river"),
    ("Africa", "Vaal River", "Vaal", "vaal-river"),
    ("Asia", "Lower Tunguska", "Untere Tunguska", "lower-tunguska"),
    ("Asia", "Stony Tunguska", "Steinige Tunguska", "stony-tunguska"),
    ("Asia", "Vilyuy", "Wiljui", "vilyuy"),
    ("Asia", "Aldan River", "Aldan-Fluss", "aldan-river"),
    ("Asia", "Vitim River", "Witim", "vitim-river"),
    ("Asia", "Indigirka", "Indigirka", "indigirka"),
    ("Asia", "Zeya River", "Seja", "zeya-river"),
    ("Asia", "Selenga", "Selenga", "selenga"),
    ("Asia", "Tobol River", "Tobol", "tobol-river"),
    ("Asia", "Ishim River", "Ischim", "ishim-river"),
    ("Asia", "Tom River", "Tom-Fluss", "tom-river"),
    ("Asia", "Ili River", "Ili", "ili-river"),
    ("Asia", "Helmand River", "Hilmend", "helmand-river"),
    ("Asia", "Karun", "Karun", "karun"),
    ("Asia", "Kızılırmak", "Kızılırmak", "kizilirmak"),
    ("Asia", "Aras River", "Araks", "aras-river"),
    ("Asia", "Mahanadi", "Mahanadi", "mahanadi"),
    ("Asia", "Teesta", "Tista", "teesta"),
    ("Asia", "Hooghly River", "Hugli", "hooghly"),
    ("Asia", "Chindwin", "Chindwin", "chindwin"),
    ("Asia", "Jialing River", "Jialing", "jialing"),
    ("Asia", "Huai River", "Huai He", "huai-river"),
    ("Asia", "Wei River", "Wei He", "wei-river"),
    ("Asia", "Nakdong River", "Nakdong", "nakdong"),
    ("Asia", "Kapuas River", "Kapuas", "kapuas-river"),
    ("Americas", "Ottawa River", "Ottawa-Fluss", "ottawa-river"),
    ("Americas", "Saskatchewan River", "Saskatchewan River", "saskatchewan-river"),
    ("Americas", "Athabasca River", "Athabasca River", "athabasca-river"),
    ("Americas", "Platte River", "Platte River", "platte-river"),
    ("Americas", "Brazos River", "Brazos River", "brazos-river"),
    ("Americas", "Illinois River", "Illinois River", "illinois-river"),
    ("Americas", "Cumberland River", "Cumberland River", "cumberland-river"),
    ("Americas", "Connecticut River", "Connecticut River", "connecticut-river"),
    ("Americas", "James River", "James River", "james-river-virginia"),
    ("Americas", "Usumacinta River", "Usumacinta", "usumacinta"),
    ("Americas", "Ucayali River", "Ucayali", "ucayali"),
    ("Americas", "Putumayo River", "Putumayo", "putumayo-river"),
    ("Americas", "Purus River", "Purus", "purus"),
    ("Americas", "Juruá River", "Juruá", "jurua"),
    ("Americas", "Araguaia River", "Araguaia", "araguaia"),
    ("Americas", "Iguazu River", "Iguaçu", "iguazu-river"),
    ("Americas", "Cauca River", "Cauca", "cauca-river"),
    ("Americas", "Biobío River", "Biobío", "biobio-river"),
    ("Oceania", "Lachlan River", "Lachlan River", "lachlan-river"),
    ("Oceania", "Clutha River", "Clutha", "clutha-river"),
    ("Europe", "Ahr", "Ahr", "ahr"),
    ("Europe", "Lahn", "Lahn", "lahn"),
    ("Europe", "Durance", "Durance", "durance"),
    ("Europe", "Piave", "Piave", "piave"),
    ("Europe", "Tanaro", "Tanaro", "tanaro"),
    ("Europe", "Júcar", "Júcar", "jucar"),
    ("Europe", "Segura River", "Segura", "segura-river"),
    ("Europe", "Miño", "Miño", "mino"),
    ("Europe", "Mondego", "Mondego", "mondego"),
    ("Europe", "River Tyne", "Tyne", "river-tyne"),
    ("Europe", "River Tees", "Tees", "river-tees"),
    ("Europe", "River Tay", "Tay", "river-tay"),
    ("Europe", "IJssel", "IJssel", "ijssel"),
    ("Europe", "Waal", "Waal", "waal"),
    ("Europe", "Narew", "Narew", "narew"),
    ("Europe", "Mureș River", "Mieresch", "mures"),
    ("Europe", "Neretva", "Neretva", "neretva"),
    ("Europe", "Glomma", "Glomma", "glomma"),
    ("Europe", "Torne River", "Torne älv", "torne-river"),
]


def test_the_table_is_broad():
    assert len(RIVERS) >= 70
    assert len({r[0] for r in RIVERS}) >= 5
    assert len({r[3] for r in RIVERS}) == len(RIVERS)


@pytest.mark.parametrize(("continent", "en", "de", "rid"), RIVERS)
def test_a_river_resolves_by_both_names_as_a_river(gaz, continent, en, de, rid):
    for name, lang in ((en, "en"), (de, "de")):
        found = gaz.lookup(name, lang=lang, limit=5)
        assert found, (continent, name)
        best = found[0]
        assert (best.id, best.kind) == (f"curated:{rid}", "river"), (name, [c.id for c in found])


@pytest.mark.parametrize(("continent", "en", "de", "rid"), RIVERS)
def test_a_river_has_a_course_past_its_label_town(gaz, continent, en, de, rid):
    import shapely

    entry = gaz.get(f"curated:{rid}")
    course = gaz.geometry(entry.id)
    assert course is not None and course.geom_type == "LineString", rid
    assert len(shapely.get_coordinates(course)) >= 3, rid
    # the label point is a town on the course (within 0.2 degrees, about 20 km)
    assert shapely.distance(course, shapely.Point(entry.lon, entry.lat)) < 0.2, rid


# (continent, lang, sentence, river id, verdict): the towns stand on the river (an atlas
# says so), so "less than N km" is true; the last rows name towns far from it.
CLAIMS = [
    (
        "Africa",
        "en",
        "Garissa lies less than 5 km from the Tana River.",
        "tana-river-kenya",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Garissa liegt weniger als 5 Kilometer vom Tana-Fluss entfernt.",
        "tana-river-kenya",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Ilebo lies less than 5 km from the Kasai River.",
        "kasai-river",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Kindu liegt weniger als 5 Kilometer vom Fluss Lualaba entfernt.",
        "lualaba-river",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "N'Djamena liegt weniger als 5 Kilometer vom Schari entfernt.",
        "chari-river",
        "consistent",
    ),
    ("Africa", "en", "Lambaréné lies less than 5 km from the Ogooué.", "ogooue", "consistent"),
    (
        "Africa",
        "en",
        "Banjul lies less than 10 km from the Gambia River.",
        "gambia-river",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Vereeniging liegt weniger als 5 Kilometer vom Vaal entfernt.",
        "vaal-river",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Maun liegt weniger als 20 Kilometer vom Okavango entfernt.",
        "okavango-river",
        "consistent",
    ),
    (
        "Asia",
        "en",
        "Tura lies less than 5 km from the Lower Tunguska.",
        "lower-tunguska",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Jakutsk liegt weniger als 5 Kilometer von der Lena entfernt.",
        "lena",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Jakutsk liegt rund 300 Kilometer vom Wiljui entfernt.",
        "vilyuy",
        "inconsistent",
    ),
    (
        "Asia",
        "en",
        "Petropavl lies less than 5 km from the Ishim River.",
        "ishim-river",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Astana liegt weniger als 5 Kilometer vom Ischim entfernt.",
        "ishim-river",
        "consistent",
    ),
    ("Asia", "en", "Tomsk lies less than 5 km from the Tom River.", "tom-river", "consistent"),
    (
        "Asia",
        "en",
        "Lashkar Gah lies less than 5 km from the Helmand River.",
        "helmand-river",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Ahvaz liegt weniger als 5 Kilometer vom Karun entfernt.",
        "karun",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Sivas liegt weniger als 5 Kilometer vom Kızılırmak entfernt.",
        "kizilirmak",
        "consistent",
    ),
    ("Asia", "en", "Kolkata lies less than 5 km from the Hooghly River.", "hooghly", "consistent"),
    (
        "Asia",
        "de",
        "Ulan-Ude liegt weniger als 5 Kilometer von der Selenga entfernt.",
        "selenga",
        "consistent",
    ),
    (
        "North America",
        "en",
        "Fort McMurray lies less than 5 km from the Athabasca River.",
        "athabasca-river",
        "consistent",
    ),
    (
        "North America",
        "en",
        "Nashville lies less than 5 km from the Cumberland River.",
        "cumberland-river",
        "consistent",
    ),
    (
        "North America",
        "en",
        "Hartford lies less than 5 km from the Connecticut River.",
        "connecticut-river",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Pucallpa lies less than 5 km from the Ucayali River.",
        "ucayali",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Lábrea lies less than 5 km from the Purus River.",
        "purus",
        "consistent",
    ),
    (
        "Oceania",
        "en",
        "Forbes lies less than 5 km from the Lachlan River.",
        "lachlan-river",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Bad Neuenahr-Ahrweiler liegt weniger als 2 Kilometer von der Ahr entfernt.",
        "ahr",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Marburg liegt weniger als 2 Kilometer von der Lahn entfernt.",
        "lahn",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Nimwegen liegt weniger als 5 Kilometer von der Waal entfernt.",
        "waal",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Szeged liegt weniger als 5 Kilometer vom Mieresch entfernt.",
        "mures",
        "consistent",
    ),
    ("Europe", "en", "Mostar lies less than 5 km from the Neretva.", "neretva", "consistent"),
    (
        "Europe",
        "de",
        "Fredrikstad liegt weniger als 5 Kilometer von der Glomma entfernt.",
        "glomma",
        "consistent",
    ),
    ("Europe", "en", "Madrid lies less than 20 km from the Júcar.", "jucar", "inconsistent"),
    ("Europe", "en", "Avignon lies about 400 km from the Durance.", "durance", "inconsistent"),
]


def test_the_claims_cover_five_continents_in_both_languages():
    assert len({c[0] for c in CLAIMS}) >= 5
    assert {c[1] for c in CLAIMS} == {"de", "en"}


@pytest.mark.parametrize(("continent", "lang", "text", "rid", "verdict"), CLAIMS)
def test_a_distance_to_a_new_river_is_checked(continent, lang, text, rid, verdict):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{rid}", continent
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


# A river named like a town, a province or a person: its article or river word makes it
# the river; the delta keeps its own name. (lang, sentence, mention, expected id or None)
CUES = [
    ("en", "Ice jams on the Lena flooded villages near Yakutsk.", "Lena", "curated:lena"),
    ("de", "Die Lena trat bei Jakutsk über die Ufer.", "Lena", "curated:lena"),
    ("en", "Lena Fischer sang in Hamburg.", "Lena", None),
    ("de", "Lena Kowalski wohnt in Leipzig.", "Lena", None),
    ("en", "Floods on the Okavango reached Maun.", "Okavango", "curated:okavango-river"),
    ("en", "Tourists visited the Okavango Delta.", "Okavango Delta", "curated:okavango-delta"),
    ("en", "The Rufiji burst its banks near Ikwiriri.", "Rufiji", "curated:rufiji"),
    ("de", "Der Rufiji trat bei Utete über die Ufer.", "Rufiji", "curated:rufiji"),
    # an article alone never names an admin unit, whose towns the sentence names (session 12)
    ("en", "The Limpopo rose sharply near Musina.", "Limpopo", "curated:limpopo-river"),
    ("en", "The Amur froze early near Blagoveshchensk.", "Amur", "curated:amur"),
    ("de", "In Limpopo fiel kein Regen.", "Limpopo", "admin1:ZA-limpopo"),
    ("de", "Das Hochwasser der Piave erreichte Belluno.", "Piave", "curated:piave"),
    (
        "de",
        "Vanavara liegt an der Steinigen Tunguska.",
        "Steinigen Tunguska",
        "curated:stony-tunguska",
    ),
    ("en", "The Shire River flooded Chikwawa.", "Shire River", "curated:shire-river"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "expected"), CUES)
def test_a_river_named_like_a_town_or_a_person_is_read_by_its_cue(lang, text, mention, expected):
    a = analyze(text, lang=lang, events=False)
    found = [p.id for p in a.places if p.mention == mention]
    assert found == ([expected] if expected else []), [(p.mention, p.id) for p in a.places]


# (continent, English name, German name, curated id): lakes of the same pass
LAKES = [
    ("Africa", "Lake Bangweulu", "Bangweulusee", "lake-bangweulu"),
    ("Africa", "Lake Rukwa", "Rukwasee", "lake-rukwa"),
    ("Asia", "Hongze Lake", "Hongze-See", "hongze-lake"),
    ("Asia", "Chao Lake", "Chao-See", "chao-lake"),
    ("Asia", "Nam Co", "Nam Co", "nam-co"),
    ("Asia", "Selin Co", "Siling Co", "selin-co"),
    ("Europe", "Vygozero", "Wygosero", "vygozero"),
    ("Europe", "Lake Beloye", "Beloje-See", "lake-beloye"),
    ("Asia", "Lake Tengiz", "Tengissee", "lake-tengiz"),
    ("Asia", "Hulun Lake", "Hulun Nur", "hulun-lake"),
    ("North America", "Lake Managua", "Managuasee", "lake-managua"),
    ("North America", "Lesser Slave Lake", "Lesser Slave Lake", "lesser-slave-lake"),
    ("Africa", "Lake Abaya", "Abaya-See", "lake-abaya"),
    ("South America", "Lake Argentino", "Lago Argentino", "lake-argentino"),
    ("South America", "General Carrera Lake", "Lago General Carrera", "general-carrera-lake"),
    ("South America", "Lake Llanquihue", "Llanquihue-See", "lake-llanquihue"),
    ("South America", "Nahuel Huapi Lake", "Nahuel-Huapi-See", "lake-nahuel-huapi"),
    ("Asia", "Bosten Lake", "Bosten-See", "bosten-lake"),
    ("Africa", "Lake Chilwa", "Chilwasee", "lake-chilwa"),
    ("Africa", "Cahora Bassa", "Cahora-Bassa-Stausee", "cahora-bassa"),
    ("North America", "Red Lake", "Red Lake", "red-lake-minnesota"),
    ("Asia", "Lake Sarez", "Saressee", "lake-sarez"),
    ("Europe", "Lake Imandra", "Imandrasee", "lake-imandra"),
    ("Europe", "Topozero", "Topsee", "topozero"),
    ("Europe", "Segozero", "Segosero", "segozero"),
    ("Asia", "Lake Chany", "Tschanysee", "lake-chany"),
    ("Africa", "Lake Eyasi", "Eyasisee", "lake-eyasi"),
    ("Africa", "Lake Ziway", "Ziway-See", "lake-ziway"),
]


@pytest.mark.parametrize(("continent", "en", "de", "lid"), LAKES)
def test_a_lake_resolves_by_both_names_and_has_its_water(gaz, continent, en, de, lid):
    import shapely

    for name, lang in ((en, "en"), (de, "de")):
        found = gaz.lookup(name, lang=lang, limit=5)
        assert found and (found[0].id, found[0].kind) == (f"curated:{lid}", "lake"), name
    entry = gaz.get(f"curated:{lid}")
    water = gaz.geometry(entry.id)
    assert water is not None and "Polygon" in water.geom_type, lid
    assert water.contains(shapely.Point(entry.lon, entry.lat)), lid


# (lang, sentence, lake id, verdict): towns on or near the shore, and one far town
LAKE_CLAIMS = [
    ("en", "Hefei lies less than 30 km from Chao Lake.", "chao-lake", "consistent"),
    (
        "de",
        "Hefei liegt weniger als 30 Kilometer vom Chao-See entfernt.",
        "chao-lake",
        "consistent",
    ),
    ("en", "Managua lies less than 5 km from Lake Managua.", "lake-managua", "consistent"),
    (
        "en",
        "Puerto Varas lies less than 5 km from Lake Llanquihue.",
        "lake-llanquihue",
        "consistent",
    ),
    ("de", "Lhasa liegt rund 1000 Kilometer vom Nam Co entfernt.", "nam-co", "inconsistent"),
    (
        "de",
        "Korla liegt weniger als 60 Kilometer vom Bosten-See entfernt.",
        "bosten-lake",
        "consistent",
    ),
    ("en", "Zomba lies less than 40 km from Lake Chilwa.", "lake-chilwa", "consistent"),
    (
        "en",
        "Slave Lake lies less than 5 km from Lesser Slave Lake.",
        "lesser-slave-lake",
        "consistent",
    ),
    ("en", "Monchegorsk lies less than 5 km from Lake Imandra.", "lake-imandra", "consistent"),
    ("en", "Tete lies less than 200 km from Cahora Bassa.", "cahora-bassa", "consistent"),
]


@pytest.mark.parametrize(("lang", "text", "lid", "verdict"), LAKE_CLAIMS)
def test_a_distance_to_a_new_lake_is_checked(lang, text, lid, verdict):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{lid}"
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


# (continent, English name, German name, curated id): inhabited islands of the same pass
ISLANDS = [
    ("Asia", "Belitung", "Belitung", "belitung"),
    ("Asia", "Nias", "Nias", "nias"),
    ("Asia", "Siberut", "Siberut", "siberut"),
    ("Asia", "Simeulue", "Simeulue", "simeulue"),
    ("Asia", "Madura Island", "Insel Madura", "madura"),
    ("Asia", "Bintan", "Bintan", "bintan"),
    ("Asia", "Alor Island", "Insel Alor", "alor-island"),
    ("Asia", "Buton Island", "Insel Buton", "buton-island"),
    ("Asia", "Muna Island", "Insel Muna", "muna-island"),
    ("Asia", "Yapen", "Yapen", "yapen"),
    ("Asia", "Biak Island", "Insel Biak", "biak-island"),
    ("Europe", "Lolland", "Lolland", "lolland"),
    ("Europe", "Isle of Lewis", "Lewis and Harris", "isle-of-lewis"),
    ("North America", "Anticosti Island", "Anticosti", "anticosti-island"),
    ("Asia", "Iturup", "Iturup", "iturup"),
    ("Asia", "Kunashir", "Kunaschir", "kunashir"),
    ("Asia", "Paramushir", "Paramuschir", "paramushir"),
    ("Asia", "Chongming Island", "Chongming-Insel", "chongming-island"),
    ("North America", "Baranof Island", "Baranof Island", "baranof-island"),
    ("North America", "Chichagof Island", "Chichagof Island", "chichagof-island"),
    ("North America", "Admiralty Island", "Admiralty Island", "admiralty-island"),
    ("North America", "Revillagigedo Island", "Revillagigedo Island", "revillagigedo-island"),
    ("South America", "East Falkland", "Ostfalkland", "east-falkland"),
    ("South America", "West Falkland", "Westfalkland", "west-falkland"),
    ("Africa", "Pemba Island", "Insel Pemba", "pemba-island"),
]


@pytest.mark.parametrize(("continent", "en", "de", "iid"), ISLANDS)
def test_an_island_resolves_by_both_names_and_has_its_land(gaz, continent, en, de, iid):
    import shapely

    for name, lang in ((en, "en"), (de, "de")):
        found = gaz.lookup(name, lang=lang, limit=5)
        assert found and (found[0].id, found[0].kind) == (f"curated:{iid}", "island"), name
    entry = gaz.get(f"curated:{iid}")
    land = gaz.geometry(entry.id)
    assert land is not None and "Polygon" in land.geom_type, iid
    assert land.contains(shapely.Point(entry.lon, entry.lat)), iid


# (lang, sentence, island id, verdict): towns on the island, and one far town
ISLAND_CLAIMS = [
    ("en", "Gunungsitoli lies less than 5 km from Nias.", "nias", "consistent"),
    ("de", "Gunungsitoli liegt weniger als 5 Kilometer von Nias entfernt.", "nias", "consistent"),
    ("en", "Sitka lies less than 5 km from Baranof Island.", "baranof-island", "consistent"),
    (
        "de",
        "Stanley liegt weniger als 5 Kilometer von Ostfalkland entfernt.",
        "east-falkland",
        "consistent",
    ),
    ("de", "Nakskov liegt weniger als 5 Kilometer von Lolland entfernt.", "lolland", "consistent"),
    ("de", "Kurilsk liegt weniger als 5 Kilometer von Iturup entfernt.", "iturup", "consistent"),
    ("en", "Dar es Salaam lies about 1000 km from Pemba Island.", "pemba-island", "inconsistent"),
]


@pytest.mark.parametrize(("lang", "text", "iid", "verdict"), ISLAND_CLAIMS)
def test_a_distance_to_a_new_island_is_checked(lang, text, iid, verdict):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{iid}"
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


def test_an_island_named_in_a_sentence_resolves_to_it():
    for lang, text, mention, iid in (
        ("en", "Russia deployed missiles on Kunashir.", "Kunashir", "kunashir"),
        ("de", "Russland stationierte Raketen auf Kunaschir.", "Kunaschir", "kunashir"),
        ("de", "Ein Erdbeben erschütterte die Insel Simeulue.", "Insel Simeulue", "simeulue"),
    ):
        a = analyze(text, lang=lang, events=False)
        found = [p.id for p in a.places if p.mention == mention]
        assert found == [f"curated:{iid}"], (text, [(p.mention, p.id) for p in a.places])
