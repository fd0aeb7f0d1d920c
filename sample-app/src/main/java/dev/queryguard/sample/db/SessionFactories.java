package dev.queryguard.sample.db;

import dev.queryguard.sample.model.Deployment;
import dev.queryguard.sample.model.Environment;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageBuildInfo;
import dev.queryguard.sample.model.PackageFile;
import dev.queryguard.sample.model.PackageFileBuildInfo;
import dev.queryguard.sample.model.Pipeline;
import dev.queryguard.sample.model.Project;
import dev.queryguard.sample.model.User;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import java.util.Map;

/** Builds the sample app's Hibernate {@link SessionFactory} over a {@link Database}. */
public final class SessionFactories {

    private SessionFactories() {
    }

    /** A session factory on {@code database}'s recorded DataSource; the migrations own the schema. */
    public static SessionFactory build(Database database) {
        Map<String, Object> settings = Map.of(
                AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource(),
                AvailableSettings.HBM2DDL_AUTO, "none");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClasses(Project.class, User.class, Package.class, PackageFile.class,
                            PackageBuildInfo.class, PackageFileBuildInfo.class, Pipeline.class, Environment.class,
                            Deployment.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
