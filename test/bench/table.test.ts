import { benchTable, bytesText, TABLE_END, TABLE_START, withBenchTable, type BenchResults } from "../../bench/table";

const writer = (figures: Record<string, number | string>) => ({ step: "office-js writer", ok: true, figures });
const analysis = (findings: number) => ({ step: "analysis", ok: true, figures: { findings } });

const RESULTS: BenchResults = {
  date: "2026-12-02T12:00:00.000Z",
  node: "v20.20.2",
  platform: "linux x64",
  cases: [
    {
      id: "office-sample",
      label: "the office's sample",
      measured: "2026-12-02T12:00:00.000Z",
      steps: [
        analysis(53),
        writer({
          result: "written",
          syncsPerFullRun: 4,
          readSyncs: 2,
          largestRequestBytes: 89_412,
          largestResponseBytes: 43_020,
          cleanupRequestBytes: 14_100,
        }),
      ],
    },
    {
      id: "exchanges-100k-partners-500",
      label: "100,000 exchanges, 500 partners",
      measured: "2026-12-01T09:00:00.000Z",
      steps: [
        analysis(12_228),
        writer({
          result: "written",
          syncsPerFullRun: 16,
          readSyncs: 14,
          largestRequestBytes: 3_850_000,
          largestResponseBytes: 4_200_000,
          cleanupRequestBytes: 21_000,
        }),
      ],
    },
    {
      id: "exchanges-1k-partners-50",
      steps: [analysis(142), { step: "office-js writer", ok: false, figures: {}, error: "a | b" }],
    },
    { id: "old", steps: [writer({ syncsPerFullRun: 3, readSyncs: 2, largestRequestBytes: 24_304 })] },
  ],
};

test("one row per case: syncs split into reads, writes and the clean-up; bytes as sent; over 4 MB marked", () => {
  expect(benchTable(RESULTS).split("\n")).toEqual([
    "| case | findings | syncs (reads + writes + clean-up) | largest request | largest response | clean-up request | all under 4 MB | measured |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    "| the office's sample | 53 | 4 (2 + 1 + 1) | 89 KB | 43 KB | 14 KB | yes | 2026-12-02 |",
    "| 100,000 exchanges, 500 partners | 12,228 | 16 (14 + 1 + 1) | 3.85 MB | 4.20 MB | 21 KB | **no** | 2026-12-01 |",
    "| exchanges-1k-partners-50 | 142 | failed: a \\| b | — | — | — | — | 2026-12-02 |",
    "| old | — | not measured through the real client | — | — | — | — | 2026-12-02 |",
  ]);
});

test("bytes in decimal units, as the 4 MB budget and Excel's 5 MB limit count them", () => {
  expect([bytesText(200), bytesText(999_499), bytesText(1_000_000), bytesText(3_999_999)]).toEqual([
    "1 KB",
    "999 KB",
    "1.00 MB",
    "4.00 MB",
  ]);
});

test("the table replaces what is between the markers and nothing else", () => {
  const readme = `before\n\n${TABLE_START}\n\n| old |\n\n${TABLE_END}\n\nafter\n`;
  expect(withBenchTable(readme, "| new |")).toBe(`before\n\n${TABLE_START}\n\n| new |\n\n${TABLE_END}\n\nafter\n`);
  expect(() => withBenchTable("no markers", "| new |")).toThrow(/bench-table:start/);
});
