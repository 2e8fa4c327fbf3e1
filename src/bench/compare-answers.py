#!/usr/bin/env python3
"""Compares two running services answer for answer: status, Content-Type, X-Total-Count and body, byte for byte,
over never-asked URLs of /investments (the combinations wrk-never-asked.lua visits, here a scrambled sample), their
CSV, and filtered pages of /pledges. The link to the next page is compared as "a next page or none", as issue 23
made it a cursor where it was a page number; everything else must be identical.

    python3 src/bench/compare-answers.py http://127.0.0.1:8080 http://127.0.0.1:8081 [count]
"""
import re
import sys
import urllib.error
import urllib.request

AREAS = ["", "1", "2", "3", "4", "5"]
DEPTHS = ["", "1", "2"]
YEARS = ["", "2022", "2023", "2024", "2025", "2026"]
STATUSES = ["", "AMOUNT", "NONE", "NON_BUDGET"]
WORDS = ["", "%EB%8F%8C%EB%B4%84", "%EC%B2%AD%EB%85%84", "%EC%A7%80%EC%9B%90"]
SORTS = ["", "pledge", "-pledge", "period", "-period", "amount", "-amount", "-amount,period", "period,-pledge"]
NEXT = re.compile(rb'"next":"[^"]*"')
LINK_NEXT = re.compile(r'<[^>]*>; rel="next"')


def urls(count):
    total = len(AREAS) * len(DEPTHS) * len(YEARS) * len(STATUSES) * len(WORDS) * len(SORTS) * 100
    for index in range(count):
        n = (index * 1000003) % total
        parts = []
        for name, values in (("area", AREAS), ("depth", DEPTHS), ("fiscalYear", YEARS), ("status", STATUSES),
                             ("q", WORDS), ("sort", SORTS)):
            value = values[n % len(values)]
            n //= len(values)
            if value:
                parts.append(f"{name}={value}")
        size = n % 100 + 1
        query = "&".join(parts + [f"size={size}"])
        yield "/api/v1/investments?" + query
        if index % 4 == 0:
            yield "/api/v1/investments?" + query + "&page=2"
        if index % 25 == 0:
            yield "/api/v1/investments?format=csv&" + query
        if index % 3 == 0:
            pledge_sort = ["", "code", "-total", "title", "-area,title", "depth,-total"][index % 6]
            yield "/api/v1/pledges?" + "&".join(
                [p for p in (f"area={AREAS[index % 6]}" if AREAS[index % 6] else "",
                             f"sort={pledge_sort}" if pledge_sort else "") if p] + [f"size={size}"])


def fetch(base, path):
    try:
        with urllib.request.urlopen(base + path) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def main():
    old, new = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    compared = differing = 0
    for path in urls(count):
        a, b = fetch(old, path), fetch(new, path)
        same = (a[0] == b[0] and a[1].get("Content-Type") == b[1].get("Content-Type")
                and a[1].get("X-Total-Count") == b[1].get("X-Total-Count")
                and NEXT.sub(b'"next":"N"', a[2]) == NEXT.sub(b'"next":"N"', b[2])
                and LINK_NEXT.sub("N", a[1].get("Link") or "") == LINK_NEXT.sub("N", b[1].get("Link") or ""))
        compared += 1
        if not same:
            differing += 1
            if differing <= 5:
                print(f"DIFFERENT {path}: {a[0]} {len(a[2])} B / {b[0]} {len(b[2])} B", file=sys.stderr)
    print(f"{compared} answers compared, {differing} different")
    sys.exit(1 if differing or compared == 0 else 0)


if __name__ == "__main__":
    main()
