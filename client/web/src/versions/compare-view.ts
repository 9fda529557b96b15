import { el } from '../ui/dom';
import { authorColours } from './author-colours';
import type { CompareLine, CompareSpan, VersionCompare } from './version-types';

/** Two versions compared, side by side or inline, changed text coloured by its author (with a legend). */
export function compareView(compare: VersionCompare, mode: 'side' | 'inline'): HTMLElement {
  const colours = authorColours(compare.authors.map((a) => a.userId));
  const spans = (list: CompareSpan[] | null, fallback: string | null) =>
    list
      ? list.map((span) => {
        if (span.kind === 'same') {
          return document.createTextNode(span.text);
        }
        const colour = (span.authorId && colours.get(span.authorId)) || '#868e96';
        return el(span.kind === 'added' ? 'ins' : 'del', { style: `--author:${colour}`, title: nameOf(span.authorId) }, span.text);
      })
      : [document.createTextNode(fallback ?? '')];
  const nameOf = (id: string | null) => compare.authors.find((a) => a.userId === id)?.displayName ?? '未知作者';

  const legend = el('p', { class: 'legend', 'aria-label': '作者图例' },
    '作者：',
    ...compare.authors.map((a) => el('span', { class: 'legend-item', style: `--author:${colours.get(a.userId)}` }, a.displayName)),
  );
  const totals = el('p', { class: 'meta' },
    `${compare.from.name} → ${compare.to.name}：新增 ${compare.totals.added} 行，删除 ${compare.totals.removed} 行，修改 ${compare.totals.changed} 行`);

  const sections = compare.sections
    .filter((s) => s.status !== 'unchanged')
    .map((section) => {
      const rows = section.lines.filter((l) => l.kind !== 'unchanged');
      const body = mode === 'side'
        ? el('table', { class: 'compare-side' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, compare.from.name), el('th', { scope: 'col' }, compare.to.name))),
          el('tbody', {}, ...rows.map((line) => el('tr', { class: `line-${line.kind}` },
            el('td', {}, ...(line.oldText !== null ? spans(line.oldSpans, line.oldText) : [])),
            el('td', {}, ...(line.newText !== null ? spans(line.newSpans, line.newText) : [])),
          ))))
        : el('div', { class: 'compare-inline' }, ...rows.flatMap((line) => inlineRows(line, spans)));
      return el('section', { class: 'compare-section' },
        el('h4', {}, section.heading || '（开头）', el('span', { class: 'meta' }, ` 新增 ${section.summary.added} · 删除 ${section.summary.removed} · 修改 ${section.summary.changed}`)),
        body,
      );
    });
  return el('div', { class: 'compare', 'data-testid': 'compare' }, totals, legend,
    ...(sections.length > 0 ? sections : [el('p', { class: 'hint' }, '两个版本的内容相同。')]));
}

function inlineRows(line: CompareLine, spans: (list: CompareSpan[] | null, fallback: string | null) => Node[]): HTMLElement[] {
  const rows: HTMLElement[] = [];
  if (line.oldText !== null) {
    rows.push(el('div', { class: 'inline-removed' }, '− ', ...spans(line.oldSpans, line.oldText)));
  }
  if (line.newText !== null) {
    rows.push(el('div', { class: 'inline-added' }, '+ ', ...spans(line.newSpans, line.newText)));
  }
  return rows;
}
