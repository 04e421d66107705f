package org.modekick.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modekick.report.SampleResult;

/**
 * The samples of a study and the modekick commands that make each: prepare (unless the glass is the
 * user's), modes, excite. Every step is resumable on its own (prepare and modes are skipped when
 * their outputs exist; excite resumes from its journal), so the whole study is.
 */
record StudyPlan(List<Sample> samples) {

    /** One glass: where it lives, and the command lines of its steps. */
    record Sample(SampleResult result, Path glass, List<Step> steps) {}

    /** One command line and the file whose existence says it is done (null: always run, it resumes). */
    record Step(String label, List<String> arguments, Path doneWhen) {}

    int stepCount() {
        return samples.stream().mapToInt(s -> s.steps().size()).sum();
    }

    List<SampleResult> results() {
        List<SampleResult> r = new ArrayList<>();
        for (Sample s : samples) {
            r.add(s.result());
        }
        return r;
    }
}
