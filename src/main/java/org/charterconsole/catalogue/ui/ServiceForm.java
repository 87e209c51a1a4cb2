package org.charterconsole.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import org.charterconsole.catalogue.Service;
import org.charterconsole.catalogue.ServiceField;
import org.charterconsole.catalogue.ServiceProblem;
import org.charterconsole.catalogue.ServiceRules;
import org.charterconsole.queue.PriorityClass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * The fields of one service. The binder checks each field with {@link ServiceRules}, the same rules
 * and messages the administration applies; what only the administration can tell (a queue the
 * phone system does not know, a code already taken) is shown at the field by {@link #show}.
 */
class ServiceForm extends Composite<FormLayout> {

    private final TextField code = new TextField("Code");
    private final TextField name = new TextField("Name");
    private final TextField queue = new TextField("Queue");
    private final Select<PriorityClass> priorityClass = new Select<>();
    private final IntegerField answerWithin = new IntegerField("Answer within (seconds)");
    private final IntegerField answeredTarget = new IntegerField("Answered at least (%)");
    private final IntegerField callerPriority = new IntegerField("Caller priority (QUEUE_PRIO)");
    private final IntegerField weight = new IntegerField("Queue weight");
    private final Map<ServiceField, HasValidation> fields = new EnumMap<>(ServiceField.class);
    private final Binder<ServiceDraft> binder = new Binder<>();
    private ServiceDraft draft = ServiceDraft.blank();

    ServiceForm() {
        priorityClass.setLabel("Class");
        priorityClass.setItems(PriorityClass.values());
        priorityClass.setItemLabelGenerator(c -> c == PriorityClass.PRIORITY ? "Priority" : "Standard");
        code.setHelperText("Lower-case letters, digits and hyphens; fixed once added");
        callerPriority.setHelperText("Higher is answered first within a queue");
        weight.setHelperText("Heavier queues are served first by shared agents");

        binder.forField(code).withValidator(rule(ServiceRules::code)).bind(ServiceDraft::getCode, ServiceDraft::setCode);
        binder.forField(name).withValidator(rule(ServiceRules::name)).bind(ServiceDraft::getName, ServiceDraft::setName);
        binder.forField(queue).withValidator(rule(ServiceRules::queue)).bind(ServiceDraft::getQueue, ServiceDraft::setQueue);
        binder.forField(priorityClass).withValidator(rule(ServiceRules::priorityClass))
                .bind(ServiceDraft::getPriorityClass, ServiceDraft::setPriorityClass);
        binder.forField(answerWithin).withValidator(rule(ServiceRules::answerWithin))
                .bind(ServiceDraft::getAnswerWithin, ServiceDraft::setAnswerWithin);
        binder.forField(answeredTarget).withValidator(rule(ServiceRules::answeredTarget))
                .bind(ServiceDraft::getAnsweredTarget, ServiceDraft::setAnsweredTarget);
        binder.forField(callerPriority).withValidator(rule(ServiceRules::callerPriority))
                .bind(ServiceDraft::getCallerPriority, ServiceDraft::setCallerPriority);
        binder.forField(weight).withValidator(rule(ServiceRules::weight))
                .bind(ServiceDraft::getWeight, ServiceDraft::setWeight);

        fields.put(ServiceField.CODE, code);
        fields.put(ServiceField.NAME, name);
        fields.put(ServiceField.QUEUE, queue);
        fields.put(ServiceField.PRIORITY_CLASS, priorityClass);
        fields.put(ServiceField.ANSWER_WITHIN, answerWithin);
        fields.put(ServiceField.ANSWERED_TARGET, answeredTarget);
        fields.put(ServiceField.CALLER_PRIORITY, callerPriority);
        fields.put(ServiceField.WEIGHT, weight);
        getContent().add(code, name, queue, priorityClass, answerWithin, answeredTarget, callerPriority, weight);
    }

    void edit(Service service) {
        draft = ServiceDraft.of(service);
        binder.readBean(draft);
        code.setReadOnly(true);
    }

    void addNew() {
        draft = ServiceDraft.blank();
        binder.readBean(draft);
        code.setReadOnly(false);
    }

    /** The service as filled in, or empty with every field's problem shown at it. */
    Optional<Service> read() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft.toService()) : Optional.empty();
    }

    /** Shows each problem at its field; returns the messages about the service as a whole. */
    List<String> show(List<ServiceProblem> problems) {
        List<String> general = new ArrayList<>();
        for (ServiceProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                general.add(problem.message());
            } else {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        return general;
    }

    void suggestQueues(SortedSet<String> withoutService) {
        queue.setHelperText(withoutService.isEmpty() ? "Every queue on the phone system already has a service"
                : "On the phone system without a service: " + String.join(", ", withoutService));
    }

    private static <T> Validator<T> rule(Function<T, Optional<String>> rule) {
        return (value, context) -> rule.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
