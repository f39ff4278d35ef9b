package org.marsad.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.ReviewAction;

/**
 * Reads a {@link ReviewAction} from the fields of a request: {@code action} (verify, reject,
 * unverify, edit, merge, split), with {@code fields} for edit, {@code into} for merge, {@code
 * records} for split. Bad input is a 400 with the reason. Stateless.
 */
final class ReviewRequests {

  private ReviewRequests() {}

  static ReviewAction fromJson(JsonNode body) {
    if (body == null || !body.hasNonNull("action")) {
      throw new BadRequestResponse("the body needs an action: verify, reject, unverify, edit, merge or split");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (body.has("fields")) {
      body.get("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
    }
    List<Long> records = new ArrayList<>();
    if (body.has("records")) {
      body.get("records").forEach(n -> records.add(n.asLong()));
    }
    Long into = body.hasNonNull("into") ? body.get("into").asLong() : null;
    return of(body.get("action").asText(), fields, into, records);
  }

  static ReviewAction of(String action, Map<String, String> fields, Long into, List<Long> records) {
    try {
      return switch (action) {
        case "verify" -> new ReviewAction.Verify();
        case "reject" -> new ReviewAction.Reject();
        case "unverify" -> new ReviewAction.Unverify();
        case "edit" -> new ReviewAction.Edit(fields);
        case "merge" -> {
          if (into == null) {
            throw new IllegalArgumentException("merge needs into: the id of the event to merge into");
          }
          yield new ReviewAction.Merge(into);
        }
        case "split" -> new ReviewAction.Split(records);
        default -> throw new IllegalArgumentException(
            "action must be verify, reject, unverify, edit, merge or split: " + action);
      };
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }
}
