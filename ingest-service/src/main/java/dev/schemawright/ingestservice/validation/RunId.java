package dev.schemawright.ingestservice.validation;

import dev.schemawright.contracts.Ids;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A run id: the 24 lower-case hex characters of a content hash ({@link Ids#RUN_ID}). */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RunId.Validator.class)
public @interface RunId {
    String message() default "must be 24 lower-case hex characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RunId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Ids.isRunId(value);
        }
    }
}
