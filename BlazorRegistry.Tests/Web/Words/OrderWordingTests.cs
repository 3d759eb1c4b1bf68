using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Review;

namespace BlazorRegistry.Tests.Web.Words;

/// <summary>
/// The Order's own words where the Order has them. The Kazakh below is copied from the official text
/// (shared/domain/order-21-kk.md, Rules cl. 9 and the appendix); the Russian follows RULES.md. A change
/// to the product's texts that drifts from them fails here.
/// </summary>
public class OrderWording
{
    public static TheoryData<string, string, string> Reasons => new()
    {
        { ReasonTexts.Key(ReturnReason.ProfessionMismatch), "кәсіп атауының сәйкес келмеуі", "несоответствие наименования профессии" },
        { ReasonTexts.Key(ReturnReason.FalseCategoryInformation), "біліктілік санаты туралы жалған ақпарат беру", "предоставление недостоверной информации о квалификационной категории" },
        { ReasonTexts.Key(ReturnReason.IncompleteOrExpiredDocuments), "толық емес құжаттар топтамасын ұсыну және (немесе) олардың қолданылу мерзімінің өтуі",
            "предоставление неполного пакета документов и (или) истечение срока их действия" },
        { ReasonTexts.Key(ReturnReason.EmploymentMismatch), "еңбек қызметі (лауазымы мен штаттық лауазымы) бойынша мәліметтердің сәйкес келмеуі",
            "несоответствие сведений по трудовой деятельности (должности и штатной должности)" },
        { ReasonTexts.Key(RefusalReason.DeprivedOfRightToPractise), "соттың заңды күшіне енген үкіміне сәйкес әлеуметтік жұмыскердің кәсіптік қызметін жүзеге асыру құқығынан айырылу",
            "лишение права заниматься профессиональной деятельностью социального работника по вступившему в законную силу приговору суда" },
        { ReasonTexts.Key(RefusalReason.BannedFromMedicalActivity), "өтініш берушіге медициналық қызметпен айналысуға (мәлімделген мамандық бойынша) тыйым салу туралы заңды күшіне енген сот шешімінің (үкімінің) болуы",
            "наличие вступившего в законную силу решения (приговора) суда о запрете заниматься медицинской деятельностью (по заявленной специальности)" },
        { ReasonTexts.Key(RefusalReason.LegallyIncapable), "сот өтініш берушіні әрекетке қабілетсіз немесе әрекет қабілеттілігі шектеулі деп тану",
            "признание судом заявителя недееспособным или ограниченно дееспособным" },
        { ReasonTexts.Key(RefusalReason.EmigratedPermanently), "тұрақты тұру үшін Қазақстан Республикасынан тысқары жерлерге шығу",
            "выезд за пределы Республики Казахстан на постоянное место жительства" },
    };

    // The appendix's column headings. The official text breaks one word ("қызметте р") across a line; it is joined here.
    public static TheoryData<int, string, string> Columns => new()
    {
        { 1, "маманның тегі, аты, әкесінің аты (бар болса)", "фамилия, имя, отчество (при наличии)" },
        { 2, "туған күні", "дата рождения" },
        { 3, "байланыс деректері (ұялы телефон, электрондық пошта мекенжайы)", "контактные данные (мобильный телефон, адрес электронной почты)" },
        { 4, "тұрғылықты мекенжайы (облыс, елді мекен, тіркелген мекенжайы)", "адрес проживания (область, населённый пункт, адрес регистрации)" },
        { 5, "кәсіп атауы", "наименование профессии" },
        { 6, "арнаулы әлеуметтік қызметтер көрсету саласындағы жұмыс өтілі", "стаж работы в сфере оказания специальных социальных услуг" },
        { 7, "білімі туралы мәліметтер (білім деңгейі, оқу орнының атауы, басталу күні, аяқталу күні, білімі туралы құжат)",
            "сведения об образовании (уровень образования, наименование учебного заведения, дата начала, дата окончания, документ об образовании)" },
        { 8, "еңбек қызметі жөніндегі мәліметтер (ұйымның атауы, БСН, лауазымы, жұмыс басталған күні, аяқталған күні)",
            "сведения о трудовой деятельности (наименование организации, БИН, должность, дата начала, дата окончания)" },
        { 9, "біліктілік санатын беру туралы ақпарат (біліктілік санаты, біліктілік санатын беру күні, аттестаттау комиссиясының деректері (уәкілетті органның атауы))",
            "сведения о присвоении квалификационной категории (категория, дата присвоения, данные аттестационной комиссии (наименование уполномоченного органа))" },
        { 10, "тізілімге енгізілген күні", "дата включения в реестр" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void ReturnAndRefusalReasonsAreTheOrdersOwnWords(string key, string kazakh, string russian)
    {
        Assert.Equal(kazakh, MessageTexts.Text(key, Language.Kazakh));
        Assert.Equal(russian, MessageTexts.Text(key, Language.Russian));
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void RegisterColumnsAreTheAppendixsHeadings(int column, string kazakh, string russian)
    {
        // A heading starts with a capital letter on the page; otherwise word for word.
        Assert.Equal(Capitalized(kazakh), MessageTexts.Text($"Column_{column}", Language.Kazakh));
        Assert.Equal(Capitalized(russian), MessageTexts.Text($"Column_{column}", Language.Russian));
    }

    [Fact]
    public void ClausesAreCitedAsTheRulesNotTheOrder()
    {
        // The Order has four clauses; the clauses texts cite (5, 8, 9, 10) and the appendix belong to the Rules it approves.
        var resx = System.Xml.Linq.XDocument.Load(Path.Combine(LocalizationResources.FindRepositoryRoot(), "BlazorRegistry.App", "Localization", "SharedResource.kk.resx"))
            .Root!.Elements("data").Concat(System.Xml.Linq.XDocument.Load(Path.Combine(LocalizationResources.FindRepositoryRoot(), "BlazorRegistry.App", "Localization",
                "SharedResource.ru.resx")).Root!.Elements("data"));
        var wrong = resx.Select(d => (Key: (string)d.Attribute("name")!, Text: (string)d.Element("value")!))
            .Where(d => d.Text.Contains("Бұйрықтың") || d.Text.Contains("Приказа)") || d.Text.Contains("к Приказу") || System.Text.RegularExpressions.Regex.IsMatch(d.Text, @"пункт[а-я]* \d+ Приказа"))
            .Select(d => d.Key).ToList();
        Assert.Empty(wrong);
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
