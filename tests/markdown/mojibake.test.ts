// Encoding repair: the two mojibake seeds are repaired and recorded; correct accented text is untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/ingest/markdown/index';
import { repairMojibake } from '../../core/ingest/mojibake';
import { VENDORED } from '../team';

// the checker's own pattern (../shared/tools/check-goldens.mjs)
const MOJIBAKE =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|üî|üü|‚úÖ|‚ùå|‚ö†|‚Üí|‚≠ê|\uf8ff/;

const SEEDS = `${VENDORED}/seeds`;
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

/** Encodes text as UTF-8 and decodes it as Windows-1252 / Mac Roman, like a wrong import would. */
function garble(text: string, encoding: 'latin1' | 'macintosh'): string {
  // Node decodes 'windows-1252' like ISO-8859-1 (bytes 0x80-0x9F become C1 controls)
  return new TextDecoder(encoding).decode(new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('repairs the Windows-1252 seed (with dropped bytes) and records it', () => {
    const rep = parseMarkdown(seed('000_fc571ca0a1401530.txt'));
    expect(rep.report.repairs).toEqual(['mojibake:windows-1252']);
    expect(JSON.stringify(rep)).not.toMatch(MOJIBAKE);
    expect(rep.findings[2].body).toContain('background task tries to use it later → crash');
  });

  it('repairs the Mac Roman seed and records it', () => {
    const rep = parseMarkdown(seed('002_4cbe7d9cd0518e8d.txt'));
    expect(rep.report.repairs).toEqual(['mojibake:mac-roman']);
    expect(JSON.stringify(rep)).not.toMatch(MOJIBAKE);
    expect(rep.findings.find((f) => f.ref === 'ISSUE #1')?.body).toContain('# ❌ WRONG');
  });

  it('leaves the correct seeds alone', () => {
    for (const n of ['001_c521d2f203cdc00c.txt', '003_b0db75ce1d4515af.txt', '004_d545436be19f6c08.txt']) {
      const text = seed(n);
      expect(repairMojibake(text)).toEqual({ text, repairs: [] });
      expect(parseMarkdown(text).report.repairs).toEqual([]);
    }
  });

  const accented = [
    'Über die Prüfung: Größe, Maß, Straße, „Anführungszeichen“ und ß — alles korrekt.',
    'Résumé : le système a été vérifié, « guillemets » et “quotes”, déjà fait à 100 %.',
    'Ñandú, São Paulo, Ærøskøbing, naïve café, coöperate, ½ price, 25 °C, ±3, © 2026.',
    'Mixed with emoji ✅ ❌ ⚠️ → and “smart quotes” — plus a lone Ã in a name (Ãlvaro).',
    'Windows paths: C:\\Users\\José\\Documents\\Übersicht.md and prices like 5 € or 3 £.',
  ];
  for (const t of accented) {
    it(`does not touch correct text: ${t.slice(0, 30)}…`, () => {
      expect(repairMojibake(t)).toEqual({ text: t, repairs: [] });
      const doc = `# Bericht\n\n${t}\n\n## Befund 1: ${t.slice(0, 40)}\n**Schweregrad:** Hoch\n`;
      const rep = parseMarkdown(doc);
      expect(rep.report.repairs).toEqual([]);
      expect(rep.findings[0]?.body ?? '').toContain('Schweregrad');
    });
  }

  it('the German fixture stays byte-identical', () => {
    const t = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'unseen-german.md'), 'utf8');
    expect(repairMojibake(t)).toEqual({ text: t, repairs: [] });
  });

  it('round-trips generated mojibake of accented and emoji text', () => {
    const original = 'Prüfung ✅ — “Größe” 🔴 café → naïve ⚠️ Straße ß é è ü ö ä 📊 ⭐⭐';
    for (const [enc, name] of [
      ['latin1', 'mojibake:windows-1252'],
      ['macintosh', 'mojibake:mac-roman'],
    ] as const) {
      const bad = garble(original, enc);
      expect(bad).not.toBe(original);
      const r = repairMojibake(bad);
      expect(r.repairs).toEqual([name]);
      expect(r.text).toBe(original);
    }
  });

  it('never throws on odd input', () => {
    for (const t of ['', 'Ã', 'Ã©Ã©Ã©', '\uf8ff', '\u0081\u008d', 'ðŸ', 'â€', '\ud800', 'üî'.repeat(1000)]) {
      expect(() => repairMojibake(t)).not.toThrow();
    }
  });
});
