/**
 * docs/deploy.md is what the office's administrator follows: the README links it, it comes in
 * zh-CN first and then English, every file and image it links is in the repository, and what it
 * quotes of the add-in (the environment variables the build reads, the unsupported-webview
 * sentence, the manifest's ExcelApi) is what the code has. The IIS configuration, which no test
 * can serve here, is at least well-formed and says what the guide says it does.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import WEBVIEW from "../../src/core/i18n/webview.json";

const ROOT = resolve(__dirname, "..", "..");
const GUIDE = join(ROOT, "docs", "deploy.md");
const guide = readFileSync(GUIDE, "utf8");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

const links = (markdown: string) =>
  [...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));

test("the README links the guide, and the guide's Chinese part comes before its English one", () => {
  expect(links(readme)).toContain("docs/deploy.md");
  const zh = guide.indexOf("## 中文");
  const en = guide.indexOf("## English");
  expect(zh).toBeGreaterThan(0);
  expect(en).toBeGreaterThan(zh);
  for (const part of [guide.slice(zh, en), guide.slice(en)])
    expect(part).toMatch(/ADDIN_URL=https:\/\/\S+ npm run build[\s\S]*OFFICE_JS=bundled[\s\S]*nginx[\s\S]*IIS/);
});

test("every file and image the guide links is in the repository", () => {
  const linked = links(guide);
  expect(linked).toEqual(
    expect.arrayContaining([
      "nginx/partner-cities.conf",
      "iis/web.config",
      "images/deploy-overview.png",
      "images/trusted-catalog.png",
    ]),
  );
  expect(linked.filter((l) => !existsSync(resolve(dirname(GUIDE), l)))).toEqual([]);
});

test("the guide quotes the add-in as it is: its sentence for old webviews, its ExcelApi, the build's variables", () => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const excelApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)![1]!;
  expect(guide).toContain(`ExcelApi ${excelApi}`);
  expect(guide).toContain(WEBVIEW.unsupported["zh-CN"].slice(0, 12));
  expect(guide).toContain(WEBVIEW.unsupported["en-US"].slice(0, 40));
  const build = readFileSync(join(ROOT, "build", "addin.js"), "utf8");
  for (const variable of ["ADDIN_URL", "OFFICE_JS", "ADDIN_VERSION", "SUPPORT_URL"]) {
    expect(build).toContain(`env.${variable}`);
    expect(guide).toContain(variable);
  }
});

test("docs/iis/web.config is well-formed XML that has every file revalidated and scripts sent as UTF-8", () => {
  const file = join(ROOT, "docs", "iis", "web.config");
  const lint = spawnSync("xmllint", ["--nonet", "--noout", file], { encoding: "utf8" });
  if (lint.error) throw new Error("xmllint is missing: apt-get install -y libxml2-utils (.ci/run does)");
  expect(lint.stderr).toBe("");
  expect(lint.status).toBe(0);
  const xml = readFileSync(file, "utf8");
  expect(xml).toMatch(/<clientCache cacheControlMode="DisableCache" \/>/);
  expect(xml).toMatch(/<mimeMap fileExtension=".js" mimeType="text\/javascript; charset=utf-8" \/>/);
  expect(xml).toMatch(/<directoryBrowse enabled="false" \/>/);
});
