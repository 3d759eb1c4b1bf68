namespace BlazorRegistry.Core.Rules;

/// <summary>
/// Every reason Core can refuse an input or a move. The App turns each code into Kazakh and Russian
/// text (resource key <c>Error_{name}</c>); a test checks that every code has both.
/// </summary>
public enum ErrorCode
{
    Required,
    TooLong,

    NameInvalidCharacters,

    PhoneInvalid,
    PhoneNotKazakhstanMobile,
    EmailInvalid,

    BinNotTwelveDigits,
    BinCheckDigit,
    BinNotOrganisation,

    IinNotTwelveDigits,
    IinCheckDigit,
    IinBirthDateInvalid,
    IinDateOfBirthMismatch,

    DateInFuture,
    DateBeforeBirth,
    DateRangeReversed,
    ApplicantUnder18,
    DateOfBirthImplausible,

    ExperienceMonthsOutOfRange,
    ExperienceYearsOutOfRange,
    ExperienceNegative,
    ExperienceAboveRecords,

    RegionUnknown,
    ProfessionUnknown,
    EducationLevelUnknown,
    CategoryUnknown,
    CategoryNotForProfession,
    DocumentKindUnknown,

    EducationMissing,
    EmploymentMissing,
    QualificationAnswerMissing,
    DocumentMissing,
    DocumentExpiryRequired,
    DocumentExpired,
    ConsentDecisionMissing,

    // Life-cycle and service errors.
    ApplicationNotFound,
    ApplicationNotEditable,
    ApplicationIncomplete,
    ApplicationAlreadyOpen,
    IllegalStatusMove,
    NotTheHolder,
    ReturnReasonRequired,
    RefusalReasonRequired,
    CommentRequired,
    ConcurrencyConflict,
    IinAlreadyInRegister,

    // The register entry after registration.
    EntryNotFound,
    EntryExcluded,
    AmendmentAlreadyPending,
    ExclusionReasonRequired,
    ExclusionDateInvalid,
    ConfirmationRequired,

    // Organisations applying for their specialists (Order 21, cl. 2).
    OrganisationNotFound,
    OrganisationBinTaken,
    OrganisationAlreadyJoined,
    OrganisationNotEditable,
    OrganisationIncomplete,
    OrganisationNotVerified,
    OrganisationRefused,
    ConsentIsTheSpecialists,
    SpecialistNotConfirmed,
    SpecialistMismatch,
    SpecialistContactMissing,
    SpecialistContactUnusable,
    ApplicationNotReadyForSpecialist,
    InvitationInvalid,
    SpecialistHasOpenApplication,
    OrganisationNotAdministrator,
    OrganisationSubmits,
    SpecialistAlreadyRegistered,
    IinHeldByAnotherAccount,
    InvitationLimitReached,
    PublicAddressMissing,
    ContactNotConfirmed,
    // The register's bulk check (issue #17, point 5).
    CheckTooManyLines,
    // The working-day calendar (issue #17, point 2).
    CalendarWorkingOnlyOnWeekend,
    CalendarNonWorkingOnlyOnWeekday,
    CalendarYearOutOfRange,
    // The reference lists (issue #17, point 1).
    ReferenceItemNotFound,
    ReferenceNameTaken,
    ReferenceCodeInvalid,
    ReferenceCodeTaken,
    ReferenceInUse,
    ReferenceValidityOutOfRange,
    ReferenceLastActive,
    /// <summary>An answer names a row administrators have retired since: it shows on the draft, but a new choice is needed.</summary>
    ReferenceRetired,
    ReferenceNameCharacters,
    // An organisation's staff list (issue #16, point 3).
    ImportFileType,
    ImportFileTooLarge,
    ImportEmpty,
    ImportTooManyRows,
    ImportHeadersWrong,
    ImportDuplicateIin,
    DateInvalid,

    // Accounts (Order 21, cl. 8: sign-up with a mobile phone or an e-mail address).
    IdentifierInvalid,
    AccountExists,
    AccountNotFound,
    AccountLockedOut,
    AccountDisabled,
    AccountNotConfirmed,
    SignInFailed,
    PasswordsDiffer,
    PasswordTooShort,
    PasswordNeedsDigit,
    PasswordNeedsLower,
    PasswordNeedsUpper,
    PasswordNeedsSymbol,
    PasswordTooSimple,
    CodeInvalid,
    CodeResendTooEarly,
    CodeLimitReached,
    CodeFlowLocked,
    TwoFactorCodeInvalid,
    RateLimited,

    // Uploaded files.
    FileTooLarge,
    FileTypeNotAllowed,
    FileEmpty,
    UploadQuotaFiles,
    UploadQuotaBytes,
}

/// <summary>One rule that an input breaks: the code and, where it helps the UI, the field it concerns.</summary>
public sealed record RuleError(ErrorCode Code, string? Field = null);
