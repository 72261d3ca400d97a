// Registry of the scanner-JSON parsers, in detection order (most specific shape first).
import type { ParsedReport } from '../../../shared/types';
import { matchesBandit, parseBandit } from './bandit';
import { matchesEslint, parseEslint } from './eslint';
import { matchesGeneric, parseGeneric } from './generic';
import { matchesGosec, parseGosec } from './gosec';
import { matchesNpmAudit, parseNpmAudit } from './npm-audit';
import { matchesSemgrep, parseSemgrep } from './semgrep';
import { matchesTrivy, parseTrivy } from './trivy';

export type ScannerName = 'generic' | 'semgrep' | 'bandit' | 'eslint' | 'npm-audit' | 'trivy' | 'gosec';

export interface Scanner {
  name: ScannerName;
  /** how the shape is recognised, for "tried …" error messages */
  describe: string;
  matches(data: unknown): boolean;
  parse(data: unknown, fileName: string): ParsedReport;
}

export const SCANNERS: readonly Scanner[] = [
  { name: 'semgrep', describe: 'Semgrep (results[].check_id)', matches: matchesSemgrep, parse: parseSemgrep },
  { name: 'bandit', describe: 'Bandit (results[].test_id, metrics)', matches: matchesBandit, parse: parseBandit },
  { name: 'gosec', describe: 'gosec (Issues[])', matches: matchesGosec, parse: parseGosec },
  { name: 'trivy', describe: 'Trivy (Results[], SchemaVersion)', matches: matchesTrivy, parse: parseTrivy },
  { name: 'npm-audit', describe: 'npm audit (advisories{} or vulnerabilities{})', matches: matchesNpmAudit, parse: parseNpmAudit },
  { name: 'eslint', describe: 'ESLint ([{filePath, messages[]}])', matches: matchesEslint, parse: parseEslint },
  { name: 'generic', describe: 'DefectDojo generic (findings[])', matches: matchesGeneric, parse: parseGeneric },
];

export function scannerByName(name: ScannerName): Scanner {
  const s = SCANNERS.find((x) => x.name === name);
  if (!s) throw new Error(`unknown scanner ${name}`);
  return s;
}
