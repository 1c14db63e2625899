#!/usr/bin/env python3
"""Writes tests/core/fixtures/schema/vN.db: a database as each released schema version left it, with a
little data in every table of that version, so tests can prove that opening old files keeps the data.
Run once per new schema version (the SQL is read from core/store/schema.h); commit the new file."""
import os, re, sqlite3, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schema = open(os.path.join(root, "core/store/schema.h")).read()
versions = {int(n): sql for n, sql in re.findall(r'kVersion(\d+) = R"sql\((.*?)\)sql"', schema, re.S)}

rows = {
    1: ["INSERT INTO meta VALUES ('fixture', 'v1')",
        "INSERT INTO user_card(id, front, back, created_at, updated_at) VALUES ('c-user-1', 'Front', 'Back', 1, 1)",
        "INSERT INTO card_state VALUES ('c-asg-min-max-desired', 2, 1767600000000, 12.5, 4.2, 3, 12, 0, 4, 0, 1766600000000, 0, NULL)",
        "INSERT INTO review_log(card_id, reviewed_at, rating, state, due, stability, difficulty, elapsed_days, scheduled_days)"
        " VALUES ('c-asg-min-max-desired', 1766600000000, 3, 2, 1767600000000, 12.5, 4.2, 3, 12)"],
    2: ["INSERT INTO exam_attempt(id, blueprint, mode, seed, time_limit_ms, time_used_ms, started_at)"
        " VALUES (1, 'sap-c02', 'full', 7, 10800000, 600000, 1766000000000)",
        "INSERT INTO exam_answer(attempt_id, position, question_id, domain_id, answer, answered_at)"
        " VALUES (1, 0, 'q-c02d1-001', 'c02-d1', 'B', 1766000060000)"],
    3: ["INSERT INTO deck(name, query) VALUES ('Scaling', 'service:auto-scaling')"],
    4: ["INSERT INTO price_import(id, file, format, source, price_date, imported_at, products)"
        " VALUES (1, 'offer.json', 'offer-json', 'AWS Price List', '2026-07-20', 1766000000000, 1)",
        "INSERT INTO price_on_demand VALUES (1, 'm5.large', 'us-east-1', 'linux', 0.096)"],
}

out = os.path.join(root, "tests/core/fixtures/schema")
os.makedirs(out, exist_ok=True)
for last in sorted(versions):
    path = os.path.join(out, f"v{last}.db")
    if os.path.exists(path):
        continue  # a released version's file never changes
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    for v in range(1, last + 1):
        db.executescript(versions[v])
        for sql in rows.get(v, []):
            db.execute(sql)
    db.execute(f"PRAGMA user_version={last}")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()
    print("wrote", path)
