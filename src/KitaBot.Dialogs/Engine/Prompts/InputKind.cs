namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>What kind of answer a prompt expects; clients pick the keyboard or picker from it.</summary>
public enum InputKind
{
    Text,
    Number,
    Choice,
    Confirm,
    Date,
    Email,
    Phone,
    Postcode,
    Code,
}
