// @ts-check
/**
 * What one build of the add-in is for, read from the environment by webpack.config.js and checked
 * by test/build:
 *
 *   ADDIN_URL   where the office serves dist/, https and ending in "/" (one is added); every URL of
 *               dist/manifest.xml points there. Unset: https://localhost:3000/, the dev server.
 *   OFFICE_JS   "cdn": office.js from Microsoft's CDN, as Microsoft supports it (the default when
 *               ADDIN_URL is set); "bundled": the copy of @microsoft/office-js served beside the
 *               pages, for an intranet that cannot reach the CDN (the default for localhost, which
 *               the preview and the tests use).
 *   ADDIN_VERSION  the manifest's <Version> (1 to 4 numbers). Unset: package.json's version and,
 *               as the fourth number, the count of git commits, so each committed update is a
 *               higher version, which is what makes Office fetch the manifest again.
 *   SUPPORT_URL the manifest's <SupportUrl>. Unset: support.html of the build.
 */
const { execFileSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
/** The address of the dev server, which manifest.xml (the template of dist/manifest.xml) names. */
const DEV_URL = "https://localhost:3000/";
/** Microsoft's CDN copy of office.js, the one its documentation tells add-ins to load. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where a bundled build serves its copy of office.js, relative to the pages. */
const OFFICE_JS_DIR = "office-js";

/**
 * @param {string | undefined} raw
 * @returns {URL}
 */
function addinUrl(raw) {
  if (raw === undefined || raw.trim() === "") return new URL(DEV_URL);
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL=${raw} is not a URL; write it as https://HOST/PATH/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL=${raw}: Office loads add-ins over https only`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL=${raw}: no ?query or #fragment, only https://HOST/PATH/`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * @param {string | undefined} raw
 * @param {boolean} dev
 * @returns {"cdn" | "bundled"}
 */
function officeJsMode(raw, dev) {
  const mode = (raw ?? "").trim().toLowerCase();
  if (mode === "") return dev ? "bundled" : "cdn";
  if (mode === "cdn" || mode === "bundled") return mode;
  throw new Error(`OFFICE_JS=${raw}: write OFFICE_JS=cdn (Microsoft's CDN) or OFFICE_JS=bundled (closed network)`);
}

/** The number of commits of the checkout, or null outside git. */
function gitCommitCount() {
  try {
    const out = execFileSync("git", ["rev-list", "--count", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    const n = Number(out.trim());
    return Number.isInteger(n) ? n : null;
  } catch {
    return null;
  }
}

/**
 * The manifest's version: ADDIN_VERSION, or package.json's major.minor.patch with the build number
 * as the fourth part. The schema allows at most four parts of at most five digits.
 * @param {string | undefined} raw
 * @param {string} packageVersion
 * @param {number | null} buildNumber
 */
function manifestVersion(raw, packageVersion, buildNumber) {
  const version = raw && raw.trim() ? raw.trim() : `${packageVersion.replace(/[-+].*$/, "")}.${buildNumber ?? 0}`;
  if (!/^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){0,3}$/.test(version))
    throw new Error(`manifest version ${version}: write 1 to 4 numbers of at most 5 digits, e.g. 1.2.0.37`);
  return version;
}

/**
 * What this build is for.
 * @param {NodeJS.ProcessEnv} env
 */
function buildSettings(env = process.env) {
  const url = addinUrl(env.ADDIN_URL);
  const dev = url.href === DEV_URL;
  const officeJs = officeJsMode(env.OFFICE_JS, dev);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const version = manifestVersion(env.ADDIN_VERSION, pkg.version, env.ADDIN_VERSION ? null : gitCommitCount());
  return {
    /** https://HOST/PATH/ */
    addinUrl: url.href,
    /** https://HOST[:PORT], the manifest's AppDomain */
    origin: url.origin,
    officeJs,
    /** The src of office.js in the pages. */
    officeJsSrc: officeJs === "cdn" ? OFFICE_JS_CDN : `${OFFICE_JS_DIR}/office.js`,
    version,
    supportUrl: env.SUPPORT_URL && env.SUPPORT_URL.trim() ? env.SUPPORT_URL.trim() : `${url.href}support.html`,
  };
}

/**
 * The pages' Content-Security-Policy. Scripts only from the add-in's own origin and, in a CDN build,
 * from Microsoft's CDN origin (office.js loads its host files from beside itself), never eval;
 * styles inline as well, because Fluent UI's Griffel injects <style> elements at run time;
 * fetch/XHR only to the own origin (the preview fetches its sample workbook); no plugins, no
 * <base>, no form posts. frame-ancestors cannot be set from a <meta>: Office frames the pages.
 * @param {"cdn" | "bundled"} officeJs
 */
function contentSecurityPolicy(officeJs) {
  const scripts = officeJs === "cdn" ? `'self' ${new URL(OFFICE_JS_CDN).origin}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * dist/manifest.xml from manifest.xml: every dev-server URL moved to the build's address, the
 * AppDomain to its origin, the version and support URL set. Throws when the template lacks what
 * it replaces, so a change to manifest.xml cannot silently leave localhost behind.
 * @param {string} template
 * @param {ReturnType<typeof buildSettings>} settings
 */
function renderManifest(template, settings) {
  const devOrigin = new URL(DEV_URL).origin;
  const replaceOnce = (/** @type {string} */ xml, /** @type {RegExp} */ pattern, /** @type {string} */ value) => {
    if (!pattern.test(xml)) throw new Error(`manifest.xml has no ${pattern}`);
    return xml.replace(pattern, value);
  };
  let xml = template;
  xml = replaceOnce(xml, /<Version>[^<]*<\/Version>/, `<Version>${settings.version}</Version>`);
  xml = replaceOnce(
    xml,
    /(<SupportUrl DefaultValue=")[^"]*("\s*>\s*<Override Locale="en-US" Value=")[^"]*(")/,
    `$1${escapeXml(settings.supportUrl)}$2${escapeXml(settings.supportUrl)}$3`,
  );
  xml = replaceOnce(xml, /<AppDomain>[^<]*<\/AppDomain>/, `<AppDomain>${settings.origin}</AppDomain>`);
  xml = xml.split(DEV_URL).join(escapeXml(settings.addinUrl));
  if (settings.origin !== devOrigin && xml.includes("localhost"))
    throw new Error("dist/manifest.xml still names localhost: manifest.xml has a URL the build does not move");
  return xml;
}

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

module.exports = {
  DEV_URL,
  OFFICE_JS_CDN,
  OFFICE_JS_DIR,
  buildSettings,
  contentSecurityPolicy,
  manifestVersion,
  renderManifest,
};
