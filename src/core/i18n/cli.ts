import type { Catalog } from "./format";

/** What the command line says. Each is one line on standard error. */
export const CLI_MESSAGES = {
} satisfies Catalog;
