# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch B (written for geomap; not copied from any news source).
Figures written {a}, {b} ... are filled by truth.py from the computed truth (see places.py)."""
from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
A("en-antarctic-resupply", "en", "2026-10-05", "heldout", """
Antarctic resupply flights resume after storm

CHRISTCHURCH (geomap) - A U.S. Air Force C-17 left Christchurch on Monday for McMurdo Station, about {a} km to the south, carrying 40 tonnes of cargo, the U.S. Antarctic Program said. McMurdo, the largest research base on the continent, lies about {b} km from the South Pole. The station is more than {c} km south of the Antarctic Circle and had seen temperatures of minus 25 degrees. Planes land on a 3-km-long runway of compacted snow. A supply ship will sail about {e} nautical miles from Hobart to McMurdo later this month. On the other side of the continent, Rothera, the British base on the Antarctic Peninsula, lies about {d} km south of the Antarctic Circle. Its supplies come through Punta Arenas; Punta Arenas and Ushuaia are about {h} km apart. Stanley is about {f} km north-east of Ushuaia, and Grytviken, some {g} km east of the Falklands capital, reopened to visitors.
""", [
    c(4, "about {a} km", "point", P("McMurdo Station", "mcmurdo"), P("Christchurch", "christchurch", 1), d="S"),
    c(10, "about {b} km", "pole", P("McMurdo", "mcmurdo", 1), Line("South Pole", "south_pole")),
    c(10, "more than {c} km", "latitude", P("The station", "mcmurdo"), Line("Antarctic Circle", "antarctic_circle"), d="S"),
    c(6, "about {e} nautical miles", "route", P("Hobart", "hobart"), P("McMurdo", "mcmurdo", 2), fac=1.1),
    c(1, "about {d} km", "latitude", P("Rothera", "rothera"), Line("Antarctic Circle", "antarctic_circle", 1), d="S"),
    c("plain", "about {h} km", "pair", P("Punta Arenas", "puntaarenas", 1), P("Ushuaia", "ushuaia")),
    c("plain", "about {f} km", "point", P("Stanley", "stanley"), P("Ushuaia", "ushuaia", 1), d="NE", want=False),
    c(3, "some {g} km", "point", P("Grytviken", "grytviken"), P("the Falklands capital", "stanley"), d="E"),
], [("40 tonnes", "weight"), ("minus 25 degrees", "temperature"), ("3-km-long runway", "length"), ("C-17", "aircraft type")]),

A("de-ostsee-sturm", "de", "2026-10-19", "heldout", """
Sturm legt Ostsee-Fähren lahm

KIEL (geomap) - Orkanböen mit Windstärke 11 haben am Montag den Fährverkehr auf der Ostsee weitgehend lahmgelegt. Die Wellen erreichten bis zu 6 Meter. In Schleswig-Holstein ist Flensburg, rund {a} Kilometer nordwestlich von Kiel und weniger als 10 Kilometer von der dänischen Grenze entfernt, besonders betroffen. Die Fähre, die die rund {b} Seemeilen von Kiel nach Oslo sonst in 20 Stunden zurücklegt, blieb im Hafen. Zwischen Kiel und Kopenhagen, die rund {d} Kilometer voneinander entfernt liegen, verkehren sonst täglich zwei Schiffe mit je 1.500 Passagieren. In Rostock warteten Reisende nach Bornholm; die Hansestadt liegt rund 200 Kilometer von der Insel entfernt. Im polnischen Danzig, rund {c} Kilometer östlich von Rostock, wurde der Hafen gesperrt, ebenso im polnischen Stettin, das rund {e} Kilometer südöstlich von Rostock liegt.
""", [
    c(5, "rund {a} Kilometer", "point", P("Flensburg", "flensburg"), P("Kiel", "kiel", 1), d="NW"),
    c(5, "weniger als 10 Kilometer", "border", P("Flensburg", "flensburg"), Border("der dänischen Grenze", ["DE", "DK"], (2, 8), cc="DK")),
    c(6, "rund {b} Seemeilen", "route", P("Kiel", "kiel", 2), P("Oslo", "oslo"), fac=1.12),
    c(9, "rund {d} Kilometer", "pair", P("Kiel", "kiel", 3), P("Kopenhagen", "copenhagen")),
    c(11, "rund 200 Kilometer", "point", P("die Hansestadt", "rostock"), Area("der Insel", "Bornholm", "island", "DK", (195, 210), lat=55.13, lon=14.92)),
    c(7, "rund {c} Kilometer", "point", P("Danzig", "gdansk"), P("Rostock", "rostock", 1), d="E"),
    c(8, "rund {e} Kilometer", "point", P("Stettin", "szczecin"), P("Rostock", "rostock", 2), d="SE", want=False),
], [("Windstärke 11", "wind force"), ("bis zu 6 Meter", "wave height"), ("20 Stunden", "time"), ("1.500 Passagieren", "people")]),

A("en-amazon-drought", "en", "2026-10-16", "heldout", """
Amazon drought cuts off river towns

MANAUS (geomap) - The Rio Negro at Manaus fell to 12.7 metres on Friday, its lowest level since records began in 1902, leaving more than 500,000 people along the river short of water and food. The city is about {c} km north-west of Brasília, where the government released $70 million in aid. Manaus, the capital of Amazonas state, lies about {a} km south of the Equator. Belém, at the mouth of the Amazon, is about {b} km east of Manaus and has sent supply barges. São Paulo, more than {d} miles from Manaus, sent doctors. Air force planes from Rio de Janeiro, about {e} km south-east of Brasília, flew 20 missions. Brasília itself lies about {z} km east of Rio, officials said. Neighbouring countries were also hit: in Ecuador, Quito lies less than 30 km south of the Equator, and Bogotá, the Colombian capital, about 100 km north of the Equator, rationed water.
""", [
    c(3, "about {c} km", "point", P("The city", "manaus"), P("Brasília", "brasilia"), d="NW"),
    c(10, "about {a} km", "latitude", P("Manaus", "manaus", 2), Line("Equator", "equator"), d="S"),
    c(1, "about {b} km", "point", P("Belém", "belem"), P("Manaus", "manaus", 3), d="E"),
    c("plain", "more than {d} miles", "point", P("São Paulo", "saopaulo"), P("Manaus", "manaus", 4)),
    c(2, "about {e} km", "point", P("Rio de Janeiro", "rio"), P("Brasília", "brasilia", 2), d="SE"),
    c("plain", "about {z} km", "point", P("Brasília", "brasilia", 3), P("Rio", "rio", 1), d="E", want=False, fac=1.0, note="distance right, direction wrong (Brasília is north-west of Rio)"),
    c(5, "less than 30 km", "latitude", P("Quito", "quito"), Line("Equator", "equator", 1), d="S"),
    c(10, "about 100 km", "latitude", P("Bogotá", "bogota"), Line("Equator", "equator", 2), d="N", want=False),
], [("12.7 metres", "river level"), ("1902", "year"), ("500,000 people", "people"), ("$70 million", "money")]),

A("de-nepal-erdbeben", "de", "2026-04-25", "heldout", """
Schweres Erdbeben erschüttert Nepal

KATHMANDU (geomap) - Ein Erdbeben der Stärke 6,8 hat am Samstagmorgen Zentralnepal erschüttert und mindestens 37 Menschen getötet. Das Beben ereignete sich in 15 Kilometern Tiefe, das Epizentrum lag nahe Pokhara, rund {a} Kilometer westlich von Kathmandu. Der Mount Everest, mit 8.849 Metern der höchste Berg der Erde, liegt rund {b} Kilometer östlich von Kathmandu; Bergsteiger im Basislager meldeten Lawinen. Der Berg ist etwa {c} Kilometer von Lhasa entfernt, berichteten chinesische Medien. Die Erschütterungen waren bis ins chinesische Lhasa, rund {g} Kilometer nordöstlich von Kathmandu, zu spüren. Im indischen Kalkutta, rund {d} Kilometer südöstlich von Kathmandu, flohen Menschen auf die Straßen. Auch in Dhaka, der Hauptstadt von Bangladesch, rund {f} Kilometer südöstlich von Kathmandu, wackelten Häuser. Die nepalesische Hauptstadt liegt gut {e} Kilometer von Neu-Delhi entfernt; Indien schickte Hilfsflüge.
""", [
    c("plain", "rund {a} Kilometer", "point", P("Pokhara", "pokhara"), P("Kathmandu", "kathmandu", 1), d="W"),
    c(1, "rund {b} Kilometer", "point", P("Mount Everest", "everest"), P("Kathmandu", "kathmandu", 2), d="E"),
    c(3, "etwa {c} Kilometer", "point", P("Der Berg", "everest"), P("Lhasa", "lhasa"), want=False),
    c(7, "rund {g} Kilometer", "point", P("Lhasa", "lhasa", 1), P("Kathmandu", "kathmandu", 3), d="NE"),
    c(7, "rund {d} Kilometer", "point", P("Kalkutta", "kolkata"), P("Kathmandu", "kathmandu", 4), d="SE"),
    c(1, "rund {f} Kilometer", "point", P("Dhaka", "dhaka"), P("Kathmandu", "kathmandu", 5), d="SE"),
    c(3, "gut {e} Kilometer", "point", P("Die nepalesische Hauptstadt", "kathmandu"), P("Neu-Delhi", "delhi")),
], [("Stärke 6,8", "magnitude"), ("37 Menschen", "casualties"), ("15 Kilometern Tiefe", "depth"), ("8.849 Metern", "altitude")]),

A("en-mali-convoy", "en", "2026-07-09", "dev", """
UN convoy reaches Timbuktu after blockade

BAMAKO (geomap) - A United Nations convoy carrying 12,000 tonnes of food reached Timbuktu on Thursday, ending a blockade of more than four months, the World Food Programme said. Timbuktu, the ancient desert city, lies about {a} km north-east of the Malian capital. The convoy covered about {b} km from Bamako to Timbuktu in five days, in temperatures of up to 45 degrees. Trade between Bamako and Dakar, about {c} km apart, resumed last week when 60 trucks crossed the border. Dakar is about {d} miles west of Bamako, a WFP official said. Kano, about {e} km north-east of Abuja, closed its airport after drones flew over the runway. In Nigeria, Lagos, the country's largest city, some {f} km south-west of Abuja, sent relief supplies, as did Accra, which lies about {g} km west of Lagos.
""", [
    c(3, "about {a} km", "point", P("Timbuktu", "timbuktu", 1), P("the Malian capital", "bamako"), d="NE"),
    c(6, "about {b} km", "route", P("Bamako", "bamako", 1), P("Timbuktu", "timbuktu", 2), fac=1.35),
    c(9, "about {c} km", "pair", P("Bamako", "bamako", 2), P("Dakar", "dakar")),
    c("plain", "about {d} miles", "point", P("Dakar", "dakar", 1), P("Bamako", "bamako", 3), d="W", want=False),
    c(2, "about {e} km", "point", P("Kano", "kano"), P("Abuja", "abuja"), d="NE"),
    c(5, "some {f} km", "point", P("Lagos", "lagos"), P("Abuja", "abuja", 1), d="SW"),
    c(8, "about {g} km", "point", P("Accra", "accra"), P("Lagos", "lagos", 1), d="W"),
], [("12,000 tonnes", "weight"), ("45 degrees", "temperature"), ("60 trucks", "count"), ("five days", "time")]),

A("de-spanien-waldbrand", "de", "2026-08-12", "dev", """
Waldbrände wüten in Spanien

MADRID (geomap) - Bei Temperaturen von bis zu 44 Grad haben Waldbrände in Spanien bereits mehr als 20.000 Hektar vernichtet. Eine 15 Kilometer lange Feuerfront bedrohte am Mittwoch mehrere Dörfer, die Flammen schlugen bis zu 30 Meter hoch. In Katalonien ist Barcelona, rund {a} Kilometer östlich von Madrid, von Rauch eingehüllt. Auf der rund {c} Kilometer langen Autobahn zwischen Madrid und Barcelona stauten sich die Autos. Lissabon liegt von Madrid rund {b} Kilometer entfernt; Portugal schickte Löschflugzeuge. Von Madrid aus sind es bis nach Marseille mehr als {d} Kilometer, dennoch kamen auch französische Feuerwehrleute. Das französische Lyon, rund {e} Kilometer nördlich von Marseille, stellte zwei Hubschrauber.
""", [
    c(5, "rund {a} Kilometer", "point", P("Barcelona", "barcelona"), P("Madrid", "madrid", 1), d="E"),
    c(6, "rund {c} Kilometer", "route", P("Madrid", "madrid", 2), P("Barcelona", "barcelona", 1), fac=1.2),
    c(4, "rund {b} Kilometer", "point", P("Lissabon", "lisbon"), P("Madrid", "madrid", 3)),
    c("plain", "mehr als {d} Kilometer", "route", P("Madrid", "madrid", 4), P("Marseille", "marseille")),
    c(7, "rund {e} Kilometer", "point", P("Lyon", "lyon"), P("Marseille", "marseille", 1), d="N", want=False),
], [("44 Grad", "temperature"), ("20.000 Hektar", "area"), ("15 Kilometer lange Feuerfront", "length"), ("bis zu 30 Meter", "height")]),

A("en-mayon-eruption", "en", "2026-06-21", "dev", """
Mayon volcano erupts, thousands flee

LEGAZPI (geomap) - Mayon Volcano erupted on Sunday, sending an ash column 5 km into the sky and forcing more than 12,000 residents to leave their homes, the Philippine Institute of Volcanology and Seismology said. Authorities widened the danger zone around the 2,462-metre volcano to 7 km. Legazpi, the provincial capital, lies about {a} km south of the crater. The volcano is some {c} km south-east of Manila, where flights were cancelled. Evacuees with medical needs were flown to Manila, about {b} km to the north-west. Cebu City, which lies about {d} km south of Legazpi, offered shelter. Davao, on the island of Mindanao, some {e} km south-east of Manila, was not affected. In Taipei, more than {f} km north of Manila, airlines rerouted flights.
""", [
    c(11, "about {a} km", "point", P("Legazpi", "legazpi", 1), P("the crater", "mayon"), d="S"),
    c(3, "some {c} km", "point", P("The volcano", "mayon"), P("Manila", "manila"), d="SE"),
    c(4, "about {b} km", "point", P("Manila", "manila", 1), P("LEGAZPI", "legazpi"), d="NW"),
    c(8, "about {d} km", "point", P("Cebu City", "cebu"), P("Legazpi", "legazpi", 2), d="S"),
    c(1, "some {e} km", "point", P("Davao", "davao"), P("Manila", "manila", 2), d="SE", want=False),
    c("plain", "more than {f} km", "point", P("Taipei", "taipei"), P("Manila", "manila", 3), d="N"),
], [("5 km into the sky", "height"), ("12,000 residents", "people"), ("2,462-metre", "altitude"), ("to 7 km", "radius")]),

A("en-gulf-tension", "en", "2026-01-14", "dev", """
Gulf shipping insurers raise premiums

DUBAI (geomap) - Insurers raised war-risk premiums for tankers in the Gulf on Tuesday after an Iranian missile strike in northern Iraq, sending Brent crude to $85 a barrel. About 20 million barrels a day pass through the Strait of Hormuz, which is 39 km wide at its narrowest point. Tehran, more than 900 km north of the Strait of Hormuz, said the missile, fired from Tabriz, flew about {g} km and hit a target near Erbil. Abu Dhabi, the UAE capital, about {b} km south-west of Dubai, called for restraint. Doha lies about {c} nautical miles west of Abu Dhabi. Muscat, about {a} km south-east of Dubai, offered to mediate. Kuwait City, at the northern tip of the Gulf, is some {e} km north-west of Doha. In Iraq, Basra, the country's main port, some {f} km south-east of Baghdad, raised its alert level. Riyadh, about {z} km north of Doha, called an emergency meeting.
""", [
    c(11, "more than 900 km", "point", P("Tehran", "tehran"), Area("Strait of Hormuz", "Strait of Hormuz", "strait", "IR", (1040, 1200), lat=26.57, lon=56.25), d="N", dok=True, nth=0),
    c("plain", "about {g} km", "range", P("Tabriz", "tabriz"), P("Erbil", "erbil"), note="launch Tabriz, impact near Erbil"),
    c(1, "about {b} km", "point", P("Abu Dhabi", "abudhabi"), P("Dubai", "dubai", 1), d="SW"),
    c("plain", "about {c} nautical miles", "point", P("Doha", "doha"), P("Abu Dhabi", "abudhabi", 1), d="W"),
    c("plain", "about {a} km", "point", P("Muscat", "muscat"), P("Dubai", "dubai", 2), d="SE"),
    c(1, "some {e} km", "point", P("Kuwait City", "kuwait"), P("Doha", "doha", 1), d="NW"),
    c(5, "some {f} km", "point", P("Basra", "basra"), P("Baghdad", "baghdad"), d="SE", want=False),
    c("plain", "about {z} km", "point", P("Riyadh", "riyadh"), P("Doha", "doha", 2), d="N", want=False, fac=1.0, note="distance right, direction wrong (Riyadh is west-south-west of Doha)"),
], [("$85 a barrel", "money"), ("20 million barrels", "volume"), ("39 km wide", "width")]),

A("de-buschfeuer-sydney", "de", "2026-12-18", "dev", """
Buschfeuer bedrohen Vororte von Sydney

SYDNEY (geomap) - Bei Temperaturen von mehr als 40 Grad haben Buschfeuer im Südosten Australiens bereits 200.000 Hektar Land verbrannt. Mehr als 1.200 Feuerwehrleute kämpften am Freitag gegen die Flammen in Katoomba in den Blue Mountains, Dutzende Kilometer westlich von Sydney. Aus den USA trafen Löschflugzeuge mit einer Reichweite von 5.000 Kilometern ein. Auch Canberra, rund {a} Kilometer südwestlich von Sydney, ist von Rauch eingehüllt, seit dort am Donnerstag Tankflugzeuge mit großer Reichweite stationiert wurden. Im australischen Melbourne, rund {b} Kilometer südwestlich von Sydney, blieb die Lage ruhig. Von Melbourne ist Hobart rund {d} Kilometer entfernt; auch auf Tasmanien brennt es. Brisbane liegt gut {c} Kilometer nördlich von Sydney und knapp {f} Kilometer südlich des Wendekreises des Steinbocks. Adelaide, knapp {e} Kilometer westlich von Melbourne, meldete keine Brände.
""", [
    c(11, "Dutzende Kilometer", "point", P("Katoomba", "katoomba"), P("Sydney", "sydney", 1), d="W", vague=(24, 99), note="Dutzende Kilometer = 24-99 km"),
    c(2, "rund {a} Kilometer", "point", P("Canberra", "canberra"), P("Sydney", "sydney", 2), d="SW"),
    c(7, "rund {b} Kilometer", "point", P("Melbourne", "melbourne"), P("Sydney", "sydney", 3), d="SW"),
    c(4, "rund {d} Kilometer", "point", P("Hobart", "hobart"), P("Melbourne", "melbourne", 1)),
    c("plain", "gut {c} Kilometer", "point", P("Brisbane", "brisbane"), P("Sydney", "sydney", 4), d="N"),
    c(10, "knapp {f} Kilometer", "latitude", P("Brisbane", "brisbane"), Line("Wendekreises des Steinbocks", "tropic_capricorn"), d="S"),
    c(1, "knapp {e} Kilometer", "point", P("Adelaide", "adelaide"), P("Melbourne", "melbourne", 2), d="W", want=False),
], [("40 Grad", "temperature"), ("200.000 Hektar", "area"), ("1.200 Feuerwehrleute", "people"), ("Reichweite von 5.000 Kilometern", "aircraft range")]),

A("en-hurricane-florida", "en", "2026-09-22", "dev", """
Hurricane Iris nears Florida, millions told to leave

MIAMI (geomap) - Hurricane Iris strengthened to a Category 4 storm on Tuesday with sustained winds of 140 mph, and officials ordered 2.5 million people to leave coastal areas, warning of a storm surge of up to 15 feet. In Florida, Tampa, about {a} miles north-west of Miami, opened 40 shelters. Havana, the Cuban capital, about {c} miles south-west of Miami, was lashed by rain overnight, and Cancún, some {d} km west of the Cuban capital, closed its airport. Flights between Miami and New York, about {e} miles apart, were cancelled, and a 40-mile traffic jam formed on Interstate 95. Crews from New Orleans, which lies about {b} miles west of Tampa, were on their way. Houston, more than {f} miles west of Miami, sent rescue boats. Washington, about {g} miles north of Miami, declared an emergency.
""", [
    c(5, "about {a} miles", "point", P("Tampa", "tampa"), P("Miami", "miami", 1), d="NW"),
    c(1, "about {c} miles", "point", P("Havana", "havana"), P("Miami", "miami", 2), d="SW"),
    c(3, "some {d} km", "point", P("Cancún", "cancun"), P("the Cuban capital", "havana", 1), d="W"),
    c(9, "about {e} miles", "pair", P("Miami", "miami", 3), P("New York", "newyork")),
    c(8, "about {b} miles", "point", P("New Orleans", "neworleans"), P("Tampa", "tampa", 1), d="W"),
    c("plain", "more than {f} miles", "point", P("Houston", "houston"), P("Miami", "miami", 4), d="W"),
    c("plain", "about {g} miles", "point", P("Washington", "washington"), P("Miami", "miami", 5), d="N", want=False),
], [("140 mph", "speed"), ("2.5 million people", "people"), ("up to 15 feet", "surge height"), ("40-mile traffic jam", "length"), ("Category 4", "category")]),

A("de-ukraine-drohnen", "de", "2026-03-03", "heldout", """
Drohnenangriffe auf Charkiw und Lwiw

KIEW (geomap) - Russland hat die Ukraine in der Nacht mit 43 Drohnen und mehreren Raketen angegriffen, mindestens 14 Menschen wurden getötet. Charkiw, die zweitgrößte Stadt des Landes, liegt rund {a} Kilometer östlich von Kiew und wird fast täglich beschossen. Die Stadt liegt weniger als 50 Kilometer von der russischen Grenze entfernt. Lwiw, rund {b} Kilometer westlich von Kiew, wurde von Drohnen getroffen, die nach Angaben der Luftwaffe in einer Höhe von 3.000 Metern flogen. Odessa, die Hafenstadt am Schwarzen Meer, liegt knapp {c} Kilometer südlich von Kiew. Nach Charkiw sind es von Kiew aus auf der Straße gut {d} Kilometer. Moskau liegt rund {e} Kilometer nördlich von Charkiw, sagte ein russischer Militärblogger. Kiew und Warschau liegen knapp {f} Kilometer voneinander entfernt. Charkiw liegt rund {z} Kilometer westlich von Odessa, meldete ein Sender irrtümlich.
""", [
    c(1, "rund {a} Kilometer", "point", P("Charkiw", "kharkiv", 1), P("Kiew", "kyiv", 1), d="E"),
    c(3, "weniger als 50 Kilometer", "border", P("Die Stadt", "kharkiv"), Border("der russischen Grenze", ["UA", "RU"], (25, 42), cc="RU")),
    c(2, "rund {b} Kilometer", "point", P("Lwiw", "lviv", 1), P("Kiew", "kyiv", 2), d="W"),
    c(1, "knapp {c} Kilometer", "point", P("Odessa", "odesa"), P("Kiew", "kyiv", 3), d="S"),
    c(6, "gut {d} Kilometer", "route", P("Kiew", "kyiv", 4), P("Charkiw", "kharkiv", 2), fac=1.17),
    c("plain", "rund {e} Kilometer", "point", P("Moskau", "moscow"), P("Charkiw", "kharkiv", 3), d="N", want=False, fac=0.55),
    c("plain", "knapp {f} Kilometer", "pair", P("Kiew", "kyiv", 5), P("Warschau", "warsaw")),
    c("plain", "rund {z} Kilometer", "point", P("Charkiw", "kharkiv", 4), P("Odessa", "odesa", 1), d="W", want=False, fac=1.0, note="distance right, direction wrong (Kharkiv is north-east of Odesa)"),
], [("43 Drohnen", "count"), ("14 Menschen", "casualties"), ("3.000 Metern", "altitude")]),

A("en-china-rail", "en", "2026-02-23", "dev", """
China's rail network carries record holiday crowds

BEIJING (geomap) - China's railways carried a record 19.4 million passengers on Sunday, the last day of the Spring Festival holiday, the state operator said. On the 1,318-km high-speed line between Beijing and Shanghai, trains ran every five minutes at up to 350 km/h. Wuhan, about {a} km south of Beijing, had the busiest station of the day. Between Guangzhou and Hong Kong, about {b} km apart, trains take 47 minutes. Chengdu, the capital of Sichuan, about {c} km west of Wuhan, added 40 extra trains. The line that runs about {h} km from Wuhan to Guangzhou opened in 2009. Harbin lies about {d} km north-east of the Chinese capital. Lhasa, more than {e} km west of Chengdu, welcomed its first Fuxing trains, and Urumqi, the Xinjiang capital, some {f} km west of Beijing, reported long queues.
""", [
    c(6, "1,318-km", "route", P("Beijing", "beijing", 1), P("Shanghai", "shanghai")),
    c("plain", "about {a} km", "point", P("Wuhan", "wuhan"), P("Beijing", "beijing", 2), d="S"),
    c(9, "about {b} km", "pair", P("Guangzhou", "guangzhou"), P("Hong Kong", "hongkong")),
    c(1, "about {c} km", "point", P("Chengdu", "chengdu"), P("Wuhan", "wuhan", 1), d="W"),
    c(6, "about {h} km", "route", P("Wuhan", "wuhan", 2), P("Guangzhou", "guangzhou", 1), fac=1.16),
    c(3, "about {d} km", "point", P("Harbin", "harbin"), P("the Chinese capital", "beijing"), d="NE"),
    c("plain", "more than {e} km", "point", P("Lhasa", "lhasa"), P("Chengdu", "chengdu", 1), d="W"),
    c(1, "some {f} km", "point", P("Urumqi", "urumqi"), P("Beijing", "beijing", 3), d="W", want=False),
], [("19.4 million passengers", "people"), ("350 km/h", "speed"), ("47 minutes", "time"), ("2009", "year")]),
]
