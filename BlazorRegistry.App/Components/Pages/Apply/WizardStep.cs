using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.App.Components.Pages.Apply;

/// <summary>
/// One step of the wizard at /apply/{Number}: steps 1–8 are the application's sections in the order of
/// the register form, step 9 checks the answers and submits. The only place that turns a section into a
/// step number or a title, so the order can change here alone.
/// </summary>
public sealed record WizardStep(int Number, ApplicationSection? Section)
{
    public static readonly IReadOnlyList<WizardStep> All =
    [
        .. Enum.GetValues<ApplicationSection>().Order().Select((section, i) => new WizardStep(i + 1, section)),
        new WizardStep(Enum.GetValues<ApplicationSection>().Length + 1, null),
    ];

    public static int Count => All.Count;

    public static WizardStep CheckAnswers => All[^1];

    /// <summary>The step at <paramref name="number"/>, clamped to the wizard's range.</summary>
    public static WizardStep At(int number) => All[Math.Clamp(number, 1, Count) - 1];

    public static WizardStep Of(ApplicationSection section) => All.First(s => s.Section == section);

    /// <summary>The input's id for a rule's field name: "Education[0].Institution" → "f-Education-0-Institution".</summary>
    public static string FieldId(string field) => "f-" + field.Replace('[', '-').Replace("]", "").Replace('.', '-');

    /// <summary>The applicant's own wizard; an organisation's draft has its own address (<see cref="Apply.StepHref"/>).</summary>
    public string Href => HrefIn("/apply");

    public string HrefIn(string wizardPath) => $"{wizardPath}/{Number}";

    /// <summary>The resource key of the step's title, also the section's heading on the review page.</summary>
    public string TitleKey => $"Step_{Number}";
}
