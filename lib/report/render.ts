import { plainLine, type Block, type Line, type ReportDocument } from './document';

/**
 * Plain text (for support forms and e-mail) and Markdown (for tickets and chats that render it)
 * of one report document. Markdown escapes page text, so a page cannot inject links or HTML
 * into the ticket.
 */

function textBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return plainLine(block.line);
    case 'subheading':
      return `${block.text}:`;
    case 'fields':
      return block.rows.map((row) => `${row.label}: ${plainLine(row.value)}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${plainLine(item)}`).join('\n');
  }
}

export function renderText(document: ReportDocument, subjectLabel: string): string {
  const parts = [document.title, `${subjectLabel}: ${document.subject}`, document.intro];
  document.sections.forEach((section, index) => {
    parts.push([`${index + 1}. ${section.title}`, ...section.blocks.map(textBlock)].join('\n\n'));
  });
  parts.push(document.footer);
  return `${parts.join('\n\n')}\n`;
}

/** Markdown-significant characters of page text; "[redacted]" itself is left readable. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}<>|~#]/g, (character) => `\\${character}`)
    .replace(/\[(?!redacted\])/g, '\\[')
    .replace(/(?<!\[redacted)\]/g, '\\]');
}

function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

function markdownLine(line: Line): string {
  return line.map((run) => (typeof run === 'string' ? escapeMarkdown(run) : 'code' in run ? code(run.code) : `<${run.link.replace(/[<>\s]/g, encodeURIComponent)}>`)).join('');
}

function markdownBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return markdownLine(block.line);
    case 'subheading':
      return `### ${escapeMarkdown(block.text)}`;
    case 'fields':
      return block.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${markdownLine(row.value)}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${markdownLine(item)}`).join('\n');
  }
}

export function renderMarkdown(document: ReportDocument, subjectLabel: string): string {
  const parts = [`# ${escapeMarkdown(document.title)}`, `**${escapeMarkdown(subjectLabel)}:** ${escapeMarkdown(document.subject)}`, escapeMarkdown(document.intro)];
  document.sections.forEach((section, index) => {
    parts.push([`## ${index + 1}. ${escapeMarkdown(section.title)}`, ...section.blocks.map(markdownBlock)].join('\n\n'));
  });
  parts.push(`_${escapeMarkdown(document.footer)}_`);
  return `${parts.join('\n\n')}\n`;
}
