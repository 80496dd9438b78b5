package com.gauthconsole.system;

import com.gauthconsole.secret.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data directory holds the embedded database and the key files, so only the console's own user may enter it: it
 * is made owner-only (0700) before the database opens its files there, and those files owner-only (0600) once the
 * console has started.
 */
@Component
class PrivateDataDirectory implements BeanPostProcessor, ApplicationListener<ApplicationStartedEvent> {

    private final Path folder;

    PrivateDataDirectory(Environment environment) {
        this.folder = Path.of(environment.getProperty("console.data-dir", "./data"));
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            try {
                PrivateFiles.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + folder.toAbsolutePath(), e);
            }
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        try {
            PrivateFiles.restrictFilesIn(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the files in " + folder.toAbsolutePath(), e);
        }
    }
}
