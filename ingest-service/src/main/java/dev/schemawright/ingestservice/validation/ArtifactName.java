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

/** An artifact name: a plain file name with no path separators and no "..", see {@link Ids#isArtifactName}. */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ArtifactName.Validator.class)
public @interface ArtifactName {
    String message() default "must be a plain file name (A-Z, a-z, 0-9, '.', '_', '-'; no '..')";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ArtifactName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Ids.isArtifactName(value);
        }
    }
}
