package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A package as a zip file, checked before anything is extracted: its central directory is read here, because
 * {@link ZipFile} hides what a hostile archive uses (a symbolic link lives in the external attributes), and every
 * entry is refused that is a link, has an absolute path, a backslash or {@code ..}, repeats a name, or declares more
 * than {@link PackageFiles#MAX_FILE_BYTES}; more than {@link #MAX_ENTRIES} entries or ZIP64 refuse the whole
 * archive. The declared sizes are not trusted either: reading counts the bytes that really come out. Files may sit at
 * the top or in one folder (a zip of a directory); nothing is written to disk.
 */
public final class ZipPackage extends PackageFiles {

    public static final int MAX_ENTRIES = 1000;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_HEADER = 0x02014b50;
    private static final int UNIX_TYPE_MASK = 0170000;
    private static final int UNIX_SYMLINK = 0120000;

    private final Path zip;
    private final ZipFile file;
    /** Package path to entry name. */
    private final Map<String, String> entries;

    private final long limit;

    private ZipPackage(Path zip, ZipFile file, Map<String, String> entries, long limit) {
        this.zip = zip;
        this.file = file;
        this.entries = entries;
        this.limit = limit;
    }

    /** Thrown for an archive that is refused as a whole or in part; the message says why. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    public static ZipPackage open(Path zip) throws IOException {
        return open(zip, PackageFiles.MAX_FILE_BYTES);
    }

    /** With a smaller limit on the bytes of an entry, declared or read (tests). */
    static ZipPackage open(Path zip, long limit) throws IOException {
        Map<String, String> entries = checkCentralDirectory(zip, limit);
        ZipFile file;
        try {
            file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new Refused("not a readable zip (truncated or damaged): " + e.getMessage());
        }
        return new ZipPackage(zip, file, entries, limit);
    }

    private static Map<String, String> checkCentralDirectory(Path zip, long limit) throws IOException {
        long size = Files.size(zip);
        if (size > 4L * PackageFiles.MAX_FILE_BYTES) {
            throw new Refused("larger than " + 4L * PackageFiles.MAX_FILE_BYTES + " bytes");
        }
        try (RandomAccessFile in = new RandomAccessFile(zip.toFile(), "r")) {
            int tail = (int) Math.min(size, 22 + 65535);
            byte[] end = new byte[tail];
            in.seek(size - tail);
            in.readFully(end);
            ByteBuffer buffer = ByteBuffer.wrap(end).order(ByteOrder.LITTLE_ENDIAN);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (buffer.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new Refused("not a readable zip (truncated or damaged): no end of central directory");
            }
            int count = Short.toUnsignedInt(buffer.getShort(eocd + 10));
            long directorySize = Integer.toUnsignedLong(buffer.getInt(eocd + 12));
            long directoryOffset = Integer.toUnsignedLong(buffer.getInt(eocd + 16));
            if (count == 0xffff || directorySize == 0xffffffffL || directoryOffset == 0xffffffffL) {
                throw new Refused("a ZIP64 archive: packages over 4 GB or 65535 files are not accepted");
            }
            if (count > MAX_ENTRIES) {
                throw new Refused(count + " entries, more than " + MAX_ENTRIES);
            }
            if (directoryOffset + directorySize > size - tail + eocd) {
                throw new Refused("not a readable zip (truncated or damaged): the central directory lies outside it");
            }
            byte[] directory = new byte[(int) directorySize];
            in.seek(directoryOffset);
            in.readFully(directory);
            return entries(ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN), count, limit);
        }
    }

    private static Map<String, String> entries(ByteBuffer directory, int count, long limit) throws Refused {
        List<String> names = new ArrayList<>();
        for (int i = 0, at = 0; i < count; i++) {
            if (at + 46 > directory.limit() || directory.getInt(at) != CENTRAL_DIRECTORY_HEADER) {
                throw new Refused("not a readable zip (truncated or damaged): bad central directory entry " + (i + 1));
            }
            int madeBy = Short.toUnsignedInt(directory.getShort(at + 4)) >> 8;
            long uncompressed = Integer.toUnsignedLong(directory.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            long external = Integer.toUnsignedLong(directory.getInt(at + 38));
            if (at + 46 + nameLength > directory.limit()) {
                throw new Refused("not a readable zip (truncated or damaged): entry " + (i + 1) + " is cut short");
            }
            byte[] raw = new byte[nameLength];
            directory.get(at + 46, raw);
            String name = new String(raw, StandardCharsets.UTF_8);
            at += 46 + nameLength + extraLength + commentLength;
            // Unix (3) keeps the file mode in the high 16 bits of the external attributes.
            if (madeBy == 3 && ((external >> 16) & UNIX_TYPE_MASK) == UNIX_SYMLINK) {
                throw new Refused(name + ": a symbolic link, which a package may not have");
            }
            if (name.endsWith("/")) {
                continue;
            }
            Optional<String> unsafe = PackageFiles.unsafe(name);
            if (unsafe.isPresent()) {
                throw new Refused(name + ": " + unsafe.get());
            }
            if (uncompressed > limit) {
                throw new Refused(name + ": declares " + uncompressed + " bytes, more than " + limit);
            }
            if (names.contains(name)) {
                throw new Refused(name + ": twice in the archive");
            }
            names.add(name);
        }
        // A zip of a directory has every file under one folder: the package is that folder.
        String prefix = "";
        if (!names.contains(DESCRIPTOR)) {
            Optional<String> nested = names.stream().filter(n -> n.endsWith("/" + DESCRIPTOR)
                    && n.indexOf('/') == n.length() - DESCRIPTOR.length() - 1).findFirst();
            if (nested.isPresent()) {
                prefix = nested.get().substring(0, nested.get().length() - DESCRIPTOR.length());
            }
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : names) {
            if (name.startsWith(prefix)) {
                entries.put(name.substring(prefix.length()), name);
            }
        }
        return entries;
    }

    @Override
    public String label() {
        return zip.toString();
    }

    @Override
    public boolean exists(String path) {
        return entries.containsKey(path);
    }

    @Override
    public InputStream open(String path) throws IOException {
        String name = entries.get(path);
        ZipEntry entry = name == null ? null : file.getEntry(name);
        if (entry == null) {
            throw new IOException(path + ": not in the archive");
        }
        return new LimitedInputStream(file.getInputStream(entry), path, limit);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    @Override
    public List<String> paths() {
        return entries.keySet().stream().sorted().toList();
    }
}
