import path from 'node:path';
import { projectRoot } from '../projectRoot.js';

/** Everything the local Neo4j needs lives under `.neo4j/` (git-ignored). */
export const localNeo4jRoot = path.join(projectRoot, '.neo4j');

/** The Maven project that pins the Neo4j version and copies its runtime jars. */
export const neo4jPom = path.join(projectRoot, 'tools', 'neo4j', 'pom.xml');

/** The folders of one local Neo4j instance; `main` serves `npm start`, `test` the test suite. */
export interface InstancePaths {
  name: string;
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  importDir: string;
  passwordFile: string;
  stateFile: string;
  consoleLog: string;
}

/** Lays out the folders of the named instance (nothing is created here). */
export function instancePaths(name: string, root: string = localNeo4jRoot): InstancePaths {
  const home = path.join(root, name);
  return {
    name,
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    run: path.join(home, 'run'),
    plugins: path.join(home, 'plugins'),
    importDir: path.join(home, 'import'),
    passwordFile: path.join(home, 'password'),
    stateFile: path.join(home, 'run', 'state.json'),
    consoleLog: path.join(home, 'logs', 'console.log'),
  };
}
