// ESLint 9 flat config. Syntax rules only (no type information), so a lint of the whole tree stays quick;
// `tsc --noEmit` does the type checking and Prettier the formatting (`npm run format:check`), each once.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

// Microsoft's add-in rules, taken without the rest of the plugin's recommended config: that one brings its own
// parser and runs Prettier inside ESLint, and Prettier already runs on its own.
const officeAddinRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

// Every room of src/ other than core is a shell or a page; core takes plain grids and must not reach any of them.
const shellRooms = [
  "excel-host",
  "excel-fake",
  "excel-file",
  "wps-host",
  "wps-fake",
  "host",
  "docx-writer",
  "taskpane",
  "preview",
  "commands",
  "cli",
];

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "test-results/", "bench/out/", "node_modules/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins, "import-x": importX },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node },
    },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The add-in rules know office.js objects by their method names (getCell, getCount, …); exceljs uses the same
    // names for plain objects that need no load, so its rooms are left out.
    ignores: ["src/excel-file/**", "test/excel-file/**"],
    rules: officeAddinRules,
  },
  {
    files: ["**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: [
      "src/taskpane/**",
      "src/preview/**",
      "src/commands/**",
      "src/excel-host/**",
      "src/host/**",
      "test/taskpane/**",
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // webview-guard.js: a plain script for every webview, ECMAScript 3 (test/build/webview.test.ts parses it so)
    files: ["src/webview/guard.js"],
    languageOptions: { ecmaVersion: 3, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: ["src/webview/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@microsoft/office-js", message: "src/core is pure TypeScript: Excel is reached through a shell." },
            { name: "exceljs", message: "src/core is pure TypeScript: files are read and written by src/excel-file." },
            { name: "react", message: "src/core has no UI: components live in src/taskpane." },
            { name: "react-dom", message: "src/core has no UI: components live in src/taskpane." },
          ],
          patterns: [
            {
              group: ["react/*", "react-dom/*", "@fluentui/*", "exceljs/*"],
              message: "src/core has no UI and no Excel.",
            },
            {
              regex: `^(\\.\\./)+(${shellRooms.join("|")})(/|$)`,
              message: "src/core depends on no shell or page: they call the core, never the other way round.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "window", "document", "navigator", "localStorage"].map((name) => ({
          name,
          message: "src/core is pure TypeScript: no office-js and no DOM.",
        })),
      ],
    },
  },
  {
    // The in-memory host stands on its own (tests and the preview use it, it uses none of them): exceljs to load
    // a workbook, and its own modules.
    files: ["src/excel-fake/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^\\.\\./", message: "src/excel-fake depends on nothing of the add-in's." }] },
      ],
    },
  },
);
