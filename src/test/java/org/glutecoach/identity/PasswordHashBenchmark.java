package org.glutecoach.identity;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * JMH: how long checking one password takes at each bcrypt cost, to choose the cost (the accounts issue aims at
 * 50 to 250 ms on the production machine). Run with {@code load/jmh.sh PasswordHashBenchmark}; not part of
 * {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

    @Param({"10", "11", "12"})
    int strength;

    BCryptPasswordEncoder encoder;
    String hash;

    @Setup
    public void setUp() {
        encoder = new BCryptPasswordEncoder(strength);
        hash = encoder.encode("plenty of words here");
    }

    /** What a sign-in costs: one check of a typed password against the stored hash. */
    @Benchmark
    public boolean checkPassword() {
        return encoder.matches("plenty of words here", hash);
    }
}
