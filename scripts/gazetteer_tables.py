"""Hand-made facts the gazetteer build needs and no installed package ships.

Kept apart from ``build_gazetteer.py`` so that the data is easy to review:
English names of Ukraine's oblasts (the register stores only the Ukrainian
adjective), the Russian regions next to the front, the "republics" the
Russian side proclaimed, and the rivers and other features news uses as
front-line references.  Coordinates are approximate reference points (a
river's point nearest the front), marked approximate in the gazetteer.
"""

from __future__ import annotations

#: Register oblast adjective → (English name, Russian adjective, extra aliases).
#: The oblast's centre is found in the register by the English base name.
UA_OBLASTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Автономна Республіка Крим": (
        "Autonomous Republic of Crimea",
        "Крымская",
        ("Crimea", "Krym", "Crimean Peninsula", "Крым", "Крим", "Республика Крым"),
    ),
    "Вінницька": ("Vinnytsia Oblast", "Винницкая", ("Vinnychchyna", "Вінниччина")),
    "Волинська": ("Volyn Oblast", "Волынская", ("Volyn", "Volhynia", "Волинь", "Волынь")),
    "Дніпропетровська": (
        "Dnipropetrovsk Oblast",
        "Днепропетровская",
        ("Dnipropetrovshchyna", "Дніпропетровщина", "Днепропетровщина"),
    ),
    "Донецька": (
        "Donetsk Oblast",
        "Донецкая",
        (
            "Donetsk People's Republic",
            "Donetsk People’s Republic",
            "DPR",
            "DNR",
            "ДНР",
            "Донецкая Народная Республика",
            "Донецька Народна Республіка",
            "Donechchyna",
            "Донеччина",
        ),
    ),
    "Житомирська": ("Zhytomyr Oblast", "Житомирская", ("Zhytomyrshchyna", "Житомирщина")),
    "Закарпатська": (
        "Zakarpattia Oblast",
        "Закарпатская",
        ("Zakarpattia", "Transcarpathia", "Закарпаття", "Закарпатье"),
    ),
    "Запорізька": (
        "Zaporizhzhia Oblast",
        "Запорожская",
        ("Zaporizhzhia region", "Запоріжжя область"),
    ),
    "Івано-Франківська": (
        "Ivano-Frankivsk Oblast",
        "Ивано-Франковская",
        ("Prykarpattia", "Прикарпаття"),
    ),
    "Київська": ("Kyiv Oblast", "Киевская", ("Kyivshchyna", "Київщина", "Киевщина")),
    "Кіровоградська": (
        "Kirovohrad Oblast",
        "Кировоградская",
        ("Kirovohradshchyna", "Кіровоградщина"),
    ),
    "Луганська": (
        "Luhansk Oblast",
        "Луганская",
        (
            "Luhansk People's Republic",
            "Luhansk People’s Republic",
            "Lugansk People's Republic",
            "LPR",
            "LNR",
            "ЛНР",
            "Луганская Народная Республика",
            "Луганська Народна Республіка",
            "Luhanshchyna",
            "Луганщина",
        ),
    ),
    "Львівська": ("Lviv Oblast", "Львовская", ("Lvivshchyna", "Львівщина")),
    "Миколаївська": ("Mykolaiv Oblast", "Николаевская", ("Mykolaivshchyna", "Миколаївщина")),
    "Одеська": ("Odesa Oblast", "Одесская", ("Odeshchyna", "Одещина")),
    "Полтавська": ("Poltava Oblast", "Полтавская", ("Poltavshchyna", "Полтавщина")),
    "Рівненська": ("Rivne Oblast", "Ровенская", ("Rivnenshchyna", "Рівненщина")),
    "Сумська": ("Sumy Oblast", "Сумская", ("Sumshchyna", "Сумщина")),
    "Тернопільська": ("Ternopil Oblast", "Тернопольская", ("Ternopilshchyna", "Тернопільщина")),
    "Харківська": (
        "Kharkiv Oblast",
        "Харьковская",
        ("Kharkivshchyna", "Харківщина", "Харьковщина", "Slobozhanshchyna", "Слобожанщина"),
    ),
    "Херсонська": ("Kherson Oblast", "Херсонская", ("Khersonshchyna", "Херсонщина")),
    "Хмельницька": ("Khmelnytskyi Oblast", "Хмельницкая", ("Khmelnychchyna", "Хмельниччина")),
    "Черкаська": ("Cherkasy Oblast", "Черкасская", ("Cherkashchyna", "Черкащина")),
    "Чернівецька": ("Chernivtsi Oblast", "Черновицкая", ("Bukovyna", "Bukovina", "Буковина")),
    "Чернігівська": ("Chernihiv Oblast", "Черниговская", ("Chernihivshchyna", "Чернігівщина")),
}

#: Register oblast adjective → Ukrainian Cyrillic name of its centre.
UA_OBLAST_CENTRES: dict[str, str] = {
    "Автономна Республіка Крим": "Сімферополь",
    "Вінницька": "Вінниця",
    "Волинська": "Луцьк",
    "Дніпропетровська": "Дніпро",
    "Донецька": "Донецьк",
    "Житомирська": "Житомир",
    "Закарпатська": "Ужгород",
    "Запорізька": "Запоріжжя",
    "Івано-Франківська": "Івано-Франківськ",
    "Київська": "Київ",
    "Кіровоградська": "Кропивницький",
    "Луганська": "Луганськ",
    "Львівська": "Львів",
    "Миколаївська": "Миколаїв",
    "Одеська": "Одеса",
    "Полтавська": "Полтава",
    "Рівненська": "Рівне",
    "Сумська": "Суми",
    "Тернопільська": "Тернопіль",
    "Харківська": "Харків",
    "Херсонська": "Херсон",
    "Хмельницька": "Хмельницький",
    "Черкаська": "Черкаси",
    "Чернівецька": "Чернівці",
    "Чернігівська": "Чернігів",
}

#: Russian regions whose cities500 towns the gazetteer keeps:
#: GeoNames admin1 code → (GeoNames id of the region, English name,
#: Russian name, centre's GeoNames id, extra aliases).
RU_REGIONS: dict[str, tuple[int, str, str, int, tuple[str, ...]]] = {
    "09": (
        578071,
        "Belgorod Oblast",
        "Белгородская область",
        578072,
        ("Belgorodchina", "Белгородчина"),
    ),
    "41": (538555, "Kursk Oblast", "Курская область", 538560, ("Kurshchina", "Курщина")),
    "10": (571473, "Bryansk Oblast", "Брянская область", 571476, ("Bryanshchina", "Брянщина")),
    "61": (501165, "Rostov Oblast", "Ростовская область", 501175, ()),
    "86": (472039, "Voronezh Oblast", "Воронежская область", 472045, ()),
}

#: Features: (id, English name, kind detail, lat, lon, aliases).  Ids are
#: project ids (``F-``): these entries are not taken from a GeoNames file.
FEATURES: tuple[tuple[str, str, str, float, float, tuple[str, ...]], ...] = (
    (
        "F-dnipro-river",
        "Dnipro River",
        "river",
        46.75,
        33.0,
        (
            "Dnieper",
            "Dnieper River",
            "Dnipro River",
            "river Dnipro",
            "Dniepr",
            "Днепр река",
            "річка Дніпро",
            "река Днепр",
        ),
    ),
    (
        "F-siverskyi-donets",
        "Siverskyi Donets",
        "river",
        48.9,
        38.0,
        (
            "Siverskyi Donets",
            "Seversky Donets",
            "Severskiy Donets",
            "Severskyi Donets",
            "Donets River",
            "Сіверський Донець",
            "Северский Донец",
        ),
    ),
    (
        "F-oskil-river",
        "Oskil River",
        "river",
        49.7,
        37.62,
        (
            "Oskil River",
            "Oskol River",
            "river Oskil",
            "river Oskol",
            "Oskil",
            "Оскіл",
            "річка Оскіл",
            "река Оскол",
        ),
    ),
    (
        "F-inhulets-river",
        "Inhulets River",
        "river",
        47.3,
        33.3,
        ("Inhulets River", "Ingulets River", "річка Інгулець", "река Ингулец"),
    ),
    (
        "F-zherebets-river",
        "Zherebets River",
        "river",
        49.05,
        38.1,
        ("Zherebets", "Zherebets River", "Жеребець", "Жеребец"),
    ),
    (
        "F-vovcha-river",
        "Vovcha River",
        "river",
        48.0,
        36.9,
        ("Vovcha River", "Volchya River", "річка Вовча", "река Волчья"),
    ),
    ("F-krynka-river", "Krynka River", "river", 47.6, 38.7, ("Krynka River", "Krynka", "Кринка")),
    (
        "F-kazennyi-torets",
        "Kazennyi Torets",
        "river",
        48.7,
        37.6,
        ("Kazennyi Torets", "Kazenny Torets", "Казенний Торець", "Казенный Торец"),
    ),
    (
        "F-kakhovka-reservoir",
        "Kakhovka Reservoir",
        "reservoir",
        47.3,
        34.5,
        ("Kakhovka Reservoir", "Каховське водосховище", "Каховское водохранилище"),
    ),
    (
        "F-kinburn-spit",
        "Kinburn Spit",
        "spit",
        46.55,
        31.6,
        ("Kinburn Spit", "Kinburn Peninsula", "Кінбурнська коса", "Кинбурнская коса"),
    ),
    (
        "F-zmiinyi-island",
        "Zmiinyi Island",
        "island",
        45.255,
        30.204,
        ("Snake Island", "Zmiinyi Island", "Zmeiny Island", "острів Зміїний", "остров Змеиный"),
    ),
    (
        "F-sea-of-azov",
        "Sea of Azov",
        "sea",
        46.0,
        36.5,
        ("Sea of Azov", "Azov Sea", "Азовское море", "Азовське море"),
    ),
    (
        "F-black-sea",
        "Black Sea",
        "sea",
        43.5,
        34.0,
        ("Black Sea", "Черное море", "Чорне море"),
    ),
    ("F-donbas", "Donbas", "region", 48.3, 38.3, ("Donbas", "Donbass", "Донбас", "Донбасс")),
    (
        "F-crimean-bridge",
        "Crimean Bridge",
        "bridge",
        45.3,
        36.5,
        ("Crimean Bridge", "Kerch Bridge", "Кримський міст", "Крымский мост"),
    ),
    (
        "F-antonivskyi-bridge",
        "Antonivskyi Bridge",
        "bridge",
        46.67,
        32.72,
        (
            "Antonivskyi Bridge",
            "Antonovsky Bridge",
            "Antonivsky Bridge",
            "Антонівський міст",
            "Антоновский мост",
        ),
    ),
)

#: Named industrial sites that are parts of a town: (id, part name, parent
#: register name in Ukrainian, parent oblast adjective, aliases).
PARTS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    (
        "P-azovstal",
        "Azovstal plant",
        "Маріуполь",
        "Донецька",
        ("Azovstal", "Azovstal plant", "Azovstal steel plant", "Азовсталь"),
    ),
    (
        "P-avdiivka-coke",
        "Avdiivka Coke Plant",
        "Авдіївка",
        "Донецька",
        (
            "Avdiivka Coke Plant",
            "Avdiivka coke and chemical plant",
            "Avdeevka coke plant",
            "Авдіївський коксохімічний завод",
            "Авдеевский коксохимический завод",
            "АКХЗ",
        ),
    ),
    (
        "P-zaporizhzhia-npp",
        "Zaporizhzhia Nuclear Power Plant",
        "Енергодар",
        "Запорізька",
        (
            "Zaporizhzhia Nuclear Power Plant",
            "Zaporizhzhia NPP",
            "ZNPP",
            "Запорізька АЕС",
            "Запорожская АЭС",
        ),
    ),
)

#: Register names adopted recently that English reporting (and the project's
#: annotation guideline) does not use yet: register stem → established stem.
#: The register's own name stays an alias of the entry.
ESTABLISHED_NAMES: dict[str, str] = {
    "Сіверськодонецьк": "Сєвєродонецьк",  # Sievierodonetsk
}
