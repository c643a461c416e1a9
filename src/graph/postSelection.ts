/** Which posts: of an organisation and its units, of a role; every post when both are null. */
export interface PostSelection {
  organizationId: string | null;
  roleKey: string | null;
}

/**
 * The posts of a selection, bound to `post`, over the parameters `$organizationId` and
 * `$roleKey`: each anchor starts from the index its selection points at (the
 * organisation's key, then its units; the role key), or reads every post when neither
 * is given.
 */
export const postAnchors = {
  all: 'MATCH (post:Post)',
  ofRole: 'MATCH (post:Post {roleKey: $roleKey})',
  within: `MATCH (:Organization {id: $organizationId})<-[:PART_OF*0..]-(:Organization)<-[:IN]-(post:Post)
      WHERE $roleKey IS NULL OR post.roleKey = $roleKey
      WITH DISTINCT post`,
};

export type PostAnchor = keyof typeof postAnchors;

/** The anchor a selection starts from. */
export function postAnchorOf(selection: PostSelection): PostAnchor {
  return selection.organizationId !== null ? 'within' : selection.roleKey !== null ? 'ofRole' : 'all';
}

/** One statement per anchor, named `<prefix>All`, `<prefix>OfRole`, `<prefix>Within`, as a repository's Cypher lists them. */
export function statementNames<P extends string>(prefix: P): Record<PostAnchor, `${P}${'All' | 'OfRole' | 'Within'}`> {
  return { all: `${prefix}All`, ofRole: `${prefix}OfRole`, within: `${prefix}Within` };
}
