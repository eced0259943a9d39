-- Tandem schema, step 5: candidate intake (issue 5). Resume parsing keeps more than the
-- candidates row holds (extra e-mails, phones and links, work history, education), list
-- imports remember their column mappings, duplicates are merged through a journal that
-- can undo them, searches are saved, and requisitions ask screening questions.

-- More ways to reach a candidate than the primary email / phone / linkedin_url columns.
-- Phones are stored in E.164 when libphonenumber could read them. The index serves the
-- duplicate finder (same e-mail, same phone, same profile URL).
CREATE TABLE candidate_contacts (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'linkedin', 'github', 'website')),
    value        TEXT NOT NULL CHECK (length(trim(value)) > 0),
    label        TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    UNIQUE (candidate_id, kind, value)
);
CREATE INDEX candidate_contacts_value ON candidate_contacts(kind, value COLLATE NOCASE);

-- Work history, newest first by position. Months are 'YYYY-MM' (or 'YYYY' when only the
-- year is known); a NULL end_month with is_current = 1 means "present".
CREATE TABLE candidate_experience (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    employer     TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    start_month  TEXT,
    end_month    TEXT,
    is_current   INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX candidate_experience_candidate ON candidate_experience(candidate_id, position);

CREATE TABLE candidate_education (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    institution  TEXT NOT NULL DEFAULT '',
    degree       TEXT NOT NULL DEFAULT '',
    field        TEXT NOT NULL DEFAULT '',
    start_year   INTEGER,
    end_year     INTEGER
);
CREATE INDEX candidate_education_candidate ON candidate_education(candidate_id, position);

-- The user's additions to the built-in skills vocabulary: a row whose alias equals its
-- canonical name adds a skill; any other row is a synonym ("JS" -> "JavaScript").
CREATE TABLE vocabulary_terms (
    id         INTEGER PRIMARY KEY,
    alias      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(alias)) > 0),
    canonical  TEXT NOT NULL CHECK (length(trim(canonical)) > 0),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);

-- What text extraction and parsing made of a stored file: the plain text (searchable
-- through candidates.resume_text for the current resume) and the parsed fields with
-- their confidences as JSON.
ALTER TABLE candidate_files ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE candidate_files ADD COLUMN parsed TEXT NOT NULL DEFAULT '';

-- Remembered CSV column mappings (the import wizard's "Save mapping as").
CREATE TABLE csv_mappings (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    mapping    TEXT NOT NULL,                  -- JSON: options and column -> field
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

-- Saved searches, each owned by a user (NULL: the system / an unnamed local user).
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    owner_id   INTEGER REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX saved_searches_owner ON saved_searches(owner_id, name COLLATE NOCASE);

-- One row per merge of two candidate records. The merged record is archived, not deleted;
-- the JSON columns hold both records as they were and every row the merge moved or
-- changed, so undo can put each relation back exactly.
CREATE TABLE merge_journal (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    survivor_id     INTEGER NOT NULL REFERENCES candidates(id),
    merged_id       INTEGER NOT NULL REFERENCES candidates(id),
    survivor_before TEXT NOT NULL,
    merged_before   TEXT NOT NULL,
    moved           TEXT NOT NULL,
    merged_at       TEXT NOT NULL,
    merged_by       INTEGER REFERENCES users(id),
    undone_at       TEXT,
    undone_by       INTEGER REFERENCES users(id)
);
CREATE INDEX merge_journal_survivor ON merge_journal(survivor_id);
CREATE INDEX merge_journal_merged ON merge_journal(merged_id);

-- Pairs a user said are not the same person, so the finder stops proposing them.
-- candidate_low < candidate_high.
CREATE TABLE duplicate_dismissals (
    candidate_low  INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    candidate_high INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    dismissed_at   TEXT NOT NULL,
    dismissed_by   INTEGER REFERENCES users(id),
    PRIMARY KEY (candidate_low, candidate_high),
    CHECK (candidate_low < candidate_high)
);

-- Screening questions a requisition asks its applicants. knockout is JSON: the answers
-- (yes_no, choice) or the bounds (number) that knock an applicant out; action says
-- whether a knockout rejects the application or only flags it.
CREATE TABLE screening_questions (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    prompt         TEXT NOT NULL CHECK (length(trim(prompt)) > 0),
    kind           TEXT NOT NULL DEFAULT 'yes_no' CHECK (kind IN ('yes_no', 'choice', 'number', 'text')),
    choices        TEXT NOT NULL DEFAULT '[]',
    knockout       TEXT NOT NULL DEFAULT '',
    action         TEXT NOT NULL DEFAULT 'flag' CHECK (action IN ('flag', 'reject')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX screening_questions_requisition ON screening_questions(requisition_id, position);

-- An applicant's answers. knocked_out and reason are decided when the answer is recorded
-- and kept, so a later edit of the question does not rewrite what happened.
CREATE TABLE screening_answers (
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    question_id    INTEGER NOT NULL REFERENCES screening_questions(id) ON DELETE CASCADE,
    answer         TEXT NOT NULL DEFAULT '',
    knocked_out    INTEGER NOT NULL DEFAULT 0 CHECK (knocked_out IN (0, 1)),
    reason         TEXT NOT NULL DEFAULT '',
    answered_at    TEXT NOT NULL,
    recorded_by    INTEGER REFERENCES users(id),
    PRIMARY KEY (application_id, question_id)
);
