// The thread's timeline as a small SVG bar chart: comments per minute, the part by flagged
// authors drawn in the alarm colour, and bursts marked by a band and a triangle above, the
// pattern of a brigaded thread or poll. A sentence under it says the same for screen readers
// and for anyone who cannot tell the colours apart.
import { burstRanges, MINUTE_MS } from '../../core/insight/timeline.ts';
import type { TabTimeline } from '../connect/connector.ts';
import { sentenceKey } from '../../core/messageKeys.ts';
import { useT } from '../components/connector-context.ts';

const W = 332;
const H = 96;
const TOP = 12; // room for the burst triangles
const BOTTOM = 16; // room for the time labels

export function TimelinePlot({ timeline }: { timeline: TabTimeline }) {
  const t = useT();
  const { buckets } = timeline;
  if (buckets.length === 0) {
    return <p class="kz-muted" data-kuzet-popup="timeline-empty">{t('popupTimelineEmpty')}</p>;
  }
  const from = buckets[0]!.minute;
  const to = buckets.at(-1)!.minute + MINUTE_MS;
  const x = (time: number) => ((time - from) / (to - from)) * W;
  const barWidth = Math.max(1, W / ((to - from) / MINUTE_MS));
  const peak = Math.max(...buckets.map((b) => b.total));
  const y = (n: number) => ((H - TOP - BOTTOM) * n) / peak;
  const bursts = burstRanges(buckets);
  const total = buckets.reduce((n, b) => n + b.total, 0);
  const flagged = buckets.reduce((n, b) => n + b.flagged, 0);
  const minutes = String(Math.round((to - from) / MINUTE_MS));
  // The reader's own clock: the times they would see on the site.
  const clock = new Intl.DateTimeFormat(t('pluralLocale'), { hour: '2-digit', minute: '2-digit' });
  const summary = t(sentenceKey({ key: 'popupTimelineSummary', substitutions: [], count: total }, t('pluralLocale')), [String(total), minutes, String(flagged), String(bursts.length)]);
  return (
    <figure class="kz-timeline" data-kuzet-popup="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="kz-timeline-caption">
        {bursts.map((b) => (
          <g key={b.from} data-kuzet-burst={b.from}>
            <rect class="kz-burst-band" x={x(b.from) - 2} y={TOP} width={Math.max(4, x(b.to) - x(b.from) + 4)} height={H - TOP - BOTTOM} />
            <path class="kz-burst-mark" d={`M${x(b.from) + barWidth / 2 - 5},1 h10 l-5,9 z`} />
          </g>
        ))}
        {buckets.map((b) => (
          <g key={b.minute}>
            <rect class="kz-bar" x={x(b.minute)} y={H - BOTTOM - y(b.total)} width={barWidth} height={y(b.total)} />
            {b.flagged > 0 && (
              <rect class="kz-bar-flagged" data-kuzet-flagged-bar="" x={x(b.minute)} y={H - BOTTOM - y(b.flagged)} width={barWidth} height={y(b.flagged)} />
            )}
          </g>
        ))}
        <line class="kz-axis" x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} />
        <text class="kz-axis-label" x={0} y={H - 3}>{clock.format(from)}</text>
        <text class="kz-axis-label" x={W} y={H - 3} text-anchor="end">{clock.format(to)}</text>
      </svg>
      <figcaption id="kz-timeline-caption" class="kz-muted">
        {summary} {timeline.undated > 0 && t(sentenceKey({ key: 'popupTimelineUndated', substitutions: [], count: timeline.undated }, t('pluralLocale')), [String(timeline.undated)])}
      </figcaption>
    </figure>
  );
}
