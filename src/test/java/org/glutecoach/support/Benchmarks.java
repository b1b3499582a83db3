package org.glutecoach.support;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * What every scale benchmark reports beside its figures: percentiles of the times it took, and the machine it ran
 * on (the machine is shared, so a figure means little without its load average).
 */
public final class Benchmarks {

    private Benchmarks() {}

    /** The {@code percent}th percentile (nearest rank) of the times, in milliseconds. */
    public static double percentile(long[] nanos, int percent) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        var index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** One line: cores, memory, system, Java, load average and the heap the benchmark may use. */
    public static void printMachine() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                "machine: %d cores, %.1f GiB, %s %s, Java %s (%s), load average %.1f, max heap %d MiB%n",
                os.getAvailableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                os.getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
