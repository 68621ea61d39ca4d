import { draftLetter } from "../../../src/core/letters/draftLetter";
import { draftForEvent, draftForGreeting } from "../../../src/core/letters/draftFor";
import { LETTER_TEMPLATE_IDS, type LetterTemplateId } from "../../../src/core/letters/letterTemplates";
import { letterTemplate } from "../../../src/core/letters/builtInTemplate";
import type { EventToAnswer } from "../../../src/core/letters/eventsToAnswer";
import type { GreetingRow } from "../../../src/core/greetings/greetingsCalendar";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const TODAY = "2026-11-27";
const PLACEHOLDER = /\{\w+\}/;

const event = (
  eventType: string,
  details: string,
  template: LetterTemplateId | null,
  date: string | null = "2026-07-24",
): EventToAnswer => ({
  at: { sheet: "重大事项", row: 4, column: null },
  partner: "成都市锦江区",
  partnerFound: true,
  date,
  daysSince: 126,
  eventType,
  details,
  eventKind: template === "emergency" || template === "disaster" ? "condolence" : "congratulatory",
  letterKind: null,
  template,
  occasion: details || eventType,
});

describe("a draft for each kind of letter (第十一条), in the office's register", () => {
  test.each([
    ["leadership", event("主要领导变动", "区委书记任职", "leadership"), "贺信", "区委书记任职"],
    ["emergency", event("重大突发事件", "商业楼宇火灾", "emergency"), "慰问函", "商业楼宇火灾"],
    ["disaster", event("严重自然灾害", "强降雨引发内涝", "disaster"), "慰问函", "强降雨引发内涝"],
    ["festival (an event of the sheet)", event("重要节日", "建区七十周年", "festival"), "贺信", "建区七十周年"],
  ])("%s", (_, e, title, occasion) => {
    const letter = draftForEvent(e, { today: TODAY, lang: "zh-CN" })!;
    expect(letter.title).toBe(title);
    expect(letter.text.split("\n")[0]).toBe(title);
    expect(letter.salutation).toBe("成都市锦江区人民政府：");
    expect(letter.text).toContain("\n成都市锦江区人民政府：\n");
    expect(letter.text).toContain(occasion);
    expect(letter.text.trimEnd().endsWith("北京市西城区人民政府\n2026年11月27日")).toBe(true);
    expect(letter.text).not.toMatch(PLACEHOLDER);
    expect(letter.letterKind).toBe(title === "贺信" ? "congratulation" : "condolence");
  });

  test("sympathy letters name the event's day; an event with no day recorded says 近日", () => {
    expect(
      draftForEvent(event("严重自然灾害", "强降雨引发内涝", "disaster"), { today: TODAY, lang: "zh-CN" })!.text,
    ).toContain("惊悉2026年7月24日贵方遭受强降雨引发内涝");
    expect(
      draftForEvent(event("重大突发事件", "火灾", "emergency", null), { today: TODAY, lang: "zh-CN" })!.text,
    ).toContain("惊悉近日贵方发生火灾");
  });

  test("an event whose type tells no letter gets none, unless one is picked", () => {
    const unknown = event("其他", "来函", null);
    expect(draftForEvent(unknown, { today: TODAY, lang: "zh-CN" })).toBeNull();
    expect(draftForEvent(unknown, { today: TODAY, lang: "zh-CN" }, "leadership")!.title).toBe("贺信");
  });

  test("a festival greeting", () => {
    const g: GreetingRow = {
      date: "2027-02-06",
      sendBy: "2027-01-23",
      occasion: "春节",
      kind: "festival",
      festival: "spring-festival",
      partners: ["上海市黄浦区", "重庆市渝中区"],
    };
    const letter = draftForGreeting(g, "重庆市渝中区", { today: TODAY, lang: "zh-CN" });
    expect(letter.kind).toBe("festival");
    expect(letter.text).toContain("重庆市渝中区人民政府：");
    expect(letter.text).toContain("值此春节来临之际");
    expect(letter.date).toBe("2026年11月27日");
    expect(letter.text).not.toMatch(PLACEHOLDER);
  });

  test("an anniversary greeting", () => {
    const g: GreetingRow = {
      date: "2026-12-20",
      sendBy: "2026-12-06",
      occasion: "结好10周年",
      kind: "anniversary",
      partners: ["西安市碑林区"],
      years: 10,
      tenth: true,
    };
    const letter = draftForGreeting(g, "西安市碑林区", { today: TODAY, lang: "zh-CN" });
    expect(letter.title).toBe("周年贺信");
    expect(letter.text).toContain("西安市碑林区人民政府：");
    expect(letter.text).toContain("值此两地结好10周年之际");
    expect(letter.text).toContain("10年来");
    expect(letter.text).toContain("2026年11月27日");
    expect(letter.text).not.toMatch(PLACEHOLDER);
  });

  test.each(
    LETTER_TEMPLATE_IDS.flatMap(
      (id) =>
        [
          [id, "zh-CN"],
          [id, "en-US"],
        ] as const,
    ),
  )("the built-in %s template in %s leaves no placeholder", (id, lang) => {
    const letter = draftLetter(letterTemplate(id, lang), {
      partner: "上海市黄浦区",
      occasion: "X",
      date: TODAY,
      kind: id,
      occasionDate: "2026-07-01",
      years: 10,
      lang,
    });
    expect(letter.text).not.toMatch(PLACEHOLDER);
    expect(letter.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(letter.text).toContain(lang === "zh-CN" ? "2026年11月27日" : "November 27, 2026");
  });
});

describe("values are data", () => {
  test("a partner named with {x} or = stays as it is", () => {
    for (const partner of ["{occasion}区", "=A1+1", "$&区"]) {
      const letter = draftLetter(letterTemplate("festival", "zh-CN"), {
        partner,
        occasion: "春节",
        date: TODAY,
        kind: "festival",
      });
      expect(letter.salutation).toBe(`${partner}人民政府：`);
      expect(letter.text).toContain(`谨向${partner}人民政府并`);
    }
  });

  test("an occasion holding a placeholder is not filled again", () => {
    const letter = draftLetter(letterTemplate("festival", "zh-CN"), {
      partner: "甲区",
      occasion: "{sender}",
      date: TODAY,
      kind: "festival",
    });
    expect(letter.text).toContain("值此{sender}来临之际");
  });
});

describe("templates and the sender are settings", () => {
  test("the office's own template and sender win over the built-in ones", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      letterTemplates: { "zh-CN": { festival: { title: "节日贺电", body: "{partner}：祝{occasion}快乐！\n\n此致" } } },
      letterSender: { "zh-CN": "北京市西城区人民政府对外联络服务办公室" },
    };
    const g: GreetingRow = {
      date: "2027-01-01",
      sendBy: "2026-12-18",
      occasion: "元旦",
      kind: "festival",
      partners: ["甲区"],
    };
    const letter = draftForGreeting(g, "甲区", { today: TODAY, lang: "zh-CN", settings });
    expect(letter.title).toBe("节日贺电");
    expect(letter.paragraphs).toEqual(["甲区：祝元旦快乐！", "此致"]);
    expect(letter.sender).toBe("北京市西城区人民政府对外联络服务办公室");
    expect(letter.text.trimEnd().endsWith("北京市西城区人民政府对外联络服务办公室\n2026年11月27日")).toBe(true);
    // Other kinds and languages keep the built-in drafts.
    expect(draftForGreeting(g, "甲区", { today: TODAY, lang: "en-US", settings }).title).toBe("Letter of Greetings");
  });

  test("English letters", () => {
    const letter = draftForEvent(event("主要领导变动", "new district head", "leadership"), {
      today: TODAY,
      lang: "en-US",
    })!;
    expect(letter.title).toBe("Letter of Congratulations");
    expect(letter.salutation).toBe("People's Government of 成都市锦江区:");
    expect(letter.text.trimEnd().endsWith("People's Government of Xicheng District, Beijing\nNovember 27, 2026")).toBe(
      true,
    );
  });
});
