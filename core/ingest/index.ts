// Ingest front door: bytes -> text (decode) -> format (detect, from content) -> ParsedReport.
import { ParseError, type ParsedReport } from '../../shared/types';
import { decodeBytes } from './decode';
import { detectFormat } from './detect';
import { parseMarkdown } from './markdown';
import { parseSarif } from './sarif';
import { scannerByName } from './scanners/index';

export { decodeBytes, type Decoded } from './decode';
export { detectFormat, type Detected, type ScannerName } from './detect';
export { parseSarif } from './sarif';

function withFile(e: unknown, fileName: string, format: string): ParseError {
  if (e instanceof ParseError) return e.message.includes(fileName) ? e : new ParseError(`${fileName}: ${e.message}`, e.format, e.where);
  if (e instanceof RangeError) return new ParseError(`${fileName}: ${format}: input too deeply nested (${e.message})`, format, null);
  const msg = e instanceof Error ? e.message : String(e);
  return new ParseError(`${fileName}: ${format}: ${msg.split('\n')[0]}`, format, null);
}

/** Parses decoded text; every failure is a ParseError naming the file, the format and where. */
export function parseReportText(text: string, fileName: string): ParsedReport {
  const det = detectFormat(text, fileName);
  try {
    if (det.format === 'sarif') return parseSarif(det.data, fileName);
    if (det.format === 'json') return scannerByName(det.scanner).parse(det.data, fileName);
    return parseMarkdown(text);
  } catch (e) {
    throw withFile(e, fileName, det.format === 'json' ? `JSON (${det.scanner})` : det.format);
  }
}

/** decode -> detect -> parse; the decoder's repairs come first in report.repairs. */
export function parseReportBytes(bytes: Uint8Array, fileName: string): ParsedReport {
  const { text, repairs } = decodeBytes(bytes, fileName);
  const parsed = parseReportText(text, fileName);
  if (repairs.length) {
    const own = parsed.report.repairs ?? [];
    parsed.report.repairs = [...repairs, ...own.filter((r) => !repairs.includes(r))];
  }
  return parsed;
}
