-- wrk script for scenario 5: every request asks the synthetic national-scale dataset for another filtered page of
-- pledges (a random government, and at random an area, depth, budget type, title word, sort and page size), so
-- that hardly any two requests are the same and no cache can answer them: each one runs its queries.
-- Arguments: the number of synthetic governments (243 per scale unit), whose ids benchmark.sh and
-- synthetic-data.sql agree on: synthetic-m01..synthetic-m17 and synthetic-b00001...
local governments = 243
local words = {"청년", "어르신", "아동", "주거", "교통", "환경", "안전", "문화", "관광", "일자리", "복지", "교육",
    "보건", "도시재생", "스마트", "탄소중립", "하천", "공원", "도서관", "체육", "소상공인", "전통시장", "농업", "돌봄",
    "반려동물", "마을", "자치", "디지털", "에너지", "녹지"}
local sorts = {"-total", "title", "code", "-area,title", "depth,-total"}
local thread_number = 0

local function encode(text)
    return (text:gsub("[^%w%-._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

setup = function(thread)
    thread_number = thread_number + 1
    thread:set("seed", 4242 + thread_number)
end

init = function(args)
    governments = tonumber(args[1]) or governments
    -- A second argument moves the seed: the warm-up and the measured run give different ones, so that the measured run
    -- does not send again, in the same order, the URLs the warm-up sent (and may have left in the cache).
    math.randomseed((seed or 4242) + 1000 * (tonumber(args[2]) or 0))
end

request = function()
    local g = math.random(governments)
    local id
    if g <= 17 then
        id = string.format("synthetic-m%02d", g)
    else
        id = string.format("synthetic-b%05d", g - 17)
    end
    local path = "/api/v1/pledges?government=" .. id .. "&size=" .. math.random(10, 100)
    if math.random() < 0.5 then path = path .. "&area=" .. math.random(1, 5) end
    if math.random() < 0.3 then path = path .. "&depth=" .. math.random(1, 2) end
    if math.random() < 0.1 then path = path .. "&budgetType=NON_BUDGET" end
    if math.random() < 0.3 then path = path .. "&q=" .. encode(words[math.random(#words)]) end
    if math.random() < 0.5 then path = path .. "&sort=" .. encode(sorts[math.random(#sorts)]) end
    return wrk.format("GET", path)
end

-- The same result line as the other scenarios: done() of wrk-report.lua, beside this file.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-report.lua")
