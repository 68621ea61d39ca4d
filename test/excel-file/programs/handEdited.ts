import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fromExcelSerial } from "../../../src/core/dates/isoDate";

/**
 * Workbooks edited by hand into what exceljs does not write but Excel, WPS or LibreOffice do: the
 * register below, then its XML changed part by part. Each edit fails loudly when the XML it looks
 * for is not there, so that a fixture never silently stays the plain workbook.
 */

export const REGISTER = "友城名录";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Agreements around 2026-11-27: expired, urgent, expiring, active. */
export const ROWS = [
  { partner: "巴黎市", signed: utc(2016, 5, 3), ends: utc(2026, 5, 2) },
  { partner: "东京都", signed: utc(2017, 1, 10), ends: utc(2027, 1, 9) },
  { partner: "首尔市", signed: utc(2017, 4, 1), ends: utc(2027, 3, 31) },
  { partner: "柏林市", signed: utc(2020, 9, 1), ends: utc(2030, 8, 31) },
];

/** The register as an office keeps one (title row, header, agreements), saved by exceljs. */
export async function register(options: { date1904?: boolean; table?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet(REGISTER);
  sheet.getCell("A1").value = "西城区友好城市名录";
  const header = ["序号", "友城名称", "关系类型", "签署日期", "到期日期"];
  const body = ROWS.map((r, i) => [i + 1, r.partner, "友好城市", r.signed, r.ends]);
  if (options.table) {
    sheet.addTable({
      name: "名录表",
      ref: "A2",
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: header.map((name) => ({ name })),
      rows: body,
    });
  } else {
    sheet.addRow(header);
    body.forEach((row) => sheet.addRow(row));
  }
  for (let r = 3; r < 3 + ROWS.length; r++) {
    sheet.getCell(`D${r}`).numFmt = "yyyy-mm-dd";
    sheet.getCell(`E${r}`).numFmt = "yyyy-mm-dd";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Edit = (xml: string, zip: JSZip) => string | Promise<string>;

/** The package with some parts' XML changed (a part edited to itself is a broken fixture). */
export async function edited(xlsx: Buffer, edits: Record<string, Edit>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const [path, edit] of Object.entries(edits)) {
    const file = zip.file(path);
    if (!file) throw new Error(`fixture: no ${path}`);
    const before = await file.async("string");
    const after = await edit(before, zip);
    if (after === before) throw new Error(`fixture: the edit of ${path} changed nothing`);
    zip.file(path, after);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every replacement must happen. */
export function replacing(pattern: RegExp, by: string | ((...groups: string[]) => string)): Edit {
  return (xml) => {
    if (!pattern.test(xml)) throw new Error(`fixture: ${pattern} not found`);
    pattern.lastIndex = 0;
    return xml.replace(pattern, by as (substring: string, ...args: string[]) => string);
  };
}

const SHEET = "xl/worksheets/sheet1.xml";
const DATE_CELL = /<c r="([DE]\d+)" s="(\d+)"><v>(\d+)<\/v><\/c>/g;

/** The date cells' style numbered with a built-in locale id (31: yyyy"年"m"月"d"日" in zh-CN) and no format record. */
export async function localeDateFormat(id: number): Promise<Buffer> {
  const xlsx = await register();
  return edited(xlsx, {
    "xl/styles.xml": (xml) => {
      const custom = /<numFmt numFmtId="(\d+)" formatCode="yyyy-mm-dd"\/>/.exec(xml);
      if (!custom) throw new Error("fixture: no yyyy-mm-dd format record");
      return xml
        .replace(custom[0], "")
        .replace(/<numFmts count="\d+">\s*<\/numFmts>/, "")
        .replace(new RegExp(`numFmtId="${custom[1]}"`, "g"), `numFmtId="${id}"`);
    },
  });
}

/** Date cells as ISO 8601 text (`t="d"`), as some programs write them. */
export async function isoDateCells(): Promise<Buffer> {
  return edited(await register(), {
    [SHEET]: replacing(DATE_CELL, (_m, ref, style, serial) => {
      const iso = fromExcelSerial(Number(serial));
      return `<c r="${ref}" s="${style}" t="d"><v>${iso}T00:00:00</v></c>`;
    }),
  });
}

/** Partner names as inline rich text (two runs, the second bold), not shared strings. */
export async function inlineRichText(): Promise<Buffer> {
  const xlsx = await register();
  const zip = await JSZip.loadAsync(xlsx);
  const shared = await zip.file("xl/sharedStrings.xml")!.async("string");
  const strings = [...shared.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  return edited(xlsx, {
    [SHEET]: replacing(/<c r="(B\d+)" t="s"><v>(\d+)<\/v><\/c>/g, (_m, ref, index) => {
      const text = strings[Number(index)]!;
      const split = Math.max(1, text.length - 1);
      return `<c r="${ref}" t="inlineStr"><is><r><t>${text.slice(0, split)}</t></r><r><rPr><b/></rPr><t>${text.slice(split)}</t></r></is></c>`;
    }),
  });
}

/** The workbook's 1904 flag spelt as LibreOffice spells it. */
export async function date1904(spelling: "1" | "true"): Promise<Buffer> {
  const xlsx = await register({ date1904: true });
  if (spelling === "1") return xlsx;
  return edited(xlsx, { "xl/workbook.xml": replacing(/date1904="1"/, 'date1904="true"') });
}

/** Part paths from the package root (`/xl/…`), as openpyxl writes them, with a table on the register. */
export async function absolutePaths(): Promise<Buffer> {
  return edited(await register({ table: true }), {
    "xl/_rels/workbook.xml.rels": replacing(/Target="(?!\/)([^"]+)"/g, (_m, target) => `Target="/xl/${target}"`),
    "xl/worksheets/_rels/sheet1.xml.rels": replacing(/Target="\.\.\/tables\//g, 'Target="/xl/tables/'),
  });
}

/** The register as a table without <tableStyleInfo>, as LibreOffice writes tables. */
export async function tableWithoutStyle(): Promise<Buffer> {
  return edited(await register({ table: true }), {
    "xl/tables/table1.xml": replacing(/<tableStyleInfo[^>]*\/>/, ""),
  });
}

/** The signing dates as formulas saved without a result, as a program that does not calculate saves them. */
export async function uncalculatedFormulas(): Promise<Buffer> {
  return edited(await register(), {
    [SHEET]: replacing(/<c r="(D\d+)" s="(\d+)"><v>(\d+)<\/v><\/c>/g, (_m, ref, style, serial) => {
      const iso = fromExcelSerial(Number(serial))!;
      return `<c r="${ref}" s="${style}"><f>DATE(${Number(iso.slice(0, 4))},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})</f></c>`;
    }),
  });
}

const WEB_EXTENSION = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TASKPANES = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";

/**
 * The workbook with Office add-in settings saved as Excel saves them: a web-extension part holding
 * each setting as a property (name, JSON value), reached from the package through the task pane
 * part. `settings` are the values by key, as `workbook.settings.add(key, value)` takes them.
 */
export async function withOfficeSettings(xlsx: Buffer, settings: Record<string, unknown>): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const properties = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${esc(name)}" value="${esc(JSON.stringify(value))}"/>`)
    .join("");
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WEB_EXTENSION}" id="{6B0A3F36-3C0E-4E55-9F7B-7A0B5B0C1D2E}"><we:reference id="c3a1e1b0-5d7e-4a57-9d55-0b1c6c0a7f11" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${TASKPANES}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/><Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
