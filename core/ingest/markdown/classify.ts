// Which sections are findings: structure (ids, severity, facts, finding parts), not wording.
import type { Severity } from '../../../shared/types';
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { titleOverFields, type Section } from './sections';
import { factKind, FINDING_NOUN, greekLoose, severityFromValue, GROUP_LABEL, groupSeverity, isGenericTitle, isPartTitle, remedyGroup, reviewTier, severityGroupTitle, statusGroupTitle } from './vocab';
import { derivedSeverityFact, factSeverity, levelNumber, ownRatingWord } from './draft';
import { gradeNamedGroup, rootOf, schemeGroupSeverity, schemeSeverity } from './scheme';
import { yamlRecordMaps } from './yaml';
import { statusFromText } from './status-words';
import { oneSidedBounds } from './bounds';
import { memoMap } from './memo';
import { literalGate } from './prefilter';
import { LINE_REF } from './locations';
import { dayHeadedPlan } from './plan';
import { allMatches } from './all-matches';
import { unmarked } from './unmarked';

/**
 * Titles of a report's own fix order, by language ("Fix order", "Ordinea de remediere recomandată",
 * "Javasolt javítási sorrend"). A language is added here.
 */
const FIX_ORDER_WORDS: Record<string, string[]> = {
  // (Convention: a hardware design review closes on "## 7. Action list before the Rev B spin" over bold labelled
  // lists, "**7.1 Schematic changes (Daniel, by 10-Mar)**", "**7.3 Release**": the stages the fixes go in before the
  // next board spin, read as "Action items")
  // (Convention: a secret scan's triage closes on the order its live credentials are rotated in, "## Rotation order",
  // "Key rotation sequence", "Revocation order" over "**Wave 1 — today**" and its list: each wave the leaks it
  // rotates, the order the fixes go in, as "Upgrade order")
  // ("Improvement plan", the Well-Architected Tool's name for it; "Remediation waves"; "Order of work")
  // ("Mitigation sequence", "Mitigation plan": risk assessments mitigate risks rather than fix them)
  // ("Path to GO", "Path to green": a go/no-go report's steps from its NO-GO to a release)
  // ("## Plan to GA", "Road to launch": a readiness review's steps from its review to general availability)
  // ("### Suggested order" under a code review: the reviewer's order for the author, "1. #1 … 2. #4, #7")
  // ("## Proposed sequencing", "Recommended sequence": the order a review proposes the work in, as "Proposed order")
  // ("Order agreed with Priya:", "Agreed order": the order the team settled on for the fixes)
  // ("## Triage buckets" over "**Bucket A — must fix before public beta.** CN-5110, …": triage notes' fix order)
  // ("## Prioritised fix list — Sprint 23", "Prioritized fixes": a usability or QA report's closing list of fixes in order)
  // ("## Sequencing" over "**Week of 2026-03-09:** 1.2, 2.1": a review's order of its items, as "Proposed sequencing")
  // ("## 8. Sequencing and freeze exit" over "**Step 1 — Stop the bleeding**" and its list: numbered as the report's
  // other sections are, a post-incident review's order of its action items)
  // ("## Remediation phases" over "**Phase 1 — contain (by 31 May):** A-1, A-3": the phases the fixes go in, as
  // "Remediation waves"; the plural only, "Fix phase" alone names one phase, not the order)
  // (Convention: "## Quick wins" over "1. Make the CDN log bucket private (MK-01)": a consultancy's
  // review names the fixes to do first, cheap and low-risk, as its first step; a heading of its own)
  // (Convention: "## Fix these first", "Fix them first" over a numbered list naming the findings: the reviewer's
  // short list of what to do before anything else, as "Fix first" and "Quick wins")
  // (Convention: a platform upgrade's "## Upgrade order per cluster" over "### Wave 1 — sandbox" and its steps: the
  // order the clusters are upgraded in, each wave the fixes it takes first, as "Migration waves")
  // ("## Suggested follow-ups (in order)", "## Remaining work, in priority order": a list of work the heading says
  // is ordered, as coding agents' notes close; a heading over findings, "Findings in order of severity", is no plan)
  // (Convention: "## Priority legend", "Priority levels": the key to the P0–P3 ratings a release review uses, no
  // order of work)
  // (Convention: "## Can ship with, fix in 4.2.1" beside "## Must fix before store submission": a bug bash's list of
  // what is deferred to the named patch release, the later step of its order)
  // ("## 7. Recommended Remediation Priority", "Fix priority": the order a pentest report closes on, its numbered list
  // the fixes in that order, as "Remediation order"; the plural, "priorities", is read below)
  // (Convention: building-services inspections close on the works that clear their coded observations, "## Remedial
  // works order", "Remedial action plan", "Schedule of remedial works": each step the items it remedies, as "Repair plan")
  // (Convention: a building survey's "## Programme of works" (or "Works programme") over "### Stage 1 — Before the
  // summer term ends" and the items each takes: the surveyor's order of the works, as "Remedial programme")
  // (Convention: a statutory examination report closes on "## Summary of actions required by the duty holder" over
  // bold deadlines, "**1. Immediately — before L3 is returned to service**", "**3. Within 1 month (by 14/04/2025)**",
  // and the defects each lists: the order the defects are remedied in)
  // (Convention: a design review closes on the plan agreed with the owner, "## 5. Follow-up plan" over "**Before
  // cutover (by Nov 12)**", "**Sprint 47**", "**Backlog**" and their lists: the order the fixes go in)
  // (Convention: a site or platform maintenance audit closes on the order its outdated components are to be updated
  // in, "## Recommended update order", "Suggested upgrade order", "Proposed patching order": each numbered step an
  // update that closes the findings it names, the order the fixes go in, as "Recommended order")
  // (Convention: a migration or launch review closes on the work due before its next milestone, "## What to do before
  // R3", "What needs to happen before cutover", "What to fix by Friday": a numbered list of the fixes, each naming the
  // findings it closes, in the order the author wants them; the milestone may be any, a rehearsal, a date, a release)
  // (Convention: a review of a change set closes on the order its parts ship in, "## Deploy order", "Deployment
  // sequence", "Merge order", "Order of deployment": a numbered list of the steps, each naming the parts or findings it
  // waits on, as "Rollout order" and "Migration order" do)
  // (Convention: an infrastructure review closes on the order its images or hosts are rebuilt in, "## Rebuild order"
  // over "### Wave 1 — before any further prod deploy": each wave the fixes it takes, as "Migration waves")
  // (Convention: a reviewer's own order of the work in the first person, "## Order I'd do it in", "The order I would
  // tackle these in", "Order to fix them in": a numbered list of the fixes in that order)
  // (Convention: a review of an analysis, a notebook, an experiment's readout or a model run, closes on the order it is
  // to be redone in, "## Re-run order", "Rerun sequence", "Re-analysis order": each pass the fixes it takes, as "Rebuild order")
  // Convention: a change-managed review (firewall rulebase, API spec, infrastructure) orders its changes by window
  // or release, "## Clean-up order", "## Order of changes": the fix order, as "Order of work" is
  // (Convention: an operations review closes on the order its changes run in the approved maintenance window, "## Change
  // order — window Sat 06:00", "Change sequence", each "**Step 1 — …**" over the commands; a contract's numbered
  // "Change Order #3" is a document, no order of work)
  // (Convention: a test-gap report's (mutation testing, coverage review) closing order of the tests it asks for, "##
  // Order to add tests", "Order to write the missing tests", "Order to land the fixes": each step the gaps it closes)
  // (Convention: a coding agent's upgrade or migration audit closes on the pull requests to open in order, "## 🛠️
  // Suggested PR order", "PR sequence", "Order of PRs" over "#### Step 1 — Make it boot on 7.0": each step a PR and
  // the findings it takes, as "Merge order")
  // (Convention: a coding-standard (MISRA, CERT) compliance review names its plan for the deviations "## 5.
  // Recommended correction sequence", "Correction plan", "Correction order" over "### Step 1 – Memory safety": the
  // corrections are its fixes, so the order they go in, as "Fix sequence")
  // (Convention: an accessibility survey closes on its "Barrier removal plan" or "schedule", the barriers it removes
  // by year or phase, as ADA Title III surveys plan readily achievable barrier removal)
  en: [String.raw`^\W*(?:the )?order (?:I['’]d|I would|we['’]d|we would|we should|to) (?:do|fix|tackle|take|handle|address|work through|add|write|land|ship|merge|apply) (?:it|them|these|things|this|the fixes|(?:the )?(?:missing |new |extra )?(?:tests|test cases|fixes|patches|changes))(?: in)?\b`,
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?what (?:to (?:do|fix)|(?:I|we)(?:['’]d| would) (?:do|fix)|needs? to (?:happen|be done|be fixed)|must (?:happen|be done|be fixed)) (?:before|by|ahead of)\b`,
    // (Convention: a DBA's or sysadmin's health check closes on the change plan for the next maintenance window, "##
    // Change plan — window Sat 02:00–06:00", "Proposed change plan", over "### Step 1 — Before the window" and its
    // numbered commands, each naming the findings it closes: the order the fixes go in, as "Change order"; only as
    // the heading's head, not a finding's "No change plan for schema migrations")
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:proposed|recommended|agreed|approved)\s+)?change plan\b`,
    // (Convention: a GxP or quality audit closes on the order its corrective and preventive actions are to be done
    // in, "## 6. CAPA sequencing (agreed at closing meeting)", "CAPA order", "CAPA plan" over "**Step 1 — …**" and
    // the findings each step takes: the order the fixes go in; only as the heading's head)
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:proposed|recommended|agreed|approved)\s+)?capa\s+(?:sequenc(?:e|ing)|order|plan|schedule)\b`,
    // (Convention: a certification body's audit (food safety, ISO) closes on when each non-conformity is to be
    // corrected, "## 7. Corrective action timetable", "Corrective actions schedule", over "**Step 1 — Immediate
    // (within 24 hours)**" and the NCs each step takes: the order the fixes go in; only as the heading's head)
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:proposed|agreed|approved)\s+)?(?:corrective|preventive)\s+actions?\s+(?:timetable|schedule|timeline|programme|program)\b`,
    // (Convention: a commissioning or handover snag list closes on the order its punch items are to be closed in,
    // "## 5. Close-out sequence", "Closure sequence", "Snag close-out programme", over "**Step 1 — Mechanical Cat A**"
    // and the items each step takes: the order the fixes go in; only as the heading's head)
    // (a consulting engineer recommends it, "### 12. Recommended close-out sequence")
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:proposed|agreed|approved|recommended|suggested)\s+)?(?:(?:snag|punch(?:[- ]list)?|defects?)\s+)?(?:close-?out|closure|closing)\s+(?:sequenc(?:e|ing)|order|plan|programme|program|schedule)\b`,
    // (Convention: an engineering or facility assessor (data centre, plant, building services) closes on its
    // "## 8. Remediation programme", "Recommended improvement programme", "Upgrade program", over "**Phase A —
    // Immediate (0–30 days)**" and the finding ids each phase takes: the order the fixes go in, in British usage a
    // programme being the schedule of works; only as the heading's head)
    // (Convention: an Authorising Engineer's or compliance auditor's "## 7. Recommended priority programme", "Priority
    // action programme", "Action programme" over "### Step 1 — Immediate", "### Step 2 — Within 3 months": the same)
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:recommended|proposed|agreed|suggested)\s+)?(?:remediation|remedial|improvement|upgrade|rectification|priority|prioriti[sz]ed|(?:priority\s+)?action)\s+(?:works?\s+)?(?:programme|program)\b`,
    // (Convention: a structure or asset inspection (bridge principal inspection, culvert, retaining wall, sewer survey)
    // closes on "## 7. Recommended Maintenance Works", "Schedule of recommended works", "Proposed repair works" over
    // "### 7.1 Priority 1 — Immediate (within 1 month)" and the works each priority takes: the order of the fixes)
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:schedule|programme|program|summary) of\s+)?(?:recommended|proposed|required)\s+(?:(?:maintenance|repair|remedial|remediation|rectification)\s+(?:and\s+(?:maintenance|repair)\s+)?)?works\b`,
    // (Convention: a QA or certification report's order of fixes and their retest, "## 6. Fix and verification order",
    // "Fix and retest plan", "Fix & regression sequence", over "### Wave 1 — Engineering" and "### Wave 2 — QA
    // regression": the order the fixes go in and are verified in, as a fix order is; only as the heading's head)
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?fix(?:es)?\s+(?:and|&)\s+(?:verification|validation|re-?test(?:ing)?|regression)\s+(?:order|plan|sequenc(?:e|ing)|waves)\b`,
    // (Convention: an installation inspection's "## 6. Recommended rectification sequence" over "**Step 1 – Make safe**":
    // the order the defects are put right in, as a repair plan is)
    String.raw`^(?!.*\b(?:findings|issues|bugs|vulnerabilities|risks|defects)\b).*(?:\(|,\s|[—–-]\s)in (?:this |that |the following |(?:rough |suggested |recommended )?priority )?order\)?\s*:?\s*$`, String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?quick wins\b|^(?:\d+(?:\.\d+)*\.?\s+)?sequencing\b|\b(?:path|plan|road) to (?:go|green|ga|launch|release)\b|\b(fix|hotfix|remediation|mitigation|action|implementation|repair|rectification|rollout|improvement|clean-?up|correction)\s+(order|plan|sequence|roadmap|waves?|phases|stages|priority)\b|\b(?:migration|upgrade|rotation|revocation|rebuild|redeploy(?:ment)?|patch(?:ing)?|re-?run|re-?analysis)\s+(?:order|sequence|waves)\b|\b(?:deploy(?:ment)?|merge|ship(?:ping)?)\s+(?:order|sequenc(?:e|ing))\b|\border of (?:deploy(?:ment)?|merging|shipping)\b|\border of (?:work|fixes|remediation|attack|changes)\b|\bchange (?:order|sequence)\b(?!\s*(?:#|no\.|\d))|\bremedial\s+(?:works?\s+|actions?\s+)?(?:order|plan|programme|program|schedule|sequence)\b|\b(?:schedule|programme|program|plan) of remedial (?:works?|actions?)\b|\b(?:programme|program) of works\b|\bworks programme\b|\bpriorit(?:ies|ization)\b|\bprioriti[sz]ed\s+(?:fix(?:es)?|fix list|actions?|action list|remediation|work)\b|\bfix list\b|\bpriority\s+(?:order|fixes|for|list|plan|queue)\b|^priority\b(?!\s+(?:legend|levels?|scale|definitions?|key|ratings?)\b)|^(?:summary of )?recommendations\b|\broadmap\b|\b(?:recommended|suggested|proposed|agreed)\s+(?:(?:fix|update|upgrade|patch(?:ing)?|pr|pull[- ]request)\s+)?order\b|^\W*(?:pr|pull[- ]request)\s+(?:order|sequence)\b|\border of (?:the )?(?:prs|pull requests)\b|^(?:fix\s+)?order\s+(?:agreed|recommended|suggested|proposed)\b|\b(?:recommended|suggested|proposed)\s+(?:(?:fix|re-?test|work)\s+)?sequenc(?:e|ing)\b|\btriage\s+buckets?\b|\baction\s+(?:items?|list)\b|\btop\s+\d+\b(?!.*\b(?:findings|issues|bugs|risks)\b)|\bsprint\s+(?:allocation|plan(?:ning)?|schedule)\b|^must[- ]fix\b|\bfix\s+(?:(?:these|those|them|this)\s+)?(?:first|now|next)\b|\b(?:can|may|will) ship with\b.*\bfix(?:ed)? in v?\d+(?:\.\d+)+\b|\b(?:immediate|short[- ]term|long[- ]term)\s+(?:actions?|fixes|steps|priorities)\b|\bbarrier[- ]removal\s+(?:plan|schedule|order)\b|\bfollow[- ]?up\s+(?:plan|schedule)\b|\bsummary of (?:the )?actions? required\b`],
  // (Convention: a crash triage's or a release review's "## Hotfix plan — 5.12.1" over "1. **Land the two P0 fixes** —
  // APP-31 and APP-40": the steps of the patch release, the order the fixes ship in, as "Fix plan")
  // ("## Recommandations et ordre de travail", "Ordre des travaux", "Feuille de route de remédiation": the order of
  // the work a French review proposes, as "Order of work", "Roadmap")
  fr: [String.raw`\bordre (?:de (?:correction|remédiation|traitement|travail|intervention)|des (?:travaux|corrections|interventions))(?![\p{L}])`, String.raw`\bplan (?:de remédiation|de correction|d['’]action)(?![\p{L}])`, String.raw`\bfeuille de route\b`],
  // ("## Empfohlene Reihenfolge", "Vorgeschlagene Reihenfolge": the order a German review recommends the fixes in)
  // (Convention: a German pentest (BSI-style) closes on "## 6. Maßnahmenempfehlung", its recommended measures in
  // the order to take them, "**Stufe 1 – vor Inbetriebnahme**" over "1. SCH-06 …": the heading alone, as Dutch
  // "## Aanbevelingen")
  de: [String.raw`\breihenfolge der (?:behebung|maßnahmen)\b`, String.raw`\bmaßnahmenplan\b`, String.raw`\b(?:empfohlene|vorgeschlagene|priorisierte)\s+(?:behebungs)?reihenfolge\b`, String.raw`\bbehebungsreihenfolge\b`,
    String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?ma(?:ß|ss)nahmenempfehlung(?:en)?\s*:?\s*$`],
  // ("Plan de corrección", "Plan de correcciones": the plan of the corrections, by phase)
  // ("## Plan propuesto hasta la ventana de despliegue", "Plan recomendado", "Plan hasta el pase a producción": a QA
  // cycle's or a review's proposed plan up to the release, its steps the order of the fixes, as English "Proposed
  // order" and "Plan to launch")
  es: [String.raw`\borden de (?:corrección|remediación|actuación|intervención)(?![\p{L}])`, String.raw`\bplan de (?:remediación|acción|actuación|correcci(?:ón|ones))(?![\p{L}])`,
    String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?plan (?:propuesto|recomendado|sugerido|acordado)(?![\p{L}])`, String.raw`\bplan (?:hasta|para) (?:el |la )?(?:pase a producción|paso a producción|despliegue|lanzamiento|ventana de despliegue|salida a producción)(?![\p{L}])`],
  // Catalan: "Ordre d'actuació recomanat" (recommended order of work), "Pla d'acció", "Ordre de correcció"
  ca: [String.raw`\bordre (?:d['’](?:actuació|actuacions|intervenció|esmena)|de (?:correcció|prioritat|treballs))(?![\p{L}])`, String.raw`\bpla d['’](?:acció|actuació|esmena|millora)(?![\p{L}])`],
  // Russian: "Порядок устранения", "План исправлений", "Очерёдность работ"
  ru: [String.raw`(?<![\p{L}])(?:порядок|очер[её]дность|последовательность|план) (?:устранени\p{L}*|исправлени\p{L}*|работ|действий)(?![\p{L}])`],
  // ("Sequência recomendada", "Ordem recomendada", "Ordem sugerida": the order a review recommends the corrections in)
  // ("Ordem de execução das mitigações": the order in which the mitigations are carried out)
  // ("## Plano de execução" over "| Fase 1 | … | TD-01, TD-03 |": the plan the work is carried out by, as English
  // "Implementation plan"; "Plano de implementação", "Plano de correção")
  pt: [String.raw`\bordem de (?:correção|remediação)\b`, String.raw`\bordem de execu[cç][ãa]o\b`, String.raw`\bplano de (?:remediação|ação|execu[cç][ãa]o|implementa[cç][ãa]o|corre[cç](?:[ãa]o|[õo]es))(?![\p{L}])`, String.raw`(?<![\p{L}])(?:sequ[eê]ncia|ordem) (?:recomendada|sugerida|de corre[cç](?:[ãa]o|[õo]es))(?![\p{L}])`],
  // ("## Piano di correzione proposto", "Piano delle correzioni": the plan the defects are fixed by, as Spanish "Plan
  // de corrección" and Portuguese "Plano de correção")
  // (Convention: an Italian report's closing plan, "## 8. Priorità di intervento" over "### Fase 1 — …", "Priorità
  // degli interventi", "Priorità di correzione": the order of the fixes, as English "Remediation priorities")
  it: [String.raw`\bpriorit[àa] (?:di intervento|degli interventi|di correzione|delle correzioni|di rientro)(?![\p{L}])`, String.raw`\bordine di (?:correzione|intervento)\b`, String.raw`\bpiano di (?:rientro|remediation|intervento|correzione)\b`, String.raw`\bpiano delle correzioni\b`],
  // ("## 6. Advies", "## Aanbevelingen": a Dutch report's closing advice, as English "## Recommendations", its
  // subsections the steps, "### Vóór livegang oplossen" over "1. Bevinding 2 – …")
  // (Convention: "## 4. Aanbevolen volgorde van aanpak", "Plan van aanpak": the Dutch and Flemish name for the order
  // the work is taken up in, as English "Order of work"; its steps "**Sprint 1 — …**" over the ids)
  // (Convention: "## 6. Verbeterplan", the improvement plan a Dutch accessibility audit closes on and the
  // toegankelijkheidsverklaring (accessibility statement) links to, over "**Fase 1 — Vóór uitrol …**" and the ids
  // each phase takes: the order the fixes go in, as "Herstelplan")
  // (Convention: the same order as one compound, "## 7. Aanbevolen herstelvolgorde" (recommended fix order), over
  // "**Vóór livegang …**", "**Binnen drie maanden**" and the ids each stage takes)
  nl: [String.raw`\bvolgorde van (?:herstel|oplossen|aanpak)\b`, String.raw`(?<![\p{L}])(?:herstel|oplos|aanpak)volgorde(?![\p{L}])`, String.raw`\bplan van aanpak\b`, String.raw`\b(?:herstel|verbeter)plan\b`, String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(?:advies|aanbevelingen)\s*:?\s*$`],
  // ("### Pași până la o nouă decizie", "Pași până la lansare", "Pași către GO": a Romanian test report's steps up to
  // the next go/no-go, after its NO-GO, as English "Path to GO"; "Plan de acțiune", the action plan)
  ro: [String.raw`\bordinea de remediere\b`, String.raw`\bplan(?:ul)? de (?:remediere|ac[țţt]iune)\b`,
    String.raw`(?<![\p{L}])pa[șşs]ii? (?:p[âa]n[ăa] la|c[ăa]tre|spre) (?:o |un )?(?:nou[ăa] |noua )?(?:decizie|lansare|go(?:-live)?|release|aprobare|punerea [îi]n produc[țţt]ie)(?![\p{L}])`],
  // Swedish: "Åtgärdsplan" (plan of the measures), "Åtgärdsordning", "Prioriteringsordning"; Danish and Norwegian:
  // "Afhjælpningsplan", "Utbedringsplan", "Tiltaksplan" (plans of the remedies), each one compound word
  sv: [String.raw`(?<![\p{L}])(?:åtgärds|afhjælpnings|utbedrings|tiltaks|prioriterings)(?:plan|ordning|rækkefølge|rekkefølge)(?:en)?(?![\p{L}])`],
  fi: [String.raw`korjausjärjestys`, String.raw`korjaussuunnitelma`, String.raw`toimenpidesuunnitelma`],
  // (Convention: Basque "Zuzenketa-ordena gomendatua" (the recommended order of the fixes), "Konponketa-plana",
  // "Ekintza-plana", cut into "**1. urratsa — …**" steps (the number before the noun, "step 1"))
  eu: [String.raw`(?<![\p{L}])(?:zuzenketa|konponketa|zuzenketen|konponketen)[- ](?:ordena|plana|egutegia)(?![\p{L}])`, String.raw`(?<![\p{L}])ekintza[- ]plana(?![\p{L}])`],
  // (Convention: Welsh (Cymraeg) "Trefn blaenoriaethu" (the order of prioritising), "Trefn trwsio" (the order of
  // fixing), "Cynllun gweithredu" (action plan), "Cynllun adfer", cut into "**Cam 1 — cyn lansio**" steps)
  cy: [String.raw`(?<![\p{L}])trefn (?:blaenoriaethu|blaenoriaeth|trwsio|gweithredu|adfer|argymelledig)(?![\p{L}])`, String.raw`(?<![\p{L}])cynllun (?:gweithredu|adfer|trwsio|unioni)(?![\p{L}])`],
  // (Hungarian: "Javítási ütemterv", "Intézkedési ütemterv", the schedule of the fixes, cut into "1. ütem" stages)
  // (Convention: a Hungarian pentest closes on "## 5. Javítási prioritások" (the priorities of the fixes), as English
  // "Remediation priorities", over "### 5.1 Azonnali intézkedések (1 héten belül)", "### 5.2 Rövid táv (30 napon
  // belül)", "### 5.3 Középtáv": the stages the fixes go in; "Intézkedési prioritások", "Javítási javaslatok sorrendje")
  hu: [String.raw`javítási sorrend`, String.raw`intézkedési terv`, String.raw`(?:javítási|intézkedési|kármentesítési) ütemterv`,
    String.raw`(?<![\p{L}])(?:javítási|intézkedési|kármentesítési|helyreállítási) prioritás(?:ok|i sorrend)?(?![\p{L}])`],
  // Icelandic: "Forgangsröðun vinnu" (prioritisation of the work), "Forgangsröð lagfæringa", "Röð lagfæringa"
  // (order of repairs), "Aðgerðaáætlun" (action plan), "Úrbótaáætlun" (remediation plan)
  is: [String.raw`(?<![\p{L}])forgangsröð(?:un)?(?![\p{L}])`, String.raw`(?<![\p{L}])röð (?:lagfæringa|aðgerða|úrbóta|viðgerða)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:aðgerða|úrbóta|viðgerða)áætlun(?![\p{L}])`],
  cs: [String.raw`pořadí (?:oprav|náprav)`, String.raw`plán náprav`],
  // Slovak: "Odporúčaný postup nápravy" (recommended course of remedy), "Poradie opráv" (order of repairs), "Plán
  // nápravy"
  sk: [String.raw`(?<![\p{L}])(?:postup|poradie|plán) (?:nápravy|náprav|opráv|odstránenia)(?![\p{L}])`],
  // Estonian: "Soovitatav parandamise järjekord" (recommended order of fixing), "Parandamise kava", "Tegevuskava"
  et: [String.raw`(?<![\p{L}])(?:parandamise|paranduste|puuduste kõrvaldamise) (?:järjekord|kava)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:tegevus|parandus)kava(?![\p{L}])`],
  // Hebrew: "סדר תיקון מומלץ" (recommended order of fixing), "סדר התיקונים", "תוכנית תיקון" (fix plan)
  he: [String.raw`(?<![\p{L}])(?:סדר|תוכנית|תכנית) (?:ה)?(?:תיקון|תיקונים|טיפול)(?![\p{L}])`],
  // Thai: "ลำดับการแก้ไข" (order of the fixing), "แผนการแก้ไข" (plan of the fixing)
  th: [String.raw`(?:ลำดับ|แผน)การแก้ไข`],
  // Filipino: "Plano ng Pag-aayos" (plan of the repairs), "Pagkakasunod-sunod ng pag-aayos" (order of the repairs)
  tl: [String.raw`(?<![\p{L}])(?:plano|pagkakasunod-sunod|pagkakasunud-sunod) ng (?:pag-aayos|pagwawasto)(?![\p{L}])`],
  // ("Plan naprawy", "Plan napraw": the plan of the repairs, by stage)
  // Japanese: "対応順序" (order of the work), "修正順序", "対応計画" (plan of the work), "修正計画"; a technical-debt
  // review's "返済計画" (the plan to pay the debt back), "改善計画" (improvement plan)
  ja: [String.raw`(?:対応|修正|是正|返済|改善)(?:順序|順|計画|優先順位)`],
  // ("## 9. Plan do ponownego odbioru", the plan up to the release's acceptance again; "Plan do wydania", "Plan przed
  // wdrożeniem": a QA sign-off's plan from its NO-GO to the release, its stages the order of the fixes, as English
  // "Path to GO" and Spanish "Plan hasta el pase a producción"; "Plan działań", the action plan)
  pl: [String.raw`(?<![\p{L}])plan (?:do|przed|dla) (?:ponownego )?(?:odbioru|wydania|wdrożenia|retestu|publikacji|uruchomienia|go-live)(?![\p{L}])`, String.raw`(?<![\p{L}])plan działań(?![\p{L}])`,
    String.raw`kolejność (?:napraw|poprawek)`, String.raw`plan naprawczy`, String.raw`plan napraw(?:y)?(?![\p{L}])`, String.raw`plan poprawek`],
  hr: [String.raw`redoslijed (?:otklanjanja|ispravaka|popravaka)`, String.raw`plan (?:otklanjanja|ispravaka|postupanja)`],
  // Serbian, in Cyrillic and in Latin: "План и рокови отклањања" (plan and deadlines of remediation), "Редослед
  // отклањања", "Plan otklanjanja"; Slovenian: "Roki za odpravo" (deadlines for the remedy), "Načrt odprave
  // pomanjkljivosti", "Vrstni red odprave"
  sr: [String.raw`(?<![\p{L}])(?:план|редослед|рокови) (?:и рокови )?(?:отклањања|исправки|поправки)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:plan|redosled|rokovi) (?:i rokovi )?(?:otklanjanja|ispravki)(?![\p{L}])`],
  sl: [String.raw`(?<![\p{L}])(?:roki|načrt|vrstni red) (?:za )?(?:odpravo|odprave)(?![\p{L}])`, String.raw`(?<![\p{L}])načrt (?:ukrepov|popravkov)(?![\p{L}])`],
  // Swahili: "Mpango wa Marekebisho" (the plan of the fixes), "Mpangilio wa marekebisho" (order of the fixes),
  // "Vipaumbele vya marekebisho" (the priorities of the fixes)
  sw: [String.raw`(?<![\p{L}])(?:mpango|mpangilio|ratiba|vipaumbele) (?:wa|ya|vya) (?:marekebisho|utatuzi)(?![\p{L}])`],
  id: [String.raw`urutan (?:penyelesaian|perbaikan|tindak lanjut)`, String.raw`rencana (?:perbaikan|tindak lanjut)`],
  // Malay: "Pelan tindakan" (action plan), "Pelan pembaikan" (repair plan), "Urutan pembaikan" (order of repairs)
  ms: [String.raw`pelan (?:tindakan|pembaikan|pemulihan)`, String.raw`urutan (?:pembaikan|tindakan|penyelesaian)`],
  // Afrikaans: "Volgorde van werk" (order of work), "Herstelplan", "Aksieplan", "Volgorde van regstellings"
  af: [String.raw`volgorde van (?:werk|herstel|regstellings?|aksies)`, String.raw`(?:herstel|aksie|regstellings)plan`],
  // Korean: "조치 계획" (action plan), "개선 계획"; a review's "처리 순서" (order of handling), "수정 순서" (order of fixes);
  // "조치 일정" (the schedule of the fixes, in rounds: "| 1차 | 2025. 8. 8. | DL-01, DL-02 |")
  ko: [String.raw`조치\s?(?:계획|우선순위|순서|일정)`, String.raw`(?:개선|보완)\s?계획`, String.raw`(?:처리|수정|해결)\s?(?:순서|계획|우선순위)`],
  // Vietnamese: "Thứ tự xử lý đề xuất" (suggested order of handling), "Kế hoạch khắc phục" (remediation plan)
  vi: [String.raw`thứ tự (?:xử lý|khắc phục|sửa lỗi|sửa|ưu tiên)`, String.raw`kế hoạch (?:khắc phục|xử lý|sửa lỗi)`, String.raw`lộ trình (?:khắc phục|sửa lỗi)`],
  // Greek: "Σειρά αποκατάστασης" (order of remediation), "Σχέδιο διορθώσεων", "Σχέδιο δράσης"
  el: [greekLoose('σειρα (?:αποκαταστασησ|διορθωσησ|διορθωσεων|προτεραιοτητασ|ενεργειων)'), greekLoose('σχεδιο (?:αποκαταστασησ|διορθωσεων|ενεργειων|δρασησ)')],
  // Chinese: "整改优先级建议" (suggested order of remediation), "修复计划", "整改顺序"
  zh: [String.raw`(?:整改|修复|处置)(?:优先级|计划|顺序|排期)`],
  // Convention: Traditional Chinese (Taiwan) writes the plan in its characters and words: "改善時程建議" (suggested
  // schedule of the improvements), "修補計畫" (plan of the patches), "修補優先順序", "改善計劃"
  'zh-hant': [String.raw`(?:改善|修補|修復|處置|整改)(?:時程|計畫|計劃|優先順序|優先級|順序|排程)`],
  // Arabic: "خطة المعالجة المقترحة" (the proposed remediation plan), "ترتيب الإصلاح" (order of fixing), "أولويات المعالجة"
  ar: [String.raw`(?:خطة|ترتيب|أولويات|أولوية|جدول) (?:المعالجة|الإصلاح|الإصلاحات|التصحيح)`, String.raw`خارطة طريق (?:المعالجة|الإصلاح)`],
  // Convention: Persian (Farsi) names the plan "اولویت‌بندی رفع" (the prioritizing of the fixes), "ترتیب رفع" (order of
  // fixing), "برنامه اصلاح" (plan of correction), "نقشه راه رفع" (roadmap); the half-space (ZWNJ) inside a word
  // written either way
  fa: [String.raw`(?:اولویت[\u200c ]?بندی|اولویت[\u200c ]?های|ترتیب|برنامه|نقشه راه) (?:رفع|اصلاح|ترمیم|رسیدگی)`],
  // Convention: Urdu names the plan "اصلاح کی ترجیحی فہرست" (the prioritized list of corrections), "اصلاح کی ترتیب" (order
  // of correction), "اصلاحی منصوبہ" (corrective plan), "درستگی کا منصوبہ" (plan of the fixes)
  ur: [String.raw`(?:اصلاح|درستگی|مسائل کے حل) (?:کی|کا) (?:ترجیحی فہرست|ترتیب|ترجیحات|منصوبہ|لائحہ عمل)`, String.raw`(?:اصلاحی|ترجیحی) (?:منصوبہ|لائحہ عمل|ترتیب)`],
  // Lithuanian: "Korekcinių veiksmų planas" (corrective action plan), "Taisymo eiliškumas" (order of fixes)
  lt: [String.raw`(?<![\p{L}])(?:korekcinių|taisomųjų) veiksmų planas`, String.raw`(?<![\p{L}])(?:taisymo|šalinimo|trūkumų šalinimo) (?:planas|eiliškumas|tvarka)`],
  // Latvian: "Novēršanas plāns" (remediation plan), "Labošanas secība" (order of fixes), "Rīcības plāns" (action plan)
  lv: [String.raw`(?<![\p{L}])(?:novēršanas|labošanas|trūkumu novēršanas) (?:plāns|secība|kārtība)`, String.raw`(?<![\p{L}])rīcības plāns`],
  // Convention: Turkish names the plan "Giderme Önceliği" (priority of remediation), "Düzeltme Planı" (plan of the
  // fixes), "İyileştirme Sırası" (order of the improvements), "Eylem Planı" (action plan), and with the loanword,
  // "Aksiyon Planı" (action plan), as Turkish audit firms write it
  tr: [String.raw`(?<![\p{L}])(?:giderme|düzeltme|[iİ]yileştirme|onarım|çözüm) (?:önceliği|öncelikleri|sırası|planı|takvimi)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:eylem|aksiyon) planı(?![\p{L}])`],
  // Ukrainian: "Порядок усунення", "План виправлень", "Черговість виправлення", "Дорожня карта"
  // Bulgarian: "План за отстраняване" (remediation plan), "Ред на отстраняване" (order of remediation), "План за действие"
  bg: [String.raw`(?<![\p{L}])(?:план|ред|поредност|последователност) (?:за |на )?(?:отстраняване|поправ\p{L}*|коригиране|действи[ея])(?![\p{L}])`],
  uk: [String.raw`(?:порядок|черговість|послідовність|план) (?:усунення|виправлен\p{L}*|дій|робіт)`, String.raw`дорожня карта`, String.raw`пріоритети (?:усунення|виправлен\p{L}*)`],
};
export const FIX_ORDER_TITLE = oneSidedBounds(new RegExp(Object.values(FIX_ORDER_WORDS).flat().join('|'), 'iu'));
/** FIX_ORDER_TITLE.test, with its cheap pretest (prefilter.ts) */
export const fixOrderTitle = literalGate(FIX_ORDER_TITLE);
/**
 * FIX_ORDER_TITLE over a section's heading, remembered per heading: inFixOrder asks it of every ancestor of
 * every section, and the regex (every language's words) is long
 */
/**
 * Convention: "## 4. Plan" over "1. **Now (blocks the tag):** CT-01, CT-06.": a test report's or review's closing
 * section named by the bare word, its numbered steps naming the findings in the order they are done; only the word
 * alone, not "Test plan" or "Re-review plan", and only over a numbered list (an outline's "- ## Plan" over bullets
 * "Sprint 47 — FS-04, FS-02" is read as labelled steps, as any section's bullets are)
 */
const BARE_PLAN_HEADING = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?plan\s*:?\s*$/i;
const fixOrderTitled = new WeakMap<Section['h'], boolean>();
const PRIORITY_GLOSSED = /^\W*(?:P[0-4]|Sev-?[0-5])\s*[—–:-]\s/i;
/**
 * Convention: a monitoring visit, surveillance audit or inspection follows up the previous occasion's items in a
 * table that grades each and says where it stands now, "## 4. Follow-up of Action Items from Previous Visit (IMV #3)"
 * over "| Item | Description | Grade at IMV #3 | Status at IMV #4 |", "Status of previous audit findings" over "| Ref
 * | Finding | Severity | Status |": the carried-over findings with their current state, a findings register, not a
 * plan of action items nor a mere reference to prior findings (a table without a grade, "| Finding | Title | Status
 * |", is that reference)
 */
const PRIOR_OCCASION = /\b(?:previous|prior|preceding|earlier|last)\s+(?:\w+\s+)?(?:visit|audit|inspection|review|assessment|survey|round|findings|action items|recommendations)\b|\bfollow[- ]?up of (?:action items|findings|recommendations|observations)\b/i;
const HEADER_QUALIFIER = /\s+(?:at|as of|in|on|after|from)\s+.*$|\s*\(.*\)\s*$/;
export function priorItemsRegister(s: Section): boolean {
  if (!PRIOR_OCCASION.test(s.h.text)) return false;
  for (const b of s.blocks) {
    if (b.type !== 'table' || b.children.length < 2) continue;
    const kinds = b.children[0].children.map((c) => factKind(cellPlain(c).toLowerCase().replace(HEADER_QUALIFIER, '').trim()));
    if (kinds.includes('severity') && kinds.includes('status')) return true;
  }
  return false;
}
const CLASSES_GROUP_TAIL = /\s+(?:items?|violations?|findings?|deficienc(?:y|ies))$/i;
/** "Priority and Priority Foundation Items": two or more classes the report's legend rates, joined, before a word for findings */
function legendClassesGroup(s: Section): boolean {
  const t = s.h.title;
  if (!CLASSES_GROUP_TAIL.test(t) || t.length > 80) return false;
  const parts = t.replace(CLASSES_GROUP_TAIL, '').split(/\s*(?:,|&|\band\b|\/)\s*/i).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => !!schemeSeverity(s, p));
}
export function isFixOrderTitle(s: Section): boolean {
  let v = fixOrderTitled.get(s.h);
  if (v === undefined) {
    v = fixOrderTitle(s.h.text) || (BARE_PLAN_HEADING.test(s.h.text) && s.blocks.some((b) => b.type === 'list' && !!b.ordered));
    // ("## Plan for the week" > "### Mon 3 Mar — unblock TestFlight" > "- Verify the R3 fix …": a plan cut into
    // days; what each day lists is work on the findings, not findings)
    if (!v && dayHeadedPlan(s)) v = true;
    // ("### T-7 (Low) Priority queue starves batch jobs", "### M-2 Rollout plan ignores the canary stage": a plan's
    // words in the title of a finding that has its own id; see findingTitleOverStructure)
    if (v && s.h.refKind === 'issue' && findingTitleOverStructure(s.h)) v = false;
    // ("## Must fix" beside "## Should fix" and "## Nice to have": a review's tiers of findings, not its plan)
    if (v && reviewTier(s.h.title) && s.parent?.children.some((c) => c !== s && reviewTier(c.h.title))) v = false;
    // (Convention: an agent's priority groups glossed by their urgency, "## P0 — fix now" beside "## P1": the group
    // of the P0 findings, headings of their own under it, not a plan)
    if (v && PRIORITY_GLOSSED.test(s.h.text) && s.children.some((c) => !!c.h.ref)) v = false;
    if (v && priorItemsRegister(s)) v = false;
    // (Convention: a heading that names classes of the report's own legend, "## Priority and Priority Foundation
    // Items" under a Food Code key: a group of the findings of those classes, not a plan)
    if (v && legendClassesGroup(s)) v = false;
    fixOrderTitled.set(s.h, v);
  }
  return v;
}

/**
 * Convention: a closing section named by a word that elsewhere names a part of a finding, qualified in brackets as
 * an order of fixes ("## 5. Recommendations (priority order)", "## Remediation (in priority order)"): the bracket
 * says the section is the report's fix order, though its word alone ("Recommendations") is a finding's part
 */
export function orderQualifiedTitle(title: string): boolean {
  const m = /\(([^()]{3,60})\)\s*$/.exec(title);
  return !!m && fixOrderTitle(m[1]);
}

export function insideFinding(s: Section): boolean {
  for (let a: Section | null = s; a; a = a.parent) if (a.isFinding) return true;
  return false;
}

export function blockedTitle(s: Section): boolean {
  const t = s.h.title;
  return (isGenericTitle(t) && !findingTitleOverStructure(s.h)) || isPartTitle(t) || GROUP_LABEL.test(s.h.text) || isFixOrderTitle(s);
}

const FINDING_TITLE_OVER_STRUCTURE_RE = /[^\p{L}\p{N}]+/u;
const FINDING_TITLE_OVER_STRUCTURE_RE2 = /(?<![\p{L}\p{N}])(?:[A-Z][A-Z0-9]{0,9}-\d{1,4}|#\d{1,5})(?![\p{L}\p{N}])/u;
/**
 * Convention: a finding's heading carries its own id and/or a severity marker and a title that is a sentence
 * about the defect, whatever word the sentence starts with: "### T-3 (Medium) Rollout percentage not bounded in
 * `rollout.go`", "### [High] Total is computed with floats", "### B-4 Checklist items can be ticked by viewers".
 * A structural word opening it ("Rollout", "Summary of", "Total", "Checklist", "Best practices") does not make
 * it a heading of the report's structure. A heading that is only or mainly those words stays structure: no id
 * or severity ("## Rollout notes", "## 5. Monitoring"), under three words ("### H-1 Rollout plan"), or ending
 * in a noun that names a part of a report ("## Critical — Final audit summary", "### R-2 Rollout plan and
 * schedule"). With a severity alone the title must not name findings ("### High — Total of 4 issues", a tally)
 * nor another finding's id ("## Critical: Rollout blocked until H-1 is fixed", a verdict about that finding).
 */
export function findingTitleOverStructure(h: Section['h']): boolean {
  if (h.refKind !== 'issue' && !h.severity) return false;
  const words = h.title
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(FINDING_TITLE_OVER_STRUCTURE_RE)
    .filter(Boolean);
  if (words.length < 3 || STRUCTURE_NOUN_END.test(words[words.length - 1])) return false;
  if (h.refKind === 'issue') return true;
  return !FINDING_NOUN.test(h.title) && !FINDING_TITLE_OVER_STRUCTURE_RE2.test(h.title);
}
/** nouns that end the title of a part of a report rather than a sentence about a defect */
const STRUCTURE_NOUN_END =
  /^(?:summary|summaries|overview|checklists?|plans?|schedules?|timelines?|reports?|notes|order|roadmaps?|results|findings|issues|recommendations|actions|items|steps|fixes|phases|waves|sequence|stages|matrix|assessment|analysis|metrics|statistics|history|scope|appendix|appendices|methodology|conclusions?|practices|remediations?|mitigations?|priorities|prioritization|backlog)$/;

/** the text of a table's first header cell (its words, bold or not) */
function headCell(t: RootContent): string {
  const cell = (t as { children?: { children?: unknown[] }[] }).children?.[0]?.children?.[0];
  const words = (n: unknown): string => {
    const x = n as { value?: string; children?: unknown[] };
    return typeof x.value === 'string' ? x.value : (x.children ?? []).map(words).join('');
  };
  return cell ? words(cell) : '';
}

/**
 * Convention: a tracker's tracking bug (Bugzilla's "[meta]" bugs, Mozilla's and KDE's "Keywords: meta",
 * "[tracker]" and "[umbrella]" issues, Bugzilla's "Keywords: tracking"): a record that only gathers the bugs
 * that block it ("Depends on: 88231, 88307"), not a defect of its own.
 */
export function trackingBug(s: Section): boolean {
  if (/^\W*\[(?:meta|tracker|tracking|umbrella)\]/i.test(s.h.title)) return true;
  return s.facts.some((f) => /^keywords?$/i.test(f.key.trim()) && /(?:^|[\s,;])(?:meta|tracking|tracker|umbrella)(?=$|[\s,;])/i.test(unmarked(f.value)));
}

export function looksLikeFinding(s: Section): boolean {
  return findingReason(s) !== null;
}

/** Why a heading section reads as a finding (for --explain), or null when it does not. */
/**
 * Whether a section's heading names findings and no remedy ("## Issues", not "## Bug fixes"): read once a
 * section, as every child of a section, and every record set under it, asks it of the same heading.
 */
const findingHeadings = memoMap<Section, boolean>();
// Convention: "Bug Bounty" names a program, not its bugs ("# Acme Bug Bounty — Monthly Triage Summary", "Bug bounty
// programme report Q3"): a bounty report's title groups its chapters ("## 6. Payouts"), not findings; a finding noun
// elsewhere in the heading still counts ("## Bug bounty findings")
const BUG_BOUNTY_RE = /\bbug[- ]?bount(?:y|ies)\b/gi;
export function findingHeading(a: Section): boolean {
  let v = findingHeadings.get(a);
  if (v === undefined) {
    const t = a.h.text;
    v = FINDING_NOUN.test(/bount/i.test(t) ? t.replace(BUG_BOUNTY_RE, ' ') : t) && !remedyGroup(a.h.title);
    findingHeadings.set(a, v);
  }
  return v;
}

const LEGEND_VALUE_RE = /[\p{L}*]\s*=\s/gu;
// (Convention: a method section names the choices of its scale as the field's value, "- **Ernst:** gering / serieus /
// ernstig;", "Severity: low / moderate / high": three or more alternatives between slashes are the scale, no rating)
const LEGEND_CHOICES_RE = /^[\s*_`]*\p{L}[\p{L} -]{0,24}(?: \/ \p{L}[\p{L} -]{0,24}){2,}[\s*_`;.]*$/u;
/** a note in brackets closing a heading, "(not graded)", "(for information)" */
const APPENDIX_TITLE = /^[^\p{L}\p{N}]*(?:\d+(?:\.\d+)*\.?\s+)?(?:appendix|appendices|annex|annexe|anhang|anexo|ap[ée]ndice|allegato|bijlage)(?![\p{L}])/iu;
const NOTED_GROUP_RE = /\s*\([^()]{1,40}\)$/;
const FINDING_REASON_RE = /^(?:(?:other|minor|additional|further|general|miscellaneous|remaining)\s+)?\p{L}{4,}s$/iu;
const NO_BUG_VERDICTS = new Set<string>(['false_positive', 'wont_fix', 'duplicate']);
const DECISION_KEY_RE = /^(?:decision|resolution)$/i;
/** A table cell's plain text (its text and code runs), for a test of how it opens. */
function cellPlain(cell: { children: PhrasingContent[] }): string {
  return cell.children.map((n) => (n.type === 'text' || n.type === 'inlineCode' ? n.value : 'children' in n ? cellPlain(n as { children: PhrasingContent[] }) : '')).join('').trim();
}
/**
 * Convention: a snagging list headed by room, "#### L3-001 Reception" over "| Ref | … |" with "| L3-001/01 | … |":
 * every row's ref is the room's number and the snag's running number, so the heading names the room the snags are
 * in, their group, not a finding (however few rows its table holds)
 */
function roomOfNumberedRows(s: Section): boolean {
  const ref = s.h.ref;
  if (!ref || s.h.refKind !== 'issue' || ref.includes('/')) return false;
  const prefix = `${ref}/`;
  return s.blocks.some((b) => b.type === 'table' && b.children.length >= 2 && b.children.slice(1).every((r) => r.children.some((c) => cellPlain(c).startsWith(prefix))));
}
/** "Item 2", "2.", "Equipment 4": the number a group heading gives its items, the last run of digits of its ref */
const ITEM_NUMBER_RE = /(\d{1,3})\.?$/;
/**
 * Convention: an inspection report (a playground's annual inspection, a building or fire-safety survey) numbers each
 * defect by the item it was found on, "### Item 2: Two-bay swing" over "| Ref | Observation | Risk |" with "| 2.1 | … |",
 * "| 2.2 | … |": every row's ref is the item's number, a dot and the defect's running number, so the heading names the
 * equipment the defects are on, their group, not a finding (however few rows its table holds)
 */
function itemOfNumberedRows(s: Section): boolean {
  const n = s.h.ref ? ITEM_NUMBER_RE.exec(s.h.ref)?.[1] : undefined;
  if (!n) return false;
  const prefix = `${n}.`;
  return s.blocks.some((b) => b.type === 'table' && b.children.length >= 2 && b.children.slice(1).every((r) => {
    const first = r.children[0] ? cellPlain(r.children[0]) : '';
    return first.startsWith(prefix) && /^\d+$/.test(first.slice(prefix.length));
  }));
}
/**
 * Convention: an inspection of tagged assets (a weekly scaffold inspection, a plant or lifting-equipment register
 * check, a fire-door survey) heads each asset by its tag, "### S-102 — Block A east elevation", over a table of the
 * defects found on it, "| Ref | Defect | Location | Urgency |" with "| D35-01 | Two ties removed … | STOP WORK |":
 * every row has an id of its own, not the tag's, a name and a rating, so the heading names the asset the defects
 * are on, their group, not a finding (however few rows its table holds)
 */
const ASSET_ROW_RATING_HEADER = /^(?:impact|severity|sev\.?|risk|priority|rating|urgency|grade|category|action level|risk rating)$/;
function assetOfIdRows(s: Section): boolean {
  const ref = s.h.ref;
  if (!ref || s.h.refKind !== 'issue' || s.h.severity || s.h.status) return false;
  const tag = ref.toUpperCase();
  for (const b of s.blocks) {
    if (b.type !== 'table' || b.children.length < 2) continue;
    const header = b.children[0].children.map((c) => cellPlain(c).toLowerCase());
    const idCol = header.findIndex((h) => ROW_ID_HEADER.test(h));
    if (idCol < 0 || !header.some((h) => ROW_NAME_HEADER.test(h)) || !header.some((h) => ASSET_ROW_RATING_HEADER.test(h))) continue;
    if (b.children.slice(1).every((r) => {
      const id = (r.children[idCol] ? cellPlain(r.children[idCol]) : '').replace(/[*_`]/g, '');
      return ROW_ID_CELL.test(id) && id.toUpperCase() !== tag;
    })) return true;
  }
  return false;
}
/** a findings table's header: an id column, a column naming the finding and one rating it */
const ROW_ID_HEADER = /^(?:id|ref|#|no\.?|key|issue id|finding id)$/;
// (Convention: the same table headed in the report's language, "| ID | Rilievo | Criterio WCAG 2.2 | Gravità |", "| ID |
// Hallazgo | Severidad |", "| ID | Befund | Schweregrad |": the finding's name in any of them, its rating by the
// multilingual field vocabulary, factKind)
const ROW_NAME_HEADER = /^(?:(?:issue|finding|title|summary|description|problem|defect|barrier)s?|rilievo|osservazione|problema|titolo|descrizione|hallazgo|t[ií]tulo|descripci[oó]n|constat|titre|probl[eè]me|befund|feststellung|titel|mangel|achado|bevinding|barriera|barrera|barri[eè]re|barriere)$/u;
const ROW_RATING_HEADER = /^(?:impact|severity|sev\.?|risk|priority|rating)$/;
const rowRatingHeader = (h: string): boolean => ROW_RATING_HEADER.test(h) || factKind(h) === 'severity';
const ROW_ID_CELL = /^[A-Z][A-Z0-9]{0,9}-\d{1,5}$/;
// (Convention: an inspection report numbers the observations of its general areas by a letter and a running number,
// "| S.1 |", "| S.2 |" (site), under a heading per area, "### 5.1 Boundary fencing" over "| Ref | Observation | Risk |")
const AREA_ROW_ID_CELL = /^[A-Z]{1,3}\.\d{1,3}$/;
const AREA_ROW_NAME_HEADER = /^(?:observations?|defects? found|hazards?)$/;
/**
 * Convention: an audit by page or screen (accessibility audits by template, UX and QA reviews by screen) gives each
 * page a heading, the URL tested under it ("URL: `/events`"), then a table of that page's findings, "| ID | Issue |
 * Success criterion | Level | Impact | Status |" with "| SRCH-01 | Filter chips … | Moderate |": the rows are the
 * findings, each with its own id and rating, and the heading names the page they were found on, their group (its
 * URL is where it was tested, no field of a finding of its own), however few rows the table holds
 */
function pageOfFindingsTable(s: Section): boolean {
  if (s.h.ref && s.h.refKind === 'issue') return false;
  if (s.h.severity || s.h.status) return false;
  for (const b of s.blocks) {
    if (b.type !== 'table' || b.children.length < 2) continue;
    const header = b.children[0].children.map((c) => cellPlain(c).toLowerCase());
    const idCol = header.findIndex((h) => ROW_ID_HEADER.test(h));
    if (idCol < 0 || !header.some(rowRatingHeader)) continue;
    const named = header.some((h) => ROW_NAME_HEADER.test(h));
    if (!named && !header.some((h) => AREA_ROW_NAME_HEADER.test(h))) continue;
    if (b.children.slice(1).every((r) => {
      const id = (r.children[idCol] ? cellPlain(r.children[idCol]) : '').replace(/[*_`]/g, '');
      return (named && ROW_ID_CELL.test(id)) || AREA_ROW_ID_CELL.test(id);
    })) return true;
  }
  return false;
}
export function findingReason(s: Section): string | null {
  const h = s.h;
  if (!h.title || blockedTitle(s)) return null;
  if (severityLabelOnly(s)) return null;
  if (glossedSeverityGroup(s)) return null;
  // items of the report's own plan ("## Recommendations" > "### 1. Add rate limiting") are work, not findings
  if (h.refKind !== 'issue' && inFixOrder(s)) return null;
  if (declaredNotFinding(s)) return null;
  if (gateConditionsChecklist(s)) return null;
  // Convention: a formal report's back matter, "## Appendix A: VEX status definitions", "## Annex B — SBOM
  // artefacts", "## Anhang: Prüfprotokolle": the appendix itself holds definitions, artefacts and raw output and is
  // no finding (headings under it may be; a heading with a finding's own id is read as one)
  if (h.refKind !== 'issue' && APPENDIX_TITLE.test(h.text)) return null;
  if (trackingBug(s)) return null;
  // "#### 5.4.2 TLS-Konfiguration – kein Befund", "### Session handling — no issues": checked, nothing found
  if (NOTHING_FOUND.test(h.text) || nothingFoundBody(s)) return null;
  // "### ⧉ Duplicate (1)", "### ◐ In Progress (2)": a tracker export grouped by status; the heading names the
  // state of the records under it
  if (h.refKind !== 'issue' && statusGroupTitle(h.text)) return null;
  // "### 🚨 Must fix before merge" over "**1. Race …**" + its file + text: a review's tier (vocab.ts, reviewTier)
  // names the group of the comments under it, though its mark rates them; not a finding of its own
  if (!h.ref && reviewTier(h.title)) return null;
  // "## Bugs" over "**BUG-2041 — …**" + "* Severity: S1", "**BUG-2042 — …**" + …: its fields are its records'
  // (a chapter number is no id: "## 5. Observaciones informativas" over "- **INF-01 — …**", "- **INF-02 — …**")
  if (((!h.ref || h.refKind === 'numeric') && recordsUnder(s) >= 2) || fieldRecordsUnder(s) >= 2 || titlesOverFields(s) >= 1) return null;
  // "### Payments API — `rules/payments/`" over a YAML block of records ("- id: ALR-01 / title: …"): their group
  if (s.blocks.some((b) => b.type === 'code' && yamlRecordMaps(b).length > 0)) return null;
  if (roomOfNumberedRows(s) || itemOfNumberedRows(s) || pageOfFindingsTable(s) || assetOfIdRows(s)) return null;
  if (!h.ref && !h.severity && markedItemsUnder(s) >= 1) return null;
  if (fileOfRatedItems(s)) return null;
  // "### lib/invites.ts" over "**Line 9**" + a badge + a comment, "**Line 21**" + …: the file the comments are
  // on, their group (records.ts, lineComments)
  if (!h.ref && /^[^\s/]*[/.]\S*$/.test(unmarked(h.title)) && s.blocks.some((b) => b.type === 'paragraph' && lineMarker(nodeText(b)))) return null;
  if (groupOfIdRecords(s)) return null;
  // "### 5.1 Kritické" over tables each headed by a finding's id and title ("| **EMZ-01 – …** | |"): a severity
  // group of records written as tables
  if (severityGroupTitle(h.title) && s.blocks.some((b) => b.type === 'table' && /^\W*[A-Z][A-Z0-9]{0,9}-\d{1,5}\b/.test(headCell(b)))) return null;
  // "## 4.1 Access management" over "| **IR-25-031-01** | **Title** |" + "| Priority | … |" rows: the place
  // findings written as property tables are filed under (records.ts, propertyTableRecords)
  if (s.blocks.some((b) => b.type === 'table' && b.children.length >= 3 && b.children.every((r) => r.children.length === 2) && /^\W*[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8})*-\d{1,5}\W*$/.test(headCell(b)))) return null;
  if (h.refKind === 'issue' && seriesFilesRecords(s)) return null;
  if ((!h.ref || h.refKind === 'numeric') && fieldedItemsUnder(s) >= 2) return null;
  // "- **Priority 1** — significant risk …", "- **Priority 2** — …", "- **Priority 3** — …": three or more
  // severities stated side by side are a scale the report defines, not one finding's rating
  // ("### Security" over paragraphs each ending "Risk: 3 · Ref: H-04 · …": two ids in its fields are its
  // records' fields, not its own)
  // Convention: a finding written as a property table whose "Finding" row holds its prose and whose
  // "Reference" row cites the clauses of a standard ("| Reference | EN 50129:2018 §5.3 … |", a safety
  // assessor's or a certification audit's layout): those rows name no id, so only id-shaped values count
  if (new Set(s.facts.filter((f) => f.kind === 'ref' && ID_SHAPED_REF_RE.test(f.value.trim())).map((f) => f.value.trim().toLowerCase())).size >= 2) return null;
  const sevFacts = s.facts.filter((f) => f.kind === 'severity');
  if (new Set(sevFacts.map((f) => factSeverity(f.value)).filter(Boolean)).size >= 3 || new Set(sevFacts.map((f) => f.key.toLowerCase())).size >= 3) return null;
  // ("Rating: Significant" in the words of the report's own legend)
  // ("Alvorlighetsgrad: **Kritisk** = …; **Høy** = …": a field that defines the scale is its legend, no rating)
  const legendValue = (v: string) => (v.match(LEGEND_VALUE_RE)?.length ?? 0) >= 2 || LEGEND_CHOICES_RE.test(v);
  const sevFact = s.facts.some((f) => f.kind === 'severity' && !legendValue(f.value) && (factSeverity(f.value) || schemeSeverity(s, ownRatingWord(f.value) ?? levelNumber(f.value) ?? ''))) || !!derivedSeverityFact(s.facts);
  if (sevFact) return 'a severity field';
  // (a "**Summary:**" that tallies findings by level is the report's count, no part of a finding: tallyParts)
  const tallies = s.partLabels > 0 ? tallyParts(s) : 0;
  const factsAny = s.facts.some((f) => ['location', 'status', 'effort', 'part', 'blocks'].includes(f.kind) && !(tallies > 0 && f.kind === 'part' && severityTally(f.value)));
  const parts = s.partLabels > tallies || s.children.some((c) => isPartTitle(c.h.title));
  const evidence = factsAny || parts || h.locations.length > 0 || (s.fieldLines ?? 0) >= 2;
  const parent = s.parent;
  const parentGroups = !!parent && parent.depth > 0 && findingHeading(parent);
  // ("## 3. Observations (informational)", "## Vulnerabilities (High)": one plural noun rated in brackets
  // names the group its records belong to, not a finding of its own)
  // ("## 3. Other notes (informational)": a word for "more of them" may come first)
  const groupNoun = FINDING_REASON_RE.test(h.title.trim()) && h.refKind !== 'issue' && !h.status;
  if (h.severity && !groupNoun && (h.ref || h.status || evidence)) return 'severity in the heading with an id, status or finding fields';
  // "### ⚠️ Budget progress bar ignores split transactions" + "**Where:** …": a mark the report's legend rates
  if (!h.severity && h.severityText && evidence && schemeSeverity(s, h.severityText)) return 'a mark the report\u2019s legend rates, with finding fields';
  // "#### Possible IDOR …" over "`#2297330` · `Needs more info` · …": a tracker's record, its id in a line of badges
  if (!h.ref && s.facts.some((f) => f.kind === 'ref' && f.key === 'badge') && s.facts.some((f) => f.key === 'badge' && (f.kind === 'status' || f.kind === 'severity')))
    return 'an id and a status or severity in a line of badges';
  // Convention: meeting notes and minutes (an AI note-taker's summary, a triage call's minutes) give each agenda
  // topic a heading, then who raised it, the severity someone said aloud ("Jo rated it **high**", "Ravi: **sev-3**") and
  // the meeting's decision ("✅ **Decision: Fix now.**"): a topic with a decision and a said severity is one
  // finding (a topic with neither, "### Holiday rota", is the meeting's business); one the meeting closed as
  // no bug ("❌ **Decision: Not a bug.**") was raised as one, and is one closed so, with no severity given
  if (!h.refKind && !h.severity) {
    const decision = s.facts.find((f) => f.kind === 'status' && DECISION_KEY_RE.test(f.key));
    if (decision && (s.saidSeverity || NO_BUG_VERDICTS.has(statusFromText(decision.value) ?? ''))) return 'a meeting topic with a decision and a severity said aloud';
  }
  // "### Low - Missing zero-address check" + its text: a severity label before a title of its own
  if (h.severity && h.labelled && s.blocks.length > 0 && !severityGroupTitle(h.text) && recordsUnder(s) < 2) return 'a severity label before its title';
  if (h.refKind === 'issue' && (h.severity || h.status || evidence || parentGroups)) return 'an id in the heading with finding fields or under a findings heading';
  // "### EV-1 ⛔ Webhook signatures …": an id and a rating mark the report's legend explains
  if (h.refKind === 'issue' && !h.severity && h.severityText) return 'an id and a rating mark in the heading';
  // Convention: a numbered chapter naming its records by one plural noun with a note in brackets, "## 4.
  // Observations (not graded)", "## 5. Recommendations (for information)": the group its bullets belong to, not a
  // finding of its own
  if (h.refKind === 'numeric' && parentGroups && (h.status || evidence || h.severity) && !(h.title.includes('(') && !h.status && FINDING_REASON_RE.test(h.title.trim().replace(NOTED_GROUP_RE, ''))))
    return 'numbered, under a findings heading, with finding fields';
  // "## Detailed Findings" > "### JWT audience never checked" + "**File:** …": located, under a findings heading
  if (!h.refKind && parentGroups && !isGenericTitle(parent.h.title) && (h.locations.length > 0 || s.facts.some((f) => f.kind === 'location')))
    return 'a location, under a findings heading';
  // "## High" / "## Medium Severity" groups: each sub-section with text of its own is one finding
  // (Convention: an agent review's "## 🟠 Major" over "### H3 — Title" + "`roster/cache.go:33` stores …": an id
  // heading whose text opens with the path:line it is about is located, as a "**File:**" line would make it)
  if (parent && parent.depth > 0 && (severityGroupTitle(parent.h.text) ?? severityGroupTitle(parent.h.title) ?? glossedSeverityGroup(parent)) && ((s.blocks.length > 0 && !h.refKind) || (h.refKind && (evidence || s.leadPathLine)) || (h.refKind === 'numeric' && s.blocks.length > 0)))
    return 'under a severity group heading';
  // Convention: a numbered heading with finding fields under a heading of a level the report's legend defines
  // ("### 🚫 Blocking" under a legend "| 🚫 **Blocking** | … |", over "#### 1. SQL built with `fmt.Sprintf` …" +
  // its file): one finding of that level
  if (parent && parent.depth > 0 && h.refKind === 'numeric' && evidence && schemeGroupSeverity(parent)) return 'numbered, under a level of the report’s legend, with finding fields';
  return null;
}

/**
 * Convention: a register or overview section closes on the report's tally, "**Summary:** 15 threats modelled, 13 with
 * a gap — 2 Critical, 5 High, 5 Medium, 1 Low" (threat models, risk registers, audit overviews): a "Summary" key
 * whose value counts findings by two levels or more is the report's count of its findings, not the summary part of
 * one finding, so it makes no finding of the heading over it
 */
const TALLY_PAIR = /(?<![\p{L}\p{N}.,])\d{1,4}\s*(?:[×x]\s*)?(?:critical|high|medium|moderate|low|info(?:rmational)?)(?![\p{L}])/giu;
function severityTally(value: string): boolean {
  return /\d/.test(value) && (value.match(TALLY_PAIR)?.length ?? 0) >= 2;
}
function tallyParts(s: Section): number {
  let n = 0;
  for (const f of s.facts) if (f.kind === 'part' && severityTally(f.value)) n++;
  return n;
}

/**
 * The blocks a record of the section may open: its paragraphs, the first block of each list item,
 * and the paragraphs of its quotes ("> **W-1 · Sev 1 · Title**" + "> text": one record to a quote).
 */
function leadBlocks(b: RootContent): RootContent[] {
  if (b.type === 'list') return b.children.slice(0, 60).map((it) => it.children[0]).filter(Boolean) as RootContent[];
  if (b.type === 'blockquote') return b.children.slice(0, 60) as RootContent[];
  return [b];
}

/** "R1. ", "NR2. ", "TP1: ": a short id alone before the record's emphasised statement (ATAM outputs) */
const SHORT_ID_BEFORE_STATEMENT = /^\s*[A-Z]{1,4}\d{1,4}[.):]?\s+$/;

const RECORD_ID = /\b[A-Z][A-Z0-9]{0,9}-\d+\b|\[[A-Z]{1,6}-?\d+\]/;

/** True when `test` holds for a string anywhere in the value (the strings JSON.stringify would write). */
function anyString(v: unknown, test: (s: string) => boolean): boolean {
  if (typeof v === 'string') return test(v);
  if (!v || typeof v !== 'object') return false;
  for (const x of Array.isArray(v) ? v : Object.values(v)) if (anyString(x, test)) return true;
  return false;
}

/**
 * How many records with ids open the section's own paragraphs and list items ("**INFRA-01 — …**"):
 * "### P1 — fix within 2 weeks" holding several is a group of findings, not one.
 */
function recordsUnder(s: Section): number {
  let n = 0;
  for (const b of s.blocks) {
    const items = leadBlocks(b);
    for (const x of items) {
      if (!x || x.type !== 'paragraph') continue;
      const head = (x.children[0] && 'value' in x.children[0] ? String(x.children[0].value) : '') || '';
      const styled = x.children[0]?.type === 'strong' || x.children[0]?.type === 'emphasis' || x.children[0]?.type === 'delete';
      // (the node's JSON, read only when one of its strings could hold an id: escapes only take matches away)
      const first = !styled ? head : anyString(x.children[0], (v) => RECORD_ID.test(v)) ? JSON.stringify(x.children[0]).slice(0, 400) : '';
      if (RECORD_ID.test(first)) n++;
      // ("R1. *The matcher keeps its index only in memory …*": an ATAM risk, its id then its statement emphasised)
      else if (!styled && SHORT_ID_BEFORE_STATEMENT.test(head) && (x.children[1]?.type === 'emphasis' || x.children[1]?.type === 'strong')) n++;
    }
  }
  return n;
}

/** "**PH-1 — Any partner can read …**": a bold title that opens with an id of the form PREFIX-N. */
const ID_LED_TITLE = /^\s*\[?([A-Z][A-Z0-9]{0,9}(?=-)|[A-Z]{1,3}(?=\d))-?\d+\]?\s*(?:[—–:·.)|-]\s*)?[\p{L}<`"']([^\n]{8,})/u;

const OWN_ID_FAMILIES_RE = /^[\s\p{Extended_Pictographic}\uFE0F]*$/u;
/** Id prefixes of the records that open the section's own paragraphs and list items with an id and a title in bold. */
function ownIdFamilies(s: Section): string[] {
  const out: string[] = [];
  for (const b of s.blocks) {
    const firsts = leadBlocks(b);
    for (const x of firsts) {
      if (x?.type !== 'paragraph') continue;
      const lead = x.children[0]?.type === 'text' && OWN_ID_FAMILIES_RE.test(x.children[0].value) ? x.children[1] : x.children[0];
      if (lead?.type !== 'strong') continue;
      const m = ID_LED_TITLE.exec(nodeText(lead));
      if (m) out.push(m[1]);
    }
  }
  return out;
}

/** "B-05": the prefix of a heading's own id of the form PREFIX-N */
const HEADING_ID_FAMILY = /^([A-Z][A-Z0-9]{0,9})-\d+$/;
/** How many id-led records of each prefix the whole document holds (per classification). */
const familyCounts = new WeakMap<Section, Map<string, number>>();


/**
 * "## API1:2023 Broken Object Level Authorization" over "**PH-1 — Any partner can read …**" +
 * "*Rating: High · Status: Open*": the report numbers its findings in one series of ids (PH-1 … PH-8)
 * spread over headings of another kind; a heading holding a member of such a series (two or more in
 * the report) is the place it is filed under, not a finding of its own, whatever fields its text has.
 */
export function groupOfIdRecords(s: Section): boolean {
  const counts = familyCounts.get(rootOf(s));
  if (!counts) return false;
  // (Convention: an agent's ids run letters and number together, "### B3 · …" over "- 🚧 **B4 · …**": "B3" is of
  // the family "B" its records are, as ID_LED_TITLE reads them, so the heading is their sibling, not their place)
  const ownId = /^([A-Z][A-Z0-9]{0,9})-\d+$|^([A-Z]{1,3})\d+$/.exec(s.h.ref ?? '');
  const own = ownId?.[1] ?? ownId?.[2];
  return ownIdFamilies(s).some((f) => f !== own && (counts.get(f) ?? 0) >= 2);
}

/**
 * "## EXP-44 · Fill the disk …" beside "## EXP-41 …" and "## EXP-43 …" that hold "> **W-1 · Sev 1 · …**":
 * headings of one id series whose members hold records of another series are the places findings are
 * filed under (experiments, test runs, requirements); a member holding none is such a place too.
 */
function seriesFilesRecords(s: Section): boolean {
  const own = idFamily(s);
  if (!own || !s.parent) return false;
  // (counted once per parent: a report of thousands of sibling headings stays linear)
  let series = seriesCounts.get(s.parent);
  if (!series) {
    series = new Map();
    for (const c of s.parent.children) {
      const f = idFamily(c);
      if (!f) continue;
      const e = series.get(f) ?? { members: 0, holders: 0 };
      e.members++;
      if (groupOfIdRecords(c)) e.holders++;
      series.set(f, e);
    }
    seriesCounts.set(s.parent, series);
  }
  const e = series.get(own)!;
  const holders = e.holders - (groupOfIdRecords(s) ? 1 : 0);
  return holders >= 2 && holders * 2 >= e.members - 1;
}

const idFamily = (x: Section) => /^([A-Z][A-Z0-9]{0,9})-\d+$/.exec(x.h.ref ?? '')?.[1];
const seriesCounts = new WeakMap<Section, Map<string, { members: number; holders: number }>>();

/** The items of the section's own lists (the first 60 of each). */
function ownItems(s: Section): ListItem[] {
  const out: ListItem[] = [];
  for (const b of s.blocks) if (b.type === 'list') out.push(...b.children.slice(0, 60));
  return out;
}

const ITEM_TITLE_RE = /^[\s\p{Extended_Pictographic}\uFE0F]*$/u;
const ITEM_TITLE_RE2 = /\p{Extended_Pictographic}/u;
/**
 * The bold title a list item opens with, after a mark ("❌ **…**") and inside a strike-through ("~~❌ **Title**
 * — `a.md:27`~~ — fixed during the audit"), with the inline nodes around it; null when it opens otherwise.
 */
function itemTitle(it: ListItem): { kids: PhrasingContent[]; at: number; title: string; marked: boolean } | null {
  const p = it.children[0];
  if (p?.type !== 'paragraph') return null;
  const kids = p.children[0]?.type === 'delete' ? [...p.children[0].children, ...p.children.slice(1)] : p.children;
  let at = 0;
  let marked = typeof it.checked === 'boolean';
  if (kids[0]?.type === 'text' && ITEM_TITLE_RE.test(kids[0].value)) {
    marked ||= ITEM_TITLE_RE2.test(kids[0].value);
    at = 1;
  }
  const bold = kids[at];
  if (bold?.type !== 'strong') return null;
  const title = nodeText(bold).trim();
  return title.length < 10 || /:$/.test(title) ? null : { kids, at, title, marked };
}

const MARKED_ITEMS_UNDER_RE = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;
/**
 * List items that open with a mark or a bold title of their own and say where ("- ❌ **Failover command
 * targets the old host** — `db-failover.md:37`. …"): records of a checklist or an audit, so the heading
 * over them ("### Payments DB failover", with its file) is the thing audited, not a finding.
 */
function markedItemsUnder(s: Section): number {
  let n = 0;
  for (const it of ownItems(s)) {
    const t = itemTitle(it);
    if (!t || !MARKED_ITEMS_UNDER_RE.test(t.title)) continue;
    const after = t.kids[t.at + 1];
    if (after?.type !== 'text' || !/^\s*[—–:-]\s/.test(after.value)) continue;
    const located = t.kids.slice(t.at + 1, t.at + 4).some((k) => k.type === 'inlineCode' && /[/.]\w+(?::\d+)?|:\d+/.test(k.value));
    if (t.marked || located) n++;
  }
  return n;
}

const FILE_OF_RATED_ITEMS_RE = /^[\s\p{Extended_Pictographic}\uFE0F]+/u;
// (the rating in square brackets too, "- **[HIGH]** L67–73: …", as coding agents write it)
const FILE_OF_RATED_ITEMS_RE2 = /^[\s\p{Extended_Pictographic}\uFE0F]*\[?([\p{L}][\p{L}\p{N}-]{1,20})/u;
/**
 * Convention: an analyzer's report grouped by file (SonarQube's Markdown exports, ESLint's "stylish"
 * output, Checkstyle/PMD digests): "### 📄 `src/a/Foo.java`" over list items each opening with the
 * issue's rating ("- 🛑 **Blocker** · Reliability · `java:S2095` · **L118**"). The heading names no
 * more than the file; the items are the findings, the heading is where they are filed.
 */
function fileOfRatedItems(s: Section): boolean {
  const h = s.h;
  if (h.ref || h.severity || h.locations.length !== 1) return false;
  // (the title is the path and nothing more, a mark for a file before it at most)
  const bare = h.title.replace(/[`*_]/g, '').replace(FILE_OF_RATED_ITEMS_RE, '').trim();
  // ("### `Makefile`": a file whose name has no extension, read as a path, is one too)
  if (!bare || /\s/.test(bare) || (!/[/.]/.test(bare) && h.locations[0].path !== bare)) return false;
  const items = ownItems(s);
  if (!items.length) return false;
  let rated = 0;
  for (const it of items) {
    const p = it.children[0];
    if (p?.type !== 'paragraph') continue;
    const first = nodeText(p).split('\n')[0].slice(0, 200);
    const lead = FILE_OF_RATED_ITEMS_RE2.exec(first)?.[1];
    // ("- `L42` **[must]** DOC-1 …": an item that opens with a line of the heading's file is one of its records)
    if ((lead && severityFromValue(lead)) || /^\s*L\d{1,6}(?:[-–]L?\d{1,6})?\s/.test(first)) rated++;
  }
  return rated * 2 > items.length;
}

/** a ref field's value that is an id ("H-04", "`CVE-2024-1234`, GHSA-…"), not prose or a clause citation */
const ID_SHAPED_REF_RE = /^(?:\S+\s*){1,3}$/;
const FIELDED_ITEMS_UNDER_RE = /\p{L}{2,}\s+\p{L}{2,}/u;
const FIELDED_ITEMS_UNDER_RE2 = /(?:^|[\s.;·|(])([\p{L}][\p{L} ]{1,24}?)\s*:\s*\S/gu;
/**
 * "1. **Brak podstawy prawnej dla SMS.** … Ryzyko: **wysokie**. Status: otwarte.": list items that open
 * with a bold title of their own and state a rating or a status in their text. Two or more make the
 * section over them their group (a chapter "### 4.1. …"), not one finding or one enumerated record.
 */
export function fieldedItemsUnder(s: Section): number {
  let n = 0;
  for (const it of ownItems(s)) {
    const t = itemTitle(it);
    if (!t || !FIELDED_ITEMS_UNDER_RE.test(t.title)) continue;
    const rest = it.children.map((c) => nodeText(c as { value?: unknown; children?: unknown[] })).join(' ').slice(t.title.length, 3000);
    const keys = allMatches(rest, FIELDED_ITEMS_UNDER_RE2).map((m) => factKind(m[1].trim()));
    if (keys.some((k) => k === 'severity' || k === 'status')) n++;
  }
  return n;
}

/** Bold titles over lists of their fields in the section's own text: records, so the section is their group. */
function titlesOverFields(s: Section): number {
  let n = 0;
  for (let i = 0; i < s.blocks.length; i++) if (titleOverFields(s.blocks[i], s.blocks[i + 1])) n++;
  return n;
}

/**
 * Paragraphs that open with a bold title and go on with field lines ("**The app crashes …**" then
 * "**Severity:** Critical · **Ticket:** CUI-312"): records of their own, so the heading over two or
 * more of them is their group, not a finding holding their fields.
 */
function fieldRecordsUnder(s: Section): number {
  let n = 0;
  for (const b of s.blocks) {
    if (b.type !== 'paragraph' || b.children[0]?.type !== 'strong') continue;
    // a bold title, not a field's key ("**Severity**: LOW", "**Issue:** …")
    const boldText = nodeText(b.children[0]);
    const after = b.children[1];
    if (/:\s*$/.test(boldText) || (after?.type === 'text' && /^\s*:/.test(after.value)) || factKind(boldText) || isPartTitle(boldText)) continue;
    const second = b.children.findIndex((c, i) => i > 0 && c.type === 'text' && c.value.includes('\n'));
    // the line after the title holds fields: "Severity: Critical · Ticket: CUI-312", "Severity 4 · Frequency 3/6"
    if (second > 0 && b.children.slice(second).some((c) => (c.type === 'strong' || c.type === 'text') && /:|\s[·•|]\s/.test(afterFirstLine(nodeText(c).slice(0, 300))))) n++;
  }
  return n;
}

/** The text of an inline node and its children, without Markdown. */
function nodeText(n: { value?: unknown; children?: unknown[] }): string {
  return typeof n.value === 'string' ? n.value : (n.children ?? []).map((c) => nodeText(c as { value?: unknown; children?: unknown[] })).join('');
}

/** What follows a text's first line break, or the whole text when it has none. */
function afterFirstLine(t: string): string {
  const i = t.indexOf('\n');
  return i < 0 ? t : t.slice(i + 1).split('\n')[0];
}

const NOTHING_FOUND =
  /[—–:-]\s*(?:no (?:finding|issue|problem|vulnerabilit(?:y|ies))s?(?: (?:found|identified))?|nothing (?:found|to report)|kein(?:e)? (?:Befund|Befunde|Feststellung|Mängel)|aucun (?:constat|problème)|sin (?:hallazgos?|observaciones)|nessun (?:rilievo|problema)|geen bevinding(?:en)?|sem achados)\s*\.?\s*$/iu;

// (Convention: an inspection report's item with nothing wrong, "### Item 6: Sand play table" + "No defects recorded at
// this inspection.": the equipment was inspected and is clean)
const NOTHING_FOUND_BODY =
  /^\s*(?:\*\*|__|[*_])?(?:no (?:findings?|issues?|problems?|vulnerabilit(?:y|ies)|weakness(?:es)?|defects?)(?: (?:were |was )?(?:found|identified|raised|noted|observed|reported|recorded))?(?: (?:in|for|under|at) (?:this|the) (?:category|area|control|section|risk|item|inspection|visit))?|nothing (?:found|to report)|none (?:found|identified|raised))(?:\*\*|__|[*_])?[ \t]*(?:[.!]|\n|$)/iu;
/**
 * Convention: a report that walks a standard's categories one heading each (the OWASP Top 10 for LLM
 * Applications' "### LLM04:2025 Data and Model Poisoning", the web Top 10's "### A08:2021 …", an ASVS
 * chapter) and says under a category with nothing in it "No findings." / "No issues identified." as the
 * first sentence: the category was checked and is clean, no finding (as NOTHING_FOUND reads it in a heading).
 */
function nothingFoundBody(s: Section): boolean {
  const first = s.blocks[0];
  if (s.children.length || !first || first.type !== 'paragraph') return false;
  return NOTHING_FOUND_BODY.test(nodeText(first).slice(0, 200));
}

/** "go-live readiness conditions", "release criteria", "handover prerequisites": what must hold before a step ships */
const GATE_CONDITIONS_TITLE = /\b(?:go[- ]live|release|launch|deployment|production|handover|hand-over|cutover|ship(?:ping)?|exit|entry)\s+(?:readiness\s+)?(?:conditions|criteria|prerequisites|gates?)\s*$/i;
/**
 * Convention: a report's gate written as a checklist under a heading that names the conditions of a step and
 * the study, release or site they are for by its code, "## 7. HB-311 go-live readiness conditions" over "- [ ] F-01
 * closed and verified by QA", "### REL-24.3 release criteria" (audit logs and readiness reviews): the code names
 * what goes live, not a finding; its items are conditions naming findings, the report's checklist
 */
function gateConditionsChecklist(s: Section): boolean {
  if (!GATE_CONDITIONS_TITLE.test(s.h.title)) return false;
  return s.blocks.some((b) => b.type === 'list' && b.children.filter((it) => typeof it.checked === 'boolean').length >= 2);
}

/** An exported tracker's entry that says it is no issue: "Type: pull request", "Type: feature request". */
export function declaredNotFinding(s: Section): boolean {
  // Conventional Comments' praise, question, thought and note (heading.ts, COMMENT_LABEL): a comment that reports
  // nothing to change, "#### 2. praise · Nice use of unique work names"
  if (s.h.comment && /^(?:praise|question|thought|note)$/.test(s.h.comment)) return true;
  if (mitigatedThreat(s)) return true;
  return s.facts.some((f) => f.kind === 'category' && /^\W*(?:pull request|merge request|pr|mr|feature(?: request)?|enhancement|question|discussion|documentation|docs|chore|epic|story)\b/i.test(f.value));
}

/** "Mitigation status", "Threat state": a threat model's field of where each threat's control stands */
const THREAT_STATE_KEY = /^\W*(?:mitigation|threat)\s+(?:status|state)\W*$/i;
/** "Mitigated", "**Mitigated** — edge allowlist", "Fully mitigated", "Already mitigated": not "Not" / "Partially mitigated" */
const MITIGATED_VALUE = /^[^\p{L}]*(?:(?:fully|already)\s+)?mitigated(?![\p{L}])(?!\s+(?:partially|in part)\b)/iu;
/**
 * Convention: a threat model (STRIDE per element, a Threat Modeling Tool export) lists every threat it enumerated,
 * each with its mitigation state, "**Mitigation status:** **Mitigated** — edge LB allowlist …": a threat a control
 * in place already covers is recorded for completeness, no finding (its open, partial, in-progress and accepted
 * threats are)
 */
function mitigatedThreat(s: Section): boolean {
  return s.facts.some((f) => f.kind === 'status' && MITIGATED_VALUE.test(f.value) && THREAT_STATE_KEY.test(f.key));
}

export function inFixOrder(s: Section): boolean {
  // the report's own title ("Critical Bugs Found - Must Fix Before Launch") does not make it a plan
  // ("## Must fix before merge" under a legend "- *Must fix before merge* — … Treat as **high**.": a level of the
  // report's own scale is a bucket of findings, not a step of a plan)
  for (let a: Section | null = s; a && a.depth > 0; a = a.parent) if (!a.docTitle && isFixOrderTitle(a) && !schemeGroupSeverity(a)) return true;
  return false;
}

/** Severity a group heading states for what it holds: "Low-Priority Items", "High Risk", "### Critical". */
export function headingGroupSeverity(s: Section): Severity | null {
  // (the report's own legend first: "## 🚨 Blockers" is high where its legend says so)
  return schemeGroupSeverity(s) ?? groupSeverity(s.h.text, s.h.title, s.h.severity) ?? gradeNamedGroup(s);
}


/** "**Line 31**", "**Lines 40-52**", "Line 4", "**L88–104**": a paragraph that is only a line marker of the heading's file */
const LINE_MARKER = new RegExp(String.raw`^\s*(?:\*\*|__)?\s*${LINE_REF}\s*:?\s*(?:\*\*|__)?\s*$`, 'i');

/** The lines a paragraph that is only a line marker names, or null. */
export function lineMarker(md: string): { start: number; end: number } | null {
  if (md.length > 40 || !/l(?:ine|\d)/i.test(md)) return null;
  const m = LINE_MARKER.exec(md);
  return m ? { start: Number(m[1]), end: Number(m[2] ?? m[1]) } : null;
}

/** Marks findings (isFinding) and groups of findings (hasFindingDesc), children before parents. */
export function classifySections(sections: Section[], docTitle: Section | null): void {
  const counts = new Map<string, number>();
  for (const s of sections) for (const f of ownIdFamilies(s)) counts.set(f, (counts.get(f) ?? 0) + 1);
  // (Convention: one series of ids written both as headings and as bold-led paragraphs, "#### B-05 …" beside
  // "### 5.5 Seite S4 – …" over "**B-07 Title** – Schweregrad: schwer": the headings count in the series too)
  for (const s of sections) {
    const f = HEADING_ID_FAMILY.exec(s.h.ref ?? '')?.[1];
    if (f && counts.has(f)) counts.set(f, counts.get(f)! + 1);
  }
  if (sections[0]) familyCounts.set(rootOf(sections[0]), counts);
  for (let i = sections.length - 1; i >= 1; i--) {
    const s = sections[i];
    s.hasFindingDesc = s.children.some((c) => c.isFinding || c.hasFindingDesc);
    let why = !s.hasFindingDesc && s !== docTitle ? findingReason(s) : null;
    // "## 6. harvest() reverts … — MAJOR BUG" + its own text and location, then "### Low - …" findings
    // one level down: the heading levels slipped; it is a finding beside them, not their group
    if (!why && s.hasFindingDesc && s !== docTitle && s.h.severity && s.h.refKind && s.blocks.length > 0 && s.facts.some((f) => f.kind === 'location' || f.kind === 'severity'))
      why = 'severity and an id in the heading, with its own located text before findings nested under it';
    // "### CN-06 — …" with its own fields, then "#### CN-07 — …": the ids continue, so the levels slipped
    if (!why && s.hasFindingDesc && s !== docTitle && s.h.refKind === 'issue' && idsContinue(s)) {
      const own = findingReason(s);
      if (own) why = `${own}; the findings nested under it continue its ids (heading levels slipped)`;
    }
    s.isFinding = why !== null;
    if (why) s.why = why;
  }
  // "### Fraud rules rollback" + its file + "✅ Everything passed", beside runbooks whose checks list their
  // gaps: the siblings are the things audited, so one with no gap is no finding for naming a file
  for (const s of sections) {
    if (!s.isFinding || s.why !== 'a location, under a findings heading' || !s.parent) continue;
    if (s.parent.children.filter((c) => c !== s && !c.isFinding && markedItemsUnder(c) >= 1).length >= 2) {
      s.isFinding = false;
      s.why = undefined;
    }
  }
  // record sets: a heading of the same shape as its set's findings is one too ("### 17." without facts)
  for (const set of headingSets(sections, docTitle)) {
    const findings = set.filter((s) => s.isFinding).length;
    if (findings < 2 || findings * 2 < set.length) continue;
    for (const s of set) {
      if (s.isFinding || s.hasFindingDesc || blockedTitle(s) || insideFinding(s) || declaredNotFinding(s) || trackingBug(s) || NOTHING_FOUND.test(s.h.text)) continue;
      if (s.h.refKind !== 'numeric' && inFixOrder(s)) continue;
      s.isFinding = true;
      s.why = `member of a set of ${set.length} headings "${set[0].h.ref} …" most of which are findings`;
    }
  }
  // Convention: headings that each open with a mark the report's legend rates ("### 🔥 …", "### ⚠️ …",
  // "### 🧹 Two copies of the currency helper" under "| 🧹 | Low — cleanup |"): the one written as plain text,
  // with no fields, is still one of the rated entries its siblings are
  for (const p of sections) {
    if (p.children.length < 3) continue;
    const rated = p.children.filter((c) => legendMarked(c));
    if (rated.length < 3 || rated.filter((c) => c.isFinding).length < 2) continue;
    for (const s of rated) {
      if (s.isFinding || s.hasFindingDesc || !s.blocks.length || blockedTitle(s) || severityLabelOnly(s) || insideFinding(s) || declaredNotFinding(s) || NOTHING_FOUND.test(s.h.text) || inFixOrder(s) || statusGroupTitle(s.h.text)) continue;
      s.isFinding = true;
      s.why = 'a mark the report\u2019s legend rates, beside headings of the same marks that are findings';
    }
  }
  for (let i = sections.length - 1; i >= 1; i--) {
    const s = sections[i];
    s.hasFindingDesc = s.children.some((c) => c.isFinding || c.hasFindingDesc);
  }
}

/**
 * Convention: a heading that is a severity label and nothing more, its mark before it ("### 🔴 Blockers",
 * "### 🟠 Major", "## 💬 Nits", in the words of the report's legend or the usual ones): it names the level of
 * the findings under it, a group, not a finding titled by its level.
 */
const GLOSS_DASH_RE = /\s+[—–-]\s+/;
/**
 * Convention: a severity group heading glossed after a dash with what its level asks for ("## 🔴 High
 * priority — fix before the next deploy", "## Low — cleanup"), as coding agents head the tiers of a review,
 * over sub-headings one finding each: a group as the bare level is, its gloss no finding's title. The level
 * alone before the dash, and two or more sub-headings that are not parts of one finding ("### Impact") or
 * list items titled in bold.
 */
export function glossedSeverityGroup(s: Section): string | null {
  const h = s.h;
  if (!h.labelled || !h.severity || h.ref || h.status) return null;
  const cut = GLOSS_DASH_RE.exec(h.text);
  const level = cut ? severityGroupTitle(h.text.slice(0, cut.index)) : null;
  if (!level) return null;
  if (s.children.filter((c) => !isPartTitle(c.h.title)).length >= 2) return level;
  // (or over list items that open with bold titles of their own, "- **Dead `Foo` class** — …")
  let titled = 0;
  for (const it of ownItems(s)) if (itemTitle(it) && ++titled >= 2) return level;
  return null;
}

function severityLabelOnly(s: Section): boolean {
  const h = s.h;
  if ((h.ref && h.refKind !== 'numeric') || h.status) return false;
  const t = unmarked(h.title);
  if (!t || t.length > 40) return false;
  return !!severityGroupTitle(t) || (t.split(/\s+/).length <= 3 && !!schemeSeverity(s, t));
}

const LEGEND_MARKED_RE = /^[^\p{L}\p{N}]*?(\p{Extended_Pictographic})/u;
/** "### 🧹 Two copies of …": a heading that opens with a mark the report's legend rates. */
function legendMarked(s: Section): boolean {
  if (!s.h.severityText || !s.h.title) return false;
  const mark = LEGEND_MARKED_RE.exec(s.raw)?.[1];
  return !!mark && !!schemeSeverity(s, mark);
}

export { severityGroupTitle };

/** Every finding nested under s has an id of s's shape numbered after it ("CN-06" over "CN-07"). */
function idsContinue(s: Section): boolean {
  const own = shapeOf(s);
  const kids = s.children.filter((c) => c.isFinding);
  if (!own || kids.length === 0 || s.children.some((c) => c.hasFindingDesc)) return false;
  return kids.every((c) => {
    const k = shapeOf(c);
    return !!k && k.key === own.key && k.n > own.n;
  });
}
/** Shape of a heading's id: "### 3." (numeric, at its depth and level), "#### Threat ID 3", "BUG-A03". */
function shapeOf(s: Section): { key: string; n: number } | null {
  const ref = s.h.ref;
  if (!ref) return null;
  if (s.h.refKind === 'numeric') {
    const parts = ref.split('.');
    return { key: `n${parts.length}@${s.depth}`, n: Number(parts[parts.length - 1]) };
  }
  const m = /^(.*?)(\d+)$/.exec(ref);
  return m ? { key: `r:${m[1].toLowerCase().replace(/\s+/g, ' ')}`, n: Number(m[2]) } : null;
}

/**
 * Headings of one shape that belong together, in document order: siblings under one parent, or a
 * run whose numbers continue across group headings ("## Medium" > "### 1.", "### 2."; "## Low" >
 * "### 3."). A number that does not continue under another parent starts a new set.
 */
export function headingSets(sections: Section[], docTitle: Section | null): Section[][] {
  const open = new Map<string, { set: Section[]; last: Section; n: number }>();
  const sets: Section[][] = [];
  for (const s of sections) {
    if (s.depth === 0 || s === docTitle) continue;
    const shape = shapeOf(s);
    if (!shape) continue;
    const cur = open.get(shape.key);
    if (cur && (cur.last.parent === s.parent || shape.n === cur.n + 1)) {
      cur.set.push(s);
      cur.last = s;
      cur.n = shape.n;
      continue;
    }
    const set = [s];
    sets.push(set);
    open.set(shape.key, { set, last: s, n: shape.n });
  }
  return sets.filter((x) => x.length > 1);
}
