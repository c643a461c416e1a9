import type { IsoDate } from './calendar.js';
import type { Ownership, StatedDate } from './entities.js';

/** The parts of an ownership that sources published on or before a day had stated. */
export interface OwnershipView {
  ownership: Ownership;
  start: StatedDate | null;
  end: StatedDate | null;
  /** Publication dates of the sources that count, ascending. */
  citedOn: IsoDate[];
  confirmedOn: IsoDate[];
}

/**
 * What was known of an ownership on `knownOn`, by the same rule as `viewTenure`: null
 * when no source published by then mentions it; otherwise only the dates and
 * confirmations stated by sources published on or before that day. The interval rules
 * of `temporal.ts` (certaintyAt and friends) apply to the result unchanged.
 */
export function viewOwnership(ownership: Ownership, knownOn?: IsoDate | null): OwnershipView | null {
  const known = (dates: IsoDate[]) => (knownOn ? dates.filter((d) => d <= knownOn) : dates);
  const citedOn = known(ownership.evidence.citedOn);
  if (citedOn.length === 0) return null;
  return {
    ownership,
    start: known(ownership.evidence.startCitedOn).length > 0 ? ownership.start : null,
    end: known(ownership.evidence.endCitedOn).length > 0 ? ownership.end : null,
    citedOn,
    confirmedOn: known(ownership.evidence.confirmedOn),
  };
}
