/**
 * The shared build made for a made-up address (ADDIN_TEST_URL, buildOnce.ts) is ready to deploy
 * there: nothing in dist/ points at localhost, dist/manifest.xml is valid against the Office
 * schemas (xmllint, offline) and names only the build's address, and every page and icon it
 * names is in dist/ (icons at their sizes).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ADDIN_TEST_URL, ADDIN_TEST_VERSION, buildOnce, ROOT } from "./buildOnce";
import { BUILD_MS } from "../helpers/ceilings";

const SCHEMA = join(ROOT, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
/**
 * office.js's own Excel host files (office-js/, bundled builds only) name Microsoft's internal
 * document address http://document.localhost/: how the host talks to Excel, not a server.
 */
const MICROSOFT_INTERNAL = /(?:https?:)?\/\/document\.localhost\b/g;

let dist: string;

beforeAll(async () => {
  dist = (await buildOnce()).dist;
}, BUILD_MS);

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

const manifest = () => readFileSync(join(dist, "manifest.xml"), "utf8");

test("no file of dist/ names localhost", () => {
  const files = filesOf(dist);
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((file) => {
    let text = readFileSync(file).toString("latin1");
    if (relative(dist, file).startsWith("office-js/")) text = text.replace(MICROSOFT_INTERNAL, "");
    return [...text.matchAll(/localhost/gi)].map(
      (m) => `${relative(dist, file)}: …${text.slice(Math.max(0, m.index - 50), m.index + 30)}…`,
    );
  });
  expect(found).toEqual([]);
});

test("dist/manifest.xml is valid against the Office add-in schemas (xmllint, offline)", () => {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) throw new Error("xmllint is missing: apt-get install -y libxml2-utils (.ci/run does)");
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, join(dist, "manifest.xml")], {
    encoding: "utf8",
  });
  expect(run.stderr).toMatch(/validates/);
  expect(run.status).toBe(0);
});

test("dist/manifest.xml names only the build's address, its origin as AppDomain, and the build's version", () => {
  const xml = manifest();
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(20);
  expect(urls.filter((u) => !u.startsWith(ADDIN_TEST_URL))).toEqual([]);
  expect([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
    new URL(ADDIN_TEST_URL).origin,
  ]);
  expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(ADDIN_TEST_VERSION);
  expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(xml)?.[1]).toBe(`${ADDIN_TEST_URL}support.html`);
});

test("every page and icon dist/manifest.xml names is in dist/, icons at the size they are named at", () => {
  const xml = manifest();
  const named = new Set([...xml.matchAll(/"(https:[^"]+)"/g)].map((m) => m[1]!.slice(ADDIN_TEST_URL.length)));
  expect([...named]).toEqual(
    expect.arrayContaining([
      "taskpane.html",
      "commands.html",
      "support.html",
      "assets/icon-32.png",
      "assets/icon-80.png",
    ]),
  );
  const missing = [...named].filter((file) => !existsSync(join(dist, file)));
  expect(missing).toEqual([]);
  const wrongSize: string[] = [];
  for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="[^"]+\/([^"/]+\.png)"/g)) {
    const png = readFileSync(join(dist, "assets", m[2]!));
    if (png.readUInt32BE(16) !== Number(m[1])) wrongSize.push(`${m[2]} is ${png.readUInt32BE(16)} px, named ${m[1]}`);
  }
  expect(wrongSize).toEqual([]);
  // the outcome dialog, which commands.html opens beside itself
  expect(existsSync(join(dist, "outcome.html"))).toBe(true);
});
