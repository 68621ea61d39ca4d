/**
 * The fast lane (`npm run test:unit`): the core and the shells on the in-memory host, in under a minute of an idle
 * 2-core machine. Left to `npm test`, the full gate: the task pane in jsdom (every .tsx test), the production build and
 * the browser (webpack, chromium), nginx, LibreOffice and openpyxl, commands spawned through tsx, the TypeScript
 * checker over the shells (the manifest's requirement sets), the corpus of bad workbooks, the fault sweeps of the
 * office-js and WPS writers, Excel's size limits on workbooks generated big (a 12,000-finding write, a 16,384-column
 * read, a 6,000-row register split and sent again), and the second and third runs of the suites run through each
 * office.js client.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // Jest's default on 2 cores is one worker (cores − 1); the fast lane is CPU-bound, so it takes both.
  maxWorkers: 2,
  // The suites run both ways here and in `npm test` (contract, ribbon) run here on the in-memory host only; their
  // runs through the real office.js client (web and Windows host files in jsdom) are `npm test`'s. The real client
  // itself stays in this lane through the test made for it (ownRules.test.ts, through both host files).
  testNamePattern: "^(?!.*office\\.js (web|Windows) client)",
  // A fifth of each property test's runs (the first ones, from the same seeds); `npm test` runs them all.
  globals: { PROPERTY_RUNS_SHARE: 0.2 },
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/taskpane/",
    "<rootDir>/test/build/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/acceptance/",
    "<rootDir>/test/corpus/",
    "\\.e2e\\.test\\.ts$",
    "<rootDir>/test/excel-host/faults\\.test\\.ts$",
    "<rootDir>/test/wps-host/faults\\.test\\.ts$",
    "<rootDir>/test/deploy/",
    "<rootDir>/test/documents/documentsPdf\\.test\\.ts$",
    "<rootDir>/test/manifest/validate\\.test\\.ts$",
    "<rootDir>/test/manifest/apiSets\\.test\\.ts$",
    "<rootDir>/test/excel-file/programs/",
    "<rootDir>/test/excel-file/graft\\.test\\.ts$",
    "<rootDir>/test/excel-host/wireBytes\\.test\\.ts$",
    "<rootDir>/test/excel-host/bigReads\\.test\\.ts$",
    "<rootDir>/test/excel-host/sizeRefusals\\.test\\.ts$",
    "\\.tsx$",
  ],
};
