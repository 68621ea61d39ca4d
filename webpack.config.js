// @ts-check
/**
 * The pages, each with only its own chunk:
 *   - taskpane.html: the React task pane (as in Microsoft's React task-pane template)
 *   - commands.html: the ribbon's function file; outcome.html: the dialog it shows the outcome in
 *   - support.html: the manifest's support page (no script)
 *   - preview.html: the browser preview (grid + ribbon bar + the real task pane on the in-memory
 *     host); the only page that bundles exceljs, and sample/partner-cities-demo.xlsx beside it
 * and dist/manifest.xml, manifest.xml moved to the build's address (build/addin.js).
 *
 * What the build is for comes from the environment (build/addin.js): ADDIN_URL (where the office
 * serves dist/; unset, https://localhost:3000/), OFFICE_JS (cdn or bundled), ADDIN_VERSION,
 * SUPPORT_URL. ADDIN_DIST writes elsewhere than dist/ (the tests build into a temp dir).
 *
 * Every page gets the build's Content-Security-Policy <meta>, placed right after <meta charset>
 * so that it governs every script of the page, and loads webview-guard.js first (src/webview/):
 * on a webview too old for the bundles' ES2022 it shows one sentence instead of a blank pane.
 *
 * office.js: from Microsoft's CDN (OFFICE_JS=cdn), or served from the add-in's own origin
 * (OFFICE_JS=bundled): then it and the files its loader fetches at run time, resolved against
 * office.js's own URL, are copied from @microsoft/office-js into dist/office-js/:
 *   - o15apptofilemappingtable.js (Office 2013 hosts; without it Office.onReady never resolves
 *     outside Office)
 *   - the Excel host files: excel-{web,win32,mac,ios,android,winrt}-16.0x[-core].js and the
 *     Office 2013 ones (excel-15*.js, excelwebapp-15*.js, excelios-15.js)
 *   - <locale>/office_strings.js for every locale Office may ask for (falls back to en-us)
 *   - telemetry/oteljs_agave.js, ariatelemetry/ and webauth/, which office.js and the host
 *     files load on demand
 * The .debug.js twins, Outlook/Word/PowerPoint/OneNote/Project files are left out.
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const { buildSettings, contentSecurityPolicy, renderManifest, OFFICE_JS_DIR } = require("./build/addin");
const WEBVIEW_MESSAGES = require("./src/core/i18n/webview.json");

/**
 * The bundles' syntax. Fluent UI's dependencies ship ES2022 (class static blocks), which WebView2 and
 * Safari 16.4+ run; webview-guard.js speaks for the webviews that do not (README, "Which Office").
 */
const ECMASCRIPT = "es2022";

/** Puts the CSP <meta> first in <head>, right after <meta charset>, before any <script>. */
class CspMetaPlugin {
  /** @param {string} csp */
  constructor(csp) {
    this.csp = csp;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("CspMetaPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("CspMetaPlugin", (data) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${this.csp}" />`;
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(data.html))
          throw new Error(`${data.outputName}: no <meta charset="utf-8"> to put the CSP after`);
        data.html = data.html.replace(charset, (m) => `${m}\n    ${meta}`);
        return data;
      });
    });
  }
}

/** Emits manifest.xml, moved to the build's address, as dist/manifest.xml. */
class ManifestPlugin {
  /** @param {import("./build/addin").BuildSettings} settings */
  constructor(settings) {
    this.settings = settings;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const template = path.resolve(__dirname, "manifest.xml");
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const xml = renderManifest(fs.readFileSync(template, "utf8"), this.settings);
          compilation.emitAsset("manifest.xml", new compiler.webpack.sources.RawSource(xml));
        },
      );
    });
  }
}

/**
 * webview-guard.js with its sentences from src/core/i18n/webview.json, non-ASCII escaped so that
 * no webview can misread the file's encoding.
 * @param {Buffer} content
 */
function withWebviewMessages(content) {
  const json = JSON.stringify(WEBVIEW_MESSAGES.unsupported).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  const source = content.toString("utf8");
  const placeholder = /\/\* MESSAGES \*\/ \{[^}]*\}/;
  if (!placeholder.test(source)) throw new Error("src/webview/guard.js has no /* MESSAGES */ placeholder");
  return source.replace(placeholder, json);
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
 * An add-in page: its template, its bundle (started.ts first, for webview-guard.js) and the
 * office.js of the build.
 * @param {string} name
 * @param {string} template
 * @param {import("./build/addin").BuildSettings} settings
 */
const addinPage = (name, template, settings) =>
  new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks: [name],
    officeJs: settings.officeJsSrc,
  });

/**
 * @param {{ https?: boolean } | undefined} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {Promise<import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const https = Boolean(env && env.https);
  const settings = buildSettings(process.env);
  const started = "./src/webview/started.ts";
  return {
    mode: dev ? "development" : "production",
    // No eval in any mode (Office hosts and a strict CSP dislike it); source maps only in dev.
    devtool: dev ? "source-map" : false,
    target: ["web", ECMASCRIPT],
    entry: {
      taskpane: [started, "./src/taskpane/index.tsx"],
      commands: [started, "./src/commands/commands.ts"],
      outcome: [started, "./src/commands/outcome.ts"],
      preview: "./src/preview/index.tsx",
    },
    output: {
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
              // Types are checked by `tsc --noEmit -p .` (npm test); the loader only transpiles, to
              // the bundles' ECMAScript.
              transpileOnly: true,
              compilerOptions: {
                noEmit: false,
                module: "esnext",
                target: ECMASCRIPT,
                sourceMap: dev,
              },
            },
          },
        },
      ],
    },
    plugins: [
      addinPage("taskpane", "./src/taskpane/taskpane.html", settings),
      addinPage("commands", "./src/commands/commands.html", settings),
      addinPage("outcome", "./src/commands/outcome.html", settings),
      new HtmlWebpackPlugin({ filename: "support.html", template: "./src/support/support.html", chunks: [] }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CspMetaPlugin(contentSecurityPolicy(settings.officeJs)),
      new ManifestPlugin(settings),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "sample/partner-cities-demo.xlsx", to: "sample/[name][ext]" },
          // kept as written (ES3), not minified by terser
          {
            from: "src/webview/guard.js",
            to: "webview-guard.js",
            transform: withWebviewMessages,
            info: { minimized: true },
          },
          ...(settings.officeJs === "bundled"
            ? [
                officeJs("office.js"),
                officeJs("o15apptofilemappingtable.js"),
                officeJs("excel*.js"),
                officeJs("*/office_strings.js"),
                officeJs("telemetry/oteljs_agave.js", "telemetry/"),
                officeJs("ariatelemetry/*.js"),
                officeJs("webauth/*.js"),
              ]
            : []),
        ],
      }),
    ],
    performance: {
      // The task pane's budget (200 KB gzip) is checked by test/build/bundle.test.ts.
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
