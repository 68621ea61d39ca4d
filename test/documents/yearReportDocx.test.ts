import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Analysis } from "../../src/core/model";
import { runReport, type CliIo } from "../../src/cli/report";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { docxContent, paragraphs, tableAfter, type DocxContent } from "../helpers/docxContent";

/**
 * `npm run report -- demo.xlsx --docx OUT.docx`: the year-end report read back from the file
 * (jszip and an XML parser) and held against the analysis of the same workbook: the totals, the
 * table of partners, a table for each partner, the chart's categories, the agreements to renew,
 * the partners with no exchange, the invitations; set on A4 in 仿宋 and 黑体, numbered 一、（一）.
 */
const DEMO = join(__dirname, "../../sample/partner-cities-demo.xlsx");
const TODAY = "2026-11-27";
const YEAR = 2026;

// Written out, not computed: 二十三 is what a reader expects after 二十二.
const CHINESE_ORDINALS = (
  "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 " +
  "二十一 二十二 二十三 二十四 二十五 二十六 二十七 二十八 二十九 三十"
).split(" ");

let dir: string;
let analysis: Analysis;
let zh: DocxContent;

function io(): { io: CliIo; err: string[] } {
  const err: string[] = [];
  return {
    io: { stdout: () => undefined, stderr: (l) => void err.push(l), cwd: dir, now: () => new Date(2026, 10, 27) },
    err,
  };
}

async function report(...extra: string[]): Promise<Uint8Array> {
  const out = join(dir, `report-${extra.join("-").replace(/\W/g, "")}.docx`);
  const streams = io();
  const code = await runReport([DEMO, "--docx", out, "--today", TODAY, "--year", String(YEAR), ...extra], streams.io);
  expect({ code, err: streams.err }).toEqual({ code: 0, err: [expect.stringContaining(out)] });
  return readFile(out);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "year-report-"));
  analysis = analyzeWorkbook(await readWorkbookBuffer(readFileSync(DEMO)), { today: TODAY, year: YEAR });
  zh = await docxContent(await report());
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("the demo workbook has what the report is about", () => {
  const { partners } = analysis.summary;
  expect(partners.length).toBeGreaterThan(3);
  expect(partners.some((p) => p.suggestion.includes("renew"))).toBe(true);
  expect(partners.some((p) => p.suggestion.includes("redirect"))).toBe(true);
  expect(analysis.invitations.length).toBeGreaterThan(0);
});

test("title, the year's totals against last year, and the headings numbered as a government document", () => {
  const text = paragraphs(zh);
  const { totals } = analysis.summary;
  expect(text[0]).toBe(`西城区${YEAR}年度国内友好城市（区）交流工作总结`);
  const overall = text.find((t) => t.startsWith(`${YEAR}年，我区与`))!;
  expect(overall).toContain(`${analysis.summary.partners.length}个友好城市（区）开展交流活动${totals.exchanges}次`);
  expect(overall).toContain(`上年为${totals.previousYear}次`);
  const diff = totals.exchanges - totals.previousYear;
  expect(overall).toContain(diff < 0 ? `减少${-diff}次` : diff > 0 ? `增加${diff}次` : "持平");
  expect(overall).toContain(`领导互访${totals.leaderVisits}次`);
  expect(overall).toContain(`登载${totals.published}篇`);
  expect(overall).toContain(`重大事项${totals.events}件，已发函回应${totals.answered}件`);
  const inv = analysis.summary.invitations;
  expect(overall).toContain(`友城邀请我区${inv.received}次，我区邀请友城${inv.sent}次`);

  const headings = zh.blocks
    .filter((b) => b.kind === "p" && b.style === "GovHeading1")
    .map((b) => (b as { text: string }).text);
  expect(headings).toEqual([
    "一、总体情况",
    "二、各友城交流情况",
    "三、协议到期与续签",
    "四、无交流友城及调整建议",
    "五、档案整理情况",
    "六、部门单项领域合作协议备案",
    "七、重大活动邀请情况",
  ]);
  const second = zh.blocks
    .filter((b) => b.kind === "p" && b.style === "GovHeading2")
    .map((b) => (b as { text: string }).text);
  expect(second).toEqual(analysis.summary.partners.map((p, i) => `（${CHINESE_ORDINALS[i]}）${p.partner}`));
});

test("table 1: one row per partner of the summary, and the totals", () => {
  const rows = tableAfter(zh, `表1\u3000${YEAR}年各友城交流情况`)!;
  expect(rows[0]).toEqual([
    "友城",
    "交流次数",
    "上年",
    "领导互访",
    "领域",
    "刊物登载",
    "重大事项（已回应）",
    "年末状态",
  ]);
  const pick = (r: string[]) => [r[0], r[1], r[2], r[3], r[5], r[6]];
  expect(rows.slice(1).map(pick)).toEqual([
    ...analysis.summary.partners.map((p) => [
      p.partner,
      String(p.exchanges),
      String(p.previousYear),
      String(p.leaderVisits),
      String(p.published),
      `${p.events}（${p.answered}）`,
    ]),
    (({ totals: t }) => [
      "合计",
      String(t.exchanges),
      String(t.previousYear),
      String(t.leaderVisits),
      String(t.published),
      `${t.events}（${t.answered}）`,
    ])(analysis.summary),
  ]);
});

test("a table for each partner: exchanges, leader visits, publications, each event and how it was answered", () => {
  for (const p of analysis.summary.partners) {
    const rows = tableAfter(zh, p.partner)!;
    expect({ partner: p.partner, rows: rows.slice(1, 5) }).toEqual({
      partner: p.partner,
      rows: [
        ["交流次数", `${p.exchanges}次（上年${p.previousYear}次）`],
        ["领域", expect.any(String)],
        ["领导互访", `${p.leaderVisits}次`],
        ["刊物登载", `${p.published}篇`],
      ],
    });
    const events = analysis.events.filter(
      (e) => e.partnerFound && e.partner === p.partner && e.date?.startsWith(`${YEAR}`),
    );
    const cell = rows.find((r) => r[0] === "重大事项及回应")![1];
    expect(events.length).toBe(p.events);
    for (const e of events)
      expect(cell).toContain(`${e.date}${e.eventType}：${e.response || (e.responded ? "已回应" : "未回应")}`);
  }
});

test("the chart of exchanges per partner is a native Word chart with the summary's figures", async () => {
  const chart = zh.files.find((f) => /^word\/charts\/chart\d+\.xml$/.test(f))!;
  const xml = await zh.zip.file(chart)!.async("string");
  const partners = analysis.summary.partners;
  let at = 0;
  for (const p of partners) {
    at = xml.indexOf(`<c:v>${p.partner}</c:v>`, at);
    expect({ partner: p.partner, found: at >= 0 }).toEqual({ partner: p.partner, found: true });
  }
  expect(xml).toContain(`<c:v>${YEAR}年</c:v>`);
  expect(xml).toContain(`<c:v>${YEAR - 1}年</c:v>`);
  expect(paragraphs(zh)).toContain(`图1\u3000${YEAR}年各友城交流次数`);
});

test("agreements to renew, partners with no exchange, departmental agreements and invitations", () => {
  const renew = analysis.summary.partners.filter((p) => p.lastDay !== null && p.lastDay <= `${YEAR + 1}-12-31`);
  const renewal = tableAfter(zh, "表2\u3000到期及即将到期的协议")!;
  expect(renewal.slice(1).map((r) => [r[0], r[1]])).toEqual(renew.map((p) => [p.partner, p.lastDay]));

  const idle = analysis.summary.partners.filter((p) => p.exchanges === 0).map((p) => p.partner);
  expect(paragraphs(zh).find((t) => t.includes("没有开展交流活动"))).toContain(
    `以下${idle.length}个友城没有开展交流活动：${idle.join("、")}`,
  );

  const filings = tableAfter(zh, "表4\u3000部门单项领域合作协议")!;
  for (const f of analysis.filings.filter((f) => f.filed === null))
    expect(filings).toContainEqual([f.department, f.counterpart, f.name, f.signed ?? "", "未备案"]);

  const invited = analysis.invitations.filter((i) => i.date?.startsWith(`${YEAR}`));
  const invitations = tableAfter(zh, `表5\u3000${YEAR}年重大活动邀请（第十条）`)!;
  expect(invitations.slice(1).map((r) => [r[0], r[1]])).toEqual(invited.map((i) => [i.date, i.partner]));
});

test("A4, GB/T 9704's margins, 仿宋 text and 黑体 headings", async () => {
  const document = await zh.zip.file("word/document.xml")!.async("string");
  expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  const styles = await zh.zip.file("word/styles.xml")!.async("string");
  const style = (id: string) =>
    styles.slice(
      styles.indexOf(`w:styleId="${id}"`),
      styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)),
    );
  expect(style("GovBody")).toContain('w:eastAsia="仿宋"');
  expect(style("GovHeading1")).toContain('w:eastAsia="黑体"');
  expect(style("GovHeading2")).toContain('w:eastAsia="楷体"');
});

test("in English, the same figures", async () => {
  const en = await docxContent(await report("--lang", "en-US"));
  expect(paragraphs(en)[0]).toBe(`Xicheng District: Domestic Partner Cities, Year-End Report ${YEAR}`);
  const rows = tableAfter(en, `Table 1. Exchanges per partner, ${YEAR}`)!;
  expect(rows.slice(1, -1).map((r) => [r[0], r[1]])).toEqual(
    analysis.summary.partners.map((p) => [p.partner, String(p.exchanges)]),
  );
});

test("--template: the office's styles replace the built-in ones", async () => {
  const zip = await JSZip.loadAsync(await readFile(join(dir, "report-.docx")));
  const styles = (await zip.file("word/styles.xml")!.async("string")).replace(
    /w:eastAsia="仿宋"/g,
    'w:eastAsia="宋体"',
  );
  zip.file("word/styles.xml", styles);
  await writeFile(join(dir, "template.docx"), await zip.generateAsync({ type: "uint8array" }));
  const made = await docxContent(await report("--template", "template.docx"));
  const used = await made.zip.file("word/styles.xml")!.async("string");
  expect(used).toContain('w:eastAsia="宋体"');
  expect(used).not.toContain('w:eastAsia="仿宋"');
  expect(paragraphs(made)).toEqual(paragraphs(zh));
});

test("a template that is not a Word document: one line, exit 2, no report", async () => {
  await writeFile(join(dir, "not.docx"), "not a zip");
  const streams = io();
  const out = join(dir, "never.docx");
  expect(await runReport([DEMO, "--docx", out, "--template", "not.docx"], streams.io)).toBe(2);
  expect(streams.err).toEqual(["模板 not.docx 不是带样式的 Word 文档（.docx），未写出报告"]);
  await expect(readFile(out)).rejects.toThrow();
});
