// Preloaded (node --import) into a learner's Nest app.
//
// 1. `app.listen(PORT)` binds every interface by default; a learner's app must only
//    be reachable from this machine (through the workbook's proxy), so any TCP
//    listen is pinned to 127.0.0.1.
// 2. The app runs in its own process group so the server can kill it; if the server
//    itself dies without cleaning up, the IPC channel closes and the app exits too.
import net from 'node:net';

if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(0));
}

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (
    first &&
    typeof first === 'object' &&
    !('path' in first) &&
    !('fd' in first) &&
    !('handle' in first) &&
    !('_handle' in first)
  ) {
    args[0] = { ...first, host: LOOPBACK };
  } else if (isPort(first)) {
    if (typeof args[1] === 'string') args[1] = LOOPBACK;
    else args.splice(1, 0, LOOPBACK);
  } else if (first === undefined || typeof first === 'function') {
    args.splice(0, first === undefined ? 1 : 0, 0, LOOPBACK);
  }
  return originalListen.apply(this, args);
};
