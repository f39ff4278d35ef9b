package org.marsad.app.web;

import java.nio.file.Path;
import java.time.Clock;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;

/**
 * The web server the attacking ITs (ServerSecurityIT, ServerFuzzIT) run against: an embedded store under
 * {@code home} holding {@link WorkspaceFixture}'s mosque attack and condemnation, its search index synced, the
 * server on a free loopback port. Accounts are the test's to add. Close it after the class.
 */
record TestServer(Store store, Workspace workspace, SearchIndex index, WebServer server, long incident,
    long response) implements AutoCloseable {

  static TestServer start(Path home) throws Exception {
    Store store = Store.open(StoreConfig.embedded(home.resolve("store")).withBinaries(Path.of("target", "pgbin")),
        Clock.systemUTC());
    Workspace workspace = Workspace.over(store, Clock.systemUTC(), 8);
    WorkspaceFixture f = new WorkspaceFixture(workspace);
    long incident = f.quebecMosqueAttack();
    long response = f.oicCondemnation();
    SearchIndex index = SearchIndex.open(home.resolve("index"));
    index.sync(workspace.documents());
    WebServer server = WebServer.start(ServerConfig.local(0), workspace, index, Clock.systemUTC());
    return new TestServer(store, workspace, index, server, incident, response);
  }

  @Override
  public void close() {
    server.close();
    index.close();
    workspace.close();
    store.close();
  }
}
