// File locations written in reports: "a.py:19-20", "a.py:131, 484", "`x.ts:4` vs `y.py`",
// "[a.py](a.py#L12-L20)", "# backend/app/x.py:62" comments in code blocks.
import type { Location } from '../../../shared/types';
import { asciiDigits } from './vocab';
import { allMatches } from './all-matches';

const EXT =
  'py|pyi|ts|tsx|js|jsx|mjs|cjs|json|jsonc|md|mdx|yml|yaml|toml|ini|cfg|conf|env|go|rs|java|kt|kts|scala|rb|php|cs|fs|vb|cpp|cc|cxx|c|h|hpp|hh|m|mm|swift|sql|sh|bash|zsh|ps1|bat|html|htm|css|scss|sass|less|vue|svelte|xml|gradle|lock|txt|proto|graphql|gql|tf|hcl|dockerfile|r|pl|lua|dart|ex|exs|erl|hs|clj|ipynb|csv|properties|sol|mod|sum|tpl|tmpl|j2|jinja|jinja2|ejs|hbs|erb|njk|twig|liquid|cshtml|razor|aspx|jsp|psm1|fish|nix|bzl|bazel|cmake|mk|ml|mli|elm|fsx|groovy|jl|zig|nim|vy|cairo|move|circom|rego|cue|jsonnet|libsonnet|tfvars|bicep|bicepparam|plist|pbxproj|entitlements|service|socket|timer|desktop|policy|pem|crt|key|sqlite|prisma|graphqls|avsc|thrift|smithy|pug|astro|mts|cts' +
  // research code: Stata do-files and ado-files, SAS, SPSS syntax, R Markdown, Quarto, Stan
  '|do|ado|sas|sps|rmd|qmd|stan' +
  // (Qt's QML and resource files, XAML, Apple's Interface Builder files, shader sources, Fortran and HDLs)
  '|qml|qrc|mjml|hbs|handlebars|ejs|njk|liquid|twig|jinja|j2|mustache|xaml|axaml|storyboard|xib|glsl|hlsl|wgsl|metal|f90|vhd|vhdl|sv' +
  // Convention: firmware and hardware reviews name the build's recipes and the board's fabrication files: Yocto
  // and BitBake recipes ("`recipes/ffmpeg/ffmpeg_6.1.bbappend:9`"), device trees, Gerber and drill files, KiCad
  // boards and schematics ("`gw2-main-F_Silkscreen.gbr`")
  '|bb|bbappend|bbclass|dts|dtsi|gbr|drl|kicad_pcb|kicad_sch' +
  // Convention: a supply-chain review names the binary artifacts checked into the tree, "`testdata/old-cli-win.exe`",
  // "`libs/legacy-client.jar`", "`vendor/sqlite3.dll`": an executable or package file is the finding's place
  '|exe|dll|jar|war|dylib|wasm|msi|apk|ipa|whl|nupkg' +
  // Convention: a data-migration or finance-systems review names the mapping workbooks kept in the migration's
  // tree beside its CSV cross-references, "`mapping/cost_centre_approvers.xlsx`", "`xref/gl_accounts.xlsm`": the
  // spreadsheet holding the wrong mapping is the finding's place
  '|xlsx|xlsm|xls|ods' +
  // Convention: a mobile or desktop app's bug names the string catalog holding the wrong copy, Apple's
  // "`en.lproj/Localizable.strings:112`" (and .stringsdict, .xcstrings) and .NET's "`Resources/Prompts.resx:58`"
  '|strings|stringsdict|xcstrings|resx' +
  // Convention: an iOS app's store-compliance or pre-submission bug names the privacy manifest and the build
  // settings files Xcode keeps beside the project, "`Unity-iPhone/PrivacyInfo.xcprivacy` does not declare …",
  // "`Config/Release.xcconfig:12`": the manifest or settings file to change is the finding's place
  '|xcprivacy|xcconfig' +
  // Convention: a PHP codebase review names PHPStan's or Larastan's settings, written in NEON, "`phpstan.neon:3`",
  // "`phpstan-baseline.neon`": the analyser's level or baseline to change is the finding's place
  '|neon';

/**
 * (and "`Rundung.kt`, Z. 21–40": German abbreviates Zeile to "Z." as English writes "l.")
 * (and "第 27 行", "第 18–35 行", "41행": a line, or a range written with the counter once, in Chinese,
 * Japanese and Korean)
 * A run of path characters, optionally followed by ":12", ":12-20" or "#L12-L20". Letters of any
 * script ("src/ünïcode/файл.ts"), and format characters, so that a path holding a bidi override
 * ("src/<U+202E>txt.exe") is kept whole and shown marked rather than cut short.
 */
// Convention: a review of a config tree names the same file in every folder by a wildcard folder,
// "`k8s/apps/*/serviceaccount.yaml`", "`charts/**/values.yaml`": a "*" or "**" that is a whole folder of the
// path, with a name after it, is part of the path (a wildcard that ends it, "`logs/*.old`", "`./drafts/**`",
// stays a pattern, not a place)
/**
 * The word for a file's line after its path, in the languages reports are written in, and its abbreviations: "line 12",
 * "l. 7", "Z. 21" (Zeile), "r. 40" (Finnish rivi), "linha 87", "líneas 40", "baris 57", "第 27 行" aside. One spelling
 * for every reader of the convention (PATH_TOKEN; mentions.ts, LINE_AFTER_CODE; draft.ts, lineOfLocations).
 */
// Convention: a table or prose gives a file's line after it in the report's own language or abbreviated, "`show.html.twig`
// l. 7" (French ligne), "`index.ts`, r. 40" (Finnish rivi), "`bom.csv`, linha 87": the line of that file
// (and "line" as Bengali, Hindi and Urdu write the English word: "`SendMoney.kt` লাইন 148", "`app.py` लाइन 40",
// "`config/app.php` لائن ۴۰")
// (Convention: a Swedish report's "Plats" field, "`config/session.php`, rad 170", "raden 48", "raderna 40–52": the line
// of that file, singular as plural, with or without the definite ending)
// (Convention: Welsh (Cymraeg) "`templates/ffurflen.html`, llinell 48", "llinellau 10–14": the line of that file)
export const LINE_WORD = String.raw`(?:lines?|l\.|ll\.|zeilen?|z\.|ligne?s?|l[ií]neas?|l[ií]ni(?:es|a)|regels?|linhas?|righe|riga|rivi(?:llä|t)?|r\.|rad(?:erna|er|en|e)?|linje[rn]?|řádek|řádky|wiersz[ea]?|sor(?:ok)?|linia|linii|satır|redak|retku|retka|linija|liniji|llinell(?:au)?|vrstica|vrstici|baris|rida|rea|dòng|γραμμ[ήέηε]ς?|লাইন|लाइन|لائن)`;
// (Convention: a Japanese or Korean diagnosis report's 該当箇所 (affected place) cell gives the line in brackets
// after the file, "`OrderSearchRepository.java`（88行目）", "`app.yml` (23행)": full-width or not, the bracket
// holds the line of that file, as "88行目" after it does)
// Convention: a file named with the copy it is in, in brackets before its line, "`.env` (staging), line 4", "`nginx.conf`
// (web02), γραμμή 40": the environment or host says which copy, the line is of that file
// Convention: a review's "Files" field gives the lines in brackets after the path in GitHub's anchor form,
// "tidy/load/writer.py (L88–L121)", "config.yaml (L12)": the lines of that file, as "path L12" is
const PATH_TOKEN = new RegExp(
  String.raw`(?:[\p{L}\p{N}\p{M}\p{Cf}_@.+~/\\-]|\[[\w.-]+\](?=[\w@.+~/\\-])|\([\w.-]+\)(?=\/)|(?<=\/)\{[\w.-]+\}(?=\/|[^\p{L}\p{N}]|$)|(?<=[\w.-]\/)\*\*?(?=\/[\p{L}\p{N}_.-])|(?<=[\w.-]\/)\*(?=\.[\p{L}\p{N}]))+(?::\s?(\d+)(?::(\d+))?(?:\s*[-–~]\s*(\d+))?|#L(\d+)(?:C\d+)?(?:-L?(\d+))?|\((\d+)(?:,\s*(\d+))?\)|(?:,|\s)\s*(?:\((?=[^()\n]*\p{L})(?![^()\n]*\s\d)[^()\n]{1,40}\),?\s*)?\(?(?:(?:at|on|in|auf|en|op|na|around|near)\s+)?${LINE_WORD}\s+(\d+)(?:\s*(?:[-–—]|to|bis|à|a|đến|[έε]ως)\s*(\d+))?\)?|\s+\(?L(\d+)(?:\s*[-–]\s*L?(\d+))?\)?(?!\w|\.\w)|,?\s*[(（]?\s*(?:第\s*)?(\d+)(?=\s*(?:행|行)|\s*[-–~]\s*\d+\s*(?:행|行))\s*(?:행|行目?)?(?:\s*[-–~]\s*(\d+)\s*(?:행|行目?))?[)）]?)?`,
  'giu',
);
/**
 * "\\\\server\\share$\\dir\\file.ps1", and its line after it: a file on a Windows share; "D:\\Projects\\Scripts\\x.vbs,
 * lines 12–14": one on a drive, whose folders may hold spaces ("C:\\Program Files (x86)\\…")
 */
const UNC_PATH = new RegExp(String.raw`((?:\\\\[\w.-]+|(?<![\w\\])[A-Za-z]:(?=\\[\w.$@~{}()-]))(?:\\[\w.$@~{}()-]+(?: [\w.$@~{}()-]+)*(?=\\))*\\[\w.$@~{}-]+\.[A-Za-z]\w{0,9})(?![\w\\])\x60?(?:(?::(\d{1,6})|,?\s+${LINE_WORD}\s+(\d{1,6}))(?:\s*[-–]\s*(\d{1,6}))?)?`, 'gu');
/** "`dir/Some Name.ext:12`": a code span holding a directory and a file name with a space in it */
const SPACED_PATH_SPAN = /`((?:[\w.@~-]+\/)+[\w.@()-]+(?: [\w.@()-]+)+\.\w{1,10})(?::(\d+)(?:-(\d+))?)?`/g;
/** a spreadsheet workbook's name, "risks.xlsx" (EXT) */
const SHEET_FILE = /\.(?:xlsx|xlsm|xls|ods)$/i;
const HAS_EXT = new RegExp(String.raw`\.(?:${EXT})$`, 'i');
/**
 * well-known files without an extension (and the firmware's build configuration, ESP-IDF's
 * "`sdkconfig.production:311`" and the kernel's Kconfig and Kbuild, with their variants after a dot)
 */
const BARE_FILES = /^(Dockerfile|Containerfile|Makefile|GNUmakefile|Jenkinsfile|Vagrantfile|Gemfile|Rakefile|Procfile|Brewfile|Podfile|Fastfile|Caddyfile|Justfile|CODEOWNERS|LICENSE|\.env(?:\.\w+)?|\.gitignore|\.dockerignore|\.npmrc|\.htaccess|sdkconfig(?:\.[\w-]+)?|Kconfig(?:\.[\w-]+)?|Kbuild)$/;
/**
 * ("`requirements.in:3`", "MANIFEST.in", "config.h.in"): input files of pip-tools, setuptools and autotools, which
 * end in ".in" (no extension alone: "acme.in" is a domain)
 */
const IN_FILES = /^(?:(?:requirements|constraints)(?:[-_.][\w-]+)?|MANIFEST|Makefile|configure|[\w-]+\.(?:h|c|py|cfg|txt|json|toml|conf|xml|ya?ml|sh|spec|pc|service))\.in$/;
const NOT_FILES = /^(node|next|vue|react|nuxt|express|three|chart|d3|ember|backbone|angular|deno|bun|solid|alpine)\.js$/i;

/**
 * A line marker of a file named elsewhere (its heading): "L42", "L88–104", "Line 31", "Lines 40-52"; the first
 * line and the last. One spelling for every reader of the convention (lead.ts, BOLD_ANCHOR; classify.ts, lineMarker).
 */
export const LINE_REF = String.raw`(?:L|Lines?[ \t]+)(\d{1,6})(?:[ \t]*[-–][ \t]*L?(\d{1,6}))?`;

/** the top directories of a Unix system's tree: a path under one is a file, never a web route */
const SYSTEM_PATH = /^\/(?:etc|var|usr|opt|srv|home|root|proc|sys|lib|lib64|bin|sbin|boot|dev|run|mnt|tmp)\/[\w.@+-]/;

const LOOKS_LIKE_PATH_RE = /^[\p{L}\p{N}\p{M}\p{Cf}_@.+~-]+$/u;
/**
 * Convention: a cluster review names the objects it found as kubectl does, kind then namespace then name,
 * "`ServiceAccount/argocd/ci-deployer`", "`DaemonSet/logging/fluent-bit`", "`ClusterRoleBinding/ci-admin`": a
 * Kubernetes object, not a file of the repository (the kind is written in its own capitals, which no folder is)
 */
const KUBE_OBJECT = /^(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Service|ServiceAccount|ConfigMap|Secret|Role|RoleBinding|ClusterRole|ClusterRoleBinding|Ingress|IngressClass|NetworkPolicy|PersistentVolume|PersistentVolumeClaim|StorageClass|Namespace|Node|HorizontalPodAutoscaler|PodDisruptionBudget|PodSecurityPolicy|LimitRange|ResourceQuota|CustomResourceDefinition|MutatingWebhookConfiguration|ValidatingWebhookConfiguration|Endpoints|EndpointSlice|Gateway|HTTPRoute|ExternalSecret|SecretStore|ClusterSecretStore|Certificate|ClusterIssuer|Issuer|Application|AppProject)\/[a-z0-9][a-z0-9.-]*(?:\/[a-z0-9][a-z0-9.-]*)?$/;
/**
 * Convention: an API review names the place in an OpenAPI or AsyncAPI document as Spectral and oasdiff print it,
 * top-level key then a dotted path, "`paths./v1/orders/{id}.patch`", "`channels./orders/placed.publish`": an
 * address inside the spec, not a file (the file and line it gives beside it, "`openapi.yaml:88`", is the place)
 */
const SPEC_POINTER = /^(?:paths|webhooks|channels)\.\//;
// Convention: an inspection or audit gives each defect its target date, "Target: 17/03/2025", "rectify by
// 07.03.2025", "Due: 2025-03-31" (dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd): a date, never a file's place
const DATE_TOKEN = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
function looksLikePath(p: string, loose = false): boolean {
  if (!p || p.length > 300 || DATE_TOKEN.test(p)) return false;
  if (KUBE_OBJECT.test(p) && !HAS_EXT.test(p)) return false;
  if (SPEC_POINTER.test(p)) return false;
  // Windows paths ("src\\app\\x.cs"): judged like their forward-slash form
  // ("\r\n" in code is an escape, not a path: every segment has two characters or more)
  if (p.includes('\\') && !p.includes('/') && /^[\w.-]/.test(p)) return p.split('\\').every((seg) => seg.length >= 2) && looksLikePath(p.replace(/^[A-Za-z]:\\/, '').replace(/\\/g, '/'), loose);
  const slash = p.lastIndexOf('/');
  if (BARE_FILES.test(slash >= 0 ? p.slice(slash + 1) : p)) return true;
  if (p.endsWith('.in') && IN_FILES.test(slash >= 0 ? p.slice(slash + 1) : p)) return true;
  // (a word with neither a slash nor a dot is no path: every test below then fails; most tokens are such words)
  if (slash < 0 && !p.includes('.')) return false;
  if (/^https?:|^www\./i.test(p)) return false;
  // Convention: a chat or code host's handle, "rotation: @nadia.r", "owner @tom.becker": a person, not a file
  // (a scoped package, "@babel/core", has a slash)
  if (p.charCodeAt(0) === 64 && slash < 0) return false;
  // "/etc/profile", "/var/lib/pgsql/15/data/pg_hba.conf": a file of the system's own tree, not a route
  if (SYSTEM_PATH.test(p)) return true;
  if (/^\d/.test(p) && !p.includes('/')) return false;
  if (NOT_FILES.test(p)) return false;
  const hasExt = HAS_EXT.test(p);
  if (p.includes('/')) {
    // "/api/v1/x" style routes have no extension and start with a slash: not a file.
    if (!hasExt && !p.endsWith('/') && p.startsWith('/')) return false;
    // "/control/" is a route as often as a directory; "/backend/app/tests/" is a directory
    if (!hasExt && p.startsWith('/') && p.split('/').filter(Boolean).length < 3) return false;
    if (!hasExt && !p.endsWith('/') && p.split('/').length < 2) return false;
    // "ansible/roles/agent/files/id_ed25519" named as a File/Location: a file without an extension
    if (!hasExt && !p.endsWith('/')) {
      // ("Where: `enclosure/terminal_cover_v3.step`", "`docs/quickstart_card_v2.pdf`": a file of any kind named
      // as the location, in a repository folder)
      if (loose && !p.startsWith('/') && /^[\w.-]+\.[A-Za-z][A-Za-z0-9]{1,11}$/.test(p.split('/').pop() ?? '')) return true;
      return loose && !p.startsWith('/') && p.split('/').length >= 3 && /^[\w.-]+$/.test(p.split('/').pop() ?? '');
    }
    return /[A-Za-z]/.test(p);
  }
  // (a workbook named alone, "Ledgerly_Risk_Register_FY25Q2.xlsx", is the report's own file or an attachment: a
  // mapping workbook is a place only in the migration's folders, EXT)
  return hasExt && LOOKS_LIKE_PATH_RE.test(p) && !/^\.\w+$/.test(p) && !SHEET_FILE.test(p);
}

/**
 * A code host's link to a file: GitHub / Gitea ".../blob/<ref>/path#L61-L64", GitLab
 * ".../-/blob/<ref>/path#L61-64", Bitbucket ".../src/<ref>/path#lines-61:64". The path inside the
 * repository and the first line.
 */
const PERMALINK = /https?:\/\/[^\s()<>]+?\/(?:-\/)?(?:blob|src)\/[^/\s()#]+\/([^\s()#?<>]+)(?:\?[^\s()#<>]*)?(?:#L(\d+)(?:C\d+)?(?:-L?(\d+))?|#lines-(\d+)(?::(\d+))?)?/gi;

export function permalinkLocations(text: string): Location[] {
  const out: Location[] = [];
  if (!text.includes('/blob/') && !text.includes('/src/')) return out;
  PERMALINK.lastIndex = 0;
  for (const m of allMatches(text.slice(0, 4000), PERMALINK)) {
    const path = decodeURIComponent(m[1]).replace(/[.,;:]+$/, '');
    if (!looksLikePath(path, true) && !path.includes('/')) continue;
    const start = m[2] ?? m[4];
    const end = m[3] ?? m[5] ?? start;
    out.push({ path, startLine: start ? Number(start) : null, endLine: end ? Number(end) : null });
  }
  return out;
}

/** "GET /api/v1/x?y=", "`POST /login`": an HTTP method and the route it is sent to */
const ROUTE = /(?:^|[\s`(])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\/[\w{}*.:~@%+-]*(?:\/[\w{}*.:~@%+-]*)*)/;
/**
 * a route written alone: at least two segments, or one ending in a slash or wildcard (and its methods in
 * brackets after it, "/saml/acs (POST)", "/v1/users/me (GET, PATCH)")
 */
const ROUTE_ALONE = /^(\/[\w{}*.~@%+-]+(?:\/[\w{}*.~@%+-]*)+)(?:\?\S*)?(?:\s*\((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?:\s*[,/|]\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS))*\))?$/;
/**
 * Convention: a web finding's endpoint field opening with its route in code, "| Location | `/graphql` |",
 * "Endpoint: `/v1/users/me` → rendered at `/org-chart`", "Affected URL: `/saml/acs` (POST)": the route is the
 * finding's place, one segment or more, whatever note follows it (the code span says it is a name, not a word)
 */
/** a field's value opening on a URL with a path, its method before it or not: "`https://host/api/v2/x?y=1`" */
const URL_FIELD = /^\s*`?(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+)?https?:\/\/[\w.-]+(?::\d{1,5})?(\/[\w{}*.~@%+-]+(?:\/[\w{}*.~@%+-]*)*)/i;
const ROUTE_SPAN_FIRST = /^\s*`(\/[\w{}*.~@%+-]+(?:\/[\w{}*.~@%+-]*)*)(?:\?[^`\s]*)?`(?=\s|$|[,;.])/;

/**
 * "`com.acme.pay.TokenStore#persist`", "`de.x.app.TransferViewModel`, Zeile 214": a qualified class name (two
 * lower-case packages or more, then the class in capitals), its method, and a line after a comma or colon
 */
const CLASS_FIRST = /^\s*`?((?:[a-z][a-z0-9_]*\.){2,}[A-Z][A-Za-z0-9_$]*(?:#[a-z_$][\w$]*(?:\(\))?)?)`?(?![\w.])(?:(?::|,?\s*(?:[Ll]ine|[Zz]eile|[Ll]igne|[Ll]ínea|[Ll]inea|[Rr]egel|[Rr]iga|L)\s*)(\d{1,6}))?/;

/** A web route ("/v2/shipments/{id}"), not a file: from the root, no extension, no line. */
export function isRoute(l: Location): boolean {
  return l.path.startsWith('/') && l.startLine == null && (!HAS_EXT.test(l.path) || API_FORMAT_ROUTE.test(l.path)) && !l.path.endsWith('/') && !SYSTEM_PATH.test(l.path);
}

/** "/v3/reports/jobs.csv", "/api/users.json": an API's route that names the format it answers in, not a file */
// Convention: a web app's well-known documents served from the site's root, "`/openapi.json` exposed in
// production", "/swagger.json", "/robots.txt", "/sitemap.xml": a route the app answers on, not a file of the code
const API_FORMAT_ROUTE = /^\/(?:(?:api|v\d{1,2})\/[^.]*\.(?:json|csv|xml|pdf|xlsx|txt)|(?:openapi|swagger|api-docs|robots|sitemap|crossdomain|clientaccesspolicy|security|humans|ads|app-ads)\.(?:json|ya?ml|txt|xml))$/i;

/** Whether the locations name a place in the code (a file), not only an endpoint. */
export function inCode(locations: Location[]): boolean {
  return locations.some((l) => !isRoute(l));
}

/** Cloud resource names (AWS ARNs) are where a posture finding lives, as a file is for code. */
const ARN = /\barn:[\w-]+:[\w-]+:[\w-]*:\d*:[^\s`'"),;]+/g;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

const PARSE_LOCATIONS_RE = /(?<=[\w.)\]/-])(?=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
const PARSE_LOCATIONS_RE2 = /,?\s*\(?(?:(?:at|on|in|auf|en|op|na)\s+)?[\p{L}.]+\s+\d/u;
/** a Markdown escape of punctuation inside a path, "session\_config.py" */
const PATH_ESCAPE_RE = /\\([_*#+.-])/g;
const FIELD_DIR_SPAN = /^`((?:[a-z_][\w.-]+\/){1,2}[a-z_][\w.-]+\/?)`$/;
/**
 * Convention: a location column or field whose whole value is one folder of a monorepo in a code span, "| SR-05 | … |
 * `apps/admin` |", "Component: `services/billing`": the package the finding is about is its place (two names with no
 * extension are no file, but set alone as a location's value they name where to look). Only for a value already
 * known to be a location (its Markdown, code span and all): a list item "- `crates/ledger`" over a group of
 * findings is a heading, not a place.
 */
export function folderSpan(md: string): Location | null {
  const dir = md.length < 120 && md.includes('`') ? FIELD_DIR_SPAN.exec(md.trim()) : null;
  return dir ? { path: dir[1], startLine: null, endLine: null } : null;
}
/** Every location in a short text (a fact value, a heading, a list item). */
export function parseLocations(text: string, loose = false): Location[] {
  const out: Location[] = permalinkLocations(text);
  if (text && text.includes('arn:')) {
    for (const m of allMatches(text.slice(0, 4000), ARN)) out.push({ path: m[0], startLine: null, endLine: null });
    if (out.length) text = text.replace(ARN, ' ');
  }
  if (!text) return out;
  if (out.length) text = text.replace(PERMALINK, ' ');
  // Convention: a line written in the report's own digits, "`config/app.php` لائن ۴۰" (Urdu), "लाइन ४०": read as
  // the ASCII digits they are (vocab's asciiDigits, a no-op on text without them)
  text = asciiDigits(text);
  let endpoint: Location | null = null;
  // a web finding's place is its endpoint (after any file the text names: the code is the better place): "GET /api/v1/prenotazioni/{id}/referto" (query dropped), or a
  // route alone as a field's whole value ("Resource: `/admin/api/*`")
  if (loose) {
    let route = ROUTE.exec(text) ?? ROUTE_ALONE.exec(text.replace(/`/g, '').trim());
    if (!route && text.charCodeAt(text.search(/\S/)) === 96) {
      const first = ROUTE_SPAN_FIRST.exec(text);
      if (first && isRoute({ path: first[1], startLine: null, endLine: null })) route = first;
    }
    // Convention: a web pentest's location field gives the whole URL, "| Affected URL | `https://api.example.ro/api/v2/
    // quote` |", "**URL afectat:** `https://portal.example/robots.txt`": the host is the target, the path the place
    if (!route && !out.length) route = URL_FIELD.exec(text);
    if (route) {
      endpoint = { path: route[1], startLine: null, endLine: null };
      text = text.replace(route[1], ' ');
    }
  }
  // Convention: a location field naming a Java or Kotlin class by its qualified name, with its method after "#"
  // as Javadoc writes it, and its line ("Location: `com.acme.pay.TokenStore#persist`", "Fundstelle:
  // `de.x.app.TransferViewModel`, Zeile 214"): the class is the place in the code (a mobile or JVM
  // finding's source is known by its class, not its file); a file the field names too comes first ("Location:
  // `com.acme.auth.TokenStore`, file `shared_prefs/session.xml`": the file is the more precise place)
  let cls: Location | null = null;
  if (loose && out.length === 0 && !endpoint && text.includes('.')) {
    const c = CLASS_FIRST.exec(text);
    if (c) {
      cls = { path: c[1], startLine: c[2] ? Number(c[2]) : null, endLine: c[2] ? Number(c[2]) : null };
      text = text.slice(c[0].length);
    }
  }
  // Convention: a Windows estate's review names a file on a share by its UNC path, "`\\mlw-fs02\it$\scripts\map_drives.ps1`
  // line 14", "\\corp.local\SYSVOL\…\{GUID}\…\Groups.xml": server, share ("it$" a hidden one) and folders are the path
  // (Convention: and on a drive, as OT and Windows host assessments name a project's script, "project file
  // `D:\Projects\WTP_Main\Scripts\ReportExport.vbs`, lines 12–14": drive, folders and file are the path)
  if (text.includes('\\\\') || text.includes(':\\')) {
    text = text.replace(UNC_PATH, (all, path: string, a?: string, b?: string, c?: string) => {
      // (a drive and its folders make a file of any extension, "…\ReportExport.vbs", "…\web.config")
      if ((!HAS_EXT.test(path) && path.charCodeAt(0) === 92) || out.length >= 20) return all;
      const line = a ?? b;
      out.push({ path, startLine: line ? Number(line) : null, endLine: line ? Number(c ?? line) : null });
      return ' ';
    });
  }
  // Convention: a file whose name holds spaces, set whole in a code span with its directory ("`force-app/main/
  // default/profiles/Partner Profile.profile-meta.xml:212`", as Salesforce metadata and desktop documents are
  // named): the span is the path, spaces and all
  if (text.includes('`') && text.includes(' ')) {
    text = text.replace(SPACED_PATH_SPAN, (all, path: string, a?: string, b?: string) => {
      if (!HAS_EXT.test(path) || out.length >= 20) return all;
      out.push({ path, startLine: a ? Number(a) : null, endLine: b ? Number(b) : a ? Number(a) : null });
      return ' ';
    });
  }
  // "`src/a.ts` (lines 28-49)", "`a.ts`:40": a code span does not end the location
  let s = (text.length > 4000 ? text.slice(0, 4000) : text).replace(/`/g, '');
  // ("`/etc/profile`에", "41행에": a Korean or Japanese word written against a path or a number is no
  // part of it)
  if (CJK.test(s)) s = s.replace(PARSE_LOCATIONS_RE, ' ');
  PATH_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  // (a token is a path only with a dot, a slash or a backslash in it, or as one of BARE_FILES, each of which
  // holds "file", "CODEOWNERS" or "LICENSE" when it has no dot: a text with none of these has no path to find)
  const mayHold = /[./\\]|file|CODEOWNERS|LICENSE/.test(s);
  while (mayHold && (m = PATH_TOKEN.exec(s)) !== null) {
    if (m[0].startsWith('//') || s.charAt(m.index - 1) === ':') continue; // URLs ("https://…")
    // ("`./drafts/**` matches nothing", "files matching `logs/*.old`": a directory before a wildcard is a glob,
    // a pattern the text speaks of, not a place)
    if (m[0].endsWith('/') && s.charAt(m.index + m[0].length) === '*') continue;
    const cut = m[1] || m[4] || m[6] ? m[0].search(/:\s?\d|#L\d|\(\d/) : m[8] ? m[0].search(PARSE_LOCATIONS_RE2) : m[10] ? m[0].search(/\s+\(?L\d/) : m[12] ? m[0].search(/,?\s*[(（]?\s*(?:第\s*)?\d+\s*(?:[-–~]\s*\d+\s*)?(?:행|行)/) : -1;
    let path = cut >= 0 ? m[0].slice(0, cut) : m[0];
    // (the copy named in brackets between the file and its line, "`.env` (staging), line 4": no part of the path)
    if (m[8] && path.includes(' (')) path = path.slice(0, path.indexOf(' ('));
    // (only a path ending in one of these has any to strip)
    const lastChar = path.charCodeAt(path.length - 1);
    if (lastChar === 46 || lastChar === 44 || lastChar === 59 || lastChar === 58 || lastChar === 45) path = path.replace(/[.,;:-]+$/, '');
    // Convention: Markdown exported from Google Docs escapes the punctuation of a path written outside a code span,
    // "app/web/session\_config.py", "infra/k8s\-prod/values.yaml": in a path with forward slashes a backslash
    // is no separator, and one before punctuation is an escape, read as the character it stands for
    if (path.includes('\\') && path.includes('/')) path = path.replace(PATH_ESCAPE_RE, '$1');
    // Convention: a location field naming every file of a kind in one folder, "Where: `proto/acme/*.proto`",
    // "Location: `db/migrations/*.sql`": the folder's files are the place (a field says it is one); in prose
    // ("Upload `out/*.yaml`") a wildcard file name stays a pattern
    if (!loose && path.includes('/*.')) continue;
    if (!looksLikePath(path, loose)) continue;
    const start = m[1] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? m[12];
    // ("ghcr.io/acme/app:3.0.0-beta.3": an image and its version tag, no file and line)
    if (start && /^\.\d/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const end = m[3] ?? m[5] ?? m[9] ?? m[11] ?? m[13];
    const col = m[2] ?? m[7];
    const loc: Location = { path, startLine: start ? Number(start) : null, endLine: end ? Number(end) : start ? Number(start) : null };
    if (col) loc.startColumn = Number(col);
    out.push(loc);
  }
  if (endpoint && !out.some((l) => l.path === endpoint!.path)) out.push(endpoint);
  if (cls) out.push(cls);
  return out;
}

const COMMENT_LINES_AFTER = /^\s*[,:(]?\s*(?:lines?|L)\s?(\d{1,6})(?:\s*[-–]\s*L?(\d{1,6}))?(?![\w./])/i;
/** Locations named by comment lines in a code block ("# path/to/x.py:62", "// src/a.ts:10-20"). */
const STACK_FRAME = /^\s*#\d{1,3}\s+\S.*?[\s(]((?:[\w.$-]+[/\\])*[\w$-]+\.[A-Za-z]{1,5}:\d{1,6})(?::\d+)?\)?\s*$/;
const JVM_FRAME = /^\s*at\s+[\w$.<>/-]+\(([\w$-]+\.(?:kt|kts|java|scala|groovy|clj):\d{1,6})\)\s*$/;
/**
 * Convention: a scanner's text output pasted as-is, each issue's place on a field line of its own, Snyk Code's
 * "   Path: services/api/src/db.ts, line 147", Bandit's "   Location: ./app/config.py:12:4": the file and
 * line. The field's name is capitalised as the tools print it, and only a place with its line is taken (a config's
 * "path: /healthz" or "file: x.txt" in quoted YAML is none)
 */
const SCANNER_PLACE_FIELD = /^\s*(?:Path|Location|File)\s*:\s+(\S.*?)\s*$/;
export function codeCommentLocations(code: string): Location[] {
  const out: Location[] = [];
  if (!code) return out;
  const lines = code.length > 20000 ? code.slice(0, 20000).split('\n') : code.split('\n');
  let framed = false;
  for (const [i, line] of lines.entries()) {
    // Convention: a native crash's callstack quoted as frames, "#0  Mgr::Flush()   SaveSlotManager.cpp:418" or gdb's
    // "#0  0x… in flush () at save.c:418": the top frame that names its file and line is where it crashed (the
    // frames below are its callers, and the "#" is no comment)
    // (Convention: a JVM exception's trace, "at com.acme.cart.Coupon.apply(Coupon.kt:88)", as Android and Java bug
    // reports paste it from Crashlytics or logcat: the top frame naming its file and line is where it threw)
    const frame = STACK_FRAME.exec(line) ?? (line.includes('at ') ? JVM_FRAME.exec(line) : null);
    if (frame) {
      if (!framed) {
        const locs = parseLocations(frame[1]);
        if (locs.length && locs[0].startLine != null) {
          out.push(locs[0]);
          framed = true;
        }
      }
      continue;
    }
    const field = line.length <= 400 ? SCANNER_PLACE_FIELD.exec(line) : null;
    if (field) {
      const at = parseLocations(field[1], true);
      if (at.length && at[0].startLine != null) out.push(at[0]);
      continue;
    }
    const m = /^\s*(?:#|\/\/|--|\/\*|;|<!--)\s*(?:file:\s*|in\s+)?(\S+)/i.exec(line);
    if (!m) continue;
    const locs = parseLocations(m[1]);
    if (!locs.length) continue;
    // Convention: the comment naming the excerpt's file gives its lines in words after it, "// src/auth/cb.ts, lines
    // 58-66", "# deploy/values.yaml (line 12)", as reviews head a quoted excerpt: those are the excerpt's lines
    if (locs[0].startLine == null) {
      const said = COMMENT_LINES_AFTER.exec(line.slice(m.index + m[0].length));
      if (said) {
        locs[0].startLine = Number(said[1]);
        locs[0].endLine = Number(said[2] ?? said[1]);
      }
    }
    // Convention: an excerpt quoted with the file's own line numbers down its left edge, under a comment naming the
    // file ("# infra/gke/pools.tf" then "23  node_config {", "24    oauth_scopes = …"): the first number is where the
    // excerpt starts in that file, the last where it ends
    if (locs[0].startLine == null) {
      const span = numberedSpan(lines, i + 1) ?? markedLine(lines, i + 1);
      if (span) {
        locs[0].startLine = span[0];
        locs[0].endLine = span[1];
      }
    }
    out.push(locs[0]);
  }
  return out;
}

// (a comment at the end of a code line, or on its own line, that gives the line's number: "…   # line 38 — no charset",
// "// L112: throws here", "<!-- line 9 -->")
const MARKED_LINE = /(?:#|\/\/|--|\/\*|;|<!--)\s*(?:←\s*|<-+\s*|see\s+)?(?:line\s+|L)(\d{1,6})(?![\w./]|:\d)/i;
const FILE_COMMENT = /^\s*(?:#|\/\/|--|\/\*|;|<!--)\s*(?:file:\s*)?[\w.@~-]*\/[\w./@~-]*\.\w+\s*(?:-->|\*\/)?\s*$/;
/**
 * Convention: an excerpt under a comment naming its file, one line of it marked by a comment with that line's number
 * in the file ("# infra/dms/endpoints.tf" over "…  extra_connection_attributes = \"…\"   # line 38 — no charset"): the
 * marked line is where the finding is. Only one mark, up to the next file's comment; two or more say nothing.
 */
function markedLine(lines: string[], from: number): [number, number] | null {
  let found: number | null = null;
  for (let j = from; j < lines.length && j < from + 200; j++) {
    if (FILE_COMMENT.test(lines[j])) break;
    const m = lines[j].length <= 400 && (lines[j].includes('line') || lines[j].includes('Line') || lines[j].includes('L')) ? MARKED_LINE.exec(lines[j]) : null;
    if (!m) continue;
    if (found !== null) return null;
    found = Number(m[1]);
  }
  return found !== null ? [found, found] : null;
}

const NUMBERED_LINE = /^\s{0,3}(\d{1,6})(?:\s{1,8}|\s*[|│:]\s?)\S/;
// (a comment whose text opens with an arrow back at its line: "// <-- here", "# ← leaks the token", "/* <== */")
const ARROW_MARK = /(?:\/\/|#|--|\/\*|;|<!--)\s*(?:<-+|<=+|←|⬅)/;
/**
 * The first and last numbers of at least two lines numbered one after the other from `from`, or null.
 * Convention: such an excerpt with one line marked by an arrow in a comment, "27    await AsyncStorage.setItem(…);
 * // <-- here", as reviewers point at the line they mean: the marked line alone is where the finding is.
 */
function numberedSpan(lines: string[], from: number): [number, number] | null {
  let first = -1;
  let last = -1;
  let marked = -1;
  let marks = 0;
  for (let j = from; j < lines.length && j < from + 400; j++) {
    const n = NUMBERED_LINE.exec(lines[j]);
    if (!n || (last >= 0 && Number(n[1]) !== last + 1)) break;
    last = Number(n[1]);
    if (first < 0) first = last;
    if ((lines[j].includes('<') || lines[j].includes('←') || lines[j].includes('⬅')) && ARROW_MARK.test(lines[j])) {
      marked = last;
      marks++;
    }
  }
  if (first < 0 || last <= first) return null;
  return marks === 1 ? [marked, marked] : [first, last];
}

const MAX_LOCATIONS = 100;

/** Appends locations, merging a repeated path (a later mention can add the line it lacked). */
export function addLocations(into: Location[], more: Location[]): void {
  for (const l of more) {
    if (into.length >= MAX_LOCATIONS) return;
    const same = into.find((x) => x.path === l.path);
    const short = same ? undefined : into.find((x) => l.path.endsWith('/' + x.path.replace(/^\.?\//, '')));
    if (short) {
      // "scheduler.ts:500" in a heading, "src/x/scheduler.ts:300-503" in the facts: keep the full statement
      short.path = l.path;
      if (l.startLine != null) {
        short.startLine = l.startLine;
        short.endLine = l.endLine;
      }
      continue;
    }
    if (into.some((x) => x.path.endsWith('/' + l.path.replace(/^\.?\//, '')))) continue;
    if (same) {
      if (same.startLine == null && l.startLine != null) {
        same.startLine = l.startLine;
        same.endLine = l.endLine;
      }
      continue;
    }
    into.push({ ...l });
  }
}
