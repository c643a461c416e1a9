import { parsePartialDate } from '../../../src/domain/partialDate.js';
import { draftFactFile } from '../../../src/draft/draftFactFile.js';
import type { GraphIndex } from '../../../src/draft/mentions/DraftContext.js';
import type { Draft } from '../../../src/draft/model.js';

/** A vocabulary without people or organisations, for tests that read German sentences made up for them. */
const vocabulary: GraphIndex = {
  people: [],
  organizations: [],
  roles: [
    { key: 'managing-director', en: 'Managing director', de: { masculine: 'Geschäftsführer', feminine: 'Geschäftsführerin', neutral: 'Geschäftsführung' } },
    { key: 'head-of-unit', en: 'Head of unit', de: { masculine: 'Leiter', feminine: 'Leiterin', neutral: 'Leitung' } },
    { key: 'chairperson', en: 'Chairperson', de: { masculine: 'Vorsitzender', feminine: 'Vorsitzende', neutral: 'Vorsitz' } },
    { key: 'treasurer', en: 'Treasurer', de: { masculine: 'Kämmerer', feminine: 'Kämmerin', neutral: 'Amt des Kämmerers' } },
    {
      key: 'medical-director',
      en: 'Medical director',
      de: { masculine: 'Ärztlicher Direktor', feminine: 'Ärztliche Direktorin', neutral: 'Ärztliche Direktion' },
    },
  ],
  tenures: [],
};

/** Drafts a made-up text (its first line is a headline) as published on `published`. */
export function draftGerman(text: string, published = '2024-05-02'): Draft {
  return draftFactFile(`TEST\n\n${text}`, vocabulary, { sourceId: 'test-text', textFile: 'test-text.txt', published: parsePartialDate(published)! });
}

/** The draft's tenures that are not commented out, as "person/organisation/role". */
export function tenureIds(draft: Draft): string[] {
  return draft.tenures.filter((t) => !t.unsure).map((t) => t.id);
}

/** One tenure of the draft by its id. */
export function tenure(draft: Draft, id: string) {
  return draft.tenures.find((t) => t.id === id);
}
