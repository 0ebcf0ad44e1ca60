/** The public API of the `parallax` package: the library, the HTTP app, and their types. */
export { Parallax, type EntitiesQuery, type IngestInput, type ParallaxOptions, type StoriesQuery } from './api/parallax.ts';
export type { StoryBriefing } from './api/story-briefing.ts';
export type { ItemResult } from './api/serial-ingest.ts';
export type { IngestReport, Progress, Rejection } from './ingest.ts';
export type { ArticleDetail, ArticleRow, EntityDetail, EntityPage, EntityQuery, EntitySummary, SearchHit, Store, StoryPage, StoryQuery, StorySummary, TopicDetail } from './store/store.ts';
export type { EntityId, EntityType } from './entities/entity.ts';
export type { ArticleId, LanguageGuess, Message, Origin, Paragraph, StoryId, TopicId } from './article.ts';
export type { Options } from './config.ts';
