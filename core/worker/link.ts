// A message link between two ends (worker thread, utility process, their parent), so the core entry
// and its client are written once for every transport.
import type { MessagePort, Worker } from 'node:worker_threads';

export interface Link<In, Out> {
  post(msg: Out): void;
  onMessage(fn: (msg: In) => void): void;
}

/** the link of a worker thread's own end (parentPort) or of a MessagePort */
export function portLink<In, Out>(port: MessagePort): Link<In, Out> {
  return {
    post: (msg) => port.postMessage(msg),
    onMessage: (fn) => port.on('message', fn),
  };
}

/** the parent's link to a worker thread */
export function workerLink<In, Out>(worker: Worker): Link<In, Out> {
  return {
    post: (msg) => worker.postMessage(msg),
    onMessage: (fn) => worker.on('message', fn),
  };
}

/** two ends of a link within one thread (messages arrive asynchronously, as over a port) */
export function localLinks<A, B>(): [Link<A, B>, Link<B, A>] {
  const toA: Array<(msg: A) => void> = [];
  const toB: Array<(msg: B) => void> = [];
  return [
    { post: (msg) => queueMicrotask(() => toB.forEach((fn) => fn(msg))), onMessage: (fn) => void toA.push(fn) },
    { post: (msg) => queueMicrotask(() => toA.forEach((fn) => fn(msg))), onMessage: (fn) => void toB.push(fn) },
  ];
}
