#!/usr/bin/env python3
"""Deterministic synthetic import files for timing `samenwijzer-data import-csv` and
`import-hsds` at national scale: N activities as a spreadsheet (CSV, `;`), as an HSDS
3.0 JSON export (a list of services) or as an HSDS tabular export (a folder of CSV
files with datapackage.json).

    python3 scripts/gen-imports.py csv 100000 > /tmp/imports100k.csv
    python3 scripts/gen-imports.py hsds 100000 > /tmp/hsds100k.json
    python3 scripts/gen-imports.py tabular 100000 /tmp/hsds100k-tabular
    /usr/bin/time -v samenwijzer-data import-csv /tmp/imports100k.csv -o /tmp/out.json

The same arguments give the same files (seeded with --seed, default 342). Rows are
valid, in the configured municipalities, with a few warnings each (as real files
have), so the timing includes the notes."""
import argparse
import csv
import json
import os
import random
import sys

PLACES = [("velsen", "IJmuiden", "1971"), ("beverwijk", "Beverwijk", "1941"),
          ("heemskerk", "Heemskerk", "1961"), ("amstelveen", "Amstelveen", "1181")]
ACTIVITIES = [("Koffieochtend", "meet"), ("Wandelclub", "nature"), ("Taalcafé", "talk"),
              ("Repair café", "practical-help"), ("Zangkoor", "culture"),
              ("Digicafé", "digital"), ("Rouwgroep", "grief"), ("Yoga op de stoel", "sport")]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]
NL_DAYS = {"MO": "ma", "TU": "di", "WE": "wo", "TH": "do", "FR": "vr", "SA": "za"}


def activities(n, seed):
    rng = random.Random(seed)
    for i in range(n):
        name, need = rng.choice(ACTIVITIES)
        muni, city, pc4 = rng.choice(PLACES)
        day = rng.choice(DAYS)
        hour = rng.randint(9, 19)
        yield {
            "i": i,
            "name": f"{name} {i}",
            "description": f"{name} in {city}: samen, elke week. Nummer {i}.",
            "need": need,
            "muni": muni,
            "city": city,
            "postcode": f"{pc4} {chr(65 + rng.randint(0, 25))}{chr(65 + rng.randint(0, 25))}",
            "street": f"Voorbeeldstraat {rng.randint(1, 200)}",
            "day": day,
            "opens": f"{hour:02}:00",
            "closes": f"{hour + 2:02}:00",
            "free": rng.random() < 0.6,
            "lat": round(52.3 + rng.random() * 0.2, 4),
            "lon": round(4.6 + rng.random() * 0.3, 4),
            "phone": f"0255 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "checked": "2026-10-01" if rng.random() < 0.8 else "",
        }


def write_csv(n, seed, out):
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["id", "naam", "beschrijving", "gemeente", "behoeften", "gratis", "kosten",
                "dagen", "van", "tot", "straat", "postcode", "plaats", "lat", "lon",
                "telefoon", "laatst_gecontroleerd"])
    for a in activities(n, seed):
        w.writerow([f"a{a['i']}", a["name"], a["description"], a["muni"], a["need"],
                    "ja" if a["free"] else "nee", "" if a["free"] else "€ 2",
                    NL_DAYS[a["day"]], a["opens"], a["closes"], a["street"], a["postcode"],
                    a["city"], str(a["lat"]).replace(".", ","), str(a["lon"]).replace(".", ","),
                    a["phone"], a["checked"]])


def service(a):
    i = a["i"]
    return {
        "id": f"s{i}",
        "name": a["name"],
        "description": a["description"],
        "status": "active",
        "assured_date": a["checked"] or None,
        "organization": {"id": f"o{i % 500}", "name": f"Stichting {i % 500}"},
        "phones": [{"id": f"p{i}", "number": a["phone"]}],
        "cost_options": [{"id": f"c{i}", "amount": 0 if a["free"] else 2, "currency": "EUR"}],
        "attributes": [{"id": f"at{i}", "taxonomy_term": {"id": f"t-{a['need']}",
                                                            "code": a["need"], "name": a["need"]}}],
        "schedules": [{"id": f"sc{i}", "freq": "WEEKLY", "byday": a["day"],
                       "opens_at": a["opens"], "closes_at": a["closes"]}],
        "service_at_locations": [{
            "id": f"sal{i}",
            "location": {
                "id": f"l{i}", "location_type": "physical", "name": f"Buurthuis {i}",
                "latitude": a["lat"], "longitude": a["lon"],
                "addresses": [{"id": f"ad{i}", "address_1": a["street"], "city": a["city"],
                               "postal_code": a["postcode"], "country": "NL",
                               "address_type": "physical"}],
            },
        }],
    }


def write_tabular(n, seed, folder):
    os.makedirs(folder, exist_ok=True)
    tables = {
        "organizations": ["id", "name"],
        "services": ["id", "organization_id", "name", "description", "status", "assured_date"],
        "phones": ["id", "service_id", "number"],
        "cost_options": ["id", "service_id", "amount", "currency"],
        "taxonomy_terms": ["id", "code", "name"],
        "attributes": ["id", "link_id", "link_type", "taxonomy_term_id"],
        "schedules": ["id", "service_id", "freq", "byday", "opens_at", "closes_at"],
        "locations": ["id", "location_type", "name", "latitude", "longitude"],
        "addresses": ["id", "location_id", "address_1", "city", "postal_code", "country",
                      "address_type"],
        "service_at_locations": ["id", "service_id", "location_id"],
    }
    files = {t: open(os.path.join(folder, f"{t}.csv"), "w", newline="") for t in tables}
    writers = {t: csv.writer(f, lineterminator="\n") for t, f in files.items()}
    for t, cols in tables.items():
        writers[t].writerow(cols)
    for k in range(500):
        writers["organizations"].writerow([f"o{k}", f"Stichting {k}"])
    for _, need in ACTIVITIES:
        writers["taxonomy_terms"].writerow([f"t-{need}", need, need])
    for a in activities(n, seed):
        i = a["i"]
        writers["services"].writerow([f"s{i}", f"o{i % 500}", a["name"], a["description"],
                                      "active", a["checked"]])
        writers["phones"].writerow([f"p{i}", f"s{i}", a["phone"]])
        writers["cost_options"].writerow([f"c{i}", f"s{i}", 0 if a["free"] else 2, "EUR"])
        writers["attributes"].writerow([f"at{i}", f"s{i}", "service", f"t-{a['need']}"])
        writers["schedules"].writerow([f"sc{i}", f"s{i}", "WEEKLY", a["day"], a["opens"],
                                       a["closes"]])
        writers["locations"].writerow([f"l{i}", "physical", f"Buurthuis {i}", a["lat"],
                                       a["lon"]])
        writers["addresses"].writerow([f"ad{i}", f"l{i}", a["street"], a["city"],
                                       a["postcode"], "NL", "physical"])
        writers["service_at_locations"].writerow([f"sal{i}", f"s{i}", f"l{i}"])
    for f in files.values():
        f.close()
    package = {"name": "synthetic-hsds", "profile": "tabular-data-package",
               "resources": [{"name": t, "path": f"{t}.csv"} for t in tables]}
    with open(os.path.join(folder, "datapackage.json"), "w") as f:
        json.dump(package, f, indent=2)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("format", choices=["csv", "hsds", "tabular"])
    p.add_argument("n", type=int)
    p.add_argument("folder", nargs="?", help="for tabular: the folder to write")
    p.add_argument("--seed", type=int, default=342)
    args = p.parse_args()
    if args.format == "csv":
        write_csv(args.n, args.seed, sys.stdout)
    elif args.format == "hsds":
        services = [service(a) for a in activities(args.n, args.seed)]
        json.dump(services, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        if not args.folder:
            p.error("tabular needs a folder")
        write_tabular(args.n, args.seed, args.folder)


if __name__ == "__main__":
    main()
