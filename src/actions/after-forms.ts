import type { Locale } from '../lib/i18n/locales.ts';
import { localisedPath } from '../lib/i18n/pages.ts';
import type { server } from './index.ts';

type Actions = typeof server;
/** What an action returns when it succeeds, as its handler declares it. */
type Data<K extends keyof Actions> = Awaited<ReturnType<Actions[K]['orThrow']>>;

/**
 * Where each form goes once its action has succeeded (Post/Redirect/Get: a refresh never sends it
 * twice), worked out from what the action returned. An action not listed, or a result that needs
 * the page to explain it (undefined), stays on the page. Each entry is typed by its action's own
 * result, so an entry reading a field the action no longer returns does not compile.
 */
const AFTER: { [K in keyof Actions]?: (data: Data<K>, locale: Locale) => string | undefined } = {
  pledge: () => '/pledge/check-inbox',
  reportCouncilRecord: ({ slug, welshSlug }, locale) =>
    locale === 'cy' && welshSlug
      ? `/cy/cynghorau/${welshSlug}?reported=1#report`
      : `/councils/${slug}?reported=1#report`,
  // The thank-you page knows the supporter only by their share code, which says nothing about them.
  confirmPledge: (outcome) =>
    outcome.kind === 'confirmed' || outcome.kind === 'already-confirmed'
      ? `/pledge/thanks${query({ council: outcome.councilSlug, code: outcome.shareCode })}`
      : undefined,
  sendLetter: (outcome) =>
    outcome.kind === 'emailed' ? `/lobby/check-inbox?council=${outcome.council}` : undefined,
  confirmLetter: (outcome) => {
    if (outcome.kind === 'held') return `/lobby/sent?council=${outcome.councilSlug}&held=1`;
    if (outcome.kind === 'sent') {
      return `/lobby/sent?council=${outcome.councilSlug}${outcome.heldForLaterDay ? `&on=${outcome.sendOn}` : ''}`;
    }
    return outcome.kind === 'already-sent'
      ? `/lobby/sent?council=${outcome.councilSlug}`
      : undefined;
  },
  answerFollowUp: ({ answer }) => `/lobby/reply?answered=${answer}`,
  signCharter: (outcome) =>
    outcome.kind === 'created' ? `/sign/check-inbox?council=${outcome.councilSlug}` : undefined,
  verifySigning: (outcome) =>
    outcome.kind === 'verified'
      ? `/sign/verified?council=${outcome.councilSlug}${outcome.needsReview ? '&review=1' : ''}`
      : undefined,
  requestAssessmentLink: ({ council }) => `/assess/new-link?council=${council}&sent=1`,
  saveAssessment: ({ token, changed }) =>
    `/assess?token=${encodeURIComponent(token)}&saved=${changed}`,
  logIn: ({ next }) => next,
  logOut: () => '/admin/login?out=1',
  logOutEverywhere: () => '/admin/login?out=1',
  setPassword: () => '/admin',
  requestPasswordLink: () => '/admin/forgotten-password?sent=1',
  approveSigning: (outcome) =>
    outcome.kind === 'approved'
      ? `/admin/signings?approved=${outcome.councilSlug}&told=${outcome.supportersEmailed}`
      : undefined,
  rejectSigning: (outcome) =>
    outcome.kind === 'rejected' ? `/admin/signings?rejected=${outcome.councilSlug}` : undefined,
  recordCouncilEvent: (outcome) =>
    outcome.kind === 'recorded' ? `/admin/councils/${outcome.council}?done=event` : undefined,
  nameSignatory: (outcome) =>
    outcome.kind === 'recorded' ? `/admin/councils/${outcome.council}?done=signatory` : undefined,
  setWebsiteDomain: ({ council }) => `/admin/councils/${council}?done=website`,
  markRecordChecked: ({ council }) => `/admin/councils/${council}?done=checked`,
  saveTarget: (change) =>
    change.kind === 'saved'
      ? `/admin/targets/${change.council}?done=${change.done}&released=${change.released}`
      : undefined,
  verifyTarget: (change) =>
    change.kind === 'saved'
      ? `/admin/targets/${change.council}?done=${change.done}&released=${change.released}`
      : undefined,
  sendHeldLetters: ({ council, released }) =>
    `/admin/targets/${council}?done=sent&released=${released}`,
  retireTarget: (change) =>
    change.kind === 'saved' ? `/admin/targets/${change.council}?done=${change.done}` : undefined,
  readCouncillors: (outcome) =>
    outcome.kind === 'read'
      ? `/admin/targets/import?council=${outcome.council}&import=${outcome.importId}`
      : undefined,
  pairWard: (outcome) =>
    outcome.kind === 'paired'
      ? `/admin/targets/import?council=${outcome.council}&import=${outcome.importId}&paired=${encodeURIComponent(outcome.ward.code)}#wards`
      : undefined,
  applyCouncillorImport: (o) =>
    o.kind === 'applied'
      ? `/admin/targets/import?council=${o.council}&added=${o.added}&returned=${o.returned}&changed=${o.changed}&retired=${o.retired}&unchanged=${o.unchanged}&released=${o.released}`
      : undefined,
  dismissReport: ({ dismissed }) => `/admin/reports?${dismissed ? 'done=dismissed' : 'gone=1'}`,
  pauseFeature: ({ feature }) => `/admin/pauses?paused=${feature}`,
  resumeFeature: ({ feature }) => `/admin/pauses?resumed=${feature}`,
  createMailing: ({ id }) => `/admin/mailings/${id}?saved=1`,
  updateMailing: ({ id }) => `/admin/mailings/${id}?saved=1`,
  sendTestMailing: ({ id, language }) => `/admin/mailings/${id}?tested=${language}`,
  startMailing: ({ id, recipients }) => `/admin/mailings/${id}?started=${recipients}`,
  pauseMailing: ({ id }) => `/admin/mailings/${id}`,
  resumeMailing: ({ id }) => `/admin/mailings/${id}`,
  postComment: ({ post }) => `/news/${post}?comment=waiting#comment-form`,
  recordOfflineSupporters: ({ id }) => `/admin/supporters?recorded=${id}`,
  decideComment: ({ decided, decision }) =>
    `/admin/comments?${decided ? `done=${decision}` : 'gone=1'}`,
  invalidatePledges: ({ count }) => `/admin/invalidate?done=${count}`,
  enableTwoFactor: ({ on }) => `/admin/two-factor?${on ? 'on' : 'off'}=1`,
  disableTwoFactor: ({ on }) => `/admin/two-factor?${on ? 'on' : 'off'}=1`,
  changeRole: ({ outcome }) => `/admin/accounts?done=${outcome}`,
  removeAccess: ({ outcome }) => `/admin/accounts?done=${outcome}`,
  // Stripe's own page: Checkout to pay, or the customer portal to change a monthly gift.
  startDonation: ({ url }) => url,
  openDonorPortal: ({ url }) => url,
  requestManageLink: () => '/donate/manage?sent=1',
  requestPrivacyLink: () => '/privacy/request?sent=1',
  eraseMe: () => '/privacy/manage?erased=1',
};

/** `?a=1&b=2` from the values given, or nothing when none is. */
function query(values: Record<string, string | null | undefined>): string {
  const given = Object.entries(values).filter((entry): entry is [string, string] => !!entry[1]);
  return given.length ? `?${new URLSearchParams(given)}` : '';
}

export function redirectAfterForm(
  action: string,
  data: unknown,
  locale: Locale = 'en',
): string | undefined {
  // The action's name and its data come from the same call, so the data is that action's.
  if (!Object.hasOwn(AFTER, action)) return undefined;
  const route = AFTER[action as keyof Actions] as
    ((data: unknown, locale: Locale) => string | undefined) | undefined;
  const to = route?.(data, locale);
  // A form sent from a Welsh page goes on to the Welsh version of the next page, where there is one.
  return to === undefined ? undefined : localisedPath(to, locale);
}
