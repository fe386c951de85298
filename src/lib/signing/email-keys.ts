/**
 * The idempotency keys of signing emails that retention and the removal of a pledge delete:
 * built here for both the code that queues them (requests.ts) and the code that deletes them.
 */
export const signingEmailKeys = {
  verify: (requestId: number | bigint) => `signing-verify:${requestId}`,
  /** "Your council has signed", to one supporter there. */
  councilSigned: (councilId: number, supporterId: number) =>
    `council-signed:${councilId}:${supporterId}`,
};
