using BlazorRegistry.Core.Applications;
using BlazorRegistry.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Components.Apply;

public class WizardStepsRender : WizardContext
{
    public static TheoryData<int, string, string> StepTitles => new()
    {
        { 1, "Жеке деректер", "Личные данные" },
        { 2, "Байланыс деректері және мекенжай", "Контакты и адрес" },
        { 3, "Кәсіп және өтіл", "Профессия и стаж" },
        { 4, "Білімі", "Образование" },
        { 5, "Еңбек қызметі", "Трудовая деятельность" },
        { 6, "Біліктілік санаты", "Квалификационная категория" },
        { 7, "Құжаттар", "Документы" },
        { 8, "Жариялауға келісім", "Согласие на публикацию" },
        { 9, "Тексеру және жіберу", "Проверка и отправка" },
    };

    [Theory]
    [MemberData(nameof(StepTitles))]
    public void EveryStepRendersInKazakh(int step, string kazakh, string russian)
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(step);
        Assert.Equal(kazakh, wizard.Find("#step-title").TextContent);
        Assert.DoesNotContain(russian, wizard.Markup);
    }

    [Theory]
    [MemberData(nameof(StepTitles))]
    public void EveryStepRendersInRussian(int step, string kazakh, string russian)
    {
        UseCulture("ru-RU");
        var wizard = RenderStep(step);
        Assert.Equal(russian, wizard.Find("#step-title").TextContent);
        Assert.DoesNotContain(kazakh, wizard.Find(".registry-step").TextContent);
    }

    [Fact]
    public void AFieldsErrorShowsTheMomentItIsLeftNeverWhileTyping()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(1);
        wizard.Find("#f-Surname").Input("Сейтқали1");
        wizard.Find("#f-Iin").Input("9005");
        // Asserted at once, not waited for: the errors come from the screen's copy, not from the autosave's answer.
        Assert.DoesNotContain("ЖСН 12 цифрдан тұруы керек.", wizard.Markup); // still typing there
        Assert.Contains("Тек әріптер, бос орын, дефис және апостроф қолданылады.", wizard.Markup); // left it for the IIN
        wizard.Find("#f-Iin").FocusOut();
        Assert.Contains("ЖСН 12 цифрдан тұруы керек.", wizard.Markup);
        Assert.Equal("true", wizard.Find("#f-Iin").GetAttribute("aria-invalid"));
        // Untouched fields stay quiet until the applicant tries to move on.
        Assert.DoesNotContain("Толтыру міндетті.", wizard.Markup);

        // Put right, the error goes as it is typed.
        wizard.Find("#f-Iin").Input("900515300018");
        wizard.Find("#f-Iin").FocusOut();
        Assert.Equal("false", wizard.Find("#f-Iin").GetAttribute("aria-invalid"));
        Assert.Contains("registry-save-pending", wizard.Find("[data-testid=save-state]").ClassName); // all of it before the autosave ran
    }

    [Fact]
    public void AChoiceFromAListIsTheBrowsersOwnAndTakenAtOnce()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(3);
        var list = wizard.Find("select#f-ProfessionId");
        Assert.Contains(list.QuerySelectorAll("option"), o => o.TextContent == "Әлеуметтік жұмыс жөніндегі маман");
        wizard.FindAll("button").Single(b => b.TextContent.Contains("Келесі")).Click();
        Assert.Equal("true", wizard.Find("#f-ProfessionId").GetAttribute("aria-invalid"));

        var id = list.QuerySelectorAll("option").Single(o => o.TextContent == "Әлеуметтік жұмыс жөніндегі маман").GetAttribute("value")!;
        wizard.Find("#f-ProfessionId").Change(id);
        // At once, before any save: the choice is shown, its error gone.
        Assert.Equal("false", wizard.Find("#f-ProfessionId").GetAttribute("aria-invalid"));
        Assert.Equal("Әлеуметтік жұмыс жөніндегі маман", wizard.Find("#f-ProfessionId option[selected]").TextContent);
        Assert.Contains("registry-save-pending", wizard.Find("[data-testid=save-state]").ClassName);
    }

    [Fact]
    public void TypingNeverWritesTheValueBackIntoTheInput()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(1);
        // Each key saves, previews and re-renders the wizard. A field that re-rendered with the wizard ran once
        // more with its old value, took it for a change from outside and made a new input (value written in)
        // under the applicant's fingers: keys typed meanwhile and the focus were lost ("Сейтқ" for "Сейтқали").
        foreach (var typed in new[] { "С", "Се", "Сей", "Сейт" })
            wizard.Find("#f-Surname").Input(typed);
        Assert.True(string.IsNullOrEmpty(wizard.Find("#f-Surname").GetAttribute("value")), wizard.Find("#f-Surname").OuterHtml);
    }

    [Fact]
    public void ADateOfBirthErrorShowsAsSoonAsTheDateIsChosen()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(1);
        wizard.Find("#f-DateOfBirth").Change(DateTime.Today.AddYears(-10).ToString("yyyy-MM-dd"));
        Assert.Contains("Өтініш беруші кемінде 18 жаста болуы керек.", wizard.Markup);
    }

    [Fact]
    public void NextShowsWhatTheStepStillLacksInRussian()
    {
        UseCulture("ru-RU");
        var wizard = RenderStep(1);
        wizard.FindAll("button").Single(b => b.TextContent.Contains("Далее")).Click();
        wizard.WaitForAssertion(() => Assert.Contains("Обязательное поле.", wizard.Markup), TimeSpan.FromSeconds(5));
        Assert.Equal("Личные данные", wizard.Find("#step-title").TextContent); // the first Next stays to show them
    }

    [Fact]
    public void TheStepsProblemsAreListedAtItsTopEachLinkingToItsFieldAndGoAsTheyAreFixed()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(1);
        Assert.Empty(wizard.FindAll("[data-testid=step-problems]")); // quiet until the applicant tries to move on
        wizard.FindAll("button").Single(b => b.TextContent.Contains("Келесі")).Click();

        wizard.WaitForAssertion(() => Assert.NotEmpty(wizard.FindAll("[data-testid=step-problems] a")), TimeSpan.FromSeconds(5));
        var surname = wizard.FindAll("[data-testid=step-problems] a").Single(a => a.GetAttribute("href") == "#f-Surname");
        Assert.StartsWith("Тегі:", surname.TextContent.Trim());
        Assert.Empty(wizard.FindAll(".mud-snackbar")); // no pop-up over the fields

        wizard.Find("#f-Surname").Input("Сейтқали");
        wizard.WaitForAssertion(() => Assert.DoesNotContain(wizard.FindAll("[data-testid=step-problems] a"), a => a.GetAttribute("href") == "#f-Surname"),
            TimeSpan.FromSeconds(5));
        Assert.Contains(wizard.FindAll("[data-testid=step-problems] a"), a => a.GetAttribute("href") == "#f-GivenName"); // still missing
    }

    [Fact]
    public async Task SavesTypingWithinASecondAndShowsTheMark()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(1);
        wizard.Find("#f-GivenName").Input("Нұрлан");
        wizard.WaitForAssertion(() => Assert.Equal("Сақталды", wizard.Find("[data-testid=save-state]").TextContent.Trim()), TimeSpan.FromSeconds(5));

        await using var fresh = Db.NewContext();
        var stored = await fresh.Applications.SingleAsync();
        Assert.Equal("Нұрлан", stored.Personal.GivenName);
    }

    [Fact]
    public async Task SaveNowConfirmsOnlyOnceWhatWasTypedIsStored()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(1);
        Assert.Equal("0", wizard.Find("[data-testid=save-state]").GetAttribute("data-confirmed"));
        wizard.Find("#f-Surname").Input("Сейтқали");
        wizard.Find("[data-testid=save-now]").Click();
        wizard.WaitForAssertion(() => Assert.Equal("1", wizard.Find("[data-testid=save-state]").GetAttribute("data-confirmed")), TimeSpan.FromSeconds(5));

        await using var fresh = Db.NewContext();
        Assert.Equal("Сейтқали", (await fresh.Applications.SingleAsync()).Personal.Surname);
        Assert.Equal("Сақталды", wizard.Find("[data-testid=save-state]").TextContent.Trim());
    }

    [Fact]
    public void AddsAndRemovesEducationRecords()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(4);
        Assert.Empty(wizard.FindAll("[data-testid=education-record]"));
        var add = () => wizard.FindAll("button").Single(b => b.TextContent.Contains("Білімі туралы мәлімет қосу"));
        add().Click();
        add().Click();
        Assert.Equal(2, wizard.FindAll("[data-testid=education-record]").Count);
        wizard.FindAll("button[aria-label='1-жазбаны жою']").Single().Click();
        Assert.Single(wizard.FindAll("[data-testid=education-record]"));
    }

    [Fact]
    public void AddsAndRemovesEmploymentRecordsAndChecksTheBinAsTyped()
    {
        UseCulture("ru-RU");
        var wizard = RenderStep(5);
        wizard.FindAll("button").Single(b => b.TextContent.Contains("Добавить место работы")).Click();
        Assert.Single(wizard.FindAll("[data-testid=employment-record]"));
        wizard.Find("#f-Employment-0-Bin").Input("070540000128");
        wizard.WaitForAssertion(() => Assert.Contains("Неверный БИН: не сходится контрольная цифра.", wizard.Markup));
        wizard.Find("#f-Employment-0-Bin").Input("070540000129");
        wizard.WaitForAssertion(() => Assert.DoesNotContain("Неверный БИН", wizard.Markup));
        wizard.FindAll("button[aria-label='Удалить запись 1']").Single().Click();
        Assert.Empty(wizard.FindAll("[data-testid=employment-record]"));
    }

    [Fact]
    public void AddsAndRemovesQualificationRecords()
    {
        UseCulture("kk-KZ");
        var wizard = RenderStep(6);
        wizard.FindAll("button").Single(b => b.TextContent.Contains("Санат қосу")).Click();
        Assert.Single(wizard.FindAll("[data-testid=qualification-record]"));
        wizard.FindAll("button[aria-label='1-жазбаны жою']").Single().Click();
        Assert.Empty(wizard.FindAll("[data-testid=qualification-record]"));
    }

    [Fact]
    public async Task TheStepListReflectsCompleteness()
    {
        UseCulture("kk-KZ");
        var draft = await DraftAsync();
        await using (var db = Db.NewContext())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            TestApplications.Fill(a);
            a.ReplaceEducation([], TestApplications.NowUtc);
            a.UpdatePersonalData(a.Personal with { GivenName = null }, TestApplications.NowUtc);
            await db.SaveChangesAsync();
        }
        var wizard = RenderStep(3);
        string State(int step) => wizard.Find($"[data-step='{step}']").GetAttribute("data-state")!;
        Assert.Equal(nameof(SectionState.InProgress), State(1));
        Assert.Equal(nameof(SectionState.Complete), State(2));
        Assert.Equal(nameof(SectionState.NotStarted), State(4));
        Assert.Equal(nameof(SectionState.Complete), State(5));
        Assert.Equal("step", wizard.Find("[data-step='3'] a").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task CheckAnswersListsWhatIsMissingAndHoldsSubmitBack()
    {
        UseCulture("ru-RU");
        await DraftAsync();
        var wizard = RenderStep(9);
        Assert.Contains("Чтобы отправить заявку, заполните:", wizard.Markup);
        Assert.Contains("Добавьте хотя бы одну запись об образовании.", wizard.Markup);
        Assert.True(wizard.FindAll("button").Single(b => b.TextContent.Contains("Отправить заявку")).HasAttribute("disabled"));
    }
}
