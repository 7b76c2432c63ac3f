package org.landcon.api.service;

import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.Problem;

/** A plan package that cannot be used, with every problem found. */
public class InvalidPackageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidPackageException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each naming file, feature and field. */
    public List<Problem> problems() {
        return problems;
    }
}
