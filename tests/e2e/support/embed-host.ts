/** A host page for the embed, on another origin than the app, and the embed code the share dialog writes for it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet } from '../../../src/features/embed/embed-snippet';
import { serializeEmbedParams } from '../../../src/shared/url/embed-params';
import { EMPTY_FILTERS } from '../../../src/store/filters';
import { appUrl } from './browser';

/** Serves one HTML page on 127.0.0.1 (any port); `html` gets the server's port. */
export function serve(html: (port: number) => string): Promise<Server> {
  const server = createServer((_request, response) => {
    const { port } = server.address() as AddressInfo;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(html(port));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** The embed code for the default view in English, 480 px high, with the list. */
export function defaultEmbedSnippet(): string {
  const src = appUrl(
    `/embed.html${serializeEmbedParams({ event: null, query: '', filters: EMPTY_FILTERS, range: null }, { height: 480, list: true, scheme: 'auto', lang: 'en' })}`,
  );
  return embedSnippet({
    src,
    loaderSrc: appUrl('/embed-loader.js'),
    title: 'Mark Rutte and NATO — interactive timeline',
    height: 480,
  });
}
