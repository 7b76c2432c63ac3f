package org.landcon.spatial.generator;

/** Smooth value noise in 0–1 from a seed: bilinear over a lattice of hashed values, stateless. */
final class Noise {
    private final long seed;
    private final double cell;

    /** @param cell lattice spacing in m: the size of the patches the noise makes */
    Noise(long seed, double cell) {
        this.seed = seed;
        this.cell = cell;
    }

    double at(double x, double y) {
        double u = x / cell;
        double v = y / cell;
        long i = (long) Math.floor(u);
        long j = (long) Math.floor(v);
        double fu = smooth(u - i);
        double fv = smooth(v - j);
        double a = value(i, j) + (value(i + 1, j) - value(i, j)) * fu;
        double b = value(i, j + 1) + (value(i + 1, j + 1) - value(i, j + 1)) * fu;
        return a + (b - a) * fv;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private double value(long i, long j) {
        return (hash(seed, i * 73856093L ^ j * 19349663L) >>> 11) / (double) (1L << 53);
    }

    /** A well-mixed 64-bit hash of two longs (SplitMix64 finaliser). */
    static long hash(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
