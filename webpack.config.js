// @ts-check
/**
 * Two pages, as in Microsoft's React task-pane template: taskpane.html (the React task pane) and
 * commands.html (the ribbon's function file), each with only its own chunk.
 *
 * office.js is served from the add-in's own origin (no CDN): it and the files its loader fetches
 * at run time, resolved against office.js's own URL, are copied from @microsoft/office-js into
 * dist/office-js/:
 *   - o15apptofilemappingtable.js (Office 2013 hosts; without it Office.onReady never resolves
 *     outside Office)
 *   - the Excel host files: excel-{web,win32,mac,ios,android,winrt}-16.0x[-core].js and the
 *     Office 2013 ones (excel-15*.js, excelwebapp-15*.js, excelios-15.js)
 *   - <locale>/office_strings.js for every locale Office may ask for (falls back to en-us)
 *   - telemetry/oteljs_agave.js, ariatelemetry/ and webauth/, which office.js and the host
 *     files load on demand
 * The .debug.js twins, Outlook/Word/PowerPoint/OneNote/Project files are left out.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const OFFICE_JS_DIR = "office-js";

/**
 * @param {string} from a file or glob inside @microsoft/office-js/dist
 * @param {string} [folder] where it goes under dist/office-js/: a glob keeps its folders
 *   (zh-cn/, webauth/ …) by itself, a plain file path needs its folder named here
 */
const officeJs = (from, folder = "[path]") => ({
  from,
  context: officeJsDist,
  to: `${OFFICE_JS_DIR}/${folder}[name][ext]`,
  globOptions: { ignore: ["**/*.debug.js"] },
  // already minified by Microsoft: keep terser off these 12 MB
  info: { minimized: true },
});

/**
 * @param {unknown} _env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }}
 */
module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    // No eval in any mode (Office hosts and a strict CSP dislike it); source maps only in dev.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `tsc --noEmit -p .` (npm test); the loader only transpiles.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          officeJs("office.js"),
          officeJs("o15apptofilemappingtable.js"),
          officeJs("excel*.js"),
          officeJs("*/office_strings.js"),
          officeJs("telemetry/oteljs_agave.js", "telemetry/"),
          officeJs("ariatelemetry/*.js"),
          officeJs("webauth/*.js"),
        ],
      }),
    ],
    performance: {
      // The Fluent UI task pane is larger than webpack's 244 KiB hint; sizes are watched by hand for now.
      hints: false,
    },
    devServer: {
      // Plain http for now; https://localhost:3000 with office-addin-dev-certs comes later.
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
