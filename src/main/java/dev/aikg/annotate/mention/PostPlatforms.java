package dev.aikg.annotate.mention;

import dev.aikg.model.EntityType;
import dev.aikg.model.Mention;

import java.util.Locale;
import java.util.Set;

/**
 * Social networks named as the place of a post or a session ("a Q&A session on Reddit", "schrieb auf X", "in a post on
 * Facebook") name no company: the gold of the seeds and of every blind round leaves them out. The network named
 * elsewhere in the article as a company ("Reddit's licensing deal", "ByteDance, the owner of TikTok") is still found.
 */
final class PostPlatforms {
    private static final Set<String> NETWORKS = Set.of("x", "linkedin", "twitter", "threads", "bluesky", "facebook",
            "instagram", "youtube", "tiktok", "weibo", "wechat", "reddit", "mastodon", "truth social", "substack", "discord",
            "telegram", "snapchat");
    private static final Set<String> PLACE_PREPOSITIONS = Cues.hashed("on", "auf", "via");

    private PostPlatforms() { }

    /** True when m names a network right after "on", "auf" or "via" in its sentence. */
    static boolean placeOfPost(DocumentTokens d, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !NETWORKS.contains(m.surface().toLowerCase(Locale.ROOT))) return false;
        int i = d.indexAt(m.start());
        return i > 0 && i < d.size() && d.sameSentence(i - 1, i) && PLACE_PREPOSITIONS.contains(d.lower(i - 1));
    }
}
