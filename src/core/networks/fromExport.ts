// Networks from a researcher export (contract C6 lines): the flagged accounts are those with a
// verdict above 'none' in any thread; the export's own sameText edges are merged in, its
// co-occurrence counts are re-tested here against chance (a raw count is not yet a tie).
import type { AuthorKey, StoredComment } from '../model.ts';
import type { ExportLine } from '../export/ndjsonFormat.ts';
import { findNetworks, type Networks } from './findNetworks.ts';
import { sameTextStrength } from './sameTextEdges.ts';
import type { NetworkEdge } from './types.ts';

export function flaggedOf(lines: readonly ExportLine[]): AuthorKey[] {
  const keys = new Set<AuthorKey>();
  for (const line of lines) if (line.kind === 'verdict' && line.level !== 'none') keys.add(line.authorKey);
  return [...keys].sort();
}

export function commentsOf(lines: readonly ExportLine[]): StoredComment[] {
  return lines.flatMap((line) => {
    if (line.kind !== 'comment') return [];
    const { kind: _kind, ...comment } = line;
    return [comment];
  });
}

/** `avatarHashes`: perceptual hashes the extension computed (an export does not carry them). */
export function networksOfExport(lines: readonly ExportLine[], avatarHashes?: ReadonlyMap<AuthorKey, string>): Networks {
  const given: NetworkEdge[] = lines.flatMap((line) =>
    line.kind === 'edge' && line.type === 'sameText' && line.weight > 0
      ? [{ a: line.a, b: line.b, type: 'sameText' as const, strength: sameTextStrength(line.weight), count: line.weight, evidence: { commentIds: [...line.evidence.commentIds] } }]
      : [],
  );
  return findNetworks({ flagged: flaggedOf(lines), comments: commentsOf(lines), given, ...(avatarHashes ? { avatarHashes } : {}) });
}
