// Which character encoding a document names for itself: the XML declaration or an HTML <meta>
// charset, looked for in the first bytes (read as ASCII, as browsers do) of markup documents only.

/** Browsers find the declaration within the first 1024 bytes; real pages sometimes put it a little later. */
const PRESCAN_BYTES = 4096;

const XML_DECLARATION = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1").trimStart();
  if (!head.startsWith("<")) return null;
  return XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}

/** The charset parameter of a Content-Type header. */
export function contentTypeCharset(contentType: string | undefined): string | null {
  return /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}
