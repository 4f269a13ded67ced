// The schedule survives the worker: alarms are created once (a wake does not restart their
// period), and an alarm that wakes the worker reaches the lists service.
import { describe, expect, it } from 'vitest';
import type { Alarms } from 'webextension-polyfill';
import { LISTS_PERIOD_MINUTES, REPORTS_PERIOD_MINUTES, startListAlarms } from '../../../../src/background/lists/listAlarms.ts';
import { LISTS_ALARM, type ListsService, REPORTS_ALARM } from '../../../../src/background/lists/listsService.ts';

function fakeAlarms() {
  const alarms = new Map<string, Alarms.CreateAlarmInfoType>();
  const listeners: ((alarm: Alarms.Alarm) => void)[] = [];
  let creates = 0;
  const api = {
    get: async (name: string) => (alarms.has(name) ? ({ name, scheduledTime: 0 } as Alarms.Alarm) : undefined),
    create: async (name: string, info: Alarms.CreateAlarmInfoType) => {
      creates++;
      alarms.set(name, info);
    },
    onAlarm: { addListener: (fn: (alarm: Alarms.Alarm) => void) => listeners.push(fn) },
  } as unknown as Alarms.Static;
  return { api, alarms, fire: (name: string) => listeners.forEach((fn) => fn({ name, scheduledTime: 0 })), creates: () => creates };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startListAlarms', () => {
  it('creates the hourly list check and the per-minute report delivery once, across worker wakes', async () => {
    const fake = fakeAlarms();
    const seen: string[] = [];
    const lists = { onAlarm: async (name: string) => void seen.push(name) } as unknown as ListsService;
    startListAlarms(fake.api, lists);
    await settle();
    expect(fake.alarms.get(LISTS_ALARM)?.periodInMinutes).toBe(LISTS_PERIOD_MINUTES);
    expect(fake.alarms.get(REPORTS_ALARM)?.periodInMinutes).toBe(REPORTS_PERIOD_MINUTES);
    startListAlarms(fake.api, lists); // the worker woke again
    await settle();
    expect(fake.creates()).toBe(2);
    fake.fire(REPORTS_ALARM);
    await settle();
    expect(seen).toContain(REPORTS_ALARM);
  });
});
