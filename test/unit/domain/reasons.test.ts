import { describe, expect, it } from 'vitest';
import { joinReasons, reasonIn } from '../../../src/domain/reasons.js';

describe('reasons for an inference', () => {
  it('read a reason written once the same in German and English', () => {
    expect(reasonIn('Aus dem Zusammenhang.', 'de')).toBe('Aus dem Zusammenhang.');
    expect(reasonIn('Aus dem Zusammenhang.', 'en')).toBe('Aus dem Zusammenhang.');
  });

  it('read a reason given in both languages in the language asked for', () => {
    const reason = { de: 'Die weibliche Form.', en: 'The feminine form.' };
    expect(reasonIn(reason, 'de')).toBe('Die weibliche Form.');
    expect(reasonIn(reason, 'en')).toBe('The feminine form.');
  });

  it('join several reasons once each, in order, and stay plain text when all are', () => {
    expect(joinReasons(['First.', null, 'Second.', 'First.'])).toBe('First. Second.');
    expect(joinReasons([null, null])).toBeNull();
  });

  it('join into both languages when any reason is given in both, a plain one read the same in each', () => {
    const joined = joinReasons([{ de: 'Erstens.', en: 'First.' }, 'Zweitens, as written.', { de: 'Erstens.', en: 'First.' }]);
    expect(joined).toEqual({ de: 'Erstens. Zweitens, as written.', en: 'First. Zweitens, as written.' });
  });
});
