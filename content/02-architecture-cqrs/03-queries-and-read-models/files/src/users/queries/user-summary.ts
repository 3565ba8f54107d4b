/**
 * The read model: one denormalised row per user, shaped for the screens that
 * show users. It has no password hash, and it holds a count the write model
 * never stores.
 */
export interface UserSummary {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** How many times the display name has changed. */
  readonly renameCount: number;
  /**
   * Version of the last event applied to this row. A caller holding the version
   * a command returned can tell whether this view has caught up with it.
   */
  readonly version: number;
}

/** One page of ListUsers. */
export interface UserPage {
  readonly items: UserSummary[];
  /** How many users there are across all pages. */
  readonly total: number;
}
