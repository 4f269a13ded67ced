// The privacy room: the options page's "delete all local data" control. Kuzet keeps everything on
// the device; this message erases all of it (the database and the extension's storage) at once.
import * as v from 'valibot';

export const privacyMessages = {
  'privacy/deleteAll': {
    from: 'page',
    // A literal confirmation, so no stray or malformed message can erase a user's data.
    request: v.object({ confirm: v.literal('delete-all-local-data') }),
    response: v.object({ deleted: v.literal(true) }),
  },
} as const;
