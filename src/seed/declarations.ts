import { formatSeedProblem, type SeedProblem } from '../domain/errors.js';
import type { LoadedFactFile } from './loadSeedFiles.js';
import type { YamlFile, YamlPath } from './readYamlFile.js';

/**
 * One entry of one fact file, e.g. the third tenure of a file, with where it was
 * written. An entity stated in several files has one declaration per file; they
 * merge by id.
 */
export interface Declared<T, F extends { yaml: YamlFile } = LoadedFactFile> {
  value: T;
  file: F;
  path: YamlPath;
}

/** A problem at a field of a declaration (at the entry itself for an empty `field`). */
export function problemAt(declared: Declared<unknown, { yaml: YamlFile }>, field: YamlPath, message: string, at: 'key' | 'value' = 'value'): SeedProblem {
  return declared.file.yaml.problemAt([...declared.path, ...field], message, { at });
}

/** `file:line:column` of a field, for messages that point at a second place. */
export function placeOf(declared: Declared<unknown, { yaml: YamlFile }>, field: YamlPath): string {
  return formatSeedProblem(problemAt(declared, field, '')).replace(/: $/, '');
}

/** Declarations of one file's list, e.g. every entry of `tenures:`. */
export function declare<T, F extends { yaml: YamlFile }>(file: F, list: string, values: readonly T[]): Declared<T, F>[] {
  return values.map((value, index) => ({ value, file, path: [list, index] }));
}

/**
 * Groups declarations by id across files. The same id twice in one file is a
 * problem: an entity is stated once per source, and later entries would silently
 * overwrite earlier ones.
 */
export function groupById<T extends { id: string }, F extends { yaml: YamlFile }>(
  declarations: readonly Declared<T, F>[],
  kind: string,
  problems: SeedProblem[],
): Map<string, Declared<T, F>[]> {
  const groups = new Map<string, Declared<T, F>[]>();
  for (const declared of declarations) {
    const group = groups.get(declared.value.id) ?? [];
    const twin = group.find((other) => other.file === declared.file);
    if (twin) {
      problems.push(problemAt(declared, ['id'], `Duplicate ${kind} id "${declared.value.id}" in this file; it is first declared at ${placeOf(twin, ['id'])}.`));
      continue;
    }
    group.push(declared);
    groups.set(declared.value.id, group);
  }
  return groups;
}

/**
 * The value the declarations of one entity state for a field. Declarations that
 * leave it out (undefined or null) do not count; two that state different values are
 * a conflict, reported at the later one and naming the earlier. `sameAs` picks what
 * must agree (e.g. a date's value, not the wording of its inference).
 */
export function agreedValue<T, V, F extends { yaml: YamlFile } = LoadedFactFile>(
  group: readonly Declared<T, F>[],
  field: string,
  read: (declared: Declared<T, F>) => V | null | undefined,
  describe: string,
  problems: SeedProblem[],
  sameAs: (value: V) => unknown = (value) => value,
): { value: V; stated: Declared<T, F>[] } | undefined {
  let first: { value: V; stated: Declared<T, F>[] } | undefined;
  for (const declared of group) {
    const value = read(declared);
    if (value === undefined || value === null) continue;
    if (!first) {
      first = { value, stated: [declared] };
    } else if (JSON.stringify(sameAs(value)) !== JSON.stringify(sameAs(first.value))) {
      const firstPlace = placeOf(first.stated[0]!, [field]);
      problems.push(
        problemAt(
          declared,
          [field],
          `Conflict: ${describe} is ${JSON.stringify(sameAs(value))} here but ${JSON.stringify(sameAs(first.value))} at ${firstPlace}. Make the files agree, or model the differing statement as a fact of its own.`,
        ),
      );
    } else {
      first.stated.push(declared);
    }
  }
  return first;
}
