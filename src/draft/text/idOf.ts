import { slugOf } from '../../synthetic/slugOf.js';

/**
 * The kebab-case id part of a name: German umlauts and ß as ae, oe, ue, ss
 * ("Jörg Pfeiffer" -> joerg-pfeiffer), other accents dropped ("Tamara Jovanović" ->
 * tamara-jovanovic, Turkish dotless "ı" as i: "Yusuf Aydın" -> yusuf-aydin), so that no letter of a name is lost.
 */
export function idOf(name: string): string {
  const german = name.replace(/[ÄÖÜäöüßı]/g, (c) => ({ Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ı: 'i' })[c] ?? c);
  return slugOf(german.normalize('NFD').replace(/\p{M}/gu, ''));
}
