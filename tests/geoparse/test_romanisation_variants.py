"""Issue 21: a place that news spells in another romanisation than the gazetteer's
(Arabic, Persian, Pashto, Urdu, Russian, Ukrainian, Kazakh, Chinese names) is the same
place, found under its skeleton key (``gazetteer/_skeleton.py``, rules in
``gazetteer/data/transliteration.toml``), in English and German text; people's names
of many cultures stay no places.

Each row: the spelling a text writes, the GeoNames town it names, its country and
coordinates; right is within 30 km. ``VARIANTS`` are spellings the gazetteer lacks as
written (none of them was found before the skeleton look-up); ``HELD`` are spellings
GeoNames lists already (Wade-Giles and Postal spellings of Chinese towns, older Kazakh,
Libyan and Yemeni ones) or the index's spelling variants file (``gazetteer/_variants.py``),
guarded so the second look-up never shadows them.
"""

from __future__ import annotations

import pytest

from gazetteer._skeleton import skeleton, skeleton_keys, vowel_form
from geomap.geometry import haversine_km
from geomap.geoparse import resolve_document
from geomap.text import read_text

VARIANTS = [
    ("Deir el-Zour", "Deir ez-Zor", "SY", 35.336, 40.141),
    ("Deir Ezzor", "Deir ez-Zor", "SY", 35.336, 40.141),
    ("Dair ez-Zor", "Deir ez-Zor", "SY", 35.336, 40.141),
    ("Jisr al-Shughur", "Jisr ash Shughūr", "SY", 35.814, 36.32),
    ("Jisr el-Shughur", "Jisr ash Shughūr", "SY", 35.814, 36.32),
    ("Maarat al-Numan", "Ma‘arrat an Nu‘mān", "SY", 35.648, 36.677),
    ("Khan Shaykhoun", "Khān Shaykhūn", "SY", 35.442, 36.651),
    ("Abou Kamal", "Ālbū Kamāl", "SY", 34.452, 40.919),
    ("Albukamal", "Ālbū Kamāl", "SY", 34.452, 40.919),
    ("Qamishly", "Al Qāmishlī", "SY", 37.052, 41.231),
    ("Qamechli", "Al Qāmishlī", "SY", 37.052, 41.231),
    ("Manbidj", "Manbij", "SY", 36.528, 37.955),
    ("Salqeen", "Salqīn", "SY", 36.139, 36.452),
    ("Halabjah", "Halabja", "IQ", 35.178, 45.986),
    ("Halabdja", "Halabja", "IQ", 35.178, 45.986),
    ("Tuz Khurmatou", "Ţūz Khūrmātū", "IQ", 34.888, 44.633),
    ("Tuz Khormato", "Ţūz Khūrmātū", "IQ", 34.888, 44.633),
    ("Tuz Khormatu", "Ţūz Khūrmātū", "IQ", 34.888, 44.633),
    ("Shirqat", "Ash Sharqāt", "IQ", 35.517, 43.228),
    ("Takrit", "Tikrīt", "IQ", 34.616, 43.679),
    ("Tarhouna", "Tarhuna", "LY", 32.435, 13.633),
    ("Bani Oualid", "Bani Walid", "LY", 31.746, 13.984),
    ("Sabrata", "Şabrātah", "LY", 32.793, 12.488),
    ("Shiberghan", "Shibirghān", "AF", 36.668, 65.753),
    ("Tirin Kot", "Tarinkot", "AF", 32.63, 65.878),
    ("Charikaar", "Charikar", "AF", 35.014, 69.171),
    ("Puli Alam", "Pul-e ‘Alam", "AF", 33.995, 69.023),
    ("Kirmanshah", "Kermanshah", "IR", 34.314, 47.065),
    ("Tchabahar", "Chabahar", "IR", 25.292, 60.643),
    ("Neishabur", "Neyshābūr", "IR", 36.213, 58.796),
    ("Ghazvin", "Qazvin", "IR", 36.269, 50.004),
    ("Qazwin", "Qazvin", "IR", 36.269, 50.004),
    ("Senandaj", "Sanandaj", "IR", 35.315, 46.999),
    ("Khoramabad", "Khorramabad", "IR", 33.488, 48.356),
    ("Boroujerd", "Borūjerd", "IR", 33.897, 48.752),
    ("Sirdjan", "Sirjan", "IR", 29.451, 55.681),
    ("Mariwan", "Marīvān", "IR", 35.518, 46.183),
    ("Pishawar", "Peshawar", "PK", 34.008, 71.578),
    ("Peshawer", "Peshawar", "PK", 34.008, 71.578),
    ("Larkano", "Larkana", "PK", 27.559, 68.212),
    ("Nawab Shah", "Nawabshah", "PK", 26.239, 68.404),
    ("Para Chinar", "Parachinar", "PK", 33.9, 70.1),
    ("Abotabad", "Abbottabad", "PK", 34.146, 73.212),
    ("Syalkot", "Sialkot", "PK", 32.493, 74.531),
    ("Khmelnitsky", "Khmelnytskyi", "UA", 49.418, 26.979),
    ("Khmelnitskiy", "Khmelnytskyi", "UA", 49.418, 26.979),
    ("Kropivnitsky", "Kropyvnytskyi", "UA", 48.508, 32.266),
    ("Kropivnitskiy", "Kropyvnytskyi", "UA", 48.508, 32.266),
    ("Zaporijia", "Zaporizhzhya", "UA", 47.852, 35.117),
    ("Mykolayev", "Mykolayiv", "UA", 46.976, 31.993),
    ("Lysichansk", "Lysychansk", "UA", 48.912, 38.421),
    ("Marganets", "Marhanets", "UA", 47.631, 34.624),
    ("Kamenets-Podolsky", "Kamyanets-Podilskyi", "UA", 48.679, 26.585),
    ("Kamianets-Podilskyy", "Kamyanets-Podilskyi", "UA", 48.679, 26.585),
    ("Iekaterinbourg", "Yekaterinburg", "RU", 56.857, 60.615),
    ("Woronezh", "Voronezh", "RU", 51.668, 39.192),
    ("Mahachkala", "Makhachkala", "RU", 42.978, 47.5),
    ("Cheboxary", "Cheboksary", "RU", 56.132, 47.246),
    ("Naberejnye Tchelny", "Naberezhnyye Chelny", "RU", 55.737, 52.42),
    ("Hanty-Mansiisk", "Khanty-Mansiysk", "RU", 61.002, 69.027),
    ("Novyi Urengoi", "Novyy Urengoy", "RU", 66.083, 76.633),
    ("Oussouriisk", "Ussuriysk", "RU", 43.805, 131.957),
    ("Balashiha", "Balashikha", "RU", 55.795, 37.948),
    ("Lubertsy", "Lyubertsy", "RU", 55.677, 37.893),
    ("Yekibastuz", "Ekibastuz", "KZ", 51.724, 75.323),
    ("Kokshetaw", "Kokshetau", "KZ", 53.284, 69.394),
]


#: spellings the skeleton finds but the safeguards keep out (docs/geoparser.md,
#: "Romanisation variants"): a single word naming a town under 30,000 people or of no
#: figure (Talafar, Spinboldak), a vowel added or lost at an end (Mukachiv for Mukachevo,
#: French Norilsque), a town whose own name opens with an article (Al'met'yevsk)
MISSES = [
    ("Suqaylabiya", "As Suqaylibīyah", "SY", 35.367, 36.394),
    ("Talafar", "Tall ‘Afar", "IQ", 36.379, 42.448),
    ("Zinjubar", "Zinjibār", "YE", 13.129, 45.381),
    ("Spinboldak", "Spīn Bōldak", "AF", 31.006, 66.4),
    ("Mihtarlam", "Mehtar Lām", "AF", 34.671, 70.209),
    ("Mehtarlam", "Mehtar Lām", "AF", 34.671, 70.209),
    ("Piranshar", "Piranshahr", "IR", 36.701, 45.141),
    ("Miramshah", "Miran Shah", "PK", 33.001, 70.071),
    ("Mukachiv", "Mukachevo", "UA", 48.442, 22.718),
    ("Almetievsk", "Al’met’yevsk", "RU", 54.904, 52.318),
    ("Norilsque", "Norilsk", "RU", 69.353, 88.203),
]

#: spellings GeoNames holds among a town's other names already (Wade-Giles and
#: Postal spellings of Chinese towns, older Kazakh, Libyan and Yemeni ones): guarded too
HELD = [
    ("Soochow", "Suzhou", "CN", 31.304, 120.595),
    ("Foochow", "Fuzhou", "CN", 26.061, 119.306),
    ("Kwangchow", "Guangzhou", "CN", 23.117, 113.25),
    ("Tsingtao", "Qingdao", "CN", 36.065, 120.38),
    ("Tsingtau", "Qingdao", "CN", 36.065, 120.38),
    ("Loyang", "Luoyang", "CN", 34.673, 112.437),
    ("Chengchow", "Zhengzhou", "CN", 34.758, 113.649),
    ("Lanchow", "Lanzhou", "CN", 36.057, 103.84),
    ("Sining", "Xining", "CN", 36.626, 101.757),
    ("Paotow", "Baotou", "CN", 40.652, 109.844),
    ("Marib", "Ma'rib", "YE", 15.463, 45.326),
    ("Mukalla", "Mukalla", "YE", 14.542, 49.124),
    ("Ataq", "Ataq", "YE", 14.538, 46.832),
    ("Lahj", "Laḩij", "YE", 13.057, 44.882),
    ("Zlitan", "Zliten", "LY", 32.467, 14.569),
    ("Zliten", "Zliten", "LY", 32.467, 14.569),
    ("Tarhuna", "Tarhuna", "LY", 32.435, 13.633),
    ("Ajdabiyah", "Ajdabiya", "LY", 30.755, 20.226),
    ("Aktyubinsk", "Aktobe", "KZ", 50.28, 57.207),
    ("Aktiubinsk", "Aktobe", "KZ", 50.28, 57.207),
    ("Uralsk", "Oral", "KZ", 51.246, 51.426),
    ("Ural'sk", "Oral", "KZ", 51.246, 51.426),
    ("Aqtau", "Aktau", "KZ", 43.661, 51.174),
    # session 15: filed as plain names now by the index's spelling variants
    # (gazetteer/_variants.py: final -yy/-yi as -y, the soft sign dropped)
    ("Khmelnytsky", "Khmelnytskyi", "UA", 49.418, 26.979),
    ("Kropyvnytsky", "Kropyvnytskyi", "UA", 48.508, 32.266),
    ("Zaporozhe", "Zaporizhzhya", "UA", 47.852, 35.117),
    ("Starobelsk", "Starobilsk", "UA", 49.279, 38.907),
]

#: the country a story names beside the town: a variant spelling of a town under 100,000
#: people is read only where the text names its country (``romanisation.toml``)
COUNTRIES = {
    "SY": ("Syria", "Syrien"),
    "IQ": ("Iraq", "dem Irak"),
    "YE": ("Yemen", "dem Jemen"),
    "LY": ("Libya", "Libyen"),
    "AF": ("Afghanistan", "Afghanistan"),
    "IR": ("Iran", "dem Iran"),
    "PK": ("Pakistan", "Pakistan"),
    "UA": ("Ukraine", "der Ukraine"),
    "RU": ("Russia", "Russland"),
    "KZ": ("Kazakhstan", "Kasachstan"),
    "CN": ("China", "China"),
}

WORDINGS = {
    "en": (
        "Officials in {w} in {c} reported heavy fighting on Monday.",
        "Shelling near {w}, {c}, killed three civilians, the ministry said.",
    ),
    "de": (
        "Die Behörden in {w} in {c} meldeten am Montag schwere Kämpfe.",
        "Bei Angriffen nahe {w} in {c} wurden drei Zivilisten getötet.",
    ),
}


def _at(text: str, name: str, lang: str, gaz):
    i = text.index(name)
    for p in resolve_document(read_text(text, lang=lang), gaz):
        if p.role == "name" and p.start == i and p.end == i + len(name) and p.lat is not None:
            return p
    return None


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize(("written", "town", "cc", "lat", "lon"), VARIANTS + HELD)
def test_a_romanisation_variant_is_the_town(gaz, lang, written, town, cc, lat, lon):
    wording = WORDINGS[lang][len(written) % 2]
    country = COUNTRIES[cc][lang == "de"]
    p = _at(wording.format(w=written, c=country), written, lang, gaz)
    assert p is not None, f"{written} not found"
    assert haversine_km(p.lat, p.lon, lat, lon) <= 30, (written, p.name, p.country_code)


@pytest.mark.xfail(strict=True, reason="a spelling the safeguards keep out (see MISSES)")
@pytest.mark.parametrize(("written", "town", "cc", "lat", "lon"), MISSES)
def test_spellings_the_safeguards_keep_out(gaz, written, town, cc, lat, lon):
    text = WORDINGS["en"][0].format(w=written, c=COUNTRIES[cc][0])
    p = _at(text, written, "en", gaz)
    assert p is not None and haversine_km(p.lat, p.lon, lat, lon) <= 30


@pytest.mark.parametrize(
    ("text", "lang", "written", "lat", "lon"),
    [
        # a town of 100,000 people or more needs no country beside it
        ("A missile hit Khmelnitsky overnight, officials said.", "en", "Khmelnitsky", 49.42, 26.98),
        ("Fighting continued near Deir el-Zour on Monday.", "en", "Deir el-Zour", 35.34, 40.14),
        ("In Kirmanshah protestierten am Freitag Tausende.", "de", "Kirmanshah", 34.31, 47.07),
    ],
)
def test_a_big_town_is_read_alone(gaz, text, lang, written, lat, lon):
    p = _at(text, written, lang, gaz)
    assert p is not None and haversine_km(p.lat, p.lon, lat, lon) <= 30


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        # a small town's variant is no evidence without its country: a rare surname or
        # brand name spells some village abroad as often. (Session 15: "Jisr al-Shughur",
        # this test's first example before, is no skeleton variant any more: the mention
        # finder looks it up with the article assimilated, "Jisr ash Shughur", GeoNames'
        # own name, which needs no country; tests/geoparse/test_names_joined_and_aged.py)
        ("Officials in Salqeen reported heavy fighting on Monday.", "en", "Salqeen"),
        ("Officials in Khan Shaykhoun reported heavy fighting on Monday.", "en", "Khan Shaykhoun"),
        ("Die Behörden in Tal Abiad meldeten am Montag schwere Kämpfe.", "de", "Tal Abiad"),
    ],
)
def test_a_small_town_variant_needs_its_country(gaz, text, lang, written):
    assert _at(text, written, lang, gaz) is None


def test_the_table_is_broad():
    countries = {cc for _, _, cc, _, _ in VARIANTS + HELD}
    assert len(VARIANTS) + len(HELD) >= 60
    assert {"SY", "IQ", "YE", "LY", "AF", "IR", "PK", "UA", "RU", "KZ", "CN"} <= countries


def test_the_variants_are_no_names_the_gazetteer_holds(gaz):
    # the rows test the skeleton look-up, not GeoNames' other names
    held = gaz.lookup_many([w for w, *_ in VARIANTS])
    assert [w for w, *_ in VARIANTS if held[w]] == []


def test_skeletons_fold_what_the_systems_differ_in():
    # BGN/PCGN against DIN 31635 (letters with marks written out), French and press forms
    assert skeleton("Deir el-Zour") == skeleton("Dayr az Zawr") == skeleton("Deir Ezzor")
    assert skeleton("Ǧisr aš-Šuġūr") == skeleton("Jisr ash-Shughur")
    # BGN/PCGN Ukrainian, KMU 2010, older English
    assert skeleton("Khmelnitsky") == skeleton("Khmel'nyts'kyy") == skeleton("Khmelnytskyi")
    # the vowels confirm what the skeleton finds
    assert vowel_form("Tal Abiad") == vowel_form("Tall Abyad")
    assert vowel_form("Kowalski") != vowel_form("Yakovlevskoye")


def test_short_skeletons_are_no_evidence():
    # three letters or fewer match too much (Homs, Hims, Hamas)
    assert skeleton_keys("Homs") == ()
    assert skeleton_keys("Hamas") == ()


def test_a_skeleton_look_up_gives_only_distinctive_readings(gaz):
    found = gaz.lookup_skeletons(["Khmelnitsky", "Mingawara", "Kowalski Nowak"])
    assert {c.country_code for c in found["Khmelnitsky"]} == {"UA"}
    assert found["Mingawara"] == []
    assert found["Kowalski Nowak"] == []


#: people of many cultures, in sentences that name a place of their own; neither the
#: given name nor the surname may become a place
PEOPLE = (
    "Noa Dubois",
    "Tal Cohen",
    "Kamal Haddad",
    "Walid Jumblatt",
    "Khalifa Haftar",
    "Abdulmalik al-Houthi",
    "Ahmed al-Sharaa",
    "Mohammed Shia al-Sudani",
    "Abbas Araghchi",
    "Hassan Rouhani",
    "Zabihullah Mujahid",
    "Imran Khan",
    "Shehbaz Sharif",
    "Bilawal Bhutto Zardari",
    "Kassym-Jomart Tokayev",
    "Nursultan Nazarbayev",
    "Vitali Klitschko",
    "Oleksandr Syrskyi",
    "Volodymyr Zelensky",
    "Dmitri Kuznetsov",
    "Olga Ivanova",
    "Sergei Lavrov",
    "Maria Zakharova",
    "Li Qiang",
    "Wang Yi",
    "Zhao Lijian",
    "Hua Chunying",
    "Mao Ning",
    "Ayatollah Khamenei",
    "Masoud Pezeshkian",
    "Masrour Barzani",
    "Mazloum Abdi",
    "Rami Makhlouf",
    "Faisal Mekdad",
    "Abdul Hamid Dbeibah",
    "Rashad al-Alimi",
    "Tareq Saleh",
    "Hamid Karzai",
    "Ashraf Ghani",
    "Hibatullah Akhundzada",
    "Sirajuddin Haqqani",
    "Asim Munir",
    "Maryam Nawaz",
    "Yulia Tymoshenko",
    "Andriy Yermak",
    "Denys Shmyhal",
    "Ramzan Kadyrov",
    "Yevgeny Prigozhin",
    "Alexei Navalny",
    "Mikhail Mishustin",
    "Kairat Kelimbetov",
    "Karim Massimov",
    "Qin Gang",
    "Han Zheng",
    "Ding Xuexiang",
    "Jamila Karimova",
    "Leila Mansour",
    "Yasmin Khalil",
    "Samir Dababneh",
    "Rania Kassab",
    "Tariq Aziz",
    "Ali Shamkhani",
    "Ghulam Haidar",
    "Nadia Murad",
    "Farida Tahir",
    "Sultan Ibragimov",
    "Ruslan Gadzhiev",
    "Aigerim Tazhi",
    "Bakhyt Sultanov",
    "Dinara Safina",
    "Yuliya Levchenko",
    "Kseniya Sobchak",
    "Mahmoud Abbas",
    "Ismail Haniyeh",
    "Yahya Sinwar",
    "Saleh al-Arouri",
)

PEOPLE_WORDINGS = (
    ("en", "{n} said on Monday that talks in Geneva would continue."),
    ("en", "Officials met {n} in Geneva on Monday."),
    ("de", "{n} sagte am Montag in Genf, die Gespräche gingen weiter."),
    ("de", "Am Montag traf {n} Vertreter der Regierung in Genf."),
)


@pytest.mark.parametrize(("lang", "wording"), PEOPLE_WORDINGS)
def test_people_stay_people(gaz, lang, wording):
    wrong = []
    for name in PEOPLE:
        text = wording.format(n=name)
        i = text.index(name)
        places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
        if [p for p in places if p.start < i + len(name) and i < p.end]:
            wrong.append(name)
        assert {"Geneva", "Genf"} & {p.mention for p in places}, text
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "lang", "word", "country"),
    [
        # a run opening with a given name is a variant only where the text names the
        # country of the reading otherwise
        (
            "Turkish troops entered Tal Abiad in northern Syria on Wednesday.",
            "en",
            "Tal Abiad",
            "SY",
        ),
        ("Türkische Truppen rückten in Syrien bis Tal Abiad vor.", "de", "Tal Abiad", "SY"),
    ],
)
def test_a_given_name_opening_a_variant_needs_its_country(gaz, text, lang, word, country):
    p = _at(text, word, lang, gaz)
    assert p is not None and p.country_code == country


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Tal Abiad sagte am Montag in Hamburg, er sei zufrieden.", "de", "Tal Abiad"),
        ("Noa Dubois met the minister in Berlin on Monday.", "en", "Noa Dubois"),
        ("Die Sängerin Noa Dubois trat am Samstag in Leipzig auf.", "de", "Noa Dubois"),
    ],
)
def test_a_given_name_opening_a_run_stays_a_person(gaz, text, lang, word):
    i = text.index(word)
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    assert not [p for p in places if p.start < i + len(word) and i < p.end]
