// A throw-away PostgreSQL cluster for tests: initdb in a temp dir, listening on 127.0.0.1 at a
// free port with its socket in the same dir, removed at the end. initdb refuses to run as root, so
// under root every server command runs as the `postgres` OS user (runuser) on a dir it owns.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export interface PgCluster {
  /** Connection URL for a database of this cluster. */
  url(database: string): string;
  /** Creates an empty database with a fresh name and returns its URL. */
  createDatabase(): Promise<string>;
  /** `pg_ctl stop -m fast`: the server goes away, clients see their connections closed. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server at once and deletes its files. */
  dispose(): Promise<void>;
}

export const MISSING_POSTGRES =
  "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
  "Install Debian's postgresql package (apt-get install postgresql); CI installs it.";

/** Directory holding initdb and pg_ctl: PATH first, else the newest Debian version dir. */
export function findPostgresBin(): string {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(MISSING_POSTGRES);
  return join(root, versions[0], "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startCluster(): Promise<PgCluster> {
  const bin = findPostgresBin();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "cc-pg-"));
  // Working ledgers the stores under test keep land here, removed with the cluster, not in the user's cache.
  process.env.CROSSCHECK_CACHE_DIR = join(dir, "ledger-cache");
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  const port = await freePort();
  const osUser = asRoot ? "postgres" : userInfo().username;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]] : [join(bin, tool), args];
  const exec = async (tool: string, args: string[]): Promise<void> => {
    const [file, argv] = command(tool, args);
    try {
      await run(file, argv, { cwd: dir, timeout: 60_000 });
    } catch (error) {
      const e = error as Error & { stderr?: string };
      throw new Error(`${tool} ${args.join(" ")} failed: ${e.stderr || e.message}`);
    }
  };
  // The server's own options: loopback only, socket in the temp dir, no fsync (throw-away data).
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const start = (): Promise<void> => exec("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", "-o", serverOptions, "start"]);
  let running = false;
  let databases = 0;

  // A failed test must not leave a server behind: stop it at exit if dispose() never ran.
  const stopAtExit = (): void => {
    if (!running) return;
    const [file, argv] = command("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    try {
      execFileSync(file, argv, { cwd: dir, stdio: "ignore" });
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stopAtExit);

  await exec("initdb", ["-D", data, "-U", osUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  await start();
  running = true;

  const url = (database: string): string => `postgres://${osUser}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase() {
      const name = `cc_test_${++databases}`;
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`); // name is generated above, never user text
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async dispose() {
      process.off("exit", stopAtExit);
      if (running) await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
