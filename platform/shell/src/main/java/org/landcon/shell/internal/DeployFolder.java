package org.landcon.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure the folder FileInstall watches exists, so an administrator can drop bundles into it. */
@Component(immediate = true)
public class DeployFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    @Activate
    public DeployFolder(BundleContext context) throws IOException {
        String dir = context.getProperty("felix.fileinstall.dir");
        if (dir != null && !Files.isDirectory(Path.of(dir))) {
            Files.createDirectories(Path.of(dir));
            LOG.info("已创建热部署目录 created the deploy folder {}", Path.of(dir).toAbsolutePath());
        }
    }
}
