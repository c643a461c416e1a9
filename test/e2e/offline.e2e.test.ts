import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

describe('offline', () => {
  let browser: ExplorerBrowser;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
    browser.page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    browser.page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    browser.page.on('response', async (response) => {
      if (response.status() < 400) return;
      // A rejected GraphQL request says which operation and why, to make the failure plain.
      const body = await response.text().catch(() => '');
      problems.push(`${response.status()} ${response.url()} ${response.request().postData()?.slice(0, 60) ?? ''} ${body.slice(0, 300)}`);
    });
    browser.page.on('console', (message) => {
      // Failed loads are reported with their details by the response listener above.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads every page, a dialog and the IDE from its own host only', async () => {
    const { page } = browser;
    await browser.open('/?q=Benz');
    await page.locator('.search-result').first().waitFor();
    await browser.open('/person/ilona-benz?lang=en&asOf=2022-03-01');
    await page.locator('button[data-cite]').first().click();
    await page.locator('dialog[open] mark').first().waitFor();
    await browser.open('/organization/kl-digital?knownOn=2021-12-13');
    await page.locator('[data-testid="succession"]').first().waitFor();
    await browser.open('/graphiql');
    await page.locator('.graphiql-container').waitFor();

    const own = new URL(browser.baseUrl).host;
    const hosts = [...new Set(browser.requests.filter((url) => /^https?:/.test(url)).map((url) => new URL(url).host))];
    expect(hosts).toEqual([own]);
    expect(browser.requests.filter((url) => !/^(https?:|data:|blob:)/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('runs a query in the bundled GraphQL IDE and documents the schema', async () => {
    const { page } = browser;
    await browser.open('/graphiql');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('"people"');
    // Monaco draws spaces as no-break spaces, which \s matches.
    await expect(result.textContent()).resolves.toMatch(/Ilona\sBenz/);
    // The documentation comes from the bundled contract, without an introspection request.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('who held which role');
    await browser.screenshot('graphiql');
  });
});
