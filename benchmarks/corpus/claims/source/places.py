"""Coordinates of the benchmark's places, written by hand (GeoNames/Wikipedia-style city
centres and summits, 2-4 decimals), and the helpers the article sources use.

Never filled from geomap or its gazetteer. key: (name, lat, lon, kind, cc).
"""

from __future__ import annotations

PLACES = {
    # --- Europe
    "munich": ("Munich", 48.1372, 11.5755, "city", "DE"),
    "passau": ("Passau", 48.5740, 13.4610, "city", "DE"),
    "regensburg": ("Regensburg", 49.0134, 12.1016, "city", "DE"),
    "salzburg": ("Salzburg", 47.8095, 13.0550, "city", "AT"),
    "vienna": ("Vienna", 48.2082, 16.3738, "city", "AT"),
    "linz": ("Linz", 48.3069, 14.2858, "city", "AT"),
    "graz": ("Graz", 47.0707, 15.4395, "city", "AT"),
    "innsbruck": ("Innsbruck", 47.2692, 11.4041, "city", "AT"),
    "berlin": ("Berlin", 52.5200, 13.4050, "city", "DE"),
    "hamburg": ("Hamburg", 53.5511, 9.9937, "city", "DE"),
    "frankfurt": ("Frankfurt am Main", 50.1109, 8.6821, "city", "DE"),
    "cologne": ("Cologne", 50.9375, 6.9603, "city", "DE"),
    "dresden": ("Dresden", 51.0504, 13.7373, "city", "DE"),
    "leipzig": ("Leipzig", 51.3397, 12.3731, "city", "DE"),
    "nuremberg": ("Nuremberg", 49.4521, 11.0767, "city", "DE"),
    "stuttgart": ("Stuttgart", 48.7758, 9.1829, "city", "DE"),
    "kiel": ("Kiel", 54.3233, 10.1228, "city", "DE"),
    "rostock": ("Rostock", 54.0924, 12.0991, "city", "DE"),
    "bremen": ("Bremen", 53.0793, 8.8017, "city", "DE"),
    "hanover": ("Hanover", 52.3759, 9.7320, "city", "DE"),
    "freiburg": ("Freiburg im Breisgau", 47.9990, 7.8421, "city", "DE"),
    "flensburg": ("Flensburg", 54.7937, 9.4470, "city", "DE"),
    "bautzen": ("Bautzen", 51.1814, 14.4242, "city", "DE"),
    "wroclaw": ("Wrocław", 51.1079, 17.0385, "city", "PL"),
    "warsaw": ("Warsaw", 52.2297, 21.0122, "city", "PL"),
    "krakow": ("Kraków", 50.0647, 19.9450, "city", "PL"),
    "gdansk": ("Gdańsk", 54.3520, 18.6466, "city", "PL"),
    "szczecin": ("Szczecin", 53.4285, 14.5528, "city", "PL"),
    "poznan": ("Poznań", 52.4064, 16.9252, "city", "PL"),
    "prague": ("Prague", 50.0755, 14.4378, "city", "CZ"),
    "brno": ("Brno", 49.1951, 16.6068, "city", "CZ"),
    "budapest": ("Budapest", 47.4979, 19.0402, "city", "HU"),
    "zurich": ("Zurich", 47.3769, 8.5417, "city", "CH"),
    "geneva": ("Geneva", 46.2044, 6.1432, "city", "CH"),
    "bern": ("Bern", 46.9480, 7.4474, "city", "CH"),
    "basel": ("Basel", 47.5596, 7.5886, "city", "CH"),
    "paris": ("Paris", 48.8566, 2.3522, "city", "FR"),
    "lyon": ("Lyon", 45.7640, 4.8357, "city", "FR"),
    "marseille": ("Marseille", 43.2965, 5.3698, "city", "FR"),
    "strasbourg": ("Strasbourg", 48.5734, 7.7521, "city", "FR"),
    "brussels": ("Brussels", 50.8503, 4.3517, "city", "BE"),
    "amsterdam": ("Amsterdam", 52.3676, 4.9041, "city", "NL"),
    "london": ("London", 51.5074, -0.1278, "city", "GB"),
    "edinburgh": ("Edinburgh", 55.9533, -3.1883, "city", "GB"),
    "dublin": ("Dublin", 53.3498, -6.2603, "city", "IE"),
    "madrid": ("Madrid", 40.4168, -3.7038, "city", "ES"),
    "barcelona": ("Barcelona", 41.3874, 2.1686, "city", "ES"),
    "lisbon": ("Lisbon", 38.7223, -9.1393, "city", "PT"),
    "rome": ("Rome", 41.9028, 12.4964, "city", "IT"),
    "milan": ("Milan", 45.4642, 9.1900, "city", "IT"),
    "naples": ("Naples", 40.8518, 14.2681, "city", "IT"),
    "athens": ("Athens", 37.9838, 23.7275, "city", "GR"),
    "oslo": ("Oslo", 59.9139, 10.7522, "city", "NO"),
    "bergen": ("Bergen", 60.3913, 5.3221, "city", "NO"),
    "stockholm": ("Stockholm", 59.3293, 18.0686, "city", "SE"),
    "helsinki": ("Helsinki", 60.1699, 24.9384, "city", "FI"),
    "oulu": ("Oulu", 65.0121, 25.4651, "city", "FI"),
    "rovaniemi": ("Rovaniemi", 66.5039, 25.7294, "city", "FI"),
    "tromso": ("Tromsø", 69.6492, 18.9553, "city", "NO"),
    "kiruna": ("Kiruna", 67.8558, 20.2253, "city", "SE"),
    "copenhagen": ("Copenhagen", 55.6761, 12.5683, "city", "DK"),
    "kyiv": ("Kyiv", 50.4501, 30.5234, "city", "UA"),
    "kharkiv": ("Kharkiv", 49.9935, 36.2304, "city", "UA"),
    "lviv": ("Lviv", 49.8397, 24.0297, "city", "UA"),
    "odesa": ("Odesa", 46.4825, 30.7233, "city", "UA"),
    "moscow": ("Moscow", 55.7558, 37.6173, "city", "RU"),
    "stpetersburg": ("Saint Petersburg", 59.9311, 30.3609, "city", "RU"),
    "murmansk": ("Murmansk", 68.9585, 33.0827, "city", "RU"),
    "reykjavik": ("Reykjavík", 64.1466, -21.9426, "city", "IS"),
    "akureyri": ("Akureyri", 65.6835, -18.0878, "city", "IS"),
    "longyearbyen": ("Longyearbyen", 78.2232, 15.6267, "city", "SJ"),
    "nyalesund": ("Ny-Ålesund", 78.9250, 11.9300, "locality", "SJ"),
    "istanbul": ("Istanbul", 41.0082, 28.9784, "city", "TR"),
    "ankara": ("Ankara", 39.9334, 32.8597, "city", "TR"),
    "bucharest": ("Bucharest", 44.4268, 26.1025, "city", "RO"),
    "belgrade": ("Belgrade", 44.7866, 20.4489, "city", "RS"),
    "vilnius": ("Vilnius", 54.6872, 25.2797, "city", "LT"),
    "riga": ("Riga", 56.9496, 24.1052, "city", "LV"),
    "tallinn": ("Tallinn", 59.4370, 24.7536, "city", "EE"),
    "zugspitze": ("Zugspitze", 47.4211, 10.9853, "mountain", "DE"),
    "garmisch": ("Garmisch-Partenkirchen", 47.4917, 11.0955, "city", "DE"),
    "montblanc": ("Mont Blanc", 45.8326, 6.8652, "mountain", "FR"),
    "matterhorn": ("Matterhorn", 45.9763, 7.6586, "mountain", "CH"),
    "etna": ("Mount Etna", 37.7510, 14.9934, "mountain", "IT"),
    "catania": ("Catania", 37.5079, 15.0830, "city", "IT"),
    "palermo": ("Palermo", 38.1157, 13.3615, "city", "IT"),
    "valletta": ("Valletta", 35.8989, 14.5146, "city", "MT"),
    # --- Africa
    "nairobi": ("Nairobi", -1.2921, 36.8219, "city", "KE"),
    "mombasa": ("Mombasa", -4.0435, 39.6682, "city", "KE"),
    "kisumu": ("Kisumu", -0.0917, 34.7680, "city", "KE"),
    "kilimanjaro": ("Kilimanjaro", -3.0674, 37.3556, "mountain", "TZ"),
    "arusha": ("Arusha", -3.3869, 36.6830, "city", "TZ"),
    "daressalaam": ("Dar es Salaam", -6.7924, 39.2083, "city", "TZ"),
    "zanzibar": ("Zanzibar City", -6.1659, 39.2026, "city", "TZ"),
    "addisababa": ("Addis Ababa", 9.0300, 38.7400, "city", "ET"),
    "kampala": ("Kampala", 0.3476, 32.5825, "city", "UG"),
    "kigali": ("Kigali", -1.9441, 30.0619, "city", "RW"),
    "goma": ("Goma", -1.6585, 29.2205, "city", "CD"),
    "lagos": ("Lagos", 6.5244, 3.3792, "city", "NG"),
    "abuja": ("Abuja", 9.0765, 7.3986, "city", "NG"),
    "kano": ("Kano", 12.0022, 8.5920, "city", "NG"),
    "accra": ("Accra", 5.6037, -0.1870, "city", "GH"),
    "kumasi": ("Kumasi", 6.6885, -1.6244, "city", "GH"),
    "dakar": ("Dakar", 14.7167, -17.4677, "city", "SN"),
    "kinshasa": ("Kinshasa", -4.4419, 15.2663, "city", "CD"),
    "johannesburg": ("Johannesburg", -26.2041, 28.0473, "city", "ZA"),
    "pretoria": ("Pretoria", -25.7479, 28.2293, "city", "ZA"),
    "capetown": ("Cape Town", -33.9249, 18.4241, "city", "ZA"),
    "durban": ("Durban", -29.8587, 31.0218, "city", "ZA"),
    "cairo": ("Cairo", 30.0444, 31.2357, "city", "EG"),
    "alexandria": ("Alexandria", 31.2001, 29.9187, "city", "EG"),
    "aswan": ("Aswan", 24.0889, 32.8998, "city", "EG"),
    "khartoum": ("Khartoum", 15.5007, 32.5599, "city", "SD"),
    "timbuktu": ("Timbuktu", 16.7666, -3.0026, "city", "ML"),
    "bamako": ("Bamako", 12.6392, -8.0029, "city", "ML"),
    "luanda": ("Luanda", -8.8390, 13.2894, "city", "AO"),
    "maputo": ("Maputo", -25.9692, 32.5732, "city", "MZ"),
    "harare": ("Harare", -17.8252, 31.0335, "city", "ZW"),
    "victoriafalls": ("Victoria Falls", -17.9243, 25.8572, "city", "ZW"),
    "casablanca": ("Casablanca", 33.5731, -7.5898, "city", "MA"),
    "marrakesh": ("Marrakesh", 31.6295, -7.9811, "city", "MA"),
    "tunis": ("Tunis", 36.8065, 10.1815, "city", "TN"),
    "mogadishu": ("Mogadishu", 2.0469, 45.3182, "city", "SO"),
    "antananarivo": ("Antananarivo", -18.8792, 47.5079, "city", "MG"),
    "windhoek": ("Windhoek", -22.5609, 17.0658, "city", "NA"),
    # --- Middle East
    "jerusalem": ("Jerusalem", 31.7683, 35.2137, "city", "IL"),
    "telaviv": ("Tel Aviv", 32.0853, 34.7818, "city", "IL"),
    "gaza": ("Gaza City", 31.5017, 34.4668, "city", "PS"),
    "eilat": ("Eilat", 29.5577, 34.9519, "city", "IL"),
    "amman": ("Amman", 31.9454, 35.9284, "city", "JO"),
    "aqaba": ("Aqaba", 29.5319, 35.0061, "city", "JO"),
    "beirut": ("Beirut", 33.8938, 35.5018, "city", "LB"),
    "damascus": ("Damascus", 33.5138, 36.2765, "city", "SY"),
    "aleppo": ("Aleppo", 36.2021, 37.1343, "city", "SY"),
    "baghdad": ("Baghdad", 33.3152, 44.3661, "city", "IQ"),
    "mosul": ("Mosul", 36.3400, 43.1300, "city", "IQ"),
    "erbil": ("Erbil", 36.1911, 44.0092, "city", "IQ"),
    "basra": ("Basra", 30.5085, 47.7804, "city", "IQ"),
    "tehran": ("Tehran", 35.6892, 51.3890, "city", "IR"),
    "isfahan": ("Isfahan", 32.6546, 51.6680, "city", "IR"),
    "tabriz": ("Tabriz", 38.0800, 46.2919, "city", "IR"),
    "riyadh": ("Riyadh", 24.7136, 46.6753, "city", "SA"),
    "jeddah": ("Jeddah", 21.4858, 39.1925, "city", "SA"),
    "mecca": ("Mecca", 21.3891, 39.8579, "city", "SA"),
    "dubai": ("Dubai", 25.2048, 55.2708, "city", "AE"),
    "abudhabi": ("Abu Dhabi", 24.4539, 54.3773, "city", "AE"),
    "doha": ("Doha", 25.2854, 51.5310, "city", "QA"),
    "muscat": ("Muscat", 23.5880, 58.3829, "city", "OM"),
    "sanaa": ("Sanaa", 15.3694, 44.1910, "city", "YE"),
    "aden": ("Aden", 12.7855, 45.0187, "city", "YE"),
    "hodeidah": ("Hodeidah", 14.7978, 42.9545, "city", "YE"),
    "kuwait": ("Kuwait City", 29.3759, 47.9774, "city", "KW"),
    # --- South Asia
    "delhi": ("New Delhi", 28.6139, 77.2090, "city", "IN"),
    "mumbai": ("Mumbai", 19.0760, 72.8777, "city", "IN"),
    "kolkata": ("Kolkata", 22.5726, 88.3639, "city", "IN"),
    "chennai": ("Chennai", 13.0827, 80.2707, "city", "IN"),
    "bengaluru": ("Bengaluru", 12.9716, 77.5946, "city", "IN"),
    "hyderabad": ("Hyderabad", 17.3850, 78.4867, "city", "IN"),
    "agra": ("Agra", 27.1767, 78.0081, "city", "IN"),
    "amritsar": ("Amritsar", 31.6340, 74.8723, "city", "IN"),
    "srinagar": ("Srinagar", 34.0837, 74.7973, "city", "IN"),
    "karachi": ("Karachi", 24.8607, 67.0011, "city", "PK"),
    "lahore": ("Lahore", 31.5204, 74.3587, "city", "PK"),
    "islamabad": ("Islamabad", 33.6844, 73.0479, "city", "PK"),
    "kathmandu": ("Kathmandu", 27.7172, 85.3240, "city", "NP"),
    "pokhara": ("Pokhara", 28.2096, 83.9856, "city", "NP"),
    "everest": ("Mount Everest", 27.9881, 86.9250, "mountain", "NP"),
    "dhaka": ("Dhaka", 23.8103, 90.4125, "city", "BD"),
    "chittagong": ("Chittagong", 22.3569, 91.7832, "city", "BD"),
    "colombo": ("Colombo", 6.9271, 79.8612, "city", "LK"),
    "kandy": ("Kandy", 7.2906, 80.6337, "city", "LK"),
    "jaffna": ("Jaffna", 9.6615, 80.0255, "city", "LK"),
    "kabul": ("Kabul", 34.5553, 69.2075, "city", "AF"),
    "kandahar": ("Kandahar", 31.6289, 65.7372, "city", "AF"),
    "male": ("Malé", 4.1755, 73.5093, "city", "MV"),
    # --- East Asia
    "tokyo": ("Tokyo", 35.6762, 139.6503, "city", "JP"),
    "osaka": ("Osaka", 34.6937, 135.5023, "city", "JP"),
    "sapporo": ("Sapporo", 43.0618, 141.3545, "city", "JP"),
    "fukuoka": ("Fukuoka", 33.5904, 130.4017, "city", "JP"),
    "hiroshima": ("Hiroshima", 34.3853, 132.4553, "city", "JP"),
    "sendai": ("Sendai", 38.2682, 140.8694, "city", "JP"),
    "fuji": ("Mount Fuji", 35.3606, 138.7274, "mountain", "JP"),
    "naha": ("Naha", 26.2124, 127.6809, "city", "JP"),
    "seoul": ("Seoul", 37.5665, 126.9780, "city", "KR"),
    "busan": ("Busan", 35.1796, 129.0756, "city", "KR"),
    "pyongyang": ("Pyongyang", 39.0392, 125.7625, "city", "KP"),
    "beijing": ("Beijing", 39.9042, 116.4074, "city", "CN"),
    "shanghai": ("Shanghai", 31.2304, 121.4737, "city", "CN"),
    "hongkong": ("Hong Kong", 22.3193, 114.1694, "city", "HK"),
    "guangzhou": ("Guangzhou", 23.1291, 113.2644, "city", "CN"),
    "wuhan": ("Wuhan", 30.5928, 114.3055, "city", "CN"),
    "chengdu": ("Chengdu", 30.5728, 104.0668, "city", "CN"),
    "lhasa": ("Lhasa", 29.6520, 91.1721, "city", "CN"),
    "urumqi": ("Ürümqi", 43.8256, 87.6168, "city", "CN"),
    "harbin": ("Harbin", 45.8038, 126.5350, "city", "CN"),
    "taipei": ("Taipei", 25.0330, 121.5654, "city", "TW"),
    "kaohsiung": ("Kaohsiung", 22.6273, 120.3014, "city", "TW"),
    "ulaanbaatar": ("Ulaanbaatar", 47.8864, 106.9057, "city", "MN"),
    "vladivostok": ("Vladivostok", 43.1155, 131.8855, "city", "RU"),
    "khabarovsk": ("Khabarovsk", 48.4827, 135.0838, "city", "RU"),
    # --- Southeast Asia
    "bangkok": ("Bangkok", 13.7563, 100.5018, "city", "TH"),
    "chiangmai": ("Chiang Mai", 18.7883, 98.9853, "city", "TH"),
    "phuket": ("Phuket", 7.8804, 98.3923, "city", "TH"),
    "hanoi": ("Hanoi", 21.0278, 105.8342, "city", "VN"),
    "hcmc": ("Ho Chi Minh City", 10.8231, 106.6297, "city", "VN"),
    "danang": ("Da Nang", 16.0544, 108.2022, "city", "VN"),
    "phnompenh": ("Phnom Penh", 11.5564, 104.9282, "city", "KH"),
    "siemreap": ("Siem Reap", 13.3671, 103.8448, "city", "KH"),
    "vientiane": ("Vientiane", 17.9757, 102.6331, "city", "LA"),
    "yangon": ("Yangon", 16.8409, 96.1735, "city", "MM"),
    "mandalay": ("Mandalay", 21.9588, 96.0891, "city", "MM"),
    "kualalumpur": ("Kuala Lumpur", 3.1390, 101.6869, "city", "MY"),
    "penang": ("George Town", 5.4141, 100.3288, "city", "MY"),
    "singapore": ("Singapore", 1.3521, 103.8198, "city", "SG"),
    "jakarta": ("Jakarta", -6.2088, 106.8456, "city", "ID"),
    "surabaya": ("Surabaya", -7.2575, 112.7521, "city", "ID"),
    "denpasar": ("Denpasar", -8.6705, 115.2126, "city", "ID"),
    "yogyakarta": ("Yogyakarta", -7.7956, 110.3695, "city", "ID"),
    "merapi": ("Mount Merapi", -7.5407, 110.4457, "mountain", "ID"),
    "manila": ("Manila", 14.5995, 120.9842, "city", "PH"),
    "cebu": ("Cebu City", 10.3157, 123.8854, "city", "PH"),
    "davao": ("Davao City", 7.1907, 125.4553, "city", "PH"),
    "mayon": ("Mayon Volcano", 13.2572, 123.6856, "mountain", "PH"),
    "legazpi": ("Legazpi", 13.1391, 123.7438, "city", "PH"),
    "dili": ("Dili", -8.5569, 125.5603, "city", "TL"),
    # --- Oceania
    "sydney": ("Sydney", -33.8688, 151.2093, "city", "AU"),
    "melbourne": ("Melbourne", -37.8136, 144.9631, "city", "AU"),
    "brisbane": ("Brisbane", -27.4698, 153.0251, "city", "AU"),
    "perth": ("Perth", -31.9505, 115.8605, "city", "AU"),
    "adelaide": ("Adelaide", -34.9285, 138.6007, "city", "AU"),
    "darwin": ("Darwin", -12.4634, 130.8456, "city", "AU"),
    "alicesprings": ("Alice Springs", -23.6980, 133.8807, "city", "AU"),
    "uluru": ("Uluru", -25.3444, 131.0369, "mountain", "AU"),
    "cairns": ("Cairns", -16.9186, 145.7781, "city", "AU"),
    "townsville": ("Townsville", -19.2590, 146.8169, "city", "AU"),
    "hobart": ("Hobart", -42.8821, 147.3272, "city", "AU"),
    "canberra": ("Canberra", -35.2809, 149.1300, "city", "AU"),
    "geraldton": ("Geraldton", -28.7774, 114.6150, "city", "AU"),
    "kalgoorlie": ("Kalgoorlie", -30.7490, 121.4660, "city", "AU"),
    "broome": ("Broome", -17.9614, 122.2359, "city", "AU"),
    "katoomba": ("Katoomba", -33.7125, 150.3119, "city", "AU"),
    "lismore": ("Lismore", -28.8135, 153.2773, "city", "AU"),
    "byronbay": ("Byron Bay", -28.6474, 153.6020, "city", "AU"),
    "ballina": ("Ballina", -28.8700, 153.5650, "city", "AU"),
    "auckland": ("Auckland", -36.8485, 174.7633, "city", "NZ"),
    "wellington": ("Wellington", -41.2865, 174.7762, "city", "NZ"),
    "christchurch": ("Christchurch", -43.5321, 172.6362, "city", "NZ"),
    "queenstown": ("Queenstown", -45.0312, 168.6626, "city", "NZ"),
    "rotorua": ("Rotorua", -38.1368, 176.2497, "city", "NZ"),
    "suva": ("Suva", -18.1248, 178.4501, "city", "FJ"),
    "nadi": ("Nadi", -17.8031, 177.4162, "city", "FJ"),
    "portmoresby": ("Port Moresby", -9.4438, 147.1803, "city", "PG"),
    "noumea": ("Nouméa", -22.2758, 166.4580, "city", "NC"),
    "apia": ("Apia", -13.8333, -171.7500, "city", "WS"),
    "nukualofa": ("Nukuʻalofa", -21.1394, -175.2018, "city", "TO"),
    "honolulu": ("Honolulu", 21.3069, -157.8583, "city", "US"),
    "hilo": ("Hilo", 19.7241, -155.0868, "city", "US"),
    # --- Americas
    "newyork": ("New York City", 40.7128, -74.0060, "city", "US"),
    "washington": ("Washington", 38.9072, -77.0369, "city", "US"),
    "boston": ("Boston", 42.3601, -71.0589, "city", "US"),
    "philadelphia": ("Philadelphia", 39.9526, -75.1652, "city", "US"),
    "chicago": ("Chicago", 41.8781, -87.6298, "city", "US"),
    "losangeles": ("Los Angeles", 34.0522, -118.2437, "city", "US"),
    "sanfrancisco": ("San Francisco", 37.7749, -122.4194, "city", "US"),
    "sacramento": ("Sacramento", 38.5816, -121.4944, "city", "US"),
    "seattle": ("Seattle", 47.6062, -122.3321, "city", "US"),
    "portland": ("Portland", 45.5152, -122.6784, "city", "US"),
    "miami": ("Miami", 25.7617, -80.1918, "city", "US"),
    "tampa": ("Tampa", 27.9506, -82.4572, "city", "US"),
    "houston": ("Houston", 29.7604, -95.3698, "city", "US"),
    "dallas": ("Dallas", 32.7767, -96.7970, "city", "US"),
    "denver": ("Denver", 39.7392, -104.9903, "city", "US"),
    "phoenix": ("Phoenix", 33.4484, -112.0740, "city", "US"),
    "lasvegas": ("Las Vegas", 36.1699, -115.1398, "city", "US"),
    "neworleans": ("New Orleans", 29.9511, -90.0715, "city", "US"),
    "anchorage": ("Anchorage", 61.2181, -149.9003, "city", "US"),
    "fairbanks": ("Fairbanks", 64.8378, -147.7164, "city", "US"),
    "juneau": ("Juneau", 58.3019, -134.4197, "city", "US"),
    "utqiagvik": ("Utqiaġvik", 71.2906, -156.7886, "city", "US"),
    "denali": ("Denali", 63.0692, -151.0070, "mountain", "US"),
    "toronto": ("Toronto", 43.6532, -79.3832, "city", "CA"),
    "montreal": ("Montreal", 45.5017, -73.5673, "city", "CA"),
    "vancouver": ("Vancouver", 49.2827, -123.1207, "city", "CA"),
    "ottawa": ("Ottawa", 45.4215, -75.6972, "city", "CA"),
    "iqaluit": ("Iqaluit", 63.7467, -68.5170, "city", "CA"),
    "alert": ("Alert", 82.5018, -62.3481, "locality", "CA"),
    "whitehorse": ("Whitehorse", 60.7212, -135.0568, "city", "CA"),
    "mexicocity": ("Mexico City", 19.4326, -99.1332, "city", "MX"),
    "guadalajara": ("Guadalajara", 20.6597, -103.3496, "city", "MX"),
    "monterrey": ("Monterrey", 25.6866, -100.3161, "city", "MX"),
    "tijuana": ("Tijuana", 32.5149, -117.0382, "city", "MX"),
    "cancun": ("Cancún", 21.1619, -86.8515, "city", "MX"),
    "havana": ("Havana", 23.1136, -82.3666, "city", "CU"),
    "bogota": ("Bogotá", 4.7110, -74.0721, "city", "CO"),
    "medellin": ("Medellín", 6.2442, -75.5812, "city", "CO"),
    "caracas": ("Caracas", 10.4806, -66.9036, "city", "VE"),
    "quito": ("Quito", -0.1807, -78.4678, "city", "EC"),
    "guayaquil": ("Guayaquil", -2.1894, -79.8891, "city", "EC"),
    "lima": ("Lima", -12.0464, -77.0428, "city", "PE"),
    "cusco": ("Cusco", -13.5320, -71.9675, "city", "PE"),
    "lapaz": ("La Paz", -16.4897, -68.1193, "city", "BO"),
    "santiago": ("Santiago", -33.4489, -70.6693, "city", "CL"),
    "valparaiso": ("Valparaíso", -33.0472, -71.6127, "city", "CL"),
    "buenosaires": ("Buenos Aires", -34.6037, -58.3816, "city", "AR"),
    "montevideo": ("Montevideo", -34.9011, -56.1645, "city", "UY"),
    "saopaulo": ("São Paulo", -23.5505, -46.6333, "city", "BR"),
    "rio": ("Rio de Janeiro", -22.9068, -43.1729, "city", "BR"),
    "brasilia": ("Brasília", -15.7975, -47.8919, "city", "BR"),
    "manaus": ("Manaus", -3.1190, -60.0217, "city", "BR"),
    "belem": ("Belém", -1.4558, -48.4902, "city", "BR"),
    "ushuaia": ("Ushuaia", -54.8019, -68.3030, "city", "AR"),
    "puntaarenas": ("Punta Arenas", -53.1638, -70.9171, "city", "CL"),
    "aconcagua": ("Aconcagua", -32.6532, -70.0109, "mountain", "AR"),
    "mendoza": ("Mendoza", -32.8895, -68.8458, "city", "AR"),
    "portauprince": ("Port-au-Prince", 18.5944, -72.3074, "city", "HT"),
    "santodomingo": ("Santo Domingo", 18.4861, -69.9312, "city", "DO"),
    "sanjuan": ("San Juan", 18.4655, -66.1057, "city", "PR"),
    "kingston": ("Kingston", 17.9712, -76.7936, "city", "JM"),
    "panama": ("Panama City", 8.9824, -79.5199, "city", "PA"),
    "guatemala": ("Guatemala City", 14.6349, -90.5069, "city", "GT"),
    "stanley": ("Stanley", -51.6977, -57.8517, "city", "FK"),
    # --- polar
    "mcmurdo": ("McMurdo Station", -77.8419, 166.6863, "facility", "AQ"),
    "rothera": ("Rothera Research Station", -67.5680, -68.1270, "facility", "AQ"),
    "grytviken": ("Grytviken", -54.2811, -36.5092, "locality", "GS"),
    "nuuk": ("Nuuk", 64.1814, -51.6941, "city", "GL"),
    "ilulissat": ("Ilulissat", 69.2198, -51.0986, "city", "GL"),
    "norilsk": ("Norilsk", 69.3558, 88.1893, "city", "RU"),
    "vardo": ("Vardø", 70.3706, 31.1107, "city", "NO"),
    # --- landmarks and places added for batch D
    "potsdam": ("Potsdam", 52.3906, 13.0645, "city", "DE"),
    "brandenburgertor": ("Brandenburg Gate", 52.5163, 13.3777, "landmark", "DE"),
    "reichstag": ("Reichstag building", 52.5186, 13.3762, "landmark", "DE"),
    "fernsehturm": ("Berlin TV Tower", 52.5208, 13.4094, "landmark", "DE"),
    "eiffel": ("Eiffel Tower", 48.8584, 2.2945, "landmark", "FR"),
    "louvre": ("Louvre", 48.8606, 2.3376, "landmark", "FR"),
    "arc": ("Arc de Triomphe", 48.8738, 2.2950, "landmark", "FR"),
    "laspalmas": ("Las Palmas de Gran Canaria", 28.1235, -15.4363, "city", "ES"),
    "santacruz": ("Santa Cruz de Tenerife", 28.4636, -16.2518, "city", "ES"),
    "larestinga": ("La Restinga (El Hierro)", 27.6434, -17.9818, "locality", "ES"),
    "nouakchott": ("Nouakchott", 18.0735, -15.9582, "city", "MR"),
    "dakhla": ("Dakhla", 23.6848, -15.9580, "city", "EH"),
    "kilauea": ("Kīlauea", 19.4210, -155.2870, "mountain", "US"),
    "maunaloa": ("Mauna Loa", 19.4794, -155.6025, "mountain", "US"),
    "edmonton": ("Edmonton", 53.5461, -113.4938, "city", "CA"),
    "calgary": ("Calgary", 51.0447, -114.0719, "city", "CA"),
    "yellowknife": ("Yellowknife", 62.4540, -114.3718, "city", "CA"),
    "fortmcmurray": ("Fort McMurray", 56.7267, -111.3810, "city", "CA"),
    "lampedusa": ("Lampedusa", 35.5090, 12.6045, "island", "IT"),
    "tripoli": ("Tripoli", 32.8872, 13.1913, "city", "LY"),
    "sfax": ("Sfax", 34.7406, 10.7603, "city", "TN"),
    "gerd": ("Grand Ethiopian Renaissance Dam", 11.2150, 35.0930, "facility", "ET"),
    "neumayer": ("Neumayer Station III", -70.6667, -8.2667, "facility", "AQ"),
    "nakhodka": ("Nakhodka", 42.8240, 132.8920, "city", "RU"),
    "bratislava": ("Bratislava", 48.1486, 17.1077, "city", "SK"),
    # --- places added for batch G
    "tbilisi": ("Tbilisi", 41.7151, 44.8271, "city", "GE"),
    "batumi": ("Batumi", 41.6168, 41.6367, "city", "GE"),
    "gori": ("Gori", 41.9842, 44.1158, "city", "GE"),
    "yerevan": ("Yerevan", 40.1792, 44.4991, "city", "AM"),
    "ararat": ("Mount Ararat", 39.7019, 44.2983, "mountain", "TR"),
    "baku": ("Baku", 40.4093, 49.8671, "city", "AZ"),
    "almaty": ("Almaty", 43.2389, 76.8897, "city", "KZ"),
    "astana": ("Astana", 51.1694, 71.4491, "city", "KZ"),
    "taraz": ("Taraz", 42.9000, 71.3667, "city", "KZ"),
    "bishkek": ("Bishkek", 42.8746, 74.5698, "city", "KG"),
    "tashkent": ("Tashkent", 41.2995, 69.2401, "city", "UZ"),
    "samarkand": ("Samarkand", 39.6270, 66.9750, "city", "UZ"),
    "trondheim": ("Trondheim", 63.4305, 10.3951, "city", "NO"),
    "bodo": ("Bodø", 67.2804, 14.4049, "city", "NO"),
    "umea": ("Umeå", 63.8258, 20.2630, "city", "SE"),
    "lulea": ("Luleå", 65.5848, 22.1547, "city", "SE"),
    "sarajevo": ("Sarajevo", 43.8563, 18.4131, "city", "BA"),
    "mostar": ("Mostar", 43.3438, 17.8078, "city", "BA"),
    "split": ("Split", 43.5081, 16.4402, "city", "HR"),
    "zagreb": ("Zagreb", 45.8150, 15.9819, "city", "HR"),
    "dubrovnik": ("Dubrovnik", 42.6507, 18.0944, "city", "HR"),
    "podgorica": ("Podgorica", 42.4304, 19.2594, "city", "ME"),
    "tirana": ("Tirana", 41.3275, 19.8187, "city", "AL"),
    "recife": ("Recife", -8.0476, -34.8770, "city", "BR"),
    "salvador": ("Salvador", -12.9777, -38.5016, "city", "BR"),
    "fortaleza": ("Fortaleza", -3.7319, -38.5267, "city", "BR"),
    "natal": ("Natal", -5.7945, -35.2110, "city", "BR"),
    "petrolina": ("Petrolina", -9.3891, -40.5030, "city", "BR"),
    "cordoba_ar": ("Córdoba", -31.4201, -64.1888, "city", "AR"),
    "rosario": ("Rosario", -32.9442, -60.6505, "city", "AR"),
    "lome": ("Lomé", 6.1319, 1.2228, "city", "TG"),
    "takoradi": ("Sekondi-Takoradi", 4.8845, -1.7554, "city", "GH"),
    "tamale": ("Tamale", 9.4075, -0.8533, "city", "GH"),
    "abidjan": ("Abidjan", 5.3600, -4.0083, "city", "CI"),
    "kagoshima": ("Kagoshima", 31.5966, 130.5571, "city", "JP"),
    "dawson": ("Dawson City", 64.0601, -139.4320, "city", "CA"),
    "inuvik": ("Inuvik", 68.3607, -133.7230, "city", "CA"),
    "niamey": ("Niamey", 13.5116, 2.1254, "city", "NE"),
    "agadez": ("Agadez", 16.9742, 7.9865, "city", "NE"),
    "zinder": ("Zinder", 13.8053, 8.9881, "city", "NE"),
    "ouagadougou": ("Ouagadougou", 12.3714, -1.5197, "city", "BF"),
    "gao": ("Gao", 16.2666, -0.0400, "city", "ML"),
    "cotonou": ("Cotonou", 6.3703, 2.3912, "city", "BJ"),
    "grindavik": ("Grindavík", 63.8424, -22.4338, "city", "IS"),
    "keflavik": ("Keflavík", 64.0049, -22.5624, "city", "IS"),
    "grimsey": ("Grímsey", 66.5444, -18.0081, "island", "IS"),
    "acapulco": ("Acapulco", 16.8531, -99.8237, "city", "MX"),
    "puebla": ("Puebla", 19.0414, -98.2063, "city", "MX"),
    "oaxaca": ("Oaxaca", 17.0732, -96.7266, "city", "MX"),
    "popocatepetl": ("Popocatépetl", 19.0225, -98.6278, "mountain", "MX"),
    "chilpancingo": ("Chilpancingo", 17.5506, -99.5058, "city", "MX"),
    "qazvin": ("Qazvin", 36.2688, 50.0041, "city", "IR"),
    "rasht": ("Rasht", 37.2808, 49.5832, "city", "IR"),
    "mashhad": ("Mashhad", 36.2605, 59.6168, "city", "IR"),
    "vina": ("Viña del Mar", -33.0245, -71.5518, "city", "CL"),
    "concepcion": ("Concepción", -36.8270, -73.0503, "city", "CL"),
    "puertomontt": ("Puerto Montt", -41.4693, -72.9424, "city", "CL"),
    "copiapo": ("Copiapó", -27.3668, -70.3314, "city", "CL"),
}

LINE_NAMES = {
    "north_pole": ("North Pole", 90.0),
    "south_pole": ("South Pole", -90.0),
    "arctic_circle": ("Arctic Circle", 66.5635),
    "antarctic_circle": ("Antarctic Circle", -66.5635),
    "tropic_cancer": ("Tropic of Cancer", 23.4365),
    "tropic_capricorn": ("Tropic of Capricorn", -23.4365),
    "equator": ("Equator", 0.0),
    "parallel_38n": ("38th parallel north", 38.0),
    "parallel_49n": ("49th parallel north", 49.0),
    "parallel_30s": ("30th parallel south", -30.0),
    "parallel_10n": ("10th parallel north", 10.0),
    "parallel_5n": ("5th parallel north", 5.0),
    "parallel_23s": ("23rd parallel south", -23.0),
}


# --- spec helpers used by articles_*.py


def P(mention, key, nth=0):
    """A point place: mention as in the text, key into PLACES."""
    return {"_t": "point", "mention": mention, "key": key, "nth": nth}


def Border(mention, related, km, cc=None):
    """A border: related = country codes (one or two), km = (lo, hi) hand interval."""
    return {
        "_t": "rel",
        "mention": mention,
        "relation": "border",
        "related": list(related),
        "cc": cc or related[0],
        "km": km,
    }


def Coast(mention, cc, km, facing=None):
    return {
        "_t": "rel",
        "mention": mention,
        "relation": "coast",
        "related": [cc],
        "cc": cc,
        "facing": facing,
        "km": km,
    }


def Area(mention, name, kind, cc, km, lat=None, lon=None):
    """A sea, lake, island, region or country: matched by name or country code; km = interval."""
    return {
        "_t": "rel",
        "mention": mention,
        "relation": kind,
        "name": name,
        "kind": kind,
        "cc": cc,
        "km": km,
        "lat": lat,
        "lon": lon,
    }


def Line(mention, line, nth=0):
    """A pole or a circle of latitude (key of LINE_NAMES)."""
    return {"_t": "line", "mention": mention, "line": line, "nth": nth}


def c(
    cls,
    q,
    form,
    subj,
    ref=None,
    d=None,
    nth=0,
    vague=None,
    want=True,
    dok=None,
    note=None,
    fac=None,
):
    """One gold claim. cls: '1'..'11' or 'plain'; q: the quantity text exactly as written;
    form: point/border/coast/pair/route/range/latitude/pole; d: stated compass direction;
    vague: (lo, hi) km for vague quantities; want: the truth the author meant (checked);
    dok: direction correctness for interval references (no bearing computed)."""
    return {
        "cls": str(cls),
        "q": q,
        "form": form,
        "subj": subj,
        "ref": ref,
        "d": d,
        "nth": nth,
        "vague": vague,
        "want": want,
        "dok": dok,
        "note": note,
        "fac": fac,
    }


def A(id, lang, date, split, text, claims, non=()):
    return {
        "id": id,
        "lang": lang,
        "date": date,
        "split": split,
        "text": text.strip() + "\n",
        "claims": claims,
        "non": list(non),
    }


def _place(spec):
    if spec["_t"] == "point":
        name, lat, lon, kind, cc = PLACES[spec["key"]]
        return {
            "mention": spec["mention"],
            "name": name,
            "lat": lat,
            "lon": lon,
            "kind": kind,
            "cc": cc,
        }
    if spec["_t"] == "line":
        name, lat = LINE_NAMES[spec["line"]]
        return {
            "mention": spec["mention"],
            "relation": "pole" if "pole" in spec["line"] else "latitude",
            "line": spec["line"],
            "name": name,
            "lat": lat,
        }
    d = {"mention": spec["mention"], "relation": spec["relation"]}
    for k in ("name", "kind", "cc", "facing", "lat", "lon"):
        if spec.get(k) is not None:
            d[k] = spec[k]
    if spec.get("related"):
        d["related"] = spec["related"]
    return d


TRUE_FAC = {
    "exact": 1.0,
    "approx": 1.0,
    "lower": 0.85,
    "upper": 1.2,
    "just_under": 1.04,
    "just_over": 0.96,
}
FALSE_FAC = {
    "exact": 1.7,
    "approx": 1.7,
    "lower": 1.6,
    "upper": 0.55,
    "just_under": 1.7,
    "just_over": 0.55,
}


def news_round(v):
    """Round a distance the way a wire story would."""
    if v < 20:
        return round(v)
    if v < 50:
        r5 = int(round(v / 5) * 5)
        return r5 if abs(r5 - v) / v <= 0.04 else round(v)
    step = 5 if v < 100 else 10 if v < 1000 else 50 if v < 3000 else 100
    return int(round(v / step) * step)


def fmt(v, lang):
    s = f"{v:,}"
    return s.replace(",", ".") if lang == "de" else s


def fill_placeholders(art, base_km, parse_stated, unit_km):
    """Numbers written as {a}, {b} ... are filled from the computed truth: the true distance
    (times a factor for bounds), or a clearly wrong one for claims meant false. The author
    writes the wording; the script writes the figure so that it sits well inside (or well
    outside) the tolerance."""
    import re  # noqa: PLC0415

    text = art["text"]
    todo = []
    for cl in art["claims"]:
        m = re.search(r"\{(\w+)\}", cl["q"])
        if m:
            if m.group(0) not in text:
                raise ValueError(f"{art['id']}: placeholder {m.group(0)} not in text")
            todo.append((text.index(m.group(0)), m.group(0), cl))
    # fill in text order, so the offsets of earlier figures stay valid and each claim's
    # occurrence (nth) of its quantity text is known even when two claims read the same
    for _pos, key, cl in sorted(todo, key=lambda t: t[0]):
        probe = cl["q"].replace(key, "100")
        st = parse_stated(probe, art["lang"])
        km = base_km(_place(cl["subj"]), _place(cl["ref"]) if cl["ref"] else {})
        if cl["fac"] is not None:
            f = cl["fac"]
        elif cl["form"] == "route":
            f = 1.25 if cl["want"] else 0.55
        else:
            f = (TRUE_FAC if cl["want"] else FALSE_FAC)[st["qualifier"]]
        v = news_round(km * f / unit_km[st["unit"]])
        num = fmt(v, art["lang"])
        q = cl["q"].replace(key, num)
        qpos = text.index(key) - cl["q"].index(key)
        text = text.replace(key, num)
        assert text[qpos : qpos + len(q)] == q, (art["id"], q)
        cl["q"] = q
        cl["nth"] = text[:qpos].count(q)
    art["text"] = text


def expand(art, truth_of, parse_stated):
    from truth import UNIT_KM, base_km  # noqa: PLC0415

    fill_placeholders(art, base_km, parse_stated, UNIT_KM)
    text = art["text"]
    out = {
        "id": art["id"],
        "lang": art["lang"],
        "date": art["date"],
        "split": art["split"],
        "text": text,
        "claim": [],
        "nonclaim": [],
    }
    seen = set()
    for cl in art["claims"]:
        if (cl["q"], cl["nth"]) in seen:
            raise ValueError(f"{art['id']}: two claims on occurrence {cl['nth']} of {cl['q']!r}")
        seen.add((cl["q"], cl["nth"]))
    for i, cl in enumerate(art["claims"], 1):
        q = cl["q"]
        if text.count(q) <= cl["nth"]:
            raise ValueError(f"{art['id']}: quantity {q!r} not in text")
        for spec in (cl["subj"], cl["ref"]):
            if spec and spec["mention"] not in text and not spec["mention"].startswith("("):
                raise ValueError(f"{art['id']}: mention {spec['mention']!r} not in text")
        st = {"unit": "km", "qualifier": "vague"} if cl["vague"] else parse_stated(q, art["lang"])

        row = {
            "id": f"{art['id']}-{i:02d}",
            "article": art["id"],
            "class": cl["cls"],
            "lang": art["lang"],
            "quantity": q,
            "nth": cl["nth"],
            "form": cl["form"],
            "direction": cl["d"],
            "stated": st,
            "stated_km": round(st["value"] * UNIT_KM[st["unit"]], 3) if "value" in st else None,
            "subject": _place(cl["subj"]),
            "reference": _place(cl["ref"]) if cl["ref"] else None,
        }
        if cl["vague"]:
            row["vague_km"] = list(cl["vague"])
        if cl["ref"] and cl["ref"].get("km"):
            row["true_km"] = list(cl["ref"]["km"])
        elif cl["subj"].get("km"):  # an island or region as subject: nearest shore to the point
            row["true_km"] = list(cl["subj"]["km"])
        if cl["dok"] is not None:
            row["direction_ok"] = cl["dok"]
        t = truth_of(row)
        row.update(t)
        if t["truth"] != cl["want"]:
            raise ValueError(
                f"{row['id']}: meant {cl['want']}, computed {t['truth']} "
                f"(true_km {t['true_km']}, bearing {t.get('bearing_deg')}, q {q!r})"
            )
        if cl["note"]:
            row["note"] = cl["note"]
        out["claim"].append(row)
    for n in art["non"]:
        q, why = n if isinstance(n, tuple) else (n, "")
        if q not in text:
            raise ValueError(f"{art['id']}: non-claim {q!r} not in text")
        out["nonclaim"].append({"quantity": q, "claim": False, "what": why})
    return out


# --- batch J (helper h-claims3, 2026-12-03): own keys, coordinates written by hand
PLACES.update(
    {
        "j_lima": ("Lima", -12.0464, -77.0428, "city", "PE"),
        "j_cusco": ("Cusco", -13.5320, -71.9675, "city", "PE"),
        "j_arequipa": ("Arequipa", -16.4090, -71.5375, "city", "PE"),
        "j_puno": ("Puno", -15.8402, -70.0219, "city", "PE"),
        "j_lapaz": ("La Paz", -16.4897, -68.1193, "city", "BO"),
        "j_iquitos": ("Iquitos", -3.7437, -73.2516, "city", "PE"),
        "j_nauta": ("Nauta", -4.5083, -73.5833, "city", "PE"),
        "j_machupicchu": ("Machu Picchu", -13.1631, -72.5450, "landmark", "PE"),
        "j_nazca": ("Nazca", -14.8355, -74.9328, "city", "PE"),
        "j_trujillo": ("Trujillo", -8.1116, -79.0288, "city", "PE"),
        "j_juliaca": ("Juliaca", -15.5000, -70.1333, "city", "PE"),
        "j_samarkand": ("Samarkand", 39.6542, 66.9597, "city", "UZ"),
        "j_bukhara": ("Bukhara", 39.7747, 64.4286, "city", "UZ"),
        "j_khiva": ("Khiva", 41.3783, 60.3639, "city", "UZ"),
        "j_nukus": ("Nukus", 42.4531, 59.6103, "city", "UZ"),
        "j_dushanbe": ("Dushanbe", 38.5598, 68.7870, "city", "TJ"),
        "j_termez": ("Termez", 37.2242, 67.2783, "city", "UZ"),
        "j_khujand": ("Khujand", 40.2826, 69.6222, "city", "TJ"),
        "j_auckland": ("Auckland", -36.8485, 174.7633, "city", "NZ"),
        "j_wellington": ("Wellington", -41.2865, 174.7762, "city", "NZ"),
        "j_whakatane": ("Whakatane", -37.9533, 176.9904, "city", "NZ"),
        "j_whakaari": ("Whakaari / White Island", -37.5200, 177.1800, "island", "NZ"),
        "j_tauranga": ("Tauranga", -37.6878, 176.1651, "city", "NZ"),
        "j_rotorua": ("Rotorua", -38.1368, 176.2497, "city", "NZ"),
        "j_gisborne": ("Gisborne", -38.6623, 178.0176, "city", "NZ"),
        "j_napier": ("Napier", -39.4928, 176.9120, "city", "NZ"),
        "j_nukualofa": ("Nuku'alofa", -21.1394, -175.2049, "city", "TO"),
        "j_apia": ("Apia", -13.8333, -171.7667, "city", "WS"),
        "j_abidjan": ("Abidjan", 5.3600, -4.0083, "city", "CI"),
        "j_yamoussoukro": ("Yamoussoukro", 6.8276, -5.2893, "city", "CI"),
        "j_bouake": ("Bouaké", 7.6906, -5.0303, "city", "CI"),
        "j_korhogo": ("Korhogo", 9.4580, -5.6296, "city", "CI"),
        "j_sanpedro": ("San-Pédro", 4.7485, -6.6363, "city", "CI"),
        "j_monrovia": ("Monrovia", 6.3156, -10.8074, "city", "LR"),
        "j_accra": ("Accra", 5.6037, -0.1870, "city", "GH"),
        "j_daloa": ("Daloa", 6.8774, -6.4502, "city", "CI"),
        "j_ilulissat": ("Ilulissat", 69.2198, -51.0986, "city", "GL"),
        "j_kangerlussuaq": ("Kangerlussuaq", 67.0086, -50.6892, "city", "GL"),
        "j_sisimiut": ("Sisimiut", 66.9395, -53.6735, "city", "GL"),
        "j_qaanaaq": ("Qaanaaq", 77.4670, -69.2285, "city", "GL"),
        "j_iqaluit": ("Iqaluit", 63.7467, -68.5170, "city", "CA"),
        "j_tasiilaq": ("Tasiilaq", 65.6145, -37.6368, "city", "GL"),
    }
)

# --- batch K (helper h-claims4, 2026-12-03): own keys, coordinates written by hand
PLACES.update(
    {
        "k_kingston": ("Kingston", 17.9712, -76.7936, "city", "JM"),
        "k_montegobay": ("Montego Bay", 18.4762, -77.8939, "city", "JM"),
        "k_ochorios": ("Ocho Rios", 18.4076, -77.1031, "city", "JM"),
        "k_negril": ("Negril", 18.2683, -78.3476, "city", "JM"),
        "k_portantonio": ("Port Antonio", 18.1800, -76.4500, "city", "JM"),
        "k_mandeville": ("Mandeville", 18.0420, -77.5071, "city", "JM"),
        "k_santiagocuba": ("Santiago de Cuba", 20.0247, -75.8219, "city", "CU"),
        "k_guantanamo": ("Guantánamo", 20.1444, -75.2092, "city", "CU"),
        "k_portauprince": ("Port-au-Prince", 18.5944, -72.3074, "city", "HT"),
        "k_jeremie": ("Jérémie", 18.6500, -74.1167, "city", "HT"),
        "k_lescayes": ("Les Cayes", 18.1933, -73.7500, "city", "HT"),
        "k_nassau": ("Nassau", 25.0443, -77.3504, "city", "BS"),
        "k_havana": ("Havana", 23.1136, -82.3666, "city", "CU"),
        "k_georgetown": ("George Town", 19.2866, -81.3744, "city", "KY"),
        "k_windhoek": ("Windhoek", -22.5609, 17.0658, "city", "NA"),
        "k_okahandja": ("Okahandja", -21.9833, 16.9167, "city", "NA"),
        "k_swakopmund": ("Swakopmund", -22.6784, 14.5266, "city", "NA"),
        "k_walvisbay": ("Walvis Bay", -22.9576, 14.5053, "city", "NA"),
        "k_rehoboth": ("Rehoboth", -23.3167, 17.0833, "city", "NA"),
        "k_mariental": ("Mariental", -24.6333, 17.9667, "city", "NA"),
        "k_keetmanshoop": ("Keetmanshoop", -26.5833, 18.1333, "city", "NA"),
        "k_gobabis": ("Gobabis", -22.4500, 18.9667, "city", "NA"),
        "k_gaborone": ("Gaborone", -24.6282, 25.9231, "city", "BW"),
        "k_capetown": ("Cape Town", -33.9249, 18.4241, "city", "ZA"),
        "k_otjiwarongo": ("Otjiwarongo", -20.4637, 16.6477, "city", "NA"),
        "k_luderitz": ("Lüderitz", -26.6481, 15.1594, "city", "NA"),
        "k_ulaanbaatar": ("Ulaanbaatar", 47.8864, 106.9057, "city", "MN"),
        "k_darkhan": ("Darkhan", 49.4867, 105.9228, "city", "MN"),
        "k_erdenet": ("Erdenet", 49.0333, 104.0833, "city", "MN"),
        "k_moron": ("Mörön", 49.6375, 100.1614, "city", "MN"),
        "k_kharkhorin": ("Kharkhorin", 47.1975, 102.8238, "city", "MN"),
        "k_sukhbaatar": ("Sükhbaatar", 50.2314, 106.2078, "city", "MN"),
        "k_irkutsk": ("Irkutsk", 52.2870, 104.3050, "city", "RU"),
        "k_ulanude": ("Ulan-Ude", 51.8335, 107.5841, "city", "RU"),
        "k_choibalsan": ("Choibalsan", 48.0667, 114.5000, "city", "MN"),
        "k_dalanzadgad": ("Dalanzadgad", 43.5708, 104.4250, "city", "MN"),
        "k_khovd": ("Khovd", 48.0056, 91.6419, "city", "MN"),
        "k_riga": ("Riga", 56.9496, 24.1052, "city", "LV"),
        "k_tallinn": ("Tallinn", 59.4370, 24.7536, "city", "EE"),
        "k_tartu": ("Tartu", 58.3780, 26.7290, "city", "EE"),
        "k_parnu": ("Pärnu", 58.3859, 24.4971, "city", "EE"),
        "k_vilnius": ("Vilnius", 54.6872, 25.2797, "city", "LT"),
        "k_kaunas": ("Kaunas", 54.8985, 23.9036, "city", "LT"),
        "k_klaipeda": ("Klaipėda", 55.7033, 21.1443, "city", "LT"),
        "k_liepaja": ("Liepāja", 56.5047, 21.0108, "city", "LV"),
        "k_ventspils": ("Ventspils", 57.3894, 21.5606, "city", "LV"),
        "k_siauliai": ("Šiauliai", 55.9349, 23.3137, "city", "LT"),
        "k_helsinki": ("Helsinki", 60.1699, 24.9384, "city", "FI"),
        "k_narva": ("Narva", 59.3772, 28.1903, "city", "EE"),
        "k_daugavpils": ("Daugavpils", 55.8714, 26.5161, "city", "LV"),
        "k_panevezys": ("Panevėžys", 55.7348, 24.3575, "city", "LT"),
        "k_valmiera": ("Valmiera", 57.5411, 25.4275, "city", "LV"),
        "k_kuressaare": ("Kuressaare", 58.2528, 22.4869, "city", "EE"),
        "k_visby": ("Visby", 57.6348, 18.2948, "city", "SE"),
        "k_dhaka": ("Dhaka", 23.8103, 90.4125, "city", "BD"),
        "k_sylhet": ("Sylhet", 24.8949, 91.8687, "city", "BD"),
        "k_coxsbazar": ("Cox's Bazar", 21.4272, 92.0058, "city", "BD"),
        "k_chittagong": ("Chittagong", 22.3569, 91.7832, "city", "BD"),
        "k_mymensingh": ("Mymensingh", 24.7471, 90.4203, "city", "BD"),
        "k_comilla": ("Comilla", 23.4607, 91.1809, "city", "BD"),
        "k_moulvibazar": ("Moulvibazar", 24.4829, 91.7774, "city", "BD"),
        "k_rajshahi": ("Rajshahi", 24.3745, 88.6042, "city", "BD"),
        "k_khulna": ("Khulna", 22.8456, 89.5403, "city", "BD"),
        "k_barisal": ("Barisal", 22.7010, 90.3535, "city", "BD"),
        "k_sunamganj": ("Sunamganj", 25.0658, 91.3950, "city", "BD"),
        "k_kolkata": ("Kolkata", 22.5726, 88.3639, "city", "IN"),
        "k_shillong": ("Shillong", 25.5788, 91.8933, "city", "IN"),
        "k_rangpur": ("Rangpur", 25.7439, 89.2752, "city", "BD"),
        "k_quito": ("Quito", -0.1807, -78.4678, "city", "EC"),
        "k_cotopaxi": ("Cotopaxi", -0.6838, -78.4380, "mountain", "EC"),
        "k_latacunga": ("Latacunga", -0.9352, -78.6155, "city", "EC"),
        "k_ambato": ("Ambato", -1.2491, -78.6167, "city", "EC"),
        "k_riobamba": ("Riobamba", -1.6636, -78.6546, "city", "EC"),
        "k_chimborazo": ("Chimborazo", -1.4693, -78.8175, "mountain", "EC"),
        "k_guayaquil": ("Guayaquil", -2.1894, -79.8891, "city", "EC"),
        "k_cuenca": ("Cuenca", -2.9001, -79.0059, "city", "EC"),
        "k_tulcan": ("Tulcán", 0.8118, -77.7173, "city", "EC"),
        "k_ibarra": ("Ibarra", 0.3517, -78.1223, "city", "EC"),
        "k_banos": ("Baños de Agua Santa", -1.3964, -78.4247, "city", "EC"),
        "k_tungurahua": ("Tungurahua", -1.4672, -78.4428, "mountain", "EC"),
    }
)

# batch L (helper h-claims5): Uganda, Mexico, northern Norway, Madagascar, the Philippines
PLACES.update(
    {
        "l_kampala": ("Kampala", 0.3476, 32.5825, "city", "UG"),
        "l_entebbe": ("Entebbe", 0.0512, 32.4637, "city", "UG"),
        "l_jinja": ("Jinja", 0.4244, 33.2042, "city", "UG"),
        "l_mbale": ("Mbale", 1.0821, 34.1750, "city", "UG"),
        "l_elgon": ("Mount Elgon", 1.1194, 34.5250, "mountain", "UG"),
        "l_gulu": ("Gulu", 2.7724, 32.2881, "city", "UG"),
        "l_masaka": ("Masaka", -0.3411, 31.7341, "city", "UG"),
        "l_kasese": ("Kasese", 0.1833, 30.0833, "city", "UG"),
        "l_monterrey": ("Monterrey", 25.6866, -100.3161, "city", "MX"),
        "l_ciudadvictoria": ("Ciudad Victoria", 23.7369, -99.1411, "city", "MX"),
        "l_saltillo": ("Saltillo", 25.4232, -101.0053, "city", "MX"),
        "l_nuevolaredo": ("Nuevo Laredo", 27.4764, -99.5164, "city", "MX"),
        "l_mazatlan": ("Mazatlán", 23.2494, -106.4111, "city", "MX"),
        "l_popocatepetl": ("Popocatépetl", 19.0225, -98.6278, "mountain", "MX"),
        "l_mexicocity": ("Mexico City", 19.4326, -99.1332, "city", "MX"),
        "l_durango": ("Durango", 24.0277, -104.6532, "city", "MX"),
        "l_tromso": ("Tromsø", 69.6492, 18.9553, "city", "NO"),
        "l_moirana": ("Mo i Rana", 66.3128, 14.1428, "city", "NO"),
        "l_bodo": ("Bodø", 67.2804, 14.4049, "city", "NO"),
        "l_moskenes": ("Moskenes", 67.8989, 13.0600, "locality", "NO"),
        "l_narvik": ("Narvik", 68.4385, 17.4272, "city", "NO"),
        "l_hammerfest": ("Hammerfest", 70.6634, 23.6821, "city", "NO"),
        "l_alta": ("Alta", 69.9689, 23.2716, "city", "NO"),
        "l_kirkenes": ("Kirkenes", 69.7271, 30.0450, "city", "NO"),
        "l_antananarivo": ("Antananarivo", -18.8792, 47.5079, "city", "MG"),
        "l_toamasina": ("Toamasina", -18.1492, 49.4023, "city", "MG"),
        "l_antsirabe": ("Antsirabe", -19.8659, 47.0333, "city", "MG"),
        "l_fianarantsoa": ("Fianarantsoa", -21.4527, 47.0857, "city", "MG"),
        "l_toliara": ("Toliara", -23.3500, 43.6667, "city", "MG"),
        "l_taolagnaro": ("Taolagnaro", -25.0317, 46.9856, "city", "MG"),
        "l_saintdenis": ("Saint-Denis", -20.8821, 55.4504, "city", "RE"),
        "l_mahajanga": ("Mahajanga", -15.7167, 46.3167, "city", "MG"),
        "l_manila": ("Manila", 14.5995, 120.9842, "city", "PH"),
        "l_legazpi": ("Legazpi", 13.1391, 123.7438, "city", "PH"),
        "l_mayon": ("Mayon", 13.2548, 123.6861, "mountain", "PH"),
        "l_naga": ("Naga", 13.6218, 123.1948, "city", "PH"),
        "l_tagaytay": ("Tagaytay", 14.1153, 120.9621, "city", "PH"),
        "l_taal": ("Taal Volcano", 14.0021, 120.9937, "mountain", "PH"),
        "l_baguio": ("Baguio", 16.4023, 120.5960, "city", "PH"),
        "l_matnog": ("Matnog", 12.5856, 124.0856, "city", "PH"),
        "l_allen": ("Allen", 12.5013, 124.2820, "city", "PH"),
        "l_tacloban": ("Tacloban", 11.2444, 125.0039, "city", "PH"),
    }
)

# batch V (helper h-claims12): Oman (the capital region and Dhofar), northern Pakistan,
# Ghana and Togo, Paraguay, Fiji. Coordinates from general knowledge (town centres, summits,
# dam crests), 2-4 decimals.
PLACES.update(
    {
        # Oman, north and east
        "v_muscat": ("Muscat", 23.5880, 58.3829, "city", "OM"),
        "v_sur": ("Sur", 22.5667, 59.5289, "city", "OM"),
        "v_rasalhadd": ("Ras al Hadd", 22.5333, 59.8000, "locality", "OM"),
        "v_bimmah": ("Bimmah Sinkhole", 23.0361, 59.0719, "landmark", "OM"),
        "v_shannah": ("Shannah", 20.7500, 58.6500, "locality", "OM"),
        "v_hilf": ("Hilf", 20.6800, 58.8700, "city", "OM"),
        "v_duqm": ("Duqm", 19.6600, 57.7000, "city", "OM"),
        "v_nizwa": ("Nizwa", 22.9333, 57.5333, "city", "OM"),
        "v_jebelshams": ("Jebel Shams", 23.2372, 57.2633, "mountain", "OM"),
        "v_quriyat": ("Quriyat", 23.2570, 58.9180, "city", "OM"),
        # Oman, Dhofar
        "v_salalah": ("Salalah", 17.0151, 54.0924, "city", "OM"),
        "v_mirbat": ("Mirbat", 16.9924, 54.6919, "city", "OM"),
        "v_taqah": ("Taqah", 17.0380, 54.4020, "city", "OM"),
        "v_mughsayl": ("Mughsayl", 16.8770, 53.7730, "locality", "OM"),
        "v_thumrait": ("Thumrait", 17.6660, 54.0240, "city", "OM"),
        "v_hasik": ("Hasik", 17.4500, 55.2400, "locality", "OM"),
        "v_ghaydah": ("Al Ghaydah", 16.2079, 52.1759, "city", "YE"),
        # northern Pakistan
        "v_gilgit": ("Gilgit", 35.9208, 74.3144, "city", "PK"),
        "v_skardu": ("Skardu", 35.2971, 75.6333, "city", "PK"),
        "v_karimabad": ("Karimabad", 36.3167, 74.6667, "city", "PK"),
        "v_khunjerab": ("Khunjerab Pass", 36.8500, 75.4278, "landmark", "PK"),
        "v_kashgar": ("Kashgar", 39.4704, 75.9898, "city", "CN"),
        "v_nangaparbat": ("Nanga Parbat", 35.2375, 74.5892, "mountain", "PK"),
        "v_chilas": ("Chilas", 35.4206, 74.0944, "city", "PK"),
        "v_k2": ("K2", 35.8825, 76.5133, "mountain", "PK"),
        "v_besham": ("Besham", 34.9300, 72.8800, "city", "PK"),
        "v_islamabad": ("Islamabad", 33.6844, 73.0479, "city", "PK"),
        # Ghana and Togo
        "v_accra": ("Accra", 5.6037, -0.1870, "city", "GH"),
        "v_akosombo": ("Akosombo Dam", 6.2990, 0.0580, "landmark", "GH"),
        "v_ho": ("Ho", 6.6008, 0.4713, "city", "GH"),
        "v_keta": ("Keta", 5.9178, 0.9881, "city", "GH"),
        "v_lome": ("Lomé", 6.1319, 1.2228, "city", "TG"),
        "v_kpalime": ("Kpalimé", 6.9000, 0.6333, "city", "TG"),
        "v_yeji": ("Yeji", 8.2167, -0.6500, "city", "GH"),
        "v_kumasi": ("Kumasi", 6.6885, -1.6244, "city", "GH"),
        "v_tamale": ("Tamale", 9.4075, -0.8533, "city", "GH"),
        "v_capecoast": ("Cape Coast", 5.1053, -1.2466, "city", "GH"),
        "v_adafoah": ("Ada Foah", 5.7833, 0.6333, "city", "GH"),
        # Paraguay
        "v_asuncion": ("Asunción", -25.2637, -57.5759, "city", "PY"),
        "v_concepcion": ("Concepción", -23.4064, -57.4344, "city", "PY"),
        "v_pilar": ("Pilar", -26.8569, -58.3009, "city", "PY"),
        "v_encarnacion": ("Encarnación", -27.3306, -55.8667, "city", "PY"),
        "v_caaguazu": ("Caaguazú", -25.4667, -56.0167, "city", "PY"),
        "v_itaipu": ("Itaipú Dam", -25.4080, -54.5890, "landmark", "PY"),
        "v_ciudaddeleste": ("Ciudad del Este", -25.5097, -54.6111, "city", "PY"),
        "v_filadelfia": ("Filadelfia", -22.3500, -60.0333, "city", "PY"),
        "v_pjc": ("Pedro Juan Caballero", -22.5472, -55.7333, "city", "PY"),
        "v_formosa": ("Formosa", -26.1775, -58.1781, "city", "AR"),
        # Fiji
        "v_suva": ("Suva", -18.1248, 178.4501, "city", "FJ"),
        "v_labasa": ("Labasa", -16.4167, 179.3833, "city", "FJ"),
        "v_savusavu": ("Savusavu", -16.7792, 179.3333, "city", "FJ"),
        "v_levuka": ("Levuka", -17.6833, 178.8333, "city", "FJ"),
        "v_nadi": ("Nadi", -17.8031, 177.4162, "city", "FJ"),
        "v_lautoka": ("Lautoka", -17.6169, 177.4500, "city", "FJ"),
        "v_tomanivi": ("Mount Tomanivi", -17.6167, 178.0167, "mountain", "FJ"),
        "v_vunisea": ("Vunisea", -19.0500, 178.1600, "city", "FJ"),
        "v_navua": ("Navua", -18.2167, 178.1667, "city", "FJ"),
    }
)

# --- batch X (helper h-claims13, 2026-12-04): own keys, coordinates written by hand
PLACES.update(
    {
        "x_belizecity": ("Belize City", 17.4986, -88.1886, "city", "BZ"),
        "x_belmopan": ("Belmopan", 17.2510, -88.7590, "city", "BZ"),
        "x_dangriga": ("Dangriga", 16.9697, -88.2311, "city", "BZ"),
        "x_placencia": ("Placencia", 16.5144, -88.3667, "city", "BZ"),
        "x_puntagorda": ("Punta Gorda", 16.0980, -88.8080, "city", "BZ"),
        "x_puertocortes": ("Puerto Cortés", 15.8456, -87.9406, "city", "HN"),
        "x_sanpedrosula": ("San Pedro Sula", 15.5047, -88.0250, "city", "HN"),
        "x_laceiba": ("La Ceiba", 15.7597, -86.7822, "city", "HN"),
        "x_luanda": ("Luanda", -8.8383, 13.2344, "city", "AO"),
        "x_benguela": ("Benguela", -12.5763, 13.4055, "city", "AO"),
        "x_huambo": ("Huambo", -12.7761, 15.7392, "city", "AO"),
        "x_lubango": ("Lubango", -14.9177, 13.4925, "city", "AO"),
        "x_namibe": ("Namibe", -15.1961, 12.1522, "city", "AO"),
        "x_ondjiva": ("Ondjiva", -17.0667, 15.7333, "city", "AO"),
        "x_menongue": ("Menongue", -14.6585, 17.6910, "city", "AO"),
        "x_malanje": ("Malanje", -9.5402, 16.3410, "city", "AO"),
        "x_kuito": ("Kuito", -12.3833, 16.9333, "city", "AO"),
        "x_sapporo": ("Sapporo", 43.0618, 141.3545, "city", "JP"),
        "x_hakodate": ("Hakodate", 41.7687, 140.7288, "city", "JP"),
        "x_aomori": ("Aomori", 40.8222, 140.7474, "city", "JP"),
        "x_kushiro": ("Kushiro", 42.9849, 144.3820, "city", "JP"),
        "x_asahikawa": ("Asahikawa", 43.7706, 142.3650, "city", "JP"),
        "x_obihiro": ("Obihiro", 42.9236, 143.1966, "city", "JP"),
        "x_tomakomai": ("Tomakomai", 42.6340, 141.6055, "city", "JP"),
        "x_wakkanai": ("Wakkanai", 45.4156, 141.6731, "city", "JP"),
        "x_nemuro": ("Nemuro", 43.3301, 145.5828, "city", "JP"),
        "x_tokyo": ("Tokyo", 35.6762, 139.6503, "city", "JP"),
        "x_anchorage": ("Anchorage", 61.2181, -149.9003, "city", "US"),
        "x_unalaska": ("Unalaska", 53.8739, -166.5372, "city", "US"),
        "x_dutchharbor": ("Dutch Harbor", 53.8898, -166.5422, "city", "US"),
        "x_coldbay": ("Cold Bay", 55.2036, -162.7175, "city", "US"),
        "x_adak": ("Adak", 51.8800, -176.6581, "city", "US"),
        "x_kingsalmon": ("King Salmon", 58.6883, -156.6614, "city", "US"),
        "x_homer": ("Homer", 59.6425, -151.5483, "city", "US"),
        "x_kodiak": ("Kodiak", 57.7900, -152.4072, "city", "US"),
        "x_shishaldin": ("Shishaldin", 54.7554, -163.9711, "mountain", "US"),
        "x_pavlof": ("Pavlof Volcano", 55.4173, -161.8937, "mountain", "US"),
        "x_sandpoint": ("Sand Point", 55.3394, -160.4969, "city", "US"),
        "x_pakse": ("Pakse", 15.1202, 105.7990, "city", "LA"),
        "x_savannakhet": ("Savannakhet", 16.5563, 104.7528, "city", "LA"),
        "x_thakhek": ("Thakhek", 17.4101, 104.8307, "city", "LA"),
        "x_vientiane": ("Vientiane", 17.9757, 102.6331, "city", "LA"),
        "x_paksong": ("Paksong", 15.1833, 106.2333, "city", "LA"),
        "x_khone": ("Khone Phapheng Falls", 13.9500, 105.9500, "landmark", "LA"),
        "x_stungtreng": ("Stung Treng", 13.5259, 105.9683, "city", "KH"),
        "x_ubon": ("Ubon Ratchathani", 15.2287, 104.8564, "city", "TH"),
        "x_attapeu": ("Attapeu", 14.8070, 106.8310, "city", "LA"),
        "x_aden": ("Aden", 12.7855, 45.0187, "city", "YE"),
        "x_mukalla": ("Mukalla", 14.5425, 49.1242, "city", "YE"),
        "x_sanaa": ("Sanaa", 15.3694, 44.1910, "city", "YE"),
        "x_hodeidah": ("Hodeidah", 14.7978, 42.9545, "city", "YE"),
        "x_mokha": ("Mokha", 13.3200, 43.2500, "city", "YE"),
        "x_taizz": ("Taizz", 13.5789, 44.0209, "city", "YE"),
        "x_djibouti": ("Djibouti", 11.5883, 43.1450, "city", "DJ"),
        "x_shibam": ("Shibam", 15.9269, 48.6266, "city", "YE"),
        # batch Y (helper h-claims13, round 2): Kyrgyzstan's Issyk-Kul, Sudan's Red Sea
        # coast, Sri Lanka's hill country, Cabo Verde
        "y_tashkent": ("Tashkent", 41.2995, 69.2401, "city", "UZ"),
        "y_bishkek": ("Bishkek", 42.8746, 74.5698, "city", "KG"),
        "y_karakol": ("Karakol", 42.4907, 78.3936, "city", "KG"),
        "y_cholponata": ("Cholpon-Ata", 42.6500, 77.0833, "city", "KG"),
        "y_balykchy": ("Balykchy", 42.4602, 76.1870, "city", "KG"),
        "y_kumtor": ("Kumtor Gold Mine", 41.8640, 78.1960, "facility", "KG"),
        "y_tamga": ("Tamga", 42.1500, 77.5500, "city", "KG"),
        "y_bokonbayevo": ("Bokonbayevo", 42.1170, 76.9830, "city", "KG"),
        "y_portsudan": ("Port Sudan", 19.6158, 37.2164, "city", "SD"),
        "y_suakin": ("Suakin", 19.1059, 37.3321, "city", "SD"),
        "y_tokar": ("Tokar", 18.4256, 37.7290, "city", "SD"),
        "y_atbara": ("Atbara", 17.7022, 33.9864, "city", "SD"),
        "y_sinkat": ("Sinkat", 18.8367, 36.8306, "city", "SD"),
        "y_haiya": ("Haiya", 18.3369, 36.3844, "city", "SD"),
        "y_kassala": ("Kassala", 15.4510, 36.4000, "city", "SD"),
        "y_jeddah": ("Jeddah", 21.4858, 39.1925, "city", "SA"),
        "y_colombo": ("Colombo", 6.9271, 79.8612, "city", "LK"),
        "y_kandy": ("Kandy", 7.2906, 80.6337, "city", "LK"),
        "y_nuwaraeliya": ("Nuwara Eliya", 6.9497, 80.7891, "city", "LK"),
        "y_hatton": ("Hatton", 6.8916, 80.5955, "city", "LK"),
        "y_badulla": ("Badulla", 6.9934, 81.0550, "city", "LK"),
        "y_matale": ("Matale", 7.4675, 80.6234, "city", "LK"),
        "y_hambantota": ("Hambantota", 6.1241, 81.1185, "city", "LK"),
        "y_chennai": ("Chennai", 13.0827, 80.2707, "city", "IN"),
        "y_picofogo": ("Pico do Fogo", 14.9500, -24.3500, "mountain", "CV"),
        "y_saofilipe": ("São Filipe", 14.8961, -24.4956, "city", "CV"),
        "y_praia": ("Praia", 14.9330, -23.5133, "city", "CV"),
        "y_cidadevelha": ("Cidade Velha", 14.9153, -23.6053, "city", "CV"),
        "y_mindelo": ("Mindelo", 16.8901, -24.9804, "city", "CV"),
        "y_espargos": ("Espargos", 16.7557, -22.9496, "city", "CV"),
        "y_dakar": ("Dakar", 14.7167, -17.4677, "city", "SN"),
    }
)

# --- batch AA (helper h-claims, tenth session, 2026-12-04): Malta and Gozo, Djibouti, Singapore
# and southern Malaysia with Sumatra and the Riau islands, Kuwait, Panama; own keys, coordinates
# written by hand from general knowledge (city centres, an airport's terminal)
PLACES.update(
    {
        "aa_valletta": ("Valletta", 35.8989, 14.5146, "city", "MT"),
        "aa_victoria": ("Victoria", 36.0444, 14.2397, "city", "MT"),
        "aa_mgarr": ("Mġarr", 36.0250, 14.2990, "city", "MT"),
        "aa_cirkewwa": ("Ċirkewwa", 35.9886, 14.3294, "city", "MT"),
        "aa_sliema": ("Sliema", 35.9122, 14.5042, "city", "MT"),
        "aa_marsaskala": ("Marsaskala", 35.8625, 14.5675, "city", "MT"),
        "aa_pozzallo": ("Pozzallo", 36.7303, 14.8486, "city", "IT"),
        "aa_lampedusa": ("Lampedusa", 35.5083, 12.6000, "city", "IT"),
        "aa_tripoli": ("Tripoli", 32.8872, 13.1913, "city", "LY"),
        "aa_djibouti": ("Djibouti", 11.5886, 43.1450, "city", "DJ"),
        "aa_djibouti_airport": (
            "Djibouti–Ambouli International Airport",
            11.5473,
            43.1595,
            "airport",
            "DJ",
        ),
        "aa_tadjoura": ("Tadjoura", 11.7856, 42.8847, "city", "DJ"),
        "aa_obock": ("Obock", 11.9667, 43.2833, "city", "DJ"),
        "aa_dikhil": ("Dikhil", 11.1083, 42.3694, "city", "DJ"),
        "aa_alisabieh": ("Ali Sabieh", 11.1558, 42.7125, "city", "DJ"),
        "aa_diredawa": ("Dire Dawa", 9.5931, 41.8661, "city", "ET"),
        "aa_hargeisa": ("Hargeisa", 9.5600, 44.0650, "city", "SO"),
        "aa_singapore": ("Singapore", 1.2903, 103.8519, "city", "SG"),
        "aa_pekanbaru": ("Pekanbaru", 0.5071, 101.4478, "city", "ID"),
        "aa_dumai": ("Dumai", 1.6667, 101.4500, "city", "ID"),
        "aa_malacca": ("Malacca", 2.1896, 102.2501, "city", "MY"),
        "aa_kualalumpur": ("Kuala Lumpur", 3.1390, 101.6869, "city", "MY"),
        "aa_batam": ("Batam", 1.1283, 104.0531, "city", "ID"),
        "aa_tanjungpinang": ("Tanjung Pinang", 0.9186, 104.4554, "city", "ID"),
        "aa_johorbahru": ("Johor Bahru", 1.4927, 103.7414, "city", "MY"),
        "aa_mersing": ("Mersing", 2.4312, 103.8405, "city", "MY"),
        "aa_kuwait": ("Kuwait City", 29.3759, 47.9774, "city", "KW"),
        "aa_jahra": ("Al Jahra", 29.3375, 47.6581, "city", "KW"),
        "aa_ahmadi": ("Al Ahmadi", 29.0769, 48.0838, "city", "KW"),
        "aa_khafji": ("Khafji", 28.4391, 48.4913, "city", "SA"),
        "aa_ummqasr": ("Umm Qasr", 30.0362, 47.9196, "city", "IQ"),
        "aa_panama": ("Panama City", 8.9824, -79.5199, "city", "PA"),
        "aa_colon": ("Colón", 9.3592, -79.9014, "city", "PA"),
        "aa_portobelo": ("Portobelo", 9.5553, -79.6553, "city", "PA"),
        "aa_david": ("David", 8.4273, -82.4308, "city", "PA"),
        "aa_chitre": ("Chitré", 7.9667, -80.4333, "city", "PA"),
        "aa_santiago_pa": ("Santiago de Veraguas", 8.1000, -80.9833, "city", "PA"),
        "aa_yaviza": ("Yaviza", 8.1564, -77.6917, "city", "PA"),
        "aa_lapalma_pa": ("La Palma", 8.4050, -78.1400, "city", "PA"),
    }
)


# batch AC (h-claims, eleventh session, 2026-12-04): coordinates from general knowledge
PLACES.update(
    {
        "ac_ashgabat": ("Ashgabat", 37.9601, 58.3261, "city", "TM"),
        "ac_mashhad": ("Mashhad", 36.2970, 59.6062, "city", "IR"),
        "ac_mary": ("Mary", 37.6005, 61.8302, "city", "TM"),
        "ac_tejen": ("Tejen", 37.3786, 60.5062, "city", "TM"),
        "ac_turkmenabat": ("Türkmenabat", 39.0733, 63.5786, "city", "TM"),
        "ac_dashoguz": ("Daşoguz", 41.8363, 59.9666, "city", "TM"),
        "ac_balkanabat": ("Balkanabat", 39.5108, 54.3671, "city", "TM"),
        "ac_sarahs": ("Sarahs", 36.5333, 61.2167, "city", "TM"),
        "ac_tashkent": ("Tashkent", 41.2995, 69.2401, "city", "UZ"),
        "ac_dushanbe": ("Dushanbe", 38.5598, 68.7870, "city", "TJ"),
        "ac_khujand": ("Khujand", 40.2826, 69.6220, "city", "TJ"),
        "ac_kulob": ("Kulob", 37.9146, 69.7845, "city", "TJ"),
        "ac_khorog": ("Khorog", 37.4897, 71.5530, "city", "TJ"),
        "ac_termez": ("Termez", 37.2242, 67.2783, "city", "UZ"),
        "ac_bokhtar": ("Bokhtar", 37.8364, 68.7803, "city", "TJ"),
        "ac_van": ("Van", 38.5012, 43.3730, "city", "TR"),
        "ac_erzurum": ("Erzurum", 39.9043, 41.2679, "city", "TR"),
        "ac_kars": ("Kars", 40.6013, 43.0975, "city", "TR"),
        "ac_dogubayazit": ("Doğubayazıt", 39.5467, 44.0836, "city", "TR"),
        "ac_tabriz": ("Tabriz", 38.0800, 46.2919, "city", "IR"),
        "ac_mus": ("Muş", 38.7432, 41.5065, "city", "TR"),
        "ac_ararat": ("Mount Ararat", 39.7019, 44.2983, "mountain", "TR"),
        "ac_yerevan": ("Yerevan", 40.1792, 44.4991, "city", "AM"),
        "ac_portvila": ("Port Vila", -17.7333, 168.3273, "city", "VU"),
        "ac_luganville": ("Luganville", -15.5333, 167.1667, "city", "VU"),
        "ac_lenakel": ("Lenakel", -19.5300, 169.2700, "city", "VU"),
        "ac_noumea": ("Nouméa", -22.2758, 166.4580, "city", "NC"),
        "ac_lakatoro": ("Lakatoro", -16.0999, 167.4164, "city", "VU"),
        "ac_sola": ("Sola", -13.8833, 167.5500, "city", "VU"),
        "ac_suva": ("Suva", -18.1416, 178.4419, "city", "FJ"),
        "ac_honiara": ("Honiara", -9.4456, 159.9729, "city", "SB"),
        "ac_yellowknife": ("Yellowknife", 62.4540, -114.3718, "city", "CA"),
        "ac_hayriver": ("Hay River", 60.8156, -115.7999, "city", "CA"),
        "ac_fortprovidence": ("Fort Providence", 61.3530, -117.6597, "city", "CA"),
        "ac_fortsmith": ("Fort Smith", 60.0050, -111.8910, "city", "CA"),
        "ac_behchoko": ("Behchokǫ̀", 62.8025, -116.0464, "city", "CA"),
        "ac_enterprise": ("Enterprise", 60.5992, -116.1419, "city", "CA"),
        "ac_inuvik": ("Inuvik", 68.3607, -133.7230, "city", "CA"),
        "ac_highlevel": ("High Level", 58.5169, -117.1360, "city", "CA"),
    }
)


# batch AD (h-claims, eleventh session round 2, 2026-12-04): coordinates from general knowledge
PLACES.update(
    {
        "ad_mekelle": ("Mekelle", 13.4967, 39.4753, "city", "ET"),
        "ad_gondar": ("Gondar", 12.6030, 37.4521, "city", "ET"),
        "ad_bahirdar": ("Bahir Dar", 11.5936, 37.3908, "city", "ET"),
        "ad_lalibela": ("Lalibela", 12.0317, 39.0473, "city", "ET"),
        "ad_axum": ("Axum", 14.1211, 38.7233, "city", "ET"),
        "ad_adigrat": ("Adigrat", 14.2770, 39.4620, "city", "ET"),
        "ad_shire": ("Shire", 14.1000, 38.2833, "city", "ET"),
        "ad_debretabor": ("Debre Tabor", 11.8500, 38.0167, "city", "ET"),
        "ad_asmara": ("Asmara", 15.3229, 38.9251, "city", "ER"),
        "ad_rasdashen": ("Ras Dashen", 13.2364, 38.3728, "mountain", "ET"),
        "ad_skopje": ("Skopje", 41.9981, 21.4254, "city", "MK"),
        "ad_ohrid": ("Ohrid", 41.1231, 20.8016, "city", "MK"),
        "ad_struga": ("Struga", 41.1778, 20.6783, "city", "MK"),
        "ad_bitola": ("Bitola", 41.0311, 21.3347, "city", "MK"),
        "ad_tetovo": ("Tetovo", 42.0069, 20.9715, "city", "MK"),
        "ad_korce": ("Korçë", 40.6186, 20.7808, "city", "AL"),
        "ad_tirana": ("Tirana", 41.3275, 19.8187, "city", "AL"),
        "ad_pristina": ("Pristina", 42.6629, 21.1655, "city", "XK"),
        "ad_prizren": ("Prizren", 42.2139, 20.7397, "city", "XK"),
        "ad_kukes": ("Kukës", 42.0769, 20.4219, "city", "AL"),
        "ad_seoul": ("Seoul", 37.5665, 126.9780, "city", "KR"),
        "ad_gangneung": ("Gangneung", 37.7519, 128.8761, "city", "KR"),
        "ad_chuncheon": ("Chuncheon", 37.8813, 127.7298, "city", "KR"),
        "ad_wonju": ("Wonju", 37.3422, 127.9202, "city", "KR"),
        "ad_sokcho": ("Sokcho", 38.2070, 128.5918, "city", "KR"),
        "ad_pyeongchang": ("Pyeongchang", 37.3708, 128.3903, "city", "KR"),
        "ad_seoraksan": ("Seoraksan", 38.1192, 128.4656, "mountain", "KR"),
        "ad_donghae": ("Donghae", 37.5247, 129.1143, "city", "KR"),
        "ad_samcheok": ("Samcheok", 37.4500, 129.1650, "city", "KR"),
        "ad_andong": ("Andong", 36.5684, 128.7294, "city", "KR"),
        "ad_santodomingo": ("Santo Domingo", 18.4861, -69.9312, "city", "DO"),
        "ad_santiago_do": ("Santiago de los Caballeros", 19.4517, -70.6970, "city", "DO"),
        "ad_puertoplata": ("Puerto Plata", 19.7934, -70.6884, "city", "DO"),
        "ad_jarabacoa": ("Jarabacoa", 19.1167, -70.6333, "city", "DO"),
        "ad_constanza": ("Constanza", 18.9094, -70.7450, "city", "DO"),
        "ad_lavega": ("La Vega", 19.2221, -70.5296, "city", "DO"),
        "ad_sfmacoris": ("San Francisco de Macorís", 19.3008, -70.2525, "city", "DO"),
        "ad_caphaitien": ("Cap-Haïtien", 19.7578, -72.2047, "city", "HT"),
        "ad_barahona": ("Barahona", 18.2085, -71.1008, "city", "DO"),
    }
)


# batch AF (h-claims, twelfth session, 2026-12-04): coordinates from general knowledge
PLACES.update(
    {
        "af_abuja": ("Abuja", 9.0765, 7.3986, "city", "NG"),
        "af_lokoja": ("Lokoja", 7.8023, 6.7333, "city", "NG"),
        "af_kotonkarfe": ("Koton Karfe", 8.0981, 6.7969, "city", "NG"),
        "af_makurdi": ("Makurdi", 7.7337, 8.5214, "city", "NG"),
        "af_otukpo": ("Otukpo", 7.1905, 8.1299, "city", "NG"),
        "af_idah": ("Idah", 7.1101, 6.7388, "city", "NG"),
        "af_lagos": ("Lagos", 6.4550, 3.3841, "city", "NG"),
        "af_ibadan": ("Ibadan", 7.3775, 3.9470, "city", "NG"),
        "af_kano": ("Kano", 12.0022, 8.5920, "city", "NG"),
        "af_kyiv": ("Kyiv", 50.4501, 30.5234, "city", "UA"),
        "af_boryspil": ("Boryspil", 50.3527, 30.9550, "city", "UA"),
        "af_nizhyn": ("Nizhyn", 51.0480, 31.8869, "city", "UA"),
        "af_zhytomyr": ("Zhytomyr", 50.2547, 28.6587, "city", "UA"),
        "af_vinnytsia": ("Vinnytsia", 49.2331, 28.4682, "city", "UA"),
        "af_pryluky": ("Pryluky", 50.5930, 32.3876, "city", "UA"),
        "af_chernihiv": ("Chernihiv", 51.4982, 31.2893, "city", "UA"),
        "af_kharkiv": ("Kharkiv", 49.9935, 36.2304, "city", "UA"),
        "af_poltava": ("Poltava", 49.5883, 34.5514, "city", "UA"),
        "af_bend": ("Bend", 44.0582, -121.3153, "city", "US"),
        "af_sisters": ("Sisters", 44.2910, -121.5492, "city", "US"),
        "af_redmond": ("Redmond", 44.2726, -121.1739, "city", "US"),
        "af_salem": ("Salem", 44.9429, -123.0351, "city", "US"),
        "af_madras": ("Madras", 44.6335, -121.1295, "city", "US"),
        "af_portland": ("Portland", 45.5152, -122.6784, "city", "US"),
        "af_prineville": ("Prineville", 44.2999, -120.8345, "city", "US"),
        "af_lapine": ("La Pine", 43.6704, -121.5036, "city", "US"),
        "af_lampedusa": ("Lampedusa", 35.5069, 12.6056, "city", "IT"),
        "af_valletta": ("Valletta", 35.8989, 14.5146, "city", "MT"),
        "af_agrigento": ("Agrigento", 37.3111, 13.5765, "city", "IT"),
        "af_licata": ("Licata", 37.1029, 13.9370, "city", "IT"),
        "af_portoempedocle": ("Porto Empedocle", 37.2870, 13.5266, "city", "IT"),
        "af_zuwara": ("Zuwara", 32.9312, 12.0820, "city", "LY"),
        "af_pantelleria": ("Pantelleria", 36.8300, 11.9400, "city", "IT"),
        "af_sfax": ("Sfax", 34.7406, 10.7603, "city", "TN"),
        "af_tunis": ("Tunis", 36.8065, 10.1815, "city", "TN"),
        "af_manaus": ("Manaus", -3.1190, -60.0217, "city", "BR"),
        "af_tefe": ("Tefé", -3.3542, -64.7114, "city", "BR"),
        "af_coari": ("Coari", -4.0850, -63.1414, "city", "BR"),
        "af_manacapuru": ("Manacapuru", -3.2997, -60.6206, "city", "BR"),
        "af_parintins": ("Parintins", -2.6283, -56.7358, "city", "BR"),
        "af_itacoatiara": ("Itacoatiara", -3.1431, -58.4442, "city", "BR"),
        "af_santarem": ("Santarém", -2.4430, -54.7081, "city", "BR"),
    }
)


# batch AH (h-claims, thirteenth session, 2026-12-04): coordinates from general knowledge
PLACES.update(
    {
        "ah_phnompenh": ("Phnom Penh", 11.5564, 104.9282, "city", "KH"),
        "ah_kampongchhnang": ("Kampong Chhnang", 12.2500, 104.6667, "city", "KH"),
        "ah_pursat": ("Pursat", 12.5388, 103.9192, "city", "KH"),
        "ah_siemreap": ("Siem Reap", 13.3633, 103.8564, "city", "KH"),
        "ah_battambang": ("Battambang", 13.0957, 103.2022, "city", "KH"),
        "ah_kratie": ("Kratié", 12.4881, 106.0188, "city", "KH"),
        "ah_stungtreng": ("Stung Treng", 13.5259, 105.9683, "city", "KH"),
        "ah_kampongthom": ("Kampong Thom", 12.7111, 104.8887, "city", "KH"),
        "ah_poipet": ("Poipet", 13.6593, 102.5633, "city", "KH"),
        "ah_kampot": ("Kampot", 10.6104, 104.1815, "city", "KH"),
        "ah_lubumbashi": ("Lubumbashi", -11.6647, 27.4794, "city", "CD"),
        "ah_likasi": ("Likasi", -10.9814, 26.7333, "city", "CD"),
        "ah_kolwezi": ("Kolwezi", -10.7148, 25.4667, "city", "CD"),
        "ah_kipushi": ("Kipushi", -11.7604, 27.2500, "city", "CD"),
        "ah_kasumbalesa": ("Kasumbalesa", -12.2667, 27.8000, "city", "CD"),
        "ah_kitwe": ("Kitwe", -12.8024, 28.2132, "city", "ZM"),
        "ah_fungurume": ("Fungurume", -10.6167, 26.3167, "city", "CD"),
        "ah_kasenga": ("Kasenga", -10.3592, 28.6328, "city", "CD"),
        "ah_lasvegas": ("Las Vegas", 36.1699, -115.1398, "city", "US"),
        "ah_hooverdam": ("Hoover Dam", 36.0160, -114.7377, "landmark", "US"),
        "ah_kingman": ("Kingman", 35.1894, -114.0530, "city", "US"),
        "ah_bullheadcity": ("Bullhead City", 35.1359, -114.5286, "city", "US"),
        "ah_flagstaff": ("Flagstaff", 35.1983, -111.6513, "city", "US"),
        "ah_phoenix": ("Phoenix", 33.4484, -112.0740, "city", "US"),
        "ah_lakehavasu": ("Lake Havasu City", 34.4839, -114.3225, "city", "US"),
        "ah_needles": ("Needles", 34.8481, -114.6141, "city", "US"),
        "ah_santiagodecuba": ("Santiago de Cuba", 20.0247, -75.8219, "city", "CU"),
        "ah_havana": ("Havana", 23.1136, -82.3666, "city", "CU"),
        "ah_guantanamo": ("Guantánamo", 20.1444, -75.2092, "city", "CU"),
        "ah_holguin": ("Holguín", 20.8872, -76.2631, "city", "CU"),
        "ah_baracoa": ("Baracoa", 20.3467, -74.4958, "city", "CU"),
        "ah_bayamo": ("Bayamo", 20.3792, -76.6433, "city", "CU"),
        "ah_manzanillo": ("Manzanillo", 20.3436, -77.1167, "city", "CU"),
        "ah_camaguey": ("Camagüey", 21.3808, -77.9169, "city", "CU"),
        "ah_montevideo": ("Montevideo", -34.9011, -56.1645, "city", "UY"),
        "ah_durazno": ("Durazno", -33.3806, -56.5236, "city", "UY"),
        "ah_paysandu": ("Paysandú", -32.3214, -58.0756, "city", "UY"),
        "ah_salto": ("Salto", -31.3833, -57.9667, "city", "UY"),
        "ah_rivera": ("Rivera", -30.9053, -55.5508, "city", "UY"),
        "ah_tacuarembo": ("Tacuarembó", -31.7111, -55.9839, "city", "UY"),
        "ah_treintaytres": ("Treinta y Tres", -33.2333, -54.3833, "city", "UY"),
        "ah_mercedes": ("Mercedes", -33.2524, -58.0305, "city", "UY"),
        "ah_athens": ("Athens", 37.9838, 23.7275, "city", "GR"),
        "ah_heraklion": ("Heraklion", 35.3387, 25.1442, "city", "GR"),
        "ah_chania": ("Chania", 35.5138, 24.0180, "city", "GR"),
        "ah_ierapetra": ("Ierapetra", 35.0117, 25.7403, "city", "GR"),
        "ah_agiosnikolaos": ("Agios Nikolaos", 35.1899, 25.7164, "city", "GR"),
        "ah_sitia": ("Sitia", 35.2070, 26.1050, "city", "GR"),
        "ah_fira": ("Fira", 36.4166, 25.4323, "city", "GR"),
    }
)
