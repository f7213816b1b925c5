package io.relais.platform;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} for an exact row offset, as lazy UI lists ask for rows (offset + limit)
 * rather than for page numbers. The limit is bounded so no caller can ask for everything.
 */
public record OffsetPage(long offset, int limit, Sort sort) implements Pageable {

    public static final int MAX_LIMIT = 500;

    public static OffsetPage of(int offset, int limit, Sort sort) {
        return new OffsetPage(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIMIT)), sort);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPage(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
