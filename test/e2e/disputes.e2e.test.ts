import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStated } from '../../web/src/format/dates.js';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

/**
 * Facts whose sources disagree, from the made-up multi-source corpus the e2e graph holds
 * (examples/multi-source): the explorer marks them and shows what each source says.
 */
describe('sources that disagree', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a person's page and the sources dialog of the tenure whose row names `role`; returns the row. */
  async function openTenureSources(path: string, role: string) {
    await browser.open(path);
    const row = browser.page.locator('.timeline__row', { hasText: role });
    await row.locator('button[data-cite]').click();
    return row;
  }

  const sourceSection = (sourceId: string) => browser.page.locator(`dialog.citation-dialog[open] section.citation-source[data-source-id="${sourceId}"]`);

  it('marks a disputed start on the timeline, and shows each source’s value beside its quotes', async () => {
    const { page } = browser;
    const { person } = await askApi('{ person(id: "ulrich-haas") { tenures { disputed start { claims { value source { id title } } } } } }');
    const [cdo] = person.tenures as { disputed: boolean; start: { claims: { value: string; source: { id: string; title: string } }[] } }[];
    if (!cdo?.disputed) throw new Error('The corpus no longer disputes the CDO’s start; the test has nothing to show.');

    const row = await openTenureSources('/person/ulrich-haas', 'Chief Digital Officer');
    await expect(row.locator('.badge--disputed').textContent()).resolves.toBe('Quellen widersprechen sich');
    const dialog = page.locator('dialog.citation-dialog[open]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="dispute"]').waitFor();
    await expect(dialog.locator('[data-testid="dispute"] h3').textContent()).resolves.toContain('Beginn');

    // Each source's section names the start that source gives, as it gives it.
    for (const claim of cdo.start.claims) {
      await expect(sourceSection(claim.source.id).locator('[data-testid="source-claims"]').textContent()).resolves.toContain(formatStated('de', claim.value));
    }
    await browser.screenshot('citation-dialog-disputed-start');
  });

  it('gives the publication date as the source states it: a month, not an invented day', async () => {
    await openTenureSources('/person/ulrich-haas?lang=de', 'Chief Digital Officer');
    const monthly = sourceSection('stadtkurier-2022-03');
    await expect(monthly.locator('time').textContent()).resolves.toBe('veröffentlicht März 2022');
    await expect(monthly.locator('time').getAttribute('datetime')).resolves.toBe('2022-03');
  });

  it('shows the analyst’s correction beside a quote that prints a wrong name', async () => {
    await openTenureSources('/person/miriam-sander', 'Chief Urban Officer');
    const portrait = sourceSection('stadtportraet-undatiert');
    await expect(portrait.locator('[data-testid="correction"]').textContent()).resolves.toContain('fälschlich „Marion Sander“');
    await browser.screenshot('citation-dialog-misnaming');
  });

  it('marks a stake whose share sources disagree on only when no preferred claim settles it', async () => {
    const { page } = browser;
    await browser.open('/organization/falkenried-digital');
    const city = page.locator('.ownership', { hasText: 'Stadt Falkenried' });
    await city.waitFor();
    // The analyst preferred the 2023 figure, so the two shares are no dispute.
    await expect(city.locator('.badge--disputed').count()).resolves.toBe(0);
    await expect(city.locator('.ownership__share').textContent()).resolves.toContain('94,9');
  });
});
