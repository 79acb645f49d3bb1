// The ports of the test servers: the app and the demo council page (another origin).
// E2E_PORT / E2E_HOST_PORT move them, e.g. when two checkouts run their tests at once.
export const PORT = Number(process.env.E2E_PORT ?? 8081);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 8091);
export const APP_ORIGIN = `http://127.0.0.1:${PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
