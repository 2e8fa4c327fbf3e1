// The front page: loads what the data covers, then draws each section from the live API. Every request goes
// through one ApiClient, so a re-check (the button, the timer, or a reload of the tab) costs only 304s when
// nothing changed, and a section is drawn again only when one of its answers changed.

import { ApiClient } from './api.js';
import { redrawAll } from './charts.js';
import { en, h } from './dom.js';
import * as consistency from './sections/consistency.js';
import * as coverage from './sections/coverage.js';
import * as disaster from './sections/disaster.js';
import * as execution from './sections/execution.js';
import * as pledges from './sections/pledges.js';
import * as search from './sections/search.js';

const REFRESH_SECONDS = 60;

const api = new ApiClient();

/** Lookups the sections share; the coverage section fills governments and datasets. */
const page = {
  governments: [],
  datasets: [],
  governmentName(id) {
    return this.governments.find((government) => government.id === id)?.name ?? id;
  },
  datasetTitle(id) {
    return this.datasets.find((dataset) => dataset.id === id)?.title ?? id;
  },
  datasetGovernment(id) {
    return this.datasets.find((dataset) => dataset.id === id)?.governmentId;
  },
};

/** The sections drawn after the coverage, each by the id of its <section>. */
const SECTIONS = { pledges, disaster, execution, consistency };

let checking = false;
let timer = null;

/** Loads (or revalidates) everything and draws what changed. */
async function check() {
  if (checking) {
    return;
  }
  checking = true;
  document.body.dataset.state = 'loading';
  api.resetCounts();
  setStatus('확인 중… · Checking…');
  const failures = [];
  await run('coverage', () => coverage.update(api, page), failures);
  await Promise.all(Object.entries(SECTIONS).map(([id, section]) => run(id, () => section.update(api, page), failures)));
  reportCounts(failures);
  document.body.dataset.state = failures.length ? 'error' : 'ready';
  checking = false;
}

/** Runs one section's update; a failure is shown in that section and does not stop the others. */
async function run(id, update, failures) {
  const section = document.getElementById(id);
  section.querySelector(':scope > .section-error')?.remove();
  try {
    await update();
  } catch (error) {
    failures.push(id);
    section.querySelector('h2').after(h('p', { class: 'section-error', role: 'alert' },
      '이 부분을 불러오지 못했습니다. ', en(`Could not load this part: ${error.message}`)));
    console.warn(`section ${id}:`, error);
  }
}

function reportCounts(failures) {
  const { requests, ok, notModified } = api.counts;
  const now = new Date();
  setStatus(`${now.toLocaleTimeString('ko-KR')} 확인: 요청 ${requests}건, 새 응답 ${ok}건, 변경 없음(304) ${notModified}건`
    + `${failures.length ? `, 실패 ${failures.length}곳` : ''}. `,
  en(`Checked at ${now.toLocaleTimeString('en-GB')}: ${requests} requests, ${ok} new, ${notModified} unchanged (304)`
    + `${failures.length ? `, ${failures.length} sections failed` : ''}.`));
}

function setStatus(...content) {
  document.getElementById('status').replaceChildren(...content);
}

async function changeGovernment() {
  api.resetCounts();
  const failures = [];
  await run('pledges', () => pledges.update(api, page), failures);
  reportCounts(failures);
}

function setAutoRefresh(on) {
  clearInterval(timer);
  timer = on ? setInterval(() => document.hidden || check(), REFRESH_SECONDS * 1000) : null;
}

/** Charts are drawn at their container's width: draw them again when the page width changes. */
function redrawOnResize() {
  const main = document.getElementById('main');
  let drawnWidth = main.clientWidth;
  let latestWidth = drawnWidth;
  let pending = false;
  new ResizeObserver(([entry]) => {
    latestWidth = Math.round(entry.contentRect.width);
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (latestWidth !== drawnWidth) {
          drawnWidth = latestWidth;
          redrawAll();
        }
      });
    }
  }).observe(main);
}

pledges.init(changeGovernment);
search.init(api);
document.getElementById('refresh-now').addEventListener('click', check);
document.getElementById('refresh-auto').addEventListener('change', (event) => setAutoRefresh(event.target.checked));
redrawOnResize();
check();
