using System.Text.RegularExpressions;
using BlazorRegistry.App.Components.Pages.Register;

namespace BlazorRegistry.Tests.Components;

/// <summary>The register table's phone layout: each column's name comes from one style rule (issue #21).</summary>
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
}
