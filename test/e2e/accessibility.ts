import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * The WCAG 2.1 A and AA violations axe-core finds on the page as it stands, of serious
 * or critical impact, each with where it is, so a failure says what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`);
}
