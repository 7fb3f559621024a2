package org.ai4skg.failure;

import java.util.List;
import java.util.stream.Collectors;

import org.ai4skg.publication.SyntaxProblem;

/** Input that cannot be used (exit code 3), with every problem found, one {@code file:line:column: message} each. */
public class UnreadableInputException extends Ai4sException {
    private final transient List<SyntaxProblem> problems;

    public UnreadableInputException(List<SyntaxProblem> problems) {
        super(ExitKind.UNREADABLE_INPUT, problems.stream().map(SyntaxProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<SyntaxProblem> problems() {
        return problems;
    }
}
