/** `/topics/{id}`: the topic's stories (its events) in time order, earliest first, undated last. */
import { api, useApi } from '../api/client.ts';
import type { TopicDetail } from '../api/wire.ts';
import { formatSpan } from '../ui/dates.ts';
import { Await, plural } from '../ui/status.tsx';
import { useTitle } from '../ui/title.ts';
import { StoryCard } from './story-list.tsx';

export function TopicPage({ id }: { id: string }) {
  const topic = useApi<TopicDetail>(api.topic(id));
  useTitle(`Topic ${id}`);
  return (
    <>
      <h1 tabIndex={-1}>Topic <code>{id}</code></h1>
      <Await loaded={topic} what="topic">
        {(t) => (
          <>
            <p className="count">{plural(t.stories.length, 'story', 'stories')}, {plural(t.stories.reduce((n, s) => n + s.articles, 0), 'article')}, in time order</p>
            <ol className="topic-timeline">
              {t.stories.map((s) => (
                <li key={s.id}>
                  <span className="when">{formatSpan(s.earliest, s.latest)}</span>
                  <StoryCard story={s} showTopic={false} showSpan={false} />
                </li>
              ))}
            </ol>
          </>
        )}
      </Await>
    </>
  );
}
