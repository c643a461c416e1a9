import { describe, expect, it } from 'vitest';
import type { Json } from './apiTestServer.js';
import { useSeededApi } from './hardening/seededApi.js';

/** Search as journalists type it, over the real name index on the seeded article. */

const seeded = useSeededApi();

const search = async (query: string, lang = 'en') =>
  (await seeded.api().data(`query ($q: String!, $lang: String!) { search(query: $q) { id kind description(lang: $lang) } }`, { q: query, lang }))
    .search as Json[];
const ids = async (query: string) => (await search(query)).map((hit) => hit.id);

describe('search', () => {
  it.each(['KL.digital', 'KL digital', 'KL-digital', 'kldigital', 'Kl Digital'])('finds KL.digital first for %j', async (typed) => {
    expect((await ids(typed))[0]).toBe('kl-digital');
  });

  it('finds KL.digital for "digital" before the names that only start with it', async () => {
    const found = await ids('digital');
    expect(found[0]).toBe('kl-digital');
    expect(found).toEqual(expect.arrayContaining(['digitalisierungsausschuss-kaiserslautern', 'stabsstelle-digitalisierung-gemeindetag-bw']));
  });

  it('finds the end of a German compound: "Ausschuss" finds the Digitalisierungsausschuss', async () => {
    expect(await ids('Ausschuss')).toContain('digitalisierungsausschuss-kaiserslautern');
    expect(await ids('Fachwettbewerb')).toEqual(['e-government-fachwettbewerb']);
    expect(await ids('wettbewerb')).toContain('e-government-fachwettbewerb');
  });

  it('keeps finding names by prefix and umlaut spelling', async () => {
    expect(await ids('Ben')).toEqual(['ilona-benz']);
    expect(await ids('Wuerttemberg')).toContain('gemeindetag-baden-wuerttemberg');
    expect((await ids('Kaiserslautern'))[0]).toBe('stadt-kaiserslautern');
  });

  it("describes each hit in a line: a person's latest role, an organisation's kind and parent", async () => {
    expect(await search('Ilona Benz', 'de')).toEqual([{ id: 'ilona-benz', kind: 'Person', description: 'Geschäftsführerin, KL.digital (ab 2022-02-01)' }]);
    expect((await search('Verlage'))[0]).toMatchObject({ id: 'martin-verlage', description: 'Managing director, KL.digital (until 2021-12-31)' });
    expect((await search('Digitalisierungsausschuss'))[0]).toMatchObject({ description: 'Committee (planned), part of Stadtrat Kaiserslautern' });
    expect((await search('KL.digital', 'de'))[0]).toMatchObject({ description: 'Unternehmen' });
  });
});
