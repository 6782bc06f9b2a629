import { PLATFORM_RULES, RULES_SOURCES } from './catalog';
import { platformRulesSchema, type PlatformRules } from './schema';
import type { Platform } from './types';

/** A rules file that does not parse: names the file's platform, the rule and the field. */
export class RulesError extends Error {
  override name = 'RulesError';
}

function describePath(input: PlatformRules, path: PropertyKey[]): string {
  // Name a rule by its id or host when the path goes through a list, e.g. statuses[UNPAID].labels.
  let node: unknown = input;
  let text = '';
  for (const key of path) {
    if (typeof key === 'number' && Array.isArray(node)) {
      const item = node[key] as Record<string, unknown> | undefined;
      const name = item && (item.id ?? item.host ?? item.code);
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


/** Parses every platform's rules file; the build calls this and stops on the first bad rule. */
export function validateAllRules(): Record<Platform, PlatformRules> {
  const parsed = {} as Record<Platform, PlatformRules>;
  for (const platform of Object.keys(PLATFORM_RULES) as Platform[]) {
    parsed[platform] = parsePlatformRules(PLATFORM_RULES[platform], RULES_SOURCES[platform]);
  }
  checkRuleSet(Object.values(parsed));
  return parsed;
}
