package vn.pcmt.bench;

/**
 * Fills {@code data/bench-pg} with the national synthetic register and stops: {@code ./mvnw -Pbench test-compile
 * exec:exec@generate -Dbench.people=300000 -Dbench.events=3000000}. A register already that large is left as it is;
 * a smaller one is completed.
 */
public final class GenerateRegister {

    private GenerateRegister() {}

    public static void main(String[] args) {
        NationalRegister.start().close();
    }
}
