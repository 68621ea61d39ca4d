import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import * as objects from "../../src/wps-fake/objects";
import { CustomTaskpane, FakeEtApplication, PluginStorage, RibbonUi, createFakeEt, ET_ENUMS } from "../../src/wps-fake";
import { membersOf } from "../../src/wps-fake/strict";
import { XL } from "../../src/wps-host/etValues";
import { declaredEnumValue, declaredMembers } from "./declared";

/** Each class of the in-memory ET host, and the declared interface(s) it stands for. */
const CLASSES: [string, object, string[]][] = [
  ["Application", FakeEtApplication.prototype, ["EtApplication", "AddonRoot"]],
  ["Workbook", objects.EtWorkbook.prototype, ["EtWorkbook"]],
  ["Worksheets", objects.EtSheets.prototype, ["EtSheets"]],
  ["Worksheet", objects.EtWorksheet.prototype, ["EtWorksheet"]],
  ["Range", objects.EtRange.prototype, ["EtRange"]],
  ["Font", objects.EtFont.prototype, ["EtFont"]],
  ["condition's Font", objects.EtConditionFont.prototype, ["EtFont"]],
  ["Interior", objects.EtInterior.prototype, ["EtInterior"]],
  ["FormatConditions", objects.EtFormatConditions.prototype, ["EtFormatConditions"]],
  ["FormatCondition", objects.EtFormatCondition.prototype, ["EtFormatCondition"]],
  ["ListObjects", objects.EtListObjects.prototype, ["EtListObjects"]],
  ["ListObject", objects.EtListObject.prototype, ["EtListObject"]],
  ["Hyperlinks", objects.EtHyperlinks.prototype, ["EtHyperlinks"]],
  ["ChartObjects", objects.EtChartObjects.prototype, ["EtChartObjects"]],
  ["ChartObject", objects.EtChartObject.prototype, ["EtChartObject"]],
  ["Chart", objects.EtChart.prototype, ["EtChart"]],
  ["ChartTitle", objects.EtChartTitle.prototype, ["EtChartTitle"]],
  ["Window", objects.EtWindow.prototype, ["EtWindow"]],
  ["CustomDocumentProperties", objects.KsoDocumentProperties.prototype, ["KsoDocumentProperties"]],
  ["DocumentProperty", objects.KsoDocumentProperty.prototype, ["KsoDocumentProperty"]],
  ["PluginStorage", PluginStorage.prototype, ["PluginStorage"]],
  ["CustomTaskpane", CustomTaskpane.prototype, ["CustomTaskpane"]],
  ["RibbonUi", RibbonUi.prototype, ["RibbonUi"]],
];

test.each(CLASSES)("every member the in-memory ET host's %s implements is declared by WPS", (_, prototype, names) => {
  const declared = new Set(names.flatMap((n) => [...declaredMembers(n)]));
  const implemented = [...membersOf(prototype)];
  expect(implemented.length).toBeGreaterThan(0);
  expect(implemented.filter((m) => !declared.has(m))).toEqual([]);
});

test("every class of the host's objects module is in the list above", () => {
  const listed = new Set(CLASSES.map(([, p]) => p));
  const classes = (Object.values(objects) as unknown[]).filter(
    (v): v is { name: string; prototype: object } =>
      typeof v === "function" && /^[A-Z]/.test(v.name) && v.name !== "EtApplication",
  );
  expect(classes.filter((c) => !listed.has(c.prototype)).map((c) => c.name)).toEqual([]);
});

test("the enum numbers of the host and of the WPS shell are WPS's", () => {
  for (const table of [ET_ENUMS, XL])
    for (const [name, value] of Object.entries(table)) expect([name, declaredEnumValue(name)]).toEqual([name, value]);
});

/** The WPS shell's typed view of the ET model (src/wps-host/et.ts) names only declared members. */
test("the WPS shell's ET types use declared names only", () => {
  const path = join(__dirname, "..", "..", "src", "wps-host", "et.ts");
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  let interfaces = 0;
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    interfaces++;
    const declared = declaredMembers(node.name.text);
    for (const m of node.members)
      if (m.name && !declared.has(m.name.getText(source))) problems.push(`${node.name.text}.${m.name.getText(source)}`);
  });
  expect(interfaces).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test("a member the host does not implement throws, declared or not", () => {
  const et = createFakeEt();
  const sheet = et.Application.ActiveWorkbook.Worksheets.Item(1) as unknown as Record<string, unknown>;
  expect(() => sheet.PageSetup).toThrow("Not implemented by the in-memory ET host: EtWorksheet.PageSetup");
  expect(() => sheet.getRange).toThrow("Not implemented by the in-memory ET host: EtWorksheet.getRange");
  const range = (sheet.Range as (a: string) => Record<string, unknown>)("A1");
  expect(() => range.values).toThrow("EtRange.values");
  expect(() => (range.Value2 = 1)).not.toThrow();
  expect(() => (range.Row = 3)).toThrow("EtRange.Row is read-only");
});
