package org.glutecoach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Glute Coach: one jar, one process, pages and the JSON API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GluteCoachApplication {

    public static void main(String[] args) {
        SpringApplication.run(GluteCoachApplication.class, args);
    }
}
