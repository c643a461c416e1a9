import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { projectRoot } from '../projectRoot.js';

/** The API contract, parsed once from the single SDL file at the top of the project. */
export const typeDefs: DocumentNode = parse(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
