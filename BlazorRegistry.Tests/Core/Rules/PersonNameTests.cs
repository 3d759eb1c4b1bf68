using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Rules;

public class PersonNameCheckPart
{
    [Theory]
    [InlineData("Нұрлан")]
    [InlineData("Әлиұлы")]
    [InlineData("Ғалымжанқызы")]
    [InlineData("Өмірзақ-Үмбетов")]
    [InlineData("Һәкім")]
    [InlineData("Иванов")]
    [InlineData("O'Neil")]
    [InlineData("Анна Мария")]
    public void AcceptsLettersOfAnyAlphabetWithJoiners(string name) => Assert.Null(PersonName.CheckPart(name, required: true));

    [Theory]
    [InlineData("Нұрлан1")]
    [InlineData("-Нұрлан")]
    [InlineData("Нұрлан-")]
    [InlineData("Нұр--лан")]
    [InlineData("Nurlan!")]
    public void RejectsDigitsSymbolsAndDanglingJoiners(string name) =>
        Assert.Equal(ErrorCode.NameInvalidCharacters, PersonName.CheckPart(name, required: true));

    [Fact]
    public void PatronymicMayBeEmpty()
    {
        Assert.Null(PersonName.CheckPart("", required: false));
        Assert.Equal(ErrorCode.Required, PersonName.CheckPart(" ", required: true));
    }

    [Fact]
    public void RejectsOverlongName() => Assert.Equal(ErrorCode.TooLong, PersonName.CheckPart(new string('а', 101), required: true));
}

public class PersonNameFold
{
    [Theory]
    [InlineData("Нұрлан", "нурлан")]
    [InlineData("НҰРЛАН", "нурлан")]
    [InlineData("Әлия Ғалымжанқызы", "алия галымжанкызы")]
    [InlineData("Өмірзақ-Үмбетов", "омирзак умбетов")]
    [InlineData("Һәкім", "хаким")]
    [InlineData("Ңңң", "ннн")]
    [InlineData("Пётр  Семёнов", "петр семенов")]
    [InlineData("  ", "")]
    public void FoldsKazakhLettersCaseAndSpacing(string input, string folded) => Assert.Equal(folded, PersonName.Fold(input));

    [Fact]
    public void TypingWithoutKazakhLettersMatches() =>
        Assert.Contains(PersonName.Fold("нурлан"), PersonName.Fold("Сейтқали Нұрлан Әлиұлы"));
}
