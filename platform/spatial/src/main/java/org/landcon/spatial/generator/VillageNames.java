package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Village names in the style of the Ningxia Yellow River plain (杨家湾村, 马家寨村, 通渠村 …). */
final class VillageNames {
    private static final String[] FAMILY = {"杨", "马", "王", "李", "张", "刘", "丁", "金", "海", "纳", "田", "周", "郭",
        "何", "罗", "黄", "赵", "陈", "吴", "潘"};
    private static final String[] PLACE = {"家湾", "家寨", "家庄", "家堡", "家渠", "家滩", "家圈", "家桥", "家墩", "家营"};
    private static final String[] SOLO = {"通渠", "新华", "光明", "红星", "永丰", "丰庆", "金桥", "立新", "团结", "富强",
        "河滨", "沙湖", "清水", "惠农", "和平", "胜利"};

    private VillageNames() {
    }

    static List<String> draw(int count, SplittableRandom random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String name = random.nextInt(4) == 0 ? SOLO[random.nextInt(SOLO.length)]
                    : FAMILY[random.nextInt(FAMILY.length)] + PLACE[random.nextInt(PLACE.length)];
            names.add(names.contains(name + "村") ? name + names.size() + "队村" : name + "村");
        }
        return new ArrayList<>(names);
    }
}
