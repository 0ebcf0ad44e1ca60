/**
 * Worker threads run TypeScript sources through tsx, as bin/parallax.js does, so a pool works the same
 * under the CLI, the tests and the library. A worker gets no inherited --import/--test flags: the
 * module this returns registers tsx itself, then loads the worker's body.
 */
export function tsWorkerUrl(body: URL): URL {
  const tsx = import.meta.resolve('tsx/esm/api');
  const src = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(body.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(src)}`);
}
