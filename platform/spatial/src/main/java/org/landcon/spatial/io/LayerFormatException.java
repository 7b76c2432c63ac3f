package org.landcon.spatial.io;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.Problem;

/** A file that cannot be read as a layer: truncated, missing parts, malformed. */
public class LayerFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public LayerFormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public LayerFormatException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, each naming the file (and the record where there is one). */
    public List<Problem> problems() {
        return problems;
    }
}
