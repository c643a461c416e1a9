import type { Driver, ProfiledPlan, Session } from 'neo4j-driver';
import { createApollo } from '../../src/api/createApollo.js';
import { createContext } from '../../src/api/context.js';
import { createLogger } from '../../src/api/createLogger.js';
import { Executor } from '../../src/graph/Executor.js';
import { createRepositories } from '../../src/graph/createRepositories.js';
import type { AskedWay } from './keyQueries.js';

/** What PROFILE says of one statement: database hits, and the scans that touched a whole label. */
export interface StatementProfile {
  name: string;
  dbHits: number;
  rows: number;
  operators: string[];
  labelScans: string[];
}

function walk(plan: ProfiledPlan, visit: (plan: ProfiledPlan) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/** Runs `PROFILE` on a read statement and sums its plan. */
export async function profileStatement(driver: Driver, name: string, cypher: string, params: Record<string, unknown>): Promise<StatementProfile> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${cypher}`, params);
    const profile: StatementProfile = { name, dbHits: 0, rows: result.records.length, operators: [], labelScans: [] };
    if (result.summary.profile) {
      walk(result.summary.profile, (plan) => {
        profile.dbHits += plan.dbHits;
        const operator = plan.operatorType.replace(/@.*$/, '');
        profile.operators.push(operator);
        if (/LabelScan|AllNodesScan/.test(operator)) profile.labelScans.push(`${operator} ${String(plan.arguments.Details ?? '')}`);
      });
    }
    return profile;
  } finally {
    await session.close();
  }
}

/**
 * The statements rolegraph's API runs for one GraphQL request asked again (see below),
 * captured by running the request in this process over a driver that records what each session runs (the
 * executor's reads are auto-commit queries: `session.run`).
 */
export async function captureOurStatements(driver: Driver, way: AskedWay): Promise<{ name: string; cypher: string; params: Record<string, unknown> }[]> {
  const recorded: { name: string; cypher: string; params: Record<string, unknown> }[] = [];
  const recordingDriver = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver) as unknown;
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(inner, key, innerReceiver) {
            if (key !== 'run') return Reflect.get(inner, key, innerReceiver) as unknown;
            const run = (cypher: string, params: Record<string, unknown>, txConfig?: Parameters<Session['run']>[2]) => {
              recorded.push({ name: String((txConfig?.metadata as { statement?: string } | undefined)?.statement ?? 'statement'), cypher, params });
              return inner.run(cypher, params, txConfig);
            };
            return run;
          },
        });
      };
    },
  });
  const repositories = createRepositories(new Executor(recordingDriver, { database: 'neo4j' }));
  const apollo = createApollo({ production: true });
  await apollo.start();
  try {
    // Asked fifteen times, and the last one recorded: what the API runs once it knows the
    // question's facts (a page names them only after eleven pages came back known).
    for (let asked = 0; asked < 15; asked += 1) {
      recorded.length = 0;
      const response = await apollo.executeOperation(
        { query: way.query, variables: way.variables(0) },
        { contextValue: createContext(repositories, createLogger('warn')) },
      );
      if (response.body.kind === 'single' && response.body.singleResult.errors) {
        throw new Error(`The API answered with errors: ${JSON.stringify(response.body.singleResult.errors)}`);
      }
    }
  } finally {
    await apollo.stop();
  }
  return recorded;
}
