package com.gauthconsole.bulk;

/** The file as a whole cannot be read as customers (too large, not CSV, a wrong header); nothing was kept. */
public class UploadRefused extends RuntimeException {

    UploadRefused(String message) {
        super(message, null, false, false);
    }
}
