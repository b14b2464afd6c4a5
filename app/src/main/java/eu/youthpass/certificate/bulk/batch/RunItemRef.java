package eu.youthpass.certificate.bulk.batch;

import java.io.Serializable;

/** What the reader hands on: an item of the run, by id and number. */
public record RunItemRef(long itemId, int itemNo) implements Serializable {
}
