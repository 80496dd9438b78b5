package com.gauthconsole.targets;

/** A change to a managed target that cannot be made, with a message for the field it concerns. */
abstract sealed class TargetChangeRefused extends RuntimeException {

    private TargetChangeRefused(String message) {
        super(message, null, false, false);
    }

    abstract String field();

    static final class NameTaken extends TargetChangeRefused {
        NameTaken(String name, boolean declared) {
            super(
                    declared
                            ? "“" + name + "” is declared in application.yml; choose another name."
                            : "There is already a target named “" + name + "”.");
        }

        @Override
        String field() {
            return "name";
        }
    }

    static final class PasswordMissing extends TargetChangeRefused {
        PasswordMissing() {
            super("Enter the ops password.");
        }

        private PasswordMissing(String message) {
            super(message);
        }

        /** The stored password was given for the old URL; it goes to a new one only when typed for it. */
        static PasswordMissing forNewUrl() {
            return new PasswordMissing("The base URL changed: enter the ops password again for the new URL.");
        }

        @Override
        String field() {
            return "opsPassword";
        }
    }
}
