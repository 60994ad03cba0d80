package org.sendreform.faulttest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between a service and PostgreSQL that misbehaves on request: adds latency to every chunk, resets
 * every open connection (RST, as a dropped NAT entry or a restarted firewall does), or becomes a black hole
 * (connections stay open, nothing gets through either way, as when a route disappears). Plain blocking sockets,
 * two threads per connection: the suite's links carry a handful of pooled connections.
 */
final class FaultyLink implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile long latencyMillis;
    private volatile boolean blackHole;
    private volatile boolean closed;

    FaultyLink(int targetPort) throws IOException {
        target = new InetSocketAddress("127.0.0.1", targetPort);
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "faulty-link-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void latency(long millis) {
        latencyMillis = millis;
    }

    void blackHole(boolean on) {
        blackHole = on;
    }

    /** Resets every open connection: both ends see ECONNRESET. */
    void resetAll() {
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException e) {
                // already gone
            }
        }
        open.clear();
    }

    /** Back to a clean link. */
    void heal() {
        latencyMillis = 0;
        blackHole = false;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(target, 5_000);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                while (true) {
                    while (blackHole && !from.isClosed()) {
                        Thread.sleep(50); // hold the bytes: the peer waits on a connection that still looks open
                    }
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    while (blackHole && !from.isClosed()) {
                        Thread.sleep(50);
                    }
                    if (latencyMillis > 0) {
                        Thread.sleep(latencyMillis);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side went away, or the link reset it
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "faulty-link-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeQuietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        resetAll();
    }
}
