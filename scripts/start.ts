/**
 * `npm start`.
 *
 * - Windows and macOS, where desktop Excel exists: as Microsoft's add-in template does, makes and
 *   trusts the dev certificates (office-addin-dev-certs; it asks for the password the first time)
 *   and runs `office-addin-debugging start manifest.xml`, which starts the webpack dev server on
 *   https://localhost:3000 (`npm run dev-server`) and sideloads the manifest into Excel.
 *   `npm run stop` ends it.
 * - Elsewhere (Linux, CI), or with `--preview`: builds the add-in (production) into dist/ and
 *   serves it on http://localhost:3000 (PORT to change), printing the preview's address: the real
 *   task pane beside the bundled sample workbook, on the in-memory Excel host.
 *   `--no-build` serves dist/ as it is.
 *
 * The office-addin-* tools exit 0 even when they fail, so their output is checked too.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveDist } from "./serveDist";

const ROOT = resolve(__dirname, "..");
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);
const bin = (name: string) => join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

/** Runs a tool, echoing its output; fails on a non-zero exit or on words of failure in its output. */
function runTool(command: string, toolArgs: string[], failure: RegExp): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, toolArgs, {
      cwd: ROOT,
      shell: process.platform === "win32",
      stdio: ["inherit", "pipe", "pipe"],
    });
    let output = "";
    const echo = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", echo(process.stdout));
    child.stderr.on("data", echo(process.stderr));
    child.on("error", fail);
    child.on("close", (code) => {
      const word = failure.exec(output)?.[0];
      if (code !== 0 || word)
        fail(new Error(`${command} ${toolArgs.join(" ")} failed${word ? `: "${word}"` : ` (exit ${code})`}`));
      else done();
    });
  });
}

async function sideload(): Promise<void> {
  await runTool(bin("office-addin-dev-certs"), ["install"], /error|unable|failed/i);
  await runTool(
    bin("office-addin-debugging"),
    [
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      "3000",
    ],
    /Platform not supported|Unable to start debugging/i,
  );
  console.log("Excel opens with the add-in sideloaded (the 友城工作 / Partner Cities tab). `npm run stop` ends it.");
}

async function preview(): Promise<void> {
  const dist = join(ROOT, "dist");
  if (!args.has("--no-build")) {
    console.log("Building the add-in into dist/ (webpack, production)…");
    const t0 = Date.now();
    const build = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (build.status !== 0) throw new Error("the build failed (run `npm run build` to see why)");
    console.log(`Built in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  }
  if (!existsSync(join(dist, "preview.html"))) throw new Error("dist/preview.html is missing: run without --no-build");
  const served = await serveDist(dist, port, "localhost");
  const url = `${served.origin}preview.html`;
  console.log("");
  console.log(`友城工作 / Partner Cities — preview without Excel (${process.platform}):`);
  console.log(`  ${url}`);
  console.log(`  ${url}?today=2026-11-27&lang=en-US   (a fixed today, English)`);
  console.log("The task pane, the ribbon's buttons and the workbook run in the browser on an in-memory Excel host.");
  console.log("Ctrl+C stops the server.");
  const stop = () => void served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const desktopExcel = process.platform === "win32" || process.platform === "darwin";
(desktopExcel && !args.has("--preview") ? sideload() : preview()).catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
