package dev.queryguard.config;

/** PLACEHOLDER: replaced by the configuration loader's exception. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
