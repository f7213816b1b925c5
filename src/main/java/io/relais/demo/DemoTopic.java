package io.relais.demo;

import io.relais.docs.DocumentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A subject the agency wrote about once ({@code demo/topics.md}): header {@code KIND | team
 * (index or *) | tags | title}, {@code @field}s specific to the kind, and optional Markdown kept
 * as is in the body. When it was written is drawn from {@link DemoStory#sampleDate}.
 */
record DemoTopic(DocumentKind kind, int team, List<String> tags, String title, DemoBlocks.Block block) {

    static List<DemoTopic> read(String resource) {
        return DemoBlocks.read(resource).stream().map(block -> new DemoTopic(DocumentKind.valueOf(block.header().get(0)),
                "*".equals(block.header().get(1)) ? DemoStory.COMPANY : Integer.parseInt(block.header().get(1)),
                List.of(block.header().get(2).split(",")), block.header().get(3), block)).toList();
    }

    String field(String key) {
        return block.field(key);
    }

    List<String> all(String key) {
        return block.all(key);
    }

    String core() {
        return block.body();
    }

    /** When it was first written: after the team had a few weeks of existence, as the story goes. */
    LocalDate firstWritten(DemoStory story, DemoPeople people, Random random) {
        LocalDate teamStart = people.lead(team).start().plusWeeks(3);
        return story.sampleDate(random, teamStart, team);
    }
}
