/** Help text for `pep-rules` and each of its commands. */
import { _SUMMARY_OVERDUE_ROWS } from '../reporters/cohortText';

/** The default `--max-record-mb` of `validate`, `grade` and `report` (MiB). */
export const _DEFAULT_MAX_RECORD_MB = 64;

const MAIN = `pep-rules: check Personal Education Plans (PEPs) for looked-after children

Usage: pep-rules <command> [options]

Commands:
  summary <file|->      A cohort on one screen: QA grades, PEP position, the most overdue PEPs
  validate <files…|->   Validate PEP records (JSON object, JSON array or NDJSON; streamed)
  grade <files…|->      Validate and grade PEP records against the QA grid (gold/green/amber/red)
  sdq [items…]          Score one SDQ (25 ticks on the command line) or SDQ records from stdin
  deadlines [pep.json]  The statutory and council schedule for one child
  schema pep|policy     Print the JSON Schema of a PEP or of a council policy
  policies              List the built-in council policy presets
  report <file|->       Cohort report for a virtual school head: HTML and/or JSON summary
  web --out <f.html>    Write the offline page: check PEPs and the SSDA903 roster in a browser

Options:
  -h, --help            Show help (also after any command: pep-rules grade --help)
  -V, --version         Show the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
Colour is used only when stdout is a terminal; NO_COLOR=1 or --no-color turns it off.
Documentation: docs/cli.md
`;

const CHECK_OPTIONS = `Options:
  --policy <preset|file>  Council policy: england (default), milton-keynes, barnet, halton, bolton,
                          or a JSON file of overrides on england (checked; a bad policy exits 2)
  --today <YYYY-MM-DD>    The date to judge deadlines on (default: this machine's local date)
  --calendar <file>       School calendar JSON (terms, half-terms, INSET days) for policies that
                          count school days; without it school days are counted as working days
  -f, --format <format>   text (default) | json | ndjson | junit | github | csv (every finding
                          one row: record, pep_id, child_id, code, severity, path, message, source)
  --fail-on <level>       error (default) | warning${'{GRADE}'}
  -v, --verbose           Also show info findings
  --color, --no-color     Force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  --max-record-mb <n>     Skip (and report) records larger than this many MiB (default ${_DEFAULT_MAX_RECORD_MB})
  --allow-empty           Exit 0 when no record is read at all (default: exit 2, "no records read")
  -j, --jobs <n>          Worker threads that check records, 1 to 64 (default: the cores available,
                          once 25,000 records or more are still to come; one thread below that);
                          the output is the same, in the same order, for any n
  --redact-ids <salt|@file>  Replace every PEP id and child id by a salted hash (h- and 16 hex
                          digits) in every format, for output that leaves the council; the salt
                          (8+ characters) is given here or as the first line of a file
  -h, --help              Show this help

Input: each file may be one JSON object (compact or pretty-printed), a JSON array of objects, or
NDJSON (one object per line); the layout is detected. A byte-order mark, CRLF line ends and blank
lines are accepted. Give - (or pipe with no file) to read stdin. Input is streamed: memory stays flat.
A record that cannot be read is reported with its file and line and the run goes on.

Records are identified by file, line and PEP id only: no names or other personal data are printed.

GitHub shows only the first 10 error, 10 warning and 10 notice annotations of a step (50 per job).
With --format github every annotation is still written to the log, and when a kind passes 10 a
notice and a last line give the full counts; use --format junit or json for every finding.

Exit codes: 0 clean, 1 a record at or above --fail-on (an unreadable record always is), 2 usage
error, an input that cannot be read, or no records read at all (unless --allow-empty).
`;

const VALIDATE = `Usage: pep-rules validate [options] <files…|->

Checks each PEP against the interchange schema and every rule in the registry.

${CHECK_OPTIONS.replace('{GRADE}', '')}
Examples:
  pep-rules validate examples/cohort.ndjson
  pep-rules validate --policy halton --today 2025-03-01 exports/*.json
  cat export.ndjson | pep-rules validate --format github -
`;

const GRADE = `Usage: pep-rules grade [options] <files…|->

Validates each PEP and grades it against the Halton-style QA grid: non-negotiables and criteria,
then gold, green, amber or red.

${CHECK_OPTIONS.replace('{GRADE}', ' | amber | red\n                          (amber: fail on amber, red or ungradeable PEPs; red: on red or ungradeable)')}
Examples:
  pep-rules grade examples/cohort.ndjson --today 2025-03-01
  pep-rules grade --fail-on red --format junit exports/cohort.ndjson > pep-report.xml
`;

const SDQ = `Usage: pep-rules sdq --informant <parent|teacher|self> [options] <25 items>
       pep-rules sdq [options] < sdqs.ndjson

Scores a Strengths and Difficulties Questionnaire: five scales, total difficulties, externalising,
internalising, impact, four-band and three-band categories with their source, and the concern flag.

Items: 25 ticks in questionnaire order, 0 (not true), 1 (somewhat true) or 2 (certainly true), as
separate arguments or one comma-separated argument; x, _ or null for an unanswered item.
With no items, SDQ records are read from stdin (or the files given with --input): JSON objects
{ informant, ageBand?, items, impact? }, as one object, a JSON array or NDJSON.

Options:
  --informant <who>        parent (carers use this form) | teacher | self
  --age-band <band>        4-17 (default) | 2-4
  --impact <name=value>    Impact supplement answers 0–3, e.g. --impact difficulties=2,distress=1
                           (difficulties, distress, homeLife, friendships, classroomLearning,
                           leisure, peerRelations); repeatable
  --policy <preset|file>   Council policy for the concern threshold (default england: 17)
  --input <file|->         Read SDQ records from a file instead of the command line; repeatable
  -f, --format <format>    text (default) | json | ndjson
  --color, --no-color      Force colour on or off
  -h, --help               Show this help

Exit codes: 0 scored, 1 an SDQ could not be scored, 2 usage or I/O error.

Examples:
  pep-rules sdq --informant teacher 0 1 2 0 1 0 2 1 0 0 1 2 0 1 0 2 1 0 1 0 2 1 0 1 0
  pep-rules sdq --informant parent --impact difficulties=2,distress=1,homeLife=2 0,1,2,x,1,0,2,1,0,0,1,2,0,1,0,2,1,0,1,0,2,1,0,1,0
  echo '{"informant":"self","items":[0,1,2,0,1,0,2,1,0,0,1,2,0,1,0,2,1,0,1,0,2,1,0,1,0]}' | pep-rules sdq --format json
`;

const DEADLINES = `Usage: pep-rules deadlines [options] [pep.json]

The schedule for one child: initial PEP, care reviews, termly PEPs, submission and distribution
after each meeting, reminders, SDQs due. Each item has its due date, its status against --today
and the rule (with source) it comes from.

The child's dates come from the options, or from a PEP file (the first record in it: child's date
of birth and date entered care, the meeting date, SDQs, suspensions, EHCP annual review). Options win
over the file.

Options:
  --entered-care <date>    Start of the current period of care (YYYY-MM-DD)
  --dob <date>             Date of birth (YYYY-MM-DD)
  --meeting <date>         A PEP meeting already held; repeatable
  --sdq <who:date>         An SDQ already completed, e.g. --sdq teacher:2024-11-20; repeatable
  --care-review <date>     A statutory care review already held; repeatable
  --placement-change <kind:date>  A school or care placement change, e.g. school:2025-02-03; repeatable
  --ehcp-review <date>     Date of the EHCP annual review
  --calendar <file>        School calendar JSON, for school-day timescales and term ends
  --today <YYYY-MM-DD>     The date to judge status on (default: this machine's local date)
  --policy <preset|file>   Council policy (default england)
  -f, --format <format>    text (default) | json
  --color, --no-color      Force colour on or off
  -h, --help               Show this help

Exit codes: 0 scheduled, 1 the input has errors (e.g. entered care before birth), 2 usage or I/O error.

Examples:
  pep-rules deadlines --entered-care 2025-01-06 --dob 2014-05-01 --today 2025-03-01 --policy halton
  pep-rules deadlines examples/peps/school-age-good.json --today 2025-03-01 --format json
`;

const SCHEMA = `Usage: pep-rules schema pep|policy

Prints the JSON Schema (draft 2020-12) of a PEP (interchange format v1) or of a council policy,
for systems that do not use TypeScript.

Examples:
  pep-rules schema pep > pep.schema.json
  pep-rules schema policy > policy.schema.json
`;

const SUMMARY = `Usage: pep-rules summary [options] <cohort file|->

A cohort of PEPs on one screen: the QA grade of each child's current PEP and their PEP position
(up to date, due soon, overdue), side by side, then the ${_SUMMARY_OVERDUE_ROWS} most overdue PEPs, and the commands
that give the full report (pep-rules report … --html …) and every finding (pep-rules grade …).
Children are listed by PEP and child id only. \`npm start\` in the repository runs it on the
bundled example cohort.

Options:
  --today <YYYY-MM-DD>    The date to judge on (default: this machine's local date)
  --policy <preset|file>  Council policy: england (default), milton-keynes, barnet, halton, bolton,
                          or a JSON file of overrides on england
  --calendar <file>       School calendar JSON for policies that count school days
  --allow-empty           Exit 0 when the input holds no records (default: exit 2)
  --max-record-mb <n>     Skip (and count) records larger than this many MiB (default ${_DEFAULT_MAX_RECORD_MB})
  --redact-ids <salt|@file>
                          Replace every PEP id and child id by a salted hash (h- and 16 hex digits)
  --color, --no-color     Force colour on or off
  -h, --help              Show this help

Exit codes: 0 summary printed, 1 a record could not be read as a PEP (it is counted as unreadable),
2 usage or I/O error, or no records read (unless --allow-empty).

Examples:
  pep-rules summary examples/cohort.ndjson --today 2025-06-30
  pep-rules summary exports/cohort.ndjson --policy halton --calendar halton-2024-25.json
`;

const POLICIES = `Usage: pep-rules policies [--format text|json]

Lists the built-in council policy presets with their id, name, version and source. Use a preset
with --policy <name>, e.g. --policy milton-keynes.

Options:
  -f, --format <format>    text (default) | json
  -h, --help               Show this help
`;

const REPORT = `Usage: pep-rules report <cohort file | -> --html <out.html> [--json <out.json | ->] [options]
       pep-rules report <cohort file | -> --roster <header.csv> <episodes.csv> --format csv [options]

Summarises a cohort of PEPs the way a virtual school head reports it: the proportion of children
with an up-to-date PEP, overdue and due-soon PEPs, QA grades, SMART ratings, SDQ bands and
concerns, attendance, PP+ per financial year, and the performance profile by year group, phase,
SEN status and in or out of area (groups under 5 children flagged). Input: NDJSON, a JSON array or
JSON documents, streamed. The HTML report is one self-contained file (no scripts, no network)
that prints on A4.

Options:
  --html <file>        Write the HTML report.
  --json <file | ->    Write the JSON summary (- for stdout).
  --roster <header.csv> <episodes.csv>
                       The council's SSDA903 header and episodes tables: every child in care on the
                       report date, not only those with a PEP (no PEP, overdue, initial PEP late,
                       placement change with no review, PEPs for children not on the roster).
  --match-on <key>     child-id (default: CHILD = the PEP's child id) | upn
  --short-breaks <x>   exclude (default: legal status V3/V4 only, not counted) | include
  -f, --format <fmt>   Also write to stdout: text (the cohort on one screen) | json (the summary) |
                       csv (children needing action: child_id, status, due_date, days_overdue,
                       latest_pep_date, reason_codes)
  --policy <preset | file.json>
                       Council policy: england (default), milton-keynes, barnet, halton, bolton,
                       or a JSON file of overrides on england.
  --today YYYY-MM-DD   Report date (default: today on this machine).
  --title <text>       Title of the HTML report.
  --include-names      Print child names in the overdue list (personal data: handle with care).
  --redact-ids <salt|@file>
                       Replace every PEP id and child id (and the roster's CHILD ids) by a salted
                       hash, so the report can leave the council; not with --include-names.
  --max-record-mb <n>  Skip records larger than this (default ${_DEFAULT_MAX_RECORD_MB}).
  -h, --help           This help.

Exit: 0 report written, 1 a record could not be read (it is counted in the report as unreadable),
2 usage or I/O error.
`;

const WEB = `Usage: pep-rules web --out <pep-check.html> [--today YYYY-MM-DD]

Writes one self-contained HTML page for virtual school officers: open it in a browser (it works
from a file, offline) to choose a PEP export and the SSDA903 header and episodes tables, pick a
council preset or load a policy file, and see the cohort report, the children needing action and
each PEP's grade and findings, with CSV and JSON downloads and a policy builder. The library is
bundled in; a Content-Security-Policy forbids every connection, so nothing leaves the computer.

Options:
  -o, --out <file>      The page to write.
  --today YYYY-MM-DD    The page's default report date (default: the date on the officer's computer
                        when the page is opened; the officer can change it in the page).
  -h, --help            This help.

Exit: 0 page written, 2 usage or I/O error.
Documentation: docs/web.md
`;

const HELP: Readonly<Record<string, string>> = Object.freeze({
  validate: VALIDATE,
  grade: GRADE,
  sdq: SDQ,
  deadlines: DEADLINES,
  schema: SCHEMA,
  policies: POLICIES,
  report: REPORT,
  summary: SUMMARY,
  web: WEB,
});

/**
 * Help text.
 * @param command - A command name, or `null` for the overview.
 * @returns The text, ending with a newline.
 */
export function _helpFor(command: string | null): string {
  return command === null ? MAIN : (HELP[command] ?? MAIN);
}

/** The command names. */
export const _COMMANDS: readonly string[] = Object.freeze(Object.keys(HELP));
