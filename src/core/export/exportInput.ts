// What an export is made from: the stored records of one thread or of everything kept, plus the
// facts about the extension the provenance line states. The background gathers it from the
// database; everything after that (lines, CSV, GraphML) is pure and lives in this folder.
import type { Author, StoredComment, Verdict } from '../model.ts';
import type { Weights } from '../heuristics/weights.ts';

/** A thread as stored (the background's ThreadRow without its storage concerns). */
export interface ExportThread {
  url: string;
  site: string;
  title?: string;
  firstSeen: number;
  lastSeen: number;
}

export interface ExportInput {
  scope: 'thread' | 'all';
  extensionVersion: string;
  /** Epoch ms; passed in because core reads no clock. */
  exportedAt: number;
  threads: readonly ExportThread[];
  authors: readonly Author[];
  comments: readonly StoredComment[];
  verdicts: readonly (Verdict & { threadUrl: string })[];
  /** The shared lists applied when the verdicts were scored. */
  listVersions: readonly { list: string; version: string | number }[];
  weights: Weights;
}
