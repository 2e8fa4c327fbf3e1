package kr.civicdata.api.db;

import java.util.function.Supplier;

/**
 * The reads of a build that runs without a transaction, each statement on its own (autocommit): allowed only where
 * every statement proves by itself which data version its rows are of, by reading {@link SqlReads#SAME_DATA} with
 * them, and the build confirms it from its first row. A build in a snapshot transaction reads data_load once and
 * every later statement sees the same snapshot; here each statement is its own snapshot, so a statement that reads no
 * SAME_DATA, or whose SAME_DATA the build never confirmed (it returned no row), proves nothing about its rows.
 *
 * <p>
 * So within {@link #run}: a {@link SqlReads} statement without SAME_DATA, and any statement of Hibernate
 * ({@link HibernateStatements}), is a programming error and fails at once, loudly (never an answer built from rows of
 * unknown version); a statement that ends unconfirmed, or confirms another version, leaves the reads
 * {@linkplain Outcome#proven() unproven}, and the caller builds the answer again in a snapshot transaction. What needs
 * a transaction within such a build (derived state such as the provenance catalog) runs in one of its own,
 * {@linkplain #without outside} these reads.
 */
public final class ConfirmedReads {

    private static final ThreadLocal<ConfirmedReads> CURRENT = new ThreadLocal<>();

    /** A statement was prepared and its SAME_DATA not yet confirmed. */
    private boolean open;
    /** Statements that ended without confirming their version (they returned no row), not since vouched for. */
    private int unconfirmed;
    /** The statement before the open one ended unconfirmed. */
    private boolean previousUnconfirmed;
    /** A statement read another version. */
    private boolean unproven;
    /** A statement refused, whatever the work made of the exception. */
    private Refused refused;

    private ConfirmedReads() {
    }

    /** What a build gave, and whether every statement it ran proved that its rows are of the build's version. */
    public record Outcome<T>(T value, RuntimeException failure, boolean proven) {
    }

    /**
     * Runs {@code work} with its statements confirmed one by one. A failure of the work is given back, not thrown,
     * since the caller needs to know whether it came from proven rows.
     */
    public static <T> Outcome<T> run(Supplier<T> work) {
        ConfirmedReads outer = CURRENT.get();
        ConfirmedReads reads = new ConfirmedReads();
        CURRENT.set(reads);
        T value = null;
        RuntimeException failure = null;
        try {
            value = work.get();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            restore(outer);
        }
        if (reads.refused != null) {
            failure = reads.refused;
        }
        return new Outcome<>(value, failure, !reads.open && reads.unconfirmed == 0 && !reads.unproven);
    }

    /** Runs {@code work} outside the confirmed reads of the build on this thread, if any: in a transaction of its own. */
    public static <T> T without(Supplier<T> work) {
        ConfirmedReads outer = CURRENT.get();
        if (outer == null) {
            return work.get();
        }
        CURRENT.remove();
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Whether the build on this thread reads without a transaction. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * The statement the build on this thread prepares now ({@link SqlReads.Statements#prepare}): one that carries no
     * SAME_DATA is refused; the one before, if still unconfirmed, leaves the reads unproven.
     */
    static void prepared(String sql) {
        ConfirmedReads reads = CURRENT.get();
        if (reads == null) {
            return;
        }
        if (!sql.contains(SqlReads.SAME_DATA)) {
            throw reads.refuse("A statement without SqlReads.SAME_DATA in a build without a transaction: its rows "
                    + "could be of any data version; build it in a snapshot transaction (DataVersion.build): " + sql);
        }
        reads.previousUnconfirmed = reads.open;
        if (reads.open) {
            reads.unconfirmed++;
        }
        reads.open = true;
    }

    /**
     * The SAME_DATA of the statement the build on this thread runs now, read from its first row.
     *
     * @return false when its rows are of another data version
     */
    public static boolean confirmed(boolean sameData) {
        ConfirmedReads reads = CURRENT.get();
        if (reads != null) {
            reads.open = false;
            reads.unproven |= !sameData;
        }
        return sameData;
    }

    /**
     * Vouches for the statement before the one the build on this thread runs now, which returned no row: the current
     * statement, confirmed, has read that in the build's version the earlier one's result is empty too (a page past
     * the count of the same filter), so the earlier one's answer is that version's whatever it saw.
     */
    public static void vouchedForEmpty() {
        ConfirmedReads reads = CURRENT.get();
        if (reads != null && !reads.open && reads.previousUnconfirmed) {
            reads.unconfirmed--;
            reads.previousUnconfirmed = false;
        }
    }

    /** A statement of Hibernate: refused within confirmed reads, as it reads no SAME_DATA. */
    static void hibernate(String sql) {
        ConfirmedReads reads = CURRENT.get();
        if (reads != null) {
            throw reads.refuse("A Hibernate statement in a build without a transaction: its rows could be of any "
                    + "data version; build it in a snapshot transaction (DataVersion.build): " + sql);
        }
    }

    /** A statement that cannot prove its version, run within confirmed reads: a mistake of the code, never retried. */
    public static final class Refused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private Refused refuse(String message) {
        refused = new Refused(message);
        return refused;
    }

    private static void restore(ConfirmedReads outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
