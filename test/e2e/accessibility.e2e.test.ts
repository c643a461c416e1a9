import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

/** One URL of each kind of page, in the state that shows most of it, and what to wait for. */
const pages = [
  { name: 'search with results', path: '/?q=Benz', ready: '.search-result__line' },
  { name: 'search without a query', path: '/', ready: '[data-testid="stats"]' },
  { name: 'person', path: '/person/ilona-benz', ready: '.timeline__row' },
  { name: 'person as of a day and as known on another', path: '/person/ilona-benz?asOf=2021-12-13&knownOn=2022-03-01', ready: '.timeline__row.is-dimmed' },
  { name: 'organisation', path: '/organization/kl-digital?asOf=2021-12-13', ready: '[data-testid="succession"]' },
  { name: 'network', path: '/network/kl-digital', ready: '[data-testid="network-canvas"] canvas' },
  { name: 'source', path: '/source/kommune21-2021-12-13-kl-digital', ready: '[data-testid="source-roles"]' },
  { name: 'changes', path: '/changes/person/ilona-benz?from=2021-12-12', ready: '[data-testid="changes"]' },
  { name: 'sources dialog', path: '/organization/kl-digital?cite=ownership%3Astadt-kaiserslautern%3Ekl-digital', ready: 'dialog[open] mark' },
  { name: 'not found', path: '/person/nobody-at-all', ready: '[data-testid="not-found"]' },
  { name: 'invalid date notice', path: '/person/ilona-benz?asOf=2022-02-30', ready: '[data-testid="invalid-dates"]' },
];

describe('accessibility', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages)('finds no serious or critical WCAG AA violation on the $name page', async ({ path, ready }) => {
    await browser.open(path);
    await browser.page.locator(ready).first().waitFor();
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('finds none in English at a phone width either', async () => {
    const phone = await launchExplorerBrowser({ width: 390, height: 844 });
    try {
      await phone.open('/organization/kl-digital?lang=en&asOf=2022-01-15');
      await phone.page.locator('[data-testid="succession"]').first().waitFor();
      expect(await seriousViolations(phone.page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
