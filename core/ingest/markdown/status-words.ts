// How trackers and reviewers name a finding's state, one table per language, so a language is
// added in one place (as the severity words are). Each phrase is a regular-expression source,
// matched case-insensitively as whole words anywhere in the value, with three markers:
//   '^phrase'  the value opens with it (after any punctuation or emoji)
//   'phrase$'  it is the whole rest of the value
//   'stem*'    a word stem: any ending may follow ("naprawion*" for naprawione, naprawiony)
// The states are tried in STATUS_ORDER: a negation ("not fixed", "nicht behoben", "niet opgelost")
// is an open phrase, so it is met before the word it negates; a decision not to fix outranks the
// work done; a verified fix outranks a fix.
import type { Status } from '../../../shared/types';
import { oneSidedBounds } from './bounds';
import { memoized } from './memo';
import { stripGreekAccents } from './vocab';

type Lexicon = Partial<Record<Status, string[]>>;

const STATUS_WORDS: Record<string, Lexicon> = {
  en: {
    open: [
      // ("Not implemented": a prior audit's recommendation not yet carried out)
      // ("Round 1: not done": a request not carried out)
      // (Convention: a statutory measure's progress, "Not complete — overdue": the work required is not carried out)
      // Convention: a contest's mitigation review, "Not mitigated — sponsor will not change this": the fix
      // review found no mitigation, so the finding stands (not the "mitigated" of work under way)
      // Convention: an advisory draft's "no fix yet": nothing has been fixed so far
      String.raw`(?:not|never|un)[\s-]?(?:yet\s+)?(?:fixed|resolved|addressed|implemented|corrected|remediated|mitigated|done|completed?|abated)`,
      String.raw`no fix (?:yet|so far|available)`,
      String.raw`needs?\s+(?:\w+\s+)?fix*`,
      // "must be resolved before …": a fix still owed, not one made
      // ("will be fixed after #871": a fix to come)
      String.raw`(?:must|needs? to|has to|have to|should|is to|will|shall|is going to)\s+be\s+(?:fixed|resolved|addressed|closed|remediated|patched)`,
      // ("PR open", "PR #1183 open": the fix's pull request is open, not the finding; see in_progress)
      // ("PR #485 is open and looks right", "the merge request is still open": said in a sentence)
      // Convention: a change or support ticket the fix waits on, raised with another team ("🔄 In progress — SAN ticket
      // #INC-48812 open with infra", "vendor case 0042 open"): the ticket is open, not the finding; the state is the
      // value's other words
      'unfixed*', 'to\\s*do', String.raw`(?<!\b(?:pr|mr|pull request|merge request|ticket|case|incident|change request)(?:\s[#!]?(?:[a-z]{1,6}-)?\d{1,7})?\s(?:is\s)?(?:still\s)?)open`,
      // ("Fixed – retest pending", "fixed, verification pending": the fix made, only its check to come; see fixed)
      // ("Fixed, pending verification on RC4": the same with the check named after the word)
      // Convention: the same with who checks it named, as controls audits write remediation, "complete, pending IA
      // validation", "remediated, pending QA retest", "done — pending auditor verification": still the fix made
      // Convention: a corrective action under way whose note names the part still to do, "In progress — old copy
      // removed, register update pending", "Ongoing: drums moved; relabelling pending": the value opens with the
      // state, the pending step is a part of the work under way (after a semicolon too, "In Progress — agent set to
      // manual; permanent solution pending": one note of the steps, a stop ends it)
      // Convention: a CAPA's state once the correction and corrective action are done and only the verification of
      // effectiveness is left (ISO 13485 / 21 CFR 820.100 CAPA records), "Correction complete; CA done; VoE pending",
      // "done, effectiveness check pending", "pending VoE": the fix made, its effectiveness still to be shown
      // (Convention: a QA bug table's state in a tracker's workflow-step words, "Fixed – pending verify", "Resolved,
      // pending verify": the verb for the verification step, the fix made and only its check to come)
      String.raw`(?<!\b(?:re-?test|verification|retesting|voe|effectiveness(?: check| review| verification)?)\s)(?<!^\W*(?:in[ -]progress|ongoing|under[ -]?way)\b[^.]*)pending(?!\s+(?:(?:[a-z]{2,3}|auditor|auditors|client|customer|internal audit|external audit)\s+)?(?:re-?test(?:ing)?|verification|validation|confirmation|verify|voe|effectiveness (?:check|review|verification))\b)`, 'unresolved', 'not started',
      // a failed check or retest: "Fail", "FAILED", "does not conform"
      'fail(?:s|ed|ing)?', 'does not (?:conform|pass|meet)',
      // bug bounty platforms: triaged and waiting for the reporter are open
      '^(?:triaged|new|needs more info|pending review)$',
      // a tracker's bug opened again after a fix that did not hold (Bugzilla's and Jira's REOPENED)
      'reopen(?:ed|ing)?',
      // a retest that failed: "— **still reproduces** (2/5)", "still reproducible on 1.4", "still happens"
      // Convention: a retest's note that the flaw is still there, "the admin view is still vulnerable", "still
      // exploitable via the legacy endpoint" (Italian "è ancora vulnerabile"): whatever part was fixed, it stays open
      'still (?:reproduc(?:es|ible|ing)|happens|occurs|vulnerable|exploitable)',
      // Convention: a snag list's or defect log's state "Disputed" alone (the contractor says it is not theirs or not a
      // defect, to be settled at the next meeting), "In dispute", "Contested": nothing is settled, the item stays on
      // the list (a dispute decided, "Disputed: false positive, accepted by the ASV", is what was decided)
      '^(?:disputed|contested|in dispute)$',
      // Convention: a PCI DSS gap assessment's control state in the ROC vocabulary, "Not in Place", "Partially in
      // Place", "In Place": a control partly in place still fails its requirement, so the gap is open; the words
      // describe the control, not remediation under way (not the "partially fixed" of a retest, in_progress below)
      String.raw`^(?:partial(?:ly)?|partly) in place\b`,
    ],
    wont_fix: [
      'by design', 'as designed', 'works as intended', "won'?t[\\s-]?(?:fix|do)", "won'?t[\\s-]?fix*", 'wontfix*', 'will not fix', 'will not be (?:fixed|remediated|patched|addressed|resolved)',
      'no fix planned', 'not planned', 'declined',
      // Convention: a consultant's recommendations each given the client's answer, "Status: Not accepted" beside
      // "Applied" and "Open" (a health check's or an advisory review's): the client chose not to act on it (alone: an
      // auditor's "Not accepted — evidence incomplete. Open." turns down the evidence of a fix, not the finding)
      String.raw`^not accepted(?: by (?:the )?(?:client|customer|business|management|product owner))?$`,
      // Convention: a PCI ASV scan's dispute settled on a compensating control, "⚖️ Disputed: compensating control,
      // accepted by ASV 2025-11-03", "compensating control accepted": the flaw stays, its risk covered another way
      String.raw`compensating controls?\b[^.;]{0,20}\baccepted\b`, String.raw`accepted\b[^.;]{0,20}\bcompensating controls?\b`,
      // Convention: a triage's decision on a flaw that lives in someone else's code (an OS, a browser engine, a
      // vendor's library), "We won't work around it", "will not work around this": the team leaves it as it is
      String.raw`(?:won'?t|will not|do not|don't) (?:\w+ )?work around (?:it|this|that)\b`,
      // ("State: won't change. … we agreed to keep it": a review's comment the author declined, by agreement)
      "^won'?t change\\b",
      // a decision on a board or in a review thread: "Not doing", "Won't do — keeping the signal"
      String.raw`^not (?:doing|pursuing)(?:\s+(?:it|this))?\b`, 'accepted risk*', 'risk accepted*', 'risk acceptance*',
      'acknowledged', 'known limitation',
      // Convention: an assessor's note of the client's decision in a sentence, "Client accepted the risk until the
      // Q3 rewrite", "the business has accepted this risk": the finding is kept as it is
      String.raw`accepted (?:the|this) risk`,
      // ("Accepted as is — we rely on the clear-desk reminder": left as it is, by decision)
      'accepted as[\\s-]is',
      // a conformance lab's disposition of a SHOULD not met for a reason it accepted ("Disposition: justified")
      '^justified\\b',
      // "Accepted — business decision", "Accepted (see 4.2)"; a bounty's "Informative" needs no change
      String.raw`^accepted\s*(?:[—–:(-]|\s-\s)*`, '^(?:informative|accepted)$',
      // a risk treatment ("Treatment: Accept — signed off by the risk owner")
      String.raw`^accept\s*(?:[—–:(]|\s-\s|$)`,
      // Convention: a scan triage's decision in the imperative, "accept risk — review by 2025-04-15", beside "fix"
      // and "not affected": the finding is kept as it is until its review date
      String.raw`^accept (?:the )?risk\b`,
      // ("Accepted by risk owner — no change for 2.4": the owner of the risk took it)
      '^accepted by (?:the )?(?:risk|business|product|system|asset) owner',
      // (whoever owns what carries the risk: "accepted by the platform owner", "accepted by the data owner")
      String.raw`^accepted by (?:the )?[\w-]+ owner\b`,
      // Convention: a review's status naming who took the risk without naming what they own ("Accepted by
      // owner", "Accepted by the owner · Owner: ML team"): the finding's owner keeps it as it is
      String.raw`^accepted by (?:the )?owner\b`,
      // Convention: an inspection or survey of a client's installation or building (an electrical or PV inspection, a
      // condition survey) records a recommendation the client declines, "Accepted by client", "Accepted by the
      // customer (no action)": the defect stays as it is by the client's decision
      String.raw`^accepted by (?:the )?(?:client|customer)\b(?!\s+(?:as|after|following)\s+(?:fixed|rectified|remedied|complete|repair))`,
      // Convention: a game-day or review disposition that accepts the behaviour and plans nothing, "**Status:**
      // Accepted, no action", "Accepted; no further action": kept as it is (a bare "Accepted, …" may accept the
      // finding as valid, to be fixed)
      String.raw`^accepted\s*[,;—–:-]\s*no (?:further )?action\b`,
      // Convention: a triage's provisional acceptance ("Accepted for now", "Accepted for the time being"):
      // kept as it is until some later change, nothing to fix now
      String.raw`^accepted for (?:now|the time being)\b`,
      // a launch review's decision to ship with the risk ("Accepted for launch", "Accepted by T. Ozturk for launch:
      // losing the zone logs users out", "Accepted for GA"): accepted as it is for that release
      String.raw`^accepted (?:by [\w.' -]{1,40}? )?for (?:the )?(?:launch|release|go[- ]live|ga|beta|production|rollout|cut-?over)`,
      // Convention: the same decision for a release named by its version ("➖ accepted for 5.18 — resizing lands with
      // the CDN move", "Accepted for v2.3"): shipped with it in that version
      String.raw`^accepted (?:by [\w.' -]{1,40}? )?for (?:release |version )?v?\d{1,4}(?:\.\d{1,4})+\b`,
      // a triage decision: "Ignore, cosmetic, not tracking"
      '^ignored?',
      // Convention: a reviewer's verdict on a linter's or checker's warning that it may stand where it is, "🟢 fine
      // here", "OK as is", "acceptable here — the table is small": the rule holds in general, nothing to change here
      String.raw`^(?:fine|ok(?:ay)?|acceptable)\s+(?:here|as[\s-]is|for now|in this case)`,
      // a tracker's item given up ("✖️ Dropped — superseded by PLAT-880"): an action item that will not be done
      String.raw`^dropped\b`,
      // a tool's muted finding: accepted, not to be fixed
      '^muted',
      // a scanner's suppression: the owner accepted the finding, it leaves the score
      '^suppressed$',
      // a quality deviation waived ("Waived — accepted by product for EVT"): shipped as it is
      '^waived', 'waiver (?:granted|approved)',
      // Convention: a review against a style guide or a policy that grants a deviation from one rule, "Accepted
      // exception EXC-12", "Exception granted for 2.x", "exception approved": the item stays as it is, by decision
      String.raw`accepted (?:exception|deviation)\b`, String.raw`\b(?:exception|deviation) (?:granted|approved|accepted)\b`,
      // a register's item set aside with its reason ("Parked — not worth paying here")
      '^parked',
      // Convention: a static-analysis triage's verdict for a real hit the team chose to leave, WF for won't fix
      // beside TP / FP ("WF — endpoint is removed in 3.0"); the letters alone or before a dash, colon or
      // bracket, not an id such as "WF-12"
      String.raw`^wf(?=\s*(?:[—–:(]|-\s|$))`,
      // Convention: a Dependabot or code-scanning alert dismissed in GitHub, with one of its fixed reasons ("Dismissed —
      // "Risk is tolerable to this project"", "No bandwidth to fix this", "dismissed: tolerable risk"): the team keeps
      // it as it is; the reasons that say the alert does not hold are false positives, below (the word alone with its
      // reason or decider after a dash, colon or "by", not a column's "Dismissed this week")
      String.raw`^dismissed(?=\W*(?:[—–:(]|-\s|$|\s(?:as|by|with|per)\b))(?![^.;\n]{0,30}(?:false[\s-]positive|vulnerable code|not (?:actually )?used|inaccurate|incorrect))`, 'risk is tolerable', 'tolerable risk', 'no bandwidth to fix',
    ],
    false_positive: [
      // (GitHub's dismissal reasons that say the alert does not hold: "Vulnerable code is not actually used", "This
      // alert is inaccurate or incorrect"; a triage table's short "dismissed: not used")
      'vulnerable code is not (?:actually )?used', 'alert is inaccurate', String.raw`^dismissed\W{1,6}(?:not used|inaccurate)\b`,
      // ("Not a bug per se, but a GDPR issue for the log pipeline": a hedge that keeps the finding, not a verdict)
      'false[\\s-]positive*', String.raw`not a bug(?!\s+(?:per se|as such)\b)`,
      // "Withdrawn by the reviewer; not an issue.": the reviewer took the finding back
      // ("Not an anomaly: the spreadsheet rounds half-up …": a register's verdict on a report)
      // Convention: a maintainer's or a security team's triage verdict "Closed, not a vulnerability" (also
      // "not a security issue"): the report was looked at and does not hold; "Not a vulnerability, but it
      // conflicts with the retention standard" is the hedge that keeps the finding, as "not a bug per se" is
      // ("Retracted": the same, an author's word for a claim taken back)
      'withdrawn', 'retracted', 'not[\\s-]an?[\\s-](?:issue|problem|anomaly|defect)',
      String.raw`not an?\s(?:security\s)?(?:vulnerability|issue)(?!\s*(?:per se|as such)\b|,?\s+but\b)`, '^(?:not applicable|spam)$',
      // Convention: the DISA STIG checklist's verdict, used by security assessments and audits for an item looked at
      // and found not to hold, "Not a Finding" (STIG Viewer's "NotAFinding"; "Closed – not a finding" after a vendor
      // demonstration): the concern was checked and is no finding ("not a finding of its own", "not a finding, but
      // …" keep it; "Closed — rescanned 2025-03-17, now Not a Finding": the rule passes after a fix, which the fix's
      // words say)
      String.raw`(?<!\bnow\s)not[\s_-]?an?[\s_-]?finding(?!\s*(?:per se|as such|of (?:its|their) own|in itself)\b|,?\s+but\b)`,
      // Convention: a test cycle's defect rejected with its reason, that it is no defect of the product ("Rejected —
      // not a product bug", "Rejected: not a defect"), as German "Abgelehnt – kein Fehler": the report does not hold
      String.raw`^rejected\W{1,4}not an? (?:[\w-]+ )?(?:bug|defect|issue|problem)\b`,
      // a checklist's "Not Applicable (no GUI)": the control does not apply, with its reason
      String.raw`^not applicable\s*\(*`,
      // Convention: a scanner triage's verdict on a check that does not hold for this code, with its reason after a
      // colon or dash, "not applicable: these functions call only public APIs", "Not applicable — no VPC resources"
      String.raw`^not applicable\s*[:—–]`,
      // trackers' resolutions for a report that does not hold: Bugzilla's WORKSFORME and INVALID, Jira's
      // "Cannot Reproduce", GitHub's "not planned: can't reproduce"
      'worksforme', 'works for me', '^invalid$', "(?:cannot|can'?t|unable to) reproduce", 'not reproducible',
      // Convention: a static-analysis triage's verdict abbreviated, TP / FP ("FP — argument is a constant",
      // "FP: test code only"): the tool's hit is not a real problem; not an id such as "FP-120"
      String.raw`^fp(?=\s*(?:[—–:(]|-\s|$))`,
      // Convention: a container or dependency scan triage's VEX status (OpenVEX, CSAF, CycloneDX), "not affected —
      // `vulnerable_code_not_in_execute_path`", "not_affected": the scanner's hit does not apply to this product
      String.raw`^not[\s_-]affected\b`,
      // Convention: a secret scanner's triage (gitleaks, trufflehog, GitHub secret scanning) sets a hit aside as a
      // test fixture ("🧪 test fixture", "Test data — never deployed"): the credential was made for tests and
      // opens nothing, the scanner's hit is no leak
      String.raw`^test[\s-](?:fixtures?|data|credentials?|secrets?|keys?)\b`,
    ],
    // ("Merged into SIR-2026-0877": a ticket folded into another, not a fix merged)
    duplicate: ['duplicate', '^dupe?(?:\\s+of)?', '^merged into'],
    // ("Fixed — token no longer logged (not re-verified in production)": fixed, not verified; the
    // negation is listed under 'not_verified' below)
    // ("Fixed; retested and confirmed by the testers", "Retest passed": the fix checked again and holding)
    verified: ['verified', String.raw`retested and (?:confirmed|closed|passed)`, String.raw`re-?test(?:ing)? (?:passed|confirmed|ok)`,
      // a board's last column after "Done": the fix checked where it runs ("checked (preview #1893)")
      '^checked',
      // a tracker's last state, the retest done and ticked: "Retested ✓", "Re-tested"
      String.raw`^re-?tested(?:\s*[✓✔✅☑])?$`,
      // Convention: an access or controls review's state after the auditor re-performed the test and the issue is
      // gone, "Validated — ARA re-run: 0 conflicts" beside "Remediated" (fix made, awaiting re-run): the fix checked
      // (not a triage confirming the report, "Validated as a true positive")
      String.raw`^validated(?!\s+(?:as\s+)?(?:an?\s+)?(?:valid|real|true|reproducible|finding|vulnerability|issue|bug)\b)`],
    in_progress: [
      // a kanban board's columns, "To do · Doing · Done": the middle one is work under way
      '^doing$', String.raw`^doing\s*[(—–:;,]`,
      // (Convention: British works and inspection reports' state for work instructed but not finished, "IN HAND
      // (locksmith booked 24/02)", as a fire or building inspection's status key defines it: under way)
      String.raw`^in hand\b(?!\s+(?:with|to)\b)`,
      // (an audit's management response "Partially agreed. We will run a restore test this quarter": the auditee
      // agrees with part of the recommendation, which says nothing of work done)
      String.raw`partial(?:ly)?(?!\s+(?:agreed?|accepted)\b)`, 'partly', 'improved', 'in[\\s-]progress', 'wip', 'mitigated', 'ongoing', 'started',
      'in (?:code )?review', 'under review', 'in qa', 'in testing', 'in work', 'under ?way',
      // a fix waiting in a pull request ("in PR #812", "PR open")
      // ("PR #1183 open (adds …)": the pull request named by its number)
      '^in (?:a )?pr\\b', '^pr (?:#?\\d{1,7} )?(?:open(?:ed)?|raised|up)\\b',
      // Convention: a QA list's status naming the fix by where it waits, "fix in PR #4410, not yet in a build",
      // "Fix is in review": the fix exists but is not merged, so the work is under way (not "Fixed in PR #12",
      // nor a fix in a pull request said to be merged or shipped)
      // (Convention: a load or perf test's status naming the fix by the branch it sits on, "Fix in branch (`perf/x`),
      // not merged", "Fix on a feature branch": a branch is where a fix waits as a pull request does; "not merged"
      // says so, it does not close the fix)
      String.raw`^fix (?:is )?(?:in|up in|open in|on) (?:a |the )?(?:pr|mr|pull request|merge request|(?:feature |topic )?branch)\b(?![^.;]*\b(?<!\bnot (?:yet )?)(?:merged|deployed|released|shipped|landed)\b)`,
      // Convention: a follow-up's note that the fix waits in its pull request, said as a sentence ("— PR #485 is
      // open and looks right, still needs review", "the pull request is still open"): a fix under way
      String.raw`(?:pr|mr|pull request|merge request)(?:\s[#!]?\d{1,7})?\sis\s(?:still\s)?open\b`,
      // a debt register's item being worked off ("Paying down (Lina) — 2 of 5 endpoints moved")
      '^paying (?:it )?down',
      // an incident's response under way, in the phases of an IR plan
      '^(?:investigating|containing|eradicating|recovering|remediating|triaging)\\b',
      // a risk register's state while the work on a risk goes on ("Status values: *Open*, *Mitigating* (work
      // started), *Closed*"); not the "mitigating controls" or "mitigating factors" a text speaks of
      String.raw`^mitigating\b(?!\s+(?:controls?|factors?|measures?|circumstances?|actions?)\b)`,
      // ("in-flight (PR up)": a change on its way)
      'in[\\s-]flight',
      // a ticket picked up by the developers: "In dev", "In development"
      '^in dev(?:elopment)?\\b',
      // Convention: a security register's state while the owner works on the fix, "In remediation — policy drafted,
      // change scheduled", "Under remediation", "Remediation in progress" (said above): work under way
      String.raw`^(?:in|under(?:going)?) remediation\b`,
      // Convention: a corrective action's progress told as a share of the work, "crib audit 80 % done", "relabelling
      // 60% complete" (audit follow-ups, CAPA and remediation trackers): less than all of it done is work under way
      String.raw`\d{1,2}(?:[.,]\d)?[\s\u00a0\u202f]?%[\s\u00a0\u202f](?:done|complete[d]?|finished|implemented|remediated)`,
    ],
    fixed: [
      'fixed', 'resolved', 'done', 'complete', 'completed', 'closed', 'addressed', 'implemented',
      // an audit's "Corrected during the audit": the auditee fixed it before the report was issued
      'corrected',
      // (a smart-contract audit's "Specification Changed": the documented behaviour changed to match the
      // code, which closes the finding without a code change, beside "Code Corrected" and "Risk Accepted")
      'specification changed',
      'remediated', 'patched',
      // Convention: workplace-safety and environmental compliance (OSHA, MSHA, EPA citations and their abatement
      // records) say a cited hazard was corrected as "abated": "Abated.", "Abated on the spot", "hazard abated"
      // ("not abated" is open, above; "partly abated" is work under way)
      'abated',
      // Convention: a food-safety, pool or licensing inspection marks a violation fixed while the inspector watched
      // "COS" (corrected on site), as the FDA Food Code inspection form's COS column does: "| COS |", "*COS.*"
      String.raw`^cos\b(?![-/])`,
      // ("merged (PR #401)": the fix is in)
      // (not "not merged", "not yet merged": the fix still waits)
      // (Convention: a triage meeting's decision that asks for the merge, "Keep as is, get PR merged before freeze",
      // "PR #88 to be merged this week", "must be merged by Friday": the merge is still to come, no fix yet)
      String.raw`(?<!\bnot (?:yet )?)(?<!\b(?:get|gets|getting)\s+(?:(?:the|this|that|it|its|pr|mr|fix|pull request|merge request|change|#?\d{1,7})\s+){0,3})(?<!\b(?:to|must|should|will|shall|needs? to|has to|have to)\s+be\s+)merged`,
      // a product team's words for a change that is out: "Shipped (#812)", "Landed", "Deployed"
      '^(?:shipped|landed|deployed|rolled out)\\b',
      // Convention: a code review's state for a comment the author answered with a commit, "🟡 fix pushed, re-checking",
      // "Fix pushed — awaiting re-review": the fix is made on the branch, only the reviewer's check is to come
      String.raw`^fix(?:es)? pushed\b`,
      // Convention: a secret scanner's triage verdict on a leaked credential, "🟢 rotated", "Revoked 2023-02": the
      // secret was replaced and the leaked one no longer works (opening the value; "rotation in progress" is
      // work under way, read above)
      String.raw`^(?:rotated|revoked)\b`,
      // Convention: a tracker's workflow state for a fix handed to the testers (Jira's "Ready for QA", "Ready for
      // Test", "Ready for Retest"): the developers fixed it, the retest is still to come
      String.raw`^ready for (?:qa|test(?:ing)?|re-?test(?:ing)?|verification)\b`,
      // Convention: an assessment's state for a finding that is a thing found on site, a rogue device, a test
      // account, a leftover file, "Removed during fieldwork (by the client's IT) — not yet retested", "Removed on
      // 5 Feb", "Disconnected": the offending thing was taken away, a fix made (not a finding taken out of scope)
      String.raw`^(?:removed|disconnected|unplugged|taken (?:down|offline))\b(?!\s+(?:from|out of)\s+(?:the\s+)?(?:scope|report|list|register)\b)`,
      // Convention: a regulator's inspection (food hygiene, health and safety, fire) says a contravention the business
      // put right before the officer left was "remedied during visit", "rectified on site", "put right at the time":
      // a fix made (not "to be remedied within 14 days", "must be rectified", "not remedied", a fix still owed)
      // (Convention: a statutory examination report's item status names who put it right, "Status: Remedied by the
      // contractor's engineer during the examination": "by" before the one who did it, not a deadline, "remedied by
      // 8 April", "by the end of May")
      String.raw`(?<!\b(?:be|not|never|yet)\s)(?:remedied|rectified|put right)\b(?!\s+(?:within|before)\b|\s+by\s+(?:\d|(?:the\s+)?(?:end|close|next|date|deadline)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))`,
      // Convention: a status saying the assessor or inspector saw the defect closed, "Cleared during the visit",
      // "Cleared on site, 15 May", "Cleared by document review" (an accreditation or certification assessment's
      // nonconformity), "Cleared by building facilities 15/05" (an inspection schedule's obstruction or hazard taken
      // away): the value opening with it is a fix made (not "not cleared", "to be cleared", "Cleared for release",
      // "cleared to proceed", "cleared as a false positive", a decision or a gate's word, nor a deadline, "cleared
      // within 30 days", "cleared by 22 June")
      String.raw`^cleared\b(?!\s+(?:for|to|as|within|before|until)\b|\s+by\s+(?:\d|(?:the\s+)?(?:end|close|next|date|deadline)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))`,
      // Convention: a racking, plant or building inspection's register says a damaged part the site put right is
      // "Refitted by site team 11/03", "Replaced 14/03", "Re-secured on the day": the repair's past participle
      // opening the value is a fix made (not "Replace beam", "awaiting repair", "to be refitted", a fix still owed,
      // nor a deadline, "Replaced by 8 April")
      String.raw`^(?:repaired|replaced|refitted|re-?fixed|reinstated|re-?secured|re-?tightened|re-?plumbed)\b(?!\s+(?:within|before|by\s+\d))`,
    ],
  },
  de: {
    open: ['offen'],
    // (Convention: a German audit's state for a finding the management accepts, "Stand: Risikoübernahme", "Die
    // Geschäftsführung hat die Risikoübernahme erklärt": the risk taken on, no fix to come; "Risikoakzeptanz" the same)
    wont_fix: ['wird nicht (?:behoben|gefixt|korrigiert)*', 'risiko akzeptiert*', 'akzeptiert', 'risikoübernahme', 'risikoakzeptanz'],
    // (a penetration test's retest as its status: "Nachtest bestanden" the retest passed)
    // ("Status: verifiziert": the reviewer checked the fix; "in Arbeit": the fix is being worked on. Opening the
    // value only: "Behoben (im Retest verifiziert)" is read by the state it opens with)
    // ("| behoben | geprüft |": "geprüft", checked, the reviewer's word for a fix retested; opening the value only)
    verified: ['nachtest bestanden', 'retest bestanden', '^verifiziert', '^geprüft'],
    // ("In Umsetzung": being put into effect, the fix under way)
    in_progress: ['in bearbeitung', 'in umsetzung', 'in arbeit', 'teilweise'],
    fixed: ['behoben', 'erledigt', 'gelöst'],
    // Convention: a test cycle's defect list rejects a report as no defect at all, the rejection and its reason
    // together ("Abgelehnt – kein Fehler", "Zurückgewiesen: kein Bug"); "Kein Fehler, nur ein Vorschlag" alone is
    // the hedge that keeps a remark, as "not a bug per se" is
    false_positive: [String.raw`(?:abgelehnt|zurückgewiesen)\W{1,4}kein(?:e)? (?:fehler|bug|defekt|mangel)`, 'fehlalarm', 'falsch[\\s-]positiv*'],
  },
  fr: {
    open: ['ouvert', 'non corrig*'],
    // ("Acceptée en l'état (dérogation DSI)": accepted as it is, the French "accepted as is")
    // Convention: a French accessibility audit's or declaration's "Dérogation pour charge disproportionnée", a
    // quality deviation's "Dérogation accordée": an exemption the body claims, the non-conformity stays as it is
    wont_fix: ['ne sera pas corrig*', 'ne sera pas trait*', 'risque accepté*', String.raw`accepté(?:e|s|es)? en l['’]état`, '^dérogation(?!s? (?:refusée|rejetée))*', 'charge disproportionnée'],
    // ("Corrigée, retestée OK le 04/03": a recette's retest passed)
    verified: [String.raw`retesté(?:e|s|es)? (?:ok|avec succès)`],
    in_progress: ['en cours', 'partiellement'],
    fixed: ['corrigé*', 'résolu*'],
  },
  // ("Corregido, pendiente de verificar en rc3": a fix that waits for its retest is no open defect; a QA cycle's
  // "Rechazado — comportamiento acordado" (rejected: not a defect) and "Duplicado de DEF-0398")
  es: {
    // (Convention: a Spanish retest's "No corregida", "No resuelto": the fix not made, as French "Non corrigé")
    open: ['abiert[oa]', 'pendiente(?! de (?:verificar|verificaci[oó]n|validar|validaci[oó]n|confirmar|confirmaci[oó]n|re-?test|re-?prueba))', 'sin corregir',
      'no (?:corregid|resuelt|solucionad|subsanad|remediad|mitigad)[oa]s?'],
    // (Convention: "Riesgo asumido", "el Ayuntamiento asume el riesgo": the owner takes the risk, as "Riesgo aceptado")
    wont_fix: ['no se (?:corregir|arreglar)á*', 'riesgo aceptado*', 'riesgo asumido*', 'asumen? (?:formalmente )?el riesgo'],
    false_positive: ['^rechazad[oa]', 'no es (?:un )?defecto'],
    duplicate: ['^duplicad[oa]'],
    // ("| Verificado |", "Corregido y verificado": a QA cycle's retest passed, as Italian "Verificato"; opening the
    // value only, "verificado que el filtro …", checked that, is a check the tester made, not the defect's state)
    // Convention: a Spanish pentest's retest states, "Remediado (verificado)", "Remediado — verificado en re-prueba
    // del 12/03": the fix made and its retest passed, as English "Remediated (verified)" ("Remediado, pendiente de
    // re-prueba": the fix made, its retest to come, as "pendiente de verificar")
    verified: [String.raw`^verificad[oa](?!\s+que\b)`, '(?:corregid|resuelt|solucionad)[oa] y verificad[oa]', String.raw`^remediad[oa]\W{1,4}verificad[oa]`],
    // ("| En corrección |": the defect being fixed, as Catalan "En correcció"; a pentest's "En remediación", the
    // client's fix under way, as English "In remediation")
    in_progress: ['parcialmente', 'en progreso', 'en curso', 'en correcci[oó]n', '^en remediaci[oó]n'],
    // (Convention: a conformity audit's "NC cerrada", a tracker's "Cerrado": closed, as Portuguese "Encerrada")
    fixed: ['corregid[oa]', 'resuelt[oa]', 'solucionad[oa]', 'terminad[oa]', 'conclu[ií]d[oa]*', '^remediad[oa]', '^cerrad[oa]'],
  },
  // (Catalan "Resolta, pendent de verificació": a fix that waits for its check, as Spanish "pendiente de verificar";
  // "pendent" alone is open)
  ca: {
    open: ['obert[a]?', 'pendent(?! de (?:verificar|verificaci[oó]|validar|validaci[oó]|comprovar|comprovaci[oó]|re-?test))', 'sense corregir'],
    // ("Estat: desestimat — no s'hi actuarà": dismissed by decision, the owner will not act on it)
    wont_fix: ['risc acceptat', 'no es corregir[àa]', 'desestimad[ae]', 'desestimat'],
    false_positive: ['fals positiu', 'descartad[ae]s?', 'descartat'],
    duplicate: ['duplicad[ae]', 'duplicat'],
    verified: ['verificad[ae]', 'verificat', 'esmenada i verificada', 'comprovad[ae]'],
    in_progress: ['en curs', 'en obres', 'en correcci[óo]', 'mesura provisional adoptada'],
    fixed: ['resolt[a]?', 'corregid[ae]', 'corregit', 'esmenad[ae]', 'esmenat', 'tancad[ae]'],
  },
  it: {
    // (Convention: a retest's "Esito retest: Non risolto", "Non corretta": the fix not made, as French "Non corrigé")
    open: ['apert[oa]', 'ancora (?:vulnerabil|sfruttabil)[ei]', 'non risolt[oa]', 'non corrett[oa]'],
    // ("Non è un difetto": a tracker's resolution for a report that describes intended behaviour, English "Not a bug")
    false_positive: ['falso positivo', 'non (?:è|e) un (?:difetto|bug)'],
    duplicate: ['duplicat[oa]'],
    wont_fix: ['non si corregge*', 'non (?:verrà|sarà) corrett*', 'rischio accettato*'],
    // ("Verificato (ritest 12/06)", "Risolto, ritest superato", "corretto e verificato": the fix checked by a
    // retest that passed; where a clause opens with the word, but "verificato che staging usa …", checked that, is
    // a check the reviewer made, not the finding's state)
    verified: [String.raw`^verificat[oa](?!\s+che\b)`, 'ritest superat[oa]', '(?:risolt|corrett)[oa] e verificat[oa]'],
    // ("⚠️ Parzialmente risolta", "parzialmente corretto": a retest found the fix incomplete, as "partially fixed")
    // ("In lavorazione": an Italian tracker's state for work under way, as "In corso")
    in_progress: ['in corso', 'in lavorazione', 'parzialmente'],
    fixed: ['risolt[oa]', 'corrett[oa]'],
  },
  // Galician: "Aberto", "Corrixido", "Resolto", "Risco aceptado polo cliente (non se corrixirá nesta versión)" (the
  // risk taken by the owner, it will not be fixed in this version), "Non será corrixido": a decision not to fix, as
  // Spanish "Riesgo aceptado" and Portuguese "Risco aceito" are; "Sen corrixir", not fixed yet
  gl: {
    open: ['sen corrixir'],
    wont_fix: ['risco aceptado*', 'non se corrixir[áa]', 'non ser[áa] corrixid*'],
    fixed: ['corrixid[oa]', 'resolt[oa]'],
  },
  // (European Portuguese: "Aberta", "Em curso", "Aceite pelo cliente", "risco aceite": "aceite" is the
  // participle of "aceitar" there, "aceito" in Brazil)
  pt: {
    // ("⏳ pendente", "🚫 não será feito neste PR": a review's states, pending and a change it will not make)
    open: ['abert[oa]', 'n[ãa]o corrigid*', 'n[ãa]o resolvid[oa]', '^pendente'],
    // ("❌ Não vamos corrigir — …": the team's own first-person decision not to fix it, "we won't fix")
    wont_fix: ['n[ãa]o ser[áa] corrigid*', 'risco aceit[oe]*', '^aceite\\b', 'n[ãa]o ser[áa] feit[oa]', 'n[ãa]o vamos (?:corrigir|resolver|consertar)'],
    in_progress: ['em andamento', 'em progresso', 'em curso'],
    // (Convention: a Brazilian Jira export's states and resolutions, "Fechado" / "Encerrado" (closed, as English
    // "Closed"), "Duplicado" (a duplicate), "Não resolvido" (its resolution while still open))
    duplicate: ['duplicad[oa]'],
    fixed: ['corrigid[oa]', 'resolvid[oa]', 'fechad[oa]', 'encerrad[oa]'],
  },
  nl: {
    // "niet opgelost" is not fixed yet; "wordt niet opgelost" (will not be fixed) is a decision
    open: ['(?<!wordt )niet (?:opgelost|verholpen)'],
    // (Convention: Flemish reports write the accepted risk with "aanvaarden", "Aanvaard risico" / "Risico aanvaard",
    // where Netherlands Dutch writes "geaccepteerd")
    // (Convention: a Dutch re-audit's state for advice the client chose not to follow, "Niet overgenomen (opdrachtgever
    // heeft besloten het advies niet op te volgen)", "Advies niet opgevolgd": kept as it is, by decision)
    wont_fix: ['wordt niet (?:opgelost|verholpen|gefixt)*', '^(?:advies )?niet (?:overgenomen|opgevolgd)\\b', 'geaccepteerd risico', 'risico geaccepteerd', 'geaccepteerd', 'aanvaard risico', 'risico aanvaard'],
    false_positive: ['geen bug'],
    duplicate: ['duplicaat', 'dubbel'],
    // (Convention: a Dutch re-audit's "Deels opgelost", "deels verholpen": the retest found the fix incomplete, as
    // "partially fixed"; met before the "opgelost" it qualifies)
    in_progress: ['in behandeling', 'bezig', 'gedeeltelijk', 'deels (?:opgelost|verholpen|hersteld|aangepast)'],
    fixed: ['opgelost', 'verholpen', 'gesloten'],
  },
  pl: {
    open: ['^otwart*'],
    // (a tracker's "Odrzucony" rejected: the report was declined; "Zweryfikowany" the fix checked by QA)
    // ("Ryzyko zaakceptowane", the risk accepted, as "Zaakceptowane ryzyko")
    wont_fix: ['^zaakceptowan*', 'ryzyko (?:przyjęte|zaakceptowane)*', '^odrzucon*'],
    verified: ['^zweryfikowan*'],
    // (a QA defect log's "W naprawie", under repair, and "W toku", under way: a developer works on the fix; a
    // fix made only in part, "Częściowo naprawiony", is still in progress)
    in_progress: ['^w trakcie', '^w realizacji', '^w naprawie', '^w toku', '^częściowo*'],
    // ("Fałszywy alarm", "Nie jest błędem": not a defect at all; "Duplikat" is read by the Swedish table's word)
    false_positive: ['fałszywy alarm', 'fałszyw[ey] pozytyw*', 'nie jest błędem'],
    fixed: ['^(?:usunięt|naprawion|poprawion|zamknięt)*'],
  },
  // ("Falsklarm", "falsklarmet": Swedish writes the false alarm as one compound word as often as "falskt larm")
  // Convention: a Swedish audit's status per iakttagelse (observation), "Ej påbörjad" (not started), "Pågående"
  // (under way), "Delvis åtgärdad" (partly fixed), "Åtgärdad – verifierad av …" (fixed: Swedish reports note the
  // retest in the same breath as the fix, no state of its own), "Accepterad risk": the negated forms are open, met
  // before the word they negate
  sv: {
    open: ['öppen', 'öppet', '(?:ej|inte) (?:påbörja[dt]e?|åtgärda[dt]e?|startad|startat|genomförd|genomfört)'],
    wont_fix: ['accepterad risk', 'risken accepterad', 'risk accepterad', '^accepterad$', '(?:kommer inte att |ska inte )åtgärdas'],
    false_positive: ['falskt larm', 'falsk positiv', 'falsklarm*'],
    duplicate: ['duplikat'],
    in_progress: ['pågår', 'pågående', '^påbörja[dt]', 'delvis (?:åtgärda[dt]|genomför[dt])', 'under åtgärd'],
    fixed: ['åtgärdad', 'åtgärdat', 'genomförd', 'stängd', 'avslutad'],
    // Convention: a Swedish pentest's overview table whose status column names the verified fix as a state of its
    // own beside the unverified one, "| Åtgärdad – verifierad |" against "| Åtgärdad – ej verifierad |": the whole
    // value is the retested fix, or the fix confirmed at the tester's retest, "Åtgärdad – verifierad vid omtest
    // 2024-10-17", as English "retested and confirmed" (another note after the fix, "verifierad av …", "verifierad i
    // 4.2.1", stays the fix above)
    verified: [String.raw`^åtgärdad\s*[–—,-]?\s*(?:och\s+)?verifierad$`, String.raw`^åtgärdad\s*[–—,-]?\s*(?:och\s+)?verifierad vid omtest(?:et)?`],
  },
  // Convention: a Danish or Norwegian retest's status per finding, "Lukket" (closed: the fix made and verified),
  // "Delvis udbedret" / "Delvis utbedret" (partly fixed, residual risk: work under way), "Risiko accepteret" /
  // "Risiko akseptert" (the owner accepted the risk); the negated forms, "Ikke udbedret", "ikke lukket", are open
  da: {
    open: ['åben', 'ikke (?:udbedret|rettet|løst|lukket)'],
    // Convention: a Danish test cycle's rejection, "Afvist — virker som designet" (rejected, works as designed):
    // the tester's report is no defect, by the team's decision
    wont_fix: ['accepteret risiko', 'risiko(?:en)? accepteret', 'virker som designet'],
    false_positive: ['falsk positiv', '^afvist'],
    duplicate: ['dublet', 'duplikat'],
    in_progress: ['i gang', 'under udbedring', 'delvis (?:udbedret|rettet|løst|lukket)'],
    fixed: ['rettet', 'løst', 'lukket', 'udbedret'],
  },
  no: {
    open: ['åpen', 'ikke (?:utbedret|rettet|løst|lukket)'],
    wont_fix: ['akseptert risiko', 'risiko(?:en)? akseptert'],
    false_positive: ['falsk positiv'],
    duplicate: ['duplikat'],
    in_progress: ['i gang', 'under arbeid', 'delvis (?:utbedret|utbetra|rettet|løst|lukket|lukka)'],
    fixed: ['løst', 'utbedret', 'lukket', 'lukka'],
  },
  tr: {
    // (Convention: a Turkish retest's negated verbs, "Giderilmedi" (not eliminated), "Düzeltilmedi", "Kapatılmadı":
    // the finding stands, as "not fixed")
    open: ['açık', 'giderilmedi', 'giderilmemiştir', 'düzeltilmedi', 'düzeltilmemiştir', 'çözülmedi', 'kapatılmadı'],
    // (Convention: the participle before the noun, "Durum | Kabul Edilen Risk" (the accepted risk), "Kabul Edilmiş
    // Risk": a Turkish pentest's status legend word for a risk the client accepts, as "risk kabul" is)
    wont_fix: ['risk kabul', 'kabul edildi', 'kabul edilen risk', 'kabul edilmiş risk'],
    false_positive: ['yanlış alarm', 'yanlış pozitif'],
    duplicate: ['yinelenen'],
    // (Convention: a Turkish retest's "Kısmen Giderildi" (partly eliminated), "kısmen düzeltildi": the retest found the
    // fix incomplete, as "partially fixed"; met before the "giderildi" it qualifies)
    in_progress: ['devam ediyor', 'üzerinde çalışılıyor', 'kısmen'],
    // (Convention: a Turkish audit's status legend "Açık / Devam ediyor / Kapatıldı" (open, in progress, closed), the
    // finding closed by the fix, "Giderildi" (eliminated) as well)
    fixed: ['düzeltildi', 'çözüldü', 'kapatıldı', 'kapandı', 'giderildi'],
  },
  cs: {
    open: ['otevřen*', 'neopraven*'],
    wont_fix: ['riziko akceptováno', 'akceptované riziko', 'akceptováno', 'nebude opraven*'],
    false_positive: ['falešně pozitivní', 'plané hlášení'],
    duplicate: ['duplicit*', 'duplikát'],
    verified: ['ověřen*'],
    in_progress: ['v řešení', 'řeší se', 'částečně'],
    fixed: ['opraven*', 'vyřešen*', 'uzavřen*'],
  },
  hu: {
    open: ['nyitott', 'nyitva'],
    wont_fix: ['elfogadott kockázat', 'kockázat elfogadva'],
    false_positive: ['téves riasztás', 'téves pozitív'],
    duplicate: ['duplikátum'],
    verified: ['ellenőrizve'],
    // (Convention: a Hungarian retest's "Részben javítva", "részben javított", "Részlegesen javítva": the retest found
    // the fix incomplete, as "partially fixed"; met before the "javítva" it qualifies)
    in_progress: ['folyamatban', 'javítás alatt', 'részben', 'részlegesen'],
    fixed: ['javítva', 'javított', 'lezárva'],
  },
  sk: {
    open: ['otvoren*', 'neopraven*'],
    wont_fix: ['akceptované riziko', 'riziko akceptované'],
    false_positive: ['falošne pozitívn*'],
    verified: ['overen*'],
    in_progress: ['v riešení'],
    fixed: ['opraven*', 'vyriešen*'],
  },
  fi: {
    open: ['avoin', 'avoinna', 'korjaamatta'],
    // ("Riski hyväksytty (tilaajan päätös …)": the risk accepted, the words either way round, as Estonian and Slovak write them)
    wont_fix: ['hyväksytty riski', 'riski hyväksytty', 'ei korjata'],
    false_positive: ['väärä hälytys', 'virheellinen havainto'],
    duplicate: ['kaksoiskappale', 'duplikaatti'],
    // (Convention: a Finnish retest's "Korjattu (varmistettu 12.11.2025)", the fix checked on that day, and
    // "Osittain korjattu" (partially fixed): the retest found the fix incomplete, as Hungarian "részben javítva")
    verified: ['varmennettu', 'todennettu', 'varmistettu'],
    in_progress: ['korjauksessa', 'työn alla', 'käsittelyssä', 'osittain'],
    fixed: ['korjattu'],
  },
  et: {
    open: ['avatud', 'lahendamata', 'parandamata'],
    wont_fix: ['risk aktsepteeritud', 'aktsepteeritud risk', 'ei paranda'],
    false_positive: ['valepositiivne'],
    duplicate: ['duplikaat', 'topelt'],
    verified: ['parandatud ja kontrollitud', 'kontrollitud'],
    in_progress: ['parandamisel', 'töös', 'lahendamisel'],
    fixed: ['parandatud', 'lahendatud', 'suletud'],
  },
  // Convention: Basque (euskara): "Irekita / Konponketan / Zuzenduta / Ez da zuzenduko / Positibo faltsua", "Zuzenduta
  // (…; egiaztatua)" a fix checked, "Onartutako arriskua" an accepted risk, "Bikoiztua" a duplicate
  eu: {
    open: ['irekita', 'irekia', 'zuzendu gabe', 'konpondu gabe', 'berrireki*'],
    wont_fix: ['ez da zuzenduko', 'ez da konponduko', 'ez dira zuzenduko', 'onartutako arriskua', 'arriskua onartu*'],
    false_positive: ['positibo faltsu*'],
    duplicate: ['bikoiztu*'],
    verified: ['egiaztatu(?:a|ta)'],
    in_progress: ['konponketan', 'zuzentzen', 'lantzen', 'abian'],
    fixed: ['zuzendu(?:a|ta)', 'konpondu(?:a|ta)', 'itxi(?:a|ta)', 'ebatzi(?:a|ta)'],
  },
  // Convention: Welsh (Cymraeg): "Agored / Ar y gweill / Wedi'i drwsio (wedi'i wirio) / Ni fydd yn cael ei drwsio",
  // "Wedi'i drwsio (gwiriwyd 11/03/2025)" a fix checked by the auditor; the apostrophe straight or curly
  cy: {
    open: ['agored', "heb (?:ei|eu) (?:drwsio|trwsio|ddatrys|datrys)", 'ailagor*'],
    wont_fix: ['ni (?:fydd|fyddant) yn cael (?:ei|eu) (?:drwsio|trwsio)', "risg (?:wedi['’]i derbyn|a dderbyniwyd)"],
    false_positive: ['positif ffug', 'ffug bositif'],
    duplicate: ['dyblyg*'],
    verified: ['gwiriwyd', "wedi['’]i wirio", 'wedi (?:ei|eu) wirio', "wedi['’]u gwirio", 'ailbrofwyd'],
    in_progress: ['ar y gweill', 'ar waith', "yn cael (?:ei|eu) (?:drwsio|trwsio)"],
    fixed: ["wedi['’](?:i|u) (?:drwsio|trwsio|ddatrys|datrys|gau|cau)", 'wedi (?:ei|eu) (?:drwsio|trwsio|ddatrys|datrys)', 'trwsiwyd', 'datryswyd', 'ar gau'],
  },
  // Icelandic: "Opið / Í vinnslu / Lagfært / Lokað (staðfest) / Afturkallað (reyndist ekki galli)"
  // ("bíður staðfestingar", awaiting confirmation, is a fix not yet verified: "staðfest" is a whole word)
  is: {
    open: ['opið', 'opinn', 'opin', 'óleyst', 'ólagfært', 'ekki lagfært'],
    wont_fix: ['áhætta samþykkt', 'samþykkt áhætta', 'verður ekki lagfært'],
    false_positive: ['reyndist ekki galli', 'ekki galli', 'falskur galli', 'afturkalla[ðd]*'],
    duplicate: ['tvítekning', 'tvískráð*'],
    verified: ['staðfest', 'staðfestur', 'staðfestir', 'sannreynt'],
    in_progress: ['í vinnslu', 'í gangi', 'í skoðun'],
    fixed: ['lagfært', 'lagfærð', 'lagfærður', 'leyst', 'lokað', 'lokuð', 'lokaður'],
  },
  ro: {
    open: ['deschis(?:ă|e|a)?', 'nerezolvat(?:ă|e)?', 'neremediat(?:ă|e)?'],
    // (a QA cycle's Jira state "Respins", rejected: closed without a change to the code, as Polish "Odrzucony")
    wont_fix: ['risc acceptat', 'acceptat(?:ă)?', '^respins(?:ă|e)?'],
    false_positive: ['fals pozitiv', 'alarmă falsă'],
    duplicate: ['duplicat(?:ă)?'],
    verified: ['verificat(?:ă|e)?'],
    // (Convention: a Romanian retest's "Parțial remediat" / "Remediat parțial" (partly fixed): the fix under way, as
    // English "Partially remediated")
    in_progress: ['în remediere', 'în lucru', 'în curs', 'parțial remediat(?:ă|e)?', 'remediat(?:ă|e)? parțial', 'parțial rezolvat(?:ă|e)?', 'rezolvat(?:ă|e)? parțial'],
    fixed: ['remediat(?:ă|e)?', 'rezolvat(?:ă|e)?', 'închis(?:ă|e)?'],
  },
  // Croatian, Serbian (Latin) and Bosnian ("otklonjeno" remedied, "u provedbi" being carried out, "u toku" in
  // Serbian); Slovenian "odprto", "v teku", "odpravljeno"
  hr: {
    open: ['otvoren*', 'neotklonjen*', 'nije otklonjen*', 'nije riješen*', 'nije rešen*', 'neriješen*', 'odprt*'],
    wont_fix: ['rizik prihvaćen', 'prihvaćen(?:i)? rizik', 'sprejeto tveganje'],
    false_positive: ['lažno pozitivan', 'lažno pozitivno'],
    duplicate: ['duplikat'],
    verified: ['provjeren*', 'potvrđeno otklanjanje', 'odpravljeno in preverjeno'],
    in_progress: ['u provedbi', 'u tijeku', 'u toku', 'u izradi', 'v teku'],
    fixed: ['otklonjen*', 'riješen*', 'rešen*', 'ispravljen*', 'zatvoren*', 'odpravljen*'],
  },
  // Korean: "미조치" not acted on, "조치 중" being acted on, "조치 완료" done, "이행 확인" confirmed by a
  // re-check, "위험 수용" risk accepted (words are spaced, so whole words; written together too); a code
  // review's "수정됨" (fixed) and "반영 안 함" (not taken up: the author decided against the change)
  ko: {
    open: ['미조치', '미이행', '미해결', '미완료', '조치 필요', '조치 예정', '재지적'],
    wont_fix: ['위험 ?수용', '리스크 ?수용', '반영 ?안 ?함', '반영하지 않(?:음|기로)'],
    false_positive: ['오탐'],
    duplicate: ['중복'],
    verified: ['이행 ?확인', '검증 ?완료', '재점검 ?완료'],
    in_progress: ['조치 ?중', '진행 ?중', '처리 ?중'],
    fixed: ['조치 ?완료', '수정 ?완료', '수정됨', '해결(?:됨)?', '완료'],
  },
  // Indonesian: "Belum ditindaklanjuti" not yet acted on, "Dalam proses", "Selesai" done, "telah
  // diverifikasi" verified, "Risiko diterima" risk accepted
  // (Convention: a code review's status legend "Terbuka, Sedang dikerjakan, Selesai, Tidak diperbaiki": "Tidak
  // diperbaiki — klien memutuskan …" (not to be fixed: the client decided) is a decision, where the not-yet of
  // "belum diperbaiki" is open; "tidak akan diperbaiki" (will not be fixed) the same)
  id: {
    open: ['belum ditindaklanjuti', 'belum diperbaiki', 'belum selesai', 'terbuka'],
    wont_fix: ['risiko diterima', 'diterima sebagai risiko', '^tidak diperbaiki', 'tidak akan diperbaiki', 'tidak akan ditindaklanjuti'],
    false_positive: ['positif palsu'],
    duplicate: ['duplikat'],
    verified: ['(?:telah |sudah )?diverifikasi', 'terverifikasi'],
    // (Convention: a retest's state legend "Diperbaiki / Diperbaiki Sebagian / Belum Diperbaiki / Risiko Diterima":
    // the bare past participle opening the value is fixed; "Diperbaiki Sebagian" (partly fixed) the retest found the
    // fix incomplete, met before the "diperbaiki" it qualifies, as "partially fixed")
    in_progress: ['dalam proses', 'sedang (?:diperbaiki|ditindaklanjuti|dikerjakan)', 'dalam perbaikan', 'diperbaiki sebagian', 'sebagian diperbaiki'],
    fixed: ['selesai', 'sudah diperbaiki', 'telah diperbaiki', 'ditutup', '^diperbaiki'],
  },
  // Vietnamese trackers and UAT reports: "Mới" (new), "Đang sửa" (being fixed), "Đã sửa" (fixed), "Đã đóng"
  // (closed), "đã kiểm tra lại" (retested), "Không sửa" (won't fix), "Trùng lặp", "Không phải lỗi"
  // ("chờ kiểm tra lại", awaiting a retest, is no verification: "Đã sửa — chờ kiểm tra lại" is fixed)
  vi: {
    open: ['^mới', 'chưa sửa', 'chưa xử lý', 'chưa khắc phục', 'chưa giải quyết', 'đang mở', 'mở lại', '^mở$'],
    wont_fix: ['sẽ không sửa', 'không sửa', 'không khắc phục', 'chấp nhận rủi ro'],
    false_positive: ['không phải lỗi', 'báo động giả', 'cảnh báo giả', 'dương tính giả'],
    duplicate: ['trùng lặp', '^trùng'],
    verified: ['đã kiểm tra lại', 'kiểm tra lại đạt', 'đã xác minh', 'đã kiểm chứng'],
    in_progress: ['đang sửa', 'đang xử lý', 'đang khắc phục', 'đang thực hiện', 'đang kiểm tra lại'],
    fixed: ['đã sửa', 'đã xử lý', 'đã khắc phục', 'đã giải quyết', 'đã đóng', '^đóng', 'đã hoàn thành', '^hoàn thành'],
  },
  // Greek, written without accents (the value is read without them, as capitals write it): "Ανοιχτό",
  // "Σε εξέλιξη" (in progress), "Υπό παρακολούθηση" (being watched, not settled), "Επιλύθηκε" (resolved),
  // "Επαληθεύτηκε" (verified), "Ψευδής συναγερμός" (a false alarm), "Αποδεκτός κίνδυνος" (accepted risk)
  // (Convention: a fix declared and its check still to come, "Επιλύθηκε — … · εκκρεμεί επαλήθευση" (resolved, verification
  // pending), "η επαλήθευση εκκρεμεί", "σε αναμονή επανελέγχου": the fix made, as the English "fixed, pending retest")
  el: {
    open: ['ανοιχτ*', 'ανοικτ*', String.raw`(?<!(?:επαληθευση|επανελεγχοσ)\s{1,3})εκκρεμει(?!\s{1,3}(?:[ηο]\s{1,3})?(?:επαληθευσ|επανελεγχ))`, String.raw`σε αναμονη(?!\s{1,3}(?:τ(?:ησ|ου)\s{1,3})?(?:επαληθευσ|επανελεγχ))`, 'υπο παρακολουθηση', 'δεν (?:εχει )?(?:επιλυθει|διορθωθει|κλεισει)', 'μη επιλυμεν*', '^νεο$'],
    wont_fix: ['αποδεκτοσ κινδυνοσ', 'αποδοχη κινδυνου', 'δεν θα διορθωθει', 'δε θα διορθωθει'],
    false_positive: ['ψευδ\\p{L}* συναγερμ*', 'ψευδ\\p{L}* θετικ*', 'δεν ειναι σφαλμα'],
    duplicate: ['διπλοτυπ*', 'διπλη καταχωριση'],
    verified: ['επαληθευτηκε', 'επαληθευμεν*'],
    in_progress: ['σε εξελιξη', 'σε επεξεργασια', 'υπο επεξεργασια', 'υπο διερευνηση', 'σε διερευνηση', 'υπο διορθωση', 'προσωρινη (?:παρακαμψη|λυση)'],
    fixed: ['επιλυθηκε', 'επιλυμεν*', 'διορθωθηκε', 'διορθωμεν*', 'κλειστ*', 'εκλεισε', 'ολοκληρωθηκε'],
  },
  // Chinese assessments and retests (no spaces between words: matched where the value opens):
  // "未修复" not fixed, "部分修复" partly, "复测通过" passed the retest, "风险接受" risk accepted
  zh: {
    open: ['^未修复*', '^待修复*', '^未整改*', '^待整改*', '^复测未通过*', '^未处理*'],
    wont_fix: ['^风险接受*', '^接受风险*', '^不予修复*', '^暂不修复*'],
    false_positive: ['^误报*'],
    duplicate: ['^重复*'],
    verified: ['^复测通过*', '^已验证*'],
    in_progress: ['^部分修复*', '^修复中*', '^整改中*', '^处理中*'],
    fixed: ['^已修复*', '^已整改*', '^修复完成*', '^已解决*', '^已关闭*'],
  },
  // Convention: Traditional Chinese (Taiwan) retests say "修補" (patched) and "改善" (remedied): "未修補" not fixed,
  // "已修補" fixed, "修補中" being fixed, "複測通過" passed the retest, "風險接受" risk accepted
  'zh-hant': {
    open: ['^未修補*', '^待修補*', '^未修復*', '^待修復*', '^未改善*', '^複測未通過*', '^未處理*'],
    wont_fix: ['^風險接受*', '^接受風險*', '^暫不修補*', '^不予修補*'],
    false_positive: ['^誤報*'],
    duplicate: ['^重複*'],
    verified: ['^複測通過*', '^已驗證*'],
    in_progress: ['^部分修補*', '^修補中*', '^改善中*', '^處理中*', '^修復中*'],
    fixed: ['^已修補*', '^已修復*', '^已改善*', '^修補完成*', '^已解決*', '^已關閉*'],
  },
  // Ukrainian: "відкрито", "в роботі", "виправлено ✅ перевірено", "ризик прийнято", "хибне спрацювання"
  // (the participles in their genders: "виправлено", "виправлений", "виправлена")
  uk: {
    open: ['відкрит*', 'не виправлен*', 'невиправлен*', 'не усунут*', 'неусунут*', 'не вирішен*', 'не закрит*', 'очікує*', '^нов(?:ий|а|е)$', 'до виконання'],
    wont_fix: ['ризик прийнят*', 'прийнят(?:ий|о) ризик', 'не виправлятимемо', 'не буде виправлен*', 'не виправляти*', 'взято до відома'],
    false_positive: ['хибн(?:е|ий|о) спрацюванн*', 'хибнопозитивн*', 'не є (?:вразливістю|проблемою|помилкою)'],
    duplicate: ['дублікат*', 'дубль', 'дублює*'],
    verified: ['перевірен*', 'повторн(?:у|а) перевірк(?:у|а) пройден*'],
    in_progress: ['в роботі', 'у роботі', 'в процесі', 'у процесі', 'виконується', 'частково*', 'триває'],
    fixed: ['виправлен*', 'усунен*', 'вирішен*', 'закрит*', 'виконан*', 'готово'],
  },
  // Russian: "открыт", "в работе", "исправлено", "проверено", "риск принят", "ложное срабатывание", "не баг",
  // "дубль" (the participles in their genders and the short forms: "исправлен", "исправлена", "исправлено")
  ru: {
    open: ['открыт*', 'не исправлен*', 'неисправлен*', 'не устранен*', 'не устранён*', 'не решен*', 'не решён*', 'не закрыт*', 'ожидает*', '^нов(?:ый|ая|ое)$', 'к выполнению'],
    wont_fix: ['риск принят*', 'принят(?:ый|о)? риск', 'не будем исправлять', 'не будет исправлен*', 'не исправлять', 'принято к сведению'],
    false_positive: ['ложн(?:ое|ый|ая) срабатывани*', 'ложноположительн*', 'не баг', 'не является (?:уязвимостью|ошибкой|проблемой|багом)', 'не воспроизводится'],
    duplicate: ['дубликат*', 'дубль', 'дублирует*'],
    verified: ['проверен*', 'повторн(?:ая|ую) проверк(?:а|у) пройден*'],
    in_progress: ['в работе', 'в процессе', 'выполняется', 'частично*', 'на ревью'],
    fixed: ['исправлен*', 'устранен*', 'устранён*', 'решен*', 'решён*', 'закрыт*', 'выполнен*', 'готово'],
  },
  // Serbian in Cyrillic: "Отворено", "У току" (in progress), "Исправљено" (fixed, not yet re-tested), "Потврђено"
  // (the re-test passed), "Прихваћен ризик" (risk accepted)
  sr: {
    open: ['отворен*', 'није отклоњен*', 'није исправљен*'],
    wont_fix: ['прихваћен ризик', 'ризик прихваћен', 'неће се исправљати'],
    false_positive: ['лажно позитив*'],
    duplicate: ['дупликат*'],
    verified: ['потврђен*', 'ретест прошао'],
    in_progress: ['у току', 'у изради'],
    fixed: ['исправљен*', 'отклоњен*', 'затворен*'],
  },
  // Swahili: "Wazi" open, "Inashughulikiwa" being handled, "Imerekebishwa" fixed, "Imethibitishwa" verified,
  // "Hatari imekubaliwa" risk accepted
  sw: {
    open: ['^wazi$'],
    wont_fix: ['hatari imekubaliwa'],
    verified: ['imethibitishwa'],
    in_progress: ['inashughulikiwa'],
    fixed: ['imerekebishwa'],
  },
  // Malay: "Terbuka" open, "Sedang dibaiki" being fixed, "Selesai" / "Telah dibaiki" fixed, "disahkan" confirmed,
  // "Diterima risiko" risk accepted ("belum disahkan", not yet confirmed, is no confirmation); a government
  // audit's tracker writes the work under way "Dalam Tindakan" (in action) or "Dalam proses"
  ms: {
    open: ['belum (?:dibaiki|diselesaikan|bermula)'],
    wont_fix: ['diterima risiko', 'risiko diterima', 'tidak akan dibaiki'],
    verified: ['(?<!belum )disahkan'],
    in_progress: ['sedang (?:dibaiki|diselesaikan|diusahakan|disemak)', 'dalam pembaikan', 'dalam tindakan'],
    fixed: ['(?:telah |sudah )?dibaiki', '(?:telah|sudah) diselesaikan'],
  },
  // Afrikaans: "Oop" open, "In proses" in progress, "Reggemaak" fixed, "Geverifieer" verified, "Sal nie
  // reggemaak word nie" (will not be fixed) a decision; "nog nie reggemaak nie" (not yet fixed) is open, and
  // "PR !927 oop" an open pull request, not an open finding
  af: {
    open: ['^oop', '(?<!sal )nie (?:reggemaak|opgelos|herstel)', '^nuut$'],
    wont_fix: ['sal nie (?:reggemaak|opgelos|herstel) word nie', 'risiko aanvaar', 'aanvaarde risiko'],
    false_positive: ['vals positief'],
    duplicate: ['duplikaat'],
    verified: ['geverifieer', 'bevestig reggemaak'],
    in_progress: ['in proses', 'word reggemaak', 'besig'],
    fixed: ['reggemaak', 'opgelos', 'gesluit'],
  },
  // Filipino (Tagalog): "Bukas" open, "Inaayos na" being fixed, "Naayos na" fixed, "Na-verify" verified,
  // "Tinanggap ang panganib" risk accepted
  tl: {
    open: ['^bukas$'],
    wont_fix: ['tinanggap ang panganib'],
    verified: ['na-verify'],
    in_progress: ['inaayos na', 'inaayos pa'],
    fixed: ['naayos na'],
  },
  // Bulgarian: "Отворена" open, "В процес" in progress, "Отстранена" remedied, "Потвърдена" confirmed by a
  // re-test, "Приет риск" risk accepted
  bg: {
    open: ['отворен*'],
    wont_fix: ['приет риск', 'рискът е приет'],
    verified: ['потвърден*'],
    in_progress: ['в процес'],
    fixed: ['отстранен*', 'коригиран*'],
  },
  // Hebrew: "פתוח" open, "בטיפול" being handled, "תוקן" fixed, "תוקן ואומת" fixed and verified, "לא יתוקן" will
  // not be fixed ("סיכון מקובל", an accepted risk)
  he: {
    open: ['פתוח*'],
    wont_fix: ['לא יתוקן', 'סיכון מקובל'],
    verified: ['תוקן ואומת', 'אומת'],
    in_progress: ['בטיפול'],
    fixed: ['תוקן', 'נסגר'],
  },
  // Hindi: "खुला" open, "प्रगति में" in progress, "ठीक किया गया" fixed, "ठीक नहीं" not fixed, "जोखिम स्वीकार"
  // (the risk accepted), "सत्यापित" verified
  hi: {
    open: ['खुला', 'खुली', 'लंबित', 'ठीक नहीं'],
    wont_fix: ['जोखिम स्वीकार*', 'ठीक नहीं किया जाएगा'],
    verified: ['सत्यापित'],
    in_progress: ['प्रगति में', 'प्रगति पर'],
    fixed: ['ठीक किया गया', 'ठीक कर दिया गया', 'ठीक की गई', 'हल किया गया', 'सुधार दिया गया'],
  },
  // Convention: Bengali trackers' states: "খোলা" open, "চলমান" / "প্রক্রিয়াধীন" in progress, "সমাধান হয়েছে" resolved,
  // "ঠিক করা হয়েছে" fixed, "বন্ধ" closed, "পুনঃপরীক্ষায় যাচাইকৃত" verified in the retest, "স্থগিত" deferred,
  // "ঝুঁকি গ্রহণ" the risk accepted, "ডুপ্লিকেট" a duplicate
  bn: {
    open: ['খোলা', 'অমীমাংসিত'],
    wont_fix: ['স্থগিত', 'ঝুঁকি গ্রহণ*', 'ঠিক করা হবে না'],
    duplicate: ['ডুপ্লিকেট'],
    verified: ['যাচাইকৃত', 'যাচাই করা হয়েছে', 'পুনঃপরীক্ষায় পাস'],
    in_progress: ['চলমান', 'প্রক্রিয়াধীন', 'কাজ চলছে'],
    fixed: ['সমাধান হয়েছে', 'সমাধানকৃত', 'ঠিক করা হয়েছে', 'ফিক্স হয়েছে', 'বন্ধ'],
  },
  // Thai (no spaces between words: matched where the value opens): "เปิด" open, "กำลังแก้ไข" being fixed,
  // "แก้ไขแล้ว" fixed, "ทดสอบซ้ำผ่าน" passed the retest, "ไม่แก้ไข" will not be fixed, "ซ้ำกับ BUG-103" a duplicate
  th: {
    open: ['^เปิด*', '^ยังไม่แก้ไข*', '^รอแก้ไข*'],
    wont_fix: ['^ไม่แก้ไข*', '^ยอมรับความเสี่ยง*'],
    false_positive: ['^ไม่ใช่ข้อบกพร่อง*'],
    duplicate: ['^ซ้ำกับ*'],
    verified: ['^ทดสอบซ้ำผ่าน*', '^ตรวจสอบแล้ว*'],
    in_progress: ['^กำลังแก้ไข*', '^อยู่ระหว่างแก้ไข*'],
    fixed: ['^แก้ไขแล้ว*', '^ปิดแล้ว*'],
  },
  // Arabic (read without the short-vowel marks, "يُصلح" as "يصلح"): "مفتوح" (open), "قيد المعالجة" (being
  // handled), "تم الإصلاح" (fixed), "تم الإصلاح والتحقق" (fixed and verified), "مخاطرة مقبولة" (an accepted
  // risk), "إيجابية كاذبة" (a false positive), "مكرر" (a duplicate)
  ar: {
    open: ['مفتوح*', 'لم (?:يتم|تتم) (?:إصلاح|معالجة)*', 'لم (?:يصلح|تصلح|يعالج|تعالج)', 'غير مصلح*', 'غير معالج*', 'بانتظار الإصلاح'],
    wont_fix: ['مخاطرة مقبولة', 'المخاطرة مقبولة', 'خطر مقبول', 'قبول (?:المخاطرة|المخاطر|الخطر)', 'لن (?:يتم|تتم) (?:إصلاح|معالجة)*', 'لن (?:يصلح|تصلح)'],
    false_positive: ['إيجابية كاذبة', 'إيجابي كاذب', 'إنذار كاذب', 'ليست ثغرة'],
    duplicate: ['مكرر*', 'مكررة'],
    verified: ['تم الإصلاح والتحقق', 'تم التحقق*', 'تم التحقق من الإصلاح', 'أصلحت وتم التحقق'],
    in_progress: ['قيد المعالجة', 'قيد الإصلاح', 'قيد التنفيذ', 'جار (?:الإصلاح|العمل|المعالجة)', 'جاري (?:الإصلاح|العمل|المعالجة)', 'معالجة جزئية', 'إصلاح جزئي'],
    fixed: ['تم الإصلاح', 'تم إصلاح*', 'تمت المعالجة', 'تمت معالجت*', 'مصلح*', 'مغلق*', 'تم الإغلاق', 'محلول*'],
  },
  // Convention: Persian (Farsi), the half-space (ZWNJ) inside a word written either way: "باز" (open), "رفع نشده" (not
  // fixed), "در حال رفع" (being fixed), "رفع‌شده" / "اصلاح شده" (fixed), "تأیید شد" (confirmed, on a retest: verified),
  // "ریسک پذیرفته شده" (risk accepted), "مثبت کاذب" (a false positive), "تکراری" (a duplicate)
  fa: {
    open: ['باز', 'رفع[\u200c ]?نشده', 'اصلاح[\u200c ]?نشده', 'برطرف[\u200c ]?نشده'],
    wont_fix: ['ریسک[\u200c ]?پذیرفته[\u200c ]?شده', 'پذیرش ریسک', 'رفع نخواهد شد'],
    false_positive: ['مثبت کاذب', 'هشدار کاذب'],
    duplicate: ['تکراری'],
    verified: ['تأیید[\u200c ]?شد(?:ه)?', 'تایید[\u200c ]?شد(?:ه)?', 'بازآزمایی[\u200c ]?شد(?:ه)?'],
    in_progress: ['در حال (?:رفع|اصلاح|انجام|بررسی)', 'در دست (?:اقدام|اصلاح)'],
    fixed: ['رفع[\u200c ]?شده', 'اصلاح[\u200c ]?شده', 'برطرف[\u200c ]?شده', 'بسته[\u200c ]?شده'],
  },
  // Convention: Urdu: "کھلا" / "کھلی" (open), "حل نہیں ہوا" (not solved), "کام جاری ہے" / "کام کر رہے ہیں" (work is
  // going on, they are working on it), "درست کر دیا گیا" / "ٹھیک کر دیا گیا" (set right), "حل شدہ" (solved), "تصدیق
  // شدہ" (confirmed, on a retest: verified), "خطرہ قبول" (risk accepted), "غلط مثبت" (a false positive)
  ur: {
    open: ['کھلا', 'کھلی', 'حل نہیں ہوا', 'درست نہیں ہوا'],
    wont_fix: ['خطرہ قبول (?:کر لیا گیا|کیا گیا)', 'خطرہ قبول'],
    false_positive: ['غلط مثبت'],
    duplicate: ['دہرایا ہوا', 'ڈپلیکیٹ'],
    verified: ['تصدیق شدہ'],
    in_progress: ['کام جاری ہے', 'کام کر رہے ہیں', 'زیرِ? ?کار', 'جاری ہے'],
    fixed: ['درست کر دیا گیا', 'ٹھیک کر دیا گیا', 'حل کر دیا گیا', 'حل ہو گیا', 'حل شدہ', 'بند کر دیا گیا'],
  },
  // Lithuanian: "atvira" (open), "vykdoma" (under way), "korekcija pradėta" (correction started), "uždaryta"
  // (closed), "ištaisyta", "pašalinta" (fixed), "veiksmingumas patvirtintas" (its effect confirmed, verified),
  // "rizika priimta" (risk accepted), an auditee's decision "neįgyvendinti" (not to implement it)
  lt: {
    open: ['atvir(?:a|as|os|i|ų)', 'neišspręst*', 'nepašalint*', 'neištaisyt*', 'neįgyvendinta', 'neįgyvendintas', 'neįgyvendintos', 'neuždaryt*'],
    wont_fix: ['rizika priimta', 'priimta rizika', 'rizikos priėmimas', '^neįgyvendinti', 'nebus (?:taisoma|šalinama|įgyvendinta)'],
    false_positive: ['klaidingai teigiam*', 'ne klaida'],
    duplicate: ['dublikat*'],
    verified: ['veiksmingumas patvirtintas', 'patikrint(?:a|as|os)', 'patvirtint(?:a|as|os)'],
    in_progress: ['vykdom(?:a|as|i)', 'įgyvendinam(?:a|as|i)', 'korekcija pradėta', 'pradėt(?:a|as|i|os)', 'iš dalies (?:įgyvendint*|ištaisyt*)', 'taisom(?:a|as|i)'],
    fixed: ['uždaryt(?:a|as|os|i)', 'ištaisyt*', 'pašalint*', 'išspręst*', 'įgyvendint(?:a|as|os|i)'],
  },
  // Latvian: "atvērts" (open), "darbs procesā" (work in progress), "novērsts", "izlabots" (fixed, remedied),
  // "pārbaudīts" (checked, verified), "risks pieņemts" (risk accepted), in the genders of "trūkums" and "kļūda"
  lv: {
    open: ['atvērt(?:s|a|i|as)', 'nav novērst*', 'nav izlabot*', 'nenovērst*'],
    wont_fix: ['risks pieņemts', 'pieņemts risks', 'riska pieņemšana', 'netiks (?:novērsts|labots|novērsta|labota)'],
    false_positive: ['kļūdaini pozitīv*', 'viltus trauksme'],
    duplicate: ['dublikāt*'],
    verified: ['pārbaudīt(?:s|a|i|as)'],
    // (a status scale's bare "Procesā", in progress, beside "Atvērts" and "Labots")
    in_progress: ['darbs procesā', '^procesā', 'tiek (?:labots|labota|novērsts|novērsta)', 'daļēji (?:novērst*|izlabot*)', 'uzsākt(?:s|a)'],
    fixed: ['novērst(?:s|a|i|as)', 'izlabot(?:s|a|i|as)', 'labot(?:s|a|i|as)', 'slēgt(?:s|a|i|as)', 'atrisināt(?:s|a|i|as)'],
  },
  // Japanese trackers (no spaces between words: matched where the value opens)
  ja: {
    // (Convention: a diagnosis report's retest verdict (再診断結果), "解消" (eliminated), "未解消" (not eliminated),
    // "一部解消" (partly eliminated), "対応見送り" (action deferred, the client's decision not to fix now))
    open: ['^未着手*', '^未対応*', '^未解消*', '^未修正*'],
    in_progress: ['^対応中*', '^修正中*', '^一部解消*', '^一部対応*'],
    fixed: ['^修正済*', '^対応済*', '^解決済*', '^解消*'],
    // ("対応しない(チーム判断)": will not be dealt with, the team's decision)
    // ("リスク受容": the risk accepted, as a vendor's assessment records the client's decision)
    wont_fix: ['^仕様通り*', '^対応不要*', '^対応しない*', '^修正しない*', '^リスク受容*', '^対応見送り*'],
    duplicate: ['^重複*'],
  },
};

/** Marks that say done in any language: ✅ ✔ ☑ */
const DONE_MARK = /[✅✔☑]/u;

/**
 * Convention: a quality or food-safety audit's close-out names what the correction took out of use, "Closed on site —
 * probe P-4 withdrawn, replacement issued", "Fixed: batch withdrawn from sale": the item was withdrawn, not the
 * finding, so "withdrawn" there is the correction and the opening state stands (a finding, NC or issue withdrawn
 * is still the reviewer's verdict)
 */
// (Convention: an access review's remediation takes access away, "In progress — credit role withdrawn from 4 of 6
// users", "Remediated: access withdrawn": the role was withdrawn, and the state it opens with stands)
const WITHDRAWN_ITEM = /^\W*(?:closed|fixed|corrected|resolved|in[\s-]progress|remediated|partially remediated|ongoing)\b(?:(?!\b(?:findings?|ncr?s?|issues?|observations?|it|this|report)\b)[^.;])*?\bwithdrawn\b|\bwithdrawn from (?:use|service|sale|stock|the market|production)\b/;
const FALSE_POSITIVE_WORDS = /false[\s-]positive|not an? (?:bug|issue|defect|problem)\b/;
/** a verification the value itself denies ("not re-verified in production") */
const NOT_VERIFIED = /(?<![\p{L}\p{N}])(?:not (?:yet )?(?:re-?)?verified|не (?:ще )?(?:повторно )?перевірен\p{L}*|не (?:ещё |еще )?(?:повторно )?проверен\p{L}*|لم يتم التحقق)(?![\p{L}\p{N}])/u;

const STATUS_ORDER: Status[] = ['open', 'wont_fix', 'false_positive', 'duplicate', 'verified', 'in_progress', 'fixed'];

const BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** A phrase's expression as its head (where it may start), its source and its tail (how it ends). */
function phraseParts(p: string): [head: string, src: string, tail: string] {
  let src = p;
  const start = src.startsWith('^');
  if (start) src = src.slice(1);
  const whole = src.endsWith('$');
  if (whole) src = src.slice(0, -1);
  const stem = src.endsWith('*');
  if (stem) src = src.slice(0, -1);
  const head = start ? String.raw`^[^\p{L}\p{N}]*` : BEFORE;
  const tail = whole ? String.raw`[^\p{L}\p{N}]*$` : stem ? '' : AFTER;
  return [head, src, tail];
}

/**
 * One expression per state, from every language's phrases for it. Phrases with the same head and tail
 * share them ("H(?:a|b)T" matches where "HaT|HbT" does): each copy of a \p{…} class costs V8 a case
 * closure under the i and u flags when it compiles the expression, which it does again after a
 * garbage collection has dropped the compiled code (tens of milliseconds a time).
 */
/**
 * Whether a phrase needs a letter outside ASCII to match: what is left of it once its optional groups and
 * its bracket classes are set aside holds one ("đã sửa", "επιλυθηκε", "조치 완료"; not "deschis(?:ă|e)?").
 * Such phrases are tried only on values that have such a letter (most values are ASCII).
 */
function needsWide(src: string): boolean {
  // (classes first: they may hold a bracket; a choice left over, "(?:ă|a)", may be the ASCII branch)
  // (and its lookarounds: a condition on the words beside the phrase, "εκκρεμει(?!… επαληθευσ|επανελεγχ)")
  const rest = src.replace(/\[[^\]]*\]/g, '').replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g, '').replace(/\((?:[^()]|\([^()]*\))*\)[?*]/g, '').replace(/[^\x00-\x7F][?*]/g, '');
  return !rest.includes('|') && /[^\x00-\x7F]/.test(rest);
}

function phrasesRe(phrases: string[]): RegExp | null {
  if (!phrases.length) return null;
  const groups = new Map<string, { head: string; tail: string; srcs: string[] }>();
  for (const phrase of phrases) {
    const [head, src, tail] = phraseParts(phrase);
    const key = `${head}\u0000${tail}`;
    const g = groups.get(key) ?? { head, tail, srcs: [] };
    g.srcs.push(src);
    groups.set(key, g);
  }
  return oneSidedBounds(new RegExp([...groups.values()].map((g) => `${g.head}(?:${g.srcs.join('|')})${g.tail}`).join('|'), 'iu'));
}

const STATUS_RE: Array<[Status, RegExp | null, RegExp | null]> = STATUS_ORDER.map((status) => {
  const phrases = Object.values(STATUS_WORDS).flatMap((lex) => lex[status] ?? []);
  return [status, phrasesRe(phrases.filter((p) => !needsWide(p))), phrasesRe(phrases.filter(needsWide))];
});
const DUPLICATE_RE = STATUS_RE.find(([st]) => st === 'duplicate')!;
/** each status's ASCII expression's test (plain: on these values literalGate's pretest costs more than it saves) */
const STATUS_TESTS = STATUS_RE.map(([, re]) => (re ? (v: string) => re.test(v) : null));
/** What of a phrase every match holds: needsWide's rest, its lookarounds and parts repeated "{0,…}" set aside too. */
function neededPart(src: string): string {
  return src
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\((?:[^()]|\([^()]*\))*\)[?*]/g, '')
    .replace(/[^\x00-\x7F][?*]/g, '')
    .replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/(?:\((?:[^()]|\([^()]*\))*\)|[^\x00-\x7F])\{0(?:,\d*)?\}/g, '');
}
/**
 * The letters outside ASCII that the wide phrases hold where every match holds them (neededPart), as one class
 * under the phrases' flags: a value with none of them matches no wide phrase, though a dash, a curly quote or an
 * emoji takes it outside ASCII (most such values). Any wide phrase without such a letter would make the test
 * "outside ASCII" again.
 */
const WIDE_LETTERS = ((): RegExp => {
  const needed = Object.values(STATUS_WORDS).flatMap((lex) => Object.values(lex).flat() as string[]).filter(needsWide).map((p) => [...neededPart(p)].filter((c) => c.charCodeAt(0) > 0x7f));
  if (needed.some((cs) => !cs.length)) return /[^\x00-\x7F]/;
  return new RegExp(`[${[...new Set(needed.flat())].join('')}]`, 'iu');
})();
/** Whether a lower-cased value names a duplicate anywhere in it (in any language of STATUS_WORDS). */
function isDuplicate(v: string, wide: boolean): boolean {
  // (the phrases that must open the value, "^duplicado", are tried on the value's every clause: the reason
  // follows the rejection, "rechazado (duplicado de …)")
  const rest = v.replace(/^[^(—–:;,]*[(—–:;,]\s*/, '');
  const [, re, wideRe] = DUPLICATE_RE;
  return [v, rest].some((x) => !!re?.test(x) || (wide && !!wideRe?.test(x)));
}

/** Status named by a marker or a Status value, in any language of STATUS_WORDS. */
export function statusFromText(value: string): Status | null {
  return statusTextMemo(value);
}
// (pure, and asked again for the same cells and labels through a report: memoized)
const statusTextMemo = memoized(statusOfText);
function statusOfText(value: string): Status | null {
  // (Greek is matched without its accents: capitals drop them, "ΕΠΙΛΥΘΗΚΕ")
  // (and Arabic without its short-vowel marks: "مُصلح" as "مصلح")
  let v = stripGreekAccents(value.toLowerCase());
  if (/[\u064B-\u0652]/.test(v)) v = v.replace(/[\u064B-\u0652\u0670]/g, '');
  const wide = WIDE_LETTERS.test(v);
  for (let i = 0; i < STATUS_RE.length; i++) {
    const [status, , wideRe] = STATUS_RE[i];
    if (!STATUS_TESTS[i]?.(v) && !(wide && wideRe?.test(v))) continue;
    if (status === 'verified' && NOT_VERIFIED.test(v)) continue;
    if (status === 'false_positive' && v.includes('withdrawn') && WITHDRAWN_ITEM.test(v) && !FALSE_POSITIVE_WORDS.test(v)) continue;
    // Convention: a tracker's rejection that gives a duplicate as its reason ("Rejected (duplicate of BUG-12)",
    // "Rechazado (duplicado de PCL-1329)", "Withdrawn — duplicate of F-3"): the report was closed because another
    // holds it, which is the more exact state
    if (status === 'false_positive' && isDuplicate(v, wide)) return 'duplicate';
    return status;
  }
  return DONE_MARK.test(v) ? 'fixed' : null;
}
