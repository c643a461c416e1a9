import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

const successionQuery = `query { succession(organization: "kl-digital", role: "managing-director") {
  steps { vacancyBefore { from to } tenure { id person { id } } }
} }`;

describe('organisation page', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the managing directors of KL.digital in order, with the vacancy between them as the API reports it', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital');
    const chain = page.locator('section.post[data-role="managing-director"] [data-testid="succession"]');
    await chain.waitFor();

    const { succession } = await askApi(successionQuery);
    const expected = (succession.steps as { vacancyBefore: unknown; tenure: { id: string } }[]).flatMap((step) =>
      step.vacancyBefore ? ['vacancy', step.tenure.id] : [step.tenure.id],
    );
    const shown = await chain
      .locator(':scope > li')
      .evaluateAll((items) => items.map((item) => (item.getAttribute('data-step') === 'vacancy' ? 'vacancy' : item.getAttribute('data-tenure-id'))));
    expect(shown).toEqual(expected);

    const names = await chain.locator('.succession__person').allTextContents();
    expect(names.indexOf('Martin Verlage')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Martin Verlage')).toBeLessThan(names.indexOf('Ilona Benz'));
    await browser.screenshot('organization-kl-digital');
  });

  it('names the kind and the city as sole owner with its share and sources', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital?lang=en');
    await expect(page.locator('[data-testid="kind"]').textContent()).resolves.toContain('company');
    const owner = page.locator('[data-testid="owners"] .ownership');
    await expect(owner.count()).resolves.toBe(1);
    await expect(owner.locator('a').textContent()).resolves.toContain('Kaiserslautern');
    const { organization } = await askApi('{ organization(id: "kl-digital") { owners { percentage sourceCount sources { quote } } } }');
    const [stake] = organization.owners as { percentage: number | null; sourceCount: number; sources: unknown[] }[];
    if (!stake) throw new Error('KL.digital has no owner in the API');
    await expect(owner.locator('.ownership__share').textContent()).resolves.toBe(stake.percentage === null ? 'share not stated' : `${stake.percentage}%`);
    // Sources and quotes are counted apart: several quotes of one article are one source.
    const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    await expect(owner.locator('button[data-cite]').textContent()).resolves.toBe(
      `Sources (${counted(stake.sourceCount, 'source')} · ${counted(stake.sources.length, 'quote')})`,
    );
  });

  it('stacks the succession chain vertically at a phone width, without sideways scrolling', async () => {
    const phone = await launchExplorerBrowser({ width: 390, height: 844 });
    try {
      await phone.open('/organization/kl-digital?asOf=2022-01-15');
      const { page } = phone;
      const chain = page.locator('section.post[data-role="managing-director"] [data-testid="succession"] > li');
      await chain.first().waitFor();
      const tops = await chain.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(new Set(tops).size).toBe(tops.length);
      const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // On 15 January 2022 nobody held the post: both managing directors are dimmed, the vacancy stands out.
      await expect(page.locator('[data-testid="succession"] li.is-dimmed').count()).resolves.toBe(2);
      await expect(page.locator('[data-testid="succession"] li[data-step="vacancy"].is-held').count()).resolves.toBe(1);
      await phone.screenshot('organization-kl-digital-phone-as-of-2022-01-15');
    } finally {
      await phone.close();
    }
  });
});
