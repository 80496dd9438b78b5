-- Counters of com.gauthconsole.limit.RateLimiter, shared by every instance on the database.
-- subject is a SHA-256 of the counted key (a user name, a client address...): bounded in size whatever was typed,
-- and the table does not list who tried what.
CREATE TABLE rate_limit (
    purpose        VARCHAR(40)              NOT NULL,
    subject        CHAR(64)                 NOT NULL,
    hits           INTEGER                  NOT NULL,
    window_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_rate_limit PRIMARY KEY (purpose, subject)
);

CREATE INDEX ix_rate_limit_window_ends_at ON rate_limit (window_ends_at);
