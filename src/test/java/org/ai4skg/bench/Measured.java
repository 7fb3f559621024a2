package org.ai4skg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs another program's {@code main} in this JVM and, when the JVM ends (normally or by {@code System.exit}), writes
 * the time from entering {@code main} to the end, the peak heap in use (sampled every 5 ms) and the process CPU time to a file:
 * {@code java -Dbench.result=FILE org.ai4skg.bench.Measured MAIN-CLASS ARGS...}. So JVM start-up is not counted, and
 * every tool is measured the same way.
 */
public final class Measured {

    private Measured() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(System.getProperty("bench.result"));
        long start = System.nanoTime();
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler = new Thread(() -> {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long elapsed = System.nanoTime() - start;
            long peak = Math.max(peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
            try {
                Files.writeString(result, elapsed + " " + peak + " " + cpu + "\n", StandardCharsets.UTF_8);
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
