# Baseline for "modekick bench modes": the lowest K non-zero modes of the same Hessian with
# scipy.sparse.linalg.eigsh (ARPACK, shift-invert with SuperLU), as a typical user script would do.
# Reads indptr.npy, indices.npy, data.npy from the directory given as argv[1]; prints one line.
import resource
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp
import scipy.sparse.linalg as sla

d = sys.argv[1]
k = int(sys.argv[2])
sigma = float(sys.argv[3])
indptr = np.load(d + "/indptr.npy")
indices = np.load(d + "/indices.npy")
data = np.load(d + "/data.npy")
n = len(indptr) - 1
h = sp.csc_matrix(sp.csr_matrix((data, indices, indptr), shape=(n, n)))
t0 = time.perf_counter()
# k + 3: the three translations come out too (target just below 0, as modekick's)
vals, vecs = sla.eigsh(h, k=k + 3, sigma=sigma, which="LM")
t1 = time.perf_counter()
vals = np.sort(vals)[3:]
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print("eigsh seconds=%.3f peak_mb=%.0f lambda_1=%.12e lambda_k=%.12e scipy=%s"
      % (t1 - t0, peak_mb, vals[0], vals[-1], scipy.__version__))
