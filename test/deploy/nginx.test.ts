/**
 * docs/nginx/partner-cities.conf serves the shared build (made for https://addins.xicheng.example/
 * partner-cities/, test/build/buildOnce.ts) through Debian's nginx: the file as shipped, with only
 * the lines it marks CHANGE set to a free loopback port, a certificate made for the test and the
 * build's folder. nginx runs as a child (daemon off) with its own prefix and config in a temp dir,
 * and is stopped after. The pages, manifest and bundles are fetched over https, with their types
 * and cache headers, and http is sent to https.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ADDIN_TEST_URL, buildOnce, ROOT } from "../build/buildOnce";
import { BUILD_MS } from "../helpers/ceilings";

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const HOST = new URL(ADDIN_TEST_URL).hostname;
const PATH = new URL(ADDIN_TEST_URL).pathname; // /partner-cities/

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let dir: string;
let nginx: ChildProcess | undefined;
let httpsPort: number;
let httpPort: number;
let cert: Buffer;
let dist: string;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Replaces what a CHANGE line holds; fails when the shipped file no longer has it. */
function change(conf: string, pattern: RegExp, value: string): string {
  if (!pattern.test(conf)) throw new Error(`docs/nginx/partner-cities.conf has no ${pattern}`);
  return conf.replace(pattern, value);
}

/** Resolves once nginx has written its pid file (after it opened its ports); rejects if it exits first. */
function started(child: ChildProcess, pidFile: string, log: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const watcher = watch(join(pidFile, ".."), () => check());
    const ceiling = setTimeout(() => finish(new Error(`nginx did not start in 60 s:\n${log()}`)), 60_000);
    const onExit = (code: number | null) => finish(new Error(`nginx exited (${code}):\n${log()}`));
    child.once("exit", onExit);
    function finish(error?: Error) {
      watcher.close();
      clearTimeout(ceiling);
      child.off("exit", onExit);
      if (error) fail(error);
      else done();
    }
    function check() {
      if (existsSync(pidFile) && readFileSync(pidFile, "utf8").trim()) finish();
    }
    check();
  });
}

function get(path: string, secure = true): Promise<Response> {
  return new Promise((done, fail) => {
    const options = { host: "127.0.0.1", port: secure ? httpsPort : httpPort, path, headers: { Host: HOST } };
    const handle = (res: import("node:http").IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    };
    const req = secure
      ? httpsRequest({ ...options, ca: cert, servername: HOST }, handle)
      : httpRequest(options, handle);
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(
      `Debian's nginx is missing at ${NGINX}: apt-get install -y --no-install-recommends nginx (as .ci/run does)`,
    );
  dist = (await buildOnce()).dist;
  dir = mkdtempSync(join(tmpdir(), "partner-cities-nginx-"));
  chmodSync(dir, 0o755); // nginx's workers (nobody when run as root) read the served folder through it
  mkdirSync(join(dir, "logs"));
  mkdirSync(join(dir, "www"));
  symlinkSync(dist, join(dir, "www", PATH.replace(/\//g, "")));
  const openssl = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-keyout",
      join(dir, "server.key"),
      "-out",
      join(dir, "server.crt"),
      "-subj",
      `/CN=${HOST}`,
      "-addext",
      `subjectAltName=DNS:${HOST}`,
    ],
    { encoding: "utf8" },
  );
  if (openssl.status !== 0) throw new Error(`openssl could not make the test certificate:\n${openssl.stderr}`);
  cert = readFileSync(join(dir, "server.crt"));
  [httpsPort, httpPort] = [await freePort(), await freePort()];

  let site = readFileSync(join(ROOT, "docs", "nginx", "partner-cities.conf"), "utf8");
  site = change(site, /listen 80;/, `listen 127.0.0.1:${httpPort};`);
  site = change(site, /listen 443 ssl;/, `listen 127.0.0.1:${httpsPort} ssl;`);
  site = change(site, /ssl_certificate\s+\S+;/, `ssl_certificate ${join(dir, "server.crt")};`);
  site = change(site, /ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${join(dir, "server.key")};`);
  site = change(site, /root \/var\/www;/, `root ${join(dir, "www")};`);
  writeFileSync(join(dir, "site.conf"), site);
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 1;",
      `pid ${join(dir, "logs", "nginx.pid")};`,
      `error_log ${join(dir, "logs", "error.log")} warn;`,
      "events { worker_connections 64; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      `  access_log ${join(dir, "logs", "access.log")};`,
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${join(dir, `${t}_temp`)};`),
      `  include ${join(dir, "site.conf")};`,
      "}",
    ].join("\n"),
  );
  const check = spawnSync(
    NGINX,
    ["-t", "-p", dir, "-e", join(dir, "logs", "error.log"), "-c", join(dir, "nginx.conf")],
    {
      encoding: "utf8",
    },
  );
  if (check.status !== 0) throw new Error(`nginx -t rejects the configuration:\n${check.stderr}`);
  let output = "";
  nginx = spawn(NGINX, ["-p", dir, "-e", join(dir, "logs", "error.log"), "-c", join(dir, "nginx.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  nginx.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  nginx.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  await started(nginx, join(dir, "logs", "nginx.pid"), () => {
    const log = join(dir, "logs", "error.log");
    return output + (existsSync(log) ? readFileSync(log, "utf8") : "");
  });
}, BUILD_MS);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx!.once("exit", done));
    nginx.kill("SIGQUIT"); // graceful stop of the master and its worker
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.each([
  ["taskpane.html", /^text\/html; charset=utf-8$/],
  ["commands.html", /^text\/html; charset=utf-8$/],
  ["outcome.html", /^text\/html; charset=utf-8$/],
  ["support.html", /^text\/html; charset=utf-8$/],
  ["webview-guard.js", /^application\/javascript; charset=utf-8$/],
  ["manifest.xml", /^text\/xml; charset=utf-8$/],
  ["assets/icon-80.png", /^image\/png$/],
])("serves %s over https with its type, revalidated on each opening", async (file, type) => {
  const res = await get(`${PATH}${file}`);
  expect(res.status).toBe(200);
  expect(res.headers["content-type"]).toMatch(type);
  expect(res.headers["cache-control"]).toBe("no-cache");
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.body.equals(readFileSync(join(dist, file)))).toBe(true);
});

test("answers an unchanged page with 304 Not Modified, so Office's copy is reused until an update", async () => {
  const first = await get(`${PATH}taskpane.html`);
  const second = await new Promise<number>((done, fail) => {
    const req = httpsRequest(
      {
        host: "127.0.0.1",
        port: httpsPort,
        path: `${PATH}taskpane.html`,
        ca: cert,
        servername: HOST,
        headers: { Host: HOST, "If-None-Match": String(first.headers.etag) },
      },
      (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      },
    );
    req.on("error", fail);
    req.end();
  });
  expect(first.headers.etag).toBeDefined();
  expect(second).toBe(304);
});

test("serves the bundles the task pane loads, kept a year since their names change with their content", async () => {
  const html = (await get(`${PATH}taskpane.html`)).body.toString("utf8");
  const bundles = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+\.[0-9a-f]{8}\.js)/g)].map((m) => m[1]!);
  expect(bundles.length).toBeGreaterThan(0);
  for (const bundle of bundles) {
    const res = await get(`${PATH}${bundle}`);
    expect({
      bundle,
      status: res.status,
      type: res.headers["content-type"],
      cache: res.headers["cache-control"],
    }).toEqual({
      bundle,
      status: 200,
      type: "application/javascript; charset=utf-8",
      cache: "public, max-age=31536000, immutable",
    });
  }
});

test("every file the manifest names is served at the address the manifest gives", async () => {
  const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
  const urls = [...new Set([...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!))];
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url.startsWith(ADDIN_TEST_URL)).toBe(true);
    expect({ url, status: (await get(new URL(url).pathname)).status }).toEqual({ url, status: 200 });
  }
});

test("sends plain http to https, and has nothing outside the build", async () => {
  const plain = await get(`${PATH}taskpane.html`, false);
  expect(plain.status).toBe(301);
  expect(plain.headers.location).toBe(`https://${HOST}${PATH}taskpane.html`);
  expect((await get(`${PATH}no-such-page.html`)).status).toBe(404);
  expect((await get(`${PATH}../`)).status).not.toBe(200);
  expect(readdirSync(dist)).toContain("taskpane.html");
});
