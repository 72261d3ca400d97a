#!/usr/bin/env node
// Draws the Punchlist app icon procedurally and writes, with Node's zlib only (no ImageMagick):
//   build/icon.png            1024×1024 (electron-builder's source icon; Linux window icon)
//   build/icons/<n>x<n>.png    16…1024 (Linux icon set for AppImage/deb)
//   build/icon.icns           macOS (PNG-embedded ic07…ic10, icp4…icp6 entries)
//   build/icon.ico            Windows (PNG-embedded 16…256 entries)
// Deterministic: running it again gives byte-identical files.  Usage: node build/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

// ---- PNG encoding -------------------------------------------------------------------------
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- drawing (signed distance fields in a 0..1 unit square, 4×4 supersampled) ------------
const sdRoundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const sdSegment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
const mix = (a, b, t) => a + (b - a) * t;

const ROWS = [0.335, 0.5, 0.665];
const GREEN = [74, 222, 128];
const AMBER = [251, 191, 36];
const INK = [236, 239, 244];

/** colour (premultiplied rgb + alpha) of the icon at unit coordinates (x, y) */
function shade(x, y) {
  // background: macOS-style rounded square with an inset margin, vertical gradient
  const bg = sdRoundRect(x, y, 0.5, 0.5, 0.41, 0.41, 0.09);
  if (bg > 0) return [0, 0, 0, 0];
  const t = (y - 0.09) / 0.82;
  let c = [mix(52, 24, t), mix(58, 27, t), mix(74, 36, t)];
  const over = (col, a) => {
    if (a <= 0) return;
    c = [mix(c[0], col[0], a), mix(c[1], col[1], a), mix(c[2], col[2], a)];
  };
  ROWS.forEach((ry, i) => {
    // check box outline
    const box = sdRoundRect(x, y, 0.3, ry, 0.055, 0.055, 0.016);
    over(INK, Math.abs(box) < 0.011 ? 1 : 0);
    // text bar
    const barLen = i === 1 ? 0.2 : 0.27;
    const bar = sdRoundRect(x, y, 0.41 + barLen / 2, ry, barLen / 2, 0.022, 0.022);
    over(i === 2 ? [150, 158, 176] : INK, bar < 0 ? 1 : 0);
    // marks: two done (green check), one open (amber dot: still to punch)
    if (i < 2) {
      const d = Math.min(
        sdSegment(x, y, 0.27, ry + 0.0, 0.295, ry + 0.028),
        sdSegment(x, y, 0.295, ry + 0.028, 0.345, ry - 0.04),
      );
      over(GREEN, d < 0.017 ? 1 : 0);
    } else {
      over(AMBER, Math.hypot(x - 0.3, y - ry) < 0.026 ? 1 : 0);
    }
  });
  return [c[0], c[1], c[2], 1];
}

export function renderIcon(size) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4; // supersampling
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return out;
}

// ---- containers --------------------------------------------------------------------------
function icns(entries) {
  const parts = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}
function ico(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(entries.length, 4);
  let offset = 6 + 16 * entries.length;
  const dir = entries.map(([size, png]) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bpp
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...dir, ...entries.map(([, png]) => png)]);
}

function main() {
  const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];
  const png = new Map(sizes.map((s) => [s, encodePng(s, renderIcon(s))]));
  mkdirSync(join(here, 'icons'), { recursive: true });
  writeFileSync(join(here, 'icon.png'), png.get(1024));
  for (const s of [16, 32, 48, 64, 128, 256, 512, 1024]) writeFileSync(join(here, 'icons', `${s}x${s}.png`), png.get(s));
  writeFileSync(
    join(here, 'icon.icns'),
    icns([
      ['icp4', png.get(16)],
      ['icp5', png.get(32)],
      ['icp6', png.get(64)],
      ['ic07', png.get(128)],
      ['ic08', png.get(256)],
      ['ic09', png.get(512)],
      ['ic10', png.get(1024)],
    ]),
  );
  writeFileSync(join(here, 'icon.ico'), ico([16, 32, 48, 64, 128, 256].map((s) => [s, png.get(s)])));
  console.log(`make-icon: wrote build/icon.png (1024), build/icons/*.png (${sizes.join(', ')}), build/icon.icns, build/icon.ico`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
