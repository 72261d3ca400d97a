// The malformed-input corpus: bad files generated at test time in a temp folder (the 100 MB ones
// are never committed). Each case says what the message must name besides the file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

export interface BadFile {
  name: string;
  /** creates the input; returns the path to ingest */
  make(dir: string): string;
  /** what the error message must say (besides naming the file) */
  expect: RegExp;
  /** environment for this case (e.g. a lower PUNCHLIST_MAX_INPUT_MB) */
  env?: Record<string, string>;
  /** the path given to ingest is not the file itself (the message names the path) */
  big?: boolean;
}

const SARIF = (o: object) => JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', ...o });
const file = (name: string, content: string | Uint8Array) => (dir: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const bytes = (...xs: number[]) => Uint8Array.from(xs);
const repeat = (n: number, s: string) => s.repeat(n);
const MB = 1024 * 1024;

/** a file of `size` bytes written in 8 MB pieces: head + filler… (+ tail) */
function bigFile(name: string, size: number, head: string, filler: string, tail = '') {
  return (dir: string) => {
    const p = join(dir, name);
    // whole fillers per piece, so the pieces join up
    const piece = Buffer.from(filler.repeat(Math.floor((8 * MB) / filler.length)));
    writeFileSync(p, head);
    let left = size - head.length - tail.length;
    while (left > 0) {
      const n = Math.min(left, piece.length);
      writeFileSync(p, piece.subarray(0, n), { flag: 'a' });
      left -= n;
    }
    if (tail) writeFileSync(p, tail, { flag: 'a' });
    return p;
  };
}

/** A SARIF 1.0.0 log as tools wrote them (1.0 shapes: tool.name, message as a string, resultFile). */
const SARIF_1_0_0 = JSON.stringify({
  $schema: 'http://json.schemastore.org/sarif-1.0.0',
  version: '1.0.0',
  runs: [
    {
      tool: { name: 'CodeScanner', semanticVersion: '2.1.0' },
      files: { 'file:///src/a.c': { mimeType: 'text/x-c' } },
      results: [{ ruleId: 'C2001', level: 'error', message: 'Variable "ptr" was used without being initialized.', locations: [{ resultFile: { uri: 'file:///src/a.c', region: { startLine: 12 } } }] }],
      rules: { C2001: { id: 'C2001', shortDescription: 'Uninitialized variable.' } },
    },
  ],
});
const SCHEMA_2_0_0_CSD = 'https://schemastore.azurewebsites.net/schemas/json/sarif-2.0.0-csd.2.beta.2019-01-24.json';

/** A SARIF 1.0.0 log over the streaming threshold (4 MB): the byte-level SARIF path hands it on to the same check. */
function bigSarif100(name: string) {
  const head = '{"$schema":"http://json.schemastore.org/sarif-1.0.0","version":"1.0.0","runs":[{"tool":{"name":"x"},"results":[';
  const one = '{"ruleId":"r","message":"a 1.0 result","locations":[{"resultFile":{"uri":"file:///a.c","region":{"startLine":1}}}]},';
  const tail = '{"ruleId":"r","message":"last"}]}]}';
  return bigFile(name, head.length + tail.length + one.length * Math.ceil((5 * MB) / one.length), head, one, tail);
}

const goodResult = { ruleId: 'r1', message: { text: 'a finding' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' } } }] };

export const BAD_FILES: BadFile[] = [
  // empty and blank
  { name: 'empty.md', make: file('empty.md', ''), expect: /empty/i },
  { name: 'empty.sarif', make: file('empty.sarif', ''), expect: /empty/i },
  { name: 'empty.json', make: file('empty.json', ''), expect: /empty/i },
  { name: 'bom-only.md', make: file('bom-only.md', '\ufeff'), expect: /empty/i },
  // binary
  { name: 'png-as-md.md', make: file('png-as-md.md', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0)), expect: /binary/i },
  { name: 'elf.sarif', make: file('elf.sarif', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0)), expect: /binary/i },
  { name: 'zip.json', make: file('zip.json', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0x21, 0, 0, 0, 0, 0, 0, 0)), expect: /binary/i },
  { name: 'gzip.sarif', make: file('gzip.sarif', bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xab, 0x56, 0, 0, 0, 0xff, 0xff, 0, 0, 0)), expect: /binary/i },
  { name: 'random-bytes.md', make: file('random-bytes.md', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)), expect: /binary/i },
  { name: 'nul-in-markdown.md', make: file('nul-in-markdown.md', '# Review\n\n### BUG-1: Crash\0 here\n- **Severity:** High\n'), expect: /binary.*NUL/i },
  // truncated JSON
  { name: 'truncated.sarif', make: file('truncated.sarif', SARIF({ runs: [{ tool: { driver: { name: 'x' } }, results: [goodResult, goodResult] }] }).slice(0, 150)), expect: /invalid JSON.*(end of input|truncated)/i },
  { name: 'truncated-scanner.json', make: file('truncated-scanner.json', JSON.stringify({ results: [{ check_id: 'a', path: 'x.py', start: { line: 1 }, extra: { message: 'm', severity: 'ERROR' } }], errors: [] }).slice(0, 60)), expect: /invalid JSON/i },
  { name: 'one-brace.json', make: file('one-brace.json', '{'), expect: /invalid JSON/i },
  { name: 'json-lines.json', make: file('json-lines.json', '{"ruleId":"a","message":"m"}\n{"ruleId":"b","message":"n"}\n'), expect: /invalid JSON at line 2, column 1 .*after the end of the JSON value/ },
  { name: 'trailing-garbage.sarif', make: file('trailing-garbage.sarif', SARIF({ runs: [] }) + '\n}}} garbage'), expect: /invalid JSON/i },
  { name: 'comma-hole.json', make: file('comma-hole.json', '{"findings": [{"title": "a"},, {"title": "b"}]}'), expect: /invalid JSON.*line 1/i },
  // deeply nested
  { name: 'deep-array.json', make: file('deep-array.json', repeat(200_000, '[') + repeat(200_000, ']')), expect: /no known format|nested/i },
  { name: 'deep-object.sarif', make: file('deep-object.sarif', '{"version":"2.1.0","runs":' + repeat(200_000, '{"a":') + '1' + repeat(200_001, '}')), expect: /runs/i },
  { name: 'deep-truncated.json', make: file('deep-truncated.json', repeat(200_000, '[')), expect: /invalid JSON/i },
  // SARIF of a wrong version or shape
  // (a log of another SARIF version says which version it is and that only 2.1.0 is read, never "no known format")
  { name: 'sarif-1.0.0.sarif', make: file('sarif-1.0.0.sarif', SARIF_1_0_0), expect: /: SARIF: version is "1\.0\.0", only "2\.1\.0" is supported$/ },
  { name: 'sarif-1.0.0-big.sarif', make: bigSarif100('sarif-1.0.0-big.sarif'), expect: /: SARIF: version is "1\.0\.0", only "2\.1\.0" is supported$/ },
  { name: 'sarif-1.0-runlogs.sarif', make: file('sarif-1.0-runlogs.sarif', JSON.stringify({ version: '1.0.0', runLogs: [] })), expect: /: SARIF: version is "1\.0\.0", only "2\.1\.0" is supported$/ },
  { name: 'sarif-1.0-runlogs-no-version.sarif', make: file('sarif-1.0-runlogs-no-version.sarif', JSON.stringify({ runLogs: [{ toolInfo: { name: 'x' }, results: [] }] })), expect: /: SARIF: version is missing and the log has "runLogs" \(a SARIF 1\.0 draft\), only "2\.1\.0" is supported$/ },
  { name: 'sarif-1.0-schema-no-version.sarif', make: file('sarif-1.0-schema-no-version.sarif', JSON.stringify({ $schema: 'http://json.schemastore.org/sarif-1.0.0', runs: [] })), expect: /: SARIF: version is missing and \$schema names SARIF 1\.0\.0 \(http:\/\/json\.schemastore\.org\/sarif-1\.0\.0\), only "2\.1\.0" is supported$/ },
  { name: 'sarif-2.0.sarif', make: file('sarif-2.0.sarif', SARIF({ version: '2.0.0', runs: [] })), expect: /: SARIF: version is "2\.0\.0", only "2\.1\.0" is supported$/ },
  { name: 'sarif-2.0.0-csd.sarif', make: file('sarif-2.0.0-csd.sarif', JSON.stringify({ $schema: SCHEMA_2_0_0_CSD, version: '2.0.0-csd.2.beta.2019-01-24', runs: [] })), expect: /: SARIF: version is "2\.0\.0-csd\.2\.beta\.2019-01-24", only "2\.1\.0" is supported$/ },
  { name: 'sarif-2.0-schema-no-version.sarif', make: file('sarif-2.0-schema-no-version.sarif', JSON.stringify({ $schema: SCHEMA_2_0_0_CSD, runs: [] })), expect: /: SARIF: version is missing and \$schema names SARIF 2\.0\.0-csd\.2\.beta\.2019-01-24 \(.*\), only "2\.1\.0" is supported$/ },
  { name: 'sarif-2.1.0-rtm-schema-no-version.sarif', make: file('sarif-2.1.0-rtm-schema-no-version.sarif', JSON.stringify({ $schema: 'https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0-rtm.5.json', runs: [] })), expect: /: SARIF: version is missing \(expected "2\.1\.0"\)$/ },
  { name: 'sarif-3.0.sarif', make: file('sarif-3.0.sarif', JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-3.0.0.json', version: '3.0.0', runs: [] })), expect: /: SARIF: version is "3\.0\.0", only "2\.1\.0" is supported$/ },
  { name: 'sarif-version-number.sarif', make: file('sarif-version-number.sarif', JSON.stringify({ version: 2.1, runs: [] })), expect: /version/ },
  { name: 'sarif-no-version.sarif', make: file('sarif-no-version.sarif', JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [] })), expect: /version is missing/ },
  { name: 'sarif-no-runs.sarif', make: file('sarif-no-runs.sarif', SARIF({})), expect: /runs is missing/ },
  { name: 'sarif-runs-null.sarif', make: file('sarif-runs-null.sarif', SARIF({ runs: null })), expect: /runs/ },
  { name: 'sarif-runs-object.sarif', make: file('sarif-runs-object.sarif', SARIF({ runs: { results: [] } })), expect: /runs is not an array/ },
  { name: 'sarif-run-string.sarif', make: file('sarif-run-string.sarif', SARIF({ runs: ['run'] })), expect: /runs\[0\] is not an object/ },
  { name: 'sarif-results-object.sarif', make: file('sarif-results-object.sarif', SARIF({ runs: [{ tool: { driver: { name: 'x' } }, results: { a: 1 } }] })), expect: /results is not an array/ },
  { name: 'sarif-result-number.sarif', make: file('sarif-result-number.sarif', SARIF({ runs: [{ tool: { driver: { name: 'x' } }, results: [goodResult, 42] }] })), expect: /results\[1\] is not an object/ },
  // JSON of no known shape
  { name: 'number.json', make: file('number.json', '42'), expect: /no known format/i },
  { name: 'string.json', make: file('string.json', '"just a string"'), expect: /no known format/i },
  { name: 'null.json', make: file('null.json', 'null'), expect: /no known format/i },
  { name: 'numbers.json', make: file('numbers.json', '[1, 2, 3]'), expect: /no known format/i },
  { name: 'unknown-object.json', make: file('unknown-object.json', '{"name": "x", "items": [1, 2]}'), expect: /no known format.*"name", "items"/i },
  { name: 'true.sarif', make: file('true.sarif', 'true'), expect: /no known format/i },
  { name: 'xml-report.xml', make: file('xml-report.xml', '<?xml version="1.0"?><checkstyle><file name="a"/></checkstyle>'), expect: /XML is not a supported format/ },
  // encodings
  // (malformed UTF-16 is refused by the decoder: a lenient decode would turn a lone surrogate into
  // U+FFFD and let the file through as a Markdown report with 0 findings)
  { name: 'utf16-odd.json', make: file('utf16-odd.json', bytes(0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00, 0x61)), expect: /: malformed UTF-16 LE text \(an odd number of bytes: 5 after the byte-order mark\)/ },
  { name: 'utf16-lone-surrogate.sarif', make: file('utf16-lone-surrogate.sarif', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"version": "2.1.0", "runs": [', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from(']}', 'utf16le')])), expect: /: malformed UTF-16 LE text \(lone high surrogate U\+D800 at byte 62\)/ },
  { name: 'utf16-bom-lone-surrogate.json', make: file('utf16-bom-lone-surrogate.json', bytes(0xff, 0xfe, 0x00, 0xd8)), expect: /: malformed UTF-16 LE text \(lone high surrogate U\+D800 at byte 2\)/ },
  { name: 'utf16be-lone-low-surrogate.md', make: file('utf16be-lone-low-surrogate.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# Review', 'utf16le').swap16(), Buffer.from([0xdc, 0x00])])), expect: /: malformed UTF-16 BE text \(lone low surrogate U\+DC00 at byte 18\)/ },
  { name: 'utf16-no-bom-lone-surrogate.json', make: file('utf16-no-bom-lone-surrogate.json', Buffer.concat([Buffer.from('{"findings": [{"title": "', 'utf16le'), Buffer.from([0x3d, 0xd8]), Buffer.from('"}]}', 'utf16le')])), expect: /: malformed UTF-16 LE text \(lone high surrogate U\+D83D at byte 50\)/ },
  { name: 'invalid-utf8.sarif', make: file('invalid-utf8.sarif', Buffer.concat([Buffer.from('{"version": "2.1.0", "runs": [{"results": [{"message": {"text": "'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from('"}}]')])), expect: /invalid JSON/i },
  { name: 'utf32.json', make: file('utf32.json', bytes(0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0)), expect: /UTF-32|binary|encoding|no known format|invalid JSON/i },
  // paths that are not readable files
  { name: 'missing.md', make: (dir) => join(dir, 'missing.md'), expect: /file not found/ },
  { name: 'empty-folder', make: (dir) => (mkdirSync(join(dir, 'empty-folder')), join(dir, 'empty-folder')), expect: /no report files/ },
  { name: 'fifo.sarif', make: (dir) => (execFileSync('mkfifo', [join(dir, 'fifo.sarif')]), join(dir, 'fifo.sarif')), expect: /not a regular file/ },
  { name: 'dangling-link.md', make: (dir) => (symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling-link.md')), join(dir, 'dangling-link.md')), expect: /file not found/ },
  { name: 'link-loop.md', make: (dir) => (symlinkSync(join(dir, 'link-loop.md'), join(dir, 'link-loop.md')), join(dir, 'link-loop.md')), expect: /too many symbolic links/ },
  { name: 'through-a-file.md', make: (dir) => (writeFileSync(join(dir, 'plain.txt'), 'x'), join(dir, 'plain.txt', 'through-a-file.md')), expect: /not a directory/ },
  // size: 100 MB of one line, refused before reading under a lower limit; and parsed as JSON under the default one
  {
    name: 'one-line-100mb.md',
    make: bigFile('one-line-100mb.md', 100 * MB, '# ', 'A'),
    expect: /file too large \(104857600 bytes, 100 MB; the limit is 50 MB, set PUNCHLIST_MAX_INPUT_MB/,
    env: { PUNCHLIST_MAX_INPUT_MB: '50' },
    big: true,
  },
  {
    name: 'one-line-100mb-truncated.sarif',
    make: bigFile('one-line-100mb-truncated.sarif', 100 * MB, '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[', '{"ruleId":"r","message":{"text":"xxxxxxxxxxxxxxxx"}},'),
    expect: /invalid JSON.*(end of input|truncated|unexpected)/i,
    big: true,
  },
];

export function removeCase(path: string): void {
  rmSync(path, { force: true, recursive: true });
}
