using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Rules;

/// <summary>People type names in Latin: from a passport (ICAO), in the Kazakh Latin alphabet of 2021, or loosely.</summary>
public class NameSearchLatin
{
    // The coarse form of a stored key, as the query applies it in SQL: what a Latin word is compared with.
    private static string Coarse(string name) => PersonName.Fold(name)
        .Replace("я", "иа").Replace("ю", "иу").Replace("ы", "и").Replace("й", "и").Replace("э", "е").Replace("щ", "ш").Replace("ъ", "").Replace("ь", "").Replace("ии", "и");

    [Theory]
    [InlineData("sarsenbayeva", "Сәрсенбаева")]     // passport style
    [InlineData("Särsenbaeva", "Сәрсенбаева")]      // Kazakh Latin alphabet, 2021
    [InlineData("sarsenbaeva", "Сәрсенбаева")]
    [InlineData("qasymova", "Қасымова")]
    [InlineData("kasymova", "Қасымова")]
    [InlineData("yerlan", "Ерлан")]
    [InlineData("aliyev", "Әлиев")]
    [InlineData("aliev", "Әлиев")]
    [InlineData("beysenov", "Бейсенов")]
    [InlineData("beisenov", "Бейсенов")]
    [InlineData("zhanar", "Жанар")]
    [InlineData("janar", "Жанар")]
    [InlineData("bayana", "Баяна")]
    [InlineData("yulia", "Юлия")]
    [InlineData("mariya", "Мария")]
    [InlineData("maria", "Мария")]
    [InlineData("seitkali", "Сейтқали")]
    [InlineData("tsoy", "Цой")]
    [InlineData("shynar", "Шынар")]
    [InlineData("Şynar", "Шынар")]
    [InlineData("gulnar", "Гүлнар")]
    public void ALatinSpellingFindsTheCyrillicName(string typed, string stored)
    {
        var (word, latin) = Assert.Single(NameSearch.Words(typed));
        Assert.True(latin);
        Assert.Contains(word, Coarse(stored));
    }

    [Theory]
    [InlineData("sarsenbayeva", "Сейтқали Нұрлан")]
    [InlineData("nurlan", "Сәрсенбаева Әсел")]
    [InlineData("janar", "Жанат")]
    public void ALatinSpellingDoesNotFindAnotherName(string typed, string stored) =>
        Assert.DoesNotContain(Assert.Single(NameSearch.Words(typed)).Word, Coarse(stored));

    [Fact]
    public void ControlCharactersAndSurrogatesAreNoPartOfAWordAndTabsAndLineEndsPartWords() =>
        Assert.Equal([("нурлан", false), ("сейт", false), ("али", false), ("ким", false)],
            NameSearch.Words("нур\0лан\u0007 \ud800сейт\u001b\tали\r\nким"));

    [Fact]
    public void QuotationMarksAreNoPartOfAWord() =>
        Assert.Equal([("нурлан", false), ("сейт", false), ("ер", false), ("омаров", false)],
            NameSearch.Words("«Нұрлан» \"сейт\" ер\" “Омаров”"));

    [Fact]
    public void CyrillicWordsKeepThePlainFoldedComparison() =>
        Assert.Equal([("нурлан", false), ("сеиткали", true)], NameSearch.Words("Нұрлан seitkali"));

    [Fact]
    public void TheIndexesHoldTheCoarseFormTheSearchComparesWith()
    {
        // Migration BoardNameIndex's text is frozen with it; the search's replacements live in NameSearch. Drifting apart, a
        // Latin spelling would stop finding names on SQLite (the trigram table) and lose its index on PostgreSQL.
        Assert.Equal(string.Format(BlazorRegistry.Core.Data.Migrations.BoardNameIndex.Coarse, "\"NameKey\""), NameSearch.CoarseSql("\"NameKey\""));
    }
}
