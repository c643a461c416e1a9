import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askApi } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser, urlParams } from './browser.js';

describe('citations', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows each quote highlighted inside the full source text, with title, publisher and date', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz');
    const opener = page.locator('.timeline__row', { hasText: 'KL.digital' }).locator('button[data-cite]');
    await opener.click();
    const dialog = page.locator('dialog.citation-dialog[open]');
    await dialog.waitFor();
    expect(urlParams(page).get('cite')).toMatch(/^tenure:/);

    const tenureId = (urlParams(page).get('cite') ?? '').slice('tenure:'.length);
    const { person } = await askApi('{ person(id: "ilona-benz") { tenures { id sources { quote source { title publisher text } } } } }');
    const tenure = (person.tenures as { id: string; sources: { quote: string; source: { title: string; publisher: string | null; text: string } }[] }[]).find(
      (t) => t.id === tenureId,
    );
    if (!tenure) throw new Error(`The dialog opened ${tenureId}, which the API does not list for Ilona Benz.`);
    const [first] = tenure.sources;
    if (!first) throw new Error(`${tenureId} has no citation`);

    const sourceText = dialog.locator('.source-text').first();
    await expect(sourceText.textContent()).resolves.toBe(first.source.text);
    const marked = await dialog.locator('.source-text mark').allTextContents();
    for (const citation of tenure.sources) {
      expect(marked.join('\n')).toContain(citation.quote);
    }
    await expect(dialog.locator('.citation-quote').allTextContents()).resolves.toEqual(tenure.sources.map((s) => s.quote));
    await expect(dialog.locator('.citation-source__title').first().textContent()).resolves.toBe(first.source.title);
    if (first.source.publisher) {
      await expect(dialog.locator('.citation-source__publisher').first().textContent()).resolves.toBe(first.source.publisher);
    }
    await expect(dialog.locator('time').first().textContent()).resolves.toBe('veröffentlicht am 13. Dezember 2021');
    await expect(dialog.locator('time').first().getAttribute('datetime')).resolves.toBe('2021-12-13');
    await browser.screenshot('citation-dialog-benz-kl-digital');

    // Keyboard: focus stays inside, Escape closes, and focus returns to the opener.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await expect(page.locator('dialog :focus').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(urlParams(page).has('cite')).toBe(false);
    // The dialog hands focus back after it is gone, so wait for it rather than read it at once.
    await expect.poll(() => opener.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
  });

  it('opens the citations of an ownership and of a succession step from a shared link', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital');
    const ownershipButton = page.locator('[data-testid="owners"] button[data-cite]');
    const key = await ownershipButton.getAttribute('data-cite');
    await browser.open(`/organization/kl-digital?cite=${encodeURIComponent(key ?? '')}`);
    const dialog = page.locator('dialog.citation-dialog[open]');
    await dialog.waitFor();
    // The source's text arrives after the dialog opens.
    await dialog.locator('.source-text mark').first().waitFor();
    await page.locator('.close-button').click();
    await dialog.waitFor({ state: 'detached' });

    await page.locator('[data-testid="succession"] button[data-cite]').last().click();
    await dialog.locator('.source-text mark').first().waitFor();
    await browser.screenshot('citation-dialog-succession-step');
  });

  it('marks what the graph infers rather than reads, and gives the reason beside the quotes', async () => {
    const { page } = browser;
    await browser.open('/organization/kl-digital');
    const verlage = page.locator('[data-tenure-id="martin-verlage/kl-digital/managing-director"]');
    const benz = page.locator('[data-tenure-id="ilona-benz/kl-digital/managing-director"]');
    // His end follows from "will not extend his contract beyond the end of the year"; her start is stated.
    await expect(verlage.locator('.badge--inferred').textContent()).resolves.toBe('erschlossen');
    await expect(benz.locator('.badge--inferred').count()).resolves.toBe(0);

    // The German page gives the reason in German, as the analyst wrote it beside the English one.
    const { succession } = await askApi(
      '{ succession(organization: "kl-digital", role: "managing-director") { steps { tenure { id end { inference(lang: "de") } } } } }',
    );
    const reason = (succession.steps as { tenure: { id: string; end: { inference: string | null } | null } }[]).find(
      (step) => step.tenure.id === 'martin-verlage/kl-digital/managing-director',
    )?.tenure.end?.inference;
    if (!reason) throw new Error("The API gives no reason for Verlage's end date.");

    await verlage.locator('button[data-cite]').click();
    const dialog = page.locator('dialog.citation-dialog[open]');
    await dialog.waitFor();
    await expect(dialog.locator('[data-testid="inferences"] li').allTextContents()).resolves.toEqual([reason]);
    await dialog.locator('.source-text mark').first().waitFor();
    await browser.screenshot('citation-dialog-inferred-end');
  });
});
