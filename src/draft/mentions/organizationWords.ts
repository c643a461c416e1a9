import type { OrganizationKind } from '../../domain/entities.js';

/** German legal forms that end a company's or association's name. */
export const legalFormPattern = '(?:GmbH & Co\\. KG|gGmbH|GmbH|AG|SE|KGaA|KG|e\\. ?V\\.|eG|mbH)';

/** A word of a proper name: capitalised, possibly hyphenated or dotted ("Hamburg-Ost", "KL.digital"). */
export const nameWordPattern =
  '(?!(?:Der|Die|Das|Dem|Den|Des|Sie|Er|Es|Ein|Eine|Im|In|Am|An|Auf|Aus|Bei|Beim|Mit|Nach|Seit|Von|Vom|Zum|Zur|Für|Als|Wie|Auch|Neue[rs]?|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Ende|Anfang|Mitte)(?![\\p{L}]))\\p{Lu}[\\p{L}\\p{N}]*(?:[-.&][\\p{L}\\p{N}]+)*';

/** A head noun that makes the words after it an organisation's name. */
export interface OrganizationHead {
  pattern: string;
  kind: OrganizationKind;
  /** Whether the head alone names an organisation ("Ordnungsamt") or needs a name after it ("Stadt …"). */
  standsAlone(head: string): boolean;
  /** "Nachbarstadt Rosenau" is named "Rosenau". */
  nameWithoutHead?: boolean;
}

const compound = (head: string) => !/^(?:Verein|Verband|Museum|Klinik)$/.test(head);
const never = () => false;

export const organizationHeads: OrganizationHead[] = [
  { pattern: 'Stadt|Gemeinde|Landkreis|Kreis|Markt|Samtgemeinde|Verbandsgemeinde|Kreisstadt|Hansestadt', kind: 'municipality', standsAlone: never },
  { pattern: 'Nachbarstadt|Nachbargemeinde|Nachbarkommune', kind: 'municipality', standsAlone: never, nameWithoutHead: true },
  { pattern: 'Stadtwerke|Sparkasse|Kreissparkasse|Volksbank|Raiffeisenbank|\\p{Lu}\\p{Ll}*klinikum|Klinikum|Krankenhaus', kind: 'company', standsAlone: never },
  { pattern: '\\p{Lu}\\p{Ll}*klinik|Klinik', kind: 'company', standsAlone: compound },
  {
    pattern: 'Zweckverband|Gemeindetag|Städtetag|Landkreistag|\\p{Lu}\\p{Ll}*stiftung|Stiftung|\\p{Lu}\\p{Ll}*genossenschaft|Genossenschaft',
    kind: 'association',
    standsAlone: never,
  },
  { pattern: '\\p{Lu}\\p{Ll}*verband|\\p{Lu}\\p{Ll}*verein|Verein|Verband', kind: 'association', standsAlone: compound },
  { pattern: '\\p{Lu}\\p{Ll}*amt', kind: 'administrative-unit', standsAlone: () => true },
  { pattern: 'Referat|Stabsstelle|Abteilung|Fachbereich|Dezernat|Fachdienst', kind: 'administrative-unit', standsAlone: never },
  { pattern: 'Kämmerei|Stadtkasse|Stadtbibliothek|\\p{Lu}\\p{Ll}*museum|Museum|\\p{Lu}\\p{Ll}*stelle', kind: 'administrative-unit', standsAlone: compound },
  { pattern: 'Stadtrat|Gemeinderat|Kreistag|Ortsrat|Ortschaftsrat|Bezirksrat', kind: 'council', standsAlone: never },
  { pattern: '\\p{Lu}\\p{Ll}*ausschuss', kind: 'committee', standsAlone: () => true },
  { pattern: 'Hochschule|Universität|Fachhochschule', kind: 'university', standsAlone: never },
  { pattern: '\\p{Lu}\\p{Ll}+schule', kind: 'administrative-unit', standsAlone: compound },
];

const genericHeads =
  /^(?:Stadt|Gemeinde|Landkreis|Kreis|Stadtrat|Gemeinderat|Kreistag|Ortsrat|Klinikum|Klinik|Verein|Verband|Amt|Referat|Stabsstelle|Abteilung|Museum|Stadtwerke|Sparkasse|Volksbank|Hochschule|Universität|Verwaltung|Zeitung|Unternehmen|Gesellschaft)$/;

/** A single common noun such as "Stadtrat": it names a particular organisation only with its place. */
export function isGenericHead(name: string): boolean {
  return genericHeads.test(name);
}
