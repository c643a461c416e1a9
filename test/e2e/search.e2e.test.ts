import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser, urlParams } from './browser.js';

describe('search', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens Ilona Benz with every one of her tenures on the timeline when "Benz" is typed and chosen', async () => {
    const { page } = browser;
    await browser.open('/');
    const input = page.locator('input[type="search"]');
    await expect(input.evaluate((element) => element === element.ownerDocument.activeElement)).resolves.toBe(true);
    await input.pressSequentially('Benz', { delay: 40 });
    // "Ben" already finds her: wait until the whole word has reached the URL, so the
    // results on screen are those of "Benz", however slowly the machine types.
    await page.waitForURL((url) => url.searchParams.get('q') === 'Benz');
    const result = page.locator('.search-result', { hasText: 'Ilona Benz' });
    await result.waitFor();
    expect(urlParams(page).get('q')).toBe('Benz');
    await browser.screenshot('search-benz');

    await result.click();
    await page.waitForURL((url) => url.pathname === '/person/ilona-benz');
    await page.locator('[data-testid="timeline"]').waitFor();

    const { person } = await askApi('query($id: ID!) { person(id: $id) { tenures { id organization { id } } } }', { id: 'ilona-benz' });
    const expected = (person.tenures as { id: string }[]).map((t) => t.id);
    const shown = await page.locator('.timeline__row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tenure-id')));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(shown).toEqual(expected);
    // Every tenure has its bar (all of hers have at least one known date).
    await expect(page.locator('.timeline__row .timeline__bar').count()).resolves.toBe(expected.length);
    await expect(page.locator('h1').textContent()).resolves.toBe('Ilona Benz');
    await expect(page.locator('.timeline__row', { hasText: 'KL.digital' }).locator('.tenure-title__de').textContent()).resolves.toBe('Geschäftsführerin');
    await browser.screenshot('person-benz-from-search');
  });

  it('reaches a result and opens it with the keyboard alone', async () => {
    const { page } = browser;
    await browser.open('/?q=Verlage');
    await page.locator('.search-result', { hasText: 'Martin Verlage' }).waitFor();
    await page.locator('input[type="search"]').focus();
    // The first result is the next stop after the search box.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').textContent()).resolves.toContain('Martin Verlage');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/person/martin-verlage');
    await page.locator('h1', { hasText: 'Martin Verlage' }).waitFor();
    await browser.screenshot('person-verlage-by-keyboard');
  });
});
