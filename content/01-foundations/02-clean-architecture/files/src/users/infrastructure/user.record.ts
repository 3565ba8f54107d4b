/** One row of the users table, shaped the way the database stores it. */
export interface UserRecord {
  id: string;
  email: string;
  registered_at: string;
}
