import { execFileSync } from 'node:child_process';

/** The poppler-utils tools the print test reads its PDF back with. */
export const popplerTools = ['pdftotext', 'pdftoppm'] as const;

/**
 * Where poppler-utils' tools are, as `which` finds them. Throws, saying how to install
 * them, when one is missing.
 */
export function findPoppler(): string {
  const found = popplerTools.map((tool) => {
    try {
      return execFileSync('which', [tool], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error(`The print test needs ${tool} from Debian's poppler-utils: apt-get install -y poppler-utils. \`.ci/run\` installs it.`);
    }
  });
  return found.join(', ');
}
