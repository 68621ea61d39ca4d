/**
 * The Office the manifest asks for is the Office the code needs. Every Excel and Office member the
 * shells touch (src/excel-host, src/commands, src/taskpane, as they are now) is found by the
 * TypeScript checker: property accesses, object literals given to office-js (`set({...})`, load
 * options) and the names in `load("a, b/c")`. Each member's requirement set comes from its
 * declaration in @types/office-js (`[Api set: ExcelApi 1.7]`, or the "Requirement sets" links of
 * the common API). The test fails when a member needs a set the manifest does not declare at that
 * version, unless the function using it (or its module, at the top level) asks
 * `isSetSupported(set, version)` and has a fallback. It prints the members with their sets.
 */
import { mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, "..", "..");
const SHELLS = ["src/excel-host", "src/commands", "src/taskpane"];
const OFFICE_DTS = realpathSync(require.resolve("@types/office-js/index.d.ts"));
/** Sets of other Office applications: never the add-in's concern. */
const OTHER_APPS = /^(Mailbox|Word|PowerPoint|OneNote|Project|Outlook)/;

interface Requirement {
  set: string;
  version: string;
}

interface Use {
  member: string;
  requirements: Requirement[];
  file: string;
  line: number;
  guardedBy: Requirement[];
}

const compareVersions = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  return readdirSync(full)
    .sort()
    .flatMap((name) => {
      const path = join(full, name);
      if (statSync(path).isDirectory()) return sourceFiles(join(dir, name));
      return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
    });
}

/** The requirement sets in a declaration's doc comment. */
function requirementsOf(declaration: ts.Declaration): Requirement[] {
  const text = declaration.getSourceFile().getFullText();
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  const doc = comments.map((c) => text.slice(c.pos, c.end)).join("\n");
  const found: Requirement[] = [];
  for (const m of doc.matchAll(/\[Api set: (\w+) (\d+(?:\.\d+)*)\]/g)) found.push({ set: m[1]!, version: m[2]! });
  // the common API's "Requirement sets" bullets; one that starts "If …" applies to an optional parameter
  const block = /\*\*Requirement sets?\*\*:?([\s\S]*?)(?:\n\s*\*\s*@|\*\/)/.exec(doc)?.[1] ?? "";
  for (const bullet of block.split(/\n\s*\*\s*-\s+/).slice(1)) {
    if (/^If\b/.test(bullet)) continue;
    for (const m of bullet.matchAll(/\{@link [^|}]+\|\s*(\w+)(?: (\d+(?:\.\d+)*))?\s*\}/g))
      found.push({ set: m[1]!, version: m[2] ?? "1.1" });
  }
  return found.filter((r) => !OTHER_APPS.test(r.set));
}

function declaredSets(): Map<string, string> {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const sets = /<Sets\b[^>]*>([\s\S]*?)<\/Sets>/.exec(xml)?.[1] ?? "";
  return new Map(
    [...sets.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\s*\/>/g)].map((m) => [m[1]!, m[2]!] as const),
  );
}

function analyse(files: string[]): Use[] {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];

  /** The isSetSupported("Set", "version") calls under a node; functions inside it are skipped when `shallow`. */
  const guardCalls = (scope: ts.Node, shallow: boolean): Requirement[] => {
    const guards: Requirement[] = [];
    const visit = (inner: ts.Node) => {
      if (shallow && inner !== scope && ts.isFunctionLike(inner)) return;
      if (
        ts.isCallExpression(inner) &&
        /isSetSupported$/.test(inner.expression.getText()) &&
        inner.arguments.length >= 1 &&
        ts.isStringLiteralLike(inner.arguments[0]!)
      ) {
        const version = inner.arguments[1];
        guards.push({
          set: inner.arguments[0].text,
          version: version && ts.isStringLiteralLike(version) ? version.text : "1.1",
        });
      }
      ts.forEachChild(inner, visit);
    };
    visit(scope);
    return guards;
  };

  /** The guards that cover a use: in a function around it, or at the top level of its module. */
  const guardsAround = (node: ts.Node): Requirement[] => {
    const guards: Requirement[] = [];
    for (let n: ts.Node | undefined = node; n; n = n.parent) {
      if (ts.isSourceFile(n)) guards.push(...guardCalls(n, true));
      else if (ts.isFunctionLike(n)) guards.push(...guardCalls(n, false));
    }
    return guards;
  };

  const record = (symbol: ts.Symbol | undefined, at: ts.Node) => {
    if (!symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = (target.declarations ?? []).filter(
      (d) => realpathSync(d.getSourceFile().fileName) === OFFICE_DTS,
    );
    if (declarations.length === 0) return;
    // overloads repeat their sets
    const requirements = [
      ...new Map(declarations.flatMap(requirementsOf).map((r) => [`${r.set} ${r.version}`, r] as const)).values(),
    ];
    const { line } = at.getSourceFile().getLineAndCharacterOfPosition(at.getStart());
    uses.push({
      member: checker.getFullyQualifiedName(target),
      requirements,
      file: relative(ROOT, at.getSourceFile().fileName),
      line: line + 1,
      guardedBy: guardsAround(at),
    });
  };

  /** The names of a `load("a, b/c")` string, walked from the receiver's type. */
  const recordLoadPaths = (receiver: ts.Type, paths: string, at: ts.Node) => {
    for (const path of paths
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      let type: ts.Type | undefined = receiver;
      for (const name of path.split("/")) {
        const property: ts.Symbol | undefined = type && checker.getPropertyOfType(checker.getApparentType(type), name);
        record(property, at);
        type = property && checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, at));
      }
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node.name);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
      record(checker.getSymbolAtLocation(node.argumentExpression), node.argumentExpression);
    if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      if (contextual)
        for (const property of node.properties) {
          if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name))) continue;
          const types = contextual.isUnion() ? contextual.types : [contextual];
          for (const type of types) record(checker.getPropertyOfType(type, property.name.text), property.name);
        }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const callee = node.expression;
      if (callee.name.text === "load" && node.arguments.length === 1) {
        const receiver = checker.getTypeAtLocation(callee.expression);
        const arg = node.arguments[0]!;
        if (ts.isStringLiteralLike(arg)) recordLoadPaths(receiver, arg.text, arg);
        else if (ts.isArrayLiteralExpression(arg))
          for (const element of arg.elements)
            if (ts.isStringLiteralLike(element)) recordLoadPaths(receiver, element.text, element);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(program.getSourceFile(file)!);
  return uses;
}

/** What needs more than `declared` without a guard, one line each. */
function problemsOf(uses: Use[], declared: Map<string, string>): string[] {
  return uses.flatMap((use) =>
    use.requirements
      .filter((r) => {
        const have = declared.get(r.set);
        if (have !== undefined && compareVersions(have, r.version) >= 0) return false;
        return !use.guardedBy.some((g) => g.set === r.set && compareVersions(g.version, r.version) >= 0);
      })
      .map(
        (r) =>
          `${use.file}:${use.line} ${use.member} needs ${r.set} ${r.version}; the manifest declares ${declared.has(r.set) ? `${r.set} ${declared.get(r.set)}` : `no ${r.set}`}: guard it with Office.context.requirements.isSetSupported("${r.set}", "${r.version}") and a fallback in the same function`,
      ),
  );
}

let uses: Use[];

beforeAll(() => {
  uses = analyse(SHELLS.flatMap(sourceFiles));
});

test("finds the shells' Excel and Office members, with their requirement sets", () => {
  const members = new Map<string, string>();
  for (const use of uses)
    members.set(use.member, use.requirements.map((r) => `${r.set} ${r.version}`).join(", ") || "(no set)");
  console.log(
    `${members.size} Excel/Office members called by ${SHELLS.join(", ")}:\n` +
      [...members]
        .sort()
        .map(([member, sets]) => `  ${member}: ${sets}`)
        .join("\n"),
  );
  // what every version of the shells does: Excel.run, worksheets, range values
  expect([...members.keys()]).toEqual(expect.arrayContaining(["Excel.run", "Excel.Workbook.worksheets"]));
  expect(members.get("Excel.Range.values")).toBe("ExcelApi 1.1");
  expect(members.get("Office.UI.displayDialogAsync")).toBe("DialogApi 1.1");
  expect(
    uses.some((u) => u.requirements.some((r) => r.set === "ExcelApi" && compareVersions(r.version, "1.1") > 0)),
  ).toBe(true);
});

test("every member needs no more than the manifest declares, or is guarded by isSetSupported", () => {
  const declared = declaredSets();
  expect(declared.get("ExcelApi")).toBeDefined();
  const problems = problemsOf(uses, declared);
  expect(problems).toEqual([]);
});

test("the manifest asks for no more ExcelApi than the highest the unguarded code needs", () => {
  const needed = uses
    .filter((u) => u.guardedBy.length === 0)
    .flatMap((u) => u.requirements)
    .filter((r) => r.set === "ExcelApi")
    .map((r) => r.version)
    .sort(compareVersions)
    .pop();
  expect(declaredSets().get("ExcelApi")).toBe(needed);
});

test("the check flags a member above the manifest's set, and lets it pass behind isSetSupported", () => {
  const dir = mkdtempSync(join(tmpdir(), "partner-cities-apisets-"));
  try {
    const body = `context.workbook.load("autoSave");
  await context.sync();
  return context.workbook.autoSave;`;
    const bare = join(dir, "bare.ts");
    const guarded = join(dir, "guarded.ts");
    writeFileSync(bare, `export async function bare(context: Excel.RequestContext) {\n  ${body}\n}\n`);
    writeFileSync(
      guarded,
      `export async function guarded(context: Excel.RequestContext) {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return false;
  ${body}
}
`,
    );
    const found = analyse([bare, guarded]).filter((u) => u.member === "Excel.Workbook.autoSave");
    expect(found.map((u) => u.requirements)).toEqual([
      [{ set: "ExcelApi", version: "1.9" }],
      [{ set: "ExcelApi", version: "1.9" }],
      [{ set: "ExcelApi", version: "1.9" }],
      [{ set: "ExcelApi", version: "1.9" }],
    ]);
    const problems = problemsOf(found, new Map([["ExcelApi", "1.7"]]));
    expect(problems).toHaveLength(2); // the load("autoSave") and the read, both in bare.ts
    expect(problems.every((p) => p.includes("bare.ts") && p.includes("needs ExcelApi 1.9"))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
