import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/projectRoot.js';
import { askApi, type Json } from './askApi.js';
import { type ExplorerBrowser, launchExplorerBrowser } from './browser.js';

/**
 * The example dashboard (examples/dashboard) built and served as `npm run dashboard`
 * does, on an origin of its own that the API lists in CORS_ORIGINS: Chromium loads it,
 * it asks the API across origins, and the numbers its charts draw are the API's.
 */

const configFile = path.join(projectRoot, 'examples', 'dashboard', 'vite.config.ts');
let server: PreviewServer;
let browser: ExplorerBrowser;

beforeAll(async () => {
  const { port } = inject('dashboard');
  await build({ configFile, logLevel: 'warn' });
  server = await preview({ configFile, preview: { port, strictPort: true }, logLevel: 'warn' });
  browser = await launchExplorerBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface DrawnChart {
  labels: string[];
  datasets: { label: string; data: number[] }[];
}

describe('the example dashboard', () => {
  it('draws, from another origin, the series and the counts exactly as the API gives them', async () => {
    const { origin } = inject('dashboard');
    const api = `${browser.baseUrl}/graphql`;
    expect(new URL(api).origin).not.toBe(origin);
    const corsHeaders: (string | null)[] = [];
    browser.page.on('response', (response) => {
      if (response.url().startsWith(api)) corsHeaders.push(response.headers()['access-control-allow-origin'] ?? null);
    });

    await browser.page.goto(`${origin}/?api=${encodeURIComponent(api)}&from=2017-01-01&to=2025-12-31&step=MONTH`, { waitUntil: 'networkidle' });
    await browser.page.locator('body[data-state="ready"]').waitFor();
    await browser.screenshot('dashboard');

    expect(corsHeaders).toEqual([origin, origin]);
    const drawn = await browser.page.evaluate(() => {
      const { series, roles } = (globalThis as unknown as { rolegraphDashboard: Record<'series' | 'roles', { data: DrawnChart }> }).rolegraphDashboard;
      const plain = (chart: { data: DrawnChart }) => ({ labels: chart.data.labels, datasets: chart.data.datasets.map(({ label, data }) => ({ label, data })) });
      return { series: plain(series), roles: plain(roles) };
    });

    const { series, counts } = await askApi(`{
      series(from: "2017-01-01", to: "2025-12-31", step: MONTH) { at heldCertainly heldPossibly vacant }
      counts { tenuresByRole { key count } }
    }`);
    expect(drawn.series.labels).toHaveLength(108);
    expect(drawn.series).toEqual({
      labels: series.map((point: Json) => point.at),
      datasets: [
        { label: 'held certainly', data: series.map((point: Json) => point.heldCertainly) },
        { label: 'held possibly', data: series.map((point: Json) => point.heldPossibly) },
        { label: 'vacant', data: series.map((point: Json) => point.vacant) },
      ],
    });
    expect(series.some((point: Json) => point.heldCertainly > 0)).toBe(true);
    expect(drawn.roles).toEqual({
      labels: counts.tenuresByRole.map((group: Json) => group.key),
      datasets: [{ label: 'tenures', data: counts.tenuresByRole.map((group: Json) => group.count) }],
    });
  });

  it('loads nothing from any host but its own and the API', async () => {
    const { origin } = inject('dashboard');
    const hosts = new Set(browser.requests.map((url) => new URL(url).origin));
    expect([...hosts].sort()).toEqual([browser.baseUrl, origin].sort());
  });
});
