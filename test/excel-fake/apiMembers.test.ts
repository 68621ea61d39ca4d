import { readFileSync } from "node:fs";
import ts from "typescript";
import { EXCEL_API_MEMBERS } from "../../src/excel-fake/apiMembers";

/** The member lists the host guards must be those @types/office-js declares, so "not implemented" stays accurate. */
test("member lists match @types/office-js", () => {
  const path = require.resolve("@types/office-js/index.d.ts");
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const declared: Record<string, Set<string>> = {};
  const visit = (node: ts.Node, ns: string): void => {
    if (ts.isModuleDeclaration(node)) {
      const name = ns ? `${ns}.${node.name.text}` : node.name.text;
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, name));
      return;
    }
    if (ts.isClassDeclaration(node) && ns === "Excel" && node.name && node.name.text in EXCEL_API_MEMBERS) {
      const set = (declared[node.name.text] ??= new Set());
      for (const member of node.members)
        if (member.name && !ts.isConstructorDeclaration(member)) set.add(member.name.getText(source));
    }
    ts.forEachChild(node, (child) => visit(child, ns));
  };
  visit(source, "");
  const extra = ["sync", "trackedObjects", "requestHeaders", "load", "loadRecursive", "trace", "debugInfo"];
  for (const [cls, names] of Object.entries(EXCEL_API_MEMBERS)) {
    const expected = [...(declared[cls] ?? [])].concat(cls === "RequestContext" ? extra : []);
    expect([cls, [...new Set(names)].sort()]).toEqual([cls, [...new Set(expected)].sort()]);
  }
});
