export const TOP_HELP = `punchlist — triage audit findings from Markdown reports, SARIF and scanner JSON

Usage:
  punchlist parse FILE [--json] [--explain] [--rules RULES.json]
                                                parse a report and print what was found (no database)
  punchlist ingest FILE|DIR… [--db PATH] [--project NAME] [--as-new] [--dry-run]
                 [--close-absent] [--baseline VERSION] [--fail-on new:high|open-blockers]
                                                add reports; a newer version of one updates it
  punchlist list [filters] [--json] [--db PATH] [--project NAME]
                                                list findings
  punchlist plan [FILE…] [--source generated|report] [--json] [--db PATH] [--project NAME]
                                                the fix-order plan, effort totals, deployment gate
  punchlist export --format md|csv|json|html|sarif [--out FILE] [--db PATH] [--project NAME]
                                                export a project
  punchlist import FILE.json [--db PATH]        re-import a JSON export as a new project
  punchlist rules list|export|import|enable|disable|delete [--db PATH] [--project NAME]
                                                the corrections made in the import review, kept as rules
  punchlist team grant|revoke|list [LOGIN] [--role viewer|triager|lead] [--project NAME] --db postgres://…
                                                who may do what in a team project (enforced by PostgreSQL)
  punchlist push --db LOCAL.sqlite --to postgres://… [--project NAME] [--take mine|theirs|F:FIELD=SIDE]
                                                copy a local project with its history to a team
                                                database; on a pulled copy, send its offline edits
  punchlist pull postgres://… --project NAME --to LOCAL.sqlite
                                                an offline copy of a team project
  punchlist assign ID… NAME|--me|--none [--db PATH]
                                                assign findings to a person (due dates: sla, due)
  punchlist due ID… YYYY-MM-DD|--sla [--db PATH]  set a due date by hand, or back to the SLA's
  punchlist sla [--critical N] [--high N] … [--db PATH] [--project NAME]
                                                the project's days to fix, per severity
  punchlist COMMAND --help                      help for one command

The database is --db PATH, else $PUNCHLIST_DB, else punchlist.sqlite in the app's data folder.
A postgres://USER@HOST/DB URL instead of a PATH opens a team database on PostgreSQL (password from
PGPASSWORD or ~/.pgpass; TLS with ?sslmode=require or verify-full).
Exit codes: 0 ok, 1 something failed, 2 usage error.
`;

export const PARSE_HELP = `Usage: punchlist parse FILE [--json] [--explain] [--rules RULES.json]

Parses one report (Markdown, SARIF or scanner JSON) and prints what was found. Touches no database.

Options:
  --json        print the ParsedReport as JSON (pretty-printed)
  --explain     Markdown: for each finding its source lines (L12-14), record set, fields and why
                it was taken; then each candidate that came close and why it was rejected
  --rules FILE  Markdown: apply the rules of a rules file (\`punchlist rules export\`) made for this
                report's family (same title apart from dates and versions, or same file name) and
                the project-wide ones, as ingest does; prints which rules applied
  -h, --help    this help
`;

export const INGEST_HELP = `Usage: punchlist ingest FILE|DIR… [--db PATH] [--project NAME] [options]

Adds reports to the database; a folder adds its report files (.md .markdown .txt .sarif .json,
recursively, hidden entries skipped). A Punchlist JSON export given by name is imported as a new
project, as \`punchlist import\` does. The project's rules (corrections made in the import review,
\`punchlist rules\`) apply to Markdown reports of their family; the summary says which applied.

A newer version of a report already in the project updates it instead of adding a copy:
  SARIF / scanner JSON   the same tool and the same file name (dates, run numbers and versions
                         in either aside: nightly/semgrep.sarif, semgrep-2026-03-02.sarif)
  Markdown               the same title apart from dates and version numbers, or the same file name
Decisions (status, severity, effort, notes, plan, merges) stay; text and locations follow the new
version; findings it no longer has are kept and marked "not in latest report"; every change is in
the history. A report whose bytes are already in the project is skipped ("already present").

Prints one line per file:
  FILE: added 304 findings (sarif)
  updated "REPORT" from FILE: 3 new, 10 gone, 5 moved, 289 unchanged, decisions kept on 12
(… and "N back" for findings that return, "N changed" for text changes in place, "N closed").

Options:
  --db PATH             database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME        project to add to (created when missing; default: "Default")
  --as-new              add every file as a separate report, even a newer version of one
  --dry-run             print what would happen; change nothing (not even create the database)
  --close-absent        close the findings the new version no longer has that are still open
                        (status fixed, reason "not in latest report"; undoable in the app)
  --baseline VERSION    compare each file with an earlier version of its report instead of the
                        latest, writing nothing. VERSION: its number (1 = the first ingest; the
                        --json output gives each update's number), a sha256 prefix of its file,
                        or the file name it was ingested from. New/gone are counted against that
                        version; moved/changed against the latest text
  --fail-on CONDITION   exit 2 when a file brings what CI should stop on (repeat, or comma-separate):
                          new:critical, new:high, new:medium, new:low, new:info
                                new findings at or above that severity that are neither suppressed
                                in the source nor triaged as false positive, won't fix or duplicate
                                (a first ingest: every finding is new)
                          open-blockers  open findings of the report that block deployment
  --json                print the results as JSON (per file: summary, counts, gate, failOn)
  -h, --help            this help

Exit codes: 0 ok; 1 a file failed (the database is as it was for that file); 2 a usage error, or
--fail-on matched.
`;

export const LIST_HELP = `Usage: punchlist list [filters] [--json] [--db PATH] [--project NAME]

Lists findings. Filters combine with AND; repeated or comma-separated values combine with OR.

Filters:
  --severity S      critical | high | medium | low | info | unrated
  --status S        open | in_progress | fixed | verified | wont_fix | false_positive | duplicate
  --phase TEXT      the report's phase label
  --search TEXT     full-text search in titles, bodies, paths and rule ids (words, prefixes)
  --path PREFIX     findings with a location under this path
  --blocking        only findings that block deployment
  --assignee NAME   assigned to NAME; 'unassigned': to nobody, 'me': to you
  --overdue         only open findings past their due date
  --limit N         at most N findings

Options:
  --json            print the findings as JSON
  --db PATH         database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME    project to list (default: "Default")
  -h, --help        this help
`;

export const RULES_HELP = `Usage: punchlist rules ACTION [--db PATH] [--project NAME]

The corrections made in the import review ("this block is a finding", "all items like this one",
"not a finding", "these are one finding", "split", field edits, "Sev-1 → critical") are kept as
rules of the report's family (same title apart from dates and version numbers, or same file name)
or of the whole project, and applied whenever a report of that family is ingested.

Actions:
  list                 the project's rules: id, on/off, what it does, which reports it is for
  export [--out FILE]  the rules as a rules file (JSON; stdout without --out)
  import RULES.json    add the rules of a rules file to the project (creating it when missing)
                       and apply them to its reports
  enable ID            turn a rule on again (its corrections come back)
  disable ID           turn a rule off: its corrections are taken back (findings it added are set
                       aside as false positives, fields it set return), nothing is lost
  delete ID            delete a rule (undoable in the app, like every rule change)

Options:
  --db PATH       database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME  project (default: "Default")
  --json          list: print the rules as JSON
  -h, --help      this help

See also: punchlist parse FILE --rules RULES.json (apply a rules file without a database).
`;

export const TEAM_HELP = `Usage: punchlist team grant LOGIN --role viewer|triager|lead [--project P] --db postgres://USER@HOST/DB
       punchlist team revoke LOGIN [--project P] --db postgres://…
       punchlist team list [--project P] [--json] --db postgres://…
       punchlist team viewer LOGIN --db postgres://…

Who may do what in which project of a team database. PostgreSQL itself enforces it (row-level
security): a write the role does not allow is refused by the server, from the app or typed in psql.
  viewer    reads the project
  triager   also changes findings' triage (status, severity, notes, phase, effort, assignment),
            ticks checklists and fix-order items, keeps the plan, marks duplicates
  lead      everything in the project: ingest, delete, rules, settings, its members
A login sees only the projects it has a role in. The tables' owner (the login that created the
database) is not restricted.

  grant     gives LOGIN (an existing PostgreSQL login) ROLE in project P (a name or an id; without
            --project: in every project), replacing the role it had there. A login's first grant
            also lets it use the tables: run it as the tables' owner or a superuser; later grants
            and revokes a lead of the project may make.
  revoke    takes LOGIN's role in project P (without --project: its every-project role) back
  list      who has which role where
  viewer    a database-wide viewer: member of punchlist_viewer, which may read every table and
            change none, whatever its project roles (run as the owner or a superuser)

The password comes from the URL, PGPASSWORD or ~/.pgpass.

Options:
  --db URL          the team database (else $PUNCHLIST_DB)
  --project P       a project's name or id
  --role ROLE       viewer, triager or lead (grant)
  --json            list as JSON
  -h, --help        this help
`;

export const PUSH_HELP = `Usage: punchlist push --db LOCAL.sqlite --to postgres://USER@HOST/DB [--project NAME]
                      [--take mine|theirs] [--take FINDING:FIELD=mine|theirs]…

A local project (--project NAME, or the file's only project) goes to the team database:
- the first time, the whole project with its history: reports and their texts, findings with their
  locations, notes and dependencies, checklists, fix order, plan, rules, settings and the event
  log, in one transaction (nothing is written when something fails). The copy then remembers
  where it went, as a pulled copy does.
- a copy made by \`punchlist pull\` (or pushed before) sends the finding changes made in it since
  the last push or pull, as changes of the team database by your login (its event log keeps both
  your changes and everyone else's). A field changed on the server too since then (the finding's
  row version moved and the value is neither the one you started from nor yours) is a conflict:
  each is listed on one line (finding, field, mine, theirs, who changed it) and nothing at all is
  pushed until every one is decided:
    --take mine                    your value replaces theirs (theirs stays in the event log)
    --take theirs                  theirs stays; your copy takes it (yours stays in its log)
    --take 12:status=theirs        one conflict (finding id of your copy, field); repeatable
  After a push the pushed findings of the copy hold the server's values and row versions.

Options:
  --db PATH        the local SQLite file (else $PUNCHLIST_DB)
  --to URL         the team database; password from PGPASSWORD or ~/.pgpass
  --project NAME   the local project
  --take SIDE      see above
  -h, --help       this help
Exit codes: 0 pushed, 1 failed or conflicts left undecided, 2 usage error.
`;

export const PULL_HELP = `Usage: punchlist pull postgres://USER@HOST/DB --project NAME --to LOCAL.sqlite

Copies project NAME of the team database, with its history, into LOCAL.sqlite (created when
missing; it must not have a project of that name) to triage offline. The copy remembers where it
came from and each finding's row version; \`punchlist push --db LOCAL.sqlite --to URL\` later sends
the edits made in it, listing conflicts with changes made on the server meanwhile.

Options:
  --project NAME   the team project (may be left out when the database has one project)
  --to PATH        the offline copy (a SQLite file)
  -h, --help       this help
`;

export const ASSIGN_HELP = `Usage: punchlist assign ID… NAME [--db PATH]
       punchlist assign ID… --me | --none [--db PATH]

Assigns findings (ids as punchlist list shows them, space- or comma-separated) to a person: a name
as you type it, or --me (on a team database: your database login; offline: the name set as "me" in
the app's SLA settings, else "cli"), or --none to unassign. Each change is in the findings' history
and can be undone in the app.
`;

export const DUE_HELP = `Usage: punchlist due ID… YYYY-MM-DD [--db PATH]
       punchlist due ID… --sla [--db PATH]

Sets the due date of findings by hand (it then stays, whatever their severity or the SLA), or with
--sla hands it back to the project's SLA (see punchlist sla).
`;

export const SLA_HELP = `Usage: punchlist sla [--critical N] [--high N] [--medium N] [--low N] [--info N]
                     [--clear SEVERITY] [--json] [--db PATH] [--project NAME]

The project's SLA: days to fix a finding, per severity. A finding is due N days after the day it was
first ingested (re-ingesting a newer version of its report keeps that day); a severity change moves
it at once; a due date set by hand (punchlist due) stays. A severity without days (none by default,
or --clear it, or --high none) gives no due date. Without options: prints the SLA.
`;
