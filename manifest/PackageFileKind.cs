namespace NrwBot.Manifest;

public enum PackageFileKind
{
    ColorIcon,
    OutlineIcon,
    OtherIcon,
    Localization,
}
