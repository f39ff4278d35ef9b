package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

  private static AddressGuard resolvingTo(String address, Set<String> allowed) {
    return new AddressGuard(allowed, host -> List.of(InetAddress.getByName(address)));
  }

  @Test
  void check_privateLoopbackLinkLocalAndMappedAddresses_areRefused() {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.5", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1")) {
      assertThatThrownBy(() -> resolvingTo(a, Set.of()).check(URI.create("http://news.example/feed")))
          .as(a).isInstanceOf(RefusedUrl.class).hasMessageContaining("non-public");
    }
  }

  @Test
  void check_publicAddress_passes() {
    assertThatCode(() -> resolvingTo("93.184.216.34", Set.of()).check(URI.create("https://news.example/feed")))
        .doesNotThrowAnyException();
  }

  @Test
  void check_allowedHost_passesThoughPrivate() {
    assertThatCode(() -> resolvingTo("127.0.0.1", Set.of("127.0.0.1")).check(URI.create("http://127.0.0.1:8080/x")))
        .doesNotThrowAnyException();
  }

  @Test
  void check_otherSchemesAndHostlessUrls_areRefused() {
    AddressGuard guard = resolvingTo("93.184.216.34", Set.of());
    assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).hasMessageContaining("\"file\"");
    assertThatThrownBy(() -> guard.check(URI.create("ftp://news.example/x"))).hasMessageContaining("\"ftp\"");
    assertThatThrownBy(() -> guard.check(URI.create("http:///x"))).hasMessageContaining("no host");
  }

  @Test
  void check_refusedUrlWithSecretInPath_namesOnlySchemeHostAndPort() {
    URI hook = URI.create("https://hooks.chat.example:8443/services/T000/B000/XXXXsecret?token=t0ken");
    assertThatThrownBy(() -> resolvingTo("192.168.1.9", Set.of()).check(hook)).isInstanceOf(RefusedUrl.class)
        .hasMessageStartingWith("https://hooks.chat.example:8443: host hooks.chat.example resolves to the non-public")
        .hasMessageNotContaining("XXXXsecret").hasMessageNotContaining("services").hasMessageNotContaining("t0ken");
    assertThatThrownBy(() -> resolvingTo("93.184.216.34", Set.of()).check(URI.create("ftp://h.example/s/XXXXsecret")))
        .hasMessageNotContaining("XXXXsecret");
  }

  @Test
  void addresses_allowedHost_isResolvedOnceAndReturnedEvenIfPrivate() throws Exception {
    assertThat(resolvingTo("10.0.0.7", Set.of("Feeds.Internal")).addresses("feeds.internal"))
        .containsExactly(InetAddress.getByName("10.0.0.7"));
    assertThat(resolvingTo("93.184.216.34", Set.of()).addresses("[2001:db8::1]"))
        .containsExactly(InetAddress.getByName("93.184.216.34"));
  }

  @Test
  void addresses_nonPublicAnswer_isRefusedAsAnUnknownHost() {
    assertThatThrownBy(() -> resolvingTo("127.0.0.1", Set.of()).addresses("rebind.example"))
        .isInstanceOf(java.net.UnknownHostException.class).isInstanceOf(AddressGuard.RefusedHost.class)
        .hasMessageContaining("non-public address 127.0.0.1");
  }

  @Test
  void check_realResolverOnLoopback_isRefusedUnlessAllowed() {
    assertThatThrownBy(() -> AddressGuard.publicOnly().check(URI.create("http://localhost:1/"))).isInstanceOf(RefusedUrl.class);
  }
}
