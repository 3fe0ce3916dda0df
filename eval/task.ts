// The shape every evaluation task exports (eval/<name>.ts exports `task`).
export interface EvalOptions {
  /** Folder holding the shared datasets (the one with eval/ and data/ inside). */
  shared: string;
  /** Print per-document errors to learn from. */
  errors: boolean;
  /** Score at most this many documents (quick runs). */
  limit: number | null;
}

export interface EvalTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export interface EvalTask {
  name: string;
  description: string;
  run(options: EvalOptions): Promise<EvalTable[]>;
}
