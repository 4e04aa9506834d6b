package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.WorkerRole;
import org.junit.jupiter.api.Test;

class RollUpJsonTest {
  private static final Atlas ZHANQIAN = TestAtlases.zhanqian().build();

  @Test
  void everyFigureOfEveryUnitAsked() throws Exception {
    List<DivisionCode> units = new ArrayList<>();
    ZHANQIAN.divisions().forEach(d -> units.add(d.code()));
    JsonNode doc = new ObjectMapper().readTree(RollUpJson.toJson(ZHANQIAN, units));
    assertThat(doc.get("format").asText()).isEqualTo("gridgov-rollup/1");
    assertThat(doc.get("asOf").asText()).isEqualTo(ZHANQIAN.asOf().toString());
    assertThat(doc.at("/size/grids").asInt()).isEqualTo(ZHANQIAN.size().grids());
    assertThat(doc.get("units")).hasSize(units.size());
    for (int i = 0; i < units.size(); i++) {
      JsonNode u = doc.get("units").get(i);
      RollUp r = ZHANQIAN.rollUp(units.get(i));
      assertThat(u.get("code").asText()).isEqualTo(units.get(i).toString());
      assertThat(u.get("name").asText())
          .isEqualTo(ZHANQIAN.division(units.get(i)).orElseThrow().name());
      assertThat(u.get("towns").asInt()).isEqualTo(r.towns());
      assertThat(u.get("communities").asInt()).isEqualTo(r.communities());
      assertThat(u.get("grids").asInt()).isEqualTo(r.grids());
      assertThat(u.get("households").asLong()).isEqualTo(r.households());
      assertThat(u.get("residents").asLong()).isEqualTo(r.residents());
      for (WorkerRole role : WorkerRole.values()) {
        assertThat(u.at("/posts/" + role.name()).asInt()).isEqualTo(r.posts(role));
      }
      List<String> sectors = new ArrayList<>();
      u.get("gridsServedBySector").fieldNames().forEachRemaining(sectors::add);
      assertThat(sectors)
          .containsExactlyElementsOf(ZHANQIAN.sectors().stream().map(Sector::code).toList());
      for (Sector s : ZHANQIAN.sectors()) {
        assertThat(u.at("/gridsServedBySector/" + s.code()).asInt())
            .isEqualTo(r.gridsServedBySector().getOrDefault(s, 0));
      }
      JsonNode perWorker = u.get("householdsPerFrontLineWorker");
      if (r.householdsPerFrontLineWorker().isPresent()) {
        assertThat(perWorker.asDouble())
            .isCloseTo(
                r.householdsPerFrontLineWorker().getAsDouble(),
                org.assertj.core.data.Offset.offset(0.005));
      } else {
        assertThat(perWorker.isNull()).isTrue();
      }
      assertThat(u.get("baseGridsOffTarget").asInt()).isEqualTo(r.baseGridsOffTarget());
    }
  }

  @Test
  void aUnitOutsideTheAtlasIsRefused() {
    assertThatThrownBy(() -> RollUpJson.toJson(ZHANQIAN, List.of(DivisionCode.parse("110101"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("110101");
  }
}
