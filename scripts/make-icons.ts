// Draws Kuzet's icon and writes icons/icon-<size>.png: `npx tsx scripts/make-icons.ts`.
// The icon is a deep-blue speech bubble (a comment) carrying an amber exclamation mark (a warning
// about it): two flat colours that stay readable at 16 px in a toolbar. Drawn procedurally so
// every size comes from one geometry, antialiased by 8x8 supersampling, and encoded as PNG here
// (signature, IHDR, one zlib IDAT, IEND, each chunk with its CRC-32) with fflate's zlib, so no
// image tool is needed and the output is byte-for-byte reproducible.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zlibSync } from 'fflate';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const BUBBLE = [0x1d, 0x4e, 0x89] as const; // deep blue
export const MARK = [0xff, 0xb4, 0x00] as const; // amber

const SAMPLES = 8;

/** Inside a rectangle with rounded corners (unit-square coordinates). */
function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside the triangle a-b-c (same-sign test on the three edges). */
function inTriangle(x: number, y: number, [ax, ay, bx, by, cx, cy]: readonly number[]): boolean {
  const s1 = (bx! - ax!) * (y - ay!) - (by! - ay!) * (x - ax!);
  const s2 = (cx! - bx!) * (y - by!) - (cy! - by!) * (x - bx!);
  const s3 = (ax! - cx!) * (y - cy!) - (ay! - cy!) * (x - cx!);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

const TAIL = [0.22, 0.7, 0.46, 0.7, 0.14, 0.95] as const;

/** What one point of the unit square shows: the mark, the bubble, or nothing. */
function shapeAt(x: number, y: number): 'mark' | 'bubble' | null {
  const bar = inRoundedRect(x, y, 0.43, 0.17, 0.57, 0.5, 0.07);
  const dot = (x - 0.5) ** 2 + (y - 0.615) ** 2 <= 0.078 ** 2;
  if (bar || dot) return 'mark';
  if (inRoundedRect(x, y, 0.05, 0.07, 0.95, 0.76, 0.2) || inTriangle(x, y, TAIL)) return 'bubble';
  return null;
}

/** The icon as straight-alpha RGBA, `size` x `size`. */
export function renderIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const shape = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (shape === null) continue;
          const colour = shape === 'mark' ? MARK : BUBBLE;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) rgba[at + c] = Math.round(sum[c]! / covered);
      rgba[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG; every row uses filter 0 (none). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

export const iconPng = (size: number): Uint8Array => encodePng(size, size, renderIcon(size));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync('icons', { recursive: true });
  for (const size of ICON_SIZES) {
    const path = join('icons', `icon-${size}.png`);
    writeFileSync(path, iconPng(size));
    console.log(`Kuzet: wrote ${path}`);
  }
}
