#!/usr/bin/env python3
"""A deterministic synthetic directory.json (schema_version 1) for national-scale runs
of `samenwijzer-data pack` and the benchmarks: N entries spread over M municipality ids
(gemeente-001 ... gemeente-M), about 5% national entries without a municipality, with
needs, weekly and monthly schedules, locations with postcodes and coordinates, costs,
wheelchair access, contacts and invented place and street names (so the vocabulary
grows with the country, as it would).

    python3 scripts/gen-directory.py 100000 342 > /tmp/directory100k.json
    samenwijzer-data pack /tmp/directory100k.json -o /tmp/packs

The same arguments give the same file, byte for byte (seeded with --seed, default 342).
Every entry is valid for parse_directory; `check` warns that the municipalities are
not configured (they are invented)."""
import argparse
import json
import random
import sys

ACTIVITIES = ["wandelclub", "koffieochtend", "buurtcafé", "taalcafé", "repair café",
              "zangkoor", "schilderles", "fietsmaatje", "moestuin", "samen eten",
              "yoga op de stoel", "digicafé", "rouwgroep", "mantelzorgcafé", "breiclub",
              "jeu de boules", "biljartclub", "leesclub", "computerhulp",
              "boodschappenhulp", "vrijwilligerswerk", "museumbezoek", "natuurwandeling",
              "beweegtuin", "soos", "dansmiddag", "gespreksgroep", "maatjesproject",
              "kookclub", "tekenclub", "spelletjesmiddag", "volkstuin", "klaverjassen",
              "fietstocht", "luisterlijn", "rijdende tafel", "boekenclub", "inloopspreekuur",
              "ouderensoos", "tuinclub"]
NEEDS_OF = {
    "wandelclub": ["nature", "sport", "meet"], "koffieochtend": ["meet", "talk"],
    "buurtcafé": ["meet"], "taalcafé": ["talk", "meet"], "repair café": ["practical-help"],
    "zangkoor": ["culture", "meet"], "schilderles": ["culture"],
    "fietsmaatje": ["transport", "nature"], "moestuin": ["nature", "volunteering"],
    "samen eten": ["meet"], "yoga op de stoel": ["sport"], "digicafé": ["digital"],
    "rouwgroep": ["grief", "talk"], "mantelzorgcafé": ["carer", "talk"],
    "breiclub": ["culture", "meet"], "jeu de boules": ["sport", "meet"],
    "biljartclub": ["sport", "meet"], "leesclub": ["culture", "talk"],
    "computerhulp": ["digital", "practical-help"],
    "boodschappenhulp": ["practical-help", "transport"],
    "vrijwilligerswerk": ["volunteering", "confidence"], "museumbezoek": ["culture"],
    "natuurwandeling": ["nature"], "beweegtuin": ["sport", "nature"], "soos": ["meet"],
    "dansmiddag": ["sport", "culture"], "gespreksgroep": ["talk", "confidence"],
    "maatjesproject": ["talk", "confidence"], "kookclub": ["meet", "culture"],
    "tekenclub": ["culture"], "spelletjesmiddag": ["meet"],
    "volkstuin": ["nature", "volunteering"], "klaverjassen": ["meet"],
    "fietstocht": ["sport", "nature"], "luisterlijn": ["talk"],
    "rijdende tafel": ["practical-help"], "boekenclub": ["culture", "talk"],
    "inloopspreekuur": ["practical-help", "talk"], "ouderensoos": ["meet"],
    "tuinclub": ["nature"],
}
ADJECTIVES = ["gezellige", "wekelijkse", "kleine", "gratis", "open", "rustige", "nieuwe",
              "vaste", "creatieve", "actieve", "maandelijkse", "informele"]
ORGANISATIONS = ["Stichting Welzijn", "Buurthuis De Brug", "Bibliotheek", "Wijkcentrum",
                 "Humanitas", "Rode Kruis", "Zonnebloem", "Participe", "Socius",
                 "Kerk en Buurt", "Sportvereniging", "Vrijwilligerscentrale", "MEE",
                 "Alzheimer Nederland", "Dorpshuis", "Seniorenvereniging"]
WORDS = ("samen met anderen in de buurt elke week op maandag dinsdag woensdag donderdag "
         "vrijdag zaterdag ochtend middag avond kopje koffie thee praten lachen leren "
         "bewegen buiten wandelen fietsen zingen tekenen koken eten delen helpen nieuwe "
         "mensen ontmoeten iedereen welkom aanmelden niet nodig toegankelijk rolstoel "
         "gratis kleine bijdrage begeleiding vrijwilligers ouderen jongeren nieuwkomers "
         "mantelzorgers gezellig ervaring tips ideeën oefenen taal nederlands spreken "
         "luisteren verhalen herinneringen muziek spelletjes kaarten puzzelen lezen boeken "
         "tuin groente planten natuur park bos strand duinen omgeving wijk dorp stad "
         "thuis eenzaam contact vriendschap steun hulp advies vragen formulieren computer "
         "telefoon tablet internet veilig bankzaken boodschappen vervoer bus auto "
         "rolstoelbus taxi afspraak huisbezoek gesprek verdriet verlies rouw zorg "
         "gezondheid fit sterk balans stoel yoga dansen sporten kracht conditie").split()
SYLLABLES = ["aa", "be", "bro", "dam", "del", "dijk", "dorp", "drecht", "ee", "ge", "gen",
             "ha", "hem", "hout", "hui", "hui", "ker", "kerk", "la", "lo", "meer", "mond",
             "naar", "noord", "oos", "oost", "re", "ren", "rijk", "ruim", "sche", "sloot",
             "stee", "ter", "uit", "veen", "veld", "ven", "vliet", "voor", "waal", "wa",
             "wijk", "win", "zand", "zee", "zuid", "zwaag"]
STREETS = ["straat", "weg", "laan", "plein", "hof", "kade", "singel", "dreef", "pad"]
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
HOURS = [("09:00", "11:00"), ("09:30", "12:00"), ("10:00", "12:00"), ("13:30", "15:30"),
         ("14:00", "16:00"), ("14:00", "17:00"), ("19:00", "21:00"), ("19:30", "22:00")]
LANGUAGES = [["nl"], ["nl"], ["nl"], ["nl", "en"], ["nl", "tr"], ["nl", "ar"], ["nl", "pl"]]


def place_name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def municipality_places(rng, count):
    """Per municipality: its places (the first is the main one), a PC4 range and a
    centre for coordinates."""
    out = []
    for m in range(count):
        places = [place_name(rng) for _ in range(rng.randint(1, 5))]
        pc4 = 1000 + (m * 8980) // max(count, 1)
        centre = (50.8 + rng.random() * 2.6, 3.5 + rng.random() * 3.4)
        out.append((f"gemeente-{m + 1:03d}", places, pc4, centre))
    return out


def schedule(rng):
    start, end = rng.choice(HOURS)
    if rng.random() < 0.25:
        s = {"freq": "MONTHLY", "byday": f"{rng.choice(['1', '2', '3', '-1'])}{rng.choice(BYDAY[:5])}"}
    else:
        days = sorted(rng.sample(range(7), rng.choice([1, 1, 1, 2, 3])))
        s = {"freq": "WEEKLY", "byday": ",".join(BYDAY[d] for d in days)}
        if rng.random() < 0.1:
            s["interval"] = 2
            s["valid_from"] = f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"
    s["opens_at"], s["closes_at"] = start, end
    return s


def entry(rng, i, where):
    activity = rng.choice(ACTIVITIES)
    adjective = rng.choice(ADJECTIVES)
    words = [rng.choice(WORDS) for _ in range(rng.randint(15, 45))]
    e = {"id": f"e{i:06d}", "example": True}
    if where is None:
        e["name"] = f"{activity.capitalize()} landelijk"
        e["description"] = f"{activity.capitalize()} voor heel Nederland: {' '.join(words)}."
    else:
        municipality, places, pc4, centre = where
        city = rng.choice(places)
        e["name"] = f"{adjective.capitalize()} {activity} {city}"
        e["description"] = f"{activity.capitalize()}: {' '.join(words)}."
        e["municipality"] = municipality
        location = {
            "street": f"{place_name(rng)}{rng.choice(STREETS)} {rng.randint(1, 250)}",
            "postcode": f"{pc4 + rng.randint(0, 25)} {chr(65 + rng.randint(0, 25))}{chr(65 + rng.randint(0, 25))}",
            "city": city,
        }
        if rng.random() < 0.5:
            location["name"] = f"{rng.choice(['Buurthuis', 'Wijkcentrum', 'Dorpshuis', 'Bibliotheek'])} {place_name(rng)}"
        if rng.random() < 0.7:
            location["latitude"] = round(centre[0] + rng.uniform(-0.05, 0.05), 5)
            location["longitude"] = round(centre[1] + rng.uniform(-0.05, 0.05), 5)
        if rng.random() < 0.6:
            location["wheelchair_accessible"] = True
            if rng.random() < 0.3:
                location["accessibility"] = "drempelvrij, invalidentoilet"
        e["location"] = location
    if rng.random() < 0.8:
        e["organisation"] = rng.choice(ORGANISATIONS)
    e["needs"] = NEEDS_OF[activity]
    if rng.random() < 0.75:
        e["schedules"] = [schedule(rng) for _ in range(rng.choice([1, 1, 1, 2]))]
    elif rng.random() < 0.5:
        e["when"] = rng.choice(["op afspraak", "dag en nacht bereikbaar", "in overleg"])
    if rng.random() < 0.55:
        e["free"] = True
    else:
        e["cost"] = f"€ {rng.randint(1, 10)},{rng.choice(['00', '50'])} per keer"
    if rng.random() < 0.2:
        low = rng.choice([0, 12, 18, 55, 65])
        e["age_min"] = low
        e["age_max"] = rng.choice([a for a in [17, 26, 64, 120] if a >= low])
    if rng.random() < 0.3:
        e["audience"] = rng.choice(["voor mantelzorgers", "voor ouderen", "voor nieuwkomers",
                                    "voor jongeren", "voor iedereen"])
    e["languages"] = rng.choice(LANGUAGES)
    if rng.random() < 0.5:
        e["how_to_join"] = rng.choice(["Loop gewoon binnen.", "Bel eerst even.",
                                       "Aanmelden via de website."])
    contact = {}
    if rng.random() < 0.8:
        contact["phone"] = f"0{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if rng.random() < 0.5:
        contact["email"] = f"info{i}@voorbeeld.nl"
    if rng.random() < 0.5:
        contact["website"] = f"https://www.voorbeeld.nl/{activity.replace(' ', '-').replace('é', 'e')}/{i}"
    if rng.random() < 0.3:
        contact["person"] = rng.choice(["Anja", "Mohamed", "Petra", "Kees", "Fatma", "Joost"])
    if contact:
        e["contact"] = contact
    e["last_checked"] = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    return e


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("entries", type=int)
    parser.add_argument("municipalities", type=int)
    parser.add_argument("--seed", type=int, default=342)
    args = parser.parse_args()
    if args.entries < 0 or args.municipalities < 1:
        parser.error("N must be 0 or more and MUNICIPALITIES 1 or more")
    rng = random.Random(args.seed)
    places = municipality_places(rng, args.municipalities)
    entries = []
    for i in range(args.entries):
        where = None if rng.random() < 0.05 else places[i % args.municipalities]
        entries.append(entry(rng, i, where))
    json.dump({"schema_version": 1, "entries": entries}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
