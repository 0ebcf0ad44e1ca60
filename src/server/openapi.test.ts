import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { appFixture } from './app-fixture.ts';
import { openApiDocument } from './openapi.ts';

const f = await appFixture();
after(() => f.close());

/** Hono's `/api/articles/:id{.+}` is OpenAPI's `/api/articles/{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');

test('every route of the app is in the OpenAPI document, and every operation there is a route', () => {
  // Middleware is registered for every method (ALL) or on wildcard paths; routes are the rest.
  const routes = new Set(f.app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes('*')).map((r) => `${r.method} ${openApiPath(r.path)}`));
  const documented = new Set(Object.entries(openApiDocument.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)));
  assert.ok(routes.size >= 8, [...routes].join(', '));
  assert.deepEqual([...routes].sort(), [...documented].sort());
});

test('every reference in the OpenAPI document resolves', () => {
  const refs = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
  assert.ok(refs.length > 10);
  for (const r of refs) {
    const path = JSON.parse(`{${r}}`).$ref.replace(/^#\//, '').split('/');
    let node: unknown = openApiDocument;
    for (const key of path) node = (node as Record<string, unknown>)[key];
    assert.ok(node, `${r} does not resolve`);
  }
});

test('every documented problem response has a problem+json body', () => {
  for (const [name, r] of Object.entries(openApiDocument.components.responses)) {
    assert.ok(r.content?.['application/problem+json'], name);
  }
  assert.equal(openApiDocument.openapi, '3.1.0');
});
