// 공약 투자계획 · Pledge investment plans, for the government chosen in the selector: (a) the yearly investment
// per period, stacked by strategy area, beside the totals the document prints; (b) the largest pledges.
// Amounts printed as '-' (status NONE) or 비예산 (NON_BUDGET) have no number: they are counted and said, never
// drawn as a zero.

import { barList, dataTable, emptyState, legendItems, mount, sourceLine, stackedColumns } from '../charts.js';
import { en, h } from '../dom.js';
import { formatAmount, formatDifference, formatNumber, formatPeriod, roundHundredths } from '../format.js';

const TOP = 10;
const SERIES_COLOURS = 8;

const select = () => document.getElementById('government-select');
const investmentFigure = () => document.getElementById('chart-investment');
const topFigure = () => document.getElementById('chart-top-pledges');

let drawnFor = null;
let latestRequest = 0;

/** Calls onChange when the visitor picks another government. */
export function init(onChange) {
  select().addEventListener('change', () => {
    history.replaceState(null, '', `#government=${encodeURIComponent(select().value)}`);
    onChange();
  });
}

export async function update(api, page) {
  const request = ++latestRequest;
  const withPledges = await api.getAll('/api/v1/investments/summary?groupBy=government');
  fillSelect(page, withPledges.rows.map((row) => row.governmentId));
  const government = select().value;
  const query = `government=${encodeURIComponent(government)}`;
  showDownloads(query);
  const figures = [investmentFigure(), topFigure()];
  figures.forEach((figure) => figure.setAttribute('aria-busy', 'true'));
  try {
    const [investments, periods, areas, top] = await Promise.all([
      api.getAll(`/api/v1/investments?${query}&depth=1`),
      api.getAll(`/api/v1/investments/summary?${query}`),
      api.getAll(`/api/v1/investments/summary?${query}&groupBy=area`),
      api.get(`/api/v1/pledges?${query}&depth=1&sort=-total&size=${TOP}`),
    ]);
    if (request !== latestRequest) {
      return; // the visitor has picked another government meanwhile
    }
    const changed = [withPledges, investments, periods, areas, top].some((answer) => answer.changed);
    if (changed || drawnFor !== government) {
      const name = page.governmentName(government);
      const areaClass = areaClasses(investments.rows);
      const whole = withPledges.rows.find((row) => row.governmentId === government);
      drawInvestment(investmentFigure(), name, investments.rows,
        { periods: periods.rows, areas: areas.rows, whole }, areaClass);
      drawTopPledges(topFigure(), name, government, top.body, areaClass);
      drawnFor = government;
    }
    figures.forEach((figure) => { figure.dataset.government = government; });
  } finally {
    if (request === latestRequest) {
      figures.forEach((figure) => figure.removeAttribute('aria-busy'));
    }
  }
}

/** The downloads of this view: the whole of its pledges and investments, with the view's filters. */
function showDownloads(query) {
  for (const collection of ['pledges', 'investments']) {
    for (const format of ['csv', 'ndjson']) {
      document.getElementById(`${collection}-${format}`).href = `/api/v1/${collection}?${query}&format=${format}`;
    }
  }
}

/** Governments with pledges first; the others stay selectable and show that the data holds none for them. */
function fillSelect(page, withPledges) {
  const element = select();
  const others = page.governments.map((g) => g.id).filter((id) => !withPledges.includes(id));
  const wanted = [...withPledges, '|', ...others].join(',');
  if (element.dataset.options !== wanted) {
    const fromHash = new URLSearchParams(location.hash.slice(1)).get('government');
    const current = element.dataset.options ? element.value : fromHash;
    const option = (id) => h('option', { value: id }, page.governmentName(id));
    element.replaceChildren(
      h('optgroup', { label: '공약 투자계획 있음 · With pledge plans' }, withPledges.map(option)),
      others.length ? h('optgroup', { label: '공약 자료 없음 · No pledges in the data' }, others.map(option)) : null);
    element.dataset.options = wanted;
    element.value = [...withPledges, ...others].includes(current) ? current : (withPledges[0] ?? others[0]);
    element.disabled = false;
  }
}

/** The colour class of each strategy area, shared by both charts so an area keeps its colour. */
function areaClasses(rows) {
  const areas = [...new Set(rows.map((row) => row.area))].sort((a, b) => a - b);
  return new Map(areas.map((area, i) => [area, `series-${(i % SERIES_COLOURS) + 1}`]));
}

/** summary: the API's sums per period and per area, and for the whole plan (whole), with the printed totals. */
function drawInvestment(figure, name, rows, summary, areaClass) {
  const canvas = figure.querySelector('.chart-canvas');
  const legend = figure.querySelector('.legend');
  const note = figure.querySelector('.chart-note');
  const table = figure.querySelector('.table-wrap');
  if (rows.length === 0) {
    mount(canvas, () => emptyState(`${name}의 공약 투자계획은 이 데이터에 없습니다. `
      + `The data holds no pledge investment plan for ${name}.`));
    legend.replaceChildren();
    note.replaceChildren();
    table.replaceChildren(h('p', {}, '행이 없습니다 · No rows.'));
    return;
  }
  const unit = rows[0].unitLabel;
  const periods = [...new Map(rows.map((row) => [row.period, row])).values()]
    .sort((a, b) => a.fromYear - b.fromYear)
    .map(({ period, fromYear, toYear }) => ({ period, fromYear, toYear }));
  const areas = [...areaClass.keys()];
  const amounts = new Map();
  const missing = { NONE: 0, NON_BUDGET: 0 };
  const missingIn = new Map(periods.map((p) => [p.period, 0]));
  for (const row of rows) {
    if (row.status === 'AMOUNT') {
      const key = `${row.period}|${row.area}`;
      amounts.set(key, (amounts.get(key) ?? 0) + row.amount);
    } else {
      missing[row.status] += 1;
      missingIn.set(row.period, missingIn.get(row.period) + 1);
    }
  }
  const amount = (period, area) => amounts.get(`${period}|${area}`);
  const periodTotal = (period) => roundHundredths(areas.reduce((sum, area) => sum + (amount(period, area) ?? 0), 0));
  const areaSummary = (area) => summary.areas.find((row) => row.area === area);
  const periodSummary = (period) => summary.periods.find((row) => row.period === period);
  const series = areas.map((area) => ({ key: String(area), cls: areaClass.get(area), label: `분야 ${area} · Area ${area}` }));

  const chart = {
    title: `${name} 공약 연차별 투자계획 (${unit}) · Yearly pledge investment`,
    desc: `기간별 합계 · Totals per period: ${periods.map((p) => `${formatPeriod(p.period)} ${formatNumber(periodTotal(p.period))}`).join(', ')} ${unit}. `
      + `분야별 합계 · Totals per strategy area: ${areas.map((area) => `분야 ${area} ${formatNumber(areaSummary(area)?.amount)}`).join(', ')} ${unit}. `
      + `금액이 없는 칸 · Cells without an amount: '-' ${missing.NONE}, 비예산 ${missing.NON_BUDGET}.`,
    unitLabel: unit,
    series,
    columns: periods.map((p) => ({
      key: p.period,
      label: formatPeriod(p.period),
      sublabel: p.toYear > p.fromYear ? `${p.toYear - p.fromYear + 1}개 연도 · ${p.toYear - p.fromYear + 1} yrs` : '',
      note: missingIn.get(p.period) ? `금액 없음 ${missingIn.get(p.period)}` : '',
      totalLabel: formatNumber(periodTotal(p.period)),
      shortTotalLabel: formatNumber(Math.round(periodTotal(p.period))),
      segments: areas.filter((area) => amount(p.period, area) > 0).map((area) => ({
        series: String(area),
        value: amount(p.period, area),
        label: `분야 ${area} · ${formatPeriod(p.period)}: ${formatAmount(roundHundredths(amount(p.period, area)), unit)}`,
      })),
    })),
  };
  mount(canvas, (width) => stackedColumns(chart, width));

  legend.replaceChildren(...legendItems(series.map((entry, i) => {
    const summary = areaSummary(areas[i]);
    return { ...entry, label: `${entry.label} — ${formatAmount(summary?.amount, unit)}` };
  })));

  const pledgeCount = new Set(rows.map((row) => row.pledgeId)).size;
  note.replaceChildren(
    `상위 공약 ${pledgeCount}건의 금액을 더했습니다(하위 공약은 상위 공약 금액에 들어 있어 다시 더하지 않음). `
    + `‘-’(투자 없음) ${missing.NONE}칸과 ‘비예산’ ${missing.NON_BUDGET}칸은 금액이 없어 막대에 없습니다(0이 아님). `
    + '2022~2023은 두 해를 묶어 인쇄된 한 기간입니다. ',
    en(`The sum of the ${pledgeCount} top-level pledges (sub-pledges are part of them). Cells printed ‘-’ `
      + `(no investment): ${missing.NONE}; printed 비예산 (non-budget): ${missing.NON_BUDGET}. They have no amount `
      + 'and are not drawn: they are not zeros. A period such as 2022~2023 is one printed column. '),
    sourceLine(rows[0].provenance));

  const columns = [
    { label: '분야 · Area', header: true, cell: (row) => row.label },
    ...periods.map((p, i) => ({ label: formatPeriod(p.period), numeric: true, cell: (row) => row.values[i] })),
    { label: '합계 · Total', numeric: true, cell: (row) => row.total },
  ];
  table.replaceChildren(dataTable({
    caption: `${name}: 기간·분야별 투자계획 (${unit}) · Investment per period and area`,
    columns,
    rows: areas.map((area) => ({
      label: `분야 ${area} · Area ${area}`,
      values: periods.map((p) => formatNumber(amount(p.period, area) === undefined
        ? null : roundHundredths(amount(p.period, area)))),
      total: formatNumber(areaSummary(area)?.amount),
    })),
    footRows: [
      { label: '계산 합계 · Computed', values: periods.map((p) => formatNumber(periodSummary(p.period)?.amount)),
        total: formatNumber(summary.whole?.amount) },
      { label: '인쇄된 총계 · Printed total',
        values: periods.map((p) => formatNumber(periodSummary(p.period)?.publishedTotal)),
        total: formatNumber(summary.whole?.publishedTotal) },
      { label: '차이 (인쇄 − 계산) · Difference (printed − computed)',
        values: periods.map((p) => formatDifference(periodSummary(p.period)?.difference)),
        total: formatDifference(summary.whole?.difference) },
    ],
  }));
}

function drawTopPledges(figure, name, government, answer, areaClass) {
  const canvas = figure.querySelector('.chart-canvas');
  const note = figure.querySelector('.chart-note');
  const table = figure.querySelector('.table-wrap');
  const pledges = answer.data;
  if (pledges.length === 0) {
    mount(canvas, () => emptyState(`${name}의 공약은 이 데이터에 없습니다. The data holds no pledges for ${name}.`));
    note.replaceChildren();
    table.replaceChildren(h('p', {}, '행이 없습니다 · No rows.'));
    return;
  }
  const amountText = (p) => (p.total === null
    ? `${p.totalStatusLabel} · ${p.totalStatus === 'NON_BUDGET' ? 'non-budget' : 'no amount'}`
    : formatAmount(p.total, p.unitLabel));
  const chart = {
    title: `${name}: 총사업비가 가장 큰 공약 ${pledges.length}건 · Largest pledges`,
    desc: pledges.map((p, i) => `${i + 1}. ${p.code} ${p.title}: ${amountText(p)}`).join('; '),
    rows: pledges.map((p) => ({
      key: p.id,
      label: `${p.code} ${p.title}`,
      valueLabel: amountText(p),
      segments: p.total === null ? [] : [{ value: p.total, cls: areaClass.get(p.area) ?? 'series-1',
        label: `${p.code} ${p.title}: ${amountText(p)}` }],
    })),
  };
  mount(canvas, (width) => barList(chart, width));

  const all = `/api/v1/pledges?government=${encodeURIComponent(government)}&depth=1&sort=-total`;
  note.replaceChildren(
    `상위 공약 ${answer.meta.total}건 가운데 총사업비(전 기간 총계) 상위 ${pledges.length}건입니다. 막대 색은 위 차트의 전략분야와 같습니다. `,
    en(`The ${pledges.length} largest of ${answer.meta.total} top-level pledges by their printed total; `
      + 'the colour is the strategy area above. '),
    h('a', { href: all }, '전체 목록 · All pledges'), ' · ', h('a', { href: `${all}&format=csv` }, 'CSV'), ' ',
    sourceLine(pledges[0].provenance));
  table.replaceChildren(dataTable({
    caption: `${name}: 총사업비 상위 공약 · Largest pledges`,
    columns: [
      { label: '순위 · Rank', numeric: true, cell: (p) => String(pledges.indexOf(p) + 1) },
      { label: '코드 · Code', cell: (p) => p.code },
      { label: '공약 · Pledge', header: true, cell: (p) => p.title },
      { label: `총사업비 · Total (${pledges[0].unitLabel})`, numeric: true,
        cell: (p) => (p.total === null ? p.totalStatusLabel : formatNumber(p.total)) },
      { label: '구분 · Budget', cell: (p) => p.budgetTypeLabel },
    ],
    rows: pledges,
  }));
}
