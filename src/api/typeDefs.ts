import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { projectRoot } from '../projectRoot.js';

/** Where the API contract lives: the single SDL file at the top of the project. */
export const schemaPath = path.join(projectRoot, 'schema.graphql');

/** The API contract as written, served at /schema.graphql. */
export const schemaSource: string = readFileSync(schemaPath, 'utf8');

/** The API contract, parsed once. */
export const typeDefs: DocumentNode = parse(schemaSource);

/**
 * The description the contract gives a scalar. A resolver's GraphQLScalarType replaces
 * the SDL's scalar whole, description included, so the scalar takes it from here.
 */
export function scalarDescription(name: string): string | undefined {
  const definition = typeDefs.definitions.find((node) => node.kind === Kind.SCALAR_TYPE_DEFINITION && node.name.value === name);
  return definition?.kind === Kind.SCALAR_TYPE_DEFINITION ? definition.description?.value : undefined;
}
