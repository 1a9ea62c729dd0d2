// Saved worklist views per user (the built-in ones are code, not rows).
export const name = '0002-saved-views';
export const sql = `
CREATE TABLE saved_views (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  state TEXT NOT NULL,                -- JSON: sort, filter, quick
  created_at TEXT NOT NULL,
  UNIQUE (user_id, name)
);
`;
