// The privacy guard: what goes into a dossier. Only the accounts of the clusters handed over
// (the ones marked ready, or all when none is), without members the user removed, and only the
// comments cited as evidence that those accounts wrote. Other people's comments in the same
// threads go in only when the user opts in; reasons then cite only comments the dossier holds
// and name no one outside it.
import type { AuthorKey } from '../model.ts';
import type { AuthorLine, CommentLine, ExportLine, ProvenanceLine, ThreadLine, VerdictLine } from '../export/ndjsonFormat.ts';
import type { MarkedCluster } from '../networks/marks.ts';
import type { NetworkEdge } from '../networks/types.ts';

/** What stands in a reason for the name of someone outside the dossier. */
export const HIDDEN_NAME = '[…]';

export interface DossierSelection {
  provenance: ProvenanceLine | undefined;
  clusters: MarkedCluster[];
  /** One per account, in cluster order then key order. */
  accounts: AuthorLine[];
  clusterOf: ReadonlyMap<AuthorKey, string>;
  comments: CommentLine[];
  verdicts: VerdictLine[];
  threads: ThreadLine[];
  edges: NetworkEdge[];
  othersIncluded: boolean;
}

export function selectEvidence(lines: readonly ExportLine[], all: readonly MarkedCluster[], includeOthers: boolean): DossierSelection {
  const ready = all.filter((c) => c.ready);
  const clusters = (ready.length > 0 ? ready : [...all]).filter((c) => c.members.length > 0);
  const clusterOf = new Map<AuthorKey, string>();
  for (const c of clusters) for (const k of c.members) clusterOf.set(k, c.id);
  const edges = clusters.flatMap((c) => c.edges);
  const by = <K extends ExportLine['kind']>(kind: K) => lines.filter((l): l is Extract<ExportLine, { kind: K }> => l.kind === kind);
  const allVerdicts = by('verdict').filter((v) => clusterOf.has(v.authorKey));
  const cited = new Set([...edges.flatMap((e) => e.evidence.commentIds), ...allVerdicts.flatMap((v) => v.reasons.flatMap((r) => r.evidence.commentIds))]);
  const own = by('comment').filter((c) => clusterOf.has(c.authorKey) && cited.has(c.id));
  const memberThreads = new Set(by('comment').filter((c) => clusterOf.has(c.authorKey)).map((c) => c.threadUrl));
  const comments = includeOthers ? by('comment').filter((c) => memberThreads.has(c.threadUrl)) : own;
  const kept = new Set(comments.map((c) => c.id));
  const keptUrls = new Set(comments.flatMap((c) => (c.url === undefined ? [] : [c.url])));
  // Reasons may name other people ("X posted it first"): without the opt-in their names go too.
  const memberNames = new Set(by('comment').filter((c) => clusterOf.has(c.authorKey)).map((c) => c.displayName));
  const otherNames = new Set(by('comment').filter((c) => !clusterOf.has(c.authorKey) && !memberNames.has(c.displayName)).map((c) => c.displayName));
  const hide = (text: string) => (!includeOthers && otherNames.has(text) ? HIDDEN_NAME : text);
  const verdicts = allVerdicts.map((v) => ({
    ...v,
    reasons: v.reasons.map((r) => ({
      ...r,
      sentence: { ...r.sentence, substitutions: r.sentence.substitutions.map(hide) },
      evidence: { commentIds: r.evidence.commentIds.filter((id) => kept.has(id)), urls: r.evidence.urls.filter((u) => keptUrls.has(u)) },
    })),
  }));
  const threadUrls = new Set(comments.map((c) => c.threadUrl));
  const authorLines = new Map(by('author').map((a) => [a.key, a]));
  const order = clusters.flatMap((c) => c.members);
  return {
    provenance: by('provenance')[0],
    clusters,
    accounts: order.map((key) => authorLines.get(key) ?? accountFromComments(key, by('comment'))),
    clusterOf,
    comments,
    verdicts,
    threads: by('thread').filter((t) => threadUrls.has(t.url)),
    edges: edges.map((e) => ({ ...e, evidence: { commentIds: e.evidence.commentIds.filter((id) => kept.has(id)) } })),
    othersIncluded: includeOthers,
  };
}

/** An account the export has no author line for, described from its comments. */
function accountFromComments(key: AuthorKey, comments: readonly CommentLine[]): AuthorLine {
  const own = comments.filter((c) => c.authorKey === key);
  const seen = own.map((c) => c.seenAt);
  const first = own[0];
  return {
    kind: 'author',
    key,
    site: first?.site ?? key.split(':')[0] ?? '',
    displayName: first?.displayName ?? key,
    ...(first?.profileUrl === undefined ? {} : { profileUrl: first.profileUrl }),
    names: [...new Set(own.map((c) => c.displayName))],
    firstSeen: seen.length ? Math.min(...seen) : 0,
    lastSeen: seen.length ? Math.max(...seen) : 0,
  };
}
