/**
 * The first lines of `npm test` (its `pretest` script): what the whole suite needs and
 * what this machine has. When something is missing it stops at once, saying how to
 * install it, instead of failing minutes later in a test's setup.
 */
import path from 'node:path';
import { loadDevelopmentConfig } from '../src/config.js';
import { findJava, findMaven, neo4jJarsResolved, neo4jLibDir, pinnedNeo4jVersion } from '../src/localNeo4j/runtime.js';
import { findChromium } from './e2e/findChromium.js';
import { minimumNodeVersion } from './nodeVersion.js';

interface Prerequisite {
  need: string;
  /** The Debian and Ubuntu package that provides it, for the install line. */
  debianPackage?: string;
  /** Resolves with what was found; rejects saying what is wrong. */
  find: () => Promise<string>;
}

const minimumNode = minimumNodeVersion();
const development = loadDevelopmentConfig();
const neo4jVersion = pinnedNeo4jVersion();

const prerequisites: Prerequisite[] = [
  {
    need: `Node.js ${minimumNode.major}.${minimumNode.minor} or newer`,
    find: async () => {
      const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
      if (major > minimumNode.major || (major === minimumNode.major && minor >= minimumNode.minor)) return process.version;
      throw new Error(`found ${process.version}: install Node.js ${minimumNode.major} LTS.`);
    },
  },
  {
    need: 'Java 17 or 21, to run Neo4j',
    debianPackage: 'openjdk-17-jre-headless',
    find: async () => {
      const java = await findJava(development.javaHome);
      return java === 'java' ? 'java on the PATH' : java;
    },
  },
  {
    need: `Maven 3.8 or newer, to fetch Neo4j ${neo4jVersion} once`,
    debianPackage: 'maven',
    find: async () => (neo4jJarsResolved() ? `not needed, the jars are already in ${path.relative(process.cwd(), neo4jLibDir())}/` : findMaven()),
  },
  { need: "Chromium, for the explorer's browser tests", debianPackage: 'chromium', find: async () => findChromium(development.chromiumPath) },
];

console.log(
  `npm test runs the unit tests, then the integration, browser and fault tests against Neo4j ${neo4jVersion} servers of its own\n` +
    `(in .neo4j/, on free ports) and the explorer in Chromium; it takes 6 to 8 minutes. It needs:`,
);
const missing: Prerequisite[] = [];
for (const prerequisite of prerequisites) {
  try {
    console.log(`  ok       ${prerequisite.need}: ${await prerequisite.find()}`);
  } catch (error) {
    missing.push(prerequisite);
    // The first sentence says what is wrong; the install line below says what to do.
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  MISSING  ${prerequisite.need}: ${/^.*?\.(?=\s|$)/s.exec(message)?.[0] ?? message}`);
  }
}
if (missing.length > 0) {
  const packages = missing.flatMap((prerequisite) => prerequisite.debianPackage ?? []);
  console.error(
    `\nnpm test stops here: ${missing.length} of its prerequisites ${missing.length === 1 ? 'is' : 'are'} missing.` +
      (packages.length > 0 ? ` On Debian or Ubuntu: sudo apt-get install -y ${packages.join(' ')}` : '') +
      `\nnpm run test:unit needs none of them (README.md, Development).`,
  );
  process.exit(1);
}
