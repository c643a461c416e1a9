import { describe, expect, it } from 'vitest';
import { axisOf, geometryOf, openFadeDays, positionOf, spanOf, toDay } from '../../../web/src/timeline/layout.js';

const day = (iso: string) => ({ earliest: iso, latest: iso });
const year = (y: number) => ({ earliest: `${y}-01-01`, latest: `${y}-12-31` });

describe('spanOf', () => {
  it('draws exact ends for dates known to the day', () => {
    const span = spanOf({ start: day('2022-02-01'), end: day('2022-12-31'), lastConfirmedOn: null });
    expect(span).toMatchObject({ startKind: 'exact', endKind: 'exact', outerStart: toDay('2022-02-01'), solidStart: toDay('2022-02-01') });
  });

  it('fades across the whole year when a start is known only to the year', () => {
    const span = spanOf({ start: year(2018), end: null, lastConfirmedOn: '2021-12-13' });
    expect(span).toMatchObject({ startKind: 'fuzzy', outerStart: toDay('2018-01-01'), solidStart: toDay('2018-12-31') });
  });

  it('keeps an open end solid until the last confirmation, then fades it out for a year', () => {
    const span = spanOf({ start: year(2018), end: null, lastConfirmedOn: '2021-12-13' });
    expect(span).toMatchObject({ endKind: 'open', solidEnd: toDay('2021-12-13'), outerEnd: toDay('2021-12-13') + openFadeDays });
  });

  it('fades an announced tenure out from its start when nobody has confirmed it yet', () => {
    const span = spanOf({ start: day('2022-02-01'), end: null, lastConfirmedOn: null });
    expect(span).toMatchObject({ solidStart: toDay('2022-02-01'), solidEnd: toDay('2022-02-01'), endKind: 'open' });
  });

  it('fades an unknown start in towards the first day a source confirmed the tenure', () => {
    const span = spanOf({ start: null, end: day('2021-12-31'), lastConfirmedOn: '2021-12-13' });
    expect(span).toMatchObject({ startKind: 'open', solidStart: toDay('2021-12-13'), outerStart: toDay('2021-12-13') - openFadeDays });
  });

  it('meets in the middle when start and end are both known only to the same year', () => {
    const span = spanOf({ start: year(2018), end: year(2018), lastConfirmedOn: null });
    expect(span?.solidStart).toBe(span?.solidEnd);
    expect(span?.outerStart).toBe(toDay('2018-01-01'));
    expect(span?.outerEnd).toBe(toDay('2018-12-31'));
  });

  it('draws nothing when no date at all is known', () => {
    expect(spanOf({ start: null, end: null, lastConfirmedOn: null })).toBeNull();
  });
});

describe('axisOf and geometryOf', () => {
  const spans = [spanOf({ start: year(2018), end: day('2022-01-31'), lastConfirmedOn: '2021-12-13' })].filter((s) => s !== null);

  it('covers whole years around every bar and the as-of day', () => {
    const axis = axisOf(spans, [toDay('2024-06-01')]);
    expect(axis.from).toBe(toDay('2018-01-01'));
    expect(axis.to).toBe(toDay('2025-01-01'));
    expect(axis.ticks.map((t) => t.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('places a bar from its earliest possible start and masks the uncertain stretch', () => {
    const axis = axisOf(spans);
    const [span] = spans;
    if (!span) throw new Error('the fixture has one span');
    const geometry = geometryOf(axis, span);
    expect(geometry.left).toBe(0);
    expect(geometry.mask).toMatch(/^linear-gradient\(to right, rgba\(0, 0, 0, 0\.25\) 0%, #000 [\d.]+%, #000 100%, #000 100%\)$/);
  });

  it('clamps positions to the axis', () => {
    const axis = axisOf(spans);
    expect(positionOf(axis, toDay('1990-01-01'))).toBe(0);
    expect(positionOf(axis, toDay('2090-01-01'))).toBe(100);
  });
});
