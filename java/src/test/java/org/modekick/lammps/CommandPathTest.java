package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandPathTest {

    @TempDir
    Path dir;

    @Test
    void aPlainPathIsUsedAsItIs() {
        Path file = dir.resolve("run-1").resolve("worker-0.log");
        try (CommandPath p = CommandPath.of(file)) {
            assertEquals(file.toAbsolutePath().toString(), p.text());
        }
    }

    /** Any other path becomes a plain link to its directory, which names the same file and goes on close. */
    @Test
    void anyOtherPathReachesTheSameFileThroughAPlainLinkThatIsRemovedAfterwards() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("a b#c ${d} $(e) \"f\" 'g' * é"));
        Path file = odd.resolve("worker-0.log");
        Path link;
        try (CommandPath p = CommandPath.of(file)) {
            assertTrue(CommandPath.SAFE.matcher(p.text()).matches(), p.text());
            Files.writeString(Path.of(p.text()), "written through the link");
            link = Path.of(p.text()).getParent();
            assertTrue(Files.isSymbolicLink(link));
        }
        assertEquals("written through the link", Files.readString(file));
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link is gone");
        assertTrue(Files.isDirectory(odd), "what it pointed at is not");
        assertThrows(IllegalArgumentException.class, () -> CommandPath.of(odd.resolve("glass #1.data")),
                "a file name LAMMPS cannot take is the caller's to replace");
    }
}
