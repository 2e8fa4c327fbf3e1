package kr.civicdata.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads the catalog of datasets. */
@ApplicationScoped
public class DatasetRepository implements PanacheRepositoryBase<Dataset, String> {
}
