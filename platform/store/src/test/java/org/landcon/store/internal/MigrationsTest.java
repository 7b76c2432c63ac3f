package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void everyScriptRunsOnceAndReopeningAppliesNothing() {
        String url = Database.urlFor(dir.resolve("m"));
        try (Database db = new Database(url, Clock.systemUTC())) {
            assertEquals(Migrations.SCRIPTS.size(), (int) db.read(Migrations::current));
            assertEquals(0, (int) db.read(Migrations::migrate), "a second run applies nothing");
        }
        try (Database db = new Database(url, Clock.systemUTC())) {
            int rows = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertEquals(4, rows, "one row per script after two openings");
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        var statements = Migrations.statements("V4__users.sql");
        assertEquals(4, statements.size());
        assertEquals("CREATE TABLE department (", statements.get(0).lines().findFirst().orElseThrow());
    }
}
