package ai.cotool.sdk.models;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.Reader;
import org.junit.jupiter.api.Test;

/**
 * Every generated {@code fromJson} rejects a null argument by name, as the hand-written ones did.
 */
class FromJsonNullTest {

  @Test
  void fromJsonOfNull_throwsNullPointerExceptionNamingTheArgument() {
    assertThatNullPointerException()
        .isThrownBy(() -> Detection.fromJson((String) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> Detection.fromJson((Reader) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> Alert.fromJson((String) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> AlertDetection.fromJson((Reader) null))
        .withMessage("json");
  }
}
