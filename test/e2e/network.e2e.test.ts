import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser, urlParams } from './browser.js';

/** The people who held a post of the organisation, as the API lists its tenures. */
async function holdersOf(organization: string): Promise<string[]> {
  const { tenures } = await askApi(
    'query($id: ID!) { tenures(filter: { organization: $id }, first: 100) { edges { node { person { name } organization { id } } } } }',
    {
      id: organization,
    },
  );
  const nodes = (tenures.edges as { node: { person: { name: string }; organization: { id: string } } }[]).map((edge) => edge.node);
  return [...new Set(nodes.filter((node) => node.organization.id === organization).map((node) => node.person.name))].sort();
}

const listedNames = (browser: ExplorerBrowser) => browser.page.locator('[data-testid="network-list"] > li .network-node__name a').allTextContents();

describe('network view', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws an organisation with its holders, owners and units, and lists the same links for screen readers', async () => {
    const { page } = browser;
    await browser.open('/network/kl-digital');
    await page.locator('[data-testid="network-canvas"] canvas').first().waitFor();
    const names = await listedNames(browser);
    for (const holder of await holdersOf('kl-digital')) expect(names).toContain(holder);
    const { organization } = await askApi('{ organization(id: "kl-digital") { owners { owner { name } } } }');
    for (const { owner } of organization.owners as { owner: { name: string } }[]) expect(names).toContain(owner.name);
    await expect(page.title()).resolves.toBe('Netzwerk um KL.digital – rolegraph');
    await browser.screenshot('network-kl-digital');
  });

  it('is used by keyboard alone: select with the arrow keys, expand with Enter, open a link’s sources', async () => {
    const { page } = browser;
    await browser.open('/network/ilona-benz');
    const canvas = page.locator('[data-testid="network-canvas"]');
    await canvas.locator('canvas').first().waitFor();
    // Tab from the page's start reaches the picture; focusing it selects the centre.
    await page.locator('#main').focus();
    for (let i = 0; i < 40 && !(await canvas.evaluate((element) => element === element.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(canvas.evaluate((element) => element === element.ownerDocument.activeElement)).resolves.toBe(true);
    const selection = page.locator('[data-testid="network-selection"] .network-node__name a');
    await expect.poll(() => selection.textContent()).toBe('Ilona Benz');

    // Arrow keys move to a neighbour; Enter expands it, which puts it into the URL and draws its links.
    const before = (await listedNames(browser)).length;
    let chosen = 'Ilona Benz';
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      chosen = (await selection.textContent()) ?? chosen;
      if (chosen !== 'Ilona Benz') break;
    }
    expect(chosen).not.toBe('Ilona Benz');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.getAll('expand').length === 1);
    // The expanded node's neighbours arrive with its own request.
    await page.locator('[data-testid="network-selection"] .network-node > p.muted', { hasText: 'erweitert' }).waitFor();
    await expect.poll(async () => (await listedNames(browser)).length).toBeGreaterThanOrEqual(before);
    await browser.screenshot('network-benz-expanded-by-keyboard');

    // The selected node's links are next in the tab order; Enter on a sources button opens the quotes.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 10 && (await page.locator(':focus').getAttribute('data-cite')) === null; i++) await page.keyboard.press('Tab');
    const key = await page.locator(':focus').getAttribute('data-cite');
    expect(key).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] mark').first().waitFor();
    expect(urlParams(page).get('cite')).toBe(key);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });

  it('leaves out the links that did not hold on the as-of day, and says how many', async () => {
    const { page } = browser;
    await browser.open('/network/ilona-benz');
    await page.locator('[data-testid="network-list"] [data-link]').first().waitFor();
    const all = await page.locator('[data-node="ilona-benz"] [data-link]').count();
    await browser.open('/network/ilona-benz?asOf=2021-12-13');
    await page.locator('[data-testid="network-list"] [data-link]').first().waitFor();
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures(at: "2021-12-13") { id } } }');
    await expect.poll(() => page.locator('[data-node="ilona-benz"] [data-link]').count()).toBe(person.tenures.length);
    const left = all - person.tenures.length;
    expect(left).toBeGreaterThan(0);
    await expect(page.locator('[data-filter="asOf"]').textContent()).resolves.toContain(`${left} ${left === 1 ? 'Verbindung' : 'Verbindungen'} ausgelassen`);
    await browser.screenshot('network-benz-as-of-2021-12-13');
  });

  it('answers an unknown id with 404 and its not-found page', async () => {
    const response = await browser.page.goto(new URL('/network/nobody-at-all', browser.baseUrl).href);
    expect(response?.status()).toBe(404);
    await browser.page.locator('[data-testid="not-found"]').waitFor();
  });
});
