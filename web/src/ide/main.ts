/**
 * The in-browser GraphQL IDE at /graphiql: GraphiQL with its Monaco editor and workers
 * bundled by Vite, so it works on machines and newsroom networks without internet.
 * GraphiQL needs React; only this page loads it.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import schemaSource from '../../../schema.graphql?raw';

/** A first question to run, showing the contract's core: a person's tenures with their sources. */
const defaultQuery = `# rolegraph: who held which role, when, and which sentence says so.
# Press the run button (or Ctrl+Enter) to ask.
{
  stats { people organizations tenures sources }
  person(id: "ilona-benz") {
    name
    birth { value earliest latest }
    tenures {
      title(lang: "de")
      organization { name }
      start { value precision }
      end { value precision }
      status
      sources { quote source { title publishedOn } }
    }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('The IDE needs an element with id "graphiql" in graphiql.html.');
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
// The contract is bundled instead of introspected: production servers turn introspection
// off, and the API's cost limit refuses GraphiQL's deep introspection query anyway.
const schema = buildSchema(schemaSource);
createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery, schema }));
