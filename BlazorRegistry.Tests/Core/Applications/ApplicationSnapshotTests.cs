using System.Text.Json;
using System.Text.Json.Nodes;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Core.Applications;

/// <summary>The submitted snapshot stores letters as themselves (issue #21, point 5) without losing what was stored before.</summary>
public class ApplicationSnapshotStorage
{
    /// <summary>The same snapshot as it was written before: every letter outside ASCII as a \uXXXX escape.</summary>
    private static string Escaped(string snapshot) => JsonSerializer.Serialize(JsonNode.Parse(snapshot));

    [Fact]
    public void ASnapshotHoldsKazakhLettersAsThemselvesAndIsAThirdSmallerThanEscaped()
    {
        var snapshot = ApplicationSnapshot.Take(TestApplications.Complete(surname: "Сейтқали", givenName: "Нұрлан"));
        Assert.Contains("Сейтқали", snapshot);
        Assert.DoesNotContain("\\u04", snapshot);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(snapshot);
        Assert.True(bytes * 1.4 < Escaped(snapshot).Length, $"{bytes} bytes against {Escaped(snapshot).Length} escaped");
    }

    [Fact]
    public void AnEscapedSnapshotFromBeforeEqualsTheSameAnswersTakenNowAndAChangeIsStillSeen()
    {
        var application = TestApplications.Complete();
        var earlier = Escaped(ApplicationSnapshot.Take(application));
        Assert.Empty(ApplicationSnapshot.Changed(earlier, ApplicationSnapshot.Take(application)));

        application.UpdatePersonalData(application.Personal with { Surname = "Бекова" }, TestApplications.NowUtc);
        Assert.Equal([ApplicationSection.Personal], ApplicationSnapshot.Changed(earlier, ApplicationSnapshot.Take(application)));
    }

    [Fact]
    public void TheDigestIsTheOneTheEscapedTextGave()
    {
        // A specialist's confirmation stored before the change holds the digest of the escaped text: it must still match.
        var application = TestApplications.Complete();
        var escaped = Escaped(ApplicationSnapshot.Take(application));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(escaped))),
            ApplicationSnapshot.Digest(application));
    }
}
