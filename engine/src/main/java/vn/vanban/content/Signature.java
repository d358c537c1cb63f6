package vn.vanban.content;

import java.util.List;

/**
 * The signer: authority lines with their prefixes ({@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH}),
 * the signer's title and name (name may be null in a draft).
 */
public record Signature(List<String> authority, String title, String name) {
    public Signature {
        authority = List.copyOf(authority);
    }
}
