using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using AngleSharp.Html.Parser;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Components.Pages.Register;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.Tests.Components;

/// <summary>
/// The register table's phone layout: each column's name comes from one style rule; its rows are one piece of markup
/// (issue #21).
/// </summary>
public class RegisterTableColumnNames
{
    [Fact]
    public void EachColumnGetsOneRuleWithItsNameAsItIs()
    {
        var css = RegisterTable.ColumnNames(["Маманның тегі, аты", "Туған күні"]);
        Assert.StartsWith("@media (max-width: 900px){", css);
        Assert.Contains(".registry-register td:nth-child(1)::before{content:\"Маманның тегі, аты\"}", css);
        Assert.Contains(".registry-register td:nth-child(2)::before{content:\"Туған күні\"}", css);
        Assert.DoesNotContain("nth-child(3)", css);
    }

    [Fact]
    public void NoNameCanEndItsStringOrTheStyleElement()
    {
        var css = RegisterTable.ColumnNames(["a\"}body{display:none}</style><script>alert(1)</script>\\\n"]);
        Assert.DoesNotContain("<", css);
        Assert.DoesNotContain(">", css);
        // The only quotes are the string's own two: the name's quote, backslash and line end are CSS escapes.
        Assert.Equal(2, css.Count(c => c == '"'));
        Assert.DoesNotContain("\n", css);
        Assert.Matches(new Regex(@"content:""a\\22 \}body\{display:none\}\\3c /style\\3e "), css);
    }

    [Fact]
    public void TheRowsMarkupEncodesTheSpecialistsWordsAndMarksWhatOnlyStaffSee()
    {
        var text = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
        var columns = new RegisterColumns(text, ReferenceCatalog.Seeded, new DateOnly(2026, 3, 18));
        var hostile = "<script>alert(1)</script>\"' onmouseover=\"x";
        var region = ReferenceCatalog.Seeded.Regions[0].Id;
        var profession = ReferenceCatalog.Seeded.Professions[0].Id;
        RegisterRow Row(string number, bool isPublic, EntryState state) =>
            new(number, "Сейтқали " + hostile, null, null, null, region, hostile, null, profession, 3, 2, [], [], [], new DateOnly(2026, 3, 1), isPublic)
            { State = state };
        IReadOnlyList<RegisterRow> rows = [Row("RS-2026-000001", true, EntryState.Registered), Row("RS-2026-000002\"><b>", false, EntryState.Registered),
            Row("RS-2026-000003", true, EntryState.Excluded)];
        // The encoder the app gives the renderer: letters as they are, markup's characters as references.
        var html = HtmlEncoder.Create(new TextEncoderSettings(UnicodeRanges.All));

        var markup = RegisterTable.Body(rows, columns, staffText: null, html);
        var table = new HtmlParser().ParseDocument($"<table><tbody>{markup}</tbody></table>");
        Assert.Empty(table.QuerySelectorAll("script, b, [onmouseover]"));
        var trs = table.QuerySelectorAll("tr");
        Assert.Equal(["RS-2026-000001", "RS-2026-000002\"><b>", "RS-2026-000003"], trs.Select(tr => tr.GetAttribute("data-number")));
        var first = trs[0].QuerySelectorAll("td");
        Assert.Equal(10, first.Length);
        Assert.Equal("Сейтқали " + hostile, first[0].TextContent);
        Assert.Equal("/register/RS-2026-000001", first[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Сейтқали", markup);   // letters as themselves, not references
        // An unpublished date of birth: the empty mark and the date column's; the experience a plain cell.
        Assert.Equal(("—", "registry-empty-cell registry-date-cell"), (first[1].TextContent, first[1].ClassName));
        Assert.Equal((null, "3 жыл 2 ай"), (first[5].GetAttribute("class"), first[5].TextContent));
        Assert.Equal(("01.03.2026", "registry-date-cell"), (first[9].TextContent, first[9].ClassName));
        Assert.Empty(table.QuerySelectorAll(".registry-not-public"));

        // Staff see which entries are not public and which are excluded.
        var staff = new HtmlParser().ParseDocument($"<table><tbody>{RegisterTable.Body(rows, columns, text, html)}</tbody></table>");
        var marks = staff.QuerySelectorAll("tr").Select(tr => tr.QuerySelector(".registry-not-public")?.TextContent).ToList();
        Assert.Equal([null, text["Register_NotPublic"].Value, text["EntryState_Excluded"].Value], marks);
        Assert.NotNull(staff.QuerySelectorAll("tr")[2].QuerySelector("[data-testid=excluded]"));
    }
}
