import type { ReportLanguage } from './language';
import type { SectionId } from './labels';

/**
 * The support report as structure, before it becomes plain text or Markdown. Every string in it
 * is final (localised and redacted); a run marked `code` is a path, code or id that Markdown
 * shows as code; a `link` is a URL of our own (a status page) that Markdown makes clickable.
 */

export type Run = string | { code: string } | { link: string };
export type Line = Run[];

export type Block =
  | { type: 'paragraph'; line: Line }
  | { type: 'fields'; rows: { label: string; value: Line }[] }
  | { type: 'list'; items: Line[] }
  | { type: 'subheading'; text: string };

export interface ReportSection {
  id: SectionId;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  language: ReportLanguage;
  title: string;
  subject: string;
  intro: string;
  sections: ReportSection[];
  footer: string;
}

export function plainLine(line: Line): string {
  return line.map((run) => (typeof run === 'string' ? run : 'code' in run ? run.code : run.link)).join('');
}
