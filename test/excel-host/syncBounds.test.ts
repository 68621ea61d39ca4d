/**
 * Round trips of a full run: read, analyse, write every sheet and the highlights in
 * at most 3 `context.sync()` calls on the in-memory host, for the office's sample and the demo.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createFakeExcel } from "../../src/excel-fake";
import { fakeStateFromXlsx } from "../../src/excel-fake/fromXlsx";
import { writeWorkbook } from "../../src/excel-host/workbookService";
import { TODAY } from "../contract/writers";

const WORKBOOKS = [
  ["the office's sample", join(__dirname, "..", "..", "..", "shared", "samples", "partner-cities-sample.xlsx")],
  ["the demo workbook", join(__dirname, "..", "..", "sample", "partner-cities-demo.xlsx")],
] as const;

test.each(WORKBOOKS)(
  "a full run on %s takes at most 3 round trips, the first and every later one",
  async (_name, file) => {
    const excel = createFakeExcel(await fakeStateFromXlsx(readFileSync(file)));
    // context.sync() calls the batch makes (Excel.run's own closing sync, empty here, aside).
    let syncs = 0;
    const run: typeof excel.run = (batch) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        let inBatch = true;
        (context as unknown as { sync: typeof context.sync }).sync = ((v?: unknown) => {
          if (inBatch) syncs++;
          return sync(v);
        }) as typeof context.sync;
        return batch(context).finally(() => {
          inBatch = false;
        });
      });
    for (const round of [1, 2]) {
      const before = excel.stats.syncs;
      syncs = 0;
      const outcome = await writeWorkbook(run, { lang: "zh-CN", today: TODAY }, "all");
      expect(outcome.plan!.sheets).toHaveLength(4);
      expect(outcome.plan!.highlights.length).toBeGreaterThan(0);
      // Round trips sent (stats) and sync() calls made by the add-in (the wrapper).
      expect([round, excel.stats.syncs - before]).toEqual([round, 3]);
      expect(syncs).toBeLessThanOrEqual(3);
    }
  },
);
