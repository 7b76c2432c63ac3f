package org.landcon.web.internal.plan;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@code org.landcon.web}: where uploaded packages are kept and the upload limits. */
@ObjectClassDefinition(id = WebConfig.PID, name = "Landcon web 网页与接口",
        description = "上传限制与数据目录 / upload limits and the data folder")
public @interface WebConfig {
    String PID = "org.landcon.web";

    @AttributeDefinition(name = "data.dir", description = "保存规划数据包与表格、地图的目录 / folder of kept packages, tables and maps")
    String data_dir() default "data/web";

    @AttributeDefinition(name = "upload.max.mb", description = "上传数据包的最大大小（MB） / largest plan package upload (MB)")
    long upload_max_mb() default 200;

    @AttributeDefinition(name = "unpacked.max.mb", description = "数据包解压后的最大大小（MB） / largest unpacked size of a package (MB)")
    long unpacked_max_mb() default 1024;

    @AttributeDefinition(name = "recheck.debounce.ms", description = "规则变化后等待多久再复核（毫秒） / wait after a rule change before re-checking (ms)")
    long recheck_debounce_ms() default 50;
}
