import type { Capacity, Organization, Person, Post, Role, Tenure } from '../domain/entities.js';
import { organizationRecord, toOrganizationRecord } from './organizationRecord.js';
import { manyPer, pageParams, type PageRequest } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Row, Statement } from './Executor.js';
import { fingerprintProjection, KnownShare, readFingerprint, readKnownFacts } from './knownFacts.js';
import { asColumns, asMap, projectionOf, readProjection } from './projections.js';
import { propsOf, tenureLinks, toOrganization, toPerson, toPost, toRole, toTenure } from './readMappers.js';
import { reconciledFacts } from './reconciledFacts.js';

/**
 * A tenure with its holder, the post it is of, that post's organisation and role: what
 * nearly every tenure field needs (the title is gendered for the holder), read in the
 * same statement, so listing tenures costs no further round trip per level.
 */
export interface TenureRecord {
  tenure: Tenure;
  person: Person;
  organization: Organization;
  post: Post;
  role: Role;
}

/** The structural conditions of a tenure list; date and status conditions are the domain's to decide. */
export interface TenureListFilter {
  roleKey: string | null;
  /** Posts of this organisation or of any of its units, at any depth. */
  organizationId: string | null;
  personId: string | null;
  capacity: Capacity | null;
}

/**
 * A tenure as reads return it, over the variables `person`, `t`, `post` and `role`;
 * its organisation comes beside it (see `tenureColumns`), once per post where the read
 * groups tenures by post.
 */
export const tenureRecordMap = `{
        tenure: ${projectionOf('Tenure', 't')}, person: ${projectionOf('Person', 'person')},
        post: ${projectionOf('Post', 'post')}, role: ${projectionOf('Role', 'role')}
      }`;

/** The pattern that binds a tenure's variables of `tenureRecordMap`, and `o`, its organisation. */
const tenurePattern = `(person:Person)-[:HOLDS]->(t)-[:OF_POST]->(post:Post)-[:OF_ROLE]->(role:Role),
        (post)-[:IN]->(o:Organization)`;

/** The values of a tenure read, over `tenurePattern`'s variables, by column; `toTenureRecord` maps them. */
const tenureValues = { record: tenureRecordMap, organization: organizationRecord('o') };
const tenureColumns = asColumns(tenureValues);

/**
 * The same tenure record with its facts named, not brought (knownFacts.ts): the tenure,
 * its holder and its organisation by id and fingerprint, the post and role whole.
 */
const namedTenureColumns = asColumns({
  record: `{tenure: ${fingerprintProjection('t')}, person: ${fingerprintProjection('person')}, post: ${projectionOf('Post', 'post')}, role: ${projectionOf('Role', 'role')}}`,
  organization: fingerprintProjection('o'),
});

const organizationCondition = `($organizationId IS NULL OR EXISTS {
          MATCH (t)-[:OF_POST]->(:Post)-[:IN]->(:Organization)-[:PART_OF*0..]->(:Organization {id: $organizationId})
        })`;

/**
 * The tenures of the person bound to `person`, in id order, as a list of maps with the
 * columns `toTenureRecord` maps: read in the statement that reads the person.
 */
export const tenuresOfPersonCollected = `COLLECT {
        MATCH ${tenurePattern}
        WITH person, t, post, role, o ORDER BY t.id
        RETURN ${asMap(tenureValues)}
      }`;

/**
 * A page statement that finds candidate tenures with `anchor` and checks the other
 * conditions on each, returning `columns`: the whole records (`tenureColumns`) or their
 * facts named (`namedTenureColumns`, see `TenureRepository.listPage`).
 */
function tenurePage(name: string, anchor: string, conditions: readonly string[], columns: string): Statement {
  const checks = [
    '($capacity IS NULL OR t.capacity = $capacity)',
    '($roleKey IS NULL OR EXISTS { MATCH (t)-[:OF_POST]->(:Post {roleKey: $roleKey}) })',
    ...conditions,
  ];
  return {
    name,
    cypher: `
      ${anchor}
        AND ${checks.join('\n        AND ')}
      WITH t ORDER BY t.id LIMIT $limit
      MATCH ${tenurePattern}
      RETURN ${columns}
      ORDER BY t.id`,
  };
}

// Pages are read in id order from the cursor (see PageRequest) and stop at $limit, so
// page 10,000 of a million tenures costs what page 1 does. Each starts where its most
// selective condition points: a person's tenures, the posts of an organisation and its
// units, or else (neither asked) the tenure key index.
const pageAnchors = {
  page: ['MATCH (t:Tenure) WHERE t.id > $afterId', []],
  pageOfPerson: ['MATCH (:Person {id: $personId})-[:HOLDS]->(t:Tenure) WHERE t.id > $afterId', [organizationCondition]],
  pageOfOrganization: [
    `MATCH (:Organization {id: $organizationId})<-[:PART_OF*0..]-(:Organization)<-[:IN]-(:Post)<-[:OF_POST]-(t:Tenure)
      WITH DISTINCT t WHERE t.id > $afterId`,
    [],
  ],
} as const;

type PageAnchor = keyof typeof pageAnchors;

const pageStatements = (columns: string, suffix: string) =>
  Object.fromEntries(
    Object.entries(pageAnchors).map(([anchor, [match, conditions]]) => [anchor, tenurePage(`tenure.${anchor}${suffix}`, match, conditions, columns)]),
  ) as Record<PageAnchor, Statement>;

/** The page statements by anchor, bringing whole records and naming facts. */
const pages = { whole: pageStatements(tenureColumns, ''), named: pageStatements(namedTenureColumns, 'Named') };

export const tenureCypher = {
  byPersonIds: {
    name: 'tenure.byPersonIds',
    cypher: `
      UNWIND $ids AS key
      MATCH ${tenurePattern}
      WHERE person.id = key
      RETURN key, ${tenureColumns}
      ORDER BY t.id`,
  },
  byPostIds: {
    name: 'tenure.byPostIds',
    cypher: `
      UNWIND $ids AS key
      MATCH ${tenurePattern}
      WHERE post.id = key
      RETURN key, ${tenureColumns}
      ORDER BY t.id`,
  },
  bySourceIds: {
    name: 'tenure.bySourceIds',
    cypher: `
      ${citedBySource('t', 'Tenure')}
      MATCH ${tenurePattern}
      RETURN key, ${tenureColumns}
      ORDER BY t.id`,
  },
  page: pages.whole.page,
  pageOfPerson: pages.whole.pageOfPerson,
  pageOfOrganization: pages.whole.pageOfOrganization,
  pageNamed: pages.named.page,
  pageOfPersonNamed: pages.named.pageOfPerson,
  pageOfOrganizationNamed: pages.named.pageOfOrganization,
} satisfies Record<string, Statement>;

/** Maps the `record` and `organization` columns of a tenure read. */
export function toTenureRecord(row: Row): TenureRecord {
  const record = propsOf(row, 'record');
  const post = toPost(readProjection('Post', record, 'post'));
  const person = toPerson(readProjection('Person', record, 'person'));
  return {
    tenure: toTenure(readProjection('Tenure', record, 'tenure'), { personId: person.id, postId: post.id, postOrganizationId: post.organizationId }),
    person,
    organization: toOrganizationRecord(propsOf(row, 'organization')),
    post,
    role: toRole(readProjection('Role', record, 'role')),
  };
}

/** The facts of a tenure record that the cache of reconciled facts holds: the tenure, its holder, its organisation. */
const factsPerRecord = 3;

/** The tenure records of rows of `namedTenureColumns`, and how many of the facts they name were in the cache. */
async function toNamedTenureRecords(executor: Executor, rows: readonly Row[]): Promise<{ result: TenureRecord[]; hits: number }> {
  const named = rows.map((row) => {
    const record = propsOf(row, 'record');
    const post = toPost(readProjection('Post', record, 'post'));
    const person = readFingerprint(record, 'person');
    const links = { personId: person.id, postId: post.id, postOrganizationId: post.organizationId };
    return {
      tenure: readFingerprint(record, 'tenure'),
      links,
      person,
      organization: readFingerprint(row, 'organization'),
      post,
      role: toRole(readProjection('Role', record, 'role')),
    };
  });
  const facts = await readKnownFacts(executor, {
    Tenure: named.map(({ tenure, links }) => ({ fingerprint: tenure, links: tenureLinks(links), read: (props) => toTenure(props, links) })),
    Person: named.map(({ person }) => ({ fingerprint: person, links: [], read: toPerson })),
    Organization: named.map(({ organization }) => ({ fingerprint: organization, links: [], read: toOrganization })),
  });
  // A tenure whose facts left the graph between the two reads is left out, as the graph now has it.
  const records = named.flatMap(({ post, role }, index) => {
    const [tenure, person, organization] = [facts.Tenure[index], facts.Person[index], facts.Organization[index]];
    return tenure && person && organization ? [{ tenure, person, organization, post, role }] : [];
  });
  return { result: records, hits: facts.known };
}

/** Reads tenures with their posts and roles. */
export class TenureRepository {
  constructor(private readonly executor: Executor) {}

  /** Every tenure of each person, by id. */
  async listByPersonIds(ids: readonly string[]): Promise<TenureRecord[][]> {
    return manyPer(ids, await this.executor.read(tenureCypher.byPersonIds, { ids }), toTenureRecord);
  }

  /** Every tenure of each post, by id. */
  async listByPostIds(ids: readonly string[]): Promise<TenureRecord[][]> {
    return manyPer(ids, await this.executor.read(tenureCypher.byPostIds, { ids }), toTenureRecord);
  }

  /** The tenures each source states or dates, by id. */
  async listBySourceIds(ids: readonly string[]): Promise<TenureRecord[][]> {
    return manyPer(ids, await this.executor.read(tenureCypher.bySourceIds, { ids }), toTenureRecord);
  }

  /** The share of its facts recent pages found already reconciled: whether the next page names them. */
  private readonly knownShare = new KnownShare();

  /**
   * Tenures ordered by id, starting after `afterId`, meeting every condition of `filter`.
   * While most facts of recent pages were known (a dashboard polling), the page names its
   * facts and reads only the unknown ones whole (knownFacts.ts); otherwise (pages seen for
   * the first time) it reads every record whole, in one statement.
   */
  async listPage(page: PageRequest & TenureListFilter): Promise<TenureRecord[]> {
    const anchor: PageAnchor = page.personId !== null ? 'pageOfPerson' : page.organizationId !== null ? 'pageOfOrganization' : 'page';
    const names = this.knownShare.namesFacts;
    const rows = await this.executor.read((names ? pages.named : pages.whole)[anchor], {
      ...pageParams(page),
      roleKey: page.roleKey,
      organizationId: page.organizationId,
      personId: page.personId,
      capacity: page.capacity,
    });
    const { result: records, hits: known } = names
      ? await toNamedTenureRecords(this.executor, rows)
      : reconciledFacts.countingHits(() => rows.map(toTenureRecord));
    this.knownShare.observe(known, rows.length * factsPerRecord);
    return records;
  }
}
