package org.charterconsole.catalogue.ui;

import org.charterconsole.catalogue.Service;
import org.charterconsole.queue.PriorityClass;

/** The catalogue form's values while they are typed: numbers may still be empty. */
final class ServiceDraft {

    private String code = "";
    private String name = "";
    private String queue = "";
    private PriorityClass priorityClass = PriorityClass.STANDARD;
    private Integer answerWithin = 300;
    private Integer answeredTarget = 80;
    private Integer callerPriority = 0;
    private Integer weight = 0;
    private boolean active = true;

    /** A new standard service with the charter's standard targets. */
    static ServiceDraft blank() {
        return new ServiceDraft();
    }

    static ServiceDraft of(Service service) {
        ServiceDraft draft = new ServiceDraft();
        draft.code = service.code();
        draft.name = service.name();
        draft.queue = service.queueName();
        draft.priorityClass = service.priorityClass();
        draft.answerWithin = service.answerWithinSeconds();
        draft.answeredTarget = service.answeredTargetPercent();
        draft.callerPriority = service.callerPriority();
        draft.weight = service.weight();
        draft.active = service.active();
        return draft;
    }

    /** Only after the form's validation passed: every number is present. */
    Service toService() {
        return new Service(code, name, queue, priorityClass, answerWithin, answeredTarget, weight, callerPriority,
                active);
    }

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getQueue() {
        return queue;
    }

    void setQueue(String queue) {
        this.queue = queue;
    }

    PriorityClass getPriorityClass() {
        return priorityClass;
    }

    void setPriorityClass(PriorityClass priorityClass) {
        this.priorityClass = priorityClass;
    }

    Integer getAnswerWithin() {
        return answerWithin;
    }

    void setAnswerWithin(Integer answerWithin) {
        this.answerWithin = answerWithin;
    }

    Integer getAnsweredTarget() {
        return answeredTarget;
    }

    void setAnsweredTarget(Integer answeredTarget) {
        this.answeredTarget = answeredTarget;
    }

    Integer getCallerPriority() {
        return callerPriority;
    }

    void setCallerPriority(Integer callerPriority) {
        this.callerPriority = callerPriority;
    }

    Integer getWeight() {
        return weight;
    }

    void setWeight(Integer weight) {
        this.weight = weight;
    }
}
