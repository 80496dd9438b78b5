package com.gauthconsole.run.wizard;

import com.gauthconsole.run.Step;
import com.gauthconsole.run.step.StepExecutors;
import jakarta.servlet.ServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * Binds a posted step form as the form type of its step, through the record's constructor, with the converters and
 * the bean validation of Spring MVC: one submit handler serves the six steps.
 */
@Component
public class StepFormBinding {

    private final StepExecutors executors;
    private final ConversionService conversion;
    private final Validator validator;

    StepFormBinding(
            StepExecutors executors,
            @Qualifier("mvcConversionService") ConversionService conversion,
            @Qualifier("mvcValidator") Validator validator) {
        this.executors = executors;
        this.conversion = conversion;
        this.validator = validator;
    }

    /** The step's form and its errors; the form is null when a value could not be converted at all. */
    BindingResult bind(Step step, ServletRequest request, String name) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, name);
        binder.setTargetType(ResolvableType.forClass(executors.of(step).formType()));
        binder.setDeclarativeBinding(true);
        binder.setConversionService(conversion);
        binder.setValidator(validator);
        binder.construct(request);
        if (binder.getTarget() != null) {
            binder.validate();
        }
        return binder.getBindingResult();
    }
}
