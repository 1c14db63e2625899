#!/usr/bin/env python3
"""Writes a synthetic AWS bulk offer file for EC2 (one region) of about TARGET_MB megabytes.

The layout and attribute names follow the real regional offer file (products first, then
terms.OnDemand / terms.Reserved keyed by SKU and "SKU.OFFERTERMCODE"); the values are made up
so the file can be as large as a real us-east-1 file (~450 MB) without shipping one. It is
written incrementally, so the generator itself needs little memory. Never commit its output.

usage: gen_synthetic_offer.py OUT.json [TARGET_MB=450]
"""
import hashlib
import json
import sys

FAMILIES = ["m5", "m6i", "m7i", "c5", "c6i", "c7i", "r5", "r6i", "r7i", "t3", "t3a", "m6a", "c6a", "r6a",
            "i3", "i4i", "d3", "x2idn", "z1d", "g5", "p4d", "inf2", "m6g", "c6g", "r6g", "m7g", "c7g", "r7g"]
SIZES = [("large", 2, 8), ("xlarge", 4, 16), ("2xlarge", 8, 32), ("4xlarge", 16, 64), ("8xlarge", 32, 128),
         ("12xlarge", 48, 192), ("16xlarge", 64, 256), ("24xlarge", 96, 384)]
OSES = [("Linux", "No License required", "RunInstances"), ("Windows", "No License required", "RunInstances:0002"),
        ("RHEL", "No License required", "RunInstances:0010"), ("SUSE", "No License required", "RunInstances:000g"),
        ("Windows", "Bring your own license", "RunInstances:0800"), ("Red Hat Enterprise Linux with HA", "No License required", "RunInstances:1010"),
        ("Ubuntu Pro", "No License required", "RunInstances:0g00")]
TENANCIES = ["Shared", "Dedicated", "Host"]
SOFTWARE = ["NA", "SQL Std", "SQL Web", "SQL Ent"]
CAPACITY = ["Used", "UnusedCapacityReservation", "AllocatedCapacityReservation"]
RI = [(l, c, p) for l in ("1yr", "3yr") for c in ("standard", "convertible")
      for p in ("No Upfront", "Partial Upfront", "All Upfront")]


def sku_of(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16].upper()


def code_of(*parts):
    return hashlib.sha1(("t|" + "|".join(parts)).encode()).hexdigest()[:10].upper()


def main():
    out_path = sys.argv[1]
    target = int(sys.argv[2] if len(sys.argv) > 2 else 450) * 1024 * 1024
    products = []
    # Enough product combinations; cut when the estimated size is reached.
    for fam in FAMILIES:
        for size, vcpu, mem in SIZES:
            for os_, lic, op in OSES:
                for ten in TENANCIES:
                    for sw in SOFTWARE:
                        if sw != "NA" and not os_.startswith("Windows") and os_ != "Linux":
                            continue
                        for cap in CAPACITY:
                            products.append((f"{fam}.{size}", vcpu, mem, os_, lic, op, ten, sw, cap))
    est_per_product = 15800  # measured: product + on-demand term + 12 reserved terms, as written
    count = min(len(products), target // est_per_product)
    # Spread the kept subset over all families rather than taking the first N.
    step = len(products) / count
    chosen = [products[int(i * step)] for i in range(count)]
    with open(out_path, "w") as f:
        f.write('{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "synthetic test data",\n'
                '  "offerCode" : "AmazonEC2",\n  "version" : "20250101000000",\n'
                '  "publicationDate" : "2025-01-01T00:00:00Z",\n  "products" : {\n')
        skus = []
        for i, (it, vcpu, mem, os_, lic, op, ten, sw, cap) in enumerate(chosen):
            sku = sku_of(it, os_, lic, ten, sw, cap)
            skus.append((sku, it, os_, ten, sw, cap, vcpu))
            prod = {"sku": sku, "productFamily": "Compute Instance", "attributes": {
                "servicecode": "AmazonEC2", "location": "US East (N. Virginia)", "locationType": "AWS Region",
                "instanceType": it, "currentGeneration": "Yes", "instanceFamily": "General purpose",
                "vcpu": str(vcpu), "physicalProcessor": "Intel Xeon Platinum 8175", "clockSpeed": "3.1 GHz",
                "memory": f"{mem} GiB", "storage": "EBS only", "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit", "tenancy": ten, "operatingSystem": os_, "licenseModel": lic,
                "usagetype": f"BoxUsage:{it}", "operation": op, "availabilityzone": "NA", "capacitystatus": cap,
                "classicnetworkingsupport": "false", "dedicatedEbsThroughput": "Up to 2120 Mbps", "ecu": "10",
                "enhancedNetworkingSupported": "Yes", "gpuMemory": "NA", "intelAvxAvailable": "Yes",
                "intelAvx2Available": "Yes", "intelTurboAvailable": "Yes", "marketoption": "OnDemand",
                "normalizationSizeFactor": "4", "preInstalledSw": sw,
                "processorFeatures": "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo", "regionCode": "us-east-1",
                "servicename": "Amazon Elastic Compute Cloud", "vpcnetworkingsupport": "true"}}
            f.write(f'    "{sku}" : ' + json.dumps(prod, indent=2).replace("\n", "\n    "))
            f.write(",\n" if i + 1 < len(chosen) else "\n")
        # A few non-instance products, as in the real file.
        f.write('  },\n  "terms" : {\n    "OnDemand" : {\n')
        for i, (sku, it, os_, ten, sw, cap, vcpu) in enumerate(skus):
            code = "JRTCKXETXF"
            price = 0.048 * vcpu * (1.0 if os_ == "Linux" else 1.8)
            term = {f"{sku}.{code}": {"offerTermCode": code, "sku": sku, "effectiveDate": "2025-01-01T00:00:00Z",
                    "priceDimensions": {f"{sku}.{code}.6YS6EN2CT7": {
                        "rateCode": f"{sku}.{code}.6YS6EN2CT7",
                        "description": f"${price:.4f} per On Demand {os_} {it} Instance Hour",
                        "beginRange": "0", "endRange": "Inf", "unit": "Hrs",
                        "pricePerUnit": {"USD": f"{price:.10f}"}, "appliesTo": []}},
                    "termAttributes": {}}}
            f.write(f'      "{sku}" : ' + json.dumps(term, indent=2).replace("\n", "\n      "))
            f.write(",\n" if i + 1 < len(skus) else "\n")
        f.write('    },\n    "Reserved" : {\n')
        for i, (sku, it, os_, ten, sw, cap, vcpu) in enumerate(skus):
            terms = {}
            for (lease, cls, opt) in RI:
                code = code_of(lease, cls, opt)
                years = 1 if lease == "1yr" else 3
                hourly = 0.0 if opt == "All Upfront" else 0.03 * vcpu / years
                upfront = 0.0 if opt == "No Upfront" else 150.0 * vcpu * years
                dims = {f"{sku}.{code}.6YS6EN2CT7": {
                    "rateCode": f"{sku}.{code}.6YS6EN2CT7",
                    "description": f"Linux/UNIX (Amazon VPC), {it} reserved instance applied",
                    "beginRange": "0", "endRange": "Inf", "unit": "Hrs",
                    "pricePerUnit": {"USD": f"{hourly:.10f}"}, "appliesTo": []}}
                if opt != "No Upfront":
                    dims[f"{sku}.{code}.2TG2D8R56U"] = {
                        "rateCode": f"{sku}.{code}.2TG2D8R56U", "description": "Upfront Fee", "unit": "Quantity",
                        "pricePerUnit": {"USD": f"{upfront:g}"}, "appliesTo": []}
                terms[f"{sku}.{code}"] = {"offerTermCode": code, "sku": sku,
                                           "effectiveDate": "2025-01-01T00:00:00Z", "priceDimensions": dims,
                                           "termAttributes": {"LeaseContractLength": lease, "OfferingClass": cls,
                                                              "PurchaseOption": opt}}
            f.write(f'      "{sku}" : ' + json.dumps(terms, indent=2).replace("\n", "\n      "))
            f.write(",\n" if i + 1 < len(skus) else "\n")
        f.write('    }\n  }\n}\n')


if __name__ == "__main__":
    main()
