package dev.schemawright.modeling.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.modeling.read.DesignCues.Cue;
import dev.schemawright.modeling.read.DesignCues.Rule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of {@link DesignCues} reads its own example sentence; a few sentences it must leave alone. */
class DesignCuesTest {
    static Stream<Rule> rules() {
        return DesignCues.RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleReadsItsExample(Rule rule) {
        List<Cue> cues = DesignCues.match(rule.example(), "ex#1");
        assertThat(cues).as(rule.name() + ": " + rule.example()).extracting(Cue::rule).contains(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A deck is a named set of flashcards owned by one user.            | PURPOSE definition-is deck
            Each plot represents one rentable square of the garden.            | PURPOSE definition-is plot
            Readings are monthly meter values that tenants enter.              | PURPOSE definition-are readings
            Tags are shown on each card.                                       | ''
            Users can create playlists to group songs by mood.                 | PURPOSE create-to playlists
            Owners can share a trip with other users.                          | SHARING shared-with users
            A trip can be shared with up to 5 friends.                         | SHARING shared-with friends; VOLUME limit friends
            Trips shared with me appear on my list.                            | SHARING shared-with
            Clients can view the proposals sent to them.                       | SHARING role-can-see clients
            An administrator approves new listings.                            | SHARING role-noun administrator
            Members of a team see the team's boards.                           | SHARING membership members
            Up to 20 photos per listing.                                       | VOLUME limit photos
            The service handles 5,000 active users.                            | VOLUME volume active users
            Users can edit their own notes.                                    | ''
            """)
    void sentences(String sentence, String expected) {
        String got = DesignCues.match(sentence, "s#1").stream().map(c -> (c.kind() + " " + c.rule() + " " + c.subject()).strip())
                .collect(Collectors.joining("; "));
        assertThat(got).isEqualTo(expected == null ? "" : expected);
    }
}
