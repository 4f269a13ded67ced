// Applies what the user decided to a computed cluster: members judged wrongly tied in are taken
// out with their edges (the id stays, so the note and the decision stay with the cluster).
import { clusterOf } from './clusters.ts';
import type { Cluster, ClusterMarks } from './types.ts';

export interface MarkedCluster extends Cluster {
  removed: string[];
  note: string;
  ready: boolean;
}

export function applyMarks(cluster: Cluster, marks: ClusterMarks | undefined): MarkedCluster {
  const removed = (marks?.removed ?? []).filter((k) => cluster.members.includes(k)).sort();
  const kept = cluster.members.filter((k) => !removed.includes(k));
  const trimmed = removed.length === 0 ? cluster : { ...clusterOf(kept, cluster.edges), id: cluster.id };
  return { ...trimmed, removed, note: marks?.note ?? '', ready: marks?.ready ?? false };
}
