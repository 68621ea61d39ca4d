import type JSZip from "jszip";
import { allSheetNames, attributes, readText, sheetParts, unescapeXml } from "./ooxml";

/**
 * exceljs does not keep every conditional format rule when it reads and writes a workbook: it
 * drops rules of some types (duplicateValues, uniqueValues, beginsWith, endsWith,
 * notContainsText, …) and the stopIfTrue flag. The writer must never remove or change a user's
 * rule, so it compares the rules without the marker on the user's sheets before and after, and
 * refuses to hand back a workbook that lost one.
 */
/** The command-line writer would lose something of the user's: it writes nothing instead. */
export class CannotKeepError extends Error {
  constructor(
    readonly sheet: string,
    detail: string,
  ) {
    super(
      `the sheet "${sheet}" has ${detail} that the command-line writer cannot keep; the workbook was not written — run the add-in in Excel instead`,
    );
    this.name = "CannotKeepError";
  }
}

/**
 * exceljs reads worksheets only: a chart sheet (or a dialog sheet) of the user's would be missing
 * from the copy. Every sheet the input lists and the plan does not replace or delete must be there.
 */
export async function checkSheetsKept(input: JSZip, output: JSZip, replaced: string[]): Promise<void> {
  const kept = new Set((await allSheetNames(output)).map((n) => n.toLowerCase()));
  const gone = new Set(replaced.map((n) => n.toLowerCase()));
  for (const name of await allSheetNames(input)) {
    if (!kept.has(name.toLowerCase()) && !gone.has(name.toLowerCase()))
      throw new CannotKeepError(name, "content (a chart sheet)");
  }
}

export async function checkUserRulesKept(
  input: JSZip,
  output: JSZip,
  sheetNames: string[],
  marker: string,
): Promise<void> {
  const wanted = new Set(sheetNames.map((n) => n.toLowerCase()));
  const outParts = new Map((await sheetParts(output)).map((p) => [p.name.toLowerCase(), p.path]));
  for (const part of await sheetParts(input)) {
    const key = part.name.toLowerCase();
    const outPath = outParts.get(key);
    if (!wanted.has(key) || !outPath) continue;
    const before = userRules(await readText(input, part.path), marker);
    const after = userRules(await readText(output, outPath), marker);
    const lost = [...before];
    for (const rule of after) {
      const i = lost.indexOf(rule);
      if (i >= 0) lost.splice(i, 1);
    }
    if (lost.length > 0) {
      throw new CannotKeepError(part.name, `conditional format rules (${lost.join("; ")})`);
    }
  }
}

/** Each rule without the marker as "sqref type [stopIfTrue] formula|formula". */
function userRules(xml: string | null, marker: string): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const cf of xml.matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g)) {
    const sqref = attributes(`<x${cf[1]}>`).sqref ?? "";
    for (const rule of cf[2].matchAll(/<cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cfRule>)/g)) {
      const a = attributes(`<x${rule[1]}>`);
      const formulas = [...(rule[2] ?? "").matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) => unescapeXml(m[1]));
      if (formulas.some((f) => f.includes(marker))) continue;
      out.push(
        `${sqref} ${a.type ?? ""}${a.stopIfTrue === "1" || a.stopIfTrue === "true" ? " stopIfTrue" : ""} ${formulas.join("|")}`,
      );
    }
  }
  return out;
}
