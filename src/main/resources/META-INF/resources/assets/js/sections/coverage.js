// What the data covers: the governments and the datasets of the catalog with their source documents and as-of
// dates. It also fills the page's shared lookups (government names, dataset titles) the other sections use.

import { dataTable, sourceLine } from '../charts.js';
import { en, h } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';

let drawn = false;

export async function update(api, page) {
  const [governments, datasets] = await Promise.all([
    api.getAll('/api/v1/governments'),
    api.getAll('/api/v1/datasets'),
  ]);
  page.governments = governments.rows;
  page.datasets = datasets.rows;
  if (drawn && !governments.changed && !datasets.changed) {
    return;
  }
  renderSummary(page);
  renderGovernments(page);
  renderDatasets(page);
  drawn = true;
}

function renderSummary(page) {
  const documents = new Set(page.datasets.map((dataset) => dataset.sourceDocument));
  const asOf = page.datasets.filter((dataset) => dataset.asOf).map((dataset) => dataset.asOf);
  const loaded = page.datasets.map((dataset) => dataset.loadedAt).sort().at(-1);
  document.getElementById('coverage-summary').replaceChildren(
    `지방정부 ${page.governments.length}곳, 출처 문서 ${documents.size}건, 데이터셋 ${page.datasets.length}개. `,
    asOf.length ? `인쇄된 기준일: ${[...new Set(asOf)].join(', ')}. ` : '',
    `마지막 적재: ${formatDateTime(loaded)}. `,
    en(`${page.governments.length} governments, ${documents.size} source documents, `
      + `${page.datasets.length} datasets${asOf.length ? `; as-of dates printed: ${[...new Set(asOf)].join(', ')}` : ''}; `
      + `last loaded ${formatDateTime(loaded, 'en-GB')}.`));
}

function renderGovernments(page) {
  const datasetCount = (id) => page.datasets.filter((dataset) => dataset.governmentId === id).length;
  document.getElementById('governments-table').replaceChildren(dataTable({
    caption: '지방정부 · Governments',
    captionHidden: true,
    columns: [
      { label: '이름 · Name', header: true, cell: (g) => g.name },
      { label: '구분 · Level', cell: (g) => `${g.levelLabel} ${g.level}` },
      { label: '행정코드 · Code', cell: (g) => g.adminCode },
      { label: 'id', cell: (g) => h('code', {}, g.id) },
      { label: '데이터셋 · Datasets', numeric: true, cell: (g) => formatNumber(datasetCount(g.id)) },
    ],
    rows: page.governments,
  }));
}

function renderDatasets(page) {
  document.getElementById('datasets-list').replaceChildren(...page.datasets.map((dataset) => h('li',
    { class: 'card', 'data-key': dataset.id },
    h('h4', {}, dataset.title, ' ', h('span', { class: 'muted' }, `— ${page.governmentName(dataset.governmentId)}`)),
    sourceLine(dataset),
    h('dl', {},
      entry('기간 · Period', dataset.periodText ?? '–'),
      entry('기준일 · As of', dataset.asOf ? `${dataset.asOf} (${dataset.asOfText})` : '인쇄되지 않음 · not printed'),
      entry('행 · Rows', formatNumber(dataset.rowCount)),
      entry('단위 · Unit', dataset.unitLabel ?? '–')),
    h('p', { class: 'card-links' },
      h('a', { href: `/api/v1/datasets/${encodeURIComponent(dataset.id)}` }, '필드 사전 · Field dictionary'),
      ' · ', h('code', {}, dataset.id)))));
}

function entry(term, definition) {
  return [h('dt', {}, term), h('dd', {}, definition)];
}
