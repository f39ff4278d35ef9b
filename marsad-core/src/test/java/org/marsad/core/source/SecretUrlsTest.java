package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretUrlsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://db:5432/marsad?user=u&password=s3cr3t | jdbc:postgresql://db:5432/marsad?user=u&password=***",
      "jdbc:postgresql://db/marsad?password=s3cr3t&user=u | jdbc:postgresql://db/marsad?password=***&user=u",
      "https://ana:s3cr3t@feeds.example.org/rss | https://ana:***@feeds.example.org/rss",
      "https://feeds.example.org/rss?apikey=s3cr3t&lang=en | https://feeds.example.org/rss?apikey=***&lang=en",
      "https://x.example/a?API_KEY=s3cr3t | https://x.example/a?API_KEY=***",
      "https://x.example/a?access_token=s3cr3t#frag | https://x.example/a?access_token=***#frag",
      "https://x.example/cb#access_token=s3cr3t&state=1 | https://x.example/cb#access_token=***&state=1",
      "https://x.example/a?client_secret=s3cr3t;key=k2 | https://x.example/a?client_secret=***;key=***",
      "https://x.example/a?X-Amz-Signature=abc123 | https://x.example/a?X-Amz-Signature=***",
      "cannot connect to jdbc:postgresql://h/db?password=s3cr3t: refused | cannot connect to jdbc:postgresql://h/db?password=***: refused",
      "https://x.example/a?q=mosque&page=2 | https://x.example/a?q=mosque&page=2",
      "no url here | no url here"})
  void redact_masksSecretsOnly(String url, String expected) {
    assertThat(SecretUrls.redact(url)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://hooks.example.org/services/T000/B000/XXXXSECRET | https://hooks.example.org",
      "HTTP://ana:pw@Hooks.example.org:8443/x?token=t | http://Hooks.example.org:8443",
      "jdbc:postgresql://db:5432/marsad?password=p | postgresql://db:5432",
      "not a url | (not a URL)",
      "http://[::1 | (not a URL)"})
  void hostOnly_keepsSchemeHostPort(String url, String expected) {
    assertThat(SecretUrls.hostOnly(url)).isEqualTo(expected);
  }

  @Property(tries = 300)
  void redact_neverLeavesASecretParameterValue(@ForAll @AlphaChars @StringLength(min = 6, max = 30) String secret,
      @ForAll("names") String name) {
    String url = "https://u:" + secret + "@h.example/p?a=1&" + name + "=" + secret + "&b=2";
    assertThat(SecretUrls.redact(url)).doesNotContain(secret);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> names() {
    return net.jqwik.api.Arbitraries.of("password", "Password", "passwd", "pwd", "token", "access_token",
        "refresh_token", "key", "apikey", "api_key", "secret", "client_secret", "sig", "signature", "auth",
        "sessionid");
  }
}
