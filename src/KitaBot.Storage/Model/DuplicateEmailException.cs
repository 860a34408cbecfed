namespace KitaBot.Storage.Model;

/// <summary>Another family account already uses this e-mail (compared without case).</summary>
public sealed class DuplicateEmailException : Exception
{
    public DuplicateEmailException()
        : base("Another family already uses this e-mail address.")
    {
    }

    public DuplicateEmailException(string message)
        : base(message)
    {
    }

    public DuplicateEmailException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
