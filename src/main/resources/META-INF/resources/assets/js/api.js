// A small client for /api/v1 that revalidates like a good dashboard: it keeps the ETag and body of every answer
// (in memory and in sessionStorage, so a reload of the tab revalidates too), asks again with If-None-Match and
// reuses the body it holds when the server answers 304 Not Modified.

const STORAGE_PREFIX = 'civicdata.api:';

/** An answer the API refused, with the detail of its problem+json body when there is one. */
export class ApiError extends Error {
  constructor(url, status, detail) {
    super(`${url}: HTTP ${status}${detail ? ` — ${detail}` : ''}`);
    this.url = url;
    this.status = status;
  }
}

export class ApiClient {
  /** @param {Storage|null} storage where answers outlive a reload; null for memory only */
  constructor(storage = sessionStorageOrNull()) {
    this.storage = storage;
    this.memory = new Map();
    this.resetCounts();
  }

  /** Counts of the answers since the last reset: full 200s and bodiless 304s. */
  resetCounts() {
    this.counts = { requests: 0, ok: 0, notModified: 0 };
  }

  /**
   * One GET of a JSON resource.
   * @returns {Promise<{body: any, link: string|null, changed: boolean}>} changed is false when a 304 let us reuse
   *   the body we already held
   */
  async get(url) {
    const held = this.memory.get(url) ?? this.#read(url);
    const headers = { Accept: 'application/json' };
    if (held) {
      headers['If-None-Match'] = held.etag;
    }
    // no-store keeps the browser's own HTTP cache out of the way: this client does the revalidation itself and
    // must see the 304s (a request with If-None-Match set by script bypasses that cache in any case).
    const response = await fetch(url, { headers, cache: 'no-store' });
    this.counts.requests++;
    if (response.status === 304 && held) {
      await response.arrayBuffer(); // read the empty body to its end, or Chromium counts the request as aborted
      this.counts.notModified++;
      return { body: held.body, link: held.link, changed: false };
    }
    if (!response.ok) {
      throw new ApiError(url, response.status, await problemDetail(response));
    }
    const entry = { etag: response.headers.get('ETag'), link: response.headers.get('Link'), body: await response.json() };
    this.counts.ok++;
    if (entry.etag) {
      this.memory.set(url, entry);
      this.#write(url, entry);
    }
    return { body: entry.body, link: entry.link, changed: true };
  }

  /**
   * Every row of a collection: the first page, then each page its Link header names as rel="next".
   * @returns {Promise<{rows: any[], total: number, changed: boolean}>}
   */
  async getAll(url) {
    const rows = [];
    let total = 0;
    let changed = false;
    for (let next = url; next; ) {
      const page = await this.get(next);
      rows.push(...page.body.data);
      total = page.body.meta.total;
      changed ||= page.changed;
      next = linkTarget(page.link, 'next');
    }
    if (rows.length !== total) {
      throw new ApiError(url, 200, `${rows.length} rows read across the pages, but the collection has ${total}`);
    }
    return { rows, total, changed };
  }

  #read(url) {
    try {
      const text = this.storage?.getItem(STORAGE_PREFIX + url);
      return text ? JSON.parse(text) : undefined;
    } catch {
      return undefined; // storage disabled or a damaged entry: ask without If-None-Match
    }
  }

  #write(url, entry) {
    try {
      this.storage?.setItem(STORAGE_PREFIX + url, JSON.stringify(entry));
    } catch {
      // Quota exceeded or storage disabled: the copy in memory still serves this page.
    }
  }
}

/** The target of the RFC 8288 Link header's member with the given rel, or null. */
export function linkTarget(header, rel) {
  if (!header) {
    return null;
  }
  for (const member of header.split(/,(?=\s*<)/)) {
    const target = /^\s*<([^>]*)>(.*)$/.exec(member);
    const rels = target && /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(target[2]);
    if (rels && (rels[1] ?? rels[2]).split(/\s+/).includes(rel)) {
      return target[1];
    }
  }
  return null;
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail ?? problem.title ?? '';
  } catch {
    return '';
  }
}

function sessionStorageOrNull() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
