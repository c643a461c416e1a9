import type { IsoDate } from '../domain/calendar.js';
import type { Counts as CountValues } from './generated/graphql.js';
import type { toConnection } from './cursors.js';
import type { OrganizationModel, PersonModel, PostModel, TenureModel, VacancyModel } from './models.js';
import type { PostSelection } from '../graph/postSelection.js';

/**
 * The parents of the counting types (codegen's mappers). A connection carries its
 * `totalCount` as a function, so the database counts only when a client asks for it.
 */

/** A page of a connection with a deferred count of the whole list. */
export type CountedConnection<T> = ReturnType<typeof toConnection<T>> & { totalCount: () => Promise<number> };

export type PersonConnectionModel = CountedConnection<PersonModel>;
export type OrganizationConnectionModel = CountedConnection<OrganizationModel>;
export type TenureConnectionModel = CountedConnection<TenureModel>;
export type VacancyConnectionModel = CountedConnection<VacancyModel>;
export type PostConnectionModel = CountedConnection<PostModel>;

/** The numbers of `counts`, as the schema has them. */
export type CountsModel = Omit<CountValues, '__typename'>;

/** One point of a series, with what its holdings are read from. */
export interface SeriesPointModel {
  at: IsoDate;
  heldCertainly: number;
  heldPossibly: number;
  vacant: number;
  selection: PostSelection;
  knownOn: IsoDate | null;
}
