using BlazorRegistry.Core;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.ReferenceData;
using Microsoft.AspNetCore.Components;

namespace BlazorRegistry.App.Components.Pages.Apply;

/// <summary>What every step shares: the wizard, the fields the applicant has touched, and their errors.</summary>
public abstract class StepBase : ComponentBase
{
    [CascadingParameter] protected Apply Wizard { get; set; } = default!;

    protected abstract ApplicationSection Section { get; }

    private readonly HashSet<string> _touched = [];

    /// <summary>The application being edited.</summary>
    protected Application Application => Wizard.Application;
    protected ReferenceCatalog Catalog => Wizard.Catalog;
    protected Language Lang => Wizard.Language;

    protected void Touch(string field) => _touched.Add(field);

    protected string? Err(string field) => Wizard.ErrorFor(Section, field, _touched.Contains(field));

    protected static string FieldId(string field) => WizardStep.FieldId(field);
}
