import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevelopmentConfig } from '../../src/config.js';
import { projectRoot } from '../../src/projectRoot.js';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser, urlParams } from './browser.js';

const certaintiesQuery = `query($id: ID!, $at: Date!) { person(id: $id) { tenures { id certaintyAt(date: $at) } } }`;

/** What the API says about each of Benz's tenures on that day, as the page marks it. */
async function expectedCertainties(at: string): Promise<Record<string, string>> {
  const { person } = await askApi(certaintiesQuery, { id: 'ilona-benz', at });
  return Object.fromEntries((person.tenures as { id: string; certaintyAt: string | null }[]).map((t) => [t.id, t.certaintyAt ?? 'NONE']));
}

describe('person page', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the birth as the two possible years and marks the announced tenure as announced while only the article was known', async () => {
    const { page } = browser;
    // A later source reports her in office; known on the article's day, her start was only announced.
    await browser.open('/person/ilona-benz?knownOn=2021-12-13');
    await expect(page.locator('[data-testid="birth"]').textContent()).resolves.toBe('geboren 1989/1990');
    const klDigital = page.locator('.timeline__row', { hasText: 'KL.digital' });
    await expect(klDigital.locator('[data-status]').getAttribute('data-status')).resolves.toBe('ANNOUNCED');
    await expect(klDigital.locator('.timeline__bar').getAttribute('class')).resolves.toContain('timeline__bar--announced');
    await browser.screenshot('person-benz');
  });

  it('highlights who held what on the as-of day, changes it with the date and keeps it in the URL', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz');
    const marks = () =>
      page
        .locator('.timeline__row')
        .evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.getAttribute('data-tenure-id'), row.getAttribute('data-certainty')])));

    await page.locator('#control-asOf').fill('2021-12-13');
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2021-12-13');
    await page.locator('.timeline__row[data-certainty]').first().waitFor();
    const before = await expectedCertainties('2021-12-13');
    await expect.poll(marks).toEqual(before);
    await expect(page.locator('.timeline__row.is-dimmed', { hasText: 'KL.digital' }).count()).resolves.toBe(1);
    await browser.screenshot('person-benz-as-of-2021-12-13');

    await page.locator('#control-asOf').fill('2022-03-01');
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2022-03-01');
    const after = await expectedCertainties('2022-03-01');
    await expect.poll(marks).toEqual(after);
    expect(after).not.toEqual(before);
    await expect(page.locator('.timeline__row.is-dimmed', { hasText: 'KL.digital' }).count()).resolves.toBe(0);
    await page.locator('#control-asOf').blur();
    await browser.screenshot('person-benz-as-of-2022-03-01');
    // The README's picture is this view; refresh it with ROLEGRAPH_DOCS_SCREENSHOT=true.
    if (loadDevelopmentConfig().docsScreenshot) {
      // The README shows what the article alone says, without the browser tests' made-up sources.
      await browser.open('/person/ilona-benz?asOf=2022-03-01&knownOn=2021-12-13');
      await browser.screenshot('explorer', path.join(projectRoot, 'docs'));
      await browser.open('/person/ilona-benz?asOf=2022-03-01');
    }

    // The URL alone restores the view: a reload shows the same highlighting.
    await page.reload({ waitUntil: 'networkidle' });
    expect(urlParams(page).get('asOf')).toBe('2022-03-01');
    await expect(page.locator('#control-asOf').inputValue()).resolves.toBe('2022-03-01');
    await expect.poll(marks).toEqual(after);
  });

  it('hides what no source had published by the known-on day, and says what it hides', async () => {
    const { page } = browser;
    // Before any source named her, the page says so rather than "not found".
    await browser.open('/person/ilona-benz?knownOn=2021-12-12&lang=en');
    await expect(page.locator('[data-testid="not-yet-known"] .notice').textContent()).resolves.toBe(
      'Known on 12 December 2021: no source published by then names Ilona Benz. Later sources do.',
    );
    await browser.screenshot('person-benz-known-on-2021-12-12');

    await page.locator('#control-knownOn').fill('2021-12-13');
    await page.waitForURL((url) => url.searchParams.get('knownOn') === '2021-12-13');
    const { known, all } = await askApi(
      '{ known: person(id: "ilona-benz", knownOn: "2021-12-13") { tenures { id } sources { quote } } all: person(id: "ilona-benz") { tenures { id } sources { quote } } }',
    );
    await expect.poll(() => page.locator('.timeline__row').count()).toBe(known.tenures.length);
    expect(known.tenures.length).toBeGreaterThan(0);
    // The banner counts what the later sources add, as the API answers without the date.
    const hiddenQuotes = all.sources.length - known.sources.length;
    expect(hiddenQuotes).toBeGreaterThan(0);
    await expect(page.locator('[data-filter="knownOn"]').textContent()).resolves.toContain(`${hiddenQuotes} ${hiddenQuotes === 1 ? 'quote' : 'quotes'}`);
  });

  it('speaks English when asked and stays readable at a phone width', async () => {
    const phone = await launchExplorerBrowser({ width: 390, height: 844 });
    try {
      await phone.open('/person/ilona-benz?lang=en');
      const { page } = phone;
      await expect(page.locator('#tenures-heading').textContent()).resolves.toBe('Roles over time');
      await expect(page.locator('[data-testid="birth"]').textContent()).resolves.toBe('born 1989/1990');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      // German titles stay German, with the English one alongside.
      await expect(page.locator('.tenure-title__de').first().getAttribute('lang')).resolves.toBe('de');
      await expect(page.locator('.tenure-title__en').count()).resolves.toBeGreaterThan(0);
      const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.screenshot('person-benz-phone-en');

      await page.locator('[data-testid="language-toggle"]').click();
      await page.waitForURL((url) => !url.searchParams.has('lang'));
      await expect(page.locator('#tenures-heading').textContent()).resolves.toBe('Funktionen im Zeitverlauf');
    } finally {
      await phone.close();
    }
  });
});
