package io.cellarsync.examples.library;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Says in words why a file could not be read: the JDK's own messages ("Input length = 1") say too little. */
public final class ReadProblem {

    private ReadProblem() {}

    /**
     * @param e what reading the file threw
     * @return the reason, for a message such as "cannot read labels file x.csv: it is not UTF-8 text"
     */
    public static String reason(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text (save it as UTF-8)";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
