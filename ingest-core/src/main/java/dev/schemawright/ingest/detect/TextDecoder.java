package dev.schemawright.ingest.detect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes text with a detected charset: a byte-order mark wins; bytes that decode as strict UTF-8 are UTF-8; anything
 * else goes to Tika's ICU4J-based statistical detector (windows-1250, ISO-8859-2, UTF-16 without BOM, ...).
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        Optional<DecodedText> bom = withBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            Charset charset = match == null || !Charset.isSupported(match.getName())
                    ? StandardCharsets.ISO_8859_1 : Charset.forName(match.getName());
            return new DecodedText(new String(bytes, charset), charset.name());
        }
    }

    private static Optional<DecodedText> withBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        return Optional.empty();
    }
}
