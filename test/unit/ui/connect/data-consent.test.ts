// The extension connector's data consent against a stand-in for `browser`, with the manifests
// the build really writes: Firefox's build asks for exactly 'websiteContent' (the kind its
// manifest declares optional), in the same tick as the click; Chrome's never calls the API
// (Chrome would reject the Firefox-only `data_collection` key) and may always send.
import { describe, expect, it } from 'vitest';
import { dataConsentOver } from '../../../../src/ui/connect/data-consent.ts';
import { builtManifest } from '../../build/builtManifest.ts';

function fakeBrowser(manifest: Record<string, unknown>, answer: boolean | Error) {
  const calls: [string, unknown][] = [];
  const reply = (name: string) => (p: unknown) => {
    calls.push([name, p]);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { calls, runtime: { getManifest: () => manifest }, permissions: { request: reply('request'), contains: reply('contains') } };
}

describe('Firefox data consent through the extension connector', () => {
  it('asks Firefox for website content, synchronously, and passes on its answer', async () => {
    const browser = fakeBrowser(builtManifest('firefox'), true);
    const answer = dataConsentOver(browser).requestDataConsent();
    expect(browser.calls).toEqual([['request', { data_collection: ['websiteContent'] }]]);
    expect(await answer).toBe(true);
  });

  it('answers no when the person refuses or Firefox throws (no user gesture)', async () => {
    expect(await dataConsentOver(fakeBrowser(builtManifest('firefox'), false)).requestDataConsent()).toBe(false);
    expect(await dataConsentOver(fakeBrowser(builtManifest('firefox'), new Error('permissions.request may only be called from a user input handler'))).requestDataConsent()).toBe(false);
  });

  it('reads whether the consent is held', async () => {
    const browser = fakeBrowser(builtManifest('firefox'), false);
    expect(await dataConsentOver(browser).hasDataConsent()).toBe(false);
    expect(browser.calls).toEqual([['contains', { data_collection: ['websiteContent'] }]]);
  });

  it('never calls the permissions API in Chrome, where there is nothing to ask', async () => {
    const browser = fakeBrowser(builtManifest('chrome'), new Error('Unexpected property: data_collection'));
    const consent = dataConsentOver(browser);
    expect(await consent.requestDataConsent()).toBe(true);
    expect(await consent.hasDataConsent()).toBe(true);
    expect(browser.calls).toEqual([]);
  });
});

describe('the manifests', () => {
  it('declare the consent only in Firefox: none required, website content optional', () => {
    const gecko = (builtManifest('firefox')['browser_specific_settings'] as { gecko: Record<string, unknown> }).gecko;
    expect(gecko['data_collection_permissions']).toEqual({ required: ['none'], optional: ['websiteContent'] });
    expect(JSON.stringify(builtManifest('chrome'))).not.toContain('data_collection');
  });
});
