import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/build/manifestFor.ts';

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

describe('manifestFor', () => {
  it('gives Chrome a module service worker and no gecko settings', () => {
    const chrome = manifestFor(source, 'chrome', '1.2.3');
    expect(chrome['background']).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome['browser_specific_settings']).toBeUndefined();
    expect(chrome['version']).toBe('1.2.3');
  });

  it('gives Firefox background scripts, a gecko id and a minimum version', () => {
    const firefox = manifestFor(source, 'firefox', '1.2.3');
    expect(firefox['background']).toEqual({ scripts: ['background.js'] });
    expect(firefox['browser_specific_settings']).toMatchObject({ gecko: { id: expect.any(String), strict_min_version: expect.any(String) } });
  });

  it('never asks for all URLs', () => {
    expect(JSON.stringify(manifestFor(source, 'chrome', '1'))).not.toContain('<all_urls>');
  });
});
