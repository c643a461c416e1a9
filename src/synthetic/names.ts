/**
 * Word lists for synthetic people, places and organisations: German names for most
 * people, English ones for some, as in the municipal companies our users follow.
 * Every generated name is fiction; the source texts say so.
 */

export const germanFemaleNames = [
  'Anna', 'Birgit', 'Claudia', 'Doris', 'Elke', 'Franziska', 'Gabriele', 'Heike', 'Ilona', 'Jutta', 'Katrin', 'Lena',
  'Martina', 'Nicole', 'Petra', 'Renate', 'Sabine', 'Tanja', 'Ursula', 'Verena', 'Wiebke', 'Yvonne', 'Zoe', 'Miriam',
] as const;

export const germanMaleNames = [
  'Andreas', 'Bernd', 'Christoph', 'Dieter', 'Erik', 'Frank', 'Günter', 'Helmut', 'Ingo', 'Jürgen', 'Klaus', 'Lars',
  'Martin', 'Norbert', 'Oliver', 'Peter', 'Rainer', 'Stefan', 'Thomas', 'Uwe', 'Volker', 'Wolfgang', 'Jörg', 'Matthias',
] as const;

export const englishFemaleNames = ['Emily', 'Sarah', 'Olivia', 'Charlotte', 'Grace', 'Hannah', 'Rachel', 'Megan'] as const;
export const englishMaleNames = ['James', 'Oliver', 'George', 'Henry', 'William', 'Daniel', 'Edward', 'Samuel'] as const;

export const germanSurnames = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer',
  'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
  'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Köhler',
  'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß',
  'Jung', 'Hahn', 'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz',
  'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon', 'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Martin', 'Schumacher',
  'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto', 'Sommer', 'Groß', 'Seidel', 'Heinrich', 'Brandt', 'Haas', 'Schreiber',
] as const;

export const englishSurnames = ['Smith', 'Miller', 'Taylor', 'Clarke', 'Walker', 'Wright', 'Hughes', 'Edwards', 'Turner', 'Parker'] as const;

/** Syllables of fictional German town names: a first part and an ending. */
export const townStarts = [
  'Adel', 'Berg', 'Bram', 'Dorn', 'Eich', 'Falk', 'Gern', 'Hagen', 'Ilm', 'Kalt', 'Lind', 'Mühl', 'Nord', 'Oster',
  'Ried', 'Sand', 'Tann', 'Wald', 'Wester', 'Zell', 'Rosen', 'Stein', 'Brunn', 'Hohen', 'Alt', 'Neu', 'Kirch', 'Moos',
] as const;

export const townEnds = ['dorf', 'heim', 'hausen', 'feld', 'bach', 'burg', 'stadt', 'au', 'ingen', 'brück', 'rode', 'tal'] as const;

/** Kinds of company a town owns, with a name pattern ({town}) and what they do, in German and English. */
export const companyKinds = [
  { name: 'Stadtwerke {town} GmbH', short: 'Stadtwerke {town}', de: 'versorgt {town} mit Strom, Gas und Wasser', en: 'supplies {town} with electricity, gas and water' },
  { name: '{town}er Verkehrsgesellschaft mbH', short: '{town}er Verkehr', de: 'betreibt Busse und Bahnen in {town}', en: 'runs the buses and trams of {town}' },
  { name: 'Wohnungsbau {town} GmbH', short: 'Wohnungsbau {town}', de: 'baut und vermietet Wohnungen in {town}', en: 'builds and lets housing in {town}' },
  { name: '{town} Digital GmbH', short: '{town} Digital', de: 'gestaltet die digitale Entwicklung von {town}', en: 'shapes the digital development of {town}' },
  { name: 'Bäder {town} GmbH', short: 'Bäder {town}', de: 'betreibt die Schwimmbäder von {town}', en: 'runs the swimming pools of {town}' },
  { name: 'Klinikum {town} gGmbH', short: 'Klinikum {town}', de: 'betreibt das Krankenhaus von {town}', en: 'runs the hospital of {town}' },
  { name: 'Wirtschaftsförderung {town} GmbH', short: 'WiFö {town}', de: 'wirbt Unternehmen für {town} an', en: 'attracts businesses to {town}' },
  { name: 'Abfallwirtschaft {town} GmbH', short: 'AWB {town}', de: 'entsorgt den Abfall in {town}', en: 'collects and disposes of the waste of {town}' },
] as const;

/** Companies a company owns in turn, named after their parent. */
export const subsidiaryKinds = [
  { name: '{parent} Netz GmbH', de: 'betreibt das Netz der {parent}', en: 'runs the grid of {parent}' },
  { name: '{parent} Service GmbH', de: 'erbringt Dienste für die {parent}', en: 'provides services to {parent}' },
] as const;

export const unitNames = ['Stabsstelle Digitalisierung', 'Abteilung Finanzen', 'Stabsstelle Kommunikation', 'Abteilung Personal', 'Abteilung Technik', 'Referat Recht'] as const;

export const associationKinds = ['Förderverein {town} e.V.', 'Heimatverein {town} e.V.', 'Sportverein {town} 1900 e.V.', 'Freundeskreis Partnerstadt {town} e.V.'] as const;
