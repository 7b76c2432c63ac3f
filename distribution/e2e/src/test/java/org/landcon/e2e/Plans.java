package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Plan fixtures made through the API, the way users make them. */
final class Plans {

    private Plans() {
    }

    /** Records a 90 % consent for every village the plan touches, each by its own village committee. */
    static void consentAll(World world, long plan) throws Exception {
        JsonNode villages = world.admin.get("/api/plans/" + plan).json().path("villages");
        for (Iterator<Map.Entry<String, JsonNode>> it = villages.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> v = it.next();
            Client committee = world.login(world.villageCommittee(v.getKey()));
            Client.Reply r = committee.post("/api/plans/" + plan + "/consents", "{\"villageCode\":\"" + v.getKey()
                    + "\",\"villageName\":\"" + v.getValue().asText() + "\",\"body\":\"VILLAGE_COMMITTEE\",\"date\":\"2026-05-01\","
                    + "\"documentRef\":\"村民代表大会决议\",\"ratio\":0.9}");
            assertEquals(201, r.status(), r.text());
        }
    }

    /** A new plan without violations, consented and submitted. */
    static long submitted(World world) throws Exception {
        Client compiler = world.login("compiler");
        long[] none = new long[1];
        long id = Packages.clean(compiler, Packages.township(7), none).id();
        consentAll(world, id);
        assertEquals(200, compiler.post("/api/plans/" + id + "/consents/confirm", "{}").status());
        Client.Reply r = compiler.post("/api/plans/" + id + "/submit", "{}");
        assertEquals(200, r.status(), r.text());
        return id;
    }
}
