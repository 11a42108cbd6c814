package org.webhookorchestrator.host.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.webhookorchestrator.host.transport.JsonLimits;

/** The limits against a servlet that holds every request until the test lets it go. */
@Timeout(30)
class ConcurrencyLimitFilterTest {

    private final Semaphore entered = new Semaphore(0);
    private final CountDownLatch release = new CountDownLatch(1);
    private final OwnedSession session = new OwnedSession("alice", 1, System.nanoTime());
    private final HttpClient client = HttpClient.newHttpClient();
    private Server jetty;
    private URI uri;

    private void start(int global, int perSession) throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addFilter(new FilterHolder(new HttpFilter() {
            @Override
            protected void doFilter(HttpServletRequest request, HttpServletResponse response,
                    jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
                if (request.getHeader("Mcp-Session-Id") != null) {
                    request.setAttribute(SessionOwnerFilter.SESSION, session);
                }
                chain.doFilter(request, response);
            }
        }), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new ConcurrencyLimitFilter(
                new HttpLimits(1024 * 1024, JsonLimits.DEFAULT, global, perSession))), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) {
                entered.release();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.setStatus(200);
            }
        }), "/mcp");
        jetty.setHandler(context);
        jetty.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/mcp");
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        jetty.stop();
    }

    private CompletableFuture<HttpResponse<String>> post(boolean inSession) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (inSession) {
            request.header("Mcp-Session-Id", "s1");
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneRequestBeyondTheGlobalLimitIsRefusedAtOnceWith429AndRetryAfter() throws Exception {
        start(2, 1);
        var first = post(false);
        var second = post(false);
        assertThat(entered.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> third = post(false).get(10, TimeUnit.SECONDS);

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(third.body()).contains("\"code\":-32000").contains("Too many requests");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void oneRequestBeyondTheSessionLimitIsRefusedWhileOtherCallersGoOn() throws Exception {
        start(4, 1);
        var inSession = post(true);
        assertThat(entered.tryAcquire(1, 10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> again = post(true).get(10, TimeUnit.SECONDS);
        var outside = post(false);

        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(entered.tryAcquire(1, 10, TimeUnit.SECONDS)).as("a request outside the session enters").isTrue();
        release.countDown();
        assertThat(inSession.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(outside.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void permitsAreGivenBackWhenRequestsEnd() throws Exception {
        start(1, 1);
        release.countDown();

        for (int i = 0; i < 5; i++) {
            assertThat(post(true).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }
}
