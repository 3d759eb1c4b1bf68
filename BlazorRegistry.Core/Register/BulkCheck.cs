using System.Text.RegularExpressions;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Register;

public enum CheckOutcome
{
    Found,
    NotFound,
    /// <summary>A name several published entries carry: the employer tells them apart by the columns shown.</summary>
    Several,
}

/// <summary>One line of a bulk check and what the public register holds for it (public columns only).</summary>
public sealed record CheckedLine(string Line, CheckOutcome Outcome, IReadOnlyList<RegisterRow> Matches);

/// <summary>
/// Issue #17, point 5: an employer checks a list of up to 100 reference numbers or full names against the
/// public register. A number is looked up as is; a name matches with the search's folding (case, Kazakh
/// letters, Latin spelling), every word of the line being a whole word of the entry's name. Only published
/// entries, only their public columns: the check reveals nothing the register page does not.
/// </summary>
public sealed partial class BulkCheck(IDbContextFactory<RegistryDbContext> factory)
{
    public const int MaxLines = 100;
    public const int MaxLineLength = 200;
    /// <summary>More namesakes than this are not listed (the line says "several").</summary>
    public const int MaxMatchesPerLine = 10;

    /// <summary>The non-empty lines of a pasted list or a one-column CSV (a header such as "ФИО" is just a line that finds nothing).</summary>
    public static Result<IReadOnlyList<string>> Lines(string? text)
    {
        var lines = (text ?? "").Split('\n')
            .Select(l => l.Trim().Trim('\uFEFF').Trim('"', ';', ',').Trim())
            .Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (lines.Count == 0)
            return Result<IReadOnlyList<string>>.Fail(ErrorCode.Required, "Lines");
        if (lines.Count > MaxLines)
            return Result<IReadOnlyList<string>>.Fail(ErrorCode.CheckTooManyLines, "Lines");
        return Result<IReadOnlyList<string>>.Ok(lines.Select(l => l.Length > MaxLineLength ? l[..MaxLineLength] : l).ToList());
    }

    public async Task<IReadOnlyList<CheckedLine>> CheckAsync(IReadOnlyList<string> lines, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var published = db.RegisterEntries.AsNoTracking().Where(e => e.IsPublic);
        var answers = new List<CheckedLine>(lines.Count);
        foreach (var line in lines.Take(MaxLines))
        {
            List<RegisterEntry> found;
            if (NumberPattern().IsMatch(line))
            {
                var number = line.ToUpperInvariant();
                found = await published.Where(e => e.Number == number).Take(1).ToListAsync(ct);
            }
            else
            {
                var words = NameSearch.Words(line);
                var candidates = words.Count == 0 ? []
                    : await published.WhereNameHas(e => e.NameKey, line).OrderBy(e => e.NameKey).ThenBy(e => e.Id).Take(50).ToListAsync(ct);
                // Whole words only: "Нұр" is not "Нұрлан" (the search's "contains" suits typing, not checking a list).
                found = candidates.Where(e => words.All(w => w.Latin || e.NameKey.Split(' ').Contains(w.Word))).ToList();
            }
            var outcome = found.Count switch { 0 => CheckOutcome.NotFound, 1 => CheckOutcome.Found, _ => CheckOutcome.Several };
            answers.Add(new CheckedLine(line, outcome, found.Take(MaxMatchesPerLine).Select(e => RegisterRow.For(e, RegisterAudience.Public)).ToList()));
        }
        return answers;
    }

    [GeneratedRegex(@"^RS-\d{4}-\d{1,10}$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
