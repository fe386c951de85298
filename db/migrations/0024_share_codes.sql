-- Shares that spread: each confirmed supporter gets a short share code for the links they pass on
-- (/join?ref=CODE), so the site can tell them how many people joined through those links. The code
-- is random and says nothing about who holds it; it travels only in links and the pledge form,
-- never in a cookie. Supporters confirmed before this get theirs the first time they need one.
ALTER TABLE supporters ADD COLUMN share_code TEXT
  CHECK (share_code IS NULL OR (length(share_code) = 8
    AND share_code NOT GLOB '*[^23456789ABCDEFGHJKLMNPQRSTUVWXYZ]*'));

-- Whose link a pledge came through (never the supporter themselves), and which way it was shared
-- (the `via` of the link), when it said. Only confirmed, valid pledges count for the one who
-- shared. Erasing or invalidating a supporter clears their code and every link to or from them;
-- the channel stays, as an anonymous figure for the dashboard.
ALTER TABLE supporters ADD COLUMN referred_by INTEGER REFERENCES supporters (id) ON DELETE SET NULL;
ALTER TABLE supporters ADD COLUMN referral_channel TEXT
  CHECK (referral_channel IS NULL
    OR referral_channel IN ('email', 'whatsapp', 'x', 'facebook', 'bluesky', 'copy'));

CREATE UNIQUE INDEX supporters_by_share_code ON supporters (share_code)
WHERE share_code IS NOT NULL;
CREATE INDEX supporters_by_referrer ON supporters (referred_by) WHERE referred_by IS NOT NULL;
