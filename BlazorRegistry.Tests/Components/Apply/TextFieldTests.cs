using BlazorRegistry.App.Components.Pages.Apply;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Components.Apply;

/// <summary>The wizard's text field: typing is passed up and never written back; a change from outside is shown.</summary>
public class TextFieldRender : BunitContext
{
    public TextFieldRender() => Services.AddLocalization(); // every component of the app may ask for its texts

    [Fact]
    public void TypingIsPassedUpButNeverEchoedBackWhileAChangeFromOutsideIsShown()
    {
        string? value = "Астана";
        var field = Render<TextField>(p => p
            .Add(f => f.Label, "Елді мекен")
            .Add(f => f.InputId, "f-Locality")
            .Add(f => f.Value, value)
            .Add(f => f.ValueChanged, (string? v) => value = v));

        field.Find("input").Input("Астана қ");
        Assert.Equal("Астана қ", value);
        // The parent renders again with what was typed: the input keeps the attribute it had, so a slow
        // connection cannot replace the applicant's newer text with this older copy.
        field.Render(p => p.Add(f => f.Value, value));
        Assert.Equal("Астана", field.Find("input").GetAttribute("value"));

        // A value from outside (a reload, another device) is shown.
        field.Render(p => p.Add(f => f.Value, "Алматы"));
        Assert.Equal("Алматы", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void AnErrorReplacesTheHelperTextAndMarksTheFieldInvalid()
    {
        var field = Render<TextField>(p => p
            .Add(f => f.Label, "БСН")
            .Add(f => f.InputId, "f-Bin")
            .Add(f => f.HelperText, "12 цифр")
            .Add(f => f.ErrorText, "БСН бақылау саны сәйкес емес."));

        var input = field.Find("input");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("f-Bin-helper-text", input.GetAttribute("aria-describedby"));
        Assert.Equal("БСН бақылау саны сәйкес емес.", field.Find("#f-Bin-helper-text").TextContent);
        Assert.Equal("f-Bin", field.Find("label").GetAttribute("for"));
    }
}
