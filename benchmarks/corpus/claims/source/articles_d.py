# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch D (written for geomap; not copied from any news source)."""
from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
A("de-berlin-mauerfall", "de", "2026-11-09", "heldout", """
Berlin erinnert an den Mauerfall

BERLIN (geomap) - Mit einem Lichterfest hat Berlin am Sonntag an den Fall der Mauer im November 1989 erinnert. Die 155 Kilometer lange Grenzanlage hatte die Stadt 28 Jahre lang geteilt. Das Brandenburger Tor liegt knapp 300 Meter südlich des Reichstagsgebäudes, wo die Feier begann. Der 368 Meter hohe Fernsehturm, nur 500 Meter vom Brandenburger Tor entfernt, wurde in den Farben der Freiheit angestrahlt. Auch in Potsdam, rund {a} Kilometer südwestlich von Berlin, und in Leipzig wurde gefeiert; Leipzig liegt von Berlin rund {c} Kilometer entfernt. Die Hauptstadt liegt rund {b} Kilometer von Hamburg entfernt, von wo Sonderzüge kamen. Berlin liegt mehr als 120 Kilometer von der Ostsee entfernt, bis zur polnischen Grenze sind es dagegen weniger als 100 Kilometer. Das sächsische Dresden, rund {d} Kilometer südlich von Berlin, lud zu einem Konzert.
""", [
    c("plain", "knapp 300 Meter", "point", P("Brandenburger Tor", "brandenburgertor"), P("Reichstagsgebäudes", "reichstag"), d="S"),
    c(1, "500 Meter", "point", P("Fernsehturm", "fernsehturm"), P("Brandenburger Tor", "brandenburgertor", 1), want=False),
    c("plain", "rund {a} Kilometer", "point", P("Potsdam", "potsdam"), P("Berlin", "berlin", 2), d="SW"),
    c(4, "rund {c} Kilometer", "point", P("Leipzig", "leipzig", 1), P("Berlin", "berlin", 3)),
    c(3, "rund {b} Kilometer", "point", P("Die Hauptstadt", "berlin"), P("Hamburg", "hamburg")),
    c(11, "mehr als 120 Kilometer", "coast", P("Berlin", "berlin", 4), Area("der Ostsee", "Baltic Sea", "sea", "DE", (140, 185))),
    c(4, "weniger als 100 Kilometer", "border", P("Berlin", "berlin", 4), Border("polnischen Grenze", ["DE", "PL"], (55, 75), cc="PL")),
    c(7, "rund {d} Kilometer", "point", P("Dresden", "dresden"), P("Berlin", "berlin", 5), d="S", want=False),
], [("1989", "year"), ("155 Kilometer lange Grenzanlage", "length"), ("28 Jahre", "years"), ("368 Meter hohe", "height")]),

A("en-paris-strike", "en", "2026-03-19", "dev", """
Strike closes Paris landmarks

PARIS (geomap) - A nationwide strike over pension reform closed museums and monuments across France on Thursday as more than 1.2 million people marched, according to unions. The Eiffel Tower, which draws 7 million visitors a year, lies about 3 km west of the Louvre; both stayed shut. The Arc de Triomphe is about 1,700 metres north of the tower. Paris is more than 100 km from the coast, but ferry ports at Calais were also hit. Lyon, France's third city, about {a} km south-east of Paris, saw 40,000 marchers. Marseille, which lies about {b} km south of Lyon, reported clashes. TGV services on the 750-km line from Paris to Marseille were cut by half. Strasbourg, about {c} km east of Paris, was calm, and Brussels, some {d} km north-east of Paris, reported cancelled trains.
""", [
    c(1, "about 3 km", "point", P("Eiffel Tower", "eiffel"), P("Louvre", "louvre"), d="W"),
    c(3, "about 1,700 metres", "point", P("Arc de Triomphe", "arc"), P("the tower", "eiffel"), d="N"),
    c(11, "more than 100 km", "coast", P("Paris", "paris", 1), Coast("the coast", "FR", (135, 180))),
    c(1, "about {a} km", "point", P("Lyon", "lyon"), P("Paris", "paris", 2), d="SE"),
    c(8, "about {b} km", "point", P("Marseille", "marseille"), P("Lyon", "lyon", 1), d="S"),
    c(6, "750-km", "route", P("Paris", "paris", 3), P("Marseille", "marseille", 1)),
    c("plain", "about {c} km", "point", P("Strasbourg", "strasbourg"), P("Paris", "paris", 4), d="E", want=False, fac=0.55),
    c("plain", "some {d} km", "point", P("Brussels", "brussels"), P("Paris", "paris", 5), d="NE"),
], [("1.2 million people", "people"), ("7 million visitors", "people"), ("40,000 marchers", "people")]),

A("de-kanaren-boote", "de", "2026-10-27", "dev", """
Mehr Migrantenboote erreichen die Kanaren

SANTA CRUZ DE TENERIFE (geomap) - Seit Januar haben mehr als 32.000 Migranten die Kanarischen Inseln erreicht, teilte das spanische Innenministerium mit. Ein Boot mit 180 Menschen an Bord legte nach Angaben der Seenotretter rund {a} Seemeilen von Dakar bis El Hierro zurück und war fünf Tage unterwegs. Las Palmas liegt rund {b} Kilometer östlich von Santa Cruz de Tenerife. Die Stadt liegt knapp 1.000 Kilometer von Dakar entfernt. Nouakchott, die mauretanische Hauptstadt, rund {c} Kilometer nördlich von Dakar, ist ein weiterer Ausgangspunkt. Die Hafenstadt Dakhla in der Westsahara, rund {d} Kilometer südlich von Las Palmas, wird stärker kontrolliert. Die Regierung in Madrid, rund {e} Kilometer nordöstlich von Las Palmas, kündigte mehr Geld an. Die Wellen erreichten zuletzt 3 Meter.
""", [
    c(6, "rund {a} Seemeilen", "route", P("Dakar", "dakar"), P("El Hierro", "larestinga"), fac=1.08),
    c("plain", "rund {b} Kilometer", "point", P("Las Palmas", "laspalmas"), P("Santa Cruz de Tenerife", "santacruz", 1), d="E"),
    c(3, "knapp 1.000 Kilometer", "point", P("Die Stadt", "laspalmas"), P("Dakar", "dakar", 1), want=False),
    c(1, "rund {c} Kilometer", "point", P("Nouakchott", "nouakchott"), P("Dakar", "dakar", 2), d="N"),
    c("plain", "rund {d} Kilometer", "point", P("Dakhla", "dakhla"), P("Las Palmas", "laspalmas", 1), d="S", want=False),
    c(1, "rund {e} Kilometer", "point", P("Madrid", "madrid"), P("Las Palmas", "laspalmas", 2), d="NE"),
], [("32.000 Migranten", "people"), ("180 Menschen", "people"), ("fünf Tage", "time"), ("3 Meter", "wave height")]),

A("en-kilauea-eruption", "en", "2026-12-06", "heldout", """
Kilauea erupts again, lava lights up Big Island

HILO, Hawaii (geomap) - Kilauea began erupting again on Saturday, sending lava fountains up to 150 metres high and a plume of gas 10 km into the air, the U.S. Geological Survey said. The volcano, about {a} km south-west of Hilo, has erupted repeatedly since 2018. Mauna Loa, the world's largest active volcano, about {c} km west of Kilauea, showed no unrest. A survey drone flew about {g} km from Hilo to the summit of Mauna Loa to measure gas. Honolulu, some {b} miles north-west of Kilauea, reported vog. Hilo, at 19.7 degrees north, lies about {d} km south of the Tropic of Cancer. Los Angeles, about {e} miles north-east of Honolulu, saw extra flights booked. Apia, about {f} km south of Honolulu, issued no warning.
""", [
    c(3, "about {a} km", "point", P("The volcano", "kilauea"), P("Hilo", "hilo", 1), d="SW"),
    c(1, "about {c} km", "point", P("Mauna Loa", "maunaloa"), P("Kilauea", "kilauea", 1), d="W"),
    c(11, "about {g} km", "range", P("Hilo", "hilo", 2), P("Mauna Loa", "maunaloa", 1), note="flight of a drone from Hilo to the summit"),
    c("plain", "some {b} miles", "point", P("Honolulu", "honolulu"), P("Kilauea", "kilauea", 2), d="NW"),
    c(1, "about {d} km", "latitude", P("Hilo", "hilo", 3), Line("Tropic of Cancer", "tropic_cancer"), d="S"),
    c("plain", "about {e} miles", "point", P("Los Angeles", "losangeles"), P("Honolulu", "honolulu", 1), d="NE"),
    c("plain", "about {f} km", "point", P("Apia", "apia"), P("Honolulu", "honolulu", 2), d="S", want=False, fac=0.55),
], [("up to 150 metres", "height"), ("10 km into the air", "height"), ("2018", "year"), ("19.7 degrees", "latitude")]),

A("de-kanada-waldbrand", "de", "2026-08-16", "dev", """
Waldbrände zwingen Tausende zur Flucht

EDMONTON (geomap) - Waldbrände haben in Westkanada bereits 1,2 Millionen Hektar verbrannt, rund 25.000 Menschen mussten ihre Häuser verlassen. Fort McMurray, rund {b} Kilometer nördlich von Edmonton, ist erneut von einer 40 Kilometer breiten Feuerfront bedroht. Yellowknife, die Hauptstadt der Nordwest-Territorien, liegt rund {a} Kilometer nördlich von Edmonton. Die Stadt liegt knapp 500 Kilometer südlich des Polarkreises und wurde evakuiert. Calgary liegt von Edmonton knapp {c} Kilometer entfernt und nahm Evakuierte auf. Der Rauch zog von Edmonton aus Hunderte Kilometer weit bis nach Chicago. Im kanadischen Vancouver, rund {d} Kilometer südwestlich von Edmonton, wurden Löschflugzeuge bereitgestellt. Auch Seattle, das rund {e} Kilometer südlich von Vancouver liegt, meldete dichten Rauch.
""", [
    c("plain", "rund {b} Kilometer", "point", P("Fort McMurray", "fortmcmurray"), P("Edmonton", "edmonton", 1), d="N"),
    c(1, "rund {a} Kilometer", "point", P("Yellowknife", "yellowknife"), P("Edmonton", "edmonton", 2), d="N"),
    c(10, "knapp 500 Kilometer", "latitude", P("Die Stadt", "yellowknife"), Line("Polarkreises", "arctic_circle"), d="S"),
    c(4, "knapp {c} Kilometer", "point", P("Calgary", "calgary"), P("Edmonton", "edmonton", 3)),
    c(11, "Hunderte Kilometer", "route", P("Edmonton", "edmonton", 4), P("Chicago", "chicago"), vague=(200, 990), want=False, note="Hunderte Kilometer = 200-990 km; Chicago is over 2,000 km away"),
    c(7, "rund {d} Kilometer", "point", P("Vancouver", "vancouver"), P("Edmonton", "edmonton", 5), d="SW"),
    c(8, "rund {e} Kilometer", "point", P("Seattle", "seattle"), P("Vancouver", "vancouver", 1), d="S", want=False),
], [("1,2 Millionen Hektar", "area"), ("25.000 Menschen", "people"), ("40 Kilometer breiten Feuerfront", "width")]),

A("de-thailand-tourismus", "de", "2026-01-09", "dev", """
Thailand meldet Rekord bei Touristen

BANGKOK (geomap) - Thailand hat im vergangenen Jahr 28 Millionen ausländische Besucher gezählt, 35 Prozent mehr als im Vorjahr. Bangkok liegt rund 1.500 Kilometer nördlich des Äquators und ist Drehkreuz für Asienreisen. Im thailändischen Phuket, rund {a} Kilometer südlich von Bangkok, sind die Hotels ausgebucht, ein Zimmer kostet bis zu 3.000 Baht. Chiang Mai liegt von Bangkok rund {b} Kilometer entfernt; auf der rund {c} Kilometer langen Bahnstrecke von Bangkok nach Chiang Mai verkehren neue Nachtzüge. Zwischen Bangkok und Siem Reap, die rund {d} Kilometer voneinander entfernt liegen, fahren täglich 12 Busse. Die thailändische Hauptstadt liegt gut {f} Kilometer südwestlich von Hanoi. Kuala Lumpur, die malaysische Hauptstadt, liegt rund {e} Kilometer südlich von Bangkok, und Penang, rund {g} Kilometer nordwestlich von Kuala Lumpur, wirbt ebenfalls um Gäste.
""", [
    c(10, "rund 1.500 Kilometer", "latitude", P("Bangkok", "bangkok", 1), Line("Äquators", "equator"), d="N"),
    c(7, "rund {a} Kilometer", "point", P("Phuket", "phuket"), P("Bangkok", "bangkok", 2), d="S"),
    c(4, "rund {b} Kilometer", "point", P("Chiang Mai", "chiangmai"), P("Bangkok", "bangkok", 3)),
    c(6, "rund {c} Kilometer", "route", P("Bangkok", "bangkok", 4), P("Chiang Mai", "chiangmai", 1), fac=1.28),
    c(9, "rund {d} Kilometer", "pair", P("Bangkok", "bangkok", 5), P("Siem Reap", "siemreap")),
    c(3, "gut {f} Kilometer", "point", P("Die thailändische Hauptstadt", "bangkok"), P("Hanoi", "hanoi"), d="SW"),
    c(1, "rund {e} Kilometer", "point", P("Kuala Lumpur", "kualalumpur"), P("Bangkok", "bangkok", 6), d="S", want=False, fac=0.55),
    c("plain", "rund {g} Kilometer", "point", P("Penang", "penang"), P("Kuala Lumpur", "kualalumpur", 1), d="NW", want=False),
], [("28 Millionen", "people"), ("35 Prozent", "percentage"), ("3.000 Baht", "money"), ("12 Busse", "count")]),

A("en-sri-lanka-cyclone", "en", "2026-11-30", "dev", """
Cyclone floods Sri Lanka's north

COLOMBO (geomap) - Cyclone Fengal brought winds of 130 km/h and up to 300 mm of rain to Sri Lanka on Sunday, displacing 15,000 families, the disaster management centre said. Jaffna, the Tamil-majority city in the north, about {b} km north of Colombo, was worst hit. Kandy, about {a} km north-east of Colombo, reported landslides. Chennai, about {c} km north of Jaffna, braced for the storm; the Indian city lies less than 250 km from Sri Lanka, officials there said. In the Maldives, Malé, about {d} km south-west of Colombo, issued a high-tide alert. The capital lies about 460 km north of the Equator and is barely a metre above sea level. Bengaluru, some {e} km north of Colombo, was expected to get heavy rain on Tuesday. Many residents still remember the 2004 tsunami.
""", [
    c(1, "about {b} km", "point", P("Jaffna", "jaffna"), P("Colombo", "colombo", 1), d="N"),
    c("plain", "about {a} km", "point", P("Kandy", "kandy"), P("Colombo", "colombo", 2), d="NE"),
    c("plain", "about {c} km", "point", P("Chennai", "chennai"), P("Jaffna", "jaffna", 1), d="N", want=False, fac=0.55),
    c(11, "less than 250 km", "point", P("the Indian city", "chennai"), Area("Sri Lanka", "Sri Lanka", "country", "LK", (345, 375), lat=7.87, lon=80.77), want=False),
    c(5, "about {d} km", "point", P("Malé", "male"), P("Colombo", "colombo", 3), d="SW"),
    c(10, "about 460 km", "latitude", P("The capital", "male"), Line("Equator", "equator"), d="N"),
    c("plain", "some {e} km", "point", P("Bengaluru", "bengaluru"), P("Colombo", "colombo", 4), d="N"),
], [("130 km/h", "speed"), ("300 mm", "rain"), ("15,000 families", "people"), ("a metre above sea level", "height"), ("2004", "year")]),

A("de-lampedusa-rettung", "de", "2026-07-20", "heldout", """
Hunderte Migranten vor Lampedusa gerettet

CATANIA (geomap) - Die italienische Küstenwache hat am Wochenende mehr als 600 Menschen aus Seenot gerettet. Ein Boot mit 50 Menschen an Bord war von Sfax aus rund {d} Seemeilen bis vor Lampedusa gefahren. Die Insel liegt rund {c} Kilometer nördlich von Tripolis und mehr als 120 Kilometer von Malta entfernt. Valletta, die maltesische Hauptstadt, rund {e} Kilometer südlich von Catania, schickte ein Patrouillenboot. Palermo liegt von Tunis rund {f} Kilometer entfernt; dort tagten die Innenminister. In Catania, rund {g} Kilometer nördlich von Valletta, starteten Drohnen der Grenzschutzagentur, die weit über das Meer flogen. Die Drohnen haben eine Reichweite von 1.200 Kilometern.
""", [
    c(6, "rund {d} Seemeilen", "route", P("Sfax", "sfax"), P("Lampedusa", "lampedusa", 1), fac=1.1),
    c(3, "rund {c} Kilometer", "point", P("Die Insel", "lampedusa"), P("Tripolis", "tripoli"), d="N"),
    c(11, "mehr als 120 Kilometer", "point", P("Die Insel", "lampedusa"), Area("Malta", "Malta", "island", "MT", (150, 170), lat=35.90, lon=14.45)),
    c(1, "rund {e} Kilometer", "point", P("Valletta", "valletta"), P("Catania", "catania", 1), d="S"),
    c(4, "rund {f} Kilometer", "point", P("Palermo", "palermo"), P("Tunis", "tunis")),
    c(2, "rund {g} Kilometer", "point", P("Catania", "catania", 2), P("Valletta", "valletta", 1), d="N", want=False),
], [("600 Menschen", "people"), ("50 Menschen", "people"), ("Reichweite von 1.200 Kilometern", "drone range")]),

A("en-chile-quake", "en", "2026-09-01", "dev", """
Strong earthquake shakes central Chile

SANTIAGO (geomap) - A magnitude 7.4 earthquake struck central Chile on Tuesday at a depth of 40 km, the national seismological centre said, the strongest in the region since 1960. Valparaíso, about {a} km north-west of Santiago, reported damage to its port. Aconcagua, the highest peak outside Asia at 6,961 metres, about {b} km north-east of Santiago, saw rockfalls; Mendoza, which lies about {c} km east of the mountain, evacuated schools. Helicopters flew doctors to Mendoza, about {g} km to the east. In Argentina, Buenos Aires, some {d} km east of Santiago, felt the tremor. Lima, about {e} miles north of Santiago, said it was ready to help. Punta Arenas, Chile's southernmost city, lies more than {f} km south of the capital and was unaffected.
""", [
    c("plain", "about {a} km", "point", P("Valparaíso", "valparaiso"), P("Santiago", "santiago", 1), d="NW"),
    c(1, "about {b} km", "point", P("Aconcagua", "aconcagua"), P("Santiago", "santiago", 2), d="NE"),
    c(8, "about {c} km", "point", P("Mendoza", "mendoza"), P("the mountain", "aconcagua"), d="E"),
    c(4, "about {g} km", "point", P("Mendoza", "mendoza", 1), P("SANTIAGO", "santiago"), d="E"),
    c(5, "some {d} km", "point", P("Buenos Aires", "buenosaires"), P("Santiago", "santiago", 3), d="E"),
    c("plain", "about {e} miles", "point", P("Lima", "lima"), P("Santiago", "santiago", 4), d="N", want=False, fac=0.55),
    c(3, "more than {f} km", "point", P("Punta Arenas", "puntaarenas"), P("the capital", "santiago"), d="S"),
], [("magnitude 7.4", "magnitude"), ("depth of 40 km", "depth"), ("1960", "year"), ("6,961 metres", "altitude")]),

A("en-ethiopia-dam", "en", "2026-09-09", "dev", """
Ethiopia inaugurates giant Nile dam

ADDIS ABABA (geomap) - Ethiopia inaugurated the 5,150-megawatt Grand Ethiopian Renaissance Dam on Tuesday, a $4.8 billion project that holds up to 74 billion cubic metres of water. The dam, about {a} km north-west of Addis Ababa, lies less than 60 km from the Sudanese border. Khartoum, the Sudanese capital, about {b} km north-west of the dam, welcomed the promise of cheaper power. Cairo, some {c} km north of Khartoum, again warned of water shortages. Between Addis Ababa and Nairobi, about {d} km apart, Ethiopian Airlines now flies five times a day. Mogadishu, about {e} km south-east of Addis Ababa, sent its energy minister.
""", [
    c(3, "about {a} km", "point", P("The dam", "gerd"), P("Addis Ababa", "addisababa", 1), d="NW"),
    c(3, "less than 60 km", "border", P("The dam", "gerd"), Border("Sudanese border", ["ET", "SD"], (10, 48), cc="SD"), note="sources give 15 to 45 km; only the bound is checked"),
    c(3, "about {b} km", "point", P("Khartoum", "khartoum"), P("the dam", "gerd"), d="NW"),
    c("plain", "some {c} km", "point", P("Cairo", "cairo"), P("Khartoum", "khartoum", 1), d="N", want=False, fac=0.55),
    c(9, "about {d} km", "pair", P("Addis Ababa", "addisababa", 2), P("Nairobi", "nairobi")),
    c("plain", "about {e} km", "point", P("Mogadishu", "mogadishu"), P("Addis Ababa", "addisababa", 3), d="SE"),
], [("5,150-megawatt", "power"), ("$4.8 billion", "money"), ("74 billion cubic metres", "volume")]),

A("de-donau-kreuzfahrt", "de", "2026-09-28", "heldout", """
Kreuzfahrtschiff nach Havarie wieder frei

WIEN (geomap) - Das Kreuzfahrtschiff mit 180 Passagieren, das bei Stromkilometer 1.929 auf Grund gelaufen war, ist wieder frei. Der Pegel der Donau lag am Montag bei nur 4,2 Meter. Das Schiff war von Passau kommend über Linz nach Wien gefahren; von Linz, das rund {a} Kilometer westlich von Wien liegt, hatte es zwei Tage Verspätung. Passau liegt gut {g} Kilometer nordwestlich von Linz. In Ungarn ist Budapest, rund {b} Kilometer südöstlich von Wien, das nächste Ziel; die rund {c} Kilometer lange Schiffsstrecke zwischen Wien und Budapest ist aber nur eingeschränkt befahrbar. Zwischen Wien und Bratislava, die rund {d} Kilometer voneinander entfernt liegen, fuhr das Schiff mit 12 km/h. Graz liegt von Wien rund {f} Kilometer entfernt, Reisende wurden mit Bussen dorthin gebracht. Auch Gäste aus dem tschechischen Brünn, rund {e} Kilometer nördlich von Wien, reisten ab.
""", [
    c(8, "rund {a} Kilometer", "point", P("Linz", "linz", 1), P("Wien", "vienna", 1), d="W"),
    c("plain", "gut {g} Kilometer", "point", P("Passau", "passau", 1), P("Linz", "linz", 2), d="NW"),
    c(5, "rund {b} Kilometer", "point", P("Budapest", "budapest"), P("Wien", "vienna", 2), d="SE"),
    c(6, "rund {c} Kilometer", "route", P("Wien", "vienna", 3), P("Budapest", "budapest", 1), fac=1.31),
    c(9, "rund {d} Kilometer", "pair", P("Wien", "vienna", 4), P("Bratislava", "bratislava")),
    c(4, "rund {f} Kilometer", "point", P("Graz", "graz"), P("Wien", "vienna", 5)),
    c(7, "rund {e} Kilometer", "point", P("Brünn", "brno"), P("Wien", "vienna", 6), d="N", want=False),
], [("180 Passagieren", "people"), ("Stromkilometer 1.929", "river kilometre post"), ("4,2 Meter", "water level"), ("12 km/h", "speed")]),

A("en-senator-factcheck", "en", "2026-10-13", "heldout", """
Fact check: senator's geography lesson goes astray

WASHINGTON (geomap) - A campaign speech on infrastructure by a senator on Monday contained several wrong distances, a review of the 45-minute address shows. Chicago, the senator said correctly, is about {a} km west of New York. Denver, he said, lies some 500 miles west of Chicago. Las Vegas, he went on, is less than 200 km from Los Angeles. Phoenix lies about {b} km east of Los Angeles, a figure the senator got right. He also said Seattle and Portland are about 500 km apart. Sacramento, the state capital, was put at more than 300 km from San Francisco. Boston, about {c} miles north-east of New York, was correctly placed, and so was Philadelphia, which lies about {d} km south-west of New York. Dallas, he said, is about {e} km north-west of Houston. The speech promised $1.2 trillion for roads.
""", [
    c(1, "about {a} km", "point", P("Chicago", "chicago"), P("New York", "newyork", 0), d="W"),
    c("plain", "some 500 miles", "point", P("Denver", "denver"), P("Chicago", "chicago", 1), d="W", want=False),
    c("plain", "less than 200 km", "point", P("Las Vegas", "lasvegas"), P("Los Angeles", "losangeles"), want=False),
    c("plain", "about {b} km", "point", P("Phoenix", "phoenix"), P("Los Angeles", "losangeles", 1), d="E"),
    c(9, "about 500 km", "pair", P("Seattle", "seattle"), P("Portland", "portland"), want=False),
    c(1, "more than 300 km", "point", P("Sacramento", "sacramento"), P("San Francisco", "sanfrancisco"), want=False),
    c("plain", "about {c} miles", "point", P("Boston", "boston"), P("New York", "newyork", 1), d="NE"),
    c(8, "about {d} km", "point", P("Philadelphia", "philadelphia"), P("New York", "newyork", 2), d="SW"),
    c("plain", "about {e} km", "point", P("Dallas", "dallas"), P("Houston", "houston"), d="NW", want=False),
], [("45-minute", "time"), ("$1.2 trillion", "money")]),

A("de-faktencheck-debatte", "de", "2026-02-16", "dev", """
Faktencheck: Entfernungen im Wahlkampf oft falsch

HAMBURG (geomap) - In einer Fernsehdebatte über Bahnprojekte haben Spitzenkandidaten am Sonntag mehrfach falsche Entfernungen genannt, wie eine Auswertung der 90-minütigen Sendung zeigt. Richtig war: Hamburg liegt rund {a} Kilometer nordwestlich von Berlin. Bremen sei knapp 50 Kilometer von Hamburg entfernt, sagte dagegen ein Kandidat. Hannover liege mehr als 300 Kilometer südlich von Hamburg, behauptete ein anderer. Kiel, die Landeshauptstadt, liegt rund {b} Kilometer nördlich von Hamburg, auch das stimmte. Köln und Frankfurt am Main liegen rund 300 Kilometer voneinander entfernt, hieß es weiter. Stuttgart, rund {c} Kilometer westlich von München, wurde korrekt verortet, ebenso Frankfurt am Main, rund {d} Kilometer nördlich von Stuttgart. Nürnberg liege weniger als 100 Kilometer von München entfernt, sagte eine Kandidatin. Für die rund 800 Kilometer lange Autobahnstrecke von Hamburg nach München wurden 12 Milliarden Euro versprochen. Das niederländische Amsterdam, rund {e} Kilometer westlich von Hamburg, nannte ein Kandidat als Vorbild.
""", [
    c("plain", "rund {a} Kilometer", "point", P("Hamburg", "hamburg", 1), P("Berlin", "berlin"), d="NW"),
    c("plain", "knapp 50 Kilometer", "point", P("Bremen", "bremen"), P("Hamburg", "hamburg", 2), want=False),
    c("plain", "mehr als 300 Kilometer", "point", P("Hannover", "hanover"), P("Hamburg", "hamburg", 3), d="S", want=False),
    c(1, "rund {b} Kilometer", "point", P("Kiel", "kiel"), P("Hamburg", "hamburg", 4), d="N"),
    c("plain", "rund 300 Kilometer", "pair", P("Köln", "cologne"), P("Frankfurt am Main", "frankfurt"), want=False),
    c(1, "rund {c} Kilometer", "point", P("Stuttgart", "stuttgart"), P("München", "munich"), d="W"),
    c(1, "rund {d} Kilometer", "point", P("Frankfurt am Main", "frankfurt", 1), P("Stuttgart", "stuttgart", 1), d="N"),
    c("plain", "weniger als 100 Kilometer", "point", P("Nürnberg", "nuremberg"), P("München", "munich", 1), want=False),
    c(6, "rund 800 Kilometer", "route", P("Hamburg", "hamburg", 5), P("München", "munich", 2)),
    c(7, "rund {e} Kilometer", "point", P("Amsterdam", "amsterdam"), P("Hamburg", "hamburg", 6), d="W", want=False, fac=0.55),
], [("90-minütigen", "time"), ("12 Milliarden Euro", "money")]),

A("en-fiji-cyclone", "en", "2026-03-01", "dev", """
Cyclone Kala hits Fiji

SUVA (geomap) - Cyclone Kala, a category 5 storm with gusts of 280 km/h, struck Fiji's main island on Saturday, bringing a 3-metre storm surge, the Fiji Meteorological Service said. Nadi, about {a} km west of Suva, closed its international airport, stranding thousands of tourists. Nouméa, some {b} nautical miles west of Suva, sent a French navy ship. Apia, about {c} km north-east of Suva, and Nuku'alofa, about {d} km south-east of Suva, issued warnings. Honolulu, about {f} miles north-east of Suva, is the base from which U.S. Navy aircraft flew in supplies. Port Moresby, more than {e} km west of Suva, pledged help for the country's 900,000 people.
""", [
    c("plain", "about {a} km", "point", P("Nadi", "nadi"), P("Suva", "suva", 1), d="W"),
    c("plain", "some {b} nautical miles", "point", P("Nouméa", "noumea"), P("Suva", "suva", 2), d="W"),
    c("plain", "about {c} km", "point", P("Apia", "apia"), P("Suva", "suva", 3), d="NE", want=False, fac=0.55),
    c("plain", "about {d} km", "point", P("Nuku'alofa", "nukualofa"), P("Suva", "suva", 4), d="SE"),
    c(2, "about {f} miles", "point", P("Honolulu", "honolulu"), P("Suva", "suva", 5), d="NE"),
    c("plain", "more than {e} km", "point", P("Port Moresby", "portmoresby"), P("Suva", "suva", 6), d="W"),
], [("category 5", "category"), ("280 km/h", "speed"), ("3-metre storm surge", "height"), ("900,000 people", "people")]),
]
