-- Tandem schema, step 6: the minimum years of experience a requisition asks for (issue 5,
-- "Match score"). NULL means no minimum; the match score then leaves experience out.
ALTER TABLE requisitions ADD COLUMN min_years_experience DOUBLE PRECISION;
