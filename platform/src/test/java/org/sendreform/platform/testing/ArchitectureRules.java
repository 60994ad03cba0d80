package org.sendreform.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of DESIGN.md as tests: services never import each other, and domain rules are plain Java
 * (no REST, persistence or Quarkus), so they can be unit-tested and reasoned about alone.
 * A service's test extends this (no Quarkus needed) and names its package and its domain-rule packages.
 */
public abstract class ArchitectureRules {

    private static final List<String> SERVICES = List.of("milestones", "metrics", "risk", "governance", "gateway");

    protected abstract String service();

    /** Packages, relative to the service's, holding domain rules, e.g. "scoring". */
    protected abstract List<String> domainRulePackages();

    /** Classes of other packages that are domain rules too, e.g. Slippage beside its entity. */
    protected List<Class<?>> domainRuleClasses() {
        return List.of();
    }

    private JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sendreform." + service());
    }

    @Test
    void servicesNeverImportEachOther() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service())).map(s -> "org.sendreform." + s + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(classes());
    }

    @Test
    void domainRulesArePlainJava() {
        String[] forbidden = { "jakarta.ws.rs..", "jakarta.persistence..", "org.hibernate..", "io.quarkus..", "io.vertx.." };
        JavaClasses classes = classes();
        for (String pkg : domainRulePackages()) {
            noClasses().that().resideInAPackage("org.sendreform." + service() + "." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(false).check(classes);
        }
        for (Class<?> rule : domainRuleClasses()) {
            noClasses().that().belongToAnyOf(rule).should().dependOnClassesThat().resideInAnyPackage(forbidden).check(classes);
        }
    }
}
