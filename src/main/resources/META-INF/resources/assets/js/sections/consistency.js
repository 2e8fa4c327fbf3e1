// 합계 검증 · Consistency: how many printed totals, remainders and rates the recomputation confirms, per dataset,
// and every mismatch spelled out: where it is printed, the printed and the computed value, and the formula.

import { barList, dataTable, mount } from '../charts.js';
import { en, h } from '../dom.js';
import { formatDifference, formatNumber } from '../format.js';

let drawn = false;

export async function update(api, page) {
  const [summary, mismatches] = await Promise.all([
    api.get('/api/v1/consistency/summary'),
    api.getAll('/api/v1/consistency?status=MISMATCH'),
  ]);
  if (drawn && !summary.changed && !mismatches.changed) {
    return;
  }
  drawSummary(summary.body);
  drawPerDataset(page, summary.body);
  drawMismatches(page, mismatches.rows);
  drawn = true;
}

function drawSummary(summary) {
  document.getElementById('consistency-summary').replaceChildren(
    `문서에 인쇄된 수치 가운데 구성 값으로 다시 계산할 수 있는 ${formatNumber(summary.total)}개를 검증했습니다: `,
    h('strong', {}, `${formatNumber(summary.match)}개 일치, ${formatNumber(summary.mismatch)}개 불일치`), '. ',
    en(`${summary.total} printed figures can be recomputed from their parts: `
      + `${summary.match} match, ${summary.mismatch} do not.`));
}

function drawPerDataset(page, summary) {
  const figure = document.getElementById('chart-consistency');
  const title = (id) => `${page.datasetTitle(id)} — ${page.governmentName(page.datasetGovernment(id))}`;
  const chart = {
    title: '데이터셋별 검증 결과 · Checks per dataset',
    desc: summary.byDataset.map((row) => `${title(row.id)}: ${row.total}개 중 일치 ${row.match}, 불일치 ${row.mismatch}`)
      .join('; '),
    scale: 'row',
    rows: summary.byDataset.map((row) => ({
      key: row.id,
      label: title(row.id),
      valueLabel: row.mismatch ? `불일치 ${row.mismatch} / ${row.total}` : `모두 일치 ${row.total}`,
      segments: [
        { value: row.match, cls: 'match', label: `${title(row.id)}: 일치 · match ${row.match}` },
        { value: row.mismatch, cls: 'mismatch', label: `${title(row.id)}: 불일치 · mismatch ${row.mismatch}` },
      ],
    })),
  };
  mount(figure.querySelector('.chart-canvas'), (width) => barList(chart, width));
  figure.querySelector('.table-wrap').replaceChildren(dataTable({
    caption: '데이터셋별 검증 결과 · Checks per dataset',
    columns: [
      { label: '데이터셋 · Dataset', header: true, cell: (row) => title(row.id) },
      { label: '검증 · Checks', numeric: true, cell: (row) => formatNumber(row.total) },
      { label: '일치 · Match', numeric: true, cell: (row) => formatNumber(row.match) },
      { label: '불일치 · Mismatch', numeric: true, cell: (row) => formatNumber(row.mismatch) },
    ],
    rows: summary.byDataset,
  }));
}

function drawMismatches(page, mismatches) {
  const list = document.getElementById('mismatch-list');
  if (mismatches.length === 0) {
    list.replaceChildren(h('li', { class: 'card' }, '불일치가 없습니다. 모든 합계가 맞습니다 · No mismatches: every total adds up.'));
    return;
  }
  list.replaceChildren(...mismatches.map((check) => h('li', { class: 'card mismatch-card', 'data-key': check.id },
    h('h4', {}, `${check.where.rowLabel} · ${check.where.columnLabel ?? check.where.column}`, ' ',
      h('span', { class: 'muted' }, `— ${page.datasetTitle(check.datasetId)}, ${page.governmentName(check.governmentId)}`)),
    h('p', { class: 'verdict' },
      '인쇄 · printed ', h('strong', {}, formatNumber(check.publishedValue)),
      ' ≠ 계산 · computed ', h('strong', {}, formatNumber(check.computedValue)),
      ` ${check.unitLabel ?? ''} (차이 · difference ${formatDifference(check.difference)})`),
    h('p', {}, `${check.kindLabel} · ${check.kind}. `, en(check.description)),
    h('details', {}, h('summary', {}, '계산식 · Formula'), h('p', { class: 'formula' }, check.formula)),
    h('p', { class: 'card-links' }, h('code', {}, check.id)))));
}
