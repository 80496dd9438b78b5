// The console's few enhancements; every page works without them. Loaded with "defer" under script-src 'self'.
(function () {
    'use strict';

    // Copy buttons: after every element marked "copyable", a button that copies its text (or a field's value).
    // Table cells and list items of a <dl> are left alone: a <tr> or <dl> may hold nothing else, and a button in every
    // row of a long list would drown it; the pages put the IDs to copy in a <span> of their own.
    function copyText(element) {
        return (element.value !== undefined ? element.value : element.textContent).trim();
    }

    function copy(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        // Plain HTTP other than localhost has no Clipboard API: copy through a hidden field instead.
        var field = document.createElement('textarea');
        field.value = text;
        field.setAttribute('readonly', '');
        field.className = 'visually-hidden';
        document.body.appendChild(field);
        field.select();
        var copied = document.execCommand('copy');
        document.body.removeChild(field);
        return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    }

    function addCopyButtons() {
        document.querySelectorAll('.copyable:not(td):not(dd)').forEach(function (element, index) {
            var text = copyText(element);
            if (!text || text === '—') {
                return;
            }
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-light border btn-sm ms-2 copy-button';
            button.textContent = 'Copy';
            var label = element.getAttribute('data-copy-label') || 'this value';
            button.setAttribute('aria-label', 'Copy ' + label);
            var status = document.createElement('span');
            status.className = 'visually-hidden';
            status.setAttribute('role', 'status');
            status.id = 'copy-status-' + index;
            button.addEventListener('click', function () {
                copy(text).then(function () {
                    button.textContent = 'Copied';
                    status.textContent = 'Copied ' + label;
                }, function () {
                    button.textContent = 'Select and copy by hand';
                });
            });
            element.insertAdjacentElement('afterend', status);
            element.insertAdjacentElement('afterend', button);
        });
    }

    // Executing a step: say at once that GAuth is being called, and keep the form from being sent twice.
    function showExecuting() {
        document.querySelectorAll('form[data-executes]').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                var submitter = event.submitter;
                if (!submitter || submitter.value !== 'execute') {
                    return;
                }
                // A disabled button is not sent with the form, so its action travels in a hidden field.
                var action = document.createElement('input');
                action.type = 'hidden';
                action.name = submitter.name;
                action.value = submitter.value;
                form.appendChild(action);
                submitter.removeAttribute('name');
                form.querySelectorAll('button[type=submit]').forEach(function (button) {
                    button.disabled = true;
                });
                submitter.textContent = 'Calling GAuth…';
                form.setAttribute('aria-busy', 'true');
            });
        });
    }

    // Live regions: a page whose element carries data-live="seconds" asks the server for the same page again
    // (so it reads the database, whichever instance answers) and reloads once that element's text has changed.
    // It stops after a while so that an open page does not keep its session alive for ever.
    var LIVE_FOR_MS = 10 * 60 * 1000;

    function watchLiveRegions() {
        var region = document.querySelector('[data-live][id]');
        if (!region) {
            return;
        }
        var seconds = Math.max(1, parseInt(region.getAttribute('data-live'), 10) || 3);
        var until = Date.now() + LIVE_FOR_MS;
        var before = region.textContent.replace(/\s+/g, ' ').trim();
        function poll() {
            if (Date.now() > until || document.hidden) {
                if (Date.now() <= until) {
                    window.setTimeout(poll, seconds * 1000);
                }
                return;
            }
            fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                .then(function (response) {
                    return response.ok && !response.redirected ? response.text() : null;
                })
                .then(function (html) {
                    if (html === null) {
                        return;
                    }
                    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(region.id);
                    var now = fresh ? fresh.textContent.replace(/\s+/g, ' ').trim() : '';
                    if (now !== before) {
                        window.location.reload();
                    } else {
                        window.setTimeout(poll, seconds * 1000);
                    }
                })
                .catch(function () {
                    window.setTimeout(poll, seconds * 1000);
                });
        }
        window.setTimeout(poll, seconds * 1000);
    }

    // Times: shown in UTC by the server; with scripts, in the browser's time zone, UTC kept on hover. Written as
    // yyyy-mm-dd hh:mm[:ss] so that the day shown is what the history's date filter takes (in the same zone).
    function localTimes() {
        var format = new Intl.DateTimeFormat('en-CA', {
            year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
            second: '2-digit', hourCycle: 'h23', timeZoneName: 'short'
        });
        document.querySelectorAll('time[datetime]').forEach(function (time) {
            var instant = new Date(time.getAttribute('datetime'));
            if (isNaN(instant.getTime())) {
                return;
            }
            if (!time.title) {
                time.title = time.textContent.trim();
            }
            var part = {};
            format.formatToParts(instant).forEach(function (p) { part[p.type] = p.value; });
            var seconds = /\d:\d\d:\d\d/.test(time.title) ? ':' + part.second : '';
            time.textContent = part.year + '-' + part.month + '-' + part.day + ' ' + part.hour + ':' + part.minute
                + seconds + ' ' + part.timeZoneName;
        });
        document.querySelectorAll('input[data-time-zone]').forEach(function (input) {
            if (!input.value) {
                input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
            }
        });
    }

    function start() {
        addCopyButtons();
        showExecuting();
        watchLiveRegions();
        localTimes();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
