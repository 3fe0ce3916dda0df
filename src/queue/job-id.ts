// Job ids derived from the article's content hash: sending an article that is already queued (or
// running, or done and not yet archived) hits pg-boss's primary key and adds nothing.
export function jobIdFor(hash: string): string {
  const hex = hash.slice(0, 32).split("");
  hex[12] = "8"; // UUID version 8: "custom", the bits are ours
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16); // RFC 9562 variant
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
