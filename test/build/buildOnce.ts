/**
 * One production build of the add-in for the tests that need one (test/build, test/deploy,
 * test/e2e), made for a made-up address (ADDIN_TEST_URL) with the bundled office.js (the browser
 * tests reach nothing beyond localhost), shared
 * between jest workers and kept between runs: the output goes to a folder of the system's temp
 * dir named by a hash of everything that goes into the build (src/, assets/, sample/, manifest.xml,
 * the webpack config and build/, package-lock.json), so a second run with the same sources reuses it and a change makes
 * a new one. A lock folder makes the workers that ask at the same time wait for the one building.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

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
/** The address the shared build is made for: reserved for examples (RFC 2606), so never a real server. */
export const ADDIN_TEST_URL = "https://addins.xicheng.example/partner-cities/";
/** The manifest version of the shared build (a fixed one, so that the build's hash says it all). */
export const ADDIN_TEST_VERSION = "1.0.0.1";
/**
 * A waiting worker takes over the lock only when the builder that holds it has died (its pid, in
 * the lock, is gone), or when the lock has no pid for this long (the builder died between the two).
 * A build that is alive is waited for up to WAIT_MS: on this shared machine one takes 1 to 8 min.
 */
const LOCK_WITHOUT_PID_MS = 60_000;
const WAIT_MS = 20 * 60_000;

/** jest's ceiling for a test file whose beforeAll waits for the shared build (jest.setTimeout). */
export const BUILD_CEILING_MS = WAIT_MS + 5 * 60_000;

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > WAIT_MS)
        throw new Error(`another test's build in ${base} did not finish in ${WAIT_MS / 1000} s`);
      else await sleep(500);
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
    });
    if (result.status !== 0)
      throw new Error(
        `webpack --mode production failed (${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`,
      );
    writeFileSync(done, new Date().toISOString());
    removeOldBuilds(base);
    return { dist, seconds: (Date.now() - t0) / 1000 };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the lock's builder is gone: its process has exited, or it never wrote its pid. */
function lockIsStale(lock: string): boolean {
  if (!existsSync(lock)) return false;
  const pidFile = join(lock, "pid");
  if (!existsSync(pidFile)) return Date.now() - statSync(lock).mtimeMs > LOCK_WITHOUT_PID_MS;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
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
