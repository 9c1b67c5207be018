package org.hamsafar.shared.work;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background thread that does a round of work when woken, and every {@code idlePollSeconds}
 * in case a wake-up was missed (another instance queued the work). A failed round is logged and
 * tried again at the next wake-up or poll. Subclasses say what a round is; {@code enabled=false}
 * keeps the thread off (tests and tools then call the work directly).
 */
public abstract class WakeableLoop implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(WakeableLoop.class);
    private final String name;
    private final long idlePollSeconds;
    private final boolean enabled;
    private final Semaphore signal = new Semaphore(0);
    private volatile Thread thread;
    private volatile boolean running;

    protected WakeableLoop(String name, long idlePollSeconds, boolean enabled) {
        this.name = name;
        this.idlePollSeconds = idlePollSeconds;
        this.enabled = enabled;
    }

    /** One round: does whatever work is due. */
    protected abstract void round();

    /** Tells the loop there is new work. */
    public void wake() {
        signal.release();
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(idlePollSeconds, TimeUnit.SECONDS);
                signal.drainPermits();
                if (running) {
                    round();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("{} failed, retrying in {} s: {}", name, idlePollSeconds, e.toString());
            }
        }
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
        wake(); // work queued before a restart
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
