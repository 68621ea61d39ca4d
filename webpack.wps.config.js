// @ts-check
/**
 * `npm run build:wps`: the WPS 表格 add-in (WPS 加载项), laid out as Kingsoft's wpsjs tool lays
 * one out (its templates and `wpsjs build`):
 *
 *   dist-wps/
 *     xicheng-partner-cities_<version>/   the add-in's folder, what WPS loads:
 *       index.html                        the entry page (ribbon callbacks, src/commands/wpsMain.ts)
 *       ribbon.xml                        the 友城工作 tab (validated by test/commands/wpsRibbon.test.ts)
 *       taskpane.html                     the task pane, opened with Application.CreateTaskPane
 *       assets/                           the icons
 *     publish.xml                         offline install: lists the folder beside it, as
 *                                         `wpsjs build --exe` writes it for %APPDATA%\kingsoft\wps\jsaddons
 *     jsplugins.xml                       server install (only with --env url=http://…/): lists the
 *                                         folder at that address, for oem.ini's JSPluginsServer
 *
 * The add-in's name and version come from package.json. WPS_DIST builds elsewhere (tests use a
 * temp folder). The task pane is the same code as in Excel; it finds WPS's Application at start.
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const ADDIN_FOLDER = `${pkg.name}_${pkg.version}`;

/** Scripts and styles only from the add-in's own folder; Fluent UI injects <style> at run time. */
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

const xmlAttr = (/** @type {string} */ s) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** publish.xml (offline) and jsplugins.xml (server), beside the add-in's folder. */
class WpsListsPlugin {
  /** @param {string | undefined} url */
  constructor(url) {
    this.url = url;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterEmit.tap("WpsListsPlugin", () => {
      const root = path.dirname(compiler.outputPath);
      const entry = (/** @type {string} */ tag, /** @type {string} */ url, /** @type {string} */ extra) =>
        `<jsplugins>\n  <${tag} name="${xmlAttr(pkg.name)}" type="et" url="${xmlAttr(url)}"${extra}/>\n</jsplugins>\n`;
      fs.writeFileSync(
        path.join(root, "publish.xml"),
        entry("jsplugin", ADDIN_FOLDER, ` version="${xmlAttr(pkg.version)}" enable="enable_dev" install="null"`),
      );
      const server = path.join(root, "jsplugins.xml");
      if (this.url)
        fs.writeFileSync(server, entry("jspluginonline", this.url.endsWith("/") ? this.url : `${this.url}/`, ""));
      else fs.rmSync(server, { force: true });
    });
  }
}

/** The CSP <meta> right after <meta charset>, before any script. */
class CspMetaPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("CspMetaPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("CspMetaPlugin", (data) => {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(data.html)) throw new Error(`${data.outputName}: no <meta charset="utf-8">`);
        data.html = data.html.replace(
          charset,
          (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        );
        return data;
      });
    });
  }
}

/**
 * @param {{ url?: string } | undefined} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration}
 */
module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const root = process.env.WPS_DIST ? path.resolve(process.env.WPS_DIST) : path.resolve(__dirname, "dist-wps");
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    // WPS runs add-ins in its own Chromium, which may be older than a current browser.
    target: ["web", "es2017"],
    entry: {
      index: "./src/commands/wpsMain.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.join(root, ADDIN_FOLDER),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", target: "es2017", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/commands/wps-index.html", chunks: ["index"] }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.wps.html",
        chunks: ["taskpane"],
      }),
      new CspMetaPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "ribbon.xml", to: "ribbon.xml" },
          { from: "assets/*", to: "assets/[name][ext]" },
        ],
      }),
      new WpsListsPlugin(env && env.url),
    ],
    performance: { hints: false },
  };
};
