// Makes untrusted names (file paths, URLs, parser messages that quote the input) safe to print on
// one terminal line: control characters, line separators and bidirectional controls become visible
// \u{...} escapes, so a crafted file name cannot move the cursor, fake a second line or reorder text.

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, "0")}}`);
}
