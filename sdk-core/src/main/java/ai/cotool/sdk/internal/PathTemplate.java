package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A raw request's path: {@code /api/audit-logs/{id}}, literal segments and {@code {name}}
 * placeholders, and how every path segment is encoded on the wire. Not API.
 *
 * <p>A template is a path only: it starts with {@code /}, has no empty, {@code .} or {@code ..}
 * segment, no query, fragment, {@code %} or {@code ;}, and its literal characters are those a path
 * segment carries unencoded (letters, digits and {@code -._~!$&'()*+,=:@}), so it is sent exactly
 * as written. A placeholder's value becomes part of one segment: every other character in it is
 * percent-encoded as UTF-8 ({@code /}, {@code ?}, {@code #}, {@code %}, {@code ;}, {@code \},
 * spaces, controls, non-ASCII), and a segment that would be empty, {@code .} or {@code ..} is
 * refused, so no value can change which path is requested.
 */
public final class PathTemplate {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * What a segment may hold unencoded here: RFC 3986 {@code pchar} without {@code %} and {@code ;}.
   */
  private static final String LITERAL_PUNCTUATION = "-._~!$&'()*+,=:@";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String template;

  /** Each segment as its parts: a literal text, or a placeholder's name in braces. */
  private final List<List<String>> segments;

  private final Set<String> names;

  private PathTemplate(String template, List<List<String>> segments, Set<String> names) {
    this.template = template;
    this.segments = segments;
    this.names = names;
  }

  /**
   * @param template such as {@code /api/audit-logs/{id}}
   * @return the parsed template
   * @throws InvalidParameterException ({@code path}) if it is not a path template as described
   *     above
   */
  public static PathTemplate parse(String template) {
    Validate.required("path", template);
    Validate.wellFormed("path", template);
    if (!template.startsWith("/")) {
      throw invalid(
          template, "must be a path starting with '/' (the client adds its base URL), not a URL");
    }
    List<List<String>> segments = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (String segment : template.substring(1).split("/", -1)) {
      if (segment.isEmpty()) {
        throw invalid(template, "must not have an empty segment ('//' or a trailing '/')");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw invalid(template, "must not have a '.' or '..' segment");
      }
      segments.add(parts(template, segment, names));
    }
    return new PathTemplate(
        template, Collections.unmodifiableList(segments), Collections.unmodifiableSet(names));
  }

  private static List<String> parts(String template, String segment, Set<String> names) {
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '{') {
        int close = segment.indexOf('}', i);
        String name = close < 0 ? "" : segment.substring(i + 1, close);
        if (!NAME.matcher(name).matches()) {
          throw invalid(
              template,
              "has a malformed placeholder: write {name}, a name of letters, digits and '_'");
        }
        if (!names.add(name)) {
          throw invalid(template, "has the placeholder {" + name + "} twice");
        }
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add("{" + name + "}");
        i = close;
      } else if (c == '}') {
        throw invalid(template, "has a '}' without its '{'");
      } else if (c == '?' || c == '#') {
        throw invalid(
            template,
            "must not have a query or fragment: add query parameters with queryParam(...)");
      } else if (isLiteral(c)) {
        literal.append(c);
      } else {
        throw invalid(
            template,
            "has a character a path does not carry unencoded ('"
                + printable(c)
                + "'); pass such text as the value of a {placeholder}");
      }
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return Collections.unmodifiableList(parts);
  }

  private static InvalidParameterException invalid(String template, String problem) {
    return new InvalidParameterException("path", Secrets.redact(template) + " " + problem);
  }

  private static String printable(char c) {
    return c >= 0x21 && c <= 0x7e ? String.valueOf(c) : String.format("\\u%04x", (int) c);
  }

  private static boolean isLiteral(char c) {
    return isUnreserved(c) || LITERAL_PUNCTUATION.indexOf(c) >= 0;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * @return the template as given
   */
  public String template() {
    return template;
  }

  /**
   * @return the placeholders' names, in order
   */
  public Set<String> names() {
    return names;
  }

  /**
   * Checks one placeholder's value on its own: named in the template, present and well-formed text.
   *
   * @throws InvalidParameterException ({@code pathParams.<name>}) if it is not
   */
  public void checkValue(String name, String value) {
    Validate.required("pathParams", name);
    String field = Secrets.redact("pathParams." + name);
    if (!names.contains(name)) {
      throw new InvalidParameterException(
          field,
          "is not a placeholder of "
              + Secrets.redact(template)
              + (names.isEmpty() ? ", which has none" : "; its placeholders are " + names));
    }
    Validate.required(field, value);
    Validate.wellFormed(field, value);
  }

  /**
   * @param values every placeholder's value, none other
   * @return the path's segments with the values in place, not yet encoded (see {@link
   *     #encodeSegment})
   * @throws InvalidParameterException naming the placeholder ({@code pathParams.<name>}) that is
   *     missing, unknown, or would make its segment empty, {@code .} or {@code ..}
   */
  public List<String> expand(Map<String, String> values) {
    values.forEach(this::checkValue);
    for (String name : names) {
      if (!values.containsKey(name)) {
        throw new InvalidParameterException(
            Secrets.redact("pathParams." + name), "is required by " + Secrets.redact(template));
      }
    }
    List<String> out = new ArrayList<>(segments.size());
    for (List<String> parts : segments) {
      StringBuilder segment = new StringBuilder();
      String last = null;
      for (String part : parts) {
        boolean placeholder = part.startsWith("{");
        if (placeholder) {
          last = part.substring(1, part.length() - 1);
        }
        segment.append(placeholder ? values.get(last) : part);
      }
      String text = segment.toString();
      if (last != null && (text.isEmpty() || text.equals(".") || text.equals(".."))) {
        throw new InvalidParameterException(
            Secrets.redact("pathParams." + last),
            "would make the path segment "
                + (text.isEmpty() ? "empty" : "'" + text + "'")
                + ", which changes the path; pass a value that names"
                + " one resource");
      }
      out.add(text);
    }
    return List.copyOf(out);
  }

  /**
   * One path segment as sent: letters, digits and {@code -._~!$&'()*+,=:@} as they are, every other
   * character (including {@code /}, {@code ?}, {@code #}, {@code %}, {@code ;} and {@code \})
   * percent-encoded as UTF-8. A literal of a template is therefore sent as written.
   */
  public static String encodeSegment(String segment) {
    StringBuilder out = null;
    byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      if (c < 0x80 && isLiteral((char) c)) {
        if (out != null) {
          out.append((char) c);
        }
      } else {
        if (out == null) {
          out =
              new StringBuilder(bytes.length + 16)
                  .append(segment, 0, i); // ASCII so far: bytes are chars
        }
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out == null ? segment : out.toString();
  }
}
