/**
 * The peer API for the scale benchmark: @neo4j/graphql over the bench Neo4j, served by
 * Apollo Server on loopback as its users deploy it. Run as its own process (like
 * rolegraph's API) so both are measured alike. Env: NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD, PORT.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './peerTypeDefs.js';

const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4100) } });
console.log(`peer ready at ${url}`);
const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
