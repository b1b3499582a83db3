package org.glutecoach.selfcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glutecoach.selfcheck.domain.Evaluation;
import org.glutecoach.selfcheck.domain.Evaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: evaluations a second on one thread (target for issue 5: at least 200,000). Run with {@code load/jmh.sh};
 * not part of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationBenchmark {

    Evaluator evaluator;
    SelfCheckService service;
    Map<String, Object> deskWorker;
    Map<String, Object> emergency;

    @Setup
    public void setUp() throws Exception {
        evaluator = SelfCheckFixtures.evaluator();
        service = new SelfCheckService(SelfCheckFixtures.JSON, SelfCheckFixtures.messages());
        deskWorker = asIfParsed(SelfCheckFixtures.deskWorkerAnswers());
        emergency = asIfParsed(Map.of("AGE", 30, "E_SADDLE", "YES"));
    }

    /**
     * The answers with fresh strings, as a JSON body or a form gives them: the fixtures' ids and values are
     * literals, interned by the JVM, which would let lookups take a shortcut no real request gets.
     */
    public static Map<String, Object> asIfParsed(Map<String, Object> answers) {
        var fresh = new LinkedHashMap<String, Object>();
        answers.forEach((id, value) -> fresh.put(new String(id), fresh(value)));
        return fresh;
    }

    private static Object fresh(Object value) {
        if (value instanceof String text) {
            return new String(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EvaluationBenchmark::fresh).toList();
        }
        return value;
    }

    /** A full self-check with three patterns and fourteen pieces of advice, as phrases. */
    @Benchmark
    public Evaluation evaluateFullSelfCheck() {
        return evaluator.evaluate(deskWorker);
    }

    /** The shortest path: an emergency sign on the first screen. */
    @Benchmark
    public Evaluation evaluateEmergency() {
        return evaluator.evaluate(emergency);
    }

    /** A full self-check worded in en-GB, as the API returns it. */
    @Benchmark
    public EvaluationView evaluateAndWordFullSelfCheck() {
        return service.evaluate(new EvaluateAnswers(deskWorker));
    }
}
