/**
 * npm run db:start | db:stop | db:status — manages the checkout's own Neo4j
 * (see README.md, "Neo4j without Docker").
 */
import { loadConfig } from '../config.js';
import { statusLocalNeo4j, stopLocalNeo4j } from '../localNeo4j/LocalNeo4j.js';
import { mainInstance, resolveNeo4j } from './resolveNeo4j.js';
import { runCommand } from './runCommand.js';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  if (config.neo4j.kind === 'external' && command !== 'status') {
    console.error(`NEO4J_URI is set (${config.neo4j.uri}): rolegraph uses that server and does not manage it. Unset NEO4J_URI to use the local one.`);
    return 1;
  }
  switch (command) {
    case 'start': {
      const started = performance.now();
      const neo4j = await resolveNeo4j(config, (line) => console.log(line));
      console.log(
        `Neo4j is ready at ${neo4j.uri} (user ${neo4j.user}, database ${neo4j.database}) after ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(mainInstance);
      console.log(stopped ? 'Neo4j stopped; its data is kept in .neo4j/main/data.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      if (config.neo4j.kind === 'external') {
        console.log(`Using the external Neo4j at ${config.neo4j.uri} (not managed by rolegraph).`);
        return 0;
      }
      const status = await statusLocalNeo4j(mainInstance);
      if (status.running) {
        console.log(`Neo4j ${status.version} is running at ${status.uri} (pid ${status.pid}, since ${status.startedAt}).`);
      } else {
        console.log(`Neo4j is not running. Start it with npm run db:start. Logs: ${status.logFile}`);
      }
      // Like service managers: 0 running, 3 not running.
      return status.running ? 0 : 3;
    }
    default:
      console.error('Usage: tsx src/cli/db.ts start|stop|status');
      return 2;
  }
}

runCommand(() => main(process.argv[2]));
