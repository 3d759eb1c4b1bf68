using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;

namespace BlazorRegistry.Tests.Support;

/// <summary>Applications in known states, built through the aggregate's own methods.</summary>
public static class TestApplications
{
    public const string ValidBin = "070540000129";
    public static readonly DateOnly Today = new(2026, 3, 18);
    public static readonly DateTime NowUtc = new(2026, 3, 18, 5, 0, 0, DateTimeKind.Utc);

    /// <summary>A social worker with everything the form needs, valid on <see cref="Today"/>.</summary>
    public static Application Complete(string applicantId = "applicant-1", string surname = "Сейтқали", string givenName = "Нұрлан")
    {
        var a = Application.StartDraft(applicantId, NowUtc);
        Fill(a, surname, givenName);
        return a;
    }

    /// <summary>Every answer; the consent too unless <paramref name="decideConsent"/> is false (an organisation's draft leaves it to the specialist).</summary>
    public static void Fill(Application a, string surname = "Сейтқали", string givenName = "Нұрлан", bool decideConsent = true)
    {
        a.UpdatePersonalData(new PersonalData(surname, givenName, "Әлиұлы", new DateOnly(1990, 5, 15), TestIins.Next(new DateOnly(1990, 5, 15))), NowUtc);
        a.UpdateContacts(new ContactData("8 701 234 56 78", "nurlan@example.kz"),
            new AddressData(18, "Астана", "Мәңгілік Ел даңғылы, 8, 12 пәтер"), NowUtc);
        a.UpdateProfession(new ProfessionData(4, 5, 0), NowUtc);
        a.ReplaceEducation([new EducationRecord(3, "Л.Н. Гумилев атындағы ЕҰУ", new(2008, 9, 1), new(2012, 6, 30), "ЖБ-Б", "0123456", new(2012, 7, 1), "file-diploma")], NowUtc);
        a.ReplaceEmployment(
        [
            new EmploymentRecord("«Мейірім» арнаулы әлеуметтік қызметтер орталығы", ValidBin, "Әлеуметтік жұмыс жөніндегі маман",
                "Әлеуметтік жұмыс жөніндегі маман", new(2015, 1, 10), null, InSpecialSocialServices: true, "file-employment"),
        ], NowUtc);
        a.ReplaceQualifications([new QualificationRecord(2, new(2024, 4, 1), "Астана қаласы әкімдігінің аттестаттау комиссиясы", "А-123", "file-category")], noCategory: false, NowUtc);
        a.ReplaceDocuments(
        [
            Doc(ReferenceDataSeed.DocumentCodes.Identity, new(2030, 1, 1)),
            Doc(ReferenceDataSeed.DocumentCodes.Education, null),
            Doc(ReferenceDataSeed.DocumentCodes.Employment, null),
            Doc(ReferenceDataSeed.DocumentCodes.CriminalRecord, new(2026, 12, 31)),
            Doc(ReferenceDataSeed.DocumentCodes.Category, new(2027, 4, 1)),
        ], NowUtc);
        if (decideConsent)
            a.DecideConsent(publish: true, showDateOfBirth: false, showContacts: true, showAddress: false, "2026-1", NowUtc);
    }

    public static ApplicationDocument Doc(string code, DateOnly? expires) =>
        new(ReferenceDataSeed.DocumentKinds.Single(k => k.Code == code).Id, $"file-{code}", $"{code}.pdf", expires);

    public static WorkingDayCalendar WorkingDays { get; } = new(KazakhstanHolidays.Seed());

    /// <summary>Sets the private id an unsaved aggregate would get from the database.</summary>
    public static Application WithId(this Application a, int id)
    {
        typeof(Application).GetProperty(nameof(Application.Id))!.SetValue(a, id);
        return a;
    }
}
