/**
 * npm run bench -- --size small|medium|large [--seconds N] [--seed-seconds N] [--queries-only]
 *
 * --queries-only asks the questions again on the graph the last run of this size
 * imported, keeping that run's seeding and importer figures.
 *
 * The scale benchmark: generates the synthetic fact base (once per size), measures the
 * transactional bulk seeder on a fresh Neo4j, loads the same graph with the offline
 * seed (`npm run seed:bulk -- DIR --import`: validation and CSV on every core, then
 * neo4j-admin's importer), then asks the six key questions of rolegraph's API, of an @neo4j/graphql API over the
 * same graph (the peer) and as hand-written Cypher (the floor), at concurrency 8, and
 * PROFILEs every statement. Writes bench/results/<size>.json, latest.json and <size>.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDevelopmentConfig } from '../../src/config.js';
import { connectExecutor, createDriver } from '../../src/graph/createDriver.js';
import { instancePaths } from '../../src/localNeo4j/paths.js';
import { projectRoot } from '../../src/projectRoot.js';
import { datasetSizes, generateDataset, manifestFile, type DatasetManifest, type DatasetSize } from '../../src/synthetic/generateDataset.js';
import getPort from 'get-port';
import { seedOffline } from '../../src/cli/offlineSeed.js';
import { keyQueries, sampleGraph } from './keyQueries.js';
import { cpuMeter, cpuMsOf, measureFloor, measureHttp, ownCpuMs, readFactCacheCounts, settleNeo4j, type FactCacheCounts, type Measurement } from './measure.js';
import { measureSeeding } from './measureSeeding.js';
import { startNode, stopProcess, waitForGraphql } from './processes.js';
import { captureOurStatements, profileStatement, type StatementProfile } from './profileQueries.js';
import { renderTable } from './renderTable.js';
import { memoryBySize, startScaleNeo4j, stopScaleNeo4j } from './scaleNeo4j.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'small' }, seconds: { type: 'string' }, 'seed-seconds': { type: 'string' }, 'queries-only': { type: 'boolean' } },
});
if (!(values.size in datasetSizes)) {
  console.error(`--size must be small, medium or large, not ${JSON.stringify(values.size)}.`);
  process.exit(2);
}
const size = values.size as DatasetSize;
const seconds = Number(values.seconds ?? (size === 'small' ? 8 : 15));
// One transaction holds the whole fact base in Neo4j's memory (about 1 GB of heap per 10,000 tenures): only small fits.
const commit = size === 'small' ? 'once' : 'per-group';
const seedSeconds = Number(values['seed-seconds'] ?? 900);
const connections = 8;
const warmUpSeconds = 3;
/** The parameter sets sampled per question (sampleCypher: LIMIT 200); the ways rotate through them. */
const sampledParameterSets = 200;
const tmp = path.join(projectRoot, 'bench', 'results', 'tmp');
const log = (line: string) => console.log(`[bench ${size}] ${line}`);

async function ensureDataset(): Promise<{ dir: string; manifest: DatasetManifest; generateSeconds: number | null }> {
  const dir = path.join(tmp, `data-${size}`);
  if (existsSync(path.join(dir, manifestFile))) {
    return { dir, manifest: JSON.parse(await readFile(path.join(dir, manifestFile), 'utf8')) as DatasetManifest, generateSeconds: null };
  }
  log(`generating ${datasetSizes[size]} tenures into ${path.relative(projectRoot, dir)}`);
  const started = performance.now();
  const manifest = await generateDataset({ tenures: datasetSizes[size], seed: 1, out: dir });
  return { dir, manifest, generateSeconds: (performance.now() - started) / 1000 };
}

const dataset = await ensureDataset();
log(`dataset: ${dataset.manifest.tenures} tenures in ${dataset.manifest.shards.length} shards`);

const previous = path.join(projectRoot, 'bench', 'results', `${size}.json`);
const instance = `bench-${size}`;
let seeding: Awaited<ReturnType<typeof measureSeeding>>;
let importer: { exportSeconds: number; importSeconds: number; indexSeconds: number; seconds: number; threads: number };
let connection;
if (values['queries-only']) {
  const last = JSON.parse(await readFile(previous, 'utf8')) as { seeding: typeof seeding; importer: typeof importer };
  ({ seeding, importer } = last);
  connection = await startScaleNeo4j(instance, size);
} else {
  log(`bulk seeding (${commit === 'once' ? 'one transaction' : 'a transaction per group of shards'}) on a fresh instance`);
  seeding = await measureSeeding(size, dataset.dir, commit, seedSeconds);
  log(
    `seeded ${seeding.tenures} tenures at ${seeding.tenuresPerSecond} tenures/s, seeder peak ${seeding.seederPeakRssMiB} MiB${seeding.completed ? '' : ' (stopped by the time box)'}`,
  );
  await stopScaleNeo4j(instance);
  await rm(instancePaths(instance).home, { recursive: true, force: true });
  log('offline seed (npm run seed:bulk -- DIR --import) into a fresh instance');
  const offline = await seedOffline(
    dataset.dir,
    {
      instance,
      database: 'neo4j',
      importerHeap: memoryBySize[size].heap,
      javaHome: loadDevelopmentConfig().javaHome,
      connect: async () => connectExecutor({ ...(await startScaleNeo4j(instance, size)), database: 'neo4j', maxRetryMs: 5_000 }),
    },
    { log },
  );
  importer = offline;
  connection = await startScaleNeo4j(instance, size);
}
const driver = createDriver({ uri: connection.uri, user: connection.user, password: connection.password, maxRetryMs: 5_000 });

const env = {
  ...process.env,
  NEO4J_URI: connection.uri,
  NEO4J_USER: connection.user,
  NEO4J_PASSWORD: connection.password,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SEED_ON_START: 'false',
};
const apiPort = await getPort();
const api = startNode('src/main.ts', [], { ...env, HOST: '127.0.0.1', PORT: String(apiPort) });
// The same API with its cache of reconciled facts off: what a question costs the first
// time, while the API above answers the bench's 200 rotating parameter sets from its cache.
const uncachedPort = await getPort();
const uncached = startNode('src/main.ts', [], { ...env, HOST: '127.0.0.1', PORT: String(uncachedPort), FACT_CACHE_MB: '0' });
const peerPort = await getPort();
const peer = startNode('bench/scale/peer/peerServer.ts', [], { ...env, PORT: String(peerPort) });
const oursUrl = `http://127.0.0.1:${apiPort}/graphql`;
const uncachedUrl = `http://127.0.0.1:${uncachedPort}/graphql`;
const peerUrl = `http://127.0.0.1:${peerPort}/`;
try {
  await waitForGraphql(oursUrl, api);
  await waitForGraphql(uncachedUrl, uncached);
  await waitForGraphql(peerUrl, peer);
  const samples = await sampleGraph(driver);
  const queries = keyQueries(samples);
  // Warm every way on every question first: measured cold, the first question asked would
  // pay for filling Neo4j's page cache, and the way asked first for each question too. Ours
  // and the floor are asked every sampled parameter set once (the dashboard page reads the
  // statements of 20,000 tenures, which only rolegraph's API reads: asked for a few seconds
  // only, they were still cold on disk when ours was measured); the peer, whose pages take
  // seconds each, for a few seconds.
  log(`warming up: every question, every way: ours and the floor every parameter set once, the peer ${warmUpSeconds} s`);
  const everyParameterSet = { connections, seconds: 0, warmUpSeconds: 0, answers: sampledParameterSets };
  for (const query of queries) {
    await measureHttp(oursUrl, query.ours, everyParameterSet);
    await measureHttp(uncachedUrl, query.ours, everyParameterSet);
    await measureHttp(peerUrl, query.peer, { connections, seconds: warmUpSeconds, warmUpSeconds: 0 });
    await settleNeo4j(driver);
    await measureFloor(driver, query.floor, everyParameterSet);
  }
  const results = [];
  for (const query of queries) {
    log(`${query.name}: ours, ours without the fact cache, peer, floor for ${seconds} s each at concurrency ${connections}`);
    // CPU per answer, of each process that works for it, over the measured seconds only: the
    // API, Neo4j, and this process (autocannon, which asks ours; the driver, which asks the floor).
    const neo4jCpu = () => cpuMsOf(connection.pid);
    const oursMeter = cpuMeter({ api: () => cpuMsOf(api.pid!), neo4j: neo4jCpu, loadGenerator: ownCpuMs });
    const uncachedMeter = cpuMeter({ api: () => cpuMsOf(uncached.pid!), neo4j: neo4jCpu, loadGenerator: ownCpuMs });
    const floorMeter = cpuMeter({ neo4j: neo4jCpu, driverProcess: ownCpuMs });
    let countsBefore: FactCacheCounts = { hits: 0, misses: 0 };
    const beforeMeasuring = async () => {
      countsBefore = await readFactCacheCounts(`http://127.0.0.1:${apiPort}/metrics`);
      oursMeter.start();
    };
    const ours: Measurement = await measureHttp(oursUrl, query.ours, { connections, seconds, beforeMeasuring });
    const oursCpu = oursMeter.perAnswer(ours.requests);
    const countsAfter = await readFactCacheCounts(`http://127.0.0.1:${apiPort}/metrics`);
    const factCache = { hits: countsAfter.hits - countsBefore.hits, misses: countsAfter.misses - countsBefore.misses };
    const oursUncached: Measurement = await measureHttp(uncachedUrl, query.ours, {
      connections,
      seconds,
      beforeMeasuring: async () => uncachedMeter.start(),
    });
    const oursUncachedCpu = uncachedMeter.perAnswer(oursUncached.requests);
    await settleNeo4j(driver);
    const peerFigures: Measurement = await measureHttp(peerUrl, query.peer, { connections, seconds });
    await settleNeo4j(driver);
    const floor: Measurement = await measureFloor(driver, query.floor, { connections, seconds, beforeMeasuring: async () => floorMeter.start() });
    const floorCpu = floorMeter.perAnswer(floor.requests);
    const statements = await captureOurStatements(driver, query.ours);
    const oursProfiles: StatementProfile[] = [];
    for (const statement of statements) oursProfiles.push(await profileStatement(driver, statement.name, statement.cypher, statement.params));
    const floorProfile = await profileStatement(driver, 'floor', query.floor.query, query.floor.variables(0));
    results.push({
      name: query.name,
      asOf: query.asOf,
      ours,
      // null when the question reads no fact through the cache (search answers from stored names).
      oursFactCache: { ...factCache, hitRatio: factCache.hits + factCache.misses === 0 ? null : round(factCache.hits / (factCache.hits + factCache.misses)) },
      oursUncached,
      // ms of CPU per answer: for ours the API, Neo4j and the load generator (this process);
      // for the floor Neo4j and the driver's process (this process).
      cpuMsPerAnswer: { ours: oursCpu, oursUncached: oursUncachedCpu, floor: floorCpu },
      peer: peerFigures,
      floor,
      ratios: {
        oursP50OverFloorP50: round(ours.p50 / floor.p50),
        oursRpsOverPeerRps: round(ours.rps / peerFigures.rps),
        oursP99OverPeerP99: round(ours.p99 / peerFigures.p99),
        oursUncachedP50OverFloorP50: round(oursUncached.p50 / floor.p50),
        oursUncachedRpsOverPeerRps: round(oursUncached.rps / peerFigures.rps),
      },
      dbHits: {
        ours: oursProfiles.reduce((n, p) => n + p.dbHits, 0),
        oursStatements: oursProfiles.map((p) => ({ name: p.name, dbHits: p.dbHits, labelScans: p.labelScans })),
        floor: floorProfile.dbHits,
        floorLabelScans: floorProfile.labelScans,
      },
    });
  }
  const figures = {
    kind: 'scale',
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadAverage1m: os.loadavg()[0],
      node: process.version,
    },
    size,
    dataset: { ...dataset.manifest, shards: dataset.manifest.shards.length, generateSeconds: dataset.generateSeconds },
    neo4j: { version: '5.26.30', ...memoryBySize[size], apoc: '5.26.19 (apoc-core and apoc-common from Maven Central)' },
    concurrency: connections,
    secondsPerMeasurement: seconds,
    seeding,
    importer: {
      threads: importer.threads,
      exportSeconds: round(importer.exportSeconds),
      importSeconds: round(importer.importSeconds),
      indexSeconds: round(importer.indexSeconds),
      seconds: round(importer.seconds),
      tenuresPerSecond: Math.round(dataset.manifest.tenures / importer.importSeconds),
      offlineSeedTenuresPerSecond: Math.round(dataset.manifest.tenures / importer.seconds),
      seederOverImporterTime: round(dataset.manifest.tenures / seeding.tenuresPerSecond / importer.importSeconds),
      offlineSeedOverImporterTime: round(importer.seconds / importer.importSeconds),
    },
    queries: results,
  };
  const resultsDir = path.join(projectRoot, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const json = `${JSON.stringify(figures, null, 2)}\n`;
  await writeFile(path.join(resultsDir, `${size}.json`), json);
  await writeFile(path.join(resultsDir, 'latest.json'), json);
  const table = renderTable(figures);
  await writeFile(path.join(resultsDir, `${size}.md`), table);
  console.log(table);
} finally {
  await stopProcess(api);
  await stopProcess(uncached);
  await stopProcess(peer);
  await driver.close();
  await stopScaleNeo4j(instance);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
