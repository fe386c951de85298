-- The same answer as before, found with two index lookups per council (on the unique
-- (council_id, status) pair) instead of a sorted subquery: status only moves forward and each
-- status happens at most once, so "signed if there is a signed event, else pledged if there is a
-- pledged one" is the latest status. Council pages and the map read this view on every request.
DROP VIEW council_status;

CREATE VIEW council_status AS
SELECT
  c.id AS council_id,
  CASE
    WHEN signed.id IS NOT NULL THEN 'signed'
    WHEN pledged.id IS NOT NULL THEN 'pledged'
    ELSE 'not_signed'
  END AS status,
  COALESCE(signed.occurred_on, pledged.occurred_on) AS status_since
FROM councils AS c
LEFT JOIN council_status_events AS signed
  ON signed.council_id = c.id AND signed.status = 'signed'
LEFT JOIN council_status_events AS pledged
  ON pledged.council_id = c.id AND pledged.status = 'pledged';
