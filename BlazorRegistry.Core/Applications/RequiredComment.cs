using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Applications;

/// <summary>
/// The comment a return, a refusal, an exclusion or an organisation's return or refusal must carry: the person
/// reads it in the notice, so it is required, trimmed, and at most <see cref="ApplicationHistoryEntry.MaxCommentLength"/>.
/// </summary>
public static class RequiredComment
{
    public static string Of(string? comment)
    {
        var text = comment?.Trim();
        if (string.IsNullOrEmpty(text))
            throw new DomainException(ErrorCode.CommentRequired, "A decision the person is told of carries a comment.");
        if (text.Length > ApplicationHistoryEntry.MaxCommentLength)
            throw new DomainException(ErrorCode.TooLong, "The comment is too long.");
        return text;
    }
}
