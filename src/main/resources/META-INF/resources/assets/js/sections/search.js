// 찾기 · Search over the printed text of every resource (/api/v1/search), and the download of the hits as CSV or
// NDJSON. The form is sent by script, never submitted: the page's Content-Security-Policy has form-action 'none'.

import { en, h } from '../dom.js';

const SIZE = 20;

const form = () => document.getElementById('search-form');
const input = () => document.getElementById('search-q');
const results = () => document.getElementById('search-results');
const summary = () => document.getElementById('search-summary');
const downloads = () => document.getElementById('search-downloads');

let latestRequest = 0;

/** Wires the form; a term in the address (#q=…) is searched at once. */
export function init(api) {
  form().addEventListener('submit', (event) => {
    event.preventDefault();
    search(api, input().value.trim());
  });
  const term = new URLSearchParams(location.hash.slice(1)).get('q');
  if (term) {
    input().value = term;
    search(api, term);
  }
}

async function search(api, term) {
  const request = ++latestRequest;
  const list = results();
  if (!term) {
    list.replaceChildren();
    downloads().hidden = true;
    summary().replaceChildren('찾을 말을 입력하세요. ', en('Type a word to search for.'));
    return;
  }
  const query = `q=${encodeURIComponent(term)}`;
  list.setAttribute('aria-busy', 'true');
  try {
    const answer = await api.get(`/api/v1/search?${query}&size=${SIZE}`);
    if (request !== latestRequest) {
      return; // another search was asked for meanwhile
    }
    const { data, meta } = answer.body;
    list.replaceChildren(...data.map((hit) => h('li', { class: 'hit' },
      h('span', { class: 'hit-type' }, hit.type), ' ',
      h('a', { href: hit.link }, hit.title),
      h('p', { class: 'hit-snippet' }, hit.snippet))));
    summary().replaceChildren(`‘${term}’: ${meta.total}건${meta.total > data.length ? `, 처음 ${data.length}건` : ''}. `,
      en(`${meta.total} hits${meta.total > data.length ? `, the first ${data.length} shown` : ''}.`));
    document.getElementById('search-csv').href = `/api/v1/search?${query}&format=csv`;
    document.getElementById('search-ndjson').href = `/api/v1/search?${query}&format=ndjson`;
    downloads().hidden = meta.total === 0;
    list.dataset.term = term;
  } catch (error) {
    list.replaceChildren();
    downloads().hidden = true;
    summary().replaceChildren('찾지 못했습니다. ', en(`The search failed: ${error.message}`));
  } finally {
    if (request === latestRequest) {
      list.removeAttribute('aria-busy');
    }
  }
}
