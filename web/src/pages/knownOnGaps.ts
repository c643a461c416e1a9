import type { View } from '../app/view.js';
import type { EntityKind } from '../routing/viewState.js';

/**
 * What the API answers as known today even when asked as known on a day: the fields of
 * a person or organisation that take no `knownOn` in schema.graphql. The filter banner
 * names them, so a reader never takes them for what was known on that day.
 */
export function knownOnGaps(view: View, kind: EntityKind): string[] {
  if (!view.state.knownOn) return [];
  return kind === 'person'
    ? [view.t('birth'), view.t('aliases')]
    : [view.t('description'), view.t('aliases'), view.t('partOf'), view.t('units'), view.t('plans')];
}
