/** Types of build/addin.js (plain CommonJS, so that webpack.config.js can require it). */
export interface BuildSettings {
  addinUrl: string;
  origin: string;
  officeJs: "cdn" | "bundled";
  officeJsSrc: string;
  version: string;
  supportUrl: string;
}
export const DEV_URL: string;
export const OFFICE_JS_CDN: string;
export const OFFICE_JS_DIR: string;
export function buildSettings(env?: NodeJS.ProcessEnv): BuildSettings;
export function contentSecurityPolicy(officeJs: "cdn" | "bundled"): string;
export function manifestVersion(raw: string | undefined, packageVersion: string, buildNumber: number | null): string;
export function renderManifest(template: string, settings: BuildSettings): string;
