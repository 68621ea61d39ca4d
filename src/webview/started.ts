/**
 * The first module of every add-in page's bundle. It tells webview-guard.js that the webview parsed
 * the bundle and runs it; a webview too old for the bundle's syntax never gets here, and the guard
 * shows its sentence instead of a blank pane. Where the guard found the webview lacking (the syntax
 * parsed, the library is too old), it stops the bundle here, before the page half-works.
 */
const page = window as Window & { partnerCitiesStarted?: boolean; partnerCitiesUnsupported?: boolean };
if (page.partnerCitiesUnsupported) throw new Error("webview-guard.js: this webview lacks ES2022; the page says so");
page.partnerCitiesStarted = true;

export {};
