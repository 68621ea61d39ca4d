import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  readWorkbookBuffer,
  readWorkbookBytes,
  WorkbookReadError,
  type WorkbookReadReason,
} from "../../src/excel-file/readWorkbook";
import { oleFile, storedZip } from "./fixtures";

let dir: string;
let validXlsx: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-workbook-"));
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("名册");
  ws.addRow(["结好城市", "缔结日期"]);
  ws.addRow(["上海市静安区", new Date(Date.UTC(2024, 4, 15))]);
  validXlsx = Buffer.from(await workbook.xlsx.writeBuffer());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The reason the read failed with; fails the test if it did not fail, or failed otherwise. */
async function reasonOf(read: Promise<unknown>): Promise<WorkbookReadReason> {
  try {
    await read;
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.reason;
    throw new Error(`not a WorkbookReadError: ${String(error)}`);
  }
  throw new Error("the read succeeded");
}

async function file(name: string, content: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** A file read as the command line reads one: its bytes, then the workbook in them. */
async function readWorkbookFile(path: string) {
  return readWorkbookBuffer(await readWorkbookBytes(path));
}

describe("reading files that are not readable workbooks", () => {
  test("a missing file is not-found, and the error carries the path", async () => {
    const path = join(dir, "不存在.xlsx");
    const error = await readWorkbookFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toBe("not-found");
    expect((error as WorkbookReadError).path).toBe(path);
  });

  test("a directory is not-a-workbook", async () => {
    expect(await reasonOf(readWorkbookFile(dir))).toBe("not-a-workbook");
  });

  test("a text file named .xlsx is not-a-workbook", async () => {
    expect(
      await reasonOf(readWorkbookFile(await file("text.xlsx", "结好城市,缔结日期\n上海市静安区,2024-05-15\n"))),
    ).toBe("not-a-workbook");
  });

  test("an empty file is not-a-workbook", async () => {
    expect(await reasonOf(readWorkbookFile(await file("empty.xlsx", "")))).toBe("not-a-workbook");
  });

  test("a zip that is not a workbook (a .docx) is not-a-workbook", async () => {
    const docx = storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(await reasonOf(readWorkbookFile(await file("report.xlsx", docx)))).toBe("not-a-workbook");
  });

  test("an .xlsb (binary workbook part) is not-a-workbook", async () => {
    const xlsb = storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": Buffer.from([1, 2, 3]) });
    expect(await reasonOf(readWorkbookBuffer(xlsb))).toBe("not-a-workbook");
  });

  test("an old .xls (OLE file without EncryptedPackage) is not-a-workbook", async () => {
    expect(await reasonOf(readWorkbookFile(await file("old.xls", oleFile("Workbook\0SummaryInformation"))))).toBe(
      "not-a-workbook",
    );
  });

  test("a password-protected workbook (OLE file with EncryptedPackage) is encrypted", async () => {
    const encrypted = oleFile("EncryptionInfo\0EncryptedPackage");
    expect(await reasonOf(readWorkbookFile(await file("locked.xlsx", encrypted)))).toBe("encrypted");
  });

  test("a truncated workbook is corrupt", async () => {
    const half = validXlsx.subarray(0, Math.floor(validXlsx.length / 2));
    expect(await reasonOf(readWorkbookFile(await file("half.xlsx", half)))).toBe("corrupt");
  });

  test("a zip with a damaged workbook part is corrupt", async () => {
    const broken = storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<<<not xml" });
    expect(await reasonOf(readWorkbookBuffer(broken))).toBe("corrupt");
  });

  test("a zip with spreadsheet parts but no workbook part is corrupt", async () => {
    const broken = storedZip({ "[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": "<worksheet/>" });
    expect(await reasonOf(readWorkbookBuffer(broken))).toBe("corrupt");
  });

  test("the valid workbook the damaged ones come from reads", async () => {
    const book = await readWorkbookFile(await file("ok.xlsx", validXlsx));
    expect(book.sheets[0].values[1][0]).toBe("上海市静安区");
  });

  test("an ArrayBuffer reads like a Buffer", async () => {
    const copy = validXlsx.buffer.slice(validXlsx.byteOffset, validXlsx.byteOffset + validXlsx.byteLength);
    const book = await readWorkbookBuffer(copy as ArrayBuffer);
    expect(book.sheets.map((s) => s.name)).toEqual(["名册"]);
  });
});

describe("readWorkbookBuffer never throws anything but WorkbookReadError", () => {
  const failsCleanly = async (bytes: Buffer): Promise<boolean> => {
    try {
      await readWorkbookBuffer(bytes);
      return true;
    } catch (error) {
      return error instanceof WorkbookReadError;
    }
  };

  test("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => failsCleanly(Buffer.from(bytes))),
      {
        numRuns: 100,
      },
    );
  });

  test("random bytes behind a zip signature are not-a-workbook or corrupt", async () => {
    const bytes = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(600, 7)]);
    expect(["corrupt", "not-a-workbook"]).toContain(await reasonOf(readWorkbookBuffer(bytes)));
  });

  test("a real workbook with bytes overwritten", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const bytes = Buffer.from(validXlsx);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          return failsCleanly(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });
});
