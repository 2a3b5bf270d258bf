# ruff: noqa: E501, SIM905
"""Write ``benchmarks/material/probe_people31.csv``, the ``people31`` set of
``benchmarks/places_v2.py`` (issue 21, session 31): people whose given name or surname
a place bears, in **multi-sentence news stories** where the person is named in full
once (after a role, a title, in apposition, with an age) and later by the surname
alone (opening a sentence, after a verb of saying, in a possessive, after ``according
to``/``laut``/``zufolge``, after ``Frau``/``Herr``), and **near-misses** where a
place of that kind is a place in the same article (``Governor Anna Reyes flew to
Preston ... In Preston, Reyes met ...``).

Written before any code change of session 31 (and committed before it), not picked
by what passes: the words come from data by a fixed rule and the seed ``SEED``.

* **Words**: given names of ``geomap/lexicons/first_names.csv`` and family names of
  ``geomap/lexicons/surnames.csv`` (US Census 2000 and Faker's last names) that a
  place of the gazetteer index bears as its own name (``build_probe_nouns19._band``),
  drawn with ``random.Random(f"{SEED}:...")``; for names of several cultures the
  family name must be borne by a town of the culture's countries (``CULTURES``:
  Spanish and Portuguese double surnames, Slavic surnames, Japanese family names,
  Arabic ``bin``/``al-`` names, with given names written here); the surnames the
  brief of session 31 names (``BRIEF_SURNAMES``: ``Washington``, ``Lincoln``,
  ``Bremer`` ...) are added when a place bears them. Words naming a region of the
  held-out articles of the events and claims corpora (``EXCLUDED``) are skipped.
* **Frames**: ``STORIES`` and ``NEAR`` below, written for this probe. ``{CITY}`` is a
  big city of the text's country (as in ``nouns19``), the story's own place, which
  must still be found; in ``NEAR`` the own place is ``{W}``, a word of the same
  lists borne by a town of 10,000 or more, written after a place preposition.
* **Split**: ``heldout`` when the first probed word hashes so (``places_v2.heldout``,
  one in four, SHA-256) or the frame is marked ``True``; tune on ``dev`` only.

Read right (``places_v2.probe19``): no place on any mention of the person's words, and
the row's own place found.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_probe_nouns19 as b19  # noqa: E402

SEED = 31
OUT = b19.ROOT / "benchmarks" / "material" / "probe_people31.csv"
GENERIC_PAIRS = 60  # per language
PER_CULTURE = 10
NEAR_ROWS = 24  # per language

#: regions of held-out articles (session 31 brief): no word of the probe names them
EXCLUDED = frozenset(
    """Ahvaz Almaty Asuncion Bamako Bejaia Bergen Culiacan Dali Darfur Durazno Gondar Gwangju
    Hualien Huaraz Yemen Jwaneng Katowice Colombia Congo Lisbon Ljubljana Lobito Lutsk Mahboula
    Manitoba Mbabane Mostar Multan Nakuru Nepal Nukus Nuuk Parakou Peru Sacaba Salalah Shire
    Sibenik Stavanger Struga Sumatra Taraz Temuco Terschelling Toyama Tyre Philippines Plovdiv
    Andros Antwerp Assam Basra Batken Bokeo Cebu Chingola Chisinau Cibitoke Dili Faroes Gbarnga
    Gisborne Guadeloupe Guatemala Gulu Haiti Hajipur Hatton Irbid Khulna Kisumu Koror Kosovo
    Kupang Lagos Lahore Latacunga Majuro Male Montreal Nzerekore Papeete Pasto Ponce Potosi
    Quebec Sandakan Serekunda Tahoua Tamale Tasmania Tegucigalpa Townsville Ulsan Wichita
    Algeria Anatolia Andalusia Apulia Argentina Asturias Bosnia Botswana Brittany Denmark Dalarna
    Drina Jordan Konya Croatia Lebanon Madeira Malawi Mallorca Myanmar Peloponnese Romania Danube
    Senegal Slovakia Tyrol Tunisia Urals Venezuela Victoria Alberta Columbia Gaspe Honduras
    Ireland Kalimantan Karnataka Kurdistan Labrador Lesotho Lombok Mindanao Dakota Scotia Oaxaca
    Palawan Pilbara Queensland Scotland Shan Leone Sikkim Adelaide Zanzibar Baikal Normandy
    Bahrain Pantanal Budweis Mariehamn Aland Mary Nouakchott Willemstad Curacao Kimberley Moroni
    Comoros Saipan Seychelles Hof Poipet Praia Rhodes Karpathos Rogun Tajikistan Alice Springs
    Barbados Gotland Jeddah Kwekwe Zimbabwe Chiloe Jeju Evros Thrace Pohnpei Naryn Luxembourg
    Differdingen Esch Moselle Dominica Martinique Manipur Lucani Cacak Linden Guyana Singapore
    Samoa Man Turks Caicos Togo Dapaong Lome Montafon Vorarlberg Schruns Ventspils Riga Latvia
    Moatize Tete Mozambique Limassol Cyprus Baghlan Carriacou Grenada Savusavu Suva Fiji Albina
    Suriname Kigoma Tanzania Burundi Engadine Moritz Masuria Olsztyn Zambezi Maui Kula Galicia
    Vigo Kuopio Savonia Cluj Transylvania Montenegro Podgorica Trabzon Rize Madagascar Toamasina
    Sarawak Kuching Amazonas Manaus Yukon Whitehorse Vanuatu Vila Crete Heraklion Lithuania
    Klaipeda Atacama Antofagasta Sulawesi Palu Hamad Nis Kula""".split()
)

#: surnames the session-31 brief names as places that are common surnames
BRIEF_SURNAMES = (
    "Washington", "Lincoln", "Florence", "Orlando", "Sydney", "Chester", "Warren", "Marion",
    "Austin", "Jackson", "Kingsley", "Preston", "Bremer", "Frankfurter", "Paris", "Harris",
    "Hagen", "Landau", "Oldenburg", "Homburg", "Rosenheim", "Stolberg", "Coburg", "Minden",
)  # fmt: skip

#: (key, given names, family-name countries, shape); shape: "double" (Spanish and
#: Portuguese: given, paternal, maternal; later the paternal), "bin" (given bin
#: father al-family; later al-family), "plain" (given family; later family)
CULTURES = (
    ("es", ("José", "María", "Carmen", "Javier", "Lucía", "Alejandro", "Isabel", "Diego"), ("ES", "MX", "CL", "EC", "BO", "UY", "PY", "CR", "PA", "PT", "BR"), "double"),
    ("slavic", ("Piotr", "Tomasz", "Jana", "Pavel", "Olga", "Marek", "Agnieszka", "Dmitri"), ("PL", "CZ", "RU", "UA", "BY", "BG", "RS"), "plain"),
    ("ja", ("Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi", "Naoko", "Haruto", "Emi"), ("JP",), "ja"),
    ("ar", ("Khalid", "Faisal", "Omar", "Youssef", "Tariq", "Nasser", "Saad", "Walid"), (), "bin"),
)  # fmt: skip

#: Arabic family names written after ``al-`` (common in Gulf and Levant news; each kept
#: only when a place of the family-name countries bears it)
ARABIC_FAMILIES = (
    "Rashid", "Thani", "Sabah", "Nahyan", "Maktoum", "Qasimi", "Nuaimi", "Mansouri",
    "Khalifa", "Otaibi", "Harbi", "Ghamdi", "Zahrani", "Qahtani", "Dosari", "Tamimi",
    "Amri", "Shamsi", "Kaabi", "Marri", "Hajri", "Shammari", "Anazi", "Mutairi", "Hashimi",
    "Jaber", "Saadi", "Falahi", "Hammadi", "Abbasi", "Masri", "Jubouri", "Obaidi",
)  # fmt: skip

#: Japanese family names (the commonest hundred of Japan, as romanised in the news; each
#: kept only when a place of Japan bears it)
JAPANESE_FAMILIES = (
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
    "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
    "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto",
    "Ishikawa", "Ogawa", "Okada", "Maeda", "Fujita", "Goto", "Okamoto", "Hasegawa",
    "Ishii", "Murakami", "Kondo", "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura",
    "Fukuda", "Ota", "Miura", "Okayama", "Nagano", "Fukushima", "Kumamoto", "Fujisawa",
    "Matsuda", "Nakano", "Harada", "Ono", "Tamura", "Takeuchi", "Kaneko", "Wada",
    "Nakayama", "Ishida", "Ueda", "Morita", "Hara", "Shibata", "Sakai", "Kudo",
)  # fmt: skip

#: (lang, key, held out, template). {G} given name, {S} the surname used alone later,
#: {FULL} the whole name, {SG} the German genitive of {S}, {CITY} the own place
STORIES = (
    ("en", "en-S1", False, "{CITY}, March 4 (Reuters) - Transport Minister {FULL} said on Tuesday that rail fares would be frozen for a year.\n\"Families cannot pay more,\" {S} told reporters. {S}'s plan still needs a vote in parliament, where the opposition has called it too costly.\nA spokesman for {S} said the vote was expected in April."),
    ("en", "en-S2", False, "{CITY} (AP) — The county's police chief, {FULL}, resigned on Friday after a review of the force found poor record-keeping.\nIn a statement, {S} said the findings were unfair. According to {S}, most of the problems date from before 2020.\nThe council will name an acting chief on Monday."),
    ("en", "en-S3", False, "{CITY} — Two people were hurt when a bus left the road on Sunday morning, police said.\n{FULL}, 52, a nurse, was taken to hospital with a broken arm. \"It happened so fast,\" {S} said. Doctors expect {S} to go home this week."),
    ("en", "en-S4", False, "{CITY} — Striker {FULL} scored twice as the home side won 3-1 on Saturday.\n{S}, who joined last summer, now has nine goals this season. \"Nobody works harder,\" the coach said of {S}."),
    ("en", "en-S5", True, "{CITY} (Reuters) - {FULL} has been named chief executive of the regional power company, the board said on Wednesday.\n{S} will take over in May. Before joining, {S} ran the firm's operations for six years."),
    ("en", "en-S6", False, "{CITY} — Flu cases at the city hospital have doubled in a month, its chief doctor, {FULL}, warned on Monday.\n{S} urged older residents to get vaccinated. \"We are close to capacity,\" {S} said, adding that {S}'s staff had cancelled leave."),
    ("en", "en-S7", True, "{CITY} — A judge on Thursday jailed {FULL} for six years for fraud.\nProsecutors said {S} had taken money from more than 200 pensioners. {S}'s lawyer said he would appeal."),
    ("de", "de-S1", False, "{CITY} (dpa) - Innenministerin {FULL} hat am Dienstag neue Regeln für die Polizei vorgestellt.\n„Wir handeln jetzt“, sagte {S} vor Journalisten. Die Opposition nannte {SG} Pläne zu spät.\nLaut {S} sollen die Regeln im Herbst gelten."),
    ("de", "de-S2", False, "{CITY}. Der Bürgermeister {FULL} (SPD) will die Innenstadt autofrei machen.\n{S} stellte den Plan am Montag im Stadtrat vor. Händler kritisierten das Vorhaben scharf.\n{S} zufolge soll der Umbau 2027 beginnen."),
    ("de", "de-S3", False, "{CITY} (dpa) - Die Rede des Bürgermeisters {FULL} hat im Stadtrat für Streit gesorgt.\nDie Grünen warfen {S} vor, die Kosten zu verschweigen. {S} wies das am Mittwoch zurück."),
    ("de", "de-S4", False, "{CITY} (dpa) - Trainerin {FULL} verlässt den Verein zum Saisonende.\nDas teilte der Klub am Freitag mit. {S} war seit 2021 im Amt.\n„Es war eine schöne Zeit“, sagte {S} am Abend."),
    ("de", "de-S5", True, "{CITY}. Bei einem Unfall auf der Landstraße ist am Sonntag eine Frau schwer verletzt worden.\n{FULL} (67) wurde in eine Klinik gebracht. Nach Angaben der Polizei hatte {S} die Kontrolle über das Auto verloren."),
    ("de", "de-S6", False, "Im Gespräch: {FULL}, Leiterin des Tierheims in {CITY}.\nFrau {S}, wie viele Tiere leben derzeit bei Ihnen?\n{S}: Im Moment sind es rund 120, so viele wie nie."),
    ("de", "de-S7", True, "{CITY} (dpa) - Der Aufsichtsrat hat {FULL} zur neuen Vorstandschefin des Energieversorgers berufen.\n{S} tritt das Amt im Mai an. Zuvor leitete {S} sechs Jahre lang das Netzgeschäft."),
)  # fmt: skip

#: near-misses: {W} a place (after a preposition) in an article with a person
NEAR = (
    ("en", "en-N1", False, "{CITY} (AP) — Governor {FULL} flew to {W} on Monday to inspect flood damage.\nIn {W}, {S} met rescue crews and promised state aid. \"Nobody here will be left alone,\" {S} said."),
    ("en", "en-N2", False, "{FULL} grew up in {W} and moved to {CITY} in 2010.\n{S} now runs a bakery near the harbour."),
    ("en", "en-N3", True, "Police in {W} said on Sunday that {FULL}, 41, had been arrested.\n{S} is due in court on Tuesday."),
    ("de", "de-N1", False, "{CITY} (dpa) - Ministerpräsidentin {FULL} ist am Montag nach {W} gereist.\nIn {W} traf {S} Helfer der Feuerwehr. „Niemand wird allein gelassen“, sagte {S}."),
    ("de", "de-N2", False, "{FULL} stammt aus {W} und lebt seit 2010 in {CITY}.\n{S} betreibt dort eine Bäckerei."),
    ("de", "de-N3", True, "Die Polizei in {W} hat am Sonntag {FULL} (41) festgenommen.\n{S} soll am Dienstag einem Richter vorgeführt werden."),
)  # fmt: skip


def _genitive(s: str) -> str:
    return s + "'" if s[-1] in "sxzß" else s + "s"


def _own_names(
    gaz, words: list[str], countries: tuple[str, ...] = (), found=None
) -> dict[str, str]:
    """word -> band, for the words a place bears as its own name (in ``countries`` when
    given), not naming a held-out region."""
    found = found if found is not None else gaz.lookup_many(words, limit=10)
    out = {}
    for w in words:
        if w in EXCLUDED or not w.isalpha():
            continue
        cands = [c for c in found.get(w, []) if not countries or c.country_code in countries]
        if (band := b19._band(cands, w)) is not None:
            out[w] = band
    return out


def main() -> None:
    from places_v2 import _column, heldout

    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    given_all = sorted({g for g in _column("first_names.csv") if g.isalpha() and len(g) >= 4})
    sur_all = sorted({s for s in _column("surnames.csv") if s.isalpha() and len(s) >= 4})
    rng = random.Random(f"{SEED}:pools")
    given_sample = rng.sample(given_all, 3000)
    sur_sample = rng.sample(sur_all, 3000)
    given_place = _own_names(gaz, given_sample)
    sur_place = _own_names(gaz, sur_sample)
    brief = _own_names(gaz, list(BRIEF_SURNAMES))
    plain_given = [g for g in given_sample if g not in given_place][:400]
    plain_sur = [s for s in sur_sample if s not in sur_place and s not in given_place][:400]
    print(
        f"given names a place bears: {len(given_place)}; surnames: {len(sur_place)}; brief: {len(brief)}"
    )

    cities = {lang: [c for c in b19._cities(lang) if c not in EXCLUDED] for lang in ("de", "en")}
    rows: list[dict[str, str]] = []

    def story(
        lang: str, k: int, full: str, s: str, words: list[str], band: str, source: str
    ) -> None:
        frames = [f for f in STORIES if f[0] == lang]
        _, key, held, tmpl = frames[k % len(frames)]
        city = rng.choice(cities[lang])
        text = tmpl.format(FULL=full, S=s, SG=_genitive(s), CITY=city)
        rows.append(b19._row(text, lang, "story", key, held, words, city, band, source))

    for lang in ("de", "en"):
        prng = random.Random(f"{SEED}:{lang}:pairs")
        pairs = []
        for w, band in sorted(sur_place.items()):
            pairs.append((prng.choice(plain_given), w, [w], band, "surname"))
        for w, band in sorted(given_place.items()):
            pairs.append(
                (w, prng.choice(sur_place and sorted(sur_place) or plain_sur), [w], band, "given")
            )
        pairs = prng.sample(pairs, min(GENERIC_PAIRS, len(pairs)))
        for w, band in sorted(brief.items()):
            pairs.append((prng.choice(plain_given), w, [w], band, "brief"))
        for k, (g, s, words, band, source) in enumerate(pairs):
            ws = [s, g] if s in words or s in sur_place else [g, s]
            story(lang, k, f"{g} {s}", s, ws, band, source)

    crng = random.Random(f"{SEED}:cultures")
    sur_found = gaz.lookup_many(sur_all, limit=10)
    for key, givens, countries, shape in CULTURES:
        if shape == "bin":
            fams = _own_names(gaz, list(ARABIC_FAMILIES))
        elif shape == "ja":
            fams = _own_names(gaz, list(JAPANESE_FAMILIES), countries)
        else:
            fams = _own_names(gaz, sur_all, countries, sur_found)
        names = sorted(fams)
        crng.shuffle(names)
        for k, s in enumerate(names[:PER_CULTURE]):
            g = givens[k % len(givens)]
            band = fams[s]
            if shape == "double":
                s2 = (
                    names[(k + PER_CULTURE) % len(names)]
                    if len(names) > PER_CULTURE
                    else crng.choice(plain_sur)
                )
                full, later, words = f"{g} {s} {s2}", s, [s, s2, g]
            elif shape == "bin":
                father = givens[(k + 3) % len(givens)]
                full, later, words = f"{g} bin {father} al-{s}", f"al-{s}", [s, g, father]
            else:
                full, later, words = f"{g} {s}", s, [s, g]
            for lang in ("de", "en"):
                story(lang, k + (lang == "de"), full, later, words, band, key)

    nrng = random.Random(f"{SEED}:near")
    towns = sorted(w for w, b in {**sur_place, **brief}.items() if b in ("mid", "big", "huge"))
    for lang in ("de", "en"):
        frames = [f for f in NEAR if f[0] == lang]
        for k, wplace in enumerate(nrng.sample(towns, min(NEAR_ROWS, len(towns)))):
            g, s = nrng.choice(plain_given), nrng.choice(plain_sur)
            _, key, held, tmpl = frames[k % len(frames)]
            city = nrng.choice(cities[lang])
            text = tmpl.format(FULL=f"{g} {s}", S=s, W=wplace, CITY=city)
            row = b19._row(
                text,
                lang,
                "near",
                key,
                held,
                [s, g],
                wplace,
                sur_place.get(wplace) or brief.get(wplace, ""),
                "near",
            )
            if heldout(wplace):
                row["split"] = "heldout"
            rows.append(row)

    header = (
        "People whose given name or surname a place bears, in multi-sentence news stories\n"
        "(full name once, the surname alone later) and near-misses where such a word is a\n"
        "place in the same article (issue 21, session 31); written by\n"
        "scripts/build_probe_people31.py from first_names.csv, surnames.csv and the gazetteer index.\n"
        "split: heldout when places_v2.heldout(first word of `words`, or the near-miss place)\n"
        "(SHA-256, one in four) or the frame is a held-out frame of the script (marked True);\n"
        "tune on dev only, never read the held-out rows."
    )
    b19._write(OUT, header, rows)


if __name__ == "__main__":
    main()
