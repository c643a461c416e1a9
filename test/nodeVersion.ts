import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/projectRoot.js';

/** The oldest Node.js rolegraph runs on, as package.json's `engines` states it (`>=24.11`). */
export function minimumNodeVersion(packageJson: string = path.join(projectRoot, 'package.json')): { major: number; minor: number } {
  const engines = (JSON.parse(readFileSync(packageJson, 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '';
  const match = /^>=\s*(\d+)\.(\d+)$/.exec(engines.trim());
  if (!match) throw new Error(`package.json's engines.node must read ">=MAJOR.MINOR", not ${JSON.stringify(engines)}.`);
  return { major: Number(match[1]), minor: Number(match[2]) };
}
