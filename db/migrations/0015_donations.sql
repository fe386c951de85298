-- Donations through Stripe Checkout. A checkout is what someone asked to give, written before
-- they go to Stripe; a donation is money Stripe has told us (by a verified webhook) it received.
-- Nothing here ever holds card details: those stay with Stripe.

CREATE TABLE donation_checkouts (
  id INTEGER PRIMARY KEY,
  -- Random, unguessable: it travels through Stripe and back in the success address, and is all
  -- the thank-you page needs to say whether the gift has arrived.
  reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 20 AND 64),
  frequency TEXT NOT NULL CHECK (frequency IN ('one-off', 'monthly')),
  amount_pence INTEGER NOT NULL CHECK (amount_pence BETWEEN 200 AND 1000000),
  -- Null once a never-completed checkout has passed its retention time and been forgotten.
  email TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
  stripe_session_id TEXT UNIQUE,
  stripe_customer_id TEXT,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'completed')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  completed_at TEXT
) STRICT;

CREATE INDEX donation_checkouts_by_state ON donation_checkouts (state, created_at);
CREATE INDEX donation_checkouts_by_email ON donation_checkouts (email);

-- A Gift Aid declaration, in the words of the version named, for the gift of one checkout (and
-- every monthly payment of it). HMRC's schedule needs exactly these fields.
CREATE TABLE gift_aid_declarations (
  id INTEGER PRIMARY KEY,
  checkout_id INTEGER NOT NULL UNIQUE REFERENCES donation_checkouts (id) ON DELETE CASCADE,
  title TEXT CHECK (title IS NULL OR length(title) BETWEEN 1 AND 4),
  first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 35),
  last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 35),
  house TEXT NOT NULL CHECK (length(house) BETWEEN 1 AND 40),
  postcode TEXT NOT NULL CHECK (length(postcode) BETWEEN 5 AND 8),
  text_version TEXT NOT NULL,
  declared_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- One row per payment received: a one-off gift (keyed by its payment intent) or one month of a
-- monthly gift (keyed by its invoice). The unique keys make a replayed event change nothing.
CREATE TABLE donations (
  id INTEGER PRIMARY KEY,
  checkout_id INTEGER NOT NULL REFERENCES donation_checkouts (id),
  frequency TEXT NOT NULL CHECK (frequency IN ('one-off', 'monthly')),
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
  stripe_payment_intent_id TEXT UNIQUE,
  stripe_invoice_id TEXT UNIQUE,
  paid_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (frequency = 'monthly' OR stripe_payment_intent_id IS NOT NULL),
  CHECK (frequency = 'one-off' OR stripe_invoice_id IS NOT NULL)
) STRICT;

CREATE INDEX donations_by_checkout ON donations (checkout_id);
CREATE INDEX donations_by_paid_at ON donations (paid_at);

-- Refunds as Stripe reports them: the total refunded so far on a charge. Kept apart from the
-- donation so a refund reported before its payment still counts once the payment arrives.
CREATE TABLE donation_refunds (
  stripe_charge_id TEXT PRIMARY KEY,
  stripe_payment_intent_id TEXT NOT NULL,
  amount_refunded_pence INTEGER NOT NULL CHECK (amount_refunded_pence >= 0),
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX donation_refunds_by_payment_intent ON donation_refunds (stripe_payment_intent_id);

-- Monthly gifts. A cancelled subscription never becomes active again, whatever order the events
-- about it arrive in.
CREATE TABLE donation_subscriptions (
  stripe_subscription_id TEXT PRIMARY KEY,
  checkout_id INTEGER NOT NULL REFERENCES donation_checkouts (id),
  stripe_customer_id TEXT NOT NULL,
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
  state TEXT NOT NULL CHECK (state IN ('active', 'cancelled')),
  started_at TEXT NOT NULL,
  cancelled_at TEXT,
  CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL))
) STRICT;

CREATE INDEX donation_subscriptions_by_checkout ON donation_subscriptions (checkout_id);

-- Payments Stripe could not take (a declined card, a failed monthly collection), for the team.
CREATE TABLE donation_payment_failures (
  stripe_payment_intent_id TEXT PRIMARY KEY,
  checkout_id INTEGER REFERENCES donation_checkouts (id) ON DELETE SET NULL,
  reason TEXT NOT NULL CHECK (length(reason) <= 200),
  failed_at TEXT NOT NULL
) STRICT;

-- Links emailed to monthly donors to manage their gift in Stripe's customer portal. Only a hash
-- of the token is kept.
CREATE TABLE donation_manage_links (
  token_hash TEXT PRIMARY KEY,
  stripe_customer_id TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

-- Every Stripe event we have acted on, by its id: a replay, or the same event delivered twice at
-- once, finds its id here and changes nothing.
CREATE TABLE stripe_events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  outcome TEXT NOT NULL,
  received_at TEXT NOT NULL
) STRICT;

-- Each payment with what is left of it after refunds: what totals and Gift Aid claims count.
CREATE VIEW donations_net AS
SELECT d.id, d.checkout_id, d.frequency, d.amount_pence, d.paid_at,
       min(d.amount_pence, coalesce(r.refunded, 0)) AS refunded_pence,
       d.amount_pence - min(d.amount_pence, coalesce(r.refunded, 0)) AS net_pence
FROM donations AS d
LEFT JOIN (SELECT stripe_payment_intent_id, sum(amount_refunded_pence) AS refunded
           FROM donation_refunds GROUP BY stripe_payment_intent_id) AS r
  ON r.stripe_payment_intent_id = d.stripe_payment_intent_id;
