package org.landcon.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@code org.landcon.store}: where the database lives and the first administrator. */
@ObjectClassDefinition(id = StoreConfig.PID, name = "Landcon store 数据存储",
        description = "嵌入式 H2 数据库与首个管理员 / embedded H2 database and the first administrator")
public @interface StoreConfig {

    String PID = "org.landcon.store";

    @AttributeDefinition(name = "path", description = "数据库文件路径（不含 .mv.db），相对于工作目录 / "
            + "database file path without .mv.db, relative to the working directory")
    String path() default "data/landcon";

    @AttributeDefinition(name = "admin.user", description = "首次启动时创建的管理员 / administrator created on first start")
    String admin_user() default "admin";

    @AttributeDefinition(name = "admin.password", type = AttributeType.PASSWORD,
            description = "首个管理员的密码，请立即修改 / the first administrator's password: change it")
    String admin_password() default Bootstrap.DEFAULT_PASSWORD;

    @AttributeDefinition(name = "session.minutes", description = "会话有效期（分钟） / session lifetime in minutes")
    int session_minutes() default 480;
}
