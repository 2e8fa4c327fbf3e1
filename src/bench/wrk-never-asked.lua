-- wrk script for scenario 6: never-asked URLs of /api/v1/investments on the bundled data, as a new user tries them
-- (filters, sort, size and page), each URL sent once. The URLs are the combinations of those parameters, visited in a
-- scrambled order (an index times a prime, modulo their number) so that neighbouring requests differ in every
-- parameter. Arguments: the first index (the warm-up and the measured run start far apart, so that the measured run
-- never asks a URL the warm-up asked), and the path (default /api/v1/investments).
local areas = {"", "1", "2", "3", "4", "5"}
local depths = {"", "1", "2"}
local years = {"", "2022", "2023", "2024", "2025", "2026"}
local statuses = {"", "AMOUNT", "NONE", "NON_BUDGET"}
local words = {"", "%EB%8F%8C%EB%B4%84", "%EC%B2%AD%EB%85%84", "%EC%A7%80%EC%9B%90"} -- 돌봄, 청년, 지원
local sorts = {"", "pledge", "-pledge", "period", "-period", "amount", "-amount", "-amount,period", "period,-pledge"}
local sizes = 100
local total = #areas * #depths * #years * #statuses * #words * #sorts * sizes
local prime = 1000003
local index = 0
local path = "/api/v1/investments"

init = function(args)
    index = tonumber(args[1]) or 0
    path = args[2] or path
end

local function pick(list, n)
    return list[(n % #list) + 1], math.floor(n / #list)
end

request = function()
    local n = (index * prime) % total
    index = index + 1
    local area, depth, year, status, word, sort
    area, n = pick(areas, n)
    depth, n = pick(depths, n)
    year, n = pick(years, n)
    status, n = pick(statuses, n)
    word, n = pick(words, n)
    sort, n = pick(sorts, n)
    local size = (n % sizes) + 1
    local query = "size=" .. size
    if area ~= "" then query = query .. "&area=" .. area end
    if depth ~= "" then query = query .. "&depth=" .. depth end
    if year ~= "" then query = query .. "&fiscalYear=" .. year end
    if status ~= "" then query = query .. "&status=" .. status end
    if word ~= "" then query = query .. "&q=" .. word end
    if sort ~= "" then query = query .. "&sort=" .. sort end
    -- A second page where there is one whatever the filters give: none but the sort, and at most 124 rows a page.
    if area == "" and depth == "" and year == "" and status == "" and word == "" and size <= 124 and index % 2 == 0 then
        query = query .. "&page=2"
    end
    return wrk.format("GET", path .. "?" .. query)
end

-- The same result line as the other scenarios: done() of wrk-report.lua, beside this file.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-report.lua")
