using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Core.Register;

/// <summary>Issue #17, point 5: the bulk check's matching rules over SQLite, published entries only.</summary>
public class BulkCheckRules
{
    [Fact]
    public async Task NumbersAndNamesAreFoundAsTheSearchFoldsThemWholeWordsOnly()
    {
        await using var test = await TestDatabase.CreateAsync();
        var seitkali = await Registered.CreateAsync(test.Services, "a-1", "Сейтқали", "Нұрлан", new Consent(true));
        await Registered.CreateAsync(test.Services, "a-2", "Ахметова", "Әсел", new Consent(true));
        await Registered.CreateAsync(test.Services, "a-3", "Ахметова", "Әсел", new Consent(true)); // a namesake
        var hidden = await Registered.CreateAsync(test.Services, "a-4", "Жасырынова", "Гүлім", new Consent(false));

        var answers = await test.Get<BulkCheck>().CheckAsync(
        [
            seitkali.ToLowerInvariant(),           // a number, typed in lower case
            "СЕЙТКАЛИ нурлан",                     // the name without Kazakh letters, any case
            "Seitkali Nurlan",                      // Latin spelling
            "Ахметова Әсел",                        // two entries
            "Сейт Нұр",                             // parts of words: not a match
            "Жасырынова Гүлім",                     // not published: as if absent
            hidden,                                 // nor by its number
            "RS-2099-999999",
        ]);

        Assert.Equal(
            [CheckOutcome.Found, CheckOutcome.Found, CheckOutcome.Found, CheckOutcome.Several, CheckOutcome.NotFound, CheckOutcome.NotFound,
             CheckOutcome.NotFound, CheckOutcome.NotFound],
            answers.Select(a => a.Outcome));
        Assert.All(answers.Take(3), a => Assert.Equal(seitkali, Assert.Single(a.Matches).Number));
        Assert.Equal(2, answers[3].Matches.Count);
        // Public columns only: the date of birth was not consented to.
        Assert.All(answers.SelectMany(a => a.Matches), m => Assert.Null(m.DateOfBirth));
    }

    [Fact]
    public void AListIsAHundredLinesAtMost()
    {
        Assert.Equal(3, BulkCheck.Lines("\uFEFFФИО\r\nСейтқали Нұрлан;\n\n  \"RS-2026-000001\"  \r\nсейтқали нұрлан").Value!.Count);
        Assert.Equal(ErrorCode.Required, Assert.Single(BulkCheck.Lines(" \n\n ").Errors).Code);
        Assert.Equal(ErrorCode.CheckTooManyLines,
            Assert.Single(BulkCheck.Lines(string.Join("\n", Enumerable.Range(1, BulkCheck.MaxLines + 1).Select(i => $"RS-2026-{i:D6}"))).Errors).Code);
        Assert.Equal(BulkCheck.MaxLineLength, BulkCheck.Lines(new string('а', 5000)).Value!.Single().Length);
    }
}
