package kr.civicdata.api.db.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Where a page reached by a cursor starts: its page number, the query it belongs to (the canonical filters and sort),
 * and the sort keys of the last row before it, as text, null for a row without a value. A cursor is this, opaque to
 * clients (base64url); a repository that offers cursors reads the rows after the keys ({@link Where#after}), which
 * costs the same on the last page as on the first, where an offset costs the rows it skips.
 */
public record Keyset(int page, String query, List<String> keys) {

    private static final int FORMAT = 1;
    private static final int MAX_KEYS = 16;

    public Keyset {
        keys = Collections.unmodifiableList(new ArrayList<>(keys));
    }

    /** The cursor of this keyset, for a link. */
    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(page);
            out.writeUTF(query);
            out.writeByte(keys.size());
            for (String key : keys) {
                out.writeBoolean(key != null);
                if (key != null) {
                    out.writeUTF(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** The keyset of a cursor made by {@link #encode}, or null for anything else. */
    public static Keyset decode(String cursor) {
        try (DataInputStream in = new DataInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
            if (in.readByte() != FORMAT) {
                return null;
            }
            int page = in.readInt();
            String query = in.readUTF();
            int count = in.readByte();
            if (page < 2 || count < 1 || count > MAX_KEYS) {
                return null;
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                keys.add(in.readBoolean() ? in.readUTF() : null);
            }
            return in.read() == -1 ? new Keyset(page, query, keys) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A cursor whose keys do not fit the order of its query (made by hand): a 400 naming {@code cursor}. */
    public static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
