/**
 * The peer: the same graph as @neo4j/graphql users would describe it, with
 * `@relationship` for every edge the key queries follow and `@fulltext` over the
 * name index rolegraph already maintains. The library generates the API from this.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Person @node @fulltext(indexes: [{ indexName: "entityNames", queryName: "peopleByName", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    aliases: [String!]
    searchText: String
    tenures: [Tenure!]! @relationship(type: "HOLDS", direction: OUT)
  }

  type Tenure @node {
    id: ID!
    capacity: String
    startValue: String
    startEarliest: Date
    startLatest: Date
    endValue: String
    endEarliest: Date
    endLatest: Date
    person: [Person!]! @relationship(type: "HOLDS", direction: IN)
    post: [Post!]! @relationship(type: "OF_POST", direction: OUT)
    predecessor: [Tenure!]! @relationship(type: "SUCCEEDED", direction: OUT)
  }

  type Post @node {
    id: ID!
    roleKey: String!
    organizationId: String!
    organization: [Organization!]! @relationship(type: "IN", direction: OUT)
    tenures: [Tenure!]! @relationship(type: "OF_POST", direction: IN)
  }

  type Organization @node @fulltext(indexes: [{ indexName: "entityNames", queryName: "organizationsByName", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    kind: String
    searchText: String
    stakes: [Ownership!]! @relationship(type: "STAKE_IN", direction: IN)
  }

  type Ownership @node {
    id: ID!
    percentage: Float
    owner: [Organization!]! @relationship(type: "OWNS", direction: IN)
  }
`;
