namespace BlazorRegistry.Core.ReferenceData;

/// <summary>The first contents of the reference tables, from REFERENCE.md. Ids are fixed so seeds stay idempotent.</summary>
public static class ReferenceDataSeed
{
    public static IReadOnlyList<Region> Regions { get; } =
    [
        new(1, "10", "Абай облысы", "область Абай", 1),
        new(2, "11", "Ақмола облысы", "Акмолинская область", 2),
        new(3, "15", "Ақтөбе облысы", "Актюбинская область", 3),
        new(4, "19", "Алматы облысы", "Алматинская область", 4),
        new(5, "23", "Атырау облысы", "Атырауская область", 5),
        new(6, "27", "Батыс Қазақстан облысы", "Западно-Казахстанская область", 6),
        new(7, "31", "Жамбыл облысы", "Жамбылская область", 7),
        new(8, "33", "Жетісу облысы", "область Жетісу", 8),
        new(9, "35", "Қарағанды облысы", "Карагандинская область", 9),
        new(10, "39", "Қостанай облысы", "Костанайская область", 10),
        new(11, "43", "Қызылорда облысы", "Кызылординская область", 11),
        new(12, "47", "Маңғыстау облысы", "Мангистауская область", 12),
        new(13, "55", "Павлодар облысы", "Павлодарская область", 13),
        new(14, "59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", 14),
        new(15, "61", "Түркістан облысы", "Туркестанская область", 15),
        new(16, "62", "Ұлытау облысы", "область Ұлытау", 16),
        new(17, "63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", 17),
        new(18, "71", "Астана қаласы", "город Астана", 18),
        new(19, "75", "Алматы қаласы", "город Алматы", 19),
        new(20, "79", "Шымкент қаласы", "город Шымкент", 20),
    ];

    public static IReadOnlyList<Profession> Professions { get; } =
    [
        new(1, "Қарттар мен мүгедектігі бар адамдарды күту жөніндегі әлеуметтік жұмыскер", "Социальный работник по уходу за престарелыми и лицами с инвалидностью", CategoryScale.SocialWork, 1),
        new(2, "Мүгедектігі бар балаларды күту жөніндегі әлеуметтік жұмыскер", "Социальный работник по уходу за детьми с инвалидностью", CategoryScale.SocialWork, 2),
        new(3, "Арнаулы әлеуметтік қызметтерге қажеттілікті бағалау және айқындау жөніндегі әлеуметтік жұмыскер", "Социальный работник по оценке и определению потребности в специальных социальных услугах", CategoryScale.SocialWork, 3),
        new(4, "Әлеуметтік жұмыс жөніндегі маман", "Специалист по социальной работе", CategoryScale.SocialWork, 4),
        new(5, "Әлеуметтік жұмыс жөніндегі консультант", "Консультант по социальной работе", CategoryScale.SocialWork, 5),
        new(6, "Әлеуметтік жұмыс жөніндегі ассистент", "Ассистент по социальной работе", CategoryScale.SocialWork, 6),
        new(7, "Психолог", "Психолог", CategoryScale.Teacher, 7),
        new(8, "Логопед", "Логопед", CategoryScale.Teacher, 8),
        new(9, "Дефектолог", "Дефектолог", CategoryScale.Teacher, 9),
        new(10, "Еңбек жөніндегі нұсқаушы", "Инструктор по труду", CategoryScale.SocialWork, 10),
        new(11, "Емдік дене шынықтыру нұсқаушысы", "Инструктор лечебной физкультуры", CategoryScale.SocialWork, 11),
        new(12, "Массажист", "Массажист", CategoryScale.SocialWork, 12),
        new(13, "Мейіргер", "Медицинская сестра", CategoryScale.SocialWork, 13),
        new(14, "Ымдау тілі маманы", "Специалист жестового языка", CategoryScale.SocialWork, 14),
        new(15, "Жеке көмекші", "Индивидуальный помощник", CategoryScale.SocialWork, 15),
    ];

    public static IReadOnlyList<EducationLevel> EducationLevels { get; } =
    [
        new(1, "Техникалық және кәсіптік білім", "Техническое и профессиональное (ТиПО)", 1),
        new(2, "Орта білімнен кейінгі білім", "Послесреднее", 2),
        new(3, "Жоғары білім", "Высшее", 3),
        new(4, "Жоғары оқу орнынан кейінгі білім", "Послевузовское (магистратура, резидентура, докторантура)", 4),
    ];

    public static IReadOnlyList<QualificationCategory> QualificationCategories { get; } =
    [
        new(1, CategoryScale.SocialWork, "Жоғары санат", "Высшая категория", 1),
        new(2, CategoryScale.SocialWork, "Бірінші санат", "Первая категория", 2),
        new(3, CategoryScale.SocialWork, "Екінші санат", "Вторая категория", 3),
        new(4, CategoryScale.SocialWork, "Санатсыз", "Без категории", 4, isNone: true),
        new(5, CategoryScale.Teacher, "Педагог", "Педагог", 5),
        new(6, CategoryScale.Teacher, "Педагог-модератор", "Педагог-модератор", 6),
        new(7, CategoryScale.Teacher, "Педагог-сарапшы", "Педагог-эксперт", 7),
        new(8, CategoryScale.Teacher, "Педагог-зерттеуші", "Педагог-исследователь", 8),
        new(9, CategoryScale.Teacher, "Педагог-шебер", "Педагог-мастер", 9),
        new(10, CategoryScale.Teacher, "Санатсыз", "Без категории", 10, isNone: true),
    ];

    public static class DocumentCodes
    {
        public const string Identity = "identity";
        public const string Education = "education";
        public const string Employment = "employment";
        public const string Category = "category";
        public const string CriminalRecord = "criminal-record";
        public const string Retraining = "retraining";
        public const string Licence = "licence";
    }

    public static IReadOnlyList<DocumentKind> DocumentKinds { get; } =
    [
        new(1, DocumentCodes.Identity, "Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", expires: true, 1),
        new(2, DocumentCodes.Education, "Білімі туралы құжат (диплом)", "Документ об образовании (диплом)", expires: false, 2),
        new(3, DocumentCodes.Employment, "Еңбек қызметін растайтын құжат", "Документ, подтверждающий трудовую деятельность", expires: false, 3),
        new(4, DocumentCodes.Category, "Біліктілік санатын беру туралы куәлік", "Удостоверение о присвоении квалификационной категории", expires: true, 4),
        new(5, DocumentCodes.CriminalRecord, "Сотталғандығының болуы не болмауы туралы анықтама", "Справка о наличии либо отсутствии судимости", expires: true, 5),
        new(6, DocumentCodes.Retraining, "Қайта даярлау / біліктілікті арттыру туралы сертификат", "Сертификат о переподготовке / повышении квалификации", expires: false, 6),
        new(7, DocumentCodes.Licence, "Арнаулы әлеуметтік қызметтер көрсетуге лицензия", "Лицензия на предоставление специальных социальных услуг", expires: false, 7),
    ];

    /// <summary>
    /// Every profession needs an identity document, a diploma, proof of employment and a criminal-record
    /// certificate. The category certificate is required by the completeness rule only when a category is
    /// claimed, so it is not listed here; retraining and licences are optional for individuals.
    /// </summary>
    public static IReadOnlyList<ProfessionDocumentRequirement> Requirements { get; } =
        Professions.SelectMany(p => new[] { 1, 2, 3, 5 }.Select(kind => new ProfessionDocumentRequirement(p.Id, kind))).ToList();
}
