import { describe, expect, it } from 'vitest';
import { KnownShare, readFingerprint } from '../../../src/graph/knownFacts.js';

describe('the share of known facts', () => {
  it('reads whole until nine in ten facts of recent reads were known, and whole again at the first read of new ones', () => {
    const share = new KnownShare();
    expect(share.namesFacts).toBe(false);
    const readsUntilNamed = Array.from({ length: 20 }, () => (share.observe(30, 30), share.namesFacts)).indexOf(true) + 1;
    expect(readsUntilNamed).toBe(11);
    const readsUntilWhole = Array.from({ length: 20 }, () => (share.observe(0, 30), share.namesFacts)).indexOf(false) + 1;
    expect(readsUntilWhole).toBe(1);
  });

  it('is not moved by a read that named no fact', () => {
    const share = new KnownShare();
    for (let i = 0; i < 20; i += 1) share.observe(3, 3);
    share.observe(0, 0);
    expect(share.namesFacts).toBe(true);
  });
});

describe('readFingerprint', () => {
  it('reads an id and a fingerprint, and a node without fingerprint as null', () => {
    expect(readFingerprint({ tenure: ['t', 'abc'] }, 'tenure')).toEqual({ id: 't', contentHash: 'abc' });
    expect(readFingerprint({ tenure: ['t', null] }, 'tenure')).toEqual({ id: 't', contentHash: null });
  });

  it('names the column that holds no fingerprint', () => {
    expect(() => readFingerprint({ tenure: ['t'] }, 'tenure')).toThrow(/column tenure to hold a fingerprint/);
  });
});
