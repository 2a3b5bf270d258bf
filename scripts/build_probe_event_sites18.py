# ruff: noqa: E501  (the frame templates are sentences, one per line, easier to read whole)
"""Write ``benchmarks/material/probe_event_sites18.csv`` (issue 20, session 18).

Which place of its sentence an event happened at: generated sentences with two to four
places, German and English, where the event's place follows from the sentence's structure
(an origin and a destination beside the site, an actor's home, an apposition, a company's
seat, a visit, a speaker's town, a region after the town, a court judging a crime elsewhere,
a storm passing one town and landing at another, a list, a dateline town). Each row names
its trigger word and the expected place (a town of the gazetteer, with its coordinates).

Towns: a fixed list of mid-sized towns on every inhabited continent whose names are neither
common words nor given names; a town is kept only when the gazetteer's biggest entry of that
exact name is a city of the intended country and no bigger entry elsewhere shares it, and its
coordinates are that entry's (GeoNames, CC BY 4.0). Rows: every template of a frame family is
filled ``ROWS_PER_TEMPLATE`` times with towns drawn by a seeded ``random.Random(SEED)``, with
and without the site's country.

Split: a row is ``heldout`` when its frame family is held out (the families whose
sha1(``lang:family``) is 0 mod 3, a third) OR any town of the row is held out
(sha1(``town:<name>``) is 0 mod 4, a quarter of the towns); otherwise ``dev``. Tune on dev only;
held-out rows are scored in aggregate by the integrator.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

SEED = 18
ROWS_PER_TEMPLATE = 6

#: (town, ISO country, English country, German country)
TOWNS = [
    ("Kisumu", "KE", "Kenya", "Kenia"),
    ("Eldoret", "KE", "Kenya", "Kenia"),
    ("Mwanza", "TZ", "Tanzania", "Tansania"),
    ("Arusha", "TZ", "Tanzania", "Tansania"),
    ("Gulu", "UG", "Uganda", "Uganda"),
    ("Mbarara", "UG", "Uganda", "Uganda"),
    ("Bamenda", "CM", "Cameroon", "Kamerun"),
    ("Garoua", "CM", "Cameroon", "Kamerun"),
    ("Kumasi", "GH", "Ghana", "Ghana"),
    ("Tamale", "GH", "Ghana", "Ghana"),
    ("Kaduna", "NG", "Nigeria", "Nigeria"),
    ("Maiduguri", "NG", "Nigeria", "Nigeria"),
    ("Sokoto", "NG", "Nigeria", "Nigeria"),
    ("Tambacounda", "SN", "Senegal", "Senegal"),
    ("Multan", "PK", "Pakistan", "Pakistan"),
    ("Quetta", "PK", "Pakistan", "Pakistan"),
    ("Peshawar", "PK", "Pakistan", "Pakistan"),
    ("Sylhet", "BD", "Bangladesh", "Bangladesch"),
    ("Jaffna", "LK", "Sri Lanka", "Sri Lanka"),
    ("Pokhara", "NP", "Nepal", "Nepal"),
    ("Mandalay", "MM", "Myanmar", "Myanmar"),
    ("Davao", "PH", "the Philippines", "den Philippinen"),
    ("Iloilo", "PH", "the Philippines", "den Philippinen"),
    ("Makassar", "ID", "Indonesia", "Indonesien"),
    ("Surabaya", "ID", "Indonesia", "Indonesien"),
    ("Khon Kaen", "TH", "Thailand", "Thailand"),
    ("Herat", "AF", "Afghanistan", "Afghanistan"),
    ("Kandahar", "AF", "Afghanistan", "Afghanistan"),
    ("Mosul", "IQ", "Iraq", "Irak"),
    ("Erbil", "IQ", "Iraq", "Irak"),
    ("Tabriz", "IR", "Iran", "Iran"),
    ("Shiraz", "IR", "Iran", "Iran"),
    ("Arequipa", "PE", "Peru", "Peru"),
    ("Cochabamba", "BO", "Bolivia", "Bolivien"),
    ("Barranquilla", "CO", "Colombia", "Kolumbien"),
    ("Guayaquil", "EC", "Ecuador", "Ecuador"),
    ("Maracaibo", "VE", "Venezuela", "Venezuela"),
    ("Antofagasta", "CL", "Chile", "Chile"),
    ("Curitiba", "BR", "Brazil", "Brasilien"),
    ("Manaus", "BR", "Brazil", "Brasilien"),
    ("Oaxaca", "MX", "Mexico", "Mexiko"),
    ("Tijuana", "MX", "Mexico", "Mexiko"),
    ("Plovdiv", "BG", "Bulgaria", "Bulgarien"),
    ("Debrecen", "HU", "Hungary", "Ungarn"),
    ("Szeged", "HU", "Hungary", "Ungarn"),
    ("Ostrava", "CZ", "the Czech Republic", "Tschechien"),
    ("Kaunas", "LT", "Lithuania", "Litauen"),
    ("Tartu", "EE", "Estonia", "Estland"),
    ("Tuzla", "BA", "Bosnia", "Bosnien"),
    ("Bitola", "MK", "North Macedonia", "Nordmazedonien"),
    ("Townsville", "AU", "Australia", "Australien"),
    ("Rotorua", "NZ", "New Zealand", "Neuseeland"),
    ("Bobo-Dioulasso", "BF", "Burkina Faso", "Burkina Faso"),
    ("Ndola", "ZM", "Zambia", "Sambia"),
    ("Kisangani", "CD", "Congo", "Kongo"),
    ("Lubumbashi", "CD", "Congo", "Kongo"),
    ("Faisalabad", "PK", "Pakistan", "Pakistan"),
    ("Nagpur", "IN", "India", "Indien"),
    ("Coimbatore", "IN", "India", "Indien"),
    ("Londrina", "BR", "Brazil", "Brasilien"),
    ("Sorocaba", "BR", "Brazil", "Brasilien"),
    ("Hermosillo", "MX", "Mexico", "Mexiko"),
    ("Tampico", "MX", "Mexico", "Mexiko"),
    ("Bucaramanga", "CO", "Colombia", "Kolumbien"),
    ("Chiclayo", "PE", "Peru", "Peru"),
    ("Iquitos", "PE", "Peru", "Peru"),
    ("Brno", "CZ", "the Czech Republic", "Tschechien"),
    ("Daugavpils", "LV", "Latvia", "Lettland"),
    ("Miskolc", "HU", "Hungary", "Ungarn"),
    ("Katowice", "PL", "Poland", "Polen"),
    ("Bydgoszcz", "PL", "Poland", "Polen"),
    ("Kragujevac", "RS", "Serbia", "Serbien"),
    ("Lae", "PG", "Papua New Guinea", "Papua-Neuguinea"),
    ("Toowoomba", "AU", "Australia", "Australien"),
    ("Tauranga", "NZ", "New Zealand", "Neuseeland"),
]

# Frame families. Each template holds the slots {A} {B} {C} (towns, all different), {A_UP}
# (a dateline), {cA} (the site's country, for the "with country" variant: the template is
# rendered with `{X}` followed by the country in the language's form); `site` is the slot the
# event happened at, `trigger` the event's trigger word as written.
EN = {
    "od_bus": [
        (
            "A bus travelling from {A} to {B} overturned near {C} on Monday, killing 12 people.",
            "overturned",
            "C",
        ),
        (
            "A lorry on its way from {A} to {B} crashed into a river outside {C} on Tuesday.",
            "crashed",
            "C",
        ),
    ],
    "od_train": [
        ("A passenger train from {A} to {B} derailed near {C} on Wednesday.", "derailed", "C"),
        ("Two trains bound for {A} and {B} collided near {C} early on Friday.", "collided", "C"),
    ],
    "od_flight": [
        ("A plane flying from {A} to {B} crashed near {C} on Saturday.", "crashed", "C"),
        (
            "A cargo flight from {A} bound for {B} made an emergency landing in {C} on Sunday.",
            "landing",
            "C",
        ),
    ],
    "based_actor": [
        ("{A}-based rebels attacked an army post in {B} on Sunday.", "attacked", "B"),
        ("Gunmen from {A} killed five farmers in {B} on Thursday.", "killed", "B"),
    ],
    "protesters_from": [
        ("Protesters from {A} marched on the town hall in {B} on Friday.", "marched", "B"),
        (
            "Farmers from {A} blocked roads in {B} on Monday to protest against fuel prices.",
            "blocked",
            "B",
        ),
    ],
    "apposition_distance": [
        ("In {A}, 40 km north of {B}, police arrested three men on Monday.", "arrested", "A"),
        (
            "A bomb exploded at a market in {A}, about 30 km from {B}, on Tuesday.",
            "bomb|exploded",
            "A",
        ),
    ],
    "apposition_near": [
        ("Floods swept through {A} near {B} on Wednesday.", "Floods|swept", "A"),
        (
            "A landslide buried houses in {A}, not far from {B}, on Saturday.",
            "landslide|buried",
            "A",
        ),
    ],
    "company_seat": [
        (
            "The {A}-based mining company said a tunnel collapsed at its mine near {B} on Monday.",
            "collapsed",
            "B",
        ),
        (
            "A fire broke out at a factory in {B} owned by a firm headquartered in {A} on Tuesday.",
            "fire",
            "B",
        ),
    ],
    "visit": [
        ("The mayor of {A} arrived in {B} on Monday for talks on water supplies.", "arrived", "B"),
        ("A delegation from {A} visited {B} on Thursday.", "visited", "B"),
    ],
    "speaker_town": [
        (
            "Officials in {A} said a landslide buried a village near {B} on Sunday.",
            "landslide|buried",
            "B",
        ),
        ("Police in {A} said gunmen attacked a bus in {B} on Friday.", "attacked", "B"),
    ],
    "region_after_town": [
        ("A fire destroyed a market in {A} in northern {cA} on Monday.", "destroyed", "A"),
        ("Troops clashed with militants in {A} in eastern {cA} on Wednesday.", "clashed", "A"),
    ],
    "court": [
        ("A court in {A} sentenced two men on Monday for a robbery in {B}.", "sentenced", "A"),
        (
            "Judges in {A} convicted a former governor on Tuesday over a fraud in {B}.",
            "convicted",
            "A",
        ),
    ],
    "storm": [
        ("The cyclone made landfall near {A} on Sunday after passing {B}.", "landfall", "A"),
        ("After sweeping past {B}, the typhoon made landfall at {A} on Monday.", "landfall", "A"),
    ],
    "ship": [
        ("A ferry sailing from {A} to {B} sank off {C} on Thursday.", "sank", "C"),
        ("A boat that had left {A} capsized near {B} on Friday.", "capsized", "B"),
    ],
    "protest_against": [
        (
            "Thousands protested in {A} on Saturday against a decision by the council in {B}.",
            "protested",
            "A",
        ),
        (
            "Students demonstrated in {A} on Monday against the closure of a university in {B}.",
            "demonstrated",
            "A",
        ),
    ],
    "border": [
        ("Fighting broke out near {A} on the border with {cB} on Monday.", "Fighting", "A"),
        ("Soldiers clashed near {A}, close to the border with {cB}, on Tuesday.", "clashed", "A"),
    ],
    "list": [
        ("Protests were held in {A}, {B} and {C} on Sunday.", "Protests", "A"),
        ("Storms hit {A}, {B} and {C} on Tuesday.", "Storms|hit", "A"),
    ],
    "dateline": [
        (
            "{A_UP}, May 4 (Reuters) - Police fired tear gas at protesters in {B} on Monday.",
            "fired|tear gas",
            "B",
        ),
        (
            "{A_UP}, June 2 (AP) - An explosion ripped through a fuel depot in {B} on Sunday.",
            "explosion|ripped",
            "B",
        ),
    ],
    "dateline_only": [
        (
            "{A_UP}, May 4 (Reuters) - Police fired tear gas at protesters outside a court on Monday, witnesses from {B} said.",
            "fired|tear gas",
            "A",
        ),
    ],
    "from_arrested": [
        ("A man from {A} was arrested in {B} on Tuesday.", "arrested", "B"),
        ("A journalist born in {A} was detained in {B} on Monday.", "detained", "B"),
    ],
    "missile": [
        ("A missile fired from {A} struck {B} on Monday.", "struck", "B"),
        ("Drones launched from near {A} hit a power plant in {B} on Wednesday.", "hit", "B"),
    ],
    "meeting_about": [
        ("Ministers met in {A} on Monday to discuss the drought in {B}.", "met", "A"),
        ("Leaders gathered in {A} on Friday for talks on the floods in {B}.", "talks", "A"),
    ],
    "police_in": [
        ("Police in {A} arrested a trader from {B} on Monday.", "arrested", "A"),
        ("Authorities in {A} detained two activists from {B} on Sunday.", "detained", "A"),
    ],
    "travel_after": [
        ("The minister travelled to {B} on Tuesday after talks in {A}.", "travelled", "B"),
        ("After a stop in {A}, the president flew to {B} on Friday.", "flew", "B"),
    ],
    "fronted_scene": [
        (
            "In {A}, a court sentenced a smuggler on Monday who had moved drugs to {B}.",
            "court|sentenced",
            "A",
        ),
        ("In the town of {A}, gunmen kidnapped a priest from {B} on Sunday.", "kidnapped", "A"),
    ],
}

DE = {
    "od_bus": [
        (
            "Ein Bus auf dem Weg von {A} nach {B} ist am Montag bei {C} verunglückt.",
            "verunglückt",
            "C",
        ),
        (
            "Ein Lastwagen von {A} nach {B} stürzte am Dienstag bei {C} in einen Fluss.",
            "stürzte",
            "C",
        ),
    ],
    "od_train": [
        ("Ein Zug von {A} nach {B} entgleiste am Mittwoch bei {C}.", "entgleiste", "C"),
        (
            "Zwei Züge auf dem Weg nach {A} und {B} sind am Freitag bei {C} zusammengestoßen.",
            "zusammengestoßen",
            "C",
        ),
    ],
    "od_flight": [
        (
            "Ein Flugzeug auf dem Flug von {A} nach {B} ist am Samstag bei {C} abgestürzt.",
            "abgestürzt",
            "C",
        ),
        (
            "Eine Frachtmaschine aus {A} mit Ziel {B} musste am Sonntag in {C} notlanden.",
            "notlanden",
            "C",
        ),
    ],
    "based_actor": [
        (
            "In {A} ansässige Rebellen griffen am Sonntag einen Armeeposten in {B} an.",
            "griffen",
            "B",
        ),
        ("Bewaffnete aus {A} töteten am Donnerstag fünf Bauern in {B}.", "töteten", "B"),
    ],
    "protesters_from": [
        ("Demonstranten aus {A} zogen am Freitag vor das Rathaus in {B}.", "zogen", "B"),
        (
            "Bauern aus {A} blockierten am Montag Straßen in {B}, um gegen die Spritpreise zu protestieren.",
            "blockierten",
            "B",
        ),
    ],
    "apposition_distance": [
        (
            "In {A}, 40 Kilometer nördlich von {B}, nahm die Polizei am Montag drei Männer fest.",
            "nahm",
            "A",
        ),
        (
            "Auf einem Markt in {A}, rund 30 Kilometer von {B} entfernt, explodierte am Dienstag eine Bombe.",
            "explodierte|Bombe",
            "A",
        ),
    ],
    "apposition_near": [
        ("Hochwasser überflutete am Mittwoch {A} nahe {B}.", "Hochwasser|überflutete", "A"),
        (
            "Ein Erdrutsch verschüttete am Samstag Häuser in {A} unweit von {B}.",
            "Erdrutsch|verschüttete",
            "A",
        ),
    ],
    "company_seat": [
        (
            "Das Bergbauunternehmen mit Sitz in {A} teilte mit, in seiner Mine bei {B} sei am Montag ein Stollen eingestürzt.",
            "eingestürzt",
            "B",
        ),
        (
            "In einer Fabrik in {B}, die einer Firma aus {A} gehört, brach am Dienstag ein Feuer aus.",
            "Feuer|brach",
            "B",
        ),
    ],
    "visit": [
        (
            "Der Bürgermeister von {A} ist am Montag zu Gesprächen in {B} eingetroffen.",
            "eingetroffen",
            "B",
        ),
        ("Eine Delegation aus {A} besuchte am Donnerstag {B}.", "besuchte", "B"),
    ],
    "speaker_town": [
        (
            "Behörden in {A} teilten mit, ein Erdrutsch habe am Sonntag ein Dorf bei {B} verschüttet.",
            "verschüttet",
            "B",
        ),
        (
            "Die Polizei in {A} sagte, Bewaffnete hätten am Freitag einen Bus in {B} überfallen.",
            "überfallen",
            "B",
        ),
    ],
    "region_after_town": [
        ("Ein Feuer zerstörte am Montag einen Markt in {A} im Norden von {cA}.", "zerstörte", "A"),
        (
            "Soldaten lieferten sich am Mittwoch in {A} im Osten von {cA} Gefechte mit Milizen.",
            "lieferten|Gefechte",
            "A",
        ),
    ],
    "court": [
        (
            "Ein Gericht in {A} verurteilte am Montag zwei Männer wegen eines Raubüberfalls in {B}.",
            "verurteilte",
            "A",
        ),
        (
            "Richter in {A} sprachen am Dienstag einen früheren Gouverneur wegen Betrugs in {B} schuldig.",
            "schuldig",
            "A",
        ),
    ],
    "storm": [
        (
            "Der Zyklon traf am Sonntag bei {A} auf Land, nachdem er an {B} vorbeigezogen war.",
            "Zyklon|traf",
            "A",
        ),
        (
            "Nachdem er {B} passiert hatte, erreichte der Taifun am Montag bei {A} das Festland.",
            "Taifun|erreichte|Festland",
            "A",
        ),
    ],
    "ship": [
        (
            "Eine Fähre auf dem Weg von {A} nach {B} ist am Donnerstag vor {C} gesunken.",
            "gesunken",
            "C",
        ),
        ("Ein Boot, das in {A} abgelegt hatte, kenterte am Freitag bei {B}.", "kenterte", "B"),
    ],
    "protest_against": [
        (
            "Tausende protestierten am Samstag in {A} gegen eine Entscheidung des Stadtrats in {B}.",
            "protestierten",
            "A",
        ),
        (
            "Studenten demonstrierten am Montag in {A} gegen die Schließung einer Universität in {B}.",
            "demonstrierten",
            "A",
        ),
    ],
    "border": [
        ("Bei {A} an der Grenze zu {cB} brachen am Montag Kämpfe aus.", "Kämpfe", "A"),
        (
            "Soldaten lieferten sich am Dienstag nahe {A}, unweit der Grenze zu {cB}, Gefechte.",
            "lieferten|Gefechte",
            "A",
        ),
    ],
    "list": [
        ("Proteste gab es am Sonntag in {A}, {B} und {C}.", "Proteste", "A"),
        ("Unwetter trafen am Dienstag {A}, {B} und {C}.", "Unwetter|trafen", "A"),
    ],
    "dateline": [
        (
            "{A_UP}, 4. Mai (Reuters) - Die Polizei setzte am Montag in {B} Tränengas gegen Demonstranten ein.",
            "setzte|Tränengas",
            "B",
        ),
        (
            "{A_UP}, 2. Juni (dpa) - In einem Treibstofflager in {B} gab es am Sonntag eine Explosion.",
            "Explosion|gab",
            "B",
        ),
    ],
    "dateline_only": [
        (
            "{A_UP}, 4. Mai (Reuters) - Die Polizei setzte am Montag vor einem Gericht Tränengas gegen Demonstranten ein, sagten Zeugen aus {B}.",
            "setzte|Tränengas",
            "A",
        ),
    ],
    "from_arrested": [
        ("Ein Mann aus {A} wurde am Dienstag in {B} festgenommen.", "festgenommen", "B"),
        ("Ein in {A} geborener Journalist wurde am Montag in {B} inhaftiert.", "inhaftiert", "B"),
    ],
    "missile": [
        ("Eine von {A} aus abgefeuerte Rakete schlug am Montag in {B} ein.", "schlug", "B"),
        (
            "Drohnen, die nahe {A} gestartet waren, trafen am Mittwoch ein Kraftwerk in {B}.",
            "trafen",
            "B",
        ),
    ],
    "meeting_about": [
        (
            "Minister trafen sich am Montag in {A}, um über die Dürre in {B} zu beraten.",
            "trafen",
            "A",
        ),
        ("Die Staatschefs berieten am Freitag in {A} über das Hochwasser in {B}.", "berieten", "A"),
    ],
    "police_in": [
        ("Die Polizei in {A} nahm am Montag einen Händler aus {B} fest.", "nahm", "A"),
        (
            "Behörden in {A} nahmen am Sonntag zwei Aktivisten aus {B} in Gewahrsam.",
            "nahmen|Gewahrsam",
            "A",
        ),
    ],
    "travel_after": [
        ("Der Minister reiste am Dienstag nach Gesprächen in {A} weiter nach {B}.", "reiste", "B"),
        ("Nach einem Zwischenhalt in {A} flog der Präsident am Freitag nach {B}.", "flog", "B"),
    ],
    "fronted_scene": [
        (
            "In {A} verurteilte ein Gericht am Montag einen Schmuggler, der Drogen nach {B} gebracht hatte.",
            "verurteilte",
            "A",
        ),
        (
            "In der Stadt {A} entführten Bewaffnete am Sonntag einen Priester aus {B}.",
            "entführten",
            "A",
        ),
    ],
}


# Round 2 (session 18): ~20 more families per language, structures round 1 did not cover. Drawn
# with their own seeded generator (``SEED2``) so that round 1's rows stay exactly as they were;
# the same split rule (a third of these families by hash, towns by hash).
SEED2 = 1802

EN2 = {
    "relative_site": [
        (
            "The village of {A}, where many families from {B} had settled, was hit by floods on Monday.",
            "floods",
            "A",
        ),
        (
            "Gunmen attacked {A}, where soldiers from {B} were stationed, on Tuesday.",
            "attacked",
            "A",
        ),
    ],
    "passive_by": [
        (
            "A market in {A} was destroyed by a fire on Monday, officials in {B} said.",
            "destroyed|fire",
            "A",
        ),
        (
            "Three villages near {A} were shelled by troops based in {B} on Wednesday.",
            "shelled",
            "A",
        ),
    ],
    "two_events": [
        ("After clashes in {A} on Monday, protesters marched on {B} on Tuesday.", "marched", "B"),
        ("After clashes in {A} on Monday, protesters marched on {B} on Tuesday.", "clashes", "A"),
    ],
    "said_after": [
        (
            "A bomb exploded at a bus station in {A} on Sunday, police in {B} said.",
            "bomb|exploded",
            "A",
        ),
        (
            "Floods swept away a bridge near {A} on Friday, officials in {B} told reporters.",
            "Floods|swept",
            "A",
        ),
    ],
    "outside": [
        ("A tanker truck exploded outside {A} on Monday, on the way to {B}.", "exploded", "A"),
        ("Rebels ambushed a convoy from {B} just outside {A} on Thursday.", "ambushed", "A"),
    ],
    "road_between": [
        (
            "A bus crashed on the road between {A} and {B} on Monday, 10 km outside {A}.",
            "crashed",
            "A",
        ),
        ("Floods cut the highway between {B} and {C} near {A} on Tuesday.", "Floods|cut", "A"),
    ],
    "off_coast": [
        ("A fishing boat from {B} sank off the coast of {A} on Saturday.", "sank", "A"),
        (
            "An earthquake struck off the coast of {A} on Monday and was felt as far as {B}.",
            "earthquake|struck",
            "A",
        ),
    ],
    "headline": [
        ("{A}: Bus plunges into ravine on road to {B}, 20 dead", "plunges", "A"),
        ("{A}: Gunmen storm police station, suspects flee towards {B}", "storm", "A"),
    ],
    "site_subject": [
        ("{A} was shelled on Monday by forces advancing from {B}.", "shelled", "A"),
        ("{A} was flooded on Tuesday after heavy rain upstream near {B}.", "flooded", "A"),
    ],
    "np_site": [
        (
            "The attack on {A}'s main market on Monday killed 14 people, a hospital in {B} said.",
            "attack",
            "A",
        ),
        (
            "The bombing of {A}'s bus station on Friday was claimed by a group from {B}.",
            "bombing",
            "A",
        ),
    ],
    "refugees_from": [
        ("Refugees from {A} arrived in {B} on Monday.", "arrived", "B"),
        ("Hundreds of families who fled {A} reached {B} on Wednesday.", "reached", "B"),
    ],
    "based_said": [
        ("A {A}-based charity said floods hit {B} on Monday.", "floods|hit", "B"),
        (
            "The {A}-based monitoring group said an air strike killed six people in {B} on Friday.",
            "air strike|killed",
            "B",
        ),
    ],
    "respectively": [
        (
            "Bombs exploded in {A} and {B} on Monday and Tuesday respectively.",
            "Bombs|exploded",
            "A",
        ),
        (
            "Fires broke out in {A} and {B}, on Saturday and Sunday respectively.",
            "Fires|broke",
            "A",
        ),
    ],
    "dateline_far": [
        (
            "{A_UP}, May 4 (Reuters) - Gunmen killed nine villagers in {B} overnight, the army said.",
            "killed",
            "B",
        ),
        (
            "{A_UP}, June 2 (AFP) - A landslide buried a school in the town of {B} on Sunday.",
            "landslide|buried",
            "B",
        ),
    ],
    "sidelines": [
        (
            "On the sidelines of a summit in {A}, the president of {B} met his counterpart on Monday.",
            "met",
            "A",
        ),
        (
            "Ministers from {B} held talks on the sidelines of a conference in {A} on Friday.",
            "talks",
            "A",
        ),
    ],
    "drone_from_at": [
        ("A drone launched at {A} struck a fuel depot in {B} on Monday.", "struck", "B"),
        ("Rockets fired from positions near {A} hit {B} on Thursday.", "hit", "B"),
    ],
    "convoy_to": [
        ("A convoy heading to {A} was ambushed near {B} on Tuesday.", "ambushed", "B"),
        ("An aid truck bound for {A} was attacked outside {B} on Friday.", "attacked", "B"),
    ],
    "rescuers_from": [
        (
            "Rescue workers from {A} searched the rubble in {B} on Monday after the quake.",
            "searched|quake",
            "B",
        ),
        ("Firefighters from {A} fought a blaze in {B} on Sunday.", "blaze|fought", "B"),
    ],
    "evacuated_near": [
        (
            "Thousands were evacuated from {A} on Monday as a wildfire spread from {B}.",
            "evacuated",
            "A",
        ),
        (
            "Residents of {A} fled on Tuesday as fighting moved from {B} towards the town.",
            "fled",
            "A",
        ),
    ],
    "extradited": [
        ("A suspect arrested in {A} on Monday was wanted for a murder in {B}.", "arrested", "A"),
        ("Police in {A} on Friday detained a man suspected of a robbery in {B}.", "detained", "A"),
    ],
}

DE2 = {
    "relative_site": [
        (
            "Das Dorf {A}, in dem viele Familien aus {B} leben, wurde am Montag überschwemmt.",
            "überschwemmt",
            "A",
        ),
        (
            "Bewaffnete griffen am Dienstag {A} an, wo Soldaten aus {B} stationiert waren.",
            "griffen",
            "A",
        ),
    ],
    "passive_durch": [
        (
            "Ein Markt in {A} wurde am Montag durch ein Feuer zerstört, teilten Behörden in {B} mit.",
            "zerstört|Feuer",
            "A",
        ),
        (
            "Drei Dörfer bei {A} wurden am Mittwoch von in {B} stationierten Truppen beschossen.",
            "beschossen",
            "A",
        ),
    ],
    "two_events": [
        (
            "Nach Zusammenstößen in {A} am Montag zogen Demonstranten am Dienstag nach {B}.",
            "zogen",
            "B",
        ),
        (
            "Nach Zusammenstößen in {A} am Montag zogen Demonstranten am Dienstag nach {B}.",
            "Zusammenstößen",
            "A",
        ),
    ],
    "said_after": [
        (
            "Am Busbahnhof von {A} explodierte am Sonntag eine Bombe, teilte die Polizei in {B} mit.",
            "explodierte|Bombe",
            "A",
        ),
        (
            "Hochwasser riss am Freitag eine Brücke bei {A} weg, sagten Behörden in {B}.",
            "Hochwasser|riss",
            "A",
        ),
    ],
    "stadtrand": [
        (
            "Am Stadtrand von {A} explodierte am Montag ein Tanklaster auf dem Weg nach {B}.",
            "explodierte",
            "A",
        ),
        (
            "Rebellen überfielen am Donnerstag am Stadtrand von {A} einen Konvoi aus {B}.",
            "überfielen",
            "A",
        ),
    ],
    "road_between": [
        (
            "Ein Bus verunglückte am Montag auf der Straße zwischen {A} und {B}, zehn Kilometer vor {A}.",
            "verunglückte",
            "A",
        ),
        (
            "Hochwasser unterbrach am Dienstag die Fernstraße zwischen {B} und {C} bei {A}.",
            "Hochwasser|unterbrach",
            "A",
        ),
    ],
    "off_coast": [
        ("Ein Fischerboot aus {B} sank am Samstag vor der Küste von {A}.", "sank", "A"),
        (
            "Ein Erdbeben erschütterte am Montag die Küste vor {A} und war bis {B} zu spüren.",
            "Erdbeben|erschütterte",
            "A",
        ),
    ],
    "headline": [
        ("{A}: Bus stürzt auf dem Weg nach {B} in Schlucht, 20 Tote", "stürzt", "A"),
        ("{A}: Bewaffnete stürmen Polizeiwache, Täter fliehen Richtung {B}", "stürmen", "A"),
    ],
    "site_subject": [
        ("{A} wurde am Montag von aus {B} vorrückenden Truppen bombardiert.", "bombardiert", "A"),
        ("{A} wurde am Dienstag nach starkem Regen bei {B} überflutet.", "überflutet", "A"),
    ],
    "np_site": [
        (
            "Der Angriff auf den Hauptmarkt von {A} tötete am Montag 14 Menschen, teilte ein Krankenhaus in {B} mit.",
            "Angriff",
            "A",
        ),
        (
            "Zu dem Anschlag auf den Busbahnhof von {A} am Freitag bekannte sich eine Gruppe aus {B}.",
            "Anschlag",
            "A",
        ),
    ],
    "refugees_from": [
        ("Flüchtlinge aus {A} kamen am Montag in {B} an.", "kamen", "B"),
        (
            "Hunderte Familien, die aus {A} geflohen waren, erreichten am Mittwoch {B}.",
            "erreichten",
            "B",
        ),
    ],
    "based_said": [
        (
            "Eine in {A} ansässige Hilfsorganisation teilte mit, Hochwasser habe am Montag {B} getroffen.",
            "Hochwasser|getroffen",
            "B",
        ),
        (
            "Die in {A} ansässige Beobachtungsstelle meldete, ein Luftangriff habe am Freitag in {B} sechs Menschen getötet.",
            "Luftangriff|getötet",
            "B",
        ),
    ],
    "respectively": [
        (
            "In {A} und {B} explodierten am Montag beziehungsweise Dienstag Bomben.",
            "explodierten|Bomben",
            "A",
        ),
        ("Am Samstag brannte es in {A}, am Sonntag in {B}.", "brannte", "A"),
    ],
    "time_first": [
        ("Am Montag wurde in {A} ein Journalist aus {B} festgenommen.", "festgenommen", "A"),
        ("Am Dienstag ist in {A} ein Zug mit Pendlern aus {B} entgleist.", "entgleist", "A"),
    ],
    "dateline_far": [
        (
            "{A_UP}, 4. Mai (Reuters) - Bewaffnete haben in der Nacht in {B} neun Dorfbewohner getötet, teilte die Armee mit.",
            "getötet",
            "B",
        ),
        (
            "{A_UP}, 2. Juni (AFP) - Ein Erdrutsch hat am Sonntag in der Stadt {B} eine Schule verschüttet.",
            "Erdrutsch|verschüttet",
            "B",
        ),
    ],
    "am_rande": [
        (
            "Am Rande eines Gipfels in {A} traf der Präsident von {B} am Montag seinen Amtskollegen.",
            "traf",
            "A",
        ),
        ("Minister aus {B} berieten am Freitag am Rande einer Konferenz in {A}.", "berieten", "A"),
    ],
    "drone_from_at": [
        ("Eine bei {A} gestartete Drohne traf am Montag ein Treibstofflager in {B}.", "traf", "B"),
        (
            "Von Stellungen nahe {A} abgefeuerte Raketen schlugen am Donnerstag in {B} ein.",
            "schlugen",
            "B",
        ),
    ],
    "march_rathaus": [
        ("Demonstranten aus {A} zogen am Samstag vor das Rathaus in {B}.", "zogen", "B"),
        (
            "Hunderte Bauern aus {A} zogen am Montag mit Traktoren vor den Regierungssitz in {B}.",
            "zogen",
            "B",
        ),
    ],
    "convoy_to": [
        (
            "Ein Konvoi auf dem Weg nach {A} wurde am Dienstag bei {B} überfallen.",
            "überfallen",
            "B",
        ),
        (
            "Ein für {A} bestimmter Hilfstransport wurde am Freitag vor {B} angegriffen.",
            "angegriffen",
            "B",
        ),
    ],
    "rescuers_from": [
        (
            "Rettungskräfte aus {A} durchsuchten am Montag nach dem Beben die Trümmer in {B}.",
            "durchsuchten|Beben",
            "B",
        ),
        (
            "Feuerwehrleute aus {A} bekämpften am Sonntag einen Brand in {B}.",
            "Brand|bekämpften",
            "B",
        ),
    ],
}


def _mod(key: str, n: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % n


def family_heldout(lang: str, family: str) -> bool:
    return _mod(f"{lang}:{family}", 3) == 0


def town_heldout(name: str) -> bool:
    return _mod(f"town:{name}", 4) == 0


def _towns() -> list[tuple[str, str, str, str, float, float]]:
    """The towns the gazetteer reads as the intended country's biggest entry of that name."""
    from geomap.pipeline import default_gazetteer

    gaz = default_gazetteer()
    found = gaz.lookup_many([t[0] for t in TOWNS], lang="en", limit=30)
    kept = []
    for name, cc, en, de in TOWNS:
        same = [c for c in found[name] if c.matched == name]
        if not same:
            print("dropped (not in gazetteer):", name, file=sys.stderr)
            continue
        top = max(same, key=lambda c: c.population)
        if top.kind != "city" or top.country_code != cc:
            print(
                "dropped (a bigger place shares the name):",
                name,
                top.kind,
                top.country_code,
                file=sys.stderr,
            )
            continue
        kept.append((name, cc, en, de, round(top.lat, 4), round(top.lon, 4)))
    return kept


def build() -> list[dict]:
    towns = _towns()
    rows: list[dict] = []
    rows += _rows(random.Random(SEED), towns, (("en", EN), ("de", DE)))
    rows += _rows(random.Random(SEED2), towns, (("en", EN2), ("de", DE2)))
    return rows


def _rows(rng: random.Random, towns: list, batches: tuple) -> list[dict]:
    rows: list[dict] = []
    for lang, frames in batches:
        for family, templates in frames.items():
            for ti, (tmpl, trigger, site) in enumerate(templates):
                for k in range(ROWS_PER_TEMPLATE):
                    with_country = k % 2 == 1
                    pick = rng.sample(towns, 3)
                    # a border's other side is a country other than the site's
                    if "{cB}" in tmpl:
                        while pick[1][1] == pick[0][1]:
                            pick[1] = rng.choice(towns)
                    slots = dict(zip("ABC", pick, strict=True))
                    ci = 2 if lang == "en" else 3
                    values = {s: t[0] for s, t in slots.items()}
                    values["A_UP"] = slots["A"][0].upper()
                    values["cA"] = slots["A"][ci]
                    values["cB"] = slots["B"][ci]
                    # no country where the site's name is glued to what follows ({A}'s, {A}:)
                    glued = any("{" + site + "}" + c in tmpl for c in ("'", ":"))
                    if (
                        with_country
                        and "{" + site + "}" in tmpl
                        and "{cA}" not in tmpl
                        and not glued
                    ):
                        country = slots[site][ci]
                        values[site] = (
                            f"{slots[site][0]}, {country},"
                            if lang == "en"
                            else f"{slots[site][0]} ({country})"
                        )
                    else:
                        with_country = False
                    text = tmpl.format(**values)
                    text = text.replace(",,", ",").replace(", .", ".").replace(",.", ".")
                    used = [
                        slots[s][0]
                        for s in "ABC"
                        if "{" + s in tmpl or (s == "A" and "{A_UP}" in tmpl)
                    ]
                    exp = slots[site]
                    held = family_heldout(lang, family) or any(town_heldout(u) for u in used)
                    rows.append(
                        dict(
                            id=f"{lang}-{family}-{ti}-{k}",
                            split="heldout" if held else "dev",
                            lang=lang,
                            family=family,
                            with_country=int(with_country),
                            trigger=trigger,
                            site=exp[0],
                            cc=exp[1],
                            lat=exp[4],
                            lon=exp[5],
                            text=text,
                        )
                    )
    return rows


def main() -> None:
    rows = build()
    out = ROOT / "benchmarks" / "material" / "probe_event_sites18.csv"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    head = (
        "# Which place of its sentence an event happened at (issue 20, session 18): generated\n"
        "# sentences with two to four towns where the site follows from the sentence's structure,\n"
        "# German and English (round 1: 25 frame families per language, seed 18; round 2: 20 more per\n"
        "# language, seed 1802, round 1's rows unchanged), one row per sentence with its trigger words (any one, `|` between) and the expected town.\n"
        "# Towns and coordinates: the gazetteer's GeoNames entries (CC BY 4.0); wording written for\n"
        "# this probe. Written by scripts/build_probe_event_sites18.py (seed 18).\n"
        "# Split rule: a row is heldout when sha1('<lang>:<family>') % 3 == 0 (a third of the frame\n"
        "# families) OR sha1('town:<name>') % 4 == 0 for any town of the row; else dev. Never read\n"
        "# held-out rows' misses; score them in aggregate (benchmarks/event_sites.py).\n"
    )
    out.write_text(head + buf.getvalue(), encoding="utf-8")
    n_dev = sum(r["split"] == "dev" for r in rows)
    print(len(rows), "rows;", n_dev, "dev;", len(rows) - n_dev, "heldout")


if __name__ == "__main__":
    main()
