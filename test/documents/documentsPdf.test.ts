import { readFileSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { agreementDraft, relationOf, requestDraft } from "../../src/core/documents/drafts";
import { yearReport } from "../../src/core/documents/yearReport";
import { reachesDrafting } from "../../src/core/path/partnerPath";
import { documentDocx } from "../../src/docx-writer/documentDocx";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";

/**
 * The documents of the demo workbook opened by another word processor: LibreOffice (Debian's
 * libreoffice-writer-nogui, headless) converts the year-end report, a written request and an
 * agreement to PDF, and each PDF's text (poppler's pdftotext) holds what a reader looks for: the
 * title, every partner of the summary, the partner proposed, both governments. `.ci/run` installs both.
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
  dir = await mkdtemp(join(tmpdir(), "documents-pdf-"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Writes the files into `dir`, converts them to PDF in one LibreOffice run, and returns each PDF's text without whitespace. */
async function pdfTexts(files: { name: string; bytes: Uint8Array }[]): Promise<string[]> {
  const paths = await Promise.all(
    files.map(async (f) => {
      const path = join(dir, f.name);
      await writeFile(path, f.bytes);
      return path;
    }),
  );
  // A profile of its own, so that the test neither needs nor touches a user's LibreOffice settings.
  const converted = await exited("soffice", [
    `-env:UserInstallation=file://${join(dir, "profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    ...paths,
  ]);
  expect(converted.code).toBe(0);
  return Promise.all(
    paths.map(async (docx) => {
      const pdf = docx.replace(/\.docx$/, ".pdf");
      expect((await readFile(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const txt = docx.replace(/\.docx$/, ".txt");
      const text = await exited("pdftotext", ["-enc", "UTF-8", pdf, txt]);
      expect(text.code).toBe(0);
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
      if (!info.error) expect(info.stdout).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      // Table cells and lines wrap long names: compare without any whitespace.
      return (await readFile(txt, "utf8")).replace(/\s+/g, "");
    }),
  );
}

const flat = (text: string) => text.replace(/\s+/g, "");

test("LibreOffice converts the report and the drafts to A4 PDFs that hold their titles and partners", async () => {
  const analysis = analyzeWorkbook(await readWorkbookBuffer(readFileSync(DEMO)), { today: "2026-11-27", year: 2026 });
  const report = yearReport(analysis, "zh-CN");
  // The written request and the agreement of the demo's first path that has reached drafting.
  const path = analysis.paths.find(reachesDrafting);
  expect(path).toBeDefined();
  const request = requestDraft(analysis, path!, "zh-CN");
  const agreement = agreementDraft(path!.partner, relationOf(analysis, path!), "zh-CN");
  const docs = [report, request, agreement];
  const [reportText, requestText, agreementText] = await pdfTexts(
    await Promise.all(docs.map(async (doc, i) => ({ name: `document-${i}.docx`, bytes: await documentDocx(doc) }))),
  );

  docs.forEach((doc, i) => expect([reportText, requestText, agreementText][i]).toContain(flat(doc.title)));
  const missing = analysis.summary.partners.map((p) => p.partner).filter((name) => !reportText!.includes(flat(name)));
  expect(missing).toEqual([]);
  expect(requestText).toContain(flat(path!.partner));
  expect(requestText).toContain("妥否，请批示。");
  // Both governments in full, and a clause 第七条 requires.
  expect(agreementText).toContain("北京市西城区人民政府");
  expect(agreementText).toContain(flat(`${path!.partner}人民政府`));
  expect(agreementText).toContain("互不干涉对方城市（区）的内部事务");
});
