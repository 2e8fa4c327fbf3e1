package kr.civicdata.api.catalog;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One entry of a dataset's field dictionary: a field of an API resource that serves the dataset. */
@Entity
@Table(name = "dataset_field")
@IdClass(DatasetField.Key.class)
public class DatasetField {

    @Id
    @Column(name = "dataset_id")
    public String datasetId;

    @Id
    public String resource;

    @Id
    public String field;

    public Integer ord;

    public String type;

    public String unit;

    public String description;

    /** The primary key: dataset, resource and field. */
    public static class Key implements Serializable {

        public String datasetId;
        public String resource;
        public String field;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(datasetId, key.datasetId)
                    && Objects.equals(resource, key.resource) && Objects.equals(field, key.field);
        }

        @Override
        public int hashCode() {
            return Objects.hash(datasetId, resource, field);
        }
    }
}
