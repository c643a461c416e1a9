import { describe, expect, it } from 'vitest';
import { problemsOf, validFactFile } from '../../fixtures/seedFiles.js';

describe('the draft mark', () => {
  it('makes the seeder refuse a fact file, at the mark, with what to do', async () => {
    expect(await problemsOf({ 'facts.yaml': `draft: Unchecked proposals of npm run draft.\n${validFactFile}` })).toEqual([
      expect.objectContaining({ file: 'facts.yaml', line: 1, column: 1, message: expect.stringContaining('delete the "draft:" line to load it') }),
    ]);
  });

  it('is the only problem of a draft that is otherwise valid, so deleting it is all that is left', async () => {
    expect(await problemsOf({ 'facts.yaml': validFactFile })).toEqual([]);
  });
});
