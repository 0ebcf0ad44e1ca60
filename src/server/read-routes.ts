/**
 * The API's reads, and how every answer that fails becomes a problem document. The same routes answer
 * on the server's main thread or, under `parallax serve --readers N`, in read threads (read-pool.ts),
 * each with its own connection to the store: the main thread then only forwards them.
 */
import type { Handler, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { articleId, topicId } from '../article.ts';
import { BriefingCache } from '../api/story-briefing.ts';
import { entityId } from '../entities/entity.ts';
import type { Store } from '../store/store.ts';
import { Problem, type ProblemCode } from './problem.ts';
import { entitiesParams, noParams, searchParams, storiesParams } from './query-params.ts';

/** Every read route, as `addReadRoutes` registers it: what a forwarding server registers too. */
export const READ_PATHS = [
  '/api/articles/:id{.+}',
  '/api/stories',
  '/api/stories/:id',
  '/api/topics/:id',
  '/api/entities',
  '/api/entities/:id{.+}',
  '/api/search',
  '/api/health',
] as const;

const found = <T>(value: T | null, what: string, id: string): T => {
  if (value === null) throw new Problem('not-found', `no ${what} with id "${id.slice(0, 200)}"`);
  return value;
};

/** A route that answers one thing by the `id` in its path, as JSON, or 404 when there is none. */
const byId = <T>(what: string, load: (id: string) => Promise<T | null>): Handler => async (c) => {
  noParams(c.req.url);
  const id = c.req.param('id')!;
  return c.json(found(await load(id), what, id));
};

export function addReadRoutes(app: Hono, store: Store): void {
  const briefings = new BriefingCache(store);
  const [article, stories, story, topic, entities, entity, search, health] = READ_PATHS;

  app.get(article, byId('article', (id) => store.article(articleId(id))));

  app.get(stories, async (c) => c.json(await store.listStories(storiesParams(c.req.url))));

  app.get(story, async (c) => {
    noParams(c.req.url);
    const id = c.req.param('id');
    // Kept as JSON text: a large story's briefing is built once per version, and not serialised again.
    return c.body(found(await briefings.json(id), 'story', id), 200, { 'Content-Type': 'application/json' });
  });

  app.get(topic, byId('topic', (id) => store.topic(topicId(id))));

  app.get(entities, async (c) => c.json(await store.entities(entitiesParams(c.req.url))));

  app.get(entity, byId('entity', (id) => store.entity(entityId(id))));

  app.get(search, async (c) => {
    const { q, limit } = searchParams(c.req.url);
    return c.json({ items: await store.search(q, limit) });
  });

  app.get(health, async (c) => {
    noParams(c.req.url);
    return c.json({ status: 'ok', articles: await store.articleCount() });
  });
}

/** 404s and errors as problem documents; an unexpected error's details go to `log`, never to the client. */
export function addProblemHandlers(app: Hono, log: (line: string) => void): void {
  app.notFound((c) => new Problem('not-found', `nothing at ${c.req.method} ${c.req.path.slice(0, 200)}; see /openapi.json`).response());
  app.onError((err) => {
    if (err instanceof Problem) return err.response();
    if (err instanceof HTTPException) {
      const code: ProblemCode = err.status === 413 ? 'payload-too-large' : err.status < 500 ? 'bad-request' : 'internal';
      return new Problem(code, err.message || 'the request could not be handled').response();
    }
    log(`parallax serve: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return new Problem('internal', 'the server failed to answer; the error is in its log').response();
  });
}
