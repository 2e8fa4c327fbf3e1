package kr.civicdata.api.consistency;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads the figures printed in the text of the documents. */
@ApplicationScoped
public class FigureRowRepository implements PanacheRepositoryBase<FigureRow, String> {

    /** The figures with these ids, in one query. */
    public List<FigureRow> withIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
