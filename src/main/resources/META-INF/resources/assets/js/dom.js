// Building HTML and SVG elements without innerHTML (so no markup is ever parsed from data) and without style
// attributes (which the page's Content-Security-Policy forbids): colours and sizes come from classes in style.css.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element. attrs: attribute values (null/false leave it out, true sets it empty); children: nodes or text. */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same conventions as {@link h}. */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(element, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

let lastId = 0;

/** A document-unique id for aria references. */
export function uid(prefix) {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

let measuring;

/** The rendered width of a text in the page's font at the given size, in CSS pixels. */
export function textWidth(text, fontSize, weight = 'normal') {
  measuring ??= document.createElement('canvas').getContext('2d');
  measuring.font = `${weight} ${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return measuring.measureText(text).width;
}

/**
 * Breaks a text into at most maxLines lines no wider than width, at spaces where it can and between Hangul
 * syllables where it must; the last line ends in an ellipsis when the text does not fit.
 */
export function wrapText(text, width, fontSize, maxLines = 2, weight = 'normal') {
  const fits = (line) => textWidth(line, fontSize, weight) <= width;
  const lines = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines) {
    if (fits(rest)) {
      lines.push(rest);
      rest = '';
      break;
    }
    let cut = 1;
    while (cut < rest.length && fits(rest.slice(0, cut + 1))) {
      cut += 1;
    }
    const space = rest.lastIndexOf(' ', cut);
    if (space > cut / 2) {
      cut = space;
    }
    lines.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) {
    let last = lines.pop();
    while (last.length > 1 && !fits(`${last}…`)) {
      last = last.slice(0, -1);
    }
    lines.push(`${last}…`);
  }
  return lines;
}

/** A multi-line SVG text: one tspan a line, lineHeight apart. */
export function svgLines(lines, x, y, lineHeight, attrs = {}) {
  return s('text', { x, y, ...attrs },
    lines.map((line, i) => s('tspan', { x, dy: i === 0 ? 0 : lineHeight }, line)));
}

/** Round tick values from 0 up to at least max, about count of them. */
export function niceTicks(max, count = 4) {
  if (!(max > 0)) {
    return [0, 1];
  }
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((candidate) => candidate >= raw);
  const ticks = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Math.round(value * 1e6) / 1e6);
    if (value >= max) {
      break;
    }
  }
  return ticks;
}

/** English text beside the Korean, marked as English for screen readers. */
export function en(...children) {
  return h('span', { class: 'en', lang: 'en' }, ...children);
}
