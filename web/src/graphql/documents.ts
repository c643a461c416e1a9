import { graphql } from './generated/index.js';

/**
 * The explorer's GraphQL documents, written against the public schema only. Codegen
 * (`npm run codegen`) checks each against schema.graphql and types what it selects;
 * at run time each is the document's text with the fragments it uses appended.
 *
 * No document depends on the as-of date: whether a fact held on a day follows from its
 * `certain` and `possible` intervals (see `certaintyOn`), so changing the date never
 * asks the API again, and no date is ever made up to fill a required argument.
 */

export const dateFragment = graphql(`
  fragment ExplorerDate on PartialDate {
    value
    precision
    earliest
    latest
    inference(lang: $lang)
    disputed
  }
`);

/** A quote and where it sits; the source's full text is read only when a dialog shows it. */
export const citationFragment = graphql(`
  fragment ExplorerCitation on Citation {
    quote
    startOffset
    endOffset
    source {
      id
      title
      publisher
      url
      published {
        value
        latest
      }
    }
  }
`);

export const tenureFragment = graphql(`
  fragment ExplorerTenure on Tenure {
    id
    titleDe: title(lang: "de")
    titleEn: title(lang: "en")
    person {
      id
      name
    }
    organization {
      id
      name
      kind
      partOf {
        id
        name
      }
    }
    role {
      key
    }
    start {
      ...ExplorerDate
    }
    end {
      ...ExplorerDate
    }
    capacity
    inference(lang: $lang)
    status
    disputed
    lastConfirmedOn
    certain {
      from
      to
    }
    possible {
      from
      to
    }
    sources {
      ...ExplorerCitation
    }
  }
`);

export const ownershipFragment = graphql(`
  fragment ExplorerOwnership on Ownership {
    owner {
      id
      name
      kind
    }
    owned {
      id
      name
      kind
    }
    percentage
    disputed
    start {
      ...ExplorerDate
    }
    end {
      ...ExplorerDate
    }
    sources {
      ...ExplorerCitation
    }
  }
`);

/** Which source states a value, and whether its claim counts toward the answer. */
export const claimSourceFragment = graphql(`
  fragment ExplorerClaimSource on FieldClaim {
    counts
    source {
      id
      title
    }
  }
`);

/** One source's value for a field, for the sources dialog of a disputed fact. */
export const claimFragment = graphql(`
  fragment ExplorerClaim on FieldClaim {
    field
    value
    counts
    rank
    rankReason
    inferred
    source {
      id
    }
  }
`);

/**
 * Where sources print a person's name wrongly, read when the sources dialog of one of
 * the person's facts opens, so that the analyst's correction stands beside such a quote.
 */
export const misnamingsDocument = graphql(`
  query ExplorerMisnamings($id: ID!) {
    person(id: $id) {
      misnamings {
        namedAs
        correction
        source {
          id
        }
      }
    }
  }
`);

/**
 * What each source says of a person's disputed facts (the birth and every tenure), read
 * only when the sources dialog of a disputed fact opens.
 */
export const personClaimsDocument = graphql(`
  query ExplorerPersonClaims($id: ID!, $knownOn: Date) {
    person(id: $id, knownOn: $knownOn) {
      disputedFields
      claims {
        ...ExplorerClaim
      }
      tenures {
        id
        disputedFields
        claims {
          ...ExplorerClaim
        }
      }
    }
  }
`);

/** What each source says of an organisation and the stakes held in it, for the dialog of a disputed one. */
export const stakeClaimsDocument = graphql(`
  query ExplorerStakeClaims($id: ID!, $knownOn: Date) {
    organization(id: $id, knownOn: $knownOn) {
      disputedFields
      claims {
        ...ExplorerClaim
      }
      owners {
        ...ExplorerStakeKey
        disputedFields
        claims {
          ...ExplorerClaim
        }
      }
    }
  }
`);

/** What identifies a stake: who holds it in whom. */
export const stakeKeyFragment = graphql(`
  fragment ExplorerStakeKey on Ownership {
    owner {
      id
    }
    owned {
      id
    }
  }
`);

/**
 * An organisation's stakes both ways as known on `knownOn`, and with an as-of day the
 * ones the API says were held then (`ownersAsOf`, `holdingsAsOf`), so a view can say
 * what it dims or leaves out. Uses the variables `$knownOn`, `$asOf` and `$withAsOf`.
 */
export const stakesFragment = graphql(`
  fragment ExplorerStakes on Organization {
    owners(knownOn: $knownOn) {
      ...ExplorerOwnership
    }
    holdings(knownOn: $knownOn) {
      ...ExplorerOwnership
    }
    ownersAsOf: owners(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
      ...ExplorerStakeKey
    }
    holdingsAsOf: holdings(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
      ...ExplorerStakeKey
    }
  }
`);

/** One post's holders in order; the organisation page asks for one per post (see `successionQuery`). */
export const chainFragment = graphql(`
  fragment ExplorerChain on Succession {
    steps {
      vacancyBefore {
        from
        to
      }
      tenure {
        ...ExplorerTenure
      }
    }
  }
`);

export const searchDocument = graphql(`
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 10) {
      id
      name
      kind
      score
      misnamedAs
    }
  }
`);

/** What a search hit's line says about a person: the roles, of which the page shows the latest. */
export const hitPersonFragment = graphql(`
  fragment ExplorerHitPerson on Person {
    id
    tenures {
      titleDe: title(lang: "de")
      titleEn: title(lang: "en")
      status
      organization {
        name
      }
      start {
        ...ExplorerDate
      }
      end {
        ...ExplorerDate
      }
    }
  }
`);

/** What a search hit's line says about an organisation: its kind, parent and description. */
export const hitOrganizationFragment = graphql(`
  fragment ExplorerHitOrganization on Organization {
    id
    kind
    legalForm
    seat
    descriptionDe: description(lang: "de")
    descriptionEn: description(lang: "en")
    partOf {
      name
    }
  }
`);

export const statsDocument = graphql(`
  query ExplorerStats {
    stats {
      people
      organizations
      tenures
      ownerships
      sources
      citations
    }
  }
`);

/**
 * A person as known on `knownOn` (null when no source had named them by then), and what
 * is known of them at all (`everything`), so the page can say what the date hides. The
 * birth's own claims give its sources, apart from the quotes about the person's name.
 */
export const personDocument = graphql(`
  query ExplorerPerson($id: ID!, $lang: String!, $knownOn: Date) {
    person(id: $id, knownOn: $knownOn) {
      id
      name
      aliases
      honorific
      disputedFields
      birth {
        ...ExplorerDate
      }
      birthClaims: claims(field: "birth") {
        quotes {
          ...ExplorerCitation
        }
      }
      sources {
        ...ExplorerCitation
      }
      tenures {
        ...ExplorerTenure
      }
      activities {
        id
        description(lang: $lang)
        lastConfirmedOn
        sources {
          ...ExplorerCitation
        }
      }
    }
    everything: person(id: $id) {
      name
      aliases
      birth {
        value
      }
      tenures {
        id
      }
      activities {
        id
      }
      sources {
        source {
          id
        }
      }
    }
  }
`);

/**
 * An organisation as known on `knownOn`, with its posts (whose chains follow in a second
 * query), the stakes held on the as-of day when there is one, what is known of it at all
 * (`everything`), and the posts vacant on `day` (the as-of day, else today), for the
 * vacancy after a post's last holder.
 */
export const organizationDocument = graphql(`
  query ExplorerOrganization($id: ID!, $lang: String!, $knownOn: Date, $asOf: Date, $withAsOf: Boolean!, $day: Date!) {
    organization(id: $id, knownOn: $knownOn) {
      id
      name
      aliases
      kind
      status
      disputed
      description(lang: $lang)
      legalForm
      legalFormClaims: claims(field: "legalForm") {
        ...ExplorerClaimSource
      }
      seat
      seatClaims: claims(field: "seat") {
        ...ExplorerClaimSource
      }
      identifiers {
        scheme
        value
        url
        source {
          id
          title
        }
      }
      sources {
        ...ExplorerCitation
      }
      plans {
        id
        description(lang: $lang)
        sources {
          ...ExplorerCitation
        }
      }
      partOf {
        id
        name
        kind
      }
      units {
        id
        name
        kind
      }
      ...ExplorerStakes
      posts {
        id
        role {
          key
          labelDe: label(lang: "de")
          labelEn: label(lang: "en")
        }
      }
    }
    everything: organization(id: $id) {
      name
      description(lang: $lang)
      owners {
        owner {
          id
        }
      }
      holdings {
        owned {
          id
        }
      }
      plans {
        id
      }
      units {
        id
      }
      sources {
        source {
          id
        }
      }
    }
    vacancies(at: $day, organization: $id, knownOn: $knownOn, first: 100) {
      edges {
        node {
          post {
            id
          }
          previous {
            id
            end {
              ...ExplorerDate
            }
          }
          next {
            id
          }
        }
      }
    }
  }
`);

/** A source with its text and every fact taken from it, each fact with all its quotes. */
export const sourceDocument = graphql(`
  query ExplorerSource($id: ID!, $lang: String!) {
    source(id: $id) {
      id
      title
      publisher
      url
      published {
        value
        latest
      }
      author
      language
      photoCredit
      text
      facts {
        people {
          id
          name
          sources {
            ...ExplorerCitation
          }
        }
        organizations {
          id
          name
          kind
          description(lang: $lang)
          sources {
            ...ExplorerCitation
          }
        }
        tenures {
          ...ExplorerTenure
        }
        ownerships {
          ...ExplorerOwnership
        }
        plans {
          id
          description(lang: $lang)
          organizations {
            id
            name
          }
          sources {
            ...ExplorerCitation
          }
        }
        activities {
          id
          description(lang: $lang)
          person {
            id
            name
          }
          sources {
            ...ExplorerCitation
          }
        }
      }
    }
  }
`);

/** A source's full text, read when a dialog shows it. */
export const sourceTextDocument = graphql(`
  query ExplorerSourceText($id: ID!) {
    source(id: $id) {
      id
      text
    }
  }
`);

/**
 * One node of the network and its neighbours as known on `knownOn`: a person's posts, or
 * an organisation's holders, owners, holdings, parent and units. Tenures carry their
 * intervals and are checked against the as-of day here; for stakes the API says which
 * were held that day (see `ExplorerStakes`), so the page can say what it leaves out.
 * The holders come as one page of the tenures of the organisation and its units (a
 * bounded list, unlike every post's tenures); those of units are left to their own node.
 */
export const networkNodeDocument = graphql(`
  query ExplorerNetworkNode($id: ID!, $lang: String!, $knownOn: Date, $asOf: Date, $withAsOf: Boolean!) {
    person(id: $id, knownOn: $knownOn) {
      id
      name
      tenures {
        ...ExplorerTenure
      }
    }
    organization(id: $id, knownOn: $knownOn) {
      id
      name
      kind
      sources {
        ...ExplorerCitation
      }
      partOf {
        id
        name
        kind
      }
      units {
        id
        name
        kind
        sources {
          ...ExplorerCitation
        }
      }
      ...ExplorerStakes
    }
    holders: tenures(filter: { organization: $id }, knownOn: $knownOn, first: 100) {
      edges {
        node {
          ...ExplorerTenure
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
