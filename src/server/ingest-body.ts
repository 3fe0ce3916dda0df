// Turns a POST /api/ingest body into input items, with the same parsers the CLI uses, so an
// article is checked identically whichever way it arrives. `where` is "body" or "body:LINE".
import { InputError, type FieldCheckOptions } from "../input/article-fields.js";
import { parseDateline } from "../input/dateline.js";
import type { InputItem } from "../input/items.js";
import { parseJsonLine } from "../input/jsonl.js";
import { decodeText } from "../input/decode.js";
import { ApiError } from "./errors.js";

export type BodyFormat = "json" | "jsonl" | "dateline";

const WHERE = "body";

/** The format named by a Content-Type header, or a 415 listing the accepted ones. */
export function bodyFormat(contentType: string | undefined): BodyFormat {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/json") return "json";
  if (type === "application/x-ndjson" || type === "application/jsonl" || type === "application/json-lines") return "jsonl";
  if (type === "text/plain") return "dateline";
  throw new ApiError(415, "content-type: expected application/json (one article), application/x-ndjson (JSON Lines) or text/plain (dateline text)");
}

export function bodyItems(bytes: Uint8Array, format: BodyFormat, options: FieldCheckOptions): InputItem[] {
  let text: string;
  try {
    text = decodeText(WHERE, bytes);
  } catch (error) {
    return [{ error: error as InputError }];
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    switch (format) {
      case "json": {
        // A single object may be pretty-printed over several lines: parse it whole, as "line 1".
        const item = parseJsonLine(WHERE, 1, text, options);
        return [item ?? { error: new InputError(WHERE, "empty body: expected a JSON article {date, text, ...}") }];
      }
      case "jsonl": {
        const items: InputItem[] = [];
        text.split("\n").forEach((line, i) => {
          const item = parseJsonLine(WHERE, i + 1, line.replace(/\r$/, ""), options);
          if (item) items.push(item);
        });
        return items.length > 0 ? items : [{ error: new InputError(WHERE, "no JSON Lines in the body") }];
      }
      case "dateline":
        return [{ article: parseDateline(WHERE, text, options), where: WHERE }];
    }
  } catch (error) {
    return [{ error: error instanceof InputError ? error : new InputError(WHERE, (error as Error).message) }];
  }
}
