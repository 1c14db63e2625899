#pragma once
// The SQL of each schema version. A released version's text never changes: add a new version instead.

namespace archdesk::core::store::schema {

inline constexpr const char* kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- The user's own cards, and their edited copies of bundled cards (same id as the bundled one).
CREATE TABLE user_card (
    id         TEXT PRIMARY KEY,
    front      TEXT NOT NULL,
    back       TEXT NOT NULL,
    json       TEXT NOT NULL DEFAULT '{}',   -- domains, services, tags, references
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
-- The scheduler's memory state of every card that has been reviewed at least once.
CREATE TABLE card_state (
    card_id        TEXT PRIMARY KEY,
    state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
    due            INTEGER NOT NULL,
    stability      REAL NOT NULL,
    difficulty     REAL NOT NULL,
    elapsed_days   INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    learning_steps INTEGER NOT NULL,
    reps           INTEGER NOT NULL,
    lapses         INTEGER NOT NULL,
    last_review    INTEGER,
    suspended      INTEGER NOT NULL DEFAULT 0,
    buried_until   INTEGER
);
CREATE INDEX card_state_due ON card_state(due);
-- Every review ever made, in order; the card states can be rebuilt from it.
CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY,
    card_id     TEXT NOT NULL,
    reviewed_at INTEGER NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state       INTEGER NOT NULL,
    due         INTEGER NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    elapsed_days   INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    source      TEXT NOT NULL DEFAULT 'review'  -- 'review' or 'exam'
);
CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log(reviewed_at);
)sql";

inline constexpr const char* kVersion2 = R"sql(
CREATE TABLE exam_attempt (
    id           INTEGER PRIMARY KEY,
    blueprint    TEXT NOT NULL,
    mode         TEXT NOT NULL,
    seed         INTEGER NOT NULL,
    timed        INTEGER NOT NULL DEFAULT 1,
    time_limit_ms INTEGER NOT NULL,
    time_used_ms INTEGER NOT NULL DEFAULT 0,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER
);
CREATE TABLE exam_answer (
    attempt_id  INTEGER NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    domain_id   TEXT NOT NULL,
    answer      TEXT NOT NULL DEFAULT '',   -- selected keys, e.g. "AC"
    flagged     INTEGER NOT NULL DEFAULT 0,
    time_ms     INTEGER NOT NULL DEFAULT 0,
    answered_at INTEGER,
    PRIMARY KEY (attempt_id, position)
);
CREATE INDEX exam_answer_question ON exam_answer(question_id, answered_at);
)sql";

// Flashcards: a review-log row holds the whole state after the review (so undo restores the one before it),
// decks are saved searches, and settings are plain key/value rows in meta.
inline constexpr const char* kVersion3 = R"sql(
ALTER TABLE review_log ADD COLUMN learning_steps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_log ADD COLUMN reps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_log ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0;
CREATE TABLE deck (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL            -- search syntax of the card browser
);
)sql";

// Imported EC2 prices, beside the bundled snapshot.
inline constexpr const char* kVersion4 = R"sql(
-- One row per price file the user imported; its prices are the rows that refer to it.
CREATE TABLE price_import (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    format      TEXT NOT NULL,
    source      TEXT NOT NULL,
    price_date  TEXT NOT NULL,    -- ISO date of the price data (not of the import)
    imported_at INTEGER NOT NULL, -- epoch ms
    products    INTEGER NOT NULL
);
CREATE TABLE price_on_demand (
    import_id     INTEGER NOT NULL REFERENCES price_import(id) ON DELETE CASCADE,
    instance_type TEXT NOT NULL,
    region        TEXT NOT NULL,
    os            TEXT NOT NULL,
    hourly        REAL,           -- NULL: the file had only reservations for this type
    PRIMARY KEY (import_id, instance_type, region, os)
);
CREATE TABLE price_reserved (
    import_id      INTEGER NOT NULL REFERENCES price_import(id) ON DELETE CASCADE,
    instance_type  TEXT NOT NULL,
    region         TEXT NOT NULL,
    os             TEXT NOT NULL,
    term_years     INTEGER NOT NULL CHECK (term_years IN (1, 3)),
    offering_class TEXT NOT NULL CHECK (offering_class IN ('standard', 'convertible')),
    payment        TEXT NOT NULL CHECK (payment IN ('no_upfront', 'partial_upfront', 'all_upfront')),
    upfront        REAL NOT NULL,
    hourly         REAL NOT NULL,
    PRIMARY KEY (import_id, instance_type, region, os, term_years, offering_class, payment)
);
CREATE INDEX price_on_demand_type ON price_on_demand(instance_type, region, os);
)sql";

} // namespace archdesk::core::store::schema
