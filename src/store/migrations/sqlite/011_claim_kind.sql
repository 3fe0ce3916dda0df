-- What a claim reports (speech, evidence, belief, stance, intention, refusal, accusation, denial,
-- question), so that lists can be filtered by it. Claims stored before have none.
ALTER TABLE claims ADD COLUMN kind TEXT;
CREATE INDEX claims_kind ON claims(kind);
