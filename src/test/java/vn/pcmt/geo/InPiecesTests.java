package vn.pcmt.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A figure's query turned into its pieces (ADR 064): the units asked about become pieces of the whole, on the alias
 * {@code c} alone; a query not of a figure's shape is refused, never turned into a wrong one.
 */
class InPiecesTests {

    private static final String FIGURE = "select c.ancestor_id, count(*) from person_place_status s"
            + " join unit_coverage c on c.unit_id = s.commune_id and c.ancestor_id in (:units)"
            + " where exists (select 1 from unit_coverage rc where rc.ancestor_id = c.ancestor_id)"
            + " group by c.ancestor_id";

    @Test
    void the_units_asked_become_pieces_of_the_whole_grouped_by_the_unit_they_lie_in() {
        assertThat(UnitCoverage.inPieces(FIGURE, 42L))
                .isEqualTo("select c.unit_id, count(*) from person_place_status s"
                        + " join unit_coverage c on c.unit_id = s.commune_id and c.ancestor_id = 42"
                        + " and c.unit_id in (:units)"
                        + " where exists (select 1 from unit_coverage rc where rc.ancestor_id = c.unit_id)"
                        + " group by c.unit_id");
        assertThat(UnitCoverage.inPieces(FIGURE, null))
                .as("no whole: the query as it is")
                .isEqualTo(FIGURE);
    }

    @Test
    void a_query_not_of_a_figures_shape_is_refused() {
        assertThatThrownBy(() -> UnitCoverage.inPieces(FIGURE.replace(" group by c.ancestor_id", ""), 42L))
                .as("not grouped by the unit")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitCoverage.inPieces(
                        FIGURE.replace("c.ancestor_id in (:units)", "rc.ancestor_id in (:units)"), 42L))
                .as("the units asked about on another alias")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        UnitCoverage.inPieces(FIGURE.replace(" where ", " where c.ancestor_id in (:units) and "), 42L))
                .as("the units asked about twice")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
