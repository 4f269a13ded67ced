// The committed store/toolbar icons: each icons/icon-<size>.png decodes as a real PNG (chunk
// CRCs checked by Node's zlib, the image data inflated by fflate, rows unfiltered here) of the
// size the manifests declare, is not blank (a bubble with a mark on a transparent background),
// and is exactly what scripts/make-icons.ts draws today (so an edit to the drawing without
// regenerating the files fails).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/browser/paths.ts';
import { BUBBLE, ICON_SIZES, iconPng, MARK } from '../../scripts/make-icons.ts';
import { builtManifest } from './build/builtManifest.ts';

interface Decoded { width: number; height: number; rgba: Uint8Array }

/** A minimal PNG reader for 8-bit RGBA, non-interlaced: enough to check what the script wrote. */
function decodePng(bytes: Uint8Array): Decoded {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let width = 0, height = 0, at = 8, ended = false;
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      [width, height] = [view.getUint32(at + 8), view.getUint32(at + 12)];
      expect([...data.subarray(8)], 'bit depth 8, RGBA, deflate, filter 0, no interlace').toEqual([8, 6, 0, 0, 0]);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  expect(ended).toBe(true);
  const raw = unzlibSync(Uint8Array.from(idat.flatMap((d) => [...d])));
  const stride = width * 4;
  expect(raw.length).toBe(height * (stride + 1));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const left = i >= 4 ? rgba[y * stride + i - 4]! : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + i]! : 0;
      // Filters 0-2 (none, sub, up) are what simple encoders write; 3-4 would need more code.
      expect(filter, 'row filter').toBeLessThan(3);
      rgba[y * stride + i] = (x + (filter === 1 ? left : filter === 2 ? up : 0)) & 0xff;
    }
  }
  return { width, height, rgba };
}

const near = (rgba: Uint8Array, i: number, [r, g, b]: readonly number[]) =>
  rgba[i + 3] === 255 && Math.abs(rgba[i]! - r!) + Math.abs(rgba[i + 1]! - g!) + Math.abs(rgba[i + 2]! - b!) < 6;

describe.each(ICON_SIZES)('icons/icon-%i.png', (size) => {
  const file = new Uint8Array(readFileSync(join(repoRoot, 'icons', `icon-${size}.png`)));
  const { width, height, rgba } = decodePng(file);

  it('is a square PNG of its size', () => {
    expect([width, height]).toEqual([size, size]);
  });

  it('shows the blue bubble and the amber mark on a transparent background, with soft edges', () => {
    const pixels = size * size;
    let bubble = 0, mark = 0, clear = 0, partial = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (near(rgba, i, BUBBLE)) bubble++;
      else if (near(rgba, i, MARK)) mark++;
      else if (rgba[i + 3] === 0) clear++;
      else partial++;
    }
    expect(bubble / pixels).toBeGreaterThan(0.3);
    expect(mark / pixels).toBeGreaterThan(0.03);
    expect(clear / pixels).toBeGreaterThan(0.1);
    expect(partial, 'antialiased edge pixels').toBeGreaterThan(0);
    expect(rgba[3], 'top-left corner is transparent').toBe(0);
    const centreTop = ((Math.floor(size * 0.3) * size) + Math.floor(size / 2)) * 4;
    expect(near(rgba, centreTop, MARK), 'the exclamation bar runs down the middle').toBe(true);
  });

  it('is what scripts/make-icons.ts draws now', () => {
    expect(Buffer.from(iconPng(size)).equals(Buffer.from(file))).toBe(true);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('declares every icon size for the store and the toolbar button', () => {
    const manifest = builtManifest(browser);
    const expected = Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icons/icon-${s}.png`]));
    expect(manifest['icons']).toEqual(expected);
    expect((manifest['action'] as Record<string, unknown>)['default_icon']).toEqual(expected);
  });
});
