import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedManifest } from '../graph/SeedManifestStore.js';
import { findSeedFiles } from './loadSeedFiles.js';

/**
 * The seeder's inputs as the manifest records them: every file it reads (fact files,
 * the source texts in the seeded folders and those the fact files name elsewhere, the
 * role vocabulary), each with the sha256 of its bytes, and the version of the seeder
 * itself. Hashing reads the files but parses nothing, which is what makes an unchanged
 * seed cost one read query.
 */
export interface SeedInputs {
  version: string;
  /** Resolved paths with their hashes, sorted by path. */
  files: { path: string; hash: string }[];
}

/** What a seed of `paths` finds before parsing anything. */
export interface FoundInputs {
  /** The fact and vocabulary files as found (not resolved), for the seed report. */
  found: string[];
  /** Resolved paths of everything found: YAML files, texts in the folders, `vocabulary`. */
  paths: string[];
  /** False when a path does not exist: the full load then reports it. */
  complete: boolean;
}

/** Finds the inputs of a seed of `paths`; `vocabulary` counts as one when given. */
export async function findSeedInputs(paths: readonly string[], vocabulary: string | undefined): Promise<FoundInputs> {
  const found = await findSeedFiles(paths);
  const all = [...found.files, ...found.texts, ...(vocabulary ? [vocabulary] : [])].map((file) => path.resolve(file));
  return { found: found.files, paths: all, complete: found.problems.length === 0 };
}

/**
 * Hashes `paths` (resolved, each once) for the manifest. A file that cannot be read
 * hashes as `missing`, which no recorded hash equals: the full load then reports it.
 */
export async function hashSeedInputs(paths: readonly string[]): Promise<SeedInputs> {
  const files = await Promise.all([...new Set(paths)].sort().map(async (file) => ({ path: file, hash: await readFile(file).then(sha256, () => 'missing') })));
  return { version: await seederVersion(), files };
}

/**
 * Whether a seed of `found` would find everything as `manifest` records it, so that it
 * can stop here: every YAML file the manifest names is among those found, and every
 * file found, and every source text the manifest names (a fact file may name one
 * outside the seeded folders), hashes as recorded, by the same seeder. A fact file
 * left out of this seed's paths, or one added, changes the answer.
 */
export async function isSeedUnchanged(manifest: SeedManifest, found: FoundInputs): Promise<boolean> {
  const listed = new Set(found.paths);
  if (manifest.files.some((file) => !listed.has(file.path) && /\.ya?ml$/.test(file.path))) return false;
  return isUnchanged(manifest, await hashSeedInputs([...found.paths, ...manifest.files.map((file) => file.path)]));
}

/** Whether `manifest` records exactly `inputs`: same seeder version, same files, same bytes. */
function isUnchanged(manifest: SeedManifest, inputs: SeedInputs): boolean {
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
