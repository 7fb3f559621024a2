package org.ai4skg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The data tooling benchmark: on the same generated AI4S-shaped data at each size, load triples/s of {@code ai4s load}
 * against Jena's {@code tdb2.tdbloader}, export triples/s per format of {@code ai4s export} (from the TDB2 store)
 * against Jena's {@code riot} (from the N-Triples file), and the peak heap of each. Every measured run is a fresh JVM
 * ({@link Measured}); the median of the runs is reported. {@code ai4s} runs with {@code -Xmx512m}, Jena's tools with
 * a large heap (its in-memory writers need it).
 *
 * <p>Run with {@code mvn -B -Pbench test-compile exec:exec} (sizes and runs: {@code -Dbench.sizes=100000,1000000}
 * {@code -Dbench.runs=3,3}).
 */
public final class Benchmark {

    private static final String[] FORMATS = {"nt", "ttl", "jsonld"};
    private static final Map<String, String> RIOT = Map.of("nt", "--output=nt", "ttl", "--formatted=ttl",
            "jsonld", "--formatted=jsonld");

    private final Path work;
    private final String classpath = System.getProperty("java.class.path");
    private final String jenaHeap;
    private final StringBuilder report = new StringBuilder();

    private Benchmark(Path work, String jenaHeap) {
        this.work = work;
        this.jenaHeap = jenaHeap;
    }

    /** One measurement: seconds and peak heap in MB, or a failure note. */
    record Sample(double seconds, double heapMb, double cpuSeconds, String failure) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        long[] sizes = Arrays.stream(options.getOrDefault("sizes", "100000,1000000,5000000").split(","))
                .mapToLong(s -> Long.parseLong(s.trim().replace("_", ""))).toArray();
        int[] runs = Arrays.stream(options.getOrDefault("runs", "3").split(",")).mapToInt(s -> Integer.parseInt(s.trim()))
                .toArray();
        long riotJsonLdLimit = Long.parseLong(options.getOrDefault("riot-jsonld-max", "2000000"));
        long perFormatLimit = Long.parseLong(options.getOrDefault("per-format-max", "5000000"));
        Path work = Path.of(options.getOrDefault("work", "target/bench"));
        Files.createDirectories(work);
        Benchmark bench = new Benchmark(work, options.getOrDefault("jena-heap", "8g"));
        bench.line("| triples | step | ai4s (triples/s) | Jena (triples/s) | ratio ai4s/Jena | ai4s peak heap | Jena peak heap "
                + "| ai4s CPU | Jena CPU |");
        bench.line("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] > perFormatLimit) {
                bench.large(sizes[i]);
            } else {
                bench.size(sizes[i], runs[Math.min(i, runs.length - 1)], riotJsonLdLimit);
            }
            Files.writeString(work.resolve("results.md"), bench.report.toString(), StandardCharsets.UTF_8);
        }
        System.out.println("results in " + work.resolve("results.md"));
    }

    private void size(long size, int runs, long riotJsonLdLimit) throws Exception {
        Path data = work.resolve("data-" + size + ".nt");
        long triples = SyntheticData.write(data, size);
        System.out.printf(Locale.ROOT, "== %,d triples (%d run%s)%n", triples, runs, runs == 1 ? "" : "s");
        List<Sample> ourLoads = new ArrayList<>();
        List<Sample> jenaLoads = new ArrayList<>();
        Map<String, List<Sample>> ourExports = new LinkedHashMap<>();
        Map<String, List<Sample>> jenaExports = new LinkedHashMap<>();
        Path ourStore = work.resolve("ours-" + size);
        for (int run = 0; run < runs; run++) {
            // Alternate the tools so both see the same machine conditions.
            delete(ourStore);
            ourLoads.add(measure("512m", "org.ai4skg.cli.Ai4s", null, "load", "--no-validate", "--tdb2",
                    ourStore.toString(), data.toString()));
            Path jenaStore = work.resolve("jena-" + size);
            delete(jenaStore);
            jenaLoads.add(measure(jenaHeap, "tdb2.tdbloader", null, "--loc", jenaStore.toString(), data.toString()));
            delete(jenaStore);
            for (String format : FORMATS) {
                Path out = work.resolve("export-" + size);
                delete(out);
                ourExports.computeIfAbsent(format, f -> new ArrayList<>()).add(measure("512m", "org.ai4skg.cli.Ai4s", null,
                        "export", "--tdb2", ourStore.toString(), "--out", out.toString(), "--format", format,
                        "--issued", "2026-01-01"));
                delete(out);
                Sample riot;
                if (format.equals("jsonld") && triples > riotJsonLdLimit) {
                    riot = new Sample(Double.NaN, Double.NaN, Double.NaN, "not run (Jena's JSON-LD writer holds the whole graph in memory)");
                } else {
                    Path riotOut = work.resolve("riot-" + size + "." + format);
                    riot = measure(jenaHeap, "riotcmd.riot", riotOut, RIOT.get(format), data.toString());
                    Files.deleteIfExists(riotOut);
                }
                jenaExports.computeIfAbsent(format, f -> new ArrayList<>()).add(riot);
            }
        }
        row(triples, "load (TDB2)", ourLoads, jenaLoads, "tdb2.tdbloader (phased)");
        for (String format : FORMATS) {
            row(triples, "export " + format, ourExports.get(format), jenaExports.get(format), "riot " + RIOT.get(format));
        }
        delete(ourStore);
        Files.deleteIfExists(data);
    }

    /**
     * Above {@code per-format-max} triples, to keep the run time modest: one run; the three formats written by one
     * {@code ai4s export} (at -Xmx512m, the point being proven) against Jena's streaming N-Triples writer; Jena's
     * in-memory Turtle and JSON-LD writers are not run.
     */
    private void large(long size) throws Exception {
        Path data = work.resolve("data-" + size + ".nt");
        long triples = SyntheticData.write(data, size);
        System.out.printf(Locale.ROOT, "== %,d triples (1 run, formats exported together)%n", triples);
        Path ourStore = work.resolve("ours-" + size);
        delete(ourStore);
        Sample ourLoad = measure("512m", "org.ai4skg.cli.Ai4s", null, "load", "--no-validate", "--tdb2",
                ourStore.toString(), data.toString());
        Path jenaStore = work.resolve("jena-" + size);
        delete(jenaStore);
        Sample jenaLoad = measure(jenaHeap, "tdb2.tdbloader", null, "--loc", jenaStore.toString(), data.toString());
        delete(jenaStore);
        Path out = work.resolve("export-" + size);
        delete(out);
        Sample ourExport = measure("512m", "org.ai4skg.cli.Ai4s", null, "export", "--tdb2", ourStore.toString(), "--out",
                out.toString(), "--format", "nt,ttl,jsonld", "--issued", "2026-01-01");
        delete(out);
        Path riotOut = work.resolve("riot-" + size + ".nt");
        Sample riotNt = measure(jenaHeap, "riotcmd.riot", riotOut, "--output=nt", data.toString());
        Files.deleteIfExists(riotOut);
        row(triples, "load (TDB2)", List.of(ourLoad), List.of(jenaLoad), "tdb2.tdbloader (phased)");
        row(triples, "export nt+ttl+jsonld in one run", List.of(ourExport), List.of(riotNt), "riot --output=nt only");
        line(String.format(Locale.ROOT, "| %,d | export ttl, jsonld vs riot --formatted | (in the row above) | not run: "
                + "Jena's pretty writers hold the whole graph in memory | n/a | | | | |", triples));
        delete(ourStore);
        Files.deleteIfExists(data);
    }

    private Sample measure(String heap, String mainClass, Path stdout, String... args) throws IOException, InterruptedException {
        Path result = Files.createTempFile(work, "result", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dbench.result=" + result, "-cp", classpath, "org.ai4skg.bench.Measured", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve("last-stderr.txt").toFile());
        builder.redirectOutput(stdout == null ? work.resolve("last-stdout.txt").toFile() : stdout.toFile());
        Process process = builder.start();
        int exit = process.waitFor();
        String text = Files.readString(result).strip();
        Files.deleteIfExists(result);
        if (exit != 0 || text.isEmpty()) {
            String err = Files.readString(work.resolve("last-stderr.txt"));
            String reason = err.contains("OutOfMemoryError") ? "OutOfMemoryError at -Xmx" + heap : "exit " + exit;
            System.out.printf("   %s %s: FAILED (%s)%n", mainClass, String.join(" ", args), reason);
            return new Sample(Double.NaN, Double.NaN, Double.NaN, reason);
        }
        String[] parts = text.split(" ");
        Sample sample = new Sample(Long.parseLong(parts[0]) / 1e9, Long.parseLong(parts[1]) / (1024.0 * 1024.0),
                Long.parseLong(parts[2]) / 1e9, null);
        System.out.printf(Locale.ROOT, "   %-14s %-70s %8.2f s (cpu %7.2f s) %7.0f MB%n", mainClass,
                String.join(" ", args).replace(work + "/", ""), sample.seconds(), sample.cpuSeconds(), sample.heapMb());
        return sample;
    }

    private void row(long triples, String step, List<Sample> ours, List<Sample> jena, String jenaTool) {
        Sample o = median(ours);
        Sample j = median(jena);
        double oRate = triples / o.seconds();
        double jRate = triples / j.seconds();
        line(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |", triples, step + " vs " + jenaTool,
                o.failure() == null ? String.format(Locale.ROOT, "%,.0f", oRate) : o.failure(),
                j.failure() == null ? String.format(Locale.ROOT, "%,.0f", jRate) : j.failure(),
                o.failure() == null && j.failure() == null ? String.format(Locale.ROOT, "%.2f", oRate / jRate) : "n/a",
                o.failure() == null ? String.format(Locale.ROOT, "%.0f MB", o.heapMb()) : "n/a",
                j.failure() == null ? String.format(Locale.ROOT, "%.0f MB", j.heapMb()) : "n/a",
                o.failure() == null ? String.format(Locale.ROOT, "%.1f s", o.cpuSeconds()) : "n/a",
                j.failure() == null ? String.format(Locale.ROOT, "%.1f s", j.cpuSeconds()) : "n/a"));
    }

    private static Sample median(List<Sample> samples) {
        List<Sample> ok = samples.stream().filter(s -> s.failure() == null).sorted(Comparator.comparingDouble(Sample::seconds))
                .toList();
        if (ok.isEmpty()) {
            return samples.get(0);
        }
        Sample mid = ok.get(ok.size() / 2);
        double heap = ok.stream().mapToDouble(Sample::heapMb).max().orElse(Double.NaN);
        return new Sample(mid.seconds(), heap, mid.cpuSeconds(), null);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
