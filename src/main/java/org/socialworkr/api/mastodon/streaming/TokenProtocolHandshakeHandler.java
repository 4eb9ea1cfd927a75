package org.socialworkr.api.mastodon.streaming;

import java.util.List;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * A browser closes the socket unless the server echoes a protocol it asked for; Mastodon clients
 * that pass the access token as the protocol get it echoed, as Mastodon's server does.
 */
class TokenProtocolHandshakeHandler extends DefaultHandshakeHandler {

    @Override
    protected String selectProtocol(List<String> requestedProtocols, WebSocketHandler webSocketHandler) {
        return requestedProtocols.isEmpty() ? null : requestedProtocols.get(0);
    }
}
