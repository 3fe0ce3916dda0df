// Upload: drop files anywhere on the page (or pick them with the Upload button) to ingest them with
// POST /api/ingest. Each file is sent on its own, so each gets its own result or error.
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import type { IngestResult } from "./types.js";

function contentType(name: string): string {
  const n = name.toLowerCase();
  if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return "application/x-ndjson";
  if (n.endsWith(".json")) return "application/json";
  return "text/plain; charset=utf-8";
}

function summary(r: IngestResult): string {
  const parts = [`${r.stored} stored`];
  if (r.duplicates) parts.push(`${r.duplicates} already in the ledger`);
  if (r.failed) parts.push(`${r.failed} refused`);
  return parts.join(", ");
}

export function setupUpload(onDone: () => void): HTMLElement {
  const panel = el("section", { class: "upload-panel", "aria-label": "Upload results", "aria-live": "polite", hidden: "" });
  const input = el("input", { type: "file", id: "upload-input", multiple: "", accept: ".txt,.jsonl,.ndjson,.json,text/plain,application/json" });
  input.classList.add("visually-hidden");
  const button = el("label", { for: "upload-input", class: "button upload-button", tabindex: "0", role: "button", title: "Ingest files: dateline text, JSON or JSON Lines (or drop them on the page)" }, "Upload");
  button.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      input.click();
    }
  });
  const send = async (files: File[]) => {
    if (files.length === 0) return;
    panel.hidden = false;
    const list = el("ul", { class: "upload-list" });
    const close = el("button", { type: "button", class: "secondary small-button" }, "Close");
    close.addEventListener("click", () => { panel.hidden = true; });
    replace(panel, el("div", { class: "upload-head" }, el("h2", {}, `Uploading ${files.length} file${files.length === 1 ? "" : "s"}`), close), list);
    let stored = 0;
    for (const file of files) {
      const item = el("li", { class: "upload-item pending", "data-file": file.name }, el("strong", {}, file.name), " ", el("span", { class: "muted" }, "sending…"));
      list.append(item);
      try {
        const { status, result, error } = await api.ingest(file, contentType(file.name));
        const ok = result !== null && result.failed === 0;
        item.className = `upload-item ${ok ? "ok" : result && result.stored + result.duplicates > 0 ? "partial" : "failed"}`;
        item.dataset.status = String(status);
        replace(item, el("strong", {}, file.name), " ", el("span", {}, result ? summary(result) : `refused: ${error ?? status}`));
        if (result?.errors.length) {
          item.append(el("ul", { class: "upload-errors" }, ...result.errors.map((e) => el("li", {}, el("code", {}, e.where.replace(/^body/, file.name)), `: ${e.message}`))));
        }
        stored += result?.stored ?? 0;
      } catch (error) {
        item.className = "upload-item failed";
        replace(item, el("strong", {}, file.name), ` could not be sent: ${(error as Error).message}`);
      }
    }
    panel.querySelector("h2")!.textContent = `Uploaded ${files.length} file${files.length === 1 ? "" : "s"}: ${stored} new article${stored === 1 ? "" : "s"}`;
    if (stored > 0) onDone();
  };
  input.addEventListener("change", () => {
    void send([...(input.files ?? [])]);
    input.value = "";
  });
  // Drag and drop anywhere on the page.
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  document.addEventListener("dragenter", (e) => {
    if (!hasFiles(e)) return;
    depth++;
    document.body.classList.add("dropping");
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) document.body.classList.remove("dropping");
  });
  document.addEventListener("dragover", (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener("drop", (e) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    depth = 0;
    document.body.classList.remove("dropping");
    void send([...e.dataTransfer.files]);
  });
  document.body.append(panel, el("div", { class: "drop-hint", "aria-hidden": "true" }, "Drop files to ingest them"));
  return el("span", { class: "upload" }, input, button);
}
