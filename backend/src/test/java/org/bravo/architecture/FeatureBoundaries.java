package org.bravo.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features ({@code org.bravo.<feature>}) talk to each other only through their public face: nothing outside a
 * feature may use a class of its {@code internal} package, the root of a feature holds only that face, and no two
 * features depend on each other, directly or around a loop (docs/architecture.md).
 */
final class FeatureBoundaries {
    private FeatureBoundaries() {}

    /** The rule for features below {@code root}, e.g. {@code org.bravo}. */
    static ArchRule internalsStayInsideTheirFeature(String root) {
        Pattern feature = Pattern.compile("^" + Pattern.quote(root) + "\\.([a-z0-9]+)(\\..*)?$");
        Pattern internal = Pattern.compile("^" + Pattern.quote(root) + "\\.([a-z0-9]+)\\.internal(\\..*)?$");
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use no other feature's internal package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = group(feature, origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Optional<String> target =
                                    group(internal, dependency.getTargetClass().getPackageName());
                            if (target.isPresent() && !target.equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    /**
     * No cycle between features: a loop makes every feature on it a part of the others (one cannot be read, tested
     * or changed alone). The usual way out is an interface declared by the feature that needs the answer and
     * implemented by the one that has it (e.g. {@code shop.PublishedPostCounts}).
     */
    static ArchRule featuresDoNotCycle(String root) {
        return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * The root package of a feature is its public face (resources, views, requests, events, facades): no entity, no
     * repository and no SQL there. Storage stays in {@code internal}, where no other feature can reach it.
     */
    static ArchRule rootsHoldOnlyTheirPublicFace(String root, String... exempt) {
        Pattern featureRoot = Pattern.compile("^" + Pattern.quote(root) + "\\.([a-z0-9]+)$");
        Set<String> skipped = Set.of(exempt);
        return ArchRuleDefinition.noClasses()
                .that(new DescribedPredicate<JavaClass>("reside in the root package of a feature") {
                    @Override
                    public boolean test(JavaClass type) {
                        Optional<String> feature = group(featureRoot, type.getPackageName());
                        return feature.isPresent() && !skipped.contains(feature.get());
                    }
                })
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .orShould()
                .beAssignableTo(PanacheRepositoryBase.class)
                .allowEmptyShould(false);
    }

    /**
     * The public methods of a feature's root take and return only public types: an internal class (an entity above
     * all) in a facade's signature would hand other features what the boundary keeps from them.
     */
    static ArchRule facesExposeNoInternalType(String root) {
        Pattern featureRoot = Pattern.compile("^" + Pattern.quote(root) + "\\.([a-z0-9]+)$");
        return ArchRuleDefinition.classes()
                .that(new DescribedPredicate<JavaClass>("reside in the root of a feature") {
                    @Override
                    public boolean test(JavaClass type) {
                        return group(featureRoot, type.getPackageName()).isPresent();
                    }
                })
                .should(new ArchCondition<JavaClass>("expose no internal type in a public method") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (JavaMethod method : type.getMethods()) {
                            if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
                                continue;
                            }
                            List<JavaClass> signature = new ArrayList<>(method.getRawParameterTypes());
                            signature.add(method.getRawReturnType());
                            for (JavaClass used : signature) {
                                if (used.getPackageName().contains(".internal")) {
                                    events.add(SimpleConditionEvent.violated(
                                            method, method.getFullName() + " exposes " + used.getName()));
                                }
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
