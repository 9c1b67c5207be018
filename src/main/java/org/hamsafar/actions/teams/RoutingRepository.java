package org.hamsafar.actions.teams;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing rules ({@code cx_routing_rule}), kept in order. */
@Repository
class RoutingRepository {
    private final JdbcClient jdbc;

    RoutingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoutingRule> all() {
        return jdbc.sql("SELECT channel, touchpoint, segment, topic, team_key FROM cx_routing_rule ORDER BY position")
                .query((rs, n) -> new RoutingRule(rs.getString("channel"), rs.getString("touchpoint"), rs.getString("segment"),
                        rs.getString("topic"), rs.getString("team_key")))
                .list();
    }

    void replaceAll(List<RoutingRule> rules) {
        jdbc.sql("DELETE FROM cx_routing_rule").update();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule rule = rules.get(i);
            jdbc.sql("""
                            INSERT INTO cx_routing_rule (position, channel, touchpoint, segment, topic, team_key)
                            VALUES (:position, :channel, :touchpoint, :segment, :topic, :team)""")
                    .param("position", i).param("channel", rule.channel()).param("touchpoint", rule.touchpoint())
                    .param("segment", rule.segment()).param("topic", rule.topic()).param("team", rule.team())
                    .update();
        }
    }

    /** How many routing rules send cases to the team. */
    long naming(String teamKey) {
        return jdbc.sql("SELECT COUNT(*) FROM cx_routing_rule WHERE team_key = :key").param("key", teamKey)
                .query(Long.class).single();
    }
}
