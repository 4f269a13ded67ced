// A V8 CPU profile of the extension's service worker while the bench inserts comments
// (KUZET_BENCH_WORKER_PROFILE=file.cpuprofile): where a late comment's background time goes.
// Playwright opens CDP sessions on pages only, so the worker is reached through a page's
// session: Target.attachToTarget without `flatten`, and its commands wrapped in
// Target.sendMessageToTarget (their answers come back as Target.receivedMessageFromTarget).
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { CpuProfile } from './cpuProfile.ts';

export interface WorkerProfiler {
  stop(): Promise<CpuProfile>;
}

interface TargetInfo { targetId: string; type: string; url: string }

export async function profileWorker(context: BrowserContext, extensionId: string): Promise<WorkerProfiler> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error('no service worker target for the extension');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.error ? Promise.reject(new Error(JSON.stringify(reply.error))) : reply.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      return profile;
    },
  };
}
