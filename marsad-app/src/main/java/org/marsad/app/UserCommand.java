package org.marsad.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.User;
import org.marsad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad user}: manage the workspace's accounts. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts of the workspace.",
    subcommands = {UserCommand.Add.class})
final class UserCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (add)");
  }

  /**
   * {@code marsad user add NAME --role ROLE}: the password is prompted twice on a terminal, else read
   * from the first line of standard input (for scripts).
   */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Create an account; the password is prompted, or read from standard input.")
  static final class Add implements Callable<Integer> {

    @Mixin HomeOptions home;

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name: letters, digits, . _ @ -")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, analyst or viewer")
    String role;

    @Override
    public Integer call() throws Exception {
      Role r;
      try {
        r = Role.of(role);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
      }
      char[] password = readPassword();
      try (Store store = home.openStore(); Workspace w = Workspace.over(store, Clock.systemUTC(), 1)) {
        User u = w.accounts().add(name, r, password);
        System.out.printf("added %s (%s)%n", u.name(), u.role().id());
        return Main.OK;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    /** Console.isTerminal() (JDK 22+), else whether a console exists at all (JDK 21). */
    private static boolean isTerminal(Console console) {
      try {
        return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      } catch (ReflectiveOperationException e) {
        return true;
      }
    }

    private static char[] readPassword() throws Exception {
      Console console = System.console();
      if (console != null && isTerminal(console)) {
        char[] a = console.readPassword("Password: ");
        char[] b = console.readPassword("Again: ");
        if (a == null || !Arrays.equals(a, b)) {
          throw new IllegalArgumentException("the passwords differ");
        }
        return a;
      }
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new IllegalArgumentException("no password on standard input");
      }
      return line.toCharArray();
    }
  }
}
