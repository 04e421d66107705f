package org.modekick.report;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;

/**
 * Axis labels with the paper's sub- and superscripts (A_c, omega_BP, |Delta r|^2), written in a small
 * TeX-like notation: {@code _x} or {@code _{xy}} lowers, {@code ^x} or {@code ^{xy}} raises.
 */
final class Labels {

    private Labels() {}

    /** Sets the axis label, with scripts, in the axis's label font. */
    static <A extends ValueAxis> A label(A axis, String tex) {
        axis.setLabel(plain(tex));
        axis.setAttributedLabel(attributed(tex, axis.getLabelFont()));
        return axis;
    }

    /** The text without script markers, for titles, legends and alt text. */
    static String plain(String tex) {
        return tex.replace("_{", "").replace("^{", "").replace("}", "").replace("_", "").replace("^", "");
    }

    static AttributedString attributed(String tex, Font font) {
        StringBuilder text = new StringBuilder();
        List<int[]> runs = new ArrayList<>(); // start, end, script (+1 super, -1 sub)
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if ((c == '_' || c == '^') && i + 1 < tex.length()) {
                int script = c == '^' ? 1 : -1;
                int start = text.length();
                if (tex.charAt(i + 1) == '{') {
                    int close = tex.indexOf('}', i + 2);
                    if (close < 0) {
                        close = tex.length();
                    }
                    text.append(tex, i + 2, close);
                    i = close + 1;
                } else {
                    text.append(tex.charAt(i + 1));
                    i += 2;
                }
                runs.add(new int[] {start, text.length(), script});
            } else {
                text.append(c);
                i++;
            }
        }
        AttributedString s = new AttributedString(text.toString());
        if (text.isEmpty()) {
            return s;
        }
        s.addAttributes(font.getAttributes(), 0, text.length());
        for (int[] run : runs) {
            if (run[1] > run[0]) {
                s.addAttribute(TextAttribute.SUPERSCRIPT,
                        run[2] > 0 ? TextAttribute.SUPERSCRIPT_SUPER : TextAttribute.SUPERSCRIPT_SUB, run[0], run[1]);
            }
        }
        return s;
    }
}
