// One finding per thing: mentions merge into detailed sections (by id, else by shared title words).
import type { ParsedFinding } from '../../../shared/types';
import { overlap } from './match';
import { CATEGORY_ITEM_ID, CATEGORY_ITEM_IN, CYRILLIC_GREEK, factKind, greekLoose, REF_HASH, refKey, REPORT_SERIAL_ID, REPORT_SERIAL_IN, UNIT_ITEM_ID, UNIT_ITEM_IN } from './vocab';
import type { Draft } from './draft';
import { allMatches } from './all-matches';
import { ACTION_VERB } from './lead';

export function wordsClose(a: Draft, b: Draft): boolean {
  return overlap(b.words, a.words) >= 0.6 || overlap(a.words, b.words) >= 0.6;
}

export function mergeInto(target: Draft, m: Draft): void {
  // ("#### 5.1.1 Debug UART console …" and "| LH-01 | Debug UART console … |": the register's id names the
  // finding; the section's number only places it in the report)
  const id = [target.f.ref, m.f.ref].find((r) => !!r && /[A-Za-z]/.test(r));
  const rowTitle = registerTitle(target, m);
  const [la, lb] = [target.f.locations, m.f.locations];
  joinDrafts(target, m);
  const kept = target.f.locations;
  const lined = kept.length ? pointInRange(kept, lb.includes(kept[0]) ? la : lb) : kept;
  if (lined !== kept) target.f = { ...target.f, locations: lined };
  if (rowTitle) target.f = { ...target.f, title: rowTitle };
  // Convention: a checklist's results table grades every item and the report details each failed one below under
  // the item's code ("| M-09 | SSL Pinning 적용 | 취약 |", then "**M-09 | SSL Pinning 미적용 | …**"): the detail's
  // title says what is wrong, and its section is the finding's category
  // (once, from a record of its own: a heading or a lead line, not a checklist's line naming the code; a note headed
  // by the check's id alone, "**`cloudsql_instance_public_ip`** — …", names nothing the row does not)
  if (target.checklistRow && (m.detailed || m.prov?.kind === 'heading' || m.prov?.kind === 'paragraph') && !!target.f.ref && target.f.ref === m.f.ref && /\s/.test(m.f.title.trim()) && refKey(m.f.title) !== refKey(m.f.ref)) {
    target.f = { ...target.f, title: m.f.title, category: m.f.category ?? target.f.category };
    target.checklistRow = false;
  }
  if (id && (!target.f.ref || OUTLINE_NUMBER.test(target.f.ref))) target.f = { ...target.f, ref: id };
}

/**
 * Convention: a finding stated twice, by its line in a summary row ("| `apps/api/src/routes/exports.ts:42` |") and
 * in its section by a code excerpt captioned with the lines it shows ("// apps/api/src/routes/exports.ts:40-45"):
 * the excerpt's range holds the line, and the line the other record names is where the finding is.
 */
function pointInRange(locs: ParsedFinding['locations'], other: ParsedFinding['locations']): ParsedFinding['locations'] {
  const r = locs[0];
  if (r.startLine == null || r.endLine == null || r.endLine <= r.startLine) return locs;
  const path = r.path.replace(/^\/+/, '');
  const p = other.find((l) => l.startLine != null && (l.endLine == null || l.endLine === l.startLine) && l.startLine > r.startLine! && l.startLine <= r.endLine! && l.path.replace(/^\/+/, '') === path);
  return p ? [{ ...r, startLine: p.startLine, endLine: p.startLine }, ...locs.slice(1)] : locs;
}

const OUTLINE_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?$/;

/**
 * Convention: a findings register names each finding in full and the detail section below repeats it in short
 * under the same id ("| K-02 | Node IAM role grants `s3:*` on all buckets | 8.2 | … |", then "### K-02 — Node IAM
 * role over-privileged"): the register's fuller title names the finding, the section gives its text.
 * Returns the row's title when it applies, else null.
 */
function registerTitle(a: Draft, b: Draft): string | null {
  const row = a.prov?.kind === 'row' && !a.detailed ? a : b.prov?.kind === 'row' && !b.detailed ? b : null;
  if (row?.checklistRow) return null;
  const sec = row === a ? b : a;
  // (the register comes first: a retest or notes table after the details says where each stands, not what it is,
  // "| QS-01 | Resolved | Wrapped assertion now rejected … |")
  if (!row || !sec.detailed || sec.prov?.kind !== 'heading' || row.start > sec.start) return null;
  const ref = row.f.ref;
  if (!ref || !/[A-Za-z]/.test(ref) || !sec.f.ref || refKey(ref) !== refKey(sec.f.ref)) return null;
  const rt = row.f.title.trim();
  const st = sec.f.title.trim();
  if (!st || rt.split(/\s+/).length < 4 || rt.length < st.length * 1.3 || rt.length > 160) return null;
  // (Convention: an agent's bug list gives each bug a summary one-liner that tacks its symptom on after a comma,
  // "Data race on progress counter, occasional panic", beside "### BUG-04: Data race on upload progress counter":
  // the symptom says no more of what the bug is, so the row's title is fuller only before its comma)
  const named = rt.split(/,\s/)[0];
  if (named !== rt && named.length < st.length * 1.3) return null;
  // Convention: an action register's row says in the imperative what to do ("| PRR-01 | Add time-based consumer-lag
  // alerting for … | Owner | LAUNCH-BLOCKING |"), the detail section below says under the same id what is wrong
  // ("### PRR-01 — Consumer lag alerting missing"): the problem the heading states names the finding, not the remedy
  if (actionWorded(rt) && !actionWorded(st)) return null;
  return rt;
}

/** a title that opens with a verb in the imperative, as a to-do does ("Add …", "Provision …", "Re-run …") */
const actionWorded = (t: string): boolean => ACTION_VERB.test(FIRST_TITLE_WORD.exec(t)?.[1] ?? '');
const FIRST_TITLE_WORD = /^[^\p{L}]*(\p{L}[\p{L}-]*)/u;

/**
 * Convention: a summary table's Location column names where the finding is, its write-up names other files in
 * passing ("| 5 | `migrations/0047_dead_letter.sql:12` | No index on … |", then "The admin endpoint (`internal/api/
 * deadletters.go:57`) filters by …"): places the section read from its prose alone follow the row's file and line
 * (where the prose names the row's file, the section's places stand)
 */
function rowPlaceFirst(row: ParsedFinding['locations'], prose: ParsedFinding['locations']): ParsedFinding['locations'] {
  if (!row.length || row[0].startLine == null || prose.some((l) => l.path === row[0].path)) return prose;
  return [...row, ...prose.filter((l) => !row.some((x) => x.path === l.path))];
}

function joinDrafts(target: Draft, m: Draft): void {
  const t = target.f;
  target.stated = (target.stated ?? 1) + 1;
  if (!target.detailed && m.detailed) {
    const fromRow = target.prov?.kind === 'row';
    target.prov = m.prov ?? target.prov;
    // the detailed section wins
    const keep = target;
    target.f = { ...m.f, blocksDeployment: t.blocksDeployment };
    if (m.proseLocated && fromRow) target.f.locations = rowPlaceFirst(t.locations, m.f.locations);
    // (a tracker row's "Blocked by" column, below: what the row says the finding waits for stays)
    const waits = t.dependsOn.filter((d) => d !== target.f.ref && !target.f.dependsOn.includes(d));
    if (waits.length) target.f.dependsOn = [...target.f.dependsOn, ...waits];
    target.sevFact = m.sevFact ?? keep.sevFact;
    target.sevHeading = m.sevHeading;
    target.sevSection = m.sevSection;
    target.blocksOwn = m.blocksOwn ?? keep.blocksOwn;
    target.statusOwn = m.statusOwn ?? keep.statusOwn;
    target.detailed = true;
    target.words = m.words;
    target.start = m.start;
    if (!target.sevMention) target.sevMention = keep.sevMention;
    return;
  }
  if (m.detailed && target.detailed) {
    // the same finding written twice: keep the longer text, fill gaps
    if (m.f.body.length > t.body.length) {
      const old = t;
      target.f = { ...m.f, locations: m.f.locations.length ? m.f.locations : old.locations };
    }
    target.sevFact = target.sevFact ?? m.sevFact;
    target.sevHeading = target.sevHeading ?? m.sevHeading;
    target.statusOwn = target.statusOwn ?? m.statusOwn;
    target.blocksOwn = target.blocksOwn ?? m.blocksOwn;
    return;
  }
  // of two short records, the one with the fuller title names the finding ("Unused import" in a
  // retest table against "Unused SafeMath import in L1Escrow.sol"); of two as full, the one that says more
  // a table row names a finding rather than a paragraph's opening sentence ("**DEF-103** — The PDF
  // service cached …" describes the row "DEF-103 | Statement PDF header shows …")
  // (a paragraph that is a title over its fields names it itself: "**1. Admin actions are not protected**")
  // (and a list's note on a row by its id, "- **HM-1201** cannot be verified until HM-1185 lands", under "Notes on
  // the blockers:": the item's sentence says what holds the finding up, the row what the finding is)
  const rowT = target.prov?.kind === 'row' && target.standalone && sentenceTitled(m, target);
  const rowM = m.prov?.kind === 'row' && m.standalone && sentenceTitled(target, m);
  const lenT = t.title.length;
  const lenM = m.f.title.length;
  // Convention: a report that lists its numbered items in a summary, one line each ("- 1.1 Asphalt shingle roof
  // covering worn out"), and writes each up below under the same number with its fields ("**1.1 — Roof covering
  // worn out** — MAJOR DEFECT" over "Location: …"): the write-up names the item, the summary's line only recalls it
  const writeUp = writesUp(m, target);
  // (a record that is no finding by itself, a measure or a plan step, never names one)
  // Convention: a TL;DR or summary line restates in its own sentence a finding listed below ("- 🟡 Laravel 11 upgrade is
  // blocked on … skipped billing tests." over "- **M5 — Billing feature tests are skipped** — `path:14`"): the
  // finding's own record names it, however long the summary's sentence
  const recalls = !!target.restates !== !!m.restates ? (target.restates ? 1 : -1) : 0;
  if (!target.detailed && !m.detailed && m.standalone && !rowT && !writesUp(target, m) && recalls >= 0 && (recalls > 0 || rowM || writeUp || lenM > lenT * 1.2 || (lenM * 1.2 >= lenT && richness(m) > richness(target)))) {
    // two short records of one finding ("Documentation Bugs" list, "Remaining Items" with a file and
    // sub-bullets): the one that says more gives the title, text and severity; the other fills gaps
    const other = { ...target, f: { ...t } };
    target.f = { ...m.f };
    target.prov = m.prov ?? target.prov;
    target.sevFact = m.sevFact;
    target.sevMention = m.sevMention;
    target.sevSection = m.sevSection;
    target.blocksOwn = m.blocksOwn;
    target.blocksMention = m.blocksMention;
    target.statusOwn = m.statusOwn;
    target.words = m.words;
    target.restates = m.restates;
    // (the record whose title it takes says whether that title is a run-in head of its own, runInSaysMore)
    target.runIn = m.runIn;
    target.standalone = target.standalone || m.standalone;
    mergeInto(target, other);
    target.stated = (target.stated ?? 2) - 1;
    return;
  }
  if (target.detailed) {
    if (!target.sevMention && m.sevMention) target.sevMention = m.sevMention;
    if (target.proseLocated && m.prov?.kind === 'row') t.locations = rowPlaceFirst(m.f.locations, t.locations);
  } else if (!(target.sevFact || target.sevMention || target.sevHeading || target.sevSection)) {
    // the record that gives the title gives the severity; another fills it only when it has none
    target.sevFact = m.sevFact;
    target.sevMention = m.sevMention;
    target.sevSection = m.sevSection;
  } else if (!(target.sevFact || target.sevMention || target.sevHeading) && m.prov?.kind === 'row' && (m.sevFact || m.sevMention)) {
    // Convention: a review's summary table rates each finding, its write-ups sit under coarser groups ("| 7 | ⚪ Nit
    // | … |" in the table, "## Minor" over "- **7. …**" and "- **6. …**", a Low): the row's own rating is the
    // finding's, the group's heading only the range its write-up falls in
    target.sevFact = m.sevFact;
    target.sevMention = m.sevMention;
  }
  if (target.blocksMention === null) target.blocksMention = m.blocksMention ?? m.blocksOwn;
  // an update (a fix review's table, a retest) says where the finding stands now
  // Convention: a scanner's table of results ("| FAIL | high | … | `kms_cmk_rotation_enabled` |") and below it the
  // team's notes on each failing check by its id ("**`kms_cmk_rotation_enabled`** — … Status: **Fixed**"): the
  // table says the check failed, the note where its fix stands now, and the file and line to change
  const rowNote = target.prov?.kind === 'row' && m.prov?.kind !== 'row' && !!t.ref && t.ref === m.f.ref && m.start > target.start;
  if (m.statusOwn && (!target.statusOwn || m.update || (rowNote && target.statusOwn === 'open'))) target.statusOwn = m.statusOwn;
  if (rowNote) {
    // (the row names the cloud resource, "arn:aws:kms:…:key/5c1e…"; the note the code that defines it, "`kms/keys.tf:23`")
    // (where the row names the same file, "/modules/network/sg.tf" and "`sg.tf:27`", the line is added to it below)
    const lined = m.f.locations.filter((l) => l.startLine != null);
    const sameFile = t.locations.some((x) => lined.some((l) => { const p = x.path.replace(/^\/+/, ''); return p === l.path || p.endsWith('/' + l.path) || l.path.endsWith('/' + p); }));
    if (lined.length && !sameFile && !t.locations.some((l) => l.startLine != null)) t.locations = [...lined, ...t.locations.filter((l) => !lined.some((x) => x.path === l.path))];
    t.body = `${t.body}\n\n${m.f.body}`;
  }
  if (!t.locations.length && m.f.locations.length) t.locations = m.f.locations;
  // ("| /modules/network/sg.tf |" in a scanner's row, "`modules/network/sg.tf:18`" in the triage of it): the line
  else if (t.locations.length && t.locations[0].startLine == null) {
    const p = t.locations[0].path.replace(/^\/+/, '');
    const same = m.f.locations.find((l) => l.startLine != null && (l.path === p || p.endsWith('/' + l.path) || l.path.endsWith('/' + p) || l.path.endsWith(p)));
    if (same) t.locations = [{ ...t.locations[0], startLine: same.startLine, endLine: same.endLine }, ...t.locations.slice(1)];
  }
  // Convention: a finding stated twice names its file once in full and once by its base name ("| `src/Billing/
  // Services/PeriodService.cs:88` |" in the summary row, "`PeriodService.cs:88` used …" in the section): the
  // full path says where the same file is (not a file of that name at another line)
  if (t.locations.length && !/[\\/]/.test(t.locations[0].path)) {
    const base = t.locations[0];
    const full = m.f.locations.find((l) => (l.path.endsWith('/' + base.path) || l.path.endsWith('\\' + base.path)) && (l.startLine == null || base.startLine == null || l.startLine === base.startLine));
    if (full) t.locations = [{ ...base, path: full.path, startLine: base.startLine ?? full.startLine, endLine: base.startLine != null ? base.endLine : full.endLine }, ...t.locations.slice(1)];
  }
  if (!t.effort && m.f.effort) t.effort = m.f.effort;
  // Convention: an action tracker after the write-ups, "| Ref | Action | Owner | Status | Blocked by |" over "| AP-7 |
  // … | Open | AP-6 |": the row's column says what the finding waits for, though its write-up does not say so in
  // the words the readers know ("cannot ship until AP-6 is live"); both records' waits are the finding's
  for (const d of m.f.dependsOn) if (d !== t.ref && !t.dependsOn.includes(d)) t.dependsOn.push(d);
  // ("| C-04 | … |" in the "Tableau de synthèse", then "### 4.2 Contrôle d'accès" > "**[C-04] …**" with its fields): a
  // table of all the findings is an index; the group the finding's own text, rated by its own field, sits in is
  // its category (not a note or a gate's list that names it again)
  // ("| OPS-03 | Backups | Dispatch database restores … |", then "### 5.2 Backups and recovery" > "**OPS-03 — Dispatch
  // database restores … (Significant).** Condition: …": the write-up that repeats the row's title whole under its id,
  // with text of its own, is the finding's own text too, rated in brackets after its title or not)
  const restated = !m.sevFact && m.f.title.length >= 12 && titleKey(m.f.title.replace(/\s*\([^()]{1,24}\)[.:]?$/, '')) === titleKey(t.title) && m.f.body.length > m.f.title.length * 2;
  if (target.prov?.kind === 'row' && m.prov && m.prov.kind !== 'row' && (m.sevFact || restated) && m.f.category && !!t.ref && t.ref === m.f.ref) t.category = m.f.category;
  if (!t.phase && m.f.phase) t.phase = m.f.phase;
  if (!t.ref && m.f.ref) t.ref = m.f.ref;
  // ("| 11 | PT-11 | … |" in the summary table, then "- **PT-11 — …** (معلوماتي): done after PT-03 and PT-05 are closed"):
  // a row says little of its own; the item's text about the same finding is its text too
  if (target.prov?.kind === 'row' && m.prov && m.prov.kind !== 'row' && m.f.body && !t.body.includes(m.f.body) && t.body.length + m.f.body.length <= 20000) t.body = `${t.body}\n\n${m.f.body}`;
}

/**
 * Convention: a register's short name for an item and the item's paragraph opened by a run-in head in bold, its id
 * and its full title ("| BE-01 | Clean Desk Empfang Chur | Beobachtung |", then "**BE-01 – Clean Desk am Empfang
 * Chur nicht eingehalten.** Bei der Begehung …", as audit reports set their observations): the head is the finding's
 * own title, more than the row's name. A head that only repeats the row's title, with its rating or clause in
 * brackets ("**OPS-03 — Dispatch database restores have never been tested (Significant).**"), says no more.
 */
function runInSaysMore(d: Draft, row: Draft): boolean {
  const head = titleKey(d.f.title.replace(/[.:]\s*$/, '').replace(TRAILING_BRACKET, ''));
  return head !== titleKey(row.f.title);
}
const TRAILING_BRACKET = /\s*\((?:[^()]|\([^()]*\))*\)\s*$/;

const TITLE_KEY_RE = /[^\p{L}\p{N}]+/gu;
/** a title or sentence compared by its letters and digits alone, lower-cased, runs of anything else one space */
export const titleKey = (v: string): string => v.toLowerCase().replace(TITLE_KEY_RE, ' ').trim();

/** a paragraph or list item whose title is its opening sentence (no bold or linked title of its own) */
function sentenceTitled(d: Draft, row: Draft): boolean {
  if (d.titled || !d.prov) return false;
  if (d.prov.kind === 'paragraph') return !(d.runIn && runInSaysMore(d, row));
  return d.prov.kind === 'item' && !d.prov.reasons.includes('bold title') && !d.prov.reasons.includes('link title');
}

function sevOf(d: Draft): string | null {
  return (d.sevFact ?? d.sevMention ?? d.sevHeading ?? d.sevSection)?.sev ?? null;
}

/** Both rated, and rated differently. */
function sevDiffers(a: Draft, b: Draft): boolean {
  const x = sevOf(a);
  const y = sevOf(b);
  return !!x && !!y && x !== y;
}

/** Both name where they are, and no file in common. */
/**
 * "QW-2291", "CUI-298": a tracker's id, a prefix and a number; and "#2219034", "#48213": a tracker's number alone,
 * as a bug bounty platform (HackerOne) or a code host writes its reports and issues (four digits or more: "#3" is
 * the report's own count)
 */
const TRACKER_REF = /^(?:[A-Z][A-Z0-9]{0,9}-\d{1,6}|#\d{4,9})$/;
/** "B1", "M3", "H12": a review's label for a comment, a letter or two and a number */
const SHORT_LABEL = /^[A-Z]{1,2}\d{1,3}$/;
/** "F-01" and "F-02", "PROJ-12" and "PROJ-40": two tracker-style ids with the same prefix before the number */
function sameIdPrefix(a: string, b: string): boolean {
  const i = a.lastIndexOf('-');
  return i > 0 && i === b.lastIndexOf('-') && a.slice(0, i) === b.slice(0, i);
}

function inDifferentFiles(a: Draft, b: Draft): boolean {
  const pa = a.f.locations.map((l) => l.path);
  const pb = b.f.locations.map((l) => l.path);
  if (!pa.length || !pb.length) return false;
  return !pa.some((x) => pb.some((y) => x === y || x.endsWith('/' + y) || y.endsWith('/' + x)));
}

/** How much a short record states: fields, a location, its own text. */
/** `w` writes up under its number the item `line` recalls in a summary's one line (see mergeInto) */
function writesUp(w: Draft, line: Draft): boolean {
  return !!line.f.ref && line.f.ref === w.f.ref && line.prov?.kind === 'item' && line.f.body.length <= line.f.title.length + 40 && (w.prov?.kind === 'paragraph' || w.prov?.kind === 'heading') && richness(w) >= richness(line) + 1;
}

function richness(d: Draft): number {
  const f = d.f;
  return (f.locations.length ? 2 : 0) + (d.sevFact || d.sevMention ? 1 : 0) + (d.statusOwn ? 1 : 0) + (f.effort ? 1 : 0) + Math.min(3, f.body.length / 200);
}

/**
 * "after" in the languages the field readers know, before the other finding's id ("după OT-06",
 * "après F-2", "nach B-3") or, where the language puts it after, behind it ("az E-02 javítása után",
 * "T-4 düzeltildikten sonra"). A language is added here.
 */
const AFTER_WORDS: Record<string, { before?: string[]; after?: string[] }> = {
  fr: { before: ['après', 'dépend de'] },
  // ("**Blockiert durch KM-2310** — …": blocked by, as English "blocked by", waits for the other)
  de: { before: ['nach', 'abhängig von', 'hängt von', 'blockiert durch'] },
  // ("⏳ Aberto — bloqueado por JAB-2231": blocked by, as English "blocked by", waits for the other)
  // (Convention: a Spanish audit holds one finding's closure or fix until another's is made, "no podrá cerrarse
  // hasta que se corrija NC-05", "hasta la subsanación de la NC-2", "una vez corregida la NC-05": until or once the
  // other is fixed, it waits for the other)
  // (Convention: the other's fix named by its verb, "debe hacerse después de cerrar CSP-01", "tras corregir la NC-3":
  // after closing or fixing the other, as Portuguese "depois de resolvida a …")
  es: { before: [String.raw`(?:después\s+de|tras)\s+(?:cerrar|corregir|resolver|subsanar|solucionar|remediar|completar|implementar|mitigar)(?:\s+(?:la|el|las|los))?`, 'después de', 'tras', 'depende de', 'bloquead[oa] por',
    String.raw`hasta\s+que\s+se\s+(?:corrija|cierre|resuelva|subsane|solucione|complete|implante)n?(?:\s+(?:la|el|las|los))?`,
    String.raw`hasta\s+(?:la\s+(?:corrección|resolución|subsanación|solución)|el\s+cierre)(?:\s+de(?:l|\s+la)?)?`,
    String.raw`una\s+vez\s+(?:corregid|cerrad|resuelt|subsanad|solucionad)[oa]s?(?:\s+(?:la|el|las|los))?`,
    // (Convention: "depende de la corrección completa de OVT-07": the other's fix named as a noun between, as
    // Portuguese "depende da conclusão da …")
    String.raw`depende\s+de\s+(?:la\s+(?:corrección|resolución|subsanación|solución)|el\s+cierre)(?:\s+(?:completa|total|definitiva|previa|completo|definitivo|previo))?\s+de(?:l|\s+la)?`] },
  // ("só pode ser definida depois de resolvida a DFM-03": after DFM-03 is resolved, the participle before the id)
  // (Convention: Portuguese contracts "de" with the article before the noun it governs, "depende da conclusão da
  // atualização do ROPA (NC-08)", "depende do NC-03": as "depende de", it waits for the other)
  pt: { before: ['depois de (?:resolvid|corrigid|fechad|concluíd|tratad)[oa]s? [ao]s?', 'depois de', 'após', 'depende d[eao]s?', 'bloquead[oa] por'] },
  it: { before: ['dopo', 'dipende da'] },
  // (Convention: a Dutch report holds one fix until another is done with the conjunction "nadat" (after) straight
  // before the id, "kan pas worden ingesteld nadat BEV-05 volledig is afgerond", or "zodra" (once))
  nl: { before: ['na', 'nadat', 'zodra', 'afhankelijk van'] },
  sv: { before: ['efter', 'beroende av'] },
  da: { before: ['efter', 'afhænger af'] },
  no: { before: ['etter', 'avhenger av'] },
  cs: { before: ['po', 'závisí na'] },
  // (Convention: a Polish review orders the work after the other finding's fix deployed or made, the noun between,
  // "Rotację przeprowadzić dopiero po wdrożeniu poprawki KSP-02", "po naprawie KSP-01": as Portuguese "depois de
  // resolvida a DFM-03", it waits for the other)
  pl: { before: [String.raw`po\s+(?:wdrożeniu|naprawie|naprawieniu|usunięciu|zamknięciu|wprowadzeniu|poprawieniu)(?:\s+(?:poprawki|poprawek|naprawy|zmiany|zmian))?(?:\s+(?:do|dla|w))?`, 'po', 'zależy od'] },
  ro: { before: ['după', 'depinde de'] },
  // Convention: Welsh (Cymraeg) "Mae hyn yn dibynnu ar HYG-01" (this depends on HYG-01), "ar ôl trwsio HYG-01"
  // (after fixing HYG-01, the verbnoun between), "ar ôl HYG-01": the fix waits for the other's
  cy: { before: ['dibynnu ar', String.raw`ar ôl (?:trwsio|datrys|cwblhau|cau)`, 'ar ôl'] },
  // (Croatian, Serbian, Bosnian: "nakon", "ovisi o"/"zavisi od"; Slovenian "po" is Czech's and Polish's)
  hr: { before: ['nakon', 'ovisi o', 'zavisi od'] },
  // Serbian Cyrillic: "Исправити тек после МБ-03" (fix only after МБ-03), "зависи од"; Slovenian: "je odvisna od
  // U-03" (depends on U-03), "šele po U-03" (only after U-03)
  sr: { before: ['после', 'након', 'зависи од'] },
  // Convention: Ukrainian and Russian put the other's fix as a verbal noun between "after" and its id, "після
  // усунення VULN-04" (after VULN-04 is eliminated), "после исправления А-2" (after A-2 is fixed); "залежить від"
  uk: { before: ['після (?:усунення|виправлення|закриття|вирішення)', 'після', 'залежить від'] },
  ru: { before: ['после (?:устранения|исправления|закрытия|решения)'] },
  sl: { before: ['odvisen od', 'odvisna od', 'odvisno od', 'šele po'] },
  // Indonesian: "setelah Temuan 6" (after finding 6), "bergantung pada"
  // (Convention: a code review orders the work by waiting, "tunggu KR-06 selesai" (wait for KR-06 to be done),
  // "menunggu perbaikan KR-06" (waiting for KR-06's fix), "tergantung pada KR-06" (depends on))
  id: { before: ['setelah', 'sesudah', 'bergantung pada', 'tergantung pada', '(?:menunggu|tunggu)(?: perbaikan)?'] },
  // Malay: "mesti diselesaikan selepas DEP-04" (must be resolved after DEP-04), "bergantung kepada" (depends on),
  // "menunggu DEP-04 selesai" (waiting for DEP-04 to be done)
  ms: { before: ['selepas', 'bergantung kepada', 'menunggu pembaikan'] },
  // Afrikaans: "Hang af van MOB-8" (depends on MOB-8), "afhanklik van", "ná MOB-8" (after; Dutch "na" is one too)
  af: { before: ['hang af van', 'afhanklik van', 'ná'] },
  // Vietnamese: "sau khi UAT-03 được sửa" (after UAT-03 is fixed), "phụ thuộc vào"; and "sửa sau BDS-01" (fix
  // after BDS-01), "sau" straight before the id, as a pentest finding's note orders its fix after another's
  vi: { before: ['sau khi', 'phụ thuộc vào', 'phụ thuộc', 'sau'] },
  // Greek: "μετά (από) το OPS-12" (after), "αφού κλείσει το OPS-12" (once it is closed), "εξαρτάται από"
  // (Convention: a Greek audit's note that the fix "προϋποθέτει την ολοκλήρωση του ΕΥΡ-06" (presupposes the
  // completion of ΕΥΡ-06), "μετά την ολοκλήρωση του …" (after the completion of): the other finding comes first)
  el: { before: ['μετά από', 'μετά την', 'μετά τη', 'μετά', 'αφού κλείσει', 'αφού διορθωθεί', 'εξαρτάται από', String.raw`προυποθετ\p{L}*(?: την| τη)?`].map(greekLoose) },
  hu: { after: ['után'] },
  // Convention: Basque puts "after" behind the other's id and the verb of its fix, "SEG-02 zuzendu ondoren bakarrik"
  // (only after SEG-02 is fixed), "AB-3 konpondu ostean", "AB-3 eta gero"
  eu: { after: ['ondoren', 'ostean', 'eta gero'] },
  fi: { after: ['jälkeen'] },
  tr: { after: ['sonra'] },
  // ("U-01 조치 완료 후 진행": after U-01 is done)
  ko: { after: ['후', '이후'] },
  // Hindi: "SF-04 के बाद ही संभव है" (possible only after SF-04), "SF-04 के ठीक होने के बाद" (after SF-04 is fixed)
  hi: { after: ['के बाद', 'के (?:ठीक|बंद|पूरा|हल) होने के बाद'] },
  // Chinese: "须在 LM-02 之后处理" (after LM-02), "依赖 LM-02"
  zh: { before: ['依赖于', '依赖'], after: ['之后', '以后'] },
  // Arabic: "يُنفَّذ بعد إغلاق PT-03" (done after PT-03 is closed), "بعد إصلاح", "يعتمد على" (depends on)
  ar: { before: ['بعد إغلاق', 'بعد إصلاح', 'بعد معالجة', 'بعد', 'عقب إغلاق', 'عقب', 'يعتمد على'] },
  // Convention: Persian (Farsi): "پس از FA-03" (after), "بعد از رفع FA-03" (after FA-03 is fixed), "وابسته به" (depends on)
  fa: { before: ['پس از رفع', 'پس از', 'بعد از رفع', 'بعد از', 'وابسته به'] },
  // Lithuanian: "tik užbaigus DN-1" (only once DN-1 is completed), "po DN-1", "priklauso nuo" (depends on)
  // Latvian: "Labojumu var veikt tikai pēc K-2" (the fix can be made only after K-2), "atkarīgs no" (depends on)
  lv: { before: ['pēc', 'atkarīgs no', 'atkarīga no'] },
  // Bulgarian: "затова се прави след KF-06" (so it is done after KF-06), "Поправката … след A-01"
  bg: { before: ['след'] },
  lt: { before: ['užbaigus', 'pašalinus', 'ištaisius', 'įgyvendinus', 'uždarius', 'priklauso nuo'] },
  // Estonian: "Parandada pärast L-02" (fix after L-02), "(pärast L-02)" in a plan's step, "Sõltub: L-02" (depends on)
  et: { before: ['pärast', 'sõltub'] },
  // Hebrew: "(אחרי BGP-01)" (after BGP-01), "לאחר BGP-01"; "תלוי ב-BGP-01" (depends on), its "in" written onto the id
  he: { before: ['אחרי', 'לאחר', 'תלוי(?:ה|ים|ות)? ב-'] },
  // Thai: "ขึ้นกับ BUG-101" (depends on), "แก้หลัง BUG-103" (fix after), "หลังจาก BUG-103" (after)
  th: { before: ['ขึ้นกับ', 'ขึ้นอยู่กับ', 'แก้หลัง', 'หลังจาก'] },
  // Filipino: "pagkatapos ng CEB-05" (after), "nakadepende sa" (depends on), "Dapat munang ayusin ang CEB-05 … bago
  // ito" (CEB-05 must be fixed first, before this one)
  fil: { before: ['pagkatapos ng', 'pagkatapos ayusin ang', 'nakadepende sa', 'munang ayusin ang'] },
};
// (a word that ends in a hyphen, Hebrew "ב-", is written onto the id with no space between)
const AFTER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${Object.values(AFTER_WORDS).flatMap((w) => w.before ?? []).join('|')})(?:[\s:*_]+|(?<=-))(?:(?:\p{L}+\s+)?(?:lui|de|du|der|des|von|di|del|da|do|van|το|τη|την|του|της)\s+)?$`, 'iu');
/**
 * "… tek nakon nabave sustava za pohranu iz preporuke 4.1 (nalaz N4)": "after" what another finding
 * asks for, that finding named in brackets at the end of the same sentence
 */
const AFTER_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:after|once|${Object.values(AFTER_WORDS).flatMap((w) => w.before ?? []).join('|')})(?![\p{L}])(?:[^.;!?()\n]|\.(?=\d)|\n(?![ \t]*\n)){1,120}\(\s*(?:(?:see|vidi|cf\.)\s+)?(?:\p{L}+\s+)?$`, 'iu');
/**
 * Japanese puts "after" behind the other finding's id, with no space: "TD-02 の完了後に共通サービス化する" (after
 * TD-02 is completed), "TD-01 の解消後、…" (after TD-01 is resolved), "TD-04 の後" (after TD-04)
 * (and two such nouns compounded: "SC-01 の修正完了後に着手" begun after SC-01's fix is completed)
 */
const AFTER_JA = /^\s*(?:の\s*)?(?:完了|解消|修正|対応|解決|マージ|リリース|反映){1,2}(?:した|して|が済んだ)?(?:後|以降|あと|から)|^\s*の(?:後|あと)/u;
// ("업로드 처리 라이브러리 교체(DL-10) 후 재점검": the id in brackets after the work it names, then "후", after)
// (Finnish writes a case ending onto an id after a colon, "OK-TUR-01:n jälkeen", after OK-TUR-01)
// (Convention: the other's id glossed in brackets with what it is, then "after", "WEB-SM-01(쿠키 SameSite 설정) 조치
// 완료 후" (after WEB-SM-01, the SameSite cookie setting, is done), as Korean and Japanese notes name a finding: the gloss
// is no part of the clause)
const AFTER_AFTER = new RegExp(String.raw`^(?::\p{L}{1,4})?(?:[)）]|\s?[(（][^()（）\n]{1,40}[)）])?(?:\s+\p{L}+){0,2}\s+(?:${Object.values(AFTER_WORDS).flatMap((w) => w.after ?? []).join('|')})(?![\p{L}])`, 'iu');
/**
 * Convention: Turkish puts the whole clause of the other's fix between its id and "sonra" (after), the verb in the
 * "-dıktan/-dikten" form, "B-04 kapsamında saklama süreleri netleştirildikten sonra" (after the retention periods are
 * settled under B-04), "T-3 tamamen düzeltildikten sonra": a few words more than AFTER_AFTER lets between
 */
/**
 * Convention: a Korean note names the other item as the owner of a piece of work its fix brought in, then waits for
 * that work, "SI 항목 조치 시 도입한 공통 입력값 검증 필터가 적용된 이후 재점검이 필요함" (re-test after the common
 * input filter introduced with the fix of item SI is applied), "W-03 조치로 추가된 모듈 배포 후": the id, its fix
 * ("조치 시", "조치로", "조치 과정에서"), the work introduced, and "after" its being applied, in one clause
 */
const KO_FIX_OF = /^\s*(?:항목\s*)?(?:의\s*)?(?:조치|수정|개선|보완|패치)/u;
const KO_WORK_OF_AFTER = /^\s*(?:항목\s*)?(?:의\s*)?(?:조치|수정|개선|보완|패치)\s*(?:시|때|과정에서|(?:으)?로)\s+(?:도입|적용|추가|개발|구현|변경|반영|배포)(?:한|된|하는|되는)\s+[^.。!?\n]{1,100}?(?:적용|완료|반영|배포|도입|설치)(?:된|한|되고\s*난)?\s*(?:이후|후)(?![\p{L}])/u;
/** a finding's id of capital letters alone, "SI", "XS", "AC" (a checklist's item codes) */
const LETTER_CODE_REF = /^[A-Z]{2,3}$/;
const LETTER_CODE_G = /(?<![\p{L}\p{N}_.\-/\x60])[A-Z]{2,3}(?![\p{L}\p{N}_\-/\x60])/gu;
const AFTER_TR_CLAUSE = /^(?:\s+\p{L}+){0,5}?\s+\p{L}+[dt][ıiuü]kt[ae]n\s+sonra(?![\p{L}])/iu;
/**
 * Convention: Turkish says a fix depends on another's work with "bağlıdır" (depends on) after the dative, at the end
 * of the clause, "Bu bulgunun tamamen kapatılması, BLG-09 kapsamında önerilen CSP politikasının devreye alınmasına
 * bağlıdır" (closing it depends on the CSP proposed under BLG-09 being deployed), "T-4'ün giderilmesine bağlıdır",
 * "T-4'e bağlıdır": the other's id, then the verbal noun of its work in the dative ("-masına/-mesine"), or the id in
 * the dative itself. Not where the id's genitive is the subject ("T-4'ün kapatılması … bağlıdır": it is T-4 that
 * waits), nor where the clause names this finding ("bu bulgunun giderilmesine bağlıdır")
 */
const TR_DEPENDS_CLAUSE = /^(?!['’]n?[ıiuü]n\s+\p{L}+m[ae]s[ıi](?![\p{L}]))(?:['’][yn]?[ae]|(?:(?!bu\s+bulgu)(?:[^.;!?\n]|\n(?![ \t]*\n))){1,140}?\p{L}m[ae]s[ıi]n[ae])[ \t]*\n?[ \t]*bağlı(?:d[ıi]r)?(?![\p{L}])/iu;

const TRACKER_LINKS_RE = /^[\s>*+-]*(?:\*\*|__)?([\p{L}][\p{L} ]{1,30}?)\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)?)[ \t]*([#\d][\d#, \t]{0,200})$/gmu;
/**
 * Convention: a bug tracker's link fields with bare bug numbers (Bugzilla's "Depends on: 88312" and
 * "Blocks: 88120, 88307", Redmine's and Trac's "Blocked by: 4411"): the finding waits for the bugs its
 * dependency field names, and the bugs its Blocks field names wait for it. Only numbers that are findings
 * of the report count.
 */
function trackerLinks(f: ParsedFinding, body: string, refIndex: Map<string, ParsedFinding>): void {
  if (!f.ref || !/\d{3}/.test(body)) return;
  for (const m of allMatches(body, TRACKER_LINKS_RE)) {
    const key = m[1].trim().toLowerCase();
    const waits = factKind(key) === 'depends';
    const blocks = /^blocks$/.test(key);
    if (!waits && !blocks) continue;
    for (const n of m[2].match(/\d{2,9}/g) ?? []) {
      const other = refIndex.get(`#${n}`);
      if (!other || other === f || !other.ref) continue;
      if (waits && !f.dependsOn.includes(other.ref)) f.dependsOn.push(other.ref);
      if (blocks && !other.dependsOn.includes(f.ref)) other.dependsOn.push(f.ref);
    }
  }
}

// Convention: "blocked on QM-7" is American engineers' and bounty triagers' "blocked by QM-7" ("⏳ Open — blocked on
// QM-7" in a tracker's status cell, "Blocked on AUTH-3 landing"): the finding waits for the other, read wherever
// "blocked by" is below
/**
 * Convention: one dependency word before a list of ids, "only flip after DOC-1, DOC-3 and DOC-5 are done",
 * "blocked by QA-2, QA-4 or QA-7": every id of the list is waited for, not the first alone.
 */
// (Convention: the other finding named with the tracker issue its fix is in, "Do this **after** #2317 / D1 lands",
// "once #88 / SEC-4 is merged", as a triage note pairs an item with its follow-up issue: the issue number is one
// more member of the list, so the finding's id after it is still waited for)
const dependsList = (lead: string, id: string, flags: string) =>
  new RegExp(String.raw`(?:${lead})[\s:*_]+(?:(?:${id}|#\d{1,7})(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*\/[ \t]*))+$`, flags);
const DEPENDS_LIST = dependsList(String.raw`depends on|blocked (?:by|on)|requires|after|once|needs|waits? (?:for|on|until)`, String.raw`[A-Z][A-Z0-9]{0,9}-\d{1,6}`, 'i');
/**
 * (the same with short ids of a letter or two and a number, as reviews number their items, "Once B1 and B3 are
 * fixed", "after S2, S4": case-sensitive, so "after v2 and B3" names no list)
 */
const DEPENDS_LIST_SHORT = dependsList(String.raw`[Dd]epends on|[Bb]locked (?:by|on)|[Rr]equires|[Aa]fter|[Oo]nce|[Nn]eeds|[Ww]aits? (?:for|on|until)`, String.raw`[A-Z]{1,2}\d{1,3}`, '');
/** (the same in Arabic, whose "and" is written onto the next id: "بعد إغلاق PT-03 وPT-05", "بعد PT-03، PT-05") */
const DEPENDS_LIST_AR = /(?<![\p{L}])(?:بعد(?: (?:إغلاق|إصلاح|معالجة))?|عقب(?: إغلاق)?|يعتمد على)\s+(?:[A-Z][A-Z0-9]{0,9}-\d{1,6}(?:\s*[،,]\s*|\s+)(?:و\s*)?)+$/u;

/** "depends on the `x()` refactor done for", "after the ConfigMap clean-up in": a piece of another finding's work, before its id */
// (Convention: any piece taken from the other finding's fix, "depends on the Key Vault config builder from `6E9D…`
// being deployed", "needs the secret store loader from `A0C4…`": a scanner export's ids are set as code, the tick)
// (Convention: this finding's fix made inside the other's piece of work, "token revocation is being built as part of
// the session rework planned for HLF-02's …", "will be fixed as part of the migration for DB-4": it lands with the
// other's work, so waits for it; "introduced as part of" names a cause, not a wait, and is no such verb)
/** "needs a primary key first, see ", "must be upgraded first (cf. ": a prerequisite, then a cross-reference */
const FIRST_SEE = /\b(?:needs?|requires?|must|has to|have to|should)\s(?:[^.;!?\n]|\.(?=\w)|\n(?![ \t]*\n)){1,100}?\sfirst\s*(?:[,;:—–-]\s*|\(\s*)(?:see|cf\.)\s+$/i;
const WORK_OF = /(?:depends on|relies on|requires|needs|builds? on|after|once|(?:built|done|fixed|delivered|handled|addressed|covered|resolved|implemented|closed)\s+as\s+part\s+of)\s+the\s+(?:[^\s.;]+\s+){0,4}?(?:work|fix(?:es)?|refactor(?:ing)?|clean-?up|changes?|migration|rewrite|helpers?|patch|rework|upgrade|remediation)\s+(?:(?:done|made|introduced|landed|planned|proposed|described|shipped)\s+)?(?:for|in|from|of|by|under)\s+\x60?$|(?:depends on|relies on|requires|needs|builds? on)\s+the\s+(?:[^\s.;]+\s+){1,5}?from\s+\x60?$/i;
// (what follows the other's id where this finding needs it first, "requires", "would crash without": dependencies;
// constants, so a call does not build them again)
const NEEDS = String.raw`(?:requires|needs|depends on|relies on|(?:would|will|cannot|can't|won't|does not|doesn't)\s+(?:\w+\s+){0,2}without)\b`;
const NEEDS_AFTER_FIX = new RegExp(String.raw`^\W{0,3}(?:fix\s+|change\s+)?` + NEEDS, 'i');
const NEEDS_AFTER = new RegExp(String.raw`^\s*` + NEEDS, 'i');

/**
 * Convention: a note that orders several fixes before this one in one imperative, "Fix WS-2, WS-3 first",
 * "do first": every id of the list is done first, not only the one next to "first"
 */
const FIRST_LIST_ID = String.raw`(?:[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+|#\d+)`;
const FIRST_LIST_SEP = String.raw`(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)`;
const FIRST_LIST_BEFORE = new RegExp(String.raw`\b(?:fix|land|merge|resolve|address|do|tackle)\s+(?:[*_\x60]*${FIRST_LIST_ID}[*_\x60]*${FIRST_LIST_SEP})*[*_\x60]*$`, 'i');
const FIRST_LIST_AFTER = new RegExp(String.raw`^[*_\x60]*(?:${FIRST_LIST_SEP}[*_\x60]*${FIRST_LIST_ID}[*_\x60]*)*\s+first\b`, 'i');
/** "FM-1 should land first", "FM-2 must be fixed first": the id just before, named as what is done first */
// ("the staleness check from 5.3.1 must be in place first": the other's fix, as a thing that has to exist before)
// (Convention: the order stated as a fact in the present, often in bold, "so **G-6 lands first**", "X goes first": as
// "should land first")
const FIRST_SUBJECT = /^[*_]{0,2}\s+(?:(?:should|must|needs? to|has to|have to|ought to)\s+(?:land|go|ship|come|be\s+(?:fixed|merged|resolved|done|addressed|deployed|landed|shipped|in\s+place))|lands|goes|ships|is\s+(?:fixed|merged|done|landed|shipped))\s+first\b/i;

/**
 * Convention: languages that put "first" before the other finding and the verb after it, Dutch "**eerst VW-02
 * afronden**" (first finish VW-02), "eerst K-3 oplossen", German "zuerst K-01 beheben": the other is done first
 */
const FIRST_WORD_BEFORE = /(?<![\p{L}])(?:eerst|zuerst)[\s*_\x60]+$/iu;
/**
 * Convention: Chinese puts "first" and the verb before the other finding's id, "必须先修 CR-04" (CR-04 must be
 * fixed first), "先修复 A-2", "需先合入 A-2", "先解决 A-2 再改": the other is done before this one
 */
// Convention: Spanish asks for the other fix first with the adverb before the id, "pide que se corrija primero
// BOC-1021 y después este", "hay que arreglar primero PAY-12": the other comes before this one, as "fix #4 first"
const FIRST_ES_BEFORE = /(?<![\p{L}])(?:corr[ie]j\p{L}*|correg\p{L}*|arregl\p{L}*|resuelv\p{L}*|resolv\p{L}*|solucion\p{L}*|cerr\p{L}*|cierr\p{L}*)\s+primero[\s*_\x60]+$/iu;
const FIRST_ZH_BEFORE = /先(?:修复?|解决|处理|完成|合入|合并|上线|落地)好?[\s*_\x60]*$/u;
const FIRST_WORD_VERB = /^[*_\x60]*\s+(?:af(?:ronden|maken|handelen)|oplossen|verhelpen|fixen|repareren|mergen|dichten|beheben|erledigen|abschließen|umsetzen|schließen)(?![\p{L}])/iu;

/**
 * Convention: a Nordic audit orders one recommendation after another's completion in a clause, the other's number
 * inside it: Swedish "Översynen bör göras **efter** att segmenteringen enligt 5.1.1 är genomförd" (after the
 * segmentation per 5.1.1 is done), "Förutsätter att 5.3.1 är åtgärdad" (presupposes that 5.3.1 is fixed), Danish
 * "efter at … 4.2 er gennemført", Norwegian "forutsetter at 4.2 er utbedret": this finding waits for the other.
 * NORDIC_DONE_AFTER (the id then "is done") is tried first: few ids are followed by it.
 */
const NORDIC_AFTER_BEFORE = /(?<![\p{L}])(?:efter|etter|först när|først når|når|när|förutsätter|forudsætter|forutsetter|kräver|kræver|krever)(?:\*\*|__)?\s+(?:att\s+|at\s+)?(?:[^.;!?\n]|\.(?=\d)|\n(?![ \t]*\n)){0,80}$/iu;
const NORDIC_DONE_AFTER = /^[*_\x60]*\s+(?:är|er|har\s+(?:blivit|blitt|været|vært)|blivit|blitt)\s+(?:helt\s+|fullt\s+)?(?:genomförd|genomfört|åtgärdad|åtgärdat|klar|klart|avslutad|avslutat|införd|infört|löst|stängd|på plats|gennemført|udbedret|løst|lukket|afsluttet|rettet|på plads|gjennomført|utbedret|lukket|avsluttet|ferdig|på plass)(?![\p{L}])/iu;

const DEPENDS_FIELD_RE = /^[\s>*+-]*(?:\*\*|__)?([\p{L}][\p{L} ]{1,30}?)\s*[:：]?(?:\*\*|__)?\s*[:：]/u;
/** "**Függőség:** az E-02 …", "Depends: F-2": the id is a value of a dependency field on its line */
function dependsField(body: string, at: number): boolean {
  const line = body.slice(body.lastIndexOf('\n', at - 1) + 1, at);
  // ("- **前置依赖**：LM-02": the full-width colon)
  const m = DEPENDS_FIELD_RE.exec(line);
  if (m && factKind(m[1]) === 'depends') return true;
  if ((line.includes('**') || line.includes('__')) && runOnDependsLabel(line)) return true;
  // Convention: a German or European audit's finding parts opened by a run-in bold label closed by a full stop,
  // "**Abhängigkeit.** Die Korrektur setzt auf dem in FR-01 eingeführten …", "**Dependency.** Needs F-2 …": an id in
  // that part's paragraph, wrapped over lines, is a value of the dependency field
  const para = body.slice(Math.max(body.lastIndexOf('\n\n', at - 1) + 2, at - 800), at);
  const runIn = RUN_IN_LABEL_RE.exec(para);
  return !!runIn && factKind(runIn[1]) === 'depends';
}
const RUN_IN_LABEL_RE = /^[\s>]*(?:\*\*|__)([\p{L}][\p{L} ]{1,30}?)\.(?:\*\*|__)\s/u;
// Convention: a finding's fields run on in one paragraph, "**Öneri:** … çözülmelidir. **Bağımlılık:** MDB-04 …",
// "**Fix:** … **Depends on:** F-2": the last bold label before the id, after a sentence's end, names its field
const RUN_ON_LABEL_RE = /[.;!?]\s+(?:\*\*|__)([\p{L}][\p{L} ]{1,30}?)\s*[:：]?(?:\*\*|__)\s*[:：]?\s*$/u;
function runOnDependsLabel(line: string): boolean {
  const m = RUN_ON_LABEL_RE.exec(line);
  return !!m && factKind(m[1]) === 'depends';
}

const DEPENDENCIES_RE = /(?<![\p{L}])(?:after|once|depends on|blocked (?:by|on)|requires|needs|waits? (?:for|on|until))(?:\s+(?:fixing|item|finding))?[\s*_]+(\d{1,3}\.\d{1,3})(?![\w.]|\.\d)(?!\s*(?:%|(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|x|kb|mb|gb|k|percent|points?|pp)\b))/giu;
// Convention: an improvement or action plan whose corrective actions wait for another item's, named by its number at
// the end of a clause of completion, "Once downtime authority is established under AFI 1.2, develop …", "Following
// completion of the communications plan (AFI 4.1), add …" (HSEEP improvement plans, CAPA and audit action plans):
// the item waits for the one numbered so (the label before the number may be the plan's own, "AFI", "item", "action")
const ITEM_LABEL = String.raw`(?:(?:AFI|OFI|CA|IP item|item|finding|issue|recommendation|observation|(?:corrective )?action|area for improvement|gap)\s+)?`;
const DONE_UNDER_ITEM = new RegExp(String.raw`(?<![\p{L}])(?:once|after|when)\s[^\n.;!?]{1,100}?\s(?:is|are|has been|have been)\s+(?:\p{L}+\s+)?(?:established|completed?|done|in place|implemented|approved|finali[sz]ed|fixed|resolved|closed|adopted|issued|published|agreed|decided)\s+(?:under|in|by|per|through|via|as part of)\s+(?:the\s+)?${ITEM_LABEL}(\d{1,3}\.\d{1,3})(?![\w.]|\.\d)`, 'giu');
const COMPLETION_OF_ITEM = new RegExp(String.raw`(?<![\p{L}])(?:after|following|upon|on)\s+(?:the\s+)?(?:completion|implementation|adoption|approval|closure|close-?out|resolution|delivery)\s+of\s[^\n.;!?()]{1,100}?\(\s*${ITEM_LABEL}(\d{1,3}\.\d{1,3})\s*\)`, 'giu');
/** "after the fixes for 2 and 4", "after the fix for point 3": the numbers of the comments whose fixes come first */
const AFTER_FIXES_FOR = /\bafter\s+the\s+fix(?:es)?\s+(?:for|of|to)\s+(?:(?:comments?|points?|items?)\s+)?(#?\d{1,3}(?:(?:,\s*|,?\s+and\s+|\s*&\s*)#?\d{1,3})*)(?![\w%]|[.,]\d)/gi;
// (Convention: an action plan that numbers its actions names another by its number after the word "action", "Open —
// depends on action 3", "revise the plan once action 3 is complete", as fire risk assessments and audit action plans
// do: after the word of waiting, or after "once"/"after" with the noun, which a duration never has)
const BARE_NUMBER_WAIT_HINT = /wait|depends|blocked|builds?\s+on|on top of|(?:after|once) action/i;
const BARE_NUMBER_WAIT = /(?<![\p{L}])(?:(?:has|have|needs?) to wait (?:for|on)|waits? (?:for|on)|depends on|blocked (?:by|on)|builds? on|on top of|(?:after|once)(?=\s+actions?\s))\s+(?:(?:comment|point|item|actions?)\s+)?#?(\d{1,3})(?![\w%]|[.,]\d)(?!\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|x|more|other|of)\b)/giu;
const DEPENDENCIES_RE2 = /(?<![\p{L}\p{N}_])[\u0370-\u03ff\u0400-\u04ff][\p{Lu}\d]{0,9}-\d+(?![\p{L}\p{N}_])/gu;
// (Convention: an assessor's closure that waits on another finding's outcome, "Closure also depends on the resolution of
// ISA-F-03", "requires the closure of NC-2": the other finding's resolution or closure, as "the fix for" it)
// (Convention: the order put in brackets into a phrase that joins the two fixes, "fixed together with (after)
// Finding 1", "ship it alongside (but after) H-2": the bracket says which comes first, the other one)
const DEPENDENCIES_RE3 = /(?:\((?:and |but |i\.e\. |so )?(?:after|once)\)|depends on|blocked (?:by|on)|requires|after|once|needs|waits? (?:for|on|until)|builds?\s+on|on\s+top\s+of|reuses?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:work|fix|changes?|helpers?|code)\s+(?:from|of|in)|(?<![\p{L}])(?:dep[eè]n de|depende de|dépend de|dipende da|zależy od|závisí na|зависит от|залежить від))[\s:*_]+(?:fixing\s+|the (?:fix|resolution|closure|close-?out|remediation) (?:for|of)\s+|the\s+)?\[?$/iu;
const DEPENDENCIES_RE4 = /(?<![\p{L}])(?:ekki fyrr en|þegar)\s+$/iu;
const DEPENDENCIES_RE5 = /^\s+(?:er|eru|hefur verið|hafa verið)\s+(?:lokið|lokað|lagfært|leyst|klárað|staðfest)(?![\p{L}])/iu;
const DEPENDENCIES_RE6 = /(?<![\p{L}])(?:háð|háður|bíð(?:ur|a) eftir)[\s:*_]+$/iu;
const DEPENDENCIES_RE7 = /(?<![\p{L}])(?:setzt(?:\s+die\s+(?:Behebung|Korrektur|Umsetzung)\s+(?:von\s+)?)?|hängt\s+von)\s+$/iu;
const DEPENDENCIES_RE8 = /^\s+(?:voraus|ab)(?![\p{L}])/iu;
const DEPENDENCIES_RE9 = /(?<![\p{L}])setzt(?:\s+[\p{L}-]+){1,5}\s+$/iu;
const DEPENDENCIES_RE10 = /^(?:\s+[\p{L}-]+){0,2}\s+voraus(?![\p{L}])/iu;
const DEPENDENCIES_RE11 = /(?<![\p{L}])(?:(?:a |the )?prerequisite (?:for|of|to)|Voraussetzung (?:für|zur Behebung von))\s+$/iu;
/**
 * Convention: a negated promise or start with "before" the other finding is done, "cannot promise that before DB-06
 * is done", "won't start before K-2 has been fixed": as "until", the finding waits for the other
 */
const NOT_BEFORE = /\b(?:cannot|can't|can not|won't|will not|must not|should not|do not|don't)\s+(?:[\w'-]+\s+){0,8}?before\s+$/i;
const NOT_BEFORE_DONE = /^\s+(?:is|are|has been|have been|gets?)\s+(?:done|fixed|resolved|closed|merged|landed|completed|deployed|remediated)\b/i;
/** a backslash escape of Markdown punctuation, "\#", "\-", "\[" */
const MD_ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|])/g;
const DOTTED_REF = /^[A-Z]{2,5}\.\d{1,4}$/;
const DOTTED_REF_G = /(?<![\w.-])[A-Z]{2,5}\.\d{1,4}(?![\w-]|\.\d)/g;
export function dependencies(f: ParsedFinding, refIndex: Map<string, ParsedFinding>): void {
  const raw = f.body.length > 50000 ? f.body.slice(0, 50000) : f.body;
  // Convention: Markdown exported from Google Docs escapes the punctuation of plain text ("depends on \#2",
  // "blocked by \[H-1\]", "PLAT\-2210"): the escapes are read as the characters they stand for, so the
  // words before an id meet it as in Markdown written by hand
  const body = raw.includes('\\') ? raw.replace(MD_ESCAPE_RE, '$1') : raw;
  trackerLinks(f, body, refIndex);
  // "Blocked by `cloudtrail_cloudwatch_logging_enabled`: there is no log group …": a check id in code after a
  // dependency word names the finding with that id (scanners' check ids are words joined by _ - or .)
  if (f.ref && body.includes('`')) {
    for (const m of allMatches(body, /`([A-Za-z][\w.:-]{2,120})`/g)) {
      if (!/[_.:-]/.test(m[1])) continue;
      const other = refIndex.get(refKey(m[1]));
      if (!other || other === f || other.ref !== m[1]) continue;
      const before = body.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
      if (/(?:depends on|blocked (?:by|on)|requires|waits? (?:for|on|until))[\s:*_]+$/i.test(before) && !f.dependsOn.includes(other.ref!)) f.dependsOn.push(other.ref!);
    }
  }
  // ids as the report writes them: "BUG-A13", and "#7" / "Issue 7" / "finding 7" for numbered findings
  // (a review numbers its comments as points: "This depends on point 2", "point 2 has landed")
  // (and short ids of a letter or two and a number, "N4", written in capitals)
  // ("run the first drill after 2.4.1": an outline's number, "pillar.question.issue", names the finding numbered so)
  // ("IR-25-031-01", "SPI-SIAKAD-06": an id of several segments, a unit's or a system's before the number, whole)
  // (every id below counts only for a finding with an id of its own: without one, none is looked for)
  // Convention: a finding with no id of its own may still name, in a dependency field, the one it waits for
  // ("### [MITJANA] Els avisos …" over "- **Dependència:** QA-01"): only that field is read for it
  if (!f.ref) {
    if (!body.includes(':') && !body.includes('：')) return;
    for (const m of allMatches(body, /\b[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))*-[A-Z]{0,3}\d+\b/g)) {
      const other = refIndex.get(refKey(m[0]));
      if (other && other !== f && other.ref && dependsField(body, m.index ?? 0) && !f.dependsOn.includes(other.ref)) f.dependsOn.push(other.ref);
    }
    return;
  }
  // Convention: a review that numbers its items by section, "1.1" … "5.2", names one as a step before another,
  // "Do this **after 2.1** — both change the same factory", "depends on 3.2": a number of two parts names a
  // finding only in a report whose own ids are of that shape, and only right after the dependency word
  // ("retry after 1.5 seconds" names no finding)
  if (/^\d{1,3}\.\d{1,3}$/.test(f.ref)) {
    const clauses = /\b(?:once|after|when|following|upon)\s/i.test(body) ? [...allMatches(body, DONE_UNDER_ITEM), ...allMatches(body, COMPLETION_OF_ITEM)] : [];
    for (const m of [...allMatches(body, DEPENDENCIES_RE), ...clauses]) {
      const other = refIndex.get(m[1]);
      if (other && other !== f && other.ref === m[1] && !f.dependsOn.includes(m[1])) f.dependsOn.push(m[1]);
    }
  }
  // Convention: a review that numbers its comments names another by its bare number after the word of waiting,
  // "This has to wait for 1: the model from 1 will be migration 0042", "depends on 3", "builds on 2": only in a
  // report whose own ids are bare numbers, and only right after the dependency word ("wait for 5 minutes" names none)
  if (/^\d{1,3}$/.test(f.ref) && BARE_NUMBER_WAIT_HINT.test(body)) {
    for (const m of allMatches(body, BARE_NUMBER_WAIT)) {
      const other = refIndex.get(`#${m[1]}`);
      if (other && other !== f && other.ref === m[1] && !f.dependsOn.includes(m[1])) f.dependsOn.push(m[1]);
    }
  }
  // Convention: the same review saying a comment's work goes in after the fixes of others it names by number, "Write
  // these tests after the fixes for 2 and 4", "after the fix for 3": each one named waits to be fixed first
  if (/^\d{1,3}$/.test(f.ref) && body.includes('fix') && body.includes('after')) {
    for (const m of allMatches(body, AFTER_FIXES_FOR)) {
      for (const n of m[1].match(/\d{1,3}/g) ?? []) {
        const other = refIndex.get(`#${n}`);
        if (other && other !== f && other.ref === n && !f.dependsOn.includes(n)) f.dependsOn.push(n);
      }
    }
  }
  const ids = allMatches(body, /\b[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))*-[A-Z]{0,3}\d+\b|(?<![\w#])#\d+\b|\b(?:issue|finding|bug|item|point)\s+#?\d+\b|(?<![\w.-])[A-Z]{1,2}\d{1,5}(?![\w-])|(?<![\w.])\d{1,3}(?:\.\d{1,3}){2,3}(?![\w]|\.\d)/gi);
  // (Convention: a scanner export's findings named by their instance hash, Fortify's 32 hex digits (REF_HASH): looked
  // for only when this finding's own id is one)
  if (REF_HASH.test(f.ref)) ids.push(...allMatches(body, HEX_REF_G));
  // (Convention: an audit's graded ids with a full stop, "NC.02", "OBS.01" (vocab, findIssueRef): "depois de atualizado
  // o registo (NC.04)" names another: looked for only when this finding's own id is one)
  if (DOTTED_REF.test(f.ref)) ids.push(...allMatches(body, DOTTED_REF_G));
  // (Convention: a test-management tool's case ids, TestRail's "C4711", a letter and up to five digits: "blocked by
  // C4711" names the case whose defect this one waits for)
  // ("Исправити тек после МБ-03": an id in Cyrillic or Greek capitals, looked for only when the text has such letters)
  if (CYRILLIC_GREEK.test(body)) ids.push(...allMatches(body, DEPENDENCIES_RE2));
  // (Convention: findings numbered by category and item, "2-2" (heading.ts, CATEGORY_ITEM), as Japanese diagnosis
  // reports name the one a fix waits for, "本件は2-2の対応完了後に実施": looked for only when this finding's id is one)
  const pair = CATEGORY_ITEM_ID.test(f.ref);
  if (pair) ids.push(...allMatches(body, CATEGORY_ITEM_IN));
  // (Convention: a statutory examination report numbers defects by equipment and serial, "L3/1" (heading.ts), and
  // names the one a test waits for, "to be witnessed after L3/1 has been remedied": looked for only when this
  // finding's id is one)
  const unit = UNIT_ITEM_ID.test(f.ref);
  if (unit && body.includes('/')) ids.push(...allMatches(body, UNIT_ITEM_IN));
  // (Convention: an inspection numbers defects by its report's number and a serial, "0417/12" (vocab.ts
  // REPORT_SERIAL_ID), and cites the one a repair waits for so: looked for only when this finding's id is one)
  const serial = REPORT_SERIAL_ID.test(f.ref);
  if (serial && body.includes('/')) ids.push(...allMatches(body, REPORT_SERIAL_IN));
  // (Convention: a checklist assessment names its items by a code of letters alone, "[SI] SQL 인젝션", "[XS] …" (the
  // Korean KISA web checklist, audit control codes "AC", "CM"), and a note names the item by it, "SI 항목 조치 시 …":
  // looked for only when this finding's id is one, and only a code that is another finding's own id, exactly)
  const letters = LETTER_CODE_REF.test(f.ref);
  if (letters) ids.push(...allMatches(body, LETTER_CODE_G));
  // (a Turkish clause of dependence, TR_DEPENDS_CLAUSE: looked for only in a body that says "bağlı")
  const trDepends = body.includes('bağlı');
  for (const m of ids) {
    const short = /^[A-Za-z]{1,2}\d/.test(m[0]);
    if (short && m[0] !== m[0].toUpperCase()) continue;
    const key = CYRILLIC_GREEK.test(m[0][0]) ? m[0].toLowerCase() : (pair && CATEGORY_ITEM_ID.test(m[0])) || (unit && UNIT_ITEM_ID.test(m[0])) || (serial && REPORT_SERIAL_ID.test(m[0])) || short || HEX_REF.test(m[0]) || /^[A-Z][A-Z0-9]{0,9}-/i.test(m[0]) ? refKey(m[0]) : /^\d+(?:\.\d+)+$/.test(m[0]) ? m[0] : `#${m[0].replace(/\D+/g, '')}`;
    const other = refIndex.get(key) ?? refIndex.get(refKey(m[0]));
    if (!other || other === f || !f.ref) continue;
    if (letters && LETTER_CODE_REF.test(m[0]) && other.ref !== m[0]) continue;
    const before = body.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const sentence = body.slice(Math.max(0, (m.index ?? 0) - 160), m.index);
    const after = body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    // "BUG-A13 … requires …", "Fix for BUG-A10 would crash without this": the other must come first;
    // "would / will / cannot … without" is how writers say one fix needs another
    // Convention: this finding named the other's prerequisite, "the upgrade is a prerequisite for F-03", "jedoch
    // Voraussetzung für EDB-03" (German): the other's fix waits for this one
    // (not when a dependency word already leads to the id: "blocked on AI-04 (needs a health signal first)" says
    // why this one waits for it, not that the other needs this one)
    // Convention: a note that orders two fixes by name, "so do MUT-02 before MUT-05", "land A-3 before A-7": the
    // one named after "before" waits for the one named first (which may be this finding or another)
    const ordered = before.includes('before') ? DO_X_BEFORE.exec(before) : null;
    const first = ordered ? refIndex.get(refKey(ordered[1])) : undefined;
    if (first && first !== other && first.ref) {
      if (!other.dependsOn.includes(first.ref)) other.dependsOn.push(first.ref);
      continue;
    }
    // Convention: a note over two findings that orders them with the other as subject, "The cipher list (4.2.12) must
    // roll out **after** 4.2.6 is live", "R-7 can only ship once R-2 has landed": the subject waits for the one named
    const later = after.includes('after') || after.includes('once') ? GOES_AFTER.exec(after) : null;
    const prior = later ? refIndex.get(later[1]) ?? refIndex.get(refKey(later[1])) : undefined;
    if (prior && prior !== other && prior.ref && refKey(prior.ref) === refKey(later![1])) {
      if (!other.dependsOn.includes(prior.ref)) other.dependsOn.push(prior.ref);
      continue;
    }
    if ((NEEDS_AFTER_FIX.test(after) && !DEPENDENCIES_RE3.test(before)) || (/\bfix (?:for|of)\s*$/i.test(before) && NEEDS_AFTER.test(after)) || DEPENDENCIES_RE11.test(before) || (before.includes('before') && LAND_BEFORE.test(before))) {
      if (!other.dependsOn.includes(f.ref)) other.dependsOn.push(f.ref);
    // ("depends on [H-1] being in place": audits write the other finding's id in brackets)
    } else if (DEPENDENCIES_RE3.test(before) ||
      // ("The fix should reuse the output-encoding work from CRV-02", "builds on F-3": one fix is made from another's)
      // ("can't be cleared until RN-01 is resolved": it waits for the other to be done; "depèn de L-06", "dépend de
      // F-2": "depends on" in Catalan, Spanish, French, Italian, Polish, Czech, Russian and Ukrainian)
      // ("retest was blocked by the HM-1181 crash": the other finding named as a thing, after "the"; "cannot be
      // verified until HM-1185 lands": a fix that lands or ships, as engineers say a change is merged)
      // ("This only works once the cursor is correct, so fix #4 first": the other is to be fixed before this one)
      // ("This should reuse the helper I'm suggesting for #1 — so do #1 first": "do" it, as a reviewer says of a task)
      (/\b(?:fix|land|merge|resolve|address|do|tackle)\s+$/i.test(before) && /^\s+first\b/i.test(after)) ||
      (/\sfirst\b/i.test(after) && FIRST_LIST_BEFORE.test(before) && FIRST_LIST_AFTER.test(after)) ||
      // Convention: the other finding as the subject of an order of work, "reuses the expiry check added for FM-1,
      // so FM-1 should land first", "FM-2 must be fixed first": it comes before this one
      FIRST_SUBJECT.test(after) || (FIRST_WORD_BEFORE.test(before) && FIRST_WORD_VERB.test(after)) || (before.includes('primero') && FIRST_ES_BEFORE.test(before)) || (before.includes('先') && FIRST_ZH_BEFORE.test(before)) ||
      // Convention: what this fix waits for named as the other finding's piece of work, "the fix depends on the
      // `srl_check_span()` refactor done for GF-SRL-01", "Enable it after the ConfigMap clean-up in PLT-08"
      WORK_OF.test(sentence) ||
      // (Convention: a prerequisite stated, then the finding that covers it cited, "`audit_log` needs a primary key
      // first, see R10", "requires the upgrade first (see UP-2)": the one cited is done before this one)
      (/\b(?:see|cf\.)\s+$/i.test(before) && FIRST_SEE.test(sentence)) ||
      // ("we cannot promise it before DB-06 is done": a thing refused until the other is done waits for it)
      (/\bbefore\s+$/i.test(before) && NOT_BEFORE.test(sentence) && NOT_BEFORE_DONE.test(after)) ||
      // (Convention: the other's id set in bold, "until **QD-7** is in", and "is in" as engineers say a change is
      // merged: it waits for the other to land)
      (UNTIL_BEFORE.test(before) && (UNTIL_DONE_AFTER.test(after) || UNTIL_DECIDED_AFTER.test(after))) ||
      // (Convention: the other named, then an order to do it first by a pronoun, "closed by the same upgrade as
      // CVE-2024-7646 — **do that one first**", "same change as R-3; fix that first")
      THAT_ONE_FIRST.test(after) ||
      (before.includes('until') && UNTIL_THE_BEFORE.test(before) && UNTIL_ITS_FIX_AFTER.test(after)) ||
      (sentence.includes('until') && (UNTIL_WORKS_AT.test(sentence) || UNTIL_WORK_IN.test(sentence) || UNTIL_PLAN_FOR.test(sentence)) && UNTIL_DONE_AFTER.test(after)) ||
      (sentence.includes('until') && UNTIL_DECISION_UNDER.test(sentence)) ||
      // (Icelandic: "hefst ekki fyrr en FG-7 er lokið", not before it is done; "háð FG-7", "bíður eftir FG-7")
      (DEPENDENCIES_RE4.test(before) && DEPENDENCIES_RE5.test(after)) ||
      DEPENDENCIES_RE6.test(before) ||
      // (German, the other id inside the verb: "**setzt K-01 voraus**" presupposes K-01, "setzt die Behebung von
      // K-01 voraus", "hängt von K-04 ab" depends on it)
      (DEPENDENCIES_RE7.test(before) && DEPENDENCIES_RE8.test(after)) ||
      // (the verb's bracket holding a longer object, a few words about the other's fix around its id: "setzt aber das
      // Upgrade aus SR-07 voraus", "setzt den Fix für K-02 voraus": one clause, no stop between)
      // (Swedish, Danish, Norwegian: "efter att … 5.1.1 är genomförd", "Förutsätter att 5.3.1 är åtgärdad")
      (NORDIC_DONE_AFTER.test(after) && NORDIC_AFTER_BEFORE.test(sentence)) ||
      (after.includes('voraus') && DEPENDENCIES_RE9.test(sentence) && DEPENDENCIES_RE10.test(after)) || AFTER_BEFORE.test(before) || AFTER_AFTER.test(after) || (after.includes('sonra') && AFTER_TR_CLAUSE.test(after)) || (trDepends && TR_DEPENDS_CLAUSE.test(body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200))) || (KO_FIX_OF.test(after) && KO_WORK_OF_AFTER.test(body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200))) || AFTER_JA.test(after) || AFTER_NAMED.test(sentence) || DEPENDS_LIST.test(sentence) || (short && DEPENDS_LIST_SHORT.test(sentence)) || (before.includes('\u0628\u0639\u062F') || before.includes('\u0639\u0642\u0628') || before.includes('\u064A\u0639\u062A\u0645\u062F') ? DEPENDS_LIST_AR.test(sentence) : false) || dependsField(body, m.index ?? 0)) {
      if (!f.dependsOn.includes(other.ref!)) f.dependsOn.push(other.ref!);
    }
  }
}

/**
 * Convention: a finding's note that its own fix goes in ahead of another's, "Has to land before K-02 can use the
 * key", "must be merged before F-9": the other waits for this one (a triage table's notes order fixes so)
 */
const LAND_BEFORE = /\b(?:has to|have to|must|needs? to|should)\s+(?:land|go in|ship|be\s+(?:merged|fixed|landed|done|in place))\s+before\s+[*_\x60]*$/i;
const DO_X_BEFORE = /\b(?:do|fix|land|merge|ship|tackle|address|resolve)\s+[*_\x60]*([A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))*-[A-Z]{0,3}\d+|#\d+)[*_\x60]*\s+before\s+[*_\x60]*$/i;
const GOES_AFTER = /^[)\]*_\x60]*\s+(?:must|should|has to|have to|needs? to|can only|may only|is to|will)\s+(?:[\w-]+\s+){0,2}?[*_]*(?:after|once)[\s*_\x60]+(#\d+|[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))*-[A-Z]{0,3}\d+|\d{1,3}(?:\.\d{1,3}){1,3})(?![\w-]|\.\d)/;
const HEX_REF_G = /\b[0-9A-F]{16,64}\b/g;
const HEX_REF = /^[0-9A-F]{16,64}$/;
const UNTIL_BEFORE = /\buntil[\s*_]+$/i;
// Convention: a fix held until the approach to another finding is chosen, "holding until Bug 2 approach is decided",
// "parked until RV-4's design is agreed": the other's fix comes first
const UNTIL_DECIDED_AFTER = /^[*_]*(?:['’]s)?\s+(?:approach|design|direction|fix|solution|option|plan)\s+(?:is|has been|gets|was)\s+(?:decided|agreed|chosen|settled|approved|finali[sz]ed|picked)\b/i;
const THAT_ONE_FIRST = /^[*_\x60]*\s*(?:[—–]|--?|[,;:])\s*(?:so\s+)?[*_]{0,2}(?:do|fix|land|ship|merge|tackle)\s+that(?:\s+one)?\s+first\b/i;
// (Convention: an inspection or maintenance report's hold on physical work, "no jacking on G3 until D-4 is
// repaired", "not to be re-energised until E-2 is replaced": the repair or replacement is the other's fix)
// (and "This item cannot be closed until D-04 is complete": the other's works complete, said with the adjective)
// (or finished, "until the re-hanging work in SSI-1 is finished": the works brought to their end)
// (Convention: a snagging list holds one trade's work for another's to be passed, "L3-004/03 cannot be done until
// L3-004/02 is inspected and accepted": the other inspected or accepted, as a clerk of works signs a snag off)
// (Convention: an inspection's hold on a sign-off or certificate until the works of another item are done, "Pest
// control sign-off for S3 cannot be given until the proofing works at B2 are completed", "the certificate cannot be
// issued until the remedial works to item C4 are complete": the other named as the place of the works)
const UNTIL_WORKS_AT = /\b(?:cannot|can't|can not|will not|won't|may not|must not)\s+be\s+(?:given|issued|granted|signed[- ]off|closed|cleared|completed|verified|lifted)\s+until\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:works?|repairs?|proofing|remedial works?)\s+(?:at|for|to|on|under|in)\s+(?:item\s+)?[*_]*$/i;
// (Convention: an audit's management action plan held on another issue's piece of work, "this action cannot be
// completed until the re-tiering in TPRM-02 is done", "cannot start until the reconciliation under IA-3 is complete":
// the named work, a gerund or a remediation noun, is the other issue's fix)
// (and the hold said as waiting, an inspection's action on site works, "Re-lining must wait until the aisle 14 rework
// in OBS-01 is complete", "has to wait until the repairs under F-3 are done": the rework or repair is the other's)
const UNTIL_WORK_IN = /\b(?:(?:cannot|can't|can not|will not|won't|may not|must not)\s+be\s+(?:completed|closed|started|finished|delivered|implemented|done|begun)|(?:must|should|shall|will|has to|have to|needs? to)\s+wait)\s+until\s+the\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+ing|work|rework|repairs?|remediation|reconciliation|fix|clean-?up|migration|upgrade|review)\s+(?:in|for|under|of|from)\s+[*_]*$/i;
// (Convention: a monitoring or audit report holds one finding's action on a party's pending decision about the matter of
// another, "Reconciliation cannot be finished until the sponsor decides what happens to the quarantined kits under
// F-04", "cannot be closed until QA confirms the disposition of the batches in NC-3": the decision is the other
// finding's to make, so this one waits for it)
const UNTIL_DECISION_UNDER = /\b(?:cannot|can't|can not|will not|won't|may not|must not)\s+be\s+(?:completed|closed|finished|finali[sz]ed|started|done|reconciled|signed[- ]off)\s+until\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:decides?|confirms?|determines?|rules?|agrees?|approves?|assesses)\s+(?:[\w-]+\s+){0,8}?(?:under|in|for|from)\s+[*_]*$/i;
// (Convention: a regulator's audit holds one finding's closure on the corrective action submitted for another being
// accepted, "closure of NC-05 will not be considered until the revised tool control procedure submitted for NC-01 has
// been accepted", "… until the CAP for F-2 is approved" (EASA Part-145/ORA oversight, ISO certification audits): the
// procedure, plan or evidence is the other finding's corrective action)
const UNTIL_PLAN_FOR = /\buntil\s+the\s+(?:[\w-]+\s+){0,5}?(?:procedures?|cap|corrective action(?: plan)?|action plan|plan|response|submission|revision|amendment|evidence|root cause analysis)\s+(?:(?:submitted|raised|proposed|provided|required|agreed|sent)\s+)?(?:for|under|against|in response to)\s+[*_]*$/i;
// Convention: an audit note or review holds its own step until the other's fix is done, the other's id naming the fix
// it owns, "we will not be able to test the retrospective review until the E-01 feed fix is complete", "cannot close
// this until the H-2 patch is deployed": the fix is the other finding's, so this one waits for it
const UNTIL_THE_BEFORE = /\buntil\s+the\s+[*_\x60]*$/i;
// (Convention: the other's fix named as the change it makes to a system, "Cannot be implemented until the F-04 BISG
// update is in production", "until the R-2 schema change is deployed": the update or change is the other's fix)
const UNTIL_ITS_FIX_AFTER = /^[*_\x60]*\s+(?:[\w-]+\s+){0,2}?(?:fix(?:es)?|remediation|patch|correction|rework|migration|upgrade|update|change|clean-?up)\s+(?:(?:is|are|has been|have been|gets?)\s+(?:complete|completed|done|finished|deployed|merged|landed|released|implemented|verified|live|in(?=\s*(?:[,.;:)]|$|place\b|production\b)))|(?:lands?|ships?|goes live)\b)/i;
const UNTIL_DONE_AFTER = /^[*_]*\s+(?:(?:is|are|has been|have been|gets?)\s+(?:(?:resolved|fixed|closed|cleared|merged|done|landed|verified|repaired|replaced|completed?|remediated|corrected|finished|inspected|accepted|signed[- ]off)\b|in(?=\s*(?:[,.;:)]|$|place\b)))|(?:lands?|ships?)\b)/i;

const CARRY_OVER = /\b(?:re-?raised|raised again|repeat(?:ed)?(?: finding)?|carried (?:over|forward)|brought forward|reissued)\b/i;
const namesRef = (body: string, ref: string): boolean => {
  const at = body.indexOf(ref);
  return at >= 0 && !/[\w-]/.test(body[at - 1] ?? '') && !/[\w]/.test(body[at + ref.length] ?? '');
};
function carriedOver(a: Draft, b: Draft): boolean {
  return (CARRY_OVER.test(a.f.body) && namesRef(a.f.body, b.f.ref!)) || (CARRY_OVER.test(b.f.body) && namesRef(b.f.body, a.f.ref!));
}
/** Detailed findings plus the mentions that name them: one draft per finding. */
export function mergeDrafts(drafts: Draft[], mentions: Draft[], newestFirst = false): Draft[] {
  const byRef = new Map<string, Draft>();
  const allByRef = new Map<string, Draft[]>();
  const merged: Draft[] = [];
  const scopesSeen = new Set<number>();
  const addDraft = (d: Draft) => {
    scopesSeen.add(d.scope);
    const key = d.f.ref && d.f.ref !== '' ? `${d.scope}|${refKey(d.f.ref)}` : null;
    const prior = key ? byRef.get(key) : undefined;
    const same = key ? allByRef.get(key)?.find((p) => wordsClose(p, d)) : undefined;
    // the same id twice: one finding when a mention names it, when both texts name the same thing, or
    // when the later one sits in an update of the report ("## BUG UPDATE" > "### Bug #1: … - FIXED")
    if (prior && ((!d.detailed && !/^\d+(\.\d+)*$/.test(d.f.ref ?? '')) || same || d.update)) {
      if (same) mergeInto(same, d);
      else if (d.update) prior.statusOwn = d.statusOwn ?? prior.statusOwn;
      else mergeInto(prior, d);
      return;
    }
    if (key && !prior) byRef.set(key, d);
    if (key) allByRef.set(key, [...(allByRef.get(key) ?? []), d]);
    merged.push(d);
  };
  for (const d of drafts) addDraft(d);
  // words of detailed titles -> drafts, by scope (prefix of 4 letters, as overlap() compares prefixes)
  const wordIndex = new Map<string, number[]>();
  merged.forEach((d, i) => {
    for (const w of d.words) {
      const k = `${d.scope}|${w.slice(0, 4)}`;
      const list = wordIndex.get(k);
      if (list) list.push(i);
      else wordIndex.set(k, [i]);
    }
  });
  const byUrl = new Map<string, Draft>();
  // notes on findings named by number, and other mentions by id that are no findings themselves, are
  // placed once every record that may be their finding is known: a triage log names a finding in a later
  // section above the one that first lists it, when its releases run newest first
  const later: Draft[] = [];
  const first: Draft[] = [];
  // (a triage table on top of a scanner's report says where each alert stands before the report lists them)
  for (const m of mentions) (m.note || !m.standalone ? later : first).push(m);
  // (newest first: the notes are applied oldest first, so the latest one says where the finding stands)
  const noted = new Set<Draft>();
  const ordered = [...first, ...(newestFirst ? later.reverse() : later)];
  for (const m of ordered) {
    let target: Draft | undefined;
    if (m.note && m.f.ref) {
      const t = byRef.get(`${m.scope}|${refKey(m.f.ref)}`) ?? byRef.get(`0|${refKey(m.f.ref)}`);
      if (t && t !== m) {
        // (a note does not undo the state a record states itself; a later note does another's, and so does a
        // note in a later update of the report, "## Update 16:10" > "- WRN-3307 — **Fixed** in rc5")
        if (m.statusOwn && (!t.statusOwn || noted.has(t) || m.update)) t.statusOwn = m.statusOwn;
        noted.add(t);
        if (m.note.sev) t.sevFact = { sev: m.note.sev, text: m.note.sev };
        if (t.blocksMention === null) t.blocksMention = m.blocksMention ?? m.blocksOwn;
        t.f = { ...t.f, body: `${t.f.body}\n\n${m.f.body}` };
        t.stated = (t.stated ?? 1) + 1;
        continue;
      }
    }
    // Convention: a regression list's line on a finding the report lists nowhere else, "- EMB-1355 · Controller
    // vibration persists — still reproduces, bumped to S3": the level it was moved to rates it
    if (m.note?.sev && !m.sevFact && !m.sevMention) m.sevFact = { sev: m.note.sev, text: m.note.sev };
    if (m.f.ref) target = byRef.get(`${m.scope}|${refKey(m.f.ref)}`) ?? byRef.get(`0|${refKey(m.f.ref)}`);
    // Convention: a review numbers each group's comments from 1 ("### 🚫 Blocking" > "#### 1. SQL built …",
    // "### 💡 Consider" > "1. **`driver_id` used as a label**"): a record of its own whose number repeats one in
    // another group, about other things, is another finding, not a note on the first
    if (target && m.standalone && m.prov?.kind === 'item' && /^\d{1,3}$/.test(m.f.ref ?? '') && target.f.category && m.f.category && target.f.category !== m.f.category && !wordsClose(target, m)) target = undefined;
    // "[Arbitrary command execution …](…/GHSA-35rf…)" in a table and "CVE-2021-41254: [Privilege
    // escalation …](…/GHSA-35rf…)" in the text: one advisory linked twice
    if (!target && m.url) {
      const t = byUrl.get(m.url);
      if (t && !(t.prov && m.prov && t.prov.set !== null && t.prov.set === m.prov.set)) target = t;
    }
    if (!target && m.words.length) {
      let best = 0;
      let second = 0;
      const cands = new Set<number>();
      // (a note on the document's own level, "## Triage" under its title, speaks of the reports pasted
      // below it: "# ZAP Scanning Report" starts a scope of its own, which the note's rows name)
      const scopes = !m.standalone && m.scope === 0 ? scopesSeen : [m.scope];
      for (const sc of scopes) {
        for (const w of m.words) {
          for (const i of wordIndex.get(`${sc}|${w.slice(0, 4)}`) ?? []) {
            cands.add(i);
            if (cands.size > 400) break;
          }
        }
      }
      for (const i of cands) {
        const d = merged[i];
        if (!d.detailed && d.prov && m.prov && d.prov.set !== null && d.prov.set === m.prov.set) continue; // siblings are distinct records
        // two records about different files are two findings, however alike their words ("Change this code to
        // not construct … from user-controlled data" in two files)
        if (inDifferentFiles(d, m)) continue;
        // ("**QW-2293 — Sequential scan on `invoices` for the open-invoice count** · state: `dup` of QW-2291" beside
        // "**QW-2291 — Sequential scan on `invoices` … for every account lookup**": two tracker ids are two records,
        // however alike their titles; a duplicate says so in its status)
        // (and a reviewer's labels, "[B1] blocker — Outbox row is marked published …" beside "major — No retention
        // for published outbox rows *(M3)*": two labels of a letter and a number are two comments)
        if (d.f.ref && m.f.ref && d.f.ref !== m.f.ref && (TRACKER_REF.test(d.f.ref) || SHORT_LABEL.test(d.f.ref)) && (TRACKER_REF.test(m.f.ref) || SHORT_LABEL.test(m.f.ref)) && m.prov?.kind !== 'row' && d.prov?.kind !== 'row') continue;
        // Convention: a follow-up names the previous occasion's item a current finding repeats, "Re-raised as F-08"
        // beside "**F-08 — …** Repeat finding, carried over from IMV #3 (AI-03-04)": the old item and the new finding
        // are two records under two ids, however alike their words
        if (d.f.ref && m.f.ref && d.f.ref !== m.f.ref && carriedOver(d, m)) continue;
        // Convention: a review's findings table and its detail sections number the same findings in one scheme
        // ("| F-01 | … Outbound any-any rule from trust to untrust |" beside "### 4.1 F-02 — Temporary vendor rule
        // permits any service from untrust to inside"): two ids of one prefix are two findings, however alike
        // their words, a table row as much as a heading
        if (d.f.ref && m.f.ref && d.f.ref !== m.f.ref && TRACKER_REF.test(d.f.ref) && TRACKER_REF.test(m.f.ref) && sameIdPrefix(d.f.ref, m.f.ref)) continue;
        // Convention: an audit by criterion numbers each record by the criterion it fails ("**Critère 3.2 – Dans chaque
        // page web, le contraste … (hors cas particuliers) ?**" beside "**Critère 11.10 – Dans chaque formulaire, … (hors
        // cas particuliers) ?**"): the grid's questions share their phrasing; two records of one kind under two outline
        // numbers are two criteria
        // (Convention: a benchmark's check tables, one per section, name each failed control by its number and its
        // stock wording, "| 5.1.5 | Ensure that default service accounts are not actively used | WARN |" beside "|
        // 5.7.4 | The default namespace should not be used | WARN |": two control numbers are two controls)
        if (d.f.ref && m.f.ref && d.f.ref !== m.f.ref && d.prov && d.prov.kind === m.prov?.kind && (d.prov.kind !== 'row' || (d.control && m.control)) && OUTLINE_NUMBER.test(d.f.ref) && OUTLINE_NUMBER.test(m.f.ref)) continue;
        // Convention: a summary's line restates a finding detailed below in a sentence of its own ("- **Critical:**
        // the invoice export endpoint builds raw SQL from a query parameter." over "### 1. SQL injection in invoice
        // export (Critical)"): the detailed title's words are in the sentence, when their ratings agree
        let sc = overlap(m.words, d.words);
        if (sc < 0.6 && m.restates && d.detailed && d.words.length >= 3 && !sevDiffers(m, d)) sc = Math.max(sc, overlap(d.words, m.words));
        if (sc > best) {
          second = best;
          best = sc;
          target = d;
        } else if (sc > second) second = sc;
      }
      if (best < 0.6 || best === second) target = undefined;
    }
    // (a retest row that names another record of the report, "Not fixed — reported again as LC3-02", is a note on it)
    const orphan = !target && m.orphanRow && !!m.f.ref && !(m.f.body.match(/\b[A-Z][A-Z0-9]{0,9}-\d{1,6}\b/g) ?? []).some((id) => id !== m.f.ref && (byRef.has(`${m.scope}|${refKey(id)}`) || byRef.has(`0|${refKey(id)}`)));
    if (orphan) m.standalone = true;
    if (target) mergeInto(target, m);
    else if (m.standalone) {
      addDraft(m);
      if (m.url && !byUrl.has(m.url)) byUrl.set(m.url, m);
      const i = merged.indexOf(m);
      if (i >= 0) for (const w of m.words) {
        const k = `${m.scope}|${w.slice(0, 4)}`;
        const list = wordIndex.get(k);
        if (list) list.push(i);
        else wordIndex.set(k, [i]);
      }
    }
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** Final findings: severity by precedence (own line > table/bullet > heading > section), dependsOn. */
export function finishFindings(merged: Draft[]): ParsedFinding[] {
  const findings: ParsedFinding[] = [];
  const refIndex = new Map<string, ParsedFinding>();
  for (const d of merged) {
    const f = d.f;
    const sv = d.sevFact ?? d.sevMention ?? d.sevHeading ?? d.sevSection;
    f.severity = sv?.sev ?? null;
    f.severityText = sv?.text ?? d.mark ?? null;
    f.blocksDeployment = d.blocksOwn ?? d.blocksMention ?? null;
    f.status = d.statusOwn ?? 'open';
    if (!f.title.trim()) continue;
    if (d.prov) {
      f.source = { kind: d.prov.kind, startLine: d.prov.startLine, endLine: d.prov.endLine, set: d.prov.set, reasons: d.prov.reasons, ...d.prov.where };
      f.confidence = confidence(d);
    }
    findings.push(f);
    if (f.ref && /[A-Za-z]/.test(f.ref)) refIndex.set(refKey(f.ref), f);
    // ("МБ-03", "ΕΥΡ-04": an id in Cyrillic or Greek capitals keeps its letters, which refKey would drop)
    else if (f.ref && CYRILLIC_GREEK.test(f.ref)) refIndex.set(f.ref.toLowerCase(), f);
    // ("2.4.1": a finding numbered in an outline three levels deep or more)
    // ("1.1", "2.1": a finding numbered by its section, named only right after a dependency word, dependencies)
    if (f.ref && /^\d{1,3}(?:\.\d{1,3}){1,3}$/.test(f.ref)) refIndex.set(f.ref, f);
    // ("2-2": a finding numbered by category and item, named so where another waits for it)
    // ("0417/12": a defect numbered by its report's number and a serial, REPORT_SERIAL_ID)
    else if (f.ref && (CATEGORY_ITEM_ID.test(f.ref) || REPORT_SERIAL_ID.test(f.ref))) refIndex.set(refKey(f.ref), f);
    // "7", "#7", "Issue 7": a numbered finding is named "#7" elsewhere
    const num = f.ref ? /^(?:#|(?:issue|finding|bug|item)\s*#?)?\s*(\d+)$/i.exec(f.ref) : null;
    if (num && !refIndex.has(`#${num[1]}`)) refIndex.set(`#${num[1]}`, f);
  }
  if (refIndex.size) for (const f of findings) dependencies(f, refIndex);
  return findings;
}

/**
 * 0..1: how sure the extractor is, from what the record states. A heading or record that names its
 * severity, id and location and is stated twice (a summary row and a section) is near certain; one
 * taken only because its set or group heading holds findings is worth a look in the import review.
 */
export function confidence(d: Draft): number {
  const f = d.f;
  let c = 0.45;
  if (d.sevFact || d.sevMention || d.sevHeading) c += 0.15;
  else if (d.sevSection) c += 0.05;
  if (f.ref) c += 0.1;
  if (f.locations.length) c += 0.1;
  if (d.statusOwn) c += 0.05;
  if (d.detailed) c += 0.1;
  if ((d.stated ?? 1) > 1) c += 0.1;
  return Math.round(Math.min(0.98, c) * 100) / 100;
}
