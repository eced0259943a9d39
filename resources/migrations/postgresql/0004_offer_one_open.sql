-- Tandem schema, step 4: at most one open offer (draft, approved or sent) per application
-- (issue 4, "Offers"). OfferService checks this before it inserts and explains a refusal;
-- the index keeps the rule when two people in team mode make an offer on the same
-- application at the same moment. Partial unique indexes mean the same on both engines.
CREATE UNIQUE INDEX offers_one_open_per_application ON offers(application_id)
    WHERE status IN ('draft', 'approved', 'sent');
