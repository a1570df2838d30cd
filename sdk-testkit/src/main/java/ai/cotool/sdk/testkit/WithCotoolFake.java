package ai.cotool.sdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link CotoolFake} with the default data set for the annotated test class: started before
 * all tests, reset before each, stopped after all, injected as a {@link CotoolFake} or {@code
 * CotoolClient} parameter. Shorthand for a {@code static} {@link CotoolFakeExtension} field.
 *
 * <pre>{@code
 * @WithCotoolFake
 * class DetectionPublisherTest {
 *   @Test
 *   void publishesAndAccepts(CotoolFake fake, CotoolClient client) {
 *     new DetectionPublisher(client).publish(detection);
 *     assertThat(fake.detections()).singleElement().matches(d -> d.enabled().orElse(false));
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CotoolFakeExtension.class)
public @interface WithCotoolFake {}
