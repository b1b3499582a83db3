package org.glutecoach.shared;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The data folder of the embedded database holds health data and the key that seals secrets, so only the user
 * the app runs as may read it: the app makes the folder with mode 700 before the database opens it, and sets the
 * database files to 600 once they exist. Another database (PostgreSQL) keeps nothing here.
 */
@Configuration(proxyBeanMethods = false)
class DataFolder {

    private static final String DATABASE_FILE_PREFIX = "glute";

    /** A post-processor runs before any bean is made, so the folder exists (mode 700) before the database. */
    @Bean
    static BeanFactoryPostProcessor dataFolderMadeOwnerOnly() {
        return new OwnerOnlyFolder();
    }

    @Bean
    static SmartInitializingSingleton databaseFilesMadeOwnerOnly(Environment environment) {
        return () -> folder(environment).ifPresent(DataFolder::ownerOnlyDatabaseFiles);
    }

    private static java.util.Optional<Path> folder(Environment environment) {
        var url = environment.getProperty("spring.datasource.url", "");
        var dir = environment.getProperty("glutecoach.data-dir");
        return url.startsWith("jdbc:h2:file:") && dir != null && !dir.isBlank()
                ? java.util.Optional.of(Path.of(dir))
                : java.util.Optional.empty();
    }

    private static boolean posix(Path path) {
        return path.toAbsolutePath()
                .getFileSystem()
                .supportedFileAttributeViews()
                .contains("posix");
    }

    static void makeOwnerOnly(Path dir) {
        if (Files.exists(dir) || !posix(dir)) {
            return;
        }
        try {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the data folder " + dir, e);
        }
    }

    static void ownerOnlyDatabaseFiles(Path dir) {
        if (!Files.isDirectory(dir) || !posix(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (var file : files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith(DATABASE_FILE_PREFIX))
                    .toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the database files in " + dir + " owner-only", e);
        }
    }

    private static final class OwnerOnlyFolder implements BeanFactoryPostProcessor, EnvironmentAware {

        private @Nullable Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            var settings = requireNonNull(environment, "Spring sets the environment first");
            folder(settings).ifPresent(DataFolder::makeOwnerOnly);
        }
    }
}
