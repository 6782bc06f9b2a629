import diagnosisRules from '../../rules/diagnosis';
import type { Signal } from '../signals';
import type { DiagnosisRules } from './config';
import type { FeatureArea } from './types';

/**
 * Which part of the back-office a signal is about (orders, products, stock…), read from the
 * failed call's API path, the banner's words or the page's path, with the patterns of
 * rules/diagnosis.ts. Used to tell "one feature fails" from "everything fails" and to pick the
 * scenario fixes.
 */

interface CompiledArea {
  area: FeatureArea;
  paths: RegExp;
  words: RegExp;
}

const compiledCache = new WeakMap<DiagnosisRules, CompiledArea[]>();

function compiled(rules: DiagnosisRules): CompiledArea[] {
  let areas = compiledCache.get(rules);
  if (!areas) {
    areas = rules.areas.map(({ area, paths, words }) => ({ area, paths: new RegExp(paths.join('|'), 'iu'), words: new RegExp(words.join('|'), 'iu') }));
    compiledCache.set(rules, areas);
  }
  return areas;
}

export function pathOfUrl(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function byPath(path: string, areas: CompiledArea[]): FeatureArea | null {
  return path ? (areas.find((area) => area.paths.test(path))?.area ?? null) : null;
}

function byWords(text: string, areas: CompiledArea[]): FeatureArea | null {
  return text ? (areas.find((area) => area.words.test(text))?.area ?? null) : null;
}

/** The area of one signal, or null when nothing tells. */
export function areaOfSignal(signal: Pick<Signal, 'kind' | 'message' | 'url' | 'details'>, rules: DiagnosisRules = diagnosisRules): FeatureArea | null {
  const areas = compiled(rules);
  const apiPath = typeof signal.details.path === 'string' ? signal.details.path : '';
  const pagePath = pathOfUrl(signal.url);
  switch (signal.kind) {
    case 'stuck-order':
      return 'orders';
    case 'network-error':
      return byPath(apiPath, areas) ?? byPath(pagePath, areas);
    case 'banner':
      // A banner says what failed in words; the page it sits on is the fallback.
      return byWords(signal.message, areas) ?? byPath(pagePath, areas);
    default:
      return byPath(pagePath, areas);
  }
}
