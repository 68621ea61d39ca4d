/**
 * `npm run validate`: the offline schema check a person runs before deploying. It passes the
 * repository's manifest, fails a broken one with the file named and xmllint's reason, and says that
 * Microsoft's own validator needs the internet.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

function validate(...files: string[]) {
  return spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), join(ROOT, "scripts", "validate-manifest.ts"), ...files],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "partner-cities-validate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("passes manifest.xml and says Microsoft's validator needs the internet", () => {
  const run = validate(join(ROOT, "manifest.xml"));
  expect(run.stdout).toMatch(/manifest\.xml: valid/);
  expect(run.stdout).toMatch(/needs the internet/);
  expect(run.status).toBe(0);
});

test("fails a manifest without its <Version>, naming the file", () => {
  const broken = join(dir, "broken-manifest.xml");
  writeFileSync(broken, readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<Version>[^<]*<\/Version>/, ""));
  const run = validate(broken);
  expect(run.stderr).toMatch(/broken-manifest\.xml: NOT valid/);
  expect(run.stderr).toMatch(/ProviderName|Version/);
  expect(run.status).toBe(1);
});
