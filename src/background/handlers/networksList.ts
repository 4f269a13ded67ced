// 'networks/list' and 'networks/mark': the clusters for the Networks view, with each member's
// strongest verdict and the members' comments for the timeline; and storing what the user
// decided about a cluster (removed members, note, ready).
import type { CommentLine, VerdictLine } from '../../core/export/ndjsonFormat.ts';
import type { MarkedCluster } from '../../core/networks/marks.ts';
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import { networkData } from './networksData.ts';

type ClusterView = Response<'networks/list'>['clusters'][number];
/** Comments shown per cluster at most: a timeline and a list a person can still read. */
const MAX_COMMENTS = 400;

export async function handleNetworksList(db: KuzetDb, now: number, extensionVersion: string): Promise<Response<'networks/list'>> {
  const { lines, clusters } = await networkData(db, now, extensionVersion);
  const verdicts = new Map<string, VerdictLine>();
  for (const l of lines) if (l.kind === 'verdict' && l.score > (verdicts.get(l.authorKey)?.score ?? -1)) verdicts.set(l.authorKey, l);
  const comments = lines.filter((l): l is CommentLine => l.kind === 'comment');
  return { clusters: clusters.map((c) => view(c, verdicts, comments)) };
}

function view(cluster: MarkedCluster, verdicts: ReadonlyMap<string, VerdictLine>, comments: readonly CommentLine[]): ClusterView {
  const member = (key: string) => {
    const v = verdicts.get(key);
    const c = comments.find((x) => x.authorKey === key);
    return {
      key,
      displayName: v?.displayName ?? c?.displayName ?? key,
      ...(c?.profileUrl === undefined ? {} : { profileUrl: c.profileUrl }),
      level: v?.level ?? 'none',
      score: v?.score ?? 0,
      reasons: v?.reasons ?? [],
    };
  };
  const inside = new Set(cluster.members);
  const own = comments.filter((c) => inside.has(c.authorKey)).slice(0, MAX_COMMENTS);
  return {
    id: cluster.id,
    members: cluster.members.map(member),
    removed: cluster.removed.map(member),
    edges: cluster.edges,
    evidenceCount: cluster.evidenceCount,
    note: cluster.note,
    ready: cluster.ready,
    comments: own.map((c) => ({
      id: c.id, authorKey: c.authorKey, displayName: c.displayName, text: c.text, threadUrl: c.threadUrl, seenAt: c.seenAt,
      ...(c.url === undefined ? {} : { url: c.url }),
      ...(c.time === undefined ? {} : { time: c.time }),
    })),
  };
}

export async function handleNetworksMark(db: KuzetDb, request: Request<'networks/mark'>, now: number): Promise<Response<'networks/mark'>> {
  await db.networkMarks.put({ ...request, removed: [...new Set(request.removed)].sort(), updatedAt: now });
  return { saved: true };
}
