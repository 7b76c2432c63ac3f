package org.landcon.web.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Unit;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.api.service.PlanAssembler;
import org.landcon.api.service.PlanPackageReader;
import org.landcon.store.PlanStore;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.Role;
import org.landcon.store.model.User;
import org.landcon.web.internal.http.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Makes plan versions: a new plan from an uploaded package (screened, read, assembled, then
 * stored; a broken package stores nothing), and a new version of a plan from its kept package
 * with a set of change parcels (after an edit, or a re-check when rules changed).
 */
@Component(service = PlanKeeper.class, configurationPid = WebConfig.PID)
@Designate(ocd = WebConfig.class)
public class PlanKeeper {
    private final PlanStore store;
    private final PlanPackageReader reader;
    private final PlanAssembler assembler;
    private final PlanFiles files;
    private final PackageSource packages;
    private final VersionWriter writer;
    private final PlanLocks locks = new PlanLocks();
    private final WebConfig config;

    @Activate
    public PlanKeeper(WebConfig config, @Reference PlanStore store, @Reference PlanPackageReader reader,
            @Reference PlanAssembler assembler) {
        this.config = config;
        this.store = store;
        this.reader = reader;
        this.assembler = assembler;
        this.files = new PlanFiles(Path.of(config.data_dir()));
        this.packages = new PackageSource(reader, files);
        this.writer = new VersionWriter(store, files);
    }

    public PlanFiles files() {
        return files;
    }

    public WebConfig config() {
        return config;
    }

    /**
     * Creates a plan from the uploaded zip {@code upload} (named {@code label} in problems) by a
     * county compiler of the package's county.
     */
    public PlanVersion intake(Path upload, String label, User user) throws InvalidPackageException, IOException {
        new ZipScreen(config.unpacked_max_mb() * 1024 * 1024).check(upload, label);
        Path dir = Files.createTempDirectory(upload.getParent(), "named");
        Path named = dir.resolve(label);
        try {
            Files.move(upload, named);
            PlanPackage pkg = reader.read(named);
            requireCompilerOf(user, pkg.unit());
            return create(named, pkg, user.username(), "上传 upload " + label);
        } finally {
            Files.deleteIfExists(named);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Creates a plan from a package the platform itself was given (the demo township named by the
     * framework property {@code landcon.demo}): the folder is zipped and kept like an upload.
     */
    public PlanVersion intakeFolder(Path folder, String actor) throws InvalidPackageException, IOException {
        Path zip = files.newUpload();
        try {
            Zips.of(folder, zip);
            return create(zip, reader.read(zip), actor, "演示乡镇 demo township " + folder.getFileName());
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private PlanVersion create(Path zip, PlanPackage pkg, String actor, String note)
            throws InvalidPackageException, IOException {
        AssembledPlan assembled = assembler.assemble(pkg);
        Unit u = pkg.unit();
        Plan plan = store.createPlan(u.code(), u.name() == null ? u.code() : u.name(), u.region(), u.county(), actor);
        files.keepPackage(plan.id(), zip);
        packages.remember(plan.id(), pkg);
        return writer.write(plan.id(), pkg, assembled, actor, note);
    }

    /**
     * Assembles the plan's kept package with {@code parcels} and stores the result as its next
     * version, unless {@code unlessSame} is true and the running rules are those of the latest version.
     *
     * @param edited whether {@code parcels} differ from the uploaded ones
     */
    public PlanVersion reassemble(long planId, List<ChangeParcel> parcels, boolean edited, String actor, String note)
            throws InvalidPackageException {
        ReentrantLock lock = locks.of(planId);
        lock.lock();
        try {
            PlanPackage pkg = PackageSource.withParcels(packages.kept(planId), parcels, edited);
            AssembledPlan assembled = assembler.assemble(pkg);
            return writer.write(planId, pkg, assembled, actor, note);
        } finally {
            lock.unlock();
        }
    }

    /** The lock of a plan, for a caller that decides and re-assembles in one step. */
    public ReentrantLock lock(long planId) {
        return locks.of(planId);
    }

    static void requireCompilerOf(User user, Unit unit) {
        if (!user.has(Role.COUNTY_COMPILER, null) || !user.county().equals(unit.county())) {
            throw ApiException.forbidden("只有本县（" + unit.county() + "）县级方案编制人员可以上传该乡镇的方案",
                    "only a county-compiler of county " + unit.county() + " may upload this township's plan");
        }
    }
}
