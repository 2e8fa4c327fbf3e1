package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.figure.Figure;
import kr.civicdata.api.figure.FigureRepository;

/**
 * The checks of the relations between printed figures listed in data/figure_relations.csv: a subtotal and its parts,
 * a change and the two values it is the difference of, a product, a growth rate. A figure printed {@code -} counts as
 * 0 in them (the staffing table prints - for nobody).
 */
@ApplicationScoped
class FigureRelationChecks {

    @Inject
    FigureRelationRepository relations;

    @Inject
    FigureRepository figures;

    List<CheckBuilder> checks(String government, String dataset) {
        List<FigureRelation> found = relations.inDocuments(government, dataset);
        Set<String> ids = new LinkedHashSet<>();
        for (FigureRelation relation : found) {
            ids.add(relation.resultFigureId);
            ids.addAll(Arrays.asList(relation.operandIds));
        }
        Map<String, Figure> byId = figures.withIds(ids).stream()
                .collect(Collectors.toMap(figure -> figure.id, Function.identity()));
        List<CheckBuilder> checks = new ArrayList<>();
        for (FigureRelation relation : found) {
            checks.add(check(relation, byId));
        }
        return checks;
    }

    private static Figure figure(Map<String, Figure> byId, String id, FigureRelation relation) {
        Figure figure = byId.get(id);
        if (figure == null) {
            // the migration's trigger keeps this from happening; say which row is wrong if it does
            throw new IllegalStateException("figure_relation " + relation.id + " names a missing figure " + id);
        }
        return figure;
    }

    private static String label(Figure figure) {
        return figure.qualifier == null ? figure.label : figure.label + " (" + figure.qualifier + ")";
    }

    private static BigDecimal valueOrZero(CheckPartView part) {
        return part.value() == null ? BigDecimal.ZERO : part.value();
    }

    private static String term(CheckPartView part) {
        return Arithmetic.cell(part);
    }

    private static CheckBuilder check(FigureRelation relation, Map<String, Figure> byId) {
        Figure result = figure(byId, relation.resultFigureId, relation);
        List<CheckPartView> parts = Arrays.stream(relation.operandIds).map(id -> figure(byId, id, relation))
                .map(operand -> CheckPartView.of(operand.id, "value", label(operand), operand.value, null))
                .toList();
        BigDecimal computed;
        String formula;
        CheckKind kind;
        switch (relation.kind) {
            case SUM -> {
                kind = CheckKind.FIGURE_SUM;
                computed = parts.stream().map(FigureRelationChecks::valueOrZero).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                formula = parts.stream().map(FigureRelationChecks::term).collect(Collectors.joining(" + "));
            }
            case DIFFERENCE -> {
                kind = CheckKind.FIGURE_DIFFERENCE;
                computed = valueOrZero(parts.get(0));
                for (CheckPartView part : parts.subList(1, parts.size())) {
                    computed = computed.subtract(valueOrZero(part));
                }
                formula = parts.stream().map(FigureRelationChecks::term).collect(Collectors.joining(" − "));
            }
            case PRODUCT -> {
                kind = CheckKind.FIGURE_PRODUCT;
                computed = parts.stream().map(FigureRelationChecks::valueOrZero).reduce(BigDecimal.ONE,
                        BigDecimal::multiply);
                formula = parts.stream().map(FigureRelationChecks::term).collect(Collectors.joining(" × "));
            }
            case GROWTH_RATE -> {
                kind = CheckKind.FIGURE_GROWTH_RATE;
                BigDecimal now = valueOrZero(parts.get(0));
                BigDecimal before = valueOrZero(parts.get(1));
                BigDecimal change = now.subtract(before);
                computed = Arithmetic.rate(change, before, relation.decimals);
                formula = "(" + term(parts.get(0)) + " − " + term(parts.get(1)) + ") ÷ " + term(parts.get(1))
                        + " × 100 = " + Arithmetic.unroundedRate(change, before);
            }
            default -> throw new IllegalStateException("Unknown relation kind " + relation.kind);
        }
        formula += (relation.kind == FigureRelation.Kind.GROWTH_RATE ? " → " : " = ") + Arithmetic.number(computed);
        return CheckBuilder.check(relation.id, kind)
                .source(relation.governmentId, relation.datasetId)
                .where("figure", result.id, label(result), "value", null)
                .unit(result.unit.name(), result.unitLabel)
                .precision(relation.decimals)
                .published(result.value, null)
                .computed(Arithmetic.Computed.amount(computed), parts)
                .explained(relation.description, formula);
    }
}
