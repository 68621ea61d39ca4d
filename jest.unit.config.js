/**
 * The fast lane (`npm run test:unit`): the core and the shells on the in-memory host, in one process's worth of
 * work. Left to `npm test`, the full gate: the task pane in jsdom, the production build and the browser (webpack,
 * chromium), commands spawned through tsx, the corpus of bad workbooks and the fault sweep of the office-js writer.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/taskpane/",
    "<rootDir>/test/build/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/acceptance/",
    "<rootDir>/test/corpus/",
    "\\.e2e\\.test\\.ts$",
    "<rootDir>/test/excel-host/faults\\.test\\.ts$",
  ],
};
