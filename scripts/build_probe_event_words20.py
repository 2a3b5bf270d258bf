# ruff: noqa: E501  (the frame templates are sentences, one per line, easier to read whole)
"""Write ``benchmarks/corpus/probe_event_words20.csv`` (issue 20, session 20).

The words news text uses for every event kind and sub-kind of the taxonomy
(docs/events.md, "Kinds: the taxonomy"), put into sentence frames written for this probe,
each with a place and a day; and non-event frames with the same words (negation, future,
condition, warning, anniversary, opinion, figurative use). It widens the test material by
generation: the words come from data, not from the articles geomap was tuned on.

Words:

* English: Princeton WordNet 3.0 (Debian's ``wordnet-base``, read with NLTK's reader; WordNet
  licence): for each sub-kind a few seed synsets (named below by sense, e.g.
  ``earthquake.n.01``), their lemmas and, where the seed is marked ``+``, the lemmas of
  their direct hyponyms; kept when wordfreq's English Zipf frequency is at least
  ``MIN_ZIPF_EN`` (news uses the word), at most ``CAP_EN`` per sub-kind and part of speech,
  most frequent first. Verb forms by LemmInflect; a verb is transitive in the frames when
  WordNet lists a "Somebody ----s something/somebody" frame for it.
  A word is kept only when the seed's sense is one of its ``SENSES`` most frequent senses
  (WordNet's own order; the seed's own word is always kept: ``trial`` of ``trial.n.04``),
  and no verb more frequent than ``MAX_ZIPF_VERB_EN`` (``go``, ``come``), so that ``dot`` (a synonym of ``scatter``) or ``language`` (of
  ``speech``) do not enter as event words.
* German (no German wordnet is available here: OdeNet is not on PyPI or Debian): seed nouns
  and verbs per sub-kind written for this probe, widened by wordfreq's German word list:
  for a seed marked ``*`` (a head whose compounds name the same kind: ``Beben``, not
  ``Kampf``, whose ``Wahlkampf`` is no battle), every word ending in it (``Seebeben``) with a
  Zipf frequency of at least ``MIN_ZIPF_DE`` that german-nouns (German Wiktionary) knows as
  a noun of the same gender, at most ``CAP_COMPOUNDS`` per seed, most frequent first.

Rows: every word in every frame of its part of speech (a frame family per language), with a
town drawn by a seeded ``random.Random(SEED)`` from scripts/build_probe_event_sites18.py's
towns and a weekday drawn the same way.

Split: a row is ``heldout`` when its frame is held out (sha1(``lang:frame``) is 0 mod 3)
OR its word is held out (sha1(``word:<lang>:<word>``) is 0 mod 4); otherwise ``dev``. Tune
on dev only; held-out rows are scored in aggregate by the integrator.

Build-only packages (docs/dependencies.md): ``nltk``, ``german-nouns``; Debian's
``wordnet-base``. Run: ``.venv/bin/python scripts/build_probe_event_words20.py``.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_probe_event_sites18 import TOWNS  # noqa: E402

OUT = ROOT / "benchmarks" / "corpus" / "probe_event_words20.csv"
SEED = 20
MIN_ZIPF_EN = 2.8
MAX_ZIPF_VERB_EN = 5.3  # above: a light verb of every other sentence (go, come, get, see)
MIN_ZIPF_DE = 2.0
CAP_EN = 8
SENSES = 2
CAP_COMPOUNDS = 3
WORDNET = Path("/usr/share/wordnet")
LEXNAMES_MAN = Path("/usr/share/man/man5/lexnames.5WN.gz")

# kind, sub-kind -> English seeds. n / v: synset names ("+" also takes the direct hyponyms);
# subj / obj: the doer and the thing done to, for the verb frames (a hazard's verb has the
# hazard as its subject).
EN: dict[tuple[str, str], dict] = {
    ("disaster", "earthquake"): {
        "n": ["earthquake.n.01+"],
        "v": ["rock.v.01", "jolt.v.01"],
        "subj": "A strong earthquake",
        "obj": "the region",
    },
    ("disaster", "flood"): {
        "n": ["flood.n.01+"],
        "v": ["deluge.v.01", "inundate.v.02"],
        "subj": "Floodwaters",
        "obj": "hundreds of homes",
    },
    ("disaster", "storm"): {
        "n": ["storm.n.01+", "cyclone.n.02+"],
        "v": ["buffet.v.01", "lay_waste_to.v.01"],
        "subj": "A powerful storm",
        "obj": "the coast",
    },
    ("disaster", "wildfire"): {
        "n": ["wildfire.n.01", "forest_fire.n.01", "brush_fire.n.01"],
        "v": ["burn.v.01"],
        "subj": "A wildfire",
        "obj": "dozens of houses",
    },
    ("disaster", "volcanic_activity"): {
        "n": ["volcanic_eruption.n.01+"],
        "v": ["erupt.v.01"],
        "subj": "The volcano",
        "obj": "",
    },
    ("disaster", "mass_movement"): {
        "n": ["landslide.n.02+", "avalanche.n.01"],
        "v": ["bury.v.02"],
        "subj": "A landslide",
        "obj": "a village",
    },
    ("disaster", "extreme_temperature"): {
        "n": ["heat_wave.n.01", "cold_wave.n.01"],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("disaster", "drought"): {"n": ["drought.n.01"], "v": [], "subj": "", "obj": ""},
    ("disaster", "epidemic"): {
        "n": ["epidemic.n.01", "outbreak.n.01"],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("accident", "road"): {
        "n": ["collision.n.01", "crash.n.04"],
        "v": ["crash.v.01", "overturn.v.01"],
        "subj": "A crowded bus",
        "obj": "",
    },
    ("accident", "rail"): {
        "n": ["derailment.n.01"],
        "v": ["derail.v.02"],
        "subj": "A freight train",
        "obj": "",
    },
    ("accident", "air"): {
        "n": ["crash.n.02", "crash_landing.n.01"],
        "v": ["crash.v.02"],
        "subj": "A small plane",
        "obj": "",
    },
    ("accident", "maritime"): {
        "n": ["shipwreck.n.03+"],
        "v": ["capsize.v.01", "sink.v.04+"],
        "subj": "A ferry",
        "obj": "",
    },
    ("accident", "industrial"): {
        "n": ["explosion.n.01", "cave_in.n.01"],
        "v": ["explode.v.02"],
        "subj": "A gas tank at a chemical plant",
        "obj": "",
    },
    ("accident", "other"): {
        "n": ["stampede.n.01"],
        "v": ["stampede.v.01"],
        "subj": "Pilgrims",
        "obj": "",
    },
    ("protest", "peaceful_protest"): {
        "n": ["protest.n.02+", "strike.n.01"],
        "v": ["protest.v.02", "demonstrate.v.04+"],
        "subj": "Thousands of students",
        "obj": "",
    },
    ("protest", "protest_with_intervention"): {
        "n": ["crackdown.n.01"],
        "v": ["break_up.v.17"],
        "subj": "Riot police",
        "obj": "the crowd",
    },
    ("riot", "violent_demonstration"): {
        "n": ["riot.n.01+", "rioting.n.01"],
        "v": ["riot.v.01", "rampage.v.01"],
        "subj": "Angry youths",
        "obj": "",
    },
    ("riot", "mob_violence"): {
        "n": ["lynching.n.01"],
        "v": ["lynch.v.01"],
        "subj": "A mob",
        "obj": "a suspected thief",
    },
    ("battle", "armed_clash"): {
        "n": ["battle.n.01+", "skirmish.n.01", "gunfight.n.01"],
        "v": ["contend.v.06", "skirmish.v.01"],
        "subj": "Government troops",
        "obj": "rebels",
    },
    ("battle", "non_state_actor_overtakes_territory"): {
        "n": ["capture.n.05"],
        "v": ["appropriate.v.02", "overrun.v.04"],
        "subj": "Insurgents",
        "obj": "the town",
    },
    ("explosion_remote_violence", "air_drone_strike"): {
        "n": ["air_raid.n.01", "bombing.n.01+"],
        "v": ["bombard.v.02+"],
        "subj": "Warplanes",
        "obj": "a fuel depot",
    },
    ("explosion_remote_violence", "shelling_artillery_missile"): {
        "n": ["bombardment.n.01", "barrage.n.01"],
        "v": ["blast.v.03"],
        "subj": "Artillery units",
        "obj": "the outskirts",
    },
    ("explosion_remote_violence", "remote_explosive"): {
        "n": ["car_bomb.n.01", "bombing.n.02"],
        "v": ["explode.v.01"],
        "subj": "Militants",
        "obj": "a bomb",
    },
    ("explosion_remote_violence", "suicide_bomb"): {
        "n": ["suicide_bombing.n.01"],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("violence_against_civilians", "attack"): {
        "n": ["slaughter.n.03+", "murder.n.01", "shooting.n.01"],
        "v": ["kill.v.01", "murder.v.01", "shoot.v.02"],
        "subj": "Gunmen",
        "obj": "eleven villagers",
    },
    ("violence_against_civilians", "abduction"): {
        "n": ["kidnapping.n.01", "abduction.n.02"],
        "v": ["kidnap.v.01"],
        "subj": "Armed men",
        "obj": "two aid workers",
    },
    ("strategic_development", "arrest"): {
        "n": ["arrest.n.01"],
        "v": ["collar.v.01", "confine.v.05"],
        "subj": "Police",
        "obj": "an opposition leader",
    },
    ("strategic_development", "agreement"): {
        "n": ["treaty.n.01", "armistice.n.01", "accord.n.03"],
        "v": ["sign.v.02"],
        "subj": "The two governments",
        "obj": "a ceasefire deal",
    },
    ("strategic_development", "looting"): {
        "n": ["looting.n.01", "arson.n.01"],
        "v": ["loot.v.01", "plunder.v.03"],
        "subj": "Looters",
        "obj": "shops",
    },
    ("strategic_development", "other"): {
        "n": ["coup_d'etat.n.01", "deployment.n.01", "mutiny.n.01"],
        "v": ["deploy.v.01", "oust.v.02", "resign.v.01"],
        "subj": "The army",
        "obj": "troops",
    },
    ("election", "election"): {
        "n": ["election.n.01+"],
        "v": ["elect.v.01"],
        "subj": "Voters",
        "obj": "a new parliament",
    },
    ("election", "vote"): {"n": ["vote.n.01"], "v": ["vote.v.01"], "subj": "Lawmakers", "obj": ""},
    ("election", "referendum"): {"n": ["referendum.n.01"], "v": [], "subj": "", "obj": ""},
    ("court", "charge"): {
        "n": ["indictment.n.01"],
        "v": ["charge.v.02", "indict.v.01"],
        "subj": "Prosecutors",
        "obj": "a former minister",
    },
    ("court", "trial"): {"n": ["trial.n.04+", "hearing.n.03"], "v": [], "subj": "", "obj": ""},
    ("court", "verdict"): {
        "n": ["verdict.n.01", "conviction.n.02", "acquittal.n.01"],
        "v": ["convict.v.01", "acquit.v.01"],
        "subj": "A court",
        "obj": "a former general",
    },
    ("court", "sentence"): {
        "n": ["sentence.n.02"],
        "v": ["sentence.v.01", "jail.v.01"],
        "subj": "A judge",
        "obj": "a journalist",
    },
    ("meeting", "meeting"): {
        "n": ["meeting.n.01+", "summit.n.03", "talks.n.01"],
        "v": ["meet.v.02", "visit.v.01"],
        "subj": "The foreign ministers",
        "obj": "the governor",
    },
    ("travel", "travel"): {
        "n": ["arrival.n.01", "trip.n.01"],
        "v": ["arrive.v.01", "travel.v.01"],
        "subj": "The prime minister",
        "obj": "",
    },
    ("launch", "launch"): {
        "n": ["launching.n.01", "liftoff.n.01"],
        "v": ["launch.v.02"],
        "subj": "The space agency",
        "obj": "a weather satellite",
    },
    ("statement", "statement"): {
        "n": ["announcement.n.01", "address.n.03", "news_conference.n.01"],
        "v": ["announce.v.02", "condemn.v.01"],
        "subj": "The president",
        "obj": "the decision",
    },
}

# German seeds: nouns (noun, gender m/f/n; "*": its compounds are widened from wordfreq) and verbs (3rd plural past, participle, perfect
# auxiliary "haben"/"sein", infinitive; a separable particle after the verb: "nahmen fest").
DE: dict[tuple[str, str], dict] = {
    ("disaster", "earthquake"): {
        "n": [("Erdbeben", "n"), ("Beben*", "n"), ("Erdstoß", "m")],
        "v": [("erschütterten", "erschüttert", "haben", "erschüttern")],
        "subj": "Heftige Erdstöße",
        "obj": "die Region",
    },
    ("disaster", "flood"): {
        "n": [("Hochwasser*", "n"), ("Überschwemmung*", "f"), ("Flut*", "f"), ("Sturzflut", "f")],
        "v": [
            ("überschwemmten", "überschwemmt", "haben", "überschwemmen"),
            ("überfluteten", "überflutet", "haben", "überfluten"),
        ],
        "subj": "Wassermassen",
        "obj": "Hunderte Häuser",
    },
    ("disaster", "storm"): {
        "n": [
            ("Sturm", "m"),
            ("Unwetter*", "n"),
            ("Wirbelsturm*", "m"),
            ("Orkan", "m"),
            ("Tornado", "m"),
        ],
        "v": [("verwüsteten", "verwüstet", "haben", "verwüsten")],
        "subj": "Orkanböen",
        "obj": "die Küste",
    },
    ("disaster", "wildfire"): {
        "n": [("Waldbrand*", "m"), ("Buschfeuer", "n"), ("Flächenbrand", "m")],
        "v": [("zerstörten", "zerstört", "haben", "zerstören")],
        "subj": "Flammen",
        "obj": "Dutzende Häuser",
    },
    ("disaster", "volcanic_activity"): {
        "n": [("Vulkanausbruch*", "m"), ("Eruption", "f")],
        "v": [("spuckten Lava", "Lava gespuckt", "haben", "Lava spucken")],
        "subj": "Zwei Vulkane",
        "obj": "",
    },
    ("disaster", "mass_movement"): {
        "n": [("Erdrutsch", "m"), ("Lawine*", "f"), ("Mure", "f"), ("Hangrutsch", "m")],
        "v": [("verschütteten", "verschüttet", "haben", "verschütten")],
        "subj": "Schlammmassen",
        "obj": "mehrere Häuser",
    },
    ("disaster", "extreme_temperature"): {
        "n": [("Hitzewelle*", "f"), ("Kältewelle", "f")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("disaster", "drought"): {
        "n": [("Dürre*", "f"), ("Trockenheit", "f")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("disaster", "epidemic"): {
        "n": [("Epidemie*", "f"), ("Seuche", "f")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("accident", "road"): {
        "n": [("Verkehrsunfall*", "m"), ("Zusammenstoß", "m"), ("Busunglück", "n")],
        "v": [
            ("prallten zusammen", "zusammengeprallt", "sein", "zusammenprallen"),
            ("überschlugen sich", "überschlagen", "haben sich", "sich überschlagen"),
        ],
        "subj": "Zwei Lastwagen",
        "obj": "",
    },
    ("accident", "rail"): {
        "n": [("Zugunglück*", "n"), ("Entgleisung", "f")],
        "v": [("entgleisten", "entgleist", "sein", "entgleisen")],
        "subj": "Zwei Güterzüge",
        "obj": "",
    },
    ("accident", "air"): {
        "n": [("Flugzeugabsturz", "m"), ("Absturz", "m"), ("Notlandung*", "f")],
        "v": [("stürzten ab", "abgestürzt", "sein", "abstürzen")],
        "subj": "Zwei Kleinflugzeuge",
        "obj": "",
    },
    ("accident", "maritime"): {
        "n": [("Schiffsunglück*", "n"), ("Fährunglück", "n"), ("Havarie*", "f")],
        "v": [
            ("kenterten", "gekentert", "sein", "kentern"),
            ("sanken", "gesunken", "sein", "sinken"),
        ],
        "subj": "Zwei Fischerboote",
        "obj": "",
    },
    ("accident", "industrial"): {
        "n": [("Explosion", "f"), ("Grubenunglück", "n"), ("Großbrand", "m")],
        "v": [("explodierten", "explodiert", "sein", "explodieren")],
        "subj": "Zwei Gastanks einer Chemiefabrik",
        "obj": "",
    },
    ("accident", "other"): {
        "n": [("Massenpanik", "f"), ("Gedränge", "n"), ("Unglück*", "n")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("protest", "peaceful_protest"): {
        "n": [
            ("Demonstration", "f"),
            ("Kundgebung*", "f"),
            ("Protest*", "m"),
            ("Streik*", "m"),
            ("Protestmarsch", "m"),
        ],
        "v": [
            ("demonstrierten", "demonstriert", "haben", "demonstrieren"),
            ("protestierten", "protestiert", "haben", "protestieren"),
            ("streikten", "gestreikt", "haben", "streiken"),
        ],
        "subj": "Tausende Studenten",
        "obj": "",
    },
    ("protest", "protest_with_intervention"): {
        "n": [("Polizeieinsatz", "m")],
        "v": [("lösten auf", "aufgelöst", "haben", "auflösen")],
        "subj": "Polizisten",
        "obj": "eine Kundgebung",
    },
    ("riot", "violent_demonstration"): {
        "n": [("Krawall*", "m"), ("Ausschreitung", "f"), ("Unruhe", "f")],
        "v": [("randalierten", "randaliert", "haben", "randalieren")],
        "subj": "Jugendliche",
        "obj": "",
    },
    ("riot", "mob_violence"): {
        "n": [("Lynchmord", "m"), ("Lynchjustiz", "f")],
        "v": [("lynchten", "gelyncht", "haben", "lynchen")],
        "subj": "Aufgebrachte Dorfbewohner",
        "obj": "zwei mutmaßliche Diebe",
    },
    ("battle", "armed_clash"): {
        "n": [("Gefecht", "n"), ("Kampf", "m"), ("Schusswechsel", "m")],
        "v": [
            ("kämpften", "gekämpft", "haben", "kämpfen"),
            (
                "lieferten sich Gefechte",
                "sich Gefechte geliefert",
                "haben",
                "sich Gefechte liefern",
            ),
        ],
        "subj": "Soldaten und Rebellen",
        "obj": "",
    },
    ("battle", "non_state_actor_overtakes_territory"): {
        "n": [("Einnahme", "f"), ("Eroberung*", "f")],
        "v": [
            ("eroberten", "erobert", "haben", "erobern"),
            ("nahmen ein", "eingenommen", "haben", "einnehmen"),
        ],
        "subj": "Aufständische",
        "obj": "die Stadt",
    },
    ("explosion_remote_violence", "air_drone_strike"): {
        "n": [("Luftangriff*", "m"), ("Drohnenangriff", "m"), ("Bombardement", "n")],
        "v": [("bombardierten", "bombardiert", "haben", "bombardieren")],
        "subj": "Kampfflugzeuge",
        "obj": "ein Treibstofflager",
    },
    ("explosion_remote_violence", "shelling_artillery_missile"): {
        "n": [("Raketenangriff*", "m"), ("Artilleriebeschuss", "m"), ("Beschuss*", "m")],
        "v": [("beschossen", "beschossen", "haben", "beschießen")],
        "subj": "Artillerieeinheiten",
        "obj": "die Vororte",
    },
    ("explosion_remote_violence", "remote_explosive"): {
        "n": [("Bombenanschlag*", "m"), ("Autobombe", "f"), ("Sprengstoffanschlag", "m")],
        "v": [("zündeten", "gezündet", "haben", "zünden")],
        "subj": "Extremisten",
        "obj": "eine Sprengfalle",
    },
    ("explosion_remote_violence", "suicide_bomb"): {
        "n": [("Selbstmordanschlag", "m")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("violence_against_civilians", "attack"): {
        "n": [("Massaker*", "n"), ("Mord", "m"), ("Schießerei", "f")],
        "v": [
            ("töteten", "getötet", "haben", "töten"),
            ("erschossen", "erschossen", "haben", "erschießen"),
            ("ermordeten", "ermordet", "haben", "ermorden"),
        ],
        "subj": "Bewaffnete",
        "obj": "elf Dorfbewohner",
    },
    ("violence_against_civilians", "abduction"): {
        "n": [("Entführung*", "f"), ("Geiselnahme*", "f")],
        "v": [
            ("entführten", "entführt", "haben", "entführen"),
            ("verschleppten", "verschleppt", "haben", "verschleppen"),
        ],
        "subj": "Bewaffnete",
        "obj": "zwei Helfer",
    },
    ("strategic_development", "arrest"): {
        "n": [("Festnahme*", "f"), ("Verhaftung", "f")],
        "v": [
            ("nahmen fest", "festgenommen", "haben", "festnehmen"),
            ("verhafteten", "verhaftet", "haben", "verhaften"),
        ],
        "subj": "Polizisten",
        "obj": "drei Oppositionelle",
    },
    ("strategic_development", "agreement"): {
        "n": [("Abkommen*", "n"), ("Waffenstillstand", "m"), ("Friedensvertrag", "m")],
        "v": [("unterzeichneten", "unterzeichnet", "haben", "unterzeichnen")],
        "subj": "Die beiden Regierungen",
        "obj": "ein Abkommen",
    },
    ("strategic_development", "looting"): {
        "n": [("Plünderung*", "f"), ("Brandstiftung", "f")],
        "v": [("plünderten", "geplündert", "haben", "plündern")],
        "subj": "Plünderer",
        "obj": "Geschäfte",
    },
    ("strategic_development", "other"): {
        "n": [("Putsch*", "m"), ("Staatsstreich", "m"), ("Meuterei", "f")],
        "v": [
            ("putschten", "geputscht", "haben", "putschen"),
            ("entsandten", "entsandt", "haben", "entsenden"),
        ],
        "subj": "Offiziere",
        "obj": "",
    },
    ("election", "election"): {
        "n": [("Wahl", "f"), ("Parlamentswahl", "f"), ("Stichwahl", "f")],
        "v": [("wählten", "gewählt", "haben", "wählen")],
        "subj": "Die Bürger",
        "obj": "ein neues Parlament",
    },
    ("election", "vote"): {
        "n": [("Abstimmung*", "f")],
        "v": [("stimmten ab", "abgestimmt", "haben", "abstimmen")],
        "subj": "Die Abgeordneten",
        "obj": "",
    },
    ("election", "referendum"): {
        "n": [("Referendum", "n"), ("Volksabstimmung", "f")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("court", "charge"): {
        "n": [("Anklage*", "f")],
        "v": [("klagten an", "angeklagt", "haben", "anklagen")],
        "subj": "Staatsanwälte",
        "obj": "einen früheren Minister",
    },
    ("court", "trial"): {
        "n": [("Prozess", "m"), ("Gerichtsverfahren", "n")],
        "v": [],
        "subj": "",
        "obj": "",
    },
    ("court", "verdict"): {
        "n": [("Urteil", "n"), ("Freispruch*", "m"), ("Schuldspruch", "m")],
        "v": [("sprachen frei", "freigesprochen", "haben", "freisprechen")],
        "subj": "Die Richter",
        "obj": "einen früheren General",
    },
    ("court", "sentence"): {
        "n": [("Haftstrafe*", "f")],
        "v": [
            (
                "verurteilten zu zehn Jahren Haft",
                "zu zehn Jahren Haft verurteilt",
                "haben",
                "zu zehn Jahren Haft verurteilen",
            )
        ],
        "subj": "Die Richter",
        "obj": "einen Journalisten",
    },
    ("meeting", "meeting"): {
        "n": [("Treffen*", "n"), ("Gipfel", "m"), ("Gespräch", "n"), ("Besuch*", "m")],
        "v": [
            ("trafen sich", "sich getroffen", "haben", "sich treffen"),
            ("berieten", "beraten", "haben", "beraten"),
        ],
        "subj": "Die Außenminister",
        "obj": "",
    },
    ("travel", "travel"): {
        "n": [("Ankunft*", "f"), ("Reise", "f")],
        "v": [
            ("trafen ein", "eingetroffen", "sein", "eintreffen"),
            ("reisten", "gereist", "sein", "reisen"),
        ],
        "subj": "Die Regierungschefs",
        "obj": "",
    },
    ("launch", "launch"): {
        "n": [("Raketenstart*", "m"), ("Start", "m")],
        "v": [("schossen ins All", "ins All geschossen", "haben", "ins All schießen")],
        "subj": "Raumfahrtingenieure",
        "obj": "einen Wettersatelliten",
    },
    ("statement", "statement"): {
        "n": [("Ansprache*", "f"), ("Rede", "f"), ("Pressekonferenz*", "f")],
        "v": [
            ("verkündeten", "verkündet", "haben", "verkünden"),
            ("verurteilten", "verurteilt", "haben", "verurteilen"),
        ],
        "subj": "Die Minister",
        "obj": "die Entscheidung",
    },
}

# nouns of a sub-kind that are also said figuratively; the figurative frames use only these
FIGURATIVE_EN = {
    "storm",
    "flood",
    "deluge",
    "earthquake",
    "avalanche",
    "explosion",
    "battle",
    "firestorm",
    "barrage",
    "landslide",
}
FIGURATIVE_DE = {
    "Sturm",
    "Flut",
    "Beben",
    "Erdbeben",
    "Lawine",
    "Explosion",
    "Kampf",
    "Flächenbrand",
    "Erdrutsch",
}

DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

# frames: (name, is_event, template). {w} the word as the frame needs it; {P} the town;
# {D} the weekday; the rest per part of speech (see _fill_*).
FRAMES_EN_N = [
    ("en:n_killed_in", True, "At least 12 people were killed in {a_w} in {P} on {D}."),
    ("en:n_took_place", True, "{A_w} took place in {P} on {D}, local officials said."),
    ("en:n_place_first", True, "In {P}, {a_w} left dozens of people injured on {D}."),
    ("en:n_after_the", True, "After the {w} in {P} on {D}, schools and markets stayed closed."),
    ("en:n_headline", True, "{W} in {P} leaves 12 dead"),
    ("en:x_negation", False, "There was no {w} in {P} on {D}, the mayor said."),
    ("en:x_future", False, "Experts say {a_w} could hit {P} as early as next {D}."),
    ("en:x_warned", False, "Officials in {P} warned on {D} of the risk of {a_w} this year."),
    (
        "en:x_anniversary",
        False,
        "{P} marked the tenth anniversary of the {w} with a minute of silence on {D}.",
    ),
    (
        "en:x_opinion",
        False,
        "A columnist in {P} argued on {D} that another {w} was only a matter of time.",
    ),
    ("en:x_figurative", False, "The tax plan unveiled in {P} on {D} set off {a_w} of criticism."),
]
FRAMES_EN_V = [
    ("en:v_subject_first", True, "{Subj} {past}{obj} in {P} on {D}."),
    ("en:v_place_first", True, "In {P}, {subj} {past}{obj} on {D}."),
    ("en:v_perfect", True, "{Subj} have {pp}{obj} in {P} since {D}, officials said."),
    ("en:v_passive", True, "{Obj} {was} {pp} in {P} on {D}."),
    ("en:v_headline", True, "{Subj} {pres}{obj} in {P}"),
    ("en:x_v_negation", False, "{Subj} did not {base}{obj} in {P} on {D}, police said."),
    (
        "en:x_v_conditional",
        False,
        "If {subj} {past}{obj} in {P} next {D}, the talks would collapse.",
    ),
    ("en:x_v_future", False, "{Subj} are expected to {base}{obj} in {P} next {D}."),
]
FRAMES_DE_N = [
    (
        "de:n_bei",
        True,
        "Bei {dat_w} in {P} sind am {D} mindestens zwölf Menschen ums Leben gekommen.",
    ),
    ("de:n_es_gab", True, "In {P} hat es am {D} {acc_w} gegeben."),
    ("de:n_ereignete", True, "Am {D} ereignete sich in {P} {nom_w}."),
    (
        "de:n_nach_dem",
        True,
        "Nach {dat_def_w} in {P} am {D} blieben Schulen und Märkte geschlossen.",
    ),
    ("de:n_headline", True, "{W} in {P}: zwölf Tote"),
    ("de:x_negation", False, "In {P} gab es am {D} {kein_w}, sagte der Bürgermeister."),
    ("de:x_future", False, "Fachleute halten {acc_w} in {P} schon am kommenden {D} für möglich."),
    ("de:x_warned", False, "Die Behörden in {P} warnten am {D} vor der Gefahr {gen_w}."),
    (
        "de:x_anniversary",
        False,
        "In {P} wurde am {D} mit einer Schweigeminute an {acc_def_w} vor zehn Jahren erinnert.",
    ),
    (
        "de:x_opinion",
        False,
        "Ein Kommentator in {P} schrieb am {D}, {nom_w} sei nur eine Frage der Zeit.",
    ),
    ("de:x_figurative", False, "Der Steuerplan aus {P} löste am {D} {acc_w} der Kritik aus."),
]
FRAMES_DE_V = [
    ("de:v_verb_second", True, "{Subj} {praet}{obj} am {D} in {P}{part}."),
    ("de:v_place_first", True, "In {P} {praet} am {D} {subj}{obj}{part}."),
    ("de:v_perfect", True, "{Subj} {aux} am {D} in {P}{obj} {pp}."),
    (
        "de:v_verb_final",
        True,
        "Die Behörden teilten mit, dass {subj} am {D} in {P}{obj} {pp} {aux}.",
    ),
    ("de:x_v_negation", False, "{Subj} {aux} am {D} in {P}{obj} nicht {pp}, sagte ein Sprecher."),
    (
        "de:x_v_conditional",
        False,
        "Sollten {subj} am kommenden {D} in {P}{obj} {inf}, würden die Gespräche scheitern.",
    ),
    ("de:x_v_future", False, "{Subj} wollen am kommenden {D} in {P}{obj} {inf}."),
]

ART = {  # gender -> (nom indef, acc indef, dat indef, dat def, acc def, nom kein, gen def)
    "m": ("ein", "einen", "einem", "dem", "den", "kein", "eines"),
    "f": ("eine", "eine", "einer", "der", "die", "keine", "einer"),
    "n": ("ein", "ein", "einem", "dem", "das", "kein", "eines"),
}


def _wordnet():
    """NLTK's WordNet reader on Debian's WordNet 3.0 files (copied to a temporary folder
    with the ``lexnames`` file the reader needs, written from Debian's lexnames(5WN))."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class _Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):  # no OMW mapping (no multilingual data here)
            return None

    tmp = Path(tempfile.mkdtemp(prefix="wn30-"))
    for f in WORDNET.iterdir():
        if f.is_file():
            shutil.copy(f, tmp / f.name)
    rows = []
    with gzip.open(LEXNAMES_MAN, "rt") as fh:
        man = fh.read()
    for line in man.splitlines():
        m = re.match(r"(\d\d)\t(\S+)", line)
        if m:
            cat = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}[m.group(2).split(".")[0]]
            rows.append(f"{m.group(1)}\t{m.group(2)}\t{cat}\n")
    (tmp / "lexnames").write_text("".join(rows))
    nltk.data.path.append(str(tmp))
    return _Reader(str(tmp), None)


def _en_words(wn, seeds: list[str]) -> list[tuple[str, bool]]:
    """(lemma, transitive) of the seeds and, for ``+`` seeds, their direct hyponyms; frequent
    ones only, most frequent first."""
    from wordfreq import zipf_frequency

    out: dict[str, bool] = {}
    for seed in seeds:
        ss = wn.synset(seed.rstrip("+"))
        synsets = [ss] + (
            sorted(ss.hyponyms(), key=lambda h: h.name()) if seed.endswith("+") else []
        )
        for s in synsets:
            for lemma in s.lemmas():
                name = lemma.name().replace("_", " ")
                if not name.islower() or "'" in name or len(name.split()) > 2:
                    continue
                if zipf_frequency(name, "en") < MIN_ZIPF_EN:
                    continue
                # the word must mean this mostly: the synset is one of its two most frequent
                # senses (WordNet orders a word's senses by their tagged frequency)
                own = lemma.name() == ss.name().split(".")[0]
                if not own and s not in wn.synsets(lemma.name(), s.pos())[:SENSES]:
                    continue
                if s.pos() == "v" and zipf_frequency(name, "en") > MAX_ZIPF_VERB_EN:
                    continue
                trans = any(f in (8, 9, 10, 11) for f in (lemma.frame_ids() or []))
                out[name] = out.get(name, False) or trans
    ranked = sorted(out, key=lambda w: (-zipf_frequency(w, "en"), w))  # ties: by spelling
    return [(w, out[w]) for w in ranked[:CAP_EN]]


def _inflect(lemma: str, tag: str) -> str:
    from lemminflect import getInflection

    head, *rest = lemma.split()
    forms = getInflection(head, tag=tag)
    return " ".join([forms[0] if forms else head, *rest])


def _article(word: str) -> str:
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


def _de_compounds(seeds: list[tuple[str, str]], taken: set[str]) -> list[tuple[str, str]]:
    """Frequent German compounds of the seed nouns (same head, same gender in german-nouns)."""
    from german_nouns.lookup import Nouns
    from wordfreq import iter_wordlist, zipf_frequency

    nouns = Nouns()
    vocab = [w for w in iter_wordlist("de") if zipf_frequency(w, "de") >= MIN_ZIPF_DE]
    out = []
    for noun, gender in seeds:
        if not noun.endswith("*"):
            continue
        noun = noun.rstrip("*")
        head = noun.lower()
        n = 0
        for w in vocab:
            if n >= CAP_COMPOUNDS:
                break
            if not w.endswith(head) or len(w) < len(head) + 3 or not w.isalpha():
                continue
            cand = w[0].upper() + w[1:]
            if cand in taken:
                continue
            entries = [e for e in nouns[cand] if e.get("genus") == gender]
            if not entries:
                continue
            taken.add(cand)
            out.append((cand, gender))
            n += 1
    return out


def _held(key: str, mod: int) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % mod == 0


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    def add(lang, frame, is_event, kind, sub_kind, word, pos, trigger, text):
        town = rng.choice(TOWNS)
        day = rng.choice(DAYS_EN if lang == "en" else DAYS_DE)
        text = text.replace("{P}", town[0]).replace("{D}", day)
        held = _held(frame, 3) or _held(f"word:{lang}:{word}", 4)
        rows.append(
            {
                "split": "heldout" if held else "dev",
                "lang": lang,
                "frame": frame,
                "event": "1" if is_event else "0",
                "kind": kind,
                "sub_kind": sub_kind,
                "pos": pos,
                "word": word,
                "trigger": trigger,
                "text": text,
                "town": town[0],
                "lat": "",
                "lon": "",
            }
        )

    wn = _wordnet()
    for (kind, sub), spec in EN.items():
        for noun, _ in _en_words(wn, spec["n"]):
            for frame, is_event, tpl in FRAMES_EN_N:
                if frame.endswith("figurative") and noun not in FIGURATIVE_EN:
                    continue
                text = (
                    tpl.replace("{a_w}", _article(noun))
                    .replace("{A_w}", _article(noun).capitalize())
                    .replace("{W}", noun[0].upper() + noun[1:])
                    .replace("{w}", noun)
                )
                add("en", frame, is_event, kind, sub, noun, "noun", noun, text)
        if not spec["subj"]:
            continue
        for verb, trans in _en_words(wn, spec["v"]):
            obj = f" {spec['obj']}" if trans and spec["obj"] else ""
            past, pp = _inflect(verb, "VBD"), _inflect(verb, "VBN")
            pres = _inflect(verb, "VBP")
            subj = spec["subj"]
            low = (
                subj
                if subj.split()[0].isupper() or subj.split()[0] in ("Police",)
                else subj[0].lower() + subj[1:]
            )
            plural_subj = not subj.lower().startswith(
                (
                    "a ",
                    "an ",
                    "the president",
                    "the prime",
                    "the volcano",
                    "the space",
                    "the army",
                    "a court",
                    "a judge",
                )
            )
            for frame, is_event, tpl in FRAMES_EN_V:
                if frame == "en:v_passive" and not obj:
                    continue
                if not plural_subj and frame in ("en:v_perfect", "en:v_headline", "en:x_v_future"):
                    # singular subjects: the frames are written for a plural doer
                    tpl = tpl.replace("have", "has").replace("are expected", "is expected")
                    pres_form = _inflect(verb, "VBZ")
                else:
                    pres_form = pres
                o = spec["obj"]
                text = (
                    tpl.replace("{Subj}", subj)
                    .replace("{subj}", low)
                    .replace("{Obj}", o[0].upper() + o[1:] if o else "")
                    .replace(
                        "{was}", "were" if o.split() and o.split()[-1].endswith("s") else "was"
                    )
                    .replace("{obj}", obj)
                    .replace("{past}", past)
                    .replace("{pp}", pp)
                    .replace("{pres}", pres_form)
                    .replace("{base}", verb)
                )
                trigger = "|".join(
                    dict.fromkeys(
                        [verb.split()[0], past.split()[0], pp.split()[0], pres_form.split()[0]]
                    )
                )
                add("en", frame, is_event, kind, sub, verb, "verb", trigger, text)

    taken = {n.rstrip("*") for spec in DE.values() for n, _ in spec["n"]}
    for (kind, sub), spec in DE.items():
        nouns = [(n.rstrip("*"), g) for n, g in spec["n"]] + _de_compounds(spec["n"], taken)
        for noun, g in nouns:
            a = ART[g]
            for frame, is_event, tpl in FRAMES_DE_N:
                if frame.endswith("figurative") and noun not in FIGURATIVE_DE:
                    continue
                text = (
                    tpl.replace("{dat_w}", f"{a[2]} {noun}")
                    .replace("{acc_w}", f"{a[1]} {noun}")
                    .replace("{nom_w}", f"{a[0]} {noun}")
                    .replace("{dat_def_w}", f"{a[3]} {noun}")
                    .replace("{acc_def_w}", f"{a[4]} {noun}")
                    .replace("{kein_w}", f"{a[5]}{'en' if g == 'm' else ''} {noun}")
                    .replace(
                        "{gen_w}",
                        f"{a[6]} {noun}{'s' if g != 'f' and not noun.endswith(('s', 'ß')) else ''}",
                    )
                    .replace("{W}", noun)
                )
                add("de", frame, is_event, kind, sub, noun, "noun", noun, text)
        if not spec["subj"]:
            continue
        for praet, pp, aux, inf in spec["v"]:
            head, *part = praet.split()
            subj = spec["subj"]
            low = (
                subj
                if subj.split()[0] not in ("Die", "Heftige", "Aufgebrachte", "Zwei")
                else subj[0].lower() + subj[1:]
            )
            obj = f" {spec['obj']}" if spec["obj"] else ""
            refl = aux.endswith(" sich")
            aux_pl = {"haben": "haben", "sein": "sind", "haben sich": "haben sich"}[aux]
            aux_final = "sich " + "haben" if refl else aux_pl
            for frame, is_event, tpl in FRAMES_DE_V:
                text = (
                    tpl.replace("{Subj}", subj)
                    .replace("{subj}", low)
                    .replace("{obj}", obj)
                    .replace("{praet}", head)
                    .replace("{part}", (" " + " ".join(part)) if part else "")
                    .replace("{pp}", pp)
                    .replace("{aux}", aux_pl if "{aux}." not in tpl else aux_final)
                    .replace("{inf}", inf)
                )
                text = re.sub(r" +", " ", text)
                trigger = "|".join(dict.fromkeys([head, pp.split()[-1], inf.split()[-1]]))
                add("de", frame, is_event, kind, sub, inf, "verb", trigger, text)
    return rows


HEADER = """# probe_event_words20: the words of every event kind and sub-kind in new sentence frames (issue 20, session 20)
# generated by scripts/build_probe_event_words20.py (seed {seed}); words from WordNet 3.0 (English, widened
# by wordfreq) and seed lists widened by wordfreq's German compounds (german-nouns for gender); see the script.
# split: heldout when sha1("<lang>:<frame>") % 3 == 0 OR sha1("word:<lang>:<word>") % 4 == 0; else dev.
# Tune on dev only; held-out rows are scored in aggregate (benchmarks/event_words.py --split heldout).
# event=1: the sentence reports the event (found: an event on one of the |-separated trigger words;
# kind right: that event's kind); event=0: the word is used for no event (spurious: an event on it).
"""


def main() -> int:
    rows = build()
    buf = io.StringIO()
    buf.write(HEADER.format(seed=SEED))
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    OUT.write_text(buf.getvalue(), encoding="utf-8")
    n_dev = sum(r["split"] == "dev" for r in rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows ({n_dev} dev)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
