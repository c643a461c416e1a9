import { addDays, type IsoDate } from '../domain/calendar.js';
import type { Capacity, LocalizedText, OrganizationKind } from '../domain/entities.js';
import { parsePartialDate, type DatePrecision } from '../domain/partialDate.js';
import { statedValue } from './germanDates.js';
import {
  associationKinds,
  companyKinds,
  englishFemaleNames,
  englishMaleNames,
  englishSurnames,
  germanFemaleNames,
  germanMaleNames,
  germanSurnames,
  subsidiaryKinds,
  townEnds,
  townStarts,
  unitNames,
} from './names.js';
import { Random } from './Random.js';
import { honoraryRoles, rolesByKind } from './syntheticRoles.js';
import { slugOf } from './slugOf.js';

/**
 * One town's share of the synthetic world: the town, its council, the companies it
 * owns (some wholly, some in part, some through another company), their units, a few
 * associations, every post's succession chain from some year on, and the people who
 * held the posts. Clusters are independent of each other, which is what lets the
 * generator stream them and the bulk seeder validate and write them one shard at a time.
 */

export interface SyntheticPerson {
  id: string;
  name: string;
  aliases: string[];
  gender: 'female' | 'male';
  birthday: IsoDate;
}

export interface SyntheticOrganization {
  id: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  partOfId: string | null;
  description: LocalizedText | null;
}

export interface SyntheticOwnership {
  id: string;
  ownerId: string;
  ownedId: string;
  percentage: number;
  /** The year a source says the stake has been held since; null when it does not say. */
  since: number | null;
}

/** The day something happened and how precisely the sources state it. */
export interface StatedDay {
  day: IsoDate;
  precision: DatePrecision;
}

export interface SyntheticTenure {
  id: string;
  personId: string;
  organizationId: string;
  roleKey: string;
  /** The true first day; what the sources say is `start` (null: no source states it). */
  firstDay: IsoDate;
  /** The true last day; null while the tenure runs on at the horizon. */
  lastDay: IsoDate | null;
  start: StatedDay | null;
  end: StatedDay | null;
  capacity: Capacity;
  /** The tenure this one follows, when a source says so. */
  predecessorId: string | null;
  /** The holder held this post before, with a gap. */
  reappointment: boolean;
}

export interface Cluster {
  index: number;
  town: string;
  organizations: SyntheticOrganization[];
  ownerships: SyntheticOwnership[];
  people: SyntheticPerson[];
  tenures: SyntheticTenure[];
}

/** The synthetic world ends here: later days are the future, tenures running then are current. */
export const horizon: IsoDate = '2024-06-30';

/** Generates cluster `index` of a run with `seed`, with at most `maxTenures` tenures. */
export function generateCluster(seed: number, index: number, maxTenures: number): Cluster {
  const random = new Random(seed, index);
  const town = `${random.pick(townStarts)}${random.pick(townEnds)}`;
  const cluster: Cluster = { index, town, organizations: [], ownerships: [], people: [], tenures: [] };
  const organizations = buildOrganizations(random, cluster);
  const people = new PeoplePool(random, cluster);
  let budget = maxTenures;
  for (const organization of organizations) {
    const roles = rolesByKind[organization.kind] ?? [];
    for (const [position, roleKey] of roles.entries()) {
      if (position > 0 && !random.chance(0.6)) continue;
      budget -= buildChain(random, cluster, people, organization, roleKey, budget);
      if (budget <= 0) return cluster;
    }
  }
  return cluster;
}

function buildOrganizations(random: Random, cluster: Cluster): SyntheticOrganization[] {
  const { town, index } = cluster;
  const add = (organization: SyntheticOrganization) => {
    cluster.organizations.push(organization);
    return organization;
  };
  const city = add({ id: `stadt-${slugOf(town)}-${index}`, name: `Stadt ${town}`, aliases: [town], kind: 'municipality', partOfId: null, description: null });
  add({ id: `stadtrat-${slugOf(town)}-${index}`, name: `Stadtrat ${town}`, aliases: [], kind: 'council', partOfId: city.id, description: null });

  const kinds = companyKinds.filter(() => random.chance(0.55));
  for (const kind of kinds.length > 0 ? kinds : [companyKinds[0]]) {
    const name = kind.name.replaceAll('{town}', town);
    const short = kind.short.replaceAll('{town}', town);
    const company = add({
      id: `${slugOf(short)}-${index}`,
      name,
      aliases: [short],
      kind: 'company',
      partOfId: null,
      description: { de: `Die ${name} ${kind.de.replaceAll('{town}', town)}.`, en: `${name} ${kind.en.replaceAll('{town}', town)}.` },
    });
    // Most are the town's alone; some have a second shareholder outside the graph.
    const percentage = random.weighted([
      [100, 6],
      [51, 2],
      [74.9, 1],
    ] as const);
    cluster.ownerships.push({
      id: `${city.id}/${company.id}`,
      ownerId: city.id,
      ownedId: company.id,
      percentage,
      since: random.chance(0.5) ? random.int(1990, 2015) : null,
    });
    if (random.chance(0.3)) {
      const sub = random.pick(subsidiaryKinds);
      const subName = sub.name.replaceAll('{parent}', short);
      const subsidiary = add({
        id: `${slugOf(subName)}-${index}`,
        name: subName,
        aliases: [],
        kind: 'company',
        partOfId: null,
        description: { de: `Die ${subName} ${sub.de.replaceAll('{parent}', short)}.`, en: `${subName} ${sub.en.replaceAll('{parent}', short)}.` },
      });
      cluster.ownerships.push({ id: `${company.id}/${subsidiary.id}`, ownerId: company.id, ownedId: subsidiary.id, percentage: 100, since: null });
    }
    for (const unit of unitNames) {
      if (!random.chance(0.2)) continue;
      add({
        id: `${company.id}/${slugOf(unit)}`,
        name: unit,
        aliases: [`${unit} der ${short}`],
        kind: 'administrative-unit',
        partOfId: company.id,
        description: null,
      });
    }
  }
  for (const pattern of associationKinds) {
    if (!random.chance(0.35)) continue;
    const name = pattern.replaceAll('{town}', town);
    add({ id: `${slugOf(name)}-${index}`, name, aliases: [], kind: 'association', partOfId: null, description: null });
  }
  return cluster.organizations;
}

/** The people of one cluster: new ones, and earlier holders who take another post or come back. */
class PeoplePool {
  private readonly names = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly cluster: Cluster,
  ) {}

  create(firstDay: IsoDate): SyntheticPerson {
    const { random } = this;
    const female = random.chance(0.5);
    const english = random.chance(0.12);
    let name = '';
    let surname = '';
    for (let attempt = 0; attempt < 50 && (name === '' || this.names.has(name)); attempt++) {
      const first = english ? random.pick(female ? englishFemaleNames : englishMaleNames) : random.pick(female ? germanFemaleNames : germanMaleNames);
      surname = english ? random.pick(englishSurnames) : random.pick(germanSurnames);
      if (attempt > 5 || random.chance(0.06)) surname = `${surname}-${random.pick(germanSurnames)}`;
      name = `${first} ${surname}`;
    }
    this.names.add(name);
    const aliases = [surname];
    if (female && random.chance(0.12)) aliases.push(`${name.split(' ')[0]} ${random.pick(germanSurnames)}`);
    const birthYear = Number(firstDay.slice(0, 4)) - random.int(28, 58);
    const person: SyntheticPerson = {
      id: `${slugOf(name)}-${this.cluster.index}`,
      name,
      aliases,
      gender: female ? 'female' : 'male',
      birthday: addDays(`${birthYear}-01-01`, random.int(0, 364)),
    };
    this.cluster.people.push(person);
    return person;
  }

  /** Someone already in the cluster who is of working age on `firstDay`, for a second post. */
  existing(firstDay: IsoDate): SyntheticPerson | undefined {
    const candidate = this.cluster.people.length > 0 ? this.random.pick(this.cluster.people) : undefined;
    const age = candidate ? Number(firstDay.slice(0, 4)) - Number(candidate.birthday.slice(0, 4)) : 0;
    return age >= 25 && age <= 70 ? candidate : undefined;
  }
}

function statedDay(random: Random, day: IsoDate): StatedDay {
  return {
    day,
    precision: random.weighted([
      ['DAY', 11],
      ['MONTH', 6],
      ['YEAR', 3],
    ] as const),
  };
}

function dayIn(random: Random, year: number): IsoDate {
  return addDays(`${year}-01-01`, random.int(0, 364));
}

/**
 * One post's chain from a start year to the horizon: mostly seamless handovers, some
 * vacancies (a third of them bridged by an acting holder), some overlaps; now and then
 * the source gives no end, or no start for the first holder. Returns how many tenures it made.
 */
function buildChain(random: Random, cluster: Cluster, people: PeoplePool, organization: SyntheticOrganization, roleKey: string, budget: number): number {
  const made: SyntheticTenure[] = [];
  const holders: SyntheticTenure[] = [];
  let firstDay = dayIn(random, random.int(1955, 2016));
  let previous: SyntheticTenure | null = null;
  const honorary = honoraryRoles.has(roleKey) || (roleKey === 'chief-digital-officer' && random.chance(0.3));
  while (firstDay <= horizon && made.length < budget) {
    const lastDayTrue = addDays(firstDay, random.int(365, 12 * 365));
    const lastDay = lastDayTrue > horizon ? null : lastDayTrue;
    const returning = holders.filter((h) => h !== previous && h.lastDay !== null && addDays(h.lastDay, 730) < firstDay);
    let person: SyntheticPerson;
    let reappointment = false;
    if (returning.length > 0 && random.chance(0.05)) {
      const earlier = random.pick(returning);
      person = cluster.people.find((p) => p.id === earlier.personId)!;
      reappointment = true;
    } else {
      const other = random.chance(0.2) ? people.existing(firstDay) : undefined;
      person = other && other.id !== previous?.personId ? other : people.create(firstDay);
    }
    const start = previous === null && random.chance(0.5) ? null : statedDay(random, firstDay);
    // One person holds a post once at a time, as far as the sources can tell: someone who held
    // it before comes back only when a source ended that term before the new one can start.
    // Every term of the chain counts, acting ones too: an acting holder can be picked again.
    if (start && made.some((h) => h.personId === person.id && !endsBefore(h, start))) {
      person = people.create(firstDay);
      reappointment = false;
    }
    const tenure: SyntheticTenure = {
      id: tenureId(person.id, organization.id, roleKey, made),
      personId: person.id,
      organizationId: organization.id,
      roleKey,
      firstDay,
      lastDay,
      start,
      // A source that gives neither start nor end still has to name the tenure on some day it ran.
      end: lastDay === null || (start !== null && random.chance(0.08)) ? null : statedDay(random, lastDay),
      capacity: honorary ? 'honorary' : 'regular',
      predecessorId: previous !== null && random.chance(0.85) ? previous.id : null,
      reappointment,
    };
    made.push(tenure);
    holders.push(tenure);
    previous = tenure;
    if (lastDay === null) break;

    const transition = random.weighted([
      ['seamless', 14],
      ['vacancy', 4],
      ['overlap', 2],
    ] as const);
    if (transition === 'seamless') {
      firstDay = addDays(lastDay, 1);
    } else if (transition === 'overlap') {
      firstDay = maxDay(addDays(lastDay, -random.int(15, 90)), addDays(tenure.firstDay, 1));
    } else {
      firstDay = addDays(lastDay, random.int(30, 540));
      const actingLast = addDays(firstDay, -1);
      if (random.chance(0.35) && made.length < budget - 1 && actingLast <= horizon) {
        const acting = people.create(firstDay);
        made.push({
          id: tenureId(acting.id, organization.id, roleKey, made),
          personId: acting.id,
          organizationId: organization.id,
          roleKey,
          firstDay: addDays(lastDay, 1),
          lastDay: actingLast,
          start: { day: addDays(lastDay, 1), precision: random.chance(0.7) ? 'DAY' : 'MONTH' },
          end: { day: actingLast, precision: 'DAY' },
          capacity: random.chance(0.7) ? 'acting' : 'interim',
          predecessorId: null,
          reappointment: false,
        });
      }
    }
  }
  cluster.tenures.push(...made);
  return made.length;
}

/** `person/organisation/role`, with `/2`, `/3` for a second and third term of the same post. */
function tenureId(personId: string, organizationId: string, roleKey: string, earlier: readonly SyntheticTenure[]): string {
  const base = `${personId}/${organizationId}/${roleKey}`;
  const terms = earlier.filter((t) => t.id === base || t.id.startsWith(`${base}/`)).length;
  return terms === 0 ? base : `${base}/${terms + 1}`;
}

/** True when a source states the earlier term's end, and its last possible day precedes the start's first. */
function endsBefore(earlier: SyntheticTenure, start: StatedDay): boolean {
  if (!earlier.end) return false;
  const end = parsePartialDate(statedValue(earlier.end));
  const begin = parsePartialDate(statedValue(start));
  return end !== undefined && begin !== undefined && end.latest < begin.earliest;
}

function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
