import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../../src/core/rules";
import type { Rule } from "../../../src/core/rules/rule";

// id → file → test in one hop: TERM-EXPIRED is src/core/rules/TERM-EXPIRED.ts, tested by TERM-EXPIRED.test.ts here.
const SRC = join(__dirname, "..", "..", "..", "src", "core", "rules");

test.each(RULES.map((r) => [r.meta.id, r] as const))(
  "%s is the module of its name, with a test of its name",
  (id, rule) => {
    const module = jest.requireActual<Record<string, Rule>>(join(SRC, id));
    expect(Object.values(module)).toContain(rule);
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  },
);

test("every module named like a rule id is a rule in RULES", () => {
  const files = readdirSync(SRC).filter((f) => /^[A-Z]+(-[A-Z]+)+\.ts$/.test(f));
  expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
});
