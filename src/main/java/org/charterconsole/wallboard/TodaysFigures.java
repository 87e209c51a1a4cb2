package org.charterconsole.wallboard;

import org.charterconsole.queue.CharterFigures;
import org.charterconsole.queue.QueueFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Today's charter figures per queue, as the wallboard reads them. May touch the database:
 * call it off the UI thread.
 */
@FunctionalInterface
public interface TodaysFigures {

    Map<String, QueueFigures> today();

    @Configuration(proxyBeanMethods = false)
    class FromCharterFigures {
        @Bean
        TodaysFigures wallboardTodaysFigures(CharterFigures charterFigures) {
            return charterFigures::today;
        }
    }
}
