package dev.queryguard.cli.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindTemplateTests {

    @Test
    void matchesSqlWithoutMarkersOnlyWhenEqual() {
        assertThat(BindTemplate.matches("select 1", "select 1")).isTrue();
        assertThat(BindTemplate.matches("select 1", "select 2")).isFalse();
    }

    @Test
    void matchesEachMarkerWithAnyValue() {
        assertThat(BindTemplate.matches("select ? from t where a=? and b=?", "select 'x' from t where a=1 and b=NULL"))
                .isTrue();
        assertThat(BindTemplate.matches("where a=?", "where a=")).isTrue();
        assertThat(BindTemplate.matches("where a=? and b=?", "where a=1 or b=2")).isFalse();
    }

    @Test
    void neverLetsTheFixedStartAndEndOverlap() {
        assertThat(BindTemplate.matches("ab?ba", "aba")).isFalse();
        assertThat(BindTemplate.matches("a?b?c", "abc")).isTrue();
        assertThat(BindTemplate.matches("a?bb?c", "abc")).isFalse();
    }
}
