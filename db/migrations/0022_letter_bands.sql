-- Near-duplicate letters are found through a band index (src/lib/lobby/near-duplicates.ts)
-- instead of by comparing a new letter with every letter sent to its council: each sent letter's
-- MinHash signature is cut into bands, a letter sharing any band's hash with a new one is a
-- candidate, and only candidates are compared exactly, by their fingerprints.
--
-- SQL cannot compute the hashes, so this adds no rows: letters sent before it are indexed when
-- the site next starts (indexUnindexedLetters, from scripts/start.ts), later ones as they are sent.
CREATE TABLE letter_bands (
  -- Keyed by letter first, so deleting a letter (retention, erasure) finds its rows by the key
  -- rather than by reading the whole table.
  letter_id INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
  -- The letter's council again, so the one index below finds candidates within a council.
  council_id INTEGER NOT NULL,
  band INTEGER NOT NULL CHECK (band >= 0),
  hash INTEGER NOT NULL,
  PRIMARY KEY (letter_id, band)
) STRICT, WITHOUT ROWID;

CREATE INDEX letter_bands_by_hash ON letter_bands (council_id, band, hash);
