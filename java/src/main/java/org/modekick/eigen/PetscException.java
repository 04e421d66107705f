package org.modekick.eigen;

import java.util.List;

/**
 * A PETSc or SLEPc call returned a nonzero error code. Carries what PETSc said: the code, its generic text
 * ({@code PetscErrorMessage}), the specific message of the error where it was raised, and the PETSc call
 * stack from that point up to the function modekick called, as PETSc's error handler reported them (see
 * {@link SlepcRuntime}).
 */
public class PetscException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String function;
    private final int errorCode;
    private final String codeText;
    private final String petscMessage;
    private final List<String> petscStack;

    public PetscException(String function, int errorCode, String codeText, String petscMessage, List<String> petscStack) {
        super(format(function, errorCode, codeText, petscMessage, petscStack));
        this.function = function;
        this.errorCode = errorCode;
        this.codeText = codeText;
        this.petscMessage = petscMessage;
        this.petscStack = List.copyOf(petscStack);
    }

    private static String format(String function, int code, String codeText, String message, List<String> stack) {
        StringBuilder b = new StringBuilder(function).append(" failed: PETSc error ").append(code);
        if (codeText != null && !codeText.isBlank()) {
            b.append(" (").append(codeText).append(')');
        }
        if (message != null && !message.isBlank()) {
            b.append(": ").append(message.strip());
        }
        if (!stack.isEmpty()) {
            b.append(" [in ").append(String.join(" <- ", stack)).append(']');
        }
        return b.toString();
    }

    /** The PETSc/SLEPc function modekick called, e.g. {@code EPSSolve}. */
    public String function() {
        return function;
    }

    /** PETSc's error code (PETSC_ERR_*). */
    public int errorCode() {
        return errorCode;
    }

    /** The generic text for the code, e.g. "Invalid argument"; may be empty. */
    public String codeText() {
        return codeText;
    }

    /** The specific message given where the error was raised, e.g. "Unknown EPS type given: foo"; may be empty. */
    public String petscMessage() {
        return petscMessage;
    }

    /** PETSc's stack, innermost first, as "function (file:line)". */
    public List<String> petscStack() {
        return petscStack;
    }
}
