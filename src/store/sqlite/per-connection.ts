import type Database from 'better-sqlite3';

/**
 * Statements prepared once per connection and kept with it: preparing a statement costs about as much
 * as running a short one, and a store writes or searches thousands of times on one connection.
 */
export function perConnection<T>(make: (db: Database.Database) => T): (db: Database.Database) => T {
  const made = new WeakMap<Database.Database, T>();
  return (db) => {
    let s = made.get(db);
    if (s === undefined) {
      s = make(db);
      made.set(db, s);
    }
    return s;
  };
}
