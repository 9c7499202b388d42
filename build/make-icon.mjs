// Draws build/icon.png (256×256): a gold five-pointed star on a red rounded square with a thin gold rim, the
// emblem of an emulation banner, and build/icon.ico, the same emblem drawn at each size Windows shows (taskbar,
// title bar, Start menu, installer). Run once with `node build/make-icon.mjs`; both files are committed. Plain Node
// (zlib) so the icons can be regenerated without any image tool, and electron-builder needs no icon converter
// download to build the installer.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 256; // the drawing's own coordinates; smaller icons are sampled from it
const red = [218, 37, 29];
const gold = [255, 205, 0];
const samples = 4; // 4×4 supersampling per pixel for smooth edges

/** Point-in-shape tests on sub-pixel coordinates: inside the rounded square (at an inset), inside the star. */
function insideRoundedSquare(x, y, inset, radius) {
  const min = inset;
  const max = size - inset;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return x >= min && x <= max && y >= min && y <= max && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const starPoints = (() => {
  const points = [];
  const outer = 84;
  const inner = outer * 0.382; // golden ratio: the proportion of a regular star
  for (let i = 0; i < 10; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    points.push([size / 2 + r * Math.cos(angle), size / 2 + 6 + r * Math.sin(angle)]);
  }
  return points;
})();

function insideStar(x, y) {
  let inside = false;
  for (let i = 0, j = starPoints.length - 1; i < starPoints.length; j = i++) {
    const [xi, yi] = starPoints[i];
    const [xj, yj] = starPoints[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** RGBA of one sub-sample: transparent outside, gold rim, red field, gold star. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 8, 40)) return [0, 0, 0, 0];
  if (!insideRoundedSquare(x, y, 18, 30)) return [...gold, 255];
  if (insideStar(x, y)) return [...gold, 255];
  return [...red, 255];
}

function renderPixels(pixels) {
  const scale = size / pixels;
  const rowLength = pixels * 4 + 1;
  const raw = Buffer.alloc(rowLength * pixels);
  for (let py = 0; py < pixels; py++) {
    raw[py * rowLength] = 0; // PNG filter type 0 (None) for every scanline
    for (let px = 0; px < pixels; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale);
          // Premultiply so edges against transparency do not darken.
          sum[0] += c[0] * c[3];
          sum[1] += c[1] * c[3];
          sum[2] += c[2] * c[3];
          sum[3] += c[3];
        }
      }
      const offset = py * rowLength + 1 + px * 4;
      const alpha = sum[3] / (samples * samples);
      raw[offset] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      raw[offset + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      raw[offset + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  return raw;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0); // width
  header.writeUInt32BE(pixels, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(renderPixels(pixels), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico whose images are PNGs (Windows Vista and later read them), one per size. */
function ico(sizes) {
  const images = sizes.map(png);
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(0, 0); // reserved
  directory.writeUInt16LE(1, 2); // type: icon
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    directory[entry] = sizes[i] % 256; // 0 means 256
    directory[entry + 1] = sizes[i] % 256;
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(image.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([directory, ...images]);
}

const icon = png(size);
writeFileSync(new URL('./icon.png', import.meta.url), icon);
console.log(`build/icon.png: ${size}×${size}, ${icon.length} bytes`);

// The sizes Windows asks an icon for at 100 % to 200 % scaling, up to the 256 of the Start menu's large tiles.
const icoSizes = [16, 20, 24, 32, 40, 48, 64, 96, 128, 256];
const windowsIcon = ico(icoSizes);
writeFileSync(new URL('./icon.ico', import.meta.url), windowsIcon);
console.log(`build/icon.ico: ${icoSizes.join(', ')} pixels, ${windowsIcon.length} bytes`);
