package org.gridgov.samples;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PartyOrganisationKind;
import org.gridgov.core.Sector;
import org.gridgov.core.WorkerRole;

/**
 * A synthetic national-scale atlas for benchmarks: the 31 real province codes and, below them,
 * made-up cities, counties, towns and village-level units in the proportions of the 2023 national
 * figures (343 cities, 3,255 counties, 41,351 towns, 620,572 village units), scaled to the number
 * of grids asked for (about 8 per village unit; 5 million by default). Each grid has one worker,
 * each village unit a party organisation covering its grids and each town a liaison for the eight
 * predefined sectors. Deterministic for a seed.
 *
 * <pre>{@code
 * Atlas country = SyntheticNational.atlas(SyntheticNational.DEFAULT_GRIDS, 1L);
 * }</pre>
 */
public final class SyntheticNational {
  /** Five million grids: the headroom figure for grids nationally. */
  public static final int DEFAULT_GRIDS = 5_000_000;

  private static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65
  };
  private static final double CITIES_PER_PROVINCE = 343.0 / 31;
  private static final double COUNTIES_PER_CITY = 3255.0 / 343;
  private static final double TOWNS_PER_COUNTY = 41351.0 / 3255;
  private static final double UNITS_PER_TOWN = 620572.0 / 41351;
  private static final double GRIDS_PER_UNIT = 8.0;

  private SyntheticNational() {}

  /**
   * Builds the atlas.
   *
   * @param grids how many grids, at least 1,000
   * @param seed the random seed
   * @return the atlas
   */
  public static Atlas atlas(int grids, long seed) {
    return builder(grids, seed).build();
  }

  /**
   * The builder holding the synthetic contents, to time {@link Atlas.Builder#build()} alone.
   *
   * @param grids how many grids, at least 1,000
   * @param seed the random seed
   * @return a filled builder
   */
  public static Atlas.Builder builder(int grids, long seed) {
    checkArgument(grids >= 1000, "at least 1000 grids, got %s", grids);
    SplittableRandom r = new SplittableRandom(seed);
    double scale = grids / (620572.0 * GRIDS_PER_UNIT);
    int units = Math.max(PROVINCES.length * 4, (int) Math.round(grids / GRIDS_PER_UNIT));
    int towns = Math.max(PROVINCES.length * 2, (int) Math.round(units / UNITS_PER_TOWN));
    int counties = Math.max(PROVINCES.length, (int) Math.round(towns / TOWNS_PER_COUNTY));
    int cities = Math.max(PROVINCES.length, (int) Math.round(counties / COUNTIES_PER_CITY));
    if (scale >= 1) {
      cities = (int) Math.round(PROVINCES.length * CITIES_PER_PROVINCE);
    }
    Atlas.Builder b = Atlas.builder().asOf(LocalDate.of(2024, 1, 1));
    String[] gridNames = new String[1000];
    for (int i = 1; i < gridNames.length; i++) {
      gridNames[i] = "第" + i + "网格";
    }
    String[] workerNames = workerNames();
    GridCodeScheme scheme = GridCodeScheme.standard();
    LocalDate since = LocalDate.of(2023, 1, 1);
    int[] citiesPer = Shares.split(cities, PROVINCES.length, () -> 0.5 + r.nextDouble());
    int[] countiesPer = Shares.split(counties, cities, () -> 0.5 + r.nextDouble());
    int[] townsPer = Shares.split(towns, counties, () -> 0.5 + r.nextDouble());
    int[] unitsPer = Shares.split(units, towns, () -> 0.5 + r.nextDouble());
    int[] gridsPer = Shares.split(grids, units, () -> 0.5 + r.nextDouble());
    int city = 0;
    int county = 0;
    int town = 0;
    int unit = 0;
    long workers = 0;
    for (int p = 0; p < PROVINCES.length; p++) {
      DivisionCode province = DivisionCode.parse(Integer.toString(PROVINCES[p]));
      b.addDivision(Division.of(province, "省" + province));
      for (int c = 0; c < citiesPer[p]; c++, city++) {
        DivisionCode cityCode = province.child(DivisionLevel.CITY, 1 + c % 70);
        b.addDivision(Division.of(cityCode, "市" + cityCode));
        for (int k = 0; k < countiesPer[city]; k++, county++) {
          DivisionCode countyCode = cityCode.child(DivisionLevel.COUNTY, 1 + k % 99);
          b.addDivision(Division.of(countyCode, "县" + countyCode));
          for (int t = 0; t < townsPer[county]; t++, town++) {
            DivisionCode townCode = countyCode.child(DivisionLevel.TOWN, 1 + t % 599);
            b.addDivision(Division.of(townCode, "镇" + townCode));
            for (Sector s : Sector.predefined()) {
              b.addLiaison(new Liaison(s.name() + "联络员", townCode, s));
            }
            for (int v = 0; v < unitsPer[town]; v++, unit++) {
              // about 40 % communities (001–199), the rest villages (200–399)
              int segment = v < unitsPer[town] * 2 / 5 ? 1 + v : 200 + v;
              DivisionCode unitCode = townCode.child(DivisionLevel.VILLAGE, Math.min(segment, 599));
              boolean urban = unitCode.kind().isUrbanCommittee();
              b.addDivision(Division.of(unitCode, (urban ? "社区" : "村") + unitCode));
              List<org.gridgov.core.GridCode> covered = new ArrayList<>(gridsPer[unit]);
              for (int g = 1; g <= gridsPer[unit]; g++) {
                org.gridgov.core.GridCode code = scheme.codeFor(unitCode, g);
                int target = urban ? 300 : 60;
                int households = target * 7 / 10 + r.nextInt(target * 6 / 10 + 1);
                b.addGrid(
                    new Grid(
                        code,
                        unitCode,
                        GridKind.BASE,
                        g < gridNames.length ? gridNames[g] : "网格" + g,
                        households,
                        households * 5 / 2));
                String id = workerId(++workers);
                b.addWorker(new GridWorker(id, workerNames[(int) (workers % workerNames.length)]));
                b.addAssignment(
                    Assignment.open(
                        id,
                        code,
                        urban ? WorkerRole.COMMUNITY_WORKER : WorkerRole.FULL_TIME,
                        since));
                covered.add(code);
              }
              if (!covered.isEmpty()) {
                b.addPartyOrganisation(
                    new PartyOrganisation(
                        "po" + unitCode, "党支部", PartyOrganisationKind.GRID_BRANCH, covered));
              }
            }
          }
        }
      }
    }
    return b;
  }

  /** "n" and 9 digits, so that ids sort in the order they are made. */
  private static String workerId(long n) {
    String digits = Long.toString(n);
    return "n" + "000000000".substring(digits.length()) + digits;
  }

  private static String[] workerNames() {
    String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    String[] given = {"红霞", "建国", "丽", "伟", "芳", "敏", "静", "磊", "洋", "艳", "勇", "杰"};
    String[] names = new String[surnames.length * given.length];
    for (int i = 0; i < surnames.length; i++) {
      for (int j = 0; j < given.length; j++) {
        names[i * given.length + j] = surnames[i] + given[j];
      }
    }
    return names;
  }
}
