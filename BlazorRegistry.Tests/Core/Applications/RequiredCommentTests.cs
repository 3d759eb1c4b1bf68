using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Applications;

/// <summary>The one rule for the comment of a return, a refusal, an exclusion and an organisation's decision.</summary>
public class RequiredCommentOf
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyCommentIsRefused(string? comment) =>
        Assert.Equal(ErrorCode.CommentRequired, Assert.Throws<DomainException>(() => RequiredComment.Of(comment)).Code);

    [Fact]
    public void ACommentIsTrimmedAndKeptWithinItsLength()
    {
        Assert.Equal("Анықтама ескірген", RequiredComment.Of("  Анықтама ескірген \n"));
        Assert.Equal(ApplicationHistoryEntry.MaxCommentLength, RequiredComment.Of(new string('ә', ApplicationHistoryEntry.MaxCommentLength)).Length);
        Assert.Equal(ErrorCode.TooLong, Assert.Throws<DomainException>(() => RequiredComment.Of(new string('ә', ApplicationHistoryEntry.MaxCommentLength + 1))).Code);
    }
}
