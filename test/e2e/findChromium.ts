import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, as `which chromium` finds it, or `configured` (CHROMIUM_PATH) when
 * set. Throws, saying how to install it, when there is none.
 */
export function findChromium(configured: string | undefined): string {
  if (configured !== undefined) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH names ${configured}, which does not exist.`);
  }
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (found && existsSync(found)) return found;
  } catch {
    // `which` exits non-zero when there is none; the message below says what to do.
  }
  throw new Error("The browser tests need Debian's Chromium: apt-get install -y chromium (or set CHROMIUM_PATH). `.ci/run` installs it.");
}
