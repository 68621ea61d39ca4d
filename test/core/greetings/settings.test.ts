import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readStoredSettings, writeStoredSettings } from "../../../src/core/storedSettings";

describe("greeting and letter settings", () => {
  test("defaults: 60 days' window, 14 days' lead, 元旦 春节 中秋 国庆, built-in letters", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      greetingWindowDays: 60,
      greetingLeadDays: 14,
      festivals: ["new-year", "spring-festival", "mid-autumn", "national-day"],
      letterTemplates: {},
      letterSender: {},
    });
  });

  test("read from the workbook: numbers in range, festivals by name or id, templates and sender", () => {
    const stored = readStoredSettings(
      JSON.stringify({
        greetingWindowDays: 90,
        greetingLeadDays: 21,
        festivals: ["春节", "中秋", "端午节", "Spring Festival", "圣诞节", "national-day"],
        letterTemplates: { "zh-CN": { festival: { title: "节日贺信", body: "值此{occasion}之际……" } } },
        letterSender: { "zh-CN": "北京市西城区人民政府外事办公室", "en-US": "  " },
      }),
    );
    expect(stored.settings).toEqual({
      greetingWindowDays: 90,
      greetingLeadDays: 21,
      festivals: ["spring-festival", "mid-autumn", "dragon-boat", "national-day"],
      letterTemplates: { "zh-CN": { festival: { title: "节日贺信", body: "值此{occasion}之际……" } } },
      letterSender: { "zh-CN": "北京市西城区人民政府外事办公室" },
    });
  });

  test("damaged values are ignored, not trusted", () => {
    const stored = readStoredSettings({
      greetingWindowDays: -1,
      greetingLeadDays: 1.5,
      festivals: "春节",
      letterTemplates: {
        "zh-CN": {
          festival: { title: 1, body: "x" },
          leadership: { title: "贺信", body: " " },
          nonsense: { title: "a", body: "b" },
        },
        "fr-FR": {},
      },
      letterSender: ["北京"],
    });
    expect(stored.settings).toEqual({ letterTemplates: { "zh-CN": {} } });
  });

  test("an empty festival list is kept: the office may greet on anniversaries only", () => {
    expect(readStoredSettings({ festivals: [] }).settings.festivals).toEqual([]);
  });

  test("written and read back unchanged", () => {
    const settings = {
      greetingWindowDays: 45,
      festivals: ["qingming" as const],
      letterSender: { "en-US": "Liaison Office" },
    };
    expect(readStoredSettings(writeStoredSettings({ settings, today: null, year: null })).settings).toEqual(settings);
  });
});
