using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Core.Demo;

/// <summary>What the demo-data command made.</summary>
public sealed record DemoDataReport(int Registered, int Other, TimeSpan Took);

/// <summary>
/// Fills a database with realistic specialists for trying the product and measuring it: Kazakh and
/// Russian names with Kazakh letters, valid BINs, every region and profession, a mix of consent
/// choices, and applications in every state. Built through the aggregate's own methods, so the data
/// obeys the same rules as real data. Deterministic for a given seed.
/// </summary>
public sealed class DemoDataGenerator(IDbContextFactory<RegistryDbContext> factory, TimeProvider time, ILogger<DemoDataGenerator> logger)
{
    private const int Batch = 2000;
    private const string DemoAdministrator = "demo-administrator";

    private static readonly string[] KazakhSurnames = ["Сейтқали", "Жақсылық", "Нұрлан", "Әбілқасым", "Құрманғали", "Төлеубай", "Оспан", "Ғабдулла", "Бекмұхамбет", "Ыбырай", "Әуез", "Серікбай", "Мұхамеджан", "Қасым", "Шәкен", "Үсен", "Өтебай", "Ержан", "Тұрсынбай", "Ибраһим", "Жұмабай", "Сәрсенбай", "Әлімжан", "Қожахмет"];
    private static readonly string[] RussianSurnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Ким", "Пак", "Шевченко"];
    private static readonly string[] MaleNames = ["Нұрлан", "Ерлан", "Асқар", "Дәурен", "Ержан", "Бауыржан", "Мұрат", "Серік", "Қайрат", "Әлихан", "Іляс", "Ғалым", "Алексей", "Дмитрий", "Сергей", "Андрей", "Иван", "Тимур"];
    private static readonly string[] FemaleNames = ["Айгүл", "Әсел", "Гүлнар", "Жанар", "Мөлдір", "Дана", "Сәуле", "Ақбота", "Айнұр", "Гүлмира", "Анна", "Елена", "Ольга", "Наталья", "Мария", "Татьяна", "Әйгерім", "Ұлжан"];
    private static readonly string[] Centres = ["Семей", "Көкшетау", "Ақтөбе", "Қонаев", "Атырау", "Орал", "Тараз", "Талдықорған", "Қарағанды", "Қостанай", "Қызылорда", "Ақтау", "Павлодар", "Петропавл", "Түркістан", "Жезқазған", "Өскемен", "Астана", "Алматы", "Шымкент"];
    private static readonly string[] Centers = ["Мейірім", "Шапағат", "Қамқор", "Жанұя", "Үміт", "Ақ ниет", "Бақыт", "Забота", "Милосердие", "Надежда"];
    private static readonly string[] Universities = ["Л.Н. Гумилев атындағы Еуразия ұлттық университеті", "Әл-Фараби атындағы Қазақ ұлттық университеті", "Абай атындағы Қазақ ұлттық педагогикалық университеті", "Карагандинский университет имени Е.А. Букетова", "Медициналық колледж"];

    public async Task<DemoDataReport> GenerateAsync(int registered, int seed = 2026, CancellationToken ct = default)
    {
        var started = time.GetTimestamp();
        var random = new Random(seed);
        var run = Guid.NewGuid().ToString("N")[..8];
        var now = time.GetUtcNow().UtcDateTime;
        ReferenceCatalog catalog;
        WorkingDayCalendar calendar;
        HashSet<string> iins;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            catalog = await ReferenceCatalog.LoadAsync(db, ct);
            calendar = await CalendarProvider.LoadAsync(db, ct);
            // One entry per IIN: new people never reuse an IIN already in this database.
            iins = (await db.Applications.Where(a => a.Iin != null).Select(a => a.Iin!).ToListAsync(ct)).ToHashSet();
        }
        // Besides the registered specialists, a twentieth as many applications in each other state.
        var others = Math.Max(1, registered / 20);
        var plan = Enumerable.Repeat(ApplicationStatus.Registered, registered)
            .Concat(new[] { ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.Returned, ApplicationStatus.Refused }
                .SelectMany(s => Enumerable.Repeat(s, others)))
            .ToList();

        for (var offset = 0; offset < plan.Count; offset += Batch)
        {
            var slice = plan.Skip(offset).Take(Batch).ToList();
            await using var db = await factory.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var applications = slice.Select((_, i) => Draft(random, catalog, $"demo-{run}-{offset + i}", iins, now)).ToList();
            db.Applications.AddRange(applications);
            await db.SaveChangesAsync(ct);

            for (var i = 0; i < slice.Count; i++)
            {
                var entry = Advance(applications[i], slice[i], random, calendar, now);
                db.Entry(applications[i]).State = EntityState.Modified;
                foreach (var history in applications[i].History)
                    db.Entry(history).State = EntityState.Added;
                if (entry is not null)
                    db.RegisterEntries.Add(entry);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Demo data: {Done} of {Total}", Math.Min(offset + Batch, plan.Count), plan.Count);
        }
        return new DemoDataReport(registered, plan.Count - registered, time.GetElapsedTime(started));
    }

    private static Application Draft(Random r, ReferenceCatalog catalog, string applicantId, HashSet<string> iins, DateTime now)
    {
        var female = r.Next(2) == 0;
        var kazakh = r.Next(100) < 75;
        var root = kazakh ? Pick(r, KazakhSurnames) : Pick(r, RussianSurnames);
        var surname = kazakh ? root + (female ? "ова" : "ов") : root is "Ким" or "Пак" or "Шевченко" ? root : root + (female ? "а" : "");
        var given = Pick(r, female ? FemaleNames : MaleNames);
        var fatherName = Pick(r, MaleNames);
        string? patronymic = r.Next(10) == 0 ? null : kazakh ? fatherName + (female ? "қызы" : "ұлы") : fatherName + (female ? "овна" : "ович");

        var today = KazakhstanTime.DateOf(now);
        var birth = today.AddYears(-r.Next(22, 62)).AddDays(-r.Next(365));
        var region = catalog.Regions[r.Next(catalog.Regions.Count)];
        var profession = catalog.Professions[r.Next(catalog.Professions.Count)];
        var a = Application.StartDraft(applicantId, now);
        string? iin;
        do iin = Rules.Iin.Compose(birth, female ? Rules.Sex.Female : Rules.Sex.Male, r.Next(10000));
        while (iin is null || !iins.Add(iin));
        a.UpdatePersonalData(new PersonalData(surname, given, patronymic, birth, iin), now);
        var phone = $"+7{Pick(r, ["700", "701", "702", "705", "707", "747", "771", "775", "777", "778"])}{r.Next(1000000, 9999999)}";
        a.UpdateContacts(new ContactData(phone, $"{Translit(given)}.{Translit(surname)}{r.Next(1000)}@mail.kz"),
            new AddressData(region.Id, r.Next(4) == 0 ? $"{Pick(r, ["Жаңаауыл", "Ақсу", "Береке", "Қызылжар", "Тасты"])} ауылы" : Centres[region.Id - 1],
                $"{Pick(r, ["Абай", "Сәтбаев", "Достық", "Жібек жолы", "Мира", "Республика"])} көшесі, {r.Next(1, 200)}, {r.Next(1, 150)} пәтер"), now);

        var studied = birth.AddYears(18).AddDays(r.Next(60, 120));
        var graduated = studied.AddYears(r.Next(2, 5));
        a.ReplaceEducation([new EducationRecord(catalog.EducationLevels[r.Next(catalog.EducationLevels.Count)].Id, Pick(r, Universities),
            studied, graduated, "ЖБ-Б", r.Next(100000, 999999).ToString(), graduated.AddDays(10), null)], now);

        var jobs = new List<EmploymentRecord>();
        var start = graduated.AddMonths(r.Next(1, 12));
        for (var j = 0; j < r.Next(1, 4) && start < today; j++)
        {
            var last = j == 2 || r.Next(3) == 0;
            var end = last ? (DateOnly?)null : start.AddMonths(r.Next(6, 60));
            if (end >= today) end = null;
            jobs.Add(new EmploymentRecord($"«{Pick(r, Centers)}» арнаулы әлеуметтік қызметтер көрсету орталығы", DemoBin(r, start.Year),
                profession.NameKk, profession.NameKk, start, end, InSpecialSocialServices: r.Next(5) > 0, null));
            if (end is null) break;
            start = end.Value.AddDays(r.Next(1, 90));
        }
        a.ReplaceEmployment(jobs, now);
        var experience = ApplicationCompleteness.ComputedExperience(a, today);
        a.UpdateProfession(new ProfessionData(profession.Id, experience.Years, experience.Months), now);

        var categories = catalog.CategoriesFor(profession.Id).Where(c => !c.IsNone).ToList();
        if (r.Next(3) == 0 || categories.Count == 0)
            a.ReplaceQualifications([], noCategory: true, now);
        else
            a.ReplaceQualifications([new QualificationRecord(categories[r.Next(categories.Count)].Id, today.AddDays(-r.Next(30, 1000)),
                $"{region.NameKk} жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының аттестаттау комиссиясы", $"А-{r.Next(1000, 9999)}", null)], false, now);

        // Most consent; some show more, some nothing at all (Order 21, cl. 5).
        var publish = r.Next(100) >= 15;
        a.DecideConsent(publish, r.Next(4) == 0, r.Next(3) == 0, r.Next(6) == 0, "2026-1", now);
        return a;
    }

    /// <summary>Moves a saved draft to the planned state through the real life cycle, with dates in the past.</summary>
    private static RegisterEntry? Advance(Application a, ApplicationStatus target, Random r, WorkingDayCalendar calendar, DateTime now)
    {
        if (target == ApplicationStatus.Draft)
            return null;
        var submitted = target == ApplicationStatus.Registered ? now.AddDays(-r.Next(1, 730)).AddMinutes(-r.Next(600)) : now.AddHours(-r.Next(1, 24 * 10));
        a.Submit(submitted, calendar);
        if (target == ApplicationStatus.Submitted)
            return null;
        a.Claim(DemoAdministrator, submitted.AddHours(r.Next(1, 30)));
        switch (target)
        {
            case ApplicationStatus.Returned:
                a.ReturnForRevision(DemoAdministrator, [(ReturnReason)r.Next(1, 5)], "Құжаттарды тексеріңіз / Проверьте документы", submitted.AddHours(40));
                return null;
            case ApplicationStatus.Refused:
                a.Refuse(DemoAdministrator, (RefusalReason)r.Next(1, 5), "Сот шешімі негізінде / На основании решения суда", submitted.AddHours(40));
                return null;
            case ApplicationStatus.Registered:
                var decided = submitted.AddHours(r.Next(30, 90));
                return RegisterEntry.Include(a, a.Register(DemoAdministrator, decided), decided);
            default:
                return null;
        }
    }

    /// <summary>A BIN of a resident legal entity (type digit 4) with a valid check digit.</summary>
    public static string DemoBin(Random r, int year)
    {
        while (true)
        {
            var body = $"{year % 100:D2}{r.Next(1, 13):D2}40{r.Next(0, 100000):D5}";
            if (Rules.IdentificationNumber.CheckDigitOf(body) is { } check)
                return body + check;
        }
    }

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    private static string Translit(string text) => new(Rules.PersonName.Fold(text).Select(c => c switch
    {
        'а' => 'a', 'б' => 'b', 'в' => 'v', 'г' => 'g', 'д' => 'd', 'е' => 'e', 'ж' => 'z', 'з' => 'z', 'и' => 'i', 'й' => 'i', 'к' => 'k',
        'л' => 'l', 'м' => 'm', 'н' => 'n', 'о' => 'o', 'п' => 'p', 'р' => 'r', 'с' => 's', 'т' => 't', 'у' => 'u', 'ф' => 'f', 'х' => 'h',
        'ц' => 'c', 'ч' => 'c', 'ш' => 's', 'щ' => 's', 'ы' => 'y', 'э' => 'e', 'ю' => 'u', 'я' => 'a', _ => 'x',
    }).ToArray());
}
