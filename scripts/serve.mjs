#!/usr/bin/env node
// Static server for the tahlil demo (Node >= 20, no dependencies).
//   /        -> www/
//   /pkg/... -> pkg/
// Binds 127.0.0.1; port from $PORT or 8080, trying the next ports when busy.
// $TAHLIL_PKG_DIR may point /pkg/ at another directory (used by tests).
// `createStaticServer` is also what the browser tests serve their fixtures with.
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { join, resolve, sep, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEMO_MOUNTS = [
  ['/pkg/', resolve(process.env.TAHLIL_PKG_DIR || join(root, 'pkg'))],
  ['/', join(root, 'www')],
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

async function resolveFile(mounts, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, dir] of mounts) {
    if (!(decoded + '/').startsWith(prefix)) continue;
    const rel = decoded.slice(prefix.length);
    let file = resolve(dir, '.' + sep + rel);
    // No directory traversal: the resolved file must stay inside the mount.
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    try {
      let st = await stat(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = await stat(file);
      }
      if (st.isFile()) return file;
    } catch {
      /* fall through */
    }
    return null;
  }
  return null;
}

/**
 * A static file server over `mounts` ([[prefix, absolute dir], …], most specific first) with
 * the MIME types browsers insist on and no way out of the mounted directories. `onResponse`
 * hears (status, path) of every request.
 */
export function createStaticServer(mounts, onResponse = () => {}) {
  return createServer(async (req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://localhost');
    } catch {
      onResponse(400, req.url);
      return send(res, 400, 'Bad Request\n');
    }
    const reply = (status, ...args) => {
      onResponse(status, url.pathname);
      return send(res, status, ...args);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return reply(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }
    const file = await resolveFile(mounts, url.pathname);
    if (!file) return reply(404, 'Not Found\n');
    let body;
    try {
      body = await readFile(file);
    } catch {
      return reply(404, 'Not Found\n');
    }
    onResponse(200, url.pathname);
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  serveDemo();
}

/** The demo: www/ at /, pkg/ at /pkg/, on $PORT or 8080 (or the next free port). */
function serveDemo() {
  const server = createStaticServer(DEMO_MOUNTS);
  const first = Number.parseInt(process.env.PORT ?? '8080', 10);
  if (!Number.isInteger(first) || first < 0 || first > 65535) {
    console.error(`serve.mjs: invalid PORT ${process.env.PORT}`);
    process.exit(2);
  }
  const LAST_TRY = first === 0 ? 0 : Math.min(first + 20, 65535);

  function listen(port) {
    server.once('error', (err) => {
      if (err.code === 'EADDRINUSE' && port < LAST_TRY) listen(port + 1);
      else {
        console.error(`serve.mjs: ${err.message}`);
        process.exit(1);
      }
    });
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      console.log(`tahlil demo: http://127.0.0.1:${actual}/`);
    });
  }
  listen(first);

  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}
