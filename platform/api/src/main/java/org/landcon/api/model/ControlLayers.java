package org.landcon.api.model;

import java.util.List;

/** Names of the control layers of a plan package ({@code controls/<NAME>.*}). */
public final class ControlLayers {
    /** 永久基本农田 permanent basic farmland. */
    public static final String YJJBNT = "YJJBNT";
    /** 生态保护红线 ecological protection red line. */
    public static final String STBHHX = "STBHHX";
    /** 城镇开发边界 urban development boundary. */
    public static final String CZKFBJ = "CZKFBJ";
    /** 河湖管理范围 river and lake management zone (optional). */
    public static final String HHGLFW = "HHGLFW";
    /** 历史文化保护范围 heritage protection zone (optional). */
    public static final String LSWHBH = "LSWHBH";
    /** 古树名木 listed old trees, points with protection radius {@code BHBJ} in m (optional). */
    public static final String GSMM = "GSMM";

    /** Every layer the platform knows, required ones first. */
    public static final List<String> ALL = List.of(YJJBNT, STBHHX, CZKFBJ, HHGLFW, LSWHBH, GSMM);
    /** Layers a package must contain. */
    public static final List<String> REQUIRED = List.of(YJJBNT, STBHHX, CZKFBJ);

    private ControlLayers() {
    }
}
