import type { IsoDate } from '../domain/calendar.js';
import type { Claim } from '../domain/entities.js';
import { ArticleBuilder, type Article } from './ArticleBuilder.js';
import { horizon, type Cluster, type SyntheticOrganization, type SyntheticPerson, type SyntheticTenure } from './generateCluster.js';
import { ageOn, endPhrase, startPhrase, statedValue } from './germanDates.js';
import type { Random } from './Random.js';
import { slugOf } from './slugOf.js';
import { syntheticRole } from './syntheticRoles.js';

/**
 * Turns a cluster into the articles that report it: a portrait of the town's
 * organisations and stakes, and one "Personalien" round-up per year with the
 * appointments, departures and confirmations of that year. A tenure is thus cited by
 * the article of its start, the one of its end, and now and then one that confirms it.
 */
export function writeClusterArticles(cluster: Cluster, random: Random): Article[] {
  const slug = `${slugOf(cluster.town)}-${cluster.index}`;
  const people = new Map(cluster.people.map((p) => [p.id, p]));
  const organizations = new Map(cluster.organizations.map((o) => [o.id, o]));
  const tenures = new Map(cluster.tenures.map((t) => [t.id, t]));
  const portrait = writePortrait(cluster, slug);

  const years = new Map<number, ArticleBuilder>();
  const yearArticle = (year: number) => {
    let article = years.get(year);
    if (!article) {
      article = new ArticleBuilder(`synthetic-${slug}-${year}`, `Personalien aus ${cluster.town} ${year} (synthetisch)`, publishedIn(year));
      years.set(year, article);
    }
    return article;
  };
  const context = { people, organizations, tenures, random };
  for (const tenure of cluster.tenures) {
    if (tenure.start) sayStart(yearArticle(yearOf(tenure.start.day)), tenure, context);
    if (tenure.end) sayEnd(yearArticle(yearOf(tenure.end.day)), tenure, context);
    const confirmYears = confirmableYears(tenure);
    const mustConfirm = !tenure.start && !tenure.end;
    for (const year of confirmYears) {
      if ((mustConfirm && year === confirmYears[0]) || year === yearOf(horizon) || random.chance(0.04)) sayConfirmed(yearArticle(year), tenure, context);
    }
  }
  return [portrait, ...[...years.entries()].sort(([a], [b]) => a - b).map(([, article]) => article)].filter((a) => !a.isEmpty).map((a) => a.build());
}

interface Context {
  people: Map<string, SyntheticPerson>;
  organizations: Map<string, SyntheticOrganization>;
  tenures: Map<string, SyntheticTenure>;
  random: Random;
}

/** Round-ups appear at the end of each year; the last one on the day after the horizon. */
function publishedIn(year: number): IsoDate {
  return year === yearOf(horizon) ? '2024-07-01' : `${year}-12-28`;
}

function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

/** Years whose round-up appears while the tenure runs, so it can call it current. */
function confirmableYears(tenure: SyntheticTenure): number[] {
  const years: number[] = [];
  for (let year = yearOf(tenure.firstDay); year <= yearOf(horizon); year++) {
    const on = publishedIn(year);
    if (on >= tenure.firstDay && (tenure.lastDay === null || on <= tenure.lastDay)) years.push(year);
    if (tenure.lastDay !== null && on > tenure.lastDay) break;
  }
  return years;
}

const femaleInference = 'The source uses the feminine form of her title.';
const maleInference = 'The source uses the masculine form of his title.';

function titleOf(person: SyntheticPerson, roleKey: string): string {
  const role = syntheticRole(roleKey);
  return person.gender === 'female' ? role.de.feminine : role.de.masculine;
}

/** "bei der Stadtwerke Adorf GmbH", "beim Stadtrat Adorf"; a unit is named with its company. */
function atOrganization(organization: SyntheticOrganization): string {
  if (organization.kind === 'council' || organization.kind === 'association') return `beim ${organization.name}`;
  if (organization.kind === 'administrative-unit') return `bei der ${organization.aliases[0] ?? organization.name}`;
  return `bei der ${organization.name}`;
}

function citePerson(article: ArticleBuilder, person: SyntheticPerson, quote: string, age: number | null): void {
  const entry: Record<string, unknown> & { id: string } = {
    id: person.id,
    name: person.name,
    aliases: person.aliases,
    gender: { value: person.gender, inference: person.gender === 'female' ? femaleInference : maleInference },
  };
  if (age !== null) entry.birth = { age, inference: `The source gives the age, ${age}, on its publication day.` };
  article.cite('people', entry, quote, ['existence', 'attribute']);
}

function tenureEntry(tenure: SyntheticTenure, fields: Record<string, unknown> = {}) {
  return { id: tenure.id, person: tenure.personId, organization: tenure.organizationId, role: tenure.roleKey, ...fields };
}

function sayStart(article: ArticleBuilder, tenure: SyntheticTenure, context: Context): void {
  const person = context.people.get(tenure.personId)!;
  const organization = context.organizations.get(tenure.organizationId)!;
  const start = tenure.start!;
  const title = titleOf(person, tenure.roleKey);
  const predecessor = tenure.predecessorId ? context.tenures.get(tenure.predecessorId) : undefined;
  const follows = predecessor ? ` und folgt auf ${context.people.get(predecessor.personId)!.name}` : '';
  const age = context.random.chance(0.3) ? ageOn(person.birthday, article.publishedOn) : null;
  const subject = age === null ? person.name : `${person.gender === 'female' ? 'Die' : 'Der'} ${age}-jährige ${person.name}`;
  const when = startPhrase(start);
  const at = atOrganization(organization);
  let sentence: string;
  if (tenure.capacity === 'acting') sentence = `${subject} übernimmt ${when} kommissarisch die Aufgaben als ${title} ${at}.`;
  else if (tenure.capacity === 'interim') sentence = `${subject} wird ${when} übergangsweise ${title} ${at}.`;
  else if (tenure.capacity === 'honorary') sentence = `${subject} wird ${when} ehrenamtlich ${title} ${at}${follows}.`;
  else if (tenure.reappointment) sentence = `${subject} kehrt ${when} als ${title} ${at} zurück${follows}.`;
  else sentence = `${subject} wird ${when} ${title} ${at}${follows}.`;
  const quote = article.say(sentence);
  const claims: Claim[] = ['existence', 'start'];
  const fields: Record<string, unknown> = { start: statedValue(start) };
  if (tenure.capacity !== 'regular') {
    claims.push('attribute');
    fields.capacity = tenure.capacity;
  }
  if (predecessor) {
    claims.push('predecessor');
    fields.predecessor = predecessor.id;
  }
  article.cite('tenures', tenureEntry(tenure, fields), quote, claims);
  citePerson(article, person, quote, age);
}

function sayEnd(article: ArticleBuilder, tenure: SyntheticTenure, context: Context): void {
  const person = context.people.get(tenure.personId)!;
  const organization = context.organizations.get(tenure.organizationId)!;
  const quote = article.say(`${person.name} scheidet ${endPhrase(tenure.end!)} als ${titleOf(person, tenure.roleKey)} ${atOrganization(organization)} aus.`);
  article.cite('tenures', tenureEntry(tenure, { end: statedValue(tenure.end!) }), quote, ['existence', 'end']);
  // People are declared where they take up a post; a holder whose start no source gives is declared here.
  if (!tenure.start) citePerson(article, person, quote, null);
}

function sayConfirmed(article: ArticleBuilder, tenure: SyntheticTenure, context: Context): void {
  const person = context.people.get(tenure.personId)!;
  const organization = context.organizations.get(tenure.organizationId)!;
  const quote = article.say(`${person.name} ist weiterhin ${titleOf(person, tenure.roleKey)} ${atOrganization(organization)}.`);
  article.cite('tenures', tenureEntry(tenure), quote, ['existence', 'current']);
  if (!tenure.start) citePerson(article, person, quote, null);
}

/** The town's organisations, their units and who owns what; published before any stake's "since" could be contradicted. */
function writePortrait(cluster: Cluster, slug: string): ArticleBuilder {
  const article = new ArticleBuilder(`synthetic-${slug}-portrait`, `Die Beteiligungen der Stadt ${cluster.town} (synthetisch)`, '2016-01-15');
  const byId = new Map(cluster.organizations.map((o) => [o.id, o]));
  for (const organization of cluster.organizations) {
    const entry: Record<string, unknown> & { id: string } = {
      id: organization.id,
      name: organization.name,
      aliases: organization.aliases,
      kind: organization.kind,
    };
    const claims: Claim[] = ['existence'];
    let sentence: string;
    if (organization.kind === 'municipality') {
      sentence = `Die ${organization.name} ist Gesellschafterin mehrerer Unternehmen.`;
    } else if (organization.kind === 'council') {
      sentence = `Der ${organization.name} ist das gewählte Gremium der ${byId.get(organization.partOfId!)!.name}.`;
    } else if (organization.kind === 'administrative-unit') {
      sentence = `Die ${organization.name} gehört zur ${byId.get(organization.partOfId!)!.name}.`;
    } else if (organization.kind === 'association') {
      sentence = `Der ${organization.name} wird ehrenamtlich geführt.`;
    } else {
      sentence = organization.description!.de;
      entry.description = organization.description;
      claims.push('attribute');
    }
    if (organization.partOfId) {
      entry.partOf = organization.partOfId;
      if (!claims.includes('attribute')) claims.push('attribute');
    }
    article.cite('organizations', entry, article.say(sentence), claims);
  }
  for (const stake of cluster.ownerships) {
    const owner = byId.get(stake.ownerId)!.name;
    const owned = byId.get(stake.ownedId)!.name;
    const since = stake.since === null ? '' : `Seit ${stake.since} `;
    const sentence =
      stake.percentage === 100
        ? `${since ? `${since}ist die` : 'Die'} ${owned} eine hundertprozentige Tochter der ${owner}.`
        : `${since ? `${since}hält die` : 'Die'} ${owner} ${since ? '' : 'hält '}${String(stake.percentage).replace('.', ',')} Prozent an der ${owned}.`;
    const entry: Record<string, unknown> & { id: string } = { id: stake.id, owner: stake.ownerId, owned: stake.ownedId, percentage: stake.percentage };
    const claims: Claim[] = ['existence', 'percentage'];
    if (stake.since !== null) {
      entry.start = String(stake.since);
      claims.push('start');
    }
    article.cite('ownerships', entry, article.say(sentence), claims);
  }
  return article;
}
