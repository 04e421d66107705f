package org.modekick.bindings;

/**
 * A library was loaded but lacks a symbol a binding needs: usually a different version of the library than
 * the one the bindings were written for. The message names the symbol, the library and where it was loaded from.
 */
public class NativeSymbolMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String symbol;
    private final String library;

    public NativeSymbolMissingException(String symbol, String library, String message) {
        super(message);
        this.symbol = symbol;
        this.library = library;
    }

    public String symbol() {
        return symbol;
    }

    public String library() {
        return library;
    }
}
