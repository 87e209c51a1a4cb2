package org.charterconsole.estimate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Talk times as a log-normal distribution ({@code ln T ~ N(mu, sigma)}), and what is left of a call
 * that has already lasted a while: long calls tend to go on longer.
 */
final class LogNormal {

    /** Beyond this share of calls already over, the rest is taken as a short tail. */
    private static final double LATEST_QUANTILE = 0.995;

    private LogNormal() {
    }

    static double sample(double mu, double sigma, SplittableRandom random) {
        return Math.exp(mu + sigma * inverseNormal(uniform(random, 0)));
    }

    /** Seconds still to talk on a call that has lasted {@code elapsed} seconds. */
    static double sampleRemaining(double mu, double sigma, double elapsed, SplittableRandom random) {
        if (elapsed <= 0) {
            return sample(mu, sigma, random);
        }
        double over = Math.min(normal((Math.log(elapsed) - mu) / sigma), LATEST_QUANTILE);
        double total = Math.exp(mu + sigma * inverseNormal(uniform(random, over)));
        return Math.max(1, total - elapsed);
    }

    /**
     * The log-mean of talk times when, besides calls that have ended (log-mean {@code mu}, counting
     * {@code weight}), calls are still going on after {@code elapsed} seconds each: those are taken as
     * lasting at least that long (the maximum likelihood with {@code sigma} held). Early in the day the
     * calls that have ended are the short ones; this puts the long ones back.
     */
    static double logMeanWithCallsUnderway(double mu, double sigma, double weight, List<Double> elapsed) {
        if (elapsed.isEmpty() || sigma <= 0) {
            return mu;
        }
        double estimate = mu;
        for (int iteration = 0; iteration < 100; iteration++) {
            double sum = weight * mu;
            for (double seconds : elapsed) {
                double cut = Math.log(Math.max(1, seconds));
                double z = (cut - estimate) / sigma;
                double beyond = 1 - normal(z);
                sum += beyond < 1e-9 ? cut : estimate + sigma * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / beyond;
            }
            double next = sum / (weight + elapsed.size());
            if (Math.abs(next - estimate) < 1e-6) {
                return next;
            }
            estimate = next;
        }
        return estimate;
    }

    private static double uniform(SplittableRandom random, double from) {
        double u = from + (1 - from) * random.nextDouble();
        return Math.min(Math.max(u, 1e-9), 1 - 1e-9);
    }

    /** Standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double normal(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * Math.exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /** Inverse of the standard normal distribution function (Acklam's rational approximation). */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
