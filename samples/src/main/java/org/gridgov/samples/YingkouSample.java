package org.gridgov.samples;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PartyOrganisationKind;
import org.gridgov.core.Sector;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WorkerRole;

/**
 * 营口市 as the 2022 article describes it: the real division codes down to town level (NBS 2023
 * vintage) and, below them, synthetic communities, villages, grids, workers, party organisations,
 * liaisons and contact points generated deterministically so that the totals match the article.
 *
 * <table>
 *   <caption>Totals reproduced from the article (做活"小网格" 推动基层"大治理", Dec 2022)</caption>
 *   <tr><th>what</th><th>article</th><th>here</th></tr>
 *   <tr><td>urban (community) grids</td><td>2157</td><td>{@value #URBAN_GRIDS}</td></tr>
 *   <tr><td>grid party branches and groups</td><td>2257</td><td>{@value #PARTY_ORGANISATIONS}</td></tr>
 *   <tr><td>community workers serving as grid workers</td><td>1500+</td>
 *       <td>{@value #COMMUNITY_WORKERS}</td></tr>
 *   <tr><td>seconded cadres</td><td>620</td><td>{@value #SECONDED_CADRES}</td></tr>
 *   <tr><td>administrative villages</td><td>644</td><td>{@value #VILLAGES}</td></tr>
 *   <tr><td>rural grids and rural grid workers</td><td>5798</td><td>{@value #RURAL_GRIDS}</td></tr>
 *   <tr><td>liaisons across 14 sectors</td><td>2642</td><td>{@value #LIAISONS}</td></tr>
 *   <tr><td>city leaders' and district/street leaders' contact points</td><td>28, 331</td>
 *       <td>{@value #CITY_LEADERS}, {@value #DISTRICT_AND_STREET_LEADERS}</td></tr>
 * </table>
 *
 * <p>Everything below town level is synthetic except ten real 2011-vintage communities of 站前区 (五大门,
 * 富强, 惠安, 三楼 in 八田地街道; 永进, 小雨, 东新, 星光, 莲花, 民丰 in 建设街道). The split of grids among communities,
 * household counts, names, the six sectors beyond the article's eight, the full-time hires (the
 * article gives no number) and which unit has which liaison are made up.
 *
 * <pre>{@code
 * Atlas yingkou = YingkouSample.atlas();
 * yingkou.rollUp(YingkouSample.CITY).grids(); // 7955
 * }</pre>
 */
public final class YingkouSample {
  /** 营口市. */
  public static final DivisionCode CITY = DivisionCode.parse("2108");

  /** Urban (community) grids in the article. */
  public static final int URBAN_GRIDS = 2157;

  /** Grid party branches and party groups in the article. */
  public static final int PARTY_ORGANISATIONS = 2257;

  /** Community workers serving as grid workers ("1500多名"). */
  public static final int COMMUNITY_WORKERS = 1512;

  /** Cadres seconded from agencies. */
  public static final int SECONDED_CADRES = 620;

  /** Administrative villages. */
  public static final int VILLAGES = 644;

  /** Rural grids, each with one rural grid worker. */
  public static final int RURAL_GRIDS = 5798;

  /** Sector liaisons. */
  public static final int LIAISONS = 2642;

  /** City leaders keeping contact points. */
  public static final int CITY_LEADERS = 28;

  /** District and street leaders keeping contact points. */
  public static final int DISTRICT_AND_STREET_LEADERS = 331;

  /** The date of the article, the snapshot's as-of date. */
  public static final LocalDate AS_OF = LocalDate.of(2022, 12, 10);

  private static final long SEED = 20221210L;
  private static final int COMMUNITIES_PER_STREET = 11;
  private static final int COMMUNITIES_PER_ZONE = 3;

  private static final String[][] REAL_COMMUNITIES = {
    {"210802001003", "五大门社区"},
    {"210802001005", "富强社区"},
    {"210802001006", "惠安社区"},
    {"210802001007", "三楼社区"},
    {"210802003001", "永进社区"},
    {"210802003002", "小雨社区"},
    {"210802003003", "东新社区"},
    {"210802003004", "星光社区"},
    {"210802003005", "莲花社区"},
    {"210802003007", "民丰社区"},
  };

  private YingkouSample() {}

  /**
   * The 14 sectors 营口 requires: the article's eight and six more (housing, sanitation, market
   * supervision, emergency management, civil affairs, telecom), the latter chosen here.
   *
   * @return the sectors, the article's eight first
   */
  public static List<Sector> sectors() {
    List<Sector> sectors = new ArrayList<>(Sector.predefined());
    sectors.add(Sector.of("housing", "住建"));
    sectors.add(Sector.of("sanitation", "环卫"));
    sectors.add(Sector.of("market", "市场监管"));
    sectors.add(Sector.of("emergency", "应急管理"));
    sectors.add(Sector.of("civil-affairs", "民政"));
    sectors.add(Sector.of("telecom", "通信"));
    return List.copyOf(sectors);
  }

  /**
   * The real divisions of 营口市 down to town level: 辽宁省, 营口市, 6 county-level units and 70 towns,
   * streets, townships and quasi units.
   *
   * @return the divisions in code order
   */
  public static List<Division> divisions() {
    List<Division> result = new ArrayList<>();
    try (InputStream in = YingkouSample.class.getResourceAsStream("yingkou-2023.tsv")) {
      if (in == null) {
        throw new IllegalStateException("resource yingkou-2023.tsv is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        result.add(Division.of(line.substring(0, tab), line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled 营口 divisions", e);
    }
    return List.copyOf(result);
  }

  /**
   * The 营口 atlas: real divisions, synthetic grids and people with the article's totals. The result
   * is the same on every call.
   *
   * @return the atlas
   */
  public static Atlas atlas() {
    return Holder.ATLAS;
  }

  private static final class Holder {
    static final Atlas ATLAS = generate();
  }

  private static Atlas generate() {
    Random r = new Random(SEED);
    List<Sector> sectors = sectors();
    Atlas.Builder b = Atlas.builder().asOf(AS_OF).sectors(sectors).requiredSectors(sectors);
    List<Division> real = divisions();
    b.addDivisions(real);

    // Communities under streets and development zones, villages under towns, townships and farms.
    List<Division> communities = new ArrayList<>();
    List<Division> villages = new ArrayList<>();
    Map<DivisionCode, String> realNames = new LinkedHashMap<>();
    for (String[] c : REAL_COMMUNITIES) {
      realNames.put(DivisionCode.parse(c[0]), c[1]);
    }
    List<Division> towns = real.stream().filter(d -> d.level() == DivisionLevel.TOWN).toList();
    List<Division> ruralParents = new ArrayList<>();
    for (Division town : towns) {
      boolean zone =
          town.kind() == DivisionKind.QUASI_TOWN && town.name().matches(".*(自贸区|基地|开发区).*");
      if (town.kind() == DivisionKind.STREET || zone) {
        int count = zone ? COMMUNITIES_PER_ZONE : COMMUNITIES_PER_STREET;
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<DivisionCode, String> e : realNames.entrySet()) {
          if (e.getKey().parent().orElseThrow().equals(town.code())) {
            used.add(e.getKey().segment(DivisionLevel.VILLAGE));
            communities.add(
                new Division(e.getKey(), e.getValue(), Optional.of(UrbanRuralClass.MAIN_URBAN)));
          }
        }
        for (int seg = 1; used.size() < count; seg++) {
          if (used.add(seg)) {
            DivisionCode code = town.code().child(DivisionLevel.VILLAGE, seg);
            communities.add(
                new Division(
                    code,
                    town.name().replaceAll("街道$", "") + "第" + seg + "社区",
                    Optional.of(
                        zone ? UrbanRuralClass.URBAN_RURAL_FRINGE : UrbanRuralClass.MAIN_URBAN)));
          }
        }
      } else {
        ruralParents.add(town);
      }
    }
    int[] villagesPer =
        Shares.split(VILLAGES, ruralParents.size(), () -> 0.6 + 0.8 * r.nextDouble());
    for (int t = 0; t < ruralParents.size(); t++) {
      Division parent = ruralParents.get(t);
      for (int v = 0; v < villagesPer[t]; v++) {
        DivisionCode code = parent.code().child(DivisionLevel.VILLAGE, 200 + v);
        UrbanRuralClass cls = v == 0 ? UrbanRuralClass.TOWN_CENTRE : UrbanRuralClass.VILLAGE;
        villages.add(new Division(code, parent.name() + "第" + (v + 1) + "村", Optional.of(cls)));
      }
    }
    communities.sort((x, y) -> x.code().compareTo(y.code()));
    b.addDivisions(communities);
    b.addDivisions(villages);

    // Grids: 2157 urban, 5798 rural.
    List<Grid> urbanGrids = grids(communities, URBAN_GRIDS, 300, r);
    List<Grid> ruralGrids = grids(villages, RURAL_GRIDS, 60, r);
    urbanGrids.forEach(b::addGrid);
    ruralGrids.forEach(b::addGrid);

    // People. Urban: each grid has a community worker or a full-time hire; 620 grids also have a
    // seconded cadre on a one-year term; each community's secretary leads its grids.
    LocalDate since = LocalDate.of(2022, 3, 1);
    int workerNo = 0;
    Map<DivisionCode, String> leaders = new LinkedHashMap<>();
    for (Division c : communities) {
      String id = workerId(++workerNo);
      leaders.put(c.code(), id);
      b.addWorker(new GridWorker(id, c.name() + "书记"));
    }
    for (Division v : villages) {
      String id = workerId(++workerNo);
      leaders.put(v.code(), id);
      b.addWorker(new GridWorker(id, v.name() + "书记"));
    }
    int[] cadreSlots = sample(urbanGrids.size(), SECONDED_CADRES, r);
    int[] cwSlots = sample(urbanGrids.size(), COMMUNITY_WORKERS, r);
    boolean[] isCw = new boolean[urbanGrids.size()];
    for (int i : cwSlots) {
      isCw[i] = true;
    }
    boolean[] hasCadre = new boolean[urbanGrids.size()];
    for (int i : cadreSlots) {
      hasCadre[i] = true;
    }
    for (int i = 0; i < urbanGrids.size(); i++) {
      Grid g = urbanGrids.get(i);
      b.addAssignment(
          Assignment.open(
              checkNotNull(leaders.get(g.unit())), g.code(), WorkerRole.GRID_LEADER, since));
      String id = workerId(++workerNo);
      b.addWorker(new GridWorker(id, g.name() + (isCw[i] ? "社区工作者" : "专职网格员")));
      b.addAssignment(
          Assignment.open(
              id, g.code(), isCw[i] ? WorkerRole.COMMUNITY_WORKER : WorkerRole.FULL_TIME, since));
      if (hasCadre[i]) {
        String cadre = workerId(++workerNo);
        b.addWorker(new GridWorker(cadre, g.name() + "下沉干部"));
        b.addAssignment(
            Assignment.of(
                cadre,
                g.code(),
                WorkerRole.SECONDED_CADRE,
                since,
                since.plusYears(1).minusDays(1)));
      }
    }
    for (Grid g : ruralGrids) {
      b.addAssignment(
          Assignment.open(
              checkNotNull(leaders.get(g.unit())), g.code(), WorkerRole.GRID_LEADER, since));
      String id = workerId(++workerNo);
      b.addWorker(new GridWorker(id, g.name() + "网格员"));
      b.addAssignment(Assignment.open(id, g.code(), WorkerRole.FULL_TIME, since));
    }

    // Party organisations: every urban grid covered, the 100 largest by a second party group.
    int orgNo = 0;
    for (Grid g : urbanGrids) {
      PartyOrganisationKind kind =
          g.households() >= 300
              ? PartyOrganisationKind.GRID_BRANCH
              : PartyOrganisationKind.PARTY_GROUP;
      b.addPartyOrganisation(
          new PartyOrganisation(
              orgId(++orgNo),
              g.name() + (kind == PartyOrganisationKind.GRID_BRANCH ? "党支部" : "党小组"),
              kind,
              List.of(g.code())));
    }
    List<Grid> largest = new ArrayList<>(urbanGrids);
    largest.sort(
        (x, y) ->
            y.households() != x.households()
                ? Integer.compare(y.households(), x.households())
                : x.code().compareTo(y.code()));
    for (Grid g : largest.subList(0, PARTY_ORGANISATIONS - URBAN_GRIDS)) {
      b.addPartyOrganisation(
          new PartyOrganisation(
              orgId(++orgNo),
              g.name() + "第二党小组",
              PartyOrganisationKind.PARTY_GROUP,
              List.of(g.code())));
    }

    // Liaisons: streets and towns have all 14 sectors, quasi units the article's eight; the rest
    // are utilities posted at communities and villages until the article's 2642 are reached.
    int liaisonNo = 0;
    for (Division t : towns) {
      List<Sector> here = t.kind() == DivisionKind.QUASI_TOWN ? Sector.predefined() : sectors;
      for (Sector s : here) {
        b.addLiaison(new Liaison(liaisonName(++liaisonNo, s), t.code(), s));
      }
    }
    List<Division> local = new ArrayList<>(communities);
    local.addAll(villages);
    List<Sector> utilities = List.of(Sector.HEATING, Sector.WATER, Sector.GAS, Sector.POWER);
    outer:
    for (Sector s : utilities) {
      for (Division u : local) {
        if (liaisonNo == LIAISONS) {
          break outer;
        }
        b.addLiaison(new Liaison(liaisonName(++liaisonNo, s), u.code(), s));
      }
    }

    // Contact points: 28 city leaders and 331 district and street leaders.
    int[] cityPoints = sample(communities.size(), CITY_LEADERS, r);
    for (int i = 0; i < cityPoints.length; i++) {
      b.addContactPoint(
          ContactPoint.ofUnit(
              "市领导" + (i + 1), LeaderRank.CITY, communities.get(cityPoints[i]).code()));
    }
    int[] localPoints = sample(local.size(), DISTRICT_AND_STREET_LEADERS, r);
    for (int i = 0; i < localPoints.length; i++) {
      Division u = local.get(localPoints[i]);
      LeaderRank rank = i % 3 == 0 ? LeaderRank.DISTRICT : LeaderRank.STREET;
      b.addContactPoint(
          ContactPoint.ofUnit(
              (rank == LeaderRank.DISTRICT ? "区领导" : "街道领导") + (i + 1), rank, u.code()));
    }
    return b.build();
  }

  /** Grids for units, {@code total} in all, around {@code target} households each. */
  private static List<Grid> grids(List<Division> units, int total, int target, Random r) {
    int[] per = Shares.split(total, units.size(), () -> 0.6 + 0.8 * r.nextDouble());
    List<Grid> grids = new ArrayList<>(total);
    GridCodeScheme scheme = GridCodeScheme.standard();
    for (int u = 0; u < units.size(); u++) {
      Division unit = units.get(u);
      for (int s = 1; s <= per[u]; s++) {
        GridCode code = scheme.codeFor(unit.code(), s);
        boolean special = target >= 300 && r.nextInt(40) == 0;
        int households;
        if (special) {
          households = r.nextInt(20);
        } else if (r.nextInt(30) == 0) {
          households = target / 2 + r.nextInt(target * 2); // an outlier, often off target
        } else {
          households = target * 8 / 10 + r.nextInt(target * 4 / 10 + 1);
        }
        int residents = households * 24 / 10 + r.nextInt(households / 2 + 1) + (special ? 800 : 0);
        GridKind kind =
            special ? (r.nextBoolean() ? GridKind.SCHOOL : GridKind.MARKET) : GridKind.BASE;
        grids.add(
            new Grid(code, unit.code(), kind, unit.name() + "第" + s + "网格", households, residents));
      }
    }
    return grids;
  }

  /** {@code k} distinct indexes of 0..n-1, in increasing order. */
  static int[] sample(int n, int k, Random r) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + r.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = java.util.Arrays.copyOf(all, k);
    java.util.Arrays.sort(chosen);
    return chosen;
  }

  private static String workerId(int n) {
    return String.format(Locale.ROOT, "yk-w%05d", n);
  }

  private static String orgId(int n) {
    return String.format(Locale.ROOT, "yk-po%04d", n);
  }

  private static String liaisonName(int n, Sector s) {
    return s.name() + "联络员" + n;
  }
}
