-- Tandem schema, step 3: a requisition's stage can be removed after its applicants were moved
-- elsewhere (issue 4, "Pipeline templates"). Stage history must outlive the stage it names, so
-- its stage references become ON DELETE SET NULL and each entry keeps the stage names, filled
-- in (StageEditor) just before a stage is removed. Same shape as the SQLite step.
ALTER TABLE stage_history
    DROP CONSTRAINT stage_history_from_stage_id_fkey,
    DROP CONSTRAINT stage_history_to_stage_id_fkey,
    ALTER COLUMN to_stage_id DROP NOT NULL,
    ADD COLUMN from_stage_name TEXT NOT NULL DEFAULT '',
    ADD COLUMN to_stage_name TEXT NOT NULL DEFAULT '',
    ADD CONSTRAINT stage_history_from_stage_id_fkey FOREIGN KEY (from_stage_id) REFERENCES stages(id) ON DELETE SET NULL,
    ADD CONSTRAINT stage_history_to_stage_id_fkey FOREIGN KEY (to_stage_id) REFERENCES stages(id) ON DELETE SET NULL;
