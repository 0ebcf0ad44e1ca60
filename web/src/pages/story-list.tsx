/** Story cards: title, topic, languages, counts and time span; used by the stories and topic pages. */
import type { StorySummary } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { formatSpan } from '../ui/dates.ts';
import { LangBadges, langAttr } from '../ui/lang.tsx';
import { plural } from '../ui/status.tsx';

export function StoryCard({ story, showTopic = true, showSpan = true }: { story: StorySummary; showTopic?: boolean; showSpan?: boolean }) {
  const lang = story.languages.length === 1 ? langAttr(story.languages[0]) : undefined;
  return (
    <article className="story-card">
      <h3 lang={lang}>
        <Link to={paths.story(story.id)}>{story.title ?? `Untitled story ${story.id}`}</Link>
      </h3>
      <p className="meta">
        <LangBadges codes={story.languages} />
        <span>{plural(story.articles, 'article')}</span>
        <span>{plural(story.independent, 'independent report')}</span>
        {showSpan && <span className="span">{formatSpan(story.earliest, story.latest)}</span>}
        {showTopic && <Link to={paths.topic(story.topic)} className="topic-link">topic {story.topic}</Link>}
      </p>
    </article>
  );
}

export function StoryList({ stories, showTopic = true }: { stories: readonly StorySummary[]; showTopic?: boolean }) {
  return (
    <ol className="story-list">
      {stories.map((s) => (
        <li key={s.id}><StoryCard story={s} showTopic={showTopic} /></li>
      ))}
    </ol>
  );
}
