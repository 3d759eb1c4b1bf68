using System.Globalization;
using BlazorRegistry.App.Components.Layout;
using BlazorRegistry.App.Localization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Components;

public class LanguageToggleRender : BunitContext
{
    public LanguageToggleRender()
    {
        Services.AddLocalization();
    }

    [Fact]
    public void LinksBackToTheCurrentPageAndMarksTheCurrentLanguage()
    {
        CultureInfo.CurrentUICulture = new CultureInfo(SupportedCultures.Kazakh);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/register?name=нурлан");

        var toggle = Render<LanguageToggle>();

        var links = toggle.FindAll("a");
        Assert.Equal(2, links.Count);
        Assert.Equal("/culture/ru?returnUrl=%2Fregister%3Fname%3D%D0%BD%D1%83%D1%80%D0%BB%D0%B0%D0%BD", links[1].GetAttribute("href"));
        Assert.Equal("true", links[0].GetAttribute("aria-current"));
        Assert.Null(links[1].GetAttribute("aria-current"));
        Assert.Equal("Тілді таңдау", toggle.Find("[role=group]").GetAttribute("aria-label"));
    }

    [Fact]
    public void FollowsNavigationInsideTheCircuit()
    {
        CultureInfo.CurrentUICulture = new CultureInfo(SupportedCultures.Russian);
        var toggle = Render<LanguageToggle>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/apply");

        toggle.WaitForAssertion(() =>
            Assert.Equal("/culture/kk?returnUrl=%2Fapply", toggle.FindAll("a")[0].GetAttribute("href")));
        Assert.Equal("Выбор языка", toggle.Find("[role=group]").GetAttribute("aria-label"));
    }
}
