package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginCheckTest {

  @ParameterizedTest(name = "{0} Origin={1} Host={2} -> refused={3}")
  @CsvSource(nullValues = "NONE", delimiter = '|', textBlock = """
      # method | Origin                     | Host                  | refused
      POST     | http://example.org         | example.org           | false
      POST     | http://example.org:80      | example.org           | false
      POST     | http://example.org         | example.org:80        | false
      POST     | https://example.org        | example.org           | false
      POST     | https://example.org:443    | example.org           | false
      POST     | https://example.org        | example.org:443       | false
      POST     | http://127.0.0.1:7070      | 127.0.0.1:7070        | false
      POST     | http://[::1]               | [::1]                 | false
      POST     | http://[::1]:80            | [::1]                 | false
      POST     | http://[::1]:7070          | [::1]:7070            | false
      POST     | http://[::1]:7070          | [::1]                 | true
      POST     | http://[::1]               | [::1]:7070            | true
      POST     | http://EXAMPLE.org         | example.ORG           | false
      POST     | HTTPS://Example.Org        | EXAMPLE.ORG:443       | false
      POST     | http://example.org:8080    | example.org:7070      | true
      POST     | http://example.org         | example.org:8080      | true
      POST     | https://example.org        | example.org:80        | true
      POST     | http://example.org:443     | example.org           | true
      POST     | http://evil.example        | example.org           | true
      POST     | http://example.org.evil.example | example.org      | true
      POST     | http://evil.example        | evil.example@example.org | true
      POST     | null                       | example.org           | true
      POST     | file://                    | example.org           | true
      POST     | ftp://example.org          | example.org           | true
      POST     | http://example.org/path    | example.org           | true
      POST     | not an origin              | example.org           | true
      POST     | http://example.org         | NONE                  | true
      POST     | NONE                       | example.org           | false
      PUT      | http://evil.example        | example.org           | true
      DELETE   | http://evil.example        | example.org           | true
      PATCH    | http://evil.example        | example.org           | true
      GET      | http://evil.example        | example.org           | false
      GET      | NONE                       | example.org           | false
      HEAD     | null                       | example.org           | false
      OPTIONS  | http://evil.example        | example.org           | false
      """)
  void refused_table(HandlerType method, String origin, String host, boolean refused) {
    assertThat(OriginCheck.refused(method, origin, host)).isEqualTo(refused);
  }
}
