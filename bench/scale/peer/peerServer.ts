/**
 * The peer API for the scale benchmark: @neo4j/graphql over the bench Neo4j, served by
 * Apollo Server on loopback as its users deploy it. Run as its own process (like
 * rolegraph's API) so both are measured alike. It reads the variables rolegraph's API
 * reads (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, HOST, PORT), through the same config.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config.js';
import { peerTypeDefs } from './peerTypeDefs.js';

const config = loadConfig();
if (config.neo4j.kind !== 'external') throw new Error('The peer API needs NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD of the bench Neo4j.');
const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { host: config.http.host, port: config.http.port } });
console.log(`peer ready at ${url}`);
const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
