/**
 * The explorer's and dashboards' real questions about the seeded article, as the
 * load run sends them. Each is a named operation so the API's metrics and logs can
 * tell them apart.
 */
export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const articleQueries: BenchQuery[] = [
  {
    name: 'HoldersAsOf',
    query: `query HoldersAsOf($org: ID!, $role: String!, $at: Date!) {
      holders(organization: $org, role: $role, at: $at) { certainty tenure { id title person { id name } start { value precision } end { value precision } status } }
    }`,
    variables: { org: 'kl-digital', role: 'managing-director', at: '2022-03-01' },
  },
  {
    name: 'SuccessionChain',
    query: `query SuccessionChain($org: ID!, $role: String!) {
      succession(organization: $org, role: $role) {
        role { key label(lang: "de") }
        steps { vacancyBefore { from to } tenure { id title person { id name } start { value } end { value } status sources { quote source { title publishedOn } } } }
      }
    }`,
    variables: { org: 'kl-digital', role: 'managing-director' },
  },
  {
    name: 'PersonTimeline',
    query: `query PersonTimeline($id: ID!) {
      person(id: $id) {
        id name aliases birth { value earliest latest }
        tenures { id title(lang: "de") role { key label } organization { id name } start { value precision earliest latest } end { value precision earliest latest } honorary status lastConfirmedOn sources { quote source { id title publisher publishedOn } } }
      }
    }`,
    variables: { id: 'ilona-benz' },
  },
  {
    name: 'Search',
    query: `query Search($q: String!) { search(query: $q, first: 10) { id name kind score } }`,
    variables: { q: 'Kaiserslautern' },
  },
  {
    name: 'Owners',
    query: `query Owners($id: ID!) { organization(id: $id) { id name kind owners { percentage owner { id name } start { value } sources { quote } } } }`,
    variables: { id: 'kl-digital' },
  },
  {
    // A dashboard paging through every tenure of an organisation, a full page at a time.
    name: 'TenuresPage',
    query: `query TenuresPage($first: Int!, $after: String, $org: ID!) {
      tenures(first: $first, after: $after, filter: { organization: $org }) {
        edges { cursor node { id title status person { id name } role { key } organization { id name } start { value precision } end { value precision } sources { quote source { id publishedOn } } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: { first: 100, after: null, org: 'stadt-kaiserslautern' },
  },
  {
    name: 'Stats',
    query: `query Stats { stats { people organizations tenures ownerships sources citations } }`,
  },
];
