// 예산 집행률 · Budget execution: every line of each budget table as a bar at 100 % of its budget, split into what
// was spent and what was left, labelled with the rate the document prints (집행률, or 불용률 for a settlement).

import { barList, chartFigure, dataTable, emptyState, groupBy, legendItems, mount, sourceLine } from '../charts.js';
import { en, h } from '../dom.js';
import { formatNumber, formatPercent } from '../format.js';

/** How each kind of table splits a line's budget, and which printed rate labels it. */
const KINDS = {
  EXECUTION: {
    heading: (line) => [`${line.fiscalYear}년 예산 집행현황 `,
      en(`Budget execution ${line.fiscalYear}${line.asOf ? `, as of ${line.asOf}` : ''}`)],
    parts: [
      { key: 'executed', cls: 'spent', label: '집행액 · Executed' },
      { key: 'remaining', cls: 'left', label: '잔액 · Remaining' },
    ],
    values: (line) => line.execution,
    rate: (line) => `집행률 ${formatPercent(line.execution.executionRate)}`,
    columns: [
      ['예산액 · Budget', 'budget'], ['집행액 · Executed', 'executed'], ['집행률 · Rate (%)', 'executionRate'],
      ['잔액 · Remaining', 'remaining'],
    ],
  },
  SETTLEMENT: {
    heading: (line) => [`${line.fiscalYear}회계연도 세출 결산 `,
      en(`Expenditure settlement, fiscal year ${line.fiscalYear}`)],
    parts: [
      { key: 'expenditure', cls: 'spent', label: '지출액 · Spent' },
      { key: 'carriedOver', cls: 'carried', label: '이월액 · Carried over' },
      { key: 'unspent', cls: 'left', label: '집행잔액 · Unspent' },
    ],
    values: (line) => line.settlement,
    rate: (line) => `불용률 ${formatPercent(line.settlement.unspentRate)}`,
    columns: [
      ['예산현액 · Budget (A)', 'currentBudget'], ['지출원인행위액 · Committed (B)', 'commitment'],
      ['지출액 · Spent (C)', 'expenditure'], ['이월액 · Carried over (D)', 'carriedOver'],
      ['집행잔액 · Unspent (E)', 'unspent'], ['불용률 · Unspent rate (%)', 'unspentRate'],
    ],
  },
};

let drawn = false;

export async function update(api, page) {
  const lines = await api.getAll('/api/v1/execution-results');
  if (drawn && !lines.changed) {
    return;
  }
  const container = document.getElementById('execution-charts');
  const tables = groupBy(lines.rows.filter((line) => KINDS[line.kind]), (line) => `${line.kind}:${line.fiscalYear}`);
  if (tables.size === 0) {
    container.replaceChildren(emptyState('예산 집행 자료가 없습니다 · No execution lines in the data.'));
  } else {
    const figures = [...tables].map(([key, rows]) => tableFigure(page, key, rows));
    container.replaceChildren(...figures.map(({ figure }) => figure));
    figures.forEach(({ draw }) => draw());
  }
  drawn = true;
}

function tableFigure(page, key, lines) {
  const kind = KINDS[lines[0].kind];
  const government = page.governmentName(lines[0].governmentId);
  const figure = chartFigure('execution', key, ...kind.heading(lines[0]), en(` — ${government}`));
  const unit = lines[0].unitLabel;
  const chart = {
    title: `${government}: ${figure.querySelector('h3').textContent}`,
    desc: lines.map((line) => `${line.itemName.trim()}: ${kind.rate(line)} (${kind.parts
      .map((part) => `${part.label.split(' · ')[0]} ${formatNumber(kind.values(line)[part.key])}`).join(', ')} ${unit})`)
      .join('; '),
    scale: 'row',
    rows: lines.map((line) => ({
      key: line.id,
      label: line.itemName,
      indent: line.depth,
      strong: line.isTotal,
      valueLabel: kind.rate(line),
      segments: kind.parts.map((part) => ({
        value: kind.values(line)[part.key] ?? 0,
        cls: part.cls,
        label: `${line.itemName.trim()} ${part.label}: ${formatNumber(kind.values(line)[part.key])} ${unit}`,
      })),
    })),
  };
  const draw = () => {
    mount(figure.querySelector('.chart-canvas'), (width) => barList(chart, width));
    const drawn = kind.parts.filter((part) => lines.some((line) => kind.values(line)[part.key] > 0));
    figure.querySelector('.legend').replaceChildren(...legendItems(drawn));
    figure.querySelector('.chart-note').replaceChildren(
      `금액 단위 ${unit}. 비율은 인쇄된 값이며, 막대의 나눔은 인쇄된 금액으로 그렸습니다. `,
      en(`Amounts in ${unit}; rates as printed, the split drawn from the printed amounts. `),
      sourceLine(lines[0].provenance));
    figure.querySelector('.table-wrap').replaceChildren(dataTable({
      caption: `${figure.querySelector('h3').textContent} (${unit})`,
      columns: [
        { label: '과목 · Item', header: true, cell: (line) => line.itemName, cellClass: (line) => `depth-${line.depth}` },
        ...kind.columns.map(([label, field]) => ({
          label, numeric: true, cell: (line) => formatNumber(kind.values(line)[field]),
        })),
      ],
      rows: lines,
    }));
  };
  return { figure, draw };
}
