import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SeedValidationError, type SeedProblem } from '../../../src/domain/errors.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';

const article = 'kommune21-2021-12-13-kl-digital';
export const vocabulary = path.join(projectRoot, 'seeds', 'roles.yaml');

/** The seeded article's fact file, as text: the starting point of every mutation. */
export const articleFacts = await readFile(path.join(projectRoot, 'seeds', 'facts', `${article}.yaml`), 'utf8');
const articleSource = await readFile(path.join(projectRoot, 'seeds', 'sources', `${article}.txt`), 'utf8');

/**
 * A scratch seeds folder holding one fact file (given as text or bytes) beside the
 * article's source text, so that the seeder's whole validation runs on it.
 */
export async function createFactFolder() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-facts-'));
  await mkdir(path.join(root, 'facts'));
  await mkdir(path.join(root, 'sources'));
  await writeFile(path.join(root, 'sources', `${article}.txt`), articleSource);
  const factFile = path.join(root, 'facts', `${article}.yaml`);
  return {
    factFile,
    /** Validates `content` as the fact file: the FactSet's size, or every problem found. */
    async validate(content: string | Uint8Array): Promise<{ ok: true } | { ok: false; problems: readonly SeedProblem[] }> {
      await writeFile(factFile, content);
      try {
        await loadFactSet([root], { defaultVocabulary: vocabulary });
        return { ok: true };
      } catch (error) {
        if (error instanceof SeedValidationError) return { ok: false, problems: error.problems };
        throw error;
      }
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** True when a problem names a file and a real place in it, and says something. */
export function isLocated(problem: SeedProblem, lineCount: number): boolean {
  return (
    problem.file.length > 0 &&
    Number.isInteger(problem.line) &&
    problem.line >= 1 &&
    problem.line <= lineCount + 1 &&
    Number.isInteger(problem.column) &&
    problem.column >= 1 &&
    problem.message.trim().length > 0
  );
}
