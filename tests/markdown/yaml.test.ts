// The YAML subset reports write in fenced blocks (core/ingest/markdown/yaml.ts): which blocks hold
// finding records, which hold counts, and which are not read at all. Expected values are the inputs'
// own words.
import { describe, expect, it } from 'vitest';
import { parseYaml, yamlCounts, yamlRecordMaps, yamlTitle, YamlMap } from '../../core/ingest/markdown/yaml';

const block = (value: string, lang: string | null = 'yaml') => ({ lang, value });

describe('YAML records in fenced blocks', () => {
  it('reads a list of mappings: scalars, comments, folded text and flow lists', () => {
    const v = parseYaml(['- id: Q-1', '  title: "Queue consumer drops poison messages"  # quoted', '  severity: high', '  after: [Q-0, Q-2]', '  notes: >', '    first line', '    second line', '', '- id: Q-2', '  title: Retry budget unbounded', '  state: open'].join('\n'));
    expect(Array.isArray(v)).toBe(true);
    const [a, b] = v as YamlMap[];
    expect(a.get('title')).toBe('Queue consumer drops poison messages');
    expect(a.get('after')).toEqual(['Q-0', 'Q-2']);
    expect(a.get('notes')).toBe('first line second line');
    expect([a.startLine, a.endLine, b.startLine]).toEqual([0, 6, 8]);
    expect(b.get('state')).toBe('open');
  });

  it('takes titled mappings with a finding field as records, under a list key too', () => {
    const maps = yamlRecordMaps(block(['findings:', '  - title: Token logged at debug level', '    status: open', '  - title: Nothing to see', '    owner: "@ana"'].join('\n'), null));
    expect(maps.map((m) => yamlTitle(m))).toEqual(['Token logged at debug level']);
  });

  it('leaves configuration, alert rules and other languages alone', () => {
    expect(yamlRecordMaps(block('replicas: 3\nimage: api:1.4\n'))).toEqual([]);
    // ("name" titles configuration, not findings)
    expect(yamlRecordMaps(block('- name: Ensure nginx is started\n  state: started\n'))).toEqual([]);
    expect(yamlRecordMaps(block('- alert: HighLatency\n  labels:\n    severity: page\n  annotations:\n    summary: p99 over 1s\n'))).toEqual([]);
    expect(yamlRecordMaps(block('title: Looks like YAML\nstatus: open\n', 'python'))).toEqual([]);
  });

  it('does not read what it cannot read whole', () => {
    expect(parseYaml('base: &b\n  a: 1\n')).toBeNull();
    expect(parseYaml('---\ntitle: x\n')).toBeNull();
    expect(parseYaml('def f(x):\n    return x\n')).toBeNull();
  });

  it('reads counts from a mapping of severities, and its total', () => {
    const isSev = (w: string) => ['critical', 'high', 'medium', 'low'].includes(w);
    expect(yamlCounts(block('summary:\n  findings: 6   # one withdrawn\n  high: 2\n  medium: 3\n  low: 1\n'), isSev)).toEqual({ words: [['high', 2], ['medium', 3], ['low', 1]], total: 6 });
    expect(yamlCounts(block('inventory:\n  rule_files: 9\n  groups: 23\n'), isSev)).toBeNull();
  });
});
