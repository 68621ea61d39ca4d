/**
 * `--out` as a graft: the copy is the user's package with the add-in's parts added. Zip entries
 * are compared byte for byte: only the parts the add-in must touch differ (the workbook part, the
 * content types, relationships, styles, the register sheets' XML), and those only by additions;
 * a second run gives the same package; the removal plan gives back the input's parts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { IsoDate } from "../../src/core/dates/isoDate";
import { planWrites, removalPlan } from "../../src/core/plan/planWrites";
import { applyPlanToXlsx } from "../../src/excel-file/applyPlan";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { register } from "./programs/handEdited";
import { readWithOpenpyxl, savedByLibreOffice, savedByOpenpyxl } from "./programs/otherPrograms";

jest.setTimeout(300_000);

const TODAY = "2026-11-27" as IsoDate;
const SHARED_SAMPLE = join(__dirname, "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx");
const DEMO = join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx");

async function graft(input: Buffer): Promise<Buffer> {
  const grid = await readWorkbookBuffer(input);
  const analysis = analyzeWorkbook(grid, { today: TODAY });
  return applyPlanToXlsx(input, planWrites(analysis, grid, { lang: "zh-CN", scope: "all", fixedToday: TODAY }));
}

async function entries(xlsx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir))
    out.set(name, await zip.file(name)!.async("nodebuffer"));
  return out;
}

/** Whether `after` is `before` with text inserted (list counts aside, which grow with the lists). */
function onlyAdditions(before: string, after: string): boolean {
  const plain = (xml: string) => xml.replace(/\scount="\d+"/g, "");
  const [a, b] = [plain(before), plain(after)];
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

/** The parts a graft may change (by additions only); everything else must be byte for byte. */
function mayChange(name: string, registerParts: Set<string>): boolean {
  return (
    name === "[Content_Types].xml" ||
    /(^|\/)_rels\/[^/]+\.rels$/.test(name) ||
    /^xl\/workbook\.xml$/.test(name) ||
    /^xl\/styles\.xml$/.test(name) ||
    registerParts.has(name)
  );
}

/** The parts the add-in may add: its sheets, tables, drawings and charts. */
const ADDABLE = /^xl\/(worksheets|tables|drawings|charts)\/(_rels\/)?[^/]+\.(xml|rels)$/;

async function registerParts(xlsx: Buffer): Promise<Set<string>> {
  const grid = await readWorkbookBuffer(xlsx);
  const plan = planWrites(analyzeWorkbook(grid, { today: TODAY }), grid, {
    lang: "zh-CN",
    scope: "all",
    fixedToday: TODAY,
  });
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file(Object.keys(zip.files).find((n) => /workbook\.xml$/i.test(n))!)!.async("string");
  const rels = await zip.file(Object.keys(zip.files).find((n) => /workbook\.xml\.rels$/i.test(n))!)!.async("string");
  const parts = new Set<string>();
  for (const h of plan.highlights) {
    const escaped = h.sheet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*\\br:id="([^"]+)"`).exec(workbook)?.[1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const path = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
    parts.add(path);
  }
  return parts;
}

async function checkGraft(input: Buffer): Promise<void> {
  const output = await graft(input);
  const [before, after] = [await entries(input), await entries(output)];
  const registers = await registerParts(input);
  expect(registers.size).toBeGreaterThan(0);
  for (const [name, bytes] of before) {
    const copy = after.get(name);
    expect([name, copy !== undefined]).toEqual([name, true]);
    if (mayChange(name, registers)) {
      expect([name, onlyAdditions(bytes.toString("utf8"), copy!.toString("utf8"))]).toEqual([name, true]);
    } else {
      expect([name, copy!.equals(bytes)]).toEqual([name, true]);
    }
  }
  for (const name of after.keys()) if (!before.has(name)) expect(name).toMatch(ADDABLE);

  // A second run on the copy replaces its own additions and nothing else: the same package.
  const again = await entries(await graft(output));
  expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
  for (const [name, bytes] of after) expect([name, again.get(name)!.equals(bytes)]).toEqual([name, true]);

  // Taking the add-in's work away gives back the input's parts (styles keep the appended styles).
  const grid = await readWorkbookBuffer(output);
  const removed = await entries(await applyPlanToXlsx(output, removalPlan(grid)));
  expect([...removed.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) {
    if (/^xl\/styles\.xml$/.test(name)) continue;
    expect([name, removed.get(name)!.toString("utf8")]).toEqual([name, bytes.toString("utf8")]);
  }
}

describe("--out is a graft on the user's package", () => {
  test("the office's sample", async () => {
    expect(existsSync(SHARED_SAMPLE)).toBe(true);
    await checkGraft(readFileSync(SHARED_SAMPLE));
  });

  test("the demo workbook", async () => {
    await checkGraft(readFileSync(DEMO));
  });

  test("the sample as LibreOffice Calc saves it", async () => {
    await checkGraft(savedByLibreOffice(readFileSync(SHARED_SAMPLE)));
  });

  test("the sample as openpyxl saves it (absolute part paths)", async () => {
    await checkGraft(savedByOpenpyxl(readFileSync(SHARED_SAMPLE)));
  });
});

describe("--out read back by openpyxl, a reader other than the one that wrote it", () => {
  test("the user's cells and names are unchanged; the add-in's sheets, tables and rules are there", async () => {
    const input = readFileSync(SHARED_SAMPLE);
    const [before, after] = [readWithOpenpyxl(input), readWithOpenpyxl(await graft(input))];
    for (const sheet of before.sheets) {
      const out = after.sheets.find((s) => s.name === sheet.name)!;
      expect([sheet.name, out.cells]).toEqual([sheet.name, sheet.cells]);
      expect(out.tables).toEqual(sheet.tables);
      expect(out.rules.filter((r) => !r.includes("PartnerCities"))).toEqual(sheet.rules);
    }
    expect(after.names).toEqual(before.names);
    const own = after.sheets.filter((s) => !before.sheets.some((b) => b.name === s.name));
    expect(own.map((s) => Object.keys(s.tables)[0])).toEqual([
      "PartnerCities_Expiry",
      "PartnerCities_Findings",
      "PartnerCities_Eligibility",
      "PartnerCities_Summary_2026",
    ]);
    const expiry = own[0]!;
    expect(expiry.cells.C2?.format).toBe("yyyy-mm-dd");
    expect(typeof expiry.cells.C2?.value).toBe("string"); // a date, as openpyxl reads a date cell
    expect(after.sheets.flatMap((s) => s.rules).filter((r) => r.includes("PartnerCities")).length).toBe(3);
  });
});

describe("what a user builds on the copy survives the next run", () => {
  const edit = async (xlsx: Buffer, edits: Record<string, (xml: string) => string>): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(xlsx);
    for (const [path, change] of Object.entries(edits)) {
      const before = await zip.file(path)!.async("string");
      const after = change(before);
      if (after === before) throw new Error(`fixture: ${path} unchanged`);
      zip.file(path, after);
    }
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  };
  const NAMES =
    "<definedNames>" +
    '<definedName name="Rate">0.05</definedName>' +
    '<definedName name="Broken">#REF!</definedName>' +
    "<definedName name=\"Dyn\">OFFSET('友城名录'!$A$1,0,0,COUNTA('友城名录'!$A:$A),5)</definedName>" +
    '<definedName name="Secret" hidden="1">\'友城名录\'!$B$3</definedName>' +
    '<definedName name="Local" localSheetId="0">\'友城名录\'!$A$1</definedName>' +
    "<definedName name=\"Soon\">'到期提醒'!$D$2</definedName>" +
    '<definedName name="Expiries">PartnerCities_Expiry[#Data]</definedName>' +
    "</definedNames>";

  test("names of every kind, formulas and links at the add-in's sheet and table, a filter's criteria", async () => {
    const first = await graft(await register());
    const sheetPart = "xl/worksheets/sheet1.xml";
    const built = await edit(first, {
      "xl/workbook.xml": (xml) => xml.replace("</sheets>", `</sheets>${NAMES}`),
      [sheetPart]: (xml) =>
        xml
          .replace(
            /(<row r="3"[^>]*>[\s\S]*?)(<\/row>)/,
            `$1<c r="G3"><f>'到期提醒'!D2</f><v>46144</v></c><c r="H3"><f>ROWS(PartnerCities_Expiry)</f><v>4</v></c>$2`,
          )
          .replace(
            "</sheetData>",
            '</sheetData><autoFilter ref="A2:E6"><filterColumn colId="2"><filters><filter val="友好城市"/></filters></filterColumn></autoFilter>',
          )
          .replace(
            "<pageMargins",
            `<hyperlinks><hyperlink ref="B3" location="'到期提醒'!A2" display="到期"/></hyperlinks><pageMargins`,
          ),
    });
    const second = await graft(built);
    const [a, b] = [await entries(built), await entries(second)];
    const text = (m: Map<string, Buffer>, name: string) => m.get(name)!.toString("utf8");
    // The user's sheet and names are as the user left them; the add-in's sheet is the same sheet.
    expect(text(b, sheetPart).replace(/<conditionalFormatting[\s\S]*<\/conditionalFormatting>/, "")).toBe(
      text(a, sheetPart).replace(/<conditionalFormatting[\s\S]*<\/conditionalFormatting>/, ""),
    );
    const names = (xml: string) => /<definedNames>[\s\S]*<\/definedNames>/.exec(xml)![0];
    expect(names(text(b, "xl/workbook.xml"))).toBe(NAMES);
    const sheets = (xml: string) => xml.match(/<sheet [^>]*\/>/g);
    expect(sheets(text(b, "xl/workbook.xml"))).toEqual(sheets(text(a, "xl/workbook.xml")));
    expect(text(b, "xl/_rels/workbook.xml.rels")).toBe(text(a, "xl/_rels/workbook.xml.rels"));
    // Read back by openpyxl: the names, the formulas pointing at the add-in's sheet and table.
    const view = readWithOpenpyxl(second);
    expect(view.names).toMatchObject({ Rate: "0.05", Broken: "#REF!", Soon: "'到期提醒'!$D$2" });
    const registerCells = view.sheets[0]!.cells;
    expect(registerCells.G3!.value).toBe("='到期提醒'!D2");
    expect(registerCells.H3!.value).toBe("=ROWS(PartnerCities_Expiry)");
    expect(view.sheets.find((s) => s.name === "到期提醒")!.tables).toHaveProperty("PartnerCities_Expiry");
  });
});
