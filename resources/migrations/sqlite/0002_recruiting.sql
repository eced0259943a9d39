-- Tandem schema, step 2: the recruiter's daily work (issue 4): requisition requirements and
-- job templates, rejection reasons, tags, talent pools, consent, files by content hash, note
-- mentions, interviews, scorecards, offers and their letter templates, and settings.
-- Same conventions as step 1. Steps 3 and 4 refine parts of it (stage removal, one open offer).

-- Settings the agency can change (silver-medalist stage, reminder lead time, ...): key/value,
-- each key documented where it is read.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- New timeline kinds: interviews, scorecards, offers, files and talent pools. SQLite cannot
-- change a CHECK in place, so the table is rebuilt with the same rows, ids and index.
CREATE TABLE activities_new (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    candidate_id   INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    application_id INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('note', 'email_sent', 'email_opened', 'email_replied',
                                                 'call', 'meeting', 'event_attended', 'stage_change',
                                                 'application', 'disposition', 'system', 'interview',
                                                 'scorecard', 'offer', 'file', 'talent_pool')),
    subject        TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    occurred_at    TEXT NOT NULL,
    actor_id       INTEGER REFERENCES users(id),
    created_at     TEXT NOT NULL
);
INSERT INTO activities_new (id, uuid, candidate_id, application_id, kind, subject, body, occurred_at, actor_id, created_at)
SELECT id, uuid, candidate_id, application_id, kind, subject, body, occurred_at, actor_id, created_at FROM activities;
DROP TABLE activities;
ALTER TABLE activities_new RENAME TO activities;
CREATE INDEX activities_candidate ON activities(candidate_id, occurred_at);

-- Who a note mentions with @name: each mentioned user sees it in their mentions.
CREATE TABLE note_mentions (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (activity_id, user_id)
) WITHOUT ROWID;
CREATE INDEX note_mentions_user ON note_mentions(user_id, activity_id);

-- Requisitions: free-text requirements, the skills they ask for, and when they were published.
ALTER TABLE requisitions ADD COLUMN requirements TEXT NOT NULL DEFAULT '';
ALTER TABLE requisitions ADD COLUMN published_at TEXT;

CREATE TABLE requisition_skills (
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    skill_id       INTEGER NOT NULL REFERENCES skills(id),
    importance     TEXT NOT NULL DEFAULT 'must' CHECK (importance IN ('must', 'nice')),
    position       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (requisition_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX requisition_skills_skill ON requisition_skills(skill_id);

-- A requisition saved for reuse: its fields, its skills (JSON array of {name, importance}) and
-- the pipeline template new requisitions made from it start with.
CREATE TABLE job_templates (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    title                TEXT NOT NULL DEFAULT '',
    department           TEXT NOT NULL DEFAULT '',
    location             TEXT NOT NULL DEFAULT '',
    remote               INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
    employment_type      TEXT NOT NULL DEFAULT 'full_time'
                         CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship')),
    headcount            INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 1),
    salary_min           INTEGER,
    salary_max           INTEGER,
    salary_currency      TEXT NOT NULL DEFAULT '',
    eeo1_category        TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    requirements         TEXT NOT NULL DEFAULT '',
    skills_json          TEXT NOT NULL DEFAULT '[]',
    pipeline_template_id INTEGER REFERENCES pipeline_templates(id) ON DELETE SET NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    archived_at          TEXT,
    version              INTEGER NOT NULL DEFAULT 1
);

-- Why an application ended: the configurable lists offered when rejecting or withdrawing.
CREATE TABLE disposition_reasons (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    applies_to TEXT NOT NULL CHECK (applies_to IN ('rejected', 'withdrawn')),
    label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (applies_to, label)
);

-- Free labels on candidates ("relocating", "referral", ...), for filters and segments.
CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);
CREATE TABLE candidate_tags (
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (candidate_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX candidate_tags_tag ON candidate_tags(tag_id, candidate_id);

-- Talent pools: hand-curated lists of candidates ("Silver medalists", ...).
CREATE TABLE talent_pools (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_at TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE talent_pool_members (
    pool_id      INTEGER NOT NULL REFERENCES talent_pools(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    note         TEXT NOT NULL DEFAULT '',
    added_at     TEXT NOT NULL,
    added_by     INTEGER REFERENCES users(id),
    PRIMARY KEY (pool_id, candidate_id)
) WITHOUT ROWID;
CREATE INDEX talent_pool_members_candidate ON talent_pool_members(candidate_id);

-- Consent to keep and contact a person: lawful basis, when and where it was given, which text
-- they agreed to; withdrawn_at ends it. A candidate with no standing consent is flagged.
CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    basis        TEXT NOT NULL CHECK (basis IN ('consent', 'legitimate_interest', 'contract', 'legal_obligation')),
    given_at     TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    text_version TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX consents_candidate ON consents(candidate_id, withdrawn_at);

-- Files: the bytes once per content (SHA-256 hex), and each candidate's references to them.
CREATE TABLE file_blobs (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL CHECK (size >= 0),
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE candidate_files (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL REFERENCES file_blobs(sha256),
    file_name    TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    mime_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
    kind         TEXT NOT NULL DEFAULT 'attachment' CHECK (kind IN ('resume', 'attachment', 'offer_letter')),
    size         INTEGER NOT NULL,
    added_at     TEXT NOT NULL,
    added_by     INTEGER REFERENCES users(id),
    removed_at   TEXT
);
CREATE INDEX candidate_files_candidate ON candidate_files(candidate_id, added_at);
CREATE INDEX candidate_files_blob ON candidate_files(sha256);

-- Interviews: one meeting with a candidate for one application; a loop is several interviews
-- sharing loop_uuid. starts_at is UTC; time_zone (IANA) is the zone it was planned in, which
-- the invitation names. sequence counts re-sent invitations (iCalendar SEQUENCE).
CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    loop_uuid        TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 1440),
    time_zone        TEXT NOT NULL DEFAULT 'UTC',
    location         TEXT NOT NULL DEFAULT '',
    video_url        TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    organizer_id     INTEGER REFERENCES users(id),
    sequence         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX interviews_application ON interviews(application_id, starts_at);
CREATE INDEX interviews_starts ON interviews(starts_at);

CREATE TABLE interview_participants (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (interview_id, user_id)
) WITHOUT ROWID;
CREATE INDEX interview_participants_user ON interview_participants(user_id, interview_id);

-- Scorecards: each requisition's attributes (rated 1-4), and each interviewer's card.
CREATE TABLE scorecard_attributes (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description    TEXT NOT NULL DEFAULT '',
    UNIQUE (requisition_id, position)
);

CREATE TABLE scorecards (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    interview_id   INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
    interviewer_id INTEGER NOT NULL REFERENCES users(id),
    recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
    notes          TEXT NOT NULL DEFAULT '',
    submitted_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX scorecards_application ON scorecards(application_id);
CREATE INDEX scorecards_interview ON scorecards(interview_id);

CREATE TABLE scorecard_ratings (
    scorecard_id INTEGER NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES scorecard_attributes(id) ON DELETE CASCADE,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    PRIMARY KEY (scorecard_id, attribute_id)
) WITHOUT ROWID;

-- Offer letters: templates whose body holds merge fields ({{candidate.first_name}}, ...).
CREATE TABLE offer_letter_templates (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    body       TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

-- Offers: draft -> approved -> sent -> accepted / declined (or withdrawn by us), with dates.
CREATE TABLE offers (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    application_id     INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    salary             INTEGER NOT NULL CHECK (salary >= 0),
    salary_currency    TEXT NOT NULL DEFAULT '',
    salary_period      TEXT NOT NULL DEFAULT 'year' CHECK (salary_period IN ('year', 'month', 'hour')),
    start_date         TEXT,
    expires_on         TEXT,
    terms              TEXT NOT NULL DEFAULT '',
    letter_template_id INTEGER REFERENCES offer_letter_templates(id) ON DELETE SET NULL,
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'approved', 'sent', 'accepted', 'declined', 'withdrawn')),
    approved_at        TEXT,
    approved_by        INTEGER REFERENCES users(id),
    sent_at            TEXT,
    responded_at       TEXT,
    response_note      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX offers_application ON offers(application_id);

INSERT INTO disposition_reasons (uuid, applies_to, label, position) VALUES
    ('6f1e0b0a-0004-4000-8000-000000000001', 'rejected', 'Missing required skills', 0),
    ('6f1e0b0a-0004-4000-8000-000000000002', 'rejected', 'Not enough experience', 1),
    ('6f1e0b0a-0004-4000-8000-000000000003', 'rejected', 'Salary expectations too high', 2),
    ('6f1e0b0a-0004-4000-8000-000000000004', 'rejected', 'Did not pass the assessment', 3),
    ('6f1e0b0a-0004-4000-8000-000000000005', 'rejected', 'Another candidate was hired', 4),
    ('6f1e0b0a-0004-4000-8000-000000000006', 'rejected', 'Not eligible to work in the location', 5),
    ('6f1e0b0a-0004-4000-8000-000000000007', 'rejected', 'No response from the candidate', 6),
    ('6f1e0b0a-0004-4000-8000-000000000008', 'withdrawn', 'Accepted another offer', 0),
    ('6f1e0b0a-0004-4000-8000-000000000009', 'withdrawn', 'Compensation', 1),
    ('6f1e0b0a-0004-4000-8000-00000000000a', 'withdrawn', 'Location or relocation', 2),
    ('6f1e0b0a-0004-4000-8000-00000000000b', 'withdrawn', 'No longer looking', 3),
    ('6f1e0b0a-0004-4000-8000-00000000000c', 'withdrawn', 'Process took too long', 4);

INSERT INTO offer_letter_templates (uuid, name, body, is_default, created_at, updated_at) VALUES
    ('6f1e0b0a-0005-4000-8000-000000000001', 'Standard offer letter',
     '<p>{{today}}</p>' || char(10) ||
     '<p>Dear {{candidate.first_name}} {{candidate.last_name}},</p>' || char(10) ||
     '<p>We are delighted to offer you the position of <b>{{requisition.title}}</b> in our ' ||
     '{{requisition.department}} team, based in {{requisition.location}}.</p>' || char(10) ||
     '<p>Your starting salary will be <b>{{offer.salary}}</b> per {{offer.salary_period}}, and your first day ' ||
     'will be {{offer.start_date}}.</p>' || char(10) ||
     '<p>{{offer.terms}}</p>' || char(10) ||
     '<p>This offer is open until {{offer.expires_on}}. Please confirm your acceptance by replying to ' ||
     '{{recruiter.name}} ({{recruiter.email}}).</p>' || char(10) ||
     '<p>We look forward to working with you.</p>' || char(10) ||
     '<p>Kind regards,<br>{{hiring_manager.name}}</p>',
     1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
