// Every `_locales` key the shared pieces may ask for, so a page outside the extension (the list
// server's moderator and appeal pages) can ship exactly these with its own strings and no more.
import { CATEGORY_KEYS, REPORT_STATUS_KEYS } from '../../core/messageKeys.ts';

export const SHARED_MESSAGE_KEYS: readonly string[] = [...Object.values(CATEGORY_KEYS), ...Object.values(REPORT_STATUS_KEYS), 'cardEvidence'];
