// The report's own plan: checklists (and whether they gate deployment) and fix order.
import type { List, ListItem, RootContent } from 'mdast';
import type { ChecklistItem, Effort, FixOrderItem, FixOrderStep, ParsedChecklist, ParsedFinding } from '../../../shared/types';
import { oneSidedBounds } from './bounds';
import { literalGate } from './prefilter';
import { parseEffort } from './effort';
import { plainInline } from './heading';
import { factFromLine, src, type Section } from './sections';
import { blocksStatement, groupBlocks, CYRILLIC_GREEK, EMOJI_RE, greekLoose, isSeverityWord, SHORT_ISSUE_ID_SRC, FLOOR_CODED_ID_SRC } from './vocab';
import { cellText, itemText } from './draft';
import type { Table } from 'mdast';
import { allMatches } from './all-matches';

// ("## 8 Deployment Conditions", "Release prerequisites": what must hold when the code ships, named by the step it
// must hold for; such a heading both names a checklist and makes it a gate)
const STEP_CONDITIONS = String.raw`\b(?:deploy(?:ment)?|release|launch|go[- ]live|merge|production|mainnet) (?:conditions|prerequisites|preconditions)\b`;

/**
 * Checklists by language: words that name one ("checklist", "ellenőrzőlista") and phrases that make it
 * a gate ("must pass", "before release", "înainte de punerea în funcțiune", "beküldés előtti"). A
 * language is added here.
 */
const CHECKLIST_WORDS: Record<string, { named?: string[]; gate?: string[] }> = {
  en: {
    named: ['checklist', 'criteria', String.raw`\bconditions (?:for|of|before)\b`, STEP_CONDITIONS, String.raw`\bgate\b`, 'definition of done', 'acceptance', String.raw`pre-?(?:deploy\w*|release|launch|flight|merge)`,
      // ("## Launch sign-off" over "Launch approval requires every box ticked:": the heading names the list too)
      String.raw`\b(?:launch|release|go[- ]live|deploy(?:ment)?|production|cutover) sign[- ]?off\b`],
    // ("Phase 0 — Before billing cut-over": the cutover spelt with a hyphen, as British reports write it)
    // (Convention: a re-check list after fixes, "## Re-verify before redeploy (must all pass)": the deploy done again
    // after a fix is still a deploy, and "must all pass" says what "must pass" says)
    gate: [String.raw`must (?:all )?pass`, String.raw`\bgo\s*\/\s*no[- ]go\b`, String.raw`\bgo[- ]no[- ]go\b`, String.raw`before (?:[\w.-]+ ){0,3}?(?:(?:re-?)?deploy|release|production|merg|launch|go[- ]live|shipping|ships?\b|tagging|publishing|cut-?over)`, String.raw`\bbefore (?:we|you) (?:can )?(?:publish|ship|release|deploy|launch|tag)\b`,
      // (Convention: a game or app goes to the platform holder's certification or a store's review before it ships,
      // "must all be ticked before we submit the build to cert", "before submitting to App Review")
      String.raw`\bbefore (?:we |you )?(?:can )?submit(?:ting)?\b`,
      // (and the step named as a noun, "must be green before cert submission", "before store submission", "before
      // the TRC submission": the submission to certification or review is the build's shipping step)
      String.raw`\bbefore (?:the |our |each )?(?:[\w.-]+ ){0,2}?submission\b`,
      // (Convention: the step named with "only when", "## Submit only when…", "Ship only once:", "Merge only if": the
      // list says what must hold before the build is submitted, shipped or merged, as "before we submit" does)
      String.raw`^\W*(?:(?:we |you )?(?:submit|ship|release|deploy|merge|launch|publish|go live)|(?:submission|release|deploy(?:ment)?|merge|launch))(?: to [\w .-]{1,30}?)? only (?:when|once|if|after)\b`,
      // ("## Before I approve", "### Merge checklist": a pull request's review lists what must be done before
      // it is approved and merged)
      // (Convention: an image, package or artefact published to a gallery, registry or store, "## Pre-publish checklist",
      // "Pre-publication checks": what must hold before it is published, as a pre-release list is)
      // (Convention: a merge request's review closing on what must be done before the reviewer looks again, "## Before
      // I re-review", "Before requesting re-review": the round after which they approve, a gate on the merge as
      // "Before I approve" is)
      String.raw`\bbefore (?:I|we) (?:can )?(?:approve|merge|sign off|re-?review)\b`, String.raw`\bbefore (?:(?:requesting|asking for) )?(?:a |the )?re-?review\b`, String.raw`pre-?(?:deploy|release|launch|production|merge|publish|publication)`, 'do not (?:deploy|release|ship|merge)',
      // (Convention: an API's or product's general availability is its launch, "## Pre-GA guild checklist", "Pre GA
      // checks": what must hold before the GA release, a gate as a pre-release list is)
      String.raw`\bpre[- ]?ga\b`,
      // (Convention: a migration's or a platform replacement's switch-over, "## Pre-cutover checklist", "Pre-cut-over
      // checks": what must hold before the old system is switched off for the new, a gate as a pre-release list is)
      String.raw`\bpre[- ]?cut[- ]?over\b`,
      // (Convention: a mobile or game team's "## Ship blockers for 2.15", "Ship gate": the list that must be done
      // before the build ships, as a release blocker list is)
      '(?:deploy(?:ment)?|release|launch|merge|ship) (?:gate|blocker|criteria|readiness|checklist)',
      // (Convention: an app's build goes to the store's review to ship, "## Resubmission checklist", "App Store submission
      // checklist": what must hold before the build is submitted again after a rejection, or first, a gate as a release
      // checklist is)
      String.raw`\b(?:re-?)?submission (?:gate|blockers?|criteria|readiness|checklist)\b`, 'go[- ]live', 'blocking', 'required for (?:deploy|release|production)',
      // (the word gate, not the end of another word: "Northgate will confirm each item", "investigate", "mitigate",
      // "aggregate" say nothing of a gate)
      String.raw`\bgate\b`,
      // ("### Exit criteria — EU signups": what must hold before the phase is left, a gate)
      // (Convention: a milestone's "Beta exit checklist", "Alpha exit checklist": the list ticked before the build
      // leaves the milestone, as exit criteria are)
      String.raw`\bexit criteria\b`, String.raw`\bexit checklist\b`,
      // (Convention: a postmortem's list of what must be done before the stopped job or feature is turned on again,
      // "## Before re-enabling the nightly cron", "Before switching the sync back on": a gate on the re-enable)
      String.raw`\bbefore (?:re-?enabling|(?:turning|switching) (?:[\w.-]+ ){0,3}?back on)\b`,
      // (Convention: an incident's or a secret leak's change freeze on the repository or the release, "## Before we
      // un-freeze `harbor`", "Before lifting the code freeze", "Unfreeze criteria": what must hold before pushes and
      // releases resume, a gate on them)
      String.raw`\bbefore (?:we |you )?(?:can )?(?:un-?freez\w*|lift(?:ing)? the (?:[\w-]+ )?freeze)`, String.raw`\bun-?freeze (?:criteria|checklist|gate)\b`,
      // ("## Release sign-off checklist (3.8)", "Launch sign-off": what must be ticked before the release is signed
      // off, so before it ships)
      String.raw`\b(?:launch|release|go[- ]live|deploy(?:ment)?|production|cutover|submission) sign[- ]?off\b`,
      // ("## Mainnet readiness", "Production readiness": what must hold before the code goes live on the network
      // or environment the heading names, as a web3 audit closes on mainnet and a service review on production)
      String.raw`\b(?:mainnet|production|prod|go[- ]live|ga) readiness\b`,
      // ("## Before the Q1 DR attestation is signed", "Before v3 is approved": what must hold before a sign-off,
      // an attestation or an approval is given, a gate as a release is)
      String.raw`\bbefore (?:[\w.-]+ ){0,5}?(?:is|are|gets?|can be) (?:signed|approved|certified|accepted|promoted)\b`, String.raw`\bbefore (?:the )?(?:[\w.-]+ ){0,3}?(?:sign-?off|attestation|certification|promotion)\b`,
      // (Convention: a regulated or document-controlled release, where the system's or record's status is switched
      // in the quality system, "To be completed before the system status is changed to "Released — GxP"", "before
      // the SOP is set to Effective": what must hold before the status that lets it be used, a gate)
      String.raw`\bbefore (?:[\w.-]+ ){0,8}?(?:is|are|gets?|can be) (?:changed|set|moved|switched|promoted|updated) to\W{0,3}(?:released|approved|effective|live|production|operational|validated)\b`,
      // ("## Conditions for the mark", "Conditions for go-live": what must hold before the step it names)
      String.raw`\bconditions (?:for|before)\b`,
      // ("## 8 Deployment Conditions", "Release prerequisites": what an audit assumes is in place when the code
      // ships, named by the step it must hold for)
      STEP_CONDITIONS,
      // ("## Acceptance criteria for the 4.0 release", "Exit criteria for launch": what must hold for the release
      // it names to go ahead, a gate as "Release criteria" is)
      String.raw`\bcriteria (?:for|of) (?:the )?(?:[\w.-]+ ){0,3}?(?:release|launch|go[- ]live|deploy\w*|rollout|cutover|ga\b|production)`,
      // ("## Release acceptance criteria", "Launch acceptance criteria": the step named before the criteria, what must
      // hold for that release to be accepted, a gate as "Release criteria" is)
      String.raw`\b(?:release|launch|go[- ]live|deploy(?:ment)?|merge|production|rollout|cutover) acceptance criteria\b`,
      // ("## Before we tighten the checkout SLO to 99.95%", "Before we flip the flag": a checklist titled by the
      // change it must be complete for, whatever the change is)
      // Convention: not a list of what must be ready before the work itself starts, "### Before we kick off P0",
      // "Before we start the migration work": the plan's start, not a release or a change going live
      String.raw`^\W*before (?:we|you) (?:can )?(?!(?:kick|start|begin|commence)\w*\b)[a-z]+\b`,
      // ("## Go criteria (all must be ticked before GO)", "before a GO decision": a release review's go/no-go call is
      // the release, and what must hold before it is called GO is a gate; not Go the language, "before Go 1.22")
      String.raw`\bbefore (?:a |the )?go\b(?! ?\d)(?:[- ]decision\b)?(?!-)`,
      // (Convention: a postmortem's "Re-enable criteria for bulk export": what must hold before the stopped feature is
      // switched on again, a gate as "Before re-enabling" is)
      String.raw`\bre-?enable(?:ment)? (?:criteria|conditions|checklist)\b`,
      // (Convention: a sign-off named for the version it lets ship, "Locale sign-off for 4.12", "QA sign-off for
      // v2.3": what must be signed before that version goes out)
      String.raw`\bsign[- ]?off for (?:the )?(?:v|version |release )?\d+(?:\.\d+)+\b`,
      // (Convention: a triage heading that names the step its list holds, "🚫 Blocks the spring rollout", "Blocking
      // the 2.0 release": every item in it blocks that step)
      String.raw`^\W*block(?:s|ing) (?:the )?(?:[\w.-]+ ){0,2}?(?:rollout|release|launch|deploy\w*|merge|go[- ]live|cut-?over)\b`,
      // (Convention: a platform team's change goes out in an upgrade or a change window, "Pre-upgrade checklist",
      // "must be complete before each prod window", "before the maintenance window": the upgrade is the release)
      String.raw`\bpre-?upgrade\b`, String.raw`\bbefore (?:[\w.-]+ ){0,3}?(?:change|maintenance|release|upgrade|prod(?:uction)?) window\b`,
      // (Convention: a building or fit-out job ships at its handover, "practical completion" (PC) in British contracts:
      // "## Handover checklist", "all to be ticked before PC certificate", "Before practical completion": what must
      // hold before the works are handed over, a gate as a release checklist is)
      String.raw`\bhand-?over (?:checklist|criteria|conditions)\b`, String.raw`\bbefore (?:the )?(?:[\w.-]+ ){0,3}?(?:hand-?over|practical completion|PC cert(?:ificate)?)\b`,
      // (Convention: a data or platform team's list of what must hold before a job or change is run against production,
      // "All of these before the Wave 3 full refresh runs in prod", "before the migration is applied to production",
      // "before this goes to prod": the run in production is the release)
      String.raw`\bbefore (?:[\w.-]+ ){0,6}?(?:runs?|goes|lands?|is (?:run|applied|executed|deployed)) (?:in|on|to|into|against) prod(?:uction)?\b`,
      // (Convention: a site, warehouse, store or venue report is timed for an operational milestone, not a release:
      // "## Must-fix before peak season", "Must-do before opening", "Must close before the audit": the list must be
      // done before that milestone, a gate as a release blocker list is; and the milestone named alone, "Before peak",
      // "Before the store opening", "before season start")
      String.raw`\bmust[- ](?:fix|do|close|have)(?:es|s)?\s+before\b`,
      String.raw`\bbefore (?:the )?(?:[\w.-]+ ){0,2}?(?:peak(?: season)?|(?:re-?)?opening(?: day)?|season start)\b`,
      // (Convention: a building closed after storm, fire or flood damage is inspected before it is used again,
      // "## Reoccupation sign-off checklist", "to be completed before the hall reopens", "before the block is
      // reoccupied": the reopening is the milestone held, a gate as "before opening" is)
      String.raw`\bbefore (?:the )?(?:[\w.-]+ ){0,3}?(?:re-?opens|(?:is|are|can be) (?:re-?opened|re-?occupied)|re-?occupation|re-?occupancy)\b`, String.raw`\bre-?occupa(?:tion|ncy) (?:sign[- ]?off|checklist|criteria)\b`,
      // Convention: a checklist of what must be done before a thing taken out of use is used again, "## 7. Actions
      // Before Re-use" of a scaffold tagged RED, "before the lift is returned to service", "before re-energising the
      // board", "Return-to-service checklist": its use again is the milestone held, a gate as "before reopening" is
      String.raw`\bbefore (?:any |its |their )?(?:re-?use|re-?energi[sz](?:ing|ation)|re-?commissioning|return(?:ing)? (?:it |them )?to (?:use|service|operation))\b`,
      String.raw`\bbefore (?:the )?(?:[\w.-]+ ){0,3}?(?:is|are|can be) (?:re-?used|used again|put back (?:into|in) (?:use|service)|returned to (?:use|service|operation)|re-?energi[sz]ed|re-?commissioned)\b`,
      String.raw`\breturn[- ]to[- ](?:service|use) (?:checklist|criteria|conditions)\b`],
  },
  // (Portugal writes release "libertação", Brazil "liberação": "Condições para libertação do lote piloto")
  // ("Critérios para aprovação": what a pull request's review needs before it approves the merge, as "Before I approve")
  pt: { named: ['lista de verifica[cç][ãa]o', 'crit[ée]rios'], gate: ['condi[cç][õo]es para o lan[cç]amento', 'antes do (?:lan[cç]amento|merge|deploy)', 'condi[cç][õo]es para (?:a )?(?:liberta|libera)[cç][ãa]o', 'crit[ée]rios (?:para|de) (?:a )?(?:aprova[cç][ãa]o|merge|lan[cç]amento|libera[cç][ãa]o|deploy)', 'crit[ée]rios de sa[íi]da'] },
  // ("## Criterios de salida (obligatorios para pasar a producción)": a QA cycle's exit criteria, what must hold
  // before the version goes to production, as "Exit criteria")
  // ("## Criterios para dar el visto bueno a la 2.8": the criteria for the approval of the version, "visto bueno" the
  // sign-off that lets it ship, as "Release criteria")
  // (Convention: Argentinian and Uruguayan reports say "pasaje a producción" for the go-live, "Condiciones previas al
  // pasaje a producción": the same gate as "paso a producción"; "previas", "previos": the word agrees with its noun)
  es: { named: ['lista de verificaci[oó]n', 'criterios de (?:salida|aceptaci[oó]n)'], gate: ['antes del lanzamiento', 'previ[oa]s? (?:a la (?:publicaci[oó]n|salida)|al (?:lanzamiento|despliegue|(?:paso|pasaje) a producci[oó]n))', 'criterios de salida', 'para pasar a producci[oó]n', 'antes de(?:l (?:paso|pasaje) a| pasar a)? producci[oó]n', 'criterios (?:para|de) (?:dar )?(?:el )?visto bueno', 'criterios (?:para|de) (?:el |la )?(?:lanzamiento|publicaci[oó]n|despliegue|aprobaci[oó]n)'] },
  // Galician: "Lista de comprobación previa á publicación" (the checklist before the release, "á" for "a a"), "previa
  // ao despregamento", "Debe estar completa antes de subir a versión ás tendas" (before the version goes up to the
  // stores), "antes do paso a produción": the step the list must be complete for, a gate as Spanish "previa a la
  // publicación" is
  gl: { named: ['lista de comprobaci[oó]n'], gate: [String.raw`(?<![\p{L}])previ[oa]s? (?:[áa] (?:publicaci[oó]n|sa[íi]da)|ao (?:lanzamento|despregamento|paso a produci[oó]n))`, String.raw`(?<![\p{L}])antes d(?:a|o|e) (?:publicaci[oó]n|lanzamento|despregamento|paso a produci[oó]n|(?:subir|publicar|enviar|despregar) (?:a |esta |a nova )?versi[oó]n)`] },
  // Catalan: "Llista de comprovació", "Condicions per a la posada en producció", "Abans de l'obertura, totes aquestes
  // condicions s'han de complir" (before the opening, all these conditions must be met: the step the list holds)
  ca: { named: ['llista de (?:comprovaci[óo]|verificaci[óo])'], gate: ["(?<![\\p{L}])abans de(?:l | la | l['’]| )(?:obertura|posada en (?:producci[óo]|marxa)|llan[çc]ament|desplegament|publicaci[óo])", 'condicions (?:per a |per )?(?:la posada en producci[óo]|el llan[çc]ament|el desplegament|la publicaci[óo])'] },
  // Polish: "Lista kontrolna", "Kryteria wydania" (the release criteria), "przed wydaniem / wdrożeniem" (before the
  // release, the deployment), "Warunki wdrożenia 3.8 na produkcję" (the conditions of the deployment to production)
  // ("## Kryteria wyjścia", a QA cycle's exit criteria: what must hold before the version leaves testing for the pilot
  // or production, a gate as "Exit criteria" and "Criterios de salida" are; "przed pilotażem", before the pilot)
  // (Convention: a Brazilian QA cycle's "## Critérios de saída da regressão" (the regression's exit criteria), what must
  // hold before the version leaves the cycle for the stores, a gate as "Exit criteria" and Spanish "Criterios de
  // salida" are)
  // Czech and Slovak: "Kontrolní seznam před spuštěním ostrého provozu" (the checklist before the go-live, "ostrý
  // provoz" the live operation), "před nasazením" (before the deployment), "před vydáním" (before the release),
  // "Kritéria pro převzetí" (acceptance criteria), Slovak "pred spustením", "pred nasadením"
  cs: {
    named: ['kontroln[íi] (?:seznam|zoznam)', 'krit[ée]ri[aá]', 'podm[íi]nky'],
    gate: [String.raw`(?<![\p{L}])(?:před|pred) (?:[\p{L}]+ ){0,2}?(?:spuštěním|spustením|nasazením|nasadením|vydáním|zprovozněním|sprevádzkovaním|uvedením do (?:ostrého )?provozu|převzetím|prevzatím|přechodem do (?:ostrého )?provozu)(?![\p{L}])`, 'krit[ée]ri[aá] (?:pro |pre )?(?:spuštění|spustenie|nasazení|nasadenie|vydání|vydanie|převzetí|prevzatie|akceptaci)', 'podm[íi]nky (?:pro |pre )?(?:spuštění|spustenie|nasazení|nasadenie|vydání|vydanie|převzetí)'],
  },
  // (Convention: a Polish code review's "## Checklista przed merge" (the checklist before the merge), "przed
  // scaleniem", "przed zmergowaniem": what must be ticked before the merge request goes in, as German "vor dem Merge")
  pl: { named: ['lista kontrolna', 'kryteria', 'warunki'], gate: ['kryteria (?:wydania|wdrożenia|odbioru|publikacji|wyjścia)', 'przed (?:wydaniem|wdrożeniem|publikacją|uruchomieniem|pilotażem|go-live|merge|scaleniem|zmergowaniem)', 'warunki (?:wydania|wdrożenia|odbioru|publikacji|uruchomienia|wejścia na produkcję)'] },
  // French: "Liste de contrôle", "Conditions de mise en production de la v4.2" (the conditions of going to
  // production), "avant MEP" / "avant la mise en production" (MEP, mise en production: the go-live), "avant le
  // déploiement", "avant la mise en service"
  fr: {
    named: ['liste de contr[oô]le', String.raw`\bconditions (?:de|pour|préalables)\b`],
    gate: [String.raw`\bavant (?:la |le |l'|sa )?(?:mise en (?:production|service)|MEP\b|d[ée]ploiement|go-live)`,
      String.raw`\bconditions (?:de |pour (?:la |le |l')?|préalables (?:à|au|avant) (?:la |le |l')?)(?:mise en (?:production|service)|MEP\b|d[ée]ploiement|go-live)`,
      // ("## Critères de sortie de recette", the French "exit criteria" of a test campaign, and "conditions de GO",
      // what must hold for the go: a gate)
      String.raw`\bcritères de sortie\b`, String.raw`\b(?:conditions|critères) (?:de |du |pour (?:le )?)?go\b`],
  },
  // Italian: "Lista di controllo", "Condizioni per il rilascio" (the conditions for the release), "Criteri di
  // rilascio", "prima della messa in produzione" (before going to production)
  it: {
    named: ['lista di controllo', String.raw`\bcondizioni (?:per|di|prima)\b`],
    gate: [String.raw`\bcondizioni (?:per (?:il |la |l')?|di |del(?:la)? )(?:rilascio|pubblicazione|messa in produzione|go-live|merge|collaudo)`,
      String.raw`\bcriteri (?:di|per il) (?:rilascio|go-live|collaudo)`,
      // ("## Criteri di uscita", an Italian test campaign's exit criteria: what must hold before the version leaves
      // testing for production, a gate as "Exit criteria", "Critères de sortie" and "Criterios de salida" are)
      String.raw`\bcriteri di uscita\b`,
      String.raw`\bprima del(?:la|l')? ?(?:rilascio|pubblicazione|messa in produzione|go-live|merge)`],
  },
  // ("## Merge-Voraussetzungen", "Release-Voraussetzungen", "Voraussetzungen für den Go-Live": what must hold before
  // the merge or release, a German review's gate; "Abnahmekriterien", the acceptance criteria)
  // ("### Freigabekriterien Store-Release 4.12": the release criteria, what must hold before the release is approved)
  // (Convention: "## Voraussetzungen für die Inbetriebnahme der neuen Leitwarte", "Vor der Inbetriebnahme": a German
  // audit's conditions for putting a system or plant into operation; the commissioning is its go-live)
  de: { named: ['checkliste', 'voraussetzungen', 'abnahmekriterien', 'freigabekriterien'], gate: ['freigabekriterien', 'vor dem (?:release|go-live|merge|deployment|rollout)', 'vor der inbetriebnahme', '(?:merge|release|go-live|deployment|rollout|produktiv(?:nahme|setzung)?|freigabe|inbetriebnahme)-?voraussetzungen', 'voraussetzungen für (?:den |das |die )?(?:merge|release|go-live|deployment|rollout|produktivnahme|produktivsetzung|freigabe|inbetriebnahme)', 'abnahmekriterien'] },
  // ("## Criterii de ieșire", the exit criteria of a Romanian test report, "Criterii de acceptanță", "Criterii de
  // lansare": what must hold before the phase is left or the release goes out, a gate as "Exit criteria" is)
  ro: {
    named: ['list[ăa] de verificare', '\\bcriterii(?:le)? de (?:ie[șşs]ire|acceptan[țţt][ăa]|lansare)'],
    gate: ['[îi]nainte de (?:punerea [îi]n (?:func[țţt]iune|produc[țţt]ie)|lansare|livrare|publicare)', '\\bcriterii(?:le)? de (?:ie[șşs]ire|acceptan[țţt][ăa]|lansare)'],
  },
  // Swedish: "Checklista inför lansering" (the checklist ahead of the launch), "Kontrollista före driftsättning"
  // (before the deployment), "inför produktionssättning", "före go-live"; Danish and Norwegian "før lancering",
  // "før idriftsættelse / idriftsettelse"
  // (Convention: Norwegian "Sjekkliste før produksjonssetting" (the checklist before the production launch), nynorsk
  // "produksjonssetjing", Danish "produktionssætning", Norwegian "idriftsetting": the production launch, as Swedish
  // "produktionssättning" is)
  // (Convention: Danish, Norwegian and Swedish "Release-kriterier", "Lanseringskriterier", "Releasekriterier": the
  // release criteria, a gate as the English heading is)
  sv: { named: ['checklista', 'kontrollista', 'tjekliste', 'sjekkliste'], gate: [String.raw`(?<![\p{L}])(?:release|lancerings|lanserings|udgivelses|utgivelses|go-live|idriftsættelses|idriftsettelses)-?kriteri(?:er|erna|erne|a)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:inför|före|innan|før) (?:(?:den |vår |v\d[\w.]*|version [\w.]+) )?(?:lansering\p{L}*|driftsättning\p{L}*|produktionssättning\p{L}*|produksjonssetting\p{L}*|produksjonssetjing\p{L}*|produktionssætning\p{L}*|idriftsetting\p{L}*|release\p{L}*|go-live|publicering\p{L}*|idriftsættelse\p{L}*|idriftsettelse\p{L}*|utrullning\p{L}*|lancering\p{L}*)(?![\p{L}])`] },
  // Estonian: "KoolSöök 2.0 käivitamise eeltingimused" (the preconditions of the launch), "Kontroll-loend", "enne
  // avalikku käivitamist" (before the public launch), "enne juurutamist" (before the deployment)
  // (Convention: "Kontrollnimekiri enne tootmisse viimist" (the checklist before taking into production), "enne
  // tootmisse minekut", "enne tootmiskeskkonda viimist": production named as the step, as "before go-live")
  et: { named: ['kontroll-?loend', 'kontrollnimekiri', 'eeltingimused'], gate: ['(?:käivitamise|juurutamise|avaldamise|väljalaske|kasutuselevõtu|tootmisse viimise) eeltingimused', 'enne (?:[\\p{L}\\d.-]+ ){0,3}?(?:käivitamist|juurutamist|avaldamist|väljalaset|kasutuselevõttu|tootmisse (?:viimist|minekut|laskmist)|tootmiskeskkonda viimist)'] },
  // (Convention: a Finnish test report's "## Uudelleentestauksen hyväksymiskriteerit" (the retest's acceptance
  // criteria) over "Seuraavien kohtien on täytyttävä ennen kuin … antaa puoltavan lausunnon tuotantoon viennistä"
  // (these must hold before … approves going to production): acceptance or release criteria, and "ennen kuin" /
  // "ennen" (before) the go-live, "tuotantoon vienti" (taking to production), the release or the deployment, are a
  // gate as "Abnahmekriterien" and "before go-live" are)
  fi: {
    named: ['tarkistuslista', 'edellytykset', 'hyväksymiskriteerit'],
    gate: ['käyttöönoton edellytykset', 'ennen käyttöönottoa', '(?:hyväksymis|julkaisu|käyttöönotto)kriteerit',
      'ennen (?:kuin )?(?:[\\p{L}\\d.,-]+ ){0,6}?(?:tuotantoon ?vie|julkais|käyttöön)\\p{L}*',
      // (Convention: "## Julkaisua edeltävä tarkistuslista" (the checklist preceding the release), "Käyttöönottoa
      // edeltävät tarkistukset", "tuotantoonvientiä edeltävä": the step in the partitive before "edeltävä", as
      // Swedish "inför lansering")
      '(?:julkaisu[an]?|käyttöönottoa|tuotantoon ?vientiä|tuotantoon siirtoa|lanseerausta) edeltäv\\p{L}*'],
  },
  // Icelandic: "Gátlisti fyrir útskrift" (the checklist before release to service), "Skilyrði fyrir afhendingu";
  // "áður en CRS er gefið út" (before the release certificate is issued), "áður en kerfið fer í rekstur"
  is: {
    named: ['gátlist\\p{L}*', 'skilyrði fyrir'],
    gate: ['fyrir (?:útskrift|útgáfu|afhendingu|gangsetningu)', 'áður en (?:[\\p{L}\\d-]+ ){0,4}?(?:(?:er|verður) gefi[ðn] út|er afhent|fer í rekstur|er tekið í notkun|er útskrifuð)'],
  },
  // Turkish: "Yayın öncesi kontrol listesi" (the checklist before the release), "Birleştirmeden önce" (before the
  // merge), "canlıya almadan önce" (before the go-live)
  tr: {
    named: ['kontrol listesi'],
    // (Convention: "Canlıya Çıkış Kontrol Listesi" (the go-live checklist), "Canlıya geçiş öncesi": "canlıya çıkış" /
    // "canlıya geçiş" is the go-live itself, a gate as the English "go-live" is; not "canlıya çıkıştan sonra" (after
    // the go-live), the word with a case ending)
    // (Convention: the step as a passive verbal noun in the ablative, "sürümün mağazalara gönderilmesinden önce …
    // geçmelidir" (must pass before the version is sent to the stores), "yayınlanmasından önce", "canlıya
    // alınmasından önce": what must hold before the release, a gate as "before submission" is)
    gate: ['(?<![\\p{L}])(?:gönderilmesinden|gönderiminden|yayınlanmasından|yayımlanmasından|dağıtılmasından|dağıtımından|alınmasından|birleştirilmesinden|teslim edilmesinden|çıkılmasından) önce(?![\\p{L}])', '(?:yayın|sürüm|dağıtım|canlı|birleştirme|merge|teslim|lansman) öncesi', '(?<![\\p{L}])canlıya (?:çıkış|geçiş)(?![\\p{L}])', '(?:yayınlamadan|birleştirmeden|merge etmeden|canlıya almadan|dağıtmadan|teslim etmeden|yayına almadan) önce'],
  },
  // Convention: Basque (euskara) "Argitaratu aurreko egiaztapen-zerrenda" (the checklist before publishing, the verb
  // before "aurreko"), "bete behar da ekoizpenera igo aurretik" (to be met before going up to production)
  eu: { named: ['egiaztapen-?zerrenda', 'kontrol-?zerrenda'], gate: [String.raw`(?<![\p{L}])(?:argitaratu|hedatu|zabaldu|abiarazi|(?:ekoizpenera|produkziora) (?:igo|pasa|eraman)|(?:ekoizpenean|produkzioan|martxan) jarri) (?:aurreko|aurretik)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:argitalpen|hedapen|abiarazte)(?:aren)? (?:aurreko|aurretik)(?![\p{L}])`] },
  // Convention: Welsh (Cymraeg) "Rhestr wirio ailbrofi (rhaid ei phasio cyn lansio)" (the retest checklist, to be
  // passed before launching), "Rhestr wirio cyn mynd yn fyw" (before going live), "cyn y lansiad", "cyn rhyddhau"
  cy: { named: ['rhestr (?:wirio|gwirio)'], gate: [String.raw`(?<![\p{L}])cyn (?:y )?(?:lansio|lansiad|rhyddhau|rhyddhad|mynd yn fyw|mynd i['’]r byw|cyhoeddi)(?![\p{L}])`] },
  // (Convention: a Hungarian merge request's review closing on "## Merge feltételei" (the conditions of the merge),
  // "Élesítés feltételei", "Kiadási feltételek", "Merge előtt" (before the merge): what must hold before the step the
  // heading names, as "Merge conditions" and "Before merging" do; the loanword "merge" stands in Hungarian reviews)
  hu: {
    named: ['ellenőrzőlista'],
    gate: [
      '(?:beküldés|kiadás|élesítés|telepítés|indulás|bevezetés) előtti',
      '(?<![\\p{L}])(?:merge(?:-?(?:el[eé]s|öl[eé]s))?|beolvasztás|kiadás|élesítés|telepítés|indulás|bevezetés|átállás)(?:i feltételek|(?:ének|ának)? feltételei|[- ]feltételek)(?![\\p{L}])',
      '(?<![\\p{L}])(?:merge(?:-?(?:el[eé]s|öl[eé]s))?|beolvasztás|kiadás|élesítés|telepítés|indulás|bevezetés|átállás) előtt(?![\\p{L}])',
    ],
  },
  // Convention: Slovenian "Kontrolni seznam za ponovni test (pogoj za objavo v produkciji)" (the retest checklist, a
  // condition of the publication to production), "Seznam preverjanj pred izdajo" (before the release), "pred uvedbo
  // v produkcijo", "pogoji za zagon" (the conditions of the launch)
  sl: {
    named: ['kontroln(?:i|ega) seznam\\p{L}*', 'seznam preverjanj'],
    gate: ['(?<![\\p{L}])pogoj(?:i)? za (?:objavo|izdajo|uvedbo|namestitev|zagon|prehod|predajo)(?![\\p{L}])', '(?<![\\p{L}])pred (?:objavo|izdajo|uvedbo|namestitvijo|zagonom|prehodom|predajo)(?![\\p{L}])'],
  },
  hr: { named: ['kontrolna lista', 'popis provjera'], gate: ['prije puštanja u rad', 'uvjeti za puštanje u rad'] },
  id: { named: ['daftar periksa'], gate: ['sebelum (?:go-live|peluncuran|rilis)'] },
  // Malay: "Senarai semak sebelum penamatan `v1`" (the checklist before the decommissioning), "sebelum pelancaran"
  // (before the launch), "sebelum keluaran" (before the release)
  ms: { named: ['senarai semak'], gate: ['sebelum (?:penamatan|pelancaran|keluaran|pelepasan|go-live|dilancarkan|dikeluarkan)'] },
  // Afrikaans: "Kontrolelys", "Hek: moet slaag voor indiening" (the gate: must pass before the submission),
  // "voor vrystelling" (before the release), "voor ontplooiing" (before the deployment)
  // Dutch: "Controlelijst", "Hertest vóór livegang" (retest before go-live), "Voor de release", "Voorwaarden voor
  // ingebruikname": Dutch reports write the gate as "(vóór|voor) <stage>", the accent optional
  // (Convention: the list named by the step it is for after the noun, "## Checklist livegang", "Controlelijst
  // ingebruikname", or as one compound, "Livegangchecklist", "Uitrol-checklist": the go-live, the putting into use or
  // the rollout waits for the list, as "vóór de livegang" says)
  nl: { named: ['controlelijst', 'afvinklijst'], gate: [String.raw`(?<![\p{L}])(?:checklist|controlelijst|afvinklijst) (?:voor (?:de |het )?)?(?:livegang|ingebruikname|ingebruikneming|uitrol|oplevering|vrijgave)(?![\p{L}])`, String.raw`(?<![\p{L}])(?:livegang|ingebruikname|uitrol|oplevering|vrijgave)-?(?:checklist|controlelijst|afvinklijst)(?![\p{L}])`, '(?<![\\p{L}])v[oó]{2}r (?:de |het )?(?:livegang|productie|release|oplevering|uitrol|ingebruikname|go-live|publicatie|lancering)(?![\\p{L}])', 'voorwaarden voor (?:de |het )?(?:livegang|productie|release|oplevering|uitrol|ingebruikname|go-live)'] },
  af: { named: ['kontrolelys'], gate: ['voor (?:die )?(?:indiening|vrystelling|ontplooiing|uitrol|bekendstelling|lewendigmaking)'] },
  // ("머지 전 체크리스트", the checklist before the merge: a pull request's gate, as "before merging" is)
  ko: { named: ['체크리스트', '점검표'], gate: ['(?:배포|릴리스|운영 반영|개통|머지|병합|출시|오픈) 전'] },
  // Vietnamese: "Danh sách kiểm tra", "Điều kiện ký biên bản nghiệm thu" (the conditions for signing the acceptance
  // record), "trước khi go-live / phát hành / triển khai" (before …)
  // (Convention: a shop's launch checklist, "Danh sách kiểm tra trước khi mở bán" (before the sale opens), "trước khi
  // ra mắt" (before the launch), "trước khi lên production" (before going to production): the launch as a gate)
  // (Convention: a Vietnamese QA report's "## Checklist phát hành" (the release checklist: the modifier after its noun,
  // "checklist triển khai" the deployment one), over "phải được đánh dấu trước khi deploy lên production" (must be
  // ticked before deploying to production, the English verb borrowed): the release waits for the list)
  vi: { named: ['danh sách kiểm tra', 'điều kiện', 'nghiệm thu'], gate: ['trước khi (?:go-live|phát hành|triển khai|đưa vào vận hành|ký|nghiệm thu|mở bán|ra mắt|lên production|lên môi trường (?:thật|production)|deploy|release)', 'điều kiện (?:ký|nghiệm thu|go-live|phát hành|triển khai)', '(?:checklist|danh sách kiểm tra) (?:phát hành|triển khai|go-live|ra mắt|release|deploy)(?![\\p{L}])'] },
  // Greek: "Λίστα ελέγχου", a handover's "Εργασίες για την επόμενη βάρδια" (tasks for the next shift), and "πριν
  // (ξαναρχίσουν οι) αναπτύξεις / την παραγωγή / την κυκλοφορία" (before deployments resume, production, release)
  el: {
    named: [greekLoose('λιστα ελεγχου'), greekLoose('καταλογοσ ελεγχου'), greekLoose('επομενη βαρδια')],
    // (Convention: a season's or a service's opening as the gate, "Λίστα ελέγχου πριν την έναρξη της θερινής περιόδου"
    // (before the start of the summer season), "πριν το άνοιγμα των κρατήσεων" (before bookings open), "πριν τη
    // λειτουργία" (before going live): the opening waits for the list, as a release does)
    // (Convention: a heading naming what must hold for the step, "Προϋποθέσεις έναρξης παραγωγικής λειτουργίας" (the
    // preconditions for going into production), "Προϋποθέσεις για την κυκλοφορία": the "deployment prerequisites" of
    // STEP_CONDITIONS, the step waiting for the list)
    gate: [greekLoose('πριν (?:απο )?(?:[^\\s]+ ){0,3}?(?:αναπτυξ|παραγωγ|κυκλοφορ|εκδοσ|διαθεσ|εναρξ|ανοιγμ|λειτουργ|ενεργοποιησ|go-live)'),
      greekLoose('προυποθεσεισ (?:για (?:την |το |τη )?)?(?:αναπτυξ|παραγωγ|κυκλοφορ|εκδοσ|διαθεσ|εναρξ|ενεργοποιησ|μεταβασ|go-live)')],
  },
  // Thai: "เช็กลิสต์ก่อนขึ้นระบบจริง" (the checklist before the go-live), "เกณฑ์การขึ้นระบบ" (go-live criteria),
  // "ก่อนเปิดให้บริการ" (before the service opens)
  // Swahili: "Masharti ya Uzinduzi" (the conditions of the launch), "kabla ya uzinduzi" (before the launch)
  sw: { named: ['masharti ya'], gate: ['masharti ya uzinduzi', 'kabla ya (?:uzinduzi|kutolewa)'] },
  // Hebrew: "תנאי מעבר לחלון התחזוקה" (the conditions for going into the maintenance window), "לפני העלייה לאוויר"
  // (Convention: the stage written without the article and the checklist by its loanword, "צ'קליסט לפני שחרור
  // לפרודקשן", the checklist before release to production: the same gate as "לפני השחרור")
  he: { named: ['רשימת בדיקה', 'תנאי', "צ['׳]?קליסט"], gate: ['תנאי מעבר', 'לפני (?:חלון|ה?עלייה|ה?שחרור|ה?פריסה)'] },
  th: { named: ['เช็กลิสต์', 'เช็คลิสต์', 'รายการตรวจสอบ'], gate: ['ก่อนขึ้นระบบ', 'เกณฑ์การขึ้นระบบ', 'ก่อนเปิดให้บริการ', 'ก่อนเผยแพร่'] },
  // Hindi: "चेकलिस्ट", "रिलीज़ से पहले अनिवार्य शर्तें" (the conditions required before the release), "लॉन्च से
  // पहले", "तैनाती से पहले" (before deployment); the nukta of "ज़" written either way
  hi: { named: ['चेकलिस्ट', 'जाँच सूची', 'जांच सूची'], gate: ['(?:रिली(?:ज़?|\u095B)|लॉन्च|तैनाती|डिप्लॉयमेंट|गो-लाइव|प्रोडक्शन)\\s+से\\s+पहले'] },
  // Convention: Bengali, "রিলিজ-পূর্ব চেকলিস্ট" (the pre-release checklist), "প্রোডাকশনে পাঠানোর আগে" (before sending to
  // production), "রিলিজের আগে", "লঞ্চের আগে" (before the release, the launch)
  bn: { named: ['চেকলিস্ট', 'যাচাই তালিকা'], gate: ['(?:রিলিজ|লঞ্চ|ডিপ্লয়|প্রোডাকশন|গো-লাইভ)[-\\s]?পূর্ব', '(?:রিলিজ|লঞ্চ|ডিপ্লয়|প্রোডাকশন|গো-লাইভ)[\\p{L}\\p{M}]*(?:\\s+পাঠানোর)?\\s+আগে'] },
  // Chinese: "上线前安全检查清单" (the checklist before the go-live), "发布前", "部署前"
  zh: { named: ['检查清单', '检查表'], gate: ['(?:上线|发布|部署|投产)(?:之)?前'] },
  // Arabic: "قائمة التحقق" (checklist), "شروط الانتقال إلى الإنتاج" (the conditions for moving to production), "قبل
  // الإطلاق" (before the launch)
  ar: { named: ['قائمة التحقق', 'قائمة المراجعة', 'قائمة الفحص'], gate: ['قبل (?:الإطلاق|النشر|الانتقال إلى الإنتاج|التشغيل|الإنتاج)', 'شروط (?:الانتقال إلى الإنتاج|الإطلاق|النشر|التشغيل)'] },
  // Convention: Persian (Farsi): "چک‌لیست استقرار" (the deployment checklist), "فهرست بررسی", "پیش از انتشار" / "قبل از
  // استقرار" (before the release, the deployment); the half-space (ZWNJ) written either way
  fa: { named: ['چک[\u200c ]?لیست', 'فهرست بررسی'], gate: ['(?:پیش|قبل) از (?:انتشار|استقرار|عرضه|راه[\u200c ]?اندازی)', 'چک[\u200c ]?لیست (?:استقرار|انتشار)'] },
  // Lithuanian: "Kontrolinis sąrašas", "prieš diegimą / paleidimą" (before deployment, launch), a certification
  // audit's "Sertifikato palaikymo sąlygos" (the conditions for keeping the certificate)
  lt: { named: ['kontrolinis sąrašas', 'patikros sąrašas'], gate: ['prieš (?:diegimą|įdiegimą|paleidimą|išleidimą|perdavimą)', '(?:sertifikato (?:palaikymo|suteikimo|išdavimo|atnaujinimo)|paleidimo|diegimo) sąlygos'] },
  // Latvian: "Kontrolsaraksts", "Priekšnoteikumi nākamajām mācībām" (the prerequisites of the next drill), "pirms
  // laidiena / izvietošanas" (before the release, the deployment), "netiek sāktas, kamēr visi punkti nav atzīmēti"
  // (not started while any item is unticked)
  lv: {
    named: ['kontrolsarakst\\p{L}*', 'pārbaudes sarakst\\p{L}*', 'priekšnoteikumi'],
    gate: ['pirms (?:laidiena|izvietošanas|palaišanas|nodošanas ekspluatācijā|ieviešanas)', 'kamēr (?:visi|katrs) (?:punkti|punkts|vienumi|vienums) nav (?:atzīmēti|atzīmēts|izpildīti|izpildīts)'],
  },
  // Ukrainian: "Чекліст перед запуском", "Перед запуском порталу", "до випуску", "умови запуску"
  // Japanese: "リリース判定チェックリスト" (the checklist of the release decision), "リリース前", "出荷判定"
  // (Convention: a web site's or app's "公開前確認チェックリスト" (the check before publication), "本番公開前": what must
  // hold before the site goes public, as a pre-release list is)
  ja: { named: ['チェックリスト'], gate: ['リリース判定', 'リリース前', '出荷判定', 'リリース可否', '公開前', '本番公開'] },
  // Russian: "Чек-лист перед выкаткой", "все пункты до переключения" (every item before the switch-over)
  ru: { named: ['чек-?лист', 'контрольный список', 'перечень проверок'], gate: ['перед (?:выкаткой|релизом|запуском|выпуском|развёртыванием|развертыванием|переключением|внедрением)', 'до (?:выкатки|релиза|запуска|выпуска|переключения|внедрения)'] },
  uk: { named: ['чек-?ліст', 'контрольний список', 'перелік перевірок'], gate: ['перед (?:запуском|випуском|релізом|розгортанням|впровадженням|передачею в експлуатацію)', 'умови (?:запуску|випуску|релізу)'] },
  // Bulgarian: "Задължително преди пускането на ledger-v2" (required before the launch), "Условия за пускане на версия
  // 3.0 в продукция" (conditions for the launch), "Контролен списък преди внедряването"
  bg: { named: ['контролен списък', 'чек-?лист'], gate: ['преди (?:пускане|внедряване|издаване|релийз|миграция)\\p{L}*', 'условия за (?:пускане|внедряване|издаване)'] },
};
const CHECKLIST_NAMED = oneSidedBounds(new RegExp(Object.values(CHECKLIST_WORDS).flatMap((w) => w.named ?? []).join('|'), 'iu'));
const GATE_RE = oneSidedBounds(new RegExp(Object.values(CHECKLIST_WORDS).flatMap((w) => w.gate ?? []).join('|'), 'iu'));
/** GATE_RE's test, with its cheap pretest (prefilter.ts) */
export const GATE = { test: literalGate(GATE_RE) };

/** "All items must be ticked before …", "every box checked before …": a checklist that must be complete first */
// (Convention: the quantifier after the verb, "Must all be ticked before we submit the build", "These need to all be
// checked before release": the same list that must be complete first)
// (Convention: the quantifier alone as the subject, "SAT entry criteria (all must be ticked before SAT starts)": the same)
// Convention: the list named by the pronoun alone, as a postmortem's re-enable checklist says "All of these must be
// checked before the flag goes back on in production:", "all of the following must be done before …": the same rule
// (Convention: the thing that ships as the subject, ticking the list itself, "Every image must tick all of these
// before it is promoted to the `prod` registry project", "Each service has to pass every check before …": the same rule)
// (Convention: a list of policies or controls to set up, "All of these must be in place before the release branch is
// cut": each one in place is its tick, the same rule)
// (Convention: the list named by "everything" and where it is, "Everything here must be ticked before the release
// branch is cut.", "Everything below has to be done before we tag": the whole list, as "All items must be …" says)
// (Convention: an installation inspector's re-inspection list, "All items must be closed and witnessed before the
// system is energised": each defect closed, and seen closed, before switch-on, the same rule)
const ALL_TICKED = /\b(?:(?:(?:all|every)\s+(?:items?|boxes|box|checks?|entries)|all (?:of )?(?:these|the following)|every one of these|everything\s+(?:here|below|above|on this list|in this list|in this section))\b.{0,20}?\b(?:must|has to|have to|need to|needs to)|\b(?:must|have to|need to)\s+all|\ball\s+(?:must|have to|need to))\s+be\s+(?:ticked|checked|done|completed?|green|in place|closed|witnessed)\b.{0,40}?\bbefore\b|\b(?:must|has to|have to|needs? to)\s+(?:tick|pass|clear|meet|satisfy)\s+(?:all|every|each)(?:\s+(?:of\s+)?(?:these|the following|the boxes|boxes|box|items?|checks?))?\b.{0,40}?\bbefore\b/i;

/**
 * Convention: the same rule in Dutch, "Alle punten moeten zijn afgevinkt vóór het go/no-go-overleg.", "Alle items
 * dienen afgerond te zijn voordat de app naar de stores gaat", "Elk vakje moet zijn afgevinkt voor de livegang": the
 * whole list is done before the step (pretest: the Dutch must, "moet" or "dien")
 */
const NL_ALL_TICKED = /(?<![\p{L}])(?:alle (?:punten|items|vakjes|controles|onderdelen|voorwaarden)|elk (?:punt|item|vakje|onderdeel)|elke (?:controle|voorwaarde)|alles)(?: (?:hieronder|hierboven|op deze lijst))? (?:moeten|moet|dienen|dient) (?:(?:te )?zijn |worden )?(?:afgevinkt|afgerond|afgehandeld|voldaan|vervuld|opgelost|groen|gereed)(?: (?:te )?(?:zijn|worden))? (?:vóór|voor|voordat)(?![\p{L}])/iu;
function nlAllTicked(p: string): boolean {
  return (p.includes('moet') || p.includes('dien')) && NL_ALL_TICKED.test(p);
}

/**
 * Convention: the rule said of the list with no subject, the heading above naming it, "Must be fully ticked before the
 * pack goes to the test lab.", "Has to be completely checked off before sign-off": "fully" says the whole list is
 * done before the step, as "All items must be ticked before …" does
 */
const FULLY_TICKED = /^\W*(?:must|has to|needs? to|is to)\s+be\s+(?:fully|completely|entirely)\s+(?:ticked|checked|done|completed?|green|signed)(?:\s+off)?\b.{0,80}?\bbefore\b/i;

/**
 * Convention: a test list's note with the list as its unsaid subject, "Must be green before tagging v0.9.0.", "Has to
 * pass before we merge": every test on it passes before the step named after "before" (a release's gate word)
 */
const MUST_PASS_UNSAID = /^\W*(?:must|has to|have to|needs? to)\s+(?:all\s+)?(?:be\s+(?:green|passing|passed)|pass)\b[^.;]{0,80}?\bbefore\b/i;

/**
 * Convention: the rule said as what happens, not what must, "Everything here gets ticked before anyone presses
 * **Submit for Review**", "Every box is checked before we tag": the whole list is done before the step, a gate
 */
// (Convention: the rule in a note's clipped style, without its verb, "Every box ticked before anyone presses Submit for
// Review.", "All items checked before we tag": the same rule)
const GETS_TICKED = /\b(?:everything|every (?:item|box|check|line)|all (?:of )?(?:these|(?:the )?(?:items|boxes|checks)))(?:\s+(?:here|below|above|on this list|in this list))?\s+(?:(?:gets?|is|are)\s+)?(?:ticked|checked|done|green)\s+before\b/i;

/**
 * "I lock the period in NetSuite only when all of these are ticked", "Docs go live only when every box is
 * ticked": the step waits for the whole list
 * (Convention: the step between "only" and "when", "The contract may only be released for signature when all of
 * these are ticked", "can only be merged once every box is checked": a pre-signature or pre-merge list, a gate)
 */
const ONLY_WHEN_TICKED = /\bonly (?:(?:be |get )?(?:released|signed|merged|published|shipped|deployed|approved|submitted|sent)(?: for [\w-]+| to [\w-]+)? )?(?:when|once|after|if) (?:all|every|each)\b.{0,30}?\b(?:are|is|have been|has been)\s+(?:ticked|checked|done|completed?|green|cleared)\b/i;

/**
 * Convention: a sign-off that lets the step go ahead on conditions listed below it, as a DPO's advice on a DPIA or a
 * risk owner's approval writes it, "I advise that the service may go live only when conditions 1–5 below are met",
 * "Release may proceed only once the requirements below are fulfilled": the list is the step's gate
 */
const ONLY_WHEN_MET = /\b(?:go[- ]live|launch(?:ed)?|released?|deploy(?:ed)?|ship(?:ped)?|proceed|(?:be put|go) into production)\b[^.;]{0,20}?\bonly (?:when|once|if|after)\s+(?:(?:the|all|every|each)\s+)?(?:conditions?|requirements?|items?|points?)\b[^.;]{0,30}?\b(?:are|is|have been|has been)\s+(?:met|fulfilled|satisfied|in place|completed?|done|closed)\b/i;

/** "Launch approval requires every box ticked:", "Release sign-off needs all items checked": the step waits for the list */
// (Convention: the step named with what and when it releases, after the list, "Release of the unit for SOP requires
// all items above to be closed": the release waits for every item of the list above)
const REQUIRES_TICKED = /\b(?:approval|sign[- ]?off|launch|release|deploy\w*|go[- ]live|merge|cutover)(?:\s+(?:of|for)\s+[^.:]{1,40}?)?\s+(?:requires|needs)\s+(?:every|all|each)\s+(?:box(?:es)?|items?|checks?)\b[^.]{0,20}?\b(?:ticked|checked|done|green|closed|resolved|completed?)\b/i;

// (Convention: the items named by what they are, "cannot be countersigned until every evidence item above is
// received": the list is of documents awaited, and the step waits for each; "Formal testing will not start unless
// every box below is ticked": the same condition said with "unless")
// (Convention: the list named by a pronoun, "Nobody runs `site.yml` against prod until this is all ticked", "No
// deploy until these are all checked", "until everything below is ticked": the step waits for the whole list)
const UNTIL_DONE = String.raw`\b(?:until|unless) (?:(?:every|all|each) (?:[\w-]+ )?(?:box(?:es)?|items?|checks?)\b|(?:this|these|it)\s+(?:is|are)\s+all\b|it['’]s all\b|everything(?:\s+(?:here|below|above|on this list))?\s+is\b)`;
// (Convention: a walkthrough's or a handover's list confirmed on the spot, "Do not sign the closing documents until every
// item below is confirmed at the final walkthrough", "until each item is verified": the step waits for the whole list)
// (Convention: an operator's pre-use check, "the crane shall not be operated unless every item below is signed off
// as satisfactory": each item signed off, as a box is ticked)
const UNTIL_DONE_END = String.raw`[^.]{0,30}\b(?:ticked|checked|done|green|received|provided|closed|confirmed|verified|signed[- ]?off)\b`;
const UNTIL_DONE_BELOW = new RegExp(String.raw`${UNTIL_DONE}(?:\s+below)?${UNTIL_DONE_END}`, 'i');
const UNTIL_DONE_ABOVE = new RegExp(String.raw`${UNTIL_DONE}(?:\s+above)?${UNTIL_DONE_END}`, 'i');
/**
 * Convention: a checklist heading naming the release or branch it gates in code, "## Before cutting
 * `release/2.8`", "Before merging into `main`": the words of the gate read past the code span's ticks
 */
function gateWords(t: string): boolean {
  return GATE.test(t) || (t.includes('`') && GATE.test(t.replace(/`/g, '')));
}
const GATED_WORK_HEADING = /\b(?:actions|steps|checks|tasks|works|requirements)\b/i;
function gatedChecklistPart(s: Section): boolean {
  if (PREP_DONE_HEADING.test(s.h.text) && s.parent && ownChecklist(s.parent) && prepDone(s)) return false;
  // (the heading names a checklist, not only the stage: "# Pre-release Review" is a review of its findings)
  for (let a = s.parent; a && a.depth > 0; a = a.parent) if (/check-?list/i.test(a.h.text) && GATE.test(a.h.text)) return true;
  // (Convention: the actions due before a step split by the thing each concerns, "## 7. Actions Before Re-use" >
  // "### S-02 East elevation — currently RED" over "- [ ] …": each thing's list is a part of that gate)
  if (s.parent && s.parent.depth > 0 && GATED_WORK_HEADING.test(s.parent.h.text) && GATE.test(s.parent.h.text)) return true;
  return false;
}
/**
 * Convention: a go / no-go checklist with its own list, then a sub-heading recording the preparation already done
 * for the session the report is about, "### Bash prep (done)", "### Test setup", "### Pre-session preparation":
 * what was set up before the work, ticked off, not a condition of the step the parent list gates (read only where
 * the heading says it is done or every box under it is ticked: a setup still to do may be part of the gate)
 */
const PREP_DONE_HEADING = /\b(?:prep|preparations?|set-?up)\b/i;
function prepDone(s: Section): boolean {
  if (/\((?:all )?(?:done|completed?|finished)\)/i.test(s.h.text)) return true;
  const lists = s.blocks.filter((b): b is List => b.type === 'list');
  return lists.length > 0 && lists.every((l) => l.children.every((it) => it.checked === true));
}
function ownChecklist(s: Section): boolean {
  return s.blocks.some((b) => b.type === 'list' && b.children.some((it) => typeof it.checked === 'boolean'));
}

const PROSE_LEAD_IN = /[.!?]\s+\S|,\s+but\s+\S/;
// (Convention: the obligation said as a form's infinitive opening the line, "To be completed before the Q2 migration
// cut-over is scheduled.", "To be signed off before go-live": the same must, its subject the list)
const MUST_BEFORE = /\b(?:must|has to|have to|needs? to|shall|(?:is|are) required to)\b[^.;]*\bbefore\b|^\W*(?:all\s+)?to be\s+(?:[\w-]+\s+){0,2}?(?:completed?|done|ticked|checked|signed[- ]off|finished|green|passed|confirmed)\b[^.;]*\bbefore\b/i;
const WORD_RUN_RE = /[\p{L}\p{N}'’]+/gu;
const CHECKLIST_OF_RE = /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\*\*|__)[^*_\n]{3,80}(?:\*\*|__)\s*(?:\([^()\n]{1,80}\))?\s*$/u;
export function checklistOf(text: string, list: List, s: Section, prev: RootContent | null, next: RootContent | null = null): ParsedChecklist {
  // the line that introduces the list ("Must pass before release:") names it; under a heading that
  // names a checklist ("Release Gate", "Pre-Deployment Testing Checklist") both are its title
  // (a heading that says what the list gates, "Before we publish with the 4.0 tag", names it as well)
  const named = CHECKLIST_NAMED.test(s.h.text) || GATE.test(s.h.text);
  // ("**Launch sign-off**" alone over the list: a title in bold)
  // ("📋 **Чек-лист: переключение на 100 %** (все пункты до переключения)": a mark before it, a remark after it;
  // the last line of a chat message whose byline is its first)
  const prevMd = prev && prev.type === 'paragraph' ? src(text, prev).slice(0, 400) : '';
  const lastLine = prevMd.slice(prevMd.lastIndexOf('\n') + 1);
  const BOLD_INTRO = CHECKLIST_OF_RE;
  const boldIntro = !!prevMd && BOLD_INTRO.test(lastLine);
  const p = plainInline(boldIntro ? lastLine : prevMd).replace(/\s+/g, ' ').trim();
  // (Convention: the sign-off quoted over its conditions, "> I advise that … may go live **only when conditions 1–5
  // below are met** … — Dr. I. Vermeulen, DPO": the quote says what the list gates, as a line of prose would)
  const quoted = prev && prev.type === 'blockquote' ? plainInline(src(text, prev).slice(0, 600).replace(/^[ \t]*>[ \t]?/gm, '')).replace(/\s+/g, ' ').trim() : '';
  const intro = p.length <= 160 && (/:\s*$/.test(p) || boldIntro) ? p.replace(/:\s*$/, '') : null;
  const heading = s.h.text || 'Checklist';
  // Convention: a lead-in that closes a paragraph of prose, "Both blocking threads are resolved, so I'm approving.
  // Before merging please:": the paragraph is the text of the heading's section, the list is the heading's, and
  // the lead-in says what it is for
  // (Convention: a lead-in of two clauses joined by "but", "Nothing here blocks the fixes, but I'd hold the merge on
  // the first two:": a sentence about the list under the heading that names it, not its name)
  // (Convention: a lead-in that is a whole sentence about the list, "Formal testing will not start unless every box
  // below is ticked:", "Stanje evidence kot celote po zaključku presoje:": it says what the list is for, the heading
  // above it names it; a short label, "Before release:", is the list's own name)
  const prose = !!intro && !boldIntro && s.depth > 0 && !!s.h.text && (PROSE_LEAD_IN.test(intro) || (intro.match(WORD_RUN_RE)?.length ?? 0) >= 6);
  const title = intro ? (named || prose ? `${heading}: ${intro}` : intro) : heading;
  const items: ChecklistItem[] = list.children.map((it) => ({ text: itemText(text, it), checked: it.checked === true }));
  // ("Finance Ops will not publish the March numbers until every box below is ticked.": the line before the
  // list says nothing ships until it is done; "Do not press "Submit" until every box above is ticked.", after it)
  const after = next && next.type === 'paragraph' ? plainInline(src(text, next).slice(0, 400)).replace(/\s+/g, ' ').trim() : '';
  // Convention: a follow-up split by the launch, "**Before GA (gate):**" over one list and "**After GA (tracked,
  // non-blocking):**" over the next: a list its own label puts after the step or calls non-blocking gates nothing,
  // though the label names the step
  const later = !!intro && intro.length <= 80 && groupBlocks(intro) === false;
  // (Convention: a heading that says its list does not hold the step, "Fix before the next release (does not block
  // this deploy)": the words of a later release name no gate on this one)
  const denied = /\bblock/i.test(s.h.text) && blocksStatement(s.h.text) === false;
  const gate = !later && !denied && (
    gateWords(title) ||
    // ("Re-enable criteria … (must all be done before the feature flag is turned back on)": the heading's remark)
    ALL_TICKED.test(s.h.text) ||
    // (Convention: a run-book's stage heading remarking in the clipped style that its list is done before the next
    // step, "### T-60 min (all items ticked before queue pre-open at 08:30)", "### Day before (every box checked before
    // the cut-over call)": the stage's list gates that step)
    (s.h.text.includes('(') && GETS_TICKED.test(s.h.text)) ||
    (title !== s.h.text && gateWords(s.h.text)) ||
    // ("All items must be ticked before the package is submitted.": the line over it says it gates)
    (p.length > 0 && p.length <= 300 && (blocksStatement(p) === true || UNTIL_DONE_BELOW.test(p) || ALL_TICKED.test(p) || nlAllTicked(p) || FULLY_TICKED.test(p) || (MUST_PASS_UNSAID.test(p) && GATE.test(p)) || GETS_TICKED.test(p) || ONLY_WHEN_TICKED.test(p) || REQUIRES_TICKED.test(p) || ONLY_WHEN_MET.test(p))) ||
    (quoted.length > 0 && quoted.length <= 500 && (ONLY_WHEN_MET.test(quoted) || UNTIL_DONE_BELOW.test(quoted) || ALL_TICKED.test(quoted) || ONLY_WHEN_TICKED.test(quoted) || REQUIRES_TICKED.test(quoted))) ||
    // (Convention: one sentence under a checklist's heading saying what must pass before the step, "The purple-team
    // retest must pass before the WMS 5 go-live sign-off.", "These checks have to be green before release.": the
    // list is that gate)
    (named && p.length > 0 && p.length <= 200 && !PROSE_LEAD_IN.test(p) && MUST_BEFORE.test(p) && GATE.test(p)) ||
    // (Convention: the line after the list, "Submission goes ahead only when every box above is ticked.": the step
    // waits for the list above it)
    (/\babove\b/i.test(after) && ((after.length <= 300 && (UNTIL_DONE_ABOVE.test(after) || REQUIRES_TICKED.test(after))) || ONLY_WHEN_TICKED.test(after))) ||
    // (Convention: a rule said right under the list, "All boxes must be ticked before we flip the flag.": a sentence
    // of every item needing its tick before a step follows the list it rules, as one over the list precedes it)
    (after.length > 0 && after.length <= 300 && ALL_TICKED.test(after)) ||
    // Convention: a release or go-live checklist split by area ("# Go-Live-Checkliste Kundenportal" > "### 2.1
    // Sicherheit" over "- [ ] …", "# Release checklist" > "## Security"): each area's list is a part of the gate
    gatedChecklistPart(s));
  return { title, gate, items };
}

/**
 * Convention: a checklist nested under a list item that names it, as board exports write a card's checklists
 * ("- Checklist: **Hotfix** (3/3)" over "- [x] Pin algorithm", …) and issue bodies their task lists ("- Rollout
 * tasks:" over "- [ ] …"): the item's own line is the checklist's title, without the "Checklist:" key and the
 * ticked count.
 */
export function nestedChecklists(text: string, list: List, out: ParsedChecklist[], depth = 0): void {
  if (depth > 4) return;
  for (const item of list.children.slice(0, 2000)) {
    for (const n of item.children) {
      if (n.type !== 'list') continue;
      if (typeof item.checked !== 'boolean' && n.children.some((it) => typeof it.checked === 'boolean')) {
        const title = itemText(text, item).replace(/^(?:check ?lists?|tasks?|to-?dos?)\s*[:：]\s*/i, '').replace(/\s*\(?\b\d{1,3}\s*\/\s*\d{1,3}\)?\s*:?\s*$/, '').replace(/:\s*$/, '').trim();
        if (title && title.length <= 200) out.push({ title, gate: GATE.test(title) || blocksStatement(title) === true, items: n.children.map((it) => ({ text: itemText(text, it), checked: it.checked === true })) });
      }
      nestedChecklists(text, n, out, depth + 1);
    }
  }
}

/**
 * Convention: a page quoted whole into a report, a bot's dependency dashboard or an issue body ("> ## Pending
 * Approval" over "> - [x] chore(deps): update …"): each task list in the quote is a checklist of its own, named by
 * the heading above it inside the quote.
 */
const QUOTED_HEADING_MARKS = /^[>\s]*#{1,6}\s+|\s+#+\s*$/g;
export function quotedChecklists(text: string, quote: RootContent, out: ParsedChecklist[]): void {
  if (quote.type !== 'blockquote') return;
  let heading = '';
  for (const n of quote.children) {
    if (n.type === 'heading') heading = plainInline(src(text, n).replace(QUOTED_HEADING_MARKS, '')).trim();
    else if (n.type === 'list' && heading && n.children.some((it) => typeof it.checked === 'boolean')) {
      out.push({ title: heading, gate: GATE.test(heading), items: n.children.map((it) => ({ text: itemText(text, it), checked: it.checked === true })) });
    }
  }
}

export const LIST_LINE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;

export const DONE_MARK = /^\s*(?:✅|✔|☑|✓|\[x\]|~~)/i;

const ISSUE_NUMBER_HINT = /\b(?:issue|finding|bevinding|befund|hallazgo|item|observation)(?:s|en|e)? \d/i;
const ISSUE_NUMBER_RE = /\b(?:issue|finding|bevinding|befund|hallazgo|item|observation) (\d{1,3})(?![\d.,:/-]?\d)(?![\p{L}])/giu;
/** "(items 8, 9, 10)", "observations 2 and 5": several numbered items named after one plural noun */
const ITEM_NUMBERS_RE = /\b(?:issues|findings|items|observations) (\d{1,3}(?:(?:\s*,\s*|\s*,?\s+(?:and|&)\s+)\d{1,3})+)(?![\d.:/-]?\d)(?![\p{L}])/giu;
const CRITERION_REF_HINT = /crit|requirement|exigen|anforderung|control|contr[oô]l|\bSC\s/i;
const CRITERION_REF_RE = /(?<![\p{L}])(?:success criteri(?:on|a)|criteri(?:on|a|o|um)|crit[eè]res?|crit[eé]rios?|kriteri(?:um|en)|requirements?|exigences?|anforderung(?:en)?|controls?|contr[oô]les?|SC)\s+((?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3}){1,3})(?![\p{L}\p{N}]|\.\d)/giu;
const REFS_IN_RE = /(?<![\p{L}\p{N}_])(\p{Lu}[\p{Lu}\d]{0,9})-(\p{Lu}{0,3})(\d+)(?![\p{L}\p{N}_])/gu;
const FLOOR_CODED_ID_G = new RegExp(String.raw`(?<![\w-])${FLOOR_CODED_ID_SRC}(?![\w-]|\.\d)`, 'g');
const SHORT_ISSUE_ID_G = new RegExp(String.raw`(?<![\w-])${SHORT_ISSUE_ID_SRC}(?![\w-])`, 'g');
export function refsIn(t: string): string[] {
  const out: string[] = [];
  const prefixes: { prefix: string; letters: string }[] = [];
  // "KS-2024-07", "SEC-2023-114": a year-numbered id is one ref, not "KS-2024"
  // ("BW-IAM-01", "SPI-SIAKAD-04": a product or unit, an area and a number are one ref, not "IAM-01")
  // ("AI-2291-1": an item numbered under its parent, an incident's action items, is one ref, not "AI-2291")
  // (Convention: a post-incident review letters its action items under the incident's id, "INC-2291-A3", "PIR-1042-AI2":
  // one ref, not "INC-2291")
  // (Convention: an audit programme numbers its findings by the year in two digits and a serial, "QA-26-031",
  // "NC-25-114": one ref, not "QA-26")
  // (Convention: an internal audit programme numbers its findings under the audit, the year, the audit's number in
  // the year's programme and a serial, "IQA-25-04-01": one ref, not "IQA-25")
  // ("CC-1-03", "CC-G-BIN": a building survey's door or room coded by site, floor and item, one ref; vocab.ts,
  // FLOOR_CODED_ID_SRC)
  const floorSpans: [number, number][] = [];
  if (t.includes('-')) for (const m of allMatches(t, FLOOR_CODED_ID_G)) {
    if (!out.includes(m[0])) out.push(m[0]);
    floorSpans.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of allMatches(t, /\b([A-Z][A-Z0-9]{0,9}(?:-[A-Z][A-Z0-9]{0,8}(?=-[A-Z]{0,3}\d))?)-([A-Z]{0,3})(\d+)(?:(?<=-(?:19|20)\d\d)-\d{1,5}|(?<=-\d{3,6})-(?:[A-Z]{1,2})?\d{1,3}(?![\d.-])|(?<=-\d\d)-\d{3}(?![\d.-])|(?<=-[A-Z]{0,3}\d\d)-\d\d-\d{2,3}(?![\d.-]))?\b/g)) {
    const r = m[0];
    if (floorSpans.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    if (!out.includes(r)) out.push(r);
    prefixes.push({ prefix: m[1] + '-', letters: m[2] });
  }
  // ("PAYAPP-3F2 (PR #4502)": a crash reporter's short id, SHORT_ISSUE_ID_SRC)
  for (const m of allMatches(t, SHORT_ISSUE_ID_G)) if (!out.includes(m[0])) out.push(m[0]);
  // ("| Фаза 1 | МБ-01, МБ-03 |", "ΕΥΡ-04": an id in Cyrillic or Greek capitals, as Serbian, Russian or Greek
  // reports number their findings; only tried when the text has such letters)
  if (CYRILLIC_GREEK.test(t)) {
    for (const m of allMatches(t, REFS_IN_RE)) {
      if (!out.includes(m[0])) out.push(m[0]);
    }
  }
  for (const m of allMatches(t, /\b(bug|issue|finding|vuln(?:erability)?|defect|task)\s*#\s*(\d+)\b/gi)) {
    const r = m[0].replace(/\s+/g, ' ');
    if (!out.includes(r)) out.push(r);
  }
  // Convention: a finding named by a noun and its number without "#", "(issue 1)", "see finding 3", as notes that
  // number their findings in headings write it: the same ref as "#1"; other languages name it by their own noun,
  // Dutch "Bevinding 2 – …", German "Befund 3", Spanish "hallazgo 4"
  if (ISSUE_NUMBER_HINT.test(t)) {
    for (const m of allMatches(t, ISSUE_NUMBER_RE)) if (!out.some((r) => r.endsWith(`#${m[1]}`))) out.push(`#${m[1]}`);
    // (Convention: an inspection's remedial works name the numbered observations they clear, "(item 4)", "(items 8,
    // 9, 10)", as condition reports number their schedule of observations: each number the item's ref)
    for (const m of allMatches(t, ITEM_NUMBERS_RE)) for (const n of m[1].split(/\D+/)) if (n && !out.some((r) => r.endsWith(`#${n}`))) out.push(`#${n}`);
  }
  // Convention: an audit by criterion names the criterion a step fixes by its word and number, "(critère 10.7)",
  // "Success Criterion 2.4.7", "requirement 9.2.1", "control A.8.2": the criterion's number, as its record is named
  if (CRITERION_REF_HINT.test(t)) {
    for (const m of allMatches(t, CRITERION_REF_RE)) if (!out.includes(m[1])) out.push(m[1]);
  }
  // "#1", "#3": numbered findings named by number
  for (const m of allMatches(t, /(?<![\w#&])#(\d{1,4})\b/g)) {
    if (!out.some((r) => r.endsWith(`#${m[1]}`))) out.push(`#${m[1]}`);
  }
  if (prefixes.length) {
    for (const m of allMatches(t, /(?:\+|,|&|\band\b|\/)\s*([A-Z]{1,3})(\d+)\b/g)) {
      const p = prefixes.find((x) => x.letters === m[1]);
      if (p) {
        const r = p.prefix + m[1] + m[2];
        if (!out.includes(r)) out.push(r);
      }
    }
  }
  return out;
}

export function fixItems(text: string, list: List, asWritten = false): FixOrderItem[] {
  return list.children.flatMap((it) => {
    const t = itemText(text, it);
    const done = it.checked === true || DONE_MARK.test(t) || DONE_MARK.test(src(text, it).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    const item = { text: t.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), done, refs: refsIn(t) };
    // Convention: a bullet of the plan that only lists ids, "- A-01, A-02, A-05" under "### Phase 1 — …": the
    // findings the step takes, one item each (as a bold step's ids on its line are read, lineItems); a numbered
    // list's entry is one place in the order ("4. SR-06, SR-07"), one item
    // Convention: the bullets nested under a numbered step are its lines of work as written, "4. **Fase 4 – Backlog
    // tecnico**" over "- CR-09, CR-10" beside steps whose bullets each take one finding: a bullet of ids alone
    // there is one line of the step, as the numbered entry "4. SR-06, SR-07" is one place (asWritten)
    if (asWritten || list.ordered || item.refs.length < 2 || !/[,;،]/.test(item.text)) return [item];
    const parts = lineItems(item.text);
    // ("- **A-06**, **A-09** (merge `7e0a5b1`), **A-11**": an id may carry a remark in brackets after it)
    return parts.length === item.refs.length && parts.every((p) => p.refs.length === 1 && p.text.replace(/[`*_#]/g, '').replace(/\s*\([^()]*\)$/, '').trim() === p.refs[0]) ? parts.map((p) => ({ ...p, done })) : [item];
  });
}

export function stepEffort(title: string, blocks: RootContent[], text: string): Effort | null {
  const e = parseEffort(title);
  if (e) return e;
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    for (const line of src(text, b).split('\n')) {
      const f = factFromLine(line);
      if (f && f.kind === 'effort') return parseEffort(f.value);
    }
  }
  return null;
}

const BOLD_HEAD = /^\s*(?:\*\*|__)(?:(?!\*\*|__).){3,}(?:\*\*|__)/;
const WHOLE_BOLD = /^\s*(?:\*\*|__)(?:(?!\*\*|__).){3,}(?:\*\*|__)\s*$/;
// Convention: a step's label wholly in bold with a remark in brackets after it, on its own line over the step's list
// ("**Step 1 — Remove the GPL linkage** (estimated 3 engineering days)", "**Wave 2 — tidy** (after Wave 1)"): the
// remark says how long or after what, the bold part and it name the step
const BOLD_LABEL_REMARK = /^\s*(?:\*\*|__)(?:(?!\*\*|__)[^\n]){3,80}(?:\*\*|__)\s*\([^()\n]{1,80}\)\s*$/;

/**
 * "1단계 — 즉시 조치 (…)", "Phase 2 – short term", "Korak 1": a head that names a step of the plan by its
 * number, in the words of its language
 */
// ("### Fase 1 — Prima del go/no-go": the Italian, Spanish and Portuguese word for a phase)
// ("### Schritt 1 – Hauptabweichungen beheben": the German word for a step)
// (Convention: a Dutch work plan's steps, "**Stap 1 – Direct**" over the findings it takes)
const STEP_HEAD = /^\s*(?:(?:\*\*|__)?(?:phase|stage|step|wave|sprint|round|schritt|stap|fase|etapa|faza|korak|vaihe|fázis|lépés|aşama|етап|фаза|крок|хвиля|спринт)\s+\d{1,2}(?![\p{L}\p{N}])|(?:\*\*|__)?第?\s*\d{1,2}\s*(?:단계|차|段階|阶段|期)(?![\p{L}]))/iu;

/** "**Before GA (Sep 30)** — blocking": a label in bold (1), a dash and a remark of one to three words */
const BOLD_SHORT_REMARK = /^\s*(?:\*\*|__)((?:(?!\*\*|__)[^:\n]){3,80})(?:\*\*|__)\s+[—–-]\s+\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}\s*$/u;

/**
 * Convention: a plan's step label in bold, a dash and how long the step takes in a few words, "**2. Follow-ups that
 * depend on step 1** — about half a day", "**Phase B** – roughly two to three days": the estimate is a remark on the
 * step (as BOLD_SHORT_REMARK's words are), the bold part names it
 */
const BOLD_EFFORT_REMARK = /^\s*(?:\*\*|__)((?:(?!\*\*|__)[^:\n]){3,80})(?:\*\*|__)\s+[—–-]\s+(~?\p{L}[^\n]{0,40})$/u;
function boldEffortRemark(line: string): RegExpExecArray | null {
  const m = /\b(?:day|hour|week|h|d)s?\b/i.test(line) ? BOLD_EFFORT_REMARK.exec(line) : null;
  return m && m[2].split(/\s+/).length <= 6 && parseEffort(m[2]) ? m : null;
}

/** "**Wave 1 — before go-live (target 2025-03-28).** These block go-live.": a bold label ended by a full stop, a sentence after */
const BOLD_LABEL_SENTENCE = /^\s*(?:\*\*|__)((?:(?!\*\*|__)[^\n]){3,120}?)[.:](?:\*\*|__)\s+\p{Lu}[^\n]{0,120}[.!]\s*$/u;

/** "**Q3 2025** — …", "**H2 FY26** – …", "**Phase 2** - …": a step named by its period or number in bold, a dash, a few words */
const PERIOD_DASH = /^\s*(?:\*\*|__)((?:Q[1-4]|H[12])\s*(?:FY\s*)?'?\d{2,4}|(?:phase|stage|step|wave|sprint|round|week|month)\s+\d{1,2})(?:\*\*|__)\s+[—–-]\s+\S/i;

/**
 * Convention: a plan cut by the quarter or the numbered step under a heading that calls it a plan ("## Quarter-by-
 * quarter plan" > "**Q3 2025** — unblock the graph" over "1. TD-02 …", "**Q4 2025** — make CI fast" over its
 * list): two or more such labels each over a list make the section a fix order, its labels the steps
 */
export function periodLabelledPlan(text: string, s: Section): boolean {
  if (!PLAN_TITLE.test(s.h.text)) return false;
  let n = 0;
  s.blocks.forEach((b, i) => {
    if (b.type === 'paragraph' && s.blocks[i + 1]?.type === 'list' && PERIOD_DASH.test(src(text, b)) && !src(text, b).includes('\n')) n++;
  });
  return n >= 2;
}

/**
 * Convention: a section's actions cut into numbered steps, each a label wholly in bold on its own line over the numbered
 * items it takes ("**Step 1 — Before anyone goes up**" over "1. S-104: offload the bay (D35-03)", then "**Step 2 — By
 * end of shift today**" over "3. …"): two such steps whose items name findings make the section a fix order, whatever
 * its heading ("## Actions in order", "## Getting it done"); the steps are read as any bold label over its list is
 */
export function stepLabelledPlan(text: string, s: Section): boolean {
  if (s.blocks.length < 3) return false;
  let n = 0;
  s.blocks.forEach((b, i) => {
    if (n >= 2 || b.type !== 'paragraph') return;
    const md = src(text, b);
    if (!STEP_HEAD.test(md)) return;
    const lines = md.split('\n');
    if (!WHOLE_BOLD.test(lines[0])) return;
    const next = s.blocks[i + 1];
    const items = lines.length > 1 ? (lines.slice(1).every((l) => LIST_LINE.test(l)) ? lines.slice(1) : []) : next?.type === 'list' ? (next as List).children.map((it) => src(text, it)) : [];
    if (items.some((t) => refsIn(plainInline(t)).length > 0)) n++;
  });
  return n >= 2;
}

/** a list of steps: every item a short bold head (or one that names a step by its number) over a list of its own */
function stepItems(text: string, list: List): boolean {
  // ("1. **Restore the invoices index** (low risk, biggest win)": a remark may follow the bold head)
  if (list.children.length >= 2 && list.children.every((it) => it.children.length === 2 && it.children[0].type === 'paragraph' && it.children[1].type === 'list' && (BOLD_HEAD.test(src(text, it.children[0])) || STEP_HEAD.test(src(text, it.children[0]))) && !src(text, it.children[0]).includes('\n') && src(text, it.children[0]).length <= 160)) return true;
  return shortStepItems(text, list);
}

/**
 * Convention: an ordered list of steps, each a short head over a sub-list of its items ("1. Money
 * correctness first" + "   - idempotency key …"; "1. **Unblock the cut**" + "   - PLAT-2293 — …"), where a
 * step may give its few items on its own line after a dash instead ("3. **Backlog** — Dockerfile pin,
 * array-index keys, the TODO"). Two or more steps with sub-lists, every head one short line.
 */
function shortStepItems(text: string, list: List): boolean {
  if (list.children.length < 2) return false;
  let nested = 0;
  // (Convention: a numbered plan whose last entry is a plain closing step that takes no finding, "3. Full retest and
  // regression on 15–16 June" after "1. **Round 1 (by 12 June)** — BUG-101, BUG-105": the retest or sign-off that
  // ends the plan, in any language, need not be in bold; two bold steps before it at least)
  const last = list.children[list.children.length - 1];
  const closing = !!list.ordered && list.children.length >= 3 && closingEntry(text, last) ? last : null;
  for (const it of list.children) {
    if (it === closing) continue;
    const p = it.children[0];
    if (p?.type !== 'paragraph' || it.children.length > 2) return false;
    // (Convention: hard-wrapped Markdown, "- **Weeks 2–4:** turn on backup encryption … (PR-01);" wrapped onto a
    // second line: a step on its own line may run on, one with a sub-list has a one-line head)
    const raw = src(text, p);
    const head = it.children.length === 1 && raw.length <= 400 ? raw.replace(/\s*\n\s*/g, ' ') : raw;
    if (head.includes('\n') || head.length > (it.children.length === 1 ? 400 : 160)) return false;
    if (it.children.length === 2) {
      if (it.children[1].type !== 'list') return false;
      // (a plain head is a step's name: a few words, no sentence)
      if (!BOLD_HEAD.test(head) && (/[.:;]\s*$/.test(head) || plainInline(head).split(/\s+/).length > 8)) return false;
      nested++;
    } else if (!BOLD_HEAD.test(head) || !BOLD_STEP.test(head)) return false;
  }
  // ("1. **Cash and intercompany first** — RN-01, then RN-04 (same root cause).": every step a bold head, a dash,
  // and the findings it takes by id)
  // ("1. **This week:** `iam_root_hardware_mfa_enabled`, `rds_instance_no_public_access`": or by the check ids of
  // a scanner, in code)
  // (Convention: a rollout plan's bullets, "- **Week 1 (10–14 June):** R1 behind a flag; R7.", "- **Q3 backlog:** R5,
  // R9.": unordered, each a period in bold and the findings it takes by id; a plain bulleted list is no plan of steps)
  // (Convention: "1. **Immediately (before any deploy):** Bug #6 → Bug #1" over a sub-bullet "- #6 first, otherwise
  // …": a step may carry a note on its order below it; the findings it takes are on its line all the same)
  // (Convention: "1. **Step 1 — before any deploy:** A1, B1, B2", "2. **Step 2 — this sprint:** A3 (after A1), A2":
  // numbered too, a step named in bold with a colon, its findings by short ids, as coding agents write a fix order)
  // (Convention: "1. **Step 1 — auth hardening:** S1, S3", "3. **Step 3 — data correctness:** B1, then B3": where
  // the steps name findings as B1, M1 too, S1 is a security finding's id, not a QA severity)
  const heads = list.children.map((it) => BOLD_STEP.exec(src(text, it.children[0]).split('\n')[0]));
  const sIds = heads.some((m) => m && SHORT_ID.test(m[2]));
  return (nested >= 2 && !!list.ordered) || ((nested === 0 || (!!list.ordered && nested < list.children.length)) && list.children.every((it, i) => {
    if (it === closing) return true;
    const line = src(text, it.children[0]).split('\n')[0];
    const m = heads[i];
    return !!m && (refsIn(m[2]).length > 0 || codeIds(m[2]).length > 0 || ((!list.ordered || !!boldLabel(line)) && (SHORT_ID.test(m[2]) || (sIds && /\bS\d{1,2}\b/.test(m[2])))));
  }));
}

/**
 * Convention: a numbered sequence whose every entry opens with a short plain label, a colon, then what is done at
 * that point ("1. Rev C3 arrival: ESD (4.2), then EFT (4.6).", "2. Display clock change: radiated emissions (4.1)"):
 * the label names the step (an event, a change, a stage), not a finding; the rest is its one item. The labels are
 * a few words, not a finding's id; three entries at least.
 */
const COLON_LABEL = /^\s*([\p{Lu}][^:*_`\n]{2,40}?):\s+(\S.*)$/u;
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const ANY_LETTER = /\p{L}/u;
function colonLabelSteps(text: string, list: List): FixOrderStep[] | null {
  if (!list.ordered || list.children.length < 3 || list.children.length > 8) return null;
  const out: FixOrderStep[] = [];
  for (const it of list.children) {
    if (it.children.length !== 1 || it.children[0].type !== 'paragraph') return null;
    const md = src(text, it.children[0]);
    if (md.includes('\n') || md.length > 240) return null;
    const m = COLON_LABEL.exec(md);
    // (a short id in it may be a revision, "Rev C3"; two words besides at least, so "R3: …" or "Fix R3: …" stays a finding's entry)
    if (!m || m[1].split(/\s+/).length > 5 || refsIn(m[1]).length || m[1].replace(SHORT_ID_G, ' ').split(/\s+/).filter((w) => ANY_LETTER.test(w)).length < 2) return null;
    const body = plainInline(m[2]).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
    out.push({ title: m[1].trim(), effort: parseEffort(body), items: [{ text: body, done: DONE_MARK.test(body), refs: refsIn(body) }] });
  }
  return out;
}

/**
 * Convention: a section's summary gives the fix order on one line, "Order: S1 → S4 (needs S1's helper) → S3", as
 * a tl;dr of blockers or a PR comment closes: the findings chained by arrows after the word "order" are the steps'
 * items in that order, one each (the first id of each link; the rest of a link is a remark on it), the section's
 * heading names the step. Two arrows' worth at least: two links, each opening with an id.
 */
const ORDER_CHAIN_LINE = /^\s*(?:\*\*|__)?(?:(?:fix|suggested|recommended|proposed|agreed) )?order(?: of (?:work|fixes))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*(?:→|->).*)$/im;
const CHAIN_LINK = /\s*(?:→|->)\s*/;
const CHAIN_ID = /^(?:\*\*|__|`)?((?:[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d{1,5}|[A-Z]{1,3}\d{1,4}|#\d{1,5}))(?![\p{L}\p{N}-])/u;
export function orderChainStep(text: string, b: RootContent, title: string): FixOrderStep | null {
  const m = ORDER_CHAIN_LINE.exec(src(text, b));
  if (!m) return null;
  const links = m[1].replace(/\.\s*$/, '').split(CHAIN_LINK);
  if (links.length < 2) return null;
  const items: FixOrderItem[] = [];
  for (const l of links) {
    const id = CHAIN_ID.exec(l.trim());
    if (!id) return null;
    items.push({ text: plainInline(l).trim(), done: DONE_MARK.test(l), refs: [id[1]] });
  }
  return { title: title.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: null, items };
}

/**
 * Convention: a plan written as one sentence, its steps joined by ", then": "First RT-2 and RT-1 (…), then RT-3
 * and RT-6 in April, then RT-5 and RT-7 alongside the Q2 draw.", "Plan: finish R1 with R3 in one commit, then R6
 * and R7." (a PR comment's or a short report's order of work): each clause is a step, titled by its words, one
 * item per finding it names. Two clauses at least, each naming a finding.
 */
const THEN_CLAUSE = /,\s+(?=then\b)/i;
// ("Thanks both. Plan: finish …": the plan may follow a sentence of the comment)
const PLAN_LEAD = /(?:^\s*|[.!?]\s+)(?:\*\*|__)?(?:plan|order|suggested order|proposed order|fix order)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+/i;
/** "Q2", "H1": a quarter or a half of the year, no finding's short id */
const PERIOD_ID = /^(?:Q[1-4]|H[12])$/;
const SENTENCE_END = /\.(?:\s|$)(?![^()]*\))/;
const CLAUSE_GLOSS = /\s+[—–]\s.*$/;
export function thenSentenceSteps(text: string, b: RootContent, led = false): FixOrderStep[] | null {
  let md = src(text, b);
  if (led) {
    const lead = PLAN_LEAD.exec(md);
    if (!lead) return null;
    md = md.slice(lead.index + lead[0].length);
  }
  const plain = plainInline(md).replace(/\s+/g, ' ').trim();
  const end = plain.search(SENTENCE_END);
  const clauses = (end >= 0 ? plain.slice(0, end) : plain).split(THEN_CLAUSE);
  if (clauses.length < 2) return null;
  const steps: FixOrderStep[] = [];
  for (const c of clauses) {
    const ids = headIds(c).filter((r) => !PERIOD_ID.test(r));
    if (!ids.length) return null;
    steps.push({ title: c.replace(CLAUSE_GLOSS, '').trim(), effort: null, items: ids.map((r) => ({ text: r, done: false, refs: [r] })) });
  }
  return steps;
}

/** an entry of one short plain line, not in bold, that names no finding: a plan's closing retest or sign-off */
function closingEntry(text: string, it: List['children'][number]): boolean {
  if (it.children.length !== 1 || it.children[0].type !== 'paragraph') return false;
  const md = src(text, it.children[0]);
  return md.length <= 160 && !md.includes('\n') && !BOLD_HEAD.test(md) && !refsIn(plainInline(md)).length && !SHORT_ID.test(md);
}

/**
 * Convention: under a heading that calls it the plan ("## Path to GO", "## Remediation plan"), a numbered list of
 * steps, each a bold head, a dash and a sentence or two of what it does ("1. **RC4 (target 2024-06-10)** — land
 * fixes for HM-1181 and HM-1185; QA verifies both", "3. **Council decision (12 June)** — QA re-issues this
 * report"): each item is a step, the sentence its items. Two or more steps name findings by id; a step that
 * names none (a decision, a sign-off) is a step all the same.
 */
function boldSentenceSteps(text: string, list: List): boolean {
  // (Convention: "1. **QD-19** — reference collision", "2. **QD-23** — rounding (needs QD-19 first)" under "## Must
  // fix before release": a head that is only the finding's id names the entry, an item of the one step the heading
  // names, as boldHeadIds reads such heads; the sentence after it says what the finding is)
  if (list.children.every((it) => ID_ONLY_HEAD.test(src(text, it.children[0] ?? it).slice(0, 120)))) return false;
  return boldHeadedList(
    text,
    list,
    (md) => (md.length > 400 ? null : BOLD_STEP.exec(md.replace(/\s*\n\s*/g, ' '))),
    (m) => refsIn(plainInline(m[2])).length > 0,
  );
}

/**
 * Convention: a dependency triage's upgrade order (Dependabot, Renovate, npm audit, Snyk: "## Upgrade order" >
 * "1. **lodash 4.17.21 in `apps/site`** — closes #41, #44", "2. **Lockfile refresh** — …"): each entry is one
 * bump, done in the order listed because each rebases on the lockfile before it; the entries are the items of the
 * one step the heading names, not stages of a plan (a head that names a stage, "**Wave 1**", or a date is one)
 */
const UPGRADE_ORDER_TITLE = /\b(?:upgrade|update|bump|dependency|patch(?:ing)?)\s+(?:order|sequence)\b/i;
const STAGE_IN_HEAD = /\b(?:phase|stage|step|wave|sprint|round|week|day|today|now|later|before|after|by|target|rc\d*|release|milestone|backlog)\b|\b\d{4}-\d{2}-\d{2}\b/i;
function upgradeEntries(text: string, list: List, title: string): boolean {
  if (!UPGRADE_ORDER_TITLE.test(title)) return false;
  return list.children.every((it) => {
    const m = it.children.length === 1 ? BOLD_STEP.exec(src(text, it.children[0]).split('\n')[0]) : null;
    return !!m && !STAGE_IN_HEAD.test(plainInline(m[1]));
  });
}

/**
 * Convention: an ordered plan whose steps each open with a bold head that names the findings the step takes,
 * then its effort and why, as coding agents write a fix plan ("1. **Fix R3 first** (~30 min). Return the commit
 * error …", "2. **Then R2 and R4 together** (~1–2 h). …", "4. **Follow-up PR: R1, R5, R8** (~half a day)."): each
 * item is a step titled by its head, one item per finding the head names (two heads at least name some).
 */
// Convention: the heads of such a plan say how the findings are taken, batched ("R2 and R4", "R1, R5, R8") or in
// order ("first", "then", "later", "together", "follow-up"); a numbered list whose bold heads name one finding each
// as a piece of work, "1. **Close BWP-04** — fix the escaping", "2. **BWP-06 and BWP-09** — …", "3. **Retest
// BWP-05** — …", under "## Recommended Remediation Priority", is the order of one step, its entries the items
// (two heads at least must batch or order)
const HEAD_ORDER_WORD = /\b(?:first|then|next|later|after(?:wards)?|together|follow[- ]?up|finally|last(?:ly)?|before|once)\b/i;
function boldHeadIds(text: string, list: List, labelled = false): boolean {
  // (Convention: "1. **A-01** tenant scoping in portal views" under "### Phase 1 — before next deploy": a head
  // that is only the finding's id names the item, not a step; the heading over the list is the step)
  const idOnly = (m: RegExpExecArray) => plainInline(m[1]).replace(/[\s,;&/+]+|\band\b/g, '') === headIds(m[1]).join('');
  let bare = 0;
  let batches = 0;
  let grouped = 0;
  const ok = boldHeadedList(text, list, (md) => BOLD_OPEN.exec(md), (m) => {
    if (headIds(m[1]).length >= 2 || HEAD_ORDER_WORD.test(m[1])) grouped++;
    if (idOnly(m)) {
      bare++;
      // Convention: an agent's fix order whose numbered entries open with the findings they batch, in bold, then a
      // dash and why ("1. **#1, #2** — security, do these before anything else ships.", "2. **#4** — the session
      // fix", "4. **#6, #7, #8, #9** — one PR"): each entry is a step titled by its ids, one item per finding. Two
      // heads at least batch two findings or more; not under a step's own label or heading ("### Phase 1")
      if (headIds(m[1]).length >= 2 && /^\s*[—–:-]\s/.test(m[2])) batches++;
    }
    return headIds(m[1]).length > 0;
  });
  return ok && grouped >= 2 && (bare < list.children.length || (batches >= 2 && !labelled));
}

/**
 * The shape both bold-head plans share: an ordered list of 2–20 items, each one paragraph opened by a bold
 * head (`read` finds it in the item's Markdown: 1 the head, 2 what follows) of at most 80 characters, two
 * or more of which `names` says name findings.
 */
function boldHeadedList(text: string, list: List, read: (md: string) => RegExpExecArray | null, names: (m: RegExpExecArray) => boolean): boolean {
  if (!list.ordered || list.children.length < 2 || list.children.length > 20) return false;
  let named = 0;
  for (const it of list.children) {
    if (it.children.length !== 1 || it.children[0].type !== 'paragraph') return false;
    const m = read(src(text, it.children[0]));
    if (!m || m[1].length > 80) return false;
    if (names(m)) named++;
  }
  return named >= 2;
}

/** "**QD-19** — …": a bold head that is one tracker id alone, then a dash */
const ID_ONLY_HEAD = /^\s*(?:\*\*|__)[A-Z][A-Z0-9]{0,9}-\d{1,6}(?:\*\*|__)\s*[—–:-]\s/;

/** "**Fix R3 first** (~30 min). …": the bold head that opens an item (1) and what follows it (2) */
// ("2. **#4** — the session fix": a finding's number alone is a head of two characters)
const BOLD_OPEN = /^\s*(?:\*\*|__)(#\d(?=\*\*|__)|(?:(?!\*\*|__)[^\n]){3,}?)(?:\*\*|__)(.*)/s;

/** the findings a step's head names: tracker ids, and the report's short ids ("R3", not "P0") */
function headIds(head: string): string[] {
  const t = plainInline(head);
  const out = refsIn(t);
  for (const m of allMatches(t, SHORT_ID_G)) if (!out.includes(m[0])) out.push(m[0]);
  return out;
}

const ID_LED_STEPS_RE = /\p{L}{2,}/u;
/**
 * Convention: a numbered sequencing whose items each open with the findings they take, grouped, then say why
 * in a clause of their own ("1. R3 first — smallest change, and R5 builds on it.", "2. R1 and R2 together (R1
 * is already done); both need the replay harness.", "4. R4, R7 and the nits whenever convenient"): each item is
 * a step titled by its opening clause, one item per finding that clause names (R5, named in the "why", is not
 * taken). Two items at least open with two or more findings; a list of one finding per item is one step's
 * order, not steps.
 */
function idLedSteps(text: string, list: List): FixOrderStep[] | null {
  if (!list.ordered || list.children.length < 2 || list.children.length > 20) return null;
  const steps: FixOrderStep[] = [];
  let grouped = 0;
  for (const it of list.children) {
    if (it.children.length !== 1 || it.children[0].type !== 'paragraph') return null;
    const t = plainInline(src(text, it.children[0]).slice(0, 400)).replace(/\s+/g, ' ').trim();
    const first = headIds(t)[0];
    if (!first || !t.startsWith(first)) return null;
    // (the opening clause ends at a dash, a bracket, a semicolon, a colon, a full stop or a comma that does not go
    // on to the next finding)
    // (Convention: Japanese and Chinese write the bracket, colon and stop full-width, "2. V-08 Cookie 属性（V-05
    // 完了後に実施）": the remark in "（…）" is no part of the opening clause, as one in "(…)" is not)
    const cut = /\s+[—–]\s|\s*[(;:（；：。]|\.(?:\s|$)|,\s+(?!(?:and\s+)?(?:[A-Z]{1,3}\d{1,4}|[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d|#\d)\b)/.exec(t);
    const head = (cut ? t.slice(0, cut.index) : t).replace(/[.,]\s*$/, '').trim();
    const ids = headIds(head);
    if (!ids.length || head.length > 100) return null;
    // (every head says how its findings are taken, "first", "together", "as the fast follow-up"; a head of ids
    // alone, "1. DOC-5 and DOC-3 (both quick)", is an entry of one step's order)
    if (!ID_LED_STEPS_RE.test(ids.reduce((h, r) => h.split(r).join(' '), head).replace(/\b(?:and|or|&|then)\b/gi, ' '))) return null;
    if (ids.length >= 2) grouped++;
    steps.push({ title: head, effort: parseEffort(t), items: ids.map((r) => ({ text: r, done: false, refs: [r] })) });
  }
  return grouped >= 2 ? steps : null;
}

function boldHeadSteps(text: string, list: List): FixOrderStep[] {
  return list.children.map((it) => {
    const md = src(text, it.children[0]);
    const head = BOLD_OPEN.exec(md)!;
    const title = plainInline(head[1]).replace(/:\s*$/, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
    const items = headIds(head[1]).map((r) => ({ text: r, done: false, refs: [r] }));
    return { title, effort: parseEffort(plainInline(head[2]).slice(0, 60)), items };
  });
}

/** "R1", "C12", "TM4": a report's own short id of a finding, not a level of a scale ("P0", "S2") */
const SHORT_ID = /\b(?![PS][0-5]\b)[A-Z]{1,3}\d{1,4}\b/;
/** SHORT_ID, every one in a text */
const SHORT_ID_G = new RegExp(SHORT_ID.source, 'g');

/**
 * "**Backlog** — Dockerfile pin, …", "**Cash first**: RN-01, RN-04", and the colon inside the bold, "**المرحلة
 * الأولى (قبل الإطلاق):** PT-01، PT-02": a step's bold head and its items on the same line (1: the head, 2: the items)
 */
// ("**Bucket A — must fix before public beta.** Beta is blocked on these four: CN-5110, CN-5103": a label in bold
// closed by its full stop, as triage notes write their buckets)
// (Convention: "1. **Phase 1 — before cutting 2026.03** (≈ ½ day): C-1, C-2", "**Wave 2** (2–3 days) — R4": a short
// remark in brackets, the step's effort or date, may stand between the bold head and its colon or dash)
const BOLD_STEP = /^\s*(?:\*\*|__)([^*_\n]+?)(?:(?:\*\*|__)(?:\s*\([^()\n]{1,40}\))?\s*[—–:]|:(?:\*\*|__)|\.(?:\*\*|__))\s+(.+)$/;

/** "`iam_root_hardware_mfa_enabled`", "`CKV_AWS_20`": a scanner's check ids, written in code (lead.ts, CHECK_ID) */
function codeIds(md: string): string[] {
  if (!md.includes('`')) return [];
  return allMatches(md, /`([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,})`/g).map((m) => m[1]);
}

/**
 * A step's items written on one line ("BWL-01, BWL-02", Arabic "PT-01، PT-02"; a comma inside brackets parts
 * nothing), each with the findings it names; `sep`: what parts them, when not these commas and semicolons.
 */
// ("R4 → R3 → R1 → R6": a step's findings in the order to fix them, one item each)
// ("K-02、K-08、K-03": Japanese and Chinese list with the ideographic comma, no space after it)
// ("DEF-0412 y DEF-0409", "RN-01 and RN-04": a word for "and" before the next finding's id parts them as a comma does)
const ITEM_SEP = /\s*[,;،]\s+(?![^()]*\))|\s*[、，；]\s*(?![^()]*\))|\s+(?:→|->)\s+(?![^()]*\))|\s+(?:and|y|e|et|und|en|i|og|och|и)\s+(?=(?:\*\*|__|`)?[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d)(?![^()]*\))/;
const BARE_ID = /^[`*_]*[\p{Lu}\p{N}][\p{Lu}\p{N}.-]{0,24}[`*_]*$/u;
/** ITEM_SEP, and "and" before a short id ("S6 and S7"), as a step's line of short ids joins its last two */
const ITEM_SEP_SHORT = new RegExp(`${ITEM_SEP.source}|\\s+(?:and|&)\\s+(?=(?:\\*\\*|__|\`)?[A-Z]{1,3}\\d{1,4}\\b)(?![^()]*\\))`);
const LINE_ITEMS_RE = /\s[—–]\s|(?<=\S)\.\s+(?=[*_]*\p{Lu})/u;
const BARE_RE = /\p{L}/u;
function lineItems(md: string, sep = ITEM_SEP, refs: (t: string) => string[] = refsIn): FixOrderItem[] {
  // Convention: the findings a step takes, then a dash and what they are about ("**Immediately:** BUG-2, BUG-1,
  // BUG-3 — payments, data integrity, account takeover"): where every part before the dash names a finding and
  // nothing after it does, the words after the dash gloss the step; they are no items (kept on the last one)
  // ("**Entro 48 ore** — R-02, R-01. Sono gli unici rilievi che bloccano il rilascio; ritest dopo il merge": the
  // findings, then a full stop and sentences about them, in any language: the sentences are no items either)
  let gloss = '';
  const dash = md.search(LINE_ITEMS_RE);
  if (dash > 0) {
    const head = md.slice(0, dash).split(sep).map((t) => t.trim()).filter(Boolean);
    // Convention: a bare run of ids, a full stop, then sentences about the step that name some findings again, or
    // one it waits for (after a full stop only: a dash's words about the last item stay its text) ("**Phase 2 (sprints 26–27).** DC-03, DC-10, DC-04. DC-08 is the largest item; start it once
    // DC-02 is merged."): the sentences are no items either, once every part before them is an id alone and the
    // first clause after them is words of a sentence (four or more, no brackets), not another id with a note
    const clause = md.slice(dash).replace(/^[\s.—–]+/, '').split(/[,;.]\s|[,;.]$/)[0];
    const sentence = md[dash] === '.' && head.length >= 2 && head.every((t) => BARE_ID.test(t) && refs(t).length === 1) && !clause.includes('(') && clause.trim().split(/\s+/).length >= 4;
    // Convention: a bare run of ids, a dash, then a remark on their order that names only findings of the run again
    // ("**Before merge:** #1, #3, #2 — #1 first, since #3's test fixture reuses the commit path"): the remark is
    // no item, as a gloss naming no finding is not
    const headRefs = new Set(head.flatMap((t) => refs(t)));
    const bare = (t: string) => { const r = refs(t); return r.length === 1 && !BARE_RE.test(t.replace(r[0], '')); };
    const after = md[dash] !== '.' ? refs(md.slice(dash)) : [];
    const remark = head.length >= 2 && head.every(bare) && after.length > 0 && after.every((r) => headRefs.has(r));
    if (head.length && head.every((t) => refs(t).length) && (sentence || remark || !refs(md.slice(dash)).length)) {
      gloss = md.slice(dash).trimEnd();
      md = md.slice(0, dash);
    }
  }
  const items = md.split(sep).map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t, done: DONE_MARK.test(t), refs: refs(t) }));
  // ("RDY-02, then RDY-04, which is blocked by it": a clause that names no finding and opens as a relative one
  // says more about the item before it; it is no item of its own)
  for (let i = items.length - 1; i > 0; i--) {
    if (items[i].refs.length || !/^(?:which|that|since|because|as|who)\s/i.test(items[i].text)) continue;
    items[i - 1].text += ', ' + items[i].text;
    items.splice(i, 1);
  }
  if (gloss && items.length) items[items.length - 1].text += gloss;
  return items;
}

const SEMICOLON_TASKS_RE = /^[\p{L} ]{1,20}:|^(?:owner|due|by|until|est\.?|estimate|effort|eta|target|see|note|cf\.?)\b/iu;
/**
 * Convention: a step's line whose semicolons part the findings it takes from other work it names ("**Phase 3 —
 * Planned:** INT-13; PingCastle score below 20"): the part that names no finding is an item of the step too, a
 * task of its own (not a remark: "owner: …", "est. 2d"). Null unless a part names findings and another, of two
 * words or more, names none.
 */
function semicolonTasks(body: string): FixOrderItem[] | null {
  const chunks = body.split(/\s*;\s+(?![^()]*\))/).map((t) => t.trim().replace(/[.;]\s*$/, '')).filter(Boolean);
  if (chunks.length < 2 || !chunks.some((c) => refsIn(c).length)) return null;
  const free = chunks.filter((c) => !refsIn(c).length);
  if (!free.length || free.some((c) => c.split(/\s+/).length < 2 || SEMICOLON_TASKS_RE.test(c) || parseEffort(c))) return null;
  return chunks.flatMap((c) => {
    const parts = refsIn(c).length ? lineItems(c) : [];
    const items = parts.length > 1 && parts.every((it) => it.refs.length) ? parts : [{ text: c, done: DONE_MARK.test(c), refs: refsIn(c) }];
    return items;
  });
}

/**
 * a line of short ids alone, "R4 → R3 → R1 → R6", "R5, R8 e R9" (any "and" of one or two letters or a word)
 * Convention: short ids in the order they are fixed, "B1, then B3", "R2 dann R5", "then B3" (the part of such a
 * list after its comma): the word for "then" joins them as a comma does, as in a line of numbered ids
 * ("1.2, 2.1, then 2.2"); German "dann", "danach", French "puis", Spanish "luego", Portuguese "depois"
 */
const THEN_WORD = String.raw`(?:then|dann|danach|puis|luego|depois)`;
const SHORT_ID_LINE = new RegExp(String.raw`^\s*(?:${THEN_WORD}\s+)?[A-Z]{1,3}\d{1,4}(?:\s*(?:[,;/]|→|->|\s\p{L}{1,3}\s|\s${THEN_WORD}\s)\s*(?:${THEN_WORD}\s+)?[A-Z]{1,3}\d{1,4})*[\s.]*$`, 'u');

/** a line of section-numbered ids alone, "1.2, 2.1, then 2.2, 3.3", "5.1 and 5.2" */
const DOTTED_ID_LINE = /^\s*\d{1,3}\.\d{1,3}(?:\s*(?:[,;/]|→|->)?\s*(?:(?:then|and|&)\s+)?\d{1,3}\.\d{1,3})*[\s.]*$/;

/** "**A long label of a step:** …": the label in bold and what follows it, plain, or null */
function boldLabel(line: string): RegExpExecArray | null {
  // ("**Stage 1 — before submission** (about 2 hours): A1, A3": a remark in brackets before the colon, as BOLD_STEP)
  const m = /^\s*(?:\*\*|__)([^*_\n]{1,80}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)(?:\s*\([^()\n]{1,40}\))?\s*:)\s*(\S.*)$/.exec(line);
  if (m) m[2] = plainInline(m[2]);
  return m;
}

const PARAGRAPH_STEP_RE = /^\s*[*_]*\p{Lu}/u;
/** "**Phase 1 — Immediate:** BWL-01, BWL-02. Owner: …": a paragraph that is one step, or null */
function paragraphStep(text: string, b: RootContent): FixOrderStep | null {
  const md = src(text, b);
  if (md.length > 600 || !/^\s*(?:\*\*|__)/.test(md)) return null;
  // ("**This week:**\n4. #3 — …\n5. #6": a label over a numbered list that goes on from an earlier one, which
  // cannot interrupt a paragraph, is a label and its list, read as such below)
  const lines = md.split('\n');
  if (lines.length > 1 && (/:\s*(?:\*\*|__)?\s*$/.test(lines[0]) || WHOLE_BOLD.test(lines[0])) && lines.slice(1).every((l) => LIST_LINE.test(l))) return null;
  // Convention: the step's label in bold on a line of its own, the findings it takes on the next line of the same
  // paragraph ("**Sprint 24 (to 18 Dec) — unblock booking**" then "FG-10 → FG-01 (in that order), FG-06")
  const nl = md.indexOf('\n');
  if (nl > 0 && WHOLE_BOLD.test(md.slice(0, nl))) {
    const rest = plainInline(md.slice(nl + 1).replace(/\s*\n\s*/g, ' ')).trim();
    const first = refsIn(rest)[0];
    if (!first || !rest.startsWith(first)) return null;
    const title = plainInline(md.slice(0, nl)).replace(/:\s*$/, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
    return { title, effort: parseEffort(title), items: lineItems(rest).filter((it) => it.refs.length) };
  }
  // Convention: the step's findings alone on its label's line, and on the next line of the paragraph a sentence
  // on why ("**Phase 0 — before go-live:** K-01, K-05, then K-02" then "Close the paths to admin first; K-02 waits
  // for K-03."): the line break ends the list as a full stop would; the sentence names findings but takes none
  const line0 = lines.length > 1 && PARAGRAPH_STEP_RE.test(lines[1]) ? BOLD_STEP.exec(lines[0]) : null;
  // (a line that ends on a comma goes on on the next: "… DC-10, DC-08,⏎DC-04. DC-08 is …")
  const listOnly = !!line0 && !/[,;،]\s*$/.test(lines[0]) && plainInline(line0[2]).split(ITEM_SEP).map((t) => t.trim()).filter(Boolean).every((t) => refsIn(t).length > 0);
  const bold = BOLD_STEP.exec(listOnly ? lines[0] : md.replace(/\s*\n\s*/g, ' '));
  if (!bold || !refsIn(plainInline(bold[2])).length) return null;
  const title = plainInline(bold[1]).replace(/[:.]\s*$/, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  // (the findings it names, one item each; the sentences after them say who or when, not what)
  // ("**Phase 2 — next sprint:** CI-3 and CI-5, both small": two findings joined by "and" are two items)
  const items = lineItems(plainInline(bold[2])).flatMap((it) => {
    const parts = it.refs.length > 1 ? it.text.split(/\s+(?:and|&)\s+/) : [];
    return parts.length === it.refs.length && parts.every((t) => refsIn(t).length === 1) ? parts.map((t) => ({ text: t.trim(), done: it.done, refs: refsIn(t) })) : [it];
  });
  return { title, effort: parseEffort(bold[1]), items: items.filter((it) => it.refs.length) };
}

/**
 * Convention: a plan's last step written on its label's line after steps with lists of their own ("**Phase 2:
 * Cluster hardening**" over "1. CLS-06: …", then "**Backlog / next review:** CLS-11 (access entries), CLS-08
 * (revisit when RA-114 expires)."): the line is a step too, its findings its items. Only a line of one paragraph
 * whose every part names a finding, the first part opening with one ("**Note:** the order of CLS-04 …" is a note).
 */
function closingStep(text: string, b: RootContent): boolean {
  const md = src(text, b);
  if (md.includes('\n') || md.length > 400) return false;
  const bold = BOLD_STEP.exec(md);
  if (!bold || /^(?:notes?|nb|n\.b|owner|why|rationale|caveats?|comments?|dependenc(?:y|ies))\b/i.test(plainInline(bold[1]).trim())) return false;
  const body = plainInline(bold[2]).replace(/[.;]\s*$/, '').trim();
  const first = refsIn(body)[0];
  const parts = body.split(ITEM_SEP).map((t) => t.trim()).filter(Boolean);
  return !!first && body.startsWith(first) && parts.every((t) => refsIn(t).length > 0) && paragraphStep(text, b) !== null;
}

const ITEM_STEPS_RE = /^\p{Ll}/u;
/** "1. **First step – before submitting**" over "   - E-01: …": each item a step, its sub-list the step's items */
function itemSteps(text: string, list: List): FixOrderStep[] {
  // (Convention: "**Before the next deploy:** S1 and S2" beside "**This sprint:** S3, S4, S6 and S7": where the steps
  // name S-numbered ids beyond S5, which no severity scale has, S1–S5 are ids of the same series, as headings'
  // are, sections.ts seriesIds)
  const series = list.children.some((it) => /\bS(?:[6-9]|\d{2,3})\b/.test(src(text, it).slice(0, 400)));
  const shortG = series ? /\b(?!P[0-4]\b)[A-Z]{1,3}\d{1,4}\b/g : SHORT_ID_G;
  return list.children.map((it) => {
    const head = plainInline(src(text, it.children[0]).split('\n')[0]).replace(/\s+/g, ' ').trim();
    const sub = it.children.find((c) => c.type === 'list') as List | undefined;
    // (a step whose own line names its findings, "**Immediately:** Bug #6 → Bug #1", over one note on their order)
    const onLine = sub ? BOLD_STEP.exec(src(text, it.children[0]).split('\n')[0]) : null;
    if (!sub || (onLine && sub.children.length === 1 && refsIn(plainInline(onLine[2])).length > 0)) {
      // ("**Backlog** — Dockerfile pin (OPS-774), array-index keys, the TODO": the step's items on its line)
      // (a step's sentence wrapped onto the next lines is one line)
      const bold = BOLD_STEP.exec(src(text, it.children[0]).replace(/\s*\n\s*/g, ' '));
      const title = plainInline(bold ? bold[1] : head).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
      const ids = bold ? codeIds(bold[2]) : [];
      // (Arabic lists its ids with its own comma: "PT-01، PT-02، PT-04")
      // ("R2 (needs a BFF release); R8 once R1 is at 100%; finish R4.": where semicolons part the items, commas
      // are inside them, "R1 behind a flag, canary 10% → 100%; R7.")
      const itemsMd = bold ? plainInline(bold[2]) : '';
      // ("1. **Before merge:** H1, H2, M3 — security fixes, all small": the report's short ids, each alone in its
      // part, name findings too, so that the words after the dash gloss the step and are no item of it)
      const refsOf = (t: string) => [...refsIn(t), ...ids.filter((id) => t.includes(id)), ...(SHORT_ID_LINE.test(t) ? allMatches(t, shortG).map((x) => x[0]) : [])];
      // ("**Next sprint:** R2, R4 and R5. R4 is one line; R5 needs a panel": a semicolon in the sentences after the
      // findings' full stop, which lineItems reads as a gloss when they take no finding, parts no items)
      const stop = itemsMd.search(LINE_ITEMS_RE);
      const glossed = stop > 0 && !refsOf(itemsMd.slice(stop)).length;
      const semi = /;\s/.test((glossed ? itemsMd.slice(0, stop) : itemsMd).replace(/\([^()]*\)/g, ''));
      // ("**Vor Release 3.4:** K-04, danach K-05; außerdem K-07": a part between semicolons that is itself a comma
      // list of findings, one each, is that many items)
      // ("**This sprint:** S3, S4, S6 and S7": "and" before the report's short id parts them as a comma does)
      const items = bold ? lineItems(itemsMd, semi ? /\s*;\s+(?![^()]*\))/ : ITEM_SEP_SHORT, refsOf).flatMap((it) => {
        if (!semi || it.refs.length < 2) return [it];
        // (a comma parts it, not "and": "land fixes for HM-1181 and HM-1185" is one item of work)
        const parts = lineItems(it.text, /\s*[,،]\s+(?![^()]*\))/, refsOf);
        return parts.length === it.refs.length && parts.every((p) => p.refs.length === 1) ? parts : [it];
      }) : [];
      // Convention: a step written as a sentence of work in lower case, "**Step 1** — merge PR #2281 (WRN-3307), cut
      // rc5. Owner: Holm.": its commas part the actions of one piece of work, not findings; where a part names no
      // finding beside one that does, the step is one item ("**Backlog** — Dockerfile pin (OPS-774), array-index
      // keys" lists things, each an item; "fix H1, H2, M3" names a finding in every part; semicolons part the
      // step into pieces of work, read above)
      if (!semi && items.length > 1 && ITEM_STEPS_RE.test(itemsMd.trim()) && items.some((it) => it.refs.length) && items.some((it) => !it.refs.length)) {
        const whole = itemsMd.trim();
        return { title, effort: parseEffort(head), items: [{ text: whole, done: DONE_MARK.test(whole), refs: [...new Set(items.flatMap((it) => it.refs))] }] };
      }
      return { title, effort: parseEffort(head), items };
    }
    return { title: head.replace(/:\s*$/, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: parseEffort(head), items: fixItems(text, sub, list.ordered === true) };
  });
}

/** "Path to GO", "Road to launch", "Plan to GA": a heading that names the way from a review to a release */
const PATH_TO_RELEASE = /\b(?:path|plan|road|route) to (?:go|green|ga|launch|release|production)\b/i;

/** Steps read whole from one numbered list, the number of its first entry (batchSteps may split them). */
const numberedSteps = new WeakMap<FixOrderStep, number>();

/** an entry that only lists findings, "R2, R3.", "R4 (then add the test), R5, R6.", "A-1 + A-2" */
function refsOnly(it: FixOrderItem): boolean {
  if (it.refs.length < 2 || it.text.length > 200) return false;
  let t = it.text.replace(/\s*\([^()]*\)/g, ' ').replace(/[`*_]/g, '');
  for (const r of it.refs) t = t.split(r).join(' ');
  return /^[\s,;+&.]*(?:(?:and|or)[\s,;+&.]*)?$/i.test(t.replace(/\s(?:and|&)\s/gi, ' '));
}

const BATCH_STEPS_RE = /\p{L}{3,}.*[.!](?:\)|\s)*$/u;
/**
 * Convention: a fix order as one numbered list whose entries are batches of findings, "1. R1 + R8 in one
 * commit (…)", "2. R2, R3.", "3. R4 (then add the test), R5, R6.", "4. R7 whenever.": each number is a step
 * ("Step 2") and the findings it names are its items. Only where the list is the whole order and two entries
 * or more are nothing but lists of findings (refs read by the caller, short ids included); "2. EL-1 together
 * with EL-5", "4. SR-06, SR-07" alone, entries of one order, stay items of one step.
 */
export function batchSteps(steps: FixOrderStep[], known: Set<string> = new Set()): FixOrderStep[] {
  return steps.flatMap((st) => {
    const first = numberedSteps.get(st);
    if (first === undefined || st.items.some((it) => !it.refs.length)) return [st];
    if (st.items.filter(refsOnly).length >= 2) return st.items.map((it, i) => ({ title: `Step ${first + i}`, effort: parseEffort(it.text), items: it.refs.map((r) => ({ text: r, done: it.done, refs: [r] })) }));
    // Convention: a release's way to GO written as numbered sentences, each a piece of work that may take several
    // findings at once ("## Path to GO" > "1. Merge MR !1832 for PUF-2291 and cut RC4", "2. On RC4, verify PUF-2304
    // and PUF-2320, and re-run the blocked cases"; "If both steps complete, …"): where every entry names findings of
    // the report and one names two or more, each number is a step ("Step 2", its sentence after it) and the findings
    // it names its items, as a plan's list is read (planListSteps). A list that names one finding an entry ("1. Merge
    // PR #318 … (PRR-1)") is one step, its entries its items; so is an order of work ("## Order of work" > "1. DOC-5
    // and DOC-3", "2. DOC-1 follow-up"), an order of entries, not of steps
    // Convention: a suggested order written as numbered sentences, each a piece of work closed by its full stop
    // ("## Suggested order" > "1. SR-01 rotation and SR-05 secret — both are config only, ~10 minutes.", "2. Merge
    // `security/review-2024-06` (contains SR-02, SR-03, SR-04).", "4. SR-09 and SR-11 in the next sprint."): where
    // every entry is such a sentence naming findings and two or more take several at once, each number is a step
    // too, where most of them open with the findings they take; entries without the full stop ("1. DOC-5 and
    // DOC-3 (both quick)") stay one order's entries
    const sentences = !PATH_TO_RELEASE.test(st.title) && st.items.every((it) => BATCH_STEPS_RE.test(it.text) && it.text.length <= 300);
    if (!PATH_TO_RELEASE.test(st.title) && !sentences) return [st];
    const named = st.items.map((it) => [...new Set(it.refs.filter((r) => known.has(r.toUpperCase())))]);
    if (named.length < 2 || named.some((r) => !r.length) || !named.some((r) => r.length >= 2)) return [st];
    // (most entries open with the findings they take, as an id-led sequencing does, idLedSteps; an order of work
    // whose sentences name the findings at their end, "1. Перевести запросы … — CR-1, CR-4.", stays one step)
    const led = st.items.filter((it) => { const t = it.text.replace(/^[\s*_`]+/, ''); return it.refs.some((r) => t.startsWith(r)); }).length;
    if (sentences && (named.filter((r) => r.length >= 2).length < 2 || led * 2 < st.items.length)) return [st];
    return st.items.map((it, i) => {
      const said = it.text.replace(/[.;:]\s*$/, '');
      return { title: said && said.length <= 160 ? `Step ${first + i}: ${said}` : `Step ${first + i}`, effort: parseEffort(it.text), items: named[i].map((r) => ({ text: r, done: it.done, refs: [r] })) };
    });
  });
}

/** "Each of these takes …", "The following should …": a sentence of nine words or more, opened by a determiner */
// (Convention: a maintenance runbook's instruction over its ordered steps, "Do this on staging first, then repeat on
// production …:", "Work through these in a maintenance window …": how to carry the list out, said to the reader,
// names no step; the heading does)
// (Convention: the same sentence said by its writer, maybe after the condition it holds under, "Assuming the fixes
// land, I'd ship it like this:", "If DB-2 slips, we would go in this order:": a sentence of the review, not a name)
const INTRO_SENTENCE = /^(?:these|the following|this|we|they|all|each|both|below|here|(?:please\s+)?(?:do|work|go|run|apply|perform|carry)\s+(?:this|these|them|it|through|the following|out)\b)\b(?:\s+\S+){8,}|^(?:(?:assuming|if|once|when|given|provided|after|with)\b[^,:]{3,80},\s+)?(?:I|we)(?:['’](?:d|ll)|\s+(?:would|will|should|suggest|propose|recommend|plan|want|intend)\b)(?:\s+\S+){3,}/i;

/**
 * Convention: a lead over the plan's list that only says the list is ordered, "In this order (agreed at
 * triage):", "In the following order:", "In priority order:": it names no step of its own, the heading over it
 * does ("## Must-fix before 3.8 submission")
 */
// (Convention: the lead says who agreed the order and when, "Order agreed with the dev lead (M. F.) on 2024-03-18:",
// "Sequence confirmed at the triage call:", "Priorities signed off by the product owner:": the order's record, no step)
const ORDER_ONLY_LABEL = /^(?:to be (?:done|fixed) )?in (?:this|the following|that|priority|this priority|the agreed|the order below|order of (?:priority|urgency|risk))(?: order)?(?:\s*\([^()]{0,60}\))?$|^(?:the\s+)?(?:fix\s+)?(?:order|sequence|sequencing|priorit(?:y|ies|i[sz]ation)|ordering)\s+(?:was\s+|has been\s+)?(?:agreed|confirmed|signed off|approved|decided|settled)\b[^:]{0,120}$/i;

export function fixOrderSteps(text: string, s: Section): FixOrderStep[] {
  const steps: FixOrderStep[] = [];
  const fromBlocks = (blocks: RootContent[], fallbackTitle: string, effortTitle: string) => {
    let label: string | null = null;
    let stepCount = 0;
    let idSteps: FixOrderStep[] | null = null;
    let tableHead: string | null = null;
    // Convention: a plan written as paragraphs, each a step opened by its label in bold and naming the findings
    // it takes ("**Phase 1 — Immediate (by 9 May 2025):** BWL-01, BWL-02, BWL-04. Owner: …", then "**Phase 2
    // — …:** …"): each such paragraph is a step, its findings its items (two such paragraphs at least)
    const boldSteps = blocks.filter((b) => b.type === 'paragraph' && paragraphStep(text, b) !== null);
    for (const b of blocks) {
      if (b.type === 'paragraph' && ((boldSteps.length >= 2 && boldSteps.includes(b)) || (stepCount > 0 && closingStep(text, b)))) {
        steps.push(paragraphStep(text, b)!);
        stepCount++;
        label = null;
        continue;
      }
      if (b.type === 'paragraph') {
        const lines = src(text, b).split('\n');
        const head = plainInline(lines[0]).replace(/\s+/g, ' ').trim();
        const rest = lines.slice(1);
        if (rest.length && head.length <= 160 && (/:\s*$/.test(head) || WHOLE_BOLD.test(lines[0])) && rest.every((l) => LIST_LINE.test(l))) {
          // "**High Priority:**\n4. item" — a list that does not start at 1 cannot interrupt a paragraph
          // ("**Phase 2 — same release if time allows**\n5. CW-11\n6. CW-4": the label wholly in bold on its line,
          // without a colon, over the numbers that go on from the phase before)
          const items = rest.map((l) => {
            const t = plainInline(l.replace(LIST_LINE, '')).replace(/\s+/g, ' ').trim();
            return { text: t.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), done: DONE_MARK.test(t) || /^\s*(?:[-*+]|\d+[.)])\s+\[x\]/i.test(l), refs: refsIn(t) };
          });
          steps.push({ title: head.replace(/:\s*$/, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: parseEffort(head), items });
          stepCount++;
          label = null;
          continue;
        }
        // "Sprint 7: #1, #3, #8" / "Backlog: #9, #10": a step per line, named by its label
        // ("**Phase 2 – innerhalb von 30 Tagen nach Go-Live:** PT-04, PT-05": a label in bold may be longer, its
        // bold marks say where it ends)
        const labelled = lines.map((l) => /^\s*(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?:\s*(\S.*)$/.exec(plainInline(l)) ?? boldLabel(l));
        // ("**Antes do merge:** R4 → R3 → R1 → R6": a step that names findings by short ids alone, "R4", which
        // the findings' refs tell from other words later; only where the line holds nothing else)
        // Convention: a review that numbers its items by section names them so in its order, "**Week of 2026-03-09:**
        // 1.2, 2.1, then 2.2, 3.3", "**After GA:** 5.1, 5.2": a line of such numbers alone after the step's label
        const dottedOnly = (t: string) => DOTTED_ID_LINE.test(t);
        const shortOnly = (t: string) => SHORT_ID_LINE.test(t) || dottedOnly(t);
        const dottedRefs = (t: string) => allMatches(t, /(?<![\d.])\d{1,3}\.\d{1,3}(?![\d.]*\d)/g).map((x) => x[0]);
        const refsOf = (t: string) => allMatches(t, /\b[A-Z]{1,3}\d{1,4}\b/g).map((x) => x[0]);
        if (lines.length > 1 && labelled.every((m) => m && (refsIn(m[2]).length || shortOnly(m[2])))) {
          for (const m of labelled) {
            const body = m![2].replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
            // ("**Fasa 2 (Jun):** DEP-04, DEP-03, DEP-08", "**Wave 3 — housekeeping:** R-10, re-run R-03": the
            // findings the step takes, one item each, as a bold step's items on its line are read)
            const refsFor = dottedOnly(body) ? dottedRefs : shortOnly(body) ? refsOf : refsIn;
            // ("1.2 and 2.2": two numbered items joined by "and" are two items, as a bold step's are)
            const parts = lineItems(body, ITEM_SEP, refsFor).flatMap((it) => {
              const two = refsFor === dottedRefs && it.refs.length > 1 ? it.text.split(/\s+(?:and|&)\s+/) : [];
              return two.length === it.refs.length && two.every((t) => refsFor(t).length === 1) ? two.map((t) => ({ text: t.trim(), done: it.done, refs: refsFor(t) })) : [it];
            });
            const whole = { text: body, done: DONE_MARK.test(body), refs: refsFor(body) };
            const items = parts.length > 1 && parts.every((it) => it.refs.length) ? parts : semicolonTasks(body) ?? [whole];
            steps.push({ title: m![1].trim(), effort: parseEffort(body), items });
          }
          stepCount++;
          label = null;
          continue;
        }
        const thenSteps = !label && stepCount === 0 ? thenSentenceSteps(text, b) : null;
        if (thenSteps) {
          steps.push(...thenSteps);
          stepCount++;
          continue;
        }
        const p = plainInline(lines.join(' ').slice(0, 400)).replace(/\s+/g, ' ').trim();
        // ("**Wave 1 — unblock deployments (est. 1–2 days)**" alone over its list: a label in bold)
        label = p.length <= 160 && (/:\s*$/.test(p) || (lines.length === 1 && (WHOLE_BOLD.test(lines[0]) || BOLD_LABEL_REMARK.test(lines[0])))) ? p.replace(/:\s*$/, '') : null;
        // (Convention: the sentence that opens a section and introduces its one list, "Each of these takes the
        // hosting team less than an afternoon:", is no step's name; the heading names the step)
        if (label && b === blocks[0] && !WHOLE_BOLD.test(lines[0]) && INTRO_SENTENCE.test(label) && blocks.filter((x) => x.type === 'list').length === 1) label = null;
        // Convention: a plan by the quarter or the numbered step, the period in bold and after a dash what it is
        // for, over its list ("**Q3 2025** — unblock the graph" over "1. TD-02 …", "**Phase 2** – hardening",
        // "**H1 2026** - tidy"): the bold period names the step
        const dashed = !label && lines.length === 1 && p.length <= 160 ? PERIOD_DASH.exec(lines[0]) : null;
        if (dashed) label = plainInline(dashed[1]).replace(/\s+/g, ' ').trim();
        // Convention: a group of the plan named in bold, then a dash and a word or three of what the group is
        // ("**Before GA (Sep 30)** — blocking", "**Next sprint** – nice to have"): the bold part names the step
        const remarked = !label && lines.length === 1 && p.length <= 160 ? (BOLD_SHORT_REMARK.exec(lines[0]) ?? boldEffortRemark(lines[0])) : null;
        if (remarked) label = plainInline(remarked[1]).replace(/\s+/g, ' ').trim();
        // Convention: a numbered step's label in bold closed by a full stop, then a sentence or two on the step over its
        // list ("**Wave 1 — before go-live (target 2025-03-28).** These block go-live.", "**Phase 2 — next sprint.**
        // Not release blockers."): the bold part names the step, the sentence says whether it holds the release
        const sentenced = !label && lines.length === 1 && p.length <= 200 && STEP_HEAD.test(lines[0]) ? BOLD_LABEL_SENTENCE.exec(lines[0]) : null;
        if (sentenced) label = plainInline(sentenced[1]).replace(/\s+/g, ' ').trim();
      } else if (b.type === 'table' && (tableHead = fallbackTitle !== s.h.text && tableStepHead(fallbackTitle) ? fallbackTitle : label && tableStepHead(label) ? label : null) && (idSteps = headedTableStep(text, b as Table, tableHead))) {
        steps.push(...idSteps);
        stepCount++;
        label = null;
      } else if (b.type === 'table' && tableSteps(text, b as Table).length) {
        steps.push(...tableSteps(text, b as Table));
        stepCount++;
        label = null;
      } else if (b.type === 'list' && (stepItems(text, b as List) || boldSentenceSteps(text, b as List)) && !upgradeEntries(text, b as List, fallbackTitle)) {
        steps.push(...itemSteps(text, b as List));
        stepCount++;
        label = null;
      } else if (b.type === 'list' && boldHeadIds(text, b as List, !!label || STEP_HEAD.test(fallbackTitle))) {
        steps.push(...boldHeadSteps(text, b as List));
        stepCount++;
        label = null;
      } else if (b.type === 'list' && !label && (idSteps = idLedSteps(text, b as List) ?? colonLabelSteps(text, b as List))) {
        steps.push(...idSteps);
        stepCount++;
        label = null;
      } else if (b.type === 'list') {
        const title = (label && !ORDER_ONLY_LABEL.test(label) ? label : fallbackTitle).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
        const items = fixItems(text, b as List);
        const effort = label ? parseEffort(label) : stepCount === 0 ? stepEffort(effortTitle, blocks, text) : null;
        if (!label && stepCount > 0 && steps.length) steps[steps.length - 1].items.push(...items);
        else {
          const step = { title, effort, items };
          if ((b as List).children.length === 1 && items.length >= 2 && items.every(bareIdItem)) idLineBullets.set(step, wholeBullet(text, (b as List).children[0], items));
          if ((b as List).ordered && items.length >= 2) numberedSteps.set(step, (b as List).start ?? 1);
          steps.push(step);
        }
        stepCount++;
        label = null;
      } else label = null;
    }
  };
  if (s.blocks.length) fromBlocks(s.blocks, s.h.text, s.h.text);
  for (const c of s.children) {
    if (c.isFinding) continue;
    fromBlocks(c.blocks, c.h.text, c.h.text);
  }
  // ("1. **Immediate:** R-1, R-2" under "| R-1 | Reimage … | TH-3 | …": steps that name the plan's own actions
  // take the findings the actions' table says each covers)
  // (a numbered list that is one of several steps, "### Phase 2" > "1. **A-05** …", "2. **A-07** … after A-05",
  // is that phase's order, not batches)
  if (steps.length > 1) for (const st of steps) numberedSteps.delete(st);
  bucketLines(steps);
  return coveredSteps(text, [...s.blocks, ...s.children.filter((c) => !c.isFinding).flatMap((c) => c.blocks)], steps);
}

/**
 * Convention: a plan by sprint whose steps list one finding a bullet with what to do ("**Sprint 1**" over "1. SEAT-01 —
 * accessible seat list", "- CC-02 Consent Mode defaults to denied"), then a bucket for the rest written as one bullet
 * of bare ids ("**Backlog (next quarter)**" over "- HOME-01, HOME-02, SRCH-01"): the bullet is one line of the plan as
 * written, one item taking those findings, not one item each (a plan whose every step is a line of bare ids, "###
 * Phase 1" over "- A-01, A-02", still reads each id as an item: fixItems)
 */
const idLineBullets = new WeakMap<FixOrderStep, FixOrderItem>();
function wholeBullet(text: string, it: ListItem, items: FixOrderItem[]): FixOrderItem {
  const t = itemText(text, it).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  return { text: t, done: items.every((x) => x.done), refs: [...new Set(items.flatMap((x) => x.refs))] };
}
/** an item that is one finding's id and nothing else, "HOME-01" ("KS-06 (fold into …)" says what to do) */
function bareIdItem(it: FixOrderItem): boolean {
  return it.refs.length === 1 && it.text.replace(/[`*_.]/g, '').trim() === it.refs[0];
}
function bucketLines(steps: FixOrderStep[]): void {
  const buckets = steps.filter((st) => idLineBullets.has(st));
  if (!buckets.length) return;
  const worded = steps.filter((st) => !idLineBullets.has(st));
  const oneEach = worded.length > 0 && worded.every((st) => st.items.length > 0 && st.items.every((it) => it.refs.length === 1 && /\p{L}{3,}/u.test(it.text.replace(it.refs[0], ''))));
  if (oneEach) for (const st of buckets) st.items = [idLineBullets.get(st)!];
}

/** The steps, their items' refs to the plan's actions read as the findings those actions cover. */
export function coveredSteps(text: string, blocks: RootContent[], steps: FixOrderStep[]): FixOrderStep[] {
  const covers = steps.some((st) => st.items.some((it) => it.refs.length)) ? actionCovers(text, blocks) : null;
  if (covers?.size) for (const st of steps) for (const it of st.items) if (it.refs.some((r) => covers.has(r))) it.refs = [...new Set(it.refs.flatMap((r) => covers.get(r) ?? [r]))];
  return steps;
}

/**
 * Convention: a table of the plan's own actions, each row an action's id and the findings it covers ("| R-3 |
 * Reset `svc_backup` … | TH-5 | IAM |"): action id -> the findings' ids.
 */
function actionCovers(text: string, blocks: RootContent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of blocks) {
    if (b.type !== 'table') continue;
    const body = (b as Table).children.slice(1).map((r) => r.children.map((c) => cellText(text, c)));
    if (body.length < 2) continue;
    const ids = body.map((r) => refsIn(r[0] ?? ''));
    if (!ids.every((x) => x.length === 1) || new Set(ids.map((x) => x[0].replace(/\d+$/, ''))).size !== 1) continue;
    const col = (body[0] ?? []).findIndex((_, i) => i > 0 && body.filter((r) => refsIn(r[i] ?? '').length > 0).length * 2 > body.length);
    if (col < 0) continue;
    body.forEach((r, k) => {
      const refs = refsIn(r[col] ?? '').filter((x) => x.replace(/\d+$/, '') !== ids[k][0].replace(/\d+$/, ''));
      if (refs.length) out.set(ids[k][0], refs);
    });
  }
  return out;
}

/**
 * Names of a plan table's column that says when a row is due ("| Due date |", "| Deadline |", "| Target |",
 * Lithuanian "| Terminas |", Arabic "| الموعد |", Bulgarian "| Срок |"), folded as foldKey folds. South Slavic:
 * "| Rok |", "| Rok za odpravo |" (Slovenian: deadline for the remedy), "| Рок |" (Serbian: deadline); Swahili
 * "| Tarehe ya mwisho |" (deadline). Where no column names the step (STEP_COLUMN), the rows grouped by this
 * date are the steps.
 */
const DATE_COLUMN = /^(?:due(?: date| by)?|deadline|target(?: date)?|by|when|date|zeitraum|frist|termin|echeance|delai|plazo|fecha(?: limite)?|terminas|ivykdymo terminas|iki|rok(?: za (?:odpravo|otklanjanje|izvedbo))?|рок(?: за отклањање)?|tarehe ya mwisho|الموعد(?: النهائي)?|التاريخ|الموعد المستهدف|срок|時期|期限|기한|일정|목표일)$/u;

/**
 * Names of a plan table's column that says in which step a row falls ("| Phase |", Bulgarian "| Спринт |",
 * Serbian "| Фаза |", "| Etapa |", Swahili "| Awamu |" (phase)), folded as foldKey folds.
 * A roadmap's "| Horizon | Findings |" over "| Within 30 days | PW-05, PW-06 |": the horizon a row is due within.
 * A plan cut into work packages, "| Paket | Zeitraum | Befunde |" over "| Sprint 14 | 23.03.–03.04. | SR-03, SR-05 |"
 * ("| Work package | Findings |", German "Paket", "Arbeitspaket", "Maßnahmenpaket"; "Zeitraum", the period): the
 * package a row's findings are fixed in.
 * A launch plan by the week, "| Week | Items |" over "| Week of 2 March | AI-2, AI-7 |": the week a row's findings
 * are fixed in.
 * Such a column names the step though a date column comes first or beside it: "| Stage | Target date | Findings |",
 * "| Фаза | Рок | Налази |", French "| Lot | Échéance | Constats |" (a lot, a batch of work).
 */
// (Korean: "| 차수 | 기한 | 대상 항목 |" over "| 1차 | 2025. 8. 8. | DL-01, DL-02 |", the rounds of the fixes; "단계", stage)
// (Filipino: "| Linggo | Mga natuklasan |" over "| Linggo 1 (Mayo 27–31) | CEB-01, CEB-04 |", the week; "Yugto", phase)
const STEP_COLUMN = /^(?:(?:work )?package|(?:arbeits|ma(?:ß|ss)nahmen)?paket|(?:(?:time|remediation|fix|target) )?horizon|time ?frame|timeline|phase|wave|sprint|week|stage|step|milestone|lots?|faza|etapa|етапа|awamu|linggo|yugto|المرحلة|спринт|етап|фаза|段階|フェーズ|차수|단계)$/u;

/**
 * Convention: a roadmap whose rows are named by their priority and dated by a target ("| Priority | Target |
 * Findings |" over "| Immediate | Before 1 April launch | F-03, F-04 |", "| Short term | Within 30 days | … |"): the
 * priority names the step, the target is only when it is due. Not where the priorities are severity words
 * ("| High |"), a register's rating of each row rather than a step of the plan, nor where they are priority codes
 * ("| Action | Risk | Priority | Due |" with "| P1 |"): how urgent each action is, its place in the plan is the step
 * the plan names ("**Wave 1:** R-03, R-04"), not its priority.
 */
const PRIORITY_COLUMN = /^(?:priority|prio|prioritat|prioridad|prioridade|priorite|priorita)$/u;

/** steps of a plan table whose row covers no finding, "| Step 3 — Thu 12 Mar | Go/no-go call | — |", kept though empty */
export const coversNone = new WeakSet<FixOrderStep>();

function tableSteps(text: string, table: Table): FixOrderStep[] {
  const rows = table.children;
  if (rows.length < 3) return [];
  const header = rows[0].children.map((c) => foldHeader(cellText(text, c)));
  const body = rows.slice(1).map((r) => r.children.map((c) => cellText(text, c)));
  const step = stepColumn(header, body);
  const prio = header.findIndex((h) => PRIORITY_COLUMN.test(h));
  const levels = prio >= 0 && body.some((r) => { const v = plainInline(r[prio] ?? '').replace(EMOJI_RE, ' ').trim(); return isSeverityWord(v) || /^P[0-4]$/i.test(v); });
  const when = step >= 0 ? step : prio >= 0 && !levels ? prio : header.findIndex((h) => DATE_COLUMN.test(h));
  if (when < 0) return [];
  const refCol = header.findIndex((_, i) => i !== when && body.filter((r) => refsIn(r[i] ?? '').length > 0).length * 2 > body.length);
  if (refCol < 0 || body.some((r) => refsIn(r[when] ?? '').length)) return [];
  // Convention: a post-incident review's action-item register, "| ID | Action | Priority | Owner | Due | Status |" with
  // "| INC-2291-A2 | … | P1 | … | 2025-04-01 | In progress |": each row is an item of its own, its id, level and state
  // beside a date it is due by, not a plan that batches findings by date (its order, if any, is told elsewhere)
  if (levels && /^(?:id|ref|key|#)$/.test(header[refCol] ?? '') && header.some((h) => /^(?:status|state)$/.test(h))) return [];
  const steps: FixOrderStep[] = [];
  for (const r of body) {
    const title = (r[when] ?? '').trim();
    if (!title) continue;
    // ("TD-01、TD-02": Japanese and Chinese part a list with the ideographic comma)
    const items = (r[refCol] ?? '').split(/\s*[,;،、，]\s*|\s+(?:and|ir|و)\s+/).filter((t) => refsIn(t).length).map((t) => ({ text: t.trim(), done: DONE_MARK.test(t), refs: refsIn(t) }));
    if (!items.length) {
      // Convention: a row of the plan's step column that covers no finding, its cell a dash ("| Step 3 — Thu 12 Mar
      // | Go/no-go call 10:00; Product signs … | — |"): still a step of the plan, one with nothing to fix
      if (step >= 0 && STEP_CELL.test(title) && /^[\s—–-]+$/.test(plainInline(r[refCol] ?? ''))) {
        const none: FixOrderStep = { title, effort: null, items: [] };
        coversNone.add(none);
        steps.push(none);
      }
      continue;
    }
    const last = steps[steps.length - 1];
    if (last && last.title === title) last.items.push(...items);
    else steps.push({ title, effort: null, items });
  }
  return steps.length >= 2 ? steps : [];
}

/**
 * Convention: a corrective action plan split by step headings, "### Wave 1 — within 30 days" over "| Finding | Action |
 * Owner | Due |" rows: the heading is the step and every row's finding one of its items, in the table's order (the
 * rows' due dates say when each is due, not another step)
 */
function headedTableStep(text: string, table: Table, title: string): FixOrderStep[] | null {
  const rows = table.children;
  if (rows.length < 2) return null;
  const body = rows.slice(1).map((r) => r.children.map((c) => cellText(text, c)));
  let refCol = rows[0].children.findIndex((_, i) => body.every((r) => refsIn(r[i] ?? '').length > 0));
  let refsOf = refsIn;
  // (Convention: a report that numbers its observations by outline, "5.2.1", names them so in the plan's column,
  // "| Iakttagelse |" over "| 5.2.1 |": a column of such numbers alone, of three or four parts (two may be a score))
  if (refCol < 0) {
    refCol = rows[0].children.findIndex((_, i) => body.every((r) => OUTLINE_REF_CELL.test(r[i] ?? '')));
    refsOf = (t) => t.match(OUTLINE_REF_G) ?? [];
  }
  if (refCol < 0) return null;
  const items = body.map((r) => { const t = (r[refCol] ?? '').trim(); return { text: t, done: DONE_MARK.test(t), refs: refsOf(t) }; });
  return [{ title: title.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: parseEffort(title), items }];
}

/**
 * Convention: an action plan cut into numbered priority headings, each over a table of the actions it takes and the
 * observations they close (a Nordic audit's "## Åtgärdsplan" > "### Prioritet 1 – påbörjas omedelbart" over "| Nr |
 * Åtgärd | Iakttagelse | Ansvarig roll | Klart senast |"; "### Priority 2 – within the year"): each priority is a
 * step of the plan, as "Phase 2" is. Only a heading under the plan's own section is read so (fixOrderSteps)
 */
const PRIORITY_STEP_HEAD = /^\W*(?:priority|prioritet|priorität|prioritat|prioriteit|priorité|prioridad|prioridade|priorità|prioriteetti|prioritetas|priorytet)\s+\d{1,2}(?![\p{L}\p{N}])/iu;
const OUTLINE_REF_CELL = /^\s*\d{1,3}(?:\.\d{1,3}){2,3}(?:\s*(?:[,;/&]|och|and|og|und|et|y|e)\s*\d{1,3}(?:\.\d{1,3}){2,3})*\s*$/;
const OUTLINE_REF_G = /\d{1,3}(?:\.\d{1,3}){2,3}/g;
/**
 * Convention: an action list cut by time horizon, "## Prioritised action list" > "### Now — before the 6 October
 * cutover" / "### Next 30 days" / "### This quarter", each over a table of the actions due in that window and the
 * findings they close: the window names the step, as "Priority 1" does (TIME_STAGE, WINDOW_HEAD)
 */
function horizonHead(t: string): boolean {
  return windowHead(t) || TIME_STAGE.test(plainInline(t).replace(EMOJI_RE, ' ').replace(/^[^\p{L}]+/u, ''));
}
/** a heading, or a bold lead over the table, that names a step of the plan: "Phase 2", "Priority 1", "Next 30 days" */
function tableStepHead(t: string): boolean {
  return STEP_CELL.test(t) || PRIORITY_STEP_HEAD.test(t) || horizonHead(t);
}
/** "Lot 1 : avant MEP v4.2", "Phase 2 — hardening", "Sprint 14": a cell that names a step of the plan by its word and number */
const STEP_CELL = /^\W*(?:lot|phase|wave|sprint|stage|step|milestone|(?:work )?package|paket|fase|etapa|faza|étape|etape|vague|tranche)\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])(?![\p{L}\p{N}])/iu;

/**
 * Convention: a plan table whose rows are named as the plan's steps and dated in a column of their own ("| Lot |
 * Échéance | Constats |" over "| **Lot 1 : avant MEP v4.2** | sprint 31 (fin juillet) | ARC-03, SEC-01 |", "| Batch |
 * Due | Findings |" over "| Phase 1 — before the pay run | 28 February | … |"): the column whose header names the
 * steps (STEP_COLUMN) or whose every cell opens with a step's word and number ("Lot 1", "Phase 2") names the step,
 * rather than the one that says when it is due.
 */
function stepColumn(header: string[], body: string[][]): number {
  return header.findIndex((h, i) => STEP_COLUMN.test(h) || (body.length >= 2 && body.every((r) => STEP_CELL.test(r[i] ?? ''))));
}

const FOLD_HEADER_RE = /[^\p{L}\p{N} ]+/gu;
// (the accents of Latin letters go, "Échéance" is "echeance"; a kana's voicing mark stays, "フェーズ" is not "フェース")
function foldHeader(h: string): string {
  return h.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]+/g, '').normalize('NFC').replace(FOLD_HEADER_RE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "Recommended fix order:" over "1. **Phase I — before go-live**" + its items: a fix order a label in
 * the text names, outside any heading of its own (a conclusion's last paragraph and list).
 */
export function labelledFixOrder(text: string, label: string, list: List): FixOrderStep[] {
  if (stepItems(text, list)) return itemSteps(text, list);
  const ranked = rankedIdSteps(text, list);
  if (ranked) return ranked;
  const items = fixItems(text, list);
  return items.length ? [{ title: label.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: parseEffort(label), items }] : [];
}

/**
 * Convention: "Recommended order for the remaining work:" over a numbered list of sentences, each naming the
 * findings it takes by id ("1. Deploy H-01 fix to testnet.", "2. Merge M-02 (PR #97) — depends on H-01.", "3. L-03
 * together with M-03 before enabling partial fills."): each numbered entry is one place in the order, a step of
 * its own, whose items are the findings it names, one each; a finding it waits for ("depends on H-01", "after
 * H-01", "once H-01 is merged") is no item of it. Null unless the list is numbered and every entry one short
 * line that names a finding.
 */
const RANKED_WAIT_RE = /\b(?:depends? on|after|once|waits? for|requires|blocked by)\s+(?:the\s+)?(?:fix(?:es)?\s+(?:for|of)\s+)?(?:\*\*|__|`)?$/i;
function rankedIdSteps(text: string, list: List): FixOrderStep[] | null {
  if (!list.ordered || list.children.length < 2 || list.children.length > 12) return null;
  const steps: FixOrderStep[] = [];
  for (const it of list.children) {
    if (it.children.length !== 1 || it.children[0].type !== 'paragraph') return null;
    const t = itemText(text, it).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
    if (t.length > 160) return null;
    const taken: string[] = [];
    for (const m of allMatches(t, /(?<![\w-])[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d{1,5}(?![\w-])/g)) {
      if (RANKED_WAIT_RE.test(t.slice(Math.max(0, m.index! - 40), m.index!)) || taken.includes(m[0])) continue;
      taken.push(m[0]);
    }
    if (!taken.length) return null;
    const title = t.replace(/[.;]\s*$/, '');
    const done = it.checked === true || DONE_MARK.test(t);
    steps.push({ title, effort: parseEffort(t), items: taken.length === 1 ? [{ text: title, done, refs: [taken[0]] }] : taken.map((r) => ({ text: r, done, refs: [r] })) });
  }
  return steps;
}

/**
 * Convention: a label that names the plan's parts and nothing else ("Phases:", "**Rollout waves:**", "Stages:") over a
 * list whose every item is a step, its name in bold and the work it takes ("1. **Before the pilot:** W1, W3",
 * "2. **Within a month:** W2"): the report's fix order, though the label does not say "plan" or "order".
 */
const PLAN_PARTS_LABEL = /^(?:the\s+)?(?:(?:delivery|rollout|release|remediation|fix|work)\s+)?(?:phases|phasing|stages|waves|milestones|sprints)$/i;
export function planPartsSteps(text: string, label: string, list: List): FixOrderStep[] {
  return PLAN_PARTS_LABEL.test(label.trim()) && stepItems(text, list) ? itemSteps(text, list) : [];
}

/**
 * Convention: a schedule written as a list of steps, each a short name, a dash and the ids of the findings
 * it takes ("- Sprint 47 — FS-04, FS-02, FS-05 (FS-05 only once FS-04 is merged)", "- Sprint 48 — FS-07,
 * FS-10", "- Backlog — FS-09, FS-11"), under a heading that need not say it is a plan ("## Plan"). Two or
 * more such items, one of them naming a step by its number ("Sprint 47", "Phase 2"); an item without a
 * finding's id is a note ("Agreed in the weekly."), one that names ids otherwise is no such list.
 */
export function labelledIdSteps(text: string, list: List, refs: Set<string>): FixOrderStep[] {
  if (list.children.length < 2 || list.children.length > 30) return [];
  const steps: FixOrderStep[] = [];
  let numbered = false;
  for (const it of list.children) {
    const p = it.children[0];
    const head = p?.type === 'paragraph' ? plainInline(src(text, p).slice(0, 300)).replace(/\s+/g, ' ').trim() : '';
    const named = refsIn(head).filter((r) => refs.has(r.toUpperCase()));
    if (!named.length) continue;
    // ("1. **Wave 1 — before orchard 24.7 is cut (week of 3 June):** SC-1, SC-4": the step's name in bold may say
    // when, in words of its own, up to the colon that closes the bold)
    const bold = p?.type === 'paragraph' ? BOLD_STEP.exec(src(text, p).split('\n')[0]) : null;
    const boldName = bold && bold[1].length <= 80 && STEP_HEAD.test(bold[1]) ? plainInline(bold[1]).replace(/:\s*$/, '').trim() : null;
    const m = boldName ? ([head, boldName, plainInline(bold![2]).trim()] as const) : /^([^—–:]{1,40}?)\s+[—–:]\s+(.+)$/.exec(head);
    if (!m || it.children.length > 1 || refsIn(m[1]).length || (!boldName && m[1].split(/\s+/).length > 4)) return [];
    const first = refsIn(m[2])[0];
    if (!first || !m[2].startsWith(first) || !refs.has(first.toUpperCase())) return [];
    if (STEP_HEAD.test(m[1])) numbered = true;
    const items = m[2].split(/\s*[,;]\s+(?![^()]*\))/).map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t, done: DONE_MARK.test(t), refs: refsIn(t) }));
    steps.push({ title: m[1].replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: parseEffort(m[1]), items });
  }
  return steps.length >= 2 && numbered ? steps : [];
}

/**
 * Convention: next steps grouped under labels in bold, each over a list of the findings it takes by id ("## Next
 * steps" > "**Before Thursday's deploy**" over "- #2 ransack allowlist", "- #3 explicit params"; "**This sprint**"
 * over "- #5 …"; "**Later / tech-debt**" over …): each label is a step of the fix order, its list's entries its
 * items, though the heading says "next steps" rather than "fix order". Two such labelled lists at least, every
 * entry of them naming a finding.
 */
// Convention: the same as a chat assistant closes a review ("## What I'd do next" > "**1. Before merging #208**" over
// "- C1 — lock the map", "- H3 — parameterized query"; "**2. Same sprint**" over "- H2, then M1"): the labels
// numbered inside the bold, the number no part of the step's name, and the entries led by the review's short ids
// ("C1", "H3"), whose refs the findings' own ids fill in later
const SHORT_LED = /^[`*_]*(?![PS][0-5]\b)[A-Z]{1,3}\d{1,4}\b/;
const STEP_NUMBER = /^\d{1,2}[.)]\s+/;
export function labelledListSteps(text: string, blocks: RootContent[]): FixOrderStep[] {
  const steps: FixOrderStep[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    const prev = blocks[i - 1];
    if (b.type !== 'list' || prev.type !== 'paragraph') continue;
    const md = src(text, prev);
    if (md.includes('\n') || md.length > 100 || !WHOLE_BOLD.test(md)) continue;
    const items = fixItems(text, b as List);
    if (!items.length || items.some((it) => !it.refs.length && !SHORT_LED.test(it.text))) return [];
    const title = plainInline(md).replace(/:\s*$/, '').replace(STEP_NUMBER, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
    steps.push({ title, effort: parseEffort(title), items });
  }
  return steps.length >= 2 ? steps : [];
}

/**
 * Convention: next steps as stages named by when they are due, each an entry opened by the stage in bold and the
 * findings it takes by the report's ids, as coding agents close a review ("## Next steps" > "1. **Before the next
 * deploy:** S1 and S2. Both are small …", "2. **This sprint:** S3, S4, S6 and S7. …", "3. **Hardening backlog:** S5
 * and S9, plus merging the S8 branch."): each entry is a step of the fix order, though the heading says "next
 * steps" rather than "fix order". Two stages at least named by a time ("before …", "this sprint", "backlog").
 */
const TIME_STAGE = /^(?:before|by|until|within|after|once|immediate(?:ly)?|now|today|tomorrow|asap|later|soon|short[- ]term|medium[- ]term|long[- ]term|follow[- ]ups?|(?:this|next|the next|following)\s+(?:(?:financial|fiscal|calendar)\s+)?(?:week|sprint|month|quarter|year|cycle|release|iteration|deploy(?:ment)?|milestone)|(?:[\p{L}-]+\s+)?backlog)(?![\p{L}])/iu;
export function timedStageSteps(text: string, list: List): FixOrderStep[] {
  if (list.children.length < 2 || list.children.length > 12 || !stepItems(text, list)) return [];
  // (every entry goes on with a finding's id after its stage; "**Before rc4 cut:** fix PERF-101 and …" is a step of
  // work, read as a plan's sentence, planListSteps)
  let timed = 0;
  for (const it of list.children) {
    const m = BOLD_STEP.exec(src(text, it.children[0]).split('\n')[0]);
    if (!m || !/^(?:[A-Z][A-Z0-9]{0,9}-?\d{1,5}|#\d{1,4})\b/.test(plainInline(m[2]).replace(/^[\s*_`]+/, ''))) return [];
    if (TIME_STAGE.test(plainInline(m[1]).replace(EMOJI_RE, ' ').trim())) timed++;
  }
  return timed >= 2 ? itemSteps(text, list) : [];
}

/**
 * Convention: a section whose opening sentence says its parts come in order ("We are asking for roughly half a
 * person, in this order:", "Fix them in the following order:") over "### Step 1 — …" headings or lists: the
 * report's order of fixes, though its heading ("## Q1 ask") does not say so
 */
export function orderedIntro(text: string, s: Section): boolean {
  const b = s.blocks[0];
  if (!b || b.type !== 'paragraph' || (s.blocks.length < 2 && !s.children.length)) return false;
  const p = src(text, b);
  return p.length <= 600 && (ORDERED_INTRO.test(p.trim()) || ORDERED_INTRO_JA.test(p) || ORDER_STATED.test(p) || ORDER_LISTED.test(p) || ORDER_OPENING.test(p) || (p.includes(':') && IN_WAVES_INTRO.test(p.trim())));
}
// (Convention: a survey's or inspection's recommendations opened by saying, in the passive, that they are set out in
// the order the work is to be done, "Actions are listed in the order in which they should be carried out.", "The
// works below are given in the order they must be completed": the steps below are the order of the fixes)
const ORDER_LISTED = /\b(?:are|is) (?:listed|given|set out|shown|presented|arranged|ordered|numbered) in the order (?:in which )?(?:they|it|the work|the works) (?:should|must|are to|is to|need to|needs to|ought to) be (?:carried out|done|undertaken|implemented|completed|addressed|tackled|actioned|performed|taken)\b/i;
// (Convention: an audit's priority section recommending the work be taken in a number of waves or phases, "Recomendamos
// que a Companhia trate em três ondas:", "We recommend handling these in three waves:", over "**Onda 1 — …:**" and its
// list: the waves below are the order of the fixes, though the heading, "Itens Prioritários", does not say so)
const IN_WAVES_INTRO = /(?<![\p{L}])(?:in|em|en)\s+(?:\d|two|three|four|five|dois|duas|tr[eê]s|quatro|cinco|dos|tres|cuatro)\s+(?:waves|phases|stages|tranches|ondas|fases|etapas)(?![\p{L}])[^.\n]{0,60}:$/iu;
// (Convention: a remediation backlog's opening sentence, short and alone, "In this order. Due dates agreed with …",
// "In priority order.": the lists below, under their bold step labels, are the order of the work)
const ORDER_OPENING = /^\s*(?:\*\*|__|\*|_)?in (?:this|the following|(?:strict )?priority) order\s*[.!](?:\*\*|__|\*|_)?(?:\s|$)/i;
// (Convention: a maintainer's or a team's lead saying what follows is the order of the work, "This is the order we
// plan to tackle what's left.", "Here's the order we'll work through them", "Below is the order in which we will fix
// these": a sentence that names the order as the plan's, not a colon after "in this order")
const ORDER_STATED = /\b(?:(?:this|below|here) is|here['’]s) the order (?:in which )?(?:we|I)(?:['’]ll| will| plan to| intend to| are going to| want to)?\s+(?:tackle|fix|address|work|handle|do|take|land|ship|resolve|approach)\b/i;
const ORDERED_INTRO = /\bin (?:this|the following|that) order\s*:\s*$|\bin the following order\b[^.\n]{0,40}:\s*$/i;
// (Convention: Japanese says "in the following order" before the verb, "次の順番で修正することを推奨します", "下記の優先順位で
// 対応してください", "次の順番で修正することを推奨": the order of the list below, whatever the sentence ends with)
const ORDERED_INTRO_JA = /(?:以下|下記|次|つぎ)の(?:順序|順番|優先順位|優先度順|順)で/u;

/** "## Recommended next steps", "## Release plan", "## Remediation plan if GO": a heading that calls its list a plan */
// ("## Próximos passos", "## Próximos pasos": next steps in Portuguese and Spanish)
// ("## Nächste Schritte", "## Weiteres Vorgehen und Fristen": next steps in German, the second as a certification
// audit's report closes on the steps and deadlines for its nonconformities)
// ("## What I'd do next", "What we would do next", "What to do next": a chat assistant's or a reviewer's closing plan)
// (Convention: a home-buyer's building survey (the RICS Home Survey Standard's layout) closes on "What to do now", the
// surveyor's order of the work, cut into timed steps, "Before exchange of contracts", "Within twelve months")
export const PLAN_TITLE = /\bnext steps\b|\bwhat (?:(?:I|we)(?:['’]d| would) do|to do) (?:next|now)\b|\bplan\b|\bpr[óo]ximos pas(?:s)?os\b|\bnächste schritte\b|^\W*(?:\d+(?:\.\d+)*\.?\s+)?weiteres vorgehen\b/i;

/**
 * Convention: a plan or next-steps section cut into numbered step headings, each over the findings it takes ("##
 * Next steps" > "### Step 1 – Close the majors (due 15 December)" over "- NC-01 …"; a certification audit's "##
 * Weiteres Vorgehen und Fristen" > "### Schritt 1 – Hauptabweichungen beheben (Frist: …)"): each heading a step
 */
export function stepHeadedPlan(s: Section): boolean {
  if (s.children.length < 2) return false;
  if (PLAN_TITLE.test(s.h.text)) return s.children.every((c) => STEP_HEAD.test(c.h.text) || windowHead(c.h.text)) || dayHeadedPlan(s);
  if (REMEDIAL_TITLE.test(s.h.text)) return s.children.every((c) => TIMESCALE_HEAD.test(c.h.text)) && s.children.some((c) => URGENT_HEAD.test(c.h.text));
  return TIMELINE_TITLE.test(s.h.text) && s.children.every((c) => STEP_HEAD.test(c.h.text) || windowHead(c.h.text));
}

/**
 * Convention: an inspection's or survey's remedial work cut into headings by when it is to be done, "## Recommended
 * remedial work" > "### 1. Immediately" / "### 2. Within 28 days" / "### 3. At the consumer unit replacement" (EICR,
 * gas, fire and building condition reports): each timescale heading a step of the order, over the work it takes
 */
const REMEDIAL_TITLE = /\bremedial (?:works?|actions?)\b|\brecommended (?:works|actions)\b|\bschedule of (?:remedial )?works\b/i;
const URGENT_HEAD = /^\W*(?:\d{1,2}[.)]\s+)?(?:immediate(?:ly)?|urgent(?:ly)?|within\s+\d{1,3}\s+(?:days|weeks|months))(?![\p{L}])/iu;
const TIMESCALE_HEAD = /^\W*(?:\d{1,2}[.)]\s+)?(?:immediate(?:ly)?|urgent(?:ly)?|within\s+\d{1,3}\s+(?:days|weeks|months|years)|(?:at|before|during|by|with) (?:the|next)\b|when\b|as soon as\b|at the next\b)(?![\p{L}])/iu;

/**
 * Convention: a roadmap cut by the time window or the quarter each step is due in, in headings ("## Next steps" >
 * "### Within 30 days" / "### 31–90 days" / "### 90+ days"; "## Remediation timeline" > "### Q3 2025 — quick wins",
 * "### H1 FY26"; "### Month 1", "### Weeks 2–4"), each over the findings it takes: the window names the step, as
 * "Phase 1" does. Under a heading that calls it a plan, or a remediation timeline or schedule
 */
const WINDOW_HEAD = /^\W*(?:(?:Q[1-4]|H[12])\s+(?:FY\s*)?'?\d{2,4}|(?:within|next|first)\s+\d{1,3}\s+(?:days|weeks|months)|\d{1,3}\s*[–-]\s*\d{1,3}\s+(?:days|weeks|months)|\d{1,3}\s*\+\s*(?:days|weeks|months)|(?:months?|weeks?)\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)(?![\p{L}\p{N}])/iu;
function windowHead(t: string): boolean {
  return /\d/.test(t) && WINDOW_HEAD.test(t);
}
/** "## Remediation timeline", "Fix schedule", "Timeline for remediation": a plan dated rather than ordered */
const TIMELINE_TITLE = /\b(?:remediation|fix|mitigation|treatment|patch(?:ing)?|correction)\s+(?:timeline|schedule|calendar)\b|\b(?:timeline|schedule) for (?:the )?(?:fixes|remediation)\b/i;

/** A plan whose sub-headings are all days (DAY_HEAD): its lists are the steps' items, not findings (classify.ts) */
export function dayHeadedPlan(s: Section): boolean {
  return PLAN_TITLE.test(s.h.text) && s.children.length >= 2 && s.children.every((c) => DAY_HEAD.test(c.h.text));
}

const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const DAY_DATE = String.raw`(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+\p{L}{3,9}\.?)?)?`;
/**
 * Convention: a week's plan cut into day headings, each a step over the findings it takes ("## Plan for the week" >
 * "### Mon 3 Mar — unblock TestFlight", "### Tue 4 – Wed 5 Mar — shop rebuild"; "### Day 2: retest"): the day, or
 * the run of days, then what the step is for
 */
const DAY_HEAD = new RegExp(String.raw`^\W*(?:(?:${WEEKDAY})(?![\p{L}])${DAY_DATE}(?:\s*[–-]\s*(?:(?:${WEEKDAY})(?![\p{L}]))?${DAY_DATE})?|day\s+\d{1,2})\s*(?:[—–:-]\s+\S|$)`, 'iu');

/**
 * Convention: a plan written as a numbered list of sentences under a heading that calls it a plan or next steps
 * ("## Recommended next steps" > "1. Fix #1 today and ship it on its own", "4. #5 and #4 together in the
 * following sprint"; "## Release plan" > "1. Ship only once FV-101 and FV-102 are merged"): each item is a step
 * of the order, numbered as the list numbers it ("Step 4", its sentence after it), and the findings it names by
 * id are its items. Two
 * or more items must name findings; an item that names none is a step of other work.
 */
export function planListSteps(text: string, lists: List[], findings: ParsedFinding[]): FixOrderStep[] {
  const byRef = new Map<string, ParsedFinding>();
  for (const f of findings) {
    if (!f.ref) continue;
    byRef.set(f.ref.toUpperCase(), f);
    // ("#7" names the finding numbered 7)
    if (/^\d{1,4}$/.test(f.ref)) byRef.set(`#${f.ref}`, f);
  }
  if (byRef.size < 2) return [];
  for (const list of lists) {
    if (list.children.length < 2 || list.children.length > 30) continue;
    const first = list.start ?? 1;
    const steps: FixOrderStep[] = [];
    list.children.forEach((it, i) => {
      const t = itemText(text, it);
      const named = [...new Set(refsIn(t).map((r) => byRef.get(r.toUpperCase())).filter((f): f is ParsedFinding => !!f))];
      // (Convention: a plan's entries opened by their step's label in bold, "3. **Retest (21.02):** regression pack,
      // then a new go/no-go", between entries that name findings: the labelled entry is a step of the plan that
      // fixes no finding, kept with no items, as a plan table's row that covers none is)
      const labelled = !named.length && boldLabelled(it);
      if (!named.length && !labelled) return;
      // (the step's own sentence after its number, "Step 1: Time de Pix corrige JAB-2231 e gera o rc5", when short)
      const said = t.replace(/[.;:]\s*$/, '');
      if (labelled) {
        const none: FixOrderStep = { title: said && said.length <= 160 ? `Step ${first + i}: ${said}` : `Step ${first + i}`, effort: parseEffort(t), items: [] };
        coversNone.add(none);
        steps.push(none);
        return;
      }
      steps.push({ title: said && said.length <= 160 ? `Step ${first + i}: ${said}` : `Step ${first + i}`, effort: parseEffort(t), items: named.map((f) => ({ text: f.title, done: false, refs: [f.ref!] })) });
    });
    if (steps.filter((st) => st.items.length).length >= 2) return steps;
  }
  return [];
}

/** "(HL-03)": a bracket that holds one id alone, the finding an action is for */
// (Convention: an agent's ids run letter and number together, "(B1)", "(B3)": cited so, as "(HL-03)" is)
const CITED_REF = /\(\s*`?([A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d{1,6}|[A-Z]{1,3}\d{1,4})`?\s*\)/g;
/**
 * Convention: a letter's or report's closing plan as a numbered list of actions, each citing in brackets the one
 * finding it is for ("## Recommended next steps" > "1. Fix the remaining XSS sink in the print view (HL-03) before
 * go-live.", "2. Move the CSP to enforced once HL-03 is closed (HL-07)."): the actions are the findings in the order
 * to fix them, one step titled by its heading, not a step each (another id in an action's prose, "once HL-03 is
 * closed", is what it waits for). Every action (two at least) cites one finding of the report so.
 */
export function citedActionsList(text: string, lists: List[], findings: ParsedFinding[]): List | null {
  const refs = new Set(findings.map((f) => f.ref?.toUpperCase()).filter((r): r is string => !!r));
  if (refs.size < 2) return null;
  for (const list of lists) {
    if (list.children.length < 2 || list.children.length > 30) continue;
    const cited = list.children.map((it) => allMatches(itemText(text, it), CITED_REF).map((m) => m[1].toUpperCase()));
    if (cited.every((c) => c.length === 1 && refs.has(c[0]))) return list;
  }
  return null;
}

/** "**Retest (21.02):** …": a list entry whose paragraph opens with a label in bold that ends on a colon */
function boldLabelled(it: List['children'][number]): boolean {
  const p = it.children[0];
  if (p?.type !== 'paragraph') return false;
  const [head, next] = p.children;
  if (head?.type !== 'strong') return false;
  const last = head.children[head.children.length - 1];
  return (last?.type === 'text' && /:\s*$/.test(last.value)) || (next?.type === 'text' && /^\s*:/.test(next.value));
}
