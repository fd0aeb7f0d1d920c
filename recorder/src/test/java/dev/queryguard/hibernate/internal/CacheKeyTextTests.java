package dev.queryguard.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheKeyTextTests {

    @Test
    void namesAnEntityByItsUnqualifiedNameAndId() {
        assertThat(CacheKeyText.entity("com.example.Project", 42L)).isEqualTo("Project#42");
        assertThat(CacheKeyText.entity("com.example.ProjectTests$Project", 42L)).isEqualTo("Project#42");
    }

    @Test
    void namesACollectionByItsOwnerAndAttribute() {
        assertThat(CacheKeyText.collection("com.example.Project.pipelines", "com.example.Project", 42L))
                .isEqualTo("Project.pipelines#42");
    }

    @Test
    void keepsTheFullRoleWhenTheOwnerIsUnknown() {
        assertThat(CacheKeyText.collection("com.example.Project.pipelines", null, 42L))
                .isEqualTo("com.example.Project.pipelines#42");
    }

    @Test
    void writesANaturalIdOfOneValueWithoutBrackets() {
        assertThat(CacheKeyText.entity("com.example.Project", new Object[] {"gitlab-org/gitlab"}))
                .isEqualTo("Project#gitlab-org/gitlab");
        assertThat(CacheKeyText.entity("com.example.Project", new Object[] {"gitlab-org", "gitlab"}))
                .isEqualTo("Project#[gitlab-org, gitlab]");
    }

    @Test
    void leavesTheKeyAtTheNameWhenTheIdIsUnknown() {
        assertThat(CacheKeyText.entity("com.example.Project", null)).isEqualTo("Project");
    }

    @Test
    void writesAQueryOnOneLine() {
        assertThat(CacheKeyText.query("""
                from Project
                where path = :path
                """)).isEqualTo("from Project where path = :path");
    }
}
