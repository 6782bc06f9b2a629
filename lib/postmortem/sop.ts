import { fixById } from '../fixes/catalog';
import type { Fix, Language, Scenario } from '../fixes/types';
import { redactText } from '../redact';
import { platformName } from '../ui/format';
import { CAUSE_LABELS, SCENARIO_LABELS } from './labels';
import { ROOT_CAUSES, type PostMortem, type RootCause } from './types';

/**
 * The seller's own runbook (the guides' "build your own SOP"): resolved incidents grouped by
 * scenario, each with its root causes, the fixes that worked, how often, and the median time to
 * resolve, as Markdown. Everything the seller typed is redacted again on the way out.
 */


const WORDS = {
  title: { en: 'Seller SOS — my runbook', zh_CN: 'Seller SOS — 我的处理手册', ru: 'Seller SOS — мой регламент' },
  intro: {
    en: (count: number, date: string) => `${count} resolved incidents, as of ${date}. Grouped by scenario: what caused them, what fixed them, how long it took. Personal data and tokens are redacted.`,
    zh_CN: (count: number, date: string) => `截至 ${date}，共 ${count} 个已解决的事件。按场景分组：原因、解决方法和所用时间。个人信息和令牌已隐去。`,
    ru: (count: number, date: string) => `Решённых инцидентов: ${count}, на ${date}. По сценариям: причины, что помогло и сколько заняло. Личные данные и токены скрыты.`,
  },
  incidents: { en: 'incidents', zh_CN: '个事件', ru: 'инцид.' },
  median: { en: 'Median time to resolve', zh_CN: '解决时间中位数', ru: 'Медиана времени решения' },
  platforms: { en: 'Platforms', zh_CN: '平台', ru: 'Платформы' },
  causes: { en: 'Root causes', zh_CN: '根本原因', ru: 'Причины' },
  fixes: { en: 'What fixed it', zh_CN: '解决方法', ru: 'Что помогло' },
  history: { en: 'Incidents', zh_CN: '事件记录', ru: 'Инциденты' },
  columns: {
    en: ['Resolved', 'Platform', 'What happened', 'Cause', 'Fix', 'Time to resolve'],
    zh_CN: ['解决时间', '平台', '发生了什么', '原因', '解决方法', '用时'],
    ru: ['Решено', 'Платформа', 'Что случилось', 'Причина', 'Что помогло', 'Время'],
  },
  empty: { en: 'No resolved incidents yet: mark an incident resolved in the side panel to start the runbook.', zh_CN: '还没有已解决的事件：在侧边栏将事件标记为已解决即可开始。', ru: 'Решённых инцидентов пока нет: отметьте инцидент решённым в боковой панели.' },
} as const;

const UNITS: Readonly<Record<Language, { min: string; h: string; d: string }>> = {
  en: { min: 'min', h: 'h', d: 'd' },
  zh_CN: { min: '分钟', h: '小时', d: '天' },
  ru: { min: 'мин', h: 'ч', d: 'дн.' },
};

/** "25 min", "3 h 10 min", "2 d 4 h": a time to resolve as sellers say it. */
export function formatDuration(ms: number, language: Language): string {
  const unit = UNITS[language];
  const sep = language === 'zh_CN' ? '' : ' ';
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}${sep}${unit.min}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours}${sep}${unit.h} ${minutes % 60}${sep}${unit.min}` : `${hours}${sep}${unit.h}`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}${sep}${unit.d} ${hours % 24}${sep}${unit.h}` : `${days}${sep}${unit.d}`;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What fixed it, in words: the knowledge-base fix's title, or what the seller wrote. */
export function fixLabel(postmortem: Pick<PostMortem, 'fixId' | 'fixText'>, language: Language, fixes?: readonly Fix[]): string {
  const fix = postmortem.fixId ? fixById(postmortem.fixId, fixes) : undefined;
  return fix ? fix.title[language] : redactText(postmortem.fixText).trim() || '—';
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim() || '—';
}

function counted<K>(items: readonly K[]): [K, number][] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export interface SopGroup {
  scenario: Scenario | 'none';
  postmortems: PostMortem[];
  causes: [RootCause, number][];
  fixes: [string, number][];
  medianMs: number | null;
}

/** Resolved incidents by scenario, the most frequent scenario first; each group newest first. */
export function groupByScenario(postmortems: readonly PostMortem[], language: Language, fixes?: readonly Fix[]): SopGroup[] {
  const groups = new Map<Scenario | 'none', PostMortem[]>();
  for (const postmortem of postmortems) groups.set(postmortem.scenario, [...(groups.get(postmortem.scenario) ?? []), postmortem]);
  return [...groups]
    .map(([scenario, items]) => {
      const sorted = [...items].sort((a, b) => b.resolvedAt - a.resolvedAt);
      return {
        scenario,
        postmortems: sorted,
        causes: counted(sorted.map((item) => item.cause)).sort((a, b) => b[1] - a[1] || ROOT_CAUSES.indexOf(a[0]) - ROOT_CAUSES.indexOf(b[0])),
        fixes: counted(sorted.map((item) => fixLabel(item, language, fixes))),
        medianMs: median(sorted.map((item) => item.timeToResolveMs)),
      };
    })
    .sort((a, b) => b.postmortems.length - a.postmortems.length || SCENARIO_LABELS[a.scenario].en.localeCompare(SCENARIO_LABELS[b.scenario].en));
}

export function buildSopMarkdown(postmortems: readonly PostMortem[], language: Language, now: number, fixes?: readonly Fix[]): string {
  const date = new Date(now).toISOString().slice(0, 10);
  const lines = [`# ${WORDS.title[language]}`, ''];
  if (!postmortems.length) return [...lines, WORDS.empty[language], ''].join('\n');
  lines.push(WORDS.intro[language](postmortems.length, date), '');
  for (const group of groupByScenario(postmortems, language, fixes)) {
    lines.push(`## ${SCENARIO_LABELS[group.scenario][language]} (${group.postmortems.length} ${WORDS.incidents[language]})`, '');
    if (group.medianMs !== null) lines.push(`${WORDS.median[language]}: ${formatDuration(group.medianMs, language)}`, '');
    const platforms = counted(group.postmortems.map((item) => platformName(item.platform)));
    lines.push(`${WORDS.platforms[language]}: ${platforms.map(([name, count]) => `${name} ${count}`).join(', ')}`, '');
    lines.push(`### ${WORDS.causes[language]}`, '', ...group.causes.map(([cause, count]) => `- ${CAUSE_LABELS[cause][language]} — ${count}`), '');
    lines.push(`### ${WORDS.fixes[language]}`, '', ...group.fixes.map(([label, count]) => `- ${label} — ${count}`), '');
    lines.push(`### ${WORDS.history[language]}`, '', `| ${WORDS.columns[language].join(' | ')} |`, `|${' --- |'.repeat(6)}`);
    for (const item of group.postmortems) {
      const row = [
        new Date(item.resolvedAt).toISOString().slice(0, 16).replace('T', ' '),
        platformName(item.platform),
        redactText(item.title) + (item.note ? ` — ${redactText(item.note)}` : ''),
        CAUSE_LABELS[item.cause][language],
        fixLabel(item, language, fixes),
        formatDuration(item.timeToResolveMs, language),
      ];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
