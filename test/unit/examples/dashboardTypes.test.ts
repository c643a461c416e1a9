import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../examples/dashboard/codegen.js';
import { projectRoot } from '../../../src/projectRoot.js';

describe("the example dashboard's typed client", () => {
  it('matches what GraphQL Code Generator makes from schema.graphql and its queries today (run npm run codegen when this fails)', async () => {
    const outputs = (await generate({ ...config, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((output) => path.basename(output.filename)).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts']);
    for (const output of outputs) {
      expect(readFileSync(path.resolve(projectRoot, output.filename), 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 30_000);

  it('maps the Date scalar to a string', () => {
    const types = readFileSync(path.join(projectRoot, 'examples/dashboard/src/gql/graphql.ts'), 'utf8');
    expect(types).toMatch(/from: string;\n\s+to: string;/);
  });
});
