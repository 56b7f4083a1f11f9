package org.bravo.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features ({@code org.bravo.<feature>}) talk to each other only through their public face: nothing outside a
 * feature may use a class of its {@code internal} package.
 */
final class FeatureBoundaries {
    private FeatureBoundaries() {
    }

    /** The rule for features below {@code root}, e.g. {@code org.bravo}. */
    static ArchRule internalsStayInsideTheirFeature(String root) {
        Pattern feature = Pattern.compile("^" + Pattern.quote(root) + "\\.([a-z0-9]+)(\\..*)?$");
        Pattern internal = Pattern.compile("^" + Pattern.quote(root) + "\\.([a-z0-9]+)\\.internal(\\..*)?$");
        return ArchRuleDefinition.classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use no other feature's internal package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = group(feature, origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Optional<String> target = group(internal, dependency.getTargetClass().getPackageName());
                            if (target.isPresent() && !target.equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    private static Optional<String> group(Pattern pattern, String packageName) {
        Matcher matcher = pattern.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
