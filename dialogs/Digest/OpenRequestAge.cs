namespace NrwBot.Dialogs.Digest;

/// <summary>How long an open request has waited: marked in the digest from more than 7 and more than 14 days on.</summary>
public enum OpenRequestAge { Recent, OverSevenDays, OverFourteenDays }
