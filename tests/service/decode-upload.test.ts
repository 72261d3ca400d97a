// An upload's base64 (the page sends bytes, never paths: ingest.bytes, reingest.preview): which
// strings are taken and what they decode to. The check is one pass over the characters with no
// regular expression (core/service/handlers/ingest.ts isBase64: a 42 MB upload once took the
// process past 20 GB through V8's regexp fallback engine).
import { describe, expect, it } from 'vitest';
import { decodeUpload } from '../../core/service/handlers/ingest';

// "Punchlist ✓ 100%" followed by the bytes ff fe fd, written out by hand in both alphabets
const BYTES = Buffer.concat([Buffer.from('Punchlist \u2713 100%', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd])]);
const STANDARD = 'UHVuY2hsaXN0IOKckyAxMDAl//79';
const URL_SAFE = 'UHVuY2hsaXN0IOKckyAxMDAl__79';

describe('decodeUpload', () => {
  it('decodes the standard and the URL-safe alphabet', () => {
    expect(Buffer.from(decodeUpload('a.md', STANDARD) as Uint8Array)).toEqual(BYTES);
    expect(Buffer.from(decodeUpload('a.md', URL_SAFE) as Uint8Array)).toEqual(BYTES);
  });

  it('takes whitespace anywhere, line breaks and Unicode spaces included, and padding at the end', () => {
    const wrapped = 'UHVuY2hs\r\n aXN0IOKc\n\tkyAxMDAl\u2028//79\u3000';
    expect(Buffer.from(decodeUpload('a.md', wrapped) as Uint8Array)).toEqual(BYTES);
    // "Punch" is five bytes: one '=' of padding, spaced out as a mail client wraps it
    expect(Buffer.from(decodeUpload('a.md', 'UHVu Y2g =\n') as Uint8Array).toString('utf8')).toBe('Punch');
    expect(Buffer.from(decodeUpload('a.md', 'UHVuYw==') as Uint8Array).toString('utf8')).toBe('Punc');
  });

  it('refuses anything else, naming the file', () => {
    const refused = { file: 'drop.sarif', ok: false, error: 'drop.sarif: the upload is not valid base64' };
    for (const bad of ['UHVu*Y2g=', 'UHVu=Y2g', 'UHVuYw===', 'UHVuYw==A', 'UHVu\u00e9Y2g=', 'data:text/plain;base64,UHVu']) {
      expect(decodeUpload('drop.sarif', bad), bad).toEqual(refused);
    }
  });
});
