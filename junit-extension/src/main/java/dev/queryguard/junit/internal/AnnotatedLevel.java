package dev.queryguard.junit.internal;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A place a check annotation can sit, as messages name it: the test method ({@code PackagesTests.lists()}),
 * its class, or a class enclosing a {@code @Nested} one ({@code PackagesTests}).
 *
 * @param element the method or class
 * @param name    its name in messages
 */
public record AnnotatedLevel(AnnotatedElement element, String name) {

    /** The levels of the running test, nearest first: the method, its class, then enclosing test classes. */
    public static List<AnnotatedLevel> of(ExtensionContext context) {
        List<AnnotatedLevel> levels = new ArrayList<>();
        Method method = context.getRequiredTestMethod();
        Class<?> testClass = context.getRequiredTestClass();
        levels.add(new AnnotatedLevel(method, testClass.getSimpleName() + "." + method.getName() + "()"));
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Optional<ExtensionContext> level = Optional.of(context); level.isPresent();
             level = level.get().getParent()) {
            level.get().getTestClass().ifPresent(classes::add);
        }
        classes.forEach(type -> levels.add(new AnnotatedLevel(type, type.getSimpleName())));
        return levels;
    }

    /** The annotation on this level, directly, meta-present or inherited. */
    public <A extends Annotation> Optional<A> find(Class<A> type) {
        return AnnotationSupport.findAnnotation(element, type);
    }

    /** The nearest annotation of {@code type} on the running test, with the level it sits on. */
    public static <A extends Annotation> Optional<Found<A>> nearest(ExtensionContext context, Class<A> type) {
        for (AnnotatedLevel level : of(context)) {
            Optional<A> annotation = level.find(type);
            if (annotation.isPresent()) {
                return Optional.of(new Found<>(annotation.get(), level));
            }
        }
        return Optional.empty();
    }

    /** An annotation and the level it was found on. */
    public record Found<A extends Annotation>(A annotation, AnnotatedLevel level) {
    }
}
