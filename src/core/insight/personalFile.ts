// The file a reader exports and imports on the options page: their trusted authors ("this
// person is real") and private notes, as versioned JSON. Everything in an imported file is
// checked here before anything is stored; a bad file is refused whole with the first problem.
import * as v from 'valibot';

export const PERSONAL_FILE_FORMAT = 'kuzet-personal';
export const MAX_ENTRIES = 10_000;

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const trustedEntrySchema = v.object({ authorKey: key, displayName: v.pipe(v.string(), v.maxLength(300)), addedAt: time });
export const noteEntrySchema = v.object({ authorKey: key, text: v.pipe(v.string(), v.maxLength(2000)), updatedAt: time });

export const personalFileSchema = v.object({
  format: v.literal(PERSONAL_FILE_FORMAT),
  version: v.literal(1),
  exportedAt: time,
  trusted: v.pipe(v.array(trustedEntrySchema), v.maxLength(MAX_ENTRIES)),
  notes: v.pipe(v.array(noteEntrySchema), v.maxLength(MAX_ENTRIES)),
});

export type PersonalFile = v.InferOutput<typeof personalFileSchema>;
export type TrustedEntry = v.InferOutput<typeof trustedEntrySchema>;
export type NoteEntry = v.InferOutput<typeof noteEntrySchema>;

export function personalFile(trusted: readonly TrustedEntry[], notes: readonly NoteEntry[], exportedAt: number): PersonalFile {
  return { format: PERSONAL_FILE_FORMAT, version: 1, exportedAt, trusted: [...trusted], notes: [...notes] };
}

export type ParsedPersonalFile = { ok: true; file: PersonalFile } | { ok: false; problem: 'json' | 'shape'; path: string };

/** Parses a file's text; on failure says whether it was not JSON or where its shape is wrong. */
export function parsePersonalFile(text: string): ParsedPersonalFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json', path: '' };
  }
  const result = v.safeParse(personalFileSchema, raw);
  if (result.success) return { ok: true, file: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, problem: 'shape', path };
}
