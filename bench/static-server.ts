/**
 * Serves dist/ the way a production host would: gzip for text files (compressed once, at start),
 * the app's page for unknown paths. Vite's preview server does not compress, which would make
 * every byte figure about 3–4× what a reader downloads.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.map', '.txt']);

interface Entry {
  type: string;
  raw: Buffer;
  gzipped?: Buffer;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export async function serveDirectory(root: string, port = 0): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  for (const path of walk(root)) {
    const extension = extname(path);
    const raw = readFileSync(path);
    const entry: Entry = { type: TYPES[extension] ?? 'application/octet-stream', raw };
    if (COMPRESSIBLE.has(extension)) entry.gzipped = await gzipAsync(raw, { level: 6 });
    files.set(`/${relative(root, path).split(sep).join('/')}`, entry);
  }
  const page = files.get('/index.html');
  if (!page) throw new Error(`${root} has no index.html: build first`);

  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const entry = files.get(pathname) ?? (extname(pathname) === '' ? page : undefined);
    if (!entry || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const useGzip = entry.gzipped !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = useGzip ? entry.gzipped! : entry.raw;
    response.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
