using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web.Words;

/// <summary>
/// An SMS is short and says who sends it: a code fits one Cyrillic segment (70 characters), a decision two
/// (134) and says where the reasons are; the e-mail and the inbox carry the full text.
/// </summary>
public class SmsTexts
{
    // The longest a reference number gets for years to come (seven digits of id), and the longest date of each form.
    private const string LongestNumber = "RS-2026-1234567";

    private static string LongestDate(Language language, DateCase grammaticalCase) =>
        Enumerable.Range(0, 366).Select(d => DateWords.Format(new DateOnly(2026, 1, 1).AddDays(d), language, grammaticalCase)).MaxBy(s => s.Length)!;

    public static TheoryData<Language> Languages => new(BlazorRegistry.Core.Languages.All);

    [Theory]
    [MemberData(nameof(Languages))]
    public void ACodeSmsNamesTheServiceAndFitsOneSegment(Language language)
    {
        foreach (var purpose in Enum.GetValues<CodePurpose>())
        {
            var message = MessageTexts.Code(purpose, "123456", language);
            var sms = message.BodyFor(NotificationChannel.Sms);
            Assert.StartsWith(language == Language.Kazakh ? "Мамандар тізілімі:" : "Реестр специалистов:", sms);
            Assert.Contains("123456", sms);
            Assert.True(SmsSegments.Count(sms) == 1, $"{sms} ({sms.Length} characters)");
            Assert.Equal(message.Body, message.BodyFor(NotificationChannel.Email));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryDecisionSmsSaysWhatHappenedAndFitsTwoSegments(Language language)
    {
        var texts = new[]
        {
            MessageTexts.Text("Sms_Submitted", language, LongestNumber, LongestDate(language, DateCase.Dative)),
            MessageTexts.Text("Sms_Registered", language, LongestNumber, LongestDate(language, DateCase.Locative)),
            MessageTexts.Text("Sms_Returned", language, LongestNumber),
            MessageTexts.Text("Sms_Refused", language, LongestNumber),
            MessageTexts.Text("Sms_Excluded", language, LongestNumber),
            MessageTexts.Text("Sms_CategoryLapsing", language, LongestDate(language, DateCase.Locative)),
        };
        Assert.All(texts, sms => Assert.True(SmsSegments.Count(sms) <= 2, $"{sms} ({sms.Length} characters)"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void AReturnSendsTheReasonsByMailAndOnlyWhereToReadThemBySms(Language language)
    {
        var application = TestApplications.Complete().WithId(41);
        application.Submit(TestApplications.NowUtc, TestApplications.WorkingDays);
        application.Claim("admin", TestApplications.NowUtc);
        application.ReturnForRevision("admin", [ReturnReason.IncompleteOrExpiredDocuments, ReturnReason.EmploymentMismatch],
            "Соттылық туралы анықтаманың мерзімі өтіп кеткен, жаңасын тіркеңіз. Еңбек шартының көшірмесі оқылмайды.", TestApplications.NowUtc);

        var message = ApplicantNotifier.Compose(ApplicationEventKind.ReturnedForRevision, application, language);

        var mail = message.BodyFor(NotificationChannel.Email);
        Assert.Contains(ReasonTexts.Label(ReturnReason.IncompleteOrExpiredDocuments, key => MessageTexts.Text(key, language)), mail);
        Assert.Contains("Соттылық туралы анықтаманың", mail);
        var sms = message.BodyFor(NotificationChannel.Sms);
        Assert.Contains(application.ReferenceNumber!, sms);
        Assert.Contains(language == Language.Kazakh ? "«Хабарламалар»" : "«Уведомления»", sms);
        Assert.DoesNotContain("Соттылық", sms);
        Assert.True(SmsSegments.Count(sms) <= 2);
        Assert.True(SmsSegments.Count(mail) > 2); // what the SMS would have cost before
    }

    [Fact]
    public void SegmentsAreCountedAsOperatorsBillThem()
    {
        Assert.Equal(1, SmsSegments.Count(new string('ә', 70)));
        Assert.Equal(2, SmsSegments.Count(new string('ә', 71)));
        Assert.Equal(2, SmsSegments.Count(new string('ә', 134)));
        Assert.Equal(3, SmsSegments.Count(new string('ә', 135)));
        Assert.Equal(1, SmsSegments.Count(new string('a', 160)));
        Assert.Equal(2, SmsSegments.Count(new string('a', 161)));
    }
}
