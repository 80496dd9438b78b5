package com.gauthconsole.user;

/** Why an administrator's change to a user was not made; the message tells them what to do instead. */
abstract sealed class UserChangeRefused extends RuntimeException
        permits UserChangeRefused.UsernameTaken, UserChangeRefused.OwnAccessProtected {

    private UserChangeRefused(String message) {
        super(message);
    }

    static final class UsernameTaken extends UserChangeRefused {
        UsernameTaken(String username) {
            super("There is already a user called " + username + ": choose another name.");
        }
    }

    /** An administrator locking themselves out would leave nobody to undo it. */
    static final class OwnAccessProtected extends UserChangeRefused {
        OwnAccessProtected(String what) {
            super("You cannot " + what + ": ask another administrator to do it.");
        }
    }
}
