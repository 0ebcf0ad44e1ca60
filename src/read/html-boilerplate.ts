/**
 * Removes page furniture before Readability sees the page: Readability scores by text density
 * and happily keeps a wordy cookie banner or comment thread next to the article.
 */
import type { DomDocument, DomElement } from './html-dom.ts';

/** Never content; scripts are never run, but their text must not become article text either. */
const ALWAYS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, textarea, input, dialog';
/**
 * Usually furniture; kept when they hold the article itself. aria-hidden only on blocks: on inline
 * elements it marks decorative copies such as drop caps, whose removal would cut words.
 */
const FURNITURE =
  'nav, footer, aside, form, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [role="search"], [hidden], div[aria-hidden="true"], section[aria-hidden="true"], ul[aria-hidden="true"]';
/** Words in class or id names that mark furniture. */
const FURNITURE_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'paywall', 'comment', 'comments',
  'disqus', 'share', 'sharing', 'social', 'related', 'recommended', 'promo', 'advert', 'advertisement', 'ad', 'ads',
  'sponsor', 'sponsored', 'sidebar', 'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'outbrain', 'taboola', 'toolbar',
  'menu', 'masthead', 'skip', 'signup', 'login',
]);
const HOLDS_ARTICLE = 'article, main, [itemprop="articleBody"], [role="main"]';

function markedAsFurniture(el: DomElement): boolean {
  const names = `${el.id} ${el.className}`.toLowerCase();
  if (/cookie|consent|gdpr/.test(names)) return true;
  return names.split(/[\s_-]+/).some((w) => FURNITURE_WORDS.has(w));
}

function textLength(el: DomElement | null): number {
  return (el?.textContent ?? '').replace(/\s+/g, '').length;
}

/** Mutates the document; returns how many elements were removed. */
export function removeBoilerplate(document: DomDocument): number {
  let removed = 0;
  for (const el of Array.from(document.querySelectorAll(ALWAYS))) {
    el.remove();
    removed++;
  }
  const body = document.body;
  if (!body) return removed;
  const total = textLength(body);
  const candidates = [
    ...Array.from(body.querySelectorAll(FURNITURE)),
    ...Array.from(body.querySelectorAll('[class], [id]')).filter(markedAsFurniture),
  ];
  for (const el of candidates) {
    // Guards against a page whose wrapper is called "page-with-comments" or a site that puts
    // the story inside <aside>: never drop the article, or most of the page.
    if (!el.parentNode || el.querySelector(HOLDS_ARTICLE) || /^(ARTICLE|MAIN|BODY|HTML)$/.test(el.tagName)) continue;
    if (total > 0 && textLength(el) > total / 2) continue;
    el.remove();
    removed++;
  }
  return removed;
}
