// Batched writes to the article full-text index. Indexing one article per transaction costs about
// six times as much as indexing a batch (FTS5 merges its segments on every commit), so articles are
// stored at once (in the ingest's transactions) and indexed in larger batches. `fts_state.indexed_upto`
// records the last indexed article id, so a crash between the two loses nothing: opening the
// ledger indexes whatever was stored after it.
import type Database from "better-sqlite3";

const BATCH = 256;

interface Pending {
  id: number;
  title: string;
  text: string;
}

export class FtsBatcher {
  private pending: Pending[] = [];
  private readonly insert: Database.Statement;
  private readonly mark: Database.Statement;
  private readonly writeBatch: (rows: Pending[]) => void;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)");
    this.mark = db.prepare("UPDATE fts_state SET indexed_upto = max(indexed_upto, ?) WHERE id = 1");
    this.writeBatch = db.transaction((rows: Pending[]) => {
      let upto = 0;
      for (const row of rows) {
        this.insert.run(row.id, row.title, row.text);
        upto = Math.max(upto, row.id);
      }
      this.mark.run(upto);
    });
    this.catchUp();
  }

  /** Queues an article stored since the last flush; writes the batch when it is full. */
  add(id: number, title: string | null, text: string): void {
    this.pending.push({ id, title: title ?? "", text });
    if (this.pending.length >= BATCH) this.flush();
  }

  /** Writes what is queued: called before every full-text query and on close. */
  flush(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    this.writeBatch(rows);
  }

  /** Indexes articles a previous process stored but did not get to index. */
  private catchUp(): void {
    const { indexed_upto: upto } = this.db.prepare("SELECT indexed_upto FROM fts_state WHERE id = 1").get() as { indexed_upto: number };
    const missing = this.db.prepare("SELECT id, coalesce(title, '') AS title, text FROM articles WHERE id > ? ORDER BY id").all(upto) as Pending[];
    for (let i = 0; i < missing.length; i += BATCH) this.writeBatch(missing.slice(i, i + BATCH));
  }
}
