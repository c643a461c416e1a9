import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { projectRoot } from '../../src/projectRoot.js';

/** Where each test leaves its screenshot (git-ignored). */
export const screenshotDir = path.join(projectRoot, 'artifacts', 'screenshots');

/** Debian's Chromium cannot use its sandbox as root in CI, and must not phone home. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ExplorerBrowser {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested since it started, in order. */
  requests: string[];
  /** Opens a path of the explorer and waits until the network is quiet. */
  open: (pathAndQuery: string) => Promise<void>;
  /** Saves a full-page screenshot as artifacts/screenshots/<name>.png and returns its path. */
  screenshot: (name: string, target?: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Launches Debian's Chromium with a fresh profile (a new temporary user-data dir), so
 * no test sees another's cookies or cache, and records every request it makes.
 */
export async function launchExplorerBrowser(viewport = { width: 1280, height: 900 }): Promise<ExplorerBrowser> {
  const { baseUrl, chromium: executablePath } = inject('explorer');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    viewport,
    locale: 'de-DE',
    timezoneId: 'UTC',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  await mkdir(screenshotDir, { recursive: true });
  return {
    baseUrl,
    context,
    page,
    requests,
    open: async (pathAndQuery) => {
      await page.goto(new URL(pathAndQuery, baseUrl).href, { waitUntil: 'networkidle' });
    },
    screenshot: async (name, target) => {
      const file = path.join(target ?? screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The search part of the page's URL as parameters, to check what state the URL carries. */
export function urlParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
