import FIXES from '../../rules/fixes';
import { fixesSchema } from '../fixes/schema';
import type { Fix } from '../fixes/types';
import { PLATFORM_RULES, RULES_SOURCES } from './catalog';
import { platformRulesSchema, type PlatformRules } from './schema';
import { PLATFORMS, type Platform } from './types';

/** A rules file that does not parse: names the file's platform, the rule and the field. */
export class RulesError extends Error {
  override name = 'RulesError';
}

function describePath(input: unknown, path: PropertyKey[]): string {
  // Name a rule by its id or host when the path goes through a list, e.g. statuses[UNPAID].labels.
  let node: unknown = input;
  let text = '';
  for (const key of path) {
    if (typeof key === 'number' && Array.isArray(node)) {
      const item: unknown = node[key];
      // Rules and fixes are named by id, host or code; plain values (a step's text) by index.
      const name = item && typeof item === 'object' ? ((item as Record<string, unknown>).id ?? (item as Record<string, unknown>).host ?? (item as Record<string, unknown>).code) : undefined;
      text += typeof name === 'string' ? `[${name}]` : `[${key}]`;
    } else {
      text += text ? `.${String(key)}` : String(key);
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return text || '(root)';
}

/** Parses one platform's rules; throws a RulesError naming each bad rule and field. */
export function parsePlatformRules(input: PlatformRules, source: string): PlatformRules {
  const result = platformRulesSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${source}: ${describePath(input, issue.path)}: ${issue.message}`);
    throw new RulesError(`Invalid platform rules in ${source}:\n${lines.join('\n')}`);
  }
  const rules = result.data;
  const problems: string[] = [];
  const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
  for (const id of duplicates(rules.statuses.map((status) => status.id))) problems.push(`statuses[${id}]: duplicate status id`);
  for (const code of duplicates(rules.errorCodes.map((error) => error.code))) problems.push(`errorCodes[${code}]: duplicate error code`);
  for (const host of duplicates(rules.hosts.map((entry) => entry.host))) problems.push(`hosts[${host}]: duplicate host`);
  const orderId = new RegExp(rules.orderId.pattern, 'u');
  if (!orderId.test(rules.orderId.example)) problems.push(`orderId.pattern: does not match its own example ${rules.orderId.example}`);
  if (problems.length) throw new RulesError(`Invalid platform rules in ${source}:\n${problems.map((line) => `  ${source}: ${line}`).join('\n')}`);
  return rules;
}

/** Checks rules of all platforms together: no host claimed twice. */
export function checkRuleSet(all: PlatformRules[]): void {
  const owner = new Map<string, string>();
  for (const rules of all) {
    for (const { host } of rules.hosts) {
      const previous = owner.get(host);
      if (previous) throw new RulesError(`Host ${host} is claimed by both ${previous} and ${rules.platform}`);
      owner.set(host, rules.platform);
    }
  }
}


export const FIXES_SOURCE = 'rules/fixes.ts';

/**
 * Parses the knowledge base of fixes; throws a RulesError naming each bad fix (by id) and field.
 * Beyond the shape: ids are unique, and the error codes and order statuses a condition names
 * exist in the rules of the platforms the fix is for (a typo would make the condition dead).
 */
export function parseFixes(input: Fix[], platformRules: Readonly<Record<Platform, PlatformRules>> = PLATFORM_RULES, source = FIXES_SOURCE): Fix[] {
  const result = fixesSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${source}: ${issue.path.length ? `fixes${describePath(input, issue.path)}` : 'fixes'}: ${issue.message}`);
    throw new RulesError(`Invalid fixes in ${source}:\n${lines.join('\n')}`);
  }
  const fixes = result.data as Fix[];
  const problems: string[] = [];
  const ids = fixes.map((fix) => fix.id);
  for (const id of ids.filter((value, index) => ids.indexOf(value) !== index)) problems.push(`fixes[${id}].id: duplicate fix id`);
  for (const fix of fixes) {
    const platforms = fix.platforms === 'all' ? PLATFORMS : fix.platforms;
    const codes = new Set(platforms.flatMap((platform) => platformRules[platform].errorCodes.map((entry) => entry.code)));
    const statuses = new Set(platforms.flatMap((platform) => platformRules[platform].statuses.map((entry) => entry.id)));
    fix.appliesWhen.forEach((condition, index) => {
      const field = `fixes[${fix.id}].appliesWhen[${index}]`;
      if (condition.on === 'error-code') for (const code of condition.codes) if (!codes.has(code)) problems.push(`${field}.codes: ${code} is not an error code of ${platforms.join(', ')}`);
      if (condition.on === 'order-status') for (const status of condition.statuses) if (!statuses.has(status)) problems.push(`${field}.statuses: ${status} is not an order status of ${platforms.join(', ')}`);
    });
  }
  if (problems.length) throw new RulesError(`Invalid fixes in ${source}:\n${problems.map((line) => `  ${source}: ${line}`).join('\n')}`);
  return fixes;
}

/** Parses every platform's rules file and the fixes; the build calls this and stops on the first bad rule. */
export function validateAllRules(): Record<Platform, PlatformRules> {
  const parsed = {} as Record<Platform, PlatformRules>;
  for (const platform of Object.keys(PLATFORM_RULES) as Platform[]) {
    parsed[platform] = parsePlatformRules(PLATFORM_RULES[platform], RULES_SOURCES[platform]);
  }
  checkRuleSet(Object.values(parsed));
  parseFixes(FIXES, parsed);
  return parsed;
}
