/**
 * One production build of the add-in for the tests that need one (test/build, test/deploy,
 * test/e2e), made for a made-up address (ADDIN_TEST_URL) with the bundled office.js (the browser
 * tests reach nothing beyond localhost), shared
 * between jest workers and kept between runs: the output goes to a folder of the system's temp
 * dir named by a hash of everything that goes into the build (src/, assets/, sample/, manifest.xml,
 * the webpack config and build/, package-lock.json), so a second run with the same sources reuses
 * it and a change makes a new one. A lock folder makes the workers (and other clones' runs) that
 * ask at the same time wait for the one building: they wake when the folder changes, and take over
 * only if the builder's process is gone, however long a build takes on a busy machine.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { BUILD_MS } from "../helpers/ceilings";

export const ROOT = resolve(__dirname, "..", "..");
const INPUTS = [
  "src",
  "assets",
  "sample/partner-cities-demo.xlsx",
  "manifest.xml",
  "webpack.config.js",
  "build",
  "package-lock.json",
  "tsconfig.json",
];
/** How often a waiting worker looks whether the builder's process is still there, should no change wake it. */
const LIVENESS_CHECK_MS = 5_000;
/** The address the shared build is made for: reserved for examples (RFC 2606), so never a real server. */
export const ADDIN_TEST_URL = "https://addins.xicheng.example/partner-cities/";
/** The manifest version of the shared build (a fixed one, so that the build's hash says it all). */
export const ADDIN_TEST_VERSION = "1.0.0.1";

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files))
    hash
      .update(relative(ROOT, join(ROOT, file)))
      .update("\0")
      .update(readFileSync(join(ROOT, file)))
      .update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Resolves when an entry of `dir` is added or removed, or after `ms` at the latest. */
function changeIn(dir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir, () => done());
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      watcher.close();
      resolve();
    }
  });
}

/** Whether the process that took the lock is gone (a run that was stopped or crashed). */
function builderGone(lock: string): boolean {
  const pidFile = join(lock, "pid");
  if (!existsSync(pidFile)) {
    // Between taking the lock and writing the pid, or a lock of a build that died in that instant.
    return existsSync(lock) && Date.now() - statSync(lock).mtimeMs > BUILD_MS;
  }
  try {
    process.kill(Number(readFileSync(pidFile, "utf8")), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export interface Build {
  /** The dist folder. */
  dist: string;
  /** Seconds the build took, or null when an earlier build was reused. */
  seconds: number | null;
}

/** The production build of the current sources, built now if no earlier one matches. */
export async function buildOnce(): Promise<Build> {
  const base = join(tmpdir(), `partner-cities-build-${sourceHash()}`);
  const dist = join(base, "dist");
  const done = join(base, "done");
  const lock = join(base, "lock");
  mkdirSync(base, { recursive: true });
  const started = Date.now();
  for (;;) {
    if (existsSync(done)) return { dist, seconds: null };
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      if (builderGone(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > BUILD_MS)
        throw new Error(`another test's build in ${base} did not finish in ${BUILD_MS / 1000} s`);
      else await changeIn(base, LIVENESS_CHECK_MS);
    }
  }
  try {
    const t0 = Date.now();
    const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ADDIN_DIST: dist,
        ADDIN_URL: ADDIN_TEST_URL,
        ADDIN_VERSION: ADDIN_TEST_VERSION,
        OFFICE_JS: "bundled",
        SUPPORT_URL: "",
        NODE_ENV: "production",
      },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: BUILD_MS,
    });
    if (result.status !== 0)
      throw new Error(
        `webpack --mode production failed (${result.error?.message ?? result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`,
      );
    writeFileSync(done, new Date().toISOString());
    removeOldBuilds(base);
    return { dist, seconds: (Date.now() - t0) / 1000 };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Earlier builds of other sources, finished over an hour ago, go (each holds office.js's 15 MB). */
function removeOldBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith("partner-cities-build-") || dir === keep) continue;
    const marker = join(dir, "done");
    if (existsSync(marker) && Date.now() - statSync(marker).mtimeMs > 3_600_000)
      rmSync(dir, { recursive: true, force: true });
  }
}
