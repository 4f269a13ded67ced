// Evidence as links a person can follow and check: numbered links to the comments a reason is
// about (the popup's reasons), and quoted comment texts with their links (a moderator's queue).
// URLs come from strangers' pages, so only http(s) ever becomes an href.
import { safeHttpUrl } from '../../core/safeHttpUrl.ts';
import type { Translate } from './translate.ts';

export function EvidenceLinks({ urls, t }: { urls: readonly string[]; t: Translate }) {
  const safe = urls.map((url) => safeHttpUrl(url)).filter((url): url is string => url !== null);
  if (safe.length === 0) return null;
  return (
    <span class="kz-evidence">
      {safe.map((url, i) => (
        <a key={url} href={url} target="_blank" rel="noopener noreferrer">
          {t('cardEvidence', [String(i + 1)])}
        </a>
      ))}
    </span>
  );
}

export interface QuotedComment {
  url: string;
  text: string;
}

export function EvidenceQuotes({ comments, t }: { comments: readonly QuotedComment[]; t: Translate }) {
  return (
    <ol class="kz-quotes">
      {comments.map((comment, i) => {
        const href = safeHttpUrl(comment.url);
        return (
          <li key={i}>
            <blockquote>{comment.text}</blockquote>
            {href && (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {t('cardEvidence', [String(i + 1)])}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}
