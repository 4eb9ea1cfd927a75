package org.socialworkr.chat;

import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.socialworkr.test.RequiredServices;

/**
 * The test needs RabbitMQ's STOMP plugin on 127.0.0.1:61613 ({@code rabbitmq-plugins enable
 * rabbitmq_stomp}). Skipped with a message without it, or fails when services are required (CI).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresRabbitMqStomp.Condition.class)
@interface RequiresRabbitMqStomp {

    String HOST = "127.0.0.1";
    int PORT = 61613;

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = null;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 2000);
            } catch (IOException e) {
                missing = "nothing answers at " + HOST + ":" + PORT
                        + " (start RabbitMQ and run rabbitmq-plugins enable rabbitmq_stomp)";
            }
            return RequiredServices.evaluate(context, "RabbitMQ with the STOMP plugin", missing);
        }
    }
}
