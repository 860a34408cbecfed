using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>The main menu's options, by language-neutral value.</summary>
public static class MenuChoices
{
    public const string Register = "register";
    public const string Resume = "resume";
    public const string Status = "status";
    public const string Contact = "contact";
    public const string Help = "help";

    public static IReadOnlyList<PromptChoice> All { get; } =
    [
        new(Register, TextId.MenuRegister),
        new(Resume, TextId.MenuResume),
        new(Status, TextId.MenuStatus),
        new(Contact, TextId.MenuContact),
        new(Help, TextId.MenuHelp),
    ];

    public static string DialogFor(string choice) => choice switch
    {
        Register => nameof(RegistrationDialog),
        Resume => nameof(ResumeDialog),
        Status => nameof(StatusDialog),
        Contact => nameof(ContactDetailsDialog),
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Not a menu choice."),
    };
}
