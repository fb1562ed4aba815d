package fi.polku.assistant.figures;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The QR code of a text (ZXing's encoder) as an SVG path: one square per dark module, a row's run drawn as one
 * rectangle. Inline SVG needs no {@code img-src data:} in the Content-Security-Policy and prints sharp at any size.
 *
 * @param size modules per side, the quiet zone of 4 included
 * @param path the SVG path data of the dark modules in a {@code 0 0 size size} view box
 */
record QrCode(int size, String path) {

    /** The quiet zone around the code, in modules, as the standard asks. */
    private static final int QUIET_ZONE = 4;

    /** The code of the text with medium error correction (15 %: a printed poster may get a little damage). */
    static QrCode of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            // no character set: a link is percent-encoded ASCII, and without one no ECI header is
                            // written, which some older phone readers do not understand
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y);
                path.append('h')
                        .append(x - start)
                        .append("v1h-")
                        .append(x - start)
                        .append('z');
            }
        }
        return new QrCode(matrix.getWidth(), path.toString());
    }

    /** A standalone SVG file of the code, for printing; the title names what it links to. */
    String svg(String title) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"" + size * 8 + "\" height=\"" + size * 8 + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + escaped + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
