package dev.premain;

import java.util.Comparator;
import java.util.List;

/** Every section type, declared over {@code String}, for contract tests that hold for all of them. */
enum SectionKind {
    IMMUTABLE {
        @Override
        TypedSection<String> declare() {
            return ImmutableSection.of(String.class);
        }
    },
    MUTABLE {
        @Override
        TypedSection<String> declare() {
            return MutableSection.of(String.class);
        }
    },
    SORTED_NATURAL {
        @Override
        TypedSection<String> declare() {
            return SortedSection.of(String.class);
        }

        @Override
        List<String> sectionOrder(List<String> contributed) {
            return contributed.stream().sorted().toList();
        }
    },
    SORTED_BY_COMPARATOR {
        @Override
        TypedSection<String> declare() {
            return SortedSection.of(String.class, longestFirst());
        }

        @Override
        List<String> sectionOrder(List<String> contributed) {
            return contributed.stream().sorted(longestFirst()).toList();
        }
    },
    MAP {
        @Override
        TypedSection<String> declare() {
            return MapSection.of(String.class, word -> word.charAt(0));
        }
    },
    SET {
        @Override
        TypedSection<String> declare() {
            return SetSection.of(String.class);
        }
    };

    /** Distinct words with distinct initials (the map kind keys by initial), in contribution order. */
    static final List<String> WORDS = List.of("delta", "alpha", "charlie", "bravo", "echo");

    /** A new, unlinked section of this kind. */
    abstract TypedSection<String> declare();

    /** The order in which a section of this kind holds {@code contributed}. */
    List<String> sectionOrder(List<String> contributed) {
        return contributed;
    }

    private static Comparator<String> longestFirst() {
        return Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
    }
}
