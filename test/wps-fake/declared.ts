import { readFileSync } from "node:fs";
import ts from "typescript";

/**
 * The members WPS declares, by interface name: wps-jsapi's lib.et.d.ts (ET object model) and
 * lib.kso.d.ts (shared Office objects), and wps-jsapi-declare's index.d.ts (the add-in API), with
 * the members an interface inherits from the interfaces it extends.
 */
function interfacesOf(files: string[]): Map<string, { members: Set<string>; bases: string[] }> {
  const out = new Map<string, { members: Set<string>; bases: string[] }>();
  for (const file of files) {
    const path = require.resolve(file);
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node)) {
        const entry = out.get(node.name.text) ?? { members: new Set<string>(), bases: [] };
        for (const m of node.members) if (m.name) entry.members.add(m.name.getText(source));
        for (const clause of node.heritageClauses ?? [])
          for (const t of clause.types) entry.bases.push(t.expression.getText(source).split(".").pop()!);
        out.set(node.name.text, entry);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const INTERFACES = interfacesOf([
  "wps-jsapi/src/lib.et.d.ts",
  "wps-jsapi/src/lib.kso.d.ts",
  "wps-jsapi-declare/index.d.ts",
]);

export function declaredMembers(name: string): Set<string> {
  const entry = INTERFACES.get(name);
  if (!entry) throw new Error(`No interface ${name} in the WPS declarations`);
  const members = new Set(entry.members);
  for (const base of entry.bases) if (INTERFACES.has(base)) for (const m of declaredMembers(base)) members.add(m);
  return members;
}

/** The value of an enum member, as the declarations number it. */
export function declaredEnumValue(member: string): number | undefined {
  for (const file of ["wps-jsapi/src/lib.et.d.ts", "wps-jsapi/src/lib.kso.d.ts"]) {
    const m = new RegExp(`\\b${member}\\s*=\\s*(-?\\d+)`).exec(readFileSync(require.resolve(file), "utf8"));
    if (m) return Number(m[1]);
  }
  return undefined;
}
