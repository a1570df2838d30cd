package ai.cotool.sdk.models;

import jakarta.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the destinations that file results in a team of another tool (Linear, Tines) share: the
 * team.
 */
abstract class TeamDestinationBody extends DestinationBody {
  private final String teamId;
  private final @Nullable String teamName;

  /**
   * @param checkTeamId the kind's rule for {@code teamId}, applied after the name is checked
   */
  TeamDestinationBody(
      OutputDestinationParams.Builder<?> builder,
      Set<String> documented,
      @Nullable String teamId,
      @Nullable String teamName,
      UnaryOperator<String> checkTeamId) {
    super(builder, documented);
    this.teamId = checkTeamId.apply(teamId);
    this.teamName = teamName;
  }

  /**
   * @return the team in which results are filed
   */
  public String teamId() {
    return teamId;
  }

  /**
   * @return the team's name, cached by the server for display
   */
  public Optional<String> teamName() {
    return Optional.ofNullable(teamName);
  }

  @Override
  final List<Object> values() {
    return Arrays.asList(teamId, teamName);
  }

  @Override
  final String shownValues() {
    return ", teamId=" + teamId + ", teamName=" + teamName;
  }
}
