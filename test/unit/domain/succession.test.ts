import { describe, expect, it } from 'vitest';
import { buildSuccessionChain } from '../../../src/domain/succession.js';
import type { Tenure } from '../../../src/domain/entities.js';
import { knownAs, stated, tenure, type TenureSpec } from '../api/facts.js';

const view = (spec: Omit<TenureSpec, 'personId' | 'postId'>, knownOn?: string): Tenure => {
  const result = knownAs(tenure({ personId: `holder-of-${spec.id}`, postId: 'post', ...spec }), knownOn);
  if (!result) throw new Error('expected the tenure to be known');
  return result;
};
const order = (views: Tenure[]) => buildSuccessionChain(views).map((step) => step.view.id);

describe('buildSuccessionChain', () => {
  it('orders tenures by start, whatever order they come in', () => {
    const views = [
      view({ id: 'c', start: stated('2020'), cited: ['2021-01-01'] }),
      view({ id: 'a', start: stated('2010'), cited: ['2021-01-01'] }),
      view({ id: 'b', start: stated('2015-06'), cited: ['2021-01-01'] }),
    ];
    expect(order(views)).toEqual(['a', 'b', 'c']);
  });

  it('places a tenure with an unknown start where its first confirmation puts it', () => {
    const views = [
      view({ id: 'late', start: stated('2022-02-01'), cited: ['2021-12-13'] }),
      view({ id: 'unknown-start', cited: ['2021-12-13'], confirmed: ['2021-12-13'] }),
    ];
    expect(order(views)).toEqual(['unknown-start', 'late']);
  });

  it('lets an explicit succession link win over date order', () => {
    // By date "b" (2018) would come first, but a source says that "b" succeeded "a".
    const views = [
      view({ id: 'a', start: stated('2019'), cited: ['2021-01-01'] }),
      view({ id: 'b', start: stated('2018'), predecessorId: 'a', cited: ['2021-01-01'] }),
      view({ id: 'c', start: stated('2020'), cited: ['2021-01-01'] }),
    ];
    expect(order(views)).toEqual(['a', 'b', 'c']);
  });

  it('ignores a succession link that was not yet published on knownOn', () => {
    const spec = { id: 'b', start: stated('2018'), predecessorId: 'a', cited: ['2021-01-01'], predecessorCited: ['2022-01-01'] };
    const views = [view({ id: 'a', start: stated('2019'), cited: ['2021-01-01'] }, '2021-06-01'), view(spec, '2021-06-01')];
    expect(order(views)).toEqual(['b', 'a']);
  });

  it('gives each step the certain vacancy since the previous one', () => {
    const steps = buildSuccessionChain([
      view({ id: 'verlage', end: stated('2021-12-31'), cited: ['2021-12-13'], confirmed: ['2021-12-13'] }),
      view({ id: 'benz', start: stated('2022-02-01'), predecessorId: 'verlage', cited: ['2021-12-13'] }),
    ]);
    expect(steps.map((s) => [s.view.id, s.vacancyBefore])).toEqual([
      ['verlage', null],
      ['benz', { from: '2022-01-01', to: '2022-01-31' }],
    ]);
  });

  it('keeps every tenure once even when links form a cycle', () => {
    const views = [
      view({ id: 'a', start: stated('2018'), predecessorId: 'b', cited: ['2021-01-01'] }),
      view({ id: 'b', start: stated('2019'), predecessorId: 'a', cited: ['2021-01-01'] }),
    ];
    expect(order(views).sort()).toEqual(['a', 'b']);
  });
});
