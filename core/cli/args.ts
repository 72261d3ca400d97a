import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors turned into a short usage message. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`${command}: ${msg.replace(/^Unknown option '([^']*)'.*$/, "unknown option '$1'")}`);
  }
}

/** Splits repeated and comma-separated values: --severity high,critical --severity low */
export function listOption(v: string | string[] | boolean | undefined): string[] {
  if (v === undefined || typeof v === 'boolean') return [];
  const all = Array.isArray(v) ? v : [v];
  return all.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}
