package ai.cotool.sdk.models;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the destinations that file results in a team of another tool (Linear, Tines) share: the team. */
abstract class TeamDestinationBody extends DestinationBody {
  private final String teamId;
  private final String teamName;

  TeamDestinationBody(Builder<?> builder, Set<String> documented, String checkedTeamId) {
    super(builder, documented);
    this.teamId = checkedTeamId;
    this.teamName = builder.teamName;
  }

  /** @return the team in which results are filed */
  public String teamId() {
    return teamId;
  }

  /** @return the team's name, cached by the server for display */
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

  /**
   * What the builders of these kinds share.
   *
   * @param <B> the kind's builder
   */
  abstract static class Builder<B extends Builder<B>> extends DestinationBody.Builder<B> {
    private String teamId;
    private String teamName;

    Builder() {}

    /**
     * @param teamId the team in which results are filed
     * @return this builder
     */
    public B teamId(String teamId) {
      this.teamId = teamId;
      return self();
    }

    /**
     * @param teamName the team's display name, or {@code null}
     * @return this builder
     */
    public B teamName(String teamName) {
      this.teamName = teamName;
      return self();
    }

    final String teamId() {
      return teamId;
    }

    /** Copies the name, team and added properties: for {@code toBuilder()}. */
    final B from(TeamDestinationBody destination) {
      return from((DestinationBody) destination).teamId(destination.teamId).teamName(destination.teamName);
    }
  }
}
