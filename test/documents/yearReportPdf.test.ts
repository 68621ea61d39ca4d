import { readFileSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { yearReport } from "../../src/core/documents/yearReport";
import { documentDocx } from "../../src/docx-writer/documentDocx";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";

/**
 * The year-end report of the demo workbook opened by another word processor: LibreOffice
 * (Debian's libreoffice-writer-nogui, headless) converts it to PDF, and the PDF's text
 * (poppler's pdftotext) holds the title and every partner of the summary. `.ci/run` installs both.
 */
const DEMO = join(__dirname, "../../sample/partner-cities-demo.xlsx");

jest.setTimeout(600_000);

function need(command: string, probe: string[], pkg: string): void {
  const run = spawnSync(command, probe, { encoding: "utf8" });
  if (run.error)
    throw new Error(`${command} is not on the PATH: apt-get install ${pkg} (.ci/run installs it) to run this test.`);
}

/** Resolves with the exit code once the process has exited: a ceiling, not a timing. */
function exited(command: string, args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => void (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, err }));
  });
}

let dir: string;

beforeAll(async () => {
  need("soffice", ["--version"], "libreoffice-writer-nogui");
  need("pdftotext", ["-v"], "poppler-utils");
  dir = await mkdtemp(join(tmpdir(), "year-report-pdf-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("LibreOffice converts the report to PDF, and the PDF names every partner of the summary", async () => {
  const analysis = analyzeWorkbook(await readWorkbookBuffer(readFileSync(DEMO)), { today: "2026-11-27", year: 2026 });
  const doc = yearReport(analysis, "zh-CN");
  const docx = join(dir, "report.docx");
  await writeFile(docx, await documentDocx(doc));

  // A profile of its own, so that the test neither needs nor touches a user's LibreOffice settings.
  const converted = await exited("soffice", [
    `-env:UserInstallation=file://${join(dir, "profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    docx,
  ]);
  expect(converted.code).toBe(0);
  const pdf = await readFile(join(dir, "report.pdf"));
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const text = await exited("pdftotext", ["-enc", "UTF-8", join(dir, "report.pdf"), join(dir, "report.txt")]);
  expect(text.code).toBe(0);
  // Table cells wrap long names over lines: compare without any whitespace.
  const flat = (await readFile(join(dir, "report.txt"), "utf8")).replace(/\s+/g, "");
  expect(flat).toContain(doc.title.replace(/\s+/g, ""));
  const missing = analysis.summary.partners
    .map((p) => p.partner)
    .filter((name) => !flat.includes(name.replace(/\s+/g, "")));
  expect(missing).toEqual([]);
  const info = spawnSync("pdfinfo", [join(dir, "report.pdf")], { encoding: "utf8" });
  if (!info.error) expect(info.stdout).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
});
