package org.landcon.assembly.internal;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.api.service.PlanAssembler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The platform's {@link PlanAssembler}, over the whiteboard registry. */
@Component(service = PlanAssembler.class, configurationPid = "org.landcon.assembly")
@Designate(ocd = PlanAssemblerComponent.Config.class)
public class PlanAssemblerComponent implements PlanAssembler {

    @ObjectClassDefinition(name = "Landcon 方案组装 plan assembly")
    public @interface Config {
        @AttributeDefinition(name = "rule time limit (ms)", description = "a rule running longer gets an error verdict")
        long ruleTimeoutMillis() default 60_000;

        @AttributeDefinition(name = "rule threads")
        int ruleThreads() default 4;
    }

    private final Assembler assembler;

    @Activate
    public PlanAssemblerComponent(@Reference WhiteboardRegistry registry, Config config) {
        this.assembler = new Assembler(registry::snapshot, config.ruleThreads(), config.ruleTimeoutMillis());
    }

    @Deactivate
    void deactivate() {
        assembler.close();
    }

    @Override
    public AssembledPlan assemble(PlanPackage pkg) throws InvalidPackageException {
        return assembler.assemble(pkg);
    }
}
