// Numbers and dates as Korean readers expect them. A figure is shown with the decimals it was printed with (the
// API sends it as printed); only sums computed here are rounded, to the two decimals the documents use.

const number = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 });

/** A number, or the given placeholder when there is none. */
export function formatNumber(value, missing = '–') {
  return value === null || value === undefined ? missing : number.format(value);
}

/** A number with its unit label, e.g. "1,930 백만원". */
export function formatAmount(value, unitLabel, missing = '–') {
  return value === null || value === undefined ? missing : `${number.format(value)} ${unitLabel ?? ''}`.trim();
}

export function formatPercent(value, missing = '–') {
  return value === null || value === undefined ? missing : `${percent.format(value)}%`;
}

/** A signed difference: "+0.05", "−0.31", "0". */
export function formatDifference(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  if (value === 0) {
    return '0';
  }
  return `${value > 0 ? '+' : '−'}${number.format(Math.abs(value))}`;
}

/** A period as the source prints it: "2022-2023" is the single column 2022~2023. */
export function formatPeriod(period) {
  return period ? period.replace('-', '~') : '';
}

/** An instant in the visitor's time zone, in Korean or, with locale 'en-GB', in English. */
export function formatDateTime(iso, locale = 'ko-KR') {
  return iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' }) : '–';
}

/** Sums of printed figures, rounded to the hundredths the documents print, without float noise. */
export function roundHundredths(value) {
  return Math.round(value * 100) / 100;
}
