/** @jest-environment jsdom */
import { createPreferences } from "../../src/taskpane/preferences";

afterEach(() => localStorage.clear());

describe("the user's preferences", () => {
  test("the language is kept across panes, under the add-in's prefix and Office's partition key", () => {
    expect(createPreferences().lang()).toBeNull();
    createPreferences().setLang("en-US");
    expect(createPreferences().lang()).toBe("en-US");
    expect(localStorage.getItem("PartnerCities.lang")).toBe("en-US");

    createPreferences("https://host/a/").setLang("zh-CN");
    expect(localStorage.getItem("https://host/a/PartnerCities.lang")).toBe("zh-CN");
    expect(createPreferences("https://host/b/").lang()).toBeNull();
  });

  test("a value that is not a language of the add-in is ignored", () => {
    localStorage.setItem("PartnerCities.lang", "fr-FR");
    expect(createPreferences().lang()).toBeNull();
  });

  test("where the webview blocks localStorage, the choice lasts while the pane is open", () => {
    const spy = jest.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    try {
      const preferences = createPreferences();
      expect(preferences.lang()).toBeNull();
      preferences.setLang("en-US");
      expect(preferences.lang()).toBe("en-US");
    } finally {
      spy.mockRestore();
    }
  });
});
