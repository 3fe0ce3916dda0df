// `crosscheck gazetteer import FILE`: loads a GeoNames dump (allCountries.txt, or a country file
// such as UA.txt with every village) into the ledger, so that extraction resolves places the
// built-in gazetteer lacks. The file is read line by line, so a dump of any size fits.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Argument, Option, type Command } from "commander";
import { parseGeonamesTsv } from "../core/places/geonames-tsv.js";
import type { Store } from "../store/store.js";
import { wholeNumber, withStore, type Io } from "./shared.js";

const CHUNK_LINES = 5_000;
const SHOWN_ERRORS = 20;

interface ImportSummary {
  imported: number;
  skipped: number;
  bad: number;
}

/** "RU.41<TAB>Kursk<TAB>..." (admin1CodesASCII.txt) -> "RU.41" => "Kursk". */
async function readAdmin1Names(path: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const line of (await readFile(path, "utf8")).split("\n")) {
    const [code, name] = line.split("\t");
    if (code && name) names.set(code, name);
  }
  return names;
}

export async function importGeonames(io: Io, store: Store, file: string, options: { admin1Names?: Map<string, string>; minPopulation?: number }): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, skipped: 0, bad: 0 };
  let chunk: string[] = [];
  let firstLine = 1;
  let lineNumber = 0;
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const result = parseGeonamesTsv(chunk.join("\n"), { firstLine, admin1Names: options.admin1Names, minPopulation: options.minPopulation });
    for (const error of result.errors) {
      if (summary.bad < SHOWN_ERRORS) io.err.write(`${file}:${error.line}: ${error.message}\n`);
      summary.bad++;
    }
    summary.skipped += result.skipped;
    summary.imported += await store.putPlaces(result.records);
    firstLine = lineNumber + 1;
    chunk = [];
  };
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    chunk.push(line);
    if (chunk.length >= CHUNK_LINES) await flush();
  }
  await flush();
  if (summary.bad > SHOWN_ERRORS) io.err.write(`... and ${summary.bad - SHOWN_ERRORS} more bad lines\n`);
  return summary;
}

export function registerGazetteerCommands(program: Command, io: Io, dbOption: () => Option, setExit: (code: number) => void): void {
  program.command("gazetteer")
    .description("import a GeoNames dump into the ledger; extraction then resolves its places too (Data (c) GeoNames, CC BY 4.0)")
    .addArgument(new Argument("<action>", "what to do").choices(["import"]))
    .argument("<file>", "a GeoNames dump: allCountries.txt, a country file such as UA.txt, or cities500.txt")
    .addOption(new Option("--admin1 <file>", "admin1CodesASCII.txt, to name first-level regions (else they keep their codes)"))
    .addOption(new Option("--min-population <n>", "skip populated places smaller than this").argParser(wholeNumber(0)))
    .addOption(dbOption())
    .action(async (_action: string, file: string, options: { db: string; admin1?: string; minPopulation?: number }) => {
      for (const path of [file, options.admin1]) {
        if (path === undefined) continue;
        const info = await stat(path).catch(() => null);
        if (!info?.isFile()) {
          io.err.write(`${path}: no such file\n`);
          setExit(2);
          return;
        }
      }
      const admin1Names = options.admin1 ? await readAdmin1Names(options.admin1) : undefined;
      const summary = await withStore(options.db, (store) => importGeonames(io, store, file, { admin1Names, minPopulation: options.minPopulation }));
      io.err.write(`${summary.imported} places imported, ${summary.skipped} other features skipped, ${summary.bad} bad lines\n`);
      if (summary.bad > 0) setExit(1);
    });
}
