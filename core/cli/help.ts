export const TOP_HELP = `punchlist — triage audit findings from Markdown reports, SARIF and scanner JSON

Usage:
  punchlist parse FILE [--json]                 parse a report and print what was found (no database)
  punchlist ingest FILE|DIR… [--db PATH] [--project NAME]
                                                add reports to the database
  punchlist list [filters] [--json] [--db PATH] [--project NAME]
                                                list findings
  punchlist plan [FILE…] [--source generated|report] [--json] [--db PATH] [--project NAME]
                                                the fix-order plan, effort totals, deployment gate
  punchlist export --format md|csv|json|html|sarif [--out FILE] [--db PATH] [--project NAME]
                                                export a project
  punchlist import FILE.json [--db PATH]        re-import a JSON export as a new project
  punchlist COMMAND --help                      help for one command

The database is --db PATH, else $PUNCHLIST_DB, else punchlist.sqlite in the app's data folder.
Exit codes: 0 ok, 1 something failed, 2 usage error.
`;

export const PARSE_HELP = `Usage: punchlist parse FILE [--json] [--explain]

Parses one report (Markdown, SARIF or scanner JSON) and prints what was found. Touches no database.

Options:
  --json        print the ParsedReport as JSON (pretty-printed)
  --explain     Markdown: for each finding its source lines, record set, fields and why it was
                taken; then each candidate that came close and why it was rejected
  -h, --help    this help
`;

export const INGEST_HELP = `Usage: punchlist ingest FILE|DIR… [--db PATH] [--project NAME]

Adds reports to the database; a folder adds its report files (.md .markdown .txt .sarif .json,
recursively, hidden entries skipped).
A report whose bytes are already in the project is skipped ("already present").
Prints one line per file; exits 1 if any file failed.

Options:
  --db PATH         database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME    project to add to (created when missing; default: "Default")
  --json            print the results as JSON
  -h, --help        this help
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
  --limit N         at most N findings

Options:
  --json            print the findings as JSON
  --db PATH         database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME    project to list (default: "Default")
  -h, --help        this help
`;
