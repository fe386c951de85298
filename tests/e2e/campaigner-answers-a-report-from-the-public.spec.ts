import { logInAs, logOut } from './campaign-team.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

test('a report from the public reaches campaigners, and what they decide is in the audit log', async ({
  page,
}) => {
  const details = `The council has a new web address (${Date.now()}).`;
  await page.goto('/councils/bedford');
  const form = page.getByRole('region', { name: 'Is this wrong?' });
  await form.getByText('Is this wrong?').first().click();
  await form.getByLabel('Its website address').check();
  await form.getByLabel('What should it say?').fill(details);
  // The box for a link is a box like the others: big enough to hit, with a clear edge.
  const link = form.getByLabel('A link that shows it (optional)');
  expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expect(link).toHaveCSS('border-top-width', '2px');
  await form.getByRole('button', { name: 'Send' }).click();

  await logInAs(page, 'campaigner');
  await page.getByRole('link', { name: '“Is this wrong?” reports' }).click();
  await expectAccessible(page);
  const report = page.getByRole('article').filter({ hasText: details });
  await expect(report.getByRole('heading')).toHaveText('Bedford: Its website address');
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status')).toHaveText('Dismissed.');
  await expect(page.getByRole('article').filter({ hasText: details })).toHaveCount(0);

  await logOut(page);
  const admin = await logInAs(page, 'admin');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expectAccessible(page);
  await expect(page.getByRole('table', { name: 'Actions by campaign accounts' })).toContainText(
    'report.dismissed',
  );
  expect(admin.email).toContain('admin');
});
