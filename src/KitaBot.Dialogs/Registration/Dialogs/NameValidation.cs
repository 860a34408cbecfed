using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>Names in any script; letters with spaces, hyphens and apostrophes, 1 to 100 characters.</summary>
public static class NameValidation
{
    private const int MaxLength = 100;

    public static Task<PromptValidation> ValidateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var name = context.Recognized.Value ?? string.Empty;
        var valid = context.Recognized.Succeeded
            && name.Length <= MaxLength
            && name.Any(char.IsLetter)
            && name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
        return Task.FromResult(valid ? PromptValidation.Valid : PromptValidation.Invalid(TextId.NameInvalid));
    }
}
