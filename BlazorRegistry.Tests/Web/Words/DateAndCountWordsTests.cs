using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;

namespace BlazorRegistry.Tests.Web.Words;

/// <summary>Dates and numbers inside sentences, as a native speaker writes them.</summary>
public class DateAndCountWords
{
    [Theory]
    [InlineData(12, DateCase.Dative, "2026 жылғы 9 желтоқсанға")]
    [InlineData(12, DateCase.Locative, "2026 жылғы 9 желтоқсанда")]
    [InlineData(12, DateCase.Ablative, "2026 жылғы 9 желтоқсаннан")]
    [InlineData(12, DateCase.Nominative, "2026 жылғы 9 желтоқсан")]
    [InlineData(4, DateCase.Dative, "2026 жылғы 9 сәуірге")]       // a front-vowel month takes -ге
    [InlineData(9, DateCase.Dative, "2026 жылғы 9 қыркүйекке")]    // after к: -ке
    [InlineData(9, DateCase.Locative, "2026 жылғы 9 қыркүйекте")]  // after к: -те
    [InlineData(6, DateCase.Ablative, "2026 жылғы 9 маусымнан")]   // after м: -нан
    [InlineData(7, DateCase.Locative, "2026 жылғы 9 шілдеде")]
    public void KazakhDatesTakeTheCaseTheSentenceNeeds(int month, DateCase grammaticalCase, string expected) =>
        Assert.Equal(expected, DateWords.Format(new DateOnly(2026, month, 9), Language.Kazakh, grammaticalCase));

    [Fact]
    public void RussianDatesAreGenitiveWithTheYearWrittenOut()
    {
        Assert.Equal("9 декабря 2026 года", DateWords.Format(new DateOnly(2026, 12, 9), Language.Russian, DateCase.Dative));
        Assert.Equal("1 марта 2027 года", DateWords.Format(new DateOnly(2027, 3, 1), Language.Russian));
    }

    [Fact]
    public void EveryMonthHasItsFourForms()
    {
        for (var month = 1; month <= 12; month++)
        {
            var forms = Enum.GetValues<DateCase>().Select(c => DateWords.Format(new DateOnly(2026, month, 1), Language.Kazakh, c)).ToList();
            Assert.Equal(4, forms.Distinct().Count());
            Assert.All(forms.Skip(1), f => Assert.StartsWith(forms[0], f)); // each case is the nominative plus an ending
        }
    }

    [Theory]
    [InlineData(1, "1 год")]
    [InlineData(2, "2 года")]
    [InlineData(4, "4 года")]
    [InlineData(5, "5 лет")]
    [InlineData(11, "11 лет")]
    [InlineData(12, "12 лет")]
    [InlineData(21, "21 год")]
    [InlineData(22, "22 года")]
    [InlineData(111, "111 лет")]
    [InlineData(0, "0 лет")]
    public void RussianNumbersAgreeWithTheirNoun(int count, string expected) =>
        Assert.Equal(expected, CountWords.Format("{0} год|{0} года|{0} лет", count, CultureInfo.GetCultureInfo("ru-RU")));

    [Theory]
    [InlineData("ru-RU", 5, 3, "5 лет 3 месяца")]
    [InlineData("ru-RU", 1, 0, "1 год")]
    [InlineData("ru-RU", 0, 7, "7 месяцев")]
    [InlineData("ru-RU", 0, 0, "0 лет")]
    [InlineData("ru-RU", 2, 1, "2 года 1 месяц")]
    [InlineData("kk-KZ", 5, 3, "5 жыл 3 ай")]
    [InlineData("kk-KZ", 0, 11, "11 ай")]
    public void ExperienceReadsAsPeopleSayIt(string culture, int years, int months, string expected)
    {
        var language = Languages.ParseOrDefault(culture);
        string Text(string key) => App.Notifications.MessageTexts.Text(key, language);
        Assert.Equal(expected, CountWords.Experience(Text("Experience_Years"), Text("Experience_Months"), years, months, CultureInfo.GetCultureInfo(culture)));
    }
}
