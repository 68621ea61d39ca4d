// @ts-check
/**
 * The pages, each with only its own chunk:
 *   - taskpane.html: the React task pane (as in Microsoft's React task-pane template)
 *   - commands.html: the ribbon's function file; outcome.html: the dialog it shows the outcome in
 *   - preview.html: the browser preview (grid + ribbon bar + the real task pane on the in-memory
 *     host); the only page that bundles exceljs, and sample/partner-cities-demo.xlsx beside it
 *
 * Every page gets the same Content-Security-Policy <meta>, placed right after <meta charset> so
 * that it governs every script of the page (see CSP below).
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
 * The pages' Content-Security-Policy. Scripts only from the add-in's own origin (office.js is
 * served from there too, so Microsoft's CDN is not listed), never eval; styles inline as well,
 * because Fluent UI's Griffel injects <style> elements at run time; fetch/XHR only to the own
 * origin (the preview fetches its sample workbook); no plugins, no <base>, no form posts.
 * frame-ancestors cannot be set from a <meta>: Office frames the pages.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** Puts the CSP <meta> first in <head>, right after <meta charset>, before any <script>. */
class CspMetaPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("CspMetaPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("CspMetaPlugin", (data) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(data.html))
          throw new Error(`${data.outputName}: no <meta charset="utf-8"> to put the CSP after`);
        data.html = data.html.replace(charset, (m) => `${m}\n    ${meta}`);
        return data;
      });
    });
  }
}

/**
 * https for `npm start` on Windows and macOS (scripts/start.ts): the dev certificates of
 * office-addin-dev-certs, as Microsoft's template does. Plain http otherwise.
 * @param {boolean} https
 */
async function devServerType(https) {
  if (!https) return "http";
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

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
 * @returns {Promise<import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const https = Boolean(env && env.https);
  return {
    mode: dev ? "development" : "production",
    // No eval in any mode (Office hosts and a strict CSP dislike it); source maps only in dev.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      outcome: "./src/commands/outcome.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      // ADDIN_DIST: another folder (the e2e test builds into a temp dir)
      path: process.env.ADDIN_DIST ? path.resolve(process.env.ADDIN_DIST) : path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // exceljs's "browser" build carries core-js and regenerator for IE11; the bare build is the
        // same code without them (only the preview bundles exceljs).
        exceljs$: require.resolve("exceljs/dist/exceljs.bare.min.js"),
      },
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
      new HtmlWebpackPlugin({
        filename: "outcome.html",
        template: "./src/commands/outcome.html",
        chunks: ["outcome"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CspMetaPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "sample/partner-cities-demo.xlsx", to: "sample/[name][ext]" },
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
      // `webpack serve --env https` (npm start on Windows/macOS): https://localhost:3000 with the
      // dev certificates, as the manifest's URLs say; plain http otherwise.
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      server: await devServerType(https),
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
