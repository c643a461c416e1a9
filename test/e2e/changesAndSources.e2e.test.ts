import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

const article = 'kommune21-2021-12-13-kl-digital';

interface ApiTenure {
  id: string;
  status: string;
  sources: { source: { id: string; title: string } }[];
}

describe('what changed', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every fact the first source added, each with that source', async () => {
    const { page } = browser;
    await browser.open('/changes/person/ilona-benz?from=2021-12-12&to=2021-12-13');
    await page.locator('[data-testid="changes"]').waitFor();
    const { person } = await askApi('{ person(id: "ilona-benz", knownOn: "2021-12-13") { tenures { id } activities { id } } }');
    const added = await page.locator('[data-change="added"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-fact')));
    for (const tenure of person.tenures as { id: string }[]) expect(added).toContain(`tenure:${tenure.id}`);
    for (const activity of person.activities as { id: string }[]) expect(added).toContain(`activity:${activity.id}`);
    const sources = await page
      .locator('[data-change="added"] .change__sources a')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
    expect(sources).toEqual([`/source/${article}`]);
  });

  it('compares by default with the day before the latest source, and names the status it changed with that source', async () => {
    const { page } = browser;
    await browser.open('/changes/person/ilona-benz');
    await page.locator('[data-testid="changes"]').waitFor();
    // What the API says changed for each tenure between the two days.
    const { before, after } = await askApi(
      '{ before: person(id: "ilona-benz", knownOn: "2022-02-28") { tenures { id status } } after: person(id: "ilona-benz") { tenures { id status sources { source { id title } } } } }',
    );
    const was = new Map((before.tenures as ApiTenure[]).map((tenure) => [tenure.id, tenure.status]));
    const changed = (after.tenures as ApiTenure[]).filter((tenure) => was.has(tenure.id) && was.get(tenure.id) !== tenure.status);
    expect(changed.length).toBeGreaterThan(0);
    for (const tenure of changed) {
      const item = page.locator(`[data-change="status"][data-fact="tenure:${tenure.id}"]`);
      await expect(item.count()).resolves.toBe(1);
      const newest = tenure.sources.at(-1)?.source;
      await expect(item.locator('.change__sources').textContent()).resolves.toContain(newest?.title);
    }
    await expect(page.locator('#changes-heading').textContent()).resolves.toContain('28. Februar 2022');
    await browser.screenshot('changes-benz');
  });

  it('says when nothing changed between two days', async () => {
    const { page } = browser;
    await browser.open('/changes/organization/kl-digital?from=2021-12-14&to=2022-01-31&lang=en');
    await expect(page.locator('[data-testid="no-changes"]').textContent()).resolves.toBe(
      'Between 14 December 2021 and 31 January 2022 no source changed anything known about this.',
    );
  });
});

describe('the page of a source', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the text with every quote marked, each fact taken from it, and counts sources and quotes apart', async () => {
    const { page } = browser;
    await browser.open(`/source/${article}`);
    await page.locator('[data-testid="source-roles"]').waitFor();
    const { source } = await askApi(
      `query($id: ID!) { source(id: $id) { title text facts {
        people { id sources { quote startOffset source { id } } } organizations { id sources { quote startOffset source { id } } }
        tenures { id sources { quote startOffset source { id } } } ownerships { sources { quote startOffset source { id } } }
        plans { id sources { quote startOffset source { id } } } activities { id sources { quote startOffset source { id } } } } } }`,
      { id: article },
    );
    const facts = Object.values(source.facts as Record<string, { sources: { quote: string; startOffset: number; source: { id: string } }[] }[]>).flat();
    const quotes = new Map(facts.flatMap((fact) => fact.sources.filter((c) => c.source.id === article).map((c) => [c.startOffset, c.quote] as const)));

    await expect(page.locator('h1').textContent()).resolves.toBe(source.title);
    await expect(page.locator('[data-testid="source-counts"]').textContent()).resolves.toBe(`1 Quelle · ${quotes.size} Zitate · ${facts.length} Angaben`);
    await expect(page.locator('.source-text').textContent()).resolves.toBe(source.text);
    const marked = (await page.locator('.source-text mark').allTextContents()).join('\n');
    for (const quote of quotes.values()) expect(marked).toContain(quote);
    await expect(page.locator('.described-fact[data-fact]').count()).resolves.toBe(facts.length);
    await expect(page.locator('.source-page').textContent()).resolves.toContain('Die Quelle nennt keine eigene Adresse.');
    await expect(page.title()).resolves.toBe(`Quelle: ${source.title} – rolegraph`);
    await browser.screenshot('source-kommune21');
  });

  it('opens a fact’s sources from the list, with the quotes of every source that states it', async () => {
    const { page } = browser;
    await browser.open(`/source/${article}`);
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures { id sourceCount } } }');
    const shared = (person.tenures as { id: string; sourceCount: number }[]).find((tenure) => tenure.sourceCount > 1);
    if (!shared) throw new Error('The browser tests’ graph has a tenure stated by two sources.');
    await page.locator(`[data-fact="tenure:${shared.id}"] button[data-cite]`).click();
    await expect.poll(() => page.locator('dialog[open] .citation-source').count()).toBe(shared.sourceCount);
  });

  it('answers a source nobody knows with 404 and its not-found page', async () => {
    const response = await browser.page.goto(new URL('/source/no-such-source', browser.baseUrl).href);
    expect(response?.status()).toBe(404);
    await browser.page.locator('[data-testid="not-found"]').waitFor();
  });
});
