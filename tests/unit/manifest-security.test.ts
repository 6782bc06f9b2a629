// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backOfficeMatchPatterns } from '../../lib/rules/catalog';

/**
 * The built extension (issue #9, permissions): a strict content security policy for extension
 * pages, no remote code in any built file, and every permission in the manifest justified in the
 * README's "Permissions, and why" — required ones minimal, optional ones saying when they are asked.
 *
 * Reads `.output/<browser>-mv3` as `npx wxt build` / `npx wxt build -b firefox` leave it
 * (`npm test` builds before the unit tests). A browser whose build is missing is reported as
 * skipped, never as passed.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

/** What Seller SOS needs without asking (README "Permissions, and why" justifies each). */
// `scripting` and `notifications` are being added by other features; like every other, each needs its README row.
const REQUIRED = new Set(['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'alarms', 'sidePanel', 'scripting']);
/** Asked for at the moment a feature needs it. */
const OPTIONAL = new Set(['browsingData', '<all_urls>', 'notifications']);

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function permissionsSection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Permissions, and why');
  expect(start, 'README has a "Permissions, and why" section').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 5);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Parses "script-src 'self'; object-src 'self'" into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** A policy strict enough for extension pages: only the extension's own scripts and objects, no eval, nothing remote. */
export function cspProblems(policy: string | undefined): string[] {
  if (!policy) return ['no content_security_policy.extension_pages'];
  const problems: string[] = [];
  const directives = parseCsp(policy);
  const script = directives.get('script-src') ?? directives.get('default-src');
  if (!script) problems.push('no script-src');
  else if (script.join(' ') !== "'self'") problems.push(`script-src is "${script.join(' ')}", not 'self' alone`);
  const object = directives.get('object-src') ?? directives.get('default-src');
  if (!object || !(object.join(' ') === "'self'" || object.join(' ') === "'none'")) problems.push(`object-src is "${object?.join(' ')}", not 'self' or 'none'`);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|unsafe-hashes/.test(source)) problems.push(`${name} allows ${source}`);
      if (/^(https?:|wss?:|\*|data:|blob:)/.test(source) || /\.[a-z]{2,}(\/|$)/i.test(source)) problems.push(`${name} allows remote source ${source}`);
    }
  }
  return problems;
}

/**
 * Code that could run something not shipped in the package. Two uses of `Function` are known and
 * inert: zod's "may I eval?" probe and its JIT compiler, neither reached because every zod import
 * sets `jitless: true` (and the CSP above would refuse them anyway).
 */
const KNOWN_INERT = [/const (\w+)=Function;return new \1\(""\),!0/g, /compile\(\)\{const \w+=Function,/g, /=Function\.call\.bind\(/g];
const REMOTE_CODE = [
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function(', pattern: /new\s+Function\s*\(/ },
  { name: 'Function constructor', pattern: /(?<![\w$.])Function(?![\w$])(?!\.prototype)/ },
  { name: 'setTimeout/setInterval with a string', pattern: /set(?:Timeout|Interval)\(\s*["'`]/ },
  { name: 'importScripts(', pattern: /importScripts\s*\(/ },
  { name: 'import() of a URL', pattern: /import\(\s*["'`](?:https?:)?\/\// },
  { name: 'a script element given a remote src', pattern: /\.src\s*=\s*["'`]https?:/ },
];

export function remoteCodeProblems(source: string): string[] {
  let cleaned = source;
  for (const known of KNOWN_INERT) cleaned = cleaned.replace(known, '');
  return REMOTE_CODE.filter(({ pattern }) => pattern.test(cleaned)).map(({ name }) => name);
}

describe('the scanners themselves', () => {
  it('refuse weak policies and accept the strict one', () => {
    expect(cspProblems("script-src 'self'; object-src 'self'")).toEqual([]);
    expect(cspProblems("script-src 'self'; object-src 'none'")).toEqual([]);
    expect(cspProblems(undefined)).not.toEqual([]);
    expect(cspProblems("script-src 'self' 'unsafe-eval'; object-src 'self'").join()).toMatch(/unsafe-eval/);
    expect(cspProblems("script-src 'self' https://cdn.example.com; object-src 'self'").join()).toMatch(/remote source|not 'self' alone/);
    expect(cspProblems("script-src 'self'; object-src *").join()).toMatch(/object-src/);
    expect(cspProblems("default-src 'self'")).toEqual([]);
  });

  it('find eval, the Function constructor and remote scripts, and let the known inert zod code pass', () => {
    expect(remoteCodeProblems('a=eval("1")')).toEqual(['eval(']);
    expect(remoteCodeProblems('x=new Function("return 1")')).toContain('new Function(');
    expect(remoteCodeProblems('const F=Function;F("a")')).toContain('Function constructor');
    expect(remoteCodeProblems('setTimeout("alert(1)", 1)')).toEqual(['setTimeout/setInterval with a string']);
    expect(remoteCodeProblems('import("https://cdn.example.com/x.js")')).toEqual(['import() of a URL']);
    expect(remoteCodeProblems('s.src="https://cdn.example.com/x.js"')).toEqual(['a script element given a remote src']);
    expect(remoteCodeProblems('try{const u=Function;return new u(""),!0}catch{return!1}')).toEqual([]);
    expect(remoteCodeProblems('x.evaluate(1); retrieval(2); typeof f=="function"')).toEqual([]);
  });
});

describe.each(BUILDS)('the %s build', (build) => {
  const dir = join(ROOT, '.output', build);
  const built = existsSync(join(dir, 'manifest.json'));
  const manifest = (built ? JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) : {}) as Manifest;

  it.skipIf(!built)('has a strict content security policy for extension pages', () => {
    expect(cspProblems(manifest.content_security_policy?.extension_pages)).toEqual([]);
    expect(manifest.externally_connectable, 'no web page may message the extension').toBeUndefined();
  });

  it.skipIf(!built)('ships no remote code: no eval, no Function constructor, no remote script, HTML loads only its own scripts', () => {
    const all = files(dir);
    const scripts = all.filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const path of scripts) expect(remoteCodeProblems(readFileSync(path, 'utf8')), path).toEqual([]);
    for (const path of all.filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(path, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) expect(src, path).toMatch(/^\/[\w/.-]+\.js$/);
      expect(html, `${path}: inline script`).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/);
      expect(html, `${path}: inline event handler`).not.toMatch(/\son[a-z]+="/);
    }
  });

  it.skipIf(!built)('asks for the minimal permissions, each one justified in the README', () => {
    const required = [...(manifest.permissions ?? [])];
    const optional = [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    for (const permission of required) expect(REQUIRED.has(permission), `required permission ${permission} is not in the agreed minimal set`).toBe(true);
    for (const permission of optional) expect(OPTIONAL.has(permission), `optional permission ${permission} is not known`).toBe(true);
    // Host access: exactly the back-offices of rules/, https only, nothing wider.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...backOfficeMatchPatterns()].sort());
    for (const pattern of manifest.host_permissions ?? []) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    for (const script of manifest.content_scripts ?? []) for (const match of script.matches) expect(backOfficeMatchPatterns()).toContain(match);
    expect(manifest.web_accessible_resources ?? [], 'nothing of the extension is exposed to web pages').toEqual([]);

    const section = permissionsSection();
    const rows = section.split('\n').filter((line) => line.startsWith('| '));
    for (const permission of required.filter((name) => name !== 'sidePanel')) {
      const row = rows.find((line) => line.includes(`\`${permission}\``));
      expect(row, `README justifies ${permission}`).toBeDefined();
      expect(row!.split('|')[2]!.trim().length, `README says why ${permission}`).toBeGreaterThan(15);
    }
    if (required.includes('sidePanel')) expect(section).toContain('`sidePanel`');
    for (const permission of optional) {
      const row = rows.find((line) => line.includes(`optional \`${permission}\``));
      expect(row, `README lists optional ${permission}`).toBeDefined();
      expect(row, `README says when ${permission} is asked`).toMatch(/asked/);
    }
  });
});
