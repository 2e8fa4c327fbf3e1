#!/usr/bin/env python3
# Writes the SYNTHETIC example package (src/test/resources/packages/synthetic-gwangju-nam) and the corpus of broken
# packages made from it (src/test/resources/broken-packages), each with the problem it must be refused with. Run from the
# repository root after a change of the bundled datapackage.json: python3 src/test/make-test-packages.py
import json, csv, io, os, copy
DP = json.load(open('./src/main/resources/data/datapackage.json', encoding='utf-8'))
RES = {r['name']: r for r in DP['resources']}
G = 'synthetic-gwangju-nam'
DS = G + '-pledge-plan'
def resource(name):
    r = copy.deepcopy(RES[name])
    return r
def write_csv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        for row in rows:
            w.writerow(['' if v is None else v for v in row])
def package(dirname):
    os.makedirs(dirname, exist_ok=True)
    govs = [[G, '(합성) 광주광역시 남구', 'BASIC', '기초', '29155', None]]
    datasets = [[DS, G, '[합성] 민선8기 공약사업 연차별 투자계획', 'SYNTHETIC-gwangju-nam-pledge-plan.txt',
                 '[합성] 매니페스토(공약) > 공약투자계획 > 연차별 투자계획', '(합성) 광주광역시 남구', None, None, '민선8기',
                 'MILLION_KRW', '백만원', 'SYNTHETIC: made up for tests and as an example; published by no one',
                 'SYNTHETIC example package: a made-up 공약 연차별 투자계획 of a district, in the shape of 001 (pledges and sub-pledges, the periods 2022~2023, 2024, 2025, 2026 and a printed grand total), to show and test the loading of a second package. Not real data.']]
    titles = ['[합성] 마을자치 활성화', '[합성] 청년 일자리 지원', '[합성] 어르신 돌봄 확대', '[합성] 생활체육 시설 확충',
              '[합성] 하천 생태공원 조성', '[합성] 스마트 교통 안전', '[합성] 전통시장 활성화', '[합성] 탄소중립 마을']
    periods = [('2022-2023', 2022, 2023), ('2024', 2024, 2024), ('2025', 2025, 2025), ('2026', 2026, 2026)]
    pledges, inv = [], []
    order = 0
    sums = [0.0] * 5
    for p in range(8):
        area = p % 5 + 1
        code = f'{area}-{p // 5 + 1}'
        pid = f'{G}:{code}'
        subs = [] if p in (3, 6) else [1, 2]
        nonbudget = p == 6
        if subs:
            sub_amounts = []
            for s in subs:
                amts = [None if (p + s + i) % 4 == 0 else round(100 + 37.5 * (p + 1) * (s + i), 2) for i in range(4)]
                sub_amounts.append(amts)
            amts = [None if all(a[i] is None for a in sub_amounts) else round(sum(a[i] or 0 for a in sub_amounts), 2) for i in range(4)]
        else:
            sub_amounts = []
            amts = [None] * 4 if nonbudget else [250.5, 300, None, 120.25]
        total = None if nonbudget else round(sum(a or 0 for a in amts), 2)
        order += 1
        pledges.append([pid, G, DS, code, area, 1, None, titles[p], fmt(total), 'NON_BUDGET' if nonbudget else 'AMOUNT',
                        'NON_BUDGET' if nonbudget else 'BUDGET', 'MILLION_KRW', order])
        for i, (per, fy, ty) in enumerate(periods):
            st = 'NON_BUDGET' if nonbudget else ('NONE' if amts[i] is None else 'AMOUNT')
            inv.append([f'{pid}:{per}', pid, per, fy, ty, fmt(amts[i]), st, 'MILLION_KRW'])
            sums[i + 1] += amts[i] or 0
        sums[0] += total or 0
        for s, sa in zip(subs, sub_amounts):
            order += 1
            sid = f'{pid}-{s}'
            stotal = round(sum(a or 0 for a in sa), 2)
            pledges.append([sid, G, DS, f'{code}-{s}', area, 2, pid, f'{titles[p]} 세부사업 {s}', fmt(stotal), 'AMOUNT', 'BUDGET', 'MILLION_KRW', order])
            for i, (per, fy, ty) in enumerate(periods):
                inv.append([f'{sid}:{per}', sid, per, fy, ty, fmt(sa[i]), 'NONE' if sa[i] is None else 'AMOUNT', 'MILLION_KRW'])
    totals = [[f'{G}:total', DS, G, '총 계', None, None, None, fmt(round(sums[0], 2)), 'AMOUNT', 'MILLION_KRW']]
    for i, (per, fy, ty) in enumerate(periods):
        v = round(sums[i + 1], 2)
        if per == '2025':
            v = round(v + 10, 2)  # printed with a difference, as 001 has: /consistency lists it
        totals.append([f'{G}:total:{per}', DS, G, '총 계', per, fy, ty, fmt(v), 'AMOUNT', 'MILLION_KRW'])
    data = {'governments': govs, 'datasets': datasets, 'pledges': pledges, 'investments': inv, 'published_totals': totals}
    rs = []
    for name, rows in data.items():
        r = resource(name)
        write_csv(os.path.join(dirname, r['path']), [f['name'] for f in r['schema']['fields']], rows)
        rs.append(r)
    desc = {'profile': 'tabular-data-package', 'name': 'synthetic-gwangju-nam',
            'title': '[합성] SYNTHETIC example package: a made-up 공약 plan of 광주광역시 남구 (not real data)',
            'description': 'A SYNTHETIC data package in the shape of the bundled one: one made-up district, its pledge plan with yearly investments and the printed grand total, one period of which is printed 10 more than its parts so that /api/v1/consistency has a difference to list. Never loaded by default; tests load it beside the bundled package.',
            'version': '1.0.0', 'resources': rs,
            'apiFieldNotes': [{'dataset': DS, 'resource': 'pledges', 'field': 'title', 'description': 'Title as made up for this SYNTHETIC example, prefixed [합성].'}]}
    json.dump(desc, open(os.path.join(dirname, 'datapackage.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    open(os.path.join(dirname, 'datapackage.json'), 'a').write('\n')
def fmt(v):
    if v is None: return None
    s = f'{v:.2f}'.rstrip('0').rstrip('.') if isinstance(v, float) else str(v)
    return s
package('./src/test/resources/packages/synthetic-gwangju-nam')
import shutil, zipfile, struct
SRC = './src/test/resources/packages/synthetic-gwangju-nam'
OUT = './src/test/resources/broken-packages'
shutil.rmtree(OUT, ignore_errors=True)
os.makedirs(OUT)
def rows(d, f):
    return list(csv.reader(open(os.path.join(d, f), encoding='utf-8', newline='')))
def save(d, f, rs):
    with open(os.path.join(d, f), 'w', encoding='utf-8', newline='') as fh:
        csv.writer(fh, lineterminator='\n').writerows(rs)
def desc(d): return json.load(open(os.path.join(d, 'datapackage.json'), encoding='utf-8'))
def save_desc(d, j): json.dump(j, open(os.path.join(d, 'datapackage.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
cases = []
def case(name, expected):
    def deco(fn):
        cases.append((name, expected, fn))
        return fn
    return deco
def cell(f, row, col, value, name=None):
    """Sets row (1 = first data row) column col (name) of file f; returns the location prefix."""
    def apply(d):
        rs = rows(d, f)
        i = rs[0].index(col)
        rs[row][i] = value
        save(d, f, rs)
    return apply, f'{f}:{row + 1}:{rs_index(f, col) + 1} {col} — '
def rs_index(f, col):
    return rows(SRC, f)[0].index(col)
def simple(name, f, row, col, value, problem):
    apply, loc = cell(f, row, col, value)
    cases.append((name, loc + problem, apply))
simple('wrong-type-integer', 'pledges.csv', 1, 'area', 'one', 'not an integer')
simple('wrong-type-number', 'investments.csv', 2, 'amount', '12a', 'not a number')
simple('thousands-separator', 'investments.csv', 2, 'amount', '1,387.5', 'not a number (plain digits, a point for decimals, no thousands separator); write it without the thousands separator')
simple('number-with-exponent', 'investments.csv', 2, 'amount', '3.875e2', 'a number with an exponent')
simple('wrong-type-boolean-date', 'datasets.csv', 1, 'as_of', 'yesterday', 'not a date in the form YYYY-MM-DD')
simple('impossible-date', 'datasets.csv', 1, 'as_of', '2023-02-30', 'not a date of the calendar')
simple('unknown-government', 'pledges.csv', 1, 'government_id', 'synthetic-nowhere', 'unknown government')
simple('government-of-another-package', 'pledges.csv', 1, 'government_id', 'gwangju-seo', 'a government of the package localgov-open-data')
simple('missing-provenance-source-document', 'datasets.csv', 1, 'source_document', '', 'required, but empty')
simple('missing-provenance-dataset', 'pledges.csv', 1, 'dataset_id', '', 'required, but empty')
simple('unknown-dataset', 'pledges.csv', 1, 'dataset_id', 'synthetic-gwangju-nam-other', 'unknown dataset')
simple('dash-in-a-number-column', 'investments.csv', 3, 'amount', '-', 'not a number (plain digits, a point for decimals, no thousands separator); a printed - is an empty amount')
simple('non-budget-in-a-number-column', 'investments.csv', 3, 'amount', '비예산', 'not a number (plain digits, a point for decimals, no thousands separator); a printed 비예산 is an empty amount')
simple('negative-amount', 'investments.csv', 2, 'amount', '-387.5', 'less than the minimum 0')
simple('status-not-in-enum', 'investments.csv', 2, 'status', 'DASH', 'not one of AMOUNT, NONE, NON_BUDGET')
simple('unknown-unit', 'investments.csv', 2, 'unit', 'WON', 'not one of KRW')
simple('period-not-its-years', 'investments.csv', 2, 'period', '2025', 'the years 2024 to 2024 are the period 2024')
simple('formula-cell', 'pledges.csv', 1, 'title', '=HYPERLINK("http://example.org","클릭")', 'starts like a spreadsheet formula')
simple('formula-cell-at', 'pledges.csv', 1, 'title', '@SUM(1+1)*cmd|\' /C calc\'!A0', 'starts like a spreadsheet formula')
simple('formula-cell-tab', 'datasets.csv', 1, 'title', '\t=1+1', 'starts like a spreadsheet formula')
simple('pledge-code-pattern', 'pledges.csv', 1, 'code', '1.1', 'does not match the pattern')
simple('depth-not-in-enum', 'pledges.csv', 1, 'depth', '3', 'not one of 1, 2')
simple('dangling-parent', 'pledges.csv', 2, 'parent_id', 'synthetic-gwangju-nam:9-9', 'names no row of pledges')
simple('dangling-investment-pledge', 'investments.csv', 1, 'pledge_id', 'synthetic-gwangju-nam:9-9', 'names no row of pledges')
simple('admin-code-pattern', 'governments.csv', 1, 'admin_code', '2915', 'does not match the pattern')
simple('level-label-mismatch', 'governments.csv', 1, 'level_label', '광역', 'the label of BASIC is 기초')
simple('government-already-loaded', 'governments.csv', 1, 'admin_code', '29140', 'already the code of a government of the package localgov-open-data')
simple('required-title-empty', 'pledges.csv', 1, 'title', '', 'required, but empty')
def written_as_zero(name, file, status_column, amount_column, status, printed):
    """A 0 written where the source prints - or 비예산: the first row of that status gets amount 0."""
    def change(d):
        rs = rows(d, file); h = rs[0]
        for r in rs[1:]:
            if r[h.index(status_column)] == status:
                r[h.index(amount_column)] = '0'; break
        save(d, file, rs)
    src = rows(SRC, file)
    line = [i for i, r in enumerate(src) if r[src[0].index(status_column)] == status][0] + 1
    column = src[0].index(amount_column) + 1
    cases.append((name, f'{file}:{line}:{column} {amount_column} — 0 written for a printed {printed}', change))
written_as_zero('dash-written-as-zero', 'investments.csv', 'status', 'amount', 'NONE', '- (status NONE)')
written_as_zero('non-budget-written-as-zero', 'pledges.csv', 'total_status', 'total_amount', 'NON_BUDGET', '비예산')
def amount_missing(d):
    rs = rows(d, 'investments.csv'); rs[1][5] = ''; save(d, 'investments.csv', rs)
cases.append(('amount-missing-for-status-amount', 'investments.csv:2:6 amount — status AMOUNT needs the amount', amount_missing))
def duplicate_id(d):
    rs = rows(d, 'pledges.csv'); rs.append(rs[4]); save(d, 'pledges.csv', rs)
cases.append(('duplicate-id', f'pledges.csv:{len(rows(SRC, "pledges.csv")) + 1}:1 id — a second row with the key id', duplicate_id))
def duplicate_inv(d):
    rs = rows(d, 'investments.csv'); rs.append(rs[7]); save(d, 'investments.csv', rs)
cases.append(('duplicate-investment-id', f'investments.csv:{len(rows(SRC, "investments.csv")) + 1}:1 id — a second row with the key id', duplicate_inv))
def outside_ns(d):
    rs = rows(d, 'pledges.csv'); h = rs[0]
    rs[1][0] = 'gwangju-seo:1-1'; save(d, 'pledges.csv', rs)
cases.append(('id-outside-namespace', 'pledges.csv:2:1 id — outside the namespace: the id must start with synthetic-gwangju-nam:', outside_ns))
def ds_outside_ns(d):
    for f, col in (('datasets.csv', 0), ('pledges.csv', 2), ('published_totals.csv', 1)):
        rs = rows(d, f)
        for r in rs[1:]:
            if r[col] == 'synthetic-gwangju-nam-pledge-plan': r[col] = 'gwangju-seo-pledge-plan-x'
        save(d, f, rs)
    j = desc(d); j['apiFieldNotes'] = []; save_desc(d, j)
cases.append(('dataset-id-outside-namespace', 'datasets.csv:2:1 id — outside the namespace: the id must start with synthetic-gwangju-nam-', ds_outside_ns))
def gov_taken(d):
    for f in os.listdir(d):
        p = os.path.join(d, f); s = open(p, encoding='utf-8').read()
        open(p, 'w', encoding='utf-8').write(s.replace('synthetic-gwangju-nam', 'incheon-seo').replace('29155', '28999'))
cases.append(('government-of-the-bundled-package', 'governments.csv:2:1 id — already a government of the package localgov-open-data', gov_taken))
def parent_depth(d):
    rs = rows(d, 'pledges.csv')
    # a sub-pledge whose parent is another sub-pledge
    rs[3][6] = rs[2][0]; save(d, 'pledges.csv', rs)
cases.append(('parent-of-wrong-depth', 'pledges.csv:4:7 parent_id — the parent of a sub-pledge is a pledge of depth 1', parent_depth))
def code_depth(d):
    rs = rows(d, 'pledges.csv'); rs[2][5] = '1'; rs[2][6] = ''; save(d, 'pledges.csv', rs)
cases.append(('depth-not-the-codes', 'pledges.csv:3:6 depth — the code 1-1-1 has depth 2', code_depth))
def years_reversed(d):
    rs = rows(d, 'investments.csv'); rs[1][3] = '2024'; rs[1][4] = '2022'; save(d, 'investments.csv', rs)
cases.append(('period-ends-before-it-starts', 'investments.csv:2:5 to_year — before from_year 2024', years_reversed))
def cp949(d):
    p = os.path.join(d, 'pledges.csv'); s = open(p, encoding='utf-8').read()
    open(p, 'wb').write(s.encode('cp949'))
cases.append(('cp949-without-declaration', 'pledges.csv:2:0 - — bytes that are not valid in the declared encoding (UTF-8); a file in CP949 must say so', cp949))
def header(d):
    rs = rows(d, 'pledges.csv'); rs[0][3], rs[0][4] = rs[0][4], rs[0][3]; save(d, 'pledges.csv', rs)
cases.append(('header-not-the-schema', "pledges.csv:1:1 - — the header must be the schema's fields in order", header))
def short_row(d):
    rs = rows(d, 'pledges.csv'); rs[2] = rs[2][:-1]; save(d, 'pledges.csv', rs)
cases.append(('row-with-a-missing-cell', 'pledges.csv:3:1 - — a row of 12 cells, the header has 13', short_row))
def unclosed(d):
    p = os.path.join(d, 'pledges.csv'); s = open(p, encoding='utf-8').read().split('\n')
    s[5] = s[5].replace('[합성]', '"[합성]', 1); open(p, 'w', encoding='utf-8').write('\n'.join(s))
cases.append(('unclosed-quote', 'pledges.csv:6:0 - — a quoted cell that is never closed', unclosed))
def schema_type(d):
    j = desc(d)
    for r in j['resources']:
        if r['name'] == 'pledges':
            for f in r['schema']['fields']:
                if f['name'] == 'total_amount': f['type'] = 'string'
    save_desc(d, j)
cases.append(('schema-type-changed', 'resources[2].schema.fields[8].type — the type of total_amount is number', schema_type))
def res_mut(key, value, expected_at, problem, name):
    def apply(d):
        j = desc(d)
        r = j['resources'][2]
        if value is None: r.pop(key, None)
        else: r[key] = value
        save_desc(d, j)
    cases.append((name, f'{expected_at} — {problem}', apply))
res_mut('name', 'budgets', 'resources[2].name', 'not a resource this service has', 'unknown-resource')
res_mut('path', 'nope.csv', 'resources[2].path', 'no such file in the package', 'missing-file')
res_mut('path', '../pledges.csv', 'resources[2].path', 'a path that leaves the package', 'path-traversal')
res_mut('path', '/etc/passwd', 'resources[2].path', 'an absolute path', 'absolute-path')
res_mut('path', 'https://example.org/pledges.csv', 'resources[2].path', 'a remote path', 'remote-path')
res_mut('encoding', 'latin-1', 'resources[2].encoding', 'not an encoding this loader reads', 'unsupported-encoding')
res_mut('bytes', 2147483648, 'resources[2].bytes', 'declares more than 1073741824 bytes', 'declared-2-gb-size')
res_mut('dialect', {'delimiter': ';', 'commentChar': '#'}, 'resources[2].dialect.commentChar', 'a CSV Dialect property this loader does not read', 'unsupported-dialect')
def wrong_bytes(d):
    j = desc(d); j['resources'][2]['bytes'] = 12; save_desc(d, j)
cases.append(('declared-size-not-the-files', 'pledges.csv:0:0 - — the descriptor declares 12 bytes, the file has', wrong_bytes))
def bad_json(d):
    p = os.path.join(d, 'datapackage.json'); s = open(p, encoding='utf-8').read(); open(p, 'w', encoding='utf-8').write(s[:len(s) // 2])
cases.append(('invalid-json', 'datapackage.json:', bad_json))
def no_desc(d): os.remove(os.path.join(d, 'datapackage.json'))
cases.append(('missing-descriptor', 'datapackage.json:0:0 - — missing: a package is a datapackage.json', no_desc))
def bad_name(d):
    j = desc(d); j['name'] = 'My Package'; save_desc(d, j)
cases.append(('bad-package-name', 'name — a package needs a name of lower-case letters', bad_name))
def no_govs(d):
    j = desc(d); j['resources'] = [r for r in j['resources'] if r['name'] != 'governments']; save_desc(d, j)
cases.append(('no-governments-resource', 'resources — a package needs the resource governments', no_govs))
def bad_note(d):
    j = desc(d); j['apiFieldNotes'][0]['field'] = 'nope'; save_desc(d, j)
cases.append(('note-on-an-unknown-field', "apiFieldNotes[0] — not a field of the API's dictionary", bad_note))
# the corpus of directories
for name, expected, fn in cases:
    d = os.path.join(OUT, name)
    shutil.copytree(SRC, d)
    fn(d)
    open(os.path.join(d, 'expected-problem.txt'), 'w', encoding='utf-8').write(expected + '\n')
# zips
def zip_of(d, target, entries=None):
    with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
        for f in sorted(os.listdir(d)):
            z.write(os.path.join(d, f), (entries or {}).get(f, f))
zips = os.path.join(OUT, 'zips'); os.makedirs(zips)
def zcase(name, expected, build):
    build(os.path.join(zips, name + '.zip'))
    open(os.path.join(zips, name + '.expected-problem.txt'), 'w', encoding='utf-8').write(expected + '\n')
def truncated(t):
    zip_of(SRC, t); b = open(t, 'rb').read(); open(t, 'wb').write(b[:len(b) * 2 // 3])
zcase('truncated', 'not a readable zip (truncated or damaged)', truncated)
zcase('dot-dot-path', '../pledges.csv: a path that leaves the package', lambda t: zip_of(SRC, t, {'pledges.csv': '../pledges.csv'}))
def absolute(t):
    with zipfile.ZipFile(t, 'w') as z:
        for f in sorted(os.listdir(SRC)):
            info = zipfile.ZipInfo('/tmp/' + f if f == 'pledges.csv' else f)
            info.filename = '/tmp/' + f if f == 'pledges.csv' else f
            z.writestr(info, open(os.path.join(SRC, f), 'rb').read())
zcase('absolute-path', '/tmp/pledges.csv: an absolute path', absolute)
def two_gb(t):
    zip_of(SRC, t); b = bytearray(open(t, 'rb').read())
    i = b.find(b'PK\x01\x02')
    struct.pack_into('<I', b, i + 24, 2147483648)
    open(t, 'wb').write(bytes(b))
zcase('declared-2-gb', 'datapackage.json: declares 2147483648 bytes, more than 1073741824', lambda t: two_gb(t))
def symlink(t):
    with zipfile.ZipFile(t, 'w') as z:
        for f in sorted(os.listdir(SRC)):
            if f == 'pledges.csv':
                info = zipfile.ZipInfo('pledges.csv'); info.create_system = 3
                info.external_attr = (0o120777 << 16); z.writestr(info, '/etc/passwd')
            else:
                z.write(os.path.join(SRC, f), f)
zcase('symlink', 'pledges.csv: a symbolic link', symlink)
def bomb(t):
    # one entry that inflates to far more than it declares: a lying header must not make the loader read it all
    zip_of(SRC, t)
    b = bytearray(open(t, 'rb').read())
    i = b.find(b'PK\x01\x02')
    while i >= 0:
        n = struct.unpack_from('<H', b, i + 28)[0]
        if bytes(b[i + 46:i + 46 + n]) == b'pledges.csv':
            struct.pack_into('<I', b, i + 24, 10)
        i = b.find(b'PK\x01\x02', i + 4)
    open(t, 'wb').write(bytes(b))
bomb('./src/test/resources/packages/synthetic-gwangju-nam-lying-size.zip')
def many(t):
    with zipfile.ZipFile(t, 'w') as z:
        for f in sorted(os.listdir(SRC)): z.write(os.path.join(SRC, f), f)
        for i in range(1001): z.writestr(f'x/{i}.txt', '')
zcase('too-many-entries', 'entries, more than 1000', many)
print(len(cases), 'directories,', len(os.listdir(zips)) // 2, 'zips')
