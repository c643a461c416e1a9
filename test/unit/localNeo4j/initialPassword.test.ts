import { describe, expect, it } from 'vitest';
import { generateInitialPassword, initialPasswordAlphabet } from '../../../src/localNeo4j/initialPassword.js';

describe('generateInitialPassword', () => {
  // Regression: base64url passwords began with "-" about once in 64 first starts, and
  // neo4j-admin then read the password as an option and printed its help instead.
  const passwords = Array.from({ length: 20_000 }, generateInitialPassword);

  it('never begins with a dash, in 20,000 passwords', () => {
    expect(passwords.filter((password) => password.startsWith('-'))).toEqual([]);
  });

  it('uses letters and digits only, 32 of them', () => {
    expect(passwords.filter((password) => !/^[A-Za-z0-9]{32}$/.test(password))).toEqual([]);
  });

  it('never repeats itself', () => {
    expect(new Set(passwords).size).toBe(passwords.length);
  });

  it('draws on the whole alphabet, in every position', () => {
    const firstCharacters = new Set(passwords.map((password) => password[0]));
    const lastCharacters = new Set(passwords.map((password) => password.at(-1)));
    expect(firstCharacters.size).toBe(initialPasswordAlphabet.length);
    expect(lastCharacters.size).toBe(initialPasswordAlphabet.length);
  });
});
