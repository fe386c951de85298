/**
 * Where each form goes once its action has succeeded (Post/Redirect/Get: a refresh never sends it
 * twice). An action not listed, or a result that needs the page to explain it, stays on the page.
 */
export function redirectAfterForm(action: string, data: unknown): string | undefined {
  switch (action) {
    case 'pledge':
      return '/pledge/check-inbox';
    case 'reportCouncilRecord':
      return `/councils/${(data as { slug: string }).slug}?reported=1#report`;
    case 'confirmPledge': {
      const outcome = data as { kind: string; councilSlug?: string | null };
      if (outcome.kind !== 'confirmed' && outcome.kind !== 'already-confirmed') return undefined;
      return `/pledge/thanks${outcome.councilSlug ? `?council=${outcome.councilSlug}` : ''}`;
    }
    case 'sendLetter': {
      const outcome = data as { kind: string; council: string };
      return outcome.kind === 'created'
        ? `/lobby/check-inbox?council=${outcome.council}`
        : undefined;
    }
    case 'confirmLetter': {
      const outcome = data as {
        kind: string;
        councilSlug?: string;
        sendOn?: string;
        heldForLaterDay?: boolean;
      };
      if (outcome.kind === 'sent') {
        return `/lobby/sent?council=${outcome.councilSlug}${outcome.heldForLaterDay ? `&on=${outcome.sendOn}` : ''}`;
      }
      return outcome.kind === 'already-sent'
        ? `/lobby/sent?council=${outcome.councilSlug}`
        : undefined;
    }
    case 'answerFollowUp':
      return `/lobby/reply?answered=${(data as { answer: string }).answer}`;
    case 'signCharter': {
      const outcome = data as { kind: string; councilSlug?: string };
      return outcome.kind === 'created'
        ? `/sign/check-inbox?council=${outcome.councilSlug}`
        : undefined;
    }
    case 'verifySigning': {
      const outcome = data as { kind: string; councilSlug?: string; needsReview?: boolean };
      if (outcome.kind === 'verified') {
        return `/sign/verified?council=${outcome.councilSlug}${outcome.needsReview ? '&review=1' : ''}`;
      }
      return undefined;
    }
    case 'requestAssessmentLink':
      return `/assess/new-link?council=${(data as { council: string }).council}&sent=1`;
    case 'saveAssessment': {
      const outcome = data as { token: string; changed: number };
      return `/assess?token=${encodeURIComponent(outcome.token)}&saved=${outcome.changed}`;
    }
    case 'logIn':
      return (data as { next: string }).next;
    case 'logOut':
    case 'logOutEverywhere':
      return '/admin/login?out=1';
    case 'setPassword':
      return '/admin';
    case 'approveSigning': {
      const outcome = data as { kind: string; councilSlug?: string; supportersEmailed?: number };
      return outcome.kind === 'approved'
        ? `/admin/signings?approved=${outcome.councilSlug}&told=${outcome.supportersEmailed}`
        : undefined;
    }
    case 'rejectSigning': {
      const outcome = data as { kind: string; councilSlug?: string };
      return outcome.kind === 'rejected'
        ? `/admin/signings?rejected=${outcome.councilSlug}`
        : undefined;
    }
    case 'decideReport': {
      const outcome = data as { decided: boolean; decision: string };
      return `/admin/reports?${outcome.decided ? `done=${outcome.decision}` : 'gone=1'}`;
    }
    case 'pauseFeature':
      return `/admin/pauses?paused=${(data as { feature: string }).feature}`;
    case 'resumeFeature':
      return `/admin/pauses?resumed=${(data as { feature: string }).feature}`;
    case 'createMailing':
      return `/admin/mailings/${(data as { id: number }).id}?saved=1`;
    case 'updateMailing':
      return `/admin/mailings/${(data as { id: number }).id}?saved=1`;
    case 'sendTestMailing':
      return `/admin/mailings/${(data as { id: number }).id}?tested=1`;
    case 'startMailing': {
      const outcome = data as { id: number; recipients: number };
      return `/admin/mailings/${outcome.id}?started=${outcome.recipients}`;
    }
    case 'pauseMailing':
    case 'resumeMailing':
      return `/admin/mailings/${(data as { id: number }).id}`;
    case 'postComment': {
      const outcome = data as { post: string };
      return `/news/${outcome.post}?comment=waiting#comment-form`;
    }
    case 'decideComment': {
      const outcome = data as { decided: boolean; decision: string };
      return `/admin/comments?${outcome.decided ? `done=${outcome.decision}` : 'gone=1'}`;
    }
    case 'invalidatePledges':
      return `/admin/invalidate?done=${(data as { count: number }).count}`;
    case 'enableTwoFactor':
    case 'disableTwoFactor':
      return `/admin/two-factor?${(data as { on: boolean }).on ? 'on' : 'off'}=1`;
    case 'changeRole':
    case 'removeAccess':
      return `/admin/accounts?done=${(data as { outcome: string }).outcome}`;
    case 'startDonation':
    case 'openDonorPortal':
      // Stripe's own page: Checkout to pay, or the customer portal to change a monthly gift.
      return (data as { url: string }).url;
    case 'requestManageLink':
      return '/donate/manage?sent=1';
    case 'requestPrivacyLink':
      return '/privacy/request?sent=1';
    case 'eraseMe':
      return '/privacy/manage?erased=1';
    default:
      return undefined;
  }
}
