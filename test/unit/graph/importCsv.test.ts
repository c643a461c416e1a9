import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { importArrayDelimiter, ImportCsvFiles, renderImportCsv } from '../../../src/graph/importCsv.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';

let facts: FactSet;
let out: string;

beforeAll(async () => {
  ({ facts } = await loadFactSet([path.join(projectRoot, 'examples', 'multi-source'), path.join(projectRoot, 'seeds', 'roles.yaml')]));
});

beforeEach(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-csv-'));
});

afterEach(() => rm(out, { recursive: true, force: true }));

const lineCount = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '').length;

describe('the CSV the offline importer loads', () => {
  it('types each column by the values its rows hold, so booleans, lists, numbers and dates arrive as such', async () => {
    const csv = new ImportCsvFiles(out);
    await csv.add(renderImportCsv(facts));
    const files = await csv.finish();

    const person = (await readFile(files.nodes.Person![0]!, 'utf8')).trim().split(',');
    expect(person).toEqual(expect.arrayContaining(['id:ID(Person)', 'name', 'aliases:string[]', 'birthEarliest:date', 'citedOn:date[]', 'contentHash']));
    // Every person's list of disputed fields is empty here: untyped, and absent in every row.
    expect(person).toContain('disputed');
    const tenure = (await readFile(files.nodes.Tenure![0]!, 'utf8')).trim().split(',');
    expect(tenure).toEqual(expect.arrayContaining(['planned:boolean', 'disputed:string[]']));
    const ownership = (await readFile(files.nodes.Ownership![0]!, 'utf8')).trim().split(',');
    expect(ownership).toEqual(expect.arrayContaining(['percentage:double', 'possibleFrom:date']));
    const citation = (await readFile(files.nodes.Citation![0]!, 'utf8')).trim().split(',');
    expect(citation).toEqual(expect.arrayContaining(['startOffset:long', 'endOffset:long']));
  });

  it('writes each role once, however many shards repeat the vocabulary', async () => {
    const csv = new ImportCsvFiles(out);
    const part = renderImportCsv(facts);
    await csv.add(part);
    await csv.add({ ...part, nodes: { Role: part.nodes.Role }, relationships: {} });
    const files = await csv.finish();

    expect(await lineCount(files.nodes.Role![1]!)).toBe(facts.roles.length);
  });

  it('keeps a text with quotes, commas and line breaks in one quoted field', () => {
    const text = 'Er sagte: "Wir fangen an", und ging.\nZweite Zeile';
    const part = renderImportCsv({ ...facts, sources: facts.sources.map((source, i) => (i === 0 ? { ...source, text } : source)) });

    expect(part.nodes.Source!.lines).toContain('"Er sagte: ""Wir fangen an"", und ging.\nZweite Zeile"');
  });

  it('refuses a list value that holds the importer’s list separator rather than split it', () => {
    const people = facts.people.map((person, i) => (i === 0 ? { ...person, aliases: [`A${importArrayDelimiter}B`] } : person));
    expect(() => renderImportCsv({ ...facts, people })).toThrow(/list separator/);
  });
});
