import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.js';
import { projectRoot } from '../../../src/projectRoot.js';

describe('the generated types', () => {
  it('match what codegen makes from schema.graphql and the explorer documents today (run npm run codegen when this fails)', async () => {
    const outputs = (await generate({ ...config, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
    const files = outputs.map((output) => path.relative(projectRoot, path.resolve(projectRoot, output.filename))).sort();
    // The server's resolver types, and the explorer's documents typed by the client preset.
    expect(files).toEqual([
      'src/api/generated/graphql.ts',
      'web/src/graphql/generated/gql.ts',
      'web/src/graphql/generated/graphql.ts',
      'web/src/graphql/generated/index.ts',
    ]);
    for (const output of outputs) {
      const committed = readFileSync(path.resolve(projectRoot, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 30_000);
});
