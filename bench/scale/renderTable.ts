import type { Measurement } from './measure.js';

interface QueryFigures {
  name: string;
  ours: Measurement;
  /** Absent from runs before the cache of reconciled facts. */
  oursFactCache?: { hitRatio: number | null };
  oursUncached?: Measurement;
  peer: Measurement;
  floor: Measurement;
  ratios: { oursP50OverFloorP50: number; oursRpsOverPeerRps: number; oursUncachedP50OverFloorP50?: number; oursUncachedRpsOverPeerRps?: number };
  dbHits: { ours: number; floor: number; oursStatements: { labelScans: string[] }[]; floorLabelScans: string[] };
  /** Absent from runs before CPU was measured. */
  cpuMsPerAnswer?: {
    ours: { api: number; neo4j: number; loadGenerator: number };
    oursUncached: { api: number; neo4j: number; loadGenerator: number };
    floor: { neo4j: number; driverProcess: number };
  };
}

interface Figures {
  size: string;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; loadAverage1m: number | undefined };
  dataset: { tenures: number; people: number; organizations: number; sources: number };
  seeding: { commit: string; completed: boolean; tenures: number; tenuresPerSecond: number; seederPeakRssMiB: number; neo4jPeakRssMiB: number };
  importer: {
    threads: number;
    exportSeconds: number;
    importSeconds: number;
    indexSeconds: number;
    seconds: number;
    tenuresPerSecond: number;
    offlineSeedTenuresPerSecond: number;
    offlineSeedOverImporterTime: number;
  };
  queries: QueryFigures[];
}

/** CPU per answer by process, when the run measured it. */
function cpuTable(queries: QueryFigures[]): string[] {
  const measured = queries.filter((q) => q.cpuMsPerAnswer);
  if (measured.length === 0) return [];
  const way = (c: { api: number; neo4j: number; loadGenerator: number }) => `${c.api} + ${c.neo4j} + ${c.loadGenerator}`;
  return [
    'CPU per answer, ms, over the measured seconds (`/proc` of each process):',
    '',
    '| query | ours: API + Neo4j + load generator | no fact cache: API + Neo4j + load generator | floor: Neo4j + driver process |',
    '| --- | --- | --- | --- |',
    ...measured.map((q) => {
      const c = q.cpuMsPerAnswer!;
      return `| ${q.name} | ${way(c.ours)} | ${way(c.oursUncached)} | ${c.floor.neo4j} + ${c.floor.driverProcess} |`;
    }),
    '',
  ];
}

/** The readable form of one run, for bench/README.md. */
export function renderTable(f: Figures): string {
  const ms = (m: Measurement) => `${m.p50} / ${m.p99}`;
  const rps = (m: Measurement) => `${Math.round(m.rps)}${m.errors > 0 ? ` (${m.errors} errors)` : ''}`;
  const lines = [
    `### ${f.size}: ${f.dataset.tenures.toLocaleString('en')} tenures (${f.date.slice(0, 10)})`,
    '',
    `${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.memoryGiB} GiB, load average ${f.machine.loadAverage1m?.toFixed(1)} at the end (shared machine). ` +
      `${f.dataset.people.toLocaleString('en')} people, ${f.dataset.organizations.toLocaleString('en')} organisations, ${f.dataset.sources.toLocaleString('en')} sources.`,
    '',
    '| query | ours p50 / p99 ms | ours rps | fact cache hits | floor p50 / p99 ms | floor rps | peer p50 / p99 ms | peer rps | ours p50 ÷ floor p50 | ours rps ÷ peer rps | no fact cache: p50 / p99 ms, rps, p50 ÷ floor, rps ÷ peer | db hits ours / floor | label scans |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...f.queries.map((q) => {
      const scans = [...q.dbHits.oursStatements.flatMap((s) => s.labelScans), ...q.dbHits.floorLabelScans];
      // A way that timed out on nearly every request has no throughput worth a ratio.
      const peerAnswered = q.peer.requests > q.peer.errors;
      const peerRatio = peerAnswered ? String(q.ratios.oursRpsOverPeerRps) : 'n/a';
      const hits = q.oursFactCache?.hitRatio == null ? 'n/a' : `${Math.round(q.oursFactCache.hitRatio * 100)} %`;
      const uncached = q.oursUncached
        ? `${ms(q.oursUncached)}, ${rps(q.oursUncached)}, ${q.ratios.oursUncachedP50OverFloorP50}, ${peerAnswered ? q.ratios.oursUncachedRpsOverPeerRps : 'n/a'}`
        : 'n/a';
      return `| ${q.name} | ${ms(q.ours)} | ${rps(q.ours)} | ${hits} | ${ms(q.floor)} | ${rps(q.floor)} | ${ms(q.peer)} | ${rps(q.peer)} | ${q.ratios.oursP50OverFloorP50} | ${peerRatio} | ${uncached} | ${q.dbHits.ours} / ${q.dbHits.floor} | ${scans.length === 0 ? 'none' : scans.join('; ')} |`;
    }),
    '',
    ...cpuTable(f.queries),
    `Seeding (\`npm run seed:bulk\`, ${f.seeding.commit === 'once' ? 'one transaction' : 'a transaction per 4 shards'}${f.seeding.completed ? '' : ', stopped by the time box'}): ` +
      `${f.seeding.tenures.toLocaleString('en')} tenures at **${f.seeding.tenuresPerSecond} tenures/s**, seeder peak RSS ${f.seeding.seederPeakRssMiB} MiB, Neo4j peak RSS ${f.seeding.neo4jPeakRssMiB} MiB. ` +
      `Offline seed (\`npm run seed:bulk -- DIR --import\`): **${f.importer.seconds} s, ${f.importer.offlineSeedTenuresPerSecond} tenures/s** in all, ` +
      `${f.importer.offlineSeedOverImporterTime}× the importer's own time: validation and CSV on ${f.importer.threads} threads ${f.importer.exportSeconds} s, ` +
      `neo4j-admin import ${f.importer.importSeconds} s (${f.importer.tenuresPerSecond} tenures/s), starting Neo4j with constraints and indexes online ${f.importer.indexSeconds} s.`,
    '',
  ];
  return lines.join('\n');
}
