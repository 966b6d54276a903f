import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Pools } from '../db/pools.js';

/** Prometheus metrics: per-route latency, pool usage, and the process defaults. One registry per app. */
export function registerMetrics(app: FastifyInstance, pools: Pools): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'symbio_' });
  const duration = new Histogram({
    name: 'symbio_http_request_duration_seconds',
    help: 'HTTP request latency by route template, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  for (const [name, pick] of [
    ['total', (p: Pools['app']) => p.totalCount],
    ['idle', (p: Pools['app']) => p.idleCount],
    ['waiting', (p: Pools['app']) => p.waitingCount],
  ] as const) {
    new Gauge({
      name: `symbio_db_pool_${name}_connections`,
      help: `Connections ${name} in each database pool`,
      labelNames: ['pool'] as const,
      registers: [registry],
      collect() {
        this.set({ pool: 'app' }, pick(pools.app));
        this.set({ pool: 'system' }, pick(pools.system));
      },
    });
  }
  app.addHook('onResponse', async (req, reply) => {
    // The route template, never the raw URL: ids in paths would explode label cardinality.
    const route = req.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  return registry;
}
