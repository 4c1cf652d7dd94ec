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

/** A project id as {@link Ids#PROJECT_ID} defines it: safe as an object-key part and a Kafka key. */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProjectId.Validator.class)
public @interface ProjectId {
    String message() default "must be 1-128 characters of A-Z, a-z, 0-9, '_' or '-', starting with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ProjectId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Ids.isProjectId(value);
        }
    }
}
