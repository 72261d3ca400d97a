// Byte decoding: BOMs, UTF-16 with and without BOM, Windows-1252 fallback, binary and empty files.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../core/ingest/decode';
import { parseReportBytes } from '../../core/ingest/index';
import { bytesOf, parseErrorOf, utf8 } from './helpers';
import { VENDORED } from '../team';

const NJS = `${VENDORED}/corpus/sarif/defectdojo_njsscan.sarif`;

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[0] = le ? 0xff : 0xfe;
    out[1] = le ? 0xfe : 0xff;
    o = 2;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o + 2 * i] = le ? c & 0xff : c >> 8;
    out[o + 2 * i + 1] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeBytes', () => {
  const original = new TextDecoder().decode(bytesOf(NJS));
  const plain = parseReportBytes(bytesOf(NJS), 'njsscan.sarif');

  for (const [label, bytes, repair] of [
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(NJS)]), 'encoding:utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(original, true, true), 'encoding:utf-16le'],
    ['UTF-16 BE with BOM', utf16(original, false, true), 'encoding:utf-16be'],
    ['UTF-16 LE without BOM', utf16(original, true, false), 'encoding:utf-16le'],
    ['UTF-16 BE without BOM', utf16(original, false, false), 'encoding:utf-16be'],
  ] as const) {
    it(`a corpus SARIF saved as ${label} parses the same, noting "${repair}"`, () => {
      const d = decodeBytes(bytes, 'x.sarif');
      expect(d.text).toBe(original);
      expect(d.repairs).toEqual([repair]);
      const rep = parseReportBytes(bytes, 'x.sarif');
      expect(rep.findings).toEqual(plain.findings);
      expect(rep.report.repairs).toEqual([repair]);
    });
  }

  it('plain UTF-8 needs no repair and keeps non-ASCII text', () => {
    expect(decodeBytes(utf8('# Überblick — ✓ 漢字'), 'a.md')).toEqual({ text: '# Überblick — ✓ 漢字', repairs: [] });
  });

  it('legacy Windows-1252 text (no valid UTF-8 sequence) is decoded as such, with a repair note', () => {
    const bytes = new Uint8Array([...utf8('# R'), 0xe9, ...utf8('sum'), 0xe9, ...utf8(' '), 0x93, ...utf8('quoted'), 0x94, ...utf8(' 5 '), 0x80]);
    const d = decodeBytes(bytes, 'legacy.md');
    expect(d.text).toBe('# Résumé “quoted” 5 €');
    expect(d.repairs).toEqual(['encoding:windows-1252']);
  });

  it('invalid UTF-8 in a .json: a Latin-1 byte in a SARIF message is decoded as Windows-1252 and parsed', () => {
    const src = new TextDecoder().decode(bytesOf(NJS)).replace('is identified', 'is identifi\u0000d');
    const bytes = utf8(src);
    const at = bytes.indexOf(0);
    bytes[at] = 0xe9; // "é" in Latin-1: invalid as UTF-8
    const rep = parseReportBytes(bytes, 'latin1.json');
    expect(rep.report.repairs).toEqual(['encoding:windows-1252']);
    expect(rep.findings[1].body).toContain('is identifiéd');
  });

  it('mostly-UTF-8 text with a stray bad byte keeps its UTF-8 and replaces the byte (noted)', () => {
    const bytes = new Uint8Array([...utf8('{"findings": [{"title": "caf\u00e9 '), 0xff, ...utf8(' ok", "severity": "Low"}]}')]);
    const rep = parseReportBytes(bytes, 'generic.json');
    expect(rep.findings[0].title).toBe('café \ufffd ok');
    expect(rep.report.repairs[0]).toMatch(/^encoding:utf-8-invalid-bytes-replaced:1@byte\d+$/);
  });

  it('an empty file is a ParseError naming the file', () => {
    const e = parseErrorOf(() => parseReportBytes(new Uint8Array(0), 'empty.sarif'));
    expect(e.message).toBe('empty.sarif: empty file (0 bytes)');
    expect(parseErrorOf(() => parseReportBytes(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.md')).message).toContain('bom-only.md: empty file');
    expect(parseErrorOf(() => parseReportBytes(utf8('  \n\n '), 'blank.md')).message).toContain('blank.md: empty file');
  });

  it('malformed UTF-16 is refused naming the file, the problem and the byte (never decoded to U+FFFD)', () => {
    // a BOM and a lone high surrogate: decoded leniently this was "\ufffd", a Markdown report with 0 findings
    const lone = parseErrorOf(() => parseReportBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'scan.json'));
    expect(lone.message).toBe('scan.json: malformed UTF-16 LE text (lone high surrogate U+D800 at byte 2), not a text report');
    expect(lone.where).toBe('byte 2');
    // a high surrogate followed by something other than a low one, a low one alone, in either byte order
    const text = (s: string) => [...Buffer.from(s, 'utf16le')];
    const highThenA = new Uint8Array([0xff, 0xfe, ...text('# R'), 0x3d, 0xd8, ...text('A')]);
    expect(parseErrorOf(() => decodeBytes(highThenA, 'a.md')).message).toContain('(lone high surrogate U+D83D at byte 8)');
    const lowBe = new Uint8Array([0xfe, 0xff, 0x00, 0x23, 0xde, 0x00]);
    expect(parseErrorOf(() => decodeBytes(lowBe, 'b.md')).message).toBe('b.md: malformed UTF-16 BE text (lone low surrogate U+DE00 at byte 4), not a text report');
    expect(parseErrorOf(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20]), 'c.md')).message).toContain('(an odd number of bytes: 3 after the byte-order mark)');
    expect(parseErrorOf(() => decodeBytes(new Uint8Array([0xff, 0xfe]), 'd.json')).message).toBe('d.json: empty file (only a UTF-16 byte-order mark)');
    // a well-formed pair (an emoji) still decodes
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...text('# 😀')]), 'e.md')).toEqual({ text: '# 😀', repairs: ['encoding:utf-16le'] });
  });

  it('a binary file (NUL bytes, not UTF-16) is refused', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
    const e = parseErrorOf(() => parseReportBytes(png, 'screenshot.json'));
    expect(e.message).toMatch(/^screenshot\.json: binary file \(NUL byte at offset 8\)/);
    expect(e.where).toBe('byte 8');
    // random high bytes and control characters without NULs are binary too
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 255 + 1);
    expect(parseErrorOf(() => decodeBytes(noise, 'noise.bin')).message).toMatch(/^noise\.bin: binary file/);
  });
});
