// The lists room's two settings, kept in the `listConfig` table: the policy across lists
// (any / majority / all per category) and the report server reports are sent to.
import * as v from 'valibot';
import { DEFAULT_LIST_POLICY, LIST_RULES, type ListPolicy } from '../../core/lists/listPolicy.ts';
import { REPORT_CATEGORIES } from '../../core/model.ts';
import type { KuzetDb } from '../db.ts';

const policySchema = v.object(Object.fromEntries(REPORT_CATEGORIES.map((c) => [c, v.picklist(LIST_RULES)])) as Record<(typeof REPORT_CATEGORIES)[number], v.PicklistSchema<typeof LIST_RULES, undefined>>);

/** The stored policy; anything unreadable falls back to "any list is enough". */
export async function readPolicy(db: KuzetDb): Promise<ListPolicy> {
  const parsed = v.safeParse(policySchema, (await db.listConfig.get('policy'))?.value);
  return parsed.success ? parsed.output : { ...DEFAULT_LIST_POLICY };
}

export async function writePolicy(db: KuzetDb, policy: ListPolicy): Promise<void> {
  await db.listConfig.put({ name: 'policy', value: policy });
}

/** Where reports go; null until the reader names a server. */
export async function readReportServer(db: KuzetDb): Promise<string | null> {
  const value = (await db.listConfig.get('reportServer'))?.value;
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export async function writeReportServer(db: KuzetDb, url: string | null): Promise<void> {
  if (url === null) await db.listConfig.delete('reportServer');
  else await db.listConfig.put({ name: 'reportServer', value: url });
}
