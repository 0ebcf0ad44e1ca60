/**
 * The web UI restates the store's JSON types (web/src/api/wire.ts: the store's module graph reaches
 * Node built-ins, which the browser build cannot type-check). This file makes `npm run typecheck`
 * fail when an answer of the API stops fitting what the UI reads.
 */
import type { StoryBriefing } from '../api/story-briefing.ts';
import type { ArticleDetail, EntityDetail, EntityPage, SearchHit, StoryPage, TopicDetail } from '../store/store.ts';
import type * as Ui from '../../web/src/api/wire.ts';

type Fits<Server, Read> = [Server] extends [Read] ? true : false;

export const uiReadsWhatTheApiSends: [
  Fits<StoryPage, Ui.StoryPage>,
  Fits<StoryBriefing, Ui.StoryAnswer>,
  Fits<ArticleDetail, Ui.ArticleDetail>,
  Fits<TopicDetail, Ui.TopicDetail>,
  Fits<SearchHit, Ui.SearchHit>,
  Fits<EntityPage, Ui.EntityPage>,
  Fits<EntityDetail, Ui.EntityDetail>,
] = [true, true, true, true, true, true, true];
