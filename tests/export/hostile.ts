// A snapshot full of hostile text, as a malicious or broken report could produce.
import { finding, snapshot } from '../plan/make';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  jsLink: '[click me](javascript:alert(1))',
  formula: "=cmd|' /C calc'!A0",
};

export function hostileSnapshot() {
  const snap = snapshot(
    [
      finding(1, {
        title: HOSTILE.script,
        severity: 'critical',
        blocksDeployment: true,
        locations: [{ path: 'src/`x`<b>|.ts', startLine: 3 }],
        notes: 'line one\r\nline "two", with comma',
      }),
      finding(2, { title: HOSTILE.img, severity: 'high', ref: '<i>R-2</i>' }),
      finding(3, { title: HOSTILE.jsLink, severity: 'medium', locations: [{ path: 'javascript:alert(1)', startLine: 1 }] }),
      finding(4, { title: HOSTILE.formula, severity: 'low', phase: '+1+1', category: '@SUM(A1)' }),
      finding(5, { title: '-2+3', severity: 'info', status: 'wont_fix', statusReason: '\tTAB reason' }),
      finding(6, { title: '| a | b |\n# heading\n> quote ![img](http://x/y.png) <!-- c -->', severity: null, status: 'false_positive' }),
      finding(7, { title: 'Fixed & done', severity: 'high', status: 'fixed', ruleId: 'js/xss', reportId: 2 }),
    ],
    [[2, 1]],
  );
  snap.project.name = '<svg onload=alert(1)>';
  snap.checklists = [
    {
      id: 1,
      title: '</ul><script>x()</script>',
      gate: true,
      reportId: 1,
      items: [{ id: 1, text: '[x](javascript:evil) <iframe>', checked: false, findingIds: [1], manual: false }],
    },
  ];
  return snap;
}
