/**
 * `npm run build:wps` makes the folder WPS loads, with the lists an office installs it from; the
 * built entry page, run on the in-memory ET host, answers the ribbon as WPS calls it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { createFakeEt } from "../../src/wps-fake";
import { BUTTON_IMAGE } from "../../src/commands/wpsRibbon";

jest.setTimeout(15 * 60_000);

const ROOT = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
const FOLDER = `${pkg.name}_${pkg.version}`;
const SERVER = "http://intranet.example/wps/xicheng-partner-cities";

let out: string;
let addin: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "wps-build-"));
  addin = join(out, FOLDER);
  const run = spawnSync("npm", ["run", "build:wps", "--", "--env", `url=${SERVER}`], {
    cwd: ROOT,
    env: { ...process.env, WPS_DIST: out },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`build:wps failed:\n${run.stdout}\n${run.stderr}`);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]!);

test("the add-in's folder holds the entry page, ribbon.xml, the task pane and the icons", () => {
  expect(readdirSync(out).sort()).toEqual([FOLDER, "jsplugins.xml", "publish.xml"].sort());
  expect(readFileSync(join(addin, "ribbon.xml"), "utf8")).toBe(readFileSync(join(ROOT, "ribbon.xml"), "utf8"));
  expect(existsSync(join(addin, BUTTON_IMAGE))).toBe(true);
  for (const page of ["index.html", "taskpane.html"]) {
    const html = readFileSync(join(addin, page), "utf8");
    expect(html).toContain("Content-Security-Policy");
    const scripts = scriptsOf(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect([page, s, existsSync(join(addin, s))]).toEqual([page, s, true]);
    expect(html).not.toContain("office.js");
  }
});

test("publish.xml lists the folder beside it (offline); jsplugins.xml the server's address", () => {
  expect(readFileSync(join(out, "publish.xml"), "utf8")).toBe(
    `<jsplugins>\n  <jsplugin name="${pkg.name}" type="et" url="${FOLDER}" version="${pkg.version}" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
  );
  expect(readFileSync(join(out, "jsplugins.xml"), "utf8")).toBe(
    `<jsplugins>\n  <jspluginonline name="${pkg.name}" type="et" url="${SERVER}/"/>\n</jsplugins>\n`,
  );
});

test("the built entry page, given WPS's Application, answers 年度总结 by writing and showing the summary", async () => {
  const et = createFakeEt(await fakeStateFromXlsx(readFileSync(join(ROOT, "sample", "partner-cities-demo.xlsx"))));
  const dom = new JSDOM(readFileSync(join(addin, "index.html"), "utf8"), {
    url: `http://127.0.0.1:3889/${FOLDER}/index.html`,
    runScripts: "outside-only",
  });
  const window = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  const told: string[] = [];
  // jsdom's window lacks what every Chromium has and the bundle uses.
  Object.assign(window, { TextEncoder, TextDecoder, Application: et.Application, alert: (m: string) => told.push(m) });
  for (const s of scriptsOf(readFileSync(join(addin, "index.html"), "utf8")))
    window.eval(readFileSync(join(addin, s), "utf8"));
  expect((window.GetImage as (c: { Id: string }) => string)({ Id: "btnYearSummary" })).toBe(BUTTON_IMAGE);
  expect((window.OnAction as (c: { Id: string }) => boolean)({ Id: "btnYearSummary" })).toBe(true);
  const deadline = Date.now() + 120_000;
  while (told.length === 0 && Date.now() < deadline) await new Promise((r) => setImmediate(r));
  expect(told).toHaveLength(1);
  const active = et.Application.ActiveWorkbook.ActiveSheet.Name;
  expect(et.state.sheets.find((s) => s.name === active)!.tables.map((t) => t.name)).toEqual([
    expect.stringMatching(/^PartnerCities_Summary_\d{4}$/),
  ]);
  expect(told[0]).toContain(active);
  dom.window.close();
});
