import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/core/rules";

/** The README's table of rules is what staff and maintainers read: it must list every rule as it is. */
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const rows = new Map(
  readme
    .split("\n")
    .filter((line) => /^\| [A-Z]+-[A-Z-]+ +\|/.test(line))
    .map((line) => {
      const [id, article, severity] = line
        .split("|")
        .slice(1, 4)
        .map((c) => c.trim());
      return [id, { article, severity }] as const;
    }),
);

test.each(RULES.map((r) => [r.meta.id, r.meta.article ?? "—", r.meta.severity]))(
  "README lists %s with article %s and severity %s",
  (id, article, severity) => {
    expect(rows.get(id)).toEqual({ article, severity });
  },
);

test("README lists no rule the code does not have", () => {
  expect([...rows.keys()].sort()).toEqual(RULES.map((r) => r.meta.id).sort());
});

test("the quick start gives the two commands", () => {
  expect(readme).toContain("npm install && npm start");
  expect(readme).toContain("npm test");
});
