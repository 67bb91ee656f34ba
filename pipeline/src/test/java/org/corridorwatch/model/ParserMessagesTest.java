package org.corridorwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ParserMessagesTest {
    @Test
    void jacksonLocationBlocksAreRemoved() {
        assertEquals("Unexpected end-of-input: expected close marker for Array", ParserMessages.oneLine(
                "Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED "
                        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 10])"));
        assertEquals("Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                ParserMessages.oneLine("Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token "
                        + "'null', 'true' or 'false')\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                        + "disabled); line: 1, column: 2]"));
    }

    @Test
    void linesAreJoinedAndLongMessagesCut() {
        assertEquals("a b c", ParserMessages.oneLine("a\n  b\r\nc\n"));
        assertEquals(ParserMessages.MAX_CHARS, ParserMessages.oneLine("x".repeat(5000)).length());
        assertEquals("", ParserMessages.oneLine(null));
    }

    @Test
    void sqliteCodesAndRepetitionAreDropped() {
        assertEquals("file is not a database",
                ParserMessages.sql("[SQLITE_NOTADB] File opened that is not a database file (file is not a database)"));
        assertEquals("no such table: meta", ParserMessages.sql("[SQLITE_ERROR] SQL error or missing database (no such table: meta)"));
        assertEquals("no schema version", ParserMessages.sql("no schema version"));
    }

    @Test
    void fileSystemFailuresInWords() {
        assertEquals("/a/b: not a directory", ParserMessages.io(new FileSystemException("/a/b", null, "Not a directory")));
        assertEquals("/a: permission denied", ParserMessages.io(new AccessDeniedException("/a")));
        assertEquals("/a: no such file or directory", ParserMessages.io(new NoSuchFileException("/a")));
    }
}
