/**
 * Draws the add-in's icons into assets/icon-{16,20,24,32,40,48,64,80,128}.png: two linked rings (white and
 * gold) on a Chinese-red (#C8102E) rounded square, transparent outside the square; and the 起草文稿
 * button's into assets/drafts-{…}.png: a white page with a folded corner and gold lines of text on
 * the same square.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * No dependencies: the PNG is written by hand (RGBA, 8 bits, filter 0, zlib from node, CRC-32
 * below). Each pixel averages 4×4 samples so the small sizes stay legible.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const RED: Rgba = [0xc8, 0x10, 0x2e, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [0xff, 0xd2, 0x4a, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The drawing in unit coordinates (0..1, y down). */
const CORNER = 0.2; // radius of the square's corners
const RING_RADIUS = 0.21;
const RING_HALF_WIDTH = 0.055;
const GAP = 0.035; // red gap where one ring passes over the other
const LEFT = { x: 0.37, y: 0.5 };
const RIGHT = { x: 0.63, y: 0.5 };

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= CORNER;
}

/** Distance from (x, y) to the centre line of a ring. */
function ringDistance(x: number, y: number, c: { x: number; y: number }): number {
  return Math.abs(Math.hypot(x - c.x, y - c.y) - RING_RADIUS);
}

/** Colour of one sample point: the left ring lies over the right one above the centre line, under it below. */
function sample(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y)) return CLEAR;
  const dLeft = ringDistance(x, y, LEFT);
  const dRight = ringDistance(x, y, RIGHT);
  const leftOnTop = y < 0.5;
  const [dTop, topColour, dUnder, underColour] = leftOnTop
    ? [dLeft, WHITE, dRight, GOLD]
    : [dRight, GOLD, dLeft, WHITE];
  if (dTop <= RING_HALF_WIDTH) return topColour;
  if (dUnder <= RING_HALF_WIDTH) return dTop <= RING_HALF_WIDTH + GAP ? RED : underColour;
  return RED;
}

/** The page of the drafts icon, in unit coordinates, and its folded corner. */
const PAGE = { left: 0.27, right: 0.73, top: 0.17, bottom: 0.83 };
const FOLD = 0.14;
/** Lines of text on the page: their top, bottom and right end (the last line is short). */
const TEXT_LINES = [
  { top: 0.4, bottom: 0.46, right: 0.64 },
  { top: 0.53, bottom: 0.59, right: 0.64 },
  { top: 0.66, bottom: 0.72, right: 0.55 },
];
const TEXT_LEFT = 0.36;

/** Colour of one sample point of the drafts icon: a page whose top-right corner is folded down. */
function sampleDrafts(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y)) return CLEAR;
  const onPage = x >= PAGE.left && x <= PAGE.right && y >= PAGE.top && y <= PAGE.bottom;
  if (!onPage) return RED;
  // Right of the fold's diagonal the corner is cut away; the folded flap lies just below it.
  const fromCorner = PAGE.right - x + (y - PAGE.top);
  if (fromCorner < FOLD) return RED;
  if (x >= PAGE.right - FOLD && y <= PAGE.top + FOLD) return GOLD;
  for (const line of TEXT_LINES)
    if (y >= line.top && y <= line.bottom && x >= TEXT_LEFT && x <= line.right) return GOLD;
  return WHITE;
}

export const ICONS = { icon: sample, drafts: sampleDrafts } as const;

/** RGBA pixels, row by row, `size`×`size`, each pixel the average of 4×4 samples. */
export function drawIcon(size: number, sampleAt: (x: number, y: number) => Rgba = sample): Uint8Array {
  const n = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = sampleAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          // premultiplied, so transparent samples do not darken the edge
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** A PNG file (colour type 6: RGBA, 8 bits per channel) of `size`×`size` pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const dir = resolve(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const [name, sampleAt] of Object.entries(ICONS)) {
    for (const size of ICON_SIZES) {
      const file = resolve(dir, `${name}-${size}.png`);
      const png = encodePng(size, drawIcon(size, sampleAt));
      writeFileSync(file, png);
      console.log(`${file} ${size}×${size} ${png.length} bytes`);
    }
  }
}

if (require.main === module) main();
