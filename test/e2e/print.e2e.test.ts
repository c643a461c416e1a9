import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplorerBrowser, launchExplorerBrowser, screenshotDir } from './browser.js';
import { findPoppler, type popplerTools } from './findPoppler.js';

const run = promisify(execFile);

/** Debian's poppler-utils turn the PDF into text and pictures (`npm test` checks they are there first). */
async function poppler(tool: (typeof popplerTools)[number], args: string[]): Promise<string> {
  findPoppler();
  return (await run(tool, args)).stdout;
}

describe('print', () => {
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    browser = await launchExplorerBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints a person as a dossier: timeline bars and the as-of line kept, the address and retrieval day added, the controls dropped', async () => {
    const { page } = browser;
    await browser.open('/person/ilona-benz?asOf=2022-03-01');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('button[data-cite]').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.timeline__bar').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.timeline__as-of').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="print-footer"]').isVisible()).resolves.toBe(true);

    const pdf = path.join(screenshotDir, 'print-person-benz.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = await poppler('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain('Ilona Benz');
    expect(text).toContain('1. März 2022');
    expect(text.replace(/\s+/g, '')).toContain(`${browser.baseUrl}/person/ilona-benz?asOf=2022-03-01`.replace(/\s+/g, ''));
    expect(text).toMatch(/abgerufen am \d{1,2}\. \w+ \d{4}/);
    expect(text).not.toContain('Zitieren');
    expect(text).not.toContain('Wissensstand');

    await poppler('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(screenshotDir, 'print-person-benz')]);
    expect(existsSync(path.join(screenshotDir, 'print-person-benz.png'))).toBe(true);
  });
});
