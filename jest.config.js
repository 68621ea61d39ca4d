/** Jest runs TypeScript through ts-jest, transpile-only: `tsc --noEmit` in `npm test` does the type checking. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // A ceiling, not a measure: tests wait on what they await (a process exiting, the DOM changing),
  // and jest's default 5 s around a spawned command failed on a machine shared with other work.
  testTimeout: 120_000,
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // exceljs's index with its streaming reader and writer loaded on first use (see the file): each test file loads
  // its modules afresh, and those two were most of exceljs's share of that.
  moduleNameMapper: { "^exceljs$": "<rootDir>/test/helpers/exceljsLazyStreams.js" },
};
