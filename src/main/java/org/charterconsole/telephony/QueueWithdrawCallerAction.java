package org.charterconsole.telephony;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * Asks app_queue to take a caller out of the queue (Asterisk 16.25/18.11+); the dialplan sees
 * {@code QUEUESTATUS=WITHDRAW} and {@code QUEUE_WITHDRAW_INFO}. Not in asterisk-java 3.42.2.
 */
public class QueueWithdrawCallerAction extends AbstractManagerAction {

    private static final long serialVersionUID = 1L;

    private String queue;
    private String caller;
    private String withdrawInfo;

    public QueueWithdrawCallerAction(String queue, String caller, String withdrawInfo) {
        this.queue = queue;
        this.caller = caller;
        this.withdrawInfo = withdrawInfo;
    }

    @Override
    public String getAction() {
        return "QueueWithdrawCaller";
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public String getWithdrawInfo() {
        return withdrawInfo;
    }

    public void setWithdrawInfo(String withdrawInfo) {
        this.withdrawInfo = withdrawInfo;
    }
}
