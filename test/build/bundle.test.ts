/**
 * The production build (npm run build), as Office loads it:
 * (the shared build: a made-up address, the bundled office.js)
 * - commands.*.js registers every ExecuteFunction of manifest.xml with Office.actions.associate;
 * - what taskpane.html loads, office.js aside, is at most 200 KB gzip, without exceljs (it serves
 *   the command line and the preview only) and without IE11 polyfills (the add-in supports no IE11
 *   webview: webview.test.ts);
 * - no page has an inline script, each has the Content-Security-Policy, and no emitted bundle
 *   calls eval or new Function (the CSP forbids them).
 * The build is shared with test/e2e (buildOnce.ts). The measured sizes are printed.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BUILD_MS } from "../helpers/ceilings";
import { buildOnce, ROOT, type Build } from "./buildOnce";

const TASKPANE_BUDGET_BYTES = 200 * 1000;
/** exceljs, whatever build of it: its zip part names and its global name. */
const EXCELJS_MARKER = /xl\/worksheets\/sheet|ExcelJS/;
/**
 * core-js (its copyright line, its module paths) and regenerator-runtime: Babel's IE11 polyfills.
 * Not the bare "core-js": lodash probes for core-js's store ("__core-js_shared__") without bringing it.
 */
const POLYFILL_MARKER = /Denis Pushkarev|core-js\/modules\/|regeneratorRuntime|regenerator-runtime/;
/**
 * exceljs (in the preview only) bundles the setImmediate polyfill, whose string branch would
 * compile code; it is never taken (exceljs passes functions), and the CSP would refuse it.
 */
const KNOWN_EXCELJS_NEW_FUNCTION = /"function"!=typeof (\w)&&\(\1=new Function\(""\+\1\)\)/g;

let build: Build;
let dist: string;

beforeAll(async () => {
  build = await buildOnce();
  dist = build.dist;
  console.log(
    build.seconds === null
      ? `production build reused: ${dist}`
      : `production build: ${build.seconds.toFixed(1)} s into ${dist}`,
  );
}, BUILD_MS);

const read = (file: string) => readFileSync(join(dist, file), "utf8");

/** The scripts a page loads, in order (src attributes; html-webpack-plugin's minifier drops quotes). */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/g)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );
}

/** The page's CSP meta content, or undefined. */
export function cspOf(html: string): string | undefined {
  return /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1];
}

const manifestFunctions = () =>
  [...readFileSync(join(ROOT, "manifest.xml"), "utf8").matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
    (m) => m[1]!,
  );

test("commands.html loads webview-guard.js, office.js, then commands.*.js, which registers each ExecuteFunction of the manifest", () => {
  const scripts = scriptsOf(read("commands.html"));
  expect(scripts.slice(0, 2)).toEqual(["webview-guard.js", "office-js/office.js"]);
  const bundles = scripts.filter((s) => /^commands\.[0-9a-f]{8}\.js$/.test(s));
  expect(bundles).toHaveLength(1);
  const js = read(bundles[0]!);
  expect(js).toMatch(/\.actions\.associate\(/);
  expect(js).toMatch(/\.onReady\(/);
  const names = manifestFunctions();
  expect(names.length).toBeGreaterThanOrEqual(2);
  for (const name of names) expect(js).toContain(`"${name}"`);
});

test("what taskpane.html loads (office.js aside) is at most 200 KB gzip, with no exceljs and no IE11 polyfills", () => {
  const scripts = scriptsOf(read("taskpane.html"));
  expect(scripts).toContain("office-js/office.js");
  const own = scripts.filter((s) => !s.startsWith("office-js/"));
  expect(own.length).toBeGreaterThan(0);
  let raw = 0;
  let gzip = 0;
  for (const file of own) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 6 }).length;
    const text = bytes.toString("utf8");
    expect({ file, exceljs: EXCELJS_MARKER.exec(text)?.[0] ?? null }).toEqual({ file, exceljs: null });
    expect({ file, polyfill: POLYFILL_MARKER.exec(text)?.[0] ?? null }).toEqual({ file, polyfill: null });
  }
  console.log(
    `taskpane.html loads ${own.join(", ")}: ${(raw / 1000).toFixed(1)} KB, ${(gzip / 1000).toFixed(1)} KB gzip (budget ${TASKPANE_BUDGET_BYTES / 1000} KB; office.js aside)`,
  );
  expect(gzip).toBeLessThanOrEqual(TASKPANE_BUDGET_BYTES);
});

test("the markers find what they look for: exceljs is in the preview's bundle, the polyfills in exceljs's IE11 build", () => {
  const preview = scriptsOf(read("preview.html"))
    .filter((s) => !s.startsWith("office-js/"))
    .map(read)
    .join("\n");
  const ie11Exceljs = readFileSync(require.resolve("exceljs/dist/exceljs.min.js"), "utf8");
  expect({
    exceljsInPreview: EXCELJS_MARKER.test(preview),
    polyfillsInExceljsIe11Build: POLYFILL_MARKER.test(ie11Exceljs),
    // the preview bundles exceljs's bare build, without them
    polyfillsInPreview: POLYFILL_MARKER.exec(preview)?.[0] ?? null,
  }).toEqual({ exceljsInPreview: true, polyfillsInExceljsIe11Build: true, polyfillsInPreview: null });
});

test("no emitted bundle calls eval( or new Function", () => {
  const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
  expect(bundles.length).toBeGreaterThanOrEqual(4);
  const found: string[] = [];
  const fallbacks: string[] = [];
  for (const file of bundles) {
    const text = read(file).replace(KNOWN_EXCELJS_NEW_FUNCTION, "");
    for (const m of text.matchAll(/(?<![\w$.])eval\(|\bnew Function\b/g))
      found.push(`${file}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    // `Function("return this")()`: global-object fallbacks inside prebuilt bundles (exceljs's in
    // the preview), reached only where `self`/sloppy `this` are missing, never in a browser;
    // test/e2e checks that no page trips the CSP.
    fallbacks.push(...[...text.matchAll(/Function\(\s*"return this"\s*\)/g)].map(() => file));
  }
  if (fallbacks.length)
    console.log(
      `Function("return this") global fallbacks (not run in a browser): ${[...new Set(fallbacks)].map((f) => `${f} ×${fallbacks.filter((x) => x === f).length}`).join(", ")}`,
    );
  expect(found).toEqual([]);
});

test.each(["taskpane.html", "commands.html", "outcome.html", "support.html", "preview.html"])(
  "%s has the CSP first in <head> and no inline script",
  (page) => {
    const html = read(page);
    const csp = cspOf(html);
    expect(csp).toBeDefined();
    const directives = new Map(
      csp!
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    // before every script, so that it governs them all
    const firstScript = html.search(/<script\b/);
    if (firstScript >= 0) expect(html.indexOf("Content-Security-Policy")).toBeLessThan(firstScript);
    // every script has a src (an inline one would be refused by script-src 'self')
    expect([...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\bsrc=/.test(m[1]!))).toEqual([]);
  },
);

test("the preview has its sample workbook and office.js its mapping table beside it", () => {
  expect(readdirSync(join(dist, "sample"))).toContain("partner-cities-demo.xlsx");
  expect(readdirSync(join(dist, "office-js"))).toEqual(
    expect.arrayContaining(["office.js", "o15apptofilemappingtable.js"]),
  );
});
