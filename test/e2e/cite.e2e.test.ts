import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

interface ApiCitation {
  quote: string;
  source: { title: string; publisher: string | null; publishedOn: string };
}

/** What the page put on the clipboard (an expression: the tests' types know no DOM). */
const readClipboard = (page: Page) => page.evaluate('navigator.clipboard.readText()') as Promise<string>;

/** Today as the reader's browser writes it in a citation's retrieval date. */
const today = () => new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

const germanDate = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Parses the explorer's CSV (every field quoted, CRLF rows) into rows of named fields. */
function parseCsv(text: string): Record<string, string>[] {
  const rows = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"')));
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])));
}

describe('cite and export', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.baseUrl });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('copies a ready citation: the fact in words, every quote, publisher and date, the permalink with the view’s dates, and the retrieval day', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz?asOf=2022-03-01');
    const row = page.locator('.timeline__row', { hasText: 'KL.digital' });
    const key = await row.locator('button[data-cite]').getAttribute('data-cite');
    await row.locator('button[data-copy-cite]').click();
    await page.locator('[data-testid="copy-notice"]:not([hidden])').waitFor();
    const copied = await readClipboard(page);

    const tenureId = (key ?? '').slice('tenure:'.length);
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures { id sources { quote source { title publisher publishedOn } } } } }');
    const tenure = (person.tenures as { id: string; sources: ApiCitation[] }[]).find((t) => t.id === tenureId);
    if (!tenure) throw new Error(`no tenure ${tenureId}`);
    const lines = copied.split('\n');
    expect(lines[0]).toMatch(/^Ilona Benz: Geschäftsführerin, KL\.digital, seit 1\. Februar 2022 \(.+\) \(Stand 1\. März 2022\)$/);
    for (const citation of tenure.sources) {
      expect(lines).toContain(`„${citation.quote}“`);
      expect(copied).toContain(`„${citation.source.title}“, veröffentlicht am ${germanDate(citation.source.publishedOn)}`);
      if (citation.source.publisher) expect(copied).toContain(`Quelle: ${citation.source.publisher}, „${citation.source.title}“`);
    }
    const permalink = new URL(`/person/ilona-benz?asOf=2022-03-01&cite=${encodeURIComponent(key ?? '')}`, browser.baseUrl).href;
    expect(lines.at(-1)).toBe(`Über rolegraph: ${permalink} (abgerufen am ${today()})`);
    await expect(page.locator('[data-testid="copy-notice"] pre').textContent()).resolves.toBe(copied);
    await browser.screenshot('cite-benz-kl-digital');

    // The permalink reopens the same view on the same sources.
    await browser.open(permalink.slice(browser.baseUrl.length));
    await page.locator('dialog[open] mark').first().waitFor();
  });

  it('copies a citation of the whole page with its sources, and of a fact from inside its sources dialog', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital?knownOn=2021-12-13');
    await page.locator('[data-testid="page-actions"] button[data-copy-cite]').click();
    const pageCitation = await readClipboard(page);
    expect(pageCitation.split('\n')[0]).toBe('KL.digital: Posten und Nachfolge (Wissensstand 13. Dezember 2021)');
    expect(pageCitation).toContain('Quelle: kommune21, „KL.digital bekommt neue Geschäftsleitung“, veröffentlicht am 13. Dezember 2021');
    expect(pageCitation).not.toContain('TEST');

    const { organization } = await askApi('{ organization(id: "kl-digital") { owners(knownOn: "2021-12-13") { owner { name } percentage } } }');
    const [stake] = organization.owners as { owner: { name: string }; percentage: number }[];
    if (!stake) throw new Error('KL.digital has no owner in the API');
    await page.locator('[data-testid="owners"] button[data-cite]').first().click();
    await page.locator('dialog[open] mark').first().waitFor();
    await page.locator('dialog[open] button[data-copy-cite]').click();
    await expect.poll(() => readClipboard(page)).toMatch(new RegExp(`^${stake.owner.name} hält ${stake.percentage}\u00a0% an KL\\.digital`));
  });

  it('exports a person’s roles as CSV and JSON, each row with its quotes and sources', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz');
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures { id title organization { id } sources { quote } } } }');
    const tenures = person.tenures as { id: string; title: string; organization: { id: string }; sources: { quote: string }[] }[];

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="csv"]').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^rolegraph-ilona-benz-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(await readFile((await csvDownload.path()) ?? '', 'utf8'));
    expect(rows.map((row) => row.section)).toEqual(tenures.map(() => 'role'));
    expect(rows.map((row) => [row.relation, row.object_id])).toEqual(tenures.map((t) => [t.title, t.organization.id]));
    for (const [index, tenure] of tenures.entries()) expect(rows[index]?.quotes).toBe(tenure.sources.map((s) => s.quote).join(' | '));

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="json"]').click()]);
    const exported = JSON.parse(await readFile((await jsonDownload.path()) ?? '', 'utf8')) as {
      entity: { id: string };
      roles: { id: string }[];
      permalink: string;
    };
    expect(exported.entity.id).toBe('ilona-benz');
    expect(exported.roles.map((role) => role.id)).toEqual(tenures.map((t) => t.id));
    expect(exported.permalink).toBe(new URL('/person/ilona-benz', browser.baseUrl).href);
  });

  it('exports an organisation’s successions with their vacancies, and its stakes', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital');
    await page.locator('[data-testid="succession"]').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="csv"]').click()]);
    const rows = parseCsv(await readFile((await download.path()) ?? '', 'utf8'));
    const { succession } = await askApi(
      '{ succession(organization: "kl-digital", role: "managing-director") { steps { vacancyBefore { from to } tenure { person { id } } } } }',
    );
    const steps = succession.steps as { vacancyBefore: { from: string; to: string } | null; tenure: { person: { id: string } } }[];
    const chain = rows.filter((row) => row.section === 'succession' && (row.relation ?? '').startsWith('Geschäftsführung'));
    expect(chain.map((row) => (row.subject_id === '' ? `vacant ${row.start}..${row.end}` : row.subject_id))).toEqual(
      steps.flatMap((step) => [...(step.vacancyBefore ? [`vacant ${step.vacancyBefore.from}..${step.vacancyBefore.to}`] : []), step.tenure.person.id]),
    );
    const { organization } = await askApi(
      '{ organization(id: "kl-digital") { owners { ...S } holdings { ...S } } } fragment S on Ownership { owner { id } owned { id } percentage }',
    );
    const stakes = [...organization.owners, ...organization.holdings] as { owner: { id: string }; owned: { id: string }; percentage: number | null }[];
    expect(rows.filter((row) => row.section === 'stake').map((row) => [row.subject_id, row.object_id, row.share_percent])).toEqual(
      stakes.map((stake) => [stake.owner.id, stake.owned.id, stake.percentage === null ? '' : String(stake.percentage)]),
    );
  });
});
