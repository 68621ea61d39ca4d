/**
 * manifest.xml: the schema (xmllint, offline) and what the schema cannot see (SOURCES.md of
 * shared/schemas/office-manifest lists the gaps): every resid resolves to a resource of the
 * right kind, ids are unique, every display string is in zh-CN and en-US, URLs are https,
 * icons exist at their sizes, the ribbon's functions are the ones commands.ts registers.
 *
 * The XML is read by a real, namespace-aware parser (saxes, which exceljs already brings in)
 * into a small element tree, not by regular expressions. (jest-environment-jsdom, whose
 * DOMParser would do the same, is not installed.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SaxesParser } from "saxes";
import { RIBBON_FUNCTIONS } from "../../src/commands/commands";

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = resolve(ROOT, "manifest.xml");
const SCHEMA = resolve(ROOT, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const ORIGIN = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

const DEFAULT_LOCALE = "zh-CN";
const OTHER_LOCALE = "en-US";

type ResourceKind = "image" | "url" | "short" | "long";

/** Which resource table an element's `resid` must point into, by the element's local name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Label: "short",
  Title: "short",
  Description: "long",
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
};

/** Limits from the manifest reference: resid at most 32 characters, short strings 125, long 250. */
const MAX_RESID = 32;
const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { short: 125, long: 250 };

const HAN = /\p{Script=Han}/u;

/** The ribbon icon sizes of Microsoft's add-in command guidance: 16, 32 and 80 required, the others for high-DPI screens. */
const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

/** An XML element: namespace URI, local name, attributes by `{uri}local` (`local` when unqualified), children, text. */
interface El {
  uri: string;
  localName: string;
  attributes: Map<string, string>;
  children: El[];
  text: string;
}

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: El[] = [];
  let root: El | undefined;
  parser.on("opentag", (tag) => {
    const el: El = { uri: tag.uri, localName: tag.local, attributes: new Map(), children: [], text: "" };
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      el.attributes.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("error", (e) => {
    throw new Error(`manifest.xml is not well-formed XML: ${e.message}`);
  });
  parser.write(xml).close();
  if (!root) throw new Error("manifest.xml has no root element");
  return root;
}

const root = parseXml(readFileSync(MANIFEST, "utf8"));

function attr(el: El, localName: string, uri = ""): string | null {
  return el.attributes.get(uri ? `{${uri}}${localName}` : localName) ?? null;
}

function descendants(el: El): El[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

function all(scope: El, ns: string, localName: string): El[] {
  return descendants(scope).filter((d) => d.uri === ns && d.localName === localName);
}

function childElements(parent: El, ns: string, localName: string): El[] {
  return parent.children.filter((c) => c.uri === ns && c.localName === localName);
}

function onlyChild(parent: El, ns: string, localName: string): El {
  const found = childElements(parent, ns, localName);
  if (found.length !== 1) throw new Error(`<${parent.localName}> should have one <${localName}>, has ${found.length}`);
  return found[0]!;
}

function xsiType(el: El): string | null {
  return attr(el, "type", NS.xsi);
}

function versionOverrides(): El {
  return onlyChild(root, NS.ov, "VersionOverrides");
}

interface Resource {
  id: string;
  kind: ResourceKind;
  element: El;
}

function resources(): Resource[] {
  const res = onlyChild(versionOverrides(), NS.ov, "Resources");
  const table = (tableName: string, itemName: string, kind: ResourceKind): Resource[] =>
    childElements(res, NS.bt, tableName).flatMap((t) =>
      childElements(t, NS.bt, itemName).map((element) => ({ id: attr(element, "id") ?? "", kind, element })),
    );
  return [
    ...table("Images", "Image", "image"),
    ...table("Urls", "Url", "url"),
    ...table("ShortStrings", "String", "short"),
    ...table("LongStrings", "String", "long"),
  ];
}

/** Elements under VersionOverrides/Hosts that carry a resid. */
function residReferences(): El[] {
  return descendants(onlyChild(versionOverrides(), NS.ov, "Hosts")).filter((el) => attr(el, "resid") !== null);
}

/** DefaultValue and the locale overrides of a locale-aware setting or resource. */
function localized(
  el: El,
  overrideNs: string,
): { defaultValue: string; overrides: Map<string, string>; duplicates: string[] } {
  const overrides = new Map<string, string>();
  const duplicates: string[] = [];
  for (const o of childElements(el, overrideNs, "Override")) {
    const locale = attr(o, "Locale") ?? "";
    if (overrides.has(locale.toLowerCase())) duplicates.push(locale);
    overrides.set(locale.toLowerCase(), attr(o, "Value") ?? "");
  }
  return { defaultValue: attr(el, "DefaultValue") ?? "", overrides, duplicates };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ that an https://localhost:3000/assets/… URL serves. */
function assetFile(url: string): string {
  expect(url.startsWith(`${ORIGIN}assets/`)).toBe(true);
  return resolve(ROOT, "assets", url.slice(`${ORIGIN}assets/`.length));
}

describe("manifest.xml", () => {
  it("validates against the Office add-in XML schema (xmllint, offline)", () => {
    const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
    if (probe.error) {
      throw new Error(
        "xmllint is not on the PATH, so manifest.xml cannot be checked against its schema. " +
          "Install it with `apt-get install -y libxml2-utils` (.ci/run does).",
      );
    }
    if (!existsSync(SCHEMA)) {
      throw new Error(`The schema ${SCHEMA} is missing: the repository expects shared/ beside it (../shared).`);
    }
    const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, MANIFEST], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`xmllint exited ${run.status}:\n${run.stderr}`);
  });

  it("is a task-pane add-in for Excel, zh-CN by default", () => {
    expect(root.uri).toBe(NS.app);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(onlyChild(root, NS.app, "DefaultLocale").text.trim()).toBe(DEFAULT_LOCALE);
    const hosts = all(onlyChild(root, NS.app, "Hosts"), NS.app, "Host").map((h) => attr(h, "Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(xsiType(versionOverrides())).toBe("VersionOverridesV1_0");
    const vHosts = childElements(onlyChild(versionOverrides(), NS.ov, "Hosts"), NS.ov, "Host").map(xsiType);
    expect(vHosts).toEqual(["Workbook"]);
  });

  it("has unique resource ids of at most 32 characters", () => {
    const ids = resources().map((r) => r.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect(ids.filter((id) => id.length === 0 || id.length > MAX_RESID)).toEqual([]);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const byId = new Map(resources().map((r) => [r.id, r] as const));
    const problems: string[] = [];
    for (const el of residReferences()) {
      const resid = attr(el, "resid") ?? "";
      const expected = RESID_KIND[el.localName];
      const found = byId.get(resid);
      if (!expected) problems.push(`<${el.localName} resid="${resid}">: no rule for this element in the test`);
      else if (!found) problems.push(`<${el.localName} resid="${resid}">: no such resource`);
      else if (found.kind !== expected) {
        problems.push(`<${el.localName} resid="${resid}">: points to a ${found.kind} resource, needs ${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("uses every resource it declares", () => {
    const used = new Set(residReferences().map((el) => attr(el, "resid")));
    expect(
      resources()
        .filter((r) => !used.has(r.id))
        .map((r) => r.id),
    ).toEqual([]);
  });

  it("has unique ids for tabs, groups and controls", () => {
    const hosts = onlyChild(versionOverrides(), NS.ov, "Hosts");
    const ids = descendants(hosts).flatMap((el) => attr(el, "id") ?? []);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const resourceIds = new Set(resources().map((r) => r.id));
    expect(ids.filter((id) => resourceIds.has(id))).toEqual([]);
  });

  it("gives every display string in zh-CN (default) and en-US, within the length limits", () => {
    const problems: string[] = [];
    const check = (what: string, el: El, overrideNs: string, kind: ResourceKind | "text") => {
      const { defaultValue, overrides, duplicates } = localized(el, overrideNs);
      const english = overrides.get(OTHER_LOCALE.toLowerCase());
      if (duplicates.length) problems.push(`${what}: more than one Override for ${duplicates.join(", ")}`);
      if (overrides.size !== 1 || english === undefined)
        problems.push(`${what}: needs exactly one Override, for ${OTHER_LOCALE}`);
      if (kind === "image" || kind === "url") return;
      if (!HAN.test(defaultValue))
        problems.push(`${what}: the ${DEFAULT_LOCALE} DefaultValue "${defaultValue}" has no Chinese`);
      if (english !== undefined && (english.trim() === "" || HAN.test(english))) {
        problems.push(`${what}: the ${OTHER_LOCALE} value "${english}" is empty or not English`);
      }
      const max = kind === "text" ? undefined : MAX_LENGTH[kind];
      for (const value of [defaultValue, english ?? ""]) {
        if (max !== undefined && value.length > max) problems.push(`${what}: "${value}" is longer than ${max}`);
      }
    };
    check("DisplayName", onlyChild(root, NS.app, "DisplayName"), NS.app, "short");
    check("Description", onlyChild(root, NS.app, "Description"), NS.app, "long");
    check("IconUrl", onlyChild(root, NS.app, "IconUrl"), NS.app, "url");
    check("HighResolutionIconUrl", onlyChild(root, NS.app, "HighResolutionIconUrl"), NS.app, "url");
    check("SupportUrl", onlyChild(root, NS.app, "SupportUrl"), NS.app, "url");
    check(
      "SourceLocation",
      onlyChild(onlyChild(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation"),
      NS.app,
      "url",
    );
    for (const r of resources()) check(`resource ${r.id}`, r.element, NS.bt, r.kind);
    expect(problems).toEqual([]);
  });

  it("points every URL at https://localhost:3000/ and the task pane at taskpane.html", () => {
    const urls: string[] = [];
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      const { defaultValue, overrides } = localized(onlyChild(root, NS.app, name), NS.app);
      urls.push(defaultValue, ...overrides.values());
    }
    const source = onlyChild(onlyChild(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
    const { defaultValue: taskpane } = localized(source, NS.app);
    expect(taskpane).toBe(`${ORIGIN}taskpane.html`);
    for (const r of resources().filter((r) => r.kind === "url" || r.kind === "image")) {
      const { defaultValue, overrides } = localized(r.element, NS.bt);
      urls.push(defaultValue, ...overrides.values());
    }
    expect(urls.filter((u) => !u.startsWith(ORIGIN))).toEqual([]);

    const byId = new Map(resources().map((r) => [r.id, r] as const));
    const actions = all(versionOverrides(), NS.ov, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      const resid = attr(onlyChild(action, NS.ov, "SourceLocation"), "resid") ?? "";
      const resource = byId.get(resid);
      expect(resource && attr(resource.element, "DefaultValue")).toBe(taskpane);
    }
  });

  it("names its own origin as AppDomain and a support page", () => {
    const domains = all(onlyChild(root, NS.app, "AppDomains"), NS.app, "AppDomain").map((d) => d.text.trim());
    expect(domains).toEqual([new URL(ORIGIN).origin]);
    expect(localized(onlyChild(root, NS.app, "SupportUrl"), NS.app).defaultValue).toBe(`${ORIGIN}support.html`);
  });

  it("gives the group and every button an icon at each size Office asks for (16–80 px)", () => {
    const iconSets = all(versionOverrides(), NS.ov, "Icon");
    expect(iconSets.length).toBe(5); // the group and its four buttons
    for (const icon of iconSets)
      expect(childElements(icon, NS.bt, "Image").map((img) => Number(attr(img, "size")))).toEqual(RIBBON_ICON_SIZES);
  });

  it("serves icons that exist in assets/ at the sizes the manifest says", () => {
    const problems: string[] = [];
    const expectIcon = (what: string, url: string, size: number) => {
      const file = assetFile(url);
      if (!existsSync(file)) return void problems.push(`${what}: ${file} does not exist`);
      const { width, height } = pngSize(file);
      if (width !== size || height !== size)
        problems.push(`${what}: ${file} is ${width}×${height}, needs ${size}×${size}`);
    };
    expectIcon("IconUrl", localized(onlyChild(root, NS.app, "IconUrl"), NS.app).defaultValue, 32);
    expectIcon(
      "HighResolutionIconUrl",
      localized(onlyChild(root, NS.app, "HighResolutionIconUrl"), NS.app).defaultValue,
      64,
    );
    const byId = new Map(resources().map((r) => [r.id, r] as const));
    const iconImages = all(versionOverrides(), NS.bt, "Image").filter((el) => attr(el, "resid") !== null);
    expect(iconImages.length).toBeGreaterThan(0);
    for (const img of iconImages) {
      const size = Number(attr(img, "size"));
      const resource = byId.get(attr(img, "resid") ?? "");
      if (!resource) continue; // reported by the resid test
      const { defaultValue, overrides } = localized(resource.element, NS.bt);
      for (const url of [defaultValue, ...overrides.values()]) expectIcon(`Image ${resource.id}`, url, size);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("runs exactly the functions that commands.ts registers, from a function file", () => {
    const actions = all(versionOverrides(), NS.ov, "Action").filter((a) => xsiType(a) === "ExecuteFunction");
    const names = actions.map((a) => onlyChild(a, NS.ov, "FunctionName").text.trim());
    expect([...names].sort()).toEqual([...RIBBON_FUNCTIONS].sort());
    const functionFiles = all(versionOverrides(), NS.ov, "FunctionFile");
    expect(functionFiles.length).toBeGreaterThan(0);
    const byId = new Map(resources().map((r) => [r.id, r] as const));
    for (const ff of functionFiles) {
      const resource = byId.get(attr(ff, "resid") ?? "");
      expect(resource && attr(resource.element, "DefaultValue")).toBe(`${ORIGIN}commands.html`);
    }
  });

  it("has a custom tab with one group holding the four buttons", () => {
    const tabs = all(versionOverrides(), NS.ov, "CustomTab");
    expect(tabs.map((t) => attr(t, "id"))).toEqual(["PartnerCities.Tab"]);
    const groups = childElements(tabs[0]!, NS.ov, "Group");
    expect(groups).toHaveLength(1);
    const controls = childElements(groups[0]!, NS.ov, "Control").map((c) => {
      const action = onlyChild(c, NS.ov, "Action");
      const functionName = childElements(action, NS.ov, "FunctionName")[0]?.text.trim() ?? "";
      return `${xsiType(c)}:${xsiType(action)}:${functionName}`;
    });
    expect(controls).toEqual([
      "Button:ShowTaskpane:",
      "Button:ExecuteFunction:showYearEndSummary",
      "Button:ExecuteFunction:writeHighlights",
      "Button:ExecuteFunction:makeDrafts",
    ]);
  });
});
