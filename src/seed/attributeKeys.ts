import path from 'node:path';
import { statedFactsByLabel, type FactSet } from '../domain/FactSet.js';
import type { SeedFileRecord } from '../graph/SeedManifestStore.js';
import type { LoadedSeedFiles } from './loadSeedFiles.js';
import { postIdOf } from './mergeFacts.js';

/** Where a fact file's or vocabulary's facts come from, as attribution needs it. */
export interface InputOrigin {
  /** Resolved path of the YAML file. */
  file: string;
  /** The source a fact file describes; null for a role vocabulary. */
  sourceId: string | null;
  /** Resolved path of its source text; null for a role vocabulary. */
  textFile: string | null;
  /** Posts it declares outright (`posts:`), and role keys a vocabulary declares. */
  declaredKeys: string[];
}

/** The origins of every file that passed its schema. */
export function originsOf(loaded: LoadedSeedFiles): InputOrigin[] {
  return [
    ...loaded.factFiles.map((file) => ({
      file: path.resolve(file.yaml.file),
      sourceId: file.data.source.id,
      textFile: path.resolve(path.dirname(file.yaml.file), file.data.source.textFile),
      declaredKeys: file.data.posts.map((post) => `Post:${postIdOf(post.organization, post.role)}`),
    })),
    ...loaded.roleFiles.map((file) => ({
      file: path.resolve(file.yaml.file),
      sourceId: null,
      textFile: null,
      declaredKeys: file.data.roles.map((role) => `Role:${role.key}`),
    })),
  ];
}

/**
 * The nodes each input file states, as `Label:key`: a source and its citations belong
 * to the fact file of the source; a fact to every file whose source makes a statement
 * of it (a fact several sources state belongs to each of their files); a post to the
 * files of its tenures and of its declarations; a role to its vocabulary. A node's row
 * is built from these files alone, so a node none of a seed's changed files states is
 * written exactly as before. Source texts state nothing of their own: a changed text
 * counts as a change of the fact file naming it (see `withTextChanges`).
 */
export function attributeKeys(origins: readonly InputOrigin[], facts: FactSet, inputs: readonly { path: string; hash: string }[]): SeedFileRecord[] {
  const keys = new Map<string, Set<string>>(inputs.map((input) => [input.path, new Set<string>()]));
  const fileOfSource = new Map(origins.filter((o) => o.sourceId !== null).map((o) => [o.sourceId!, o.file]));
  const add = (sourceId: string, key: string) => {
    const file = fileOfSource.get(sourceId);
    if (file) keys.get(file)?.add(key);
  };
  for (const origin of origins) for (const key of origin.declaredKeys) keys.get(origin.file)?.add(key);
  for (const source of facts.sources) add(source.id, `Source:${source.id}`);
  for (const citation of facts.citations) add(citation.sourceId, `Citation:${citation.id}`);
  for (const [label, list] of statedFactsByLabel(facts))
    for (const fact of list) for (const statement of fact.statements) add(statement.sourceId, `${label}:${fact.id}`);
  for (const tenure of facts.tenures) for (const statement of tenure.statements) add(statement.sourceId, `Post:${tenure.postId}`);
  return inputs.map((input) => ({ path: input.path, hash: input.hash, keys: [...(keys.get(input.path) ?? [])].sort() }));
}

/** `changed`, plus every fact file whose source text is among them. */
export function withTextChanges(changed: ReadonlySet<string>, origins: readonly InputOrigin[]): string[] {
  const all = new Set(changed);
  for (const origin of origins) if (origin.textFile !== null && changed.has(origin.textFile)) all.add(origin.file);
  return [...all].sort();
}
