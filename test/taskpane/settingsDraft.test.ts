import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readStoredSettings, writeStoredSettings, type StoredSettings } from "../../src/core/storedSettings";
import { defaultDraft, draftFrom, toStored, type Draft } from "../../src/taskpane/settingsDraft";

const none: StoredSettings = { settings: {}, today: null, year: null };
const edit = (change: Partial<Draft>, from: StoredSettings = none): ReturnType<typeof toStored> =>
  toStored({ ...draftFrom(from, null), ...change });

describe("the settings form's draft", () => {
  test("untouched defaults store nothing but the explicit nulls", () => {
    expect(edit({})).toEqual({ stored: none, errors: {} });
  });

  test("what the user stored comes back as it was (round trip through the workbook's JSON)", () => {
    const stored: StoredSettings = {
      settings: {
        urgentDays: 30,
        criteriaRequired: 4,
        levels: { ...DEFAULT_SETTINGS.levels, higher: [...DEFAULT_SETTINGS.levels.higher, "计划单列市"] },
        mapping: {
          名录: { role: "register", headerRow: 3, columns: { partner: "B", signingDate: "F" } },
          旧表: { role: "none" },
        },
        aliases: { 南京鼓楼: "南京市鼓楼区" },
      },
      today: "2026-01-31",
      year: 2025,
    };
    const again = toStored(draftFrom(readStoredSettings(writeStoredSettings(stored)), null));
    expect(again).toEqual({ stored, errors: {} });
  });

  test("numbers: whole, in range, ending-soon at least urgent; a value equal to the default is not stored", () => {
    expect(edit({ urgentDays: "x" }).errors.urgentDays).toEqual({ id: "invalid.integer", data: { min: 0, max: 3650 } });
    expect(edit({ criteriaRequired: "6" }).errors.criteriaRequired).toEqual({
      id: "invalid.integer",
      data: { min: 1, max: 5 },
    });
    expect(edit({ urgentDays: "200" }).errors.expiringDays).toEqual({ id: "invalid.expiring" });
    expect(edit({ urgentDays: " 90 " }, { ...none, settings: { urgentDays: 30 } }).stored.settings).toEqual({});
  });

  test("today and year: blank means none; a day that does not exist is refused", () => {
    expect(edit({ today: "2026-02-30" }).errors.today).toEqual({ id: "invalid.date" });
    expect(edit({ today: "2026-2-3", year: "2024" }).stored).toMatchObject({ today: "2026-02-03", year: 2024 });
    expect(edit({ year: "24" }).errors.year).toBeDefined();
  });

  test("the level table: one a line (commas and 、 too); a level in two lists is refused", () => {
    expect(
      edit({ levels: { corresponding: "地级市、自治州", higher: "省", lower: "县" } }).stored.settings.levels,
    ).toEqual({
      corresponding: ["地级市", "自治州"],
      higher: ["省"],
      lower: ["县"],
    });
    expect(edit({ levels: { corresponding: "地级市", higher: "地级市", lower: "" } }).errors.levels).toEqual({
      id: "invalid.levels",
      data: { levels: "地级市" },
    });
  });

  test("the mapping: letters upper-cased, wrong letters and rows refused, blank sheets left out", () => {
    const draft = draftFrom(none, null);
    draft.sheets = ["A", "B"];
    draft.mapping = {
      A: { role: "", headerRow: "", columns: { partner: "c", notes: "" } },
      B: { role: "", headerRow: "", columns: {} },
    };
    expect(toStored(draft).stored.settings.mapping).toEqual({ A: { columns: { partner: "C" } } });
    draft.mapping.A = { role: "events", headerRow: "0", columns: { partner: "C1" } };
    expect(toStored(draft).errors).toEqual({
      "mapping.A.headerRow": expect.anything(),
      "mapping.A.partner": { id: "invalid.column" },
    });
  });

  test("names of partners: both halves or neither", () => {
    expect(
      edit({
        aliases: [
          { name: " 鼓楼 ", partner: "南京市鼓楼区" },
          { name: "", partner: "" },
        ],
      }).stored.settings.aliases,
    ).toEqual({ 鼓楼: "南京市鼓楼区" });
    expect(edit({ aliases: [{ name: "鼓楼", partner: "" }] }).errors["alias.0"]).toEqual({ id: "invalid.alias" });
  });

  test("settings the form does not edit are kept as they were", () => {
    const base = { ...none, settings: { urgentDays: 30, responseDays: 10 } } as StoredSettings;
    (base.settings as Record<string, unknown>).somethingElse = [1, 2];
    const { stored } = toStored({ ...draftFrom(base, null), urgentDays: "45", responseDays: "7" }, base);
    expect(stored.settings).toEqual({ urgentDays: 45, somethingElse: [1, 2] });
  });

  test("restoring the defaults keeps the sheets listed and clears their mapping", () => {
    const draft = draftFrom({ ...none, settings: { urgentDays: 1, mapping: { 名录: { role: "none" } } } }, null);
    const reset = defaultDraft(draft);
    expect(reset.sheets).toEqual(["名录"]);
    expect(toStored(reset)).toEqual({ stored: none, errors: {} });
  });
});
