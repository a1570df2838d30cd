package ai.cotool.sdk.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The memory of delivered ids behind the pagers' dedupe and loop guard. */
class PagingTest {

  @Test
  void seenIds_remembersEveryIdOfALongIteration_andTellsDistinctIdsApart() {
    Paging.SeenIds seen = new Paging.SeenIds();
    int ids = 100_000; // the table grows many times over
    int newOnFirstSight = 0;
    for (int i = 0; i < ids; i++) {
      if (seen.add(id(i))) {
        newOnFirstSight++;
      }
    }
    int newOnSecondSight = 0;
    for (int i = 0; i < ids; i++) {
      if (seen.add(id(i))) {
        newOnSecondSight++;
      }
    }

    assertThat(newOnFirstSight).isEqualTo(ids);
    assertThat(newOnSecondSight).isZero();
    assertThat(seen.size()).isEqualTo(ids);
  }

  @Test
  void seenIds_anIdIsNewOnlyTheFirstTime() {
    Paging.SeenIds seen = new Paging.SeenIds();

    assertThat(seen.add("a")).isTrue();
    assertThat(seen.add("b")).isTrue();
    assertThat(seen.add("a")).isFalse();
    assertThat(seen.add("")).isTrue();
    assertThat(seen.add("")).isFalse();
    assertThat(seen.size()).isEqualTo(3);
  }

  private static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }
}
