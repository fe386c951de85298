-- The seed's unchecked rows were named "… (placeholder)", with a source naming a developer command.
-- The seed file now words them to be seen (db/seed/targets.csv); the seed fills only councils with
-- no targets, so rows already loaded are reworded here. Only untouched seed rows change: on the
-- reserved .example domain, never checked, with the old wording.
UPDATE council_targets
SET name = replace(name, ' (placeholder)', ''),
    source = 'Not yet checked: to be replaced with the contact '
      || (SELECT short_name FROM councils WHERE id = council_targets.council_id) || ' publishes'
WHERE state = 'unverified' AND email GLOB '*.example'
  AND (name GLOB '*(placeholder)*' OR source GLOB 'Placeholder:*');
