import type { Capacity, Claim } from '../../domain/entities.js';
import { idOf } from '../text/idOf.js';
import type { DraftContext, RoleMention } from '../mentions/DraftContext.js';
import type { DraftDate, NewRoleProposal, OwnershipProposal, Span, Support, TenureProposal } from '../model.js';

/** A tenure proposal and the sentences that speak of it. */
interface Entry {
  tenure: TenureProposal;
  sentences: Set<number>;
}

/**
 * The proposals of one draft as the relation rules find them: tenures keyed by
 * person, organisation and role (one tenure per post and person, as the seeder
 * expects of one source), ownerships, new vocabulary words, and what could not be
 * placed. Every addition carries the spans that support it.
 */
export class ProposalBook {
  private readonly entries = new Map<string, Entry>();
  readonly ownerships = new Map<string, OwnershipProposal>();
  readonly newRoles = new Map<string, NewRoleProposal>();
  readonly unplaced: { text: string; span: Span; reason: string }[] = [];
  /** Tenures a text names as the person's present or past post ("die derzeitige Leiterin"), never the one a successor takes. */
  readonly previousPosts = new Set<string>();
  /** Sentences that announce a post whose holder the next sentence names: their dates are that person's. */
  readonly announced = new Map<number, string>();

  constructor(private readonly context: DraftContext) {}

  get tenures(): TenureProposal[] {
    return [...this.entries.values()].map((e) => e.tenure);
  }

  /** The tenure of a person on a post, created on first mention. */
  tenure(personId: string, organizationId: string, roleKey: string, sentence: number): TenureProposal {
    const key = `${personId}/${organizationId}/${roleKey}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const known = this.context.graph.tenures.find((t) => t.personId === personId && t.organizationId === organizationId && t.roleKey === roleKey);
      const tenure: TenureProposal = {
        id: known?.id ?? key,
        personId,
        organizationId,
        roleKey,
        capacity: null,
        start: null,
        end: null,
        predecessor: null,
        inference: null,
        support: [],
        unsure: null,
      };
      entry = { tenure, sentences: new Set() };
      this.entries.set(key, entry);
    }
    entry.sentences.add(sentence);
    return entry.tenure;
  }

  /** The role key a role word stands for; a word outside the vocabulary becomes a new-entry proposal. */
  roleKeyOf(role: RoleMention): { key: string; unsure: string | null } {
    if (role.roleKey) return { key: role.roleKey, unsure: null };
    const proposal = role.newRole!;
    const key = idOf(proposal.masculine);
    if (!this.newRoles.has(key)) this.newRoles.set(key, proposal);
    return {
      key,
      unsure: `"${proposal.word}" is no role of the vocabulary yet: add the proposed entry "${key}" to seeds/roles.yaml (or pick an existing key), then uncomment.`,
    };
  }

  /**
   * The tenure a sentence's statement about a person refers to: one of the person's
   * tenures that this sentence speaks of (at `organizationId` when given), else the
   * one spoken of nearest before it, else nearest after.
   */
  focus(
    personId: string,
    sentence: number,
    organizationId?: string | null,
    accept: (tenure: TenureProposal) => boolean = () => true,
  ): TenureProposal | undefined {
    const own = [...this.entries.values()].filter(
      (e) => e.tenure.personId === personId && (!organizationId || e.tenure.organizationId === organizationId) && accept(e.tenure),
    );
    if (own.length === 0) return undefined;
    const distance = (e: Entry) => Math.min(...[...e.sentences].map((s) => (s === sentence ? 0 : s < sentence ? sentence - s : 1000 + s - sentence)));
    const sure = own.filter((e) => !e.tenure.unsure);
    const pool = sure.length > 0 ? sure : own;
    return pool.sort((a, b) => distance(a) - distance(b))[0]!.tenure;
  }

  sentencesOf(tenure: TenureProposal): Set<number> {
    return this.entries.get(`${tenure.personId}/${tenure.organizationId}/${tenure.roleKey}`)?.sentences ?? new Set();
  }

  ownership(ownerId: string, ownedId: string): OwnershipProposal {
    const id = `${ownerId}/${ownedId}`;
    let ownership = this.ownerships.get(id);
    if (!ownership) {
      ownership = { id, ownerId, ownedId, percentage: null, start: null, support: [], unsure: null };
      this.ownerships.set(id, ownership);
    }
    return ownership;
  }

  setCapacity(tenure: TenureProposal, capacity: Capacity, span: Span, word: string): void {
    if (tenure.capacity) return;
    tenure.capacity = { value: capacity, inference: `"${word}"`, span };
    cite(tenure, [span], ['attribute']);
  }

  setDate(tenure: TenureProposal | OwnershipProposal, field: 'start' | 'end', date: DraftDate, claimSpan: Span): boolean {
    if (field === 'end' && !('end' in tenure)) return false;
    const target = tenure as { start: DraftDate | null; end?: DraftDate | null };
    const current = target[field];
    // The first date found wins, unless a later one is stated outright where the first was inferred.
    if (current && (current.date.inference === null || date.date.inference !== null)) return false;
    // A tenure cannot end before it began: "war von 2009 bis 2014 bei den Stadtwerken tätig" dates another, earlier post.
    const other = field === 'start' ? target.end : target.start;
    if (other && (field === 'start' ? date.date.earliest > other.date.latest : date.date.latest < other.date.earliest)) return false;
    target[field] = date;
    cite(tenure, [claimSpan, date.span], [field]);
    return true;
  }
}

/** Adds the claims that `spans` (one quote, once rendered) support. */
export function cite(target: { support: Support[] }, spans: Span[], claims: Claim[]): void {
  const key = spans.map((s) => `${s.start}-${s.end}`).join(',');
  const existing = target.support.find((s) => s.spans.map((x) => `${x.start}-${x.end}`).join(',') === key);
  if (existing) existing.claims = [...new Set([...existing.claims, ...claims])];
  else target.support.push({ spans, claims: [...new Set(claims)] });
}
