// The cross-article commands: disputes, series, verdicts, and rebuilding the ledger.
import { Argument, type Command, type Option } from "commander";
import type { Dispute, FigureSeries, LedgerSnapshot, Verdict } from "../ledger/types.js";
import { rebuildLedger } from "../pipeline/ledger.js";
import type { Store } from "../store/store.js";
import { withStore, type Io } from "./shared.js";
import { renderTable } from "./table.js";

async function snapshotOf(store: Store): Promise<LedgerSnapshot> {
  const saved = await store.loadLedger();
  return (saved ?? (await rebuildLedger(store))).snapshot;
}

function printJson(io: Io, rows: unknown[]): void {
  for (const row of rows) io.out.write(`${JSON.stringify(row)}\n`);
}

function sources(refs: { articleId: number; claimId: string | null }[]): string {
  return refs.map((r) => `${r.articleId}${r.claimId ? `/${r.claimId}` : ""}`).join(" ");
}

export function filterSeries(series: FigureSeries[], measure?: string, place?: string): FigureSeries[] {
  const has = (value: string, wanted?: string): boolean => !wanted || value.toLowerCase().includes(wanted.toLowerCase());
  return series.filter((s) => has(s.measure, measure) && has(s.place, place));
}

export function registerLedgerCommands(program: Command, io: Io, dbOption: () => Option): void {
  program.command("disputes")
    .description("claims that cannot all hold: conflicting figures, relative figures, denials, roles told two ways")
    .option("--json", "JSON Lines instead of a table")
    .addOption(dbOption())
    .action(async (options: { db: string; json?: boolean }) => {
      const disputes = await withStore(options.db, async (store) => (await snapshotOf(store)).disputes);
      if (options.json) return printJson(io, disputes);
      io.out.write(`${renderTable(disputes, [
        { title: "kind", value: (d: Dispute) => `${d.kind}${d.hard ? "" : " (soft)"}` },
        { title: "sides", value: (d) => d.sides.join(" vs ") },
        { title: "about", value: (d) => d.propositions.join(", "), max: 44 },
        { title: "why", value: (d) => d.explanation, max: 90 },
        { title: "claims (article/claim)", value: (d) => sources(d.claims), max: 30 },
      ])}\n${disputes.length} disputes\n`);
    });

  program.command("series")
    .description("each side's figure for one quantity over time, by claim date")
    .option("--measure <name>", "only measures whose name contains this (territory, losses, evacuees ...)")
    .option("--place <name>", "only places whose name contains this")
    .option("--json", "JSON Lines instead of a table")
    .addOption(dbOption())
    .action(async (options: { db: string; json?: boolean; measure?: string; place?: string }) => {
      const series = await withStore(options.db, async (store) => filterSeries((await snapshotOf(store)).series, options.measure, options.place));
      if (options.json) return printJson(io, series);
      io.out.write(`${renderTable(series, [
        { title: "measure", value: (s: FigureSeries) => s.measure, max: 24 },
        { title: "subject", value: (s) => s.subject, max: 12 },
        { title: "place", value: (s) => s.place, max: 20 },
        { title: "side", value: (s) => s.side, max: 16 },
        { title: "values by claim date", value: (s) => s.printed, max: 400 },
      ])}\n${series.length} series\n`);
    });

  program.command("verdicts")
    .description("per proposition and event: corroborated, disputed, single-source or unverified, with the reason")
    .option("--json", "JSON Lines instead of a table")
    .addOption(dbOption())
    .action(async (options: { db: string; json?: boolean }) => {
      const verdicts = await withStore(options.db, async (store) => (await snapshotOf(store)).verdicts);
      if (options.json) return printJson(io, verdicts);
      io.out.write(`${renderTable(verdicts, [
        { title: "verdict", value: (v: Verdict) => v.verdict },
        { title: "about", value: (v) => v.targetId, max: 50 },
        { title: "why", value: (v) => v.explanation, max: 90 },
        { title: "claims", value: (v) => sources(v.claims), max: 24 },
      ])}\n${verdicts.length} verdicts\n`);
    });

  program.command("copies")
    .description("re-published copies of one story (near-duplicate texts), which count once for independence")
    .option("--json", "JSON Lines instead of a table")
    .addOption(dbOption())
    .action(async (options: { db: string; json?: boolean }) => {
      const groups = await withStore(options.db, async (store) => (await snapshotOf(store)).wireGroups);
      if (options.json) return printJson(io, groups);
      io.out.write(`${renderTable(groups, [
        { title: "original", value: (g) => String(g.canonical) },
        { title: "copies", value: (g) => g.members.filter((m) => m !== g.canonical).join(" ") },
        { title: "similarity", value: (g) => g.pairs.map((p) => p.similarity.toFixed(2)).join(" ") },
        { title: "rule", value: (g) => g.rule, max: 40 },
      ])}\n${groups.length} groups of copies\n`);
    });

  program.command("ledger")
    .description("show the whole cross-article ledger as JSON, or rebuild it from every stored article")
    .addArgument(new Argument("<action>", "show: print the snapshot; rebuild: derive it again from scratch").choices(["show", "rebuild"]))
    .addOption(dbOption())
    .action(async (action: string, options: { db: string }) => {
      if (action === "show") {
        const snapshot = await withStore(options.db, (store) => snapshotOf(store));
        io.out.write(`${JSON.stringify(snapshot)}\n`);
        return;
      }
      const { articles } = await withStore(options.db, (store) => rebuildLedger(store));
      io.err.write(`ledger rebuilt from ${articles} articles\n`);
    });
}
