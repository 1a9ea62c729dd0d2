import * as m0001 from './0001-init';
import * as m0002 from './0002-saved-views';
import * as m0003 from './0003-outbox';
import * as m0004 from './0004-reviews';

// Numbered migrations in order. They are TypeScript modules holding SQL (not .sql files) so that
// tsx, vitest and the electron-vite bundle all load them the same way, without a file lookup at run time.
export interface Migration { id: number; name: string; sql: string }

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004].map((m, i) => ({ id: i + 1, name: m.name, sql: m.sql }));
