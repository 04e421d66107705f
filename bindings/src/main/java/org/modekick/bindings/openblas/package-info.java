/**
 * OpenBLAS's thread control ({@code <cblas.h>} of libopenblas-pthread-dev, {@code libopenblas.so.0}).
 * Class {@link org.modekick.bindings.openblas.openblas_h}.
 */
package org.modekick.bindings.openblas;
