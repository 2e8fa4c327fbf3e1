-- wrk script for scenario 6: never-asked URLs of /api/v1/investments on the bundled data, as a new user tries them
-- (filters, sort, size and page), each URL sent once. The URLs are the combinations of those parameters, visited in a
-- scrambled order (an index times a prime, modulo their number) so that neighbouring requests differ in every
-- parameter. Arguments: the first index (the warm-up and the measured run start far apart, so that the measured run
-- never asks a URL the warm-up asked), and the path (default /api/v1/investments; /api/v1/pledges takes the
-- pledges' own filters and sorts, below).
local areas = {"", "1", "2", "3", "4", "5"}
local depths = {"", "1", "2"}
local words = {"", "%EB%8F%8C%EB%B4%84", "%EC%B2%AD%EB%85%84", "%EC%A7%80%EC%9B%90"} -- 돌봄, 청년, 지원
-- Each collection: its parameters in the order they are picked and written (the empty value leaves one out; a
-- parameter without a name is written as its values are), the last one the sort, and its number of rows.
local collections = {
    investments = {rows = 248, parameters = {
        {"area", areas}, {"depth", depths}, {"fiscalYear", {"", "2022", "2023", "2024", "2025", "2026"}},
        {"status", {"", "AMOUNT", "NONE", "NON_BUDGET"}}, {"q", words},
        {"sort", {"", "pledge", "-pledge", "period", "-period", "amount", "-amount", "-amount,period",
            "period,-pledge"}}}},
    pledges = {rows = 62, parameters = {
        {"area", areas}, {"depth", depths}, {"government", {"", "gwangju-seo"}},
        {"budgetType", {"", "BUDGET", "NON_BUDGET"}},
        {nil, {"", "minTotal=1000", "maxTotal=5000", "minTotal=500&maxTotal=20000"}}, {"q", words},
        {"sort", {"", "code", "-code", "title", "-title", "total", "-total", "-area,total", "depth,-code"}}}},
}
local sizes = 100
local prime = 1000003
local index = 0
local path = "/api/v1/investments"
local collection
local total

init = function(args)
    index = tonumber(args[1]) or 0
    path = args[2] or path
    collection = path:find("/pledges$") and collections.pledges or collections.investments
    total = sizes
    for _, parameter in ipairs(collection.parameters) do
        total = total * #parameter[2]
    end
end

request = function()
    local n = (index * prime) % total
    index = index + 1
    local query = ""
    local filtered = false
    for i, parameter in ipairs(collection.parameters) do
        local values = parameter[2]
        local value = values[(n % #values) + 1]
        n = math.floor(n / #values)
        if value ~= "" then
            query = query .. "&" .. (parameter[1] and parameter[1] .. "=" .. value or value)
            filtered = filtered or i < #collection.parameters
        end
    end
    local size = (n % sizes) + 1
    query = "size=" .. size .. query
    -- A second page where there is one whatever the filters give: none but the sort, and at most half the rows a page.
    if not filtered and size <= collection.rows / 2 and index % 2 == 0 then
        query = query .. "&page=2"
    end
    return wrk.format("GET", path .. "?" .. query)
end

-- The same result line as the other scenarios: done() of wrk-report.lua, beside this file.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-report.lua")
