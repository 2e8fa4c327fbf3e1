-- wrk script for scenario 8: every request searches the synthetic national-scale dataset (/api/v1/search) for
-- another term: a word of the synthetic titles, or two or three of its syllables (a part of a word, which the bigram
-- indexes must find too), at random narrowed to one type of resource, with a random page size and page, so that
-- hardly any two requests are the same and no cache can answer them.
-- Arguments: a number that moves the seed (the warm-up and the measured run ask different terms).
local words = {"청년", "어르신", "아동", "주거", "교통", "환경", "안전", "문화", "관광", "일자리", "복지", "교육",
    "보건", "도시재생", "스마트", "탄소중립", "하천", "공원", "도서관", "체육", "소상공인", "전통시장", "농업", "돌봄",
    "반려동물", "마을", "자치", "디지털", "에너지", "녹지", "침수", "지원", "확충", "조성"}
local types = {"PLEDGE", "EXECUTION_RESULT", "ACHIEVEMENT", "FIGURE", "DISASTER_RESPONSE_PLAN"}
local thread_number = 0

local function encode(text)
    return (text:gsub("[^%w%-._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- The characters of a UTF-8 text (Hangul syllables are three bytes each).
local function chars(text)
    local list = {}
    for c in text:gmatch("[%z\1-\127\194-\244][\128-\191]*") do list[#list + 1] = c end
    return list
end

setup = function(thread)
    thread_number = thread_number + 1
    thread:set("seed", 2424 + thread_number)
end

init = function(args)
    math.randomseed((seed or 2424) + 1000 * (tonumber(args[1]) or 0))
end

request = function()
    local word = words[math.random(#words)]
    local c = chars(word)
    if #c >= 3 and math.random() < 0.4 then
        local from = math.random(#c - 1)
        word = table.concat(c, "", from, math.min(#c, from + math.random(1, 2)))
    end
    local path = "/api/v1/search?q=" .. encode(word) .. "&size=" .. math.random(10, 50)
    if math.random() < 0.3 then path = path .. "&type=" .. types[math.random(#types)] end
    if math.random() < 0.3 then path = path .. "&page=" .. math.random(2, 3) end
    return wrk.format("GET", path)
end

-- The same result line as the other scenarios: done() of wrk-report.lua, beside this file.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-report.lua")
