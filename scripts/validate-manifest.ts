/**
 * `npm run validate [-- FILE.xml …]`: checks manifest.xml, and dist/manifest.xml when a build made
 * one, against the Office add-in XML schemas in ../shared/schemas/office-manifest with xmllint,
 * offline (--nonet). Exit 0 when every file validates, 1 otherwise, 2 when xmllint or the schemas
 * are missing.
 *
 * Microsoft's own validator (`npx office-addin-manifest validate manifest.xml`) also checks what
 * the schemas cannot, but it sends the manifest to a Microsoft service: it needs the internet.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const SCHEMA = resolve(ROOT, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");

function main(): number {
  const given = process.argv.slice(2).map((f) => resolve(f));
  const files = given.length
    ? given
    : [join(ROOT, "manifest.xml"), join(ROOT, "dist", "manifest.xml")].filter((f) => existsSync(f));
  if (spawnSync("xmllint", ["--version"]).error) {
    console.error("xmllint is missing: apt-get install libxml2-utils (Debian/Ubuntu), or use a machine that has it.");
    return 2;
  }
  if (!existsSync(SCHEMA)) {
    console.error(`The schemas are missing: ${SCHEMA} (the repository expects ../shared beside it).`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    if (!existsSync(file)) {
      console.error(`${name}: no such file`);
      failed++;
      continue;
    }
    const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
    if (run.status === 0) console.log(`${name}: valid (Office add-in manifest schema, checked offline)`);
    else {
      failed++;
      console.error(`${name}: NOT valid\n${run.stderr.trim()}`);
    }
  }
  console.log("Microsoft's validator (npx office-addin-manifest validate <file>) checks more, but needs the internet.");
  return failed ? 1 : 0;
}

process.exit(main());
