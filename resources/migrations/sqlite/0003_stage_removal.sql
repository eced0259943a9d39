-- Tandem schema, step 3: a requisition's stage can be removed after its applicants were moved
-- elsewhere (issue 4, "Pipeline templates"). Stage history must outlive the stage it names, so
-- its stage references become ON DELETE SET NULL and each entry keeps the stage names, filled
-- in (StageEditor) just before a stage is removed. SQLite cannot change a foreign key in place,
-- so the table is rebuilt with the same rows, ids and index (as step 2 did for activities).
CREATE TABLE stage_history_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    from_stage_id   INTEGER REFERENCES stages(id) ON DELETE SET NULL,
    to_stage_id     INTEGER REFERENCES stages(id) ON DELETE SET NULL,
    moved_at        TEXT NOT NULL,
    moved_by        INTEGER REFERENCES users(id),
    from_stage_name TEXT NOT NULL DEFAULT '',
    to_stage_name   TEXT NOT NULL DEFAULT ''
);
INSERT INTO stage_history_new (id, uuid, application_id, from_stage_id, to_stage_id, moved_at, moved_by)
SELECT id, uuid, application_id, from_stage_id, to_stage_id, moved_at, moved_by FROM stage_history;
DROP TABLE stage_history;
ALTER TABLE stage_history_new RENAME TO stage_history;
CREATE INDEX stage_history_application ON stage_history(application_id, moved_at);
