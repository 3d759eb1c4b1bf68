using System.Globalization;
using BlazorRegistry.App.Components.Pages.Register;
using BlazorRegistry.App.Components.Pages.Statistics;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Statistics;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace BlazorRegistry.Tests.Components.Statistics;

/// <summary>Issue #17, points 3 and 4: every chart has its figures as a table beside it, which screen readers read instead.</summary>
public class FigureSectionRender : BunitContext
{
    public FigureSectionRender()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(SupportedCultures.Russian);
    }

    [Fact]
    public void TheChartIsHiddenFromScreenReadersAndItsTableHoldsEveryRowAndTheCsvLink()
    {
        var table = new FigureTable("returns", "Причины возврата", ["Причина", "Количество"],
            [["R1 — профессия", "12"], ["R3 — документы", "7"]], [12, 7]);

        var section = Render<FigureSection>(p => p.Add(x => x.Table, table).Add(x => x.CsvHref, "/statistics/returns.csv?from=2026-01-01"));

        Assert.Equal("true", section.Find(".registry-statistics-chart").GetAttribute("aria-hidden"));
        Assert.NotNull(section.Find(".registry-statistics-chart svg"));
        var rows = section.FindAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["1", "R1 — профессия", "12"], ["2", "R3 — документы", "7"]], rows);
        Assert.Equal(["№", "Причина", "Количество"], section.FindAll("table thead th").Select(h => h.TextContent));
        Assert.Equal("Причины возврата", section.Find("table caption").TextContent);
        Assert.Equal("/statistics/returns.csv?from=2026-01-01", section.Find("a[download]").GetAttribute("href"));
    }

    [Fact]
    public void AnEmptyFigureSaysSoInsteadOfDrawingAnEmptyChart()
    {
        var section = Render<FigureSection>(p => p.Add(x => x.Table, new FigureTable("overdue", "Просрочено", ["Администратор", "Количество"], [], []))
            .Add(x => x.CsvHref, "/statistics/overdue.csv"));
        Assert.Empty(section.FindAll("table"));
        Assert.Empty(section.FindAll(".registry-statistics-chart"));
        Assert.Contains("Данных пока нет.", section.Markup);
    }

    [Fact]
    public void ThePublicRegistersChartHasTheSameTableBesideIt()
    {
        var section = Render<StatisticsSection>(p => p.Add(x => x.Id, "by-region").Add(x => x.Title, "По регионам").Add(x => x.Heading, "Регион")
            .Add(x => x.Rows, [("город Астана", 1200), ("область Абай", 30)]));
        Assert.Equal("true", section.Find(".registry-statistics-chart").GetAttribute("aria-hidden"));
        Assert.Equal([["1", "город Астана", 1200.ToString("N0", CultureInfo.CurrentCulture)], ["2", "область Абай", "30"]],
            section.FindAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()));
    }
}
