// The schedule: lists checked every hour, waiting reports tried every minute. Alarms outlive
// the worker (a timer would die with it); each is created only when missing, because creating
// it again at every wake would restart its period and an often-woken worker would never reach it.
import type { Alarms } from 'webextension-polyfill';
import { LISTS_ALARM, type ListsService, REPORTS_ALARM } from './listsService.ts';

export const LISTS_PERIOD_MINUTES = 60;
export const REPORTS_PERIOD_MINUTES = 1;

export function startListAlarms(alarms: Alarms.Static, lists: ListsService): void {
  // Registered synchronously at the top level, so an alarm that woke the worker finds it.
  alarms.onAlarm.addListener((alarm) => {
    lists.onAlarm(alarm.name).catch((error: unknown) => console.warn('Kuzet: alarm', alarm.name, 'failed', error));
  });
  const ensure = async (name: string, periodInMinutes: number) => {
    if (!(await alarms.get(name))) await alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
  };
  void ensure(LISTS_ALARM, LISTS_PERIOD_MINUTES);
  void ensure(REPORTS_ALARM, REPORTS_PERIOD_MINUTES);
}
