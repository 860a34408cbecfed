namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>A date answer; <see cref="WholeMonth"/> when only month and year were given (Date is then the 1st).</summary>
public sealed record DateResult(DateOnly Date, bool WholeMonth) : DialogResult;
