import path from 'node:path';
import { projectRoot } from '../projectRoot.js';

/**
 * The checkout's seeds folder and its role vocabulary, relative to the working
 * folder so that located problems read `seeds/facts/x.yaml:12:5` in the terminal.
 */
export function defaultSeedPaths(cwd: string = process.cwd()): { seeds: string; vocabulary: string } {
  return {
    seeds: path.relative(cwd, path.join(projectRoot, 'seeds')) || '.',
    vocabulary: path.relative(cwd, path.join(projectRoot, 'seeds', 'roles.yaml')),
  };
}
