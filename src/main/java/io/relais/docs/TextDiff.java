package io.relais.docs;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Readable line diffs between two texts (revisions, or saved text against an edit). */
public final class TextDiff {

    private TextDiff() {
    }

    public static List<DiffLine> lines(String before, String after) {
        List<String> original = split(before);
        List<String> revised = split(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<DiffLine> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; position < start; position++) {
                lines.add(new DiffLine(DiffLine.Type.UNCHANGED, original.get(position)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Type.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Type.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < original.size(); position++) {
            lines.add(new DiffLine(DiffLine.Type.UNCHANGED, original.get(position)));
        }
        return lines;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }
}
