package org.landcon.farmland.internal;

/**
 * An area-weighted mean of 耕地质量等别 (ḡ = Σ gᵢAᵢ / ΣAᵢ, 1 best). Area without a grade is kept apart
 * ({@link #ungradedArea()}) and takes no part in the mean. Negative areas remove land from the mean.
 */
final class GradeMean {
    private double weighted;
    private double gradedArea;
    private double ungradedArea;

    void add(Integer grade, double area) {
        if (grade == null) {
            ungradedArea += area;
        } else {
            weighted += grade * area;
            gradedArea += area;
        }
    }

    /** The mean grade, or NaN when no graded area is left. */
    double mean() {
        return gradedArea > 1e-9 ? weighted / gradedArea : Double.NaN;
    }

    boolean hasGrade() {
        return gradedArea > 1e-9;
    }

    /** Σ gᵢAᵢ over the graded area. */
    double weighted() {
        return weighted;
    }

    double gradedArea() {
        return gradedArea;
    }

    double ungradedArea() {
        return ungradedArea;
    }
}
