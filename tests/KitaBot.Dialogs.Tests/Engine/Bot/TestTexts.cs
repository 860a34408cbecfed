using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Presentation;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The shipped text catalog, loaded once for all tests (it is immutable).</summary>
public static class TestTexts
{
    public static TextCatalog Catalog { get; } = TextCatalog.LoadEmbedded();

    public static MessagePresenter Presenter { get; } = new(Catalog);

    public static PromptKit Kit { get; } = new(Presenter);

    public static string En(TextId id) => Catalog.Get(id, Language.English);

    public static string De(TextId id) => Catalog.Get(id, Language.German);
}
