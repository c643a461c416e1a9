import { formatSpan } from '../format/dates.js';
import type { HitOrganization, HitPerson } from '../graphql/types.js';
import { kindLabel, translate } from '../i18n/messages.js';
import type { Lang } from '../routing/viewState.js';

/** The longest description a search hit's line shows before it is cut at a word. */
const maxDescription = 140;

function shortened(text: string): string {
  if (text.length <= maxDescription) return text;
  const cut = text.slice(0, maxDescription);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxDescription / 2))} …`;
}

/**
 * One line that tells two hits of the same name apart: a person's latest role with its
 * dates ("Geschäftsführerin, KL.digital, seit 1. Februar 2022 (angekündigt)"), an
 * organisation's kind, legal form, seat, parent and the start of its description.
 */
export function hitLine(lang: Lang, hit: HitPerson | HitOrganization): string {
  if ('tenures' in hit) {
    const latest = hit.tenures.at(-1);
    if (!latest) return '';
    const span = formatSpan(lang, latest.start, latest.end, { since: translate(lang, 'since'), until: translate(lang, 'until') });
    const title = lang === 'de' ? latest.titleDe : latest.titleEn;
    return `${[title, latest.organization.name, span].filter(Boolean).join(', ')} (${translate(lang, latest.status)})`;
  }
  const description = lang === 'de' ? hit.descriptionDe : hit.descriptionEn;
  const parent = hit.partOf ? `${translate(lang, 'partOf')} ${hit.partOf.name}` : null;
  const seat = hit.seat ? `${translate(lang, 'seat')} ${hit.seat}` : null;
  return [kindLabel(lang, hit.kind), hit.legalForm, seat, parent, description ? shortened(description) : null].filter(Boolean).join(' · ');
}
