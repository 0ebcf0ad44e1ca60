/**
 * A throwaway HTTP server on 127.0.0.1 for the fetch, feed and CLI tests: routes by path, counts
 * requests per path, and closes every connection (including ones left hanging on purpose) on close.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  base: string;
  port: number;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  /** Request headers of the last request, by path. */
  headers: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

/** A route answering `body` with status 200 and the given headers. */
export const send = (body: string | Buffer, headers: http.OutgoingHttpHeaders = {}): Route => (_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
};

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const headers = new Map<string, http.IncomingHttpHeaders>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const route = routes[path];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
