/**
 * A plain static file server for the built add-in (dist/): what `npm start` serves on Linux and
 * what the browser test loads the preview from. Localhost only, GET and HEAD only, no directory
 * listings, nothing outside the folder.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface Served {
  server: Server;
  /** http://localhost:PORT/ */
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on localhost:`port` (0: a free port). */
export function serveDist(dir: string, port = 0, host = "127.0.0.1"): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const send = (status: number, text: string) => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(text);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Method not allowed");
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(400, "Bad request");
    }
    if (path.endsWith("/")) path += "preview.html";
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(404, "Not found");
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return send(404, "Not found");
      size = stat.size;
    } catch {
      return send(404, "Not found");
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") return void response.end();
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        server,
        origin: `http://localhost:${actual}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
