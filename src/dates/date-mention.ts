/**
 * A date or time expression in an article, resolved to ISO 8601 where it can be.
 * Offsets are UTF-16 code unit indices into the article's text exactly as given.
 */

/**
 * 'report': the text says it is the time of the report ("heute", "today", "Stand:", a dateline);
 * 'event': the time at which something happened or will happen ("am Freitag traf Biden …", "im November 2022");
 * 'unknown': a date standing without such a cue.
 * (`parallax export dates` writes this as its `kind` field.)
 */
export type DateRole = 'event' | 'report' | 'unknown';

export interface DateMention {
  kind: 'date';
  start: number;
  end: number;
  /** `text.slice(start, end)`; includes the preposition that makes it a date ("am Mittwoch", "im November 2022"). */
  text: string;
  /**
   * ISO 8601 as precise as known: '2023', '2023-01', '2023-W02' (a week), '2023-01-13', '2023-01-13T10:00'.
   * Null when it depends on a reference date that is unknown ("gestern" without the article's date).
   */
  value: string | null;
  /** Deliberately absent: the event/report distinction is `role`, since facts are unions keyed on `kind`. */
  kind2?: never;
  role: DateRole;
  /** True when the value depends on the reference date or on the date mentioned before (weekdays, "gestern", "13 gennaio"). */
  relative: boolean;
  /**
   * The month and day as written when the year is not ('--01-13' for "13. Januar", '--11' for "im November"),
   * so that a date can be placed once a reference is found (see inferArticleDate); null otherwise.
   */
  partial: string | null;
}
