package fi.polku.assistant.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG path drawn from ZXing's code reads back as the link (ZXing's own decoder), quiet zone and all. */
class QrCodeTests {

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");

    /** The modules the path draws, without the quiet zone, as the decoder wants them. */
    private static BitMatrix modules(QrCode code) {
        int quiet = 4;
        BitMatrix matrix = new BitMatrix(code.size() - 2 * quiet);
        Matcher run = RUN.matcher(code.path());
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).isEqualTo(end);
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int i = 0; i < length; i++) {
                matrix.set(x + i - quiet, y - quiet);
            }
        }
        assertThat(end).isEqualTo(code.path().length());
        return matrix;
    }

    @Test
    void drawsACodeThatReadsBackAsTheLink() throws Exception {
        String link = "https://polku.example.fi/p/mieli";
        QrCode code = QrCode.of(link);

        assertThat(new Decoder().decode(modules(code)).getText()).isEqualTo(link);
        assertThat(code.svg(link))
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + code.size())
                .contains("<title>" + link + "</title>");
    }

    @Test
    void readsBackALongLinkWithPercentEncodedCharacters() throws Exception {
        String link = "http://localhost:8080/p/v%C3%A4est%C3%B6liitto-pohjanmaan-alue-ja-kaikki-sen-j%C3%A4senet";

        assertThat(new Decoder().decode(modules(QrCode.of(link))).getText()).isEqualTo(link);
    }

    @Test
    void escapesTheTitleOfTheFile() {
        assertThat(QrCode.of("x").svg("a<b&c")).contains("<title>a&lt;b&amp;c</title>");
    }
}
