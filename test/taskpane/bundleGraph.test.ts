import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * What taskpane.html's bundle can reach, read from the sources: the import graph from
 * src/taskpane/index.tsx. exceljs (and its zip) serve the command line and the preview only,
 * and the pane renders cell text as text, never as HTML.
 */
const ROOT = resolve(__dirname, "..", "..");
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function reachable(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith(".")) {
        packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = [".ts", ".tsx", "/index.ts", "/index.tsx", ""]
        .map((ext) => base + ext)
        .find((p) => existsSync(p) && !p.endsWith("/"));
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}

const graph = reachable(join(ROOT, "src", "taskpane", "index.tsx"));

test("nothing the task pane imports imports exceljs, jszip, the file writer or the in-memory host", () => {
  expect(graph.files.length).toBeGreaterThan(20);
  expect([...graph.packages].filter((p) => p === "exceljs" || p === "jszip")).toEqual([]);
  expect(
    graph.files
      .map((f) => f.slice(ROOT.length + 1))
      .filter((f) => f.startsWith("src/excel-file/") || f.startsWith("src/excel-fake/")),
  ).toEqual([]);
});

test("the task pane's sources never hand HTML to the DOM", () => {
  const offenders = graph.files
    .filter((f) => f.includes(`${join("src", "taskpane")}`))
    .filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(
        readFileSync(f, "utf8"),
      ),
    );
  expect(offenders).toEqual([]);
});
