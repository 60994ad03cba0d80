package org.sendreform.platform.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendreform.platform.problem.ProblemException;

class StrictUtf8Test {

    private static byte[] readAll(byte[] bytes, boolean byteByByte) throws IOException {
        try (InputStream in = new StrictUtf8.Checked(new ByteArrayInputStream(bytes))) {
            if (!byteByByte) {
                return in.readAllBytes();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0;) {
                out.write(b);
            }
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"a\":\"plain\"}", "Coventry — £1,000 · 5% ✓", "𝄞 emoji 😀", "Ünïcödé Ελληνικά العربية" })
    void wellFormedTextPassesUnchanged(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, readAll(bytes, false));
        assertArrayEquals(bytes, readAll(bytes, true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "E080AF", "C0AF", "C180", "EDA080", "F08282AC", "F4908080", "F5808080", "80", "BF", "FF",
            "E282", "C3", "F09F98" })
    void malformedSequencesAreRefused(String hex) {
        byte[] bytes = HexFormat.of().parseHex("7B2261223A22" + hex + "227D"); // {"a":"<bytes>"}
        assertThrows(ProblemException.class, () -> readAll(bytes, false));
        assertThrows(ProblemException.class, () -> readAll(bytes, true));
        byte[] atTheEnd = HexFormat.of().parseHex("41" + hex);
        assertThrows(ProblemException.class, () -> readAll(atTheEnd, false));
    }
}
