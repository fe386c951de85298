import { ActionError } from 'astro:actions';
import { getDb } from '../lib/db.ts';
import {
  nameSignatory,
  recordStatusEvent,
  type RecordOutcome,
} from '../lib/councils/record-events.ts';
import { SignatoryFormSchema, StatusEventFormSchema } from '../lib/councils/record-forms.ts';
import {
  CheckedFormSchema,
  markChecked,
  setWebsiteDomain,
  WebsiteFormSchema,
} from '../lib/councils/record.ts';
import { adminAction } from './admin/guard.ts';

const noSuchCouncil = () =>
  new ActionError({ code: 'NOT_FOUND', message: 'There is no such council.' });

/** A recorded event, or the problem the page shows beside its field. */
const outcome = (recorded: RecordOutcome | undefined, council: string) => {
  if (!recorded) throw noSuchCouncil();
  return { ...recorded, council };
};

/** Campaigners putting a council's record right (/admin/councils/<slug>). */
export const councilRecords = {
  recordCouncilEvent: adminAction('correct-records', StatusEventFormSchema, (form, admin) => {
    return outcome(
      recordStatusEvent(getDb(), form, { adminId: admin.id, now: new Date() }),
      form.council,
    );
  }),

  nameSignatory: adminAction('correct-records', SignatoryFormSchema, (form, admin) => {
    return outcome(
      nameSignatory(getDb(), form, { adminId: admin.id, now: new Date() }),
      form.council,
    );
  }),

  setWebsiteDomain: adminAction('correct-records', WebsiteFormSchema, (form, admin) => {
    if (!setWebsiteDomain(getDb(), form, { adminId: admin.id, now: new Date() })) {
      throw noSuchCouncil();
    }
    return { council: form.council };
  }),

  markRecordChecked: adminAction('correct-records', CheckedFormSchema, (form, admin) => {
    if (!markChecked(getDb(), form, { adminId: admin.id, now: new Date() })) throw noSuchCouncil();
    return { council: form.council };
  }),
};
