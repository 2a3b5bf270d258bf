# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch C (written for geomap; not copied from any news source)."""
from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
A("de-suedafrika-strom", "de", "2026-07-06", "dev", """
Stromausfälle legen Südafrika lahm

JOHANNESBURG (geomap) - Der staatliche Versorger Eskom hat am Montag die Abschaltungen auf Stufe 6 ausgeweitet; dem Netz fehlen rund 4.000 Megawatt. In der Provinz Gauteng ist Pretoria, rund {a} Kilometer nördlich von Johannesburg, bis zu 12 Stunden täglich ohne Strom. Durban liegt von Johannesburg rund {b} Kilometer entfernt. Die Hafenstadt liegt rund {d} Kilometer nordöstlich von Kapstadt, teilte die Hafenbehörde mit. Kapstadt, die Stadt am Kap, liegt knapp {c} Kilometer südwestlich von Johannesburg. Auch im simbabwischen Harare, rund {e} Kilometer nördlich von Johannesburg, wird Strom knapp. Maputo, die Hauptstadt Mosambiks, rund {f} Kilometer östlich von Johannesburg, liefert zusätzlichen Strom. Windhuk liegt mehr als {g} Kilometer westlich von Johannesburg. Durban, die größte Hafenstadt des Landes, liegt rund {z} Kilometer westlich von Maputo.
""", [
    c(5, "rund {a} Kilometer", "point", P("Pretoria", "pretoria"), P("Johannesburg", "johannesburg", 1), d="N"),
    c(4, "rund {b} Kilometer", "point", P("Durban", "durban"), P("Johannesburg", "johannesburg", 2)),
    c(3, "rund {d} Kilometer", "point", P("Die Hafenstadt", "durban"), P("Kapstadt", "capetown"), d="NE", want=False, fac=0.55),
    c(1, "knapp {c} Kilometer", "point", P("Kapstadt", "capetown", 1), P("Johannesburg", "johannesburg", 3), d="SW"),
    c(7, "rund {e} Kilometer", "point", P("Harare", "harare"), P("Johannesburg", "johannesburg", 4), d="N"),
    c(1, "rund {f} Kilometer", "point", P("Maputo", "maputo"), P("Johannesburg", "johannesburg", 5), d="E"),
    c("plain", "mehr als {g} Kilometer", "point", P("Windhuk", "windhoek"), P("Johannesburg", "johannesburg", 6), d="W", want=False),
    c(1, "rund {z} Kilometer", "point", P("Durban", "durban", 1), P("Maputo", "maputo", 1), d="W", want=False, fac=1.0, note="distance right, direction wrong (Durban is south-south-west of Maputo)"),
], [("Stufe 6", "level"), ("4.000 Megawatt", "power"), ("12 Stunden", "time")]),

A("en-uk-rail-strike", "en", "2026-11-20", "dev", """
Rail strike strands travellers across Britain

LONDON (geomap) - A two-day strike by train drivers halted most services in Britain on Friday, with unions demanding a 12 per cent pay rise. Passengers facing the 400-mile journey from London to Edinburgh were told to fly instead. Edinburgh, the Scottish capital, about {a} miles north of London, reported packed airport queues. Between London and Paris, about {c} km apart, Eurostar added six trains running at 186 mph. Brussels, the Belgian capital, some {d} km east of London, also saw more traffic. Dublin, across the Irish Sea, about {b} miles west of London, was unaffected. The Scottish capital is about {e} km from Dublin. Amsterdam, about {f} miles east of London, saw more demand for ferry crossings. The strikes cost the economy an estimated £1.2 billion.
""", [
    c(6, "400-mile", "route", P("London", "london", 1), P("Edinburgh", "edinburgh")),
    c(1, "about {a} miles", "point", P("Edinburgh", "edinburgh", 1), P("London", "london", 2), d="N"),
    c(9, "about {c} km", "pair", P("London", "london", 3), P("Paris", "paris")),
    c(1, "some {d} km", "point", P("Brussels", "brussels"), P("London", "london", 4), d="E"),
    c(1, "about {b} miles", "point", P("Dublin", "dublin"), P("London", "london", 5), d="W"),
    c(3, "about {e} km", "point", P("The Scottish capital", "edinburgh"), P("Dublin", "dublin", 1)),
    c("plain", "about {f} miles", "point", P("Amsterdam", "amsterdam"), P("London", "london", 6), d="E", want=False),
], [("12 per cent", "percentage"), ("186 mph", "speed"), ("£1.2 billion", "money"), ("two-day", "time")]),

A("de-spitzbergen-arktis", "de", "2026-03-30", "dev", """
Arktis erwärmt sich schneller als erwartet

LONGYEARBYEN (geomap) - Die Temperaturen auf Spitzbergen lagen im vergangenen Jahr im Mittel 3,2 Grad über dem langjährigen Durchschnitt, teilte das Norwegische Polarinstitut mit. Longyearbyen, Hauptort der Inselgruppe mit rund 2.500 Einwohnern, liegt rund {a} Kilometer vom Nordpol entfernt. Die Forschungsstation Ny-Ålesund, rund {b} Kilometer nordwestlich von Longyearbyen, misst seit 1993 die Luftqualität. Die Station ist gut {c} Kilometer vom Nordpol entfernt. Longyearbyen liegt von Tromsø knapp {d} Kilometer entfernt, Versorgungsflüge starten täglich. Ein Sprecher sagte, Longyearbyen liege nur einige hundert Kilometer nördlich des Polarkreises. Auch in Murmansk, rund {e} Kilometer nördlich des Polarkreises, und in Nuuk, der Hauptstadt Grönlands, knapp {f} Kilometer südlich des Polarkreises, steigen die Werte. Alert in Kanada, die nördlichste ständig bewohnte Siedlung der Welt, liegt weniger als {g} Kilometer vom Nordpol entfernt.
""", [
    c(1, "rund {a} Kilometer", "pole", P("Longyearbyen", "longyearbyen", 1), Line("Nordpol", "north_pole")),
    c(1, "rund {b} Kilometer", "point", P("Ny-Ålesund", "nyalesund"), P("Longyearbyen", "longyearbyen", 2), d="NW"),
    c(3, "gut {c} Kilometer", "pole", P("Die Station", "nyalesund"), Line("Nordpol", "north_pole", 1)),
    c(4, "knapp {d} Kilometer", "point", P("Longyearbyen", "longyearbyen", 3), P("Tromsø", "tromso")),
    c(11, "einige hundert Kilometer", "latitude", P("Longyearbyen", "longyearbyen", 4), Line("Polarkreises", "arctic_circle"), d="N", vague=(200, 900), want=False, note="einige hundert Kilometer = 200-900 km"),
    c(10, "rund {e} Kilometer", "latitude", P("Murmansk", "murmansk"), Line("Polarkreises", "arctic_circle", 1), d="N"),
    c(1, "knapp {f} Kilometer", "latitude", P("Nuuk", "nuuk"), Line("Polarkreises", "arctic_circle", 2), d="S"),
    c(1, "weniger als {g} Kilometer", "pole", P("Alert", "alert"), Line("Nordpol", "north_pole", 2)),
], [("3,2 Grad", "temperature"), ("2.500 Einwohnern", "population"), ("1993", "year")]),

A("en-korea-missile", "en", "2026-05-14", "dev", """
North Korea fires long-range missile

SEOUL (geomap) - North Korea fired a long-range ballistic missile on Thursday that reached an altitude of about 2,000 km, South Korea's military said, its 12th launch this year. Pyongyang, where the missile was launched, is about {c} km north-west of Seoul. The South Korean capital is less than 60 km from the border with North Korea, which roughly follows the 38th parallel. Busan, about {b} km south-east of Seoul, tested its air-raid sirens as fighter jets flew overhead. Tokyo, some {d} km east of Seoul, convened its national security council. Vladivostok, about {f} km north-east of Pyongyang, reported no debris. Pyongyang and Beijing are about {g} km apart, a Chinese spokesman said, calling for calm.
""", [
    c("plain", "about {c} km", "point", P("Pyongyang", "pyongyang"), P("Seoul", "seoul", 1), d="NW"),
    c(3, "less than 60 km", "border", P("The South Korean capital", "seoul"), Border("border with North Korea", ["KR", "KP"], (30, 55), cc="KP")),
    c(2, "about {b} km", "point", P("Busan", "busan"), P("Seoul", "seoul", 2), d="SE"),
    c("plain", "some {d} km", "point", P("Tokyo", "tokyo"), P("Seoul", "seoul", 3), d="E"),
    c("plain", "about {f} km", "point", P("Vladivostok", "vladivostok"), P("Pyongyang", "pyongyang", 1), d="NE"),
    c(9, "about {g} km", "pair", P("Pyongyang", "pyongyang", 2), P("Beijing", "beijing"), want=False, fac=0.55),
], [("altitude of about 2,000 km", "altitude"), ("12th launch", "ordinal"), ("38th parallel", "latitude name")]),

A("en-mekong-floods", "en", "2026-09-07", "dev", """
Floods kill dozens in Vietnam and Cambodia

HANOI (geomap) - Floods triggered by a week of rain have killed more than 60 people in Vietnam and Cambodia and swamped 20,000 hectares of rice fields, officials said on Monday. In places the water stood 1.5 metres deep. Da Nang, the central coastal city, about {a} km south-east of Hanoi, recorded 400 mm of rain in a day. Services on the 1,726-km North-South railway from Hanoi to Ho Chi Minh City were suspended. Relief flights reached Ho Chi Minh City, about {e} km to the south. In Laos, Vientiane, about {b} km south-west of Hanoi, also reported flooding. Phnom Penh, the Cambodian capital, lies about {c} km north-west of Ho Chi Minh City, and Siem Reap, home of the Angkor temples, about {d} km north-west of the Cambodian capital, closed parts of the site. Bangkok, some {f} km west of Phnom Penh, sent boats. Hanoi, which lies about {z} km south of Vientiane, coordinated the relief.
""", [
    c(1, "about {a} km", "point", P("Da Nang", "danang"), P("Hanoi", "hanoi", 1), d="SE"),
    c(6, "1,726-km", "route", P("Hanoi", "hanoi", 2), P("Ho Chi Minh City", "hcmc")),
    c(4, "about {e} km", "point", P("Ho Chi Minh City", "hcmc", 1), P("HANOI", "hanoi"), d="S"),
    c(5, "about {b} km", "point", P("Vientiane", "vientiane"), P("Hanoi", "hanoi", 3), d="SW"),
    c(1, "about {c} km", "point", P("Phnom Penh", "phnompenh"), P("Ho Chi Minh City", "hcmc", 2), d="NW"),
    c(3, "about {d} km", "point", P("Siem Reap", "siemreap"), P("the Cambodian capital", "phnompenh"), d="NW"),
    c("plain", "some {f} km", "point", P("Bangkok", "bangkok"), P("Phnom Penh", "phnompenh", 1), d="W", want=False),
    c(8, "about {z} km", "point", P("Hanoi", "hanoi", 4), P("Vientiane", "vientiane", 1), d="S", want=False, fac=1.0, note="distance right, direction wrong (Hanoi is north-east of Vientiane)"),
], [("60 people", "casualties"), ("20,000 hectares", "area"), ("1.5 metres deep", "depth"), ("400 mm", "rain")]),

A("de-schweiz-gletscher", "de", "2026-10-01", "dev", """
Schweizer Gletscher schrumpfen so stark wie nie

ZÜRICH (geomap) - Die Schweizer Gletscher haben im vergangenen Jahr 2,4 Prozent ihres Volumens verloren, so viel wie nie seit Beginn der Messungen um 1850. Am Matterhorn, rund {a} Kilometer südlich von Bern, taute eine 50 Meter dicke Eisschicht. Der Mont Blanc, mit 4.806 Metern der höchste Berg der Alpen, liegt rund {b} Kilometer südöstlich von Genf. Zwischen Genf und Zürich, die rund {c} Kilometer voneinander entfernt liegen, brauchen Messteams knapp drei Stunden mit der Bahn. Basel liegt von Zürich rund {d} Kilometer entfernt. Im französischen Straßburg, rund {e} Kilometer nördlich von Basel, tagte der Europarat zum Thema. Auch im italienischen Mailand, das rund {f} Kilometer südlich von Zürich liegt, wurde über Wasserknappheit beraten, ebenso im französischen Lyon, das rund {z} Kilometer östlich von Genf liegt.
""", [
    c(11, "rund {a} Kilometer", "point", P("Matterhorn", "matterhorn"), P("Bern", "bern"), d="S"),
    c(1, "rund {b} Kilometer", "point", P("Mont Blanc", "montblanc"), P("Genf", "geneva"), d="SE"),
    c(9, "rund {c} Kilometer", "pair", P("Genf", "geneva", 1), P("Zürich", "zurich", 1)),
    c(4, "rund {d} Kilometer", "point", P("Basel", "basel"), P("Zürich", "zurich", 2)),
    c(7, "rund {e} Kilometer", "point", P("Straßburg", "strasbourg"), P("Basel", "basel", 1), d="N"),
    c(8, "rund {f} Kilometer", "point", P("Mailand", "milan"), P("Zürich", "zurich", 3), d="S", want=False),
    c(8, "rund {z} Kilometer", "point", P("Lyon", "lyon"), P("Genf", "geneva", 2), d="E", want=False, fac=1.0, note="distance right, direction wrong (Lyon is west-south-west of Geneva)"),
], [("2,4 Prozent", "percentage"), ("1850", "year"), ("50 Meter dicke Eisschicht", "thickness"), ("4.806 Metern", "altitude")]),

A("en-nz-quake", "en", "2026-08-05", "heldout", """
Strong quake rattles New Zealand's South Island

WELLINGTON (geomap) - A magnitude 6.4 earthquake struck the South Island on Wednesday at a depth of 12 km, followed by 45 aftershocks, GeoNet said. Christchurch, about {a} km south-west of the capital, suffered power cuts. On the South Island, Queenstown, about {d} km south-west of Christchurch, closed its airport. Auckland, the country's largest city, about {b} km north of Wellington, felt light shaking. Rotorua, which lies about {c} km south-east of Auckland, reported no damage. Between Wellington and Sydney, about {e} km apart, Air New Zealand cancelled 14 flights. Suva, Fiji's capital, some {f} km north of Auckland, offered help. Nuku'alofa lies more than {g} km north-east of Auckland and lifted a brief tsunami alert. Damage was estimated at NZ$2 billion.
""", [
    c(3, "about {a} km", "point", P("Christchurch", "christchurch"), P("the capital", "wellington"), d="SW"),
    c(5, "about {d} km", "point", P("Queenstown", "queenstown"), P("Christchurch", "christchurch", 1), d="SW"),
    c(1, "about {b} km", "point", P("Auckland", "auckland"), P("Wellington", "wellington", 1), d="N"),
    c(8, "about {c} km", "point", P("Rotorua", "rotorua"), P("Auckland", "auckland", 1), d="SE"),
    c(9, "about {e} km", "pair", P("Wellington", "wellington", 2), P("Sydney", "sydney")),
    c(1, "some {f} km", "point", P("Suva", "suva"), P("Auckland", "auckland", 2), d="N", want=False, fac=0.55),
    c("plain", "more than {g} km", "point", P("Nuku'alofa", "nukualofa"), P("Auckland", "auckland", 3), d="NE"),
], [("magnitude 6.4", "magnitude"), ("depth of 12 km", "depth"), ("45 aftershocks", "count"), ("NZ$2 billion", "money")]),

A("de-aegypten-hitze", "de", "2026-06-30", "dev", """
Hitzewelle am Nil

KAIRO (geomap) - Ägypten leidet unter einer Hitzewelle mit Temperaturen von bis zu 50 Grad; der Pegel des Nassersees liegt 1,8 Meter unter dem Vorjahr. Alexandria, rund {a} Kilometer nordwestlich von Kairo, verzeichnete Rekordwerte beim Stromverbrauch. Im südägyptischen Assuan, rund {b} Kilometer südlich von Kairo, wurde der Staudamm von 1970 überprüft. Auf der rund {c} Kilometer langen Bahnstrecke von Kairo nach Assuan fielen Klimaanlagen aus. Khartum, die sudanesische Hauptstadt, liegt rund {d} Kilometer südlich von Assuan. Kairo liegt mehr als 120 Kilometer vom Mittelmeer entfernt. Auch in Dschidda, rund {g} Kilometer südöstlich von Kairo, wohin Tausende Pilger flogen, war es heiß. Tel Aviv, rund {f} Kilometer nordöstlich von Kairo, meldete 41 Grad.
""", [
    c("plain", "rund {a} Kilometer", "point", P("Alexandria", "alexandria"), P("Kairo", "cairo", 1), d="NW"),
    c(7, "rund {b} Kilometer", "point", P("Assuan", "aswan"), P("Kairo", "cairo", 2), d="S"),
    c(6, "rund {c} Kilometer", "route", P("Kairo", "cairo", 3), P("Assuan", "aswan", 1), fac=1.28),
    c(1, "rund {d} Kilometer", "point", P("Khartum", "khartoum"), P("Assuan", "aswan", 2), d="S"),
    c(11, "mehr als 120 Kilometer", "coast", P("Kairo", "cairo", 4), Area("Mittelmeer", "Mediterranean Sea", "sea", "EG", (150, 175))),
    c(2, "rund {g} Kilometer", "point", P("Dschidda", "jeddah"), P("Kairo", "cairo", 5), d="SE"),
    c("plain", "rund {f} Kilometer", "point", P("Tel Aviv", "telaviv"), P("Kairo", "cairo", 6), d="NE", want=False, fac=0.55),
], [("bis zu 50 Grad", "temperature"), ("1,8 Meter", "water level"), ("1970", "year"), ("41 Grad", "temperature")]),

A("en-mexico-caravan", "en", "2026-04-11", "dev", """
Migrant caravan heads north

MEXICO CITY (geomap) - About 3,000 migrants left the Mexican capital on Saturday on foot, hoping to reach the U.S. border before new rules take effect. Many had paid smugglers up to $1,500. The group plans to cover the roughly {c} km from Mexico City to Monterrey in three weeks; Monterrey is less than 200 km from the U.S. border. Guadalajara, some {b} km west of the capital, set up shelters. Between Tijuana and Mexico City, about {e} km apart, some took a three-hour flight instead. Tijuana, about {a} km south-east of Los Angeles, lies less than 5 km from the U.S. border. In Guatemala, Guatemala City, about {d} km south-east of Mexico City, reported new arrivals. Cancún, about {f} km east of Mexico City, was not on the route.
""", [
    c(6, "roughly {c} km", "route", P("Mexico City", "mexicocity", 1), P("Monterrey", "monterrey"), fac=1.3),
    c("plain", "less than 200 km", "border", P("Monterrey", "monterrey", 1), Border("U.S. border", ["MX", "US"], (135, 170), cc="US")),
    c(3, "some {b} km", "point", P("Guadalajara", "guadalajara"), P("the capital", "mexicocity"), d="W"),
    c(9, "about {e} km", "pair", P("Tijuana", "tijuana"), P("Mexico City", "mexicocity", 2)),
    c("plain", "about {a} km", "point", P("Tijuana", "tijuana", 1), P("Los Angeles", "losangeles"), d="SE"),
    c(1, "less than 5 km", "border", P("Tijuana", "tijuana", 1), Border("U.S. border", ["MX", "US"], (0.5, 4), cc="US")),
    c(5, "about {d} km", "point", P("Guatemala City", "guatemala"), P("Mexico City", "mexicocity", 3), d="SE"),
    c("plain", "about {f} km", "point", P("Cancún", "cancun"), P("Mexico City", "mexicocity", 4), d="E", want=False, fac=0.55),
], [("3,000 migrants", "people"), ("$1,500", "money"), ("three weeks", "time")]),

A("de-arbain-pilger", "de", "2026-08-24", "dev", """
Pilgerströme zum Arbain-Fest

BAGDAD (geomap) - Millionen schiitische Pilger sind zum Arbain-Fest in den Irak gereist; die Behörden zählten am Sonntag mehr als 90 Prozent mehr Einreisen als 2003. Zwischen Teheran und Bagdad, die rund {e} Kilometer voneinander entfernt liegen, pendeln täglich 30 Busse mit je 50 Pilgern. Erbil, die Hauptstadt der kurdischen Autonomieregion, liegt rund {a} Kilometer nördlich von Bagdad. Mossul liegt von Erbil rund {b} Kilometer entfernt. Basra, rund {c} Kilometer südöstlich der irakischen Hauptstadt, meldete überfüllte Hotels. Pilger aus dem iranischen Täbris, das rund {d} Kilometer nordöstlich von Erbil liegt, kamen über die Grenze. Aus dem syrischen Aleppo, rund {f} Kilometer westlich von Mossul, reisten nur wenige an. Damaskus, knapp {g} Kilometer westlich von Bagdad, schickte Sonderflüge. Kuwait-Stadt, rund {z} Kilometer nördlich von Basra, öffnete einen Grenzübergang.
""", [
    c(9, "rund {e} Kilometer", "pair", P("Teheran", "tehran"), P("Bagdad", "baghdad", 1)),
    c(1, "rund {a} Kilometer", "point", P("Erbil", "erbil"), P("Bagdad", "baghdad", 2), d="N"),
    c(4, "rund {b} Kilometer", "point", P("Mossul", "mosul"), P("Erbil", "erbil", 1)),
    c(3, "rund {c} Kilometer", "point", P("Basra", "basra"), P("der irakischen Hauptstadt", "baghdad"), d="SE"),
    c(8, "rund {d} Kilometer", "point", P("Täbris", "tabriz"), P("Erbil", "erbil", 2), d="NE"),
    c(7, "rund {f} Kilometer", "point", P("Aleppo", "aleppo"), P("Mossul", "mosul", 1), d="W", want=False),
    c("plain", "knapp {g} Kilometer", "point", P("Damaskus", "damascus"), P("Bagdad", "baghdad", 3), d="W"),
    c(1, "rund {z} Kilometer", "point", P("Kuwait-Stadt", "kuwait"), P("Basra", "basra", 1), d="N", want=False, fac=1.0, note="distance right, direction wrong (Kuwait City is south of Basra)"),
], [("mehr als 90 Prozent", "percentage"), ("2003", "year"), ("30 Busse", "count"), ("50 Pilgern", "people")]),

A("en-pakistan-floods", "en", "2026-08-29", "dev", """
Monsoon floods swamp Pakistan's south

ISLAMABAD (geomap) - Monsoon floods have affected 33 million people and killed more than 1,700 in Pakistan since June, the disaster agency said on Friday, putting damage at $30 billion. Karachi, the country's largest city, about {a} km south-west of Islamabad, received 500 mm of rain in a week. Lahore, about {b} km south-east of the capital, was spared the worst, though the {f}-km motorway from Islamabad to Lahore was cut in two places. In India's Punjab, Amritsar, about {c} km east of Lahore, opened its relief camps to Pakistani pilgrims. Trade between Karachi and Lahore, about {e} km apart, came to a halt as 1,000 trucks waited. Kabul, about {d} km west of Islamabad, sent aid as army helicopters flew relief missions. Kandahar, some {g} km south-west of Kabul, offered flour.
""", [
    c(1, "about {a} km", "point", P("Karachi", "karachi"), P("Islamabad", "islamabad", 1), d="SW"),
    c(3, "about {b} km", "point", P("Lahore", "lahore"), P("the capital", "islamabad"), d="SE"),
    c(6, "{f}-km", "route", P("Islamabad", "islamabad", 2), P("Lahore", "lahore", 1), fac=1.38),
    c(5, "about {c} km", "point", P("Amritsar", "amritsar"), P("Lahore", "lahore", 2), d="E"),
    c(9, "about {e} km", "pair", P("Karachi", "karachi", 1), P("Lahore", "lahore", 3)),
    c(2, "about {d} km", "point", P("Kabul", "kabul"), P("Islamabad", "islamabad", 3), d="W"),
    c("plain", "some {g} km", "point", P("Kandahar", "kandahar"), P("Kabul", "kabul", 1), d="SW", want=False),
], [("33 million people", "people"), ("1,700", "casualties"), ("$30 billion", "money"), ("500 mm", "rain"), ("1,000 trucks", "count")]),

A("de-merapi-ausbruch", "de", "2026-11-24", "dev", """
Merapi spuckt Asche, Sperrzone erweitert

YOGYAKARTA (geomap) - Der Merapi, mit 2.930 Metern einer der aktivsten Vulkane der Welt, liegt rund {a} Kilometer nördlich von Yogyakarta und ist am Dienstag erneut ausgebrochen. Die Behörden erweiterten die Sperrzone auf 7 Kilometer und brachten 1.500 Bewohner in Sicherheit. Der Vulkan ist etwa {b} Kilometer von Jakarta entfernt, sagte ein Sprecher in der Hauptstadt. Jakarta liegt rund {c} Kilometer südlich des Äquators. Surabaya liegt von Yogyakarta rund {e} Kilometer entfernt, der dortige Flughafen blieb offen. In der balinesischen Hauptstadt Denpasar, rund {d} Kilometer östlich von Yogyakarta, wurden Flüge gestrichen. Auch im benachbarten Singapur, rund {f} Kilometer nördlich von Jakarta, war Asche zu riechen; der Stadtstaat liegt nur rund 150 Kilometer nördlich des Äquators.
""", [
    c(1, "rund {a} Kilometer", "point", P("Merapi", "merapi"), P("Yogyakarta", "yogyakarta", 1), d="N"),
    c(3, "etwa {b} Kilometer", "point", P("Der Vulkan", "merapi"), P("Jakarta", "jakarta"), want=False, fac=0.55),
    c(10, "rund {c} Kilometer", "latitude", P("Jakarta", "jakarta", 1), Line("Äquators", "equator"), d="S"),
    c(4, "rund {e} Kilometer", "point", P("Surabaya", "surabaya"), P("Yogyakarta", "yogyakarta", 2)),
    c(7, "rund {d} Kilometer", "point", P("Denpasar", "denpasar"), P("Yogyakarta", "yogyakarta", 3), d="E"),
    c(7, "rund {f} Kilometer", "point", P("Singapur", "singapore"), P("Jakarta", "jakarta", 2), d="N"),
    c(10, "rund 150 Kilometer", "latitude", P("der Stadtstaat", "singapore"), Line("Äquators", "equator", 1), d="N"),
], [("2.930 Metern", "altitude"), ("auf 7 Kilometer", "radius"), ("1.500 Bewohner", "people")]),
]
