// The researcher export (popup: this tab's thread; options: everything kept). The background
// gathers the records and writes the file in the format asked for; the page only downloads it.
// Spread into the one map in messages.ts.
import * as v from 'valibot';
import { EXPORT_FORMATS } from '../core/export/exportFormats.ts';
import { text } from './schemas.ts';

/** runtime messaging carries at most 64 MiB in Chrome; a larger export fails with a clear error. */
export const MAX_EXPORT_CHARS = 60 * 1024 * 1024;

export const exportMessages = {
  'export/collect': {
    from: 'page',
    request: v.variant('scope', [
      v.object({ scope: v.literal('thread'), format: v.picklist(EXPORT_FORMATS), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
      v.object({ scope: v.literal('all'), format: v.picklist(EXPORT_FORMATS) }),
    ]),
    response: v.object({
      filename: v.pipe(text(200), v.regex(/^kuzet-[\w.-]+$/)),
      mime: text(100),
      text: text(MAX_EXPORT_CHARS),
      /** How many comments the file holds: 0 tells the page there was nothing to export. */
      comments: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  },
} as const;
