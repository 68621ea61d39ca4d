import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec } from "../../../src/excel-file/chartXml";
import { addCharts } from "../../helpers/addCharts";
import { applyPlanToXlsx } from "../../../src/excel-file/applyPlan";
import { chartParts, fullPlan, inputWorkbook, load, pkg, REGISTER, relsPath } from "./planFixtures";

const SHEET = "O'Brien 总结";
const Q = "'O''Brien 总结'";

async function workbook(withImage: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("First").getCell("A1").value = "first";
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(["友城", "今年", "上年"]);
  ws.addRow(["巴黎", 5, 3]);
  ws.addRow(["东京", 2, null]);
  ws.addRow(["首尔 & <Seoul>", 7.5, 1]);
  if (withImage) {
    // A 1×1 PNG: exceljs writes the sheet's drawing; the chart must join it.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(id, "F1:G2");
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function spec(over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    sheet: SHEET,
    title: "交流 <次数> & 对比",
    type: "columnClustered",
    categories: `${Q}!$A$2:$A$4`,
    series: [
      { name: "今年", values: `${Q}!$B$2:$B$4` },
      { name: "上年", values: `${Q}!C2:C4` },
    ],
    anchor: { from: { col: 4, row: 1 }, to: { col: 12, row: 18 } },
    ...over,
  };
}

async function chartOf(buffer: Buffer, path = "xl/charts/chart1.xml"): Promise<string> {
  return (await JSZip.loadAsync(buffer)).file(path)!.async("string");
}

describe("addCharts", () => {
  it("writes a clustered column chart with the ranges and caches filled from the sheet", async () => {
    const out = await addCharts(await workbook(false), [spec()]);
    const chart = await chartOf(out);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "&apos;O&apos;&apos;Brien 总结&apos;!$A$2:$A$4",
      "&apos;O&apos;&apos;Brien 总结&apos;!$B$2:$B$4",
      "&apos;O&apos;&apos;Brien 总结&apos;!$A$2:$A$4",
      "&apos;O&apos;&apos;Brien 总结&apos;!$C$2:$C$4",
    ]);
    const caches = [...chart.matchAll(/<c:(?:str|num)Cache>([\s\S]*?)<\/c:(?:str|num)Cache>/g)].map((m) =>
      [...m[1].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) => `${p[1]}=${p[2]}`),
    );
    expect(caches).toEqual([
      ["0=巴黎", "1=东京", "2=首尔 &amp; &lt;Seoul&gt;"],
      ["0=5", "1=2", "2=7.5"],
      ["0=巴黎", "1=东京", "2=首尔 &amp; &lt;Seoul&gt;"],
      ["0=3", "2=1"], // the empty cell is a gap
    ]);
    expect(chart).toContain("<a:t>交流 &lt;次数&gt; &amp; 对比</a:t>");
    expect(chart.match(/<c:ptCount val="3"\/>/g)).toHaveLength(4);
  });

  it("wires sheet → drawing → chart and declares the content types", async () => {
    const out = await addCharts(await workbook(false), [spec()]);
    const { zip, sheetPath, text } = await pkg(out);
    const sheet = sheetPath.get(SHEET)!;
    const xml = await text(sheet);
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(xml)![1];
    // CT_Worksheet order: drawing after pageSetup, before tableParts/extLst, once.
    expect(xml.indexOf("<drawing ")).toBeGreaterThan(xml.indexOf("<pageSetup"));
    expect(xml.match(/<drawing /g)).toHaveLength(1);
    expect(await text(relsPath(sheet))).toContain(
      `Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>");
    expect(await text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const types = await text("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(await text(sheetPath.get("First")!)).not.toContain("<drawing");
    expect(chartParts(zip)).toEqual(["xl/charts/chart1.xml"]);
  });

  it("adds the chart to a sheet's existing drawing, beside its picture", async () => {
    const out = await addCharts(await workbook(true), [spec(), spec({ title: "second" })]);
    const { zip, sheetPath, text } = await pkg(out);
    expect((await text(sheetPath.get(SHEET)!)).match(/<drawing /g)).toHaveLength(1);
    expect(Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toEqual([
      "xl/drawings/drawing1.xml",
    ]);
    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:pic>/g)).toHaveLength(1);
    expect(drawing.match(/<xdr:graphicFrame /g)).toHaveLength(2);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rels = await text("xl/drawings/_rels/drawing1.xml.rels");
    expect(rels).toContain("/image");
    expect(rels).toContain('Target="../charts/chart1.xml"');
    expect(rels).toContain('Target="../charts/chart2.xml"');
    // exceljs still reads the file, picture included.
    const wb = await load(out);
    expect(wb.getWorksheet(SHEET)!.getImages()).toHaveLength(1);
  });

  it("refuses a chart on a sheet the workbook does not have", async () => {
    await expect(addCharts(await workbook(false), [spec({ sheet: "Nope" })])).rejects.toThrow(/"Nope"/);
  });
});

describe("applyPlanToXlsx and the user's conditional formats", () => {
  it("refuses to write when exceljs would drop a user's rule (duplicateValues, stopIfTrue)", async () => {
    const input = await inputWorkbook();
    const zip = await JSZip.loadAsync(input);
    const { sheetPath } = await pkg(input);
    const path = sheetPath.get(REGISTER)!;
    const xml = (await zip.file(path)!.async("string")).replace(
      "</conditionalFormatting>",
      '<cfRule type="duplicateValues" dxfId="0" priority="9"/></conditionalFormatting>',
    );
    zip.file(path, xml);
    const withDuplicates = await zip.generateAsync({ type: "nodebuffer" });
    await expect(applyPlanToXlsx(withDuplicates, fullPlan())).rejects.toThrow(/duplicateValues.*cannot keep/);

    const stop = await JSZip.loadAsync(input);
    stop.file(path, (await stop.file(path)!.async("string")).replace('priority="1"', 'priority="1" stopIfTrue="1"'));
    await expect(applyPlanToXlsx(await stop.generateAsync({ type: "nodebuffer" }), fullPlan())).rejects.toThrow(
      /stopIfTrue/,
    );
  });
});
