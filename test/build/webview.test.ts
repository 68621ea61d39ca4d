/**
 * The webviews the add-in supports (README, "Which Office"): WebView2 on Windows, Safari 16.4+
 * (WKWebView) on Mac, a current browser for Excel on the web: ES2022. Not Internet Explorer 11
 * (Trident) nor Edge Legacy (EdgeHTML), which perpetual Office 2016/2019 may still use.
 *
 * - Every bundle of the shared build parses as ECMAScript 2022 (acorn at ecmaVersion 2022).
 * - webview-guard.js, which each add-in page loads first, parses as ECMAScript 3, so that IE11 and
 *   EdgeHTML run it, and holds the sentence of src/core/i18n/webview.json in ASCII escapes.
 * test/e2e/webview.e2e.test.ts shows the sentence in a browser.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse, type Options } from "acorn";
import { buildOnce } from "./buildOnce";
import { BUILD_MS } from "../helpers/ceilings";
import WEBVIEW from "../../src/core/i18n/webview.json";

const TARGET: Options["ecmaVersion"] = 2022;
const ADDIN_PAGES = ["taskpane.html", "commands.html", "outcome.html"];

let dist: string;

beforeAll(async () => {
  dist = (await buildOnce()).dist;
}, BUILD_MS);

const parses = (source: string, ecmaVersion: Options["ecmaVersion"]) => {
  try {
    parse(source, { ecmaVersion, sourceType: "script" });
    return "ok";
  } catch (error) {
    return (error as Error).message;
  }
};

test("the check refuses syntax newer than its target", () => {
  expect(parses("#!/usr/bin/env node\n1", 2022)).not.toBe("ok"); // hashbang: ES2023
  expect(parses("class A { static { A.x = 1 } }", 2021)).not.toBe("ok"); // static blocks: ES2022
  expect(parses("var f = () => 1", 3)).not.toBe("ok");
  expect(parses("class A { static { A.x = 1 } }", 2022)).toBe("ok");
});

test("every bundle of the build parses as ECMAScript 2022", () => {
  const bundles = readdirSync(dist).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
  expect(bundles.length).toBeGreaterThanOrEqual(4);
  const failures = bundles
    .map((file) => ({ file, result: parses(readFileSync(join(dist, file), "utf8"), TARGET) }))
    .filter((r) => r.result !== "ok");
  expect(failures).toEqual([]);
});

test("webview-guard.js is ECMAScript 3 in ASCII, with the sentence in zh-CN and en-US", () => {
  const guard = readFileSync(join(dist, "webview-guard.js"), "utf8");
  expect(parses(guard, 3)).toBe("ok");
  expect([...guard].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
  const messages = JSON.parse(/var MESSAGES = (\{.*?\});/.exec(guard)![1]!) as Record<string, string>;
  expect(messages).toEqual(WEBVIEW.unsupported);
  expect(messages["zh-CN"]).toMatch(/Microsoft 365.*Office 2021.*WebView2/);
  expect(messages["en-US"]).toMatch(/Microsoft 365.*Office 2021.*WebView2/);
});

test.each(ADDIN_PAGES)("%s loads webview-guard.js first, neither deferred nor async", (page) => {
  const html = readFileSync(join(dist, page), "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  expect(scripts[0]).toMatch(/\bsrc="?webview-guard\.js"?/);
  expect(scripts[0]).not.toMatch(/\b(defer|async)\b/);
  expect(scripts.length).toBeGreaterThanOrEqual(3);
});
