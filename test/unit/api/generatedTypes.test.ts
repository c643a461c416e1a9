import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.js';
import { projectRoot } from '../../../src/projectRoot.js';

describe('the generated resolver types', () => {
  it('match what codegen makes from schema.graphql today (run npm run codegen when this fails)', async () => {
    const outputs = (await generate({ ...config, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs).toHaveLength(1);
    const [output] = outputs;
    const committed = readFileSync(path.resolve(projectRoot, output?.filename ?? ''), 'utf8');
    expect(committed, 'src/api/generated/graphql.ts is stale: run npm run codegen').toBe(output?.content);
  }, 30_000);
});
