namespace KitaBot.Dialogs.Registration.State;

/// <summary>How 35 weekly hours are spread: in one block (Blockbetreuung) or split over the day (geteilte Betreuung).</summary>
public enum CarePattern
{
    Block,
    Split,
}
