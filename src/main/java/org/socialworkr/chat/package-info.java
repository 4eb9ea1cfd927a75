/**
 * Messaging: direct and group conversations with text, links, emphasis and images, message
 * requests, who-may-message-me settings, read state, and live delivery over STOMP WebSocket
 * (in-process broker on one node, RabbitMQ STOMP relay on several).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "connection", "confidentiality", "media", "profile"})
package org.socialworkr.chat;
