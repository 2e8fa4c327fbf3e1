// The chart kinds of the page, drawn as plain SVG at the width of their container: stacked columns, horizontal
// bar lists (plain, stacked, or split to 100 % of each row) and a ladder. Every chart is an <svg role="img"> with a
// <title> and a <desc> that say in words what it shows; each section also gives the same numbers as a table.
// Every drawn bar is a <rect class="bar"> and every row of a bar list or ladder a <g class="row">, which the
// end-to-end test counts against the API's data.

import { en, h, niceTicks, s, svgLines, textWidth, uid, wrapText } from './dom.js';

const FONT = 14;
const SMALL = 12;
const LINE = 18;

const drawings = new Map();

/**
 * Draws a chart into its canvas now and again whenever the page width changes. draw(width) returns the element
 * to show (an SVG chart or an empty-state message).
 */
export function mount(canvas, draw) {
  drawings.set(canvas, draw);
  const first = !canvas.hasChildNodes() || canvas.dataset.drawn !== 'true';
  canvas.replaceChildren(draw(widthOf(canvas)));
  canvas.dataset.drawn = 'true';
  canvas.querySelector('svg')?.classList.toggle('animate', first);
}

/** Draws every mounted chart again at its container's current width. */
export function redrawAll() {
  for (const [canvas, draw] of drawings) {
    if (canvas.isConnected) {
      canvas.replaceChildren(draw(widthOf(canvas)));
    } else {
      drawings.delete(canvas);
    }
  }
}

function widthOf(canvas) {
  return Math.max(260, Math.floor(canvas.clientWidth || canvas.parentElement.clientWidth));
}

/** A message in place of a chart, e.g. when a government has no rows of this kind. */
export function emptyState(text) {
  return h('p', { class: 'empty' }, text);
}

function svgChart({ title, desc, width, height }) {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  return s('svg', {
    class: 'chart-svg', role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    width, height, viewBox: `0 0 ${width} ${height}`,
  }, s('title', { id: titleId }, title), s('desc', { id: descId }, desc));
}

/**
 * Stacked columns: one column per category, one segment per series with a value.
 * @param {{title: string, desc: string, unitLabel: string,
 *   series: {key: string, cls: string, label: string}[],
 *   columns: {key: string, label: string, sublabel?: string, note?: string, totalLabel: string,
 *             shortTotalLabel?: string,
 *             segments: {series: string, value: number, label: string}[]}[]}} chart
 */
export function stackedColumns(chart, width) {
  const plotHeight = width < 480 ? 200 : 260;
  const totals = chart.columns.map((column) => column.segments.reduce((sum, segment) => sum + segment.value, 0));
  const ticks = niceTicks(Math.max(...totals, 0));
  const top = ticks[ticks.length - 1];
  const tickLabels = ticks.map((tick) => tick.toLocaleString('ko-KR'));
  const left = Math.ceil(Math.max(...tickLabels.map((label) => textWidth(label, SMALL)))) + 10;
  const band = (width - left - 8) / Math.max(chart.columns.length, 1);
  // The lines under each column: its label (split after "~" when narrow), sublabel and note, each fitted to the band.
  const captions = chart.columns.map((column) => [
    ...(textWidth(column.label, FONT) <= band - 4 ? [column.label] : column.label.split(/(?<=~)/))
      .map((text) => ({ text, cls: 'label' })),
    ...(column.sublabel ? wrapText(column.sublabel, band - 2, SMALL, 2) : []).map((text) => ({ text, cls: 'sublabel' })),
    ...(column.note ? wrapText(column.note, band - 2, SMALL, 2) : []).map((text) => ({ text, cls: 'note' })),
  ]);
  const margin = { top: 34, right: 8, bottom: Math.max(1, ...captions.map((lines) => lines.length)) * LINE + 8, left };
  const barWidth = Math.min(72, band * 0.62);
  const y = (value) => margin.top + plotHeight - (value / top) * plotHeight;
  const svg = svgChart({ ...chart, width, height: margin.top + plotHeight + margin.bottom });

  svg.append(s('text', { class: 'axis-unit', x: 0, y: 14 }, chart.unitLabel));
  for (const [i, tick] of ticks.entries()) {
    svg.append(
      s('line', { class: 'grid', x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick) }),
      s('text', { class: 'tick', x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, tickLabels[i]));
  }
  const order = new Map(chart.series.map((series, i) => [series.key, i]));
  for (const [i, column] of chart.columns.entries()) {
    const x = margin.left + band * i + (band - barWidth) / 2;
    const centre = x + barWidth / 2;
    const group = s('g', { class: 'column', 'data-key': column.key });
    let base = 0;
    const segments = [...column.segments].sort((a, b) => order.get(a.series) - order.get(b.series));
    for (const segment of segments) {
      const series = chart.series[order.get(segment.series)];
      group.append(s('rect', {
        class: `bar grow-y ${series.cls}`, x, width: barWidth,
        y: y(base + segment.value), height: Math.max(0, y(base) - y(base + segment.value)),
        'data-series': segment.series, 'data-value': segment.value,
      }, s('title', {}, segment.label)));
      base += segment.value;
    }
    // On a narrow page a long total is shown in its short form (the table has every digit).
    const total = [column.totalLabel, column.shortTotalLabel].find((label) => label
      && textWidth(label, SMALL, 'bold') <= band - 4);
    if (totals[i] > 0 && total) {
      group.append(s('text', { class: 'value', x: centre, y: y(totals[i]) - 6, 'text-anchor': 'middle' }, total));
    }
    for (const [line, { text, cls }] of captions[i].entries()) {
      group.append(s('text', { class: cls, x: centre, y: margin.top + plotHeight + (line + 1) * LINE,
        'text-anchor': 'middle' }, text));
    }
    svg.append(group);
  }
  svg.append(s('line', {
    class: 'axis', x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0),
  }));
  return svg;
}

/**
 * Horizontal bars, one row each with its label above the bar. A row's segments are stacked; with
 * scale 'row' each row is drawn at 100 % of its own total (shares), otherwise all rows share one scale.
 * @param {{title: string, desc: string, scale?: 'shared'|'row',
 *   rows: {key: string, label: string, indent?: number, strong?: boolean, valueLabel: string,
 *          segments: {value: number, cls: string, label: string}[]}[]}} chart
 */
export function barList(chart, width) {
  const indentStep = Math.min(20, width * 0.05);
  const barHeight = 16;
  const valueWidth = Math.ceil(Math.max(0, ...chart.rows.map((row) => textWidth(row.valueLabel, SMALL)))) + 10;
  const sums = chart.rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0));
  const sharedMax = Math.max(0, ...sums);
  const layout = chart.rows.map((row) => {
    const indent = (row.indent ?? 0) * indentStep;
    return { indent, lines: wrapText(row.label, width - indent, FONT, 2, row.strong ? 'bold' : 'normal') };
  });
  const height = layout.reduce((sum, row) => sum + row.lines.length * LINE + barHeight + 16, 4);
  const svg = svgChart({ ...chart, width, height });

  let y = 0;
  for (const [i, row] of chart.rows.entries()) {
    const { indent, lines } = layout[i];
    const group = s('g', { class: 'row', 'data-key': row.key });
    group.append(svgLines(lines, indent, y + FONT, LINE, { class: row.strong ? 'label strong' : 'label' }));
    const barTop = y + lines.length * LINE + 4;
    const room = width - indent - valueWidth;
    const max = chart.scale === 'row' ? sums[i] : sharedMax;
    let x = indent;
    for (const segment of row.segments) {
      if (segment.value > 0 && max > 0) {
        const w = (segment.value / max) * room;
        group.append(s('rect', {
          class: `bar grow-x ${segment.cls}`, x, y: barTop, width: w, height: barHeight,
          'data-value': segment.value,
        }, s('title', {}, segment.label)));
        x += w;
      }
    }
    if (chart.scale === 'row' && max > 0) {
      group.append(s('rect', { class: 'frame', x: indent, y: barTop, width: room, height: barHeight }));
    }
    group.append(s('text', { class: 'value', x: x + 6, y: barTop + barHeight - 3 }, row.valueLabel));
    svg.append(group);
    y = barTop + barHeight + 12;
  }
  return svg;
}

/**
 * The stages of a response plan as a ladder climbing from the lowest stage (bottom left) to the highest (top
 * right): each rung shows the alert level, the stage, its trigger and a bar of its staffing.
 * @param {{title: string, desc: string,
 *   rungs: {key: string, name: string, level: string, levelLabel: string, trigger: string|null,
 *           staffingText: string, persons: number|null}[]}} chart rungs in stage order, lowest first
 */
export function ladder(chart, width) {
  const rungHeight = 62;
  const gap = 8;
  const step = Math.min(28, width * 0.06);
  const count = chart.rungs.length;
  const climb = step * Math.max(count - 1, 0);
  const labelWidth = Math.ceil(Math.max(0, ...chart.rungs.map((rung) => textWidth(rung.staffingText, SMALL)))) + 10;
  const maxPersons = Math.max(0, ...chart.rungs.map((rung) => rung.persons ?? 0));
  const svg = svgChart({ ...chart, width, height: count * (rungHeight + gap) });

  // The rail the rungs hang on, with the direction of escalation.
  svg.append(s('line', { class: 'rail', x1: 3, x2: 3 + climb, y1: count * (rungHeight + gap) - gap, y2: 0 }));
  for (const [i, rung] of chart.rungs.entries()) {
    const x = step * i;
    const y = (count - 1 - i) * (rungHeight + gap);
    const group = s('g', { class: `row rung level-${rung.level}`, 'data-key': rung.key });
    const badge = `${rung.levelLabel} ${rung.level}`;
    const badgeWidth = textWidth(badge, SMALL, 'bold') + 14;
    group.append(
      s('rect', { class: 'rung-bg', x, y, width: width - x, height: rungHeight, rx: 4 }),
      s('rect', { class: 'badge', x: x + 6, y: y + 7, width: badgeWidth, height: 20, rx: 3 }),
      s('text', { class: 'badge-text', x: x + 13, y: y + 21 }, badge));
    const nameX = x + 6 + badgeWidth + 8;
    const heading = rung.trigger ? `${rung.name} · ${rung.trigger}` : rung.name;
    group.append(svgLines(wrapText(heading, width - nameX - 6, FONT, 1, 'bold'), nameX, y + 22, LINE,
      { class: 'label strong' }));
    const room = width - x - 12 - labelWidth;
    const barWidth = rung.persons && maxPersons ? (rung.persons / maxPersons) * room : 0;
    if (barWidth > 0) {
      group.append(s('rect', {
        class: 'bar grow-x staffing', x: x + 6, y: y + 36, width: barWidth, height: 16,
        'data-value': rung.persons,
      }, s('title', {}, `${rung.name}: ${rung.staffingText}`)));
    }
    group.append(s('text', { class: 'value', x: x + 6 + barWidth + 6, y: y + 49 }, rung.staffingText));
    svg.append(group);
  }
  return svg;
}

/**
 * A data table. columns: {label, numeric?, cell(row) → text or node, header?: true for the row's header cell,
 * cellClass?(row) → extra class of the cell}.
 * captionHidden keeps the caption for screen readers only, where a visible heading already says it.
 */
export function dataTable({ caption, captionHidden = false, columns, rows, footRows = [] }) {
  const cellsOf = (row, tag = 'td') => columns.map((column) => {
    const cellTag = column.header ? 'th' : tag;
    const classes = [column.numeric ? 'num' : null, column.cellClass?.(row)].filter(Boolean).join(' ');
    return h(cellTag, { class: classes || null, scope: column.header ? 'row' : null }, column.cell(row));
  });
  return h('table', { class: 'data' },
    h('caption', { class: captionHidden ? 'visually-hidden' : null }, caption),
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.numeric ? 'num' : null },
      column.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, cellsOf(row)))),
    footRows.length ? h('tfoot', {}, footRows.map((row) => h('tr', {}, cellsOf(row)))) : null);
}

/** Legend entries for a list of series: a swatch of the series' class and its label. */
export function legendItems(series) {
  return series.map((entry) => h('li', {}, h('span', { class: `swatch ${entry.cls}`, 'aria-hidden': 'true' }),
    entry.label));
}

/** The provenance of a chart's rows, as a short line. */
export function sourceLine(provenance) {
  return h('span', { class: 'source' }, '출처 · Source: ', h('code', {}, provenance.sourceDocument),
    ` › ${provenance.sourceSection}${provenance.asOf ? ` (${provenance.asOf})` : ''}`);
}

/** An empty chart figure, as the page's static ones: caption, canvas, legend, note and a table behind details. */
export function chartFigure(name, key, ...heading) {
  return h('figure', { class: 'chart', 'data-chart': name, 'data-key': key },
    h('figcaption', {}, h('h3', {}, heading)),
    h('div', { class: 'chart-canvas' }),
    h('ul', { class: 'legend', 'aria-label': '범례 · Legend' }),
    h('p', { class: 'chart-note' }),
    h('details', { class: 'chart-table' }, h('summary', {}, '표로 보기 ', en('Data table')),
      h('div', { class: 'table-wrap' })));
}

/** The rows grouped by a key, groups and rows in their first-seen order. */
export function groupBy(rows, keyOf) {
  const groups = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}
