-- Tandem schema, step 1: the foundation of the whole domain (DESIGN.md section 2).
-- Conventions: every table has an INTEGER PRIMARY KEY (stable rowid, cheap joins) and a
-- UUID text identity that never changes; editable rows carry `version` for optimistic
-- concurrency; times are UTC ISO-8601 text ("2026-11-21T10:00:00.000Z").

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,          -- admin, recruiter, hiring_manager, interviewer, compliance
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email      TEXT NOT NULL DEFAULT '',
    role_id    INTEGER NOT NULL REFERENCES roles(id),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX users_role ON users(role_id);

CREATE TABLE candidates (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    first_name       TEXT NOT NULL DEFAULT '',
    last_name        TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT '',
    current_title    TEXT NOT NULL DEFAULT '',
    current_company  TEXT NOT NULL DEFAULT '',
    linkedin_url     TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    stage            TEXT NOT NULL DEFAULT 'prospect' CHECK (stage IN ('prospect', 'lead', 'applicant')),
    years_experience REAL,
    -- Skills, comma separated in display order: a cache of candidate_skills kept by the
    -- store in the same transaction, so the full-text index can see them.
    skills_text      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    archived_at      TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    resume_text      TEXT NOT NULL DEFAULT ''   -- last, so reading the columns before it skips it
);
CREATE INDEX candidates_name ON candidates(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX candidates_email ON candidates(email COLLATE NOCASE);
CREATE INDEX candidates_created ON candidates(created_at);
CREATE INDEX candidates_updated ON candidates(updated_at);
CREATE INDEX candidates_city ON candidates(city COLLATE NOCASE);
CREATE INDEX candidates_title ON candidates(current_title COLLATE NOCASE);
CREATE INDEX candidates_company ON candidates(current_company COLLATE NOCASE);
CREATE INDEX candidates_stage ON candidates(stage);
CREATE INDEX candidates_source ON candidates(source COLLATE NOCASE);
-- Few candidates are archived: this small index makes "how many are not" a subtraction.
CREATE INDEX candidates_archived ON candidates(archived_at) WHERE archived_at IS NOT NULL;

CREATE TABLE skills (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE candidate_skills (
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    skill_id     INTEGER NOT NULL REFERENCES skills(id),
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (candidate_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX candidate_skills_skill ON candidate_skills(skill_id, candidate_id);

CREATE TABLE pipeline_templates (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE pipeline_template_stages (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    template_id      INTEGER NOT NULL REFERENCES pipeline_templates(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL DEFAULT 'custom'
                     CHECK (kind IN ('sourced', 'applied', 'screen', 'interview', 'offer', 'hired', 'custom')),
    stale_after_days INTEGER,
    UNIQUE (template_id, position)
);

CREATE TABLE requisitions (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
    department         TEXT NOT NULL DEFAULT '',
    location           TEXT NOT NULL DEFAULT '',
    remote             INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
    employment_type    TEXT NOT NULL DEFAULT 'full_time'
                       CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship')),
    hiring_manager_id  INTEGER REFERENCES users(id),
    recruiter_id       INTEGER REFERENCES users(id),
    headcount          INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 1),
    salary_min         INTEGER,
    salary_max         INTEGER,
    salary_currency    TEXT NOT NULL DEFAULT '',
    eeo1_category      TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'open', 'on_hold', 'filled', 'closed')),
    opened_at          TEXT,
    filled_at          TEXT,
    closed_at          TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    archived_at        TEXT,
    version            INTEGER NOT NULL DEFAULT 1,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);
CREATE INDEX requisitions_status ON requisitions(status, opened_at);
CREATE INDEX requisitions_manager ON requisitions(hiring_manager_id);

CREATE TABLE stages (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    requisition_id   INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL DEFAULT 'custom'
                     CHECK (kind IN ('sourced', 'applied', 'screen', 'interview', 'offer', 'hired', 'custom')),
    stale_after_days INTEGER,
    UNIQUE (requisition_id, position)
);

CREATE TABLE applications (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    candidate_id       INTEGER NOT NULL REFERENCES candidates(id),
    requisition_id     INTEGER NOT NULL REFERENCES requisitions(id),
    stage_id           INTEGER NOT NULL REFERENCES stages(id),
    source             TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'hired', 'rejected', 'withdrawn')),
    disposition_reason TEXT NOT NULL DEFAULT '',
    applied_at         TEXT NOT NULL,
    stage_entered_at   TEXT NOT NULL,
    disposed_at        TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    UNIQUE (candidate_id, requisition_id)
);
CREATE INDEX applications_requisition ON applications(requisition_id, status, stage_id);
CREATE INDEX applications_stage ON applications(stage_id);

CREATE TABLE stage_history (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    from_stage_id  INTEGER REFERENCES stages(id),
    to_stage_id    INTEGER NOT NULL REFERENCES stages(id),
    moved_at       TEXT NOT NULL,
    moved_by       INTEGER REFERENCES users(id)
);
CREATE INDEX stage_history_application ON stage_history(application_id, moved_at);

CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    candidate_id   INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    application_id INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('note', 'email_sent', 'email_opened', 'email_replied',
                                                 'call', 'meeting', 'event_attended', 'stage_change',
                                                 'application', 'disposition', 'system')),
    subject        TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    occurred_at    TEXT NOT NULL,
    actor_id       INTEGER REFERENCES users(id),
    created_at     TEXT NOT NULL
);
CREATE INDEX activities_candidate ON activities(candidate_id, occurred_at);

-- Append-only, hash-chained: hash = SHA-256 over the previous hash and this entry's fields.
CREATE TABLE audit_entries (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,            -- the user's uuid, or 'system'
    action      TEXT NOT NULL,            -- create, update, archive, restore, ...
    entity_type TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json  TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_entity ON audit_entries(entity_uuid);

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Full-text search over candidates: an external-content FTS5 index kept in sync by triggers.
-- Column order matters: core/search's ranking function weighs the columns by position.
-- state holds the word 'archived' for archived candidates and nothing otherwise, so a search
-- leaves them out inside the index (NOT state : "archived") without reading the table; at
-- 100k candidates that keeps counting a word found in every resume at ~5 ms instead of ~70.
-- tokenchars '+#' keep C++, C# and F# apart from C (at the price of "a+b" being one word).
CREATE VIRTUAL TABLE candidate_fts USING fts5(
    name, email, title, company, skills, city, resume, state,
    content = 'candidate_fts_source',
    content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'",
    prefix = '2 3'
);

-- The columns the index reads, named as the index names them.
CREATE VIEW candidate_fts_source AS
SELECT id,
       first_name || ' ' || last_name AS name,
       email,
       current_title AS title,
       current_company AS company,
       skills_text AS skills,
       city,
       resume_text AS resume,
       CASE WHEN archived_at IS NULL THEN '' ELSE 'archived' END AS state
FROM candidates;

CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates
BEGIN
    INSERT INTO candidate_fts(rowid, name, email, title, company, skills, city, resume, state)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email, new.current_title,
            new.current_company, new.skills_text, new.city, new.resume_text,
            CASE WHEN new.archived_at IS NULL THEN '' ELSE 'archived' END);
END;

CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates
BEGIN
    INSERT INTO candidate_fts(candidate_fts, rowid, name, email, title, company, skills, city, resume, state)
    VALUES ('delete', old.id, old.first_name || ' ' || old.last_name, old.email, old.current_title,
            old.current_company, old.skills_text, old.city, old.resume_text,
            CASE WHEN old.archived_at IS NULL THEN '' ELSE 'archived' END);
END;

CREATE TRIGGER candidates_fts_update AFTER UPDATE OF first_name, last_name, email, current_title,
    current_company, skills_text, city, resume_text, archived_at ON candidates
BEGIN
    INSERT INTO candidate_fts(candidate_fts, rowid, name, email, title, company, skills, city, resume, state)
    VALUES ('delete', old.id, old.first_name || ' ' || old.last_name, old.email, old.current_title,
            old.current_company, old.skills_text, old.city, old.resume_text,
            CASE WHEN old.archived_at IS NULL THEN '' ELSE 'archived' END);
    INSERT INTO candidate_fts(rowid, name, email, title, company, skills, city, resume, state)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.email, new.current_title,
            new.current_company, new.skills_text, new.city, new.resume_text,
            CASE WHEN new.archived_at IS NULL THEN '' ELSE 'archived' END);
END;

INSERT INTO roles (id, uuid, name, description) VALUES
    (1, '6f1e0b0a-0001-4000-8000-000000000001', 'admin', 'Manages users, settings and the database'),
    (2, '6f1e0b0a-0001-4000-8000-000000000002', 'recruiter', 'Runs requisitions, pipelines and talent pools'),
    (3, '6f1e0b0a-0001-4000-8000-000000000003', 'hiring_manager', 'Reviews applicants for their requisitions'),
    (4, '6f1e0b0a-0001-4000-8000-000000000004', 'interviewer', 'Interviews and fills scorecards'),
    (5, '6f1e0b0a-0001-4000-8000-000000000005', 'compliance', 'Sees EEO data, consent, retention and the audit log');

INSERT INTO pipeline_templates (id, uuid, name, is_default, created_at, updated_at)
VALUES (1, '6f1e0b0a-0002-4000-8000-000000000001', 'Standard', 1,
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO pipeline_template_stages (uuid, template_id, position, name, kind, stale_after_days) VALUES
    ('6f1e0b0a-0003-4000-8000-000000000001', 1, 0, 'Sourced', 'sourced', 14),
    ('6f1e0b0a-0003-4000-8000-000000000002', 1, 1, 'Applied', 'applied', 7),
    ('6f1e0b0a-0003-4000-8000-000000000003', 1, 2, 'Screen', 'screen', 7),
    ('6f1e0b0a-0003-4000-8000-000000000004', 1, 3, 'Interview', 'interview', 14),
    ('6f1e0b0a-0003-4000-8000-000000000005', 1, 4, 'Offer', 'offer', 7),
    ('6f1e0b0a-0003-4000-8000-000000000006', 1, 5, 'Hired', 'hired', NULL);
