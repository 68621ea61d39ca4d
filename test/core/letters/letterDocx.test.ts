import JSZip from "jszip";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import { letterDocx, letterFileName } from "../../../src/core/letters/letterDocx";
import { letterTemplate } from "../../../src/core/letters/builtInTemplate";

/** The text of word/document.xml's runs, paragraph by paragraph. */
async function paragraphsOf(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) =>
        t[1]
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"'),
      )
      .join(""),
  );
}

test("the .docx opens as a Word package and holds the letter's text, paragraph by paragraph", async () => {
  const letter = draftLetter(letterTemplate("disaster", "zh-CN"), {
    partner: "重庆市渝中区",
    occasion: "强降雨引发内涝",
    date: "2026-11-27",
    kind: "disaster",
    occasionDate: "2026-07-23",
  });
  const bytes = await letterDocx(letter);
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
  const zip = await JSZip.loadAsync(bytes);
  expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("wordprocessingml.document.main+xml");
  const paragraphs = (await paragraphsOf(bytes)).filter((p) => p !== "");
  expect(paragraphs).toEqual([letter.title, letter.salutation, ...letter.paragraphs, letter.sender, letter.date]);
  expect(paragraphs).toContain("2026年11月27日");
  expect(paragraphs[1]).toBe("重庆市渝中区人民政府：");
});

test("characters that XML escapes come back as they were", async () => {
  const letter = draftLetter(letterTemplate("festival", "en-US"), {
    partner: "A & B <District>",
    occasion: "New Year's Day",
    date: "2026-11-27",
    kind: "festival",
    lang: "en-US",
  });
  const paragraphs = await paragraphsOf(await letterDocx(letter));
  expect(paragraphs).toContain("People's Government of A & B <District>:");
});

test("the download's name: title, partner and date, without characters Windows refuses", () => {
  const letter = draftLetter(letterTemplate("festival", "zh-CN"), {
    partner: "甲/乙:区",
    occasion: "春节",
    date: "2026-11-27",
    kind: "festival",
  });
  expect(letterFileName(letter)).toBe("贺信-甲_乙_区-2026年11月27日.docx");
});
