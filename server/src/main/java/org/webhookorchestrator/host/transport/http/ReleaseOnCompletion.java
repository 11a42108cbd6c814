package org.webhookorchestrator.host.transport.http;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/** Gives back a request's permits when its asynchronous exchange ends, however it ends. */
record ReleaseOnCompletion(Runnable release) implements AsyncListener {

    @Override
    public void onComplete(AsyncEvent event) {
        release.run();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        release.run();
    }

    @Override
    public void onError(AsyncEvent event) {
        release.run();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the same exchange goes on; its permits stay taken until it ends
    }
}
