import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedManifest } from '../graph/SeedManifestStore.js';
import { findSeedFiles } from './loadSeedFiles.js';

/**
 * The seeder's inputs as the manifest records them: every file it would read (fact
 * files, the source texts in the seeded folders, the role vocabulary), each with the
 * sha256 of its bytes, and the version of the seeder itself. Hashing reads the files
 * but parses nothing, which is what makes an unchanged seed cost one read query.
 */
export interface SeedInputs {
  version: string;
  /** Resolved paths with their hashes, sorted by path. */
  files: { path: string; hash: string }[];
  /** The paths as found (not resolved), for the seed report. */
  found: string[];
  /** False when a path does not exist: the full load then reports it. */
  complete: boolean;
}

/** Finds and hashes the inputs of a seed of `paths`; `vocabulary` is hashed too when given. */
export async function hashSeedInputs(paths: readonly string[], vocabulary: string | undefined): Promise<SeedInputs> {
  const found = await findSeedFiles(paths);
  const all = [...new Set([...found.files, ...found.texts, ...(vocabulary ? [vocabulary] : [])].map((file) => path.resolve(file)))].sort();
  const files = await Promise.all(all.map(async (file) => ({ path: file, hash: await readFile(file).then(sha256, () => 'missing') })));
  return { version: await seederVersion(), files, found: found.files, complete: found.problems.length === 0 };
}

/** Whether `manifest` records exactly `inputs`: same seeder version, same files, same bytes. */
export function isUnchanged(manifest: SeedManifest, inputs: SeedInputs): boolean {
  return (
    manifest.version === inputs.version &&
    manifest.files.length === inputs.files.length &&
    manifest.files.every((file, i) => file.path === inputs.files[i]?.path && file.hash === inputs.files[i]?.hash)
  );
}

/** The inputs added, removed or changed since `manifest` (same seeder version assumed). */
export function changedInputs(manifest: SeedManifest, inputs: SeedInputs): Set<string> {
  const before = new Map(manifest.files.map((file) => [file.path, file.hash]));
  const now = new Map(inputs.files.map((file) => [file.path, file.hash]));
  const changed = new Set<string>();
  for (const [file, hash] of now) if (before.get(file) !== hash) changed.add(file);
  for (const file of before.keys()) if (!now.has(file)) changed.add(file);
  return changed;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The code whose change can change what the seeder writes for the same files: the
 * validation and reconciliation rules (seed/, domain/) and the writer's rows, Cypher
 * and schema. Hashed from the running modules themselves, so no version number has
 * to be remembered: after any change to them, the next seed is a full one.
 */
const writerModules = ['factRows', 'factWriterCypher', 'FactWriter', 'graphSchema', 'SeedManifestStore', 'writeChangedFacts'];

let version: Promise<string> | undefined;

function seederVersion(): Promise<string> {
  version ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const extension = path.extname(fileURLToPath(import.meta.url));
    const folder = async (name: string) =>
      (await readdir(path.join(here, '..', name))).filter((file) => file.endsWith(extension)).map((file) => path.join(here, '..', name, file));
    const files = [
      ...(await folder('seed')),
      ...(await folder('domain')),
      ...writerModules.map((name) => path.join(here, '..', 'graph', `${name}${extension}`)),
    ].sort();
    const hash = createHash('sha256');
    for (const file of files) hash.update(file.slice(path.join(here, '..').length)).update(await readFile(file));
    return hash.digest('hex');
  })();
  return version;
}
