import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Workbooks as other programs save them, made at test time from a workbook in hand: LibreOffice
 * Calc (`soffice --headless --convert-to xlsx`, Debian's libreoffice-calc-nogui) and openpyxl
 * (Debian's python3-openpyxl, run with Debian's own python3). .ci/run installs both; without
 * them these tests fail saying which is missing.
 */

const PYTHON = "/usr/bin/python3";
const CEILING_MS = 180_000;

function run(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: CEILING_MS, input });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}); .ci/run installs it`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr.slice(0, 500)}`);
  return result.stdout;
}

function inTemp<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "pc-programs-"));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The workbook opened and saved again by LibreOffice Calc as .xlsx ("Calc MS Excel 2007 XML"). */
export function savedByLibreOffice(xlsx: Buffer): Buffer {
  return convertedByLibreOffice(xlsx, "xlsx", "Calc MS Excel 2007 XML");
}

/** The workbook saved by LibreOffice Calc in another format (xls, ods, csv): its filter, or the format's default. */
export function convertedByLibreOffice(xlsx: Buffer, extension: string, filter?: string): Buffer {
  return inTemp((dir) => {
    const input = join(dir, "in", "book.xlsx");
    run("mkdir", ["-p", join(dir, "in"), join(dir, "out"), join(dir, "profile")]);
    writeFileSync(input, xlsx);
    run("soffice", [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter ? `${extension}:${filter}` : extension,
      "--outdir",
      join(dir, "out"),
      input,
    ]);
    return readFileSync(join(dir, "out", `book.${extension}`));
  });
}

/** Runs a Python script with openpyxl; `args` are passed as sys.argv[1:]. */
export function openpyxl(script: string, args: string[]): string {
  return run(PYTHON, ["-c", script, ...args]);
}

/** The workbook loaded and saved by openpyxl (which writes absolute part paths and no cached values). */
export function savedByOpenpyxl(xlsx: Buffer): Buffer {
  return inTemp((dir) => {
    const input = join(dir, "in.xlsx");
    const output = join(dir, "out.xlsx");
    writeFileSync(input, xlsx);
    openpyxl("import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb.save(sys.argv[2])\n", [input, output]);
    return readFileSync(output);
  });
}

/** What openpyxl sees in a workbook: sheets, each cell's value and number format, tables, rules, names. */
export interface OpenpyxlView {
  sheets: {
    name: string;
    cells: Record<string, { value: string | number | boolean | null; format: string }>;
    tables: Record<string, string>;
    rules: string[];
  }[];
  names: Record<string, string>;
  date1904: boolean;
}

export function readWithOpenpyxl(xlsx: Buffer): OpenpyxlView {
  return inTemp((dir) => {
    const input = join(dir, "book.xlsx");
    writeFileSync(input, xlsx);
    const script = `
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()[:10]
    return v
out = {"sheets": [], "names": {}, "date1904": bool(wb.epoch.year == 1904)}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = {"value": plain(c.value), "format": c.number_format}
    rules = []
    for rng in ws.conditional_formatting:
        for rule in rng.rules:
            rules.append(str(rng.sqref) + " | " + str(rule.type) + " | " + "|".join(rule.formula or []))
    out["sheets"].append({"name": ws.title, "cells": cells, "tables": {t.displayName: t.ref for t in ws.tables.values()}, "rules": sorted(rules)})
try:
    items = wb.defined_names.items()
except AttributeError:
    items = [(d.name, d) for d in wb.defined_names.definedName]
for name, d in items:
    out["names"][name] = d.attr_text
print(json.dumps(out, ensure_ascii=False))
`;
    return JSON.parse(openpyxl(script, [input])) as OpenpyxlView;
  });
}
