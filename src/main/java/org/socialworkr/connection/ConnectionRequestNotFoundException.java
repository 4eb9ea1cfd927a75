package org.socialworkr.connection;

import org.socialworkr.common.NotFoundException;

/** No pending request with this id is addressed to (or was sent by) the member acting on it. */
public class ConnectionRequestNotFoundException extends NotFoundException {

    public ConnectionRequestNotFoundException() {
        super("error.connection.requestNotFound");
    }
}
