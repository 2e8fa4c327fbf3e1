package kr.civicdata.api.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.db.SqlReads;
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.db.query.Where;
import kr.civicdata.api.web.representation.DataVersion;

/**
 * Finds a term in the printed text of every resource, as SQL over the tables and the bigram indexes of migration
 * V7 (which says why bigrams and not pg_trgm): one branch per searched text, one hit per resource, ranked.
 */
@ApplicationScoped
public class SearchRepository {

    /** The longest term, in characters: longer is a 400. */
    static final int MAX_TERM = 100;

    /** A search term: the text without leading and trailing spaces, 1 to {@link #MAX_TERM} characters. */
    static final ValueType<String> TERM = new ValueType<>() {
        @Override
        public String parse(String text) {
            String term = text.strip();
            return term.isEmpty() || term.codePointCount(0, term.length()) > MAX_TERM ? null : term;
        }

        @Override
        public String problem(String text) {
            return text.isBlank()
                    ? "holds only spaces; give a word or part of one"
                    : "must be at most " + MAX_TERM + " characters";
        }

        @Override
        public Schema schema() {
            return new Schema("string", null, null, null, null);
        }
    };

    static final Filter<String> Q = Filter.applied("q", TERM,
            "Required. The text to find, 1 to " + MAX_TERM + " characters (spaces around it are dropped): a "
                    + "substring of any printed text of any resource, in any script, case-insensitive for Latin "
                    + "letters; 침수 finds 침수, 침수취약가구 and 도로침수.",
            "침수").asRequired();

    /** The filters and sorts of /api/v1/search, in SQL over the ranked hits (see {@link #search}). */
    public static final Filters FILTERS = Filters.builder()
            .filter(Q)
            .filter("type", ValueType.enumeration(SearchType.class).describedBy("SearchType"), Condition.equal("type"),
                    "Only hits of this kind of resource.", "PLEDGE")
            .sort("rank", "best first: the title is the term, begins with it, holds it, then the term elsewhere; "
                    + "an earlier match, then a shorter title, first", "rank", "match_at", "length(title)")
            .sort("type", null, "type")
            .sort("title", null, "title")
            .defaultSort("rank")
            .sortExample("type")
            .build();

    /**
     * The term, read once per statement: lowered as every text is before {@code strpos}, and as the bigrams V7 indexes.
     * A {@code lower(?)} written in each expression would be computed again for every row under the pool's generic
     * plans (the planner cannot fold a parameter).
     */
    private static final String TERM_CTE = "term as (select lower(?::text) as lowered, search_bigrams(?::text) as bigrams)";
    private static final String LOWERED = "(select lowered from term)";

    /**
     * Where one searched text is: the rows, the resource's type, id and title, the text, as V7 indexes it, and, for a
     * kind of resource with several texts, where the text is printed among them (the part, then the row's order in it).
     */
    private record Source(SearchType type, String from, String id, String title, String text, int part, String ord) {

        Source(SearchType type, String from, String id, String title, String text) {
            this(type, from, id, title, text, 0, null);
        }

        /**
         * The rows whose text holds the term, each ranked: the rank of its title against the term, and where the
         * term is first found in the text. Each text and title is lowered once per row: in a subquery kept apart by
         * {@code offset 0}, else the planner folds it into each of the five expressions that read it, and lowers the
         * same text five times (a quarter of the statement's time at 10x); a title that is the text is lowered once.
         */
        String sql() {
            boolean titleIsText = title.equals(text);
            String lowerTitle = titleIsText ? "lower_text" : "lower_title";
            String rows = "select " + id + " as id, " + title + " as title, " + text + " as text, lower(" + text
                    + ") as lower_text" + (titleIsText ? "" : ", lower(" + title + ") as lower_title")
                    + (ord == null ? "" : ", " + ord + " as ord") + " from "
                    + from + " where search_bigrams(" + text + ") @> (select bigrams from term) offset 0";
            return "select '" + type.name() + "' as type, id, title, text, case when " + lowerTitle + " = "
                    + LOWERED + " then 0 when strpos(" + lowerTitle + ", " + LOWERED + ") = 1 then 1 when strpos("
                    + lowerTitle + ", " + LOWERED + ") > 0 then 2 else 3 end as rank, strpos(lower_text, " + LOWERED
                    + ") as match_at" + (ord == null ? "" : ", " + part + " as part, ord") + " from (" + rows
                    + ") as s where strpos(lower_text, " + LOWERED + ") > 0";
        }
    }

    private static final String LINE = " || E'\\n' || ";

    /** Every searched text; each {@code text} is the expression of its index in V7, character for character. */
    private static final List<Source> SOURCES = List.of(
            new Source(SearchType.GOVERNMENT, "government", "id", "name", "name"),
            new Source(SearchType.PLEDGE, "pledge", "id", "title", "title"),
            new Source(SearchType.DISASTER_RESPONSE_PLAN, "response_plan", "id", "title",
                    "title" + LINE + "coalesce(basis_text, '')", 0, "0"),
            new Source(SearchType.DISASTER_RESPONSE_PLAN,
                    "response_criterion c join response_plan p on p.id = c.plan_id", "p.id", "p.title", "c.text", 1,
                    "c.ord"),
            new Source(SearchType.DISASTER_RESPONSE_PLAN,
                    "response_measure m join response_plan p on p.id = m.plan_id", "p.id", "p.title",
                    "coalesce(m.heading, '')" + LINE + "m.text", 2, "m.ord"),
            new Source(SearchType.DISASTER_RESPONSE_STAGE,
                    "response_stage s join response_plan p on p.id = s.plan_id", "s.id", "p.title || ' ' || s.name",
                    "s.name" + LINE + "coalesce(s.trigger_text, '')" + LINE + "coalesce(s.staffing_text, '')"),
            new Source(SearchType.EXECUTION_RESULT, "execution_line", "id", "item_name",
                    "item_name" + LINE + "coalesce(note, '')" + LINE + "coalesce(statement_text, '')"),
            new Source(SearchType.ACHIEVEMENT, "achievement", "id", "title", "title" + LINE + "coalesce(body, '')", 0,
                    "0"),
            new Source(SearchType.ACHIEVEMENT,
                    "achievement_section x join achievement a on a.id = x.achievement_id", "a.id", "a.title",
                    "x.heading" + LINE + "x.text", 1, "x.ord"),
            new Source(SearchType.FIGURE, "figure", "id", "label || coalesce(' (' || qualifier || ')', '')",
                    "label" + LINE + "coalesce(qualifier, '')" + LINE + "coalesce(section, '')"),
            new Source(SearchType.DATASET, "dataset", "id", "title",
                    "title" + LINE + "coalesce(source_section, '')" + LINE + "coalesce(description, '')"));

    /**
     * One hit per resource, its best. A kind of resource with one searched text has one row per resource already; one
     * with several (a plan's criteria and measures, an achievement's sections) keeps the row of its earliest match
     * (the title, so the rank, is the same in each), and of two texts that match as early, the one printed first:
     * before, that choice was left to the sort, and two measures of one plan could give either snippet. Only those
     * kinds are sorted by id for {@code distinct on}, not every hit (at 10x, 18,000 pledges for 지원).
     */
    private static final String HITS = Arrays.stream(SearchType.values()).map(type -> {
        List<String> texts = SOURCES.stream().filter(source -> source.type() == type).map(Source::sql).toList();
        return texts.size() == 1
                ? texts.get(0)
                : "(select distinct on (id) type, id, title, text, rank, match_at from ("
                        + String.join(" union all ", texts) + ") as texts order by id, rank, match_at, part, ord)";
    }).collect(Collectors.joining(" union all "));

    @Inject
    SqlReads sql;

    @Inject
    DataVersion dataVersion;

    /** The SQL type of each sort key, to which the text of the key a part starts after is cast. */
    private static final Map<String, String> KEY_TYPES = Map.of("rank", "int", "match_at", "int", "length(title)",
            "int", "type", "text", "title", "text", "id", "text");
    /** The default order, best first, as keys. */
    private static final List<SortField> BEST_FIRST = List.of(new SortField("rank", "rank", false),
            new SortField("rank", "match_at", false), new SortField("rank", "length(title)", false));
    /** The tie-breaker: a hit is one resource, its type and id. */
    private static final List<SortField> TIE_BREAKER = List.of(new SortField("type", "type", false),
            new SortField("id", "id", false));

    /**
     * The resources holding the term, one page of them, best first unless another order is asked for; a part of a
     * stream starts after the sort keys of the previous part's last hit, read with the hits. One statement, which
     * finds and ranks every hit once: they are kept (a materialized CTE) for the page to take its top and for the
     * total to count them, where a count of its own would find them all again. It also reads whether data_load holds
     * the version the answer is built under ({@link SqlReads#SAME_DATA}), and answers one row even for an empty page.
     * A request without a count ({@link PageRequest#uncounted}, a part of a stream after the first) reads the page and
     * the data check only.
     */
    public Page<SearchHitView> search(Selection selection, PageRequest request) {
        String term = selection.get(Q);
        Where where = selection.where();
        List<SortField> order = new ArrayList<>(selection.sort().isEmpty() ? BEST_FIRST : selection.sort());
        order.addAll(TIE_BREAKER);
        Where page = selection.where();
        if (request.after() != null) {
            page.after(order, request.after().keys(), order.stream().map(key -> KEY_TYPES.get(key.expression()))
                    .toList(), Set.of());
        }
        StringBuilder columns = new StringBuilder("type, id, title, text, match_at");
        for (int i = 0; i < order.size(); i++) {
            // Named apart: a key's cast would otherwise take the name of its column, which the order names.
            columns.append(", (").append(order.get(i).expression()).append(")::text as key_").append(i);
        }
        String orderBy = Where.orderBy(selection.sort(), "rank, match_at, length(title)", "type, id");
        List<Object> parameters = new ArrayList<>(List.of(term, term));
        String pageSql;
        if (request.counted()) {
            // The page and the count read the same ranked hits, found once. The outer query orders the page's rows
            // again by the page's order (the join need not keep it), so the page keeps its rank; numbering the rows
            // instead, as SqlReads.versioned does, would sort every hit rather than keep the best of them.
            pageSql = "with " + TERM_CTE + ", hit as materialized (select * from (" + HITS + ") as hit where "
                    + where.sql() + ") select r.*, " + SqlReads.SAME_DATA + ", (select count(*) from hit) from "
                    + "(values (0)) as v left join lateral (select " + columns + ", rank from hit where " + page.sql()
                    + " order by " + orderBy + " limit ? offset ?) as r on true order by " + orderBy;
            parameters.addAll(where.sqlParameters());
            parameters.addAll(dataVersion.readingParameters());
        } else {
            pageSql = "with " + TERM_CTE + " select " + columns + ", " + SqlReads.SAME_DATA + " from (" + HITS
                    + ") as hit where " + page.sql() + " order by " + orderBy + " limit ? offset ?";
            parameters.addAll(dataVersion.readingParameters());
        }
        parameters.addAll(page.sqlParameters());
        parameters.add(request.size());
        parameters.add(request.offset());
        int termLength = term.codePointCount(0, term.length());
        // After the hit's columns and keys: in a counted page the rank, then the data check and the count.
        int check = 6 + order.size() + (request.counted() ? 1 : 0);
        return sql.read(statements -> {
            List<SearchHitView> hits = new ArrayList<>();
            List<String> lastKeys = new ArrayList<>();
            long total = -1;
            try (PreparedStatement statement = statements.prepare(pageSql, parameters);
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (result.isFirst()) {
                        dataVersion.confirm(result.getBoolean(check));
                        if (request.counted()) {
                            total = result.getLong(check + 1);
                        }
                    }
                    if (result.getString(1) == null) {
                        break; // the one row of an empty page
                    }
                    SearchType type = SearchType.valueOf(result.getString(1));
                    String id = result.getString(2);
                    hits.add(new SearchHitView(type, id, result.getString(3),
                            snippet(result.getString(4), result.getInt(5), termLength), type.link(id)));
                    lastKeys.clear();
                    for (int i = 0; i < order.size(); i++) {
                        lastKeys.add(result.getString(6 + i));
                    }
                }
            }
            return new Page<>(hits, request.needsCount(hits.size()) ? total : request.totalFrom(hits.size()),
                    hits.isEmpty() ? null : lastKeys);
        });
    }

    /** Characters kept on each side of the match. */
    private static final int CONTEXT = 40;

    /**
     * The line of the text that holds the match (a text joins several printed fields, one per line), cut to
     * {@link #CONTEXT} characters on each side of it, with … where it is cut.
     *
     * @param position where the match begins, in characters from 1 (as strpos counts)
     */
    static String snippet(String text, int position, int length) {
        int codePoints = text.codePointCount(0, text.length());
        int startPoint = Math.max(0, Math.min(position - 1, codePoints));
        int start = text.offsetByCodePoints(0, startPoint);
        int end = text.offsetByCodePoints(start, Math.min(length, codePoints - startPoint));
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, text.offsetByCodePoints(start,
                -Math.min(CONTEXT, text.codePointCount(lineStart, start))));
        int to = Math.min(lineEnd, text.offsetByCodePoints(end, Math.min(CONTEXT, text.codePointCount(end, lineEnd))));
        return (from > lineStart ? "…" : "") + text.substring(from, to).strip() + (to < lineEnd ? "…" : "");
    }
}
