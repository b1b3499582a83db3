package org.glutecoach.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A yes or no in the API is JSON {@code true} or {@code false}, nothing else. Jackson would read {@code 1} or
 * {@code "yes"} as true, so a consent to keep health data could be given by a value nobody meant as one; these are
 * refused as the wrong type, naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictBooleans {

    @Bean
    JsonMapperBuilderCustomizer onlyTrueOrFalseAreBooleans() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Boolean,
                booleans -> booleans.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
