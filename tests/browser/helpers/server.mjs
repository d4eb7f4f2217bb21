// The browser tests' static server: scripts/serve.mjs's server (MIME types browsers insist
// on, no way out of the mounted directories) over the routes a test needs, on a free port.
import { resolve } from "node:path";
import { createStaticServer } from "../../../scripts/serve.mjs";

/**
 * Serves `routes` ({ "/pkg/": dir, "/": dir }, longest prefix wins) on 127.0.0.1 at a free
 * port. Resolves to { url, close(), requests } where `requests` lists [status, path] pairs.
 */
export async function serve(routes) {
  const mounts = Object.entries(routes)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, dir]) => [prefix, resolve(dir)]);
  const requests = [];
  const server = createStaticServer(mounts, (status, path) => requests.push([status, path]));
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
