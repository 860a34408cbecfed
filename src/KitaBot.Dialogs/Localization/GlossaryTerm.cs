namespace KitaBot.Dialogs.Localization;

/// <summary>
/// German portal terms that families meet in letters and on the portal. Every language file translates each one;
/// texts name them as <c>{term:Ortsteil}</c>, so the German word always stands beside the translation.
/// </summary>
public enum GlossaryTerm
{
    Voranmeldung,
    Vormerkung,
    Benutzerkonto,
    Kontaktdaten,
    Ortsteil,
    Postleitzahl,
    Wunscheinrichtung,
    Bemerkungen,
    Wechselwunsch,
    InklusiverBetreuungsplatz,
    Kindertagespflege,
    Kita,
    Platzzusage,
    Vertragsangebot,
    Betreuungsvertrag,
    Warteliste,
    Freigeben,
    Betreuungsumfang,
    Blockbetreuung,
    GeteilteBetreuung,
    Aufnahmedatum,
    Kindergartenjahr,
    Geburtsdatum,
    Geburtstermin,
    Jugendamt,
    Fachberatung,
    Erklaerungsbogen,
    Traeger,
    Datenschutz,
    Geschwisterkind,
    Rechtsanspruch,
    Aktenzeichen,
}
