namespace KitaBot.Dialogs.Recognizers.Contact;

/// <summary>An e-mail address found in text; <see cref="Address"/> has the domain in lower case (Unicode form).</summary>
public sealed record EmailMatch(string Text, int Start, int Length, string Address);
