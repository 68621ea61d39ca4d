import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runReport } from "../../src/cli/report";
import { draftsOf } from "../../src/core/documents/draftsOf";
import { analyzeWorkbook } from "../../src/core/analyze";
import { agreementDraft, relationOf, requestDraft } from "../../src/core/documents/drafts";
import { documentText } from "../../src/core/documents/documentModel";
import type { Analysis } from "../../src/core/model";
import { documentDocx } from "../../src/docx-writer/documentDocx";
import { readWorkbookBuffer } from "../../src/excel-file/readWorkbook";
import { docxContent, paragraphs } from "../helpers/docxContent";

/**
 * The drafts of 第六条第三项 and 第七条 for the demo workbook's candidates: the written request cites
 * the conditions of 第五条 the candidate meets and the exchanges so far; the agreement holds every
 * clause 第七条 requires, both governments' full names and blanks where a person must decide; an
 * agreement of 第五条第六项 has its own title and leaves the term blank; a renewal says so.
 */
const DEMO = join(__dirname, "../../sample/partner-cities-demo.xlsx");
let analysis: Analysis;

beforeAll(async () => {
  analysis = analyzeWorkbook(await readWorkbookBuffer(await readFile(DEMO)), { today: "2026-11-27" });
});

test("the request for each candidate: the conditions it meets, its exchanges, and what is asked", () => {
  const candidates = analysis.paths.filter((p) => p.source === "candidate");
  expect(candidates.length).toBeGreaterThan(1);
  for (const path of candidates) {
    const c = analysis.candidates.find((x) => x.sheet === path.sheet && x.row === path.row)!;
    const doc = requestDraft(analysis, path, "zh-CN");
    const text = documentText(doc);
    const friendly = c.recommendation === "friendly-city";
    expect(doc.blocks[0]).toEqual({
      kind: "title",
      text: friendly ? `关于与${c.city}缔结友好城市（区）关系的请示` : `关于与${c.city}签订合作框架协议的请示`,
    });
    expect(text).toContain("区政府：");
    expect(text).toContain(`对照第五条，${c.city}具备以下${c.criteriaMet.length}项条件：`);
    for (const n of [1, 2, 3, 4, 5])
      expect(text.some((t) => t.includes(`（第五条第${"一二三四五"[n - 1]}项）`) && /^（[一二三四五]）/.test(t))).toBe(
        c.criteriaMet.includes(n),
      );
    expect(text.join("")).toContain(`两地已开展交流活动${path.exchanges}次`);
    expect(text).toContain("妥否，请批示。");
    expect(relationOf(analysis, path)).toBe(friendly ? "friendly-city" : "framework");
  }
});

test("the agreement holds 第七条's clauses, both full names and blanks to fill", async () => {
  const doc = agreementDraft("江苏省苏州市姑苏区", "friendly-city", "zh-CN");
  const read = await docxContent(await documentDocx(doc));
  const text = paragraphs(read).join("\n");
  expect(paragraphs(read)[0]).toBe("北京市西城区与江苏省苏州市姑苏区缔结友好城市（区）关系协议书");
  expect(text).toContain("北京市西城区人民政府与江苏省苏州市姑苏区人民政府（以下简称“双方”）");
  for (const clause of [
    "不涉及本级政府管辖范围外的事务", // 第七条第一项
    "友好、合作、平等、互利", // 第二项
    "互不干涉对方城市（区）的内部事务", // 第三项
    "一式四份，双方各执两份", // 第四项
    "有效期为五年", // 第五项
    "协商是否续签",
    "行政区划调整变更",
  ])
    expect({ clause, found: text.includes(clause) }).toEqual({ clause, found: true });
  expect(text).toMatch(/第六条\u3000本协议书一式四份/);
  expect(text).toContain("＿＿＿＿＿＿");
  const signatures = read.blocks.find((b) => b.kind === "table");
  expect(signatures).toEqual({
    kind: "table",
    rows: [
      ["北京市西城区人民政府", "江苏省苏州市姑苏区人民政府"],
      ["代表（签字）：＿＿＿＿＿＿", "代表（签字）：＿＿＿＿＿＿"],
      ["签署地点：＿＿＿＿＿＿", "签署地点：＿＿＿＿＿＿"],
      ["签署日期：＿＿＿＿年＿＿月＿＿日", "签署日期：＿＿＿＿年＿＿月＿＿日"],
    ],
  });
});

test("第五条第六项's agreements: their own title and wording, the term left blank; a renewal names the first signing", () => {
  const framework = documentText(agreementDraft("大理白族自治州", "framework", "zh-CN"));
  expect(framework[0]).toBe("北京市西城区人民政府与大理白族自治州人民政府合作框架协议");
  expect(framework.join("")).toContain("有效期为＿＿年");
  expect(framework.join("")).not.toContain("有效期为五年");
  const single = documentText(agreementDraft("大理白族自治州", "single-field", "zh-CN")).join("");
  expect(single).toContain("双方在＿＿＿＿＿＿领域开展合作");
  const assistance = documentText(agreementDraft("大理白族自治州", "assistance", "zh-CN")).join("");
  expect(assistance).toContain("对口帮扶支援");
  const renewal = documentText(agreementDraft("上海市黄浦区", "friendly-city", "zh-CN", "2016-10-16"));
  expect(renewal[0]).toBe("北京市西城区与上海市黄浦区续签友好城市（区）关系协议书");
  expect(renewal.join("")).toContain("在双方于2016年10月16日缔结的友好城市（区）关系基础上续签本协议");
});

test("in English", () => {
  const en = documentText(agreementDraft("Suzhou", "friendly-city", "en-US"));
  expect(en[0]).toBe("Agreement on Establishing Friendly-City Relations between Xicheng District, Beijing, and Suzhou");
  expect(en.join(" ")).toContain("four copies, two for each side");
  expect(en.join(" ")).not.toMatch(/\p{Script=Han}/u);
});

test("npm run report -- --drafts DIR writes every draft: a request and an agreement per path at drafting, a renewal per renewal due", async () => {
  const dir = await mkdtemp(join(tmpdir(), "drafts-"));
  try {
    await mkdir(join(dir, "文稿"));
    const err: string[] = [];
    const io = {
      stdout: () => undefined,
      stderr: (l: string) => void err.push(l),
      cwd: dir,
      now: () => new Date(2026, 10, 27),
    };
    expect(await runReport([DEMO, "--drafts", "文稿", "--today", "2026-11-27"], io)).toBe(0);
    const expected = draftsOf(analysis, "zh-CN");
    // 第六条第三项 onwards, not yet signed: the steps of (一) and (二) are behind the path.
    const drafting = analysis.paths.filter(
      (p) => p.next && ["draft", "consulted", "request", "govMeeting", "npc", "signing"].includes(p.next),
    );
    expect(drafting.length).toBeGreaterThan(0);
    expect(drafting.length).toBeLessThan(analysis.paths.length);
    const paths = drafting.length;
    const urgent = analysis.agreements.filter((a) => a.status === "urgent").length;
    expect(expected).toHaveLength(2 * paths + urgent);
    expect(err).toEqual([expect.stringContaining(`${expected.length} 份文稿写入 文稿`)]);
    expect((await readdir(join(dir, "文稿"))).sort()).toEqual(expected.map((d) => d.fileName).sort());
    const titles = expected.map((d) => d.title).join("\n");
    for (const p of drafting) expect(titles).toContain(p.partner);
    for (const p of analysis.paths.filter((x) => !drafting.includes(x))) expect(titles).not.toContain(p.partner);
    for (const doc of expected) {
      const read = await docxContent(await readFile(join(dir, "文稿", doc.fileName)));
      expect(paragraphs(read)[0]).toBe(doc.title);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
