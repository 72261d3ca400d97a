// Ingest front door: bytes -> text (decode) -> format (detect, from content) -> ParsedReport.
import { setFlagsFromString } from 'node:v8';
import { ParseError, type ParsedReport } from '../../shared/types';
import { decodeBytes, type Decoded } from './decode';
import { detectFormat, type Detected } from './detect';
import { explainMarkdown, parseMarkdown } from './markdown';
import type { Rejected } from './markdown/explain';
import { parseSarif } from './sarif';
import { SARIF_STREAM_MIN_BYTES, parseSarifBytes } from './sarif-stream';
import { scannerByName } from './scanners/index';

export { decodeBytes, type Decoded } from './decode';
export { detectFormat, type Detected, type ScannerName } from './detect';
export { parseSarif, type SarifOptions } from './sarif';

// Reports are untrusted and unseen: a regular expression that backtracks without end on some text
// nobody foresaw would hang the import. V8 then finishes the match with its linear-time engine
// (every expression the extractor uses without backreferences or lookbehind qualifies). Set before
// any extractor expression first runs: expressions are compiled on first use. The flag holds for the
// whole process, and that engine's memory grows with the subject: a scan of tens of MB (an upload's
// base64, core/service/handlers/ingest.ts isBase64) is written as a loop, not an expression; one such
// scan fell back and took the serve host past 20 GB.
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');

function withFile(e: unknown, fileName: string, format: string): ParseError {
  if (e instanceof ParseError) return e.message.includes(fileName) ? e : new ParseError(`${fileName}: ${e.message}`, e.format, e.where);
  if (e instanceof RangeError) return new ParseError(`${fileName}: ${format}: input too deeply nested (${e.message})`, format, null);
  const msg = e instanceof Error ? e.message : String(e);
  return new ParseError(`${fileName}: ${format}: ${msg.split('\n')[0]}`, format, null);
}

function parseDetected(det: Detected, text: string | null, fileName: string): ParsedReport {
  try {
    // the parsed value belongs to this call alone, so the SARIF parser may release it as it goes
    if (det.format === 'sarif') return parseSarif(det.data, fileName, { release: true });
    if (det.format === 'json') return scannerByName(det.scanner).parse(det.data, fileName);
    return parseMarkdown(text === null ? '' : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, fileName);
  } catch (e) {
    throw withFile(e, fileName, det.format === 'json' ? `JSON (${det.scanner})` : det.format);
  }
}

/** Parses decoded text; every failure is a ParseError naming the file, the format and where. */
export function parseReportText(text: string, fileName: string): ParsedReport {
  return parseDetected(detectFormat(text, fileName), text, fileName);
}

/**
 * decode -> detect -> parse; the decoder's repairs come first in report.repairs. A large SARIF log
 * is parsed slice by slice from its bytes (sarif-stream.ts) when it is plainly shaped; everything
 * else, and any log that turns out malformed, takes the whole-document path.
 */
export function parseReportBytes(bytes: Uint8Array, fileName: string): ParsedReport {
  if (bytes.length >= SARIF_STREAM_MIN_BYTES) {
    const streamed = parseSarifBytes(bytes, () => {
      parseWholeDocument(bytes, fileName);
      throw new ParseError(`${fileName}: SARIF: invalid result`, 'sarif', null);
    });
    if (streamed) return streamed;
  }
  return parseWholeDocument(bytes, fileName);
}

function parseWholeDocument(bytes: Uint8Array, fileName: string): ParsedReport {
  let decoded: Decoded | null = decodeBytes(bytes, fileName);
  const repairs = decoded.repairs;
  const det = detectFormat(decoded.text, fileName);
  // keep the (possibly 100 MB) text alive only when the Markdown parser needs it
  const text = det.format === 'markdown' ? decoded.text : null;
  decoded = null;
  const parsed = parseDetected(det, text, fileName);
  if (repairs.length) {
    const own = parsed.report.repairs ?? [];
    parsed.report.repairs = [...repairs, ...own.filter((r) => !repairs.includes(r))];
  }
  return parsed;
}

/**
 * Like parseReportBytes, and for Markdown also the candidates the extractor looked at and rejected,
 * with why (`punchlist parse --explain`); null for SARIF and scanner JSON, which have no such choice.
 */
export function explainReportBytes(bytes: Uint8Array, fileName: string): { report: ParsedReport; rejected: Rejected[] | null } {
  const decoded = decodeBytes(bytes, fileName);
  const det = detectFormat(decoded.text, fileName);
  if (det.format !== 'markdown') return { report: parseReportBytes(bytes, fileName), rejected: null };
  try {
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const { report, rejected } = explainMarkdown(text, fileName);
    report.report.repairs = [...decoded.repairs, ...report.report.repairs.filter((r) => !decoded.repairs.includes(r))];
    return { report, rejected };
  } catch (e) {
    throw withFile(e, fileName, 'markdown');
  }
}
