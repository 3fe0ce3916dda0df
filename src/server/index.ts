// Starts the HTTP server. Loopback by default; any other address must be protected by a token,
// because the API can write to the ledger.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Resources } from "../core/context.js";
import type { Store } from "../store/store.js";
import { createApp } from "./app.js";

export interface ServerOptions {
  store: Store;
  resources: Resources;
  /** 0 picks a free port; the returned url names the real one. */
  port: number;
  host: string;
  token?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store, resources, port, host, token } = options;
  if (!isLoopback(host) && !token) {
    throw new Error(`refusing to listen on ${host} without an access token: anyone who can reach it could read and write the ledger. Give a token, or bind to 127.0.0.1`);
  }
  const app = createApp({ store, resources, today: todayUtc, token });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off("error", reject);
      const address = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${address}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          // Keep-alive connections would hold close() open; nothing in flight matters at shutdown.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once("error", reject);
  });
}
