/**
 * npm run bench:profile -- [--samples N]
 *
 * PROFILEs the six key questions on a graph that is already running (NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD; e.g. a scale benchmark's `bench-medium` instance), as
 * the scale benchmark does but over the first N parameter sets (default 20) instead of
 * one: for each question, the database hits of every statement rolegraph's API runs for
 * the request, and of the floor's hand-written Cypher, averaged per request. Run it
 * from two checkouts against the same graph to compare their reads; nothing is timed.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/graph/createDriver.js';
import { keyQueries, sampleGraph } from './keyQueries.js';
import { captureOurStatements, profileStatement } from './profileQueries.js';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '20' } } });
const samples = Number(values.samples);
const { neo4j } = loadConfig();
if (neo4j.kind !== 'external') {
  console.error('Set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to the running graph to profile.');
  process.exit(2);
}
const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxRetryMs: 5_000 });
try {
  const queries = keyQueries(await sampleGraph(driver));
  console.log('| question | db hits ours / request | statements | db hits floor / request |\n| --- | --- | --- | --- |');
  for (const query of queries) {
    let ours = 0;
    let floor = 0;
    const names = new Set<string>();
    for (let i = 0; i < samples; i++) {
      const way = { query: query.ours.query, variables: () => query.ours.variables(i) };
      for (const statement of await captureOurStatements(driver, way)) {
        names.add(statement.name);
        ours += (await profileStatement(driver, statement.name, statement.cypher, statement.params)).dbHits;
      }
      floor += (await profileStatement(driver, 'floor', query.floor.query, query.floor.variables(i))).dbHits;
    }
    console.log(`| ${query.name} | ${Math.round(ours / samples)} | ${[...names].join(', ')} | ${Math.round(floor / samples)} |`);
  }
} finally {
  await driver.close();
}
