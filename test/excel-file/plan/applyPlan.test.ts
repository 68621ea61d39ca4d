import ExcelJS from "exceljs";
import JSZip from "jszip";
import { applyPlanToXlsx } from "../../../src/excel-file/applyPlan";
import { HIGHLIGHT_MARKER } from "../../../src/core/plan/writePlan";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import {
  chartParts,
  EXPIRY,
  expirySheet,
  FINDINGS,
  findingsSheet,
  FORMULA_LOOKING,
  fullPlan,
  inputWorkbook,
  isOwn,
  load,
  NOTES,
  OLD_ENGLISH,
  OWN_RULES,
  pkg,
  REGISTER,
  relsPath,
  rulesOf,
  snapshot,
  storedCells,
  SUMMARY,
  summarySheet,
  USER_RULE_FORMULA,
  USERS_EXPIRY,
} from "./planFixtures";

const USER_SHEETS = [REGISTER, NOTES, USERS_EXPIRY];

let input: Buffer;
let output: Buffer;
let again: Buffer;

beforeAll(async () => {
  input = await inputWorkbook();
  const before = Buffer.from(input);
  output = await applyPlanToXlsx(input, fullPlan());
  again = await applyPlanToXlsx(output, fullPlan());
  expect(input.equals(before)).toBe(true); // the input bytes are never touched
});

describe("applyPlanToXlsx: the user's sheets", () => {
  it("keeps every input cell of the user's sheets: values, formulas, number formats", async () => {
    const before = snapshot(await load(input));
    const after = snapshot(await load(output));
    for (const name of USER_SHEETS) {
      const cells = before.get(name)!;
      expect(cells.size).toBeGreaterThan(0);
      expect(after.get(name)).toEqual(cells);
    }
    // The fixture really has formulas, dates and number formats to lose.
    expect(before.get(REGISTER)!.get("F2")).toMatchObject({ formula: "D2-C2", numFmt: "#,##0" });
    expect(before.get(REGISTER)!.get("C2")).toMatchObject({
      value: new Date(Date.UTC(2023, 2, 15)),
      numFmt: "yyyy-mm-dd",
    });
  });

  it("keeps the stored values of the user's cells exactly, dates and times included", async () => {
    for (const name of USER_SHEETS) {
      const before = await storedCells(input, name);
      expect(await storedCells(output, name)).toEqual(before);
      expect(await storedCells(again, name)).toEqual(before);
    }
    expect((await storedCells(output, REGISTER)).get("1,7")).toBe(45000.123456789);
  });

  it("keeps the user's own link inside the workbook (exceljs drops location-only links; the writer puts them back)", async () => {
    const { sheetPath, text } = await pkg(output);
    const notes = await text(sheetPath.get(NOTES)!);
    expect(notes).toContain(`<hyperlink ref="A2" location="&apos;${REGISTER}&apos;!A3"`);
    const register = await text(sheetPath.get(REGISTER)!);
    const rels = await text(relsPath(sheetPath.get(REGISTER)!));
    expect(register).toMatch(/<hyperlink ref="H1" r:id="rId\d+"/);
    expect(rels).toContain('Target="https://www.bjxch.gov.cn/" TargetMode="External"');
  });

  it("keeps a user's sheet that has one of the add-in's names, and its cells", async () => {
    const wb = await load(output);
    const ws = wb.getWorksheet(USERS_EXPIRY)!;
    expect(ws.getCell("A1").value).toBe("我自己的到期表");
    expect(ws.getCell("A2").value).toBe(42);
    expect(ws.getTables()).toHaveLength(0);
  });
});

describe("applyPlanToXlsx: sheets", () => {
  it("orders the sheets: a replaced sheet keeps its place, new ones go last in the plan's order, deleted ones are gone", async () => {
    const wb = await load(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual([REGISTER, NOTES, USERS_EXPIRY, FINDINGS, EXPIRY, SUMMARY]);
    expect(wb.getWorksheet(OLD_ENGLISH)).toBeUndefined();
  });

  it("writes each plan sheet once, as a table at A1 with the plan's headers and rows", async () => {
    const wb = await load(output);
    for (const plan of fullPlan().sheets) {
      expect(wb.worksheets.filter((w) => w.name === plan.name)).toHaveLength(1);
      const ws = wb.getWorksheet(plan.name)!;
      const tables = ws.getTables() as unknown as { name: string; ref: string; columns: { name: string }[] }[];
      expect(tables.map((t) => t.name)).toEqual([plan.tableName]);
      const model = (tables[0] as unknown as { model: { tableRef: string; ref: string; columns: { name: string }[] } })
        .model;
      const lastColumn = String.fromCharCode(64 + plan.columns.length);
      expect(model.tableRef ?? model.ref).toBe(`A1:${lastColumn}${plan.rows.length + 1}`);
      expect(model.columns.map((c) => c.name)).toEqual(plan.columns.map((c) => c.header));
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(plan.columns.map((c) => c.header));
    }
    const findings = wb.getWorksheet(FINDINGS)!;
    expect(findings.getCell("A2").value).toBe("DATA-DATE");
    expect(findings.getCell("A3").value).toBeNull(); // the old sheet's rows are gone
  });

  it("writes dates as serial numbers formatted yyyy-mm-dd, and each kind's number format", async () => {
    const stored = await storedCells(output, EXPIRY);
    expect(stored.get("1,1")).toBe(46100); // a serial number in the file …
    const ws = (await load(output)).getWorksheet(EXPIRY)!;
    expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 2, 19))); // … that reads as a date
    expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("B4").value).toBeNull();
    expect(ws.getCell("C2").value).toBe(12);
    expect(ws.getCell("C2").numFmt).toBe("0");
    expect(ws.getCell("D2").value).toBe(0.5);
    expect(ws.getCell("D2").numFmt).toBe("0%");
    expect(ws.getCell("E2").value).toBe(3.25);
    expect(ws.getCell("E2").numFmt).toBe("0.00");
    expect(ws.getCell("A2").numFmt).toBe("@");
    // The file stores 22 characters as Excel does: (22 × 7 + 5) px over the digit's 7 px, in 256ths.
    expect(ws.getColumn(1).width).toBe(22.7109375);
    expect(ws.getColumn(6).width).toBe(18.7109375);
  });

  it("gives the table the plan's style and the links the plan's font", async () => {
    const { text } = await pkg(output);
    const tables = await Promise.all(
      Object.keys((await JSZip.loadAsync(output)).files)
        .filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))
        .map((p) => text(p)),
    );
    expect(tables.filter((t) => t.includes('name="PC_Expiry"')).join("")).toContain(
      '<tableStyleInfo name="TableStyleLight9"',
    );
    const ws = (await load(output)).getWorksheet(EXPIRY)!;
    expect(ws.getCell("F2").font).toEqual({ underline: true, color: { argb: "FF7030A0" } });
    expect(ws.getCell("A2").font?.underline).toBeFalsy();
  });

  it("freezes the header row", async () => {
    const wb = await load(output);
    for (const name of [EXPIRY, FINDINGS, SUMMARY]) {
      expect(wb.getWorksheet(name)!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("keeps formula-looking text as text: no formula in the cell, a string value", async () => {
    const ws = (await load(output)).getWorksheet(EXPIRY)!;
    FORMULA_LOOKING.forEach((text, i) => {
      const cell = ws.getCell(`A${i + 2}`);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
    });
    const { sheetPath, text } = await pkg(output);
    expect(await text(sheetPath.get(EXPIRY)!)).not.toContain("<f>");
  });

  it("writes links to cells in Excel's form: location only, no relationship", async () => {
    const { sheetPath, text, zip } = await pkg(output);
    const xml = await text(sheetPath.get(EXPIRY)!);
    const links = [...xml.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links).toEqual(
      ["F2", "F3", "F4", "F5"].map(
        (ref, i) => `<hyperlink ref="${ref}" location="&apos;${REGISTER}&apos;!A${i + 2}"/>`,
      ),
    );
    const rels = zip.file(relsPath(sheetPath.get(EXPIRY)!));
    expect(rels ? await rels.async("string") : "").not.toContain("hyperlink");
    const ws = (await load(output)).getWorksheet(EXPIRY)!;
    expect(ws.getCell("F2").text).toBe(`${REGISTER}!A2`);
  });

  it("writes the totals right under the table, in bold", async () => {
    const ws = (await load(output)).getWorksheet(SUMMARY)!;
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual(["合计", 14, undefined, 8]);
    expect(ws.getCell("A5").font?.bold).toBe(true);
    expect(ws.getCell("B5").font?.bold).toBe(true);
    expect(ws.getCell("B5").numFmt).toBe("0");
    expect(ws.getCell("A4").font?.bold).toBeFalsy();
    expect(ws.getCell("A6").value).toBeNull();
  });

  it("gives an empty table the one empty body row Excel gives it", async () => {
    const plan: WritePlan = { ...fullPlan(), sheets: [{ ...findingsSheet(), rows: [] }], deleteSheets: [] };
    const ws = (await load(await applyPlanToXlsx(input, plan))).getWorksheet(FINDINGS)!;
    const model = (ws.getTables()[0] as unknown as { model: { tableRef: string } }).model;
    expect(model.tableRef).toBe("A1:B2");
    expect(ws.getCell("A2").value).toBeNull();
  });

  it("orders the plan's sheets as the plan lists them, using the places of those it replaces", async () => {
    // Findings is 4th; the plan lists expiry (new) first: expiry takes that place, findings the new one at the end.
    const plan: WritePlan = { ...fullPlan(), sheets: [expirySheet(), findingsSheet()], deleteSheets: [] };
    const wb = await load(await applyPlanToXlsx(input, plan));
    expect(wb.worksheets.map((w) => w.name)).toEqual([REGISTER, NOTES, USERS_EXPIRY, EXPIRY, OLD_ENGLISH, FINDINGS]);
  });

  it("refuses a plan whose table name a kept sheet already uses, before writing anything", async () => {
    const plan: WritePlan = {
      ...fullPlan(),
      sheets: [{ ...expirySheet(), tableName: "PC_Findings_en" }],
      deleteSheets: [],
    };
    await expect(applyPlanToXlsx(input, plan)).rejects.toThrow(/already has a table named "PC_Findings_en"/);
  });
});

describe("applyPlanToXlsx: conditional formats", () => {
  it("keeps the user's rules and has the add-in's rules exactly once, with their fill and font colours", async () => {
    const before = rulesOf((await load(input)).getWorksheet(REGISTER)!).filter((r) => !isOwn(r.rule));
    const after = rulesOf((await load(output)).getWorksheet(REGISTER)!);
    const users = after.filter((r) => !isOwn(r.rule));
    expect(before).toHaveLength(2);
    expect(users).toEqual(before);
    expect(users.map((r) => r.rule.formulae?.[0])).toEqual([USER_RULE_FORMULA, "46200"]);

    const own = after.filter((r) => isOwn(r.rule));
    expect(own.map((r) => r.rule.formulae)).toEqual(OWN_RULES.map((r) => [r.formula.slice(1)]));
    expect(own.every((r) => r.ref === "A2:F5" && r.rule.type === "expression")).toBe(true);
    expect(own[0].rule.style).toMatchObject({
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
      font: { color: { argb: "FF9C0006" } },
    });
    // The earlier run's rule (…$D2<TODAY() with the expired marker, priority 3) was replaced, not kept beside.
    expect(after.filter((r) => r.rule.formulae?.[0].includes("PartnerCities:expired"))).toHaveLength(1);
    // Priorities are distinct, and the user's keep theirs.
    const priorities = after.map((r) => r.rule.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(users.map((r) => r.rule.priority)).toEqual([1, 2]);
  });

  it("removes the add-in's rules from other sheets when clearOtherHighlights, and only then", async () => {
    expect(rulesOf((await load(input)).getWorksheet(NOTES)!).filter((r) => isOwn(r.rule))).toHaveLength(1);
    expect(rulesOf((await load(output)).getWorksheet(NOTES)!)).toHaveLength(0);
    const keep = await applyPlanToXlsx(input, { ...fullPlan(), clearOtherHighlights: false });
    expect(rulesOf((await load(keep)).getWorksheet(NOTES)!).filter((r) => isOwn(r.rule))).toHaveLength(1);
  });

  it("never removes a rule without the marker, even with no highlights at all", async () => {
    const plan: WritePlan = { sheets: [], deleteSheets: [], highlights: [], clearOtherHighlights: true, settings: {} };
    const out = await load(await applyPlanToXlsx(input, plan));
    const reg = rulesOf(out.getWorksheet(REGISTER)!);
    expect(reg.map((r) => r.rule.formulae?.[0])).toEqual([USER_RULE_FORMULA, "46200"]);
    expect(HIGHLIGHT_MARKER).toBe("PartnerCities");
  });

  it("refuses to highlight a sheet the workbook does not have", async () => {
    const plan: WritePlan = { ...fullPlan(), highlights: [{ sheet: "Nope", range: "A2:B3", rules: OWN_RULES }] };
    await expect(applyPlanToXlsx(input, plan)).rejects.toThrow(/"Nope"/);
  });
});

describe("applyPlanToXlsx: the chart", () => {
  it("adds one chart, wired sheet → drawing → chart, with the table's categories and series", async () => {
    const { zip, sheetPath, text } = await pkg(output);
    expect(chartParts(zip)).toEqual(["xl/charts/chart1.xml"]);
    const sheet = sheetPath.get(SUMMARY)!;
    const drawingRelId = /<drawing r:id="(rId\d+)"\/>/.exec(await text(sheet))![1];
    const drawingTarget = new RegExp(`Id="${drawingRelId}" Type="[^"]*/drawing" Target="([^"]+)"`).exec(
      await text(relsPath(sheet)),
    )![1];
    const drawing = `xl/${drawingTarget.replace("../", "")}`;
    const chartRelId = /<c:chart [^>]*r:id="(rId\d+)"/.exec(await text(drawing))![1];
    expect(await text(relsPath(drawing))).toMatch(
      new RegExp(`Id="${chartRelId}" Type="[^"]*/chart" Target="../charts/chart1.xml"`),
    );
    const chart = await text("xl/charts/chart1.xml");
    const q = `&apos;${SUMMARY}&apos;`;
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      `${q}!$A$2:$A$4`,
      `${q}!$B$2:$B$4`,
      `${q}!$A$2:$A$4`,
      `${q}!$D$2:$D$4`,
    ]);
    expect([...chart.matchAll(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1])).toEqual([
      "交流次数",
      "上年交流",
    ]);
    // No other sheet got a drawing.
    for (const [name, path] of sheetPath) if (name !== SUMMARY) expect(await text(path)).not.toContain("<drawing ");
  });

  it("anchors the chart where the plan places it", async () => {
    const { text } = await pkg(output);
    const drawing = await text("xl/drawings/drawing1.xml");
    // The plan's cells F2:N21: the drawing's corners are F2's top-left and O22's.
    expect(drawing).toContain("<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row>");
  });
});

describe("applyPlanToXlsx: applying the same plan again", () => {
  it("gives the same sheets, cells, rules and one chart", async () => {
    const [a, b] = [await load(output), await load(again)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    expect(snapshot(b)).toEqual(snapshot(a));
    for (const ws of a.worksheets) expect(rulesOf(b.getWorksheet(ws.name)!)).toEqual(rulesOf(ws));
    const { zip } = await pkg(again);
    expect(chartParts(zip)).toHaveLength(1);
    expect(Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(1);
    const links = async (buf: Buffer) => {
      const p = await pkg(buf);
      return p.text(p.sheetPath.get(NOTES)!).then((x) => x.match(/<hyperlink [^>]*\/>/g));
    };
    expect(await links(again)).toEqual(await links(output));
  });

  it("keeps the plan's sheets in the same places and a summary without a chart drops the old one", async () => {
    const plan = fullPlan();
    plan.sheets[2] = { ...summarySheet(), chart: null };
    const { zip } = await pkg(await applyPlanToXlsx(output, plan));
    expect(chartParts(zip)).toHaveLength(0);
  });
});
