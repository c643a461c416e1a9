import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityCypher } from '../../src/graph/ActivityRepository.js';
import { citationCypher } from '../../src/graph/CitationRepository.js';
import { countCypher } from '../../src/graph/CountRepository.js';
import type { Statement } from '../../src/graph/Executor.js';
import { graphVersionCypher } from '../../src/graph/GraphVersionRepository.js';
import { knownFactsCypher } from '../../src/graph/knownFacts.js';
import { organizationCypher } from '../../src/graph/OrganizationRepository.js';
import { ownershipCypher } from '../../src/graph/OwnershipRepository.js';
import { personCypher } from '../../src/graph/PersonRepository.js';
import { planCypher } from '../../src/graph/PlanRepository.js';
import { postCypher } from '../../src/graph/PostRepository.js';
import { roleCypher } from '../../src/graph/RoleRepository.js';
import { searchCypher } from '../../src/graph/SearchRepository.js';
import { sourceCypher } from '../../src/graph/SourceRepository.js';
import { statsCypher } from '../../src/graph/StatsRepository.js';
import { tenureCypher } from '../../src/graph/TenureRepository.js';
import { defaultSeedPaths } from '../../src/seed/defaultSeedPaths.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { readStatements } from '../fixtures/readStatements.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();

beforeAll(async () => {
  await graph.wipe();
  const seeds = defaultSeedPaths();
  await seedGraph(graph.executor, [seeds.seeds], { defaultVocabulary: seeds.vocabulary });
});
afterAll(() => graph.close());

const ids = { ids: ['kl-digital', 'ilona-benz'] };
const sourceIds = { ids: ['kommune21-2021-12-13-kl-digital'] };
const limit = neo4j.int(21);
const tenurePage = { afterId: '', capacity: null, personId: 'ilona-benz', roleKey: null, organizationId: 'kl-digital', limit };

// Every statement the API runs, with parameters of the shape its repository sends.
const reads: [Statement, Record<string, unknown>][] = [
  [activityCypher.byPersonIds, ids],
  [activityCypher.bySourceIds, sourceIds],
  [citationCypher.byFactIds, ids],
  [graphVersionCypher.read, { id: 'graph' }],
  ...countReads(),
  [graphVersionCypher.listBounds, {}],
  [knownFactsCypher.byIds, { tenureIds: ['kl-digital'], personIds: ['ilona-benz'], organizationIds: ['kl-digital'] }],
  [organizationCypher.byIds, ids],
  [organizationCypher.withStakesInByIds, ids],
  [organizationCypher.unitsByParentIds, ids],
  [organizationCypher.page, { afterId: '', kind: null, limit }],
  [organizationCypher.bySourceIds, sourceIds],
  [ownershipCypher.byOwnedIds, ids],
  [ownershipCypher.byOwnerIds, ids],
  [ownershipCypher.bySourceIds, sourceIds],
  [personCypher.byIds, ids],
  [personCypher.withTenuresByIds, ids],
  [personCypher.page, { afterId: '', limit }],
  [personCypher.bySourceIds, sourceIds],
  [planCypher.byConcernIds, ids],
  [planCypher.bySourceIds, sourceIds],
  [postCypher.byIds, ids],
  [postCypher.byOrganizationIds, ids],
  [postCypher.withTenuresOfRole, { organizationId: 'kl-digital', roleKey: 'managing-director' }],
  [postCypher.withTenuresOfRoleAt, { organizationId: 'kl-digital', roleKey: 'managing-director', at: '2022-02-01', knownOn: null }],
  [postCypher.withTenuresOfRoleAtKnownOn, { organizationId: 'kl-digital', roleKey: 'managing-director', at: '2022-02-01', knownOn: '2021-12-31' }],
  [postCypher.pageWithTenures, { afterId: '', limit }],
  [postCypher.pageWithTenuresWithin, { organizationId: 'kl-digital', afterId: '', limit }],
  [postCypher.pageAll, { organizationId: null, roleKey: null, afterId: '', limit }],
  [postCypher.pageOfRole, { organizationId: null, roleKey: 'managing-director', afterId: '', limit }],
  [postCypher.pageWithin, { organizationId: 'kl-digital', roleKey: null, afterId: '', limit }],
  [roleCypher.all, {}],
  [searchCypher.entities, { query: 'benz', limit }],
  [sourceCypher.byIds, ids],
  [statsCypher.countAll, {}],
  [tenureCypher.byPersonIds, ids],
  [tenureCypher.byPostIds, ids],
  [tenureCypher.bySourceIds, sourceIds],
  [tenureCypher.page, tenurePage],
  [tenureCypher.pageOfPerson, tenurePage],
  [tenureCypher.pageOfOrganization, tenurePage],
  [tenureCypher.pageNamed, tenurePage],
  [tenureCypher.pageOfPersonNamed, tenurePage],
  [tenureCypher.pageOfOrganizationNamed, tenurePage],
];

/** The counting statements, each with parameters of the shape CountRepository sends. */
function countReads(): [Statement, Record<string, unknown>][] {
  const days = { days: ['2021-12-31', '2022-02-01'], day: '2022-02-01', at: '2022-02-01', knownOn: '2022-03-01', limit };
  const tenureCount = {
    capacity: null,
    roleKey: null,
    status: 'REPORTED',
    heldFrom: '2021-01-01',
    heldTo: null,
    maxSources: neo4j.int(1),
    knownOn: '2022-03-01',
  };
  return Object.entries(countCypher).map(([key, statement]) => {
    const selection = key.endsWith('Within')
      ? { organizationId: 'kl-digital', roleKey: null }
      : key.endsWith('OfRole')
        ? { organizationId: null, roleKey: 'managing-director' }
        : { organizationId: null, roleKey: null };
    if (key.startsWith('tenures')) return [statement, { ...tenureCount, personId: 'ilona-benz', organizationId: 'kl-digital' }];
    return [statement, { ...selection, ...days, kind: 'company' }];
  });
}

// Statements that want every node of a label, by design: the role vocabulary is a few dozen nodes;
// counting every post, every tenure, or the organisations of a kind (an unindexed property) looks at each.
const wholeLabel: Record<string, string> = {
  'role.all': 'Role',
  'post.pageAll': 'Post',
  'count.organizations': 'Organization',
  'count.postsAll': 'Post',
  'count.postStatesAll': 'Post',
  'count.heldPostsAll': 'Post',
  'count.tenureGroupsAll': 'Post',
  'count.tenures': 'Tenure',
};
// The list bounds visit every node of the labels they measure, once per graph version (src/api/GraphStateCache.ts).
const measuresLabels = 'graphVersion.listBounds';

async function planOf(statement: Statement, params: Record<string, unknown>): Promise<PlanNode> {
  const result = await graph.driver.executeQuery(`EXPLAIN ${statement.cypher}`, params, { database: graph.neo4j.database, routing: neo4j.routing.READ });
  return result.summary.plan as unknown as PlanNode;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators that read every node of a label, or of the graph, instead of an index. */
function scansIn(plan: PlanNode): string[] {
  const own = /^(NodeByLabelScan|AllNodesScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan)/.test(plan.operatorType)
    ? [`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`]
    : [];
  return [...own, ...plan.children.flatMap(scansIn)];
}

describe('the plans of the read statements', () => {
  it('covers every named read statement of the repositories', () => {
    expect(reads.map(([statement]) => statement.name).sort()).toEqual(readStatements.map((statement) => statement.name).sort());
  });

  it.each(
    reads
      .filter(([statement]) => !(statement.name in wholeLabel) && statement.name !== measuresLabels)
      .map(([statement, params]) => [statement.name, statement, params] as const),
  )('%s starts from an index, never a label scan', async (_name, statement, params) => {
    expect(scansIn(await planOf(statement, params))).toEqual([]);
  });

  it.each(Object.entries(wholeLabel))('%s reads at most all of %s, and scans nothing else', async (name, label) => {
    const [statement, params] = reads.find(([candidate]) => candidate.name === name) ?? [];
    if (!statement || !params) throw new Error(`no read ${name}`);
    const scans = scansIn(await planOf(statement, params));
    expect(scans.length).toBeLessThanOrEqual(1);
    for (const scan of scans) expect(scan).toMatch(new RegExp(`^NodeByLabelScan@neo4j \\w+:${label}$`));
  });

  it(`${measuresLabels} scans labels one at a time, never the whole graph`, async () => {
    const scans = scansIn(await planOf(graphVersionCypher.listBounds, {}));
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.filter((scan) => !scan.startsWith('NodeByLabelScan'))).toEqual([]);
  });
});
