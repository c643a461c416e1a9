import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createLogger, type LogFormat } from '../../../src/api/createLogger.js';

/** What a logger of this format writes for one line with a password in it. */
async function written(format: LogFormat): Promise<string> {
  const sink = new PassThrough();
  const chunks: string[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  createLogger('info', format, sink).info({ neo4j: { uri: 'bolt://db:7687', password: 'hunter2' } }, 'rolegraph API ready');
  await expect.poll(() => chunks.join('')).toContain('rolegraph API ready');
  return stripVTControlCharacters(chunks.join(''));
}

describe('createLogger', () => {
  it('writes one JSON object a line for machines', async () => {
    const line = JSON.parse(await written('json')) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, app: 'rolegraph', msg: 'rolegraph API ready', neo4j: { uri: 'bolt://db:7687' } });
  });

  it('writes a readable line with its time and level for a person at a terminal', async () => {
    const text = await written('pretty');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: rolegraph API ready\n/);
    expect(text).toContain('bolt://db:7687');
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['json', 'pretty'] as const)('never writes a password in the %s format', async (format) => {
    const text = await written(format);
    expect(text).not.toContain('hunter2');
    expect(text).toContain('[redacted]');
  });
});
