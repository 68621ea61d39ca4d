/**
 * Editing a part's XML as text, so that everything the add-in does not touch stays byte for byte
 * as its writer left it. Parts may bind SpreadsheetML to a prefix (`<x:workbook>`): every element
 * the graft looks for or writes takes the part's own prefix.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** A part the graft cannot edit safely: the command line refuses in one line. */
export class CannotGraftError extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = "CannotGraftError";
  }
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/**
 * Cell text as SpreadsheetML stores it: characters XML cannot hold (controls) as `_xHHHH_`, and a
 * literal `_xHHHH_` in the text escaped so that Excel does not decode it.
 */
export function encodeCellText(text: string): string {
  return escapeText(
    text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(
      // eslint-disable-next-line no-control-regex -- control characters are what is escaped here
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    ),
  );
}

/** The prefix (with its colon, or "") the part's root binds to SpreadsheetML's main namespace. */
export function mainPrefix(xml: string, part: string, root: string): string {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${root}(?=[\\s>/])[^>]*>`).exec(xml);
  if (!open) throw new CannotGraftError(part, `no <${root}> element`);
  if (open[0].includes(STRICT_MAIN_NS))
    throw new CannotGraftError(part, "a Strict Open XML workbook (save it as an ordinary .xlsx workbook)");
  const prefix = open[1];
  const bound = prefix === "" ? `xmlns="${MAIN_NS}"` : `xmlns:${prefix.slice(0, -1)}="${MAIN_NS}"`;
  if (!open[0].includes(bound)) throw new CannotGraftError(part, "an unknown namespace on its root element");
  return prefix;
}

/** The prefix the root binds to the relationships namespace, or null when it binds none. */
export function relPrefix(xml: string): string | null {
  const m = new RegExp(`xmlns:([\\w.-]+)="${REL_NS}"`).exec(xml.slice(0, 4000));
  return m ? m[1] : null;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The span of the first element `qname` (start to end tag, or the empty tag), or null. */
export function elementSpan(
  xml: string,
  qname: string,
  from = 0,
): { start: number; end: number; inner: number | null; innerEnd: number | null } | null {
  const re = new RegExp(`<${escapeRegExp(qname)}(?=[\\s>/])[^>]*?(/?)>`, "g");
  re.lastIndex = from;
  const open = re.exec(xml);
  if (!open) return null;
  if (open[1] === "/") return { start: open.index, end: re.lastIndex, inner: null, innerEnd: null };
  const close = `</${qname}>`;
  const at = xml.indexOf(close, re.lastIndex);
  if (at < 0) return null;
  return { start: open.index, end: at + close.length, inner: re.lastIndex, innerEnd: at };
}

/** Every element `qname` as its full text (no nesting of the same name assumed). */
export function elements(xml: string, qname: string): string[] {
  const q = escapeRegExp(qname);
  return xml.match(new RegExp(`<${q}(?=[\\s>/])(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</${q}>)`, "g")) ?? [];
}

/** The attributes of an element's start tag (values unescaped; names as written). */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const start = /^<[^>]*>/.exec(tag)?.[0] ?? tag;
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = start.replace(/^<[\w:.-]+/, "");
  for (let m = re.exec(body); m; m = re.exec(body)) out[m[1]] = unescapeEntities(m[2] ?? m[3] ?? "");
  return out;
}

export function unescapeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp"
      ? "&"
      : e === "lt"
        ? "<"
        : e === "gt"
          ? ">"
          : e === "quot"
            ? '"'
            : e === "apos"
              ? "'"
              : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/** Sets (or adds) an attribute on the start tag at the beginning of `tag`. */
export function withAttribute(tag: string, name: string, value: string): string {
  const start = /^<[^>]*?(\/?)>/.exec(tag);
  if (!start) return tag;
  const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const head = re.test(start[0])
    ? start[0].replace(re, `$1"${escapeAttribute(value)}"`)
    : start[0].replace(/(\/?)>$/, ` ${name}="${escapeAttribute(value)}"$1>`);
  return head + tag.slice(start[0].length);
}
