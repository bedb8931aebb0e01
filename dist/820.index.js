export const id = 820;
export const ids = [820];
export const modules = {

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyTransport: () => (/* binding */ ProxyTransport)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2779);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4783);
// Sends a request through the runner's proxy (http_proxy / https_proxy, with credentials if the proxy
// URL has them) using @actions/http-client, which opens a CONNECT tunnel per request. transport.ts
// imports this module only when a proxy applies, so the library and undici stay off the start-up path.



// Carries a dispatch id from `send()` to the handler that prepares the socket options; never sent.
const DISPATCH_HEADER = "x-deploy-gate-dispatch";
// Our own per-attempt timer governs; the library's idle timer (3 min by default) would cut long attempts
// with an error that says nothing.
const SOCKET_TIMEOUT_MS = _text_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DURATION_MS */ .rG;
class ProxyTransport {
    clients = new Map();
    dispatches = new Map();
    nextId = 0;
    /** `headers` are final, User-Agent and Content-Length included. */
    async send(request, headers) {
        const id = String(this.nextId++);
        this.dispatches.set(id, { signal: request.signal, userAgent: headers["user-agent"] });
        // The library streams anything that is not a string.
        const data = Buffer.isBuffer(request.body) ? node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([request.body]) : request.body;
        try {
            // The library's own get() passes null for "no body"; its typings just do not say so.
            const response = await this.clientFor(request.url).request(request.method, request.url.href, data ?? null, { ...headers, [DISPATCH_HEADER]: id });
            return response.message;
        }
        finally {
            this.dispatches.delete(id);
        }
    }
    close() {
        for (const client of this.clients.values())
            client.dispose();
        this.clients.clear();
    }
    // One library client per scheme: each caches a single tunnelling agent for its scheme.
    clientFor(url) {
        let client = this.clients.get(url.protocol);
        if (!client) {
            const handler = {
                // Runs synchronously inside request(), on the exact options handed to http.request().
                prepareRequest: (options) => {
                    const headers = options.headers;
                    const dispatch = this.dispatches.get(String(headers[DISPATCH_HEADER]));
                    delete headers[DISPATCH_HEADER];
                    if (!dispatch)
                        return;
                    options.signal = dispatch.signal;
                    headers["user-agent"] = dispatch.userAgent;
                },
                // 401 challenges are answers for the check to judge, not for the client to handle.
                canHandleAuthentication: () => false,
                handleAuthentication: () => Promise.reject(new Error("authentication handlers are not used")),
            };
            // The library sets its own User-Agent (with the runner's orchestration id); prepareRequest puts the
            // request's back.
            client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(undefined, [handler], {
                keepAlive: true,
                allowRedirects: false,
                allowRetries: false,
                socketTimeout: SOCKET_TIMEOUT_MS,
            });
            this.clients.set(url.protocol, client);
        }
        return client;
    }
}


/***/ })

};
