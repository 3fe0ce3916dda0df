// --fetch: a feed or page over HTTP(S) with Node's fetch, bounded in time and size, identified by
// a polite User-Agent. What comes back is read like a file, with its Content-Type as a format hint.
import { readFileSync } from "node:fs";
import { repoPath } from "../resources/paths.js";
import { InputError } from "./article-fields.js";
import { readStreamBounded } from "./bounded-read.js";
import { parseDocument, type DocumentOptions } from "./document.js";
import type { InputItem } from "./items.js";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_FETCH_BYTES = 10 * 1024 * 1024;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

let userAgent: string | undefined;

export function crosscheckUserAgent(): string {
  userAgent ??= `Crosscheck/${(JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { version: string }).version} (+https://example.invalid/crosscheck)`;
  return userAgent;
}

export interface Fetched {
  bytes: Buffer;
  contentType: string | undefined;
  /** The final address, after redirects. */
  url: string;
}

export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(url, "not a valid URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new InputError(url, "only http and https addresses can be fetched");
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  // One signal bounds the whole exchange, body included, so a server that trickles bytes still stops.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(parsed, { signal, redirect: "follow", headers: { "User-Agent": crosscheckUserAgent(), Accept: "application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.5" } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(url, `the server answered ${response.status} ${response.statusText}`.trimEnd());
    }
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new InputError(url, `the response is ${declared} bytes; the limit is ${maxBytes} bytes`);
    }
    const bytes = response.body ? await readStreamBounded(url, response.body as AsyncIterable<Uint8Array>, maxBytes) : Buffer.alloc(0);
    return { bytes, contentType: response.headers.get("content-type") ?? undefined, url: response.url || url };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (signal.aborted) throw new InputError(url, `no complete answer within ${timeoutMs / 1000} s`);
    throw new InputError(url, `could not fetch: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`);
  }
}

export async function fetchItems(url: string, options: DocumentOptions & { fetch?: FetchOptions }): Promise<InputItem[]> {
  try {
    const fetched = await fetchBytes(url, options.fetch);
    return parseDocument({ where: url, name: new URL(fetched.url).pathname, contentType: fetched.contentType, url: fetched.url }, fetched.bytes, options);
  } catch (error) {
    return [{ error: error instanceof InputError ? error : new InputError(url, (error as Error).message) }];
  }
}
