import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { SETTINGS_KEY, WRITTEN_KEY } from "../core/storedSettings";
import type { WorkbookGrid } from "../core/workbook";
import { readWorkbookParts } from "./read/workbookParts";
import { readOfficeSettings } from "./read/officeSettings";

/**
 * Reads an .xlsx file into the plain grid the core takes, the way office-js hands a workbook
 * over (`range.values`, `range.numberFormat`): dates as serial numbers of the workbook's own date
 * system, formulas as their cached results, errors as their text, cells covered by a merge blank.
 * Whoever wrote the file (Excel, WPS, LibreOffice, openpyxl, exceljs): the parts the add-in needs
 * are streamed through a SAX parser (read/), so that a big exchange log is never held twice.
 * Node only; the add-in reads through office-js instead.
 */

/** Why a file could not be read. */
export type WorkbookReadReason =
  /** No file at that path (or it cannot be opened). */
  | "not-found"
  /** Not an .xlsx: not a zip at all (text, .csv, .xls), or a zip without a workbook (.docx, .xlsb …). */
  | "not-a-workbook"
  /** A password-protected workbook (an OLE compound file holding an EncryptedPackage). */
  | "encrypted"
  /** A zip that claims to be a workbook but cannot be read (truncated, damaged parts). */
  | "corrupt";

export class WorkbookReadError extends Error {
  readonly reason: WorkbookReadReason;
  /** The path that was read, when reading a file. */
  readonly path: string | null;

  constructor(reason: WorkbookReadReason, message: string, options: { path?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "WorkbookReadError";
    this.reason = reason;
    this.path = options.path ?? null;
  }
}

/** The file's bytes, or a WorkbookReadError saying why they cannot be had. */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "EISDIR")
      throw new WorkbookReadError("not-a-workbook", `${path} is a directory`, { path, cause: error });
    throw new WorkbookReadError("not-found", `cannot open ${path} (${code ?? "error"})`, { path, cause: error });
  }
}

export async function readWorkbookBuffer(data: Buffer | ArrayBuffer): Promise<WorkbookGrid> {
  return (await readWorkbookPackage(data)).book;
}

/** The grid, and the add-in's Office settings saved in the workbook (by key, JSON values). */
export async function readWorkbookPackage(
  data: Buffer | ArrayBuffer,
): Promise<{ book: WorkbookGrid; settings: Record<string, unknown> }> {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  checkContainer(buffer);
  try {
    const zip = await JSZip.loadAsync(buffer);
    return { book: await readWorkbookParts(zip), settings: await readOfficeSettings(zip, [SETTINGS_KEY, WRITTEN_KEY]) };
  } catch (error) {
    throw new WorkbookReadError("corrupt", `the workbook cannot be read: ${oneLine(error)}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// What kind of file is this?

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = "EncryptedPackage";

/** Throws unless the bytes are a zip holding a workbook part. */
function checkContainer(buffer: Buffer): void {
  if (buffer.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // Password-protected .xlsx files are OLE compound files; so are old .xls workbooks.
    const encrypted =
      buffer.includes(Buffer.from(ENCRYPTED_PACKAGE, "utf16le")) ||
      buffer.includes(Buffer.from(ENCRYPTED_PACKAGE, "latin1"));
    if (encrypted) throw new WorkbookReadError("encrypted", "the workbook is password-protected");
    throw new WorkbookReadError("not-a-workbook", "an OLE compound file (.xls or similar), not an .xlsx workbook");
  }
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw new WorkbookReadError("not-a-workbook", "not a zip file, so not an .xlsx workbook");
  }
  const names = zipEntryNames(buffer);
  if (names === "unreadable")
    throw new WorkbookReadError("corrupt", "the zip's central directory is missing or damaged");
  if (names === "zip64") return; // left to the zip reader
  if (names.has("xl/workbook.xml")) return;
  // .xlsb keeps a binary workbook part; a zip with spreadsheet parts but no workbook is damaged.
  if (!names.has("xl/workbook.bin") && [...names].some((name) => name.startsWith("xl/"))) {
    throw new WorkbookReadError("corrupt", "the workbook part (xl/workbook.xml) is missing");
  }
  throw new WorkbookReadError("not-a-workbook", "a zip file without an .xlsx workbook part (xl/workbook.xml)");
}

/**
 * The entry names of a zip, read from its central directory (no decompression), or
 * "unreadable" when the directory is missing or runs past the end of the data, or "zip64"
 * for archives too big for the classic directory fields (left to the zip reader).
 */
function zipEntryNames(buffer: Buffer): Set<string> | "unreadable" | "zip64" {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let p = buffer.length - 22; p >= Math.max(0, buffer.length - 22 - 0xffff); p--) {
    if (buffer.readUInt32LE(p) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return "unreadable";
  const count = buffer.readUInt16LE(eocd + 10);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return "zip64";
  const names = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL) return "unreadable";
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    if (p + 46 + nameLength > buffer.length) return "unreadable";
    names.add(
      buffer
        .toString("utf8", p + 46, p + 46 + nameLength)
        .replace(/^\/+/, "")
        .replace(/\\/g, "/"),
    );
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}
