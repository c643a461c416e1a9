import { describe, expect, it } from 'vitest';
import { certaintyOn } from '../../../web/src/facts/certainty.js';

const held = { certain: { from: '2022-02-01', to: '2022-06-30' }, possible: { from: '2022-01-01', to: '2022-12-31' } };

describe('certaintyOn', () => {
  it('is CERTAIN from the first to the last day of the certain interval', () => {
    expect(certaintyOn(held, '2022-02-01')).toBe('CERTAIN');
    expect(certaintyOn(held, '2022-06-30')).toBe('CERTAIN');
  });

  it('is POSSIBLE on the days only the possible interval covers', () => {
    expect(certaintyOn(held, '2022-01-31')).toBe('POSSIBLE');
    expect(certaintyOn(held, '2022-07-01')).toBe('POSSIBLE');
    expect(certaintyOn(held, '2022-12-31')).toBe('POSSIBLE');
  });

  it('is null the day before the possible interval and the day after it', () => {
    expect(certaintyOn(held, '2021-12-31')).toBeNull();
    expect(certaintyOn(held, '2023-01-01')).toBeNull();
  });

  it('reaches without limit where the possible interval is open, and is never certain without a certain interval', () => {
    const announced = { certain: null, possible: { from: '2022-02-01', to: null } };
    expect(certaintyOn(announced, '2099-01-01')).toBe('POSSIBLE');
    expect(certaintyOn(announced, '2022-01-31')).toBeNull();
  });
});
