#!/usr/bin/env python3
"""Builds the bundled EC2 catalog (data/catalog/*.json) from the shared data pack.

Inputs (read-only): SHARED/data/ec2-types.csv, SHARED/reference/ec2-families.csv,
SHARED/fixtures/aws-pricing/ec2instances-2016-12-seed-families.json, and the hand-written
data/catalog/families_2016.json. Outputs: data/catalog/instance_types.json, families.json,
prices.json. Values are copied, never recomputed; every price keeps its source and date.

usage: gen_catalog.py [SHARED=/work/shared] [REPO=.]
"""
import csv
import json
import os
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
REPO = sys.argv[2] if len(sys.argv) > 2 else "."
OUT = os.path.join(REPO, "data", "catalog")

CATEGORY = {"General purpose": "general_purpose", "Compute optimized": "compute_optimized",
            "Memory optimized": "memory_optimized", "Accelerated computing": "accelerated_computing",
            "Storage optimized": "storage_optimized", "HPC optimized": "hpc"}
SEED_SOURCE = ("ec2instances.info instances.json (vantage-sh/ec2instances.info www/instances.json "
               "@ e655e36660bc617713c4ef9a1409cc65a209cb27, MIT)")
SEED_DATE = "2016-12-14"


def num(text):
    v = float(text)
    return int(v) if v.is_integer() else v


def main():
    with open(os.path.join(SHARED, "data", "ec2-types.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(SHARED, "reference", "ec2-families.csv"), newline="") as f:
        fam_rows = list(csv.DictReader(f))
    with open(os.path.join(SHARED, "fixtures", "aws-pricing", "ec2instances-2016-12-seed-families.json")) as f:
        seed = json.load(f)
    with open(os.path.join(OUT, "families_2016.json")) as f:
        fam2016 = json.load(f)
    seed_by_type = {r["instance_type"]: r for r in seed}

    # Cross-check the hand-written 2016 feature rows against the 2016 records.
    for fam in fam2016["families"]:
        recs = [r for r in seed if r["instance_type"].split(".")[0] == fam["family"]]
        assert recs, fam["family"]
        feats = fam["features"]
        for r in recs:
            assert r["vpc_only"] == feats["vpc_only"], (r["instance_type"], "vpc_only")
            assert (r["linux_virtualization_types"] == ["HVM"]) == feats["hvm_only"], (r["instance_type"], "hvm")
            storage = r["storage"]
            assert (storage is None) == feats["ebs_only"], (r["instance_type"], "ebs_only")
            assert bool(storage and storage["ssd"]) == feats["ssd_volumes"], (r["instance_type"], "ssd")

    types = []
    prices = []
    for r in rows:
        t = {"instance_type": r["instance_type"], "family": r["family"], "category": r["category"],
             "generation": r["generation"], "vcpu": int(r["vcpu"]), "memory_gib": num(r["memory_gib"]),
             "network_performance": r["network_performance"], "arch": r["arch"]}
        if r["gpus"] != "":
            t["gpus"] = int(r["gpus"])
        s = seed_by_type.get(r["instance_type"])
        if s is not None:
            st = s["storage"]
            t["storage"] = ("EBS only" if st is None else
                            "{} x {:g} GB {}".format(st["devices"], st["size"], "SSD" if st["ssd"] else "HDD"))
        types.append(t)
        if r["on_demand_linux_us_east_1_hourly"]:
            prices.append({"instance_type": r["instance_type"], "on_demand_hourly": num(r["on_demand_linux_us_east_1_hourly"]),
                           "source": r["price_source"], "date": r["price_date"]})

    families = []
    for fr in fam_rows:
        cat = CATEGORY.get(fr["category"])
        if cat is None:
            # Families the Price List does not know yet: use the category the type rows carry.
            cats = {t["category"] for t in types if t["family"] == fr["family"]}
            if len(cats) != 1:
                continue
            cat = cats.pop()
        families.append({"family": fr["family"], "category": cat, "generation": fr["generation"] or "current",
                         "processor": fr["physical_processor(s)"], "arch": fr["arch"],
                         "source": fr["source"]})
    known = {f["family"] for f in families}
    for t in types:
        if t["family"] not in known:
            families.append({"family": t["family"], "category": t["category"], "generation": t["generation"],
                             "processor": "", "arch": t["arch"], "source": "shared/data/ec2-types.csv"})
            known.add(t["family"])

    seed_prices = []
    for s in seed:
        lin = s["pricing"]["us-east-1"]["linux"]
        # Its reservations are left out: ec2instances.info gives them only as effective hourly rates,
        # without the upfront fee and hourly split the billing engine needs.
        seed_prices.append({"instance_type": s["instance_type"], "on_demand_hourly": num(lin["ondemand"])})

    catalog_source = ("shared/data/ec2-types.csv: specs from aws/karpenter-provider-aws @ 1d927085 "
                      "website/content/en/preview/reference/instance-types.md (EC2 DescribeInstanceTypes, 2026-07-11)")
    with open(os.path.join(OUT, "instance_types.json"), "w") as f:
        json.dump({"format": 1, "source": catalog_source, "types": types}, f, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "families.json"), "w") as f:
        json.dump({"format": 1, "source": "shared/reference/ec2-families.csv (2026-08)", "families": families},
                  f, indent=1)
        f.write("\n")
    reserved_snapshot = getproducts_snapshot(
        os.path.join(SHARED, "fixtures", "aws-pricing", "ec2-getproducts-m5large-2021.json"),
        "AWS Price List GetProducts (aws/amazon-ec2-instance-selector test/static/GetProducts/m5_large.json "
        "@ 71c31e5a8949f35ea0683ca1c27db9de00ae4fc3, Apache-2.0)")
    snap_2026_source = "AWS Price List via " + prices[0]["source"]
    assert all(p["source"] == prices[0]["source"] and p["date"] == prices[0]["date"] for p in prices)
    with open(os.path.join(OUT, "prices.json"), "w") as f:
        json.dump({"format": 1, "snapshots": [
            {"source": snap_2026_source, "date": prices[0]["date"], "region": "us-east-1", "os": "linux",
             "prices": [{"instance_type": p["instance_type"], "on_demand_hourly": p["on_demand_hourly"]} for p in prices]},
            {"source": SEED_SOURCE, "date": SEED_DATE,
             "region": "us-east-1", "os": "linux", "prices": seed_prices},
            reserved_snapshot,
        ]}, f, indent=1)
        f.write("\n")
    print(f"{len(types)} types, {len(families)} families, {len(prices)} + {len(seed_prices)} prices")


def getproducts_snapshot(path, source):
    """On-Demand and every Reserved term of one GetProducts item, read from the term attributes."""
    item = json.load(open(path))
    attrs = item["product"]["attributes"]
    (od,) = item["terms"]["OnDemand"].values()
    (dim,) = od["priceDimensions"].values()
    reserved = []
    for term in item["terms"]["Reserved"].values():
        a = term["termAttributes"]
        upfront = hourly = 0.0
        for d in term["priceDimensions"].values():
            if d["unit"] == "Quantity":
                upfront = float(d["pricePerUnit"]["USD"])
            elif d["unit"] == "Hrs":
                hourly = float(d["pricePerUnit"]["USD"])
        reserved.append({"term_years": int(a["LeaseContractLength"][0]), "class": a["OfferingClass"],
                         "payment": a["PurchaseOption"].lower().replace(" ", "_"),
                         "upfront": num(str(upfront)), "hourly": num(str(hourly))})
    reserved.sort(key=lambda r: (r["term_years"], r["class"], r["payment"]))
    version = item["version"]
    return {"source": source, "date": f"{version[0:4]}-{version[4:6]}-{version[6:8]}", "region": "us-east-1",
            "os": "linux", "prices": [{"instance_type": attrs["instanceType"],
                                       "on_demand_hourly": num(dim["pricePerUnit"]["USD"]), "reserved": reserved}]}


if __name__ == "__main__":
    main()
