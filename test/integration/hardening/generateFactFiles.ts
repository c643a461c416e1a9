import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Role keys of seeds/roles.yaml that any organisation may have a post for. */
const roles = ['managing-director', 'chief-digital-officer', 'chief-urban-officer', 'head-of-unit', 'jury-member', 'columnist'];

/**
 * Writes `files` made-up fact files under `root/facts` (with their source texts under
 * `root/sources`), each naming `perFile` people, each heading an organisation of their
 * own since a year: a fact base large enough that seeding it takes seconds, valid by
 * construction, and the same on every call.
 */
export async function generateFactFiles(root: string, files: number, perFile: number): Promise<void> {
  await mkdir(path.join(root, 'facts'), { recursive: true });
  await mkdir(path.join(root, 'sources'), { recursive: true });
  for (let file = 0; file < files; file += 1) {
    const id = `generated-${String(file).padStart(4, '0')}`;
    const sentences: string[] = [];
    const quotes: string[] = [];
    const people: string[] = [];
    const organizations: string[] = [];
    const tenures: string[] = [];
    for (let n = 0; n < perFile; n += 1) {
      const key = `${file}-${n}`;
      const since = 1990 + ((file + n) % 30);
      const role = roles[(file + n) % roles.length];
      const sentence = `Testperson ${key} leitet seit ${since} die Testgesellschaft ${key}.`;
      sentences.push(sentence);
      quotes.push(`  q${n}: ${sentence}`);
      people.push(`  - id: person-${key}\n    name: Testperson ${key}\n    cite:\n      q${n}: [existence]`);
      organizations.push(`  - id: org-${key}\n    name: Testgesellschaft ${key}\n    kind: company\n    cite:\n      q${n}: [existence]`);
      tenures.push(
        `  - id: person-${key}/org-${key}/${role}\n    person: person-${key}\n    organization: org-${key}\n    role: ${role}\n    start: '${since}'\n    cite:\n      q${n}: [existence, start, current]`,
      );
    }
    const yaml = [
      '# Generated for the fault tests: made up, not a real publication.',
      'source:',
      `  id: ${id}`,
      `  title: 'TEST: generated report ${file}'`,
      '  publisher: rolegraph test generator',
      '  publishedOn: 2022-03-01',
      '  language: de',
      `  textFile: ../sources/${id}.txt`,
      'quotes:',
      ...quotes,
      'people:',
      ...people,
      'organizations:',
      ...organizations,
      'tenures:',
      ...tenures,
      '',
    ].join('\n');
    await writeFile(path.join(root, 'facts', `${id}.yaml`), yaml);
    await writeFile(path.join(root, 'sources', `${id}.txt`), `TEST SOURCE - generated, not a real publication.\n\n${sentences.join('\n')}\n`);
  }
}
