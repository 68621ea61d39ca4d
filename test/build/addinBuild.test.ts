/**
 * build/addin.js: what ADDIN_URL, OFFICE_JS, ADDIN_VERSION and SUPPORT_URL make of a build, its
 * Content-Security-Policy and dist/manifest.xml. Fast: no webpack (test/build/deploy.test.ts
 * checks the real build).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEV_URL,
  OFFICE_JS_CDN,
  buildSettings,
  contentSecurityPolicy,
  manifestVersion,
  renderManifest,
} from "../../build/addin";
import { ROOT } from "./buildOnce";

const template = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const pkgVersion = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const scriptSrc = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === "script-src")!
    .slice(1);

describe("buildSettings", () => {
  it("without ADDIN_URL builds for the dev server with the bundled office.js", () => {
    const s = buildSettings({});
    expect(s.addinUrl).toBe(DEV_URL);
    expect(s.officeJs).toBe("bundled");
    expect(s.officeJsSrc).toBe("office-js/office.js");
    expect(s.supportUrl).toBe(`${DEV_URL}support.html`);
  });

  it("with ADDIN_URL loads office.js from Microsoft's CDN unless OFFICE_JS=bundled", () => {
    const cdn = buildSettings({ ADDIN_URL: "https://oa.xicheng.example/addins/partner-cities" });
    expect(cdn.addinUrl).toBe("https://oa.xicheng.example/addins/partner-cities/");
    expect(cdn.origin).toBe("https://oa.xicheng.example");
    expect(cdn.officeJs).toBe("cdn");
    expect(cdn.officeJsSrc).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const intranet = buildSettings({ ADDIN_URL: "https://10.1.2.3:8443/pc/", OFFICE_JS: "bundled" });
    expect(intranet.officeJs).toBe("bundled");
    expect(intranet.origin).toBe("https://10.1.2.3:8443");
  });

  it("refuses what Office would not load, and an unknown OFFICE_JS, with a line saying what to write", () => {
    expect(() => buildSettings({ ADDIN_URL: "http://oa.xicheng.example/" })).toThrow(/https only/);
    expect(() => buildSettings({ ADDIN_URL: "oa.xicheng.example" })).toThrow(/https:\/\/HOST\/PATH\//);
    expect(() => buildSettings({ ADDIN_URL: "https://oa.xicheng.example/?a=1" })).toThrow(/no \?query/);
    expect(() => buildSettings({ OFFICE_JS: "local" })).toThrow(/OFFICE_JS=cdn .* OFFICE_JS=bundled/);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts from exactly the build's own source of office.js", () => {
    expect(scriptSrc(contentSecurityPolicy("bundled"))).toEqual(["'self'"]);
    expect(scriptSrc(contentSecurityPolicy("cdn"))).toEqual(["'self'", new URL(OFFICE_JS_CDN).origin]);
    for (const mode of ["cdn", "bundled"] as const) expect(contentSecurityPolicy(mode)).not.toMatch(/unsafe-eval|\*/);
  });
});

describe("manifestVersion", () => {
  it("is package.json's version with the build number, higher for a later commit", () => {
    expect(manifestVersion(undefined, "1.0.0", 41)).toBe("1.0.0.41");
    expect(manifestVersion(undefined, "1.0.0", 42)).not.toBe(manifestVersion(undefined, "1.0.0", 41));
    expect(manifestVersion("2.3", "1.0.0", 41)).toBe("2.3");
  });

  it("refuses a version the manifest schema would refuse", () => {
    expect(() => manifestVersion("1.0.0.123456", "1.0.0", null)).toThrow(/at most 5 digits/);
    expect(() => manifestVersion("v2", "1.0.0", null)).toThrow(/1 to 4 numbers/);
  });

  it("takes the commit count of this checkout when ADDIN_VERSION is unset", () => {
    expect(buildSettings({}).version).toMatch(new RegExp(`^${pkgVersion.replace(/\./g, "\\.")}\\.\\d+$`));
  });
});

describe("renderManifest", () => {
  const settings = buildSettings({ ADDIN_URL: "https://oa.xicheng.example/pc/", ADDIN_VERSION: "1.2.0.7" });

  it("moves every URL, the AppDomain, the version and the support URL to the build", () => {
    const xml = renderManifest(template, settings);
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toMatch(/<Version>1\.2\.0\.7<\/Version>/);
    expect(xml).toMatch(/<AppDomain>https:\/\/oa\.xicheng\.example<\/AppDomain>/);
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/oa\.xicheng\.example\/pc\/support\.html">/);
    const urls = [...xml.matchAll(/Value="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith("https://oa.xicheng.example/pc/"))).toEqual([]);
    // nothing but the addresses and the version changed
    const strip = (x: string) => x.replace(/https:\/\/[^"<]+/g, "URL").replace(/<Version>[^<]*</, "<Version><");
    expect(strip(xml)).toBe(strip(template));
  });

  it("takes SUPPORT_URL as the support page when given", () => {
    const xml = renderManifest(template, { ...settings, supportUrl: "https://oa.xicheng.example/help?a=1&b=2" });
    expect(xml).toContain('<SupportUrl DefaultValue="https://oa.xicheng.example/help?a=1&amp;b=2">');
  });

  it("fails when the template has a localhost URL the build does not move", () => {
    const stray = template.replace("</Description>", "</Description><!-- http://localhost:8080/x -->");
    expect(() => renderManifest(stray, settings)).toThrow(/still names localhost/);
  });
});
