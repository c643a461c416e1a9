import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser, urlParams } from './browser.js';

const verband = 'test-testverband-musterland';
const unit = `${verband}/stabsstelle-test`;

/** The page's meta description (an expression: the tests' types know no DOM). */
const description = (page: Page) => page.locator('meta[name="description"]').getAttribute('content');

/** Sets a date field as Chromium does while a date is typed digit by digit: one change event per complete value. */
async function typeDateDigitByDigit(page: Page, selector: string, values: string[]): Promise<void> {
  await page.evaluate(`(() => {
    const input = document.querySelector(${JSON.stringify(selector)});
    input.focus();
    for (const value of ${JSON.stringify(values)}) {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  })()`);
}

describe('the explorer’s pages', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['/', 'Personen und Organisationen suchen – rolegraph', 'rolegraph kennt'],
    ['/person/ilona-benz', 'Ilona Benz – rolegraph', 'Ilona Benz: Funktionen im Zeitverlauf'],
    ['/organization/kl-digital?lang=en', 'KL.digital – rolegraph', 'KL.digital: owners, holdings'],
    ['/network/kl-digital', 'Netzwerk um KL.digital – rolegraph', 'Wer mit KL.digital verbunden ist'],
    ['/changes/person/ilona-benz', 'Was sich geändert hat: Ilona Benz – rolegraph', 'über Ilona Benz'],
    [
      '/source/kommune21-2021-12-13-kl-digital',
      'Quelle: KL.digital bekommt neue Geschäftsleitung – rolegraph',
      'KL.digital bekommt neue Geschäftsleitung (kommune21)',
    ],
    ['/person/nobody-at-all', 'Nicht gefunden – rolegraph', 'Keine Person mit dieser Kennung.'],
  ])('gives %s its own title and description', async (path, title, describes) => {
    const { page } = browser;
    await browser.open(path);
    await expect.poll(() => page.title()).toBe(title);
    await expect(description(page)).resolves.toContain(describes);
  });

  it.each([
    ['/person/nobody-at-all', 404],
    ['/organization/ilona-benz', 404],
    ['/changes/organization/nobody', 404],
    ['/nowhere/at/all', 404],
    ['/person/ilona-benz', 200],
    [`/organization/${unit}`, 200],
  ])('answers %s with HTTP %i and the explorer’s own page', async (path, status) => {
    const response = await browser.page.goto(new URL(path, browser.baseUrl).href, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);
    await browser.page
      .locator(status === 404 ? '[data-testid="not-found"]' : 'main h1')
      .first()
      .waitFor();
  });

  it('adds one history entry per date typed, however many values it passes through, and Back returns to the view before', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital');
    await browser.open('/person/ilona-benz');
    await typeDateDigitByDigit(page, '#control-asOf', ['0002-12-13', '0020-12-13', '0202-12-13', '2021-12-13']);
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2021-12-13');
    await page.locator('#control-asOf').blur();
    await typeDateDigitByDigit(page, '#control-asOf', ['0002-03-01', '0020-03-01', '0202-03-01', '2022-03-01']);
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2022-03-01');

    // Back walks through the two dates typed, then the page without a date, then the page before.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2021-12-13');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/person/ilona-benz' && !url.searchParams.has('asOf'));
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/organization/kl-digital');
  });

  it('closes the sources dialog with Back, reopens it with Forward, and leaves no entry behind when closed', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital');
    await browser.open('/person/ilona-benz');
    await page.locator('.timeline__row button[data-cite]').first().click();
    await page.locator('dialog[open] mark').first().waitFor();
    expect(urlParams(page).has('cite')).toBe(true);
    await page.goBack();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(urlParams(page).has('cite')).toBe(false);
    await expect(page.locator('[data-testid="person-page"]').count()).resolves.toBe(1);
    await page.goForward();
    await page.locator('dialog[open]').waitFor();

    // The close button goes back too: Back from the page then leaves it, as if the dialog had never been.
    await page.locator('dialog[open] .close-button').click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.waitForURL((url) => url.pathname === '/person/ilona-benz' && !url.searchParams.has('cite'));
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/organization/kl-digital');
  });

  it('names the dates of a shared link that are no calendar days, and shows the view without them', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz?asOf=2022-02-30&knownOn=2021-13-01');
    const notices = await page.locator('[data-testid="invalid-dates"] p').allTextContents();
    expect(notices).toEqual([
      'Das Datum 2022-02-30 für „Stand (asOf)“ in der Adresse ist kein Kalendertag (JJJJ-MM-TT) und wird daher ignoriert.',
      'Das Datum 2021-13-01 für „Wissensstand (knownOn)“ in der Adresse ist kein Kalendertag (JJJJ-MM-TT) und wird daher ignoriert.',
    ]);
    await expect(page.locator('.timeline__row[data-certainty]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="filter-banner"]').count()).resolves.toBe(0);
  });

  it('counts each fact’s sources and quotes apart, in the singular where there is one', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz');
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures { id sourceCount sources { quote } } } }');
    const word = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    for (const tenure of person.tenures as { id: string; sourceCount: number; sources: unknown[] }[]) {
      const button = page.locator(`.timeline__row[data-tenure-id="${tenure.id}"] button[data-cite]`);
      await expect(button.textContent()).resolves.toBe(
        `Quellen (${word(tenure.sourceCount, 'Quelle', 'Quellen')} · ${word(tenure.sources.length, 'Zitat', 'Zitate')})`,
      );
    }
  });

  it('shows a unit with the organisation it belongs to, and the birth with its sources and its inference', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz');
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures { id organization { name partOf { id name } } } birth { inference(lang: "de") } } }');
    const inUnit = (person.tenures as { id: string; organization: { partOf: { id: string; name: string } | null } }[]).find((t) => t.organization.partOf);
    if (!inUnit?.organization.partOf) throw new Error('Benz holds a post in a unit');
    const parent = page.locator(`.timeline__row[data-tenure-id="${inUnit.id}"] .organization-link__parent a`);
    await expect(parent.textContent()).resolves.toBe(inUnit.organization.partOf.name);
    await expect(parent.getAttribute('href')).resolves.toBe(`/organization/${inUnit.organization.partOf.id}`);

    const birth = page.locator('.entity__birth');
    await expect(birth.locator('.badge--inferred').textContent()).resolves.toBe('erschlossen');
    await birth.locator('button[data-cite]').click();
    await page.locator('dialog[open] .citation-quote').first().waitFor();
    await expect(page.locator('dialog[open] [data-testid="inferences"] li').allTextContents()).resolves.toEqual([person.birth.inference]);
    await expect(page.locator('dialog[open] .citation-quote').allTextContents()).resolves.toContain('die 31-Jährige');
  });

  it('marks acting and interim capacities, keeps each bound of a span at its precision, and shows the vacancy after the last holder', async () => {
    const { page } = browser;
    await browser.open(`/organization/${unit}`);
    const acting = page.locator('[data-step="tenure"]', { hasText: 'Erika Beispiel' });
    await expect(acting.locator('[data-capacity]').getAttribute('data-capacity')).resolves.toBe('ACTING');
    await expect(acting.locator('[data-capacity]').textContent()).resolves.toBe('kommissarisch');
    await expect(acting.locator('.succession__dates').textContent()).resolves.toBe('2019 – zwischen 2023 und Januar 2024');

    const { vacancies } = await askApi(
      `query($id: ID!, $at: Date!) { vacancies(at: $at, organization: $id) { edges { node { next { id } previous { end { latest } } } } } }`,
      {
        id: unit,
        at: new Date().toISOString().slice(0, 10),
      },
    );
    const [vacant] = vacancies.edges as { node: { next: unknown; previous: { end: { latest: string } } } }[];
    if (!vacant) throw new Error('The API reports the unit’s post vacant today.');
    const from = new Date(`${vacant.node.previous.end.latest}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() + 1);
    const day = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(from);
    await expect(page.locator('[data-step="vacancy-after"] .succession__vacancy-label').textContent()).resolves.toBe(`unbesetzt seit ${day}`);
    await browser.screenshot('organization-test-unit-acting-vacant');

    await browser.open(`/organization/${verband}?lang=en`);
    const interim = page.locator('[data-step="tenure"]', { hasText: 'Max Muster' });
    await expect(interim.locator('[data-capacity]').textContent()).resolves.toBe('interim');
  });

  it('shows an organisation’s legal form, seat and identifiers, each with its source or as given by the analyst, linking out', async () => {
    const { page } = browser;
    await browser.open(`/organization/${verband}`);
    const { organization } = await askApi(`query($id: ID!) { organization(id: $id) { legalForm seat identifiers { scheme value url source { title } } } }`, {
      id: verband,
    });
    const identity = page.locator('[data-testid="identity"]');
    const value = (term: string) =>
      identity
        .locator('div', { has: page.locator(`dt:text-is("${term}")`) })
        .locator('dd')
        .textContent();
    await expect(value('Rechtsform')).resolves.toContain(organization.legalForm);
    await expect(value('Sitz')).resolves.toContain(organization.seat);
    for (const identifier of organization.identifiers as { scheme: string; value: string; url: string | null; source: { title: string } | null }[]) {
      const item = identity.locator(`[data-scheme="${identifier.scheme}"]`);
      await expect(item.textContent()).resolves.toContain(identifier.value);
      await expect(item.textContent()).resolves.toContain(identifier.source ? identifier.source.title : 'vom Analysten angegeben');
      if (identifier.url) await expect(item.locator(`a[href="${identifier.url}"]`).count()).resolves.toBe(1);
    }
    await browser.screenshot('organization-test-verband-identity');
  });

  it('keeps the sources dialog’s close button on screen at a phone width, wherever its quote stands in the text', async () => {
    const phone = await launchExplorerBrowser({ width: 390, height: 664 });
    try {
      const { page } = phone;
      await phone.open('/organization/kl-digital');
      const buttons = page.locator('[data-testid="plans"] button[data-cite]');
      await buttons.last().click();
      await page.locator('dialog[open] mark').first().waitFor();
      const close = page.locator('dialog[open] .close-button');
      const box = await close.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(664);
      await phone.screenshot('citation-dialog-phone');
      await close.click();
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    } finally {
      await phone.close();
    }
  });
});
