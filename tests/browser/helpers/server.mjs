// A tiny static server for the browser tests: maps URL prefixes to directories and sends the
// MIME types browsers insist on (application/wasm for instantiateStreaming, text/javascript
// for module scripts and workers).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `routes` ({ "/pkg/": dir, "/": dir }, longest prefix wins) on 127.0.0.1 at a free
 * port. Resolves to { url, close(), requests } where `requests` lists [status, path] pairs.
 */
export async function serve(routes) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    let status = 404;
    if (prefix !== undefined) {
      const root = resolve(routes[prefix]);
      let file = resolve(join(root, path.slice(prefix.length)));
      if (file === root || file.startsWith(root + sep)) {
        try {
          if ((await stat(file)).isDirectory()) file = join(file, "index.html");
          const body = await readFile(file);
          status = 200;
          res.writeHead(200, {
            "content-type": TYPES[extname(file)] ?? "application/octet-stream",
            "cache-control": "no-store",
          });
          res.end(body);
        } catch {}
      }
    }
    requests.push([status, path]);
    if (status !== 200) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
