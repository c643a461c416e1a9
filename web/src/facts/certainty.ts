/**
 * Whether a fact held on a day, as the schema defines `Tenure.certaintyAt`: CERTAIN inside
 * its `certain` interval, POSSIBLE inside its `possible` interval only, not held (null)
 * outside both. The explorer reads the two intervals once and decides here, so moving
 * the as-of date redraws the view without asking the API again.
 */
export type Certainty = 'CERTAIN' | 'POSSIBLE';

export interface Intervals {
  certain: { from: string; to: string } | null;
  possible: { from: string | null; to: string | null };
}

/** CERTAIN, POSSIBLE or null on `day` (YYYY-MM-DD; ISO dates compare as strings). */
export function certaintyOn(fact: Intervals, day: string): Certainty | null {
  const { certain, possible } = fact;
  if (certain && certain.from <= day && day <= certain.to) return 'CERTAIN';
  if ((possible.from === null || possible.from <= day) && (possible.to === null || day <= possible.to)) return 'POSSIBLE';
  return null;
}
