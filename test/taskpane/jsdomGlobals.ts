/**
 * What jest's jsdom environment lacks and the code under test uses: Node's TextEncoder (the
 * in-memory host measures request sizes with it) and structuredClone. Imported first by each
 * task-pane test, before anything that needs them.
 */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.structuredClone ??= <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
