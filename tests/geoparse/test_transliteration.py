"""Issue 21: places a German text writes in German transliteration from a non-Latin
script ("Dschenin", "Tscherkassy", "Chorramabad") are the towns GeoNames spells in the
English romanisation (Jenin, Cherkasy, Khorramabad), through the rules of
``geomap/lexicons/transliteration_de.toml``; German nouns, given names and surnames stay
no places.

The towns (20,000 people or more) come from many regions and scripts: Russian, Ukrainian,
Belarusian, Central Asian, Caucasian, Arabic, Persian, Dari/Pashto, Hindi/Urdu/Punjabi,
Chinese (older German spellings), Korean, Hebrew, Mongolian. Each row: the German form, the
GeoNames town and country and its coordinates (GeoNames ``cities15000``); right is within
30 km. Some German forms are among GeoNames' alternate names already; the list guards
them too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.geometry import haversine_km
from geomap.geoparse import resolve_document
from geomap.geoparse._mentions import _spells_without_article, transliterations
from geomap.text import read_text

ROOT = Path(__file__).resolve().parents[2]

TOWNS = [
    ("Chor Fakkan", "Khawr Fakkān", "AE", 25.331, 56.342),
    ("Jaroslawl", "Yaroslavl", "RU", 57.630, 39.874),
    ("Tscheljabinsk", "Chelyabinsk", "RU", 55.161, 61.429),
    ("Uljanowsk", "Ulyanovsk", "RU", 54.328, 48.387),
    ("Woronesch", "Voronezh", "RU", 51.668, 39.192),
    ("Brjansk", "Bryansk", "RU", 53.271, 34.321),
    ("Rjasan", "Ryazan’", "RU", 54.627, 39.704),
    ("Ischewsk", "Izhevsk", "RU", 56.852, 53.199),
    ("Tscheboksary", "Cheboksary", "RU", 56.132, 47.246),
    ("Chabarowsk", "Khabarovsk", "RU", 48.462, 135.097),
    ("Tscherepowez", "Cherepovets", "RU", 59.133, 37.900),
    ("Nabereschnyje Tschelny", "Naberezhnyye Chelny", "RU", 55.737, 52.420),
    ("Sysran", "Syzran", "RU", 53.158, 48.468),
    ("Pjatigorsk", "Pyatigorsk", "RU", 44.050, 43.050),
    ("Jessentuki", "Yessentuki", "RU", 44.048, 42.856),
    ("Kislowodsk", "Kislovodsk", "RU", 43.913, 42.721),
    ("Noworossijsk", "Novorossiysk", "RU", 44.732, 37.762),
    ("Tschita", "Chita", "RU", 52.043, 113.492),
    ("Blagoweschtschensk", "Blagoveshchensk", "RU", 50.276, 127.526),
    ("Ussurijsk", "Ussuriysk", "RU", 43.805, 131.957),
    ("Jakutsk", "Yakutsk", "RU", 62.031, 129.723),
    ("Petrosawodsk", "Petrozavodsk", "RU", 61.785, 34.347),
    ("Wologda", "Vologda", "RU", 59.224, 39.884),
    ("Schachty", "Shakhty", "RU", 47.719, 40.216),
    ("Nowotscherkassk", "Novocherkassk", "RU", 47.422, 40.094),
    ("Astrachan", "Astrakhan", "RU", 46.350, 48.041),
    ("Machatschkala", "Makhachkala", "RU", 42.978, 47.500),
    ("Naltschik", "Nalchik", "RU", 43.498, 43.619),
    ("Wladikawkas", "Vladikavkaz", "RU", 43.041, 44.670),
    ("Tscherkassy", "Cherkasy", "UA", 49.445, 32.057),
    ("Poltawa", "Poltava", "UA", 49.589, 34.554),
    ("Krywyj Rih", "Kryvyy Rih", "UA", 47.906, 33.394),
    ("Berdjansk", "Berdyansk", "UA", 46.756, 36.788),
    ("Slowjansk", "Slovyansk", "UA", 48.850, 37.597),
    ("Lyssytschansk", "Lysychansk", "UA", 48.912, 38.421),
    ("Sjewjerodonezk", "Siverskodonetsk", "UA", 48.944, 38.488),
    ("Bachmut", "Bakhmut", "UA", 48.594, 37.999),
    ("Awdijiwka", "Avdiyivka", "UA", 48.140, 37.750),
    ("Pokrowsk", "Pokrovsk", "UA", 48.280, 37.177),
    ("Kamjanske", "Kamyanske", "UA", 48.517, 34.606),
    ("Riwne", "Rivne", "UA", 50.620, 26.237),
    ("Luzk", "Lutsk", "UA", 50.758, 25.350),
    ("Iwano-Frankiwsk", "Ivano-Frankivsk", "UA", 48.923, 24.712),
    ("Uschhorod", "Uzhhorod", "UA", 48.624, 22.295),
    ("Winnyzja", "Vinnytsya", "UA", 49.232, 28.469),
    ("Kropywnyzkyj", "Kropyvnytskyi", "UA", 48.508, 32.266),
    ("Cherson", "Kherson", "UA", 46.637, 32.615),
    ("Schostka", "Shostka", "UA", 51.864, 33.473),
    ("Bila Zerkwa", "Bila Tserkva", "UA", 49.799, 30.116),
    ("Browary", "Brovary", "UA", 50.511, 30.791),
    ("Tschornomorsk", "Chornomors’k", "UA", 46.299, 30.655),
    ("Nowa Kachowka", "Nova Kakhovka", "UA", 46.760, 33.356),
    ("Kupjansk", "Kupyansk", "UA", 49.710, 37.616),
    ("Isjum", "Izyum", "UA", 49.207, 37.277),
    ("Tschuhujiw", "Chuhuyiv", "UA", 49.835, 36.687),
    ("Enerhodar", "Enerhodar", "UA", 47.490, 34.662),
    ("Wizebsk", "Vitebsk", "BY", 55.190, 30.205),
    ("Baranawitschy", "Baranovichi", "BY", 53.133, 26.008),
    ("Babrujsk", "Bobruysk", "BY", 53.147, 29.205),
    ("Buchara", "Bukhara", "UZ", 39.770, 64.431),
    ("Chudschand", "Khujand", "TJ", 40.283, 69.622),
    ("Schymkent", "Shymkent", "KZ", 42.310, 69.600),
    ("Osch", "Osh", "KG", 40.528, 72.799),
    ("Bischkek", "Bishkek", "KG", 42.870, 74.590),
    ("Chiwa", "Xiva", "UZ", 41.386, 60.364),
    ("Aschgabat", "Ashgabat", "TM", 37.950, 58.383),
    ("Gjumri", "Gyumri", "AM", 40.793, 43.846),
    ("Wanadsor", "Vanadzor", "AM", 40.807, 44.497),
    ("Kutaissi", "Kutaisi", "GE", 42.268, 42.695),
    ("Gandscha", "Ganja", "AZ", 40.682, 46.361),
    ("Sugdidi", "Zugdidi", "GE", 42.508, 41.868),
    ("Chamis Muschait", "Khamis Mushait", "SA", 18.300, 42.733),
    ("Dschisan", "Jizan", "SA", 16.889, 42.551),
    ("Schardscha", "Sharjah", "AE", 25.334, 55.412),
    ("Adschman", "Ajman", "AE", 25.402, 55.479),
    ("Mossul", "Mosul", "IQ", 36.335, 43.119),
    ("Nadschaf", "Najaf", "IQ", 32.026, 44.346),
    ("Falludscha", "Al Fallūjah", "IQ", 33.349, 43.786),
    ("Sulaimanija", "Sulaymaniyah", "IQ", 35.565, 45.433),
    ("Kamischli", "Al Qāmishlī", "SY", 37.052, 41.231),
    ("Dschabla", "Jablah", "SY", 35.362, 35.928),
    ("Assuan", "Aswān", "EG", 24.091, 32.899),
    ("Bengasi", "Benghazi", "LY", 32.115, 20.069),
    ("Dschelfa", "Djelfa", "DZ", 34.673, 3.263),
    ("Dschabalija", "Jabālyā", "PS", 31.527, 34.483),
    ("Maschhad", "Mashhad", "IR", 36.298, 59.606),
    ("Schiras", "Shiraz", "IR", 29.610, 52.531),
    ("Täbris", "Tabriz", "IR", 38.080, 46.292),
    ("Kermanschah", "Kermanshah", "IR", 34.314, 47.065),
    ("Ahwas", "Ahvaz", "IR", 31.319, 48.684),
    ("Kaschan", "Kashan", "IR", 33.982, 51.428),
    ("Rascht", "Rasht", "IR", 37.276, 49.589),
    ("Chorramabad", "Khorramabad", "IR", 33.488, 48.356),
    ("Jasd", "Yazd", "IR", 31.897, 54.367),
    ("Sandschan", "Zanjan", "IR", 36.676, 48.496),
    ("Masar-e Scharif", "Mazār-e Sharīf", "AF", 36.709, 67.111),
    ("Kundus", "Kunduz", "AF", 36.729, 68.857),
    ("Chost", "Khōst", "AF", 33.340, 69.920),
    ("Peschawar", "Peshawar", "PK", 34.008, 71.578),
    ("Gudschranwala", "Gujranwala", "PK", 32.156, 74.187),
    ("Dschaipur", "Jaipur", "IN", 26.920, 75.788),
    ("Dschodhpur", "Jodhpur", "IN", 26.268, 73.006),
    ("Dschabalpur", "Jabalpur", "IN", 23.167, 79.950),
    ("Tschennai", "Chennai", "IN", 13.088, 80.278),
    ("Tschandigarh", "Chandigarh", "IN", 30.736, 76.788),
    ("Dschammu", "Jammu", "IN", 32.735, 74.862),
    ("Tschengdu", "Chengdu", "CN", 30.667, 104.067),
    ("Tschangtschun", "Changchun", "CN", 43.880, 125.323),
    ("Tschangscha", "Changsha", "CN", 28.199, 112.971),
    ("Schenjang", "Shenyang", "CN", 41.792, 123.433),
    ("Schantou", "Shantou", "CN", 23.355, 116.679),
    ("Tschongdschin", "Chongjin", "KP", 41.796, 129.776),
    ("Tschangwon", "Changwon", "KR", 35.228, 128.681),
    ("Aschdod", "Ashdod", "IL", 31.792, 34.650),
    ("Naharija", "Nahariyya", "IL", 33.009, 35.098),
    ("Netanja", "Netanya", "IL", 32.333, 34.860),
    ("Herzlija", "Herzliya", "IL", 32.166, 34.825),
    ("Cholon", "H̱olon", "IL", 32.010, 34.779),
    ("Bat Jam", "Bat Yam", "IL", 32.024, 34.752),
    ("Kirjat Gat", "Kiryat Gat", "IL", 31.610, 34.764),
    ("Darchan", "Darhan", "MN", 49.487, 105.923),
    ("Dschubail", "Al Jubayl", "SA", 27.017, 49.623),
    # no distinctive letter but the East Slavic ending -ezk (-ецк) in German spelling: w, z
    # and s alone would mark nothing (the other German spelling, "Sjewjerodonezk", is above)
    ("Sewerodonezk", "Siverskodonetsk", "UA", 48.944, 38.488),
    # the Arabic article GeoNames writes and German papers drop (Al Kharj written
    # "Chardsch"): the respelling spells the own name without its article
    ("Chardsch", "Al Kharj", "SA", 24.155, 47.335),
    ("Schatra", "Ash Shaţrah", "IQ", 31.409, 46.173),
    ("Schamija", "Ash Shāmīyah", "IQ", 31.963, 44.601),
    ("Dschubaiha", "Al Jubayhah", "JO", 32.011, 35.898),
    # a final "s" for z the rules do not reach; the exonym table's Duden row finds it
    ("Termes", "Tirmiz", "UZ", 37.224, 67.278),
    # respelled by the rules, then found under the romanisation skeleton (GeoNames writes a
    # final -h, "Ras Al Khaimah"; docs/geoparser.md, "Romanisation variants")
    ("Ras al-Chaima", "Ras Al Khaimah", "AE", 25.790, 55.943),
]

#: forms the rules do not reach (documented in docs/geoparser.md): an initial "S" for Z
#: alone (no distinctive German letters; the skeleton keeps s and z apart), and an
#: apostrophe GeoNames writes (Ts’khinvali): the skeleton finds it, but a town under
#: 100,000 people in a sentence that does not name its country is no evidence. (Dschubail,
#: once lost to Byblos, now reaches Al Jubayl through its GeoNames name without the
#: article, "Jubayl"; Ras al-Chaima the skeleton reaches: in TOWNS)
MISSES = [
    ("Zchinwali", "Ts’khinvali", "GE", 42.228, 43.969),
    ("Sagasig", "Zagazig", "EG", 30.588, 31.502),
    ("Sahedan", "Zahedan", "IR", 29.496, 60.863),
]

WORDINGS = (
    "Die Behörden in {w} meldeten am Montag keine neuen Fälle.",
    "{w} bereitet sich auf den Besuch der Delegation vor.",
    "Nach dem Anschlag in der Nähe von {w} sperrte die Polizei die Zufahrtsstraßen.",
)


def _places(text: str, gaz) -> list:
    return [p for p in resolve_document(read_text(text, lang="de"), gaz) if p.role == "name"]


def _at(text: str, name: str, gaz):
    i = text.index(name)
    for p in _places(text, gaz):
        if p.start == i and p.end == i + len(name) and p.lat is not None:
            return p
    return None


@pytest.mark.parametrize(("german", "town", "cc", "lat", "lon"), TOWNS)
def test_a_german_transliteration_is_the_town(gaz, german, town, cc, lat, lon):
    text = WORDINGS[len(german) % len(WORDINGS)].format(w=german)
    p = _at(text, german, gaz)
    assert p is not None, f"{german} not found"
    assert haversine_km(p.lat, p.lon, lat, lon) <= 30, (german, p.name, p.country_code)


@pytest.mark.xfail(strict=True, reason="a form the rules do not reach (see MISSES)")
@pytest.mark.parametrize(("german", "town", "cc", "lat", "lon"), MISSES)
def test_forms_the_rules_do_not_reach(gaz, german, town, cc, lat, lon):
    text = WORDINGS[0].format(w=german)
    p = _at(text, german, gaz)
    assert p is not None and haversine_km(p.lat, p.lon, lat, lon) <= 30


def test_the_spellings_follow_the_rules_most_likely_first():
    assert transliterations("Dschenin", "de")[0] == "Jenin"
    assert transliterations("Tschernihiw", "de")[0] == "Chernihiv"
    assert "Zaporizhzhia" in transliterations("Saporischschja", "de")
    assert "Zhytomyr" in transliterations("Schytomyr", "de")
    assert "Khmelnytskyi" in transliterations("Chmelnyzkyj", "de")
    assert transliterations("Chan Junis", "de")[0] == "Khan Yunis"
    assert "Sharm el-Sheikh" in transliterations("Scharm el-Scheich", "de")


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # the East Slavic endings -ец/-ецк, which German writes -ez/-ezk and no English
        # spelling has, mark a spelling at the end of a word (and only there)
        ("Kremenez", "Kremenets"),
        ("Lipezk", "Lipetsk"),
        ("Nowodonezk", "Novodonetsk"),
        ("Beresowez", "Berezovets"),
    ],
)
def test_an_east_slavic_ending_marks_a_german_spelling(german, english):
    assert english in transliterations(german, "de")


@pytest.mark.parametrize(
    ("key", "name", "spelled"),
    [
        ("kharj", "Al Kharj", True),
        ("shatra", "Ash Shaţrah", True),
        ("zarqa", "Az Zarqāʼ", True),
        # only the Arabic article is dropped: a name's last word is still no spelling of
        # a longer name, and a name without the article is left to the usual test
        ("jose", "San José", False),
        ("bordo", "Le Bordo", False),
        ("kharj", "Kharj", False),
    ],
)
def test_a_spelling_without_the_arabic_article(key, name, spelled):
    assert _spells_without_article(key, name, "de") is spelled


def test_a_z_inside_a_word_still_marks_nothing():
    # "Zelle", "Walzer", "Kezia": z (and w) alone, not at the end as -ez/-ezk
    for word in ("Walzer", "Kezia", "Wezel"):
        assert transliterations(word, "de") == []


def test_the_spellings_are_bounded():
    # a long run of letter groups with several readings each: the cap holds
    word = "Schtschawjanschtschij" * 8
    assert 0 < len(transliterations(word, "de")) <= 16
    assert len(transliterations(f"{word} {word} {word}", "de")) <= 16


def test_only_distinctive_german_letters_make_a_spelling():
    # w, z, s, ss and umlauts alone turn ordinary words into towns ("Walle": Valle)
    for word in ("Walle", "Thiess", "Sabre", "Müss", "Wrede"):
        assert transliterations(word, "de") == []


def test_english_has_no_transliteration_rules():
    assert transliterations("Dschenin", "en") == []


def test_english_text_keeps_its_names(gaz):
    text = "Officials in Dschenin reported no new cases on Monday."
    i = text.index("Dschenin")
    ps = [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]
    assert not [p for p in ps if p.start == i and p.name == "Janīn"]


def _column(name: str) -> list[str]:
    lines = (ROOT / "geomap" / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")][1:]


def _has_marks(word: str) -> bool:
    low = word.lower()
    return any(g in low for g in ("sch", "ch", "j"))


def test_german_nouns_with_transliteration_letters_stay_nouns(gaz):
    # every 25th noun form with sch, ch or j, in a sentence that gives it no place cue
    nouns = [w for w in _column("nouns_de.csv") if _has_marks(w)][::25]
    assert len(nouns) > 100
    wrong = []
    for k, w in enumerate(nouns):
        text = (
            f"Viele {w} wurden bei dem Unwetter in Kassel beschädigt."
            if k % 2
            else f"{w} gehören zu den Themen, über die der Stadtrat in Kassel sprach."
        )
        i = text.index(w)
        ps = _places(text, gaz)
        if [p for p in ps if p.start < i + len(w) and i < p.end]:
            wrong.append(w)
        assert "Kassel" in {p.mention for p in ps}
    assert wrong == []


SURNAMES = ("Schulz", "Fischer", "Jäger", "Koch", "Tschernow", "Dschafari", "Schewtschuk")


def test_people_with_transliteration_letters_stay_people(gaz):
    # every 25th given name with sch, ch or j, with surnames of several languages
    given = [w for w in _column("first_names.csv") if _has_marks(w) and w.isalpha()][::25]
    assert len(given) > 100
    wrong = []
    for k, f in enumerate(given):
        s = SURNAMES[k % len(SURNAMES)]
        text = f"{f} {s} traf am Montag Vertreter der Regierung in Hamburg."
        end = len(f) + 1 + len(s)
        ps = _places(text, gaz)
        if [p for p in ps if p.start < end]:
            wrong.append(f"{f} {s}")
        assert "Hamburg" in {p.mention for p in ps}
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Russian surnames that GeoNames lists as other names of cities (Brezhnev of
        # Naberezhnye Chelny, Molotov of Perm): a spelling counts only as a town's own name
        ("Breschnew regierte die Sowjetunion bis 1982.", "Breschnew"),
        ("Der Außenminister Molotow unterzeichnete den Vertrag.", "Molotow"),
        ("Anschi gewann am Samstag das Spiel.", "Anschi"),
        # East Slavic surname endings (person_endings): Shevchenko is also a town's name
        ("Schewtschenko schrieb seine Gedichte im Exil.", "Schewtschenko"),
        ("Die Abgeordnete Kowaltschuk stimmte dagegen.", "Kowaltschuk"),
    ],
)
def test_a_surname_stays_no_place(gaz, text, word):
    i = text.index(word)
    assert not [p for p in _places(text, gaz) if p.start < i + len(word) and i < p.end]
