import { reportLabels } from './labels';
import { buildReportDocument, type ReportInput } from './model';
import { renderMarkdown, renderText } from './render';
import type { ReportLanguage } from './language';

export interface SupportReport {
  language: ReportLanguage;
  subject: string;
  /** Plain text to paste into a support form or e-mail. */
  text: string;
  /** The same report in Markdown. */
  markdown: string;
}

/**
 * The support report for one incident, in one language: subject, plain text and Markdown. Pure:
 * the caller reads the incident, signals, captures, steps and environment from the database and
 * passes the diagnosis (and, optionally, the ranked fixes).
 */
export function buildReport(input: ReportInput): SupportReport {
  const document = buildReportDocument(input);
  const { subjectLabel } = reportLabels(input.language);
  return { language: input.language, subject: document.subject, text: renderText(document, subjectLabel), markdown: renderMarkdown(document, subjectLabel) };
}
